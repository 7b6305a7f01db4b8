"""Hostile inputs: every one ends as a clear status and reason, and the batch finishes."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from cp_textmine.config import IngestOptions
from cp_textmine.faults import FAULT_ENV
from cp_textmine.pipeline.run import ingest_paths

from . import hostile
from .conftest import ADVICE_LETTER, write_text_pdf

# whole-batch runs: `make test` runs them, `make test-fast` skips them
pytestmark = pytest.mark.slow

GUARDED = IngestOptions(workers=2, memory_limit_mb=1500, file_timeout_s=60, quiet=True)


@pytest.fixture(scope="module")
def hostile_batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("hostile")
    inbox = folder / "in"
    inbox.mkdir()
    for make in (hostile.truncated, hostile.encrypted_user_password, hostile.encrypted_owner_password_only,
                 hostile.zero_pages, hostile.decompression_bomb, hostile.page_tree_cycle, hostile.thousand_pages,
                 hostile.broken_xref, hostile.not_a_pdf, hostile.non_utf8_name, hostile.symlink_loop,
                 hostile.same_file_twice):  # fmt: skip
        make(inbox)
    write_text_pdf(inbox / "goed.pdf", [ADVICE_LETTER])
    db = folder / "h.duckdb"
    summary = ingest_paths([inbox], db, GUARDED)
    con = duckdb.connect(str(db), read_only=True)
    rows = {
        Path(path).name: (status, error, n_pages)
        for path, status, error, n_pages in con.execute(
            "SELECT p.path, d.status, d.error, d.n_pages FROM document_paths p JOIN documents d USING (doc_id)"
        ).fetchall()
    }
    paths = con.execute("SELECT count(*), count(DISTINCT doc_id) FROM document_paths").fetchone()
    con.close()
    return summary, {"rows": rows, "paths": paths}


@pytest.mark.parametrize(
    ("name", "status", "reason"),
    [
        ("afgekapt.pdf", "failed", "damaged PDF: truncated"),
        ("wachtwoord.pdf", "failed", "encrypted: password required"),
        ("alleen-eigenaar.pdf", "ok", None),
        ("nul-paginas.pdf", "failed", "no pages"),
        ("bom.pdf", "failed", "worker died: killed by signal"),
        ("kringloop.pdf", "failed", "damaged PDF: a page cannot be loaded"),
        ("duizend-paginas.pdf", "ok", None),
        ("kapotte-xref.pdf", "ok", None),
        ("notulen.pdf", "failed", "not a PDF"),
        ("goed.pdf", "ok", None),
    ],
)
def test_each_hostile_file_has_a_status_and_reason(
    hostile_batch, name: str, status: str, reason: str | None
) -> None:
    _, found = hostile_batch
    got_status, error, _ = found["rows"][name]
    assert got_status == status, (name, error)
    if reason is None:
        assert error is None
    else:
        assert error.startswith(reason), error


def test_thousand_pages_are_all_read(hostile_batch) -> None:
    assert hostile_batch[1]["rows"]["duizend-paginas.pdf"][2] == 1000


def test_non_utf8_file_name_is_kept(hostile_batch) -> None:
    names = hostile_batch[1]["rows"]
    assert "advies-\\xff\\xfe-ede.pdf" in names
    assert names["advies-\\xff\\xfe-ede.pdf"][0] == "ok"


def test_duplicates_are_one_document_with_both_paths(hostile_batch) -> None:
    rows = hostile_batch[1]["rows"]
    assert rows["advies.pdf"] == rows["advies (1).pdf"]
    n_paths, n_docs = hostile_batch[1]["paths"]
    assert n_paths == n_docs + 1


def test_the_batch_finishes_and_counts_failures(hostile_batch) -> None:
    summary, _ = hostile_batch
    assert summary.n_failed == 6
    assert summary.n_found == 13  # the symlink loop adds nothing: directory links are not followed


def test_time_limit_replaces_the_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that never finishes is recorded as a timeout; the file after it (sorted order, one
    worker) can only succeed in a new worker, since the hung one is killed."""
    write_text_pdf(tmp_path / "a-hangt.pdf", [ADVICE_LETTER.replace("2023", "2022")])
    write_text_pdf(tmp_path / "b-goed.pdf", [ADVICE_LETTER])
    monkeypatch.setenv(FAULT_ENV, "hang-on-file:hangt")
    options = IngestOptions(workers=1, file_timeout_s=8.0, quiet=True)
    summary = ingest_paths([tmp_path], tmp_path / "t.duckdb", options)
    assert [(Path(p).name, r) for p, r in summary.failures] == [
        ("a-hangt.pdf", "timeout: processing took longer than 8 s")
    ]
    assert summary.by_type == {"advies": 1}


def test_rerun_after_hostile_batch_does_nothing_twice(hostile_batch, tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    hostile.truncated(inbox.mkdir() or inbox)
    db = tmp_path / "r.duckdb"
    first = ingest_paths([inbox], db, GUARDED)
    again = ingest_paths([inbox], db, GUARDED)
    assert (first.n_new, again.n_new, again.n_skipped) == (1, 0, 1)
    shutil.rmtree(inbox)
