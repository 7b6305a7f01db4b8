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
