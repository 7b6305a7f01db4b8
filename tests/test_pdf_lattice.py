"""The table readers' pieces that decide rows and columns, on character boxes made by hand."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from cp_textmine.pdf.lattice import _columns_of_most_bands, _numbered_lines, char_text

ROOT = Path(__file__).resolve().parent.parent


def _word(left: float, right: float, centre: float) -> tuple[float, float, float, float]:
    """One word as a character box (left, right, y-centre, height)."""
    return (left, right, centre, 8.0)


def test_rows_open_at_numbers_counting_up_or_at_keys() -> None:
    assert _numbered_lines(["1", "", "2", "3"]) == [0, 2, 3]
    assert _numbered_lines(["2023-01 24-01-2023", "", "2023-02 07-03-2023"]) == [0, 2]
    # a wrapped date's tail is no row number, nor are numbers that do not count up
    assert _numbered_lines(["06-09-20", "22", "04-10-202", "2"]) == []
    assert _numbered_lines(["1", "7"]) == []


def test_columns_come_from_the_rows_that_line_up() -> None:
    """Three bands between rules: a header and a body whose columns line up, then a note across
    the page in a box of its own. The columns are the header's and body's; the note is left out."""
    rules = [700.0, 680.0, 620.0, 580.0]
    header = [_word(60, 80, 690), _word(120, 200, 690), _word(300, 380, 690)]
    body = [_word(60, 70, 660), _word(120, 260, 660), _word(300, 500, 660),
            _word(60, 70, 640), _word(120, 240, 640), _word(300, 480, 640)]  # fmt: skip
    note = [_word(60, 500, 600)]
    cuts, (top, bottom) = _columns_of_most_bands(header + body + note, rules)
    assert len(cuts) == 2 and 80 < cuts[0] < 120 and 260 < cuts[1] < 300
    assert (top, bottom) == (700.0, 620.0)


def test_a_header_set_apart_from_unruled_rows_is_no_run_with_them() -> None:
    """Header cells centred over columns that the rows below (not ruled off) fill otherwise: the
    two bands share fewer than half their columns, so they make no table together."""
    rules = [700.0, 680.0, 560.0]
    header = [_word(x, x + 20, 690) for x in (60, 100, 140, 180, 220, 400)]
    rows = [_word(60, 100, 660), _word(110, 190, 660), _word(200, 380, 660), _word(400, 420, 660)]
    assert _columns_of_most_bands(header + rows, rules) == ([], (0.0, 0.0))


def _rule(y: float, *cells: tuple[float, float]):
    from cp_textmine.pdf.lattice import Edge

    return [Edge("h", y, left, right) for left, right in cells]


def test_a_white_zebra_row_ruled_cell_by_cell_is_a_row_and_a_heading_between_tables_is_not() -> (
    None
):
    """Shaded rows draw their cells' sides, white rows only the rules above and below (drawn
    cell by cell): such a band with text in two columns is a row; a heading in the first column
    between two tables, or a line that runs across a column boundary, is not."""
    from cp_textmine.pdf.lattice import _white_row

    columns = [50.0, 170.0, 230.0, 550.0]
    cells = ((50.0, 170.0), (170.0, 230.0), (230.0, 550.0))
    rules = _rule(600.0, *cells) + _rule(580.0, *cells)
    row = [_word(55, 60, 590), _word(61, 90, 590), _word(175, 200, 590), _word(240, 300, 590)]
    assert _white_row(rules, row, 600.0, 580.0, columns)
    heading = [_word(55, 120, 590)]
    assert not _white_row(rules, heading, 600.0, 580.0, columns)
    across = [_word(150, 168.9, 590), _word(169.2, 190, 590), _word(240, 300, 590)]
    assert not _white_row(rules, across, 600.0, 580.0, columns)
    half_ruled = _rule(600.0, *cells) + _rule(580.0, cells[0])
    assert not _white_row(half_ruled, row, 600.0, 580.0, columns)


def test_char_text_is_get_text_range_of_one_character():
    """The two C calls give every character as pdfium's text API does, soft hyphens (U+FFFE)
    and characters left out of the text ('') included."""
    files = sorted((ROOT / "corpora" / "demo").glob("*.pdf"))
    files.append(ROOT / "annotations" / "dev" / "pdfs" / "dev-x-07.pdf")  # has a soft hyphen
    seen: set[str] = set()
    for path in files:
        pdf = pdfium.PdfDocument(path)
        try:
            for page in pdf:
                textpage = page.get_textpage()
                for index in range(textpage.count_chars()):
                    expected = textpage.get_text_range(index, 1)
                    assert char_text(textpage, index) == expected, (path.name, index)
                    seen.add(expected)
        finally:
            pdf.close()
    assert "\ufffe" in seen and len(seen) > 60
