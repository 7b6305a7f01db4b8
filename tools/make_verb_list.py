"""Derive the list of Dutch verb infinitives shipped as src/cp_textmine/data/verbs_nl.txt.

    python tools/make_verb_list.py

Source: the Dutch lemma lookup table of spacy-lookups-data. A lemma ending in -en to which at
least three word forms map is taken as a verb infinitive (nouns rarely have three forms). The
recommendation counter uses the list to tell an imperative ("Verhoog de grens", "Zorg voor")
from a noun or a statement at the start of a list item. Shipped as a file because loading the
whole lookup table costs two seconds per process.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from spacy.lookups import load_lookups

#: frequent verbs the table maps fewer than three forms to
SUPPLEMENT = ["beginnen", "gaan", "staan", "zien", "doen", "slaan"]
OUT = Path(__file__).resolve().parents[1] / "src" / "cp_textmine" / "data" / "verbs_nl.txt"


#: separable and inseparable verb prefixes
PREFIXES = ("be", "ver", "ont", "her", "er", "ge", "over", "onder", "door", "mis", "voor", "aan",
            "af", "op", "uit", "in", "mee", "toe", "na", "terug", "om", "bij", "weg", "vast",
            "samen")  # fmt: skip


def _prefixed_verb(word: str, verbs: set[str]) -> bool:
    return any(
        word.startswith(p) and len(word) - len(p) >= 4 and word[len(p) :] in verbs for p in PREFIXES
    )


def main() -> None:
    table = load_lookups("nl", ["lemma_lookup"]).get_table("lemma_lookup")
    forms = Counter(table.values())
    verbs = {v for v, n in forms.items() if v.endswith("en") and n >= 3 and v.isalpha()}
    verbs |= set(SUPPLEMENT)
    # a prefixed verb whose base is a verb, though the table maps fewer forms to it
    # ("beschrijven", "bepalen", "beperken": "Beschrijf in de toelichting ...")
    verbs |= {
        v
        for v in forms
        if v.endswith("en") and v.isalpha() and v not in verbs and _prefixed_verb(v, verbs)
    }
    verbs = sorted(verbs)
    OUT.write_text("\n".join(verbs) + "\n", encoding="utf-8")
    print(len(verbs), "infinitives ->", OUT)


if __name__ == "__main__":
    main()
