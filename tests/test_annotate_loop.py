"""The loop closes: corrections imported by annotators change what the retrained models predict.

A small synthetic corpus is trained with a few responses mislabelled (as if a first round
of labels had been careless), so the models learn the wrong decision for them. The
pipeline shows those predictions; an annotator exports them, corrects the decisions and
imports the file; training on the same data plus ``annotations/labels`` moves the
predictions on those documents to the corrected labels.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from cp_textmine.annotate.export import export
from cp_textmine.annotate.load_labels import import_labels
from cp_textmine.classify import models as model_store
from cp_textmine.classify.dataset import (
    annotation_examples,
    labelled_pdf_examples,
    merge_annotations,
)
from cp_textmine.classify.train import train_models
from cp_textmine.config import IngestOptions
from cp_textmine.pipeline.run import ingest_paths
from cp_textmine.store.db import connect

# whole-batch runs: `make test` runs them, `make test-fast` skips them
pytestmark = pytest.mark.slow

WRONG = {"adopted": "not_adopted", "not_adopted": "adopted", "partially_adopted": "noted",
         "noted": "adopted"}  # fmt: skip
N_CORRECTED = 4


def decision_proba(folder: Path, texts: list[str]) -> list[dict[str, float]]:
    model_store.use_models_dir(folder)
    try:
        model, _ = model_store.load_model("decision")
        return [
            dict(zip(model.classes_, map(float, p), strict=True))
            for p in model.predict_proba(texts)
        ]
    finally:
        model_store.use_models_dir(None)


def stored_decisions(db: Path) -> dict[str, str]:
    """file name -> the decision the pipeline stored."""
    con = connect(db)
    try:
        rows = con.execute("SELECT regexp_extract(d.path, '[^/]+$'), r.decision FROM documents d "
                           "JOIN responses r USING (doc_id)").fetchall()  # fmt: skip
    finally:
        con.close()
    return dict(rows)


@pytest.fixture(scope="module")
def loop(tmp_path_factory: pytest.TempPathFactory, synth_corpus_120: Path) -> dict:
    base = tmp_path_factory.mktemp("loop")
    corpus = synth_corpus_120
    examples = labelled_pdf_examples(corpus / "labels.jsonl", corpus, "synth", workers=2)
    responses = sorted((e for e in examples if e.labels.get("decision")), key=lambda e: e.id)
    chosen = responses[:: max(1, len(responses) // N_CORRECTED)][:N_CORRECTED]
    careless = {e.id: replace(e, labels={**e.labels, "decision": WRONG[e.labels["decision"]], "motivated": None})
                for e in chosen}  # fmt: skip
    first_round = [careless.get(e.id, e) for e in examples]
    before = base / "models-before"
    train_models(first_round, before)

    pdfs = base / "to-check"  # the documents the annotator looks at, read by the pipeline
    pdfs.mkdir()
    for e in chosen:
        name = e.labels["file"]
        (pdfs / name).write_bytes((corpus / name).read_bytes())
    db = base / "loop.duckdb"
    ingest_paths([pdfs], db, IngestOptions(workers=1, quiet=True, models_dir=before))
    return {"base": base, "corpus": corpus, "examples": first_round, "chosen": chosen, "before": before,
            "db": db, "pdfs": pdfs}  # fmt: skip


def correct_in_export(loop: dict) -> Path:
    """What the annotator does: export, fix the decisions, save."""
    out = loop["base"] / "round-1.jsonl"
    export(loop["db"], out, n=50, fmt="jsonl")
    truth = {e.labels["file"]: e.labels for e in loop["chosen"]}
    rows = []
    for row in map(json.loads, out.read_text(encoding="utf-8").splitlines()):
        gold = truth[row["file"]]
        labels = {"doc_type": "reactie", "decision": gold["decision"]}
        if (
            gold["decision"] in ("not_adopted", "partially_adopted")
            and gold.get("motivated") is not None
        ):
            labels["motivated"] = gold["motivated"]
        rows.append({**row, "labels": labels, "annotator": "anna"})
    edited = loop["base"] / "round-1-corrected.jsonl"
    edited.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return edited


def test_corrections_change_the_predictions_on_those_items(loop: dict) -> None:
    truth = {e.labels["file"]: e.labels["decision"] for e in loop["chosen"]}
    # the decision model learned the careless labels (the stance reader decides stored
    # decisions first; the model fills in where it finds none, so the model is what a round trains)
    careless = decision_proba(loop["before"], [e.text for e in loop["chosen"]])
    wrong_before = sum(
        max(p, key=p.get) != e.labels["decision"]
        for e, p in zip(loop["chosen"], careless, strict=True)
    )
    assert wrong_before >= N_CORRECTED // 2, careless

    root = loop["base"] / "annotations"
    result = import_labels(correct_in_export(loop), loop["db"], root=root)
    assert result.n_labelled == N_CORRECTED and not result.rejected
    corrections = annotation_examples(root / "labels")
    assert len(corrections) == N_CORRECTED
    second_round = merge_annotations(list(loop["examples"]) + corrections)
    assert len(second_round) == len(loop["examples"])  # corrections replace, not add
    by_file = {e.labels.get("file"): e for e in second_round if e.labels.get("file") in truth}
    assert {f: e.labels["decision"] for f, e in by_file.items()} == truth

    after = loop["base"] / "models-after"
    train_models(second_round, after)
    texts = [e.text for e in loop["chosen"]]
    p_before = decision_proba(loop["before"], texts)
    p_after = decision_proba(after, texts)
    for e, pb, pa in zip(loop["chosen"], p_before, p_after, strict=True):
        gold = e.labels["decision"]
        assert pa[gold] > pb[gold], (e.labels["file"], gold, pb, pa)

    recheck = loop["base"] / "recheck.duckdb"  # what the pipeline stores with the new models
    ingest_paths([loop["pdfs"]], recheck, IngestOptions(workers=1, quiet=True, models_dir=after))
    now = stored_decisions(recheck)
    wrong_after = sum(now[f] != truth[f] for f in truth)
    assert wrong_after < wrong_before and wrong_after <= 1, now
