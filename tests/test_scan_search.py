"""`cp-textmine search`: BM25 over passages with the packaged fts extension, no downloads."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from cp_textmine.scan import search as search_mod
from cp_textmine.scan.cli import app
from cp_textmine.scan.search import (
    SearchQueryError,
    ensure_index,
    fts_extension_path,
    search,
    split_passages,
)
from cp_textmine.store import db as store_db

from .test_scan_fixture import build_scan_db

runner = CliRunner()


@pytest.fixture
def scan_path(tmp_path: Path) -> Path:
    return build_scan_db(tmp_path / "scan.duckdb")


def test_extension_comes_from_the_pinned_package() -> None:
    path = fts_extension_path()
    assert path.is_file() and f"v{duckdb.__version__}" in str(path)
    con = duckdb.connect()
    search_mod.load_fts(con)
    assert con.execute(
        "SELECT stem('uitkeringen', 'dutch') = stem('uitkering', 'dutch')"
    ).fetchone()[0]
    assert (
        con.execute("SELECT current_setting('autoinstall_known_extensions')").fetchone()[0] is False
    )


def test_passages_split_on_blank_lines_and_sentence_ends() -> None:
    text = "Kop\n\n" + "Een zin die doorloopt.\n" * 30 + "\nSlot"
    spans = split_passages(text, target=100, hard=300)
    assert text[slice(*spans[0])].strip() == "Kop"
    assert text[slice(*spans[-1])].strip() == "Slot"
    assert all(end - start <= 300 for start, end in spans)
    assert "".join(text[s:e] for s, e in spans).replace("\n", "") == text.replace("\n", "")


def test_ranks_passages_and_highlights(scan_path: Path) -> None:
    hits = search(scan_path, "kostendelersnorm")
    assert [h.doc_id for h in hits][:1] == ["a3"]  # twice in one passage beats once elsewhere
    assert {h.doc_id for h in hits} == {"a3", "b1"}
    top = hits[0]
    assert top.page == 1 and top.doc_type == "advies" and str(top.doc_date) == "2023-05-01"
    assert [top.snippet[a:b].lower() for a, b in top.highlights] == ["kostendelersnorm"] * 3
    assert hits[0].score > hits[-1].score


def test_dutch_stemming_and_stopwords(scan_path: Path) -> None:
    assert [h.doc_id for h in search(scan_path, "kostendeler")] == ["a3"]  # 'kostendelers'
    assert search(scan_path, "de het een") == []  # only stopwords


def test_filters(scan_path: Path) -> None:
    assert {h.doc_id for h in search(scan_path, "kostendelersnorm", municipality=["ede"])} == {
        "a3",
        "b1",
    }
    assert search(scan_path, "kostendelersnorm", municipality=["Tilburg"]) == []
    assert search(scan_path, "kostendelersnorm", doc_type="reactie") == []
    assert len(search(scan_path, "kostendelersnorm", limit=1)) == 1
    with pytest.raises(SearchQueryError, match="unknown --type"):
        search(scan_path, "x", doc_type="brief")
    with pytest.raises(SearchQueryError, match="empty"):
        search(scan_path, "  ")


def test_index_is_rebuilt_only_when_documents_change(scan_path: Path) -> None:
    assert ensure_index(scan_path) is True
    assert ensure_index(scan_path) is False
    con = store_db.connect(scan_path)
    try:
        con.execute(
            "INSERT INTO pages VALUES ('c1', 1, 'Energietoeslag voor minima', 'text', 26, NULL)"
        )
    finally:
        con.close()
    assert [h.doc_id for h in search(scan_path, "energietoeslag")] == ["c1"]  # rebuilt
    assert ensure_index(scan_path) is False


def test_cli_search_prints_document_page_and_date(scan_path: Path) -> None:
    result = runner.invoke(
        app, ["search", "kostendelersnorm", "--db", str(scan_path), "--type", "advies"]
    )
    assert result.exit_code == 0, result.output
    assert "Ede · advies · 2023-05-01 · p. 1 · a3" in result.output
    none = runner.invoke(app, ["search", "onvindbaarwoord", "--db", str(scan_path)])
    assert none.exit_code == 0 and "No passages found" in none.output
    bad = runner.invoke(app, ["search", "x", "--db", str(scan_path), "--limit", "0"])
    assert bad.exit_code == 1 and bad.output.startswith("Error: --limit")


def test_missing_extension_is_a_clear_error(monkeypatch, scan_path: Path) -> None:
    monkeypatch.setattr(duckdb, "__version__", "0.0.0")
    with pytest.raises(search_mod.SearchUnavailable, match=r"duckdb-extension-fts==0\.0\.0"):
        fts_extension_path()
