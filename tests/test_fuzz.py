"""Property-based and mutation tests: parsers never raise on any text; mutated PDFs never take a
batch down (each ends as a row with a status, and failures carry a reason)."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import duckdb
from hypothesis import given, settings
from hypothesis import strategies as st

from cp_textmine.config import IngestOptions
from cp_textmine.pipeline.run import ingest_paths
from cp_textmine.read.dates import find_dates
from cp_textmine.read.doctext import DocText
from cp_textmine.read.header import header_fields
from cp_textmine.read.metadata import clean_reference, extract_metadata
from cp_textmine.read.terms import find_terms
from cp_textmine.records import Page

from .conftest import ADVICE_LETTER, RESPONSE_LETTER, pdf_bytes

TOKENS = list("0123456789-/.:,' \n") + list("abcdejklmnoprstuvwzëéï") + [
    "maart ", "mrt. ", "jl.", "a.s.", "d.d. ", "binnen ", "zes ", "weken ", "dagen ", "Datum ", "Ons kenmerk ",
    "Uw kenmerk ", "Onderwerp: ", "nr. ", "college ", "reageert ", "advies ", "'22", "2023", "31", "februari "]  # fmt: skip
#: Text built from Dutch letter fragments, so the parsers meet near-misses, not only noise.
DUTCHISH = st.lists(st.sampled_from(TOKENS), max_size=120).map("".join)


@settings(max_examples=300, deadline=None)
@given(DUTCHISH)
def test_date_parser_never_raises_and_returns_real_dates(text: str) -> None:
    for mention in find_dates(text, anchor=date(2023, 6, 1)):
        assert isinstance(mention.value, date)
        assert 0 <= mention.start < mention.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(DUTCHISH)
def test_term_parser_never_raises(text: str) -> None:
    for term in find_terms(text):
        assert 0 < term.days <= 365


@settings(max_examples=200, deadline=None)
@given(DUTCHISH)
def test_reference_and_header_parsers_never_raise(text: str) -> None:
    clean_reference(text)
    header_fields(DocText.from_pages([Page(1, text, "text", len(text))]))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=600))
def test_metadata_on_arbitrary_text(text: str) -> None:
    meta = extract_metadata(DocText.from_pages([Page(1, text, "text", len(text))]))
    assert meta.reference is None or meta.reference.strip() == meta.reference


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One of: flip bytes, cut the file, drop a slice, duplicate a slice."""
    data = bytearray(data)
    kind = rng.choice(["flip", "cut", "drop", "dup"])
    if kind == "flip":
        for _ in range(rng.randint(1, 40)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    elif kind == "cut":
        data = data[: rng.randrange(1, len(data))]
    elif kind == "drop":
        start = rng.randrange(len(data))
        del data[start : start + rng.randint(1, 400)]
    else:
        start = rng.randrange(len(data))
        data[start:start] = data[start : start + rng.randint(1, 400)]
    return bytes(data)


def test_mutated_pdfs_never_take_the_batch_down(tmp_path: Path) -> None:
    rng = random.Random(2026)
    seeds = [
        pdf_bytes(ADVICE_LETTER.splitlines()[:12]),
        pdf_bytes(RESPONSE_LETTER.splitlines()[:10]),
    ]
    inbox = tmp_path / "in"
    inbox.mkdir()
    for i in range(60):
        (inbox / f"m{i:02d}.pdf").write_bytes(mutate(rng.choice(seeds), rng))
    options = IngestOptions(
        workers=2, file_timeout_s=30, memory_limit_mb=1500, quiet=True, ocr=False
    )
    summary = ingest_paths([inbox], tmp_path / "m.duckdb", options)
    assert summary.n_found == 60
    con = duckdb.connect(str(tmp_path / "m.duckdb"), read_only=True)
    rows = con.execute("SELECT status, error FROM documents").fetchall()
    n_paths = con.execute("SELECT count(*) FROM document_paths").fetchone()[0]
    con.close()
    assert n_paths == 60  # every file is accounted for (identical mutants share a document)
    assert {status for status, _ in rows} <= {"ok", "failed", "needs_ocr"}
    assert all(
        error and "internal error" not in error for status, error in rows if status == "failed"
    )
