"""Should the document-type model learn from the hand-written dev documents? (issue 12)

    .venv/bin/python tools/doc_type_regimes.py > regimes.json

Reads the whole dev set through the whole pipeline twice, each writer's documents with a
document-type model that never saw that writer: (A) trained on generated documents only,
(B) on generated documents plus the other writers' dev documents (writers in five folds,
``train.writer_folds``). Everything else - rules, the other models - is the shipped one in
both arms; the rules were tuned on dev, so only the difference between A and B says
something. Prints per-field accuracies and the document-type confusions of each arm.
Takes about 6 minutes on 2 cores (ten ingests of a fifth of dev).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

import skops.io as sio

from cp_textmine.classify.dataset import hand_written_documents, load_training_examples
from cp_textmine.classify.taxonomy import load_taxonomy
from cp_textmine.classify.train import slim, tasks, writer_folds
from cp_textmine.config import IngestOptions, annotations_dir, repo_root
from cp_textmine.evaluation import compare, load_labels, predictions
from cp_textmine.pipeline.run import ingest_paths


def models_with(doc_type_model, folder: Path) -> Path:
    """The shipped models with this document-type model in their place."""
    shutil.copytree(repo_root() / "models", folder)
    sio.dump(slim(doc_type_model), folder / "doc_type.skops")
    return folder


def read(files: list[str], models: Path, work: Path) -> dict[str, dict]:
    pdfs = work / "pdfs"
    pdfs.mkdir()
    for name in files:
        os.symlink(annotations_dir() / "dev" / "pdfs" / name, pdfs / name)
    db = work / "read.duckdb"
    ingest_paths([pdfs], db, IngestOptions(workers=2, quiet=True, models_dir=models))
    return predictions(db)


def main() -> None:
    ann = annotations_dir()
    task = next(t for t in tasks(load_taxonomy()) if t.name == "doc_type")
    base = [e for e in load_training_examples(ann, repo_root() / "corpora", 2) if task.select(e)]
    mine = [e for e in hand_written_documents(ann / "dev", 2) if task.select(e)]
    labels = load_labels(ann / "dev" / "labels.jsonl")
    found: dict[str, dict[str, dict]] = {"A_generated_only": {}, "B_with_other_writers": {}}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        only_generated = task.build().fit([e.text for e in base], [task.target(e) for e in base])
        arm_a = models_with(only_generated, work / "models-A")
        for k, held in enumerate(writer_folds(mine)):
            files = sorted(lab["file"] for lab in labels if lab.get("author") in held)
            rest = base + [e for e in mine if str(e.labels.get("author")) not in held]
            with_writers = task.build().fit([e.text for e in rest], [task.target(e) for e in rest])
            arm_b = models_with(with_writers, work / f"models-B{k}")
            found["A_generated_only"].update(read(files, arm_a, work / f"A{k}"))
            found["B_with_other_writers"].update(read(files, arm_b, work / f"B{k}"))
            print(
                f"fold {k}: {len(files)} documents of {sorted(held)}", file=sys.stderr, flush=True
            )
    result = {}
    for arm, preds in found.items():
        report = compare(labels, preds, None).to_dict()
        confusion = Counter(
            (lab["doc_type"], preds.get(lab["file"], {}).get("doc_type")) for lab in labels
        )
        result[arm] = {
            "accuracies": {k: (v["accuracy"], v["n"]) for k, v in report["accuracies"].items()},
            "doc_type_errors": {f"{g}->{p}": n for (g, p), n in confusion.items() if g != p},
        }
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
