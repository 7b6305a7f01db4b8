"""What a researcher hands to one municipality and its council(s): the data of the scan report.

Gathers, for one municipality: the key figures per year with a 95% Wilson interval (and, with
``adjust``, corrected for the readers' measured errors on the frozen test set), the structure
checklist from the ``council_structure`` view, every advice with its response and evidence, what
a person should check by hand, and the test-set figures the methods section cites.
Rendering is in ``scan/municipality_html.py``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import duckdb

from cp_textmine.config import repo_root
from cp_textmine.errors import CpTextmineError
from cp_textmine.scan.indicators import ensure_scan_views, run_scan
from cp_textmine.scan.intervals import (
    NONE_LABEL,
    EvaluationMissing,
    Interval,
    TestEvaluation,
    adjusted_share,
    load_test_evaluation,
    wilson_rate,
)
from cp_textmine.store import db as store_db

#: (indicator, its denominator) for the key figures with an interval, in report order.
KEY_RATES = [
    ("share_requested", "n_requested_known"),
    ("response_rate", "n_advices"),
    ("timely_rate", "n_timely_known"),
    ("share_adopted", "n_decided"),
    ("share_adopted_incl_partial", "n_decided"),
    ("share_motivated_rejections", "n_rejections"),
]
#: indicator -> (confusion matrix in evaluation.json, advice_outcomes column, target gold label,
#: which advices count). Only these three rest on one reader's answer, so only they are adjusted.
ADJUSTABLE = {
    "share_requested": ("requested", "requested", "True", "all"),
    "timely_rate": ("timely", "timely", "True", "all"),
    "share_adopted": ("decision", "decision", "adopted", "answered"),
}
#: A document type the classifier gave less than this probability goes to "te controleren".
LOW_TYPE_SCORE = 0.75
#: An OCR'd page with a mean Tesseract confidence below this goes to "te controleren".
LOW_OCR_CONFIDENCE = 70.0
DEFAULT_EVALUATION = Path("models") / "evaluation.json"


class UnknownMunicipality(CpTextmineError):
    """The database holds no documents of the municipality asked for."""


@dataclass
class MunicipalityReport:
    """Everything the per-municipality report shows; plain data, so tests can check it."""

    municipality: str
    councils: list[str]
    years: list[dict]
    intervals: dict[int, dict[str, Interval]]
    adjusted: dict[int, dict[str, Interval]] | None
    reference_date: date
    period: tuple[date | None, date | None]
    advices: list[dict]
    evidence: dict[str, list[dict]]
    checklist: list[dict] | None
    review: dict[str, list[dict]]
    evaluation: TestEvaluation | None
    evaluation_note: str = ""
    documents: dict[str, int] = field(default_factory=dict)


def evaluation_path() -> Path:
    """models/evaluation.json of the checkout (or the working directory when installed)."""
    return repo_root() / DEFAULT_EVALUATION


def load_municipality_report(
    db_path: Path,
    municipality: str,
    year_from: int | None = None,
    year_to: int | None = None,
    adjust: bool = False,
    evaluation_file: Path | None = None,
) -> MunicipalityReport:
    """One municipality's report data; ``adjust`` needs the test-set evaluation and says so."""
    ensure_scan_views(db_path)
    evaluation, note = _evaluation(evaluation_file or evaluation_path(), required=adjust)
    scan = run_scan(db_path, [municipality], None, None, year_from, year_to)
    con = store_db.connect(db_path, read_only=True)
    try:
        name = _canonical_name(con, municipality, db_path)
        advices = _advices(con, name, year_from, year_to)
        report = MunicipalityReport(
            municipality=name,
            councils=sorted({a["council"] for a in advices if a["council"]} | _councils(con, name)),
            years=scan.municipality_rows,
            intervals={r["year"]: _wilson_row(r) for r in scan.municipality_rows},
            adjusted=_adjusted(advices, evaluation) if adjust and evaluation else None,
            reference_date=scan.reference_date,
            period=_period(advices),
            advices=advices,
            evidence=_evidence(con, advices),
            checklist=_checklist(con, name),
            review=_review(con, name),
            evaluation=evaluation,
            evaluation_note=note,
            documents=dict(
                con.execute(
                    "SELECT doc_type, count(*) FROM documents WHERE lower(municipality) = lower(?) "
                    "GROUP BY 1 ORDER BY 1",
                    [name],
                ).fetchall()
            ),
        )
    finally:
        con.close()
    return report


def _evaluation(path: Path, required: bool) -> tuple[TestEvaluation | None, str]:
    """The test-set figures, or a Dutch note for the methods section (an error with --adjust)."""
    try:
        return load_test_evaluation(path), ""
    except EvaluationMissing as exc:
        if required:
            raise EvaluationMissing(f"--adjust needs the test-set evaluation: {exc}") from exc
        return None, (f"Nog niet beschikbaar: {path} bevat (nog) geen evaluatie van de bevroren "
                      "testset. De cijfers hieronder zijn daarom niet gecorrigeerd.")  # fmt: skip


def _rows(cursor: duckdb.DuckDBPyConnection) -> list[dict]:
    cols = [c[0] for c in cursor.description]
    return [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]


def _canonical_name(con: duckdb.DuckDBPyConnection, municipality: str, db_path: Path) -> str:
    """The spelling the database uses; an unknown name lists the ones it knows."""
    row = con.execute(
        "SELECT municipality FROM documents WHERE lower(municipality) = lower(?) LIMIT 1",
        [municipality],
    ).fetchone()
    if row:
        return row[0]
    known = [r[0] for r in con.execute(
        "SELECT DISTINCT municipality FROM documents WHERE municipality IS NOT NULL ORDER BY 1"
    ).fetchall()]  # fmt: skip
    raise UnknownMunicipality(
        f"no documents of municipality {municipality!r} in {db_path}; "
        f"known: {', '.join(known) or 'none (run cp-textmine ingest first)'}"
    )


def _councils(con: duckdb.DuckDBPyConnection, name: str) -> set[str]:
    rows = con.execute(
        "SELECT DISTINCT council FROM documents WHERE lower(municipality) = lower(?) "
        "AND council IS NOT NULL AND doc_type IN ('advies', 'jaarverslag')",
        [name],
    ).fetchall()
    return {r[0] for r in rows}


def _advices(con, name: str, year_from: int | None, year_to: int | None) -> list[dict]:
    """Every advice of the municipality with its response, decision, days, norm and files."""
    return _rows(con.execute(
        """SELECT o.*, d.path AS advice_path, r.path AS response_path, rs.decision_score
           FROM advice_outcomes o JOIN documents d USING (doc_id)
           LEFT JOIN documents r ON r.doc_id = o.response_doc_id
           LEFT JOIN responses rs ON rs.doc_id = o.response_doc_id
           WHERE lower(o.municipality) = lower(?) AND (? IS NULL OR o.year >= ?)
             AND (? IS NULL OR o.year <= ?)
           ORDER BY o.advice_date NULLS LAST, o.doc_id""",
        [name, year_from, year_from, year_to, year_to]))  # fmt: skip


def _period(advices: list[dict]) -> tuple[date | None, date | None]:
    dates = [a["advice_date"] for a in advices if a["advice_date"]]
    return (min(dates), max(dates)) if dates else (None, None)


def _wilson_row(row: dict) -> dict[str, Interval]:
    return {key: wilson_rate(row.get(key), row.get(n_key)) for key, n_key in KEY_RATES}


def observed_counts(advices: list[dict], column: str, which: str) -> dict[str, int]:
    """The reader's answers as the evaluation spells them ("True", "adopted", "None")."""
    chosen = advices if which == "all" else [a for a in advices if a["answered"]]
    return dict(Counter(NONE_LABEL if a[column] is None else str(a[column]) for a in chosen))


def _adjusted(advices: list[dict], evaluation: TestEvaluation) -> dict[int, dict[str, Interval]]:
    """Per year, the adjustable shares corrected with the test set's confusion matrices."""
    by_year: dict[int, list[dict]] = defaultdict(list)
    for a in advices:
        by_year[a["year"]].append(a)
    result: dict[int, dict[str, Interval]] = {}
    for year, items in by_year.items():
        result[year] = {}
        for key, (matrix, column, target, which) in ADJUSTABLE.items():
            confusion = evaluation.confusion.get(matrix)
            if confusion:
                observed = observed_counts(items, column, which)
                result[year][key] = adjusted_share(confusion, observed, target)
    return result


def _evidence(con, advices: list[dict]) -> dict[str, list[dict]]:
    ids = sorted({a["doc_id"] for a in advices} | {a["response_doc_id"] for a in advices} - {None})
    evidence: dict[str, list[dict]] = defaultdict(list)
    if not ids:
        return evidence
    for ev in _rows(con.execute(
        "SELECT doc_id, field, page, snippet FROM evidence WHERE list_contains(?, doc_id) "
        "ORDER BY doc_id, page NULLS FIRST, char_start NULLS FIRST, field", [ids])):  # fmt: skip
        evidence[ev.pop("doc_id")].append(ev)
    return evidence


def _checklist(con, name: str) -> list[dict] | None:
    """Rows of the ``council_structure`` view (another part builds it); None when it is absent."""
    present = con.execute(
        "SELECT count(*) FROM duckdb_views() WHERE view_name = 'council_structure'"
    ).fetchone()[0]
    if not present:
        return None
    has_councils = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'councils'"
    ).fetchone()[0]
    council = "coalesce(c.name, CAST(s.council_id AS VARCHAR))" if has_councils else "CAST(s.council_id AS VARCHAR)"  # fmt: skip
    join = "LEFT JOIN councils c ON c.council_id = s.council_id" if has_councils else ""
    return _rows(con.execute(
        f"SELECT s.norm_id, {council} AS council, s.value, s.met, s.source_doc_id, s.page, "
        f"s.snippet FROM council_structure s {join} WHERE lower(s.municipality) = lower(?) "
        "ORDER BY s.norm_id, council", [name]))  # fmt: skip


def _review(con, name: str) -> dict[str, list[dict]]:
    """What a person should look at: unsure types, abstained decisions, weak OCR, failed files."""
    where = "lower(d.municipality) = lower(?)"
    return {
        "low_type": _rows(con.execute(
            f"SELECT d.doc_id, d.path, d.doc_type, d.doc_type_score FROM documents d WHERE {where} "
            "AND d.doc_type_score < ? ORDER BY d.doc_type_score, d.doc_id", [name, LOW_TYPE_SCORE])),
        "abstained": _rows(con.execute(
            "SELECT d.doc_id, d.path, r.response_date, r.advice_doc_id, r.decision_score FROM responses r "
            f"JOIN documents d USING (doc_id) WHERE {where} AND r.decision IS NULL "
            "ORDER BY r.response_date NULLS LAST, d.doc_id", [name])),
        "low_ocr": _rows(con.execute(
            "SELECT d.doc_id, d.path, p.page_no, p.ocr_confidence FROM pages p JOIN documents d "
            f"USING (doc_id) WHERE {where} AND p.text_source = 'ocr' AND p.ocr_confidence < ? "
            "ORDER BY p.ocr_confidence, d.doc_id, p.page_no", [name, LOW_OCR_CONFIDENCE])),
        "failed": _rows(con.execute(
            "SELECT d.doc_id, d.path, d.status, d.error FROM documents d WHERE d.status <> 'ok' "
            "AND (d.municipality IS NULL OR lower(d.municipality) = lower(?)) ORDER BY d.path",
            [name])),
    }  # fmt: skip
