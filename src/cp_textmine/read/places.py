"""Municipalities and regional bodies as they appear in letterheads and addresses.

The names ship as data (``data/municipalities.csv``, ``data/regions.csv``) and are
matched on the token boundaries of spaCy's blank Dutch pipeline, case-insensitively, like a
spaCy PhraseMatcher on LOWER (which this replaced: importing spaCy cost 1.2 s per process).
The tokens come from ``read/nl_tokens.py``, a port of spaCy's tokenizer; the matches are the
same as the PhraseMatcher's (tests/test_places_gazetteer.py), except that a name wrapped at a
line end ("Stichtse\nVecht") is found too: newline tokens are skipped.
"""

from __future__ import annotations

import csv
import functools
import re
from collections import Counter
from dataclasses import dataclass

from cp_textmine.config import DATA_DIR
from cp_textmine.read import rx
from cp_textmine.read.nl_tokens import dutch_tokenizer

#: Names that are also ordinary Dutch words: only trusted with a strong context.
AMBIGUOUS = {"best", "beek", "goes", "sluis", "stein", "ede", "epe", "oss", "laren", "bergen",
             "horst", "putten", "velsen", "vught", "nuenen", "boxtel", "wierden", "heusden",
             "hof van twente", "land van cuijk", "altena", "midden-groningen", "buren", "venray",
             "renkum", "zeist", "lopik", "rhenen", "duiven", "mill", "elburg", "ermelo"}  # fmt: skip


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # 'gemeente' or a region kind
    code: str | None
    province: str | None
    members: tuple[str, ...] = ()


@functools.lru_cache(maxsize=1)
def load_places() -> tuple[Place, ...]:
    """All municipalities then all regional bodies from the shipped CSV files."""
    places: list[Place] = []
    path = DATA_DIR / "municipalities.csv"
    if path.exists():
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                places.append(Place(row["name"], "gemeente", row.get("code"), row.get("province")))
    path = DATA_DIR / "regions.csv"
    if path.exists():
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                members = tuple(
                    m.strip() for m in (row.get("members") or "").split(";") if m.strip()
                )
                places.append(Place(row["name"], row.get("kind") or "region", None, None, members))
    return tuple(places)


@functools.lru_cache(maxsize=1)
def alias_table() -> dict[str, str]:
    """Every written form (lower case) -> canonical name; municipalities win over regions."""
    table: dict[str, str] = {}
    for path, name_col in (
        (DATA_DIR / "regions.csv", "name"),
        (DATA_DIR / "municipalities.csv", "name"),
    ):
        if not path.exists():
            continue
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                forms = [row[name_col]] + [
                    a for a in (row.get("aliases") or "").split(";") if a.strip()
                ]
                for form in forms:
                    table[form.strip().lower()] = row[name_col]
                    plain = _strip_qualifier(form.strip())
                    if plain.lower() not in table:
                        table[plain.lower()] = row[name_col]
    return table


def _strip_qualifier(name: str) -> str:
    """'Bergen (NH.)' is written 'Bergen' in letters; keep the qualifier-free form as an alias."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", name)


@functools.lru_cache(maxsize=1)
def municipality_names() -> frozenset[str]:
    return frozenset(p.name for p in load_places() if p.kind == "gemeente")


def region_members(name: str) -> tuple[str, ...]:
    """Member municipalities of a regional body (empty when unknown)."""
    return next((p.members for p in load_places() if p.name == name and p.kind != "gemeente"), ())


def canonical(name: str) -> str | None:
    """The canonical name for a written form, or None when it is not a known place."""
    return alias_table().get(_straight(name.strip().lower()))


@functools.lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Every written form as its lower-case tokens, keyed by the first token."""
    tokenizer = dutch_tokenizer()
    table: dict[str, list[tuple[str, ...]]] = {}
    for form in sorted(alias_table()):
        lowers = tuple(t.text.lower() for t in tokenizer(form))
        if lowers and lowers not in table.get(lowers[0], []):
            table.setdefault(lowers[0], []).append(lowers)
    return {first: tuple(forms) for first, forms in table.items()}


@dataclass(frozen=True)
class PlaceMention:
    name: str  # canonical
    start: int
    end: int
    text: str


def find_places(text: str) -> list[PlaceMention]:
    """Capitalised mentions of known places, longest match first, as character spans.

    Only the lines that hold a place name's key word (and the lines a name wrapped at a line
    end can reach from it, see _key_words) are tokenized: the tokenizer splits at whitespace,
    so a line reads the same alone as within its page, and tokenizing every line cost most of
    the reading of a letter's header."""
    return list(_places_of(text))


#: the readers look for places in the same header more than once (the municipality, then the
#: council's name): half of the calls on the bench letters repeat one
TEXTS_REMEMBERED = 256


@functools.lru_cache(maxsize=TEXTS_REMEMBERED)
def _places_of(text: str) -> tuple[PlaceMention, ...]:
    mentions = []
    for start, end in _windows(text):
        mentions.extend(
            PlaceMention(m.name, m.start + start, m.end + start, m.text)
            for m in _places_in(text[start:end])
        )
    return tuple(mentions)


#: the words of place names that say nothing alone ("Bergen op Zoom", "De Bilt")
_NAME_FILLERS = frozenset(
    {"de", "den", "der", "het", "op", "aan", "van", "en", "in", "a", "d", "s"}
)
_WORD = rx.compile(r"[^\W\d_]+")
#: words of regional bodies' names that letters use for other things ("Werk en Inkomen
#: Lekstroom", "Regionale Sociale Dienst ..."): never a form's key word when it has another
_COMMON_WORDS = frozenset(
    {"werk", "inkomen", "sociale", "sociaal", "dienst", "regionale", "regio", "organisatie",
     "gemeenten", "samenwerking", "werkplein", "groot", "centraal", "hart", "rijk", "midden",
     "noord", "zuid", "oost", "west", "arbeidsmarktregio"}
)  # fmt: skip


@functools.lru_cache(maxsize=1)
def _key_words() -> dict[str, int]:
    """One word of each written form -> how many lines beside it the form can reach.

    A form matches only where all its words stand, so a window needs only one of them: the
    word fewest forms share, neither a one- or two-letter one nor a common word ("duurstede" for
    "Wijk bij Duurstede", "bergen" for "Bergen (N.H.)", "lekstroom" for "Werk en Inkomen
    Lekstroom"). Triggering on every word of every form opened windows on "bij", "werk",
    "inkomen" and single letters: 2,557 of 11,421 header lines of the 300 bench letters. A
    form of n tokens spans at most n lines, so its word's window reaches n - 1 lines either
    side."""
    tokenizer = dutch_tokenizer()
    words_of = {}
    for form in alias_table():
        own = set(_WORD.findall(_straight(form.lower())))
        words_of[form] = own - _NAME_FILLERS or own
    shared = Counter(word for words in words_of.values() for word in words)
    keys: dict[str, int] = {}
    for form, words in words_of.items():
        key = min(words, key=lambda w: (len(w) <= 2, w in _COMMON_WORDS, shared[w], -len(w), w))
        reach = sum(not t.text.isspace() for t in tokenizer(form)) - 1
        keys[key] = max(keys.get(key, 0), reach)
    return keys


def _windows(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of lines within reach of a form's key word (see _key_words)."""
    keys = _key_words()
    bounds, spans, offset = [], [], 0
    for i, line in enumerate(text.split("\n")):
        bounds.append((offset, offset + len(line)))
        offset += len(line) + 1
        reach = max((keys.get(w, -1) for w in _WORD.findall(line.lower())), default=-1)
        if reach >= 0:
            spans.append((i - reach, i + reach))
    windows: list[tuple[int, int]] = []
    for first, last in sorted(spans):
        start, end = bounds[max(0, first)][0], bounds[min(len(bounds), last + 1) - 1][1]
        if windows and start <= windows[-1][1] + 1:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _places_in(text: str) -> list[PlaceMention]:
    # a name may wrap at a line end ("Stichtse\nVecht"): spaCy keeps the newline as a token
    tokens = [t for t in dutch_tokenizer()(text) if not t.text.isspace()]
    lowers = [_straight(t.text.lower()) for t in tokens]
    phrases = _phrases()
    spans = [
        (i, i + len(form))
        for i, first in enumerate(lowers)
        for form in phrases.get(first, ())
        if tuple(lowers[i : i + len(form)]) == form
    ]
    mentions = []
    for start, end in _longest_non_overlapping(spans):
        start_char, end_char = tokens[start].start, tokens[end - 1].end
        written = text[start_char:end_char]
        if not written[:1].isupper() and not _straight(written).startswith("'s"):
            continue
        name = canonical(" ".join(_straight(written).split()))
        if name:
            mentions.append(PlaceMention(name, start_char, end_char, written))
    return mentions


def _straight(text: str) -> str:
    """’s-Hertogenbosch as 's-Hertogenbosch: word processors curl the apostrophe."""
    return text.replace("’", "'").replace("‘", "'")


def _longest_non_overlapping(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) token spans: the longest first, then the earliest; no token in two spans."""
    chosen = []
    used: set[int] = set()
    for start, end in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        if any(i in used for i in range(start, end)):
            continue
        chosen.append((start, end))
        used.update(range(start, end))
    return sorted(chosen)


def is_ambiguous(name: str) -> bool:
    return name.lower() in AMBIGUOUS or _strip_qualifier(name).lower() in AMBIGUOUS
