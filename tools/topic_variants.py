"""Which topic model? Variants compared by cross-validation grouped by writer (issue 12).

    .venv/bin/python tools/topic_variants.py [shipped c1 c16 balanced chars chars_c1 hand3
        chars_hand3 hand_only focus2 focus1 thr04 thr06]

The generated advices are always in training; the hand-written advices (dev and the html
rounds) are dealt into five folds by writer (``train.writer_folds``), and each fold's advices
are read by a model trained without their writers. Prints micro- and macro-F1 per variant and
precision/recall per topic. A choice made here is a choice by grouped cross-validation, not by
a score on the test set (which this never reads). Loading the examples extracts every training
PDF (a few minutes); each variant then takes about a minute on 2 cores.
"""

from __future__ import annotations

import sys

from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_recall_fscore_support
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import MultiLabelBinarizer

from cp_textmine.classify import train as T
from cp_textmine.classify.dataset import (
    advices_with_topics,
    hand_written_documents,
    load_training_examples,
    read_recipe,
)
from cp_textmine.classify.features import CompactTfidfVectorizer, CueCounts, TextSlice
from cp_textmine.classify.recommendations import count_recommendations
from cp_textmine.classify.taxonomy import load_taxonomy
from cp_textmine.config import annotations_dir, repo_root
from cp_textmine.read.doctext import PAGE_SEP, DocText
from cp_textmine.read.metadata import extract_metadata
from cp_textmine.records import Page

FOLDS = 5


def _variant(taxonomy, c: float = 4.0, class_weight: str | None = None):
    """The shipped pipeline's features with another classifier setting."""

    def build() -> Pipeline:
        parts = [
            ("tfidf", T.tfidf(30000)),
            ("cues", CueCounts([list(t.cues) for t in taxonomy.topics])),
        ]
        clf = LogisticRegression(C=c, max_iter=3000, class_weight=class_weight, random_state=T.SEED)
        return Pipeline([("features", FeatureUnion(parts)), ("clf", OneVsRestClassifier(clf))])

    return build


class FocusFirst(BaseEstimator, TransformerMixin):
    """The advice's subject line and recommendations put before its text ``times`` times, so the
    words they use weigh more than the background's (issue 12: "the subject line and the
    recommendations weigh most"). Computed from the text alone, as at prediction time."""

    def __init__(self, times: int = 2) -> None:
        self.times = times

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return [self._focused(text) for text in X]

    def _focused(self, text: str) -> str:
        pages = tuple(
            Page(i, part, "text", len(part)) for i, part in enumerate(text.split(PAGE_SEP), 1)
        )
        doc = DocText.from_pages(pages)
        subject = extract_metadata(doc, "advies").subject or ""
        _, recs = count_recommendations(doc, ())
        focus = "\n".join([subject, *(e.snippet for e in recs)])
        return "\n".join([focus] * self.times + [text])


def _focused(taxonomy, times: int = 2):
    def build() -> Pipeline:
        return Pipeline([("focus", FocusFirst(times)), *T.topics_pipeline(taxonomy).steps])

    return build


def _with_chars(taxonomy, n_features: int = 40000, c: float = 4.0):
    """The shipped pipeline plus character n-grams within words: Dutch writes its services as
    compounds ("aanvraagformulier", "klantcontact", "doorlooptijden") that word features see
    as unrelated, rare terms."""

    def build() -> Pipeline:
        chars = Pipeline([
            ("slice", TextSlice(30000)),
            ("vec", CompactTfidfVectorizer(analyzer="char_wb", ngram_range=(4, 5), min_df=3,
                                           max_features=n_features, sublinear_tf=True)),
        ])  # fmt: skip
        parts = [
            ("tfidf", T.tfidf(30000)),
            ("chars", chars),
            ("cues", CueCounts([list(t.cues) for t in taxonomy.topics])),
        ]
        clf = LogisticRegression(C=c, max_iter=3000, random_state=T.SEED)
        return Pipeline([("features", FeatureUnion(parts)), ("clf", OneVsRestClassifier(clf))])

    return build


def variants(taxonomy) -> dict:
    """name -> (pipeline builder, threshold for the extra topics)."""
    shipped = (lambda: T.topics_pipeline(taxonomy), T.TOPIC_MODEL_THRESHOLD)
    return {
        "shipped": shipped,
        "c1": (_variant(taxonomy, c=1.0), T.TOPIC_MODEL_THRESHOLD),
        "c16": (_variant(taxonomy, c=16.0), T.TOPIC_MODEL_THRESHOLD),
        "balanced": (_variant(taxonomy, class_weight="balanced"), T.TOPIC_MODEL_THRESHOLD),
        "chars": (_with_chars(taxonomy), T.TOPIC_MODEL_THRESHOLD),
        "chars_c1": (_with_chars(taxonomy, c=1.0), T.TOPIC_MODEL_THRESHOLD),
        "hand3": (shipped[0], T.TOPIC_MODEL_THRESHOLD, 3),
        "chars_hand3": (_with_chars(taxonomy), T.TOPIC_MODEL_THRESHOLD, 3),
        "hand_only": (shipped[0], T.TOPIC_MODEL_THRESHOLD, 1, False),
        "focus2": (_focused(taxonomy, 2), T.TOPIC_MODEL_THRESHOLD),
        "focus1": (_focused(taxonomy, 1), T.TOPIC_MODEL_THRESHOLD),
        "thr04": (shipped[0], 0.4),
        "thr06": (shipped[0], 0.6),
    }


def examples(taxonomy) -> tuple[list, list]:
    """(generated advices with topics, hand-written advices with topics), as `train` loads them."""
    annotations = annotations_dir()
    generated = load_training_examples(
        annotations, repo_root() / "corpora", 2, read_recipe(annotations / "train")
    )
    task = next(t for t in T.tasks(taxonomy) if t.name == "topics")
    base = [e for e in generated if task.select(e)]
    written = hand_written_documents(annotations / "dev", 2) + hand_written_documents(
        annotations / "dev" / "html", 2, annotations / "test", source="html"
    )
    return base, advices_with_topics(written)


def score(
    build,
    threshold: float,
    base: list,
    mine: list,
    taxonomy,
    copies: int = 1,
    generated: bool = True,
) -> dict:
    """``copies``: how often each hand-written training advice counts (the generated ones once);
    ``generated``: whether the generated advices are in training at all."""
    task = next(t for t in T.tasks(taxonomy) if t.name == "topics")
    codes = sorted(taxonomy.codes)
    binarizer = MultiLabelBinarizer(classes=codes).fit([codes])
    gold, found = [], []
    for fold in T.writer_folds(mine, FOLDS):
        held = [e for e in mine if T._writer(e) in fold]
        rest = (base if generated else []) + copies * [e for e in mine if T._writer(e) not in fold]
        model = build().fit(
            [e.text for e in rest], binarizer.transform([task.target(e) for e in rest])
        )
        for example, probs in zip(held, model.predict_proba([e.text for e in held]), strict=True):
            scores = dict(zip(codes, map(float, probs), strict=True))
            gold.append(set(task.target(example)))
            found.append({code for code, _ in T.top_topics(scores, threshold)})
    g, f = binarizer.transform(gold), binarizer.transform(found)
    precision, recall, _, support = precision_recall_fscore_support(g, f, zero_division=0)
    return {
        "micro_f1": round(float(f1_score(g, f, average="micro", zero_division=0)), 4),
        "macro_f1": round(float(f1_score(g, f, average="macro", zero_division=0)), 4),
        "per_topic": {
            code: (round(float(p), 2), round(float(r), 2), int(n))
            for code, p, r, n in zip(codes, precision, recall, support, strict=True)
        },
    }


def main(names: list[str]) -> None:
    taxonomy = load_taxonomy()
    table = variants(taxonomy)
    unknown = set(names) - set(table)
    if unknown:
        sys.exit(f"no such variant: {', '.join(sorted(unknown))} (known: {', '.join(table)})")
    base, mine = examples(taxonomy)
    writers = len({T._writer(e) for e in mine})
    print(f"{len(base)} generated and {len(mine)} hand-written advices of {writers} writers")
    for name in names or list(table):
        build, threshold, *weighting = table[name]
        result = score(build, threshold, base, mine, taxonomy, *weighting)
        print(f"{name:10s} micro-F1 {result['micro_f1']:.4f}  macro-F1 {result['macro_f1']:.4f}")
        for code, (p, r, n) in result["per_topic"].items():
            print(f"    {code:24s} P {p:.2f}  R {r:.2f}  n {n}")


if __name__ == "__main__":  # (the PDF extraction pool re-imports this module)
    main(sys.argv[1:])
