"""Issue 13 on the demo corpus: the checklist in the HTML scan, opened in headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from cp_textmine.pipeline.run import ingest_paths
from cp_textmine.scan.html import to_html
from cp_textmine.scan.indicators import run_scan
from cp_textmine.scan.jsonout import to_payload
from cp_textmine.scan.render import to_markdown

from .test_scan_html import CHROMIUM, chromium

DEMO = Path(__file__).resolve().parents[1] / "corpora" / "demo"
STRUCTURE_DOCS = ("demo-1-01.pdf", "demo-1-11.pdf", "demo-2-01.pdf", "demo-2-11.pdf")
# Appended to the report: counts the checklist's ✓/✗ links and those whose target exists.
LINK_PROBE = """<script>
const links = [...document.querySelectorAll("#checklist a")];
document.body.dataset.marks = String(links.length);
document.body.dataset.linked = String(links.filter(a => document.getElementById(a.hash.slice(1))).length);
</script></body>"""


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("structure-demo")
    for name in STRUCTURE_DOCS:
        shutil.copy(DEMO / name, folder / name)
    db = folder / "scan.duckdb"
    ingest_paths([folder], db)
    return db


def test_demo_checklist_in_every_format(demo_db: Path) -> None:
    result = run_scan(demo_db)
    places = {r["municipality"] for r in result.structure}
    assert places == {"Leeuwarden", "Tilburg"}
    assert "<table id='checklist'>" in to_html(result, demo_db)
    assert "## Structuur: checklist per gemeente" in to_markdown(result)
    counts = {c["municipality"]: c for c in to_payload(result)["structure"]["counts"]}
    assert counts["Leeuwarden"]["n_met"] > 0


def test_every_checklist_mark_has_a_true_value_with_evidence(demo_db: Path) -> None:
    for row in run_scan(demo_db).structure:
        if row["value"] == "true":
            assert row["snippet"] and row["page"], row


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_checklist_renders_and_links_in_chromium(demo_db: Path, tmp_path: Path) -> None:
    page = to_html(run_scan(demo_db), demo_db).replace("</body>", LINK_PROBE)
    report = tmp_path / "report.html"
    report.write_text(page, encoding="utf-8")
    run: subprocess.CompletedProcess = chromium(tmp_path, "--dump-dom", report.as_uri())
    marks = re.search(r'data-marks="(\d+)"', run.stdout)
    linked = re.search(r'data-linked="(\d+)"', run.stdout)
    assert marks and linked, run.stderr[-2000:]
    assert int(marks[1]) > 10
    assert linked[1] == marks[1]


def _report_values(text: str, year: int = 2023) -> dict[str, str | None]:
    from cp_textmine.classify.structure import report_structure
    from cp_textmine.read.doctext import DocText
    from cp_textmine.records import Page

    pages = (Page(1, text, "text", len(text)),)
    values, _ = report_structure(DocText.from_pages(pages), pages, year)
    return {v.norm_id: v.value for v in values}


@pytest.mark.parametrize(
    ("text", "norm", "expected"),
    [
        # counts said in other ways (own wording, after the writers' excerpts P2)
        ("Jaarverslag 2023\n\nDe raad telde op de laatste dag van 2023 acht leden.", "n_members", "8"),
        ("Jaarverslag 2023\n\nDe raad bestaat uit een voorzitter, Kees Smit, en zes leden.",
         "n_members", "7"),
        ("Jaarverslag 2023\n\nDe raad bestond in 2023 uit Anna de Boer (voorzitter), Piet Kok, "
         "Sara Lin en Ahmed Aziz.", "n_members", "4"),
        ("Jaarverslag 2023\n\nOp 31 december was de raad als volgt samengesteld:\nAnna de Boer, "
         "voorzitter\nPiet Kok\nSara Lin\nJan Vos, ambtelijk secretaris", "n_members", "3"),
        ("Jaarverslag 2023\n\nDe raad begon het jaar met acht leden. In mei namen twee van hen "
         "afscheid. In juni kwamen er drie nieuwe leden bij.", "n_members", "9"),
        ("Jaarverslag 2023\n\nSamenstelling op 31 december 2023\nNaam Functie Werkgroep Lid sinds\n"
         "Anna de Boer voorzitter algemeen 2019\nPiet Kok lid Wmo 2021\nSara Lin lid Jeugd september 2023\n"
         "Jan Vos ambtelijk secretaris – 2020\nEen plaats is nog vacant.", "n_members", "3"),
        ("Jaarverslag 2023\n\nOnze nieuwsbrief verscheen drie keer, en via ons e-mailadres "
         "ontvingen wij 58 meldingen.", "achterban_activities", "nieuwsbrief"),
        ("Jaarverslag 2019\n\nEind 2019 zag de raad er zo uit:\nHenk Smit  voorzitter\nAli Demir  lid\n"
         "Joke Roelofs  lid\nAnnelies Kamp van de gemeente ondersteunt ons.", "n_members", "3"),
        ("Jaarverslag 2016\n\nLeden\nWiel Hermans\nMia Vrancken\nJo Kikken\n\nOverleg\nTekst.",
         "n_members", "3"),
        ("Jaarverslag 2017\n\nSamenstelling per 31 december 2017\nNaam  Rol  Woonkern\n"
         "Jos Lenders  voorzitter  Sittard\nAns Bollen  lid  Geleen\nSjef Coenen  lid  Born\n"
         "vacature  jongerenlid  -", "n_members", "3"),
        ("Jaarverslag 2024\n\nSamenstelling\nNaam  Functie  Lid sinds  Gestopt\n"
         "Gert Brouwer  voorzitter  2019  -\nHennie Zwart  lid  2018  juni 2024\n"
         "Ramon Pinas  lid  2021  -\nAnouk de Wit  lid  2024  -", "n_members", "3"),
        # meetings in written-out dates, and none at all
        ("Jaarverslag 2023\n\nMet wethouder Bos kwam de raad bijeen op vier maart, tien juli en "
         "twee november.", "meetings_with_college", "3"),
        ("Jaarverslag 2023\n\nWethouder Bos hebben wij dit jaar niet gesproken.",
         "meetings_with_college", "0"),
        # a heading is no vacancy; seeking is one
        ("Jaarverslag 2023\n\nVacatures\nDe raad had in 2023 geen vacatures.", "vacancies", "false"),
        ("Jaarverslag 2023\n\nDe raad blijft op zoek naar nieuwe leden.", "vacancies", "true"),
        ("Jaarverslag 2023\n\nDe vrijgekomen plaats was eind 2023 nog niet ingevuld.",
         "vacancies", "true"),
    ],
)  # fmt: skip
def test_report_facts_in_the_words_of_other_writers(text: str, norm: str, expected: str) -> None:
    assert _report_values(text)[norm] == expected


@pytest.mark.parametrize(
    ("text", "norm", "expected"),
    [
        # a plan only intended, after a long time phrase; refused past a clause in commas; one
        # on a later year's agenda
        ("Jaarverslag 2023\n\nWij willen in de loop van het voorjaar van 2024 alsnog een werkplan "
         "opstellen.", "work_plan_present", "false"),
        ("Jaarverslag 2023\n\nEen jaarplan hebben wij, vooral door het vertrek van twee leden en de "
         "drukte rond de verordening, niet gemaakt.", "work_plan_present", "false"),
        ("Jaarverslag 2023\n\nIn de eerste vergadering van 2024 staat het werkplan op de agenda.",
         "work_plan_present", "false"),
        ("Jaarverslag 2023\n\nIn februari 2023 stelden wij ons werkplan vast.", "work_plan_present",
         "true"),
        # a total with a word on the chair; a bound on the seats with one is none
        ("Jaarverslag 2023\n\nNegen leden, de voorzitter inbegrepen.", "n_members", "9"),
        ("Jaarverslag 2023\n\nLeden\nPiet Kok – werkgroep Jeugd (sinds\nmei)\nZeven leden, de voorzitter "
         "meegerekend.", "n_members", "7"),
        # a figures box whose columns ran together, and the count told in a sentence
        ("Jaarverslag 2023\n\n2023 in cijfers\n9 5 3\nvergaderingen adviezen (4 gevraagd, 1 "
         "ongevraagd, 2 overleggen met de wethouder\n\nMet de wethouder hadden wij in 2023 drie keer "
         "overleg.", "meetings_with_college", "3"),
        ("Jaarverslag 2023\n\nDe raad telt maximaal elf leden, de voorzitter meegerekend.",
         "n_members", None),
        # another's gatherings named after the fact, a survey put off, a newsletter that never
        # came, the municipality's site only used to find the council, the council's own page
        ("Jaarverslag 2023\n\nDe wijkavonden die de gemeente in mei hield, bezochten wij als gast.",
         "achterban_activities", ""),
        ("Jaarverslag 2023\n\nDe lagere kosten komen vooral door het uitstel van de enquête.",
         "achterban_activities", ""),
        ("Jaarverslag 2023\n\nHet overschot is het geld voor de nieuwsbrief die er toch niet kwam.",
         "achterban_activities", ""),
        ("Jaarverslag 2023\n\nTwee inwoners mailden ons nadat ze ons via de gemeentelijke website "
         "hadden gevonden.", "achterban_activities", ""),
        ("Jaarverslag 2023\n\nDe raad heeft een eigen pagina op de website van de gemeente.",
         "achterban_activities", "website"),
        ("Jaarverslag 2023\n\nOnze pagina op de website van de gemeente is sterk verouderd.",
         "achterban_activities", ""),
    ],
)  # fmt: skip
def test_report_facts_of_the_thirty_fourth_round(
    text: str, norm: str, expected: str | None
) -> None:
    assert _report_values(text)[norm] == expected


@pytest.mark.parametrize(
    ("text", "norm", "expected"),
    [
        # no plan, said with the object first in the past; next year's plan being made
        ("Jaarverslag 2023\n\nEen werkplan voor 2023 hadden wij eerlijk gezegd niet.",
         "work_plan_present", "false"),
        ("Jaarverslag 2024\n\nEen eigen werkplan had de raad in 2024 niet. Voor 2025 wordt wel "
         "een werkplan opgesteld.", "work_plan_present", "false"),
        ("Jaarverslag 2023\n\nDat willen we in 2024 anders doen: we stellen in het voorjaar een "
         "werkplan op.", "work_plan_present", "false"),
        # the year-end count after a long time phrase, and beside its date
        ("Jaarverslag 2023\n\nDaarmee telden we aan het eind van het jaar negen leden.",
         "n_members", "9"),
        ("Jaarverslag 2023\n\nWie zaten er in de raad?\n1 januari 2023 (9 leden) 31 december 2023 "
         "(10 leden)\nAnna Bakker, Jan de Vries", "n_members", "10"),
        # not held: put off to next year, called off, all but one; another's gathering attended
        # on invitation; a session for the council's own members
        ("Jaarverslag 2024\n\nDe enquête uit het jaarplan is niet uitgevoerd en schuift door naar "
         "2025.", "achterban_activities", ""),
        ("Jaarverslag 2023\n\nOnze informatieavond in de bibliotheek hebben we moeten afblazen.",
         "achterban_activities", ""),
        ("Jaarverslag 2024\n\nOp de wijkavond na zijn alle voornemens uitgevoerd.",
         "achterban_activities", ""),
        ("Jaarverslag 2024\n\nOp uitnodiging van de ouderenbond vertelden twee leden over de raad "
         "tijdens een ledenbijeenkomst.", "achterban_activities", ""),
        ("Jaarverslag 2024\n\nIn mei gaf een ambtenaar voor de hele raad een themamiddag over de "
         "nieuwe wet.", "achterban_activities", ""),
        # key-figure tiles whose labels hold figures of their own
        ("Jaarverslag 2024\n\n2024 IN CIJFERS\n11\nleden op 31 december\n(formatie 13)\n10\n"
         "vergaderingen\n7\nadviezen, waarvan 5\ngevraagd en 2\nongevraagd\n4\nbestuurlijke "
         "overleggen\nmet de wethouder\n9\nspreekuren", "meetings_with_college", "4"),
    ],
)  # fmt: skip
def test_report_facts_of_the_thirty_ninth_round(text: str, norm: str, expected: str | None) -> None:
    assert _report_values(text)[norm] == expected


@pytest.mark.parametrize(
    ("text", "norm", "expected"),
    [
        # a draft never finished; the first plan still to be made; a plan called a werkagenda
        ("Jaarverslag 2023\n\nBegin 2023 lag er een concept-werkplan, maar door drukte is dat "
         "nooit afgemaakt.", "work_plan_present", "false"),
        ("Jaarverslag 2024\n\nIn de vergadering van maart maken we voor het eerst een werkplan.",
         "work_plan_present", "false"),
        ("Jaarverslag 2024\n\nWe werkten in 2024 met onze werkagenda, die in februari is "
         "vastgesteld.", "work_plan_present", "true"),
        # members counted as people; a seat left open past a clause in commas
        ("Jaarverslag 2024\n\nOp dit moment bestaat de adviesraad uit zeven mensen, de voorzitter "
         "meegerekend.", "n_members", "7"),
        ("Jaarverslag 2024\n\nDe achtste plaats, bedoeld voor iemand met kennis van jeugdhulp, is "
         "nog steeds niet ingevuld.", "vacancies", "true"),
        # another's: an organiser named far after the gathering; a talk at another's café; the
        # panel the sentence itself calls the municipality's; a meeting that proved impossible
        ("Jaarverslag 2024\n\nDe dorpsavonden die de gemeente in het najaar in zes kernen "
         "organiseerde, zijn door leden bezocht.", "achterban_activities", ""),
        ("Jaarverslag 2024\n\nIn oktober gaven twee leden een presentatie bij een taalcafé in de "
         "bibliotheek.", "achterban_activities", ""),
        ("Jaarverslag 2024\n\nHet inwonerspanel dat vragen kreeg over mantelzorg, is een panel van "
         "de gemeente.", "achterban_activities", ""),
        ("Jaarverslag 2024\n\nEen bijeenkomst met jongeren over jeugdhulp bleek niet haalbaar.",
         "achterban_activities", ""),
        # a call to share experiences is no recruitment of members
        ("Jaarverslag 2024\n\nOp onze webpagina publiceren we de adviezen en oproepen om "
         "ervaringen te delen.", "achterban_activities", "website"),
    ],
)  # fmt: skip
def test_report_facts_of_the_fortieth_round(text: str, norm: str, expected: str | None) -> None:
    assert _report_values(text, 2024)[norm] == expected


@pytest.mark.parametrize(
    ("text", "norm", "expected"),
    [
        # a section of what did not happen, numbered or not, up to the next title
        ("Jaarverslag 2024\n\n4.3 Niet gelukt\nOnze bedoeling was een inloopspreekuur in het "
         "wijkcentrum; daarvoor vonden we geen vrijwilligers.\n\n5. Financiën\nHet budget was "
         "toereikend.", "achterban_activities", ""),
        ("Jaarverslag 2024\n\nWat niet lukte\nEen enquête onder jongeren met een uitkering kwam "
         "er door de privacyregels niet.\nNieuwsbrief\nDe nieuwsbrief verscheen vier keer.",
         "achterban_activities", "nieuwsbrief"),
        # intentions in the past tense and a plan in the work plan
        ("Jaarverslag 2024\n\nWe wilden in het voorjaar een vragenlijst sturen aan alle "
         "mantelzorgers.", "achterban_activities", ""),
        ("Jaarverslag 2024\n\nIn het jaarplan stond het plan om een spreekuur in de bibliotheek "
         "te beginnen.", "achterban_activities", ""),
        # a numbered heading over others' gatherings the members went to
        ("Jaarverslag 2024\n\n6.2 Bezoeken en bijeenkomsten\nTwee leden waren aanwezig bij de "
         "open dag van het sociaal werkbedrijf.", "achterban_activities", ""),
        # a heading over the council's own survey by its working group stays the council's
        ("Jaarverslag 2024\n\nEnquête onder ouders\nIn mei zette de werkgroep Jeugd een eigen "
         "vragenlijst uit onder ouders.", "achterban_activities", "enquête"),
        # members: the count beside the seats still open; the council at full strength
        ("Jaarverslag 2024\n\nNaam Functie\nP. de Vries lid\nMet negen leden zijn er twee "
         "vacatures.", "n_members", "9"),
        ("Jaarverslag 2024\n\nSinds oktober is de participatieraad met elf leden weer compleet.",
         "n_members", "11"),
        # a panel's growth is no change of the members
        ("Jaarverslag 2024\n\nBegin 2024 telde het panel 40 leden. Twee nieuwe leden zijn in "
         "juni gestart.", "n_members", None),
        # seats filled, the recruitment told as done
        ("Jaarverslag 2024\n\nDe twee vacatures die in januari nog openstonden, zijn inmiddels "
         "ingevuld. De werving liep via de lokale krant.", "vacancies", "false"),
        # an intention in the look ahead is no work plan
        ("Jaarverslag 2024\n\n7. Vooruitblik\nIn het voorjaar willen we deze thema's uitwerken "
         "in een werkplan.", "work_plan_present", "false"),
    ],
)  # fmt: skip
def test_report_facts_of_the_sixty_fourth_round(text: str, norm: str, expected: str | None) -> None:
    assert _report_values(text, 2024)[norm] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an absence with its reason after a colon
        ("Jaarverslag 2024\n\nEen vast spreekuur houden wij niet: de raad gaat liever naar de "
         "wijken toe.\nDe nieuwsbrief verscheen drie keer.", "nieuwsbrief"),
        # an intention whose verb comes many words after "willen"
        ("Jaarverslag 2024\n\nVolgend jaar willen we in de zomer een wekelijks spreekuur in het "
         "buurthuis aan de Dorpsstraat beginnen.", ""),
        # a heading over a paragraph that says there is none
        ("Jaarverslag 2024\n\n6.3 Spreekuur\nDe cliëntenraad heeft geen spreekuur. Het aantal "
         "vragen is daarvoor te klein.", ""),
        # the organiser named after the participle
        ("Jaarverslag 2024\n\nBijgewoond\nEnquête onder huurders over energiearmoede (mei), "
         "uitgevoerd door de woningcorporatie.", ""),
        # a gathering named by a plural of café
        ("Jaarverslag 2024\n\nDe raad organiseerde drie Wmo-cafés in de kernen.", "bijeenkomst"),
    ],
)  # fmt: skip
def test_report_outreach_of_the_html_set_review(text: str, expected: str) -> None:
    assert _report_values(text, 2024)["achterban_activities"] == expected


@pytest.mark.parametrize(
    ("text", "norm", "expected"),
    [
        # a run-in heading over a sentence saying there is none
        ("Jaarverslag 2024\n\nWerkplan. De raad werkt niet met een eigen werkplan; wij volgen de "
         "planning van de gemeente.", "work_plan_present", "false"),
        # an idea for a later year
        ("Jaarverslag 2025\n\nDe raad heeft geen werkplan. In 2026 willen we bekijken of een kort "
         "jaarplan ons helpt.", "work_plan_present", "false"),
        # a members' table row, and a goal of the plan reached
        ("Jaarverslag 2025\n\nDoel Stand\nVacature jongeren vervullen gerealiseerd per oktober\n",
         "vacancies", "false"),
        # a figures table counting the wethouder's meetings and the college's apart
        ("Jaarverslag 2025\n\nVergaderingen van de raad 9\nOverleg met de wethouder Zorg 3\n"
         "Gesprek met het voltallige college 1\nAmbtelijk overleg 6\n", "meetings_with_college",
         "4"),
        # (a part of the line above is not added)
        ("Jaarverslag 2025\n\nVergaderingen van de raad 9\nOverleggen met de wethouders 4\n"
         "waarvan met de wethouder Werk 2\nAmbtelijk overleg 6\n", "meetings_with_college", "4"),
        # finding it hard is a reason for none
        ("Jaarverslag 2025\n\nOnze leden vinden het moeilijk om een spreekuur te houden, omdat "
         "bezoekers met hun eigen dossier komen.", "achterban_activities", ""),
    ],
)  # fmt: skip
def test_report_facts_of_round_sixty_seven(text: str, norm: str, expected: str | None) -> None:
    year = int(re.search(r"20\d\d", text)[0])
    assert _report_values(text, year)[norm] == expected


def test_a_members_table_row_saying_no_vacancies_is_the_evidence() -> None:
    from cp_textmine.classify.structure import report_structure
    from cp_textmine.read.doctext import DocText
    from cp_textmine.records import Page

    text = "Jaarverslag 2025\n\nAantal leden 10\nVacatures geen\n"
    pages = (Page(1, text, "text", len(text)),)
    values, _ = report_structure(DocText.from_pages(pages), pages, 2025)
    vacancies = next(v for v in values if v.norm_id == "vacancies")
    assert vacancies.value == "false" and "Vacatures geen" in (vacancies.snippet or "")


CHRONICLE_2024 = (
    "Jaarverslag 2024\n\n3. Het jaar, maand voor maand\nFebruari\n"
    "• Kwartaaloverleg met de wethouder Zorg op 13 februari. Onderwerpen: de wachttijden.\n"
    "• Plenaire vergadering op 20 februari.\nMaart\n• Plenaire vergadering op 19 maart.\n"
    "Mei\n• Kwartaaloverleg met beide wethouders op 14 mei.\n• Plenaire vergadering op 21 mei.\n"
    "Juli\n• Op 2 juli heeft de voorzitter met twee leden een extra overleg met de wethouder "
    "Zorg over ons advies.\nSeptember\n"
    "• Het kwartaaloverleg met de wethouders van 17 september gaat niet door, omdat een van "
    "de wethouders ziek is.\nNovember\n• Kwartaaloverleg met beide wethouders op 19 november.\n"
)


@pytest.mark.parametrize(
    ("text", "norm", "expected"),
    [
        # a chronicle: each item a meeting with the college, wherever in it; the council's own
        # plenaries are none, a meeting that "gaat niet door" neither (round GP)
        (CHRONICLE_2024, "meetings_with_college", "4"),
        # a count and meetings joined to it by "en"
        ("Jaarverslag 2025\n\nMet de wethouders was er vier keer bestuurlijk overleg en één "
         "gezamenlijk overleg samen met de Seniorenraad.", "meetings_with_college", "5"),
        ("Jaarverslag 2025\n\nMet de wethouder was er twee keer overleg en tien keer intern.",
         "meetings_with_college", "2"),
        # an extra meeting, then one more dated in a month not named before
        ("Jaarverslag 2025\n\nHet bestuurlijk overleg met de wethouders vond vier keer plaats: in "
         "februari, mei, september en november. In juni was er een extra overleg met de "
         "wethouder Jeugd. In december spraken wij met het voltallige college, in een "
         "jaargesprek.", "meetings_with_college", "6"),
        ("Jaarverslag 2025\n\nHet bestuurlijk overleg met de wethouders vond vier keer plaats: in "
         "februari, mei, september en november. In juni was er een extra overleg met de "
         "wethouder Jeugd. In november spraken wij de wethouder over het budget.",
         "meetings_with_college", "5"),
        # a hyphenated council between "bestond" and "uit"
        ("Jaarverslag 2024\n\nEind 2024 bestond de Wmo-raad uit de volgende zeven leden:\n"
         "Tonny van Zutphen voorzitter\n", "n_members", "7"),
        # evenings the council organised under a quoted name
        ("Jaarverslag 2025\n\nIn het najaar organiseerden wij onder de naam ‘ASD op tour’ drie "
         "avonden in Erp en Nijnsel.", "achterban_activities", "bijeenkomst"),
    ],
)  # fmt: skip
def test_report_facts_of_round_gp(text: str, norm: str, expected: str | None) -> None:
    year = int(re.search(r"20\d\d", text)[0])
    assert _report_values(text, year)[norm] == expected


MERGER_2023 = (
    "Jaarverslag 2023\n\nVergaderen en overleg met het college\nIn de eerste helft van het jaar "
    "vergaderde de Adviesraad Wmo vijf keer. De nieuwe adviesraad hield, de constituerende "
    "vergadering meegerekend, vijf vergaderingen: op 19 juli, 13 september, 11 oktober, 8 november "
    "en 13 december. Ook het overleg met het college liep in twee sporen. De Adviesraad Wmo had op "
    "14 februari zijn periodieke gesprek met de wethouder Zorg; de cliëntenraad sprak op 19 april "
    "met de wethouder Werk en Inkomen. Na de installatie op 6 juli volgde op 12 oktober het eerste "
    "reguliere overleg van de nieuwe raad met beide wethouders samen.\n\nLeden\nDe Cliëntenraad "
    "Werk en Inkomen telde vijf leden. In november vertrok een lid, zodat de raad het jaar afsloot "
    "met tien leden.\n"
)


@pytest.mark.parametrize(
    ("text", "norm", "expected"),
    [
        # the council's own dated meetings are none with the college, and "na de installatie
        # op 6 juli" dates the meeting after it, not a meeting (round HC)
        (MERGER_2023, "meetings_with_college", "3"),
        # the year's end told as how the council "afsloot" the year wins over another count
        (MERGER_2023, "n_members", "10"),
        # the full college not met, beside talks with the wethouder: not "no meetings"
        ("Jaarverslag 2022\n\nOp 8 februari hadden wij ons laatste overleg met de toenmalige "
         "wethouder. Op 5 juli hadden wij een kennismakingsgesprek met de nieuwe wethouder. Op 15 "
         "november volgde een regulier overleg met de wethouder. Met het voltallige college is in "
         "2022 niet gesproken.", "meetings_with_college", "3"),
        # a gathering struck off the plans was not held
        ("Jaarverslag 2023\n\nIn 2023 hielden we elke maand een inloopspreekuur in De Enk. Een "
         "geplande achterbanavond in Stadshagen in mei hebben we geschrapt: er waren slechts drie "
         "aanmeldingen.", "achterban_activities", "spreekuur"),
    ],
)  # fmt: skip
def test_report_facts_of_round_hc(text: str, norm: str, expected: str | None) -> None:
    year = int(re.search(r"20\d\d", text)[0])
    assert _report_values(text, year)[norm] == expected


SEATS_2022 = (
    "Jaarverslag 2022\n\n2. Samenstelling\nHieronder de samenstelling op 31 december 2022.\n"
    "VOORZITTER\nHanneke Zwetsloot\nVICEVOORZITTER\nMohamed Tahiri (sinds 1 juli 2022)\nLEDEN\n"
    "Karin de Wilde – aandachtsgebied Wmo\nPaul Verdegaal – aandachtsgebied werk\n"
    "Marjolein Overdijk – aandachtsgebied jeugd\nBas Kortekaas – aandachtsgebied schulden\n"
    "ASPIRANT-LEDEN\nLotte Versteeg (sinds 1 oktober 2022)\n"
)


@pytest.mark.parametrize(
    ("text", "norm", "expected"),
    [
        # a question and its answer, and an agreed number of meetings then how often it happened
        # (a title "mevr." ends no sentence) (round HE)
        ("Jaarverslag 2024\n\nHoe vaak spraken we de wethouder?\nDrie keer. Met de wethouder is "
         "afgesproken dat we elk kwartaal overleggen.", "meetings_with_college", "3"),
        ("Jaarverslag 2025\n\nMet de wethouder Wmo, mevr. W. Dijkstra, is afgesproken om zes keer "
         "per jaar overleg te voeren. In 2025 is dat vijf keer gebeurd (februari, april, juni, "
         "oktober en november).", "meetings_with_college", "5"),
        # "the whole college" not met, beside dated talks with the wethouders: no zero
        ("Jaarverslag 2022\n\nHet bestuurlijk overleg verliep dit jaar anders:\n17 februari – "
         "afsluitend overleg met de toenmalige wethouder.\n12 juli – kennismaking met de nieuwe "
         "wethouders.\n6 oktober – regulier overleg met wethouder Pronk.\nIn 2022 heeft daarom "
         "geen overleg met het gehele college plaatsgevonden.", "meetings_with_college", "3"),
        # two of three planned meetings held, and the full college once (round HD)
        ("Jaarverslag 2023\n\nMet de wethouder Zorg voerden wij twee van de drie geplande "
         "periodieke overleggen (februari en september). Met het voltallige college spraken wij "
         "één keer, op 21 november.", "meetings_with_college", "3"),
        # the seats named above the members' own heading count too
        (SEATS_2022, "n_members", "6"),
        # asked and answered: no plan for the year, a draft for the next is none (round HE)
        ("Jaarverslag 2024\n\nHadden we een werkplan?\nNee, niet voor 2024. Door de wisselingen "
         "in de raad is het werkplan er niet gekomen. Voor 2025 ligt er wel een concept-werkplan; "
         "dat bespreken we in april.", "work_plan_present", "false"),
        # a hope for the coming year, and a survey that "gaat niet door", were not held (HD)
        ("Jaarverslag 2023\n\nElke maand hielden wij een inloopspreekuur in de bibliotheek. Wij "
         "hopen de enquête dit jaar samen met de gemeente uit te zetten.",
         "achterban_activities", "spreekuur"),
        ("Jaarverslag 2023\n\nIn 2023 hielden wij twee wijkbijeenkomsten. Onze eigen enquête onder "
         "Wmo-cliënten gaat in 2023 niet door.", "achterban_activities", "bijeenkomst"),
    ],
)  # fmt: skip
def test_report_facts_of_rounds_he_and_hd(text: str, norm: str, expected: str | None) -> None:
    year = int(re.search(r"20\d\d", text)[0])
    assert _report_values(text, year)[norm] == expected


#: a report's contents: a page number ends each title, "Overleg met het college" among them
CONTENTS_2022 = (
    "Jaarverslag 2022\n\nInhoudsopgave\nWoord vooraf 2\nDe raad en zijn leden 3\n"
    "Gesprek met een ervaringsdeskundige: “Wachten op een\nbeslissing duurt te lang” 7\n"
    "Overleg met het college en de gemeenteraad 9\nAdviezen 10\n\n"
    "Overleg\nMet wethouder Smit spraken wij in 2022 drie keer over de armoederegelingen.\n"
)


def test_the_page_numbers_of_a_contents_are_no_counts() -> None:
    assert _report_values(CONTENTS_2022, 2022)["meetings_with_college"] == "3"
    # (read with the contents, a page number beside "Overleg met het college" was the count)
    from cp_textmine.classify.structure import _without_contents

    blanked = _without_contents(CONTENTS_2022)
    assert len(blanked) == len(CONTENTS_2022) and "Adviezen 10" not in blanked
    assert "drie keer" in blanked


def test_a_list_of_figures_is_no_contents() -> None:
    from cp_textmine.classify.structure import _without_contents

    figures = (
        "Jaarverslag 2022\n\nIn cijfers\nAdviezen 14\nOverleggen met de wethouder 6\nLeden 9\n"
    )
    assert _without_contents(figures) == figures
    assert _report_values(figures, 2022)["meetings_with_college"] == "6"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the seats the verordening sets, and the members named in the table below
        ("Jaarverslag 2023\n\nDe raad bestaat volgens de verordening uit elf leden.\n\n"
         "Samenstelling op 31 december 2023\nNaam  Functie\nAnna Bos  voorzitter\n"
         "Bert Kok  lid\nCees Mol  lid\n", "3"),
        # ... the rules' number when no one is named
        ("Jaarverslag 2023\n\nDe Wmo-raad telt volgens het reglement acht leden.", "8"),
        # a few members at work are no count
        ("Jaarverslag 2023\n\nIn maart hebben we met z'n vieren veertig bewoners gesproken.\n\n"
         "Leden\nAnna Bos\nBert Kok\nCees Mol\nDirk Vos\nEva Wit\n", "5"),
        # the number the year ended with
        ("Jaarverslag 2023\n\nMet twee benoemingen en één vertrek kwam het aantal leden op "
         "31 december 2023 op acht.", "8"),
    ],
)  # fmt: skip
def test_members_counted_not_the_seats_the_rules_set(text: str, expected: str) -> None:
    assert _report_values(text, 2023)["n_members"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the college named in a clause about another council: the meetings were with that one
        ("Jaarverslag 2024\n\nMet de Wmo-raad, die het college adviseert over zorg, hadden wij "
         "driemaal overleg. Met wethouder De Boer spraken wij vijf keer.", "5"),
        # the number of meetings the verordening asks, then how often it happened, dates after
        ("Jaarverslag 2024\n\nVolgens de verordening spreken wij minimaal tweemaal per jaar met "
         "de wethouder. In 2024 was dat driemaal: op 4 maart, 9 juli en 2 december.", "3"),
    ],
)  # fmt: skip
def test_meetings_with_the_college_not_with_another_council(text: str, expected: str) -> None:
    assert _report_values(text, 2024)["meetings_with_college"] == expected


def test_a_work_plan_the_council_wants_to_ask_for_is_none_it_has() -> None:
    text = (
        "Jaarverslag 2024\n\nIn 2025 wordt de verordening herzien. Wat wij daarbij willen "
        "inbrengen: een ruimere adviestermijn, een werkplan met een eigen budget en vaste "
        "afspraken over de terugkoppeling."
    )
    assert _report_values(text, 2024)["work_plan_present"] == "false"


def test_recruiting_a_number_of_new_members_is_a_vacancy() -> None:
    text = "Jaarverslag 2023\n\nIn 2024 willen wij:\n• werven voor ten minste drie nieuwe leden;\n"
    assert _report_values(text, 2023)["vacancies"] == "true"


def _report_snippets(text: str, year: int) -> dict[str, str | None]:
    from cp_textmine.classify.structure import report_structure
    from cp_textmine.read.doctext import DocText
    from cp_textmine.records import Page

    pages = (Page(1, text, "text", len(text)),)
    values, _ = report_structure(DocText.from_pages(pages), pages, year)
    return {v.norm_id: v.snippet for v in values}


@pytest.mark.parametrize(
    "advised",
    [
        "12 maart Advies over het Werkplan Armoedebestrijding en Participatie 2025–2028.",
        "Ons advies op het werkplan participatie van de gemeente kreeg een uitgebreide reactie.",
        "In juni adviseerden wij over het Werkplan Participatie 2025.",
    ],
)
def test_a_municipal_work_plan_advised_on_is_not_the_councils_own(advised: str) -> None:
    """The plan an advice was about is the municipality's: no work plan of the council by
    itself, and no evidence for the council's own plan when the report names that too."""
    alone = f"Jaarverslag 2024\n\nAdviezen\n{advised}\n"
    assert _report_values(alone, 2024)["work_plan_present"] == "false"
    both = alone + "\nIn oktober stelden wij ons eigen werkplan voor 2025 vast.\n"
    assert _report_values(both, 2024)["work_plan_present"] == "true"
    assert "eigen werkplan" in (_report_snippets(both, 2024)["work_plan_present"] or "")
