"""pdf/lines.py: printed lines from pdfium's character boxes, as pdfplumber reads them."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from cp_textmine.pdf import extract
from cp_textmine.pdf.extract import extract_pdf
from cp_textmine.pdf.lines import reading_lines

ROOT = Path(__file__).resolve().parent.parent


def _cell_by_cell_pdf(path: Path) -> Path:
    """A borderless overview written column by column, as browsers print table cells: the
    content stream holds every date first, then every subject, then every outcome."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, 780, "Overzicht van de adviezen in 2025")
    rows = [
        ("Datum", "Onderwerp", "Reactie"),
        ("14 februari", "Beleidsregels bijzondere bijstand", "overgenomen"),
        ("6 juni", "Kindpakket en schoolspullen", "deels overgenomen"),
        ("19 september", "Bereikbaarheid van het loket", "kennisgenomen"),
    ]
    for column, x in enumerate((60, 170, 400)):
        for row, cells in enumerate(rows):
            c.drawString(x, 750 - 18 * row, cells[column])
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, 640, "Toelichting")
    c.setFont("Helvetica", 10)
    c.drawString(60, 620, "Het college nam de meeste adviezen over.")
    c.save()
    return path


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def test_rows_written_cell_by_cell_read_as_pdfplumber_reads_them(tmp_path: Path) -> None:
    import pdfplumber

    path = _cell_by_cell_pdf(tmp_path / "overzicht.pdf")
    pdf = pdfium.PdfDocument(str(path))
    page = pdf[0]
    ours = reading_lines(page, page.get_textpage())
    pdf.close()
    with pdfplumber.open(path) as plumbed:
        theirs = plumbed.pages[0].extract_text(x_tolerance=1.5, y_tolerance=3)
    assert _lines(ours) == _lines(theirs)
    assert "6 juni Kindpakket en schoolspullen deels overgenomen" in _lines(ours)


def test_a_table_page_without_a_table_found_keeps_its_rows_as_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where no table reader finds the table, the page's text comes from the printed lines,
    not from the content stream's cell order, and pdfplumber is not asked."""
    path = _cell_by_cell_pdf(tmp_path / "overzicht.pdf")
    monkeypatch.setattr(extract, "_table_signs", lambda page, text: "rules")
    for reader in ("lattice_tables", "aligned_tables", "whitespace_tables"):
        monkeypatch.setattr(extract, reader, lambda *args: None)
    monkeypatch.setattr(extract, "_import_pdfplumber", lambda: pytest.fail("pdfplumber asked"))
    page = extract_pdf(path).pages[0]
    assert "14 februari Beleidsregels bijzondere bijstand overgenomen" in _lines(page.text)
    assert page.tables == ()


LEFT_COLUMN = [
    "De raad vergaderde tien keer plenair, op de",
    "tweede dinsdag van de maand behalve in juli",
    "en augustus. Adviezen worden voorbereid in",
    "drie werkgroepen: Jeugd, Wmo en Wonen, en",
    "Werk en Inkomen. Zo'n werkgroep spreekt met",
    "beleidsadviseurs en leest de stukken, waarna",
    "de plenaire vergadering het advies vaststelt.",
    "Vier keer was er een bestuurlijk overleg.",
]
RIGHT_COLUMN = [
    "Op 31 december telde de raad twaalf leden, de",
    "voorzitter meegerekend. In maart nam een lid",
    "afscheid na zes jaar; in juni volgde een lid",
    "dat een betaalde functie bij een aanbieder",
    "in de regio aanvaardde. Na een wervingsronde",
    "in het voorjaar traden per 1 september drie",
    "nieuwe leden toe, die inmiddels zijn ingewerkt.",
    "Er zijn geen vacatures meer in de raad.",
]


def _two_column_pdf(path: Path, row_rules: bool = False) -> Path:
    """A page set in two columns of prose whose lines stand at the same heights, as a
    browser prints a two-column report; with ``row_rules`` a rule under every line crosses
    the gap, as in a ruled two-column table."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, 790, "Jaarverslag 2023")
    c.setFont("Helvetica", 9)
    for row, (left, right) in enumerate(zip(LEFT_COLUMN, RIGHT_COLUMN, strict=True)):
        y = 760 - 14 * row
        c.drawString(60, y, left)
        c.drawString(310, y, right)
        if row_rules:
            c.line(60, y - 4, 540, y - 4)
    c.drawString(
        60, 600, "Deze regel loopt over de volle breedte van de pagina, onder beide kolommen."
    )
    c.save()
    return path


def _read(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    page = pdf[0]
    text = reading_lines(page, page.get_textpage())
    pdf.close()
    return _lines(text)


def test_two_columns_of_prose_are_read_one_column_after_the_other(tmp_path: Path) -> None:
    """Lines at the same height in two columns are not joined: the left column is read to
    its end, then the right one, then what runs across the page below."""
    lines = _read(_two_column_pdf(tmp_path / "kolommen.pdf"))
    assert lines == ["Jaarverslag 2023", *LEFT_COLUMN, *RIGHT_COLUMN, lines[-1]]
    assert lines[-1].startswith("Deze regel loopt over de volle breedte")


def test_rules_across_the_gap_keep_the_rows_as_lines(tmp_path: Path) -> None:
    """The same text with a rule under every line is a table: each row stays one line."""
    lines = _read(_two_column_pdf(tmp_path / "tabel.pdf", row_rules=True))
    assert f"{LEFT_COLUMN[0]} {RIGHT_COLUMN[0]}" in lines
    assert len(lines) == 1 + len(LEFT_COLUMN) + 1


def _numbers_after_their_items_pdf(
    path: Path,
    numbers_first: bool = False,
    header_table: bool = False,
    letters: bool = False,
    quoted: bool = False,
    bullets: bool = False,
    clauses: bool = False,
    capitals: bool = False,
) -> Path:
    """A numbered list set as a table without rules, as Chromium prints one: each item's text
    is written first and its number after it, at the height of the item's first line (with
    ``numbers_first`` each number is written before its item)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    if header_table:  # a ruled table of the letter's fields above the list
        for y in (830, 815, 800):
            c.line(60, y, 400, y)
        for x in (60, 200, 400):
            c.line(x, 800, x, 830)
        c.drawString(64, 819, "Datum")
        c.drawString(204, 819, "3 maart 2025")
        c.drawString(64, 804, "Ons kenmerk")
        c.drawString(204, 804, "Z/25/1234")
    c.drawString(60, 790, "Hieronder gaan wij in op uw twee adviezen.")
    items = [
        ("1", ["U adviseert een vaste contactpersoon.", "Dat is al zo geregeld."]),
        ("2", ["Uw tweede advies is een overzicht van wachttijden.", "Dat nemen wij over."]),
    ]
    if bullets:  # "•" before items in lower case that go on a sentence ("... om:")
        items = [
            ("•", ["een vaste contactpersoon aan te wijzen;", "dat scheelt veel bellen;"]),
            ("•", ["een overzicht van wachttijden te maken;", "en dat elk kwartaal."]),
        ]
    if clauses:  # "a.", "b." before clauses in lower case ending on ";" after "... om:"
        items = [
            (
                "a.",
                [
                    "alle brieven te herschrijven op taalniveau B1, en het besluit",
                    "bovenaan te zetten;",
                ],
            ),
            ("b.", ["nieuwe brieven eerst te laten lezen door inwoners;", "en dat elk jaar."]),
        ]
    if capitals:  # "A", "B" without a full stop, as a table's first column prints them
        items = [("A", lines) for _, lines in items[:1]] + [("B", lines) for _, lines in items[1:]]
    if quoted:  # each item quotes the advice: “U adviseert ...”
        items = [(n, [f"“{lines[0]}”", *lines[1:]]) for n, lines in items]
    if letters:  # "a.", "b.": a lettered list whose letters are placed beside the items
        items = [(f"{chr(ord('a') + k)}.", lines) for k, (_, lines) in enumerate(items)]
    y = 760
    for number, lines in items:
        if numbers_first:
            c.drawString(60, y, number)
        for i, line in enumerate(lines):
            c.drawString(90, y - 14 * i, line)
        if not numbers_first:
            c.drawString(60, y, number)
        y -= 14 * len(lines) + 10
    c.drawString(60, y - 10, "Met vriendelijke groet,")
    c.save()
    return path


def test_list_numbers_written_after_their_items_are_put_back_in_front(tmp_path: Path) -> None:
    """The text layer gives "... geregeld.\n1\nUw tweede advies": the page is read by position,
    so each number opens its own item again."""
    pages = extract_pdf(_numbers_after_their_items_pdf(tmp_path / "nummers.pdf")).pages
    lines = _lines(pages[0].text)
    assert "1 U adviseert een vaste contactpersoon." in lines
    assert "2 Uw tweede advies is een overzicht van wachttijden." in lines


def test_list_letters_written_after_their_items_are_put_back_in_front(tmp_path: Path) -> None:
    """A lettered list ("a.", "b.") whose letters the browser wrote after the items' text."""
    pages = extract_pdf(
        _numbers_after_their_items_pdf(tmp_path / "letters.pdf", letters=True)
    ).pages
    lines = _lines(pages[0].text)
    assert "a. U adviseert een vaste contactpersoon." in lines
    assert "b. Uw tweede advies is een overzicht van wachttijden." in lines


def test_bullets_written_after_items_in_lower_case_go_back_in_front(tmp_path: Path) -> None:
    path = _numbers_after_their_items_pdf(tmp_path / "bullets.pdf", bullets=True)
    lines = _lines(extract_pdf(path).pages[0].text)
    assert "• een vaste contactpersoon aan te wijzen;" in lines
    assert "• een overzicht van wachttijden te maken;" in lines


def test_letters_written_after_clauses_in_lower_case_go_back_in_front(tmp_path: Path) -> None:
    """ "adviseert uw college:" over "a. alle brieven ... te herschrijven;": the letters of items
    that are clauses (lower case, ending on ";") also go back before them."""
    path = _numbers_after_their_items_pdf(tmp_path / "clausules.pdf", clauses=True)
    lines = _lines(extract_pdf(path).pages[0].text)
    assert "a. alle brieven te herschrijven op taalniveau B1, en het besluit" in lines
    assert "b. nieuwe brieven eerst te laten lezen door inwoners;" in lines


def test_capital_letters_without_a_stop_go_back_in_front(tmp_path: Path) -> None:
    path = _numbers_after_their_items_pdf(
        tmp_path / "hoofdletters.pdf", clauses=True, capitals=True
    )
    lines = _lines(extract_pdf(path).pages[0].text)
    assert "A alle brieven te herschrijven op taalniveau B1, en het besluit" in lines
    assert "B nieuwe brieven eerst te laten lezen door inwoners;" in lines


def test_list_numbers_go_back_before_items_that_open_on_a_quote(tmp_path: Path) -> None:
    path = _numbers_after_their_items_pdf(tmp_path / "citaat.pdf", quoted=True)
    lines = _lines(extract_pdf(path).pages[0].text)
    assert "1 “U adviseert een vaste contactpersoon.”" in lines
    assert "2 “Uw tweede advies is een overzicht van wachttijden.”" in lines


def test_list_numbers_are_put_back_also_on_a_page_with_a_table(tmp_path: Path) -> None:
    """A letter whose header fields form a ruled table: the table is read, and the numbers of
    the list below still go back in front of their items."""
    path = _numbers_after_their_items_pdf(tmp_path / "met-tabel.pdf", header_table=True)
    page = extract_pdf(path).pages[0]
    assert page.tables
    lines = _lines(page.text)
    assert "1 U adviseert een vaste contactpersoon." in lines
    assert "2 Uw tweede advies is een overzicht van wachttijden." in lines


def test_list_numbers_written_before_their_items_keep_the_text_layer(tmp_path: Path) -> None:
    path = _numbers_after_their_items_pdf(tmp_path / "op-volgorde.pdf", numbers_first=True)
    pdf = pdfium.PdfDocument(str(path))
    textpage = pdf[0].get_textpage()
    text = extract.normalise_pdfium_text(textpage.get_text_bounded())
    assert extract._in_reading_order(text, textpage) is None
    pdf.close()


def test_a_block_painted_after_the_closing_goes_back_to_its_band() -> None:
    """Chromium paints list items that are ``position: relative`` (for their own bullets) after
    the rest of the page: the text layer gives the closing first, then the items. A run that
    jumps up into a band no other line uses, between two lines that follow each other, is put
    between them."""
    L = extract._LayerLine
    lines = [
        L(0, "Geacht college,", 780.0),
        L(20, "Wij adviseren u het volgende:", 760.0),
        L(60, "Wij horen graag binnen zes weken wat u met dit advies doet.", 640.0),
        L(120, "Met vriendelijke groet,", 620.0),
        L(150, "Verleng de openingstijden van het loket tot vijf uur.", 730.0),
        L(210, "■", 731.0),
        L(212, "Stuur elke brief ook op papier naar wie daarom vraagt,", 700.0),
        L(270, "en noem een vaste contactpersoon.", 686.0),
        L(305, "■", 701.0),
    ]
    assert extract._late_blocks_moved(lines) == [0, 1, 4, 5, 6, 7, 8, 2, 3]
    # a page whose first lines were painted after its last ones (a letter's numbered points,
    # positioned, on the page where the closing stands): they go to the top
    top = [
        L(0, "Wij waarderen uw inzet voor deze regels.", 293.0),
        L(40, "Met vriendelijke groet,", 238.0),
        L(70, "Het college van burgemeester en wethouders", 214.0),
        L(120, "“Verleng de termijn voor een aanvraag van drie naar zes maanden.”", 787.0),
        L(190, "Dit advies nemen wij gedeeltelijk over; de hoofdregel blijft staan.", 752.0),
    ]
    assert extract._late_blocks_moved(top) == [3, 4, 0, 1, 2]
    # the same lines where another line stands at the block's height (a second column): kept
    beside = [*lines[:2], L(400, "Zie ook de bijlage met de cijfers.", 700.0), *lines[2:]]
    assert extract._late_blocks_moved(beside) is None


def test_a_list_painted_after_the_closing_in_a_dev_letter_is_read_in_its_place() -> None:
    """dev-dd-05 (html round 39): its bulleted asks came after the signature in the text layer."""
    path = ROOT / "annotations" / "dev" / "html" / "pdfs" / "dev-dd-05.pdf"
    if not path.exists():
        pytest.skip("the html dev set is not present")
    text = extract_pdf(path).pages[1].text
    assert text.index("• Leg een huisbezoek") < text.index("Met vriendelijke groeten")
    assert text.count("\n• ") == 5


def test_cells_of_a_table_row_painted_one_after_another_stay_in_their_order(tmp_path: Path) -> None:
    """A row whose cells wrap: the next cell starts higher than the wrapped line before it,
    but it is no block painted late (lines of later rows follow it)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "rijen.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, 780, "Overzicht van de adviezen van dit jaar")
    for top, (code, date, subject) in zip(
        (740, 700), [("IAR-2024-", "12 maart", "Beleidsregels schuldhulpverlening"),
                     ("IAR-2024-", "3 juni", "Wachttijden bij Wmo-aanvragen")], strict=True
    ):  # fmt: skip
        c.drawString(60, top, code)
        c.drawString(60, top - 14, "03")
        c.drawString(160, top, date)
        c.drawString(260, top - 7, subject)
    c.drawString(60, 640, "Met vriendelijke groet,")
    c.save()
    page = extract_pdf(path).pages[0]
    pdf = pdfium.PdfDocument(str(path))
    textpage = pdf[0].get_textpage()
    assert extract._late_blocks_moved(extract._layer_lines(textpage)) is None
    pdf.close()
    assert page.text.index("12 maart") < page.text.index("3 juni")
