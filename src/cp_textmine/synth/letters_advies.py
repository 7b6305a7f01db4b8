"""Write an advice letter (council -> college) from its plan, with its labels."""

from __future__ import annotations

import random
import re
from datetime import timedelta

from cp_textmine.synth.bank_advies import ADVIES
from cp_textmine.synth.dates import add_workdays, say_date, say_earlier_date
from cp_textmine.synth.letterparts import (
    Field,
    address_block,
    email_of,
    field_block,
    letterhead,
    order_fields,
    place_date_line,
    running_footer,
    running_header,
    signature_lines,
    stamp_text,
)
from cp_textmine.synth.phrases import bare, cap, council_noun, number_word, say, say_many
from cp_textmine.synth.plans import Advice
from cp_textmine.synth.topics import BANKS, TOPIC_CODES, Rec
from cp_textmine.synth.world import World
from cp_textmine.synth.written import Written


def _values(rng: random.Random, world: World, advice: Advice) -> dict[str, str]:
    """Placeholder values for this advice's templates."""
    council, college = world.council, world.college
    noun = council_noun(council.name)
    meeting = advice.date - timedelta(days=rng.randint(3, 12))
    values = {
        "raad": noun,
        "Raad": cap(noun),
        "np": advice.subject_np,
        "doc": advice.request_doc,
        "np_bare": bare(advice.subject_np),
        "doc_bare": bare(advice.request_doc),
        "meeting_date": say_date(rng, meeting),
        "topic_label": BANKS[advice.topics[0]].label,
        "k": str(rng.randint(8, 60)),
        "n_word": number_word(len(advice.recs)),
        "secretary": council.secretary.short(),
        "place": college.place,
        "abbr": council.abbr,
        "weth_salutation": college.wethouder.salutation(),
    }
    return values


def _recipient(rng: random.Random, world: World) -> str:
    """The college's address block, sometimes for the attention of the wethouder."""
    body, college = world.body, world.college
    if body.regional:
        lines = [cap(college.name.split(",")[0])]
    else:
        lines = rng.choice(
            [
                [f"Aan het college van burgemeester en wethouders van {body.display}"],
                ["College van burgemeester en wethouders", f"Gemeente {body.display}"],
                [f"Het college van B&W van {body.display}"],
                [f"Aan het college van B&W van de gemeente {body.display}"],
            ]
        )
    w = college.wethouder
    if rng.random() < 0.45:
        lines.append(
            rng.choice(
                [
                    f"t.a.v. {w.title()}, wethouder {college.portfolio}",
                    f"t.a.v. wethouder {w.short()}",
                    f"Ter attentie van de wethouder {college.portfolio}",
                ]
            )
        )
    return address_block(rng, lines + list(college.address))


def _rec_item(rng: random.Random, rec: Rec, with_why: bool, capital: bool, end: str) -> str:
    """One recommendation as a list item, optionally followed by its reason."""
    text = (cap(rec.text) if capital else rec.text) + end
    if with_why and rec.why:
        text += " " + rec.why
    return text


def _recs_list(rng: random.Random, recs: tuple[Rec, ...], start: int, values: dict) -> list[str]:
    """Recommendations as a numbered or bulleted list (one paragraph per item or one block)."""
    style = rng.choice(["{i}.", "{i})", "({i})", "{a}.", "{a})", "-", "•", "–"])
    capital = rng.random() < 0.6
    why_p = rng.choice([0.0, 0.3, 0.7])
    items = []
    for n, rec in enumerate(recs):
        last = n == len(recs) - 1
        end = "." if capital or last else rng.choice([";", ";", ","])
        mark = style.format(i=start + n, a="abcdefghijklmnop"[start - 1 + n])
        items.append(f"{mark} {_rec_item(rng, rec, rng.random() < why_p, capital, end)}")
    return ["\n".join(items)] if rng.random() < 0.5 else items


def _recs_headed(rng: random.Random, recs: tuple[Rec, ...], start: int, values: dict) -> list[str]:
    """'Advies 1' blocks: a label (heading or inline) and the recommendation."""
    label = rng.choice(ADVIES["rec_label"])
    as_heading = rng.random() < 0.5
    out = []
    for n, rec in enumerate(recs):
        name = label.format(i=start + n)
        sentence = rng.choice(
            [
                f"Wij adviseren u {rec.text}.",
                f"{values['Raad']} adviseert om {rec.text}.",
                f"Ons advies is om {rec.text}.",
                cap(rec.text) + ".",
                cap(rec.text) + ".",
            ]
        )
        if rec.why and rng.random() < 0.6:
            sentence += " " + rec.why
        out.append(f"## {name.rstrip(':.')}\n\n{sentence}" if as_heading else f"{name} {sentence}")
    return out


def _recs_prose(rng: random.Random, recs: tuple[Rec, ...], values: dict) -> list[str]:
    """Each recommendation in its own 'Wij adviseren u ...' sentence."""
    sentences = []
    for n, rec in enumerate(recs):
        slot = "prose_first" if n == 0 else "prose_last" if n == len(recs) - 1 else "prose_next"
        text = say(rng, ADVIES, slot, {**values, "rec": rec.text})
        if rec.why and rng.random() < 0.5:
            text += " " + rec.why
        sentences.append(text)
    if rng.random() < 0.5:
        return sentences
    half = max(1, len(sentences) // 2)
    return (
        [" ".join(sentences[:half]), " ".join(sentences[half:])]
        if len(sentences) > 1
        else sentences
    )


def _observations(rng: random.Random, obs: tuple[str, ...], values: dict) -> list[str]:
    """Signals from the achterban, as a list or prose, before the recommendations."""
    if not obs:
        return []
    out = []
    if rng.random() < 0.4:
        out.append("## " + rng.choice(ADVIES["obs_heading"]))
    intro = say(rng, ADVIES, "obs_intro", values)
    if rng.random() < 0.5:
        mark = rng.choice(["-", "•", "–"])
        out += [intro, "\n".join(f"{mark} {o}" for o in obs)]
    else:
        out.append(intro + " " + " ".join(obs))
    return out


def _recommendations(rng: random.Random, advice: Advice, values: dict) -> tuple[list[str], str]:
    """The recommendations block in one of several formats; returns paragraphs and the format."""
    recs = advice.recs
    fmt = rng.choices(["list", "headed", "prose"], weights=[50, 22, 28])[0]
    out: list[str] = []
    if rng.random() < 0.35:
        out.append("## " + rng.choice(ADVIES["rec_heading"]))
    if fmt == "list":
        slot = "rec_intro" if len(recs) > 1 else "rec_intro_one"
        out.append(say(rng, ADVIES, slot, values))
        out += _recs_list(rng, recs, 1, values)
    elif fmt == "headed":
        out += _recs_headed(rng, recs, 1, values)
    else:
        out += _recs_prose(rng, recs, values)
    return out, fmt


def _sections(rng: random.Random, advice: Advice, values: dict) -> list[str]:
    """Long multi-topic advices: one section per topic with its signals and advices."""
    out, start = [], 1
    for code in [t for t in TOPIC_CODES if t in advice.topics]:
        recs = tuple(r for r in advice.recs if r.topic == code)
        obs = tuple(o for o in advice.observations if o in BANKS[code].observations)
        out.append("## " + cap(BANKS[code].label))
        out += [rng.choice(BANKS[code].context)]
        if obs:
            out.append(" ".join(obs))
        out += _recs_list(rng, recs, start, values)
        start += len(recs)
    return out


def _header(
    rng: random.Random, world: World, advice: Advice, values: dict
) -> tuple[list[str], dict]:
    """Directives, sender, recipient and header fields; returns paragraphs and facts used."""
    council = world.council
    out: list[str] = []
    place = (
        world.body.members[0] if world.body.regional and world.body.members else world.body.display
    )
    subject_slot = "subject_requested" if advice.requested else "subject_unsolicited"
    subject = cap(say(rng, ADVIES, subject_slot, values))
    footer = running_footer(rng, council.name, advice.reference or council.abbr)
    header = running_header(rng, [council.name, f"{council.abbr} – {subject}", subject])
    out += [d for d in (footer, header) if d]
    if rng.random() < 0.72:
        extra = [council.address[0], council.address[1], email_of(council.abbr, place)]
        out.append(letterhead([council.name, *rng.sample(extra, rng.randint(1, 3))]))
    else:
        out.append("\n".join([council.name, *council.address]))
    date_text = say_date(rng, advice.date, formal=council.formal)
    date_where = rng.choice(["field", "placeline", "both"])
    if date_where != "field":
        out.append(place_date_line(rng, place, date_text))
    out.append(_recipient(rng, world))
    fields = []
    if date_where != "placeline":
        fields.append(
            Field("date", date_text if date_where == "field" else say_date(rng, advice.date))
        )
    if advice.reference:
        fields.append(Field("ref", advice.reference))
    stated_request = False
    if advice.requested and advice.request_ref and rng.random() < 0.6:
        fields.append(Field("your_ref", advice.request_ref))
    if advice.requested and advice.request_date and rng.random() < 0.25:
        fields.append(Field("your_date", say_date(rng, advice.request_date)))
        stated_request = True
    title_subject = rng.random() < 0.12
    if not title_subject:
        fields.append(Field("subject", subject))
    if rng.random() < 0.2:
        fields.append(
            Field("attach", rng.choice(["1", "geen", "2", "verslag achterbanbijeenkomst"]))
        )
    out.append(field_block(rng, order_fields(rng, fields)))
    if rng.random() < 0.08:
        out.append(stamp_text(rng, add_workdays(advice.date, rng.randint(1, 4))))
    if title_subject:
        out.append(f"# {subject}")
    return out, {"subject": subject, "stated_request": stated_request}


def _opening(rng: random.Random, advice: Advice, values: dict) -> tuple[str, bool]:
    """The trigger paragraph; says whether the request date was stated."""
    if not advice.requested:
        return say(rng, ADVIES, "open_unsolicited", values), False
    vals = dict(values)
    if advice.request_ref:
        vals["req_ref"] = advice.request_ref
    if advice.request_date and rng.random() < 0.7:
        vals["req_date"] = say_earlier_date(rng, advice.request_date, advice.date)
        return say(rng, ADVIES, "open_requested", vals, require=frozenset({"req_date"})), True
    return say(
        rng, ADVIES, "open_requested", {k: v for k, v in vals.items() if k != "req_date"}
    ), False


def _body(
    rng: random.Random, world: World, advice: Advice, values: dict
) -> tuple[list[str], list[str]]:
    """Opening, context, remarks, signals and recommendations; returns paragraphs and notes."""
    size = rng.choices(["short", "medium", "long"], weights=[30, 45, 25])[0]
    opening, stated = _opening(rng, advice, values)
    out, notes = [opening], [f"size {size}"]
    if stated:
        notes.append("request date stated")
    if size != "short" and rng.random() < 0.8:
        out.append(" ".join(say_many(rng, ADVIES, "process", values, 1 if size == "medium" else 2)))
    if size == "long":
        if rng.random() < 0.5:
            out.insert(
                0, "## " + rng.choice(["Inleiding", "Aanleiding", "Inleiding en aanleiding"])
            )
        out.append(" ".join(say_many(rng, ADVIES, "legal", values, rng.randint(1, 2))))
        out.append(
            "## "
            + rng.choice(["Achtergrond", "Context", "Het onderwerp", "Onze kijk op het voorstel"])
        )
    contexts = [c for t in advice.topics for c in BANKS[t].context]
    n_context = {"short": rng.choice([0, 1]), "medium": rng.choice([1, 2]), "long": 3}[size]
    if n_context:
        out.append(" ".join(rng.sample(contexts, min(n_context, len(contexts)))))
    if size != "short":
        remarks = say_many(rng, ADVIES, "positive", values, rng.randint(0, 2))
        remarks += say_many(rng, ADVIES, "critical", values, rng.randint(0, 2))
        if not advice.requested:
            remarks = [r for r in remarks if not re.search(r"voorstel|stuk|analyse", r)]
        if remarks:
            out.append(" ".join(remarks))
    own = {r.text for r in advice.recs}
    earlier = [
        (a, r) for a in world.advices if a.key < advice.key for r in a.recs if r.text not in own
    ]
    if earlier and rng.random() < 0.1:
        prev, prev_rec = rng.choice(earlier)
        values_prev = {"prev_date": say_date(rng, prev.date), "prev_rec": prev_rec.text}
        out.append(say(rng, ADVIES, "previous", values_prev))
        notes.append("quotes an earlier advice's recommendation (not counted)")
    if size == "long" and len(advice.topics) > 1:
        out += _sections(rng, advice, values)
        notes.append("recommendations in topic sections")
    else:
        out += _observations(rng, advice.observations, values)
        recs, fmt = _recommendations(rng, advice, values)
        out += recs
        notes.append(f"recommendations as {fmt}")
    if advice.observations:
        notes.append("achterban observations precede the recommendations")
    return out, notes


def _appendix(rng: random.Random, advice: Advice, values: dict) -> list[str]:
    """An appendix on a new page: what the achterban said, as a table or list."""
    signals = [o for t in advice.topics for o in BANKS[t].observations]
    chosen = rng.sample(signals, min(len(signals), rng.randint(3, 7)))
    out = [
        "---pagebreak---",
        "# " + rng.choice(ADVIES["appendix_title"]),
        say(rng, ADVIES, "appendix_intro", values),
    ]
    if rng.random() < 0.5:
        head = rng.choice(
            ["| Signaal | Genoemd door |", "| Wat wij hoorden | Aantal keer |", "| Nr. | Signaal |"]
        )
        rows = []
        for i, sig in enumerate(chosen, 1):
            other = (
                str(rng.randint(1, 12))
                if "Aantal" in head
                else rng.choice(["inwoners", "hulpverleners", "leden", "vrijwilligers"])
            )
            rows.append(f"| {i} | {sig} |" if head.startswith("| Nr.") else f"| {sig} | {other} |")
        out.append("\n".join([head, *rows]))
    else:
        out.append("\n".join(f"- {sig}" for sig in chosen))
    out.append(rng.choice(ADVIES["appendix_close"]))
    return out


def _closing(rng: random.Random, world: World, values: dict) -> list[str]:
    """Closing lines, sign-off with one or two signatories, optional cc."""
    council = world.council
    out = [" ".join(say_many(rng, ADVIES, "closing", values, rng.randint(1, 2)))]
    if rng.random() < 0.6:
        out.append(say(rng, ADVIES, "offer", values))
    prefix = [rng.choice(ADVIES["signoff"])]
    if rng.random() < 0.7:
        prefix.append(
            rng.choice([f"namens de {council.name}", council.name, f"{cap(values['raad'])},"])
        )
    out.append(
        signature_lines(
            rng,
            council.chair.short(),
            rng.choice(["voorzitter", "Voorzitter", "de voorzitter"]),
            prefix,
        )
    )
    if rng.random() < 0.5:
        out.append(
            f"[[signature]]\n{council.secretary.short()}\n{rng.choice(['secretaris', 'ambtelijk secretaris', 'Secretaris'])}"
        )
    if rng.random() < 0.3:
        out.append(say(rng, ADVIES, "cc", values))
    return out


def write_advice(rng: random.Random, world: World, advice: Advice) -> Written:
    """The advice letter's cpdoc source and its labels."""
    values = _values(rng, world, advice)
    head, facts = _header(rng, world, advice, values)
    salutation_slot = "salutation_board" if world.body.kind == "sociale_dienst" else "salutation"
    body, notes = _body(rng, world, advice, values)
    paragraphs = [
        *head,
        say(rng, ADVIES, salutation_slot, values),
        *body,
        *_closing(rng, world, values),
    ]
    if "size long" in notes and rng.random() < 0.6:
        paragraphs += _appendix(rng, advice, values)
        notes.append("appendix with achterban signals (not recommendations)")
    stated = facts["stated_request"] or "request date stated" in notes
    label = {
        "doc_type": "advies",
        "council": world.council.name,
        "municipality": world.body.name,
        "doc_date": advice.date.isoformat(),
        "reference": advice.reference,
        "subject": facts["subject"],
        "requested": advice.requested,
        "request_date": advice.request_date.isoformat() if stated and advice.request_date else None,
        "topics": [t for t in TOPIC_CODES if t in advice.topics],
        "n_recommendations": len(advice.recs),
    }
    return Written("\n\n".join(paragraphs) + "\n", label, tuple(notes))
