"""Fit the classifiers from the training examples into ``models/``, with a model card.

Each model is a scikit-learn Pipeline (TF-IDF plus rule-cue features, then a linear
model), saved with skops (no pickle) beside a ``meta.json`` with its data hash, date,
labels, thresholds and validation metrics.
"""

from __future__ import annotations

import hashlib
import json
import random
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from zipfile import ZIP_DEFLATED

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import MultiLabelBinarizer

from cp_textmine.classify.dataset import Example
from cp_textmine.classify.features import (
    CompactTfidfVectorizer,
    CueCounts,
    DecisionRuleFeatures,
    DecisionText,
    DocTypeRuleFeatures,
    RequestedRuleFeatures,
    TextSlice,
)
from cp_textmine.classify.linear import export as export_compiled
from cp_textmine.classify.model_files import MODEL_NAMES
from cp_textmine.classify.models import import_skops_io, load_skops_model
from cp_textmine.classify.taxonomy import Taxonomy, load_taxonomy
from cp_textmine.errors import CpTextmineError

SEED = 13
MODEL_VERSION = "1"


def tfidf(n_chars: int, max_features: int = 20000) -> Pipeline:
    return Pipeline([
        ("slice", TextSlice(n_chars)),
        ("vec", CompactTfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=max_features, sublinear_tf=True,
                                lowercase=True, strip_accents=None)),
    ])  # fmt: skip


def linear(c: float = 4.0) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=SEED)


def doc_type_pipeline(with_rules: bool = True) -> Pipeline:
    parts = [("tfidf", tfidf(4000))] + ([("rules", DocTypeRuleFeatures())] if with_rules else [])
    return Pipeline([("features", FeatureUnion(parts)), ("clf", linear())])


def requested_pipeline(with_rules: bool = True) -> Pipeline:
    parts = [("tfidf", tfidf(2500, 15000))] + (
        [("rules", RequestedRuleFeatures())] if with_rules else []
    )
    return Pipeline([("features", FeatureUnion(parts)), ("clf", linear(2.0))])


def topics_pipeline(taxonomy: Taxonomy, with_rules: bool = True) -> Pipeline:
    parts = [("tfidf", tfidf(30000))]
    if with_rules:
        parts.append(("cues", CueCounts([list(t.cues) for t in taxonomy.topics])))
    return Pipeline([("features", FeatureUnion(parts)),
                     ("clf", OneVsRestClassifier(LogisticRegression(C=4.0, max_iter=3000, random_state=SEED)))])  # fmt: skip


def decision_pipeline(with_rules: bool = True) -> Pipeline:
    parts = [("tfidf", Pipeline([("sentences", DecisionText()),
                                 ("vec", CompactTfidfVectorizer(ngram_range=(1, 3), min_df=2, max_features=30000, sublinear_tf=True))]))]  # fmt: skip
    if with_rules:
        parts.append(("rules", DecisionRuleFeatures()))
    return Pipeline([("features", FeatureUnion(parts)), ("clf", linear(2.0))])


def motivated_pipeline() -> Pipeline:
    parts = [("tfidf", Pipeline([("sentences", DecisionText()),
                                 ("vec", CompactTfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=20000, sublinear_tf=True))])),
             ("rules", DecisionRuleFeatures())]  # fmt: skip
    return Pipeline([("features", FeatureUnion(parts)), ("clf", linear(1.0))])


@dataclass
class Task:
    """One classifier: which examples it learns from, and the target of each."""

    name: str
    select: object  # Example -> bool
    target: object  # Example -> label
    build: object  # () -> Pipeline
    multilabel: bool = False


#: Which variant each task ships with; ``choose_variants`` may change them from a comparison.
DEFAULT_VARIANTS = {"doc_type": {"with_rules": True}, "requested": {"with_rules": True},
                    "decision": {"with_rules": True}, "topics": {"strategy": "model_top"}}  # fmt: skip
#: the topic model's probability an extra topic needs (the strongest always stands). Not tuned:
#: a threshold tuned on one split and applied to a model refit on more data measures nothing.
TOPIC_MODEL_THRESHOLD = 0.5


def tasks(taxonomy: Taxonomy, variants: dict | None = None) -> list[Task]:
    v = {**DEFAULT_VARIANTS, **(variants or {})}
    codes = set(taxonomy.codes)
    return [
        Task("doc_type", lambda e: e.labels.get("doc_type") is not None, lambda e: e.labels["doc_type"],
             lambda: doc_type_pipeline(v["doc_type"]["with_rules"])),
        Task("requested", lambda e: e.labels.get("doc_type") == "advies" and e.labels.get("requested") is not None,
             lambda e: "gevraagd" if e.labels["requested"] else "ongevraagd",
             lambda: requested_pipeline(v["requested"]["with_rules"])),
        Task("topics", lambda e: e.labels.get("doc_type") == "advies" and bool(e.labels.get("topics")),
             lambda e: [t for t in e.labels["topics"] if t in codes], lambda: topics_pipeline(taxonomy), True),
        Task("decision", lambda e: e.labels.get("doc_type") == "reactie" and e.labels.get("decision") is not None,
             lambda e: e.labels["decision"], lambda: decision_pipeline(v["decision"]["with_rules"])),
        Task("motivated", lambda e: e.labels.get("decision") in ("not_adopted", "partially_adopted")
             and e.labels.get("motivated") is not None,
             lambda e: "motivated" if e.labels["motivated"] else "not_motivated", motivated_pipeline),
    ]  # fmt: skip


def choose_variants(comparison: dict) -> dict:
    """The better scikit-learn variant per task by macro-F1 on the comparison (ties: with rules);
    requested by its accuracy in the pipeline, where an unsure model gives no answer."""
    chosen = {}
    for task in ("doc_type", "requested", "decision"):
        scores = comparison.get(task, {})
        if "tfidf_lr" in scores and "tfidf_lr_rules" in scores:
            # requested: as the pipeline uses it (abstaining when unsure), when measured so
            metric = "in_pipeline" if "in_pipeline" in scores["tfidf_lr"] else "macro_f1"
            plain, ruled = scores["tfidf_lr"][metric], scores["tfidf_lr_rules"][metric]
            chosen[task] = {"with_rules": ruled >= plain}
    return chosen  # topics: "model_top", measured by leave-one-writer-out (train_models)


@dataclass
class TrainReport:
    n_examples: int
    by_source: dict[str, int]
    models: dict[str, dict] = field(default_factory=dict)
    seconds: float = 0.0


def split(examples: list[Example], fraction: float = 0.2) -> tuple[list[Example], list[Example]]:
    """A held-out validation split, stratified by document type, same for the same data."""
    rng = random.Random(SEED)
    by_type: dict[str, list[Example]] = {}
    for example in sorted(examples, key=lambda e: e.id):
        by_type.setdefault(str(example.labels.get("doc_type")), []).append(example)
    train, valid = [], []
    for group in by_type.values():
        rng.shuffle(group)
        cut = max(1, int(len(group) * fraction)) if len(group) > 4 else 0
        valid += group[:cut]
        train += group[cut:]
    return train, valid


def data_hash(examples: list[Example]) -> str:
    digest = hashlib.sha256()
    for example in sorted(examples, key=lambda e: e.id):
        digest.update(example.id.encode())
        digest.update(hashlib.sha256(example.text.encode()).digest())
        digest.update(json.dumps(example.labels, sort_keys=True, default=str).encode())
    return digest.hexdigest()[:16]


def fit_task(task: Task, train: list[Example], valid: list[Example]) -> tuple[Pipeline, dict]:
    """Fit on train, measure on valid (choosing topic thresholds there), refit on all."""
    tr = [e for e in train if task.select(e)]
    va = [e for e in valid if task.select(e)]
    meta: dict = {"n_train": len(tr), "n_valid": len(va)}
    if task.multilabel:
        binarizer = MultiLabelBinarizer()
        binarizer.fit([task.target(e) for e in tr + va])
        meta["labels"] = list(binarizer.classes_)
        model = task.build().fit(
            [e.text for e in tr], binarizer.transform([task.target(e) for e in tr])
        )
        if va:
            probs = model.predict_proba([e.text for e in va])
            truth = binarizer.transform([task.target(e) for e in va])
            chosen = [
                [c for c, _ in top_topics(dict(zip(meta["labels"], map(float, row), strict=True)),
                                          TOPIC_MODEL_THRESHOLD)]
                for row in probs
            ]  # fmt: skip
            pred = binarizer.transform(chosen)
            meta["valid_micro_f1"] = round(
                float(f1_score(truth, pred, average="micro", zero_division=0)), 4
            )
            meta["valid_macro_f1"] = round(
                float(f1_score(truth, pred, average="macro", zero_division=0)), 4
            )
        final = task.build().fit(
            [e.text for e in tr + va], binarizer.transform([task.target(e) for e in tr + va])
        )
        return final, meta
    model = task.build().fit([e.text for e in tr], [task.target(e) for e in tr])
    if va:
        pred = model.predict([e.text for e in va])
        truth = [task.target(e) for e in va]
        meta["valid_accuracy"] = round(float(accuracy_score(truth, pred)), 4)
        meta["valid_macro_f1"] = round(
            float(f1_score(truth, pred, average="macro", zero_division=0)), 4
        )
    final = task.build().fit([e.text for e in tr + va], [task.target(e) for e in tr + va])
    meta["labels"] = [str(c) for c in final.classes_]
    return final, meta


def fit_topics(
    task: Task, train: list[Example], valid: list[Example], writers: list[Example]
) -> tuple[Pipeline, dict]:
    """The topic model on the generated advices plus the hand-written ones, one flat threshold.

    The synthetic split's figure is kept for reference; the figure that counts is
    leave-one-writer-out over the hand-written advices: each writer's advices predicted by a
    model that learnt from everything except that writer.
    """
    model, meta = fit_task(task, train, valid)
    codes = list(meta["labels"])
    meta["thresholds"] = dict.fromkeys(codes, TOPIC_MODEL_THRESHOLD)
    if not writers:
        return model, meta
    binarizer = MultiLabelBinarizer(classes=codes).fit([codes])
    base = [e for e in train + valid if task.select(e)]
    mine = [e for e in writers if task.select(e)]
    meta["cv_by_writer"] = writer_cv(task, base, mine, binarizer)
    meta["trained_on_hand_written"] = sorted({_writer(e) for e in mine})
    meta["hand_written_data_hash"] = data_hash(mine)
    final = task.build().fit(
        [e.text for e in base + mine], binarizer.transform([task.target(e) for e in base + mine])
    )
    return final, meta


#: folds of a by-writer cross-validation, whole writers held out per fold
DOC_TYPE_FOLDS = 5


def fit_doc_type(
    task: Task, train: list[Example], valid: list[Example], writers: list[Example]
) -> tuple[Pipeline, dict]:
    """The document-type model on the generated documents; the hand-written ones only measure it.

    Why not learn from the hand-written documents too: with each writer held out, the whole
    pipeline read the dev set worse with such a model (document type 0.968 against 0.982,
    decision 0.876 against 0.910, n = 338; ``tools/doc_type_regimes.py``), although the model
    alone scored better. Since no hand-written document is trained on, every one of them is
    read by a model that never saw its writer: that is the figure stored.
    """
    model, meta = fit_task(task, train, valid)
    mine = [e for e in writers if task.select(e)]
    if mine:
        meta["hand_written_held_out"] = held_out_scores(task, model, mine)
    return model, meta


def held_out_scores(task: Task, model: Pipeline, examples: list[Example]) -> dict:
    """Accuracy and macro-F1 of a model on examples it never saw, with a bootstrap interval."""
    gold = [task.target(e) for e in examples]
    pred = [str(p) for p in model.predict([e.text for e in examples])]
    return {"writers": len({_writer(e) for e in examples}), **_accuracy_with_interval(gold, pred)}


def writer_folds(examples: list[Example], k: int = DOC_TYPE_FOLDS) -> list[set[str]]:
    """Writers dealt round-robin into ``k`` folds, largest first: the groups of a by-writer
    cross-validation (``tools/doc_type_regimes.py``)."""
    writers = sorted(
        {_writer(e) for e in examples}, key=lambda w: (-sum(_writer(e) == w for e in examples), w)
    )
    return [set(writers[i::k]) for i in range(min(k, len(writers)))]


def _accuracy_with_interval(gold: list[str], pred: list[str]) -> dict:
    truth, found = np.array(gold), np.array(pred)
    rng = np.random.default_rng(SEED)
    accuracy = []
    for _ in range(1000):
        rows = rng.integers(0, len(gold), len(gold))
        accuracy.append(accuracy_score(truth[rows], found[rows]))
    return {
        "n": len(gold),
        "accuracy": round(float(accuracy_score(truth, found)), 4),
        "macro_f1": round(float(f1_score(truth, found, average="macro", zero_division=0)), 4),
        "ci": {"accuracy": [round(float(np.percentile(accuracy, q)), 4) for q in (2.5, 97.5)]},
    }


def _writer(example: Example) -> str:
    return str(example.labels.get("author") or example.source)


def writer_cv(task: Task, base: list[Example], mine: list[Example], binarizer) -> dict:
    """Micro/macro F1 of the shipped topic rule (strongest topic + those >= threshold, at most
    three) with each writer held out, and a document bootstrap interval; ``by_source`` gives
    the same per set of hand-written documents (the dev set, the html rounds), so that each
    set's topic figure is one no model learnt from."""
    gold, pred, sources = [], [], []
    for writer in sorted({_writer(e) for e in mine}):
        held = [e for e in mine if _writer(e) == writer]
        rest = base + [e for e in mine if _writer(e) != writer]
        model = task.build().fit(
            [e.text for e in rest], binarizer.transform([task.target(e) for e in rest])
        )
        for example, probs in zip(held, model.predict_proba([e.text for e in held]), strict=True):
            scores = dict(zip(binarizer.classes_, map(float, probs), strict=True))
            gold.append(set(task.target(example)))
            pred.append({code for code, _ in top_topics(scores, TOPIC_MODEL_THRESHOLD)})
            sources.append(example.source)
    result = {
        "writers": len({_writer(e) for e in mine}),
        **_f1_with_interval(gold, pred, binarizer),
    }
    if len(set(sources)) > 1:
        result["by_source"] = {
            source: {
                "writers": len({_writer(e) for e in mine if e.source == source}),
                **_f1_with_interval(
                    [g for g, s in zip(gold, sources, strict=True) if s == source],
                    [p for p, s in zip(pred, sources, strict=True) if s == source],
                    binarizer,
                ),
            }
            for source in sorted(set(sources))
        }
    return result


def _f1_with_interval(gold: list[set[str]], pred: list[set[str]], binarizer) -> dict:
    """n, micro and macro F1 of topic sets, with a 95% document bootstrap interval."""
    truth = binarizer.transform([sorted(g) for g in gold])
    found = binarizer.transform([sorted(p) for p in pred])
    rng = np.random.default_rng(SEED)
    micro, macro = [], []
    for _ in range(1000):
        rows = rng.integers(0, len(gold), len(gold))
        micro.append(f1_score(truth[rows], found[rows], average="micro", zero_division=0))
        macro.append(f1_score(truth[rows], found[rows], average="macro", zero_division=0))
    return {
        "n": len(gold),
        "micro_f1": round(float(f1_score(truth, found, average="micro", zero_division=0)), 4),
        "macro_f1": round(float(f1_score(truth, found, average="macro", zero_division=0)), 4),
        "ci": {
            "micro_f1": [round(float(np.percentile(micro, q)), 4) for q in (2.5, 97.5)],
            "macro_f1": [round(float(np.percentile(macro, q)), 4) for q in (2.5, 97.5)],
        },
    }


def top_topics(
    scores: dict[str, float], threshold: float, most: int = 3
) -> list[tuple[str, float]]:
    """An advice is about its strongest topic, plus up to two more that reach the threshold."""
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    return ranked[:1] + [(code, p) for code, p in ranked[1:most] if p >= threshold]


def slim(model: Pipeline) -> Pipeline:
    """Drop the vectorizers' ``stop_words_`` (every pruned term): only needed for introspection, often MBs."""
    for step in _walk(model):
        if isinstance(step, TfidfVectorizer) and hasattr(step, "stop_words_"):
            del step.stop_words_
    return model


def _walk(obj):
    yield obj
    if isinstance(obj, Pipeline):
        for _, step in obj.steps:
            yield from _walk(step)
    elif isinstance(obj, FeatureUnion):
        for _, part in obj.transformer_list:
            yield from _walk(part)


def train_models(
    examples: list[Example],
    models_dir: Path,
    taxonomy: Taxonomy | None = None,
    variants: dict | None = None,
    topic_writers: list[Example] = (),
    only: tuple[str, ...] = (),
    doc_type_writers: list[Example] = (),
) -> TrainReport:
    """Fit every task and write ``<task>.skops`` + ``<task>.meta.json`` into ``models_dir``.

    ``topic_writers``: hand-written advices (the dev set) that the topic model also learns
    from; its figure is then measured leave-one-writer-out, never on documents it saw.
    ``doc_type_writers``: hand-written documents that measure the document-type model (it
    does not learn from them; see ``fit_doc_type``).
    ``only``: retrain these tasks; the others keep their files (their metas fill the report).
    """
    sio = import_skops_io()

    taxonomy = taxonomy or load_taxonomy()
    started = time.perf_counter()
    models_dir.mkdir(parents=True, exist_ok=True)
    train, valid = split(examples)
    by_source: dict[str, int] = {}
    for example in examples:
        by_source[example.source] = by_source.get(example.source, 0) + 1
    report = TrainReport(len(examples), by_source)
    common = {
        "version": MODEL_VERSION,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "data_hash": data_hash(examples),
        "taxonomy_version": taxonomy.version,
        "examples_by_source": by_source,
        "approach": "TF-IDF + rule-cue features, logistic regression (scikit-learn)",
    }
    chosen = {**DEFAULT_VARIANTS, **(variants or {})}
    unknown = set(only) - {task.name for task in tasks(taxonomy, chosen)}
    if unknown:
        raise CpTextmineError(f"no such model: {', '.join(sorted(unknown))}")
    for task in tasks(taxonomy, chosen):
        if only and task.name not in only:
            kept = models_dir / f"{task.name}.meta.json"
            if not kept.exists():
                raise CpTextmineError(
                    f"--only {','.join(only)}: {kept} is missing; train all first"
                )
            report.models[task.name] = json.loads(kept.read_text(encoding="utf-8"))
            continue
        if task.name == "topics":
            model, meta = fit_topics(task, train, valid, list(topic_writers))
        elif task.name == "doc_type":
            model, meta = fit_doc_type(task, train, valid, list(doc_type_writers))
        else:
            model, meta = fit_task(task, train, valid)
        meta["variant"] = chosen.get(task.name, {})
        # deflated: the vocabularies and float weights shrink to about a third (5.6 -> 1.8 MB)
        sio.dump(
            slim(model),
            models_dir / f"{task.name}.skops",
            compression=ZIP_DEFLATED,
            compresslevel=9,
        )
        export_compiled(slim(model), models_dir / f"{task.name}.skops", task.name)
        meta = {"name": task.name, **common, **meta}
        (models_dir / f"{task.name}.meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n",
                                                           encoding="utf-8")  # fmt: skip
        report.models[task.name] = meta
    report.seconds = time.perf_counter() - started
    return report


def export_linear_models(models_dir: Path) -> list[Path]:
    """Write the compiled form (``linear``) of every trained model in ``models_dir`` from its
    .skops file: for models trained before that form existed, or copied without it."""
    written = []
    for name in MODEL_NAMES:
        loaded = load_skops_model(name, str(models_dir))
        if loaded is not None:
            written += export_compiled(loaded[0], models_dir / f"{name}.skops", name)
    return written
