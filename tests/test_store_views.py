"""The contract views on a hand-made store: timeliness rules and indicator arithmetic."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from cp_textmine.store import db as store_db


def add_advice(
    con, doc_id: str, advice_date: date | None, municipality: str = "Ede", requested=True
) -> None:
    con.execute(
        "INSERT INTO advices (doc_id, council, municipality, advice_date, requested) VALUES (?, 'Raad', ?, ?, ?)",
        [doc_id, municipality, advice_date, requested],
    )


def add_response(
    con, doc_id: str, advice: str | None, response_date: date, decision: str, motivated=None
) -> None:
    con.execute(
        "INSERT INTO responses (doc_id, advice_doc_id, response_date, decision, motivated, link_confidence)"
        " VALUES (?, ?, ?, ?, ?, 0.9)",
        [doc_id, advice, response_date, decision, motivated],
    )


@pytest.fixture
def con(tmp_path: Path):
    connection = store_db.connect(tmp_path / "v.duckdb")
    store_db.set_setting(connection, "reference_date", "2024-06-30")
    yield connection
    connection.close()


def outcome(con, doc_id: str) -> tuple:
    return con.execute(
        "SELECT answered, response_days, norm_days, timely FROM advice_outcomes WHERE doc_id = ?",
        [doc_id],
    ).fetchone()


def test_timely_rules(con) -> None:
    add_advice(con, "on_time", date(2024, 1, 1))
    add_response(con, "r1", "on_time", date(2024, 2, 12), "adopted")  # 42 days
    add_advice(con, "late", date(2024, 1, 1))
    add_response(con, "r2", "late", date(2024, 2, 13), "adopted")  # 43 days
    add_advice(con, "overdue", date(2024, 1, 1))  # never answered, term passed
    add_advice(con, "within_term", date(2024, 6, 1))  # never answered, still within 42 days
    assert outcome(con, "on_time") == (True, 42, 42, True)
    assert outcome(con, "late") == (True, 43, 42, False)
    assert outcome(con, "overdue") == (False, None, 42, False)
    assert outcome(con, "within_term") == (False, None, 42, None)


def test_norm_comes_from_the_verordening_in_force(con) -> None:
    con.execute("INSERT INTO regulations VALUES ('v1', 'Ede', 28, 42, DATE '2020-01-01')")
    con.execute("INSERT INTO regulations VALUES ('v2', 'Ede', 56, 42, DATE '2024-03-01')")
    add_advice(con, "old", date(2023, 5, 1))
    add_advice(con, "new", date(2024, 4, 1))
    add_advice(con, "elsewhere", date(2024, 4, 1), municipality="Tilburg")
    assert outcome(con, "old")[2] == 28
    assert outcome(con, "new")[2] == 56
    assert outcome(con, "elsewhere")[2] == 42


def test_advice_older_than_every_verordening_takes_the_earliest_not_the_default(con) -> None:
    con.execute("INSERT INTO regulations VALUES ('v2', 'Ede', 56, 42, DATE '2024-03-01')")
    con.execute("INSERT INTO regulations VALUES ('v3', 'Ede', 35, 42, DATE '2025-03-01')")
    add_advice(con, "before_all", date(2022, 5, 1))
    add_advice(con, "elsewhere", date(2022, 5, 1), municipality="Tilburg")
    sql = "SELECT doc_id, norm_days, norm_doc_id, norm_basis FROM advice_norms"
    rows = {r[0]: r[1:] for r in con.execute(sql).fetchall()}
    assert rows["before_all"] == (56, "v2", "later_verordening")
    assert rows["elsewhere"] == (42, None, "default")


def test_indicator_arithmetic(con) -> None:
    start = date(2023, 1, 10)
    decisions = ["adopted", "adopted", "not_adopted", "partially_adopted", None, None]
    for i, decision in enumerate(decisions):
        add_advice(con, f"a{i}", start + timedelta(days=30 * i), requested=i % 2 == 0)
        if decision:
            add_response(con, f"r{i}", f"a{i}", start + timedelta(days=30 * i + 20 + 20 * i), decision,
                         motivated=True if decision == "not_adopted" else (False if decision == "partially_adopted" else None))  # fmt: skip
    add_response(con, "orphan", None, date(2023, 8, 1), "noted")  # unlinked: no effect on advices
    row = con.execute("SELECT * FROM scan_indicators").fetchone()
    cols = [d[0] for d in con.description]
    got = dict(zip(cols, row, strict=True))
    assert got["n_advices"] == 6
    assert got["share_requested"] == pytest.approx(0.5)
    assert got["response_rate"] == pytest.approx(4 / 6)
    # response days 20, 40, 60, 80: two within 42 days; both unanswered advices are overdue
    assert got["timely_rate"] == pytest.approx(2 / 6)
    assert got["median_response_days"] == pytest.approx(50)
    assert got["share_adopted"] == pytest.approx(0.5)
    assert got["share_not_adopted"] == pytest.approx(0.25)
    assert got["share_motivated_rejections"] == pytest.approx(0.5)
    assert got["n_unanswered"] == 2


def test_advices_in_two_years_are_two_rows(con) -> None:
    add_advice(con, "y1", date(2022, 12, 20))
    add_advice(con, "y2", date(2023, 1, 5))
    years = con.execute("SELECT year, n_advices FROM scan_indicators ORDER BY year").fetchall()
    assert years == [(2022, 1), (2023, 1)]


def _reopen_in_a_new_process(path: Path) -> None:
    """What a second `cp-textmine ingest` sees: the file as the first one left it."""
    store_db.connect(path).close()


def test_an_unchanged_database_is_not_rebuilt_on_open(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "scan.duckdb"
    store_db.connect(path).close()
    applied = []
    monkeypatch.setattr(store_db, "ensure_schema", applied.append)
    _reopen_in_a_new_process(path)
    assert applied == []  # same schema digest, every table and view present


def test_a_dropped_view_or_another_schema_is_rebuilt_on_open(tmp_path: Path) -> None:
    path = tmp_path / "scan.duckdb"
    con = store_db.connect(path)
    con.execute("DROP VIEW scan_indicators_full")
    con.close()
    _reopen_in_a_new_process(path)
    con = store_db.connect(path, read_only=True)
    assert con.execute("SELECT count(*) FROM scan_indicators_full").fetchone() is not None
    con.close()
    con = store_db.connect(path)
    con.execute("UPDATE settings SET value = 'other' WHERE key = 'schema_digest'")
    con.close()
    _reopen_in_a_new_process(path)
    con = store_db.connect(path, read_only=True)
    stored = con.execute("SELECT value FROM settings WHERE key = 'schema_digest'").fetchone()[0]
    assert stored == store_db.schema_digest()
    con.close()
