"""Municipalities and regional bodies as they appear in letterheads and addresses.

The names ship as data (``data/municipalities.csv``, ``data/regions.csv``) and are
matched with a spaCy PhraseMatcher on a blank Dutch pipeline.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass

from cp_textmine.config import DATA_DIR

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
    return alias_table().get(name.strip().lower())


@functools.lru_cache(maxsize=1)
def _matcher():
    import spacy  # heavy: spaCy loads only where text is matched
    from spacy.matcher import PhraseMatcher  # heavy: spaCy loads only where text is matched

    nlp = spacy.blank("nl")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    forms = sorted(alias_table())
    matcher.add("PLACE", list(nlp.tokenizer.pipe(forms)))
    return nlp, matcher


@dataclass(frozen=True)
class PlaceMention:
    name: str  # canonical
    start: int
    end: int
    text: str


def find_places(text: str) -> list[PlaceMention]:
    """Capitalised mentions of known places, longest match first, as character spans."""
    nlp, matcher = _matcher()
    doc = nlp.make_doc(text)
    spans = [doc[s:e] for _, s, e in matcher(doc)]
    spans = _longest_non_overlapping(spans)
    mentions = []
    for span in spans:
        written = span.text
        if not written[:1].isupper() and not written.startswith(("'s", "’s")):
            continue
        name = canonical(written)
        if name:
            mentions.append(PlaceMention(name, span.start_char, span.end_char, written))
    return mentions


def _longest_non_overlapping(spans: list) -> list:
    chosen = []
    used: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if any(i in used for i in range(span.start, span.end)):
            continue
        chosen.append(span)
        used.update(range(span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)


def is_ambiguous(name: str) -> bool:
    return name.lower() in AMBIGUOUS or _strip_qualifier(name).lower() in AMBIGUOUS
