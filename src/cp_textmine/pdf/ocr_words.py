"""Repair what OCR does to Dutch words: accents on letters that have none.

Why: Tesseract on a noisy scan puts accents where there are none ("Wij dankén u voor uw
inhóudelijke reactie"), and every reader downstream looks for the plain word. Dutch has few
accented words of its own ("één", "cliënten", "geïnformeerd"), so a word with an accent that is
no Dutch word form, while the same word without accents is, gets the plain spelling back. The
word forms are the Dutch lookup tables that spaCy's lemmatizer ships (spacy-lookups-data), read
directly: no model, nothing from a hub.
"""

from __future__ import annotations

import functools
import gzip
import json
import re
import unicodedata
from importlib import resources

#: a word with at least one letter beyond ASCII: the only ones OCR's accents can hide in
ACCENTED_WORD = re.compile(r"\w*[À-ÖØ-öø-ÿ]\w*")


@functools.cache
def dutch_word_forms() -> frozenset[str]:
    """Every Dutch word form the lemmatizer's lookup table knows (inflected and lemma)."""
    data = resources.files("spacy_lookups_data").joinpath("data", "nl_lemma_lookup.json.gz")
    table = json.loads(gzip.decompress(data.read_bytes()))
    return frozenset(table) | frozenset(table.values())


def plain_letters(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def undo_ocr_accents(text: str) -> str:
    """The text with OCR's stray accents removed from words that are Dutch without them."""
    forms = dutch_word_forms()

    def repair(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.lower() in forms:
            return word  # "cliënten", "één", "café": Dutch as written
        plain = plain_letters(word)
        return plain if plain.lower() in forms else word  # names and unknown words stay

    return ACCENTED_WORD.sub(repair, text)
