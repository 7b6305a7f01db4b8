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
