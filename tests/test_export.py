"""cp-textmine export: xlsx, csv and parquet with types kept and every column explained (issue 17)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import duckdb
import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from cp_textmine.cli import app
from cp_textmine.export import COLUMNS_NL, ExportError, ExportFilters, export_tables

from .test_scan_fixture import build_scan_db

TABLES = ["advice_outcomes", "scan_indicators", "documents", "evidence"]


@pytest.fixture
def scan_db(tmp_path: Path) -> Path:
    return build_scan_db(tmp_path / "scan.duckdb")


def _count(db: Path, sql: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_xlsx_round_trips_row_counts_and_explains_every_column(
    scan_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "scan.xlsx"
    counts = export_tables(scan_db, "xlsx", out)
    book = load_workbook(out)
    assert [t for t in book.sheetnames if t in TABLES] == list(TABLES)
    assert "council_structure" in book.sheetnames and book.sheetnames[-1] == "toelichting"
    for table in TABLES:
        assert book[table].max_row - 1 == counts[table]
    assert (
        counts["advice_outcomes"] == _count(scan_db, "SELECT count(*) FROM advice_outcomes") == 13
    )
    assert counts["documents"] == _count(scan_db, "SELECT count(*) FROM documents")
    assert counts["evidence"] == _count(scan_db, "SELECT count(*) FROM evidence")
    notes = list(book["toelichting"].iter_rows(min_row=2, values_only=True))
    for table in TABLES:
        header = [c.value for c in book[table][1]]
        explained = {col for tab, col, meaning in notes if tab == table and meaning}
        assert set(header) == explained, set(header) - explained


def test_xlsx_has_dates_as_dates_and_booleans_as_ja_nee(scan_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "scan.xlsx"
    export_tables(scan_db, "xlsx", out)
    sheet = load_workbook(out)["advice_outcomes"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c for c in r), strict=True)) for r in sheet.iter_rows(min_row=2)]
    a1 = next(r for r in rows if r["doc_id"].value == "a1")
    assert isinstance(a1["advice_date"].value, dt.datetime)  # Excel stores dates as date-times
    assert a1["advice_date"].value.date() == dt.date(2023, 1, 10)
    assert a1["advice_date"].number_format == "yyyy-mm-dd"
    assert a1["requested"].value == "ja"
    assert a1["answered"].value == "ja"
    assert {r["requested"].value for r in rows} == {"ja", "nee"}


def test_csv_and_parquet_keep_types_and_filters_apply(scan_db: Path, tmp_path: Path) -> None:
    filters = ExportFilters(("ede",), 2023, 2023)
    counts = export_tables(scan_db, "csv", tmp_path / "csv", filters)
    assert counts["advice_outcomes"] == 8  # a1-a6, b1, b2: Ede, 2023
    with (tmp_path / "csv" / "advice_outcomes.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 8
    assert {r["municipality"] for r in rows} == {"Ede"}
    assert {r["requested"] for r in rows} == {"true", "false"}
    assert next(r for r in rows if r["doc_id"] == "a1")["advice_date"] == "2023-01-10"
    export_tables(scan_db, "parquet", tmp_path / "pq")
    con = duckdb.connect()
    row = con.execute(
        "SELECT advice_date, requested FROM read_parquet(?) WHERE doc_id = 'a1'",
        [str(tmp_path / "pq" / "advice_outcomes.parquet")],
    ).fetchone()
    assert row == (dt.date(2023, 1, 10), True)
    evidence = con.execute(
        "SELECT count(*) FROM read_csv(?)", [str(tmp_path / "csv" / "evidence.csv")]
    ).fetchone()[0]
    assert evidence == _count(scan_db, "SELECT count(*) FROM evidence e JOIN documents d "
                              "USING (doc_id) WHERE d.municipality = 'Ede' AND year(d.doc_date) = 2023")  # fmt: skip


def test_council_structure_is_exported_when_the_view_exists(scan_db: Path, tmp_path: Path) -> None:
    con = duckdb.connect(str(scan_db))
    con.execute("CREATE OR REPLACE VIEW council_structure AS SELECT * FROM (VALUES ('Ede', 1, 'budget', "
                "'true', true, 'v1', 2, 'Het college stelt een budget beschikbaar.', DATE '2020-01-01')) "
                "t(municipality, council_id, norm_id, value, met, source_doc_id, page, snippet, valid_from)")  # fmt: skip
    con.close()
    counts = export_tables(scan_db, "xlsx", tmp_path / "s.xlsx")
    assert counts["council_structure"] == 1
    assert all(col in COLUMNS_NL for col in ("norm_id", "met", "valid_from"))


def test_wrong_output_paths_are_errors(scan_db: Path, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="is a folder"):
        export_tables(scan_db, "xlsx", tmp_path)
    (tmp_path / "file.csv").write_text("x")
    with pytest.raises(ExportError, match="is a file"):
        export_tables(scan_db, "csv", tmp_path / "file.csv")


def test_cli_export(scan_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "scan.xlsx"
    result = CliRunner().invoke(app, ["export", "--db", str(scan_db), "--format", "xlsx", "--out",
                                      str(out), "--municipality", "Tilburg"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "advice_outcomes: 2 rows" in result.output
    assert load_workbook(out)["advice_outcomes"].max_row == 3
    missing = CliRunner().invoke(
        app, ["export", "--db", str(tmp_path / "no.duckdb"), "--out", str(out)]
    )
    assert missing.exit_code == 1
    assert "Error: database not found" in missing.output
