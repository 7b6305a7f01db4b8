"""Write a verordening cliëntenparticipatie with several terms side by side.

The trap the labels test: the council's advice term, the college's request term
and an extension term appear next to the college's answer term; only the last
is `response_norm_days`.
"""

from __future__ import annotations

import random

from cp_textmine.synth.bank_verordening import VO
from cp_textmine.synth.dates import say_date
from cp_textmine.synth.names import make_person
from cp_textmine.synth.phrases import cap, number_word, say, say_many
from cp_textmine.synth.world import Regulation, World
from cp_textmine.synth.written import Written

_TERRAIN = {
    "wi": ("werk en inkomen", "de Participatiewet en het minimabeleid"),
    "broad": ("het sociaal domein", "de Wmo, de Jeugdwet en de Participatiewet"),
    "wmo": ("maatschappelijke ondersteuning", "de Wmo 2015"),
}


def term_text(rng: random.Random, days: int) -> str:
    """A term in weeks (words or digits) or in days."""
    weeks = days // 7
    if days % 7 == 0 and rng.random() < 0.75:
        return f"{number_word(weeks) if rng.random() < 0.6 else weeks} weken"
    return f"{days} dagen"


def _preamble(rng: random.Random, world: World, reg: Regulation) -> list[str]:
    """'De raad van de gemeente X; gelezen ...; gelet op ...; besluit: vast te stellen ...'."""
    body = world.body
    who = f"Het algemeen bestuur van {body.display};" if body.regional else rng.choice(
        [f"De raad van de gemeente {body.display};", f"De gemeenteraad van {body.display};", f"De raad van de gemeente {body.display},"])  # fmt: skip
    lines = [
        who,
        f"gelezen het voorstel van {'het dagelijks bestuur' if body.regional else 'burgemeester en wethouders'} van {say_date(rng, reg.adopted.replace(day=1))};",
    ]
    if reg.adopted.year < 2015:
        lines.append(
            "gelet op artikel 47 van de Wet werk en bijstand, artikel 12 van de Wet investeren in jongeren en artikel 3 van de Wet sociale werkvoorziening;"
        )
    else:
        law = "gelet op artikel 47 van de Participatiewet en artikel 2.1.3, derde lid, van de Wet maatschappelijke ondersteuning 2015"
        lines.append(
            law + (" en artikel 2.10 van de Jeugdwet;" if world.council.scope == "broad" else ";")
        )
    if rng.random() < 0.4:
        lines.append(
            f"gelet op het advies van de {world.council.name} van {say_date(rng, reg.adopted.replace(day=1).replace(month=max(1, reg.adopted.month - 1)))};"
        )
    lines.append(rng.choice(["besluit:", "B E S L U I T :", "besluit"]))
    lines.append(f"vast te stellen de {reg.title}.")
    return ["\n".join(lines)]


def _terms_article(
    rng: random.Random, reg: Regulation, values: dict
) -> tuple[list[str], list[str]]:
    """The leden with the terms, in a drawn order; returns leden and notes on terms stated."""
    parts = [("response", reg.response_days)]
    if reg.advice_days:
        parts.append(("advice", reg.advice_days))
    if reg.request_days:
        parts.append(("request", reg.request_days))
    rng.shuffle(parts)
    leden = [say(rng, VO, slot, {**values, "t": term_text(rng, d)}) for slot, d in parts]
    notes = [f"{slot} term {d} days" for slot, d in parts]
    if rng.random() < 0.5:
        extra = rng.choice([14, 21, 28])
        leden.append(say(rng, VO, "extension", {**values, "t": term_text(rng, extra)}))
        notes.append(f"extension term {extra} days (not the norm)")
    if rng.random() < 0.6:
        leden.append(say(rng, VO, "deviation", values))
    if rng.random() < 0.3:
        leden.insert(0, f"De {values['ar']} kan gevraagd en ongevraagd advies uitbrengen.")
    return leden, notes


def _begrippen(rng: random.Random, world: World, ar: str) -> str:
    """Definitions, naming the council so the label's council appears in the text."""
    body, council = world.body, world.council
    college = (
        "het dagelijks bestuur van " + body.display
        if body.regional
        else "het college van burgemeester en wethouders van de gemeente " + body.display
    )
    items = [f"college: {college}", f"{ar}: de {council.name}, bedoeld in artikel 2"]
    extra = [
        "cliënt: een inwoner die gebruikmaakt van een voorziening op grond van de Participatiewet",
        "inwoner: een ingezetene van de gemeente die gebruikmaakt of kan maken van een voorziening in het sociaal domein",
        f"achterban: de inwoners wier belangen de {ar} behartigt",
        f"periodiek overleg: het overleg tussen college en {ar}",
        "wethouder: de portefeuillehouder die verantwoordelijk is voor het sociaal domein",
        "adviesaanvraag: een schriftelijk verzoek van het college om advies",
        "wet: de Participatiewet",
        "sociaal domein: de taken van de gemeente op grond van de Participatiewet, de Wmo 2015 en de Jeugdwet",
    ]
    items += rng.sample(extra, rng.randint(1, 4))
    marks = "abcdefghij"
    intro = rng.choice(
        [
            "In deze verordening wordt verstaan onder:",
            "In deze verordening wordt verstaan onder",
            "Voor de toepassing van deze verordening wordt verstaan onder:",
        ]
    )
    return (
        intro
        + "\n"
        + "\n".join(
            f"{marks[i]}. {item}{';' if i < len(items) - 1 else '.'}"
            for i, item in enumerate(items)
        )
    )


def _noun(rng: random.Random, name: str) -> str:
    """The noun the verordening uses for the council, defined in its first article."""
    lowered = name.lower()
    own = (
        "cliëntenraad"
        if "cliëntenraad" in lowered
        else "participatieraad"
        if "participatieraad" in lowered
        else "Wmo-raad"
        if "wmo" in lowered
        else "adviesraad"
    )
    return rng.choice([own, own, "adviesraad"])


_OPTIONAL = (
    ("voorzitter", ("Voorzitter", "Voorzitterschap"), (1, 2)),
    ("benoeming", ("Benoeming en ontslag", "Zittingstermijn", "Lidmaatschap"), (1, 3)),
    ("onafhankelijkheid", ("Onafhankelijkheid", "Werkwijze", "Huishoudelijk reglement"), (1, 3)),
    ("overleg", ("Periodiek overleg", "Overleg met het college"), (1, 3)),
    ("agenda", ("Agenderingsrecht", "Agenda"), (1, 2)),
    ("informatie", ("Informatie", "Informatievoorziening"), (1, 3)),
    ("faciliteiten", ("Faciliteiten", "Ondersteuning en vergoedingen", "Budget"), (1, 4)),
    ("achterban", ("Achterban", "Contact met de achterban"), (1, 2)),
    ("jaarverslag", ("Jaarverslag en werkplan", "Verslaglegging", "Werkplan"), (1, 2)),
    ("privacy", ("Geheimhouding", "Privacy"), (1, 2)),
    ("geschillen", ("Geschillen", "Geschillenregeling"), (1, 2)),
    ("evaluatie", ("Evaluatie",), (1, 2)),
    ("hardheid", ("Hardheidsclausule", "Onvoorziene gevallen"), (1, 1)),
)


def _articles(
    rng: random.Random, world: World, reg: Regulation, values: dict
) -> tuple[list[tuple[str, list[str]]], list[str]]:
    """Mandatory and optional articles in a plausible order."""
    leden, notes = _terms_article(rng, reg, values)
    arts = [
        ("Begripsbepalingen", [_begrippen(rng, world, values["ar"])]),
        (rng.choice(["Instelling", "Instelling en naam"]), [say(rng, VO, "instelling", values)]),
        (
            rng.choice(["Taak", "Taken", "Doel en taak"]),
            say_many(rng, VO, "taak", values, rng.randint(1, 3)),
        ),
        ("Samenstelling", say_many(rng, VO, "samenstelling", values, rng.randint(1, 3))),
        (
            rng.choice(["Werkwijze en termijnen", "Advisering", "Adviesprocedure", "Termijnen"]),
            leden,
        ),
    ]
    for key, titles, (lo, hi) in _OPTIONAL:
        if rng.random() < 0.6:
            arts.append((rng.choice(titles), say_many(rng, VO, key, values, rng.randint(lo, hi))))
    return arts, notes


def _toelichting(rng: random.Random, values: dict) -> list[str]:
    """An optional explanatory part (common in published verordeningen)."""
    out = [
        "## " + rng.choice(["Toelichting", "Algemene toelichting", "Toelichting op de verordening"])
    ]
    out.append(" ".join(say_many(rng, VO, "toelichting_algemeen", values, rng.randint(3, 7))))
    if rng.random() < 0.6:
        out += ["## Artikelsgewijze toelichting" if rng.random() < 0.5 else "## Per artikel",
                " ".join(say_many(rng, VO, "toelichting_artikel", values, rng.randint(2, 5)))]  # fmt: skip
    return out


def write_regulation(rng: random.Random, world: World, reg: Regulation) -> Written:
    """The verordening's source and labels."""
    council = world.council
    terrain, doelgroep = _TERRAIN[council.scope]
    ar = _noun(rng, council.name)
    values = {
        "ar": ar, "Ar": cap(ar), "council": council.name,
        "terrein": terrain if rng.random() < 0.5 else doelgroep,
        "doelgroep": rng.choice(["cliënten", "inwoners die gebruikmaken van voorzieningen", "de inwoners van de gemeente", "mensen met een uitkering of een laag inkomen"]),
        "min": rng.choice(["5", "vijf", "7", "zeven"]), "max": rng.choice(["negen", "11", "elf", "13", "15"]),
        "years": rng.choice(["vier", "4", "drie"]), "k": rng.choice(["twee", "drie", "vier", "2", "4"]),
        "fee": rng.choice(["25", "35", "50", "40,00", "27,50"]), "month": rng.choice(["april", "mei", "maart"]),
    }  # fmt: skip
    style = rng.choice(
        [
            "## Artikel {n}. {t}",
            "## Artikel {n} {t}",
            "## Art. {n} {t}",
            "## Artikel {n} – {t}",
            "Artikel {n}. {t}",
        ]
    )
    out = []
    if rng.random() < 0.4:
        out.append(
            rng.choice(
                [
                    f"GEMEENTEBLAD van {world.body.display}",
                    f"Officiële uitgave van de gemeente {world.body.display}",
                    "Gemeenteblad",
                ]
            )
        )
    out.append(f"# {reg.title}")
    out += _preamble(rng, world, reg)
    keep, notes = _articles(rng, world, reg, values)
    if reg.replaces:
        keep.append(("Intrekking", [f"De {reg.replaces} wordt ingetrokken."]))
    start = rng.choice(
        [
            f"Deze verordening treedt in werking op {say_date(rng, reg.in_force)}.",
            "Deze verordening treedt in werking met ingang van de dag na die van bekendmaking.",
        ]
    )
    keep += [
        ("Inwerkingtreding", [start]),
        ("Citeertitel", [f"Deze verordening wordt aangehaald als: {reg.title}."]),
    ]
    numbered_leden = rng.random() < 0.6
    for n, (title, paras) in enumerate(keep, 1):
        out.append(style.format(n=n, t=title))
        if numbered_leden and len(paras) > 1:
            out.append("\n".join(f"{i}. {p}" for i, p in enumerate(paras, 1)))
        else:
            out.append(" ".join(paras) if rng.random() < 0.3 else "\n\n".join(paras))
    griffier, voorzitter = make_person(rng), make_person(rng)
    out.append(
        f"Aldus vastgesteld in de openbare vergadering van {say_date(rng, reg.adopted, formal=True)}."
    )
    out.append(rng.choice([f"de griffier, de voorzitter,\n{griffier.short()}    {voorzitter.short()}",
                           f"De griffier,\n{griffier.short()}\n\nDe voorzitter,\n{voorzitter.short()}"]))  # fmt: skip
    if rng.random() < 0.45:
        out += _toelichting(rng, values)
    label = {
        "doc_type": "verordening", "council": council.name, "municipality": world.body.name,
        "doc_date": reg.adopted.isoformat(), "reference": None, "subject": reg.title,
        "response_norm_days": reg.response_days, "advice_term_days": reg.advice_days,
    }  # fmt: skip
    return Written("\n\n".join(out) + "\n", label, tuple(notes))
