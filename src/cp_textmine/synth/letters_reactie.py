"""Write the college's response to an advice from its plan, with its labels."""

from __future__ import annotations

import random
import re

from cp_textmine.synth.bank_reactie import REACTIE
from cp_textmine.synth.dates import add_workdays, say_date, say_earlier_date
from cp_textmine.synth.letterparts import (
    Field,
    address_block,
    field_block,
    letterhead,
    order_fields,
    place_date_line,
    running_footer,
    running_header,
)
from cp_textmine.synth.phrases import bare, cap, council_noun, say, say_many
from cp_textmine.synth.plans import Advice, Response
from cp_textmine.synth.topics import BANKS, Rec, reasons_for
from cp_textmine.synth.world import World
from cp_textmine.synth.written import Written

_POINT_SLOT = {
    "adopted": "point_adopted",
    "partially_adopted": "point_partial",
    "not_adopted": "point_not",
    "noted": "point_noted",
}


def _reason(rng: random.Random, rec: Rec) -> str:
    """A reason sentence for declining that fits the recommendation (or a generic one)."""
    pool = reasons_for(BANKS[rec.topic], rec.text) + list(REACTIE["generic_reason"])
    return say(rng, REACTIE, "reason_frame", {"reason": rng.choice(pool)})


def _overall(rng: random.Random, advice: Advice, resp: Response, values: dict) -> list[str]:
    """One paragraph (or two) with the decision on the advice as a whole."""
    recs = advice.recs
    out: list[str] = []
    if resp.decision == "adopted":
        out.append(say(rng, REACTIE, "adopted", values))
        for rec in rng.sample(recs, min(len(recs), rng.randint(0, 2))):
            out.append(say(rng, REACTIE, "echo", {"rec": rec.text}))
    elif resp.decision == "partially_adopted":
        k = rng.randint(1, len(recs))
        out.append(say(rng, REACTIE, f"partial_{resp.finer}", {**values, "k": str(k)}))
        kept = [r for i, r in enumerate(recs, 1) if i != k]
        if kept and rng.random() < 0.5:
            out.append(say(rng, REACTIE, "echo", {"rec": rng.choice(kept).text}))
        if resp.motivated:
            out.append(_reason(rng, recs[k - 1]))
    elif resp.decision == "not_adopted":
        out.append(say(rng, REACTIE, "not_adopted", values))
        if resp.motivated:
            out.append(_reason(rng, recs[0]))
    else:
        slot = {"acknowledged": "noted_acknowledged", "already_policy": "noted_already"}.get(
            resp.finer, "noted_deferred"
        )
        out.append(say(rng, REACTIE, slot, values))
        if resp.finer == "already_policy":
            out.append(rng.choice(BANKS[recs[0].topic].already))
    return [" ".join(out)] if rng.random() < 0.6 else out


def _point_response(rng: random.Random, rec: Rec, decision: str, motivated: bool | None) -> str:
    """The college's answer to one point, with a reason where it declines and motivates."""
    text = rng.choice(REACTIE[_POINT_SLOT[decision]])
    if decision in ("not_adopted", "partially_adopted") and motivated:
        text += " " + _reason(rng, rec)
    elif decision == "adopted" and rng.random() < 0.3:
        text += " " + say(rng, REACTIE, "echo", {"rec": rec.text})
    return text


def _summary(rng: random.Random, resp: Response, values: dict) -> list[str]:
    """An optional overall sentence before per-point answers, consistent with them."""
    if rng.random() < 0.5:
        return []
    slot = {
        "adopted": "adopted",
        "not_adopted": "not_adopted",
        "noted": "noted_acknowledged",
        "partially_adopted": rng.choice(["partial_mostly", "partial_partly"]),
    }[resp.decision]
    return [say(rng, REACTIE, slot, values)]


def _points_prose(rng: random.Random, advice: Advice, resp: Response, values: dict) -> list[str]:
    """Per point: the advice quoted, then 'Reactie: ...'."""
    out = [say(rng, REACTIE, "points_intro", values), *_summary(rng, resp, values)]
    label = rng.choice(["Advies {i}", "Ad {i}", "Advies {i}:", "{i}."])
    answer = rng.choice(["Reactie:", "Reactie college:", "Ons standpunt:", "Antwoord:"])
    heading = rng.random() < 0.4
    for i, (rec, dec) in enumerate(zip(advice.recs, resp.point_decisions, strict=True), 1):
        name = label.format(i=i)
        reply = f"{answer} {_point_response(rng, rec, dec, resp.motivated)}"
        if heading:
            out += [f"## {name.rstrip(':.')}", cap(rec.text) + ".", reply]
        else:
            out.append(f"{name} {cap(rec.text)}.\n{reply}")
    return out


def _points_table(rng: random.Random, advice: Advice, resp: Response, values: dict) -> list[str]:
    """Per point in a two- or three-column table."""
    out = [say(rng, REACTIE, "points_intro", values), *_summary(rng, resp, values)]
    head = rng.choice(
        [
            ("Advies", "Reactie"),
            (f"Advies {values['council_the'].removeprefix('de ')}", "Standpunt college"),
            ("Nr.", "Advies", "Reactie college"),
            ("Uw advies", "Onze reactie"),
            ("Advies van de raad", "Reactie van het college"),
        ]
    )
    rows = ["| " + " | ".join(head) + " |"]
    for i, (rec, dec) in enumerate(zip(advice.recs, resp.point_decisions, strict=True), 1):
        cells = [cap(rec.text), _point_response(rng, rec, dec, resp.motivated)]
        if len(head) == 3:
            cells.insert(0, str(i))
        rows.append("| " + " | ".join(cells) + " |")
    out.append("\n".join(rows))
    return out


def _implicit(rng: random.Random, advice: Advice, values: dict) -> list[str]:
    """Adoption shown only by what was done, without a decision verb."""
    frames = list(REACTIE["implicit"])
    rng.shuffle(frames)
    lines = [frames[i % len(frames)].format(rec=rec.text) for i, rec in enumerate(advice.recs)]
    return [say(rng, REACTIE, "implicit_intro", values), " ".join(lines)]


def _thanks(rng: random.Random, advice: Advice, resp: Response, values: dict) -> str:
    """The opening that points to the advice: by kenmerk, date, both, or subject only."""
    slot = {
        "kenmerk": "thanks_kenmerk",
        "date": "thanks_date",
        "kenmerk_date": "thanks_kenmerk_date",
        "subject": "thanks_subject",
    }[resp.cite]
    return say(rng, REACTIE, slot, values)


def _sender(rng: random.Random, world: World) -> str:
    """The municipality's or regional body's letterhead."""
    body, college = world.body, world.college
    slug = re.sub(r"[^a-z]", "", body.display.lower())[:20] or "gemeente"
    name = f"Gemeente {body.display}" if not body.regional else body.display
    lines = [name, *college.address, f"www.{slug}.nl", "Telefoon 14 0" + str(rng.randint(10, 99))]
    return letterhead([lines[0], *rng.sample(lines[1:], rng.randint(1, 4))])


def _values(rng: random.Random, world: World, advice: Advice, resp: Response) -> dict:
    """Placeholder values for the response templates."""
    council, college = world.council, world.college
    noun = council_noun(council.name)
    return {
        "council_the": noun,
        "chair_salutation": council.chair.salutation(),
        "adv_ref": advice.reference or "",
        "adv_date": say_earlier_date(rng, advice.date, resp.date),
        "np": advice.subject_np,
        "np_bare": bare(advice.subject_np),
        "meeting_date": say_date(
            rng, max(add_workdays(resp.date, -rng.randint(5, 14)), add_workdays(advice.date, 3))
        ),
        "kind": "gevraagd" if advice.requested else "ongevraagd",
        "abbr": council.abbr,
        "contact": f"{college.secretaris.title()}, telefoon 14 0{rng.randint(10, 99)}",
        "topic_label": BANKS[advice.topics[0]].label,
        "topic_label_cap": cap(BANKS[advice.topics[0]].label),
        "raad_date": say_date(rng, add_workdays(resp.date, rng.randint(14, 60))),
    }


def _head(rng: random.Random, world: World, advice: Advice, resp: Response, values: dict):
    """Directives, letterhead, recipient and fields; returns paragraphs, subject, cites used."""
    council, college = world.council, world.college
    subject_slot = (
        "subject_subject" if resp.cite == "subject" or rng.random() < 0.5 else "subject_generic"
    )
    subject = cap(say(rng, REACTIE, subject_slot, values))
    out = [
        d
        for d in (
            running_footer(rng, cap(college.short), resp.reference or college.department),
            running_header(
                rng, [subject, f"Kenmerk {resp.reference}" if resp.reference else subject]
            ),
        )
        if d
    ]
    out.append(_sender(rng, world))
    date_text = say_date(rng, resp.date, formal=True)
    date_where = rng.choice(["field", "field", "placeline"])
    if date_where == "placeline":
        out.append(place_date_line(rng, college.place, date_text))
    recipient = [council.name]
    if rng.random() < 0.6:
        recipient.append(
            rng.choice(
                [
                    f"t.a.v. {council.chair.title()}, voorzitter",
                    "t.a.v. de voorzitter",
                    "p/a het secretariaat",
                ]
            )
        )
    out.append(address_block(rng, recipient + list(council.address)))
    fields = [Field("date", date_text)] if date_where == "field" else []
    if resp.reference:
        fields.append(Field("ref", resp.reference))
    in_field = {"kenmerk": False, "date": False}
    if "kenmerk" in resp.cite and rng.random() < 0.6:
        fields.append(Field("your_ref", advice.reference))
        in_field["kenmerk"] = True
    if "date" in resp.cite and rng.random() < 0.4:
        fields.append(
            Field(
                "your_date",
                say_earlier_date(rng, advice.date, resp.date).replace(
                    " jl.", f" {advice.date.year}"
                ),
            )
        )
        in_field["date"] = True
    fields.append(Field("subject", subject))
    if rng.random() < 0.4:
        fields.append(
            Field(
                "contact",
                college.secretaris.short()
                if rng.random() < 0.3
                else world.college.wethouder.short(),
            )
        )
    if rng.random() < 0.1:
        fields.append(Field("sent", say_date(rng, add_workdays(resp.date, 1))))
    out.append(field_block(rng, order_fields(rng, fields)))
    return out, subject


def _signature(rng: random.Random, world: World) -> str:
    """College, wethouder or regional-board sign-off."""
    body, college = world.body, world.college
    signoff = rng.choice(REACTIE["signoff"])
    if body.regional and body.kind == "sociale_dienst":
        return (
            f"{signoff}\n{cap(college.name)},\n\n[[signature]]\n{college.secretaris.short()}, secretaris"
            f"\n\n[[signature]]\n{college.burgemeester.short()}, voorzitter"
        )
    style = rng.random()
    if style < 0.4:
        return (
            f"{signoff}\nburgemeester en wethouders van {college.place},\n\nde secretaris, de burgemeester,"
            f"\n\n[[signature]]\n{college.secretaris.short()}    {college.burgemeester.short()}"
        )
    if style < 0.75:
        return (
            f"{signoff}\nnamens het college van burgemeester en wethouders,\n\n[[signature]]\n"
            f"{college.wethouder.short()}\nwethouder {college.portfolio}"
        )
    return (
        f"{signoff}\nhet college van burgemeester en wethouders van {college.place},\n\n[[signature]]\n"
        f"de gemeentesecretaris, {college.secretaris.short()}\n\n[[signature]]\n"
        f"de burgemeester, {college.burgemeester.short()}"
    )


def write_response(
    rng: random.Random, world: World, advice: Advice, resp: Response, advice_file: str | None
) -> Written:
    """The response letter's cpdoc source and its labels."""
    values = _values(rng, world, advice, resp)
    head, subject = _head(rng, world, advice, resp, values)
    body = [say(rng, REACTIE, "salutation", values), _thanks(rng, advice, resp, values)]
    if rng.random() < 0.5:
        body.append(say(rng, REACTIE, "thanks_plain", values))
    if rng.random() < 0.65:
        view = say_many(rng, REACTIE, "view", values, rng.randint(1, 2))
        context = [c for t in advice.topics for c in BANKS[t].context]
        body.append(" ".join(view + rng.sample(context, min(len(context), rng.randint(0, 2)))))
    decide = {
        "overall": _overall,
        "points_prose": _points_prose,
        "points_table": _points_table,
    }.get(resp.mode)
    body += decide(rng, advice, resp, values) if decide else _implicit(rng, advice, values)
    if rng.random() < 0.6:
        body.append(" ".join(say_many(rng, REACTIE, "next_steps", values, rng.randint(1, 2))))
    body.append(" ".join(say_many(rng, REACTIE, "closing", values, rng.randint(1, 2))))
    body.append(_signature(rng, world))
    if rng.random() < 0.35:
        body.append(rng.choice(REACTIE["cc"]))
    days = (resp.date - advice.date).days
    notes = [
        f"mode {resp.mode}",
        f"finer {resp.finer}",
        f"cites advice by {resp.cite}",
        f"{days} days after the advice, norm {resp.norm_days}"
        + (" (late)" if days > resp.norm_days else ""),
    ]
    label = {
        "doc_type": "reactie",
        "council": world.council.name,
        "municipality": world.body.name,
        "doc_date": resp.date.isoformat(),
        "reference": resp.reference,
        "subject": subject,
        "responds_to": advice_file,
        "advice_reference": advice.reference if "kenmerk" in resp.cite else None,
        "advice_date": advice.date.isoformat() if "date" in resp.cite else None,
        "decision": resp.decision,
        "point_decisions": list(resp.point_decisions) if resp.point_decisions else None,
        "motivated": resp.motivated,
    }
    return Written("\n\n".join(head + body) + "\n", label, tuple(notes))
