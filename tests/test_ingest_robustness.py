"""A killed ingest leaves whole documents and a re-run finishes the job; readers query during an ingest."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from cp_textmine.synth import generate_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    generate_corpus(160, folder, seed=11, workers=2)
    for scan in folder.glob("*.pdf"):
        if (
            scan.stat().st_size > 150_000
        ):  # scans: OCR would make the run long without adding anything here
            scan.unlink()
    return folder


def start_ingest(corpus: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "cp_textmine", "ingest", str(corpus), "--db", str(db), "--workers", "2",
         "--quiet", "--no-ocr"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip


def read(db: Path, sql: str) -> list[tuple] | None:
    """One short read-only query; None while the writer holds the file."""
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.IOException:
        return None
    except duckdb.Error:
        return None
    try:
        return con.execute(sql).fetchall()
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


def test_sigkill_mid_batch_then_rerun(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "k.duckdb"
    n_files = len(list(corpus.glob("*.pdf")))
    proc = start_ingest(corpus, db)
    deadline = time.monotonic() + 120
    count = 0
    while time.monotonic() < deadline and proc.poll() is None:
        got = read(db, "SELECT count(*) FROM documents")
        count = got[0][0] if got else count
        if count >= 10:
            break
        time.sleep(0.2)
    assert proc.poll() is None, (
        "the ingest finished before it could be killed; make the corpus larger"
    )
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    whole_documents(db)
    killed_count = read(db, "SELECT count(*) FROM documents")[0][0]
    assert 0 < killed_count < n_files
    rerun = subprocess.run(
        [sys.executable, "-m", "cp_textmine", "ingest", str(corpus), "--db", str(db), "--workers", "2", "--quiet",
         "--no-ocr"], capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert rerun.returncode == 0, rerun.stderr
    whole_documents(db)
    assert read(db, "SELECT count(*), count(DISTINCT sha256) FROM documents")[0] == (
        n_files,
        n_files,
    )


def test_readers_query_while_an_ingest_runs(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "r.duckdb"
    n_files = len(list(corpus.glob("*.pdf")))
    proc = start_ingest(corpus, db)
    counts, refused = [], 0
    while proc.poll() is None:
        got = read(db, "SELECT count(*) FROM documents")
        if got is None:
            refused += 1
        else:
            counts.append(got[0][0])
        time.sleep(0.05)
    assert proc.returncode == 0, proc.stderr.read().decode()
    assert len(counts) >= 5, f"only {len(counts)} successful reads ({refused} refused)"
    assert counts == sorted(counts)  # readers see the store grow, whole documents at a time
    assert len(set(counts)) >= 2
    assert read(db, "SELECT count(*) FROM documents")[0][0] == n_files
