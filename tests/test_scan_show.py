"""`cp-textmine show`: finding a document by id, prefix or path, and what it prints."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from cp_textmine.scan.cli import app
from cp_textmine.scan.show import DocumentNotFound, load_document, render_document, resolve_doc_id
from cp_textmine.store import db as store_db

from .test_scan_fixture import build_scan_db

runner = CliRunner()


@pytest.fixture(scope="module")
def scan_path(tmp_path_factory) -> Path:
    return build_scan_db(tmp_path_factory.mktemp("show") / "scan.duckdb")


def text_of(view) -> str:
    console = Console(width=160, record=True, file=io.StringIO())
    console.print(render_document(view))
    return console.export_text()


def test_resolve_by_id_prefix_and_recorded_path(scan_path: Path) -> None:
    con = store_db.connect(scan_path, read_only=True)
    try:
        assert resolve_doc_id(con, "r_orphan") == "r_orphan"
        assert resolve_doc_id(con, "rb") == "rb1"
        assert resolve_doc_id(con, "/corpus/a3.pdf") == "a3"  # gone from disk, known from ingest
        with pytest.raises(DocumentNotFound, match="several documents"):
            resolve_doc_id(con, "a")
        with pytest.raises(DocumentNotFound, match="no document"):
            resolve_doc_id(con, "zzz")
    finally:
        con.close()


def test_resolve_an_existing_file_by_content(tmp_path: Path) -> None:
    from cp_textmine.pdf.discover import sha256_file
    from cp_textmine.records import doc_id_for

    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(b"%PDF-1.4 any bytes")
    db = build_scan_db(tmp_path / "scan.duckdb")
    con = store_db.connect(db)
    try:
        sha = sha256_file(pdf)
        con.execute("UPDATE documents SET sha256 = ? WHERE doc_id = 'a2'", [sha])
        assert resolve_doc_id(con, str(pdf)) == "a2"
        assert doc_id_for(sha) != "a2"  # found by content, not by a computed id
    finally:
        con.close()


def test_advice_shows_facts_topics_links_and_evidence(scan_path: Path) -> None:
    view = load_document(scan_path, "a2")
    assert [title for title, _ in view.facts] == ["Advies", "Uitkomst (advice_outcomes)"]
    assert view.topics == [{"topic": "jeugd", "score": pytest.approx(0.9)}]
    roles = {link["role"]: link["doc_id"] for link in view.links}
    assert roles == {"reactie op dit advies": "r2", "genoemd in jaarverslag": "jA"}
    out = text_of(view)
    assert "Advies beleidsplan jeugdhulp 2023" in out and "Datum: 2023-03-01" in out


def test_response_shows_points_and_its_advice(scan_path: Path) -> None:
    view = load_document(scan_path, "r3")
    assert [p["decision"] for p in view.points] == ["adopted", "not_adopted"]
    assert [(ln["role"], ln["doc_id"]) for ln in view.links] == [("beantwoord advies", "a3")]
    out = text_of(view)
    assert "Reactie per adviespunt" in out and "niet overgenomen" in out
    assert "eigen antwoord" in out  # the points the letter answers one by one


def test_points_from_a_whole_answer_say_so(scan_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "scan.duckdb"
    shutil.copy(scan_path, copy)
    con = store_db.connect(copy)
    con.execute(
        "INSERT INTO response_points VALUES ('r2', 1, 'adopted', 'Wij nemen uw advies over.', "
        "'whole answer')"
    )
    con.close()
    assert "hele brief" in text_of(load_document(copy, "r2"))


def test_annual_report_shows_its_rows_with_matches(scan_path: Path) -> None:
    view = load_document(scan_path, "jA")
    assert [r["advice_doc_id"] for r in view.listed] == ["a1", "a2", None, "a4", "a3"]
    assert "geen brief gevonden" in text_of(view)


def test_cli_show_and_its_error(scan_path: Path) -> None:
    ok = runner.invoke(app, ["show", "rb1", "--db", str(scan_path)])
    assert ok.exit_code == 0, ok.output
    assert "Document rb1 (reactie)" in ok.output
    bad = runner.invoke(app, ["show", "a", "--db", str(scan_path)])
    assert bad.exit_code == 1
    assert bad.output.startswith("Error: 'a' matches several documents")
    missing = runner.invoke(app, ["show", "a1", "--db", str(scan_path.parent / "none.duckdb")])
    assert missing.exit_code == 1 and "database not found" in missing.output
