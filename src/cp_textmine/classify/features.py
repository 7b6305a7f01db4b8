"""Feature transformers shared by fit and predict: text slices and rule cues as numbers.

They follow scikit-learn's conventions (``__init__`` stores parameters, ``fit`` returns
self) so they sit inside a Pipeline and are saved with it by skops.
"""

from __future__ import annotations

import functools
import re

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer

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
from cp_textmine.read.doctext import DocText, split_sentences
from cp_textmine.records import Page

DOC_TYPES = ("advies", "reactie", "jaarverslag", "verordening", "overig")
DECISION_LABELS = ("adopted", "partially_adopted", "not_adopted", "noted")


class TextSlice(BaseEstimator, TransformerMixin):
    """The first ``n_chars`` characters: the header and opening carry most of a letter's type."""

    def __init__(self, n_chars: int = 4000) -> None:
        self.n_chars = n_chars

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return [text[: self.n_chars] for text in X]


class DocTypeRuleFeatures(BaseEstimator, TransformerMixin):
    """The rule classifier's cue score per document type, squashed to 0..1."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        rows = []
        for text in X:
            scores = rule_scores(text)
            rows.append([1 - np.exp(-scores[t] / 3) for t in DOC_TYPES])
        return np.asarray(rows)


@functools.lru_cache(maxsize=8)
def _cue_patterns(cues: tuple[tuple[str, ...], ...]) -> list[re.Pattern[str]]:
    """Compiled once per process; not stored in the model (skops loads no regex objects)."""
    return [
        re.compile(
            r"(?<![\w-])("
            + "|".join(re.escape(c) for c in sorted(group, key=len, reverse=True))
            + r")(?!\w)",
            re.I,
        )
        for group in cues
    ]


class CueCounts(BaseEstimator, TransformerMixin):
    """Hits of each cue list (topic cue words from the taxonomy), log-scaled."""

    def __init__(self, cues: list[list[str]] | None = None) -> None:
        self.cues = cues

    def fit(self, X, y=None):
        self.n_groups_ = len(self.cues or [])
        return self

    def transform(self, X):
        patterns = _cue_patterns(tuple(tuple(group) for group in (self.cues or [])))
        return np.asarray([[np.log1p(len(p.findall(text))) for p in patterns] for text in X])


class RequestedRuleFeatures(BaseEstimator, TransformerMixin):
    """Whether the opening says gevraagd or ongevraagd, and how early."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        rows = []
        for text in X:
            head = text[:3000]
            unsolicited = UNSOLICITED.search(head)
            requested = REQUESTED.search(head)
            rows.append([
                1.0 if unsolicited else 0.0,
                1.0 if requested else 0.0,
                1.0 - (unsolicited.start() / 3000) if unsolicited else 0.0,
                1.0 - (requested.start() / 3000) if requested else 0.0,
                1.0 if re.search(r"\buw\s+kenmerk\b", head, re.I) else 0.0,
            ])  # fmt: skip
        return np.asarray(rows)


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


class DecisionText(BaseEstimator, TransformerMixin):
    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return [decision_sentences(text) or text[:1500] for text in X]


class DecisionRuleFeatures(BaseEstimator, TransformerMixin):
    """Counts of sentences per rule decision, per-point decisions, and motivation cues."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        rows = []
        for text in X:
            counts = dict.fromkeys(DECISION_LABELS, 0)
            for s, e in split_sentences(text):
                label = classify_sentence(text[s:e])
                if label:
                    counts[label] += 1
            points = dict.fromkeys(DECISION_LABELS, 0)
            for _, label, _ in points_from_text(text):
                points[label] += 1
            n_points = sum(points.values())
            rows.append(
                [np.log1p(counts[d]) for d in DECISION_LABELS]
                + [points[d] / n_points if n_points else 0.0 for d in DECISION_LABELS]
                + [np.log1p(n_points), np.log1p(len(MOTIVATION.findall(text)))]
            )
        return np.asarray(rows)


TRUSTED_TYPES = [
    f"{__name__}.{name}"
    for name in ("TextSlice", "DocTypeRuleFeatures", "CueCounts", "RequestedRuleFeatures", "DecisionText", "CompactTfidfVectorizer",
                 "DecisionRuleFeatures")
]  # fmt: skip


def doc_from_text(text: str) -> DocText:
    """Treat a stored text as one page (pages are joined with form feeds)."""

    pages = text.split("\f")
    return DocText.from_pages(
        [Page(i + 1, p.strip("\n"), "text", len(p)) for i, p in enumerate(pages)]
    )


class CompactTfidfVectorizer(TfidfVectorizer):
    """A TfidfVectorizer that saves its vocabulary as one array of terms instead of a dict.

    skops writes a dict entry by entry into its JSON schema (about 1 kB a term); an array
    is one .npy blob, so a 20,000-term model shrinks from tens of MB to a few.
    """

    def __getstate__(self) -> dict:
        state = dict(super().__getstate__())  # a copy: never touch the live object
        state.pop("stop_words_", None)
        vocabulary = state.pop("vocabulary_", None)
        if vocabulary is not None:
            state["terms_"] = np.array(sorted(vocabulary, key=vocabulary.get), dtype=str)
        return state

    def __setstate__(self, state: dict) -> None:
        terms = state.pop("terms_", None)
        super().__setstate__(state)
        if terms is not None:
            self.vocabulary_ = {term: index for index, term in enumerate(terms.tolist())}
