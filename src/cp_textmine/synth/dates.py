"""Dutch date writing in all the forms municipal letters use.

Letters write one date many ways ("14 maart 2023", "14-03-2023", "12 mrt. 2024",
"2024-03-12", "7-11-'22", "3 maart jl."); the generator draws a form per use so
date extraction is trained on all of them, and tests can list every form.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
MONTHS_ABBR = (
    "jan.", "feb.", "mrt.", "apr.", "mei", "jun.",
    "jul.", "aug.", "sep.", "okt.", "nov.", "dec.",
)  # fmt: skip
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")

#: Forms with their relative weights in running text.
FORMS = {
    "long": 40,
    "long_wd": 5,
    "dash": 12,
    "dash_short": 8,
    "slash": 5,
    "slash0": 3,
    "abbr": 7,
    "abbr_nodot": 2,
    "iso": 4,
    "dots": 3,
    "yy": 3,
    "upper_abbr": 0,  # stamps only
}


def format_date(d: date, form: str = "long") -> str:
    """Write a date in one named Dutch form."""
    if form == "long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if form == "long_wd":
        return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"
    if form == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if form == "dash_short":
        return f"{d.day}-{d.month}-{d.year}"
    if form == "slash":
        return f"{d.day}/{d.month}/{d.year}"
    if form == "slash0":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if form == "abbr":
        return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"
    if form == "abbr_nodot":
        return f"{d.day} {MONTHS_ABBR[d.month - 1].rstrip('.')} {d.year}"
    if form == "iso":
        return d.isoformat()
    if form == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if form == "yy":
        return f"{d.day}-{d.month}-'{d.year % 100:02d}"
    if form == "upper_abbr":
        return f"{d.day} {MONTHS_ABBR[d.month - 1].rstrip('.').upper()} {d.year}"
    if form == "jl":
        return f"{d.day} {MONTHS[d.month - 1]} jl."
    if form == "month_year":
        return f"{MONTHS[d.month - 1]} {d.year}"
    raise ValueError(f"unknown date form {form!r}")


def pick_form(rng: random.Random, *, formal: bool = False) -> str:
    """Draw a date form; formal headers favour the written-out month."""
    names = [f for f, w in FORMS.items() if w]
    weights = [FORMS[f] * (3 if formal and f.startswith("long") else 1) for f in names]
    return rng.choices(names, weights=weights)[0]


def say_date(rng: random.Random, d: date, *, formal: bool = False) -> str:
    """A date in a randomly drawn form."""
    return format_date(d, pick_form(rng, formal=formal))


def say_earlier_date(rng: random.Random, d: date, letter_date: date) -> str:
    """A date referred to from a later letter; may use 'jl.' within the same year."""
    if d.year == letter_date.year and d < letter_date and rng.random() < 0.2:
        return format_date(d, "jl")
    return say_date(rng, d)


def date_forms(d: date) -> list[str]:
    """Every complete form of a date (with year), for checking a label against text."""
    forms = [f for f in FORMS if f != "long_wd"] + ["long_wd"]
    return [format_date(d, f) for f in forms]


def add_workdays(d: date, days: int) -> date:
    """A date some calendar days later, moved off the weekend (letters go out on workdays)."""
    out = d + timedelta(days=days)
    while out.weekday() >= 5:
        out += timedelta(days=1)
    return out


def workday(d: date) -> date:
    """The same date, or the next Monday when it falls in a weekend."""
    return add_workdays(d, 0)
