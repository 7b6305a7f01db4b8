"""The trained models as the arrays they are, read without scikit-learn.

Every model cp-textmine trains is a FeatureUnion of TF-IDF blocks (a view of the text, a
vocabulary, idf weights) and rule blocks (numbers from ``text_features``), followed by a
logistic regression. Reading a letter needs only those arrays. Importing scikit-learn and
skops to hold them cost about a second of every run's start-up (more than half of a small
run's fixed cost, issue 14), so ``cp-textmine train`` also writes each model in this form:

- ``<name>.linear.json``: the blocks in column order with their parameters, the classes, the
  kind of output, and the SHA-256 of the ``.skops`` file it was made from;
- ``<name>.linear.npz``: the vocabularies (string arrays), idf weights, coefficients and
  intercepts, loaded with ``allow_pickle=False``.

The arithmetic is scikit-learn's, in the same order (sums over a row's features in column
order, as its sparse product does), so the probabilities are identical to the last bit;
tests/test_linear_models.py compares them on the dev documents. A ``.linear`` pair whose
hash does not match its ``.skops`` file is not used: the skops model is then read as before.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from cp_textmine.classify import text_features
from cp_textmine.errors import ModelMissing

FORMAT = "cp-textmine-linear/1"
#: the text a TF-IDF block reads: (name of the transformer in ``features``, its function)
VIEWS = {
    "TextSlice": lambda text, params: text_features.text_slice(text, params["n_chars"]),
    "DecisionText": lambda text, params: text_features.decision_text(text),
}
#: the numbers a rule block gives
RULES = {
    "DocTypeRuleFeatures": lambda text, params: text_features.doc_type_rule_row(text),
    "RequestedRuleFeatures": lambda text, params: text_features.requested_rule_row(text),
    "DecisionRuleFeatures": lambda text, params: text_features.decision_rule_row(text),
    "CueCounts": lambda text, params: text_features.cue_count_row(
        text, tuple(tuple(group) for group in (params["cues"] or []))
    ),
}
FEATURES_MODULE = "cp_textmine.classify.features"


class NotExportable(ValueError):
    """A fitted pipeline of a shape this module does not read (then skops keeps serving it)."""


@dataclass(frozen=True)
class TfidfBlock:
    view: str
    view_params: dict[str, Any]
    vocabulary: dict[str, int]
    idf: np.ndarray | None
    token_pattern: re.Pattern[str]
    lowercase: bool
    ngram_range: tuple[int, int]
    sublinear_tf: bool
    norm: str | None

    @property
    def width(self) -> int:
        return len(self.vocabulary)

    def terms(self, text: str) -> list[str]:
        """CountVectorizer's word analyzer: lower-case, the token pattern, then n-grams."""
        tokens = self.token_pattern.findall(text.lower() if self.lowercase else text)
        min_n, max_n = self.ngram_range
        if max_n == 1:
            return tokens
        grams = list(tokens) if min_n == 1 else []
        for n in range(max(min_n, 2), min(max_n + 1, len(tokens) + 1)):
            grams += [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
        return grams

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(column indices in increasing order, TF-IDF values) of the terms in the vocabulary."""
        counts: dict[int, int] = {}
        vocabulary = self.vocabulary
        for term in self.terms(text):
            index = vocabulary.get(term)
            if index is not None:
                counts[index] = counts.get(index, 0) + 1
        indices = np.fromiter(sorted(counts), dtype=np.int64, count=len(counts))
        values = np.array([counts[i] for i in indices.tolist()], dtype=np.float64)
        if self.sublinear_tf:
            np.log(values, values)
            values += 1.0
        if self.idf is not None:
            values *= self.idf[indices]
        if self.norm == "l2" and len(values):
            # sklearn's inplace_csr_row_normalize_l2: a running sum of squares, its root, divide
            total = np.cumsum(values * values)[-1]
            if total != 0.0:
                values /= np.sqrt(total)
        return indices, values


@dataclass(frozen=True)
class RuleBlock:
    name: str
    params: dict[str, Any]
    width: int

    @property
    def key(self) -> tuple[str, str]:
        return self.name, json.dumps(self.params, sort_keys=True)

    def row(self, text: str) -> list[float]:
        return RULES[self.name](text, self.params)


@dataclass(frozen=True)
class LinearTextModel:
    """A compiled text classifier: ``classes_`` and ``predict_proba(texts)`` as its skops
    original has them, and ``proba(text)`` for one text."""

    name: str
    blocks: tuple[TfidfBlock | RuleBlock, ...]
    coef_T: np.ndarray  # (n_features, n_outputs)
    intercept: np.ndarray
    kind: str  # binary | softmax | multilabel
    classes_: np.ndarray

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        """One row of probabilities per text, as scikit-learn's ``predict_proba`` gives them."""
        rows = [self.proba(text) for text in texts]
        return np.vstack(rows) if rows else np.empty((0, len(self.classes_)))

    def proba(self, text: str, shared: dict | None = None) -> np.ndarray:
        """The probabilities of one text; ``shared`` caches views and rule rows across models."""
        shared = {} if shared is None else shared
        columns, values = [], []
        offset = 0
        for block in self.blocks:
            if isinstance(block, TfidfBlock):
                view_key = ("view", block.view, json.dumps(block.view_params, sort_keys=True))
                if view_key not in shared:
                    shared[view_key] = VIEWS[block.view](text, block.view_params)
                idx, vals = block.features(shared[view_key])
            else:
                if block.key not in shared:
                    shared[block.key] = block.row(text)
                row = np.asarray(shared[block.key], dtype=np.float64)
                idx = np.flatnonzero(row)
                vals = row[idx]
            columns.append(idx + offset)
            values.append(vals)
            offset += block.width
        return self._proba(np.concatenate(columns), np.concatenate(values))

    def _proba(self, columns: np.ndarray, values: np.ndarray) -> np.ndarray:
        # scipy's sparse-times-dense product adds a row's terms one by one in column order;
        # a cumulative sum adds them in the same order, so the scores are the same bits
        if len(columns):
            scores = np.cumsum(values[:, None] * self.coef_T[columns], axis=0)[-1]
        else:
            scores = np.zeros(self.coef_T.shape[1])
        scores = scores + self.intercept
        if self.kind == "softmax":  # sklearn.utils.extmath.softmax
            scores = scores - scores.max()
            np.exp(scores, scores)
            return scores / scores.sum()
        prob = 1.0 / (1.0 + np.exp(-scores))  # scipy.special.expit
        if self.kind == "binary":
            return np.array([1 - prob[0], prob[0]])
        return prob


def files(folder: Path, name: str) -> tuple[Path, Path, Path]:
    """(``<name>.skops``, ``<name>.linear.json``, ``<name>.linear.npz``) in ``folder``."""
    return folder / f"{name}.skops", folder / f"{name}.linear.json", folder / f"{name}.linear.npz"


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load(folder: Path, name: str) -> LinearTextModel | None:
    """The compiled model, or None when there is none or it was made from another .skops file."""
    skops_path, spec_path, arrays_path = files(folder, name)
    if not (skops_path.exists() and spec_path.exists() and arrays_path.exists()):
        return None
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    if spec.get("format") != FORMAT or spec.get("source_sha256") != sha256_of(skops_path):
        return None
    unknown = [b.get("view") or b.get("name") for b in spec["blocks"]
               if b.get("view", b.get("name")) not in (VIEWS if b["type"] == "tfidf" else RULES)]  # fmt: skip
    if unknown:
        raise ModelMissing(f"model {spec_path} uses features cp-textmine does not have: {unknown}")
    with np.load(arrays_path, allow_pickle=False) as arrays:
        blocks = tuple(_block(b, arrays) for b in spec["blocks"])
        coef_T, intercept = arrays["coef_T"], arrays["intercept"]
    return LinearTextModel(name, blocks, coef_T, intercept, spec["kind"],
                           np.array(spec["classes"]))  # fmt: skip


def _block(spec: dict, arrays) -> TfidfBlock | RuleBlock:
    if spec["type"] == "rules":
        return RuleBlock(spec["name"], spec["params"], spec["width"])
    terms = arrays[spec["terms"]].tolist()
    return TfidfBlock(
        view=spec["view"],
        view_params=spec["view_params"],
        vocabulary={term: index for index, term in enumerate(terms)},
        idf=arrays[spec["idf"]] if spec.get("idf") else None,
        token_pattern=re.compile(spec["token_pattern"]),
        lowercase=spec["lowercase"],
        ngram_range=tuple(spec["ngram_range"]),
        sublinear_tf=spec["sublinear_tf"],
        norm=spec["norm"],
    )


def export(model, skops_path: Path, name: str) -> tuple[Path, Path]:
    """Write ``<name>.linear.json`` and ``.npz`` beside ``skops_path`` for a fitted pipeline.

    Raises NotExportable for any setting the reader above does not reproduce exactly.
    """
    steps = getattr(model, "steps", None)
    if not steps or len(steps) != 2 or type(steps[0][1]).__name__ != "FeatureUnion":
        raise NotExportable(f"{name}: not Pipeline(FeatureUnion, classifier)")
    from cp_textmine.classify.models import linear_parts  # heavy: scikit-learn, at train time

    union, clf = steps[0][1], steps[1][1]
    if union.n_jobs not in (None, 1) or union.transformer_weights:
        raise NotExportable(f"{name}: weighted or parallel FeatureUnion")
    parts = linear_parts(clf)
    if parts is None:
        raise NotExportable(f"{name}: classifier is not a plain logistic regression")
    coef_T, intercept, kind = parts
    arrays: dict[str, np.ndarray] = {"coef_T": np.ascontiguousarray(coef_T), "intercept": intercept}
    blocks = [_export_block(i, sub, arrays) for i, (_, sub) in enumerate(union.transformer_list)]
    width = sum(b["width"] for b in blocks)
    if width != coef_T.shape[0]:
        raise NotExportable(f"{name}: {width} features, classifier expects {coef_T.shape[0]}")
    spec = {
        "format": FORMAT,
        "name": name,
        "source": skops_path.name,
        "source_sha256": sha256_of(skops_path),
        "kind": kind,
        "classes": [c.item() if hasattr(c, "item") else c for c in clf.classes_],
        "blocks": blocks,
    }
    _, spec_path, arrays_path = files(skops_path.parent, name)
    with arrays_path.open("wb") as handle:
        np.savez_compressed(handle, **arrays)
    spec_path.write_text(json.dumps(spec, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return spec_path, arrays_path


def _plain(step) -> bool:
    return not getattr(step, "_sklearn_output_config", None)


def _export_block(i: int, step, arrays: dict[str, np.ndarray]) -> dict:
    name = type(step).__name__
    if name in RULES and type(step).__module__ == FEATURES_MODULE and _plain(step):
        params = step.get_params()
        width = len(step.transform(["x"])[0])
        return {"type": "rules", "name": name, "params": params, "width": width}
    steps = getattr(step, "steps", None)
    if not steps or len(steps) != 2:
        raise NotExportable(f"block {i}: {name} is neither rules nor (view, TF-IDF)")
    view, vec = steps[0][1], steps[1][1]
    view_name = type(view).__name__
    if view_name not in VIEWS or type(view).__module__ != FEATURES_MODULE or not _plain(view):
        raise NotExportable(f"block {i}: unknown text view {view_name}")
    _check_vectorizer(i, vec)
    terms = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
    arrays[f"terms_{i}"] = np.array(terms, dtype=str)
    tfidf = vec._tfidf
    if hasattr(tfidf, "idf_"):
        arrays[f"idf_{i}"] = np.asarray(tfidf.idf_, dtype=np.float64)
    return {
        "type": "tfidf",
        "view": view_name,
        "view_params": view.get_params(),
        "terms": f"terms_{i}",
        "idf": f"idf_{i}" if hasattr(tfidf, "idf_") else None,
        "token_pattern": vec.token_pattern,
        "lowercase": bool(vec.lowercase),
        "ngram_range": list(vec.ngram_range),
        "sublinear_tf": bool(tfidf.sublinear_tf),
        "norm": tfidf.norm,
        "width": len(terms),
    }


def _check_vectorizer(i: int, vec) -> None:
    """Only the word analyzer with default pre-processing is reproduced."""
    from sklearn.feature_extraction.text import TfidfVectorizer  # heavy: at train time

    if not isinstance(vec, TfidfVectorizer) or type(vec).transform is not TfidfVectorizer.transform:
        raise NotExportable(f"block {i}: not a TfidfVectorizer")
    odd = {
        key: value
        for key, value in {
            "analyzer": vec.analyzer != "word",
            "preprocessor": vec.preprocessor is not None,
            "tokenizer": vec.tokenizer is not None,
            "stop_words": vec.stop_words is not None,
            "strip_accents": vec.strip_accents is not None,
            "binary": vec.binary,
            "input": vec.input != "content",
            "dtype": np.dtype(vec.dtype) != np.float64,
            "norm": vec.norm not in ("l2", None),
            "token_pattern": vec.token_pattern is None or re.compile(vec.token_pattern).groups > 1,
        }.items()
        if value
    }
    if odd:
        raise NotExportable(f"block {i}: TF-IDF settings not reproduced: {', '.join(odd)}")
