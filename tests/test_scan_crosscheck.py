"""The jaarverslag cross-check: matching rows to letters, disagreements, missing letters."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cp_textmine.scan.crosscheck import describe
from cp_textmine.scan.indicators import run_scan
from cp_textmine.store import db as store_db

from .test_scan_fixture import A, build_scan_db


@pytest.fixture
def scan_path(tmp_path: Path) -> Path:
    return build_scan_db(tmp_path / "scan.duckdb")


def rows_by_no(scan_path: Path) -> dict[int, dict]:
    return {r["row_no"]: r for r in run_scan(scan_path).crosscheck.rows}


def test_rows_match_by_date_then_subject(scan_path: Path) -> None:
    rows = rows_by_no(scan_path)
    assert {n: (r["advice_doc_id"], r["match_method"]) for n, r in rows.items()} == {
        1: ("a1", "date"), 2: ("a2", "subject"), 3: (None, None), 4: ("a4", "date"), 5: ("a3", "date"),
    }  # fmt: skip


def test_disagreements_are_named(scan_path: Path) -> None:
    rows = rows_by_no(scan_path)
    assert rows[1]["status"] == "agrees" and rows[5]["status"] == "agrees"  # 'deels' = partial
    assert rows[2]["status"] == "disagrees"
    # the report says ongevraagd and 'ja'; the letters say gevraagd and not adopted
    assert rows[2]["disagreements"] == ["requested", "decision"]
    assert rows[4]["disagreements"] == ["answered"]  # report says answered, no response found
    assert rows[3]["status"] == "no_letter"
    assert "gevraagd: jaarverslag nee, brieven ja" in describe(rows[2])
    assert "niet gevonden" in describe(rows[3])


def test_letters_the_report_leaves_out(scan_path: Path) -> None:
    check = run_scan(scan_path).crosscheck
    # a5 and a6 are council A's 2023 letters not in the table; council B's letters are not A's
    assert sorted(u["advice_doc_id"] for u in check.unlisted) == ["a5", "a6"]
    (report,) = check.reports
    assert report == {"report_doc_id": "jA", "council": A, "municipality": "Ede", "year": 2023,
                      "n_listed": 5, "n_matched": 4, "n_agree": 2, "n_disagree": 2,
                      "n_no_letter": 1, "n_unlisted": 2}  # fmt: skip


def test_an_advice_is_matched_at_most_once(scan_path: Path) -> None:
    con = store_db.connect(scan_path)
    try:  # a second row close to a1's date: only the closest keeps a1
        con.execute("INSERT INTO annual_report_advices VALUES ('jA', 6, ?, 'Wmo', true, true, 'ja', '')",
                    [date(2023, 1, 12)])  # fmt: skip
    finally:
        con.close()
    rows = rows_by_no(scan_path)
    assert rows[1]["advice_doc_id"] == "a1" and rows[6]["status"] == "no_letter"


def test_filters_reach_the_crosscheck(scan_path: Path) -> None:
    assert run_scan(scan_path, municipality=["Tilburg"]).crosscheck.rows == []
    assert len(run_scan(scan_path, year=2023).crosscheck.rows) == 5
    assert run_scan(scan_path, council="Werk en Inkomen").crosscheck.rows == []
