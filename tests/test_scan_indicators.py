"""Indicator arithmetic on the fixture database against figures computed by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from cp_textmine.scan.indicators import ScanResult, run_scan
from cp_textmine.store import db as store_db

from .test_scan_fixture import A, B, C, D, build_scan_db


@pytest.fixture(scope="module")
def result(tmp_path_factory) -> ScanResult:
    return run_scan(build_scan_db(tmp_path_factory.mktemp("ind") / "scan.duckdb"))


def council_row(result: ScanResult, council: str, year: int) -> dict:
    (row,) = [r for r in result.rows if r["council"] == council and r["year"] == year]
    return row


def place_row(result: ScanResult, municipality: str, year: int) -> dict:
    (row,) = [
        r
        for r in result.municipality_rows
        if r["municipality"] == municipality and r["year"] == year
    ]
    return row


def test_broad_council_2023(result: ScanResult) -> None:
    row = council_row(result, A, 2023)
    expected = {
        "n_advices": 6, "n_requested_known": 6, "n_answered": 5, "n_unanswered": 1,
        "n_response_days": 5, "n_timely_known": 6, "n_timely_known_28": 6, "n_timely_known_56": 6,
        "n_decided": 5, "n_rejections": 2, "n_lead_known": 3, "n_with_topics": 5,
        "n_work_income": 1, "n_care": 4, "broad_council": True, "snowed_under": True,
    }  # fmt: skip
    assert {k: row[k] for k in expected} == expected
    # response days 22, 50, 30, 75, 28; a4 unanswered and overdue
    approx = {
        "share_requested": 4 / 6, "response_rate": 5 / 6, "median_response_days": 30,
        "p90_response_days": 50 + 0.6 * (75 - 50), "timely_rate": 3 / 6, "timely_rate_28": 2 / 6,
        "timely_rate_56": 4 / 6, "share_adopted": 2 / 5, "share_partially_adopted": 1 / 5,
        "share_not_adopted": 1 / 5, "share_noted": 1 / 5, "share_adopted_incl_partial": 3 / 5,
        "share_motivated_rejections": 1 / 2, "median_lead_days": 21, "share_lead_under_28": 2 / 3,
        "work_income_share": 1 / 5, "care_share": 4 / 5,
    }  # fmt: skip
    assert {k: row[k] for k in approx} == pytest.approx(approx)
    assert row["topics_covered"] == ["bijstand", "jeugd", "wmo_zorg"]
    assert row["topic_counts"] == {"wmo_zorg": 3, "jeugd": 2, "bijstand": 1}
    assert row["topic_shares"] == pytest.approx({"wmo_zorg": 0.6, "jeugd": 0.4, "bijstand": 0.2})


def test_same_council_next_year_is_its_own_row_and_stays_broad(result: ScanResult) -> None:
    row = council_row(result, A, 2024)  # a7: 20 days old, still within every term
    assert row["n_advices"] == 1 and row["response_rate"] == 0.0
    assert row["timely_rate"] is None and row["n_timely_known"] == 0
    assert row["timely_rate_28"] is None and row["timely_rate_56"] is None
    assert row["broad_council"] is True  # broad because of its 2023 advices
    assert row["work_income_share"] == 0.0 and row["snowed_under"] is True
    assert result.flagged(row, "work_income_share")  # n = 1


def test_work_and_income_council(result: ScanResult) -> None:
    row = council_row(result, B, 2023)
    assert row["n_advices"] == 2 and row["median_response_days"] == 28
    assert row["timely_rate"] == 0.5 and row["timely_rate_28"] == 0.5  # 28 days is within 28
    assert row["share_adopted"] == 1.0 and row["share_motivated_rejections"] is None
    assert row["work_income_share"] == 1.0 and row["broad_council"] is False
    assert row["snowed_under"] is None  # not a broad council: the flag does not apply
    assert row["median_lead_days"] == 31 and row["share_lead_under_28"] == 0.0


def test_no_responses_and_an_unlinked_response(result: ScanResult) -> None:
    row = council_row(result, C, 2022)
    assert row["n_advices"] == 2 and row["response_rate"] == 0.0 and row["n_answered"] == 0
    assert row["median_response_days"] is None and row["p90_response_days"] is None
    assert row["n_decided"] == 0 and row["share_adopted"] is None
    assert row["timely_rate"] == 0.0 and row["n_timely_known"] == 2  # both overdue
    assert row["n_unanswered"] == 2  # the response linked to nothing counts nowhere


def test_all_advices_within_term(result: ScanResult) -> None:
    row = council_row(result, D, 2024)  # 29 and 10 days before the peildatum
    assert row["timely_rate"] is None and row["n_timely_known"] == 0
    assert row["timely_rate_28"] == 0.0 and row["n_timely_known_28"] == 1  # d1 is past 28 days
    assert row["timely_rate_56"] is None
    assert row["n_with_topics"] == 0 and row["work_income_share"] is None


def test_municipality_row_counts_both_councils(result: ScanResult) -> None:
    row = place_row(result, "Ede", 2023)
    assert row["councils"] == sorted([A, B]) and row["n_advices"] == 8
    assert row["share_requested"] == pytest.approx(5 / 8)
    assert row["response_rate"] == pytest.approx(6 / 8)
    assert row["median_response_days"] == pytest.approx(29)  # 22 28 28 30 50 75
    assert row["share_adopted"] == pytest.approx(3 / 6)
    assert row["work_income_share"] == pytest.approx(3 / 7)
    assert row["broad_council"] is True and row["snowed_under"] is False
    assert "council" not in row


def test_council_filter_applies_before_grouping(scan_path: Path) -> None:
    result = run_scan(scan_path, council="werk en inkomen")
    assert [r["council"] for r in result.rows] == [B]
    assert [(r["municipality"], r["n_advices"]) for r in result.municipality_rows] == [("Ede", 2)]


def test_municipality_and_year_filters(scan_path: Path) -> None:
    both = run_scan(scan_path, municipality=["ede", "TILBURG"])
    assert {r["municipality"] for r in both.rows} == {"Ede", "Tilburg"}
    assert [r["year"] for r in run_scan(scan_path, municipality=["Ede"], year=2024).rows] == [2024]
    span = run_scan(scan_path, year_from=2023, year_to=2023)
    assert {r["year"] for r in span.rows} == {2023}
    assert {r["year"] for r in span.municipality_rows} == {2023}


def test_flags_follow_the_n_of_each_figure(result: ScanResult) -> None:
    row = council_row(result, A, 2023)
    assert not result.flagged(row, "response_rate")  # n_advices = 6
    assert not result.flagged(row, "median_response_days")  # 5 response days
    assert result.flagged(row, "share_motivated_rejections")  # 2 rejections
    assert result.flagged(row, "median_lead_days")  # 3 known lead times
    assert not result.flagged(row, "n_advices")  # a count, not a rate


def test_full_view_agrees_with_the_contract_view(scan_path: Path) -> None:
    con = store_db.connect(scan_path, read_only=True)
    try:
        contract = con.execute("SELECT * FROM scan_indicators ORDER BY ALL").fetchall()
        cols = ", ".join(
            c[0] for c in con.execute("SELECT * FROM scan_indicators LIMIT 0").description
        )
        full = con.execute(f"SELECT {cols} FROM scan_indicators_full ORDER BY ALL").fetchall()
        places = con.execute("SELECT count(*) FROM scan_indicators_municipality").fetchone()[0]
    finally:
        con.close()
    assert full == contract
    assert places == 4  # Ede 2023, Ede 2024, Tilburg 2022, Zaanstad 2024


def test_topic_groups_are_a_replaceable_table(scan_path: Path) -> None:
    con = store_db.connect(scan_path)
    try:
        con.execute(
            "UPDATE scan_topic_groups SET topic_group = 'zorg_en_jeugd' WHERE topic = 'bijstand'"
        )
    finally:
        con.close()
    row = council_row(run_scan(scan_path, council=A, year=2023), A, 2023)
    assert row["n_work_income"] == 0 and row["n_care"] == 5


@pytest.fixture
def scan_path(tmp_path: Path) -> Path:
    return build_scan_db(tmp_path / "scan.duckdb")
