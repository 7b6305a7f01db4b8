"""Dutch word lists the readers share, loaded once per process.

``verbs_nl.txt`` holds Dutch infinitives (written by ``tools/make_verb_list.py`` from the
lemma table of spacy-lookups-data). The recommendation reader uses it to tell an order from a
noun phrase; the stance reader to tell "gaan wij ... toekennen" (an act) from "gaan wij in op
uw adviespunten" (a noun that happens to end in -en).
"""

from __future__ import annotations

import functools

from cp_textmine.config import DATA_DIR

VERBS_FILE = DATA_DIR / "verbs_nl.txt"


@functools.cache
def dutch_infinitives() -> frozenset[str]:
    """Lower-case Dutch infinitives ("toekennen", "aanpassen")."""
    return frozenset(VERBS_FILE.read_text(encoding="utf-8").split())
