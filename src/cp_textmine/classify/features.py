"""Feature transformers shared by fit and predict: text slices and rule cues as numbers.

They follow scikit-learn's conventions (``__init__`` stores parameters, ``fit`` returns
self) so they sit inside a Pipeline and are saved with it by skops.
"""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer

from cp_textmine.classify.text_features import (
    cue_count_row,
    decision_rule_row,
    decision_text,
    doc_type_rule_row,
    requested_rule_row,
    text_slice,
)
from cp_textmine.read.doctext import DocText
from cp_textmine.records import Page


class TextSlice(BaseEstimator, TransformerMixin):
    """The first ``n_chars`` characters: the header and opening carry most of a letter's type."""

    def __init__(self, n_chars: int = 4000) -> None:
        self.n_chars = n_chars

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return [text_slice(text, self.n_chars) for text in X]


class DocTypeRuleFeatures(BaseEstimator, TransformerMixin):
    """The rule classifier's cue score per document type, squashed to 0..1."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return np.asarray([doc_type_rule_row(text) for text in X])


class CueCounts(BaseEstimator, TransformerMixin):
    """Hits of each cue list (topic cue words from the taxonomy), log-scaled."""

    def __init__(self, cues: list[list[str]] | None = None) -> None:
        self.cues = cues

    def fit(self, X, y=None):
        self.n_groups_ = len(self.cues or [])
        return self

    def transform(self, X):
        cues = tuple(tuple(group) for group in (self.cues or []))
        return np.asarray([cue_count_row(text, cues) for text in X])


class RequestedRuleFeatures(BaseEstimator, TransformerMixin):
    """Whether the opening says gevraagd or ongevraagd, and how early."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return np.asarray([requested_rule_row(text) for text in X])


class DecisionText(BaseEstimator, TransformerMixin):
    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return [decision_text(text) for text in X]


class DecisionRuleFeatures(BaseEstimator, TransformerMixin):
    """Counts of sentences per rule decision, per-point decisions, and motivation cues."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return np.asarray([decision_rule_row(text) for text in X])


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
