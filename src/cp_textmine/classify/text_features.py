"""What the trained models read of a text, as plain functions: the views a TF-IDF block reads
and the rule cues as numbers.

Why a module of its own: the scikit-learn transformers in ``features`` (used to fit) and the
compiled linear models in ``linear`` (used to read) must compute the very same numbers, and
reading must not import scikit-learn (about a second of every run's start-up). Both call
these functions.
"""

from __future__ import annotations

import functools
import re

import numpy as np

from cp_textmine.classify.advice import REQUESTED, UNSOLICITED
from cp_textmine.classify.decision import (
    ADOPTED,
    MOTIVATION,
    NOT_ADOPTED,
    NOTED,
    PARTIAL,
    classify_sentence,
    points_from_text,
)
from cp_textmine.classify.doc_type_rules import rule_scores
from cp_textmine.read import rx
from cp_textmine.read.doctext import split_sentences
from cp_textmine.records import DOC_TYPES

DECISION_LABELS = ("adopted", "partially_adopted", "not_adopted", "noted")
#: without a decision sentence the decision models read the opening of the letter
DECISION_FALLBACK_CHARS = 1500
#: how far into the letter the requested cues count
REQUESTED_HEAD_CHARS = 3000


def text_slice(text: str, n_chars: int) -> str:
    """The first ``n_chars`` characters: the header and opening carry most of a letter's type."""
    return text[:n_chars]


def decision_sentences(text: str) -> str:
    """Only the sentences that carry a decision cue: what a decision model should read."""
    kept = []
    for s, e in split_sentences(text):
        sentence = text[s:e]
        if (
            NOT_ADOPTED.search(sentence)
            or ADOPTED.search(sentence)
            or NOTED.search(sentence)
            or PARTIAL.search(sentence)
        ):
            kept.append(" ".join(sentence.split()))
    return "\n".join(kept)


def decision_text(text: str) -> str:
    """The decision sentences, or the opening when there are none."""
    return decision_sentences(text) or text[:DECISION_FALLBACK_CHARS]


def doc_type_rule_row(text: str) -> list[float]:
    """The rule classifier's cue score per document type, squashed to 0..1."""
    scores = rule_scores(text)
    return [1 - np.exp(-scores[t] / 3) for t in DOC_TYPES]


@functools.lru_cache(maxsize=8)
def cue_patterns(cues: tuple[tuple[str, ...], ...]) -> list[re.Pattern[str]]:
    """One pattern per cue list, compiled once per process (models store the words, not regexes)."""
    return [
        rx.compile(
            r"(?<![\w-])("
            + "|".join(re.escape(c) for c in sorted(group, key=len, reverse=True))
            + r")(?!\w)",
            re.I,
        )
        for group in cues
    ]


def cue_count_row(text: str, cues: tuple[tuple[str, ...], ...]) -> list[float]:
    """Hits of each cue list (topic cue words from the taxonomy), log-scaled."""
    return [np.log1p(len(p.findall(text))) for p in cue_patterns(cues)]


def requested_rule_row(text: str) -> list[float]:
    """Whether the opening says gevraagd or ongevraagd, how early, and "uw kenmerk"."""
    head = text[:REQUESTED_HEAD_CHARS]
    unsolicited = UNSOLICITED.search(head)
    requested = REQUESTED.search(head)
    return [
        1.0 if unsolicited else 0.0,
        1.0 if requested else 0.0,
        1.0 - (unsolicited.start() / REQUESTED_HEAD_CHARS) if unsolicited else 0.0,
        1.0 - (requested.start() / REQUESTED_HEAD_CHARS) if requested else 0.0,
        1.0 if re.search(r"\buw\s+kenmerk\b", head, re.I) else 0.0,
    ]


def decision_rule_row(text: str) -> list[float]:
    """Counts of sentences per rule decision, per-point decisions, and motivation cues."""
    counts = dict.fromkeys(DECISION_LABELS, 0)
    for s, e in split_sentences(text):
        label = classify_sentence(text[s:e])
        if label:
            counts[label] += 1
    points = dict.fromkeys(DECISION_LABELS, 0)
    for _, label, _ in points_from_text(text):
        points[label] += 1
    n_points = sum(points.values())
    return (
        [np.log1p(counts[d]) for d in DECISION_LABELS]
        + [points[d] / n_points if n_points else 0.0 for d in DECISION_LABELS]
        + [np.log1p(n_points), np.log1p(len(MOTIVATION.findall(text)))]
    )
