"""The shared vocabulary of the pipeline: frozen dataclasses passed from stage to stage."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

DOC_TYPES = ("advies", "reactie", "jaarverslag", "verordening", "overig")
DECISIONS = ("adopted", "partially_adopted", "not_adopted", "noted")


@dataclass(frozen=True)
class Table:
    """A table found on a page, kept as rows of cell strings (None for empty cells)."""

    page_no: int
    rows: tuple[tuple[str | None, ...], ...]


@dataclass(frozen=True)
class Page:
    """One page's text in reading order, after header/footer removal and de-hyphenation."""

    page_no: int  # 1-based
    text: str
    text_source: str  # 'text' | 'ocr' | 'empty' | 'needs_ocr'
    n_chars: int
    tables: tuple[Table, ...] = ()
    ocr_confidence: float | None = None


@dataclass(frozen=True)
class Evidence:
    """Where a value came from: page, the sentence or table row, and offsets in that page's text."""

    field: str
    page_no: int | None
    snippet: str
    char_start: int | None = None
    char_end: int | None = None


@dataclass(frozen=True)
class Extracted:
    """The text of one PDF, page by page."""

    pages: tuple[Page, ...]
    producer: str | None = None
    limits_hit: tuple[str, ...] = ()

    @property
    def text_source(self) -> str:
        sources = {p.text_source for p in self.pages if p.text_source != "empty"}
        if not sources:
            return "text"
        if sources == {"ocr"}:
            return "ocr"
        if "ocr" in sources and "text" in sources:
            return "mixed"
        return "text"

    @property
    def needs_ocr(self) -> bool:
        return any(p.text_source == "needs_ocr" for p in self.pages)


@dataclass(frozen=True)
class Metadata:
    """Header facts of a document: who wrote it, when, under which reference, about what."""

    doc_date: date | None = None
    reference: str | None = None
    subject: str | None = None
    council: str | None = None
    municipality: str | None = None
    evidence: tuple[Evidence, ...] = ()
    region: str | None = None  # a regional body (Sociale Dienst Drechtsteden) acting for members


@dataclass(frozen=True)
class AdviceFacts:
    requested: bool | None
    request_date: date | None
    topics: tuple[tuple[str, float], ...]
    n_recommendations: int | None
    their_reference: str | None = None  # "uw kenmerk": the college's request


@dataclass(frozen=True)
class ResponseFacts:
    decision: str | None
    decision_detail: str | None  # finer reading: already_policy, deferred, acknowledged, ...
    motivated: bool | None
    advice_reference: str | None  # the advice's kenmerk as quoted ("uw kenmerk")
    advice_date: date | None  # the advice date as referred to ("uw advies van ...")
    point_decisions: tuple[tuple[int, str, str], ...] = ()  # (point, decision, snippet)
    decision_score: float | None = None


@dataclass(frozen=True)
class RegulationFacts:
    response_norm_days: int | None
    advice_term_days: int | None
    valid_from: date | None


@dataclass(frozen=True)
class StructureValue:
    """One norm of the structure scan: its value ('true'/'false'/a number/a list; None = unknown).

    The page, sentence and page-relative offsets are the evidence; ``year`` is the report year
    of a jaarverslag fact, ``article`` the verordening article the value was read from.
    """

    norm_id: str
    value: str | None
    page_no: int | None = None
    snippet: str | None = None
    char_start: int | None = None
    char_end: int | None = None
    year: int | None = None
    article: str | None = None
    cue: str | None = None


@dataclass(frozen=True)
class AnnualReportFacts:
    year: int | None
    n_advices_listed: int | None
    listed: tuple[dict, ...] = ()  # rows of the advice overview table


@dataclass(frozen=True)
class Document:
    """Everything the pipeline learned about one file content, ready for the store."""

    doc_id: str
    sha256: str
    path: Path
    n_pages: int
    status: str  # 'ok' | 'failed' | 'needs_ocr'
    error: str | None
    text_source: str | None
    doc_type: str | None = None
    doc_type_score: float | None = None
    metadata: Metadata = field(default_factory=Metadata)
    pages: tuple[Page, ...] = ()
    advice: AdviceFacts | None = None
    response: ResponseFacts | None = None
    regulation: RegulationFacts | None = None
    annual_report: AnnualReportFacts | None = None
    evidence: tuple[Evidence, ...] = ()
    structure: tuple[StructureValue, ...] = ()
    limits_hit: tuple[str, ...] = ()
    file_size: int | None = None
    seconds: float | None = None
    pipeline_version: str | None = (
        None  # readers + models that classified it (see pipeline.version)
    )


def display_path(path: Path) -> str:
    """A path as text that DuckDB can store: undecodable bytes become ``\\xNN`` escapes."""
    raw = os.fsencode(path)
    return raw.decode("utf-8", errors="backslashreplace")


def doc_id_for(sha256: str) -> str:
    """A short, stable document id derived from the content hash."""
    return sha256[:16]
