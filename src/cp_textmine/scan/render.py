"""Scan -> terminal tables and markdown; the column groups and cell formatting HTML shares.

JSON lives in ``jsonout.py`` (re-exported here for the CLI).
"""

from __future__ import annotations

from rich import box
from rich.console import Group
from rich.table import Table

from cp_textmine.scan import checklist
from cp_textmine.scan.crosscheck import describe
from cp_textmine.scan.indicators import RATE_DENOMINATORS, ScanResult
from cp_textmine.scan.jsonout import to_json as to_json
from cp_textmine.scan.labels import STATUS_NL, yes_no

KEYS = [("municipality", "Gemeente"), ("council", "Raad"), ("year", "Jaar")]
COLUMNS = [
    *KEYS, ("n_advices", "Adviezen"),
    ("share_requested", "Gevraagd"), ("response_rate", "Beantwoord"), ("timely_rate", "Tijdig"),
    ("median_response_days", "Mediaan dagen"), ("share_adopted", "Overgenomen"),
    ("share_partially_adopted", "Deels"), ("share_not_adopted", "Niet"), ("share_noted", "Kennisname"),
    ("share_motivated_rejections", "Gemotiveerd"),
]  # fmt: skip
TIMING_COLUMNS = [
    *KEYS, ("n_answered", "Beantwoord (n)"), ("median_response_days", "Mediaan dagen"),
    ("p90_response_days", "P90 dagen"), ("timely_rate_28", "Tijdig bij 28 d"),
    ("timely_rate", "Tijdig (norm)"), ("timely_rate_56", "Tijdig bij 56 d"),
    ("n_unanswered", "Zonder reactie"), ("median_lead_days", "Mediaan voorbereiding (d)"),
    ("share_lead_under_28", "Voorbereiding < 28 d"),
]  # fmt: skip
TOPIC_COLUMNS = [
    *KEYS, ("n_with_topics", "Met onderwerp"), ("work_income_share", "Werk en inkomen"),
    ("care_share", "Wmo en Jeugd"), ("broad_council", "Brede raad"),
    ("snowed_under", "Ondergesneeuwd"), ("topic_shares", "Onderwerpen (aandeel)"),
]  # fmt: skip
MUNICIPALITY_COLUMNS = [
    c for c in COLUMNS if c[0] != "council"
] + [("councils", "Raden"), ("timely_rate_28", "Tijdig 28 d"), ("timely_rate_56", "Tijdig 56 d"),
     ("p90_response_days", "P90 dagen"), ("work_income_share", "Werk en inkomen")]  # fmt: skip
CROSS_COLUMNS = [("municipality", "Gemeente"), ("year", "Jaar"), ("n_listed", "In jaarverslag"),
                 ("n_matched", "Brief gevonden"), ("n_agree", "Klopt"), ("n_disagree", "Wijkt af"),
                 ("n_no_letter", "Geen brief"), ("n_unlisted", "Brief niet in jaarverslag")]  # fmt: skip
PERCENT = {k for k in RATE_DENOMINATORS if "share" in k or "rate" in k} - {"topic_shares"}
LEGEND = "`*` = berekend over minder dan 5 adviezen; (n=…) = aantal adviezen achter het cijfer; `–` = onbekend."


def fmt(result: ScanResult, row: dict, key: str, with_n: bool = False) -> str:
    """One cell: percentages, days, yes/no, lists; ``*`` when n < 5, optionally ``(n=…)``."""
    value = row.get(key)
    if value is None:
        return "–"
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "–"
    if isinstance(value, dict):  # topic -> share, largest first
        items = sorted(value.items(), key=lambda kv: (-kv[1], kv[0]))
        return ", ".join(f"{k} {100 * v:.0f}%" for k, v in items) or "–"
    if key in PERCENT:
        text = f"{100 * value:.0f}%"
    elif isinstance(value, float):
        text = f"{value:.0f}"
    else:
        text = str(value)
    if result.flagged(row, key):
        text += "*"
    if with_n and key in RATE_DENOMINATORS:
        text += f" (n={row.get(RATE_DENOMINATORS[key]) or 0})"
    return text


def _md_table(result: ScanResult, rows: list[dict], columns: list[tuple[str, str]]) -> list[str]:
    lines = ["| " + " | ".join(label for _, label in columns) + " |",
             "| " + " | ".join("---" for _ in columns) + " |"]  # fmt: skip
    for row in rows:
        cells = (fmt(result, row, k, with_n=True).replace("|", "/") for k, _ in columns)
        lines.append("| " + " | ".join(cells) + " |")
    return lines if rows else ["_Geen gegevens._"]


def to_markdown(result: ScanResult) -> str:
    lines = [f"# Scan cliëntenparticipatie (peildatum {result.reference_date})", ""]
    lines += ["## Indicatoren per raad en jaar", "", *_md_table(result, result.rows, COLUMNS), ""]
    lines += ["## Reactietijd, normgevoeligheid en voorbereidingstijd", ""]
    lines += [*_md_table(result, result.rows, TIMING_COLUMNS), ""]
    lines += ["## Onderwerpen: werk en inkomen tegenover Wmo en Jeugd", ""]
    lines += [*_md_table(result, result.rows, TOPIC_COLUMNS), ""]
    lines += ["## Indicatoren per gemeente en jaar", ""]
    lines += [*_md_table(result, result.municipality_rows, MUNICIPALITY_COLUMNS), ""]
    lines += [*_markdown_crosscheck(result), ""]
    lines += [*checklist.to_markdown(result.structure), "", LEGEND]
    return "\n".join(lines) + "\n"


def _markdown_crosscheck(result: ScanResult) -> list[str]:
    check = result.crosscheck
    lines = ["## Jaarverslag tegenover de brieven", ""]
    if not check.reports:
        return [*lines, "_Geen jaarverslag met een overzicht van adviezen gevonden._"]
    lines += _md_table(result, check.reports, CROSS_COLUMNS)
    problems = [r for r in check.rows if r["status"] != "agrees"]
    if problems:
        lines += ["", "| Gemeente | Jaar | Advies (jaarverslag) | Uitkomst | Toelichting |",
                  "| --- | --- | --- | --- | --- |"]  # fmt: skip
        for r in problems:
            lines.append(f"| {r['municipality']} | {r['year']} | {_cell(r['listed_subject'])} | "
                         f"{STATUS_NL[r['status']]} | {_cell(describe(r))} |")  # fmt: skip
    if check.unlisted:
        lines += ["", "Adviesbrieven die het jaarverslag niet noemt:", ""]
        lines += [
            f"- {u['municipality']} {u['advice_date']}: {_cell(u['subject'])}"
            for u in check.unlisted
        ]
    return lines


def _cell(text: object) -> str:
    return str(text or "–").replace("|", "/").replace("\n", " ")


TERMINAL_COLUMNS = [
    ("municipality", "Gemeente"), ("year", "Jaar"), ("n_advices", "n"),
    ("share_requested", "Gevr"), ("response_rate", "Antw"), ("timely_rate", "Tijd"),
    ("median_response_days", "Dgn"), ("share_adopted", "Over"), ("share_partially_adopted", "Deels"),
    ("share_not_adopted", "Niet"), ("share_noted", "Kenn"), ("share_motivated_rejections", "Motiv"),
]  # fmt: skip
TERMINAL_EXTRA = [
    ("municipality", "Gemeente"), ("year", "Jaar"), ("p90_response_days", "P90"),
    ("timely_rate_28", "T28"), ("timely_rate", "Tnorm"), ("timely_rate_56", "T56"),
    ("median_lead_days", "Voorb"), ("share_lead_under_28", "V<28"), ("work_income_share", "W&I"),
    ("snowed_under", "Sneeuw"),
]  # fmt: skip


def _terminal_cell(result: ScanResult, row: dict, key: str) -> str:
    """Percentages without the sign (the caption says so), to fit 80 columns."""
    if key == "snowed_under":
        return {True: "ja!", False: "nee"}.get(row.get(key), "–")
    return fmt(result, row, key).replace("%", "")


def _terminal_table(result: ScanResult, rows: list[dict], columns, title: str, caption: str):
    table = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1, 0, 0),
                  caption_justify="left")  # fmt: skip
    for key, label in columns:
        if key == "municipality":
            table.add_column(label, max_width=14, overflow="ellipsis", no_wrap=True)
        else:
            table.add_column(label, justify="right", no_wrap=True)
    for row in rows:
        table.add_row(*[_terminal_cell(result, row, k) for k, _ in columns])
    table.caption = caption
    return table


def to_rich_table(result: ScanResult):
    """Compact terminal tables; the council and every figure are in markdown, JSON and HTML."""

    parts = [_terminal_table(
        result, result.rows, TERMINAL_COLUMNS,
        f"Scan cliëntenparticipatie — peildatum {result.reference_date}",
        "Aandelen in %. Dgn = mediaan dagen tot reactie. * = minder dan 5 adviezen.\n"
        "– = onbekend. Raad en alle cijfers: --format markdown, json of html.",
    ), _terminal_table(
        result, result.rows, TERMINAL_EXTRA, "Reactietijd, voorbereiding en werk en inkomen",
        "P90 = 90e percentiel dagen tot reactie. T28/Tnorm/T56 = % tijdig bij een\n"
        "termijn van 28 d / de norm / 56 d. Voorb = mediaan dagen aanvraag→advies,\n"
        "V<28 = % met minder dan 28 d. W&I = % werk en inkomen.\n"
        "Sneeuw = brede raad met W&I < 1/3.",
    )]  # fmt: skip
    if _several_councils(result):
        parts.append(_terminal_table(result, result.municipality_rows, TERMINAL_COLUMNS,
                                     "Per gemeente (alle raden samen)", ""))  # fmt: skip
    if result.crosscheck.reports:
        parts.append(_crosscheck_table(result))
    if result.structure:
        parts.append(_structure_table(result))
    return Group(*parts)


def _structure_table(result: ScanResult):
    table = Table(title="Structuur: normen voldaan", box=box.SIMPLE_HEAD, pad_edge=False,
                  caption_justify="left")  # fmt: skip
    for label in ("Gemeente", "Voldaan", "Niet voldaan", "Onbekend"):
        table.add_column(label, justify="left" if label == "Gemeente" else "right")
    for c in checklist.counts(result.structure):
        table.add_row(
            str(c["municipality"]), str(c["n_met"]), str(c["n_not_met"]), str(c["n_unknown"])
        )
    table.caption = "Welke normen en de bronzinnen: --format markdown of html."
    return table


def _several_councils(result: ScanResult) -> bool:
    return any(len(r.get("councils") or []) > 1 for r in result.municipality_rows)


def _crosscheck_table(result: ScanResult):
    table = Table(title="Jaarverslag tegenover de brieven", box=box.SIMPLE_HEAD, pad_edge=False,
                  caption_justify="left")  # fmt: skip
    for label in ("Gemeente", "Jaar", "Genoemd", "Klopt", "Wijkt af", "Geen brief", "Niet genoemd"):
        table.add_column(label, justify="left" if label == "Gemeente" else "right")
    for r in result.crosscheck.reports:
        table.add_row(str(r["municipality"] or "–"), str(r["year"] or "–"), str(r["n_listed"]),
                      str(r["n_agree"]), str(r["n_disagree"]), str(r["n_no_letter"]), str(r["n_unlisted"]))  # fmt: skip
    table.caption = "Welke adviezen afwijken: --format markdown of html."
    return table
