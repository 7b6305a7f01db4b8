"""Predictions follow the models and readers; degradations are loud (issues 12 and 15)."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from cp_textmine.classify import document
from cp_textmine.config import IngestOptions
from cp_textmine.errors import RepeatedInternalError
from cp_textmine.pipeline import version
from cp_textmine.pipeline.run import ingest_paths

from .conftest import ADVICE_LETTER, RESPONSE_LETTER, write_text_pdf

REPO_MODELS = Path(__file__).resolve().parents[1] / "models"
IN_PROCESS = dict(workers=1, quiet=True, isolate=False, ocr=False)


def versions(db: Path) -> set[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {row[0] for row in con.execute("SELECT pipeline_version FROM documents").fetchall()}
    finally:
        con.close()


def test_changed_models_reclassify_stored_documents_without_reading_the_pdfs(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_text_pdf(folder / "advies.pdf", [ADVICE_LETTER])
    write_text_pdf(folder / "reactie.pdf", [RESPONSE_LETTER])
    models = tmp_path / "models"
    shutil.copytree(REPO_MODELS, models)
    db = tmp_path / "v.duckdb"
    first = ingest_paths([folder], db, IngestOptions(models_dir=models, **IN_PROCESS))
    assert (first.n_new, first.n_reclassified) == (2, 0)
    before = versions(db)
    again = ingest_paths([folder], db, IngestOptions(models_dir=models, **IN_PROCESS))
    assert (again.n_new, again.n_reclassified) == (0, 0)  # same readers, same models: nothing
    (models / "doc_type.meta.json").write_text(
        '{"retrained": true}\n'
    )  # a retrain changes the files
    version.reader_version.cache_clear()
    for pdf in folder.glob("*.pdf"):
        pdf.unlink()  # the PDFs are gone: only the stored page text can be read again
    write_text_pdf(folder / "anders.pdf", [ADVICE_LETTER.replace("14 maart 2023", "15 maart 2023")])
    after = ingest_paths([folder], db, IngestOptions(models_dir=models, **IN_PROCESS))
    assert after.n_reclassified == 2
    assert len(versions(db)) == 1 and versions(db) != before


VERORDENING = """Verordening cliëntenparticipatie Werk en Inkomen Ede 2022
De raad van de gemeente Ede; gelezen het voorstel van burgemeester en wethouders;
besluit: vast te stellen de Verordening cliëntenparticipatie.
Artikel 1 Taken
De cliëntenraad adviseert het college gevraagd en ongevraagd.
Artikel 2 Reactie
Het college reageert binnen zes weken schriftelijk en gemotiveerd op een advies.
Artikel 3 Jaarverslag
De cliëntenraad stelt jaarlijks een jaarverslag op."""


def structure_rows(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM structure_values").fetchone()[0]
    finally:
        con.close()


def test_reclassified_documents_keep_their_structure_checklist(tmp_path: Path) -> None:
    """Reading stored text again after a retrain wrote no structure values (they vanished from
    the checklist); they must come back as before."""
    folder = tmp_path / "in"
    folder.mkdir()
    write_text_pdf(folder / "verordening.pdf", [VERORDENING])
    models = tmp_path / "models"
    shutil.copytree(REPO_MODELS, models)
    db = tmp_path / "s.duckdb"
    ingest_paths([folder], db, IngestOptions(models_dir=models, **IN_PROCESS))
    before = structure_rows(db)
    assert before > 0
    (models / "doc_type.meta.json").write_text('{"retrained": true}\n')
    version.reader_version.cache_clear()
    after = ingest_paths([folder], db, IngestOptions(models_dir=models, **IN_PROCESS))
    assert after.n_reclassified == 1
    assert structure_rows(db) == before


def test_missing_models_are_named_in_the_summary(tmp_path: Path) -> None:
    write_text_pdf(tmp_path / "advies.pdf", [ADVICE_LETTER])
    empty = tmp_path / "no-models"
    empty.mkdir()
    summary = ingest_paths(
        [tmp_path], tmp_path / "m.duckdb", IngestOptions(models_dir=empty, **IN_PROCESS)
    )
    assert len(summary.warnings) == 1
    assert "doc_type, requested, topics, decision, motivated" in summary.warnings[0]


def test_the_same_internal_error_on_three_files_stops_the_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(4):
        write_text_pdf(
            tmp_path / f"brief-{i}.pdf", [ADVICE_LETTER.replace("CR-2023-04", f"CR-2023-0{i}")]
        )

    def broken(pages):
        raise KeyError("a reader bug")

    monkeypatch.setattr("cp_textmine.pipeline.process.understand", broken)
    with pytest.raises(RepeatedInternalError, match="same internal error on 3 files"):
        ingest_paths([tmp_path], tmp_path / "e.duckdb", IngestOptions(**IN_PROCESS))
    assert document.understand is not broken


def test_a_run_stamps_one_reader_version_even_when_the_source_changes_mid_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The national run split into 37 versions: workers started later hashed reader files
    edited since. The version is fixed once, in the parent, and travels with each job."""
    for i in range(3):
        write_text_pdf(
            tmp_path / f"brief-{i}.pdf", [ADVICE_LETTER.replace("CR-2023-04", f"CR-2023-0{i}")]
        )
    calls = iter(f"cls-edit{i}" for i in range(100))
    monkeypatch.setattr(version, "reader_version", lambda models=None: next(calls))
    monkeypatch.setattr("cp_textmine.pipeline.run.reader_version", version.reader_version)
    monkeypatch.setattr("cp_textmine.pipeline.process.reader_version", version.reader_version)
    db = tmp_path / "p.duckdb"
    summary = ingest_paths([tmp_path], db, IngestOptions(**IN_PROCESS))
    assert summary.n_new == 3 and summary.n_reclassified == 0
    assert versions(db) == {"cls-edit0"}


def test_reclassification_goes_in_batches_and_keeps_a_document_its_reader_cannot_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cp_textmine.pipeline import reclassify

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        write_text_pdf(
            folder / f"brief-{i}.pdf", [ADVICE_LETTER.replace("CR-2023-04", f"CR-2023-0{i}")]
        )
    db = tmp_path / "b.duckdb"
    ingest_paths([folder], db, IngestOptions(**IN_PROCESS))
    (old,) = versions(db)
    real = document.understand
    seen: list[int] = []

    def flaky(pages):
        seen.append(len(pages))
        if len(seen) == 2:
            raise KeyError("a reader bug on one document")
        return real(pages)

    monkeypatch.setattr(reclassify, "BATCH", 1)
    monkeypatch.setattr(document, "understand", flaky)
    done = reclassify.reclassify_stored(db, version="cls-next")
    assert done == 2 and len(seen) == 3 and all(n > 0 for n in seen)
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "SELECT pipeline_version, doc_type, count(*) FROM documents GROUP BY ALL ORDER BY 1"
        ).fetchall()
    finally:
        con.close()
    assert sorted(rows) == sorted([("cls-next", "advies", 2), (old, "advies", 1)])


def test_reclassification_in_worker_processes_reads_as_in_process(tmp_path: Path) -> None:
    from cp_textmine.pipeline import reclassify

    folder = tmp_path / "in"
    folder.mkdir()
    write_text_pdf(folder / "advies.pdf", [ADVICE_LETTER])
    write_text_pdf(folder / "reactie.pdf", [RESPONSE_LETTER])
    db = tmp_path / "w.duckdb"
    ingest_paths([folder], db, IngestOptions(**IN_PROCESS))

    def readings() -> list[tuple]:
        con = duckdb.connect(str(db), read_only=True)
        try:
            return con.execute(
                "SELECT doc_id, doc_type, doc_type_score FROM documents ORDER BY 1"
            ).fetchall()
        finally:
            con.close()

    before = readings()
    assert reclassify.reclassify_stored(db, version="cls-pool", workers=2) == 2
    assert readings() == before and versions(db) == {"cls-pool"}
