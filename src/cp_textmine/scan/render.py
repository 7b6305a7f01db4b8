"""Scan rows -> terminal table, markdown or JSON (stable keys)."""

from __future__ import annotations

import json
from datetime import date

from .indicators import ScanResult

COLUMNS = [
    ("municipality", "Gemeente"), ("council", "Raad"), ("year", "Jaar"), ("n_advices", "Adviezen"),
    ("share_requested", "Gevraagd"), ("response_rate", "Beantwoord"), ("timely_rate", "Tijdig"),
    ("median_response_days", "Mediaan dagen"), ("share_adopted", "Overgenomen"),
    ("share_partially_adopted", "Deels"), ("share_not_adopted", "Niet"), ("share_noted", "Kennisname"),
    ("share_motivated_rejections", "Gemotiveerd"),
]  # fmt: skip
SHARES = {k for k, _ in COLUMNS if k.startswith("share") or k.endswith("rate")}


def fmt(result: ScanResult, row: dict, key: str) -> str:
    value = row.get(key)
    if value is None:
        return "–"
    if key in SHARES:
        text = f"{100 * value:.0f}%"
        return f"{text}*" if result.flagged(row, key) else text
    if isinstance(value, float):
        return f"{value:.0f}"
    return str(value)


def to_markdown(result: ScanResult) -> str:
    header = "| " + " | ".join(label for _, label in COLUMNS) + " |"
    sep = "| " + " | ".join("---" for _ in COLUMNS) + " |"
    lines = [f"# Scan cliëntenparticipatie (peildatum {result.reference_date})", "", header, sep]
    for row in result.rows:
        lines.append("| " + " | ".join(fmt(result, row, k) for k, _ in COLUMNS) + " |")
    lines += ["", "`*` = berekend over minder dan 5 adviezen; `–` = onbekend."]
    return "\n".join(lines) + "\n"


def to_json(result: ScanResult) -> str:
    def default(value: object) -> object:
        if isinstance(value, date):
            return value.isoformat()
        raise TypeError(type(value).__name__)

    payload = {
        "reference_date": result.reference_date,
        "filters": result.filters,
        "documents": result.documents,
        "rows": [
            {**row, "flags": sorted(k for k in row if result.flagged(row, k))}
            for row in result.rows
        ],
    }
    return json.dumps(payload, default=default, ensure_ascii=False, indent=2) + "\n"


def to_rich_table(result: ScanResult):
    from rich.table import Table

    table = Table(
        title=f"Scan cliëntenparticipatie — peildatum {result.reference_date}", show_lines=False
    )
    for key, label in COLUMNS:
        table.add_column(label, justify="left" if key in {"municipality", "council"} else "right")
    for row in result.rows:
        table.add_row(*[fmt(result, row, k) for k, _ in COLUMNS])
    table.caption = "* = minder dan 5 adviezen; – = onbekend"
    return table
