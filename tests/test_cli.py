"""CLI wiring: exit codes, messages and outputs through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cp_textmine.cli import app

from .conftest import write_text_pdf

runner = CliRunner()


def test_ingest_then_scan_markdown_and_json(advice_and_response: Path, tmp_db: Path) -> None:
    (advice_and_response / "kapot.pdf").write_bytes(b"geen pdf")
    result = runner.invoke(
        app, ["ingest", str(advice_and_response), "--db", str(tmp_db), "--workers", "1"]
    )
    assert result.exit_code == 0, result.output
    assert "failed" in result.output and "kapot.pdf" in result.output
    md = runner.invoke(app, ["scan", "--db", str(tmp_db), "--format", "markdown"])
    assert md.exit_code == 0
    assert "| Zaanstad | Cliëntenraad Werk en Inkomen Zaanstad | 2023 | 1 |" in md.output
    js = runner.invoke(
        app, ["scan", "--db", str(tmp_db), "--format", "json", "--municipality", "zaanstad"]
    )
    payload = json.loads(js.output)
    assert payload["rows"][0]["n_advices"] == 1
    assert payload["rows"][0]["share_partially_adopted"] == 1.0
    assert "share_partially_adopted" in payload["rows"][0]["flags"]  # n = 1 < 5


def test_db_from_environment(advice_and_response: Path, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "env.duckdb"
    monkeypatch.setenv("CP_TEXTMINE_DB", str(target))
    result = runner.invoke(app, ["ingest", str(advice_and_response), "--quiet", "--workers", "1"])
    assert result.exit_code == 0
    assert target.exists()


def test_missing_path_is_a_one_line_error(tmp_path: Path, tmp_db: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path / "weg"), "--db", str(tmp_db)])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: path not found: {tmp_path / 'weg'}"


def test_unwritable_database_is_a_one_line_error(tmp_path: Path) -> None:
    write_text_pdf(tmp_path / "a.pdf", ["Gemeente Ede"])
    result = runner.invoke(
        app, ["ingest", str(tmp_path), "--db", str(tmp_path / "nee" / "x.duckdb")]
    )
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot create database")
    assert len(result.output.strip().splitlines()) == 1


def test_scan_without_database(tmp_path: Path) -> None:
    result = runner.invoke(app, ["scan", "--db", str(tmp_path / "leeg.duckdb")])
    assert result.exit_code == 1
    assert "database not found" in result.output


@pytest.mark.slow
def test_demo_writes_database_and_report(tmp_path: Path) -> None:
    db, report = tmp_path / "demo.duckdb", tmp_path / "report.html"
    result = runner.invoke(app, ["demo", "--db", str(db), "--out", str(report)])
    assert result.exit_code == 0, result.output
    assert db.exists() and report.exists()
    assert "report:" in result.output and "failed" in result.output
    html = report.read_text(encoding="utf-8")
    assert html.count("<svg") == 4
    assert "Leeuwarden" in html


def test_duckdb_cli_reads_our_database(advice_and_response: Path, tmp_db: Path) -> None:
    """The pinned duckdb CLI (what analysts use) opens the file the library wrote."""
    import shutil
    import subprocess
    import sys

    runner.invoke(
        app, ["ingest", str(advice_and_response), "--db", str(tmp_db), "--quiet", "--workers", "1"]
    )
    cli = Path(sys.executable).with_name("duckdb")
    if not cli.exists():
        cli = Path(shutil.which("duckdb") or "duckdb")
    out = subprocess.run(
        [str(cli), "-csv", str(tmp_db), "select doc_type, count(*) as n from documents group by 1 order by 1"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert out.stdout.splitlines() == ["doc_type,n", "advies,1", "reactie,1"]


def test_scan_reference_date_and_norm_are_stored(advice_and_response: Path, tmp_db: Path) -> None:
    runner.invoke(
        app, ["ingest", str(advice_and_response), "--db", str(tmp_db), "--quiet", "--workers", "1"]
    )
    result = runner.invoke(
        app,
        [
            "scan",
            "--db",
            str(tmp_db),
            "--format",
            "json",
            "--reference-date",
            "2023-04-01",
            "--norm-days",
            "28",
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["reference_date"] == "2023-04-01"
    import duckdb

    con = duckdb.connect(str(tmp_db), read_only=True)
    assert con.execute(
        "SELECT norm_days, response_days, timely FROM advice_outcomes"
    ).fetchone() == (28, 37, False)
    con.close()
    bad = runner.invoke(app, ["scan", "--db", str(tmp_db), "--reference-date", "31-12-2024"])
    assert bad.exit_code == 1 and "is not a date" in bad.output


def test_train_compile_only_writes_the_compiled_models(tmp_path: Path) -> None:
    from cp_textmine.classify import linear

    shipped = Path(__file__).resolve().parent.parent / "models"
    for name in ("requested", "motivated"):  # trained models without their compiled form
        for suffix in (".skops", ".meta.json"):
            (tmp_path / f"{name}{suffix}").write_bytes((shipped / f"{name}{suffix}").read_bytes())
    result = runner.invoke(app, ["train", "--compile-only", "--models", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "compiled 2 models" in result.output
    assert linear.load(tmp_path, "requested").kind == "binary"
    assert linear.load(tmp_path, "motivated") is not None
    empty = runner.invoke(app, ["train", "--compile-only", "--models", str(tmp_path / "none")])
    assert empty.exit_code != 0 and "no trained models" in empty.output
