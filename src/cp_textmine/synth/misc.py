"""Write 'overig' documents: minutes, agendas, newsletters, press releases, requests, receipts.

Several of these look like advice or response letters on purpose (an adviesaanvraag,
an ontvangstbevestiging that says "wij reageren binnen zes weken") so that type
classification has realistic neighbours.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from cp_textmine.synth.dates import add_workdays, say_date, workday
from cp_textmine.synth.letterparts import (
    Field,
    address_block,
    field_block,
    letterhead,
    order_fields,
    running_footer,
)
from cp_textmine.synth.names import make_person
from cp_textmine.synth.phrases import cap, council_noun, parse_bank, say
from cp_textmine.synth.plans import Advice, Response
from cp_textmine.synth.topics import BANKS
from cp_textmine.synth.world import World
from cp_textmine.synth.written import Written

MISC = parse_bank("""
## minutes_open
De voorzitter opent de vergadering en heet iedereen welkom.
{chair} opent om {time} uur de vergadering.
Opening door de voorzitter; er zijn geen aanvullingen op de agenda.
De vergadering wordt geopend. Een speciaal welkom voor de gast van de gemeente.
## minutes_advice
De raad bespreekt het conceptadvies over {np}. Na enkele tekstuele wijzigingen wordt het advies vastgesteld.
De werkgroep licht de stand van zaken toe rond {np}. Afgesproken wordt dat de secretaris een conceptadvies opstelt.
Over {np} zijn de meningen verdeeld; de raad besluit eerst de achterban te raadplegen.
De reactie van het college op ons advies over {np} wordt besproken. De leden zijn niet onverdeeld positief.
## minutes_other
De secretaris meldt dat de vacature nog openstaat; er hebben zich twee kandidaten gemeld.
De penningmeester geeft een korte toelichting op de uitgaven tot nu toe.
De beleidsmedewerker van de gemeente geeft een presentatie over {topic}.
Er wordt gesproken over de opzet van de volgende achterbanbijeenkomst.
Een lid vraagt aandacht voor de bereikbaarheid van het Werkplein.
Het jaarverslag wordt besproken en met een kleine aanpassing vastgesteld.
## news_item
Onze raad heeft advies uitgebracht over {np}. U kunt het volledige advies opvragen bij het secretariaat.
Wij zijn op zoek naar nieuwe leden. Heeft u ervaring met een uitkering of met schulden? Meld u aan!
Op {when} houden wij een inloopochtend in de bibliotheek. Iedereen is welkom; de koffie staat klaar.
De gemeente werkt aan nieuw beleid voor {topic}. Wij houden u op de hoogte.
Heeft u een vraag of een klacht over uw uitkering? Ons spreekuur is elke eerste dinsdag van de maand.
Dit jaar organiseren wij weer een bijeenkomst over rondkomen met een laag inkomen.
## press
De {council} vraagt de gemeente om meer aandacht voor {np}.
In een brief aan het college roept de {council} op tot snelle actie rond {np}.
De {council} maakt zich zorgen over {np} en heeft daarover een advies uitgebracht.
## receipt
Hierbij bevestigen wij de ontvangst van uw advies van {adv_date}.
Wij hebben uw brief van {adv_date} in goede orde ontvangen.
Uw advies van {adv_date} is bij ons binnengekomen en in behandeling genomen.
## receipt_more
Wij streven ernaar binnen {weeks} weken inhoudelijk op uw advies te reageren.
Uw advies wordt betrokken bij de voorbereiding van het collegebesluit; u ontvangt zo spoedig mogelijk een inhoudelijke reactie.
De behandelend ambtenaar neemt zo nodig contact met u op.
## request
Hierbij vragen wij u om advies over {doc}.
Graag ontvangen wij uw advies over {doc}, dat wij als bijlage meesturen.
Het college legt {doc} graag aan u voor en verneemt uw advies.
## request_more
Wij ontvangen uw advies graag uiterlijk {deadline}.
Het voorstel wordt op {decision} in het college besproken; uw advies betrekken wij daarbij.
Voor een toelichting kunt u contact opnemen met de beleidsmedewerker, {contact}.
Het stuk is ook besproken in het periodiek overleg met de wethouder.
""")


def _minutes(rng: random.Random, world: World, day: date, advices: list[Advice]) -> Written:
    """Minutes of a council meeting, discussing some of the world's advices."""
    council = world.council
    title = rng.choice(
        [
            f"Verslag vergadering {council.name}",
            "Verslag van de vergadering",
            f"Notulen {council.name}",
            "Conceptverslag plenaire vergadering",
        ]
    )
    people = [make_person(rng) for _ in range(rng.randint(4, 8))]
    vals = {"chair": council.chair.short(), "time": rng.choice(["13.30", "19.00", "14.00", "10.00"]),
            "topic": BANKS[rng.choice([t for a in advices for t in a.topics] or ["bijstand"])].label}  # fmt: skip
    out = [
        f"# {title}",
        f"Datum: {say_date(rng, day)}\nAanwezig: {', '.join([council.chair.short()] + [p.short() for p in people[:-1]])}\nAfwezig met kennisgeving: {people[-1].short()}\nNotulen: {council.secretary.short()}",
    ]
    items = [("Opening en mededelingen", say(rng, MISC, "minutes_open", vals))]
    for adv in rng.sample(advices, min(len(advices), rng.randint(1, 3))):
        items.append(
            (cap(adv.subject_np), say(rng, MISC, "minutes_advice", {"np": adv.subject_np}))
        )
    items += [(rng.choice(["Rondvraag", "Wat verder ter tafel komt", "Mededelingen secretariaat"]), say(rng, MISC, "minutes_other", vals)),
              ("Sluiting", f"De voorzitter sluit de vergadering om {rng.choice(['15.30', '16.00', '21.15', '12.00'])} uur.")]  # fmt: skip
    for i, (head, text) in enumerate(items, 1):
        out += [f"## {i}. {head}", text]
    if rng.random() < 0.5:
        rows = ["| Nr. | Actie | Wie | Wanneer |"] + [f"| {i} | {a} | {p.short()} | {w} |" for i, (a, p, w) in enumerate(zip(rng.sample(["Conceptadvies opstellen", "Uitnodiging achterban versturen", "Vacaturetekst aanpassen", "Afspraak met wethouder plannen", "Jaarverslag verspreiden"], 3), people, ["volgende vergadering", "z.s.m.", "1 maand"], strict=False), 1)]  # fmt: skip
        out += ["## Actielijst", "\n".join(rows)]
    return Written(
        "\n\n".join(out) + "\n",
        {"doc_date": day.isoformat(), "reference": None, "subject": title},
        ("minutes",),
    )


def _agenda(rng: random.Random, world: World, day: date, advices: list[Advice]) -> Written:
    """An agenda for a council meeting."""
    council = world.council
    title = rng.choice(
        [
            f"Agenda {council.name}",
            "Agenda plenaire vergadering",
            f"Agenda vergadering {council_noun(council.name)}",
        ]
    )
    suffix = [
        "",
        "",
        " (ter bespreking)",
        " (ter besluitvorming)",
        " – conceptadvies",
        " (ter informatie)",
    ]
    topics = [
        cap(a.subject_np) + rng.choice(suffix)
        for a in rng.sample(advices, min(len(advices), rng.randint(1, 3)))
    ]
    fixed = rng.sample(["Mededelingen van de voorzitter", "Terugkoppeling overleg met de wethouder", "Signalen uit de achterban",
                        "Stand van zaken vacatures", "Werkplan en jaarverslag", "Financiën", "Nieuws uit de regio",
                        "Voorbereiding periodiek overleg", "Evaluatie achterbanbijeenkomst"], rng.randint(1, 4))  # fmt: skip
    items = [rng.choice(["Opening en vaststellen agenda", "Opening", "Welkom en vaststelling agenda"]),
             rng.choice(["Verslag vorige vergadering", "Notulen en actielijst", "Vaststellen verslag"]),
             *fixed[:1], rng.choice(["Ingekomen en uitgaande stukken", "Post", "Correspondentie"]), *topics, *fixed[1:],
             rng.choice(["Rondvraag", "Wat verder ter tafel komt"]), "Sluiting"]  # fmt: skip
    place = rng.choice(
        [
            "gemeentehuis, kamer 2.14",
            "Werkplein, vergaderzaal",
            "bibliotheek, zaal De Ontmoeting",
            "online via Teams",
        ]
    )
    out = [f"# {title}", f"Datum: {say_date(rng, day, formal=True)}\nTijd: {rng.choice(['13.30 – 15.30 uur', '19.30 uur', '10.00 – 12.00 uur'])}\nLocatie: {place}",
           "\n".join(f"{i}. {item}" for i, item in enumerate(items, 1))]  # fmt: skip
    return Written(
        "\n\n".join(out) + "\n",
        {"doc_date": day.isoformat(), "reference": None, "subject": title},
        ("agenda",),
    )


def _newsletter(rng: random.Random, world: World, day: date, advices: list[Advice]) -> Written:
    """A short newsletter with a few items."""
    council = world.council
    title = rng.choice(
        [
            f"Nieuwsbrief {council.name}",
            f"Nieuwsbrief {council.abbr} nr. {rng.randint(1, 12)}",
            "Nieuws van de raad",
        ]
    )
    out = [f"# {title}", say_date(rng, day, formal=True)]
    if rng.random() < 0.6:
        out.append(rng.choice(["Beste lezer,", "In deze nieuwsbrief leest u waar onze raad de afgelopen maanden mee bezig was.",
                               "Hierbij weer een nieuwsbrief van uw cliëntenraad, met nieuws over onze adviezen en activiteiten."]))  # fmt: skip
    for adv in rng.sample(advices, min(len(advices), rng.randint(1, 3))):
        item = say(
            rng,
            MISC,
            "news_item",
            {
                "np": adv.subject_np,
                "when": say_date(rng, day + timedelta(days=20)),
                "topic": BANKS[adv.topics[0]].label,
            },
        )
        extra = rng.sample(
            BANKS[adv.topics[0]].context + BANKS[adv.topics[0]].observations, rng.randint(0, 2)
        )
        out += [f"## {cap(adv.subject_np)}", " ".join([item, *extra])]
    out += [
        "## " + rng.choice(["Kort nieuws", "Agenda", "Oproep"]),
        rng.choice(MISC["news_item"][1:2] + MISC["news_item"][4:]),
    ]
    return Written(
        "\n\n".join(out) + "\n",
        {"doc_date": day.isoformat(), "reference": None, "subject": title},
        ("newsletter",),
    )


def _press(rng: random.Random, world: World, day: date, advices: list[Advice]) -> Written:
    """A press release about an advice."""
    adv = rng.choice(advices)
    title = cap(
        say(rng, MISC, "press", {"np": adv.subject_np, "council": world.council.name}).rstrip(".")
    )
    out = ["PERSBERICHT", f"# {title}", f"{world.college.place}, {say_date(rng, day)} – " + " ".join(rng.sample(BANKS[adv.topics[0]].context, 2)),
           " ".join(rng.sample(BANKS[adv.topics[0]].observations, 2)), f"Noot voor de redactie: voor meer informatie kunt u contact opnemen met {world.council.chair.full()}."]  # fmt: skip
    return Written(
        "\n\n".join(out) + "\n",
        {"doc_date": day.isoformat(), "reference": None, "subject": title},
        ("press release",),
    )


def _college_letter(
    rng: random.Random, world: World, day: date, ref: str | None, subject: str, body: list[str]
) -> Written:
    """A letter from the college to the council that is not a response (request, receipt)."""
    college, council = world.college, world.council
    head = [d for d in (running_footer(rng, cap(college.short), college.department),) if d]
    name = f"Gemeente {world.body.display}" if not world.body.regional else world.body.display
    head += [
        letterhead([name, *college.address]),
        address_block(rng, [council.name, *council.address]),
    ]
    fields = [Field("date", say_date(rng, day, formal=True)), Field("subject", subject)] + (
        [Field("ref", ref)] if ref else []
    )
    head.append(field_block(rng, order_fields(rng, fields)))
    sign = f"{rng.choice(['Met vriendelijke groet,', 'Hoogachtend,'])}\nnamens het college,\n\n[[signature]]\n{college.wethouder.short()}\nwethouder {college.portfolio}"
    text = "\n\n".join([*head, "Geachte leden van de raad,", *body, sign]) + "\n"
    return Written(text, {"doc_date": day.isoformat(), "reference": ref, "subject": subject}, ())


def _request(rng: random.Random, world: World, adv: Advice) -> Written:
    """The college's request for advice (its kenmerk is the advice's 'uw kenmerk')."""
    deadline = say_date(rng, adv.date + timedelta(days=rng.randint(0, 10)))
    vals = {
        "doc": adv.request_doc,
        "deadline": deadline,
        "decision": say_date(rng, workday(adv.date + timedelta(days=21))),
        "contact": world.college.secretaris.full(),
    }
    subject = cap(
        rng.choice(
            [
                f"Adviesaanvraag {adv.request_doc}",
                f"Verzoek om advies over {adv.request_doc}",
                f"Adviesaanvraag inzake {adv.request_doc}",
            ]
        )
    )
    body = [
        say(rng, MISC, "request", vals),
        " ".join(rng.sample([say(rng, MISC, "request_more", vals) for _ in range(3)], 2)),
    ]
    out = _college_letter(rng, world, adv.request_date, adv.request_ref, subject, body)
    return Written(out.source, out.label, ("request for advice (not a response)",))


def _werkplan(rng: random.Random, world: World, day: date, advices: list[Advice]) -> Written:
    """The council's work plan for the coming year."""
    council, year = world.council, day.year + 1
    title = rng.choice([f"Werkplan {year}", f"Werkplan {council.name} {year}", f"Jaarplan {year}"])
    pool = sorted({t for a in advices for t in a.topics} | {"clientenparticipatie"})
    themes = rng.sample(pool, k=min(3, len(pool)))
    out = [f"# {title}", f"{council.name}, {say_date(rng, day)}"]
    out.append(
        rng.choice(
            [
                "In dit werkplan staat waar de raad zich het komende jaar op richt.",
                "Het werkplan is besproken met de wethouder en vastgesteld in de vergadering van de raad.",
            ]
        )
    )
    for code in themes:
        bank = BANKS[code]
        out += [
            f"## {cap(bank.label)}",
            " ".join(
                [
                    *rng.sample(bank.context, min(2, len(bank.context))),
                    f"Wij volgen in het bijzonder {rng.choice(bank.issues)}.",
                ]
            ),
        ]
    out += [
        "## Begroting",
        f"Voor {year} vragen wij een budget van € {rng.randint(5, 25)}.{rng.choice(['000', '500'])}.",
    ]
    return Written(
        "\n\n".join(out) + "\n",
        {"doc_date": day.isoformat(), "reference": None, "subject": title},
        ("work plan",),
    )


def _receipt(rng: random.Random, world: World, adv: Advice, resp: Response | None) -> Written:
    """An acknowledgement of receipt: looks like a response but decides nothing."""
    day = add_workdays(adv.date, rng.randint(2, 8))
    vals = {
        "adv_date": say_date(rng, adv.date),
        "weeks": str((resp.norm_days if resp else 42) // 7),
    }
    subject = cap(
        rng.choice(
            [
                f"Ontvangstbevestiging advies {adv.subject_np}",
                "Ontvangstbevestiging",
                f"Uw advies over {adv.subject_np}",
            ]
        )
    )
    ref = world.college.refs.make(day.year, 90 + adv.key, rng) if rng.random() < 0.6 else None
    body = [say(rng, MISC, "receipt", vals), say(rng, MISC, "receipt_more", vals)]
    out = _college_letter(rng, world, day, ref, subject, body)
    return Written(out.source, out.label, ("acknowledgement of receipt, no decision",))


def write_misc(rng: random.Random, world: World, kind: str, day: date, advices: list[Advice],
               target: tuple[Advice, Response | None] | None = None) -> Written:  # fmt: skip
    """An overig document of a given kind; labels carry the common fields."""
    if kind == "request" and target:
        written = _request(rng, world, target[0])
    elif kind == "receipt" and target:
        written = _receipt(rng, world, *target)
    else:
        maker = {
            "minutes": _minutes,
            "agenda": _agenda,
            "newsletter": _newsletter,
            "press": _press,
            "werkplan": _werkplan,
        }[kind]
        written = maker(rng, world, day, advices)
    label = {
        "doc_type": "overig",
        "council": world.council.name,
        "municipality": world.body.name,
        **written.label,
    }
    return Written(written.source, label, (*written.notes, f"kind {kind}"))
