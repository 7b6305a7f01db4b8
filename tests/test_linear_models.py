"""The compiled linear models read a text as their scikit-learn originals do, without importing
scikit-learn (issue 14: start-up)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from cp_textmine.classify import linear, model_files, models
from cp_textmine.errors import ModelMissing

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "models"
SOURCES = sorted((ROOT / "annotations" / "dev").rglob("*.cpdoc")) + sorted(
    (ROOT / "corpora" / "demo").rglob("*.cpdoc")
)


@pytest.fixture(scope="module")
def both():
    """Each shipped model twice: compiled, and as scikit-learn loads it from its .skops file."""
    pairs = {}
    for name in model_files.MODEL_NAMES:
        skops = models.load_skops_model(name, str(MODELS))
        compiled = linear.load(MODELS, name)
        if skops is None:
            pytest.skip("trained models not present")
        assert compiled is not None, f"{name}.linear.* missing or made from another .skops file"
        pairs[name] = (compiled, skops[0])
    return pairs


def test_shipped_models_give_scikit_learns_probabilities_to_the_last_bit(both) -> None:
    step = max(1, len(SOURCES) // 80)  # 80 documents spread over every writer and type
    texts = [p.read_text(encoding="utf-8") for p in SOURCES[::step]]
    assert len(texts) >= 80
    differ = []
    for text in texts:
        shared: dict = {}  # as in a run: the five models share one text's views and rule rows
        for name, (compiled, pipeline) in both.items():
            ours = compiled.proba(text, shared)
            theirs = pipeline.predict_proba([text])[0]
            if not np.array_equal(ours, theirs):
                differ.append((name, text[:60], float(np.abs(ours - theirs).max())))
    assert differ == []


def test_classes_and_kinds_are_the_classifiers(both) -> None:
    for compiled, pipeline in both.values():
        assert compiled.classes_.tolist() == pipeline.classes_.tolist()
    assert {name: c.kind for name, (c, _) in both.items()} == {
        "doc_type": "softmax", "requested": "binary", "topics": "multilabel",
        "decision": "softmax", "motivated": "binary",
    }  # fmt: skip


def test_the_run_loads_the_compiled_form_and_an_out_of_date_one_is_not_used(tmp_path) -> None:
    for path in MODELS.glob("requested.*"):
        shutil.copy(path, tmp_path / path.name)
    models.use_models_dir(tmp_path)
    try:
        assert isinstance(models.load_model("requested")[0], linear.LinearTextModel)
        spec = json.loads((tmp_path / "requested.linear.json").read_text(encoding="utf-8"))
        spec["source_sha256"] = "0" * 64  # made from another .skops file
        (tmp_path / "requested.linear.json").write_text(json.dumps(spec), encoding="utf-8")
        models.use_models_dir(None)
        models.use_models_dir(tmp_path)
        loaded, _ = models.load_model("requested")
        assert type(loaded).__name__ == "Pipeline"  # the skops original, read by scikit-learn
    finally:
        models.use_models_dir(None)


def test_a_compiled_model_naming_unknown_features_is_refused(tmp_path) -> None:
    for path in MODELS.glob("motivated.*"):
        shutil.copy(path, tmp_path / path.name)
    spec = json.loads((tmp_path / "motivated.linear.json").read_text(encoding="utf-8"))
    spec["blocks"][-1]["name"] = "os.system"
    (tmp_path / "motivated.linear.json").write_text(json.dumps(spec), encoding="utf-8")
    with pytest.raises(ModelMissing, match="does not have"):
        linear.load(tmp_path, "motivated")


def test_reading_a_pdf_imports_neither_scikit_learn_nor_scipy(advice_and_response: Path) -> None:
    pdf = sorted(advice_and_response.glob("*.pdf"))[0]
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from cp_textmine.pipeline.jobs import Job\n"
        "from cp_textmine.pipeline.process import process_file\n"
        "from cp_textmine.pipeline.workers import warm_up\n"
        "warm_up(None)\n"
        f"path = Path({str(pdf)!r})\n"
        "doc = process_file(Job(path=path, sha256='0' * 64, size=path.stat().st_size), ocr_enabled=False)\n"
        "print(doc.status, doc.doc_type)\n"
        "from cp_textmine.classify.models import load_model\n"
        "print(type(load_model('topics')[0]).__name__)\n"
        "print(sorted(m for m in ('sklearn', 'skops', 'scipy') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    status_line, kind, imported = out.stdout.strip().splitlines()[-3:]
    assert status_line.startswith("ok ") and kind == "LinearTextModel"
    assert imported == "[]"


def _tiny_pipeline(vectorizer_options: dict):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    from cp_textmine.classify.features import (
        CompactTfidfVectorizer,
        CueCounts,
        RequestedRuleFeatures,
        TextSlice,
    )

    tfidf = Pipeline([("slice", TextSlice(n_chars=60)),
                      ("vec", CompactTfidfVectorizer(**vectorizer_options))])  # fmt: skip
    union = FeatureUnion([("tfidf", tfidf), ("rules", RequestedRuleFeatures()),
                          ("cues", CueCounts([["schuld", "schulden"], ["jeugd"]]))])  # fmt: skip
    return Pipeline([("features", union), ("clf", LogisticRegression(max_iter=500))])


TEXTS = [
    "Wij adviseren u gevraagd over de schuldhulp en de schulden van jongeren.",
    "Ongevraagd advies over jeugdhulp: de jeugd wacht te lang op hulp.",
    "Uw kenmerk 2024/12: wij nemen het advies over de schuldhulpverlening over.",
    "Een ongevraagd advies over armoede en minimaregelingen voor gezinnen met schulden.",
] * 3
LABELS = ["a", "b", "a", "b", "a", "b", "c", "c", "a", "b", "c", "a"]


def test_export_reproduces_a_pipeline_with_every_block_kind(tmp_path) -> None:
    pipeline = _tiny_pipeline({"ngram_range": (1, 3), "sublinear_tf": True}).fit(TEXTS, LABELS)
    (tmp_path / "tiny.skops").write_bytes(b"stand-in for the saved file")
    linear.export(pipeline, tmp_path / "tiny.skops", "tiny")
    compiled = linear.load(tmp_path, "tiny")
    assert compiled.kind == "softmax"
    assert np.array_equal(compiled.predict_proba(TEXTS), pipeline.predict_proba(TEXTS))  # same API
    for text in [*TEXTS, "", "Iets heel anders zonder bekende woorden."]:
        assert np.array_equal(compiled.proba(text), pipeline.predict_proba([text])[0])


@pytest.mark.parametrize(
    "options, what",
    [({"analyzer": "char_wb"}, "analyzer"), ({"stop_words": ["de"]}, "stop_words"),
     ({"binary": True}, "binary"), ({"strip_accents": "unicode"}, "strip_accents")],
)  # fmt: skip
def test_settings_the_reader_does_not_reproduce_are_refused(tmp_path, options, what) -> None:
    pipeline = _tiny_pipeline(options).fit(TEXTS, LABELS)
    (tmp_path / "tiny.skops").write_bytes(b"x")
    with pytest.raises(linear.NotExportable, match=what):
        linear.export(pipeline, tmp_path / "tiny.skops", "tiny")
    assert not (tmp_path / "tiny.linear.json").exists()
