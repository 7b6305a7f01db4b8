"""The seam between rules and trained models: models from ``models/`` when present, rules otherwise.

Models are skops files; before loading, every type they contain is checked against an
allow-list (scikit-learn, NumPy, SciPy and our own feature transformers), so a tampered
file cannot run code. Beside each, ``train`` writes its compiled form (``linear``): the
arrays, read with NumPy alone. A run uses that form whenever it was made from the .skops
file beside it, so reading documents imports neither scikit-learn nor skops.
"""

from __future__ import annotations

import functools
import json
import sys
from dataclasses import replace
from pathlib import Path

from cp_textmine.classify import linear
from cp_textmine.classify.advice import detect_requested, topic_cue_scores
from cp_textmine.classify.doc_type_rules import classify_doc_type_rules
from cp_textmine.classify.model_files import missing_model_files
from cp_textmine.classify.taxonomy import load_taxonomy
from cp_textmine.config import models_dir
from cp_textmine.errors import ModelMissing
from cp_textmine.read.doctext import DocText
from cp_textmine.records import Evidence, ResponseFacts

TOPIC_THRESHOLD = 0.5
ALLOWED_PREFIXES = (
    "sklearn.",
    "numpy.",
    "scipy.",
    "builtins.",
    "collections.",
    "cp_textmine.classify.features.",
)


_active_dir: Path | None = None


def use_models_dir(path: Path | None) -> None:
    """Point this process at a models folder (None: ``CP_TEXTMINE_MODELS`` or ``<repo>/models``)."""
    global _active_dir
    if path != _active_dir:
        _active_dir = path
        _load_model.cache_clear()
        load_skops_model.cache_clear()


def load_model(name: str):
    """The trained model and its meta, or None when ``<models>/<name>.skops`` does not exist."""
    return _load_model(name, str(_active_dir or models_dir()))


def missing_models(folder: Path | None = None) -> list[str]:
    """The trained models not found, so that a run can say it fell back to rules."""
    return missing_model_files(Path(folder or _active_dir or models_dir()))


def import_skops_io():
    """``skops.io``, imported without listing every scikit-learn estimator.

    On import skops calls ``sklearn.utils.all_estimators()`` to build its default list of
    trusted types, which imports every estimator module of scikit-learn (and pytest, through
    its testing helpers): 0.3-0.8 s of every run's start-up. cp-textmine never relies on that
    default list: it checks each type a model contains against ``ALLOWED_PREFIXES`` and passes
    the checked types explicitly. So the list is built empty, which can only trust less.
    """
    if "skops.io" in sys.modules:
        return sys.modules["skops.io"]
    import sklearn.utils  # heavy: only with a model

    every_estimator = sklearn.utils.all_estimators
    sklearn.utils.all_estimators = lambda *args, **kwargs: []
    try:
        import skops.io as sio  # heavy: skops loads only with a model
    finally:
        sklearn.utils.all_estimators = every_estimator
    return sio


@functools.lru_cache(maxsize=16)
def _load_model(name: str, folder: str):
    """The compiled form (``linear``) when it matches the .skops file, else the skops model."""
    path = Path(folder) / f"{name}.skops"
    if not path.exists():
        return None
    compiled = linear.load(Path(folder), name)
    if compiled is None:
        return load_skops_model(name, folder)
    return compiled, _meta(name, folder)


@functools.lru_cache(maxsize=16)
def load_skops_model(name: str, folder: str | None = None):
    """The scikit-learn pipeline saved by ``cp-textmine train`` (types checked before loading)."""
    folder = folder or str(_active_dir or models_dir())
    path = Path(folder) / f"{name}.skops"
    if not path.exists():
        return None
    sio = import_skops_io()
    untrusted = sio.get_untrusted_types(file=path)
    refused = [t for t in untrusted if not t.startswith(ALLOWED_PREFIXES)]
    if refused:
        raise ModelMissing(
            f"model {path} contains types cp-textmine does not load: {', '.join(refused)}"
        )
    return sio.load(path, trusted=untrusted), _meta(name, folder)


def _meta(name: str, folder: str) -> dict:
    meta_path = Path(folder) / f"{name}.meta.json"
    return json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}


#: rule transformers whose output depends only on their parameters and the text; the decision
#: and motivated models both read DecisionText and DecisionRuleFeatures of the same response
SHARED_TRANSFORMERS = ("TextSlice", "DecisionText", "DecisionRuleFeatures", "RequestedRuleFeatures")
FEATURES_MODULE = "cp_textmine.classify.features"
_shared: tuple[str | None, dict] = (None, {})


def predict_proba(model, text: str):
    """``model.predict_proba([text])[0]``, computing each rule feature of a text only once.

    A compiled model (``linear.LinearTextModel``, what a run loads) computes it itself. The
    rest is for a scikit-learn pipeline (no compiled form beside it, or a shape it cannot hold).
    Each model has its own fitted TF-IDF (its own slice of the text, vocabulary and n-grams),
    so those cannot be shared without retraining; the rule features can. The pipeline
    (Pipeline -> FeatureUnion -> transformers -> classifier) is walked here with the same
    calls scikit-learn makes, which also skips its per-call dispatch (joblib, parameter
    routing): 1-2 ms a prediction. Other shapes go to scikit-learn itself.
    tests/test_models_shared_features.py checks that the probabilities are identical.
    """
    global _shared
    if _shared[0] is not text and _shared[0] != text:
        _shared = (text, {})
    if isinstance(model, linear.LinearTextModel):
        return model.proba(text, _shared[1])
    try:
        X = [text]
        for _, step in model.steps[:-1]:
            X = _transform(step, X, _shared[1])
    except _NotPlain:
        return model.predict_proba([text])[0]
    return _classifier_proba(model.steps[-1][1], X)[0]


def _classifier_proba(clf, X):
    """``clf.predict_proba(X)`` for the linear classifiers we train, with the same arithmetic.

    scikit-learn checks its input on every call (dataframe detection, finiteness, namespaces):
    about 1 ms a call, and the topic model makes one call per topic. For a fitted
    LogisticRegression on a sparse matrix of the right width, and a multilabel
    OneVsRestClassifier of them (all topic coefficients stacked, one product), the
    probabilities are computed here with scikit-learn's own helpers; anything else goes to
    scikit-learn.
    """
    parts = linear_parts(clf)
    if parts is None or X.shape[1] != parts[0].shape[0]:
        return clf.predict_proba(X)
    import numpy as np  # heavy: only with a model
    from scipy.special import expit  # heavy: only with a model
    from sklearn.utils.extmath import safe_sparse_dot, softmax  # heavy: only with a model

    coef_T, intercept, kind = parts
    scores = safe_sparse_dot(X, coef_T, dense_output=True) + intercept
    if kind == "softmax":
        return softmax(scores, copy=False)
    prob = expit(scores)
    if kind == "binary":
        prob = prob.reshape(-1)
        return np.stack([1 - prob, prob], axis=1)
    return prob  # multilabel: each topic's own probability


@functools.lru_cache(maxsize=16)
def linear_parts(clf):
    """(coefficients transposed, intercepts, kind) of a plain fitted linear model, else None."""
    import numpy as np  # heavy: only with a model
    from scipy import sparse  # heavy: only with a model
    from sklearn.linear_model import LogisticRegression  # heavy: only with a model
    from sklearn.multiclass import OneVsRestClassifier  # heavy: only with a model

    def plain(lr) -> bool:
        return (type(lr) is LogisticRegression and isinstance(lr.coef_, np.ndarray)
                and not sparse.issparse(lr.coef_) and lr.coef_.ndim == 2)  # fmt: skip

    if type(clf) is LogisticRegression and plain(clf):
        kind = "binary" if len(clf.classes_) <= 2 else "softmax"
        return clf.coef_.T, clf.intercept_, kind
    if (type(clf) is OneVsRestClassifier and getattr(clf, "multilabel_", False)
            and len(clf.estimators_) > 1 and all(plain(e) and len(e.classes_) == 2
                                                 for e in clf.estimators_)):  # fmt: skip
        coef = np.vstack([e.coef_ for e in clf.estimators_])
        intercept = np.concatenate([e.intercept_ for e in clf.estimators_])
        return coef.T, intercept, "multilabel"
    return None


class _NotPlain(Exception):
    """A pipeline shape predict_proba leaves to scikit-learn (weights, parallel jobs, pandas)."""


def _transform(step, X, shared: dict):
    from scipy import sparse  # heavy: only with a model
    from sklearn.pipeline import FeatureUnion, Pipeline  # heavy: only with a model

    if step is None or isinstance(step, str):  # 'passthrough' / 'drop'
        raise _NotPlain
    if getattr(step, "_sklearn_output_config", None):  # set_output(...) was used
        raise _NotPlain
    if isinstance(step, Pipeline):
        for _, sub in step.steps:
            X = _transform(sub, X, shared)
        return X
    if isinstance(step, FeatureUnion):
        if step.n_jobs not in (None, 1) or step.transformer_weights:
            raise _NotPlain
        Xs = [_transform(sub, X, shared) for _, sub in step.transformer_list]
        if not any(sparse.issparse(x) for x in Xs):
            raise _NotPlain  # dense unions: the concatenation stays scikit-learn's
        return sparse.hstack(Xs).tocsr()  # as FeatureUnion._hstack
    if hasattr(step, "_tfidf"):  # a TfidfVectorizer (ours saves its vocabulary compactly)
        return tfidf_transform(step, X)
    name = type(step).__name__
    if name in SHARED_TRANSFORMERS and type(step).__module__ == FEATURES_MODULE:
        key = (name, tuple(sorted(step.get_params().items())))
        if key not in shared:
            shared[key] = step.transform(X)
        return shared[key]
    return step.transform(X)


def tfidf_transform(vectorizer, texts: list[str]):
    """``vectorizer.transform(texts)`` for a fitted TfidfVectorizer, with the same arithmetic
    but without scikit-learn's input validation of the count matrix it has just built itself
    (about a third of each call). Any other setting goes to scikit-learn."""
    import numpy as np  # heavy: only with a model
    from scipy import sparse  # heavy: only with a model
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer  # heavy: as above
    from sklearn.preprocessing import normalize  # heavy: only with a model

    if type(vectorizer).transform is not TfidfVectorizer.transform:
        return vectorizer.transform(texts)
    counts = CountVectorizer.transform(vectorizer, texts)
    if not sparse.isspmatrix_csr(counts) or counts.dtype.name not in ("float64", "float32"):
        return vectorizer.transform(texts)
    weights = vectorizer._tfidf  # as TfidfTransformer.transform(counts, copy=False)
    if weights.sublinear_tf:
        np.log(counts.data, counts.data)
        counts.data += 1.0
    if hasattr(weights, "idf_"):
        counts.data *= weights.idf_[counts.indices]
    return normalize(counts, norm=weights.norm, copy=False) if weights.norm else counts


def predict_doc_type(text: str) -> tuple[str, float]:
    loaded = load_model("doc_type")
    if loaded is None:
        return classify_doc_type_rules(text)
    model, _ = loaded
    probs = predict_proba(model, text)
    best = int(probs.argmax())
    return str(model.classes_[best]), float(probs[best])


def predict_requested(doc: DocText) -> tuple[bool | None, float, Evidence | None]:
    """Gevraagd or not: a sentence that says so decides; otherwise the model, when it is sure.

    The model reads the whole letter's vocabulary, a cue sentence is the letter's own word, so
    a cue wins; without one the model must be confident, else the reader abstains (NULL).
    """
    rule_value, rule_score, evidence = detect_requested(doc)
    if rule_value is not None and rule_score >= RULE_DECIDES:
        return rule_value, rule_score, evidence
    loaded = load_model("requested")
    if loaded is None:
        return rule_value, rule_score, evidence
    model, _ = loaded
    probs = predict_proba(model, doc.text)
    classes = list(model.classes_)
    p_requested = float(probs[classes.index("gevraagd")])
    value, confidence = requested_with_model(rule_value, rule_score, p_requested)
    if value is None:
        return None, confidence, None
    if rule_value is not None and rule_value == value:
        return value, confidence, evidence
    label = "gevraagd" if value else "ongevraagd"
    return (
        value,
        confidence,
        Evidence("requested", None, f"model: {label} (p={confidence:.2f}); no cue sentence"),
    )


def requested_with_model(
    rule_value: bool | None, rule_score: float, p_requested: float
) -> tuple[bool | None, float]:
    """The reading when the cue does not decide alone: where no sentence says it, nothing
    (None, "onbekend"); a weak cue ("uw kenmerk") stands when the model agrees, and gives way
    to a model that is sure of the other answer."""
    if rule_value is not None and rule_score >= RULE_DECIDES:
        return rule_value, rule_score
    value, confidence = p_requested >= 0.5, max(p_requested, 1 - p_requested)
    if rule_value is None:
        return None, confidence  # the text does not say: the model knows only the prior
    if rule_value == value:
        return value, max(confidence, rule_score)
    if confidence < REQUESTED_ABSTAIN:
        return None, confidence
    return value, confidence


#: a cue sentence at least this sure decides requested without the model
RULE_DECIDES = 0.85
#: below this the requested model does not overrule a weak cue. Without any cue it never
#: speaks: on the dev advices no sentence of which says it (21 of 169 after the cue rules of
#: 2026-12-04), p(gevraagd) lay between 0.85 and 0.92 whatever the label, and "gevraagd" was
#: right for 2 of them, while 16 do not say (label null) and 3 were unasked.
REQUESTED_ABSTAIN = 0.80


#: the model's probability under which it vetoes a topic that only cue words suggest
MODEL_VETO = 0.10
#: an advice is usually about 1-3 topics: extra ones must score near the strongest
MAX_TOPICS = 3
RELATIVE_TOPIC_SCORE = 0.5


#: a model probability at which a topic stands without any of its strong cue words in the text
MODEL_SURE = 0.9


def with_topic_vocabulary(
    chosen: list[tuple[str, float]], probs: dict[str, float], cues: dict[str, float]
) -> list[tuple[str, float]]:
    """Model topics whose own vocabulary is absent from the letter are dropped unless the model
    is sure: a TF-IDF model hears "jongeren" or "uitkering" in any letter, the topic needs its
    law, scheme or service named."""
    return [(c, s) for c, s in chosen if cues.get(c, 0.0) > 0 or probs.get(c, 0.0) >= MODEL_SURE]


def _fewest_topics(chosen: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The strongest topic, and others only when they score at least half as high (max 3)."""
    ranked = sorted(chosen, key=lambda x: -x[1])
    if not ranked:
        return ranked
    top = ranked[0][1]
    return [
        c for i, c in enumerate(ranked[:MAX_TOPICS]) if i == 0 or c[1] >= RELATIVE_TOPIC_SCORE * top
    ]


def predict_topics(doc: DocText, focus: str = "") -> tuple[list[tuple[str, float]], list[Evidence]]:
    """Topics above their threshold with a score, and the first cue sentence of each as evidence."""
    taxonomy = load_taxonomy()
    loaded = load_model("topics")
    if loaded is None:
        scores = topic_cue_scores(doc.text, taxonomy, focus)
        thresholds = dict.fromkeys(scores, TOPIC_THRESHOLD)
    else:
        model, meta = loaded
        probs = predict_proba(model, doc.text)
        scores = dict(zip(meta["labels"], (float(p) for p in probs), strict=True))
        thresholds = {
            code: meta.get("thresholds", {}).get(code, TOPIC_THRESHOLD) for code in scores
        }
    strategy = loaded[1].get("variant", {}).get("strategy") if loaded is not None else None
    if strategy == "model_top":  # the strongest topic and up to two more at their threshold
        ranked = sorted(scores.items(), key=lambda item: -item[1])
        chosen = [(code, round(p, 3)) for i, (code, p) in enumerate(ranked[:3])
                  if i == 0 or p >= thresholds[code]]  # fmt: skip
        return chosen, _topic_evidence(doc, taxonomy, chosen)
    chosen = [(code, round(s, 3)) for code, s in scores.items() if s >= thresholds[code]]
    if strategy == "model_or_cues":
        cues = topic_cue_scores(doc.text, taxonomy, focus)
        strong = taxonomy.cue_patterns(strong_only=True)
        in_focus = {code for code, pattern in strong.items() if focus and pattern.search(focus)}
        found = {code for code, _ in chosen}
        chosen += [
            (code, round(s, 3))
            for code, s in cues.items()
            if s >= TOPIC_THRESHOLD
            and code not in found
            and (scores.get(code, 0.0) >= MODEL_VETO or code in in_focus)
        ]  # a cue the model finds implausible is vetoed, unless the recommendations name it
    if loaded is not None:
        chosen = with_topic_vocabulary(chosen, scores, topic_cue_scores(doc.text, taxonomy, focus))
    if not chosen and scores:
        best = max(scores, key=scores.get)
        if scores[best] > 0.05:
            chosen = [(best, round(scores[best], 3))]  # an advice is about something
    chosen = _fewest_topics(chosen)
    return sorted(chosen, key=lambda x: -x[1]), _topic_evidence(doc, taxonomy, chosen)


def _topic_evidence(doc: DocText, taxonomy, chosen: list[tuple[str, float]]) -> list[Evidence]:
    """The first cue word of each chosen topic, or the model's score when the text names none."""
    patterns = taxonomy.cue_patterns()
    evidence = []
    for code, score in chosen:
        match = patterns[code].search(doc.text) if code in patterns else None
        if match:
            evidence.append(doc.evidence(f"topic:{code}", match.start(), match.end()))
        else:
            evidence.append(Evidence(f"topic:{code}", None, f"model: p={score:.2f}; no cue word"))
    return evidence


#: below this probability the decision model abstains too: decision NULL ("onbekend")
MODEL_DECISION_MIN_P = 0.6


def refine_decision(text: str, facts: ResponseFacts) -> ResponseFacts:
    """The stance reader decides; the decision model only fills in where the reader found no
    stance, and only when it is confident; otherwise the decision stays NULL (abstained)."""
    if facts.decision is not None:
        return facts
    loaded = load_model("decision")
    if loaded is None:
        return facts
    model, _ = loaded
    probs = predict_proba(model, text)
    best = int(probs.argmax())
    if float(probs[best]) < MODEL_DECISION_MIN_P:
        return replace(facts, decision_score=float(probs[best]))
    decision = str(model.classes_[best])
    motivated = None
    if decision in ("not_adopted", "partially_adopted"):
        motivated_model = load_model("motivated")
        if motivated_model is not None:
            m_model, _ = motivated_model
            m_probs = predict_proba(m_model, text)
            motivated = bool(m_model.classes_[int(m_probs.argmax())] == "motivated")
    detail = "acknowledged" if decision == "noted" else None
    return replace(facts, decision=decision, decision_score=float(probs[best]), motivated=motivated,
                   decision_detail=detail)  # fmt: skip
