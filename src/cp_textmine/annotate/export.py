"""Choose the documents worth an annotator's time, and write them for their tool.

Strategies:
- ``uncertainty``: least sure first — the largest of (1 - doc_type probability),
  (1 - decision probability), (1 - requested probability) and, per chosen topic, how
  close its score came to the topic's threshold; an advice without topics counts as 1.
- ``random``: a seeded sample, for an unbiased check of the models.
- ``disagreement``: documents where annotators' labels differ, most disputed first.
Documents someone already labelled are left out of the first two unless asked for.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from pathlib import Path

import duckdb

from cp_textmine.annotate import store
from cp_textmine.annotate.formats import FORMATS, Task, write_tasks
from cp_textmine.classify.taxonomy import load_taxonomy
from cp_textmine.config import models_dir
from cp_textmine.errors import CpTextmineError
from cp_textmine.store import db as store_db

STRATEGIES = ("uncertainty", "random", "disagreement")


def model_version(folder: Path | None = None) -> str:
    """The trained models' data hash (shown in Label Studio), or 'rules' without models."""
    meta = (folder or models_dir()) / "doc_type.meta.json"
    if not meta.exists():
        return "cp-textmine-rules"
    info = json.loads(meta.read_text(encoding="utf-8"))
    return f"cp-textmine-{info.get('version', '1')}-{info.get('data_hash', 'unknown')}"


def select(
    con: duckdb.DuckDBPyConnection,
    n: int,
    strategy: str = "uncertainty",
    seed: int = 0,
    include_labelled: bool = False,
    annotator: str | None = None,
) -> list[store.Prediction]:
    """Up to ``n`` predictions in the order an annotator should see them."""
    if strategy not in STRATEGIES:
        raise CpTextmineError(
            f"unknown strategy {strategy!r} (choose from {', '.join(STRATEGIES)})"
        )
    store.ensure_tables(con)
    found = store.predictions(con)
    if strategy == "disagreement":
        disputed = disputed_docs(con)
        found = [p for p in found if p.doc.doc_id in disputed]
        found.sort(key=lambda p: (-disputed[p.doc.doc_id], p.doc.doc_id))
        return found[:n]
    if not include_labelled:
        done = store.labelled_docs(con, annotator) if annotator else store.labelled_docs(con)
        found = [p for p in found if p.doc.doc_id not in done]
    if strategy == "random":
        return random.Random(seed).sample(found, min(n, len(found)))
    found.sort(key=lambda p: (-p.uncertainty, p.doc.doc_id))
    return found[:n]


def disputed_docs(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """doc_id -> number of fields on which annotators' latest labels differ."""
    values: dict[tuple[str, str], set[str]] = defaultdict(set)
    for doc_id, name, _, value in store.latest_values(con):
        values[(doc_id, name)].add(value)
    counts: dict[str, int] = defaultdict(int)
    for (doc_id, _), seen in values.items():
        if len(seen) > 1:
            counts[doc_id] += 1
    return dict(counts)


def to_tasks(
    con: duckdb.DuckDBPyConnection, chosen: list[store.Prediction], version: str
) -> list[Task]:
    return [
        Task(
            p.doc.doc_id,
            p.doc.sha256,
            p.doc.file,
            p.doc.subject,
            store.document_text(con, p.doc.doc_id),
            p.labels,
            p.scores,
            p.uncertainty,
            version,
        )
        for p in chosen
    ]


def export(
    db_path: Path,
    out: Path,
    n: int = 50,
    strategy: str = "uncertainty",
    fmt: str = "jsonl",
    seed: int = 0,
    include_labelled: bool = False,
    prefill: bool = False,
) -> tuple[list[Task], list[Path]]:
    """Write the chosen documents with their pre-annotations; returns (tasks, files written)."""
    if fmt not in FORMATS:
        raise CpTextmineError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    con = store_db.connect(db_path)
    try:
        chosen = select(con, n, strategy, seed, include_labelled)
        tasks = to_tasks(con, chosen, model_version())
    finally:
        con.close()
    if not tasks:
        raise CpTextmineError(
            "no documents to export: "
            + (
                "no two annotators disagree yet"
                if strategy == "disagreement"
                else "the database has no unlabelled readable documents (run 'cp-textmine ingest')"
            )
        )
    return tasks, write_tasks(tasks, fmt, out, load_taxonomy().codes, prefill)
