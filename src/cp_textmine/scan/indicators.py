"""Indicators per council and year and per municipality and year, filtered, each with its n.

The figures come from the ``scan_indicators_for`` macro in ``store/views_scan.sql`` (the same
arithmetic as the contract view ``scan_indicators``, plus the scan's own columns), so the SQL an
analyst runs and the report a researcher reads can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import duckdb

from cp_textmine.config import SMALL_N
from cp_textmine.scan.checklist import checklist_rows
from cp_textmine.scan.crosscheck import CrossCheck, load_crosscheck
from cp_textmine.store import db as store_db

#: Each figure and the column holding the number of advices it was computed over.
RATE_DENOMINATORS = {
    "share_requested": "n_requested_known",
    "response_rate": "n_advices",
    "timely_rate": "n_timely_known",
    "timely_rate_28": "n_timely_known_28",
    "timely_rate_56": "n_timely_known_56",
    "median_response_days": "n_response_days",
    "p90_response_days": "n_response_days",
    "share_adopted": "n_decided",
    "share_partially_adopted": "n_decided",
    "share_not_adopted": "n_decided",
    "share_noted": "n_decided",
    "share_adopted_incl_partial": "n_decided",
    "share_motivated_rejections": "n_rejections",
    "median_lead_days": "n_lead_known",
    "share_lead_under_28": "n_lead_known",
    "work_income_share": "n_with_topics",
    "care_share": "n_with_topics",
    "topic_shares": "n_with_topics",
}
ORDER = "ORDER BY municipality NULLS LAST, council NULLS LAST, year NULLS LAST"


@dataclass(frozen=True)
class ScanResult:
    """Council-year rows (``rows``), municipality-year rows and the jaarverslag cross-check."""

    rows: list[dict]
    filters: dict
    reference_date: date
    documents: dict = field(default_factory=dict)
    municipality_rows: list[dict] = field(default_factory=list)
    crosscheck: CrossCheck = field(default_factory=CrossCheck)
    structure: list[dict] = field(default_factory=list)  # checklist rows (scan/checklist.py)

    def flagged(self, row: dict, key: str) -> bool:
        """True when a figure rests on fewer than SMALL_N advices."""
        denominator = RATE_DENOMINATORS.get(key)
        return (
            bool(denominator) and row.get(key) is not None and (row.get(denominator) or 0) < SMALL_N
        )


def run_scan(
    db_path: Path,
    municipality: list[str] | None = None,
    council: str | None = None,
    year: int | None = None,
    year_from: int | None = None,
    year_to: int | None = None,
) -> ScanResult:
    """Indicators for the filters, ordered by municipality, council, year."""
    ensure_scan_views(db_path)
    con = store_db.connect(db_path, read_only=True)
    try:
        where, params = _filters(municipality, year, year_from, year_to)
        rows = _dicts(con, f"SELECT * EXCLUDE (level) FROM scan_indicators_for(?) WHERE level = 'council' {where} {ORDER}", [council, *params])  # fmt: skip
        by_place = _dicts(con, f"SELECT * EXCLUDE (level, council) FROM scan_indicators_for(?) WHERE level = 'municipality' {where} {ORDER.replace('council NULLS LAST, ', '')}", [council, *params])  # fmt: skip
        reference = con.execute("SELECT reference_date FROM scan_settings").fetchone()[0]
        documents = dict(
            con.execute(
                "SELECT coalesce(doc_type, status), count(*) FROM documents GROUP BY 1"
            ).fetchall()
        )
        check = load_crosscheck(con, where, params, council)
        structure = [
            r for r in checklist_rows(con)
            if not municipality or (r["municipality"] or "").lower() in {m.lower() for m in municipality}
        ]  # fmt: skip
    finally:
        con.close()
    filters = {"municipality": municipality or [], "council": council, "year": year,
               "from": year_from, "to": year_to}  # fmt: skip
    return ScanResult(rows, filters, reference, documents, by_place, check, structure)


def ensure_scan_views(db_path: Path) -> None:
    """A database written before the scan views existed gets them (one read-write open)."""
    con = store_db.connect(db_path, read_only=True)
    try:
        present = con.execute(
            "SELECT count(*) = 2 FROM duckdb_views() WHERE view_name IN ('annual_report_unlisted', 'council_structure')"
        ).fetchone()[0]
    finally:
        con.close()
    if not present:
        store_db.connect(db_path).close()


def _dicts(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> list[dict]:
    cursor = con.execute(sql, params)
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, r, strict=True)) for r in cursor.fetchall()]


def _filters(municipality, year, year_from, year_to) -> tuple[str, list]:
    """AND-clauses on the grouping keys; the council filter goes into the macro instead."""
    clauses, params = [], []
    if municipality:
        clauses.append(f"lower(municipality) IN ({', '.join('?' for _ in municipality)})")
        params += [m.lower() for m in municipality]
    if year is not None:
        clauses.append("year = ?")
        params.append(year)
    if year_from is not None:
        clauses.append("year >= ?")
        params.append(year_from)
    if year_to is not None:
        clauses.append("year <= ?")
        params.append(year_to)
    return "".join(f" AND {c}" for c in clauses), params
