"""The jaarverslag's overview of advices: tables as PDFs really give them, and text-only overviews."""

from __future__ import annotations

from datetime import date

from cp_textmine.classify.annual_report import advice_rows, annual_report_facts, text_rows
from cp_textmine.read.doctext import DocText
from cp_textmine.records import Page, Table

HEADER = ("Datum", "Onderwerp", "Soort", "Reactie college")


def _doc(*texts: str, tables: tuple[Table, ...] = ()) -> tuple[DocText, tuple[Table, ...]]:
    pages = tuple(
        Page(i, text, "text", len(text), tuple(t for t in tables if t.page_no == i))
        for i, text in enumerate(texts, start=1)
    )
    return DocText.from_pages(pages), tables


def _count(*texts: str, tables: tuple[Table, ...] = ()) -> int | None:
    doc, tables = _doc(*texts, tables=tables)
    facts, _ = annual_report_facts(doc, tables, None)
    return facts.n_advices_listed


def test_continued_table_whose_first_row_reads_like_a_header_still_counts():
    # "ongevraagd" and "overgenomen" are header words too; a row with a date is no header
    first = Table(1, (("Nr.", "Datum", "Onderwerp", "Gevraagd / ongevraagd", "Reactie"),
                      ("1", "14-02-2023", "Energietoeslag", "gevraagd", "overgenomen")))  # fmt: skip
    rest = Table(2, (("2", "18-09-2023", "Begrijpelijke brieven", "ongevraagd", "overgenomen"),
                     ("3", "23-11-2023", "Minimabeleid", "gevraagd", "nog geen reactie")))  # fmt: skip
    rows = advice_rows((first, rest), 2023)
    assert [r["subject"] for r in rows] == [
        "Energietoeslag",
        "Begrijpelijke brieven",
        "Minimabeleid",
    ]


def test_wrapped_cells_are_joined_to_their_row():
    table = Table(2, (("Datum", "Onderwerp", "Gevraagd / ongevraagd", "Reactie college"),
                      ("26", "Verordening maatschappelijke", "gevraagd", "17"),
                      ("november", "ondersteuning 2020", None, "december"),
                      ("2019", None, None, "2019"),
                      (None, "Tweede advies", "ongevraagd", None),
                      ("3 december 2019", "Derde advies", "gevraagd", "nee")))  # fmt: skip
    rows = advice_rows((table,), 2019)
    assert len(rows) == 2
    assert rows[0]["advice_date"] == date(2019, 11, 26)
    assert rows[0]["subject"] == "Verordening maatschappelijke ondersteuning 2020 Tweede advies"


def test_row_holding_several_advices_is_split_by_its_dates_and_the_page_text():
    page = ("Datum Onderwerp Soort Reactie college\n"
            "08-09-2022 Schuldhulp en\nvroegsignalering\ngevraagd deels overgenomen\n"
            "13-10-2022 Verordening Wmo gevraagd overgenomen\n"
            "17-11-2022 Stadskantoor ongevraagd geen reactie ontvangen\n")  # fmt: skip
    table = Table(4, (HEADER, ("08-09-2022 13-10-2022 17-11-2022",
                               "Schuldhulp en vroegsignalering Verordening Wmo Stadskantoor",
                               "gevraagd gevraagd ongevraagd",
                               "deels overgenomen overgenomen geen reactie ontvangen")))  # fmt: skip
    rows = advice_rows((table,), 2022, {4: page})
    assert [r["advice_date"] for r in rows] == [
        date(2022, 9, 8),
        date(2022, 10, 13),
        date(2022, 11, 17),
    ]
    assert [r["subject"] for r in rows] == [
        "Schuldhulp en vroegsignalering",
        "Verordening Wmo",
        "Stadskantoor",
    ]
    assert [r["requested"] for r in rows] == [True, True, False]
    assert [r["answered"] for r in rows] == [True, True, False]


def test_merged_row_without_page_text_still_counts_its_dates():
    table = Table(3, (HEADER, ("04-10-202 2 08-11-202 2", "Mantelzorg Toegankelijkheid",
                               "gevraagd ongevraagd", "ja nee")))  # fmt: skip
    rows = advice_rows((table,), 2022)
    assert [r["advice_date"] for r in rows] == [date(2022, 10, 4), date(2022, 11, 8)]
    assert [r["requested"] for r in rows] == [True, False]


def test_broken_year_in_a_narrow_date_column():
    table = Table(3, (HEADER, ("06-09-20 22", "Beleidsregels", "gevraagd", "ja")))
    assert advice_rows((table,), 2022)[0]["advice_date"] == date(2022, 9, 6)


SCANNED = """Overleg
In 2022 was er drie keer overleg met de wethouder.

Adviezen
Datum Onderwerp Soort | Reactie
10 maart 2022 | Tegenprestatie | gevraagd | niet overgenomen
2 juni 2022 Energietoeslag voor minima | ongevraagd | overgenomen
22 september Beleidsregels giften gevraagd overgenomen
2022
Werkplan

In 2022 werkte de raad zonder werkplan; we reageerden vooral op de adviesaanvragen van het college."""


def test_overview_read_from_text_lines_when_no_table_was_found():
    doc, _ = _doc(SCANNED)
    rows = text_rows(doc, 2022)
    assert [r["advice_date"] for r in rows] == [
        date(2022, 3, 10),
        date(2022, 6, 2),
        date(2022, 9, 22),
    ]
    assert rows[1]["requested"] is False and rows[0]["page"] == 1
    assert rows[0]["subject"] == "Tegenprestatie"


def test_text_overview_runs_on_to_the_next_page_without_a_header():
    first = ("Alle adviezen op een rij\nNr Maand Onderwerp Gevraagd Reactie college\n"
             "1 januari Eigen bijdrage ja deels\novergenomen\n2 februari Stadspas nee overgenomen")  # fmt: skip
    second = ("3 maart Inburgering ja overgenomen\n4 april Jeugdhulp nee niet overgenomen\n"
              "Alle volledige adviezen en reacties vindt u op onze website onder Adviezen.\n"
              "5 mei was een drukke maand.")  # fmt: skip
    assert _count(first, second) == 4


def test_table_on_one_page_and_text_only_rest_on_the_next():
    first = "Alle adviezen\nNr Maand Onderwerp Gevraagd Reactie college\n1 januari Eigen bijdrage ja deels"
    table = Table(1, (("Nr Maand", "Onderwerp", "Gevraagd", "Reactie college"),
                      ("1 januari", "Eigen bijdrage", "ja", "deels")))  # fmt: skip
    second = "2 juli Gezondheid ja kennisgenomen\n3 oktober Jeugd ja niet overgenomen"
    assert _count(first, second, tables=(table,)) == 3


def test_dated_list_after_a_sentence_introducing_the_advices():
    text = """Onze adviezen
In 2023 stuurden wij drie adviezen naar het college:
- 14 februari 2023 — Energietoeslag 2023. Op verzoek van het college. Reactie 21
maart 2023: overgenomen.
- 4 juli 2023 — Bereikbaarheid van het Werkplein. Eigen initiatief. Reactie 12
september 2023: voor kennisgeving aangenomen.
- 21 november 2023 — Re-integratieverordening. Op verzoek van het
college. Reactie nog niet ontvangen.
Wij zijn blij dat het college ons bij twee onderwerpen zelf om advies vroeg."""
    doc, _ = _doc(text)
    rows = text_rows(doc, 2023)
    assert [r["subject"] for r in rows] == [
        "Energietoeslag 2023", "Bereikbaarheid van het Werkplein", "Re-integratieverordening"
    ]  # fmt: skip
    assert [r["requested"] for r in rows] == [True, False, True]


def test_other_dated_lists_and_tables_are_no_overview():
    text = """Vergaderingen en overleg
- 10 plenaire vergaderingen, openbaar;
- 4 overleggen met de wethouders;
Soort overleg Aantal Data of toelichting
Bestuurlijk overleg 4 22 maart, 21 juni
De adviesraad vergadert elke tweede dinsdag van de maand, behalve in juli.
12 leden namen deel aan de cursus."""
    assert _count(text) is None
