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


TERMINAL_COLUMNS = [
    ("municipality", "Gemeente"), ("year", "Jaar"), ("n_advices", "n"),
    ("share_requested", "Gevr"), ("response_rate", "Antw"), ("timely_rate", "Tijd"),
    ("median_response_days", "Dgn"), ("share_adopted", "Over"), ("share_partially_adopted", "Deels"),
    ("share_not_adopted", "Niet"), ("share_noted", "Kenn"), ("share_motivated_rejections", "Motiv"),
]  # fmt: skip


def _terminal_cell(result: ScanResult, row: dict, key: str) -> str:
    """Percentages without the sign (the caption says so), to fit 80 columns."""
    return fmt(result, row, key).replace("%", "")


def to_rich_table(result: ScanResult):
    """A compact terminal table; the council and all other figures are in markdown, JSON and HTML."""
    from rich import box
    from rich.table import Table

    table = Table(title=f"Scan cliëntenparticipatie — peildatum {result.reference_date}",
                  box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1, 0, 0))  # fmt: skip
    for key, label in TERMINAL_COLUMNS:
        if key == "municipality":
            table.add_column(label, max_width=14, overflow="ellipsis", no_wrap=True)
        else:
            table.add_column(label, justify="right", no_wrap=True)
    for row in result.rows:
        table.add_row(*[_terminal_cell(result, row, k) for k, _ in TERMINAL_COLUMNS])
    table.caption = (
        "Aandelen in %, Dgn = mediaan dagen tot reactie; * = minder dan 5 adviezen; – = onbekend.\n"
        "Raad en alle cijfers: --format markdown, json of html."
    )
    return table
