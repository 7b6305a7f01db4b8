"""Scans we make (rendered, rotated a little, noisy) read through OCR classify like their text originals."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from cp_textmine.config import IngestOptions
from cp_textmine.pdf.ocr import tesseract_status
from cp_textmine.pipeline.run import ingest_paths
from cp_textmine.synth.render import render_cpdoc

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(tesseract_status() is not None, reason="needs tesseract with Dutch data"),
]
DEMO_SOURCES = Path(__file__).resolve().parents[1] / "corpora" / "demo"
LETTERS = [
    "src_1/demo-1-03.cpdoc",
    "src_1/demo-1-07.cpdoc",
    "src_2/demo-2-10.cpdoc",
]  # advies, reactie, reactie


def facts(db: Path) -> dict[str, tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            """SELECT regexp_extract(d.path, '([^/]+?)(-scan)?\\.pdf$', 1), d.doc_type, d.municipality, d.doc_date,
                      r.decision, a.requested, d.text_source, d.mean_ocr_confidence
               FROM documents d LEFT JOIN responses r USING (doc_id) LEFT JOIN advices a USING (doc_id)"""
        ).fetchall()
    finally:
        con.close()
    return {row[0] + ("-scan" if row[6] == "ocr" else ""): row[1:] for row in rows}


def test_scans_classify_like_their_originals(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    for i, name in enumerate(LETTERS):
        source = (DEMO_SOURCES / name).read_text(encoding="utf-8")
        stem = Path(name).stem
        render_cpdoc(source, inbox / f"{stem}.pdf", seed=40 + i)
        render_cpdoc(source, inbox / f"{stem}-scan.pdf", seed=40 + i, scanned=True)
    ingest_paths([inbox], tmp_path / "o.duckdb", IngestOptions(workers=2, quiet=True))
    got = facts(tmp_path / "o.duckdb")
    for name in LETTERS:
        stem = Path(name).stem
        text, scan = got[stem], got[f"{stem}-scan"]
        assert scan[5] == "ocr" and scan[6] > 60  # read by OCR, with a recorded confidence
        assert scan[:5] == text[:5], stem  # type, municipality, date, decision, requested


def _speckled_scan(text_pdf: Path, out: Path, dpi: int = 100, share: float = 0.003) -> None:
    """The first page printed at ``dpi`` with scanner dust: a share of pixels flipped black or
    white, seeded, as the blind rounds' scans have it."""
    import random

    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(text_pdf))
    image = pdf[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    pdf.close()
    rng = random.Random(7)
    pixels = image.load()
    for _ in range(int(image.width * image.height * share)):
        pixels[rng.randrange(image.width), rng.randrange(image.height)] = rng.choice((0, 255))
    image.save(out, "PDF", resolution=dpi)


def test_a_dusty_page_is_read_again_without_its_specks(tmp_path: Path) -> None:
    from cp_textmine.pdf.extract import extract_pdf
    from cp_textmine.pdf.ocr import RETRY_BELOW_CONFIDENCE, ocr_page

    source = (DEMO_SOURCES / LETTERS[0]).read_text(encoding="utf-8")
    render_cpdoc(source, tmp_path / "letter.pdf", seed=40)
    _speckled_scan(tmp_path / "letter.pdf", tmp_path / "dusty.pdf")
    original = set(extract_pdf(tmp_path / "letter.pdf").pages[0].text.split())

    once, once_confidence = ocr_page(tmp_path / "dusty.pdf", 0, retry_below=None)
    kept, kept_confidence = ocr_page(tmp_path / "dusty.pdf", 0)

    assert once_confidence < RETRY_BELOW_CONFIDENCE  # the dust costs Tesseract its confidence
    assert kept_confidence > once_confidence  # the reading without specks was kept
    found_once = len(original & set(once.split())) / len(original)
    found_kept = len(original & set(kept.split())) / len(original)
    assert found_kept > 0.97 and found_kept > found_once + 0.03, (found_once, found_kept)


@pytest.mark.parametrize(
    ("block_chars", "expected"),
    [(1622, "block"), (1100, "filtered")],  # GQ-03's first page: 1,622 sure characters to 964
)
def test_a_page_whose_layout_analysis_dropped_lines_is_read_as_one_block(
    monkeypatch: pytest.MonkeyPatch, block_chars: int, expected: str
) -> None:
    """Which reading is kept, given what Tesseract returns for each (layout-analysed as
    scanned, after the median filter, as one block after the filter)."""
    from PIL import Image

    from cp_textmine.pdf import ocr

    readings = iter(
        [
            ocr.Reading("scanned", 59.0, 964),
            ocr.Reading("filtered", 87.0, 964),
            ocr.Reading("block", 85.0, block_chars),
        ]
    )
    monkeypatch.setattr(ocr, "render_page", lambda *_args: Image.new("L", (40, 40), 255))
    monkeypatch.setattr(ocr, "read_image", lambda *_args, **_kw: next(readings))
    assert ocr.ocr_page(Path("scan.pdf"), 0)[0] == expected
