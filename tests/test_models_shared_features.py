"""models.predict_proba gives scikit-learn's probabilities exactly, with rule features shared (issue 14)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from cp_textmine.classify import model_files, models

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "annotations" / "dev").rglob("*.cpdoc")) + sorted(
    (ROOT / "corpora" / "demo").rglob("*.cpdoc")
)


@pytest.fixture(scope="module")
def trained():
    models.use_models_dir(None)
    loaded = {name: models.load_skops_model(name) for name in model_files.MODEL_NAMES}
    if any(v is None for v in loaded.values()):
        pytest.skip("trained models not present")
    return {name: model for name, (model, _) in loaded.items()}


def test_same_probabilities_as_scikit_learn(trained) -> None:
    step = max(1, len(SOURCES) // 60)  # 60 spread over every writer and type, however many
    texts = [p.read_text(encoding="utf-8") for p in SOURCES[::step]]
    assert len(texts) >= 60
    differ = []
    for text in texts:
        for name in model_files.MODEL_NAMES:  # in a row on one text: the shared features are reused
            ours = models.predict_proba(trained[name], text)
            theirs = trained[name].predict_proba([text])[0]
            if not np.array_equal(ours, theirs):
                differ.append((name, text[:80]))
    assert differ == []


def test_rule_features_are_computed_once_per_text(trained, monkeypatch) -> None:
    from cp_textmine.classify import features

    calls = []
    original = features.DecisionRuleFeatures.transform
    monkeypatch.setattr(
        features.DecisionRuleFeatures,
        "transform",
        lambda self, X: calls.append(1) or original(self, X),
    )
    text = SOURCES[0].read_text(encoding="utf-8")
    models.predict_proba(trained["decision"], text)
    models.predict_proba(trained["motivated"], text)
    assert len(calls) == 1
    models.predict_proba(trained["motivated"], text + " ")
    assert len(calls) == 2


def test_other_pipeline_shapes_go_to_scikit_learn() -> None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    from cp_textmine.classify.features import RequestedRuleFeatures

    texts = ["wij adviseren gevraagd", "ongevraagd advies", "uw kenmerk 12", "geen"] * 3
    y = [0, 1, 0, 1] * 3
    dense = Pipeline([("features", FeatureUnion([("rules", RequestedRuleFeatures())])),
                      ("clf", LogisticRegression())]).fit(texts, y)  # fmt: skip
    for text in texts:
        assert np.array_equal(models.predict_proba(dense, text), dense.predict_proba([text])[0])


def test_trained_classifiers_take_the_direct_linear_path(trained) -> None:
    """The identity test above only means something if our own arithmetic ran."""
    kinds = {name: models.linear_parts(model.steps[-1][1]) for name, model in trained.items()}
    assert {name: parts[2] for name, parts in kinds.items() if parts} == {
        "doc_type": "softmax", "requested": "binary", "topics": "multilabel",
        "decision": "softmax", "motivated": "binary",
    }  # fmt: skip


def test_models_load_without_importing_every_estimator() -> None:
    """skops is imported without its list of every scikit-learn estimator (0.3-0.8 s of each
    run's start): the models load, no estimator module they do not use is imported, and
    scikit-learn's own ``all_estimators`` is back in place afterwards."""
    import subprocess
    import sys

    script = (
        "import sys, sklearn.utils\n"
        "real = sklearn.utils.all_estimators\n"
        "from cp_textmine.classify import model_files, models\n"
        "loaded = [models.load_model(n) for n in model_files.MODEL_NAMES]\n"
        "print(sum(m is not None for m in loaded))\n"
        "print(sklearn.utils.all_estimators is real)\n"
        "print(sorted(m for m in ('pytest', 'sklearn.utils._testing') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    if out[0] == "0":
        pytest.skip("trained models not present")
    assert out[:3] == [str(len(model_files.MODEL_NAMES)), "True", "[]"]
