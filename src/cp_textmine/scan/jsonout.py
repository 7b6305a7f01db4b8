"""Scan -> JSON with stable keys, described by ``scan.schema.json`` (shipped with the package).

Keys are listed here rather than taken from ``SELECT *``, so a column someone adds to a view
never changes the JSON; a test checks these lists against the schema and the views.
"""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

from cp_textmine.config import SMALL_N
from cp_textmine.scan import checklist
from cp_textmine.scan.crosscheck import ROW_COLUMNS, UNLISTED_COLUMNS
from cp_textmine.scan.indicators import RATE_DENOMINATORS, ScanResult

SCHEMA_VERSION = 1
INDICATOR_KEYS = (
    "council", "municipality", "year", "n_advices", "share_requested", "response_rate",
    "timely_rate", "median_response_days", "share_adopted", "share_partially_adopted",
    "share_not_adopted", "share_noted", "share_motivated_rejections", "topics_covered",
    "n_requested_known", "n_decided", "n_timely_known", "n_rejections", "p90_response_days",
    "n_unanswered", "median_lead_days", "n_lead_known", "share_lead_under_28", "councils",
    "n_answered", "n_response_days", "share_adopted_incl_partial", "timely_rate_28",
    "n_timely_known_28", "timely_rate_56", "n_timely_known_56", "n_with_topics", "n_work_income",
    "n_care", "work_income_share", "care_share", "broad_council", "snowed_under", "topic_counts",
    "topic_shares",
)  # fmt: skip
MUNICIPALITY_KEYS = tuple(k for k in INDICATOR_KEYS if k != "council")
REPORT_KEYS = ("report_doc_id", "council", "municipality", "year", "n_listed", "n_matched",
               "n_agree", "n_disagree", "n_no_letter", "n_unlisted")  # fmt: skip


def schema() -> dict:
    """The JSON Schema the output validates against."""
    text = resources.files("cp_textmine.scan").joinpath("scan.schema.json").read_text("utf-8")
    return json.loads(text)


def to_payload(result: ScanResult) -> dict:
    """The scan as plain data: every key always present, unknown values null."""
    return {
        "schema_version": SCHEMA_VERSION,
        "reference_date": result.reference_date,
        "filters": result.filters,
        "small_n": SMALL_N,
        "denominators": dict(RATE_DENOMINATORS),
        "documents": result.documents,
        "rows": [_row(result, r, INDICATOR_KEYS) for r in result.rows],
        "municipalities": [_row(result, r, MUNICIPALITY_KEYS) for r in result.municipality_rows],
        "annual_reports": {
            "reports": [_pick(r, REPORT_KEYS) for r in result.crosscheck.reports],
            "rows": [_pick(r, ROW_COLUMNS) for r in result.crosscheck.rows],
            "unlisted": [_pick(r, UNLISTED_COLUMNS) for r in result.crosscheck.unlisted],
        },
        "structure": {
            "norms": checklist.to_json_rows(result.structure),
            "counts": checklist.counts(result.structure),
        },
    }


def _pick(row: dict, keys: tuple[str, ...]) -> dict:
    return {k: row.get(k) for k in keys}


def _row(result: ScanResult, row: dict, keys: tuple[str, ...]) -> dict:
    picked = _pick(row, keys)
    picked["flags"] = sorted(k for k in keys if result.flagged(row, k))
    return picked


def _default(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def to_json(result: ScanResult) -> str:
    return json.dumps(to_payload(result), default=_default, ensure_ascii=False, indent=2) + "\n"
