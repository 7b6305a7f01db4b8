"""Training: a small synthetic corpus trains every model; models load safely and predict."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from cp_textmine.classify import linear
from cp_textmine.classify import models as model_store
from cp_textmine.classify.dataset import Example, labelled_pdf_examples
from cp_textmine.classify.taxonomy import load_taxonomy
from cp_textmine.classify.train import train_models
from cp_textmine.errors import ModelMissing

from .conftest import ADVICE_LETTER, RESPONSE_LETTER


@pytest.fixture(scope="session")
def small_examples(synth_corpus_120: Path) -> list[Example]:
    corpus = synth_corpus_120
    return labelled_pdf_examples(corpus / "labels.jsonl", corpus, "synth", workers=2)


@pytest.fixture(scope="session")
def trained(small_examples: list[Example], tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("models")
    train_models(small_examples, folder)
    return folder


@pytest.fixture
def use_models(trained: Path):
    model_store.use_models_dir(trained)
    yield trained
    model_store.use_models_dir(None)


def test_every_model_and_its_meta_are_written(trained: Path) -> None:
    for name in ("doc_type", "requested", "topics", "decision", "motivated"):
        meta = json.loads((trained / f"{name}.meta.json").read_text())
        assert (trained / f"{name}.skops").stat().st_size < 10_000_000
        with zipfile.ZipFile(trained / f"{name}.skops") as stored:  # kept small in the repository
            assert {m.compress_type for m in stored.infolist()} == {zipfile.ZIP_DEFLATED}
        assert meta["n_train"] > 0 and meta["data_hash"] and meta["created"]
        assert linear.load(trained, name) is not None  # the compiled form, made from this .skops
    topics = json.loads((trained / "topics.meta.json").read_text())
    assert set(topics["thresholds"]) == set(topics["labels"])


def test_models_predict_letters(use_models: Path) -> None:
    from cp_textmine.classify.features import doc_from_text

    assert model_store.predict_doc_type(ADVICE_LETTER)[0] == "advies"
    assert model_store.predict_doc_type(RESPONSE_LETTER)[0] == "reactie"
    topics, _ = model_store.predict_topics(doc_from_text(ADVICE_LETTER))
    assert "schulden" in [code for code, _ in topics]


def test_same_data_same_model(small_examples: list[Example], trained: Path, tmp_path: Path) -> None:
    train_models(small_examples, tmp_path)
    for name in ("doc_type", "decision"):
        first = json.loads((trained / f"{name}.meta.json").read_text())
        again = json.loads((tmp_path / f"{name}.meta.json").read_text())
        assert first["data_hash"] == again["data_hash"]
        assert {k: v for k, v in first.items() if k.startswith("valid_")} == {
            k: v for k, v in again.items() if k.startswith("valid_")
        }


def test_model_with_untrusted_types_is_refused(tmp_path: Path) -> None:
    import re

    import skops.io as sio
    from sklearn.preprocessing import FunctionTransformer

    sio.dump(FunctionTransformer(re.compile), tmp_path / "doc_type.skops")
    model_store.use_models_dir(tmp_path)
    try:
        with pytest.raises(ModelMissing, match="does not load"):
            model_store.predict_doc_type("tekst")
    finally:
        model_store.use_models_dir(None)


def test_edited_taxonomy_retrains(
    small_examples: list[Example], tmp_path: Path, monkeypatch
) -> None:
    from cp_textmine.config import DATA_DIR

    raw = json.loads((DATA_DIR / "taxonomy_v1.json").read_text(encoding="utf-8"))
    raw["version"] = "v1-no-jeugd"
    raw["topics"] = [t for t in raw["topics"] if t["code"] != "jeugd"]
    edited = tmp_path / "taxonomy.json"
    edited.write_text(json.dumps(raw), encoding="utf-8")
    monkeypatch.setenv("CP_TEXTMINE_TAXONOMY", str(edited))
    report = train_models(small_examples, tmp_path / "models", load_taxonomy())
    assert "jeugd" not in report.models["topics"]["labels"]
    assert report.models["topics"]["taxonomy_version"] == "v1-no-jeugd"


def test_top_topics_keeps_the_strongest_and_at_most_two_more_at_the_threshold() -> None:
    from cp_textmine.classify.train import top_topics

    scores = {"schulden": 0.3, "bijstand": 0.9, "jeugd": 0.6, "wmo_zorg": 0.55, "inburgering": 0.1}
    assert [c for c, _ in top_topics(scores, 0.5)] == ["bijstand", "jeugd", "wmo_zorg"]
    assert [c for c, _ in top_topics({"schulden": 0.2, "jeugd": 0.1}, 0.5)] == ["schulden"]


def test_hand_written_advices_are_measured_leave_one_writer_out(
    small_examples: list[Example], tmp_path: Path
) -> None:
    """Advices written by three people join the topic model; its figure holds each one out.
    Documents of four people only measure the document-type model, which never trains on them."""
    from dataclasses import replace

    advices = [
        e for e in small_examples if e.labels.get("doc_type") == "advies" and e.labels.get("topics")
    ]
    writers = [
        replace(e, id=f"dev:{e.id}", labels={**e.labels, "author": f"writer-{i % 3}"}, source="dev")
        for i, e in enumerate(advices[:18])
    ]
    documents = [
        replace(e, id=f"dev:{e.id}", labels={**e.labels, "author": f"writer-{i % 4}"}, source="dev")
        for i, e in enumerate(small_examples[:40])
    ]
    train_models(small_examples, tmp_path, topic_writers=writers, doc_type_writers=documents)
    doc_type = json.loads((tmp_path / "doc_type.meta.json").read_text())
    # the hand-written documents only measure the document-type model: all 40, four writers
    held = doc_type["hand_written_held_out"]
    assert held["n"] == 40 and held["writers"] == 4
    assert 0.0 <= held["ci"]["accuracy"][0] <= held["accuracy"] <= held["ci"]["accuracy"][1] <= 1.0
    assert "trained_on_hand_written" not in doc_type
    meta = json.loads((tmp_path / "topics.meta.json").read_text())
    cv = meta["cv_by_writer"]
    assert cv["n"] == 18 and cv["writers"] == 3
    assert 0.0 <= cv["ci"]["micro_f1"][0] <= cv["micro_f1"] <= cv["ci"]["micro_f1"][1] <= 1.0
    assert meta["trained_on_hand_written"] == ["writer-0", "writer-1", "writer-2"]
    assert meta["variant"]["strategy"] == "model_top"
    assert set(meta["thresholds"].values()) == {0.5}
    assert "by_source" not in cv  # one set: its figure is the whole one


def test_the_topic_figure_is_also_given_per_set_of_hand_written_advices(
    small_examples: list[Example],
) -> None:
    """The dev advices and the html rounds' advices both teach the topic model; each set's
    figure (``by_source``) comes from its own writers held out, as the whole does."""
    from dataclasses import replace

    from sklearn.preprocessing import MultiLabelBinarizer

    from cp_textmine.classify.taxonomy import load_taxonomy
    from cp_textmine.classify.train import split, tasks, writer_cv

    taxonomy = load_taxonomy()
    task = next(t for t in tasks(taxonomy) if t.name == "topics")
    advices = [
        e for e in small_examples if e.labels.get("doc_type") == "advies" and e.labels.get("topics")
    ]
    mine = [
        replace(
            e,
            labels={**e.labels, "author": f"writer-{i % 3}"},
            source="html" if i % 3 == 2 else "dev",
        )
        for i, e in enumerate(advices[:18])
    ]
    train, valid = split(small_examples)
    base = [e for e in train + valid if task.select(e)]
    codes = list(taxonomy.codes)
    cv = writer_cv(task, base, mine, MultiLabelBinarizer(classes=codes).fit([codes]))
    parts = cv["by_source"]
    assert set(parts) == {"dev", "html"}
    assert (parts["dev"]["n"], parts["dev"]["writers"]) == (12, 2)
    assert (parts["html"]["n"], parts["html"]["writers"]) == (6, 1)
    assert cv["n"] == 18 and cv["writers"] == 3
    for part in parts.values():
        assert 0.0 <= part["ci"]["micro_f1"][0] <= part["micro_f1"] <= part["ci"]["micro_f1"][1]


def test_only_retrains_the_named_model_and_keeps_the_others(
    small_examples: list[Example], trained: Path, tmp_path: Path
) -> None:
    import shutil

    from cp_textmine.errors import CpTextmineError

    folder = tmp_path / "models"
    shutil.copytree(trained, folder)
    kept = (folder / "doc_type.skops").read_bytes(), (folder / "doc_type.meta.json").read_text()
    (folder / "topics.meta.json").write_text('{"stale": true}')
    report = train_models(small_examples, folder, only=("topics",))
    assert (folder / "doc_type.skops").read_bytes() == kept[0]
    assert (folder / "doc_type.meta.json").read_text() == kept[1]
    assert "stale" not in json.loads((folder / "topics.meta.json").read_text())
    assert linear.load(folder, "topics") is not None and linear.load(folder, "doc_type") is not None
    assert set(report.models) == {"doc_type", "requested", "topics", "decision", "motivated"}
    with pytest.raises(CpTextmineError, match="no such model: topic"):
        train_models(small_examples, folder, only=("topic",))


def test_requested_without_a_cue_abstains_whatever_the_model_says() -> None:
    """The model knows the prior, not the letter: where no sentence says it, "onbekend"."""
    from cp_textmine.classify.models import requested_with_model

    assert requested_with_model(None, 0.5, 0.97) == (None, 0.97)
    assert requested_with_model(None, 0.5, 0.02)[0] is None
    assert requested_with_model(True, 0.6, 0.9)[0] is True  # a weak cue the model agrees with
    assert requested_with_model(True, 0.6, 0.05)[0] is False  # ... or one it is sure against
    assert requested_with_model(False, 0.9, 0.99)[0] is False  # a sure cue decides


def test_requested_variant_is_chosen_as_the_pipeline_uses_it() -> None:
    """A plain model that wins on argmax accuracy but is too unsure to be used loses."""
    from cp_textmine.classify.train import choose_variants

    comparison = {
        "requested": {
            "tfidf_lr": {"accuracy": 0.99, "macro_f1": 0.99, "in_pipeline": 0.85},
            "tfidf_lr_rules": {"accuracy": 0.97, "macro_f1": 0.97, "in_pipeline": 0.95},
        },
        "decision": {"tfidf_lr": {"macro_f1": 0.9}, "tfidf_lr_rules": {"macro_f1": 0.8}},
    }
    assert choose_variants(comparison) == {
        "requested": {"with_rules": True},
        "decision": {"with_rules": False},
    }


@pytest.mark.parametrize(
    "labels", ["annotations/dev/labels.jsonl", "annotations/dev/html/labels.jsonl"]
)
def test_every_hand_written_label_names_its_writer(labels: str) -> None:
    """The topic figure holds whole writers out by ``author``: a label without one would put
    all such documents into one pseudo-writer's fold. In the html rounds the writer's letters
    are also in the file name (dev-<letters>-NN.pdf), and the two must agree."""
    path = Path(__file__).resolve().parents[1] / labels
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    assert rows and all(row.get("author") for row in rows)
    if "/html/" in labels:
        for row in rows:
            assert row["author"] == "dev-writer-" + row["file"].split("-")[1].upper(), row["file"]


def test_retraining_keeps_the_release_figures_the_scan_reads(tmp_path: Path) -> None:
    """``train`` rewrites the training figures; the release's (the frozen test set's confusion
    matrices, which give the scan its intervals) stay until ``evaluate --write`` replaces them."""
    from cp_textmine.config import FIGURES_END, FIGURES_START
    from cp_textmine.train_cli import keep_release_figures

    decision = {"accuracy": 0.5, "n": 2, "ci_low": 0.09, "ci_high": 0.91}
    release = {"test": {"n_documents": 3, "accuracies": {"decision": decision}}}
    path = tmp_path / "evaluation.json"
    path.write_text(json.dumps({"gold": {"old": 1}, "sets": release, "rewording": {}}))
    card = tmp_path / "MODEL_CARD.md"
    card.write_text(f"# card\n{FIGURES_START}\n{FIGURES_END}\n")
    keep_release_figures(path, {"comparison": None, "gold": {"new": 2}}, card)
    stored = json.loads(path.read_text())
    assert stored["sets"] == release and stored["gold"] == {"new": 2}
    assert "| decision | 0.50 (2) [0.09–0.91] |" in card.read_text()
