"""Dutch dates in all the forms letters use them, with their position in the text.

"14 maart 2023", "14-03-2023", "14/3/2023", "12 mrt. 2024", "2024-03-12", "d.d. 5 oktober 2009",
"maandag 2 mei 2022", "7-11-'22", and year-less "3 maart jl." / "12 april a.s." resolved
against an anchor date (the letter's own date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from cp_textmine.read import rx

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3, "maa": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
MONTH_NAMES = [
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
]  # fmt: skip
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"(?P<year>(?:19|20)\d{2}|'\d{2}|’\d{2})"
TEXTUAL = rx.compile(
    rf"\b(?P<day>[0-3]?\d)(?:e|ste|de)?\s+(?P<month>{_MONTH_RE})\.?(?![a-z])"
    rf"(?:,?\s+{_YEAR}|\s+(?P<rel>jl\.?|j\.l\.|jongstleden|a\.s\.?|aanstaande))?",
    re.IGNORECASE,
)
NUMERIC = rx.compile(
    r"(?<![\d/.\-])(?P<day>[0-3]?\d)(?P<sep>[-/.])(?P<month>[01]?\d)(?P=sep)"
    r"(?P<year>(?:19|20)\d{2}|'\d{2}|’\d{2}|\d{2})(?![\d/\-]|\.\d)"
)
ISO = rx.compile(
    r"(?<![\d/\-])(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d\-])"
)


@dataclass(frozen=True)
class DateMention:
    """A date found in text: its value, where it stands, and whether the year was written."""

    value: date
    start: int
    end: int
    text: str
    explicit_year: bool = True


def _year(raw: str) -> int:
    raw = raw.lstrip("'’")
    value = int(raw)
    if value < 100:
        value += 2000 if value < 70 else 1900
    return value


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, anchor: date | None = None) -> list[DateMention]:
    """All dates in ``text`` in order of position; year-less ones only when ``anchor`` is given."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for match in ISO.finditer(text):
        _add(
            found,
            taken,
            match,
            _safe_date(int(match["year"]), int(match["month"]), int(match["day"])),
        )
    for match in TEXTUAL.finditer(text):
        month = MONTHS[match["month"].lower()]
        day = int(match["day"])
        if match["year"]:
            _add(found, taken, match, _safe_date(_year(match["year"]), month, day))
        elif anchor is not None:
            value = resolve_yearless(day, month, anchor, match["rel"])
            _add(found, taken, match, value, explicit_year=False)
    for match in NUMERIC.finditer(text):
        value = _safe_date(_year(match["year"]), int(match["month"]), int(match["day"]))
        _add(found, taken, match, value)
    return sorted(found, key=lambda m: m.start)


def _add(
    found: list[DateMention],
    taken: list[tuple[int, int]],
    match: re.Match[str],
    value: date | None,
    explicit_year: bool = True,
) -> None:
    if value is None:
        return
    start, end = match.span()
    if any(s < end and start < e for s, e in taken):
        return
    taken.append((start, end))
    found.append(DateMention(value, start, end, match.group(0).strip(), explicit_year))


def resolve_yearless(day: int, month: int, anchor: date, relative: str | None) -> date | None:
    """'3 maart jl.' is the last 3 March on or before the anchor; 'a.s.' the next one after it."""
    rel = (relative or "").lower()
    same_year = _safe_date(anchor.year, month, day)
    if same_year is None:
        return None
    if rel.startswith(("a.s", "aanstaande")):
        return same_year if same_year >= anchor else _safe_date(anchor.year + 1, month, day)
    if same_year <= anchor:
        return same_year
    return _safe_date(anchor.year - 1, month, day)


def parse_date(text: str, anchor: date | None = None) -> date | None:
    """The first date in ``text``, or None."""
    mentions = find_dates(text, anchor)
    return mentions[0].value if mentions else None


def format_dutch(value: date) -> str:
    """'14 maart 2023': how the report and the generator write a date."""
    return f"{value.day} {MONTH_NAMES[value.month - 1]} {value.year}"
