"""Phrase banks: many alternative Dutch sentences per slot, and helpers to fill them.

Banks are plain text with `## slot` headers and one template per line, so a
writer can add alternatives without touching code. Templates use {name}
placeholders; fill() fails loudly on a missing one so labels never drift from text.
"""

from __future__ import annotations

import random
import string
from types import MappingProxyType

NUMBER_WORDS = (
    "nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
    "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien",
)  # fmt: skip


def parse_bank(text: str) -> MappingProxyType:
    """Parse '## slot' sections into a read-only mapping slot -> tuple of templates."""
    slots: dict[str, list[str]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("%%"):
            continue
        if line.startswith("## "):
            current = line[3:].strip()
            slots[current] = []
        elif current is not None:
            slots[current].append(line)
    return MappingProxyType({k: tuple(v) for k, v in slots.items()})


def fields_of(template: str) -> set[str]:
    """The placeholder names a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def fill(template: str, values: dict[str, str]) -> str:
    """Fill a template; a missing placeholder is a bug, not a blank."""
    missing = fields_of(template) - set(values)
    if missing:
        raise KeyError(f"template needs {sorted(missing)}: {template}")
    return template.format(**values)


def say(
    rng: random.Random,
    bank: MappingProxyType,
    slot: str,
    values: dict[str, str],
    require: frozenset[str] = frozenset(),
) -> str:
    """A random template of a slot whose placeholders are available (and include require)."""
    usable = [t for t in bank[slot] if fields_of(t) <= set(values) and require <= fields_of(t)]
    if not usable:
        raise KeyError(f"no usable template in slot {slot!r} for {sorted(values)}")
    return fill(rng.choice(usable), values)


def say_many(
    rng: random.Random, bank: MappingProxyType, slot: str, values: dict[str, str], k: int
) -> list[str]:
    """k different templates of one slot, filled."""
    usable = [t for t in bank[slot] if fields_of(t) <= set(values)]
    return [fill(t, values) for t in rng.sample(usable, min(k, len(usable)))]


def number_word(n: int) -> str:
    """'drie' for 3 (digits beyond the list)."""
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)


def cap(text: str) -> str:
    """Capitalise the first letter only (keeps 'Wmo', 'IOAW' intact)."""
    return text[:1].upper() + text[1:] if text else text


def council_noun(name: str) -> str:
    """How a council refers to itself: 'de cliëntenraad', 'de adviesraad', 'de Wmo-raad'."""
    lowered = name.lower()
    for key, noun in (
        ("wmo", "de Wmo-raad"),
        ("participatieraad", "de participatieraad"),
        ("adviesraad", "de adviesraad"),
        ("cliëntenraad", "de cliëntenraad"),
    ):
        if key in lowered:
            return noun
    return "de raad"


def join_list(items: list[str]) -> str:
    """'a, b en c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


def bare(noun_phrase: str) -> str:
    """Drop a leading article, as subject lines do: 'de beslagvrije voet' -> 'beslagvrije voet'."""
    for article in ("de ", "het ", "een "):
        if noun_phrase.startswith(article):
            return noun_phrase[len(article) :]
    return noun_phrase
