"""Issue 13: the structure half of the scan (verordening norms, jaarverslag facts, view, checklist)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cp_textmine.classify.regulation import regulation_facts
from cp_textmine.classify.structure import regulation_structure, report_structure, split_articles
from cp_textmine.read.doctext import DocText
from cp_textmine.records import Page, Table
from cp_textmine.scan import checklist
from cp_textmine.store import db as store_db

VERORDENING = """Artikel 1 Begrippen
cliënt: een inwoner die door het college wordt ondersteund bij arbeidsinschakeling.

Artikel 2 Taak
De cliëntenraad adviseert het college gevraagd en ongevraagd.

Artikel 3 Overleg
De cliëntenraad overlegt ten minste vier keer per jaar met de wethouder.

Artikel 4 Geschillen
Bij een geschil beslist de gemeenteraad."""


def _values(text: str, source: str = "text") -> dict:
    pages = (Page(1, text, source, len(text)),)
    values, _ = regulation_structure(DocText.from_pages(pages), pages)
    return {v.norm_id: v for v in values}


def test_norm_true_with_deciding_words_in_evidence():
    v = _values(VERORDENING)
    assert v["pw47_a_advice_right"].value == "true"
    assert "gevraagd en ongevraagd" in v["pw47_a_advice_right"].snippet
    assert "vier keer per jaar" in v["pw47_c_consultation"].snippet
    assert "geschil" in v["dispute_procedure"].snippet


def test_absent_norm_false_when_whole_text_read():
    v = _values(VERORDENING)
    assert v["pw47_d_agenda_right"].value == "false"
    assert v["pw47_d_agenda_right"].snippet is None
    # the definitions article's "ondersteund bij arbeidsinschakeling" is the client's, not the council's
    assert v["pw47_b_support"].value == "false"


def test_absent_norm_unknown_when_text_incomplete():
    gap = VERORDENING.replace("Artikel 3 Overleg", "Artikel 5 Overleg")
    v = _values(gap)
    assert v["pw47_d_agenda_right"].value is None
    assert v["pw47_a_advice_right"].value == "true"


def test_negated_norm_is_not_true():
    text = VERORDENING.replace(
        "Bij een geschil beslist de gemeenteraad.", "Een geschillenregeling is niet nodig."
    )
    assert _values(text)["dispute_procedure"].value == "false"


def test_report_facts():
    text = ("Jaarverslag 2023\n\nEind 2023 telde de raad negen leden. Er is één vacature.\n\n"
            "Wij hadden vijf overleggen met de wethouder.\n\nWij hielden een spreekuur.")  # fmt: skip
    pages = (Page(1, text, "text", len(text)),)
    values, _ = report_structure(DocText.from_pages(pages), pages, 2023)
    got = {v.norm_id: v.value for v in values}
    assert got["n_members"] == "9" and got["vacancies"] == "true"
    assert got["meetings_with_college"] == "5" and got["achterban_activities"] == "spreekuur"
    assert got["work_plan_present"] == "false"


def _db_with_structure():
    con = store_db.connect(":memory:")
    con.execute("""INSERT INTO documents (doc_id, path, sha256, doc_type, municipality, council, status, ingested_at)
                   VALUES ('d1', '/x/v.pdf', 's1', 'verordening', 'Hoorn', 'Adviesraad Hoorn', 'ok', now()),
                          ('d2', '/x/w.pdf', 's2', 'verordening', 'Venlo', 'Cliëntenraad Venlo', 'ok', now())""")
    con.execute(
        "INSERT INTO regulations VALUES ('d1', 'Hoorn', 42, NULL, NULL), ('d2', 'Venlo', 56, NULL, NULL)"
    )
    con.execute("""INSERT INTO structure_values (doc_id, norm_id, value, page, snippet) VALUES
        ('d1', 'dispute_procedure', 'true', 1, 'Bij een geschil beslist de raad.'),
        ('d1', 'response_term_days', '42', 1, 'binnen zes weken'),
        ('d2', 'dispute_procedure', 'false', NULL, NULL),
        ('d2', 'response_term_days', '56', 1, 'binnen acht weken')""")  # fmt: skip
    return con


def test_view_columns_and_met():
    con = _db_with_structure()
    cols = [d[0] for d in con.execute("SELECT * FROM council_structure").description]
    assert cols[:9] == ["municipality", "council_id", "norm_id", "value", "met", "source_doc_id",
                        "page", "snippet", "valid_from"]  # fmt: skip
    met = dict(
        con.execute(
            "SELECT municipality, met FROM council_structure WHERE norm_id = 'response_term_days'"
        ).fetchall()
    )
    assert met == {"Hoorn": True, "Venlo": False}


def test_readme_sql_no_dispute_procedure():
    readme = Path("README.md").read_text(encoding="utf-8")
    sql = re.search(r"```sql\n(-- Municipalities without a dispute procedure.*?)```", readme, re.S)[
        1
    ]
    assert [r[0] for r in _db_with_structure().execute(sql).fetchall()] == ["Venlo"]


def test_every_mark_links_to_evidence_anchor():
    rows = checklist.checklist_rows(_db_with_structure())
    page = checklist.to_html(rows)
    links = re.findall(r"<a href='#([^']+)'>([✓✗])</a>", page)
    assert {m for _, m in links} == {"✓", "✗"}
    for anchor, _ in links:
        assert f"id='{anchor}'" in page


def _terms(text: str) -> tuple[int | None, int | None]:
    facts, _ = regulation_facts(DocText.from_pages((Page(1, text, "text", len(text)),)), None)
    return facts.response_norm_days, facts.advice_term_days


def test_college_term_phrased_as_a_decision_or_position():
    assert _terms("Het college beslist uiterlijk acht weken na ontvangst van een advies.")[0] == 56
    assert (
        _terms("Het college bepaalt binnen vier weken na ontvangst van het advies zijn standpunt.")[
            0
        ]
        == 28
    )


def test_council_term_and_extension_are_not_the_college_norm():
    text = (
        "1. De cliëntenraad brengt binnen vier weken na ontvangst van de adviesaanvraag schriftelijk advies\n"
        "uit.\n2. In overleg met het college kan de adviestermijn met ten hoogste twee weken worden verlengd.\n"
        "3. Leidt het overleg over een geschil niet binnen drie weken tot overeenstemming, dan beslist de raad."
    )
    assert _terms(text) == (None, 28)


def test_side_by_side_terms_split_at_semicolon():
    text = ("De cliëntenraad brengt zijn advies uit binnen vier weken; het college reageert schriftelijk "
            "op het advies binnen zes weken na ontvangst daarvan.")  # fmt: skip
    assert _terms(text) == (42, 28)


def test_members_listed_under_a_heading_a_paragraph_each_without_those_who_left():
    text = ("Jaarverslag 2023\n\n3. Samenstelling per 31 december 2023\n\n- dhr. K. (Kees) Smit, voorzitter\n\n"
            "- mw. L. de Boer\n\n- dhr. A. Yilmaz\n\n- mw. R. Pauw (tot juni)\n\n"
            "Ondersteuning: mw. T. Bakker, ambtelijk secretaris.")  # fmt: skip
    assert _report(text)["n_members"].value == "3"


def test_members_table_of_names_and_fields_under_a_ruling():
    text = "Jaarverslag 2023\n\nWie zitten er aan tafel?"
    table = Table(1, (("naam", "aandachtsgebied"), ("---", "---"), ("Henk de Wit", "voorzitter"),
                      ("Saskia Brouwer", "jeugd"), ("Ahmed Bakkali", "werk en inkomen")))  # fmt: skip
    assert _report(text, tables=(table,))["n_members"].value == "3"


def test_members_counted_from_members_table():
    text = "Jaarverslag 2023\n\nSamenstelling op 31 december 2023:"
    pages = (Page(1, text, "text", len(text)),)
    table = Table(2, (("Naam", "Functie", "Lid sinds"), ("A. Jansen", "voorzitter", "2019"),
                      ("B. de Vries", "lid", "2021"), ("vacature", None, None)))  # fmt: skip
    values, _ = report_structure(DocText.from_pages(pages), pages, 2023, (table,))
    members = next(v for v in values if v.norm_id == "n_members")
    assert (members.value, members.page_no) == ("2", 2)


#: One sentence per norm that states it, and the words the evidence must contain.
NORM_SENTENCES = {
    "pw47_a_advice_right": ("De adviesraad adviseert het college gevraagd en ongevraagd.", "gevraagd en ongevraagd"),
    "pw47_b_support": ("Het college stelt de adviesraad een ambtelijk secretaris ter beschikking.", "ambtelijk secretaris"),
    "pw47_c_consultation": ("De adviesraad heeft tweemaal per jaar overleg met de wethouder.", "tweemaal per jaar"),
    "pw47_d_agenda_right": ("De adviesraad kan onderwerpen op de agenda van het overleg plaatsen.", "agenda"),
    "pw47_e_information": ("Het college verstrekt de adviesraad tijdig alle informatie die hij nodig heeft.", "informatie"),
    "dispute_procedure": ("Bij een verschil van mening beslist de gemeenteraad.", "verschil van mening"),
    "motivation_required": ("Volgt het college een advies niet, dan geeft het gemotiveerd aan waarom.", "gemotiveerd"),
    "annual_report_required": ("De adviesraad stelt elk jaar een jaarverslag op.", "jaarverslag"),
    "work_plan_required": ("De adviesraad stuurt het college vóór 1 november een werkplan.", "werkplan"),
    "budget": ("Het college stelt jaarlijks een budget beschikbaar.", "budget"),
    "evaluation_clause": ("Het college evalueert deze verordening binnen drie jaar.", "evalueert"),
}  # fmt: skip
FILLER = "Artikel 1 Instelling\nEr is een adviesraad.\n\nArtikel 2 Slot\nDeze verordening heet Verordening adviesraad."


@pytest.mark.parametrize("norm", sorted(NORM_SENTENCES))
def test_each_norm_true_false_unknown(norm: str):
    sentence, words = NORM_SENTENCES[norm]
    stated = _values(f"{FILLER}\n\nArtikel 3 Regel\n{sentence}")[norm]
    assert stated.value == "true" and words in stated.snippet and stated.page_no == 1
    assert (
        stated.char_start is not None
        and words in f"{FILLER}\n\nArtikel 3 Regel\n{sentence}"[stated.char_start : stated.char_end]
    )
    silent = _values(f"{FILLER}\n\nArtikel 3 Regel\nDe adviesraad vergadert openbaar.")[norm]
    assert (silent.value, silent.snippet) == ("false", None)
    unread = _values(
        f"{FILLER}\n\nArtikel 3 Regel\nDe adviesraad vergadert openbaar.", source="needs_ocr"
    )[norm]
    assert unread.value is None


def test_wrapped_reference_is_no_article_heading():
    text = ("Artikel 1 Taak\nDe raad adviseert, zoals bedoeld in\nartikel 3, eerste lid, van de wet.\n"
            "Artikel 3 van de wet blijft gelden.\nArtikel 2. Overleg\nDe raad overlegt.\n\nToelichting\nUitleg.")  # fmt: skip
    articles = split_articles(text)
    assert [(a.number, a.heading) for a in articles] == [
        ("1", "Taak"),
        ("2", "Overleg"),
        ("toelichting", "Toelichting"),
    ]


def test_text_without_articles_is_read_whole():
    text = "Regeling adviesraad\nDe adviesraad adviseert het college gevraagd en ongevraagd."
    assert _values(text)["pw47_a_advice_right"].value == "true"
    assert _values(text)["dispute_procedure"].value == "false"


def test_norms_phrased_the_ways_verordeningen_write_them():
    text = (f"{FILLER}\n\nArtikel 3 Taak\nDe adviesraad is bevoegd het college ook zonder verzoek te adviseren.\n\n"
            "Artikel 4 Overleg\nNeemt het college een advies niet of niet geheel over, dan licht de wethouder "
            "dit in het eerstvolgende overleg met redenen toe.\n\n"
            "Artikel 5 Verslag\nDe adviesraad brengt elk jaar vóór 1 maart een verslag uit aan het college over "
            "zijn activiteiten in het afgelopen jaar.\n\n"
            "Artikel 6 Budget\nJaarlijks wordt in de gemeentebegroting een budget voor de adviesraad opgenomen.")  # fmt: skip
    v = _values(text)
    assert "zonder verzoek" in v["pw47_a_advice_right"].snippet
    assert "met redenen toe" in v["motivation_required"].snippet
    assert "verslag" in v["annual_report_required"].snippet
    assert "budget voor de adviesraad" in v["budget"].snippet


def test_municipal_budget_and_cost_reimbursement_are_no_council_budget():
    text = (f"{FILLER}\n\nArtikel 3 Taak\nDe adviesraad adviseert over de programmabegroting en het budget "
            "voor het minimabeleid.")  # fmt: skip
    assert _values(text)["budget"].value == "false"


def test_motivation_in_the_toelichting_only():
    text = (f"{FILLER}\n\nToelichting\nArtikel 5. Wanneer het college besluit een advies niet of niet "
            "geheel te volgen, licht het dat in de reactie met redenen toe.")  # fmt: skip
    v = _values(text)["motivation_required"]
    assert v.value == "true" and v.article == "toelichting"


@pytest.mark.parametrize(
    ("sentence", "bounds"),
    [
        ("De adviesraad bestaat uit een onafhankelijk voorzitter en ten hoogste twaalf andere leden.", (None, "13")),
        ("De raad bestaat uit ten minste negen en ten hoogste vijftien leden en een onafhankelijke voorzitter.", ("9", "15")),
        ("De cliëntenraad bestaat uit minimaal vijf en maximaal elf leden.\nTen minste drie leden zijn cliënt.", ("5", "11")),
        ("De adviesraad bestaat uit een aantal leden.", (None, None)),
    ],
)  # fmt: skip
def test_member_bounds(sentence: str, bounds: tuple[str | None, str | None]):
    v = _values(f"{FILLER}\n\nArtikel 3 Samenstelling\n{sentence}")
    assert (v["members_min"].value, v["members_max"].value) == bounds


def _report(*texts: str, tables: tuple[Table, ...] = ()) -> dict:
    pages = tuple(Page(i, t, "text", len(t)) for i, t in enumerate(texts, start=1))
    values, evidence = report_structure(DocText.from_pages(pages), pages, 2023, tables)
    return {v.norm_id: v for v in values} | {"_evidence": evidence}


def test_members_counted_from_a_list_of_names_without_staff():
    text = ("Jaarverslag 2023\n\nWie zijn wij\nAan het eind van het jaar bestond de raad uit:\n"
            "Henk Wolters, voorzitter\nSamira El Idrissi, vicevoorzitter\nAns Hendriks\n"
            "mw. C. van Gils\nTom Vermeulen (sinds juni 2023)\nPieter Bos, stagiair zonder stem\n"
            "Ondersteuning: Marieke Peters is onze ambtelijk secretaris.")  # fmt: skip
    members = _report(text)["n_members"]
    assert members.value == "5" and "Henk Wolters" in members.snippet


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        ("We begonnen 2023 met negen leden. In 2023 vertrokken twee leden en kwam er één nieuw lid bij.", "8"),
        ("We begonnen 2023 met acht leden. Fatima Ouali stopte in februari, en Joost Brinkman legde in de "
         "zomer zijn lidmaatschap neer. In september verwelkomden we Gerrit Lammers.", "7"),
        ("Begin 2023 telde de raad acht leden. Eind 2023 telde de raad tien leden.", "10"),
        ("De raad telde eind 2023 tien leden, onder wie een stagiair zonder stemrecht.", "9"),
        ("We sloten het jaar af met zes leden.", "6"),
        ("Ons cliëntenpanel telt 42 leden. De verordening staat maximaal vijftien leden toe.", None),
        ("Op 1 januari 2023 telde de raad negen leden. In de loop van het jaar namen twee leden afscheid:\n"
         "- Piet de Graaf vertrok in maart naar Zwolle;\n- Anja Mulder stopte in juni.\n"
         "Drie nieuwe leden schoven aan:\n- Kees Bakker (per mei);\n- Ilse Hoekstra (per oktober).\n"
         "- Omar Haddou (per december).", "10"),
        ("In maart vertrok Joke Wiersma. Aan het eind van het jaar waren we met 5:\n- Jan Post\n- Lia Veen", "5"),
        # the figure of the report's year, not a number from the line above (round GY: the whole
        # date in the label, where it was taken for the figure and nothing was read)
        ("Kerncijfers\n2022 2023\nvergaderingen 10 12\nLeden per 31 december 9 11\nbezoekers 40 50", "11"),
        ("Aantal\nZetels volgens reglement 9\nLeden op 1 januari 2023 7\nLeden op 31 december 2023 6\n"
         "Vacatures op 31 december 2023 3", "6"),
        ("Op 31 december 2023 telde de Wmo-raad acht leden: Jan, Marjo, Hein, Ilse, Bram, Wim, Fatima en "
         "Theo.", "8"),
        ("De verordening voorziet in elf zetels. Op 31 december 2023 waren er negen leden en één "
         "aspirant-lid.", "9"),
        ("De raad kent twaalf zetels. Per 31 december 2023 bestond de raad uit de volgende tien personen:",
         "10"),
        # goals are no count: a year plan's row and next year's aims
        ("Doel jaarplan 2023 Realisatie\n4 Alle negen zetels bezet\nNiet\ngerealiseerd\n\n"
         "7. Doelen voor 2024\nVolledige bezetting 9 zetels bezet per 1 juli 2024", None),
    ],
)  # fmt: skip
def test_members_at_the_end_of_the_year(sentences: str, expected: str | None):
    assert _report(f"Jaarverslag 2023\n\n{sentences}")["n_members"].value == expected


@pytest.mark.parametrize(
    ("sentences", "expected", "words"),
    [
        ("Gezocht: nieuwe leden! Heeft u ervaring met de bijstand? Meld u bij het secretariaat.", "true", "Gezocht: nieuwe leden"),
        ("We zoeken nog steeds een lid tot 27 jaar.", "true", "zoeken nog steeds een lid"),
        ("Twee plaatsen zijn nog niet ingevuld.", "true", "plaatsen zijn nog niet ingevuld"),
        ("De raad is voltallig.", "false", "voltallig"),
        ("Vacatures: op dit moment geen.", "false", "Vacatures"),
        ("De vacature uit 2022 is in maart vervuld.", "false", "vacature"),
        ("Voor ons panel zoeken we nieuwe leden.", "false", None),
        ("Wij mogen elf leden hebben; we zoeken dus nog twee mensen.", "true", "zoeken dus nog twee mensen"),
        ("Bij de jaarwisseling waren er in de werkgroep Jeugd nog twee plekken onbezet.", "true", "plekken onbezet"),
        ("De zetel namens de ouderenbonden bleef dit jaar leeg.", "true", "zetel namens de ouderenbonden bleef dit jaar leeg"),
        ("Er is nog ruimte voor één nieuw lid.", "true", "nog ruimte voor één nieuw lid"),
        ("Er zijn nog drie plaatsen vrij.", "true", "plaatsen vrij"),
        ("De voltallige raad kwam acht keer bijeen.", "false", None),
        ("Na twee nieuwe benoemingen zijn alle plekken weer bezet.", "false", "alle plekken weer bezet"),
        ("De avond vond plaats in het buurthuis en was open voor iedereen.", "false", None),
        ("We houden namen bij voor als er plekken vrijkomen.", "false", None),
        ("Het buurthuis is een plek die open is voor iedereen.", "false", None),
        ("Er staan nog twee plekken open.", "true", "nog twee plekken open"),
        ("In november is een oproep voor nieuwe leden geplaatst.", "true", "oproep voor nieuwe leden"),
        ("Met zes personen zijn wij niet op volle sterkte.", "true", "niet op volle sterkte"),
        ("Een plaats voor een jongere of jongvolwassene is nog steeds niet vervuld.", "true",
         "plaats voor een jongere of jongvolwassene is nog steeds niet vervuld"),
        # the report's present, after the year: none open now, whoever was sought in the year
        ("In maart zijn twee leden benoemd die via ons panel op de vacature waren gewezen. Een "
         "vacature is er op dit moment dus niet.", "false", "vacature is er op dit moment dus niet"),
    ],
)  # fmt: skip
def test_vacancies_as_reports_write_them(sentences: str, expected: str, words: str | None):
    got = _report(f"Jaarverslag 2023\n\n{sentences}")["vacancies"]
    assert got.value == expected
    assert (words is None and got.snippet is None) or words in got.snippet


def test_achterban_in_indirect_words_each_kind_with_evidence():
    text = ("Jaarverslag 2023\n\nIn dit nummer: onze nieuwsbrief\n\n"
            "Elke eerste maandag zaten twee leden in de bibliotheek; zonder afspraak kon iedereen aanschuiven.\n\n"
            "In het najaar stuurden we een vragenlijst aan driehonderd huishoudens.\n\n"
            "In oktober hielden we een ronde-tafelgesprek met mantelzorgers.\n\n"
            "Het inloopuur in het wijkcentrum is in 2023 gestopt.\n\n"
            "Twee leden volgden een training over de beslagvrije voet.")  # fmt: skip
    got = _report(text)
    assert got["achterban_activities"].value == "bijeenkomst,enquête,spreekuur"
    snippets = [e.snippet for e in got["_evidence"] if e.field == "structure:achterban_activities"]
    assert len(snippets) == 3 and any("vragenlijst" in s for s in snippets)
    assert not any("gestopt" in s or "nieuwsbrief" in s for s in snippets)


@pytest.mark.parametrize(
    ("sentences", "expected", "words"),
    [
        ("Jaarplan 2024\nVoor 2024 hebben we een jaarplan gemaakt met vier prioriteiten.", "true", "een jaarplan gemaakt"),
        ("Ons activiteitenplan voor 2024 is in december aan de wethouder gestuurd.", "true", "activiteitenplan"),
        ("Vooruitblik\nEen afzonderlijk werkplan voor 2024 hebben wij niet opgesteld.", "false", "niet opgesteld"),
        ("Werkplan\nIn 2023 werkte de raad zonder werkplan. Voor 2024 willen we wel een werkplan opstellen.", "false", "zonder werkplan"),
        ("Datum Onderwerp Soort\n22-01-2023 Jaarplan handhaving 2023 gevraagd\n\nDe raad vergaderde tien keer.", "false", None),
        ("Wanneer Waarover Gevraagd? Uitkomst\nmei 2023\nWerkplan armoedebestrijding 2024 ja Overgenomen\n\n"
         "Ons eigen werkplan voor 2024 is nog niet klaar.", "false", "nog niet klaar"),
    ],
)  # fmt: skip
def test_work_plan_for_the_coming_year(sentences: str, expected: str, words: str | None):
    got = _report(f"Jaarverslag 2023\n\n{sentences}")["work_plan_present"]
    assert got.value == expected
    assert (words is None and got.snippet is None) or words in got.snippet


def test_report_evidence_is_on_the_page_of_the_deciding_words():
    got = _report(
        "Jaarverslag 2023\n\nVooruitblik 2024", "In ons werkplan 2024 staan drie speerpunten."
    )
    plan = got["work_plan_present"]
    assert (plan.value, plan.page_no) == ("true", 2) and plan.snippet.startswith("In ons werkplan")


def test_report_facts_unknown_when_a_page_was_not_read():
    pages = (Page(1, "Jaarverslag 2023", "text", 16), Page(2, "", "needs_ocr", 0))
    values, _ = report_structure(DocText.from_pages(pages), pages, 2023)
    got = {v.norm_id: v.value for v in values}
    assert got["work_plan_present"] is None and got["vacancies"] is None
    assert got["achterban_activities"] is None and got["n_members"] is None


def test_a_blank_page_is_read_too():
    # a word processor's empty first page (no text, no image) hides nothing: the facts the
    # text does not state are false, not unknown
    pages = (
        Page(1, "", "empty", 0),
        Page(2, "Jaarverslag 2023\n\nWij vergaderden elke maand.", "text", 44),
    )
    values, _ = report_structure(DocText.from_pages(pages), pages, 2023)
    got = {v.norm_id: v.value for v in values}
    assert got["work_plan_present"] == "false" and got["vacancies"] == "false"


@pytest.mark.parametrize(
    "sentence",
    [
        # what the council advised the college to do
        "Wij vroegen het college om bij de nieuwe aanbesteding een panel van reizigers te betrekken.",
        # the college's measure, in the overview of advices
        "Het college heeft naar aanleiding van ons advies een extra spreekuur op het Werkplein ingesteld.",
        "Reactie: deels overgenomen; een vast spreekuur voor jongeren met schulden, ongevraagd",
        # a newsletter the council receives from others
        "Wij zijn lid van de landelijke koepel, waarvan wij de nieuwsbrief en uitnodigingen ontvangen.",
        # not possible, so not held
        "Bijeenkomsten met inwoners waren door de verbouwing van het wijkcentrum niet mogelijk.",
    ],
)
def test_no_outreach_of_the_councils_own(sentence: str):
    assert _report(f"Jaarverslag 2023\n\n{sentence}")["achterban_activities"].value == ""


def test_outreach_held_together_with_the_municipality_is_the_councils():
    text = "Jaarverslag 2023\n\nIn mei hebben we samen met de gemeente een enquête gehouden onder 200 huurders."
    assert _report(text)["achterban_activities"].value == "enquête"


def test_achterban_not_held_is_not_listed():
    text = "Jaarverslag 2023\n\nDit jaar hielden wij geen spreekuur. Wij willen in 2024 een panel opzetten."
    assert _report(text)["achterban_activities"].value == ""


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a figures table: the number on the meetings line, not the one on the line above
        ("Het jaar in cijfers\nvergaderingen van de raad 12\nreacties via het contactformulier 38\n"
         "overleggen met de wethouder 6\nbezoekers informatieavond 45", "6"),
        ("Kerncijfers\n2022 2023\nvergaderingen 9 11\nbestuurlijk overleg met het college 3 5\n"
         "bezoekers spreekuur 40 52", "5"),
        ("In 2023 zaten wij in totaal zes keer met het college om tafel: vier keer met de wethouder "
         "Zorg en twee keer met de burgemeester.", "6"),
        ("De raad vergaderde elf keer, waarvan twee keer samen met de wethouder.", "2"),
        ("Met de portefeuillehouder spraken wij op 3 februari, 14 juni (in het stadhuis) en 8 november.", "3"),
        ("Met de wethouders hadden we dit jaar bestuurlijk overleg op:\n- 9 maart\n- 1 juni\n- 5 oktober\n\n"
         "Verder spraken we met ambtenaren.", "3"),
        ("Volgens de verordening overleggen wij vier keer per jaar met de wethouder.", None),
        ("Met de wethouder zaten we een paar keer om tafel. Na ons verzoek in het bestuurlijk overleg van 19\n"
         "oktober kwam er een gesprek.", None),
    ],
)  # fmt: skip
def test_meetings_with_the_college_as_reports_give_them(sentences: str, expected: str | None):
    assert _report(f"Jaarverslag 2023\n\n{sentences}")["meetings_with_college"].value == expected


def test_achterban_cancelled_planned_or_someone_elses_is_not_listed():
    text = ("Jaarverslag 2023\n\nContact met inwoners\n"
            "De spreekuren in het buurthuis, die we voor het najaar hadden gepland, gingen niet door.\n"
            "Een nieuwsbrief is er dit jaar nog niet gekomen.\n"
            "Twee leden bezochten de inloop van het Sociaal Wijkteam.\n"
            "Kim: \"Als vrijwilliger help ik bij het taalcafé en bij de enquête van de woningcorporatie.\"\n"
            "In maart en oktober hielden wij een open avond in het dorpshuis.\n"
            "We bezochten vijf koffieochtenden in de dorpen.\n"
            "In 2024 starten we met een digitaal panel.\n\n"
            "7. Vooruitblik\nIn het nieuwe jaar willen we meer bereiken. Een maandelijks spreekuur staat op de lijst,\n"
            "net als een vragenlijst onder mantelzorgers.\n"
            "8. Colofon\nTekst: de leden.")  # fmt: skip
    assert _report(text)["achterban_activities"].value == "bijeenkomst"
    ours = "Jaarverslag 2023\n\nDe enquête van het voorjaar vulden 200 inwoners in."
    assert _report(ours)["achterban_activities"].value == "enquête"


def test_verordening_norms_in_other_words():
    text = (f"{FILLER}\n\nArtikel 3 Reactie\nWijkt het college af van het advies, dan vermeldt het in zijn "
            "besluit de overwegingen die daartoe hebben geleid.\n\n"
            "Artikel 4 Stukken\nHet college zorgt dat de cliëntenraad beschikt over alle stukken die hij voor "
            "zijn taak nodig heeft.\n\n"
            "Artikel 5 Middelen\nDe cliëntenraad ontvangt ieder jaar een werkbudget van het college.\n\n"
            "Artikel 6 Evaluatie\nHet college evalueert deze verordening na vier jaar en informeert de raad over "
            "de uitkomst.")  # fmt: skip
    v = _values(text)
    assert "overwegingen" in v["motivation_required"].snippet
    assert "beschikt over alle stukken" in v["pw47_e_information"].snippet
    assert "werkbudget" in v["budget"].snippet
    only_the_gemeenteraad = (f"{FILLER}\n\nArtikel 3 Evaluatie\nHet college evalueert deze verordening "
                             "binnen drie jaar en informeert de raad over de uitkomst.")  # fmt: skip
    assert _values(only_the_gemeenteraad)["pw47_e_information"].value == "false"


def test_achterban_market_stall_visitors_sounding_board_and_local_paper_column():
    text = ("Jaarverslag 2023\n\nIn juli stonden twee leden met een kraam op de braderie in het centrum.\n"
            "Bij het sociaal restaurant praatten wij met bezoekers over de toeslagen.\n"
            "Een meedenkgroep van tien ouders las mee bij het advies over de kinderopvang.\n"
            "Elke twee maanden verschijnt een column in het weekblad over ons werk.")  # fmt: skip
    # a column in the local paper and a stall at the market are outreach of their own kinds,
    # neither a newsletter nor a gathering
    assert _report(text)["achterban_activities"].value == "bijeenkomst,lokale_pers,panel,stand"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Baanbrekers hield in mei een klantenpanel; twee leden schoven aan.", ""),
        ("Met de gemeente praten we over een digitaal panel van inwoners.", ""),
        ("Werkbezoeken aan de ontmoetingsgroep voor mensen met dementie in Terheijden en aan de "
         "inloop voor ontheemden in Made.", ""),
        # the council's own name as the subject is still the council
        ("Participatieraad Goirle hield in mei een enquête onder mantelzorgers.", "enquete"),
        ("Wel organiseerde de raad op 28 oktober een achterbanbijeenkomst met 35 deelnemers.",
         "bijeenkomst"),
        ("Deze rubriek in het huis-aan-huisblad schrijven wij zelf; onze nieuwsbrief verscheen "
         "vier keer.", "lokale_pers,nieuwsbrief"),
    ],
)  # fmt: skip
def test_achterban_not_anothers_panel_talks_of_one_or_visits_to_anothers_walk_in(
    text: str, expected: str
) -> None:
    value = _report(f"Jaarverslag 2023\n\n{text}")["achterban_activities"].value
    assert value.replace("enquête", "enquete") == expected


def test_achterban_put_off_or_not_come_about_but_held_after_all_counts():
    text = ("Jaarverslag 2023\n\nDe enquête onder mantelzorgers hebben wij moeten uitstellen.\n"
            "Een inloopuur in het dorpshuis kwam er dit jaar niet van.\n"
            "Ook de nieuwsbrief staat nog op onze wensenlijst.\n"
            "De klankbordgroep is dit jaar niet bijeengekomen.")  # fmt: skip
    assert _report(text)["achterban_activities"].value == ""
    after_all = (
        "Jaarverslag 2023\n\nDe peiling die bleef liggen, hebben wij in mei alsnog uitgezet."
    )
    assert _report(after_all)["achterban_activities"].value == "enquête"


def test_achterban_stopped_during_the_year_was_held_until_then():
    text = "Jaarverslag 2023\n\nHet spreekuur in het buurthuis is per 1 juni gestopt."
    assert _report(text)["achterban_activities"].value == "spreekuur"
    earlier = "Jaarverslag 2023\n\nHet spreekuur in het buurthuis is in juni 2022 gestopt."
    assert _report(earlier)["achterban_activities"].value == ""
    walk_in_meeting = (
        "Jaarverslag 2023\n\nIn april hielden wij een inloopbijeenkomst in de bibliotheek."
    )
    assert _report(walk_in_meeting)["achterban_activities"].value == "bijeenkomst"


def test_meetings_from_a_line_of_dates_not_the_dates_as_counts():
    text = ("Jaarverslag 2023\n\nBijlage 3 Agenda van het jaar\nsoort datum\n"
            "Vergadering adviesraad 9 jan, 6 feb, 5 mrt, 2 apr, 7 mei, 4 jun\n"
            "Overleg met de wethouder 2 feb, 11 mei, 3 okt, 30 nov\nCursus 14 nov")  # fmt: skip
    assert _report(text)["meetings_with_college"].value == "4"


def test_meetings_from_key_figure_tiles_a_number_over_its_label():
    """A brochure's tiles, read line by line: the '10' over 'vergaderingen' is the tile before
    the meetings with the college, not their count."""
    text = ("Jaarverslag 2023\n\nMarijke Doornbos\nvoorzitter\n7\nadviezen\n10\nvergaderingen\n"
            "2\noverleggen met het\ncollege\n9\nleden op 31-12\nWie zijn wij\n"
            "De adviesraad adviseert het college over het sociaal domein.")  # fmt: skip
    assert _report(text)["meetings_with_college"].value == "2"


def test_meetings_of_neighbouring_tiles_add_up_whatever_their_labels_length() -> None:
    text = ("Jaarverslag 2024\n\n12\nvergaderingen van\nde raad\n8\nadviezen aan het\ncollege\n5\n"
            "gesprekken met\nwethouders\n1\nontmoeting met het voltallige college\n3\n"
            "middagen met een kraam op de markt\nVan de voorzitter\nHet was een druk jaar.")  # fmt: skip
    assert _report(text)["meetings_with_college"].value == "6"


def test_meetings_counts_with_each_their_party_add_up_but_a_total_does_not():
    text = ("Jaarverslag 2023\n\nWij zaten driemaal om tafel met het hele college en twee keer met de "
            "wethouder Zorg.")  # fmt: skip
    assert _report(text)["meetings_with_college"].value == "5"
    total = ("Jaarverslag 2023\n\nWe overlegden vijf keer met het college: drie keer met de wethouder "
             "Jeugd en twee keer met de wethouder Werk.")  # fmt: skip
    assert _report(total)["meetings_with_college"].value == "5"


def test_meetings_rule_then_this_meeting_counted_or_dated():
    text = ("Jaarverslag 2023\n\nDe verordening schrijft zes keer per jaar overleg met de portefeuillehouder "
            "voor. Dit jaar vond dat overleg maar twee keer plaats.")  # fmt: skip
    assert _report(text)["meetings_with_college"].value == "2"
    listed = ("Jaarverslag 2023\n\nMet het college spraken we af ieder kwartaal bij elkaar te komen. "
              "Het overleg vond plaats op 3 maart, 12 juli en 8 december.")  # fmt: skip
    assert _report(listed)["meetings_with_college"].value == "3"
    bestuurlijk = (
        "Jaarverslag 2023\n\nIn 2023 hadden wij bestuurlijk overleg op:\n- 4 april\n- 9 oktober\n"
    )
    assert _report(bestuurlijk)["meetings_with_college"].value == "2"


def test_meetings_from_a_month_by_month_overview():
    text = ("Jaarverslag 2023\n\nOns jaar per maand\nJanuari\n- Voortgangsgesprek met de wethouder Zorg.\n"
            "- Advies over de huishoudelijke hulp.\nMei\n- Overleg met de portefeuillehouder Jeugd.\n"
            "Juni\n- Werkoverleg met de beleidsmedewerker.\nNovember\n- Overleg met wethouder en ambtenaren.\n")  # fmt: skip
    assert _report(text)["meetings_with_college"].value == "2"


def test_members_from_seats_filled_or_all_seats_taken():
    text = "Jaarverslag 2023\n\nDe raad kent vijftien zetels, waarvan er op 31 december twaalf bezet waren."
    assert _report(text)["n_members"].value == "12"
    full = ("Jaarverslag 2023\n\nDe cliëntenraad telt elf zetels. In het voorjaar kwamen twee mensen bij "
            "ons. Daarmee zijn alle zetels weer bezet.")  # fmt: skip
    assert _report(full)["n_members"].value == "11"


def test_seats_not_filled_are_no_member_count():
    text = "Jaarverslag 2022\n\nTwee plaatsen zijn niet vervuld. Wij zoeken nieuwe leden."
    assert _report(text)["n_members"].value is None


def test_members_count_with_the_chair_beside_it():
    text = "Jaarverslag 2023\n\nOp 31 december bestond de raad uit acht leden en een voorzitter."
    assert _report(text)["n_members"].value == "9"


def test_members_by_named_arrivals_departures_and_a_death_not_counted_twice():
    text = ("Jaarverslag 2023\n\nBegin 2023 telde de raad, inclusief de voorzitter, negen leden. In mei namen "
            "de heer K. van Dam en mevrouw T. Bakker afscheid. In oktober traden twee nieuwe leden aan. "
            "Helaas overleed in december mevrouw G. Smit.\n\nHet jaar in vogelvlucht\n- Twee nieuwe leden "
            "beëdigd.\n- Advies over de minimaregelingen.")  # fmt: skip
    assert _report(text)["n_members"].value == "8"
    appointed = ("Jaarverslag 2023\n\nOp 1 januari 2023 telde de raad zeven leden. In juni vertrok de heer "
                 "B. Kok. Per 1 september werd de heer O. Aydin door de gemeenteraad benoemd.")  # fmt: skip
    assert _report(appointed)["n_members"].value == "7"


def test_members_list_under_an_emphasised_heading_without_the_staff():
    text = ("Jaarverslag 2023\n\n**Samenstelling op 31 december**\n- dhr. K. (Kees) Vos – voorzitter\n"
            "- mevr. L. (Lies) Dijk – lid\n- dhr. P. (Piet) Mol – lid\n"
            "- mevr. S. (Sanne) Wit – secretaris (ambtelijk, gemeente)\n- dhr. T. Kok – adviseur namens het UWV\n")  # fmt: skip
    assert _report(text)["n_members"].value == "3"


def test_vacancy_as_an_emphasised_call_for_members():
    text = (
        "Jaarverslag 2023\n\nDoe mee! Wij zoeken **drie nieuwe leden** met ervaring in de bijstand."
    )
    assert _report(text)["vacancies"].value == "true"


def test_vacancy_as_open_seats_unless_they_were_filled():
    text = "Jaarverslag 2023\n\nVoor de drie open plekken zoeken wij vooral mensen uit de kleine kernen."
    assert _report(text)["vacancies"].value == "true"
    filled = ("Jaarverslag 2023\n\nIn het najaar werden beide open zetels ingevuld door twee inwoners "
              "uit Noord.")  # fmt: skip
    assert _report(filled)["vacancies"].value == "false"


@pytest.mark.parametrize(
    "finished",
    [
        "Na een wervingsronde in het voorjaar traden per 1 september drie nieuwe leden toe.",
        "In april begonnen Youssef Benali en Nicole Hendriks, na een wervingscampagne op sociale media.",
        "De werving liep in het voorjaar via de lokale krant en leverde zes reacties op. Daarmee "
        "waren alle negen zetels vanaf mei bezet.",
    ],
)
def test_a_recruitment_told_as_finished_is_no_open_seat(finished: str) -> None:
    assert _report(f"Jaarverslag 2023\n\n{finished}")["vacancies"].value != "true"


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a plan still to be made, in the look ahead: none yet
        ("Vooruitblik\nIn 2024 gaan we verder met de spreekuren. Voor 2024 wordt een beknopt "
         "werkplan opgesteld met twee thema's.", "false"),
        ("Plannen voor 2024\nWe willen: de vacatures invullen; een werkplan maken voor 2024-2025, "
         "wat er dit jaar door de drukte niet van kwam.", "false"),
        # a plan given up: its mention in the next sentence is no plan the council has
        ("Werkplan\nTot 2022 schreven wij elk jaar een uitvoerig plan. Dit jaar zijn we daarmee "
         "gestopt. Het werkplan liep steeds achter de feiten aan.", "false"),
        # the college's schedule of requests is not the council's plan
        ("Het college zegde toe een jaarplanning van de adviesaanvragen op te stellen; die kwam in "
         "oktober.", "false"),
        # a plan the council did adopt, in the look ahead
        ("Vooruitblik\nIn december stelden we ons werkplan 2024 vast.", "true"),
    ],
)  # fmt: skip
def test_work_plan_still_to_make_given_up_or_the_colleges(sentences: str, expected: str):
    assert _report(f"Jaarverslag 2023\n\n{sentences}")["work_plan_present"].value == expected


def test_work_plan_refused_with_the_verb_first_or_mentioned_in_a_sentence_about_advice():
    refused = "Jaarverslag 2023\n\nEen eigen jaarplan voor 2024 schrijven wij niet; we volgen de agenda van de gemeente."
    assert _report(refused)["work_plan_present"].value == "false"
    passing = ("Jaarverslag 2023\n\nVolgens ons werkplan wilden wij dit jaar vaker ongevraagd adviseren, en "
               "dat is gelukt.")  # fmt: skip
    assert _report(passing)["work_plan_present"].value == "true"


def test_verordening_budget_as_costs_borne_or_reimbursed_and_information_by_plural_bodies():
    text = (f"{FILLER}\n\nArtikel 3 Kosten\nDe kosten van de adviesraad, zoals die van scholing, vervoer en "
            "vergaderruimte, komen ten laste van de gemeentebegroting.\n\n"
            "Artikel 4 Gegevens\nHet college en de uitvoeringsdienst verschaffen de adviesraad op tijd de "
            "gegevens die hij voor zijn advies nodig heeft.")  # fmt: skip
    v = _values(text)
    assert "ten laste" in v["budget"].snippet
    assert v["pw47_e_information"].value == "true"
    travel = f"{FILLER}\n\nArtikel 3 Onkosten\nGemaakte reiskosten worden de leden door de gemeente vergoed."
    assert _values(travel)["budget"].value == "true"


def test_explanation_that_a_norm_is_not_included_outweighs_a_later_mention_there():
    text = (f"{FILLER}\n\nArtikel 3 Slot\nDeze verordening treedt in werking op 1 januari.\n\n"
            "Toelichting\nEen regeling voor geschillen is niet opgenomen. Bij onenigheid over een advies "
            "zoeken de voorzitter en de wethouder samen naar een oplossing.")  # fmt: skip
    assert _values(text)["dispute_procedure"].value == "false"


def test_dispute_procedure_phrased_as_not_agreeing():
    text = (f"{FILLER}\n\nArtikel 3 Verschillen\nWorden de adviesraad en het college het over een advies niet "
            "eens, dan kan de adviesraad de gemeenteraad vragen een standpunt in te nemen.")  # fmt: skip
    assert _values(text)["dispute_procedure"].value == "true"
    agreement = (f"{FILLER}\n\nArtikel 3 Overleg\nKomen partijen niet tot overeenstemming, dan beslist de "
                 "gemeenteraad na het horen van beide.")  # fmt: skip
    assert _values(agreement)["dispute_procedure"].value == "true"


def test_more_report_forms_seats_chair_stand_and_sign_up_call():
    seats = (
        "Jaarverslag 2023\n\nVan de negen zetels waren er aan het eind van het jaar zeven bezet."
    )
    assert _report(seats)["n_members"].value == "7"
    chair = "Jaarverslag 2023\n\nOp 31 december had de raad tien leden en een onafhankelijke voorzitter."
    assert _report(chair)["n_members"].value == "11"
    stand = "Jaarverslag 2023\n\nIn juni stonden wij met een informatiestand in de hal van het gemeentehuis."
    assert _report(stand)["achterban_activities"].value == "stand"
    call = "Jaarverslag 2023\n\nPraat mee over zorg en inkomen: meld u vandaag nog aan als lid van onze raad."
    assert _report(call)["vacancies"].value == "true"


def test_members_in_the_forms_a_report_states_them():
    """A collective numeral, the end count after the start count, every seat named with its
    number, a list opened by a nickname, and a figures row in the report year's column."""
    collective = "Jaarverslag 2024\n\nEind december zaten we met ons achten aan tafel, de voorzitter inbegrepen."
    assert _report(collective)["n_members"].value == "8"
    assert (
        _report("Jaarverslag 2024\n\nOp 31 december waren we met z'n elven.")["n_members"].value
        == "11"
    )
    changes = "Jaarverslag 2024\n\nDe commissie startte het jaar met tien leden en eindigde het met zeven."
    assert _report(changes)["n_members"].value == "7"
    seats = "Jaarverslag 2024\n\nAlle negen plaatsen waren op 1 december weer bezet."
    assert _report(seats)["n_members"].value == "9"
    listed = ("Jaarverslag 2024\n\nOp 31 december 2024 bestond de raad uit:\n\n"
              "- mw. P.A. (Petra) de Groot, voorzitter\n- dhr. K. Yilmaz, secretaris\n"
              "- mw. R. Visser-Bakker, lid\n")  # fmt: skip
    assert _report(listed)["n_members"].value == "3"
    figures = ("Jaarverslag 2024\n\nKerncijfers\n\n2022 2023\n\nvergaderingen 9 8\n"
               "leden op 31-12 10 8\nadviezen 5 6\n")  # fmt: skip
    assert _report(figures)["n_members"].value == "8"


def test_meetings_told_one_after_another_and_planned_against_held():
    """Meetings narrated over several sentences add up (cancelled and merged ones not); of the
    planned meetings only those held count."""
    told = ("Jaarverslag 2023\n\nMet de wethouder hadden we een wisselend contact. Op 12 januari spraken "
            "we de wethouder over de bijstand. In het voorjaar maakten we op 4 april kennis met de nieuwe "
            "portefeuillehouder. Later volgden nog overleggen op 6 juli en 30 oktober. Het overleg van "
            "december werd afgezegd. De werkgroepen kwamen zes keer bij elkaar.")  # fmt: skip
    assert _report(told)["meetings_with_college"].value == "4"
    planned = ("Jaarverslag 2023\n\nVan de drie geplande gesprekken met het college vonden er maar "
               "twee plaats, in maart en in juni.")  # fmt: skip
    assert _report(planned)["meetings_with_college"].value == "2"


def test_meetings_summed_over_a_count_column_and_over_dates_per_wethouder():
    """Round GY: a table of kinds of meeting with a count and the dates, its rows with the
    wethouder and the college summed; and under a heading of meetings, one line of dates per
    wethouder and one for the college, every date a meeting."""
    table = ("Jaarverslag 2023\n\n4. Vergaderingen en overleg\nSoort overleg Aantal Data\n"
             "Plenaire vergadering 11 maandelijks, behalve juli\n"
             "Overleg met wethouder Werk en Inkomen 4 29-01, 22-04, 16-09, 09-12\n"
             "Overleg met het voltallige college 1 03-07\n"
             "Overleg met teammanager Werk en Inkomen 6 tweemaandelijks\n")  # fmt: skip
    assert _report(table)["meetings_with_college"].value == "5"
    dated = ("Jaarverslag 2023\n\nDE OVERLEGGEN VAN 2023\nWethouder Anke Gommans (Zorg en Jeugd): "
             "25 januari, 18 april, 5 september en\n28 november\nWethouder Roel Coenen (Werk en "
             "Inkomen): 14 maart en 12 september\nVoltallig college, jaarlijks bestuurlijk overleg: "
             "21 november\nADVIEZEN\nZes adviezen en wat ermee gebeurde\n")  # fmt: skip
    assert _report(dated)["meetings_with_college"].value == "7"


def _kinds(text: str) -> set[str]:
    return set((_report(text)["achterban_activities"].value or "").split(",")) - {""}


def test_achterban_rows_of_an_activity_table_each_say_whether_they_were_held() -> None:
    """Table text runs its rows together without full stops: a row 'gepland, niet uitgevoerd'
    or one put off to next year does not undo the rows held before it."""
    text = (
        "Jaarverslag 2023\n\n5. Contact met inwoners\nDatum Activiteit Plaats Bereik\n"
        "12-03-2023 dorpsgesprek sociaal domein Joure, dorpshuis 30 bewoners\n"
        "juni 2023 korte enquête onder mantelzorgers online 112 reacties\n"
        "doorlopend website van de raad met alle adviezen en reacties erop\n"
        "gepubliceerd\n"
        "gepland, niet\nuitgevoerd\nnieuwsbrief voor inwoners\nverschoven naar 2024\n"
        "wegens te weinig\ntijd\n"
    )
    assert _kinds(text) == {"bijeenkomst", "enquête", "website"}
    cancelled = (
        "Jaarverslag 2023\n\nVoornemen Reden Status\nTweede bijeenkomst voor jongeren\ngeen locatie\n"
        "opnieuw in 2024\nKorte enquête onder bezoekers van\nhet loket onvoldoende menskracht vervalt;\n"
        "Drie spreekuren (juli, augustus,\noktober) gehouden\nvaste vervanging afgesproken\n"
    )
    assert "enquête" not in _kinds(cancelled)


def test_achterban_kinds_read_by_what_happened_not_by_the_sentence_around_them():
    """Evenings in the villages are gatherings; a page the council keeps is a publication even
    in a sentence that also names a plenary meeting; a panel the council put questions to counts
    though another runs it; an activity no longer held or a letter that did not appear does not."""
    evenings = (
        "Jaarverslag 2023\n\nIn maart en september hielden we avonden in twee kernen over armoede."
    )
    assert _kinds(evenings) == {"bijeenkomst"}
    assert _kinds("Jaarverslag 2023\n\nDe wijkavonden trokken dit jaar veel bezoekers.") == {
        "bijeenkomst"
    }
    page = ("Jaarverslag 2023\n\nOp onze webpagina staan de adviezen en de verslagen van de plenaire "
            "vergaderingen.")  # fmt: skip
    assert _kinds(page) == {"website"}
    panel = ("Jaarverslag 2023\n\nWe hebben drie vragen voorgelegd aan het burgerpanel van de "
             "gemeente over de bereikbaarheid van het loket.")  # fmt: skip
    assert _kinds(panel) == {"panel"}
    stopped = ("Jaarverslag 2023\n\nHet inloopuur in het buurthuis zijn we dit jaar niet meer gaan "
               "houden. Onze digitale nieuwsbrief is in 2023 niet verschenen.")  # fmt: skip
    assert _kinds(stopped) == set()


def test_achterban_from_a_budget_line_a_wish_and_a_list_of_targets():
    """A website's or newsletter's cost in the year's accounts shows there was one (meetings'
    costs tell only of money); a wish not yet realised and a list of targets held nothing."""
    accounts = ("Jaarverslag 2023\n\nFinancieel overzicht\nVergoedingen leden € 5.400\n"
                "Zaalhuur bijeenkomsten € 600\nWebsite en hosting € 300\nTotaal € 6.300")  # fmt: skip
    assert _kinds(accounts) == {"website"}
    wish = ("Jaarverslag 2023\n\nEen wens die we in 2023 nog niet konden waarmaken, is een eigen "
            "nieuwsbrief.")  # fmt: skip
    assert _kinds(wish) == set()
    targets = ("Jaarverslag 2023\n\nIn het werkplan staan:\n• ten minste twee bijeenkomsten met "
               "inwoners in de kernen;\n• een vragenlijst onder mantelzorgers.")  # fmt: skip
    assert "bijeenkomst" not in _kinds(targets)
    # rows of an activities table run together: the recruitment campaign in the row below is
    # not what the newsletter was for (round GY)
    rows = ("Jaarverslag 2023\n\nTabel 9 Eigen activiteiten\nmrt, jul,\nnov\nNieuwsbrief ‘De "
            "Raadgever’ (3 edities) papier en e-mail oplage 400\nsep\nWervingscampagne nieuwe leden "
            "(advertentie, flyers) Heerlen 2 kandidaten")  # fmt: skip
    assert _kinds(rows) == {"nieuwsbrief"}


def test_toelichting_that_says_a_norm_is_absent_in_other_words():
    """'wordt niet gevraagd' and 'is evenmin opgenomen', many words after the cue, tell an absence."""
    text = (f"{FILLER}\n\nToelichting\nEen eigen jaarprogramma van de raad wordt niet gevraagd. Een "
            "procedure voor meningsverschillen met het college is in deze regeling evenmin opgenomen.")  # fmt: skip
    v = _values(text)
    assert v["work_plan_required"].value == "false"
    assert v["dispute_procedure"].value == "false"


def test_agenda_right_as_a_request_and_motivation_as_making_clear_why():
    text = (f"{FILLER}\n\nArtikel 3 Overleg\nHet platform kan de portefeuillehouder vragen een door het "
            "platform gekozen onderwerp tijdens het overleg te behandelen.\n\nArtikel 4 Reactie\n"
            "Volgt het college een advies niet, dan maakt het in zijn antwoord duidelijk waarom.\n\n"
            "Artikel 5 Informatie\nHet college verschaft het platform, op verzoek en uit eigen beweging, "
            "zo vroeg mogelijk alle informatie die het voor zijn werk nodig heeft.")  # fmt: skip
    v = _values(text)
    assert v["pw47_d_agenda_right"].value == "true"
    assert v["motivation_required"].value == "true"
    assert v["pw47_e_information"].value == "true"


def test_members_not_from_a_panel_figure_nor_from_the_seats_at_the_start():
    """A figures list's 'leden van het klantenpanel' counts panel members, and all seats filled at
    the start of the year says nothing of its end."""
    figures = "Jaarverslag 2023\n\nIn cijfers\n\n150 reacties op de enquête\nleden van het klantenpanel 64\nnieuwsbrieven 3\n"
    assert _report(figures)["n_members"].value != "64"
    start = "Jaarverslag 2023\n\nBij de start van 2023 waren alle elf zetels bezet. Daarna vertrokken er twee."
    assert _report(start)["n_members"].value != "11"


def test_no_longer_made_recruiting_under_way_and_could_not_go_ahead():
    """'maken we sinds vorig jaar niet meer' refuses a plan; 'de werving loopt' is a vacancy;
    an activity that 'kon niet doorgaan' was not held."""
    plan = "Jaarverslag 2023\n\nEen jaarplan schrijven wij sinds de herstart niet meer; de agenda volgt de gemeente."
    assert _report(plan)["work_plan_present"].value == "false"
    recruiting = (
        "Jaarverslag 2023\n\nTwee leden vertrokken in het najaar. De werving is inmiddels gestart."
    )
    assert _report(recruiting)["vacancies"].value == "true"
    cancelled = (
        "Jaarverslag 2023\n\nDe koffieochtend in de wijk kon door de verbouwing niet doorgaan."
    )
    assert _kinds(cancelled) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a members' table the PDF gave as text lines: leavers and next year's member not counted
        ("Jaarverslag 2023\n\nNaam Functie Lid sinds Lid tot\n"
         "Joke Hermans voorzitter 01-01-2020\nPeter van der Linden secretaris 01-05-2021\n"
         "Fatma Yilmaz lid 01-03-2022 30-06-2023\nGijs de Boer lid 01-02-2022\n"
         "Marloes Kok lid 01-01-2024\nIneke Bos ambtelijk secretaris 01-01-2019\n"
         "Fatma Yilmaz verhuisde in juni naar Zwolle.", "3"),
        # the members named in one sentence under the heading
        ("Jaarverslag 2023\n\nSamenstelling per 31 december\n\nJoke Hermans (voorzitter), Peter van "
         "der Linden, Gijs de Boer, Sanne Vos en Ali Demir.\n\nWij worden ondersteund door Ineke "
         "Bos.", "5"),
        ("Jaarverslag 2023\n\nIn maart ging Kees weg en in mei kwam Anna erbij. Met acht leden zijn "
         "we het jaar uitgegaan.", "8"),
        ("Jaarverslag 2023\n\nNa een wisseling in het voorjaar is de raad weer compleet. Met zeven "
         "leden zijn we goed bezet.", "7"),
        # names under a dated heading, a role wrapped onto the next line, a name with a particle
        ("Jaarverslag 2023\n\nLeden op 31 december 2023\ndhr. A. Koole, Kamperland – voorzitter\n"
         "mevr. G. Verburg, Colijnsplaat – werk en\ninkomen\nmevr. T. van der Berg, Kats – Wmo\n"
         "mevr. N. Buijze, Kats – jeugd\n(sinds 1 september)\nVertrokken\ndhr. C. de Looff, "
         "Geersdorp – per 15 april", "4"),
        # a longer time phrase between the verb and "uit"
        ("Jaarverslag 2023\n\nDe raad bestond aan het eind van het jaar uit vijf leden: Karin Smit "
         "(voorzitter), Jan Hidding, Wubbo Dreise, Alie Meijering en Fenna Koops.", "5"),
    ],
)  # fmt: skip
def test_members_from_text_tables_name_sentences_and_the_company_we_are(text, expected):
    assert _report(text)["n_members"].value == expected


def test_meetings_table_of_two_years_counts_the_reports_year() -> None:
    text = (
        "Jaarverslag 2023\n\nOverleg met de wethouder\nDatum overleg Belangrijkste onderwerpen\n"
        "7 maart 2022 planning adviesaanvragen\n20 juni 2022 inkoop huishoudelijke ondersteuning\n"
        "14 maart 2023 begroting, reactie op advies sportakkoord\n"
        "3 juli 2023 wonen met zorg\n9 oktober 2023 mantelzorg\n\nDe raad is tevreden.\n"
    )
    assert _report(text)["meetings_with_college"].value == "3"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rhythm, then the months the meetings were held in
        ("Jaarverslag 2023\n\nDrie keer per jaar spreken wij met de wethouder. In 2023 was dat in "
         "februari, juni en november.", "3"),
        # a calendar's telegram sentences under month headings; a cancelled one not counted
        ("Jaarverslag 2023\n\nJanuari\nOverleg met de wethouder over de planning.\n\nApril\n"
         "Tweede overleg met de wethouder, in het stadhuis.\n\nSeptember\nOverleg met het college "
         "over de begroting.\n\nDecember\nOverleg met de wethouder geannuleerd.", "3"),
        # an ordinal is no count: "Tweede overleg" alone says nothing about how many
        ("Jaarverslag 2023\n\nTweede overleg met de wethouder over de begroting.", None),
        # a calendar led by the month in capitals, items run together; the college's visit
        ("Jaarverslag 2023\n\nFEBRUARI Overleg met wethouder Jansen (7 februari). Nieuwe "
         "folder.\nMEI Advies over de minimaregelingen (2 mei). Overleg met wethouder Jansen "
         "(16 mei).\nJULI / AUG Zomerreces.\ndeels overgenomen\nOKTOBER Werkbezoek van het voltallige college aan "
         "ons inloopuur (3 oktober). Overleg met wethouder De Wit (24 oktober).", "4"),
    ],
)  # fmt: skip
def test_meetings_in_named_months_and_calendar_items(text, expected):
    assert _report(text)["meetings_with_college"].value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an intention in the past tense, and "planned" that the next sentence says did not happen
        ("Jaarverslag 2023\n\nWij wilden in het voorjaar een vragenlijst uitzetten onder "
         "uitkeringsgerechtigden. Ons spreekuur in de bibliotheek werd goed bezocht.", "spreekuur"),
        ("Jaarverslag 2023\n\nOnze spreekuren in het dorpshuis stonden voor 2023 gepland. Door de "
         "verbouwing zijn ze niet doorgegaan. In juni hielden we een bijeenkomst met mantelzorgers.",
         "bijeenkomst"),
        # a question heading asks; "hebben we nog niet" is not there yet
        ("Jaarverslag 2023\n\nEn de website?\nEen eigen website hebben we nog niet. Onze nieuwsbrief "
         "verscheen vier keer.", "nieuwsbrief"),
        # the municipality's own panel, talked about, is not the council's
        ("Jaarverslag 2023\n\nEen eigen panel is er nog niet gekomen; we spraken met de gemeente over "
         "gebruik van haar eigen inwonerspanel. In mei hielden we een bijeenkomst in de bibliotheek.",
         "bijeenkomst"),
        # plans under "Tot slot: op naar 2024", also a short numbered item "3. Een eigen website."
        ("Jaarverslag 2023\n\nIn mei hielden we een bijeenkomst in het buurthuis.\n\n"
         "Tot slot: op naar 2024\n\nWat we meenemen:\n1. De spreekuren weer opstarten.\n"
         "2. Een nieuwsbrief.\n3. Een eigen website.", "bijeenkomst"),
        # a new subject after an activity is no back-reference to it
        ("Jaarverslag 2023\n\nIn oktober hielden we een bijeenkomst met mantelzorgers. Het "
         "inloopuur in het wijkcentrum is in 2023 gestopt.", "bijeenkomst"),
    ],
)  # fmt: skip
def test_achterban_not_held_when_only_intended_planned_asked_or_someone_elses(text, expected):
    assert _report(text)["achterban_activities"].value == expected


def test_members_from_seats_less_those_still_sought_and_tables_with_leavers():
    seats = ("Jaarverslag 2023\n\nDe verordening geeft ruimte aan negen leden. We zoeken nog twee "
             "mensen, bij voorkeur uit de kernen.")  # fmt: skip
    assert _report(seats)["n_members"].value == "7"
    start_of_year = "Jaarverslag 2023\n\nKengetal | 2023\nLeden op 1 januari 2023 | 8\nAdviezen | 6"
    assert _report(start_of_year)["n_members"].value is None
    table = Table(1, (("Naam", "Functie", "Bijzonderheden"), ("Rob Geerts", "voorzitter", ""),
                      ("Petra Kamp", "lid", "stopt per 1 maart 2024"), ("Mehmet Aydin", "lid", "tot 1 oktober 2023"),
                      ("Daan Hul", "lid", "vanaf 1 oktober 2023"), ("Anna Vos", "lid", "vanaf 1 januari 2024"),
                      ("Marion Klein", "ambtelijk secretaris", "geen lid")))  # fmt: skip
    assert _report("Jaarverslag 2023\n\nDe raad", tables=(table,))["n_members"].value == "3"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figures table over six years
        ("Kengetallen\n2019 2020 2021 2022 2023 2024\nvergaderingen 9 8 10 10 9 11\n"
         "overleg met de wethouder 3 2 4 4 2 5\nbijeenkomsten 1 0 2 2 1 3", "2"),
        # a stated frequency through the year
        ("De voorzitter en de vicevoorzitter spraken elk kwartaal met de wethouder Zorg.", "4"),
        # per wethouder, one counted and one by its dates
        # a total of the meetings told one by one before it
        ("Met de oude wethouder hadden we op 2 februari een laatste overleg. Met de nieuwe wethouder "
         "volgden een kennismaking op 1 juli en een overleg op 9 oktober. Daarmee komt het totaal op "
         "drie bestuurlijke overleggen, minder dan de vier die het convenant noemt.", "3"),
        ("Met wethouder Anna Bakker (Werk en Inkomen) spraken wij twee keer, in maart en in "
         "september. Met wethouder Kees Smit (Zorg) vonden overleggen plaats op 3 april, 12 juni "
         "en 20 november.", "5"),
    ],
)  # fmt: skip
def test_meetings_from_a_wide_figures_table_a_frequency_or_per_wethouder(text: str, expected: str):
    assert _report(f"Jaarverslag 2023\n\n{text}")["meetings_with_college"].value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names with their role in the next column, no comma between
        ("Per 31 december bestond de raad uit de volgende leden:\nP. de Wit voorzitter\n"
         "J. Aydın secretaris\nL. Smits lid\nH. van Dam lid (sinds 1 mei 2023)\n"
         "Het ambtelijk secretariaat werd gevoerd door mevrouw T. Jansen.", "4"),
        # a figures box with each number above its label
        ("Het jaar in cijfers\n6\nadviezen uitgebracht\n9\nleden op 31 december\n1\nvacature", "9"),
    ],
)  # fmt: skip
def test_members_with_their_roles_beside_them_or_a_number_above_its_label(text: str, expected: str):
    assert _report(f"Jaarverslag 2023\n\n{text}")["n_members"].value == expected


def test_achterban_taking_part_elsewhere_a_person_as_sounding_board_or_what_fell_away_is_none():
    text = ("Jaarverslag 2023\n\n• Deelname aan de klankbordgroep voor de nieuwe brieven van het werkbedrijf (2 leden).\n"
            "We zijn blij dat zij heeft aangeboden af en toe als klankbord mee te denken.\n"
            "De onderbesteding komt door het wegvallen van fysieke bijeenkomsten.\n"
            "Twintig mantelzorgers willen zich laten benaderen voor een digitale vragenlijst.\n"
            "Velen hebben geen zin om naar een bijeenkomst te komen.\n"
            "Twee leden zaten in de klankbordgroep voor de regionale inkoop van jeugdhulp.")  # fmt: skip
    assert _report(text)["achterban_activities"].value == ""


def test_members_not_from_the_seats_the_verordening_allows():
    text = ("Jaarverslag 2023\n\nVolgens de verordening bestaat de raad uit ten hoogste elf leden, onder wie de "
            "voorzitter. Op 31 december 2023 waren negen van de elf zetels bezet.")  # fmt: skip
    assert _report(text)["n_members"].value == "9"


def test_meetings_counted_per_wethouder_in_one_sentence():
    text = ("Jaarverslag 2023\n\nDe raad vergaderde in 2023 tien keer plenair. Daarnaast waren er twee overleggen "
            "met wethouder F. de Groot (Werk en Inkomen) en één met wethouder L. van Kessel (Zorg en Jeugd).")  # fmt: skip
    assert _report(text)["meetings_with_college"].value == "3"


def test_an_open_afternoon_is_a_gathering_and_a_walk_in_hour_a_consultation():
    afternoon = (
        "Jaarverslag 2023\n\nIn juni hielden wij een inloopmiddag in het dorpshuis van Workum."
    )
    assert _report(afternoon)["achterban_activities"].value == "bijeenkomst"
    hour = "Jaarverslag 2023\n\nElke eerste dinsdag van de maand houden wij een inloopspreekuur in de bibliotheek."
    assert _report(hour)["achterban_activities"].value == "spreekuur"


def test_run_in_headings_of_what_did_not_happen_and_a_newsletter_that_informs_the_members():
    text = ("Jaarverslag 2023\n\nDigitale vragenlijst. Het plan was om in het najaar via het panel van de gemeente "
            "een vragenlijst uit te zetten. De vragenlijst is doorgeschoven naar 2024.\n"
            "Spreekuur. Een wekelijks spreekuur hebben we ook dit jaar niet ingesteld.\n"
            "Het speerpunt is blijven liggen, doordat de geplande enquête niet door kon gaan.\n"
            "Via de nieuwsbrief van de koepel blijven de leden op de hoogte van landelijke ontwikkelingen.")  # fmt: skip
    assert _report(text)["achterban_activities"].value == ""


def test_outreach_advised_to_the_college_or_joined_by_members_elsewhere_is_not_the_councils():
    text = ("Jaarverslag 2023\n\nWij hebben dit op 26 mei aan het college gemeld, met het advies om tijdelijk een "
            "vast telefonisch spreekuur in te stellen.\n"
            "In 2023 namen leden deel aan de klankbordgroep voor de nieuwe website van het sociaal domein.")  # fmt: skip
    assert _report(text)["achterban_activities"].value == ""


def test_the_municipalitys_year_planning_is_no_work_plan_of_the_council():
    said = "In de overleggen komt de jaarplanning van de gemeente aan bod, zodat wij weten wat er komt."
    assert _report(f"Jaarverslag 2023\n\n{said}")["work_plan_present"].value == "false"
    ours = "De raad stelde in januari zijn jaarplanning voor 2023 vast."
    assert _report(f"Jaarverslag 2023\n\n{ours}")["work_plan_present"].value == "true"


def test_achterban_not_from_an_intake_what_was_asked_a_meeting_for_councillors_or_joining_in():
    """A keukentafelgesprek is the Wmo intake of one client; what the council asked for, an
    evening for the municipal council and meetings members joined are none of its outreach."""
    text = ("Jaarverslag 2023\n\nWij vroegen om een vaste termijn voor het keukentafelgesprek.\n"
            "In ons advies over de toegang pleitten wij voor een inwonerspanel.\n"
            "In november verzorgden wij een informatiebijeenkomst voor leden van de gemeenteraad.\n"
            "Naast de adviezen deden leden van de raad mee aan een reeks bijeenkomsten.")  # fmt: skip
    assert _report(text)["achterban_activities"].value == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one clause says a kind could not happen; the rest of the sentence tells of another
        ("Doordat bijeenkomsten in het voorjaar niet konden doorgaan, zetten wij in april een korte "
         "vragenlijst uit onder inwoners met een uitkering.", "enquête"),
        ("Helaas niet gelukt: het koffie-uurtje in de bibliotheek.", ""),
        # money: fewer meetings kept the costs down (but a subsidy for persoonsgebonden budgetten
        # is a topic, not spending)
        ("Omdat er minder fysieke bijeenkomsten waren, is minder uitgegeven dan begroot.", ""),
        ("In oktober hielden wij een themabijeenkomst over persoonsgebonden budgetten.", "bijeenkomst"),
        # the absence said after the kind
        ("Een eigen nieuwsbrief hebben wij niet, wel een website.", "website"),
        # another's newsletter used as a channel is no newsletter of the council's
        ("Wij riepen inwoners op te reageren via de gemeentelijke nieuwsbrief.", ""),
        ("Onze pagina op de gemeentelijke website is dit jaar vernieuwd.", "website"),
        # what the college did with an advice, in an overview or a sentence
        ("mei ADVIES 3 Bereikbaarheid (ongevraagd). Overgenomen; er is nu een telefonisch "
         "spreekuur op maandag.", ""),
        ("De adviezen en de reacties van het college staan op onze website.", "website"),
        # members reading along with the municipality's new pages
        ("Op verzoek van de afdeling lazen drie leden mee met de nieuwe webpagina's over de "
         "bijzondere bijstand.", ""),
        # a to-do, a survey the council wants to hold, or what will come
        ("Wij zien twee kansen:\n- een jongerenpanel opzetten;", ""),
        ("Volgend jaar willen we een vragenlijst uitzetten onder ouders.", ""),
        ("Overgenomen: er komt een klankbordgroep van ervaringsdeskundigen.", ""),
        # another organisation's survey, the channels of a search for members, a working visit
        ("De welzijnsorganisatie hield dit voorjaar een enquête onder mantelzorgers.", ""),
        ("De werving liep via de gemeentelijke website en de lokale krant.", ""),
        ("Werkbezoek inloop voedselbank op 22 maart.", ""),
        # planned for later in the year, another's meeting or walk-in the members visited, a
        # member's seat in another's panel
        ("Voor het najaar stond een enquête onder ouders over de wachttijden in de jeugdhulp "
         "gepland.", ""),
        ("In het najaar bezochten twee leden een informatiebijeenkomst van een "
         "welzijnsorganisatie over schulden.", ""),
        ("Leden bezochten een wijkteam en een inloop van schuldhulpmaatjes.", ""),
        ("We bezochten zes koffieochtenden en inlopen in de dorpen.", "bijeenkomst,spreekuur"),
        ("Rolstoelgebruiker, lid van het lokale toegankelijkheidspanel.", ""),
        # a survey it could not send after all, a principle, a questionnaire of the
        # municipality's it looked at, minutes on the municipality's site, a pool of
        # ervaringsdeskundigen it consulted
        ("Door de drukte hebben we de enquête niet meer op een verantwoorde manier kunnen "
         "uitzetten.", ""),
        ("Een half uitgevoerde enquête is slechter dan geen enquête.", ""),
        ("Wij hebben afgesproken dat wij meekijken met de vragenlijst van de gemeente.", ""),
        ("De verslagen worden na vaststelling op de gemeentelijke website geplaatst.", ""),
        ("De schil van ervaringsdeskundigen hebben we twee keer digitaal geraadpleegd.", "panel"),
        # its own page on social media is social media, apart from its website (as the labelling
        # brief lists them)
        ("Onze Facebookpagina heeft ongeveer 230 volgers.", "social_media"),
        ("Op onze website en op Instagram plaatsten wij elke maand een bericht.", "social_media,website"),
        ("In 2023 zijn twee bijeenkomsten met ouderenbonden georganiseerd en hebben leden "
         "werkbezoeken afgelegd bij de voedselbank.", "bijeenkomst"),
    ],
)  # fmt: skip
def test_achterban_read_clause_by_clause_and_not_from_money_advice_outcomes_or_others_pages(
    text: str, expected: str
):
    assert _report(f"Jaarverslag 2023\n\n{text}")["achterban_activities"].value == expected


def test_achterban_a_gathering_for_inwoners_still_counts():
    text = ("Jaarverslag 2023\n\nIn november hielden wij een themabijeenkomst voor inwoners over "
            "armoede, met dertig bezoekers.")  # fmt: skip
    assert _report(text)["achterban_activities"].value == "bijeenkomst"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the chair named before the members counts as well
        ("Eind 2023 bestond de raad uit de voorzitter en elf leden.", "12"),
        # named: the chair and the members, or "De leden zijn ..." with roles in brackets
        ("In 2023 bestond de adviesraad uit voorzitter Theo Bos en de leden Ineke Pol, Hans "
         "Ali, Wil de Gier en Corine Sling.", "5"),
        ("De leden zijn Peter Bon (voorzitter), Yvonne Klop (secretaris), Mehmet Ay en Priya "
         "Ram.", "4"),
        # a working group's size is no count of the council
        ("Elke werkgroep bestaat uit drie leden.\nDe leden zijn Peter Bon (voorzitter), Yvonne "
         "Klop, Mehmet Ay en Priya Ram.", "4"),
        # a dated figures line, and the next year's start beside it
        ("Samenstelling\n31 december: 9 leden\n1 januari 2024: 8 leden\nNaam Functie\n"
         "A. Bakker voorzitter\nB. Smit lid\nC. Jansen lid tot 1 april", "9"),
        ("De raad bestaat uit een voorzitter en tien leden.", "11"),
        # a figures label wrapped onto two lines: "31" is the date, not the count
        ("In het kort\n9\nadviezen\n7\n\nvoorzitter tot en met 31 december 2023\n\nleden op 31\ndecember", None),
    ],
)  # fmt: skip
def test_members_with_the_chair_named_first_and_a_wrapped_date(text: str, expected: str | None):
    assert _report(f"Jaarverslag 2023\n\n{text}")["n_members"].value == expected


def test_member_table_rows_that_leave_in_the_year_or_start_after_it():
    from cp_textmine.classify.structure import _member_at_year_end

    assert not _member_at_year_end("Jannie Mensink | lid | tot 1 juni", 2023)
    assert _member_at_year_end("Esther Klein | voorzitter | hele jaar; stopt per 31 december", 2023)
    assert _member_at_year_end("Ilse Brinkman | zorg | stopt per 1 maart 2025", 2024)
    assert not _member_at_year_end("Bas Wolters | voorzitter (benoemd) | per 1 januari 2024", 2023)
    assert _member_at_year_end("Rik Hendriksen | lid | vanaf 1 maart", 2023)


def test_meetings_from_the_college_row_of_a_table_with_a_count_column():
    text = ("Jaarverslag 2021\n\nSoort overleg Aantal Met wie / toelichting\n"
            "Vergadering van de cliëntenraad 11 de voltallige raad met de ambtelijk secretaris\n"
            "Bestuurlijk overleg 3 wethouder Bram Oudemolen (Werk en Inkomen), in\nmaart, juni en november\n"
            "Ambtelijk overleg 7 teamleider en beleidsadviseurs van de afdeling Werk\n"
            "en Inkomen, ongeveer elke zes weken\n")  # fmt: skip
    got = _report(text)["meetings_with_college"]
    assert got.value == "3" and "Bestuurlijk overleg 3" in got.snippet


def test_members_table_read_by_its_columns_and_continued_on_the_next_page() -> None:
    from cp_textmine.classify.structure import _members_table
    from cp_textmine.records import Table

    first = Table(2, (("Naam", "Functie", "Lid sinds", "Lid tot"),
                      ("Marianne Kok", "voorzitter", "01-03-2017", "–"),
                      ("Erik Ruiter", "lid", "01-09-2018", "–")))  # fmt: skip
    carried = Table(3, (("Jan Stoop", "lid", "01-01-2014", "30-06-2021"),
                        ("Fatma Yil", "lid", "01-09-2021", "–"),
                        ("Anna Dijk", "lid", "01-02-2015", "31-12-2021"),
                        ("Gerda Mol", "lid", "01-01-2022", "–")))  # fmt: skip
    # Stoop left in June; Dijk's term ran to the last day; Mol starts after the year
    assert _members_table((first, carried), 2021)[0] == 4


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Met de wethouder was er overleg in maart en in november.", "2"),
        ("Met wethouder Vos en wethouder Bakker sprak de raad op veertien maart en op drie "
         "oktober.", "2"),
        ("Op 21 september ontving wethouder Koning een delegatie van de raad. Het was het enige "
         "overleg met de wethouder dit jaar.", "1"),
        # put off, or planned for the next year: none held
        ("Het overleg met de wethouder in juni en in december is verschoven naar 2024.", None),
    ],
)  # fmt: skip
def test_meetings_as_the_months_a_sentence_names(said: str, expected: str | None) -> None:
    assert (
        _report(f"Jaarverslag 2023\n\nOverleg\n{said}")["meetings_with_college"].value == expected
    )


def test_meetings_per_portfolio_and_dated_items_with_their_subject() -> None:
    portfolio = (
        "Twee keer sprak de adviesraad met het voltallige college, in maart en oktober. "
        "Daarnaast had de raad gesprekken met de wethouders: met de wethouder Jeugd twee keer, "
        "met de wethouder Zorg drie keer en met de wethouder Werk eveneens twee keer."
    )
    assert _report(f"Jaarverslag 2024\n\n{portfolio}")["meetings_with_college"].value == "9"
    items = (
        "Met de wethouder Werk en Inkomen had de cliëntenraad overleg op:\n"
        "• 4 februari 2025 – bespreking van het werkplan en de evaluatie van de\nminimaregelingen;\n"
        "• 13 mei 2025 – loonkostensubsidie;\n• 2 december 2025 – terugvorderingen.\n"
        "Daarnaast sprak de voorzitter de teamleider."
    )
    assert _report(f"Jaarverslag 2025\n\n{items}")["meetings_with_college"].value == "3"


def _report_values(text: str, year: int = 2025) -> dict[str, str | None]:
    pages = (Page(1, text, "text", len(text)),)
    values, _ = report_structure(DocText.from_pages(pages), pages, year)
    return {v.norm_id: v.value for v in values}


def test_members_summary_row_under_a_table_of_dated_rows() -> None:
    """The board's rows carry dates; the summary's year-end row counts all members."""
    got = _report_values(
        "Jaarverslag 2024\n\nHet bestuur\nNaam Functie Lid sinds Vertrokken\nAnna de Boer voorzitter 01-03-2019 –\n"
        "Piet Smit lid 01-01-2021 30-06-2024\nKees Bakker lid 01-05-2022 –\n"
        "Samenvatting Aantal\nLeden op 1 januari 2024 8\nVertrokken in 2024 1\n"
        "Leden op 31 december 2024 7\n",
        year=2024,
    )
    assert got["n_members"] == "7"


def test_members_named_after_a_dated_label_with_the_chair_on_the_line_before() -> None:
    got = _report_values(
        "Terugblik 2024\n\nWie zaten er in de raad?\nOnafhankelijk voorzitter: Cor van der Plas\n"
        "Leden op 31 december 2024: Marja Haasnoot, Dirk Varkevisser, Els Kuijt-van Duyn, Noor "
        "Ouwehand en Teun van Rhijn\nOndersteuning: Melissa Hoek, ambtelijk secretaris\n",
        year=2024,
    )
    assert got["n_members"] == "6"


def test_members_at_the_end_of_another_year_are_not_the_reports() -> None:
    got = _report_values(
        "Jaarverslag over 2024 en 2025\n\nAan het eind van 2024 telde de raad zeven leden. "
        "In 2025 kwamen er twee bij. Op 31 december 2025 had de raad negen leden.\n",
        year=2025,
    )
    assert got["n_members"] == "9"


def test_members_summed_under_the_list_and_vacancies_of_the_years_start() -> None:
    got = _report_values(
        "Jaarverslag 2025\n\nLeden\n• mevrouw A. de Graaf\n• de heer B. Smits (voorzitter)\n"
        "Dat zijn tien leden en de voorzitter.\n\nWe begonnen 2025 met achttien leden en twee "
        "vacatures. Uit de wervingsronde van eind 2024 zijn in februari twee leden gestart. Er zijn "
        "geen vacatures.\n"
    )
    assert got["n_members"] == "11"
    assert got["vacancies"] == "false"


def test_a_recruitment_that_started_is_still_a_vacancy() -> None:
    got = _report_values(
        "Jaarverslag 2025\n\nDe werving van nieuwe leden is in het najaar gestart.\n"
    )
    assert got["vacancies"] == "true"


def test_what_a_numbered_plan_chapter_intends_is_not_outreach_held() -> None:
    got = _report_values(
        "Jaarverslag 2024\n\n4. Werkbezoeken\nLeden bezochten een inloophuis voor ouderen.\n"
        "Wij hielden een themabijeenkomst in Nieuw-Vennep.\n\n7. Jaarplan 2025\n"
        "De belangrijkste voornemens zijn:\neen eigen digitale nieuwsbrief starten.\n",
        2024,
    )
    assert got["achterban_activities"] == "bijeenkomst"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Met de wethouder hebben we dit jaar vier keer overleg gevoerd. In oktober schoof "
         "daarnaast één keer het voltallige college aan bij onze vergadering.", "5"),
        ("Vier keer was er een bestuurlijk overleg met de wethouders. Daarnaast spraken we in "
         "oktober met beide wethouders samen over de begroting.", "5"),
        # several, uncounted, or with officials: the count stands
        ("Met de wethouder spraken we drie keer. Daarnaast hadden wij regelmatig contact met "
         "de wethouder.", "3"),
        ("Met de wethouder spraken we drie keer. Daarnaast schoven in mei beleidsmedewerkers "
         "aan bij de vergadering.", "3"),
        ("Met de wethouder spraken we drie keer. Daarnaast stond in december een gesprek met "
         "het college gepland, maar dat ging niet door.", "3"),
    ],
)  # fmt: skip
def test_meetings_a_sentence_adding_a_meeting_to_the_count_before(said: str, expected: str):
    assert _report(f"Jaarverslag 2023\n\n{said}")["meetings_with_college"].value == expected


def test_outreach_the_report_says_the_council_does_not_hold_or_only_considers() -> None:
    """'Een spreekuur houdt de Adviesraad niet', a survey it only wanted to send out, a panel
    that 'wordt onderzocht' and an inloopspreekuur it advised on are no outreach; visits to
    organisations are gatherings."""
    got = _report_values(
        "Jaarverslag 2025\n\nContact met inwoners\nIn maart gingen we op bezoek bij de "
        "welzijnsorganisatie, waar we spraken met sociaal werkers. Samen met de bibliotheek "
        "wilden we in het najaar een korte vragenlijst over eenzaamheid uitzetten onder "
        "ouderen. Dat is niet gelukt. Een spreekuur houdt de Adviesraad niet. Een jongerenpanel "
        "wordt onderzocht. Wij adviseerden een vaste terugbeltermijn en een inloopspreekuur in "
        "de dorpen.\n"
    )
    assert got["achterban_activities"] == "bijeenkomst"


def test_a_work_plan_the_council_does_not_make_and_the_colleges_planning_are_none() -> None:
    got = _report_values(
        "Jaarverslag 2025\n\nVooruitblik\nEen apart werkplan maakt de Adviesraad niet. We "
        "werken met de jaarplanning van adviesaanvragen die we van de gemeente krijgen.\n"
    )
    assert got["work_plan_present"] == "false"


def test_meetings_counted_from_a_dated_table_of_meetings_with_the_college() -> None:
    got = _report_values(
        "Jaarverslag 2025\n\nOverleg met het college\nDe adviesraad voert periodiek overleg met "
        "de wethouders. In 2025 vonden de volgende overleggen plaats:\n"
        "Datum Met Onderwerpen\n13 februari\nwethouder Zorg en Welzijn,\nwethouder Werk\n"
        "jaarplanning; werving leden\n4 juni wethouder Zorg en Welzijn\nwachttijden Wmo\n"
        "22 oktober\nwethouder Werk\nbegroting 2026\n10\ndecember\nwethouder Werk minimaregelingen\n"
        "Het overleg van 10 december is op ons verzoek extra ingepland, omdat wij een advies "
        "voorbereidden.\n"
    )
    assert got["meetings_with_college"] == "4"


def test_the_chair_counts_where_the_report_says_it_is_no_member() -> None:
    """The labelling brief counts the chair among the members, also where the report says
    'de voorzitter is zelf geen lid': 'acht leden' is nine."""
    got = _report_values(
        "Jaarverslag 2025\n\nSamenstelling\nDe adviesraad bestaat uit ten hoogste elf leden en een "
        "onafhankelijke voorzitter. De voorzitter leidt de vergaderingen, maar is zelf geen lid. "
        "Op 31 december 2025 had de raad acht leden.\n"
    )
    assert got["n_members"] == "9"


@pytest.mark.parametrize(
    ("sentences", "norm", "expected"),
    [
        # a first plan still being written in a later year is none yet; one made for it is
        ("In het voorjaar van 2024 stellen wij een eerste werkplan op.", "work_plan_present", "false"),
        ("Voor 2024 hebben we een kort werkplan gemaakt met vier speerpunten.", "work_plan_present", "true"),
        # stopped in a month of the report's year, after starting earlier: held that year
        ("Het inloopspreekuur dat wij in 2022 begonnen, hebben wij in april gestopt.", "achterban_activities", "spreekuur"),
        ("Het spreekuur is per 1 april 2022 beëindigd.", "achterban_activities", ""),
        # only spoken of, or a goal on a list: not held
        ("We hebben met de gemeente gesproken over een gezamenlijk inwonerspanel.", "achterban_activities", ""),
        ("Speerpunten voor 2024: de vacatures vervullen; het ervaringspanel opzetten, samen met de gemeente;",
         "achterban_activities", ""),
        # a run of figures: the meetings with the college summed
        ("In cijfers\n11 vergaderingen van de raad · 4 bestuurlijke overleggen met de wethouder · "
         "1 ontmoeting met het voltallige college · 10 ambtelijke overleggen", "meetings_with_college", "5"),
        # the count over the list of members
        ("Samenstelling\nOp 31 december 2023 waren het er acht:\nA. de Vries\nB. Jansen", "n_members", "8"),
    ],
)  # fmt: skip
def test_report_facts_blind_round_bt(sentences: str, norm: str, expected: str):
    assert _report(f"Jaarverslag 2023\n\n{sentences}")[norm].value == expected


@pytest.mark.parametrize(
    ("sentences", "norm", "expected"),
    [
        ("Samenstelling\nOp 1 januari 2023 waren dat er vijftien, op 31 december 2023 veertien.",
         "n_members", "14"),
        ("Samenstelling\nOp 31 december 2023 waren het er negen, inclusief voorzitter en secretaris.",
         "n_members", "9"),
        # some members going to look is no count of the council
        ("In mei zijn we met vier leden gaan kijken of het advies werd uitgevoerd.", "n_members", None),
        ("In december hebben we onze jaaragenda voor 2024 vastgesteld.", "work_plan_present", "true"),
        # a section number is no count of meetings
        ("4.4 Overleg met de wethouder\nMet de wethouder spraken wij twee keer, op 12 maart en 3 oktober.",
         "meetings_with_college", "2"),
        # decided against, or only planned
        ("Wij hebben daarom afgezien van een eigen vragenlijst.", "achterban_activities", ""),
        ("Wij hadden ook plannen voor een enquête onder mantelzorgers, maar die kwam er niet.",
         "achterban_activities", ""),
        ("Ook is in de raad gesproken over een eigen pagina op sociale media.", "achterban_activities", ""),
        # talking with a group of clients is a gathering
        ("De focusgroep Participatie sprak in april met een groep deelnemers aan een taaltraject.",
         "achterban_activities", "bijeenkomst"),
    ],
)  # fmt: skip
def test_report_facts_blind_round_bx(sentences: str, norm: str, expected: str | None):
    assert _report(f"Jaarverslag 2023\n\n{sentences}")[norm].value == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        ("Wij hebben in het voorjaar overwogen een eigen vragenlijst onder cliënten uit te zetten.", ""),
        ("Vragenlijst ouders over wachttijden jeugdhulp – Voorbereid, niet uitgezet in 2023;", ""),
        ("Een vaste groep ervaringsdeskundigen – een soort klankbordgroep – staat al langer op ons lijstje.", ""),
    ],
)  # fmt: skip
def test_report_outreach_blind_round_bz(sentences: str, expected: str):
    assert _report(f"Jaarverslag 2023\n\n{sentences}")["achterban_activities"].value == expected


def test_meetings_on_a_list_of_dates_count_each_date():
    text = "Bestuurlijk overleg met de wethouders\nsociaal domein\n3 12 maart, 25 juni, 19 november"
    assert _report(f"Jaarverslag 2023\n\n{text}")["meetings_with_college"].value == "3"


@pytest.mark.parametrize(
    "sentence",
    [
        "Een digitaal inwonerspanel voor het sociaal domein is in de vergadering van oktober besproken.",
        "Een vast spreekuur hebben we in november besproken, maar nog niet ingevoerd.",
        "Bespreking van een mogelijk vast spreekuur; besluit volgt in 2023.",
        "Het spreekuur in de bibliotheek, dat wij voor het najaar hadden gepland, is uitgesteld.",
        "De enquête onder gebruikers van het vervoer, die we in het werkplan hadden, is niet gehouden.",
        "De vragenlijst was klaar, maar de gemeente startte een eigen onderzoek.",
        "De belangrijkste voornemens zijn: het invullen van de vacatures, de start van het spreekuur.",
        "Wij hebben de gemeente gevraagd of aansluiting bij een bestaand panel mogelijk is.",
        "Wij hadden te weinig leden om het spreekuur elke maand te bemensen.",
        "Onze adviezen voortaan steeds binnen een maand op de website zetten.",
    ],
)
def test_achterban_only_discussed_put_off_or_meant_to_be_is_not_held(sentence: str) -> None:
    assert _report(f"Jaarverslag 2023\n\n{sentence}")["achterban_activities"].value == ""


def test_achterban_the_meeting_in_which_something_was_discussed_was_held() -> None:
    text = "Jaarverslag 2023\n\nIn de bijeenkomst van 3 mei met inwoners is de Wmo besproken."
    assert _report(text)["achterban_activities"].value == "bijeenkomst"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Twee leden namen afscheid en drie kwamen erbij, zodat de raad het jaar afsloot met twaalf leden.",
            "12",
        ),
        (
            "Met negen leden en een maximum van elf is er formeel ruimte voor twee nieuwe leden.",
            "9",
        ),
    ],
)
def test_members_at_the_years_end_told_in_other_words(sentence: str, expected: str) -> None:
    assert _report(f"Jaarverslag 2023\n\n{sentence}")["n_members"].value == expected


def test_information_to_a_council_with_a_hyphenated_name_and_the_standard_evaluation_clause() -> (
    None
):
    from cp_textmine.classify.structure import _norm_hits

    informed = "Het college verstrekt de Wmo-raad op verzoek en tijdig de inlichtingen die hij nodig heeft."
    evaluated = (
        "Het college zendt de raad binnen vier jaar na de inwerkingtreding van deze verordening een "
        "verslag over de doeltreffendheid en de effecten ervan in de praktijk."
    )
    assert "pw47_e_information" in {norm for norm, _, _ in _norm_hits(informed, 0)}
    assert "evaluation_clause" in {norm for norm, _, _ in _norm_hits(evaluated, 0)}


AMENDMENT = """Wijzigingsverordening Participatieraad Oosterwijk
De raad van de gemeente Oosterwijk;
besluit:
Artikel I
De Verordening Participatieraad Oosterwijk 2018 wordt als volgt gewijzigd:
A
Artikel 3, tweede lid, komt te luiden:
2. De participatieraad bestaat uit minimaal vijf en maximaal elf leden.
B
Artikel 8 komt te luiden:
Artikel 8 Reactie
Het college reageert binnen vier weken schriftelijk op een advies.
Artikel II
Deze verordening treedt in werking op 1 januari 2026.
Toelichting
De verordening is in 2025 geëvalueerd, samen met de participatieraad."""


def test_an_amending_regulation_is_read_in_its_roman_articles_and_says_nothing_of_the_rest():
    """Articles I and II hold what the amendment changes; what it leaves alone is in the
    regulation it amends, which was not read: unknown, not absent."""
    v = _values(AMENDMENT)
    assert (v["members_min"].value, v["members_max"].value) == ("5", "11")
    assert v["dispute_procedure"].value is None
    assert v["pw47_a_advice_right"].value is None
    assert [a.number for a in split_articles(AMENDMENT) if not a.explanatory][:1] == ["I"]


def test_an_evaluation_held_is_no_evaluation_clause_but_one_promised_is():
    assert _values(AMENDMENT)["evaluation_clause"].value is None  # amended: unknown, not true
    held = (
        VERORDENING + "\n\nArtikel 5 Slot\nIn 2024 is de werking van deze verordening geëvalueerd."
    )
    assert _values(held)["evaluation_clause"].value == "false"
    promised = VERORDENING + (
        "\n\nArtikel 5 Evaluatie\nDe werking van deze verordening wordt binnen vier jaar na de "
        "inwerkingtreding geëvalueerd, zoals ook de vorige verordening is geëvalueerd."
    )
    assert _values(promised)["evaluation_clause"].value == "true"


def test_the_colleges_planning_of_subjects_is_no_work_plan_of_the_council():
    text = VERORDENING + (
        "\n\nArtikel 5 Informatie\nHet college zendt de cliëntenraad ieder jaar de jaarplanning "
        "van de beleidsonderwerpen."
    )
    assert _values(text)["work_plan_required"].value == "false"


def test_reasons_owed_when_the_college_says_why_it_departs_from_the_advice():
    text = VERORDENING + (
        "\n\nArtikel 5 Besluit\nVolgt het college het advies niet, dan deelt het de cliëntenraad "
        "schriftelijk mee waarom het ervan afwijkt."
    )
    v = _values(text)["motivation_required"]
    assert v.value == "true" and "waarom" in v.snippet


@pytest.mark.parametrize(
    ("text", "norm", "expected"),
    [
        # no plan for the year, and then next year's plan or plans in general: still none
        ("Een werkplan hadden we voor 2023 niet. In 2024 gaan we wél met een werkplan werken.",
         "work_plan_present", "false"),
        ("Voor 2023 heeft de raad geen werkplan vastgesteld. Een werkplan geeft wel richting. In "
         "de vergadering van 12 december 2023 is daarom het werkplan 2024 vastgesteld.",
         "work_plan_present", "false"),
        ("Vorig jaar stond het voornemen om voor 2023 een jaarplan op te stellen. Dat is niet gebeurd.",
         "work_plan_present", "false"),
        ("Wij hebben in 2023 gewerkt volgens ons werkplan 2023.", "work_plan_present", "true"),
        # seats all filled, said around a clause; no open seats
        ("Daarmee zijn alle negen zetels, de mijne inbegrepen, bezet. Er zijn geen openstaande "
         "plaatsen.", "vacancies", "false"),
        # meetings "rond de tafel"; a dated table of the advices is no list of meetings
        ("Met de wethouder hebben wij drie keer rond de tafel gezeten: in maart, juni en oktober.\n"
         "Bijlage B – Adviezen 2023\nDatum Onderwerp Soort Wat deed het college?\n"
         "7 februari Minimaregelingen gevraagd deels overgenomen\n18 april Schuldhulp ongevraagd "
         "overgenomen\n4 juli Eigen bijdrage gevraagd niet overgenomen\n"
         "26 september Mantelzorg gevraagd grotendeels overgenomen\n",
         "meetings_with_college", "3"),
        # a figures box whose labels wrap onto two lines
        ("2023 IN CIJFERS\n7\nadviezen uitgebracht\n(5 gevraagd)\n4\noverleggen met de\nwethouders\n"
         "11\nleden per 31 december, inclusief\nde voorzitter\n2\nopen plekken\n",
         "n_members", "11"),
    ],
)  # fmt: skip
def test_report_facts_of_the_forty_fourth_round(text: str, norm: str, expected: str) -> None:
    assert _report(f"Jaarverslag 2023\n\n{text}")[norm].value == expected


def test_a_regulation_in_plain_language_and_an_article_headed_disputes() -> None:
    """ "Nemen wij uw advies niet over? Dan leggen wij uit waarom." (the question gives the
    context), "U praat drie keer per jaar met de wethouder", "bekijken wij of deze regels goed
    werken", an article headed "Geschillen" over a procedure, and a chamber's own members."""
    text = VERORDENING.replace(
        "Artikel 4 Geschillen\nBij een geschil beslist de gemeenteraad.", ""
    ).replace(
        "De cliëntenraad overlegt ten minste vier keer per jaar met de wethouder.",
        "U praat minstens drie keer per jaar met de wethouder.",
    ) + (
        "\n\nArtikel 4 Samenstelling\nDe raad telt ten minste negen en ten hoogste dertien leden. "
        "Elke kamer telt ten minste drie leden.\n\n"
        "Artikel 5 Onze reactie\nNemen wij uw advies niet over? Dan leggen wij uit waarom.\n\n"
        "Artikel 6 Vergoeding\nDe leden krijgen een vergoeding per vergadering.\n\n"
        "Artikel 7 Geschillen\n1. Vindt de raad dat het college deze regels niet naleeft, dan meldt hij "
        "dat aan de wethouder. Binnen drie weken volgt een gesprek.\n\n"
        "Artikel 8 Werken deze regels?\nElke drie jaar bekijken wij samen met u of deze regels goed werken."
    )
    v = _values(text)
    assert (v["members_min"].value, v["members_max"].value) == ("9", "13")
    assert v["motivation_required"].value == "true" and "waarom" in v["motivation_required"].snippet
    assert "praat" in v["pw47_c_consultation"].snippet
    assert v["dispute_procedure"].value == "true" and "meldt" in v["dispute_procedure"].snippet
    assert v["evaluation_clause"].value == "true"
    unheaded = text.replace("Artikel 7 Geschillen", "Artikel 7 Naleving")
    assert _values(unheaded)["dispute_procedure"].value == "false"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an intention the next sentence says came to nothing
        ("We hadden ons voorgenomen dit jaar eindelijk een werkplan op papier te zetten. Eerlijk "
         "is eerlijk: door de wisselingen in de raad is dat er niet van gekomen.", "false"),
        # next year's plan in the title, and further on no plan for the year itself
        ("Jaarverslag 2023 en werkplan 2024\nEen apart werkplan voor 2023 hadden we niet.", "false"),
        ("Op weg naar 2024\nEen werkplan 2024, op te stellen in het eerste kwartaal.", "false"),
        ("Wij ook: een eigen werkplan voor 2023 is er door al die wisselingen niet gekomen.\n"
         "DECEMBER Vaststelling van het werkplan voor 2024.", "false"),
    ],
)  # fmt: skip
def test_work_plan_intended_in_vain_or_only_next_years_while_the_year_had_none(
    text: str, expected: str
) -> None:
    assert _report(f"Jaarverslag 2023\n\n{text}")["work_plan_present"].value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OKTOBER Het mantelzorgsteunpunt hield een enquête onder mantelzorgers.", ""),
        ("Een aantal leden bezocht als gast de informatiemarkt, die door de gemeente en de "
         "welzijnsorganisatie werd georganiseerd.", ""),
        ("De raad was voornemens een korte enquête te houden onder gebruikers van de regiotaxi.", ""),
        ("Er bleef geld over doordat de themabijeenkomst van november niet doorging.", ""),
        ("De raad is lid van de landelijke Koepel en maakt gebruik van de nieuwsbrieven.", ""),
        ("Op 4 oktober heeft de raad een inloopmiddag gehouden in het dorpshuis.", "bijeenkomst"),
    ],
)  # fmt: skip
def test_achterban_not_a_support_centres_survey_a_guests_visit_an_intention_or_a_cancelled_evening(
    text: str, expected: str
) -> None:
    assert _report(f"Jaarverslag 2023\n\n{text}")["achterban_activities"].value == expected


def test_no_vacancies_at_the_years_end_outranks_the_years_recruitment() -> None:
    text = (
        "Jaarverslag 2023\n\nMet de wethouder bespraken wij onder meer de werving van nieuwe "
        "leden.\nEr zijn per einde verslagjaar geen vacatures."
    )
    assert _report(text)["vacancies"].value == "false"


def test_a_municipal_policy_officer_in_the_list_of_members_is_no_member() -> None:
    text = (
        "Jaarverslag 2023\n\nLeden op 31 december 2023:\nHanneke Dekker, Yerseke – voorzitter\n"
        "Piet Kloet, Kruiningen – vicevoorzitter\nSamira Bouzid, Krabbendijke\n"
        "Linda Jumelet, beleidsmedewerker Werk en Inkomen bij de gemeente, ondersteunt ons.\n"
    )
    assert _report(text)["n_members"].value == "3"


@pytest.mark.parametrize(
    "text",
    [
        "Op 16 mei stonden wij met een kraam op de weekmarkt in het centrum.",
        "Op de informatiemarkt in oktober hadden we een eigen tafel.",
    ],
)
def test_a_stall_at_the_market_is_outreach_of_its_own_kind_no_gathering(text: str) -> None:
    assert _report(f"Jaarverslag 2023\n\n{text}")["achterban_activities"].value == "stand"


def test_a_question_about_the_work_plan_decides_nothing_its_answer_does() -> None:
    text = (
        "Jaarverslag 2023\n\nHebben we een werkplan?\nEerlijk gezegd: nee. Aan het begin van "
        "2023 hadden we ons voorgenomen een werkplan voor het jaar op te stellen. Door het "
        "vertrek van twee leden is het daar niet van gekomen."
    )
    assert _report(text)["work_plan_present"].value == "false"


def test_members_from_seats_filled_of_all_seats_in_a_figures_box() -> None:
    text = "Jaarverslag 2023\n\n9\nvergaderingen\n5 van 7\nzetels bezet op 31-12-2023\n2\npanels"
    assert _report(text)["n_members"].value == "5"


def test_meetings_listed_under_a_numbered_section_count_the_dates_not_the_sections_number() -> None:
    text = (
        "Jaarverslag 2023\n\nfebruari Bestuurlijk overleg met wethouder Smit (3 februari).\n"
        "maart Eerste fysieke vergadering.\n"
        "3 Overleg met het college\nBestuurlijk overleg tussen het dagelijks bestuur en de "
        "wethouder vond plaats op:\n3 februari 2023 (wethouder Smit)\n9 juni 2023 (kennismaking)\n"
        "29 september 2023\n8 december 2023\nDe kennismaking in juni verliep prettig.\n"
        "4 Adviezen\n"
    )
    assert _report(text)["meetings_with_college"].value == "4"


def test_an_amendment_telling_what_the_old_article_required_arranges_none_of_it() -> None:
    text = (
        "Wijziging Verordening Adviesraad Sociaal Domein\n\nArtikel I, onderdeel F\n"
        "Het oude artikel 11 verplichtte de adviesraad tot het vooraf indienen van een werkplan. "
        "Die verplichting vervalt.\n\nArtikel 2\nDe adviesraad mag ook zelf advies geven, ook "
        "als het college daar niet om heeft gevraagd."
    )
    values = _values(text)
    assert values["work_plan_required"].value != "true"
    assert values["pw47_a_advice_right"].value == "true"


def test_a_plan_made_for_the_first_time_for_next_year_is_none_for_the_year() -> None:
    text = (
        "Jaarverslag 2023\n\nnovember Op 19 november stelden wij voor het eerst een werkplan "
        "op, voor het jaar 2024."
    )
    assert _report(text)["work_plan_present"].value == "false"


def test_monthly_contact_with_the_councils_officer_is_no_meeting_with_the_college() -> None:
    text = (
        "Jaarverslag 2023\n\nNaast het bestuurlijk overleg hebben wij een kwartaaloverleg met de "
        "teamleider Sociaal Domein en maandelijks contact met onze ondersteuner."
    )
    assert _report(text)["meetings_with_college"].value != "12"


def test_a_member_list_whose_roles_wrap_onto_lines_of_their_own() -> None:
    """A narrow magazine column puts "(secretaris)" under the name; the list goes on after it,
    and a name whose wrapped role is the official's is no member."""
    names = (
        "Jaarverslag 2024\n\nEind 2024 bestond de raad uit:\nWim Staal (voorzitter)\nIneke Hermans\n"
        "(secretaris)\nBart van Oorschot\nJolanda Swinkels\nTheo Fleskens\nKarin Vos\n"
        "(ambtelijk secretaris)\nDe raad in cijfers\n"
    )
    assert _report(names)["n_members"].value == "5"


def test_a_regulation_in_the_u_form_informs_evaluates_and_drops_the_plan() -> None:
    """Addressed to the council as "u": it gets the information it needs; "bekijken het college
    en u samen of de afspraken in deze verordening goed werken" evaluates; "In plaats van een
    jaarplan én een jaarverslag vragen we alleen nog een jaarverslag" requires no plan."""
    text = VERORDENING + (
        "\n\nArtikel 8 Welke informatie krijgt u?\nU krijgt van het college op tijd de informatie "
        "die u nodig heeft voor uw werk.\n\nArtikel 11 Jaarverslag\nIn plaats van een jaarplan én "
        "een jaarverslag vragen we alleen nog een jaarverslag.\n\nArtikel 12 Hoe kijken we of "
        "deze verordening werkt?\nTwee jaar nadat deze verordening is ingegaan, bekijken het "
        "college en u samen of de afspraken in deze verordening goed werken."
    )
    values = _values(text)
    assert "informatie" in values["pw47_e_information"].snippet
    assert values["evaluation_clause"].value == "true"
    assert values["work_plan_required"].value != "true"


def test_a_plan_and_report_the_council_may_make_are_not_required():
    text = (
        "Artikel 1 Taak\nDe cliëntenraad adviseert het college gevraagd en ongevraagd.\n"
        "Artikel 2 Werkplan en jaarverslag\n1. De cliëntenraad kan jaarlijks een werkplan "
        "opstellen.\n2. De cliëntenraad kan jaarlijks een verslag uitbrengen van zijn "
        "werkzaamheden.\n3. Stelt de cliëntenraad een werkplan of verslag op, dan zendt hij dit "
        "aan het college.\nArtikel 3 Inwerkingtreding\nDeze verordening treedt in werking op 1 "
        "januari 2025.\n"
    )
    v = _values(text)
    assert v["work_plan_required"].value == "false"
    assert v["annual_report_required"].value == "false"


def test_an_amendment_counts_the_new_wording_and_documents_sent_are_information():
    text = (
        "Artikel I\nDe Verordening Adviesraad 2017 wordt als volgt gewijzigd:\nA\nIn artikel 3, "
        "eerste lid, wordt “ten minste vijf en ten hoogste zeven leden” vervangen door “ten "
        "minste zes en ten hoogste tien leden”.\nB\nArtikel 5 komt te luiden:\nArtikel 5 Overleg\n"
        "1. De adviesraad en de wethouder voeren ten minste drie keer per jaar overleg.\n2. De "
        "stukken die bij de agenda horen, worden uiterlijk vijf werkdagen voor het overleg aan de "
        "leden van de adviesraad toegezonden.\nArtikel II\nDeze verordening treedt in werking "
        "met ingang van 1 januari 2024.\n"
    )
    v = _values(text)
    assert (v["members_min"].value, v["members_max"].value) == ("6", "10")
    assert v["pw47_e_information"].value == "true"


def test_members_table_read_with_its_first_row_only_counts_the_titled_lines_under_its_header():
    text = (
        "Jaarverslag 2025\nAdviesraad Sociaal Domein Ommen\n2. Samenstelling\nNaam Functie "
        "Aandachtsgebied Lid sinds\ndhr. R. Nijenhuis voorzitter algemeen 2019\nmw. J. ter Horst "
        "secretaris Wmo 2020\ndhr. H. Kamphuis lid werk en inkomen 2021\nmw. S. Jansen lid "
        "armoede 2022\nVertrokken in 2025: mw. G. Dunnink.\n3. Vergaderingen\nWij vergaderden "
        "tien keer.\n"
    )
    table = Table(
        1,
        (("Naam", "Functie", "Aandachtsgebied", "Lid sinds"),
         ("dhr. R. Nijenhuis", "voorzitter", "algemeen", "2019")),
    )  # fmt: skip
    pages = (Page(1, text, "text", len(text), (table,)),)
    values, _ = report_structure(DocText.from_pages(pages), pages, 2025, (table,))
    assert {v.norm_id: v for v in values}["n_members"].value == "4"


def test_members_counted_under_a_table_header_cite_the_tables_page():
    first = "Jaarverslag 2025\nAdviesraad Sociaal Domein Ommen\n1. Inleiding\nDit is ons verslag.\n"
    second = (
        "2. Samenstelling\nNaam Functie Lid sinds\ndhr. R. Nijenhuis voorzitter 2019\nmw. J. ter "
        "Horst secretaris 2020\ndhr. H. Kamphuis lid 2021\n3. Vergaderingen\nWij vergaderden "
        "tien keer.\n"
    )
    table = Table(
        2, (("Naam", "Functie", "Lid sinds"), ("dhr. R. Nijenhuis", "voorzitter", "2019"))
    )
    pages = (
        Page(1, first, "text", len(first)),
        Page(2, second, "text", len(second), (table,)),
    )
    values, _ = report_structure(DocText.from_pages(pages), pages, 2025, (table,))
    members = {v.norm_id: v for v in values}["n_members"]
    assert (members.value, members.page_no) == ("3", 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gathering named by its part of the day, whatever the word before it
        ("In april hielden we een gespreksavond met mantelzorgers.", "bijeenkomst"),
        ("Onze tweede praat-mee-ochtend trok twaalf bezoekers.", "bijeenkomst"),
        # ... but not a weekday's afternoon
        ("Wij vergaderden elke dinsdagmiddag in het gemeentehuis.", ""),
        # a dated row of a table after a working visit is an activity of its own
        ("12 maart Werkbezoek aan de kledingbank 9 oktober Gespreksavond met ouders 14 deelnemers",
         "bijeenkomst"),
        # an organisation named after the gathering held it
        ("Twee leden bezochten de ledenmiddag van Zonnebloem Hengelo.", ""),
    ],
)  # fmt: skip
def test_achterban_gatherings_by_their_part_of_the_day_and_by_whom_they_were_held(
    text: str, expected: str
) -> None:
    assert _report(f"Jaarverslag 2023\n\n{text}")["achterban_activities"].value == expected


@pytest.mark.parametrize(
    "text",
    [
        "Een digitale nieuwsbrief is in voorbereiding.",
        "Een vragenlijst onder jonge mantelzorgers hebben we voorbereid.",
        "Een vast spreekuur in Ootmarsum komt er niet.",
        "De nieuwsbrief die in het werkplan stond, is er evenmin gekomen.",
        "In het werkplan nam de raad zich voor om in elk dorp een spreekuur te houden.",
        "Volgend voorjaar gaan we ook in Weerselo een bijeenkomst houden.",
        "Spreekuren in de dorpshuizen terugbrengen.",
        "De suggestie om elk jaar een inwonerspanel te raadplegen, neemt het college over.",
    ],
)
def test_achterban_prepared_planned_or_suggested_is_not_held(text: str) -> None:
    assert _report(f"Jaarverslag 2023\n\n{text}")["achterban_activities"].value == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a questionnaire put to the council's own panel is how the panel works
        ("We gebruikten ons klankbordpanel twee keer voor een korte peiling.", "panel"),
        # spread wider than the panel it is a survey as well
        ("We zetten een vragenlijst uit via ons meedenkpanel en via de ouderenbonden.",
         "enquête,panel"),
        # a seat in another's sounding board, or contacts kept with others' groups
        ("Een lid was vertegenwoordigd in de ambtelijke klankbordgroep voor de inkoop.", ""),
        ("De raad onderhoudt contact met de ouderenbond en met het mantelzorgcafé.", ""),
        # a visit to another's walk-in
        ("Leden bezochten een inloop voor statushouders in de bibliotheek.", ""),
    ],
)  # fmt: skip
def test_achterban_panel_questionnaires_seats_and_contacts_with_others(
    text: str, expected: str
) -> None:
    assert _report(f"Jaarverslag 2023\n\n{text}")["achterban_activities"].value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elke tweede dinsdag hielden we een inloopochtend in de bibliotheek.", "spreekuur"),
        ("In maart en oktober organiseerden we een inloopmiddag in het dorpshuis.", "bijeenkomst"),
    ],
)
def test_a_walk_in_morning_is_a_consultation_hour_an_afternoon_a_gathering(
    text: str, expected: str
) -> None:
    assert _report(f"Jaarverslag 2023\n\n{text}")["achterban_activities"].value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De raad werkt niet met een vastgesteld jaar- of werkplan.", "false"),
        ("Een werkplan voor 2024 is op dit moment nog niet vastgesteld.", "false"),
        ("Status\nWerkplan 2024 vastgesteld op 12-12-2023 en op 18-12-2023 aan het college "
         "gestuurd", "true"),
        # a relative clause denies the plan: "een werkplan dat er (nog) niet was"
        ("Een jaar van koffietafels, vier adviezen en een werkplan dat er (nog) niet was.",
         "false"),
        ("We werkten zonder vaste planning, met een jaarplan dat er nooit kwam.", "false"),
        # only meant, weighed, still being written, or a habit of former years
        ("Het is de bedoeling dit werkplan in de vergadering van maart vast te stellen.", "false"),
        ("Wij hebben overwogen een werkplan op te stellen, maar kiezen ervoor flexibel te blijven.",
         "false"),
        ("Het jaarplan van de nieuwe raad wordt opgesteld door de nieuwe leden zelf.", "false"),
        ("Eerder maakten wij elk jaar een werkplan.", "false"),
        # the municipality's schedule of subjects it will ask advice on, not the council's plan
        ("De wethouder zegde toe dat de raad voortaan een jaarplanning krijgt van de onderwerpen "
         "waarover advies wordt gevraagd.", "false"),
        ("Jaarplanning 2024 vastgesteld.", "true"),
        # a plan drafted, the next sentence says it was never adopted
        ("Begin 2023 hebben wij een werkplan opgesteld. Dat is bij een concept gebleven en nooit "
         "vastgesteld, omdat de raad eerst nieuwe leden zocht.", "false"),
        # a run-in heading naming two subjects decides nothing; its text does
        ("Werkplan en financiën. Een werkplan hadden wij in 2023 niet; voor 2024 komt er een.",
         "false"),
        # a plan wished for afterwards was not there; the year's own sentence decides
        ("Voor 2024 hadden we geen werkplan. Achteraf gezien had een eenvoudig werkplan ons "
         "geholpen om keuzes te maken.", "false"),
    ],
)  # fmt: skip
def test_work_plan_not_in_use_not_yet_adopted_or_adopted_on_a_dated_row(
    text: str, expected: str
) -> None:
    assert _report(f"Jaarverslag 2023\n\n{text}")["work_plan_present"].value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wethouders' meetings counted, the whole college's yearly talk told apart
        ("Met de wethouder Zorg spraken wij dit jaar drie keer over de lopende adviezen.\n\n"
         "Nieuwe leden\nIn het voorjaar kwamen er twee leden bij.\n\nIn december hadden wij ons "
         "jaarlijkse gesprek met het voltallige college.", "4"),
        ("Wij hadden 2 bestuurlijke overleggen met de wethouders en 1 jaargesprek met het "
         "college.", "3"),
        # not held, or already in the count
        ("Met de wethouder spraken wij vier keer. Een gesprek met het voltallige college heeft "
         "dit jaar niet plaatsgevonden.", "4"),
        ("Met de wethouder en het college spraken wij vier keer. In november ontvingen wij het "
         "voltallige college op ons spreekuur.", "4"),
        # the council's own meetings beside the college it advised are no meetings with it
        ("In 2023 vergaderde de adviesraad negen keer en bracht hij vijf adviezen uit aan het "
         "college. Met de wethouder spraken wij vier keer.", "4"),
        # a meeting added after a sentence that only tells what the meetings were about
        ("Met de wethouders is er periodiek bestuurlijk overleg. Dat vond dit jaar drie keer "
         "plaats: in maart, juni en november. Aan de orde kwamen de wachttijden en de "
         "energietoeslag. Daarnaast was wethouder Bos op 4 oktober te gast in onze vergadering.",
         "4"),
        # the report's own total a few sentences on, after the parts
        ("Met wethouder P.J. de Vries hebben wij een vast overleg. Dit overleg vond drie keer "
         "plaats: in maart, juni en oktober. Namens de raad nemen de voorzitter en een lid deel. "
         "Daarnaast kwam wethouder K.L. Smit in mei naar onze vergadering. In totaal spraken wij "
         "dit jaar dus vier keer met een lid van het college.", "4"),
    ],
)  # fmt: skip
def test_meetings_told_apart_from_the_count_add_to_it_or_a_later_total_wins(
    text: str, expected: str
) -> None:
    assert _report(f"Jaarverslag 2023\n\n{text}")["meetings_with_college"].value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Met de wethouders Bakker en Smit hadden we in 2023 elk twee bestuurlijke overleggen, "
         "in totaal dus vier.", "4"),
        ("Met de wethouder hebben wij twee vaste overleggen per jaar. Die vonden plaats op 12 "
         "maart en 3 oktober. Op verzoek van de wethouder kwam daar op 5 juni een extra gesprek "
         "bij.", "3"),
    ],
)  # fmt: skip
def test_meetings_with_the_college_summed_by_the_report_or_one_added(
    text: str, expected: str
) -> None:
    assert _report(f"Jaarverslag 2023\n\n{text}")["meetings_with_college"].value == expected


def test_consultation_and_agenda_right_in_a_list_under_its_subject() -> None:
    text = (
        "Artikel 8 Verplichtingen van het college\nHet college:\na. verstrekt de adviesraad "
        "tijdig alle informatie;\nb. voert ten minste driemaal per jaar overleg met de "
        "adviesraad;\nc. stelt secretariële ondersteuning ter beschikking.\nArtikel 9 Overleg\n"
        "De agenda wordt opgesteld door de voorzitter en de wethouder. De adviesraad kan "
        "onderwerpen aanmelden tot uiterlijk tien werkdagen vóór het overleg.\n"
    )
    got = _values(text)
    assert got["pw47_c_consultation"].value == "true"
    assert got["pw47_d_agenda_right"].value == "true"


def test_meetings_with_the_college_counted_in_an_activities_table_of_all_sorts() -> None:
    text = (
        "Activiteitenoverzicht 2023\nDatum Activiteit Soort Toelichting\n"
        "10-01-2023 Vergadering cliëntenraad vergadering Jaarplanning besproken.\n"
        "24-01-2023 Overleg met wethouder K.\nVos\nbestuurlijk overleg Kennismaking met de "
        "nieuwe teamleider Werk en Inkomen.\n"
        "07-03-2023 Inloopmiddag in Grijpskerk eigen bijeenkomst 12 bezoekers.\n"
        "16-05-2023 Overleg met wethouder K.\nVos\nbestuurlijk overleg Reactie op het advies.\n"
        "19-09-2023 Overleg met wethouder K.\nVos\nbestuurlijk overleg Geannuleerd door de "
        "wethouder; niet opnieuw ingepland.\n"
        "14-11-2023 Overleg met wethouder K.\nVos\nbestuurlijk overleg Beleidsplan schulden.\n"
        "16-01-2024 Overleg met wethouder K.\nVos\nbestuurlijk overleg (gepland)\n"
    )
    assert _report(text)["meetings_with_college"].value == "3"


def test_regulation_norms_of_round_sixty_nine() -> None:
    """The shapes of round GK: a duty told with "het" for the college of the sentence before,
    the agenda set together, an article headed "Verschil van inzicht", consultation "eens per
    kwartaal"."""
    text = """Verordening adviesraad sociaal domein

Artikel 1 Advies
1. Het college reageert binnen zes weken op een advies. Neemt het een onderdeel niet over,
dan geeft het daarvoor de redenen.

Artikel 2 Overleg
1. De adviesraad en de wethouder overleggen in de regel eens per kwartaal.
2. De voorzitter van de adviesraad en de wethouder stellen samen de agenda op.

Artikel 3 Verschil van inzicht
1. Meent de adviesraad dat deze regeling niet wordt nageleefd, dan brengt hij dat in het overleg
ter sprake. Leidt dat niet tot een oplossing, dan beslist de gemeenteraad."""
    v = _values(text)
    assert v["motivation_required"].value == "true"
    assert "redenen" in v["motivation_required"].snippet
    assert v["pw47_c_consultation"].value == "true"
    assert v["pw47_d_agenda_right"].value == "true"
    assert v["dispute_procedure"].value == "true"


def test_an_amendment_that_takes_a_rule_out_and_replaces_a_members_range() -> None:
    text = """Eerste wijziging Verordening adviesraad

ARTIKEL I
De verordening wordt als volgt gewijzigd:
A Artikel 3, eerste lid, komt te luiden zoals in de rechterkolom is aangegeven:
Huidige tekst Nieuwe tekst
1. De adviesraad bestaat uit ten minste negen en ten hoogste vijftien leden. 1. De adviesraad
bestaat uit ten minste zeven en ten hoogste elf leden.
B Artikel 12 vervalt.

TOELICHTING
Het aantal leden wordt verlaagd. Daarnaast vervalt de geschillenregeling."""
    v = _values(text)
    assert (v["members_min"].value, v["members_max"].value) == ("7", "11")
    assert v["dispute_procedure"].value == "false"


def test_contacts_listed_with_their_counts_are_summed() -> None:
    """ "drie overleggen met de wethouder" and "het jaarlijkse gesprek met het voltallige
    college" as items of one list: four meetings (round GN)."""
    text = (
        "Jaarverslag 2025\n\nDe raad vergaderde elf keer.\n"
        "Met de gemeente hadden wij de volgende contacten:\n"
        "• drie overleggen met de wethouder Sociaal Domein (13 maart, 19 juni en 20 november);\n"
        "• het jaarlijkse gesprek met het voltallige college (9 oktober).\n"
        "Daarnaast was er maandelijks contact met onze ambtelijk ondersteuner.\n"
    )
    assert _report_values(text)["meetings_with_college"] == "4"


def test_the_rows_under_a_dated_tables_section_of_meetings_with_the_wethouder() -> None:
    """A table of the year's meetings in sections: only the rows under "Overleg met de
    wethouder(s)" are meetings with the college, up to "Ambtelijk overleg" (round GN)."""
    text = (
        "Jaarverslag 2025\n\n4. Vergaderingen en overleg\nDatum Soort Onderwerpen\n"
        "Eigen vergaderingen (besloten)\n9 januari vergadering jaarplan\n"
        "13 februari vergadering jaarverslag\n12 maart vergadering armoedenota\n"
        "9 april vergadering advies armoedenota\n"
        "Overleg met de wethouder(s)\n30 januari bestuurlijk overleg, wethouder\nSociaal Domein\n"
        "reactie op advies\n4 juni bestuurlijk overleg, wethouder\nSociaal Domein\n"
        "20\nseptember\nkoffie met de wethouder (informeel)\n"
        "Ambtelijk overleg\nmaandelijks voorzitter en secretaris met contactambtenaar\n"
        "5. Adviezen 2025\n"
    )
    assert _report_values(text)["meetings_with_college"] == "3"


def test_conversations_held_alongside_the_wethouder_are_no_meetings_with_him() -> None:
    text = (
        "Jaarverslag 2025\n\nAchterban\n3 oktober kraam op de informatiemarkt (samen met "
        "wethouder) circa 15 gesprekken met ouderen en mantelzorgers.\n"
        "Met de wethouder hadden wij twee keer overleg.\n"
    )
    assert _report_values(text)["meetings_with_college"] == "2"


def test_the_seats_a_council_has_are_not_its_members() -> None:
    text = (
        "Jaarverslag 2025\n\nWie wij zijn\nDe raad heeft plaats voor zeven leden. Wij begonnen "
        "2025 met zes leden. In juni nam mevrouw Haverkate afscheid.\n\nOp de laatste dag van "
        "het jaar telde de raad dus vijf leden, onder wie de voorzitter.\n"
    )
    assert _report_values(text)["n_members"] == "5"


def test_members_counted_on_a_date_between_verb_and_count() -> None:
    text = (
        "Jaarverslag 2025\n\n2. Samenstelling\nDe adviesraad bestond op 31 december 2025 uit de "
        "volgende zeven leden:\ndhr. B. Mensink voorzitter\nmw. H. Schuurman vicevoorzitter\n"
    )
    assert _report_values(text)["n_members"] == "7"


def test_regulation_norms_of_round_gq() -> None:
    """The shapes of round GQ: the council sets the consultation's agenda, an evaluation of "hoe
    deze verordening in de praktijk werkt", and a toelichting whose heading names disputes over
    the words that no dispute procedure is arranged."""
    text = """Verordening participatieraad

Artikel 1 Overleg
1. De participatieraad en de wethouders voeren ten minste twee keer per jaar bestuurlijk overleg.
De participatieraad stelt de agenda vast; de wethouders kunnen punten aanmelden.

Artikel 2 Informatie en evaluatie
1. Het college zendt de raad ontwerpen van beleid en regelgeving uiterlijk vier weken voordat het
daarover besluit.
2. Het college onderzoekt uiterlijk drie jaar na de inwerkingtreding samen met de participatieraad
hoe deze verordening in de praktijk werkt, en stuurt de gemeenteraad de uitkomsten.

Toelichting
Het college ontvangt het huishoudelijk reglement ter kennisneming. Verschillen van inzicht
De verordening bevat geen aparte regeling voor geschillen tussen de participatieraad en het
college."""
    v = _values(text)
    assert v["pw47_d_agenda_right"].value == "true"
    assert v["evaluation_clause"].value == "true"
    assert v["pw47_e_information"].value == "true"
    assert v["dispute_procedure"].value == "false"


def test_the_wethouder_setting_the_agenda_gives_the_council_no_agenda_right() -> None:
    text = """Verordening adviesraad

Artikel 1 Overleg
1. De wethouder en de raad overleggen twee keer per jaar over het sociaal domein.
2. De wethouder stelt de agenda van dit overleg vast, na overleg met de voorzitter van de raad."""
    assert _values(text)["pw47_d_agenda_right"].value == "false"


def test_individual_disputes_the_council_does_not_handle_are_no_dispute_procedure() -> None:
    text = """Verordening adviesraad sociaal domein

Artikel 1 Taken
1. De adviesraad adviseert het college gevraagd en ongevraagd over het sociaal domein.
2. De adviesraad neemt geen persoonlijke meldingen, bezwaarschriften of geschillen van inwoners in
behandeling."""
    assert _values(text)["dispute_procedure"].value == "false"


def test_documents_attached_to_the_request_inform_the_council() -> None:
    text = """Verordening cliëntenraad

Artikel 1 Advies
1. Het college vraagt de cliëntenraad tijdig om advies over voorgenomen beleid.
2. Met het verzoek om advies worden alle stukken meegestuurd die de raad nodig heeft.

Artikel 2 Vergaderingen
De cliëntenraad vergadert ten minste zes keer per jaar."""
    v = _values(text)
    assert v["pw47_e_information"].value == "true"
    assert "meegestuurd" in (v["pw47_e_information"].snippet or "")


def test_a_chapter_heading_names_articles_and_decides_no_norm() -> None:
    """ "Hoofdstuk 4 Faciliteiten" groups the articles after it; what those articles arrange
    decides (here information and consultation, no support), not the chapter's title."""
    text = (
        "Artikel 1 Adviestermijn\nDe adviesraad brengt binnen zes weken advies uit.\n"
        "Hoofdstuk 4 Faciliteiten\nArtikel 2 Informatie\nHet college verstrekt de adviesraad "
        "tijdig alle informatie die hij nodig heeft.\nArtikel 3 Overleg\nDe adviesraad en de "
        "wethouder overleggen ten minste drie keer per jaar.\n"
    )
    assert _values(text)["pw47_b_support"].value == "false"
    numbered = text.replace("Hoofdstuk 4 Faciliteiten", "Hoofdstuk 4. Faciliteiten")
    assert _values(numbered)["pw47_b_support"].value == "false"  # split after "4." as a sentence
    with_support = (
        text
        + "Artikel 4 Ondersteuning\nHet college stelt de adviesraad een ambtelijk secretaris ter beschikking.\n"
    )
    support = _values(with_support)["pw47_b_support"]
    assert support.value == "true" and "ambtelijk secretaris" in support.snippet
