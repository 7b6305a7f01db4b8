"""Jaarverslag facts: the year reported on and its overview table of advices."""

from __future__ import annotations

import re
from datetime import date

from cp_textmine.classify.stance import sentence_stance
from cp_textmine.read.dates import find_dates
from cp_textmine.read.doctext import DocText
from cp_textmine.records import AnnualReportFacts, Evidence, Table

YEAR_TITLE = re.compile(
    r"\bjaarverslag\s*(?:over\s+(?:het\s+jaar\s+)?)?(?P<year>(?:19|20)\d{2})\b", re.I
)
YEAR_BODY = re.compile(
    r"\b(?:over|in)\s+(?:het\s+(?:verslag)?jaar\s+)?(?P<year>(?:19|20)\d{2})\b", re.I
)
HEADER_WORDS = re.compile(r"datum|onderwerp|advies|gevraagd|reactie|overgenomen|titel", re.I)
STANCE_TO_CELL = {
    "adopted": "ja",
    "partially_adopted": "deels",
    "not_adopted": "nee",
    "noted": "kennisgenomen",
}
REQUESTED_CELL = re.compile(r"^\s*(ongevraagd|gevraagd|o|g|ja|nee)\b", re.I)


def annual_report_facts(
    doc: DocText, tables: tuple[Table, ...], doc_date: date | None
) -> tuple[AnnualReportFacts, list[Evidence]]:
    evidence = []
    year = None
    match = YEAR_TITLE.search(doc.text[:3000]) or YEAR_BODY.search(doc.text[:3000])
    if match:
        year = int(match["year"])
        evidence.append(doc.evidence("year", match.start(), match.end(), False))
    elif doc_date:
        year = doc_date.year - 1 if doc_date.month <= 6 else doc_date.year
    rows = advice_rows(tables, year)
    if rows:
        evidence.append(_table_evidence(rows))
    return AnnualReportFacts(year, len(rows) if rows else None, tuple(rows)), evidence


def _table_evidence(rows: list[dict]) -> Evidence:
    return Evidence("n_advices_listed", rows[0].get("page"), rows[0]["raw"][:600])


def advice_rows(tables: tuple[Table, ...], year: int | None) -> list[dict]:
    """Rows of tables whose header names a date and a subject/advice: the year's advices.

    A table without such a header that follows one with as many columns on a later page is
    its continuation (a table running over a page break): all its rows count.
    """
    rows: list[dict] = []
    columns: dict[str, int] | None = None
    width = last_page = 0
    for table in tables:
        if not table.rows:
            continue
        header = [c or "" for c in table.rows[0]]
        if sum(bool(HEADER_WORDS.search(c)) for c in header) >= 2:
            columns, width, last_page = _columns(header), len(header), table.page_no or 0
            body = table.rows[1:]
        elif columns is not None and len(header) == width and (table.page_no or 0) > last_page:
            body, last_page = table.rows, table.page_no or last_page
        else:
            continue
        for row in body:
            cells = [c or "" for c in row]
            if not any(cells):
                continue
            parsed = _parse_row(cells, columns, year)
            if parsed is None:
                continue
            parsed["page"] = table.page_no
            rows.append(parsed)
    return rows


def _columns(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, cell in enumerate(header):
        low = cell.lower()
        if "datum" in low and "date" not in found:
            found["date"] = i
        elif (
            "onderwerp" in low or "titel" in low or low.strip() == "advies"
        ) and "subject" not in found:
            found["subject"] = i
        elif "gevraagd" in low and "requested" not in found:
            found["requested"] = i
        elif ("reactie" in low or "antwoord" in low) and "answered" not in found:
            found["answered"] = i
        elif (
            "overgenomen" in low or "besluit" in low or "resultaat" in low
        ) and "adopted" not in found:
            found["adopted"] = i
    return found


def _parse_row(cells: list[str], columns: dict[str, int], year: int | None) -> dict | None:
    def cell(key: str) -> str:
        i = columns.get(key)
        return cells[i] if i is not None and i < len(cells) else ""

    date_text = cell("date") or cells[0]
    anchor = date(year, 12, 31) if year else None
    dates = find_dates(date_text, anchor=anchor)
    subject = cell("subject") or (cells[1] if len(cells) > 1 else "")
    if not dates and not subject:
        return None
    if re.fullmatch(r"\s*(totaal|total)\b.*", " ".join(cells), re.I):
        return None
    req_cell = cell("requested").lower()
    requested = None
    if "ongevraagd" in req_cell or req_cell.strip() in {"o", "nee"}:
        requested = False
    elif "gevraagd" in req_cell or req_cell.strip() in {"g", "ja"}:
        requested = True
    answered_cell = cell("answered").lower()
    answered = None
    adopted = None
    if len(answered_cell) > 40:  # a free-text reaction: answered, unless it says it is not
        answered = not re.search(
            r"\b(nog\s+geen\s+reactie|geen\s+reactie\s+ontvangen|nog\s+niet\s+(beantwoord|gereageerd))\b",
            answered_cell,
        )
        adopted = STANCE_TO_CELL.get(sentence_stance(answered_cell, require_actor=False) or "")
    elif answered_cell:
        answered = not re.search(
            r"\b(nee|nog\s+niet|geen|n\.?v\.?t|openstaand)\b|^\s*[-–—]?\s*$", answered_cell
        )
    adopted_cell = cell("adopted").lower()
    if adopted_cell:
        if re.search(r"deels|gedeeltelijk|grotendeels|ten dele", adopted_cell):
            adopted = "deels"
        elif re.search(r"\bnee\b|niet", adopted_cell):
            adopted = "nee"
        elif re.search(r"\bja\b|overgenomen|volledig", adopted_cell):
            adopted = "ja"
        else:
            adopted = adopted_cell.strip()[:40]
    return {
        "advice_date": dates[0].value if dates else None,
        "subject": subject.strip()[:300] or None,
        "requested": requested,
        "answered": answered,
        "adopted": adopted,
        "raw": " | ".join(c for c in cells if c),
    }
