"""Write a council's annual report (jaarverslag) listing exactly that year's advices."""

from __future__ import annotations

import random
from datetime import date

from cp_textmine.synth.dates import format_date, say_date
from cp_textmine.synth.letterparts import letterhead
from cp_textmine.synth.names import make_person
from cp_textmine.synth.phrases import cap, council_noun, number_word, parse_bank, say, say_many
from cp_textmine.synth.plans import Advice, Response
from cp_textmine.synth.topics import BANKS
from cp_textmine.synth.world import World
from cp_textmine.synth.written import Written

JV = parse_bank("""
## foreword
Voor u ligt het jaarverslag over {year} van {raad}.
Met genoegen bieden wij u het jaarverslag {year} aan.
Het afgelopen jaar was voor {raad} een druk en leerzaam jaar.
In dit verslag blikken wij terug op wat {raad} in {year} heeft gedaan.
{year} stond voor ons in het teken van {theme}.
Dit jaarverslag geeft een beeld van onze activiteiten, adviezen en contacten met de achterban in {year}.
## foreword_more
Wij bedanken alle leden voor hun inzet, vaak naast zorg, werk of vrijwilligerswerk.
Ook dit jaar hebben wij gemerkt hoe belangrijk het is dat inwoners zelf meepraten over beleid dat hen raakt.
De samenwerking met de ambtelijke organisatie verliep over het algemeen goed.
Wij zijn niet altijd tevreden over de snelheid waarmee het college op onze adviezen reageert.
Een speciaal woord van dank gaat naar onze ambtelijk secretaris, {secretary}.
Helaas namen wij dit jaar afscheid van enkele ervaren leden.
Het jaar werd voor een belangrijk deel bepaald door de gevolgen van de gestegen kosten van levensonderhoud.
Wij hebben ons dit jaar nadrukkelijk gericht op onderwerpen die inwoners direct in hun portemonnee raken.
Wij merken dat de gemeente ons steeds vaker in een vroeg stadium weet te vinden.
Soms ontvingen wij stukken zo laat dat zorgvuldige advisering nauwelijks mogelijk was.
Wij kijken met gemengde gevoelens terug: er is veel bereikt, maar niet alles wat wij hadden gewild.
## members_intro
De raad bestond eind {year} uit {n_members} leden.
Op 31 december {year} telde de raad {n_members} leden.
Aan het eind van het verslagjaar had de raad {n_members} leden.
## vacancies
Er zijn op dit moment {n_vac} vacatures; wij zoeken vooral jongere leden en mensen met ervaring in de bijstand.
De raad heeft {n_vac} openstaande vacatures.
Wij werven actief nieuwe leden om de {n_vac} vacatures te vervullen.
In de loop van het jaar traden twee nieuwe leden toe; één lid nam afscheid vanwege gezondheidsredenen.
Het blijft lastig om leden te vinden die de doelgroep goed vertegenwoordigen.
Via een oproep in de lokale krant meldden zich drie kandidaten.
De werving van nieuwe leden loopt via de website van de gemeente en via maatschappelijke organisaties.
## meetings
In {year} vergaderde de raad {n_plenary} keer plenair.
De raad kwam in {year} {n_plenary} keer in een openbare vergadering bijeen.
Er waren {n_plenary} reguliere vergaderingen.
## meetings_more
Daarnaast was er {n_weth} keer overleg met de wethouder.
Met de verantwoordelijke wethouder spraken wij {n_weth} keer.
Het periodiek overleg met het college vond {n_weth} keer plaats.
Twee keer per jaar spreken wij met de directeur van de sociale dienst.
De werkgroepen kwamen tussen de vergaderingen door regelmatig bijeen.
Een delegatie van de raad sprak met de gemeenteraadscommissie over de begroting.
Met de regionale cliëntenraden was er tweemaal een gezamenlijke bijeenkomst.
De vergaderingen vonden plaats in het gemeentehuis en waren openbaar.
Het dagelijks bestuur van de raad overlegde maandelijks met de ambtelijk secretaris.
## advices_intro
In {year} bracht de raad {n_adv} adviezen uit, waarvan {n_req} gevraagd en {n_unreq} ongevraagd.
In het verslagjaar zijn {n_adv} adviezen uitgebracht.
Hieronder staan de adviezen die wij in {year} hebben uitgebracht ({n_adv} in totaal).
Het overzicht hieronder bevat alle adviezen van {year}.
Wij brachten {n_adv} adviezen uit; {n_unreq} daarvan waren ongevraagd.
## advices_after
Op {n_resp} adviezen ontvingen wij een schriftelijke reactie van het college.
Niet op al onze adviezen kwam tijdig een reactie.
Wij blijven aandringen op een reactie binnen de termijn van de verordening.
Het college nam onze adviezen in de meeste gevallen geheel of gedeeltelijk over.
## achterban
Wij hielden {n_events} bijeenkomsten voor onze achterban, onder meer bij de voedselbank en in buurthuizen.
Via spreekuren in de bibliotheek kwamen wij in contact met inwoners die gebruikmaken van een uitkering.
Onze leden waren aanwezig op de informatiemarkt van het Werkplein.
Wij hebben een enquête gehouden onder mensen met een uitkering; ruim {n_survey} mensen deden mee.
Samen met de voedselbank organiseerden wij een koffieochtend over rondkomen met een laag inkomen.
Leden van de raad liepen een dagdeel mee met klantmanagers van het Werkplein.
Onze website en de pagina in het huis-aan-huisblad trokken meer bezoekers dan voorgaande jaren.
Wij spraken met cliëntondersteuners, schuldhulpmaatjes en het buurtwerk over hun ervaringen.
## training
Nieuwe leden volgden een introductiecursus over de Participatiewet.
Enkele leden namen deel aan een training van de Koepel Adviesraden Sociaal Domein.
De raad organiseerde een themamiddag over {theme}.
Wij bezochten een landelijke bijeenkomst van de Landelijke Cliëntenraad.
De voorzitter volgde een cursus vergadertechniek.
Twee leden volgden een training over het lezen van de gemeentebegroting.
Een medewerker van het juridisch loket gaf ons uitleg over bezwaar en beroep.
## budget_intro
De raad beschikte in {year} over een budget van € {budget}.
De gemeente stelde een budget beschikbaar van € {budget}.
Voor vergoedingen, scholing en activiteiten was € {budget} begroot.
## outlook
In {next_year} willen wij meer aandacht geven aan {theme}.
Het werkplan voor {next_year} is inmiddels met de wethouder besproken.
Voor {next_year} staan onder meer de evaluatie van de verordening en het minimabeleid op de agenda.
Wij willen in {next_year} de achterban nog beter bereiken, ook digitaal.
Wij gaan in {next_year} vaker ongevraagd adviseren over signalen uit de praktijk.
Een belangrijk aandachtspunt blijft de tijdigheid van de reacties van het college.
In {next_year} bestaat de raad tien jaar; dat willen wij niet ongemerkt voorbij laten gaan.
## highlight
In ons advies over {np} vroegen wij aandacht voor de praktijk: {obs}
Bij {np} stond voor ons de ervaring van inwoners centraal. {obs}
Ons advies over {np} kwam voort uit signalen van de achterban. {obs}
Een belangrijk advies betrof {np}. {obs}
## highlight_rec
Wij adviseerden onder meer om {rec}.
Een van onze aanbevelingen was om {rec}.
Wij vroegen het college onder andere {rec}.
## outcome_adopted
Het college heeft dit advies overgenomen.
Tot onze tevredenheid nam het college het advies over.
## outcome_partially_adopted
Het college nam het advies gedeeltelijk over.
Het advies is deels overgenomen.
## outcome_not_adopted
Het college heeft dit advies niet overgenomen.
Helaas werd het advies niet gevolgd.
## outcome_noted
Het college heeft kennisgenomen van het advies.
Volgens het college gebeurt dit al grotendeels.
## outcome_none
Een reactie van het college hebben wij nog niet ontvangen.
Op dit advies kwam geen schriftelijke reactie.
""")

_HEADS = {
    "foreword": ("Voorwoord", "Inleiding", "Woord vooraf"),
    "members": ("Samenstelling", "Samenstelling van de raad", "Leden en vacatures"),
    "meetings": ("Vergaderingen en overleg", "Vergaderingen", "Overleg"),
    "advices": ("Adviezen", "Uitgebrachte adviezen", "Overzicht adviezen", "Advisering"),
    "achterban": ("Contact met de achterban", "Achterban", "Achterbanraadpleging"),
    "training": ("Scholing", "Deskundigheidsbevordering", "Training en scholing"),
    "budget": ("Financiën", "Budget", "Financieel overzicht"),
    "outlook": ("Vooruitblik", "Plannen", "Vooruitblik en werkplan"),
}


def _outcome(resp: Response | None, cutoff: date, rng: random.Random) -> tuple[str, str]:
    """(reactie ontvangen, overgenomen) cells for one advice, as the council knew on cutoff."""
    if resp is None or resp.date > cutoff:
        return rng.choice(["nee", "nog niet", "-"]), rng.choice(["-", "onbekend", "n.v.t."])
    received = rng.choice(
        ["ja", "ja", format_date(resp.date, "dash"), f"ja, {format_date(resp.date, 'dash_short')}"]
    )
    taken = {
        "adopted": rng.choice(["ja", "ja", "overgenomen"]),
        "partially_adopted": rng.choice(["deels", "deels", "gedeeltelijk"]),
        "not_adopted": rng.choice(["nee", "nee", "niet overgenomen"]),
        "noted": rng.choice(["n.v.t.", "kennisgenomen", "-"]),
    }[resp.decision]
    return received, taken


def _advice_table(
    rng: random.Random, advices: list[Advice], responses: dict, cutoff: date
) -> list[str]:
    """The overview of the year's advices: a table (mostly) or a numbered list."""
    form = rng.choice(["dash", "dash_short", "abbr", "slash0"])
    kind_words = rng.choice([("gevraagd", "ongevraagd"), ("G", "O"), ("Gevraagd", "Ongevraagd")])
    if rng.random() < 0.15:
        lines = []
        for i, adv in enumerate(advices, 1):
            got, took = _outcome(responses.get(adv.key), cutoff, rng)
            kind = kind_words[0 if adv.requested else 1]
            lines.append(
                f"{i}. {format_date(adv.date, form)} – {cap(adv.subject_np)} ({kind}); reactie: {got}; overgenomen: {took}"
            )
        return ["\n".join(lines)]
    layout = rng.choice(["A", "B", "C", "D"])
    head = {
        "A": ("Datum", "Onderwerp", "Gevraagd/ongevraagd", "Reactie ontvangen", "Overgenomen"),
        "B": ("Nr.", "Datum advies", "Onderwerp", "Soort", "Reactie college", "Resultaat"),
        "C": ("Onderwerp", "Datum", "Type", "Reactie", "Overgenomen?"),
        "D": ("Kenmerk", "Datum", "Onderwerp", "G/O", "Reactie", "Overgenomen"),
    }[layout]
    rows = ["| " + " | ".join(head) + " |"]
    for i, adv in enumerate(advices, 1):
        got, took = _outcome(responses.get(adv.key), cutoff, rng)
        day, subj, kind = (
            format_date(adv.date, form),
            cap(adv.subject_np),
            kind_words[0 if adv.requested else 1],
        )
        cells = {
            "A": (day, subj, kind, got, took),
            "B": (str(i), day, subj, kind, got, took),
            "C": (subj, day, kind, got, took),
            "D": (adv.reference or "-", day, subj, kind, got, took),
        }[layout]
        rows.append("| " + " | ".join(cells) + " |")
    return ["\n".join(rows)]


def _highlights(
    rng: random.Random, advices: list[Advice], responses: dict, cutoff: date
) -> list[str]:
    """A few advices described in prose, with what became of them."""
    out = []
    for adv in rng.sample(advices, min(len(advices), rng.randint(0, 3))):
        obs = rng.choice(adv.observations or BANKS[adv.topics[0]].observations)
        text = [say(rng, JV, "highlight", {"np": adv.subject_np, "obs": obs})]
        text.append(say(rng, JV, "highlight_rec", {"rec": rng.choice(adv.recs).text}))
        resp = responses.get(adv.key)
        kind = resp.decision if resp and resp.date <= cutoff else "none"
        text.append(rng.choice(JV[f"outcome_{kind}"]))
        out.append(" ".join(text))
    return out


def _members(rng: random.Random, world: World, n: int) -> list[str]:
    """Member list as bullets or a table (a second table in the report)."""
    people = [(world.council.chair, "voorzitter"), (make_person(rng), "vicevoorzitter")]
    people += [(make_person(rng), "lid") for _ in range(max(0, n - 2))]
    if rng.random() < 0.5:
        rows = ["| Naam | Functie | Lid sinds |"]
        rows += [f"| {p.short()} | {role} | {rng.randint(2008, 2023)} |" for p, role in people]
        return ["\n".join(rows)]
    return ["\n".join(f"- {p.full()} ({role})" for p, role in people)]


def write_annual(
    rng: random.Random, world: World, year: int, advices: list[Advice],
    responses: dict[int, Response], report_date: date | None,
) -> Written:  # fmt: skip
    """The jaarverslag's source and labels; its overview lists exactly `advices`."""
    council = world.council
    noun = council_noun(council.name)
    title = rng.choice([f"Jaarverslag {year}", f"Jaarverslag {year} {council.name}", f"Jaarverslag {council.name} {year}",
                        f"Jaarverslag {year} van de {council.name}", f"Jaarverslag over {year}"])  # fmt: skip
    n_members, n_resp = rng.randint(5, 12), sum(1 for a in advices if a.key in responses)
    values = {
        "year": str(year), "next_year": str(year + 1), "raad": noun, "secretary": council.secretary.short(),
        "theme": BANKS[rng.choice([t for a in advices for t in a.topics] or ["bijstand"])].label,
        "n_members": rng.choice([str(n_members), number_word(n_members)]), "n_vac": number_word(rng.randint(2, 4)),
        "n_plenary": rng.choice([str(rng.randint(6, 11)), number_word(rng.randint(6, 11))]),
        "n_weth": number_word(rng.randint(2, 6)), "n_adv": str(len(advices)),
        "n_req": str(sum(a.requested for a in advices)), "n_unreq": str(sum(not a.requested for a in advices)),
        "n_resp": str(n_resp), "n_events": number_word(rng.randint(2, 6)), "n_survey": str(rng.randint(40, 300)),
        "budget": f"{rng.randint(4, 30)}.{rng.choice(['000', '500', '250'])}",
    }  # fmt: skip
    out = [
        f"[[footer: {rng.choice(['Jaarverslag ' + str(year) + ' – pagina {page}', '{page}', 'Pagina {page} van {pages}', council.abbr + ' jaarverslag ' + str(year) + ' | {page}'])}]]"
    ]
    if rng.random() < 0.5:
        out.append(letterhead([council.name, *council.address[:1]]))
    out.append(f"# {title}")
    if title == f"Jaarverslag {year}" or rng.random() < 0.3:
        out.append(f"## {council.name}")
    if report_date:
        out.append(rng.choice([f"Vastgesteld in de vergadering van {say_date(rng, report_date)}",
                               f">> {world.college.place}, {say_date(rng, report_date)}",
                               f"Datum: {say_date(rng, report_date)}"]))  # fmt: skip
    cutoff = report_date or date(year + 1, 2, 15)
    numbered = rng.random() < 0.5
    sections = [
        "foreword",
        "members",
        "meetings",
        "advices",
        "achterban",
        "training",
        "budget",
        "outlook",
    ]
    if rng.random() < 0.4:
        sections.remove(rng.choice(["training", "budget", "achterban"]))
    if rng.random() < 0.3:
        out.append("---pagebreak---")
    for n, sec in enumerate(sections, 1):
        head = rng.choice(_HEADS[sec])
        out.append(f"## {n}. {head}" if numbered else f"## {head}")
        if sec == "foreword":
            out.append(
                " ".join(
                    [
                        say(rng, JV, "foreword", values),
                        *say_many(rng, JV, "foreword_more", values, rng.randint(1, 3)),
                    ]
                )
            )
        elif sec == "members":
            out += [
                say(rng, JV, "members_intro", values),
                *_members(rng, world, min(n_members, 8)),
                say(rng, JV, "vacancies", values),
            ]
        elif sec == "meetings":
            out.append(
                " ".join(
                    [
                        say(rng, JV, "meetings", values),
                        *say_many(rng, JV, "meetings_more", values, 2),
                    ]
                )
            )
        elif sec == "advices":
            out.append(say(rng, JV, "advices_intro", values))
            out += _advice_table(rng, advices, responses, cutoff)
            if rng.random() < 0.6:
                out.append(say(rng, JV, "advices_after", values))
            out += _highlights(rng, advices, responses, cutoff)
        elif sec == "budget":
            out.append(say(rng, JV, "budget_intro", values))
            if rng.random() < 0.6:
                rows = ["| Post | Begroot | Realisatie |"] + [
                    f"| {p} | € {rng.randint(1, 9)}.{rng.randint(100, 999)} | € {rng.randint(1, 9)}.{rng.randint(100, 999)} |"
                    for p in rng.sample(
                        [
                            "Vergoedingen leden",
                            "Scholing",
                            "Achterbanactiviteiten",
                            "Secretariaat",
                            "Communicatie",
                            "Reiskosten",
                        ],
                        4,
                    )
                ]
                out.append("\n".join(rows))
        else:
            out.append(" ".join(say_many(rng, JV, sec, values, rng.randint(1, 3))))
    out.append(f"{council.chair.full()}\nvoorzitter {council.name}")
    label = {
        "doc_type": "jaarverslag", "council": council.name, "municipality": world.body.name,
        "doc_date": report_date.isoformat() if report_date else None, "reference": None,
        "subject": title, "year": year, "n_advices_listed": len(advices),
    }  # fmt: skip
    notes = ("advice overview as table or list; other tables (members, budget) are not advices",)
    return Written("\n\n".join(out) + "\n", label, notes)
