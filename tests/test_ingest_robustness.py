"""A killed ingest leaves whole documents and a re-run finishes the job; readers query during an ingest.

Deterministic: the ingest stops at exact points through the fault-injection hooks of
``cp_textmine.faults`` (publish by count, never by timer), so no test races the clock.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from cp_textmine.faults import FAULT_ENV

# whole-batch runs: `make test` runs them, `make test-fast` skips them
pytestmark = pytest.mark.slow

BATCH = 5
HANDSHAKE_LIMIT_S = (
    300  # only a broken ingest gets near this; the test then fails, it never guesses
)


def ingest_cmd(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "cp_textmine", "ingest", str(corpus), "--db", str(db), "--workers", "2",
            "--quiet", "--no-ocr", "--batch-size", str(BATCH), "--publish-every", "0"]  # fmt: skip


def start_ingest(corpus: Path, db: Path, fault: str) -> subprocess.Popen:
    env = {**os.environ, FAULT_ENV: fault}
    return subprocess.Popen(ingest_cmd(corpus, db), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True, env=env)  # fmt: skip


def finish_killed(proc: subprocess.Popen) -> None:
    """Wait for the self-killed ingest, then remove its orphaned workers."""
    proc.wait(timeout=HANDSHAKE_LIMIT_S)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


def rerun(corpus: Path, db: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != FAULT_ENV}
    done = subprocess.run(
        ingest_cmd(corpus, db), capture_output=True, text=True, timeout=600, env=env
    )
    assert done.returncode == 0, done.stderr
    return done


def count(db: Path, sql: str = "SELECT count(*) FROM documents") -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def whole_documents(db: Path) -> None:
    """Every ok document has all its pages; no doc_id appears twice in any table."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        broken = con.execute(
            """SELECT d.doc_id FROM documents d LEFT JOIN (SELECT doc_id, count(*) n FROM pages GROUP BY 1) p
               USING (doc_id) WHERE d.status = 'ok' AND coalesce(p.n, 0) <> d.n_pages"""
        ).fetchall()
        assert broken == []
        for table in ("documents", "advices", "responses", "regulations", "annual_reports"):
            dupes = con.execute(
                f"SELECT doc_id FROM {table} GROUP BY 1 HAVING count(*) > 1"
            ).fetchall()
            assert dupes == [], table
        orphans = con.execute(
            "SELECT count(*) FROM pages WHERE doc_id NOT IN (SELECT doc_id FROM documents)"
        )
        assert orphans.fetchone()[0] == 0
    finally:
        con.close()


def test_sigkill_after_second_publish_then_rerun(text_corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "k.duckdb"
    n_files = len(list(text_corpus.glob("*.pdf")))
    assert n_files > 3 * BATCH
    finish_killed(start_ingest(text_corpus, db, "kill-after-publish:2"))
    whole_documents(db)
    assert count(db) == 2 * BATCH  # exactly the two published batches, nothing half-written
    rerun(text_corpus, db)
    whole_documents(db)
    assert count(db, "SELECT count(DISTINCT sha256) FROM documents") == n_files
    assert count(db) == n_files


def test_sigkill_between_shard_and_publish_loses_nothing(text_corpus: Path, tmp_path: Path) -> None:
    """The third shard is on disk but unpublished when the ingest dies; the re-run publishes it
    first and processes only what no shard holds."""
    db = tmp_path / "s.duckdb"
    n_files = len(list(text_corpus.glob("*.pdf")))
    finish_killed(start_ingest(text_corpus, db, "kill-after-shard:3"))
    assert count(db) == 2 * BATCH
    done = rerun(text_corpus, db)
    whole_documents(db)
    assert count(db) == n_files
    assert "Traceback" not in done.stderr


def test_readers_query_between_publishes(text_corpus: Path, tmp_path: Path) -> None:
    """After every publish the ingest waits for the reader's go-ahead: each read must succeed and
    see exactly the published batches."""
    db = tmp_path / "r.duckdb"
    handshake = tmp_path / "handshake"
    n_files = len(list(text_corpus.glob("*.pdf")))
    proc = start_ingest(text_corpus, db, f"pause-after-publish:{handshake}")
    seen, k = [], 1
    while True:
        if not _wait_for(handshake / f"published-{k}", proc):
            break
        seen.append(count(db))  # the writer has closed the file: this read cannot be refused
        (handshake / f"resume-{k}").touch()
        k += 1
    proc.wait(timeout=HANDSHAKE_LIMIT_S)
    assert proc.returncode == 0, proc.stderr.read().decode()
    full_batches = n_files // BATCH
    assert seen == [BATCH * i for i in range(1, full_batches + 1)]
    assert count(db) == n_files


def _wait_for(marker: Path, proc: subprocess.Popen) -> bool:
    """True once ``marker`` exists; False when the ingest ended without creating it."""
    deadline = time.monotonic() + HANDSHAKE_LIMIT_S
    while not marker.exists():
        if proc.poll() is not None:
            return marker.exists()
        assert time.monotonic() < deadline, f"no {marker.name} within {HANDSHAKE_LIMIT_S} s"
        time.sleep(0.01)
    return True
