"""Compare classifier approaches on the gold set: cue rules, TF-IDF + logistic regression with and
without rule features, and a spaCy text classifier (bag-of-words textcat on a blank Dutch pipeline)."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import numpy as np
from sklearn.metrics import accuracy_score, f1_score

from cp_textmine.classify.advice import advice_focus, detect_requested, topic_cue_scores
from cp_textmine.classify.dataset import Example, labelled_pdf_examples
from cp_textmine.classify.decision import decide
from cp_textmine.classify.doc_type_rules import classify_doc_type_rules
from cp_textmine.classify.features import doc_from_text
from cp_textmine.classify.models import requested_with_model
from cp_textmine.classify.taxonomy import Taxonomy
from cp_textmine.classify.train import (
    decision_pipeline,
    doc_type_pipeline,
    requested_pipeline,
    tasks,
    topics_pipeline,
)
from cp_textmine.read.metadata import find_subject

Predictor = Callable[[list[str]], list]


def gold_examples(annotations: Path, workers: int = 2) -> list[Example]:
    """Gold texts as the pipeline extracts them (scans without OCR are left out here)."""
    return labelled_pdf_examples(
        annotations / "dev" / "labels.jsonl", annotations / "dev" / "pdfs", "gold", workers
    )


def _rules_requested(texts: list[str]) -> list[str]:

    out = []
    for text in texts:
        value, _, _ = detect_requested(doc_from_text(text))
        out.append("gevraagd" if value else "ongevraagd")
    return out


def _rules_decision(texts: list[str]) -> list[str]:
    return [decide(doc_from_text(t))[0] or "noted" for t in texts]


def spacy_textcat(
    train_texts: list[str], train_labels: list[str], epochs: int = 6, n_chars: int = 3000
) -> Predictor:
    """A spaCy TextCatBOW model trained from scratch on a blank Dutch pipeline."""
    import spacy  # heavy: spaCy loads only where text is matched
    from spacy.training import (
        Example as SpacyExample,  # heavy: spaCy, only when comparing approaches
    )

    nlp = spacy.blank("nl")
    labels = sorted(set(train_labels))
    textcat = nlp.add_pipe("textcat", config={"model": {"@architectures": "spacy.TextCatBOW.v3",
                                                        "exclusive_classes": True, "ngram_size": 2,
                                                        "no_output_layer": False}})  # fmt: skip
    for label in labels:
        textcat.add_label(label)
    docs = [nlp.make_doc(t[:n_chars]) for t in train_texts]
    data = [SpacyExample.from_dict(d, {"cats": {lab: float(lab == y) for lab in labels}})
            for d, y in zip(docs, train_labels, strict=True)]  # fmt: skip
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(7)
    for _ in range(epochs):
        rng.shuffle(data)
        for i in range(0, len(data), 32):
            nlp.update(data[i : i + 32], sgd=optimizer, drop=0.1)

    def predict(texts: list[str]) -> list[str]:
        return [max(doc.cats, key=doc.cats.get) for doc in nlp.pipe(t[:n_chars] for t in texts)]

    return predict


def _fit_predict(build, train: list[tuple[str, object]]) -> Predictor:
    model = build().fit([t for t, _ in train], [y for _, y in train])
    return lambda texts: list(model.predict(texts))


def compare_approaches(train_examples: list[Example], gold: list[Example], taxonomy: Taxonomy,
                       with_spacy: bool = True) -> dict[str, dict[str, dict]]:  # fmt: skip
    """task -> approach -> {accuracy, macro_f1, n} on the gold examples."""
    results: dict[str, dict[str, dict]] = {}
    by_name = {t.name: t for t in tasks(taxonomy)}
    plans = {
        "doc_type": {
            "rules": lambda tr: lambda texts: [classify_doc_type_rules(t)[0] for t in texts],
            "tfidf_lr": lambda tr: _fit_predict(lambda: doc_type_pipeline(False), tr),
            "tfidf_lr_rules": lambda tr: _fit_predict(doc_type_pipeline, tr),
        },
        "requested": {
            "rules": lambda tr: _rules_requested,
            "tfidf_lr": lambda tr: _fit_predict(lambda: requested_pipeline(False), tr),
            "tfidf_lr_rules": lambda tr: _fit_predict(requested_pipeline, tr),
        },
        "decision": {
            "rules": lambda tr: _rules_decision,
            "tfidf_lr": lambda tr: _fit_predict(lambda: decision_pipeline(False), tr),
            "tfidf_lr_rules": lambda tr: _fit_predict(decision_pipeline, tr),
        },
    }
    if with_spacy:
        for name in ("doc_type", "decision"):
            plans[name]["spacy_textcat_bow"] = lambda tr: spacy_textcat(
                [t for t, _ in tr], [y for _, y in tr]
            )
    for name, approaches in plans.items():
        task = by_name[name]
        train = [(e.text, task.target(e)) for e in train_examples if task.select(e)]
        test = [e for e in gold if task.select(e)]
        truth = [task.target(e) for e in test]
        results[name] = {}
        for approach, make in approaches.items():
            predictor = make(train)
            pred = predictor([e.text for e in test])
            results[name][approach] = {
                "accuracy": round(float(accuracy_score(truth, pred)), 4),
                "macro_f1": round(
                    float(f1_score(truth, pred, average="macro", zero_division=0)), 4
                ),
                "n": len(test),
            }
    for approach, extra in _requested_in_pipeline(
        train_examples, gold, by_name["requested"]
    ).items():
        results["requested"][approach].update(extra)
    results["topics"] = _compare_topics(train_examples, gold, taxonomy, by_name["topics"])
    return results


def _agrees(read: bool | None, label: str) -> bool:
    return read is not None and ("gevraagd" if read else "ongevraagd") == label


def _requested_in_pipeline(train_examples, gold, task) -> dict[str, dict]:
    """Each requested model as the pipeline uses it: a sure cue decides, else the model where
    it is sure (``requested_with_model``), else no answer, which counts as wrong. The plain
    accuracy above ignores confidence; a less confident model abstains more in use."""
    train = [(e.text, task.target(e)) for e in train_examples if task.select(e)]
    test = [e for e in gold if task.select(e)]
    cues = [detect_requested(doc_from_text(e.text))[:2] for e in test]
    out = {
        "rules": {
            "in_pipeline": round(
                sum(
                    _agrees(value, task.target(e)) for e, (value, _) in zip(test, cues, strict=True)
                )
                / len(test),
                4,
            )
            if test
            else 0.0
        }
    }
    for approach, with_rules in (("tfidf_lr", False), ("tfidf_lr_rules", True)):
        model = requested_pipeline(with_rules).fit([t for t, _ in train], [y for _, y in train])
        column = list(model.classes_).index("gevraagd")
        right = 0
        for example, (value, score), probs in zip(
            test, cues, model.predict_proba([e.text for e in test]), strict=True
        ):
            read, _ = requested_with_model(value, score, float(probs[column]))
            right += read is not None and ("gevraagd" if read else "ongevraagd") == task.target(
                example
            )
        out[approach] = {"in_pipeline": round(right / len(test), 4) if test else 0.0}
    return out


def _compare_topics(train_examples, gold, taxonomy, task) -> dict[str, dict]:
    from sklearn.preprocessing import (
        MultiLabelBinarizer,  # heavy: scikit-learn only when comparing approaches
    )

    codes = list(taxonomy.codes)
    binarizer = MultiLabelBinarizer(classes=codes).fit([codes])
    train = [e for e in train_examples if task.select(e)]
    test = [e for e in gold if task.select(e)]
    truth = binarizer.transform([task.target(e) for e in test])
    out = {}
    rule_pred = [
        [c for c, s in topic_cue_scores(e.text, taxonomy, _focus(e.text)).items() if s >= 0.5]
        for e in test
    ]
    out["cue_rules"] = _multilabel_scores(truth, binarizer.transform(rule_pred), len(test))
    for approach, with_rules in (("tfidf_lr", False), ("tfidf_lr_cues", True)):
        model = topics_pipeline(taxonomy, with_rules).fit([e.text for e in train],
                                                          binarizer.transform([task.target(e) for e in train]))  # fmt: skip
        pred = (model.predict_proba([e.text for e in test]) >= 0.5).astype(int)
        out[approach] = _multilabel_scores(truth, pred, len(test))
    # the shipped combination: a topic counts when the model or the cue rules find it
    union = np.maximum(pred, binarizer.transform(rule_pred))
    out["tfidf_lr_cues_or_cue_rules"] = _multilabel_scores(truth, union, len(test))
    return out


def _focus(text: str) -> str:
    """Subject and recommendations of a stored text, as the pipeline gives them to the cue rules."""

    doc = doc_from_text(text)
    return advice_focus(doc, find_subject(doc, "advies")[0])


def _multilabel_scores(truth, pred, n: int) -> dict:
    return {
        "micro_f1": round(float(f1_score(truth, pred, average="micro", zero_division=0)), 4),
        "macro_f1": round(float(f1_score(truth, pred, average="macro", zero_division=0)), 4),
        "n": n,
    }
