"""Building blocks shared by all letters: letterheads, address blocks, header fields.

Each block draws its own independent choices (label wording, order, layout),
so two letters from the same template family still differ in many places.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from cp_textmine.synth.dates import format_date, say_date
from cp_textmine.synth.phrases import cap

FIELD_LABELS = {
    "date": ("Datum", "Datum", "Datum", "Datum brief"),
    "ref": ("Ons kenmerk", "Ons kenmerk", "Kenmerk", "Ons nummer", "Onze referentie"),
    "your_ref": ("Uw kenmerk", "Uw kenmerk", "Uw referentie"),
    "your_date": ("Uw brief van", "Uw brief d.d.", "Uw brief"),
    "subject": ("Onderwerp", "Onderwerp", "Betreft", "Betreft", "Inzake"),
    "attach": ("Bijlage(n)", "Bijlagen", "Bijlage"),
    "contact": ("Behandeld door", "Contactpersoon", "Inlichtingen bij"),
    "phone": ("Telefoon", "Telefoonnummer", "Tel."),
    "sent": ("Verzonden", "Verzenddatum"),
}


@dataclass(frozen=True)
class Field:
    """One header field: its kind and the value as it must appear in the text."""

    kind: str
    value: str


def running_footer(rng: random.Random, owner: str, tag: str) -> str | None:
    """A running footer directive line, or None (many letters have none)."""
    if rng.random() < 0.45:
        return None
    text = rng.choice(
        [
            "Pagina {page} van {pages}",
            "pagina {page} van {pages}",
            "{page}/{pages}",
            "- {page} -",
            f"{owner} | pagina {{page}}",
            f"{tag} – blad {{page}} van {{pages}}",
            "Blad {page}",
            f"{owner} – {{page}}",
        ]
    )
    return f"[[footer: {text}]]"


def running_header(rng: random.Random, options: list[str]) -> str | None:
    """A running header for pages after the first, or None."""
    if rng.random() < 0.7 or not options:
        return None
    return f"[[header: {rng.choice(options)}]]"


def letterhead(lines: list[str]) -> str:
    """The letterhead directive."""
    return "[[letterhead: " + " | ".join(line.replace("|", "/") for line in lines) + "]]"


def field_block(rng: random.Random, fields: list[Field]) -> str:
    """Header fields in one of several layouts, with drawn label wording."""
    layout = rng.choices(["colon", "space", "stacked"], weights=[60, 22, 18])[0]
    lines = []
    for field in fields:
        label = rng.choice(FIELD_LABELS[field.kind])
        if layout == "colon":
            lines.append(f"{label}: {field.value}")
        elif layout == "space":
            lines.append(f"{label}  {field.value}")
        else:
            lines += [label, field.value]
    if layout == "stacked" and rng.random() < 0.5:
        return "\n\n".join("\n".join(lines[i : i + 2]) for i in range(0, len(lines), 2))
    return "\n".join(lines)


def order_fields(rng: random.Random, fields: list[Field]) -> list[Field]:
    """Put fields in one of the common orders; subject usually last."""
    subject = [f for f in fields if f.kind == "subject"]
    rest = [f for f in fields if f.kind != "subject"]
    style = rng.random()
    if style < 0.5:
        priority = {"date": 0, "ref": 1, "your_ref": 2, "your_date": 3}
        rest.sort(key=lambda f: priority.get(f.kind, 5))
    elif style < 0.8:
        priority = {"ref": 0, "your_ref": 1, "your_date": 2, "date": 3}
        rest.sort(key=lambda f: priority.get(f.kind, 5))
    else:
        rng.shuffle(rest)
    if rng.random() < 0.2:
        return subject + rest
    return rest + subject


def place_date_line(rng: random.Random, place: str, when: str) -> str:
    """'Zuidhorn, 14 maart 2023' right-aligned or inline."""
    text = f"{place}, {when}" if rng.random() < 0.8 else when
    return f">> {text}" if rng.random() < 0.6 else text


def address_block(rng: random.Random, lines: list[str]) -> str:
    """A recipient address block (hard line breaks)."""
    if rng.random() < 0.15:
        lines = [lines[0], *(line.upper() if "Postbus" not in line else line for line in lines[1:])]
    return "\n".join(line for line in lines if line)


def stamp_text(rng: random.Random, received) -> str:
    """A received-stamp text with its own date (a trap for date extraction)."""
    word = rng.choice(["ONTVANGEN", "INGEKOMEN", "ONTV."])
    return f"[[stamp: {word} {format_date(received, 'upper_abbr')}]]"


def letter_date_text(rng: random.Random, day, formal: bool) -> str:
    """The letter's own date in a drawn form."""
    return say_date(rng, day, formal=formal)


def signature_lines(rng: random.Random, name: str, role: str, prefix: list[str]) -> str:
    """Sign-off lines, a scribble, and the signatory."""
    head = "\n".join(prefix)
    role_line = role if rng.random() < 0.85 else cap(role)
    return (
        f"{head}\n\n[[signature]]\n{name}\n{role_line}"
        if head
        else f"[[signature]]\n{name}\n{role_line}"
    )


def email_of(name: str, place: str) -> str:
    """A plausible e-mail address for a council."""
    slug = re.sub(r"[^a-z]", "", place.lower().replace("ë", "e"))[:18] or "raad"
    return f"secretariaat@{re.sub(r'[^a-z]', '', name.lower()[:12])}-{slug}.nl"
