"""The literal check in front of a pattern never changes what the pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cp_textmine.classify import recommendations, stance
from cp_textmine.read.prefilter import Prefiltered, fold, prefiltered, required_literals

READER_PATTERNS = {
    name: obj
    for module in (stance, recommendations)
    for name, obj in vars(module).items()
    if isinstance(obj, Prefiltered)
}

#: words the readers' patterns look for, words near them and characters that fold specially
WORDS = [
    "neemt", "nemen", "wij", "over", "het", "advies", "niet", "al", "geen", "blijft", "120%",
    "akkoord", "volgen", "u", "uw", "in", "te", "voeren", "stemmen", "met", "eens", "ne",
    "besluit", "later", "dekking", "is", "een", "artikel", "7", "toegevoegd", "OVERGENOMEN",
    "Akkoord", "ſ", "İn", "ı", "K", "-", ".", ",", ";", "\n", "adviseert", "raad", "graag",
]  # fmt: skip
texts = st.lists(st.sampled_from(WORDS), max_size=14).map(
    lambda words: "".join(w + (" " if i % 3 else "") for i, w in enumerate(words))
)


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_the_readers_long_patterns_are_prefiltered():
    assert {"ADOPT", "DECLINE", "ALREADY", "DEFER", "ADVISE_SENTENCE"} <= set(READER_PATTERNS)


@pytest.mark.parametrize("name", sorted(READER_PATTERNS))
@given(text=texts)
def test_prefiltered_reader_patterns_find_what_the_pattern_finds(name, text):
    wrapped = READER_PATTERNS[name]
    plain = wrapped._pattern
    assert _spans(wrapped.finditer(text)) == _spans(plain.finditer(text))
    assert bool(wrapped.search(text)) == bool(plain.search(text))
    assert wrapped.sub("#", text) == plain.sub("#", text)


@pytest.mark.parametrize(
    "text",
    [
        "De grens\nblijft 120%.",  # a boundary at a line break
        "Er is een artikel 7 toegevoegd",
        "Wij nemen uw advies over.",
        "WIJ NEMEN UW ADVIES OVER",
        "wij neemt het advies oveR",
        "Wij stemmen in.",
    ],
)
def test_sentences_the_readers_decide_on_are_not_filtered_away(text):
    for wrapped in READER_PATTERNS.values():
        assert bool(wrapped.search(text)) == bool(wrapped._pattern.search(text))


def test_a_clause_without_any_needed_word_is_not_searched():
    adopt = stance.ADOPT
    assert not adopt.possible("De wethouder was op vakantie.")
    assert adopt.possible("Wij nemen uw advies over.")


def test_word_boundaries_and_spellings_are_part_of_the_literal():
    pattern = re.compile(r"\b(neem|neemt|nemen)\b[^.]{0,20}\bover\b|\bgroet(en)?\b", re.I)
    # one word every first alternative needs ("over") rather than three spellings of "neem"
    assert required_literals(pattern) == {" over ", " groet ", " groeten "}


def test_folding_follows_ignorecase():
    assert re.fullmatch("s", "ſ", re.I) and fold("ſ") == fold("s")
    assert re.fullmatch("in", "İn", re.I) and fold("İn") == "in"


def test_a_pattern_without_a_needed_literal_is_returned_as_it_is():
    pattern = re.compile(r"\d+|[a-z]+")
    assert prefiltered(pattern) is pattern
    short = re.compile(r"\bu\b|\bwij\b")
    assert prefiltered(short) is short  # "u" is too common to check for
