"""The jaarverslag as a second source: its advice table against the letters found.

The matching itself is SQL (``annual_report_crosscheck`` and ``annual_report_unlisted`` in
``store/views_scan.sql``) so analysts see the same pairs; this module loads the rows for the
scan's filters and sums them up per report.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb

from cp_textmine.scan.labels import DECISION_NL, FIELD_NL, yes_no

ROW_COLUMNS = (
    "report_doc_id", "council", "municipality", "year", "row_no", "listed_date", "listed_subject",
    "listed_requested", "listed_answered", "listed_adopted", "listed_decision", "advice_doc_id",
    "match_method", "letter_date", "letter_subject", "letter_requested", "letter_answered",
    "letter_decision", "response_doc_id", "status", "disagreements",
)  # fmt: skip
UNLISTED_COLUMNS = ("report_doc_id", "advice_doc_id", "council", "municipality", "year",
                    "advice_date", "subject", "answered", "decision")  # fmt: skip


@dataclass(frozen=True)
class CrossCheck:
    """Rows of the reports' tables with their match, letters the reports leave out, a summary."""

    rows: list[dict] = field(default_factory=list)
    unlisted: list[dict] = field(default_factory=list)
    reports: list[dict] = field(default_factory=list)


def load_crosscheck(
    con: duckdb.DuckDBPyConnection, where: str, params: list, council: str | None
) -> CrossCheck:
    """Cross-check rows for the scan's filters (``where`` are AND-clauses on municipality/year)."""
    council_clause = " AND council ILIKE ?" if council else ""
    extra = [f"%{council}%"] if council else []
    rows = _select(con, "annual_report_crosscheck", ROW_COLUMNS,
                   f"WHERE true {where}{council_clause} ORDER BY municipality, year, report_doc_id, row_no",
                   params + extra)  # fmt: skip
    unlisted_clause = council_clause.replace("council", "report_council")
    unlisted = _select(con, "annual_report_unlisted", UNLISTED_COLUMNS,
                       f"WHERE true {where}{unlisted_clause} ORDER BY municipality, year, advice_date",
                       params + extra)  # fmt: skip
    return CrossCheck(rows, unlisted, summarize(rows, unlisted))


def _select(
    con: duckdb.DuckDBPyConnection, view: str, columns: tuple[str, ...], tail: str, params: list
) -> list[dict]:
    cursor = con.execute(f"SELECT {', '.join(columns)} FROM {view} {tail}", params)
    return [dict(zip(columns, r, strict=True)) for r in cursor.fetchall()]


def summarize(rows: list[dict], unlisted: list[dict]) -> list[dict]:
    """One line per annual report: listed, matched, disagreeing, without letter, letters unlisted."""
    reports: dict[str, dict] = {}
    for row in rows:
        report = reports.setdefault(row["report_doc_id"], {
            "report_doc_id": row["report_doc_id"], "council": row["council"],
            "municipality": row["municipality"], "year": row["year"], "n_listed": 0,
            "n_matched": 0, "n_agree": 0, "n_disagree": 0, "n_no_letter": 0, "n_unlisted": 0,
        })  # fmt: skip
        report["n_listed"] += 1
        report["n_matched"] += row["status"] != "no_letter"
        report["n_agree"] += row["status"] == "agrees"
        report["n_disagree"] += row["status"] == "disagrees"
        report["n_no_letter"] += row["status"] == "no_letter"
    for item in unlisted:
        if item["report_doc_id"] in reports:
            reports[item["report_doc_id"]]["n_unlisted"] += 1
    return list(reports.values())


def describe(row: dict) -> str:
    """Plain Dutch: what the two sources say differently about one listed advice."""
    if row["status"] == "no_letter":
        return "het jaarverslag noemt dit advies, maar de adviesbrief is niet gevonden"
    if row["status"] == "agrees":
        return "jaarverslag en brieven zeggen hetzelfde"
    parts = []
    for name in row["disagreements"]:
        listed, letter = _pair(row, name)
        parts.append(f"{FIELD_NL[name]}: jaarverslag {listed}, brieven {letter}")
    return "; ".join(parts)


def _pair(row: dict, name: str) -> tuple[str, str]:
    if name == "decision":
        return (
            DECISION_NL.get(row["listed_decision"], "?"),
            DECISION_NL.get(row["letter_decision"], "?"),
        )
    return yes_no(row[f"listed_{name}"]), yes_no(row[f"letter_{name}"])
