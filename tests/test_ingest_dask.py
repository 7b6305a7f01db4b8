"""The Dask executor gives the same database as a local run, row for row."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from cp_textmine.config import IngestOptions
from cp_textmine.pipeline.run import ingest_paths

# whole-batch runs: `make test` runs them, `make test-fast` skips them
pytestmark = pytest.mark.slow

pytest.importorskip("distributed")

#: Columns that record when or how fast, not what: they differ between any two runs. A file's
#: size and mtime are recorded only when it had settled at the run's start, so they depend on
#: how long after the corpus was written each run began.
VOLATILE = {"ingested_at", "extract_seconds", "first_seen", "last_seen", "size", "mtime_ns"}
TABLES = ("documents", "document_paths", "pages", "document_tables", "advices", "advice_topics", "responses",
          "response_points", "regulations", "annual_reports", "annual_report_advices", "evidence")  # fmt: skip


def snapshot(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table in TABLES:
            cols = [
                c[0] for c in con.execute(f"DESCRIBE {table}").fetchall() if c[0] not in VOLATILE
            ]
            out[table] = con.execute(
                f"SELECT {', '.join(cols)} FROM {table} ORDER BY ALL"
            ).fetchall()
        return out
    finally:
        con.close()


def test_dask_local_cluster_equals_local_run(tmp_path: Path, text_corpus: Path) -> None:
    corpus = text_corpus
    local_db, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    ingest_paths([corpus], local_db, IngestOptions(workers=2, quiet=True, ocr=False))
    # publish_every_s=0: the parent publishes the workers' shards as they come, mid-run
    summary = ingest_paths([corpus], dask_db, IngestOptions(workers=2, quiet=True, ocr=False, executor="dask",
                                                            scheduler="local", publish_every_s=0.0))  # fmt: skip
    assert summary.n_new == len(list(corpus.glob("*.pdf")))
    local, remote = snapshot(local_db), snapshot(dask_db)
    for table in TABLES:
        assert local[table] == remote[table], table
    assert len(local["documents"]) == summary.n_new


def test_a_publish_during_a_run_leaves_the_shards_workers_are_writing(tmp_path: Path) -> None:
    """Mid-run, a partial shard is a worker's unfinished write, not a crash's leftover."""
    from cp_textmine.store import shards

    staging = tmp_path / "s.duckdb.staging"
    staging.mkdir()
    partial = staging / ".0001-worker.partial"
    partial.mkdir()
    assert shards.publish_pending(tmp_path / "s.duckdb", staging, clean_partials=False) == (0, 0)
    assert partial.exists()
    shards.publish_pending(tmp_path / "s.duckdb", staging)  # at the start or end of a run
    assert not partial.exists()
