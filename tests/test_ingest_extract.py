import itertools
from collections import Counter
from pathlib import Path

import pytest

from cp_textmine.errors import ExtractionError
from cp_textmine.pdf.extract import clean_pages, dehyphenate, extract_pdf
from cp_textmine.records import Page

from .conftest import write_image_pdf, write_text_pdf


def test_running_headers_and_page_numbers_are_removed(tmp_path: Path) -> None:
    pages = [
        f"Gemeente Ede - Sociaal Domein\nTekst van pagina {i} over bijstand.\nMeer tekst {i}.\nPagina {i} van 3"
        for i in range(1, 4)
    ]
    extracted = extract_pdf(write_text_pdf(tmp_path / "a.pdf", pages))
    texts = [p.text for p in extracted.pages]
    assert all("Pagina" not in t for t in texts)
    assert texts[0].startswith("Gemeente Ede")  # page 1 keeps its letterhead
    assert not texts[1].startswith("Gemeente Ede")
    assert "Tekst van pagina 2 over bijstand." in texts[1]


def test_hyphenated_words_are_rejoined_but_compounds_kept() -> None:
    vocabulary = Counter({"wmo-raad": 1})
    assert (
        dehyphenate("de werk-\nnemers en de Wmo-\nraad", vocabulary)
        == "de werknemers en de Wmo-raad"
    )
    assert dehyphenate("in 2022-\n2026") == "in 2022-2026"  # a range, not a broken word


def test_tables_are_kept_as_rows(tmp_path: Path) -> None:
    from cp_textmine.synth.render import render_cpdoc

    source = "# Jaarverslag 2023\n\n| Datum | Onderwerp | Gevraagd |\n| 3 maart 2023 | Minimabeleid | gevraagd |\n| 9 mei 2023 | Schulden | ongevraagd |\n"
    path = tmp_path / "table.pdf"
    render_cpdoc(source, path, seed=3, producer="reportlab")
    tables = [t for p in extract_pdf(path).pages for t in p.tables]
    assert tables, "the ruled table must be found"
    rows = tables[0].rows
    assert rows[0][:2] == ("Datum", "Onderwerp")
    assert rows[2][1] == "Schulden"


def test_image_only_page_is_marked_needs_ocr_without_engine(tmp_path: Path) -> None:
    extracted = extract_pdf(write_image_pdf(tmp_path / "scan.pdf"), ocr=None)
    assert extracted.needs_ocr
    assert extracted.pages[0].text_source == "needs_ocr"


def test_image_only_page_goes_to_the_ocr_hook(tmp_path: Path) -> None:
    calls = []

    def fake_ocr(path: Path, index: int) -> tuple[str, float]:
        calls.append(index)
        return "OCR tekst", 88.0

    extracted = extract_pdf(write_image_pdf(tmp_path / "scan.pdf"), ocr=fake_ocr)
    assert calls == [0]
    assert extracted.text_source == "ocr"
    assert extracted.pages[0].ocr_confidence == 88.0


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file: 0 bytes"),
        (b"Dit is een tekstbestand, geen PDF.\n", "not a PDF: the file holds text, no %PDF header"),
        (b"\x00\x01\x02\xff" * 10, "not a PDF: the file holds binary data, no %PDF header"),
    ],
)
def test_non_pdfs_get_specific_reasons(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(content)
    with pytest.raises(ExtractionError) as info:
        extract_pdf(path)
    assert info.value.reason == reason


def test_clean_pages_keeps_single_page_untouched() -> None:
    page = Page(1, "Gemeente Ede\nTekst", "text", 17)
    assert clean_pages([page])[0].text == "Gemeente Ede\nTekst"


def _plain(text: str) -> str:
    return " ".join(text.split())


def test_fast_and_layout_paths_agree_on_ordinary_pages() -> None:
    """pdfium (fast path) and pdfplumber read the same words on the demo letters' plain pages."""
    import pdfplumber
    import pypdfium2 as pdfium

    from cp_textmine.pdf.extract import normalise_pdfium_text

    demo = Path(__file__).resolve().parents[1] / "corpora" / "demo"
    compared = 0
    for path in sorted(demo.glob("demo-*.pdf"))[:12]:
        fast = pdfium.PdfDocument(str(path))
        with pdfplumber.open(path) as slow:
            for index, page in enumerate(slow.pages):
                if not page.chars or page.lines or page.rects:
                    continue
                fast_text = normalise_pdfium_text(fast[index].get_textpage().get_text_bounded())
                slow_text = page.extract_text(x_tolerance=1.5, y_tolerance=3)
                # same lines; pdfium keeps content-stream order, so a running header drawn last
                # comes last there and first in pdfplumber's top-to-bottom order
                assert sorted(map(_plain, fast_text.splitlines())) == sorted(
                    map(_plain, slow_text.splitlines())
                )
                compared += 1
        fast.close()
    assert compared >= 8


def test_table_pages_take_the_layout_path(tmp_path: Path) -> None:
    from cp_textmine.synth.render import render_cpdoc

    source = (
        "Tekst\n\n| Datum | Onderwerp | Gevraagd |\n| 3 maart 2023 | Minimabeleid | gevraagd |\n"
    )
    path = tmp_path / "t.pdf"
    render_cpdoc(source, path, seed=11, producer="fpdf2")
    pages = extract_pdf(path).pages
    assert pages[0].tables and pages[0].tables[0].rows[1][1] == "Minimabeleid"


def _borderless_table_pdf(path: Path) -> Path:
    """A word processor's borderless advice table: no rules, cells wrapped over two lines and
    centred vertically, rows apart by their padding, a date broken after its hyphen."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, 780, "In 2023 gaven wij drie adviezen; het overzicht staat hieronder.")
    columns = (60, 90, 170, 330, 420)
    for x, word in zip(columns, ("Nr.", "Datum", "Onderwerp", "Gevraagd", "Reactie"), strict=True):
        c.drawString(x, 740, word)
    rows = [
        ("1", ("14-02-", "2023"), ("Beleidsregels", "bijzondere bijstand"), "gevraagd", "overgenomen"),
        ("2", ("6 juni", "2023"), ("Kindpakket",), "ongevraagd", "deels"),
        ("3", ("19-09-", "2023"), ("Bereikbaarheid", "van het loket"), "ongevraagd", "kennisgenomen"),
    ]  # fmt: skip
    top = 716
    for number, date_lines, subject_lines, asked, outcome in rows:
        c.drawString(columns[0], top - 6, number)  # centred between the two lines
        for i, words in enumerate(date_lines):
            c.drawString(columns[1], top - 12 * i, words)
        for i, words in enumerate(subject_lines):
            c.drawString(columns[2], top - 12 * i, words)
        c.drawString(columns[3], top - 6, asked)
        c.drawString(columns[4], top - 6, outcome)
        top -= 12 * 2 + 10  # two lines and the cell padding
    c.drawString(
        60, top - 20, "Het college nam de meeste adviezen over; daarover meer in hoofdstuk 3."
    )
    c.save()
    return path


def test_a_borderless_table_is_read_from_its_white_space(tmp_path: Path) -> None:
    """No rule on the page: the columns stand at the white space no line crosses, the rows at
    the padding between them, wrapped cells are one cell, and the prose after it is no row."""
    pages = extract_pdf(_borderless_table_pdf(tmp_path / "tabel.pdf")).pages
    (table,) = pages[0].tables
    assert table.rows == (
        ("Nr.", "Datum", "Onderwerp", "Gevraagd", "Reactie"),
        ("1", "14-02-2023", "Beleidsregels bijzondere bijstand", "gevraagd", "overgenomen"),
        ("2", "6 juni 2023", "Kindpakket", "ongevraagd", "deels"),
        ("3", "19-09-2023", "Bereikbaarheid van het loket", "ongevraagd", "kennisgenomen"),
    )


def _grid_running_off_the_page(path: Path) -> Path:
    """A ruled table as a browser prints it at a page break: the last row's walls run on to
    the page's foot, but its closing rule is on the next page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    xs, ys = (60, 150, 330, 450), (300, 276, 252, 228)
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, ys[0], x, 40)  # the walls go on below the last rule, to the page's foot
    cells = (("Datum", "Onderwerp", "Reactie"), ("12-02-2024", "Minimabeleid", "overgenomen"),
             ("03-05-2024", "Schulden", "deels"), ("18-09-2024", "Jeugdhulp", "wachten op"))  # fmt: skip
    for row, top in zip(cells, (300, 276, 252, 228), strict=True):
        for x, text in zip(xs, row, strict=False):
            c.drawString(x + 4, top - 15, text)
    c.drawString(154, 228 - 27, "wachttijden")  # the open row's cell wraps
    c.save()
    return path


def test_a_ruled_tables_row_running_off_the_page_is_kept(tmp_path: Path) -> None:
    pages = extract_pdf(_grid_running_off_the_page(tmp_path / "raster.pdf")).pages
    (table,) = pages[0].tables
    assert [row[0] for row in table.rows] == ["Datum", "12-02-2024", "03-05-2024", "18-09-2024"]
    assert table.rows[3][1] == "Jeugdhulp wachttijden"


def test_a_closing_formula_on_two_pages_is_no_running_footer() -> None:
    """An e-mail forwarding a letter: both end with "Met vriendelijke groet,"."""
    body = "\n".join(f"Regel {word} van de tekst." for word in "abcdefghijklmn")
    pages = [
        Page(1, f"Van: secretariaat\nGeachte heer Bos,\n{body}\nMet vriendelijke groet,\nK. Smit\nsecretariaat", "text", 0),
        Page(2, f"Geachte heer Bos,\n{body}\nMet vriendelijke groet,\nde wethouder\nwethouder Zorg", "text", 0),
    ]  # fmt: skip
    cleaned = clean_pages(pages)
    assert all("Met vriendelijke groet," in page.text for page in cleaned)


def test_header_labels_a_narrow_column_broke_into_pieces_are_made_whole() -> None:
    from cp_textmine.pdf.extract import mend_broken_labels

    text = "Ver\nzen\ndda\ntum\n3 mei 2024\nOns\nken\nmer\nk\nZ-24-118\nOn\nder\nwer\np\nUw advies\nEen\nzin."
    assert mend_broken_labels(text) == (
        "Verzenddatum\n3 mei 2024\nOns kenmerk\nZ-24-118\nOnderwerp\nUw advies\nEen\nzin."
    )


def _shaded_rows_table_pdf(path: Path) -> Path:
    """A browser's point-by-point table: horizontal rules between rows, every other row shaded
    by a filled rectangle per cell (whose sides are short verticals), a letterhead rule far
    above, and under the table a note framed by rules of its own."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.line(57, 800, 540, 800)  # the letterhead's rule
    c.drawString(57, 805, "Gemeente Voorbeeld")
    xs = (57, 90, 300, 540)
    rows = [("Nr.", "Uw advies", "Onze reactie"),
            ("1", "Bel binnen twee dagen terug.", "Wij nemen dit over."),
            ("2", "Schrijf brieven op B1-niveau.", "Dit is al ons beleid."),
            ("3", "Open weer een loket per wijk.", "Dit nemen wij niet over.")]  # fmt: skip
    top = 600
    for i, row in enumerate(rows):
        if i % 2 == 0:  # a shaded row: one filled rectangle per cell
            c.setFillGray(0.9)
            for left, right in itertools.pairwise(xs):
                c.rect(left, top - 30, right - left, 30, stroke=0, fill=1)
            c.setFillGray(0)
        c.line(xs[0], top, xs[-1], top)
        for x, text in zip(xs, row, strict=False):
            c.drawString(x + 4, top - 18, text)
        top -= 30
    c.line(xs[0], top, xs[-1], top)
    c.line(xs[0], top - 20, xs[-1], top - 20)  # a note under the table, in a box of its own
    c.drawString(
        60,
        top - 40,
        "Vragen aan het college: hoeveel inwoners bellen er per maand over hun aanvraag?",
    )
    c.line(xs[0], top - 50, xs[-1], top - 50)
    c.save()
    return path


def test_a_table_of_rules_with_shaded_rows_is_read_without_the_note_below(tmp_path: Path) -> None:
    pages = extract_pdf(_shaded_rows_table_pdf(tmp_path / "tabel.pdf")).pages
    (table,) = pages[0].tables
    assert table.rows == (
        ("Nr.", "Uw advies", "Onze reactie"),
        ("1", "Bel binnen twee dagen terug.", "Wij nemen dit over."),
        ("2", "Schrijf brieven op B1-niveau.", "Dit is al ons beleid."),
        ("3", "Open weer een loket per wijk.", "Dit nemen wij niet over."),
    )


def _labelled_rows_pdf(path: Path) -> Path:
    """A table without rules or header, each row labelled "Advies N" above the advice in its
    first column and the reaction beside it, lines at ordinary spacing."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(
        60,
        760,
        "Hieronder reageren wij op uw drie adviezen, een voor een, zoals u dat van ons gewend bent.",
    )
    rows = [
        (("Advies 1", "Deel het klachtenoverzicht."), ("Wij zien er geen bezwaar in dit", "overzicht met u te delen.")),
        (("Advies 2", "Verruim de vervoerszone."), ("De zone blijft ongewijzigd.",)),
        (("Advies 3", "Zorg voor een app."), ("Wij nemen kennis van uw advies.",)),
    ]  # fmt: skip
    top = 730
    for left, right in rows:
        for i, text in enumerate(left):
            c.drawString(60, top - 12 * i, text)
        for i, text in enumerate(right):
            c.drawString(250, top - 12 * i, text)
        top -= 12 * max(len(left), len(right)) + 4
    c.drawString(
        60, top - 20, "Voor vragen over deze brief kunt u contact opnemen met de heer F. Bosdijk."
    )
    c.save()
    return path


def test_a_table_of_labelled_rows_without_rules_or_header_is_read(tmp_path: Path) -> None:
    pages = extract_pdf(_labelled_rows_pdf(tmp_path / "tabel.pdf")).pages
    (table,) = pages[0].tables
    assert table.rows == (
        (
            "Advies 1 Deel het klachtenoverzicht.",
            "Wij zien er geen bezwaar in dit overzicht met u te delen.",
        ),
        ("Advies 2 Verruim de vervoerszone.", "De zone blijft ongewijzigd."),
        ("Advies 3 Zorg voor een app.", "Wij nemen kennis van uw advies."),
    )


def test_a_year_alone_at_the_top_of_a_cover_is_no_page_number() -> None:
    cover = Page(
        1, "2024\nJaarverslag\nAdviesraad Sociaal Domein\nTekst over het jaar.\n3", "text", 60
    )
    text = clean_pages([cover])[0].text
    assert text.startswith("2024\nJaarverslag")
    assert not text.endswith("3")  # the page number goes
