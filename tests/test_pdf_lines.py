"""pdf/lines.py: printed lines from pdfium's character boxes, as pdfplumber reads them."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from cp_textmine.pdf import extract
from cp_textmine.pdf.extract import extract_pdf
from cp_textmine.pdf.lines import reading_lines


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
    monkeypatch.setattr(extract, "_may_hold_table", lambda page, text: True)
    for reader in ("lattice_tables", "aligned_tables", "whitespace_tables"):
        monkeypatch.setattr(extract, reader, lambda *args: None)
    monkeypatch.setattr(extract, "_import_pdfplumber", lambda: pytest.fail("pdfplumber asked"))
    page = extract_pdf(path).pages[0]
    assert "14 februari Beleidsregels bijzondere bijstand overgenomen" in _lines(page.text)
    assert page.tables == ()
