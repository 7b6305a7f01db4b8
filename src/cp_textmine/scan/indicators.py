"""Indicators per council and year from the ``scan_indicators`` view, filtered, with their n."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..config import SMALL_N
from ..store import db as store_db

RATE_DENOMINATORS = {
    "share_requested": "n_requested_known",
    "response_rate": "n_advices",
    "timely_rate": "n_timely_known",
    "share_adopted": "n_decided",
    "share_partially_adopted": "n_decided",
    "share_not_adopted": "n_decided",
    "share_noted": "n_decided",
    "share_motivated_rejections": "n_rejections",
    "share_lead_under_28": "n_lead_known",
}


@dataclass(frozen=True)
class ScanResult:
    rows: list[dict]
    filters: dict
    reference_date: date
    documents: dict = field(default_factory=dict)

    def flagged(self, row: dict, key: str) -> bool:
        """True when a rate rests on fewer than SMALL_N advices."""
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
    """Rows of ``scan_indicators`` for the filters, ordered by municipality, council, year."""
    con = store_db.connect(db_path, read_only=True)
    try:
        where, params = _filters(municipality, council, year, year_from, year_to)
        cursor = con.execute(
            f"SELECT * FROM scan_indicators {where} ORDER BY municipality NULLS LAST, council NULLS LAST, year NULLS LAST",
            params,
        )
        columns = [d[0] for d in cursor.description]
        rows = [dict(zip(columns, r, strict=True)) for r in cursor.fetchall()]
        reference = con.execute("SELECT reference_date FROM scan_settings").fetchone()[0]
        documents = dict(
            con.execute(
                "SELECT coalesce(doc_type, status), count(*) FROM documents GROUP BY 1"
            ).fetchall()
        )
    finally:
        con.close()
    filters = {"municipality": municipality or [], "council": council, "year": year,
               "from": year_from, "to": year_to}  # fmt: skip
    return ScanResult(rows, filters, reference, documents)


def _filters(municipality, council, year, year_from, year_to) -> tuple[str, list]:
    clauses, params = [], []
    if municipality:
        clauses.append(f"lower(municipality) IN ({', '.join('?' for _ in municipality)})")
        params += [m.lower() for m in municipality]
    if council:
        clauses.append("council ILIKE ?")
        params.append(f"%{council}%")
    if year is not None:
        clauses.append("year = ?")
        params.append(year)
    if year_from is not None:
        clauses.append("year >= ?")
        params.append(year_from)
    if year_to is not None:
        clauses.append("year <= ?")
        params.append(year_to)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params
