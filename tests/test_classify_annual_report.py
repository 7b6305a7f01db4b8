"""The jaarverslag's overview of advices: tables as PDFs really give them, and text-only overviews."""

from __future__ import annotations

from datetime import date

import pytest

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


# --- overviews in other forms (invented texts) ------------------------------------------


def test_ruling_row_of_dashes_is_no_advice():
    table = Table(2, (("datum", "onderwerp", "reactie college"), ("---", "---", "---"),
                      ("12-04-2021", "Huishoudelijke hulp", "overgenomen"),
                      ("30-08-2021", "Schoolkosten", "nog niet ontvangen")))  # fmt: skip
    assert len(advice_rows((table,), 2021)) == 2


def test_header_naming_its_own_moment_and_plain_question_words():
    dated = Table(1, (("datum", "onderwerp", "stand per 31-12-2021"),
                      ("05-02-2021", "Vervoer", "overgenomen")))  # fmt: skip
    asked = Table(1, (("Wanneer", "Waarover", "Gevraagd?", "Wat deed het college?"),
                      ("4 mei 2021", "Vervoer naar school", "ja", "Overgenomen")))  # fmt: skip
    assert len(advice_rows((dated,), 2021)) == 1
    rows = advice_rows((asked,), 2021)
    assert rows[0]["subject"] == "Vervoer naar school" and rows[0]["requested"] is True


def test_overview_with_last_years_open_advices_and_planned_ones_counts_the_year_only():
    table = Table(3, (("datum", "onderwerp", "soort", "stand van zaken"),
                      ("20-12-2020", "Parkeren bij de zorgboerderij", "ongevraagd", "geen reactie"),
                      ("15-02-2021", "Leerlingenvervoer", "gevraagd", "overgenomen"),
                      ("11-06-2021", "Schuldhulp jongeren", "ongevraagd", "deels"),
                      ("09-10-2021", "Participatiebanen", "gevraagd", "overgenomen"),
                      ("2022 (gepland)", "Evaluatie Wmo", "gevraagd", "aanvraag verwacht")))  # fmt: skip
    assert _count("Jaarverslag 2021", "", "tekst", tables=(table,)) == 3


QUARTERS = """Jaarverslag 2019
Onze adviezen per kwartaal
Eerste kwartaal
- 7 februari — gevraagd advies over de regels voor de tegenprestatie. Overgenomen.
- 19 maart — ongevraagd advies over wachttijden bij het loket.
Tweede kwartaal
- 2 mei — gevraagd advies over het armoedebeleid. Deels overgenomen.
Laatste kwartaal
- 14 oktober — ongevraagd advies over de stadspas.
- 30 oktober — reactie van het college op ons advies van 19 maart ontvangen.
- November — voorbereiding van een advies over de huisvesting van arbeidsmigranten; verstuurd
in januari 2020.

Tot slot danken wij iedereen."""


def test_advices_per_quarter_without_replies_or_advices_still_being_prepared():
    doc, _ = _doc(QUARTERS)
    facts, _ = annual_report_facts(doc, (), None)
    assert facts.n_advices_listed == 4
    assert facts.listed[0]["advice_date"] == date(2019, 2, 7)
    assert facts.listed[0]["subject"] == "de regels voor de tegenprestatie"


NUMBERED_PROSE = """Jaarverslag 2020
8. Wat wij adviseerden
1. Op 3 februari adviseerden wij, op verzoek van het college, over de nieuwe regels voor de
bijzondere bijstand. Het college nam het advies over.
2. Op 16 april brachten wij twee afzonderlijke adviezen uit: één over de jeugdhulp en één over
het leerlingenvervoer. Beide zijn deels overgenomen.
3. Op 9 november stuurden wij een ongevraagd advies over eenzaamheid onder ouderen.
Onze inspraakreactie op de woonvisie in juni ging naar de gemeenteraad en was geen advies.

9. Wie zijn wij
In hoofdstuk 8 staat ons advies over eenzaamheid (nummer 3)."""


def test_numbered_prose_list_counts_an_item_with_two_advices_twice():
    assert _count(NUMBERED_PROSE) == 4


THEME_PROSE = """Jaarverslag 2022
Zorg
Het college vroeg ons op 2 maart om advies over de nieuwe Wmo-verordening. Ons advies volgde op
30 maart. Wij vroegen om een onafhankelijke cliëntondersteuner.
Nog uit 2021: ons advies over het vervoer, dat wij in november 2021 uitbrachten, werd in januari
beantwoord.

Werk
Op 8 juni brachten wij op eigen initiatief advies uit over de bereikbaarheid van het werkplein. In
zijn reactie van 20 juli nam het college het advies over.
Wij adviseerden op 12 oktober over de regionale arbeidsmarktagenda.

Vooruitblik
Wij verwachten in 2023 adviesaanvragen over de armoedeaanpak."""


def test_advices_told_in_theme_chapters_not_requests_replies_or_last_years():
    doc, _ = _doc(THEME_PROSE)
    facts, _ = annual_report_facts(doc, (), None)
    assert facts.n_advices_listed == 3
    assert [r["advice_date"] for r in facts.listed] == [
        date(2022, 3, 30), date(2022, 6, 8), date(2022, 10, 12)
    ]  # fmt: skip


def test_bulleted_subjects_with_their_kind_and_date_in_brackets():
    text = """Nieuws: ons jaar 2021
Onze adviezen in 2021
- Kosten van de stadspas voor jongeren (ongevraagd, 2 maart 2021). Niet overgenomen.
- Beleidsplan laaggeletterdheid (gevraagd, 25 juni 2021). Overgenomen.
- Nieuwe regels re-integratie (gevraagd, 1
oktober 2021). Nog geen reactie.
In december schreven we een brief aan de gemeenteraad; dat was geen advies."""
    doc, _ = _doc(text)
    facts, _ = annual_report_facts(doc, (), None)
    assert facts.n_advices_listed == 3
    assert [r["requested"] for r in facts.listed] == [False, True, True]


def test_numbered_list_led_by_month_and_year():
    text = """Jaarverslag 2023
Adviezen
Dit jaar deden we het volgende:
1. Maart 2023 – gevraagd advies over het minimabeleid. Overgenomen.
2. Augustus 2023 – ongevraagd advies over de wachttijden bij de schuldhulp.
3. 4 december 2023 – gevraagd advies over de verordening cliëntenraad."""
    assert _count(text) == 3


def test_stated_total_when_the_advices_are_listed_in_no_readable_form():
    text = ("Jaarverslag 2022\nIn 2022 bracht de raad zes adviezen uit, waarvan twee ongevraagd.\n"
            "Vorig jaar waren het er nog negen.")  # fmt: skip
    assert _count(text) == 6
    assert _count("Jaarverslag 2022\nSinds 2015 gaven wij veertig adviezen.") is None
    assert _count("Jaarverslag 2022\nIn 2021 brachten wij acht adviezen uit.") is None


def test_items_led_by_a_date_with_their_kind_anywhere_and_no_planned_ones():
    text = """Jaarverslag 2021
Adviezen
- 12 maart: Minimabeleid en meedoenregeling (gevraagd). Overgenomen.
- 4 juni: Toegankelijkheid van het gemeentehuis, op eigen initiatief.
- 20 september: overleg met de wethouder over onze adviezen (gevraagd door ons).
- 9 november: Beleidsregels Wmo, adviesaanvraag verwacht maar nog niet ontvangen (gevraagd).

Vooruitblik
- 10 februari — gevraagd advies over de woonvisie."""
    doc, _ = _doc(text)
    facts, _ = annual_report_facts(doc, (), None)
    assert facts.n_advices_listed == 2
    assert facts.listed[0]["subject"] == "Minimabeleid en meedoenregeling"


def test_a_late_reply_does_not_make_a_told_advice_planned():
    text = ("Jaarverslag 2021\nOp 6 juni gaven wij ons gevraagde advies over de nota armoede; het college "
            "reageerde later dan verwacht.")  # fmt: skip
    assert _count(text) == 1


def test_running_text_before_the_list_does_not_count_its_advices_twice():
    text = """Jaarverslag 2022
Zorg
Op 9 mei brachten wij ongevraagd advies uit over de huishoudelijke hulp.

Alle adviezen
1. Op 9 mei adviseerden wij ongevraagd over de huishoudelijke hulp.
2. Op 3 oktober adviseerden wij, op verzoek van het college, over de Wmo-verordening."""
    assert _count(text) == 2


def test_overview_rows_numbered_with_the_year_before_the_number():
    text = ("Jaarverslag 2022\n\nOverzicht adviezen\nnr datum onderwerp soort reactie\n"
            "2022-01 12-02-2022 Armoedebeleid gevraagd 20-03-2022\n"
            "2022-02 08-05-2022 Vervoer naar dagbesteding ongevraagd 01-07-2022\n"
            "2022-03 15-10-2022 Beschut werk gevraagd nog niet ontvangen\n")  # fmt: skip
    assert _count(text) == 3


def test_month_items_of_an_emphasised_web_page_list():
    text = ("Terugblik 2022\n\nOnze adviezen\n\nDit jaar stuurden we deze adviezen naar het college:\n\n"
            "- **maart** – Beleidsregels kwijtschelding (gevraagd). Overgenomen.\n"
            "- **juni** – Schuldhulp voor jongeren (ongevraagd). Deels overgenomen.\n"
            "- **november** – Verordening Wmo 2023 (gevraagd). Reactie volgt.\n")  # fmt: skip
    assert _count(text) == 3


def test_marked_advice_items_under_month_headings_among_other_activities():
    text = ("Jaarverslag 2022\n\nOns jaar maand voor maand\n\nMaart\n- Vergadering met de achterban.\n"
            "- [advies] Gevraagd advies over de verordening jeugdhulp.\nApril\n- Werkbezoek aan het Werkplein.\n"
            "Juni\n- [advies] Ongevraagd advies over de wachtlijsten.\n- Afscheid van twee leden.\n"
            "September\n- Gevraagd advies over de energietoeslag.\n")  # fmt: skip
    assert _count(text) == 3


def test_advices_enumerated_in_one_sentence_and_a_closing_sum():
    text = ("Jaarverslag 2022\n\nHet betrof: (1) het minimabeleid (gevraagd, februari); (2) de regiotaxi "
            "(ongevraagd, mei); en (3) de huishoudelijke hulp (gevraagd, oktober). Het college nam ze over.")  # fmt: skip
    assert _count(text) == 3
    summed = ("Jaarverslag 2022\n\nIn april kwam een adviesaanvraag over de bijzondere bijstand. In juli "
              "volgde er een over de Wmo. Dat waren twee adviezen. Verder spraken wij in bij de raad.")  # fmt: skip
    assert _count(summed) == 2


def test_numbered_appendix_items_with_the_kind_in_brackets_then_the_date():
    text = ("Jaarverslag 2022\n\nBijlage 1 Adviezen\n"
            "1. Handhavingsbeleid (gevraagd) – 4 april 2022 – overgenomen\n"
            "2. Toegang tot de Wmo (ongevraagd) – 19 augustus 2022 – niet overgenomen\n"
            "3. Nazorg van ons advies uit 2021 (ongevraagd) – 2 december 2021 – overgenomen\n")  # fmt: skip
    assert _count(text) == 2


ADVICE_TITLES = """Jaarverslag 2024
Onze adviezen

Advies 24/01 – Vervoer naar dagbesteding (gevraagd), 12 februari 2024
Wij vroegen om kortere reistijden.

Advies 24/02 – Schuldhulp voor jongeren
(ongevraagd), 3 september 2024
Wij pleitten voor een vast aanspreekpunt."""


def test_numbered_advice_titles_count_even_when_the_date_wraps_to_the_next_line():
    assert _count(ADVICE_TITLES) == 2


def test_report_year_named_with_a_compound_of_jaar():
    pages = (
        Page(
            1,
            "Jaarverslag over het kalenderjaar 2023\n\nIn 2022 begonnen wij met zes leden.",
            "text",
            60,
        ),
    )
    facts, _ = annual_report_facts(DocText.from_pages(pages), (), date(2024, 3, 1))
    assert facts.year == 2023


def _listed(text: str, year_doc_date: date = date(2024, 3, 1)) -> int | None:
    doc = DocText.from_pages([Page(1, text, "text", len(text))])
    return annual_report_facts(doc, (), year_doc_date)[0].n_advices_listed


def test_numbered_advices_without_a_full_date_are_counted() -> None:
    text = ("Jaarbericht 2023\n\nDit jaar stuurden wij het college deze adviezen:\n\n"
            "1. Gevraagd advies over de beleidsregels Wmo (februari). Wij vroegen om maatwerk.\n"
            "2. Ongevraagd advies over de wachttijden bij de schuldhulp.\n"
            "3. Gevraagd advies over het minimabeleid (oktober).\n\n"
            "Een vierde advies, over de jeugdhulp, is in voorbereiding.")  # fmt: skip
    assert _listed(text) == 3


def test_a_calendars_telegram_sentences_count_the_advices_of_the_year() -> None:
    text = ("Jaarverslag 2023\n\nHet jaar per maand\n\nMaart\nVergadering in het stadhuis. Gevraagd "
            "advies over de Wmo-verordening verstuurd (14 maart).\n\nJuni\nOngevraagd advies "
            "uitgebracht over de toegankelijkheid van het loket.\n\nNovember\nReactie ontvangen op "
            "ons advies van 2022. Advies over de inkoop jeugdhulp in voorbereiding genomen.")  # fmt: skip
    assert _listed(text) == 2


def test_a_header_broken_by_a_narrow_column_still_names_its_columns() -> None:
    table = Table(1, (("Nr.", "Datu m ad vies", "Onderwerp", "Reactie college"),
                      ("1", "15 jan. 2023", "Beleidsregels", "overgenomen"),
                      ("2", "3 mei 2023", "Minimabeleid", "deels overgenomen"),
                      ("3", "6 nov. 2022", "Mantelzorg", "overgenomen")))  # fmt: skip
    rows = advice_rows((table,), 2023, {})
    assert [r["advice_date"] for r in rows][:2] == [date(2023, 1, 15), date(2023, 5, 3)]


def test_an_advice_still_in_preparation_in_the_table_is_not_counted() -> None:
    table = Table(1, (("Onderwerp", "Datum", "Soort", "Reactie college"),
                      ("Armoedebeleid", "19-01-2023", "gevraagd", "overgenomen"),
                      ("Energiefonds", "02-03-2023", "ongevraagd", "deels"),
                      ("Woonzorgvisie", "in voorbereiding", "gevraagd", "–")))  # fmt: skip
    assert len(advice_rows((table,), 2023, {})) == 2


# A browser or word processor prints an unruled table as text lines: a narrow column wraps
# its header words ("G/" above "O") and its dates ("14-02-" above "2024"), and a cell that is
# taller than the others is centred, so its row's lines interleave.
WRAPPED_HEADER = """Overzicht van onze adviezen
nr verzonden onderwerp G/
O
reactie uitkomst
1 12-02-2024 Armoedeplan Oost G
20-03-2024 overgenomen
2 07-05-2024 Kwijtschelding gemeentelijke
belastingen O
18-06-2024 deels
3 30-09-2024 Inloop werkloket G
– nog geen reactie
Alle adviezen staan ook op onze website."""

CENTRED_CELLS = """Adviezen 2024
reactie
datum onderwerp soort uitkomst
college
14-02- Leerlingenvervoer en
gevraagd 21-03-2024 overgenomen
2024 reiskosten
Beleidsregels maatschappelijke
03-04-begeleiding, wijziging gevraagd 15-05-2024 deels
2024
route
19-06-Warme overdracht jeugd ongevraagd 29-08-2024 niet overgenomen
2024
08-10- Schuldhulp voor
ongevraagd – nog geen reactie
2024 zzp'ers
Korte toelichting:
Wij vroegen het college om de reiskostenregeling te verruimen voor ouders met een laag
inkomen en om het aanvragen eenvoudiger te maken; het college nam dat over."""


def test_a_header_wrapped_over_lines_and_numbered_rows_whose_reply_date_wraps() -> None:
    doc, _ = _doc(WRAPPED_HEADER)
    rows = text_rows(doc, 2024)
    assert [r["advice_date"] for r in rows] == [
        date(2024, 2, 12),
        date(2024, 5, 7),
        date(2024, 9, 30),
    ]


def test_dates_broken_before_their_year_start_rows_and_take_the_year_below() -> None:
    doc, _ = _doc(CENTRED_CELLS)
    rows = text_rows(doc, 2024)
    assert [r["advice_date"] for r in rows] == [
        date(2024, 2, 14),
        date(2024, 4, 3),
        date(2024, 6, 19),
        date(2024, 10, 8),
    ]


def test_rows_numbered_by_year_whose_number_wrapped_below() -> None:
    text = """Bijlage: adviezen van dit jaar
Nr. Datum Onderwerp Soort Reactie college
2024- 8 feb. Vervoer naar dagbesteding gevraagd Overgenomen; nieuwe
01 vervoerder per april
2024- 19 Eigen bijdrage hulpmiddelen ongevraagd Deels overgenomen
02 maart
2024- 2 juli Cliëntondersteuning bij gevraagd Nog geen reactie
03 keukentafelgesprek
Wie een advies wil lezen, kan het opvragen bij het secretariaat."""
    doc, _ = _doc(text)
    assert len(text_rows(doc, 2024)) == 3


def test_rows_led_by_the_councils_reference_code() -> None:
    text = """Overzicht adviezen
Kenmerk Datum Onderwerp Soort Reactie college
ASD 03-03-2024 Nota armoedebeleid gevraagd Overgenomen, op twee
2024-01 punten na.
ASD 21-05-2024 Schulden en ongevraagd Niet overgenomen wegens
2024-02 vroegsignalering kosten.
ASD 09-10-2024 Regiotaxi gevraagd Nog geen reactie.
2024-03
De teksten staan op onze website; vragen kunt u mailen naar het secretariaat van de raad."""
    doc, _ = _doc(text)
    rows = text_rows(doc, 2024)
    assert [r["advice_date"] for r in rows] == [
        date(2024, 3, 3),
        date(2024, 5, 21),
        date(2024, 10, 9),
    ]


def test_stated_total_before_a_list_whose_items_name_other_years() -> None:
    text = """Jaarverslag 2024

Adviezen
Dit jaar brachten wij vier adviezen uit, waarvan één ongevraagd:
Beleidsplan sociaal domein 2025–2028 (maart)
Huisvesting arbeidsmigranten (mei)
Verordening Wmo 2025 (september)
Ongevraagd: wachttijden schuldhulp (december)
Op drie adviezen kwam een reactie."""
    assert _listed(text, date(2025, 3, 1)) == 4


def test_dates_broken_everywhere_by_a_very_narrow_column() -> None:
    table = Table(1, (("Kenmerk", "D at u m", "Onderwerp", "Reactie college"),
                      ("AR/ 202 3/01", "1 4-0 3-2 0 2 3", "Minimabeleid", "overgenomen"),
                      ("AR/ 202 3/02", "0 2-1 1-2 0 2 3", "Jeugdhulp", "deels")))  # fmt: skip
    # the next page's table goes on without a header; its first row names two header words
    more = Table(
        2, (("AR/ 202 3/03", "2 1-1 1-2 0 2 3", "Schuldhulp, gevraagd", "niet overgenomen"),)
    )
    rows = advice_rows((table, more), 2023, {})
    assert [r["advice_date"] for r in rows] == [
        date(2023, 3, 14),
        date(2023, 11, 2),
        date(2023, 11, 21),
    ]


def test_rows_whose_cells_are_written_out_in_sentences() -> None:
    text = """Bijlage: onze adviezen en wat ermee gebeurde
Datum Onderwerp Soort Ons advies Reactie college
12-02-2024
Vervoer naar
dagbesteding
gevraagd De raad vraagt om vaste chauffeurs
en een maximale reistijd van drie kwartier.
Ook adviseert de raad een klachtenlijn die
ook in het weekend bereikbaar is.
Reactie van 20 maart 2024. Vaste
chauffeurs komen er, de klachtenlijn niet.
04-06-2024
Eigen bijdrage
ongevraagd Wij adviseren de eigen bijdrage voor
hulpmiddelen te schrappen.
Reactie van 1 juli 2024. Het college
neemt het advies over.
Meer weten? Alle adviezen en reacties staan volledig op onze website, samen met de verordening."""
    doc, _ = _doc(text)
    assert [r["advice_date"] for r in text_rows(doc, 2024)] == [date(2024, 2, 12), date(2024, 6, 4)]


def test_text_lines_read_more_rows_than_a_table_that_lost_them() -> None:
    """The table reader kept the header and the first row; the page's text holds all three."""
    text = """Bijlage: adviezen
Nr. Datum Onderwerp Soort Reactie college
2024-01 12 feb. 2024 Minimabeleid gevraagd Overgenomen.
2024-02 3 apr. 2024 Schuldhulp ongevraagd Deels overgenomen.
2024-03 9 okt. 2024 Wmo-vervoer gevraagd Nog geen reactie."""
    table = Table(1, (("Nr.", "Datum", "Onderwerp", "Soort", "Reactie college"),
                      ("2024-01", "12 feb. 2024", "Minimabeleid", "gevraagd", "Overgenomen.")))  # fmt: skip
    assert _count(text, tables=(table,)) == 3


def _count_of(text: str) -> int | None:
    doc = DocText.from_pages((Page(1, text, "text", len(text)),))
    return annual_report_facts(doc, (), None)[0].n_advices_listed


def test_numbered_list_under_an_intro_counts_its_items_not_a_later_list_of_requests():
    text = (
        "Jaarverslag 2021 Cliëntenraad Lochem\n\nIn 2021 gaven wij de volgende adviezen:\n"
        "1. Beleidsregels bijzondere bijstand (12 maart 2021) – overgenomen\n"
        "2. Armoedeplan (4 juni 2021) – deels overgenomen\n"
        "3. Ongevraagd: de wachttijd bij schuldhulp (9 oktober 2021) – toegezegd\n\n"
        "Vooruitblik\nVoor 2022 zijn de volgende adviesaanvragen aangekondigd:\n"
        "1. Verordening tegenprestatie\n2. Beschut werk\n"
    )
    assert _count_of(text) == 3


def test_totals_told_in_parts_or_as_a_sum():
    parts = ("Jaarverslag 2020 Wmo-raad Epe\n\nIn 2020 brachten wij vier gevraagde en drie "
             "ongevraagde adviezen uit.")  # fmt: skip
    total = ("Jaarverslag 2020 Wmo-raad Epe\n\nDe raad vergaderde negen keer. Daarmee kwam het "
             "totaal aantal adviezen in 2020 op zes; in 2019 waren het er vier.")  # fmt: skip
    given = "Jaarverslag 2020 Wmo-raad Epe\n\nVan de vijf adviezen die wij dit jaar uitbrachten, nam het college er drie over."
    assert (_count_of(parts), _count_of(total), _count_of(given)) == (7, 6, 5)


def test_table_rows_dated_without_a_year_or_by_month_and_a_request_without_advice():
    text = (
        "Jaarverslag 2016 Wmo-raad Bergen\n\nOverzicht adviezen 2016\n\n"
        "datum  onderwerp  soort  reactie B&W  overgenomen\n"
        "12/02  Beleidsplan Wmo  gevraagd  10/03  ja\n"
        "03/05  Vervoer  ongevraagd  01/06  deels\n"
        "18/10  Verordening 2017  gevraagd  15/11  ja\n"
    )
    by_month = (
        "Jaarverslag 2016 Wmo-raad Bergen\n\nAdviezen 2016\n\n"
        "Maand  Onderwerp  Gevraagd/ongevraagd  Reactie college  Overgenomen\n"
        "maart  Beleidsregels  gevraagd  april  ja\n"
        "juni  Mantelzorg  gevraagd  –  geen advies: de raad nam er kennis van\n"
        "oktober  Vervoer  ongevraagd  november  deels\n"
    )
    iso = (
        "Jaarverslag 2016 Wmo-raad Bergen\n\nAdviezen 2016\n\n"
        "datum  onderwerp  gevraagd / ongevraagd  reactie college\n"
        "2016-02-12  Beleidsplan Wmo  gevraagd  overgenomen\n"
        "2016-05-03  Vervoer  ongevraagd  deels overgenomen\n"
    )
    assert (_count_of(text), _count_of(by_month), _count_of(iso)) == (3, 2, 2)


def test_stated_total_of_the_year_wins_over_an_overview_read_in_pieces():
    # a list in two columns or text boxes: the reader gets one row of four
    row = "12-03-2019  Toegang wijkteams  ongevraagd  overgenomen\n"
    head = "Datum  Onderwerp  Soort  Reactie college\n"
    told = "Jaarverslag 2019\nIn 2019 bracht de raad vier adviezen uit.\n"
    assert _count(told + head + row) == 4
    # a total of other years does not override what the overview lists
    assert _count("Jaarverslag 2019\nSinds 2015 gaven wij veertig adviezen.\n" + head + row) == 1


def test_a_table_of_meetings_and_a_table_of_plans_after_it_are_no_advices():
    """'Datum | Met | Belangrijkste onderwerpen' lists the meetings with the wethouder; the
    table of the same width on a later page that starts 'Voornemen | Stand' goes on from
    nothing: neither holds advices."""
    meetings = Table(1, (("Datum", "Met", "Belangrijkste onderwerpen"),
                         ("17 april 2023", "wethouder Armoede", "Kadernota armoede"),
                         ("3 juli 2023", "wethouder Zorg", "Energietoeslag")))  # fmt: skip
    plans = Table(2, (("Voornemen", "Stand", "Toelichting"),
                      ("Per advies de reactie vastleggen", "grotendeels", "Bij zes van de negen")))  # fmt: skip
    assert advice_rows((meetings, plans), 2023) == []
    overview = Table(1, (HEADER, ("14-02-2023", "Energietoeslag", "gevraagd", "overgenomen")))
    assert len(advice_rows((overview, plans), 2023)) == 1


def test_a_numbered_list_whose_items_wrap_counts_each_item():
    text = (
        "Jaarverslag 2024\n\nONZE ADVIEZEN\n"
        "1. Beleidsplan Wmo (gevraagd, maart). Wij vroegen om een kortere route voor\n"
        "eenvoudige hulpmiddelen. Het college nam de eerste aanbeveling over.\n"
        "2. Armoedebeleid (gevraagd, april). Advies om de regeling open te stellen tot 130%.\n"
        "Niet overgenomen vanwege de kosten.\n"
        "3. Regionale agenda jeugd (gevraagd, via de regionale raad, juli).\n"
        "4. Inclusieagenda (gevraagd, november). Nog geen reactie\n"
        "ontvangen.\n"
        "CONTACT MET INWONERS\nWij hielden een spreekuur."
    )
    assert _count(text) == 4


def test_the_year_set_alone_on_the_cover_near_the_title_is_the_reports() -> None:
    cover = (
        "Brede Adviesraad\n2024\nSociaal Domein Altena\nJaarverslag\nVoorwoord van de voorzitter\n"
        "De raad is in 2019 ingesteld, kort na het ontstaan van de gemeente."
    )
    doc, tables = _doc(cover)
    assert annual_report_facts(doc, tables, None)[0].year == 2024


def test_the_years_stated_total_outranks_an_overview_that_also_lists_others() -> None:
    """The overview also lists last year's advice answered this year and a withdrawn request;
    the report's own count of the year's advices decides."""
    text = "Jaarverslag 2024\nIn 2024 heeft de adviesraad twee adviezen uitgebracht.\n"
    table = Table(2, (("Nr.", "Datum advies", "Onderwerp", "Reactie college"),
                      ("–", "11-12-2024", "Kindregelingen (aanvraag ingetrokken)", "geen"),
                      ("1", "12-02-2024", "Beleidsregels Wmo", "overgenomen"),
                      ("2", "25-03-2024", "Armoedeplan", "overgenomen")))  # fmt: skip
    assert _count(text, tables=(table,)) == 2


def test_a_themes_count_in_the_work_plan_is_part_of_the_stated_total() -> None:
    text = (
        "Jaarverslag 2025\n5. Werkplan 2025\nJeugd: preventie boven zware zorg\nTwee adviezen "
        "uitgebracht. Punt blijft op de agenda.\n6. Adviezen in 2025, per thema\nDe raad bracht in "
        "2025 negen adviezen uit, zes op verzoek van het college en drie op eigen initiatief.\n"
    )
    assert _count(text) == 9


def test_a_meetings_table_of_dates_and_the_topics_discussed_is_no_advice_overview() -> None:
    meetings = Table(
        1,
        (
            ("Datum", "Belangrijkste onderwerpen"),
            ("17-01-2024", "Jaarplanning; reactie college op advies regionale inkoop"),
            ("14-02-2024", "Concept-beleidsregels Wmo 2024"),
            ("13-03-2024", "Toelichting wijkteams"),
        ),
    )
    advices = Table(
        2,
        (
            ("Nr.", "Datum advies", "Onderwerp", "Soort", "Reactie college"),
            ("24-01", "20-02-2024", "Beleidsregels Wmo 2024", "gevraagd", "02-04-2024"),
            ("24-02", "21-05-2024", "Gezondheidsnota 2024-2027", "gevraagd", "25-06-2024"),
        ),
    )
    assert len(advice_rows((meetings, advices), 2024)) == 2


@pytest.mark.parametrize(
    ("text", "doc_date", "year"),
    [
        # the plans of the next year are not the year reported on
        ("Adviesraad Sociaal Domein\nEen jaar luisteren en adviseren\nIN DIT MAGAZINE\n"
         "Van de voorzitter\n2024 in cijfers\nWat nog niet lukte, en wat we in 2025 willen\n"
         "Onze raad ging op 1 oktober 2023 van start.", date(2025, 3, 27), 2024),
        ("Cliëntenraad Werk en Inkomen\nWat we in 2026 gaan doen staat achteraan. In 2025 "
         "brachten wij vijf adviezen uit.", date(2026, 2, 1), 2025),
        # a magazine or annual paper titled with its year
        ("Jaarmagazine 2024\nAdviesraad Sociaal Domein\nIn 2025 willen we verder.",
         date(2025, 3, 27), 2024),
    ],
)  # fmt: skip
def test_the_report_year_is_not_a_later_year_of_plans(text: str, doc_date: date, year: int) -> None:
    doc, tables = _doc(text)
    assert annual_report_facts(doc, tables, doc_date)[0].year == year


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("Jaarverslag over 2022 en 2023", 2023),
        ("Jaarverslag 2023 – 2024", 2024),
        ("Jaarverslag 2023 en werkplan 2024", 2023),
    ],
)
def test_a_report_over_two_years_is_the_later_years(title: str, year: int) -> None:
    doc, tables = _doc(f"{title}\nDe raad vergaderde in 2022 negen keer.")
    assert annual_report_facts(doc, tables, None)[0].year == year


def test_a_magazines_key_figure_tile_gives_the_advices_where_no_sentence_does() -> None:
    magazine = (
        "Jaarmagazine 2024\n2024 in cijfers\n10\nvergaderingen van\nde raad\n6\nadviezen aan het\n"
        "college\n9\nleden op 31\ndecember\nVan de voorzitter\nHet was een jaar van luisteren.\n"
        "Wat deden we?\nWe hielden spreekuren en gingen langs in de wijken."
    )
    doc, tables = _doc(magazine)
    assert annual_report_facts(doc, tables, None)[0].n_advices_listed == 6


def test_a_key_figures_list_gives_the_advices_where_no_sentence_does() -> None:
    report = (
        "Jaarverslag 2024\n1. Inleiding\nDe raad adviseert het college over het sociaal domein.\n"
        "Kerngegevens 2024\n• Leden: 12\n• Adviezen: 7, waarvan 5 gevraagd en 2 ongevraagd\n"
        "• Spreekuren: 10\n"
    )
    doc, tables = _doc(report)
    assert annual_report_facts(doc, tables, None)[0].n_advices_listed == 7


def test_a_figures_list_that_leads_with_its_numbers_gives_the_advices() -> None:
    report = (
        "Jaarbericht 2024\nVan de voorzitter\nHet was een jaar van luisteren.\n2024 in cijfers\n"
        "10 plenaire vergaderingen\n6 adviezen (4 gevraagd, 2\nongevraagd)\n"
        "2 portefeuillehoudersoverleggen\nmet de wethouders\n4 koffieochtenden in de dorpen\n"
        "11 leden op 31 december\n"
    )
    doc, tables = _doc(report)
    assert annual_report_facts(doc, tables, None)[0].n_advices_listed == 6


def test_a_contents_page_is_no_figures_list() -> None:
    report = (
        "Jaarverslag 2024\nInhoud\n1 Inleiding\n2 Samenstelling\n3 Adviezen\n4 Achterban\n"
        "1 Inleiding\nDe raad adviseert het college over werk en inkomen.\n"
    )
    doc, tables = _doc(report)
    assert annual_report_facts(doc, tables, None)[0].n_advices_listed is None


def test_advices_each_a_line_marked_asked_or_not_are_counted() -> None:
    report = (
        "Terugblik 2024\nOnze adviezen in 2024\n"
        "Nota Armoede en schulden 2024–2027 (gevraagd) – advies om de kindregelingen open te "
        "stellen. Uitkomst: overgenomen.\n"
        "Bereikbaarheid Sociaal Plein (ongevraagd) – pleidooi voor een inlooppunt. Uitkomst: "
        "deels.\n"
        "• Toegankelijkheid centrum (ongevraagd advies, mei). Het college nam het over.\n"
    )
    doc, tables = _doc(report)
    assert annual_report_facts(doc, tables, None)[0].n_advices_listed == 3
