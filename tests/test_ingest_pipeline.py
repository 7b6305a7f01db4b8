"""The batch: bad files become failed rows with reasons, re-runs do no work twice, links find their advice."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from cp_textmine.config import IngestOptions
from cp_textmine.errors import InputPathError, StoreError
from cp_textmine.pipeline.run import ingest_paths

from .conftest import ADVICE_LETTER, RESPONSE_LETTER, pdf_bytes, write_text_pdf

ZERO_PAGES = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
    b"trailer << /Root 1 0 R >>\n%%EOF\n"
)
SERIAL = IngestOptions(workers=1, quiet=True)


def rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_advice_and_response_are_read_and_linked(advice_and_response: Path, tmp_db: Path) -> None:
    summary = ingest_paths([advice_and_response], tmp_db, SERIAL)
    assert summary.by_type == {"advies": 1, "reactie": 1}
    assert summary.n_linked == 1
    advice = rows(tmp_db, "SELECT requested, n_recommendations, advice_date FROM advices")
    assert advice[0][0] is False and advice[0][1] == 3
    response = rows(
        tmp_db,
        "SELECT r.decision, r.motivated, d.reference FROM responses r "
        "JOIN documents d ON d.doc_id = r.advice_doc_id",
    )
    assert response == [("partially_adopted", True, "CR-2023-04")]
    outcome = rows(tmp_db, "SELECT answered, response_days, norm_days, timely FROM advice_outcomes")
    assert outcome == [(True, 37, 42, True)]


def test_rerun_does_no_work_twice(advice_and_response: Path, tmp_db: Path) -> None:
    ingest_paths([advice_and_response], tmp_db, SERIAL)
    before = rows(tmp_db, "SELECT doc_id, ingested_at FROM documents ORDER BY 1")
    again = ingest_paths([advice_and_response], tmp_db, SERIAL)
    assert (again.n_new, again.n_skipped) == (0, 2)
    assert rows(tmp_db, "SELECT doc_id, ingested_at FROM documents ORDER BY 1") == before
    assert rows(tmp_db, "SELECT count(*) FROM evidence WHERE field = 'doc_date'") == [(2,)]


def test_unchanged_rerun_touches_paths_and_rebuilds_nothing(
    advice_and_response: Path, tmp_db: Path
) -> None:
    """Nothing new: the paths are marked seen in place; no shard, no re-link, same summary."""
    first = ingest_paths([advice_and_response], tmp_db, SERIAL)
    seen = dict(rows(tmp_db, "SELECT path, last_seen FROM document_paths"))
    con = duckdb.connect(str(tmp_db))
    con.execute("UPDATE responses SET link_method = 'marker'")  # a re-link would overwrite it
    con.close()
    again = ingest_paths([advice_and_response], tmp_db, SERIAL)
    assert (again.n_responses, again.n_linked) == (first.n_responses, first.n_linked) == (1, 1)
    assert rows(tmp_db, "SELECT DISTINCT link_method FROM responses") == [("marker",)]
    later = dict(rows(tmp_db, "SELECT path, last_seen FROM document_paths"))
    assert later.keys() == seen.keys() and all(later[p] > seen[p] for p in seen)
    staging = Path(f"{tmp_db}.staging")
    assert not staging.exists() or not any(staging.iterdir())


def _counting_connections(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[int]]:
    """(paths opened, connections open right now) of every ``store_db.connect`` from here on."""
    from cp_textmine.store import db as store_db

    opened: list[str] = []
    open_now = [0]
    real_connect = store_db.connect

    class Counted:
        def __init__(self, con) -> None:
            self._con = con

        def __getattr__(self, name: str):
            return getattr(self._con, name)

        def close(self) -> None:
            open_now[0] -= 1
            self._con.close()

    def counting_connect(path, *args, **kwargs):
        opened.append(str(path))
        con = real_connect(path, *args, **kwargs)
        open_now[0] += 1
        return Counted(con)

    monkeypatch.setattr(store_db, "connect", counting_connect)
    return opened, open_now


def _settled_copies(source: Path, folder: Path) -> Path:
    """The fixture's files with an mtime long past, so that their fingerprints are recorded."""
    folder.mkdir()
    for pdf in sorted(source.glob("*.pdf")):
        copy = Path(shutil.copy(pdf, folder / pdf.name))
        os.utime(copy, ns=(OLD_MTIME_NS, OLD_MTIME_NS))
    return folder


def test_unchanged_rerun_opens_the_database_once(
    advice_and_response: Path, tmp_path: Path, tmp_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each open costs ~30 ms, a tenth of a 1k re-run (issue 14): the connection that reads
    what is stored also marks the paths seen, checks for outdated readings, counts the links
    and is closed at the end."""
    folder = _settled_copies(advice_and_response, tmp_path / "settled")
    ingest_paths([folder], tmp_db, SERIAL)
    opened, open_now = _counting_connections(monkeypatch)
    again = ingest_paths([folder], tmp_db, SERIAL)
    assert (again.n_new, again.n_skipped, again.n_linked) == (0, 2, 1)
    assert opened == [str(tmp_db)] and open_now == [0]


def test_no_connection_is_held_while_files_are_hashed(
    advice_and_response: Path, tmp_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hashing a new batch can take minutes; meanwhile an analyst's query must get in, so the
    connection that read the store is closed before any file is read (and opened again after:
    twice in all when nothing turns out new)."""
    ingest_paths([advice_and_response], tmp_db, SERIAL)  # fresh files: no fingerprints kept
    opened, open_now = _counting_connections(monkeypatch)
    held_while_hashing: list[int] = []
    from cp_textmine.pipeline import run

    real_hash = run.sha256_file

    def hashing(path: Path) -> str:
        held_while_hashing.append(open_now[0])
        return real_hash(path)

    monkeypatch.setattr(run, "sha256_file", hashing)
    again = ingest_paths([advice_and_response], tmp_db, SERIAL)
    assert (again.n_new, again.n_skipped, again.n_linked) == (0, 2, 1)
    assert held_while_hashing == [0, 0]
    assert opened == [str(tmp_db)] * 2 and open_now == [0]


def test_a_file_name_with_a_newline_is_marked_seen_too(tmp_path: Path, tmp_db: Path) -> None:
    """Seen paths reach the database one per line; a name with a newline goes by a shard."""
    write_text_pdf(tmp_path / "gewoon.pdf", [ADVICE_LETTER])
    write_text_pdf(tmp_path / "twee\nregels.pdf", [RESPONSE_LETTER])
    ingest_paths([tmp_path], tmp_db, SERIAL)
    seen = dict(rows(tmp_db, "SELECT path, last_seen FROM document_paths"))
    ingest_paths([tmp_path], tmp_db, SERIAL)
    later = dict(rows(tmp_db, "SELECT path, last_seen FROM document_paths"))
    assert len(later) == 2 and all(later[p] > seen[p] for p in seen)


def test_known_content_at_a_new_path_is_recorded(tmp_path: Path, tmp_db: Path) -> None:
    first = write_text_pdf(tmp_path / "a.pdf", [ADVICE_LETTER])
    ingest_paths([tmp_path], tmp_db, SERIAL)
    shutil.copy(first, tmp_path / "b.pdf")
    again = ingest_paths([tmp_path], tmp_db, SERIAL)
    assert (again.n_new, again.n_skipped) == (0, 2)
    assert len(rows(tmp_db, "SELECT path FROM document_paths")) == 2


@pytest.mark.parametrize("workers", [1, 2])
def test_unchanged_rerun_loads_no_reader(
    advice_and_response: Path, tmp_db: Path, workers: int
) -> None:
    """The re-run's cost is start-up: it must not import the classifiers or pyarrow (issue 14),
    nor start a pool to re-classify when nothing is outdated (a 1k re-run went 1.6 -> 3.4 s)."""
    ingest_paths([advice_and_response], tmp_db, SERIAL)
    probe = (
        "import sys; from pathlib import Path; from cp_textmine.config import IngestOptions; "
        "from cp_textmine.pipeline.run import ingest_paths; "
        f"ingest_paths([Path({str(advice_and_response)!r})], Path({str(tmp_db)!r}), "
        f"IngestOptions(workers={workers}, quiet=True)); "
        "print(sorted(m for m in ('pyarrow', 'cp_textmine.classify.document', "
        "'cp_textmine.classify.models', 'sklearn', 'pytesseract', 'concurrent.futures.process') "
        "if m in sys.modules))"
    )  # (nor ask whether Tesseract can run: no page will be read; nor import a process pool)
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_changed_file_is_reingested_and_old_version_dropped(tmp_path: Path, tmp_db: Path) -> None:
    path = write_text_pdf(tmp_path / "brief.pdf", [ADVICE_LETTER])
    ingest_paths([tmp_path], tmp_db, SERIAL)
    write_text_pdf(path, [ADVICE_LETTER.replace("14 maart 2023", "15 maart 2023")])
    summary = ingest_paths([tmp_path], tmp_db, SERIAL)
    assert summary.n_new == 1
    assert rows(tmp_db, "SELECT doc_date::VARCHAR FROM documents") == [("2023-03-15",)]


def test_same_bytes_under_two_names_is_one_document(tmp_path: Path, tmp_db: Path) -> None:
    first = write_text_pdf(tmp_path / "a.pdf", [ADVICE_LETTER])
    shutil.copy(first, tmp_path / "kopie van a.pdf")
    summary = ingest_paths([tmp_path], tmp_db, SERIAL)
    assert summary.n_new == 1
    assert rows(tmp_db, "SELECT count(*) FROM documents") == [(1,)]
    assert rows(tmp_db, "SELECT count(DISTINCT path) FROM document_paths") == [(2,)]


def test_linking_does_not_depend_on_order_or_run(tmp_path: Path, tmp_db: Path) -> None:
    write_text_pdf(tmp_path / "reactie.pdf", [RESPONSE_LETTER])  # the response arrives first
    ingest_paths([tmp_path / "reactie.pdf"], tmp_db, SERIAL)
    assert rows(tmp_db, "SELECT advice_doc_id FROM responses") == [(None,)]
    write_text_pdf(tmp_path / "advies.pdf", [ADVICE_LETTER])
    ingest_paths([tmp_path / "advies.pdf"], tmp_db, SERIAL)
    linked = rows(tmp_db, "SELECT r.advice_doc_id = a.doc_id FROM responses r, advices a")
    assert linked == [(True,)]


def bad_files(folder: Path) -> dict[str, str]:
    """name -> the reason the batch must record."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "leeg.pdf").write_bytes(b"")
    (folder / "tekst.pdf").write_text("Notulen van de vergadering\n", encoding="utf-8")
    good = pdf_bytes(["Gemeente Ede, advies over bijstand"])
    (folder / "afgekapt.pdf").write_bytes(good[: len(good) // 2])
    write_text_pdf(folder / "versleuteld.pdf", ["geheim"], encrypt="wachtwoord")
    (folder / "geen-paginas.pdf").write_bytes(ZERO_PAGES)
    (folder / "rommel.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    return {
        "leeg.pdf": "empty file: 0 bytes",
        "tekst.pdf": "not a PDF: the file holds text, no %PDF header",
        "afgekapt.pdf": "damaged PDF",
        "versleuteld.pdf": "encrypted: password required",
        "geen-paginas.pdf": "no pages",
        "rommel.pdf": "damaged PDF: no document catalog",
    }


def test_bad_inputs_are_recorded_and_the_batch_goes_on(tmp_path: Path, tmp_db: Path) -> None:
    folder = tmp_path / "in"
    expected = bad_files(folder)
    write_text_pdf(folder / "goed.pdf", [ADVICE_LETTER])
    summary = ingest_paths([folder], tmp_db, SERIAL)
    assert summary.n_failed == len(expected)
    assert summary.by_type == {"advies": 1}
    got = dict(
        rows(
            tmp_db,
            "SELECT regexp_extract(path, '[^/]+$'), error FROM documents WHERE status = 'failed'",
        )
    )
    for name, reason in expected.items():
        assert got[name].startswith(reason), (name, got[name])
        assert "Traceback" not in got[name]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path: Path, tmp_db: Path) -> None:
    path = write_text_pdf(tmp_path / "slot.pdf", [ADVICE_LETTER])
    path.chmod(0)
    ingest_paths([tmp_path], tmp_db, SERIAL)
    assert rows(tmp_db, "SELECT error FROM documents") == [("unreadable: permission denied",)]


def test_missing_path_is_an_error_before_anything_is_written(tmp_path: Path, tmp_db: Path) -> None:
    with pytest.raises(InputPathError, match="path not found"):
        ingest_paths([tmp_path / "bestaat-niet"], tmp_db, SERIAL)
    assert not tmp_db.exists()


def test_unwritable_database_location(tmp_path: Path, advice_and_response: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        ingest_paths([advice_and_response], tmp_path / "nope" / "x.duckdb", SERIAL)


def test_parallel_workers_give_the_same_rows(advice_and_response: Path, tmp_path: Path) -> None:
    serial_db, parallel_db = tmp_path / "s.duckdb", tmp_path / "p.duckdb"
    ingest_paths([advice_and_response], serial_db, SERIAL)
    ingest_paths([advice_and_response], parallel_db, IngestOptions(workers=2, quiet=True))
    query = "SELECT doc_id, doc_type, doc_date, reference, subject FROM documents ORDER BY doc_id"
    assert rows(serial_db, query) == rows(parallel_db, query)


def test_permission_denied_is_recorded(tmp_path: Path, tmp_db: Path, monkeypatch) -> None:
    """Root can read anything, so simulate the OS refusing the read."""
    import cp_textmine.pipeline.run as pipeline

    write_text_pdf(tmp_path / "slot.pdf", [ADVICE_LETTER])

    def refuse(path: Path) -> str:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(pipeline, "sha256_file", refuse)
    summary = ingest_paths([tmp_path], tmp_db, SERIAL)
    assert summary.n_failed == 1
    assert rows(tmp_db, "SELECT status, error FROM documents") == [
        ("failed", "unreadable: permission denied")
    ]


# --- fingerprints: an unchanged size and mtime spare reading the file (issue 14) -------------

OLD_MTIME_NS = 1_700_000_000_000_000_000  # November 2023: long settled


def _hash_counter(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    from cp_textmine.pipeline import run

    read: list[Path] = []
    real = run.sha256_file

    def counting(path: Path) -> str:
        read.append(path)
        return real(path)

    monkeypatch.setattr(run, "sha256_file", counting)
    return read


PADDED = 4096  # bytes: white space after %%EOF, which PDF readers ignore, evens out the sizes


def _padded_pdf(path: Path, text: str) -> Path:
    write_text_pdf(path, [text])
    with path.open("ab") as fh:
        fh.write(b"\n" * (PADDED - path.stat().st_size))
    return path


def _same_size_other_content(tmp_path: Path) -> Path:
    path = _padded_pdf(tmp_path / "brief.pdf", ADVICE_LETTER)
    os.utime(path, ns=(OLD_MTIME_NS, OLD_MTIME_NS))
    return path


def _rewrite_same_size(path: Path, mtime_ns: int) -> None:
    _padded_pdf(path, ADVICE_LETTER.replace("14 maart 2023", "15 maart 2023"))
    assert path.stat().st_size == PADDED  # else the size alone would give the change away
    os.utime(path, ns=(mtime_ns, mtime_ns))


def test_a_rerun_does_not_read_files_whose_size_and_mtime_are_unchanged(
    tmp_path: Path, tmp_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _same_size_other_content(tmp_path)
    ingest_paths([tmp_path], tmp_db, SERIAL)
    assert rows(tmp_db, "SELECT size IS NOT NULL, mtime_ns FROM document_paths") == [
        (True, OLD_MTIME_NS)
    ]
    read = _hash_counter(monkeypatch)
    again = ingest_paths([tmp_path], tmp_db, SERIAL)
    assert (again.n_new, again.n_skipped, read) == (0, 1, [])
    ingest_paths([tmp_path], tmp_db, IngestOptions(isolate=False, rehash=True))
    assert len(read) == 1  # --rehash reads it all the same


def test_a_same_size_change_with_a_new_mtime_is_read_again(tmp_path: Path, tmp_db: Path) -> None:
    path = _same_size_other_content(tmp_path)
    ingest_paths([tmp_path], tmp_db, SERIAL)
    _rewrite_same_size(path, OLD_MTIME_NS + 1_000_000)
    assert ingest_paths([tmp_path], tmp_db, SERIAL).n_new == 1
    assert rows(tmp_db, "SELECT doc_date::VARCHAR FROM documents") == [("2023-03-15",)]


def test_a_change_that_puts_size_and_mtime_back_needs_rehash(tmp_path: Path, tmp_db: Path) -> None:
    """The price of not reading: what rsync and git accept too; --rehash is the way out."""
    path = _same_size_other_content(tmp_path)
    ingest_paths([tmp_path], tmp_db, SERIAL)
    _rewrite_same_size(path, OLD_MTIME_NS)
    assert ingest_paths([tmp_path], tmp_db, SERIAL).n_new == 0
    assert ingest_paths([tmp_path], tmp_db, IngestOptions(isolate=False, rehash=True)).n_new == 1
    assert rows(tmp_db, "SELECT doc_date::VARCHAR FROM documents") == [("2023-03-15",)]


def test_a_file_modified_at_the_start_of_the_run_gets_no_fingerprint(
    tmp_path: Path, tmp_db: Path
) -> None:
    """A second write in the same clock tick keeps size and mtime: a file that fresh is
    not trusted next time (here its mtime lies ahead of the run, so no clock is raced)."""
    path = _padded_pdf(tmp_path / "brief.pdf", ADVICE_LETTER)
    ahead = path.stat().st_mtime_ns + 3600 * 10**9
    os.utime(path, ns=(ahead, ahead))
    ingest_paths([tmp_path], tmp_db, SERIAL)
    assert rows(tmp_db, "SELECT size, mtime_ns FROM document_paths") == [(None, None)]
    _rewrite_same_size(path, ahead)
    assert ingest_paths([tmp_path], tmp_db, SERIAL).n_new == 1


def test_other_content_at_a_path_drops_its_fingerprint_until_stamped(
    tmp_path: Path, tmp_db: Path
) -> None:
    """Publishing other content at a path clears the recorded stat (a crash before the run
    records the new one must not leave the old stat vouching for the new content)."""
    from cp_textmine.store import shards

    path = _same_size_other_content(tmp_path)
    ingest_paths([tmp_path], tmp_db, SERIAL)
    con = duckdb.connect(str(tmp_db))
    con.execute(
        "CREATE TABLE seen AS SELECT 'other0000000000' AS doc_id, path, now()::TIMESTAMP "
        "AS first_seen, now()::TIMESTAMP AS last_seen FROM document_paths"
    )
    shard = tmp_path / "shard"
    shard.mkdir()
    con.execute(f"COPY seen TO '{shard / 'document_paths.parquet'}' (FORMAT parquet)")
    shards.publish_shard(con, shard)
    assert con.execute("SELECT doc_id, size, mtime_ns FROM document_paths").fetchall() == [
        ("other0000000000", None, None)
    ]
    con.close()
    assert path.exists()


def test_models_without_their_compiled_form_are_read_and_named_in_a_warning(
    advice_and_response: Path, tmp_db: Path, tmp_path: Path
) -> None:
    shipped = Path(__file__).resolve().parent.parent / "models"
    models = tmp_path / "models"
    models.mkdir()
    for path in shipped.iterdir():
        if ".linear." not in path.name or path.name.startswith("topics."):
            (models / path.name).write_bytes(path.read_bytes())  # topics keeps its compiled form
    summary = ingest_paths([advice_and_response], tmp_db,
                           IngestOptions(workers=1, isolate=False, models_dir=models))  # fmt: skip
    uncompiled = [w for w in summary.warnings if "without their compiled form" in w]
    assert len(uncompiled) == 1
    assert "doc_type, requested, decision, motivated;" in uncompiled[0]
    assert "train --compile-only" in uncompiled[0]
    assert summary.n_new == 2 and summary.n_failed == 0
    with_all = ingest_paths(
        [advice_and_response], tmp_path / "b.duckdb", IngestOptions(workers=1, isolate=False)
    )
    assert not [w for w in with_all.warnings if "compiled form" in w]
