"""An answer that decides its advice as a whole decides each recommendation: its points are
stored at linking, from the linked advice's count, and follow every re-link."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb

from cp_textmine.classify.link import link_all
from cp_textmine.store import db as store_db

ADVICE_REF = "ASD-2025-014"


def _advice(con: duckdb.DuckDBPyConnection, doc_id: str, reference: str, n: int | None) -> None:
    con.execute(
        "INSERT INTO advices (doc_id, municipality, reference, advice_date, subject, n_recommendations)"
        " VALUES (?, 'Gouda', ?, ?, 'Advies minimabeleid', ?)",
        [doc_id, reference, date(2025, 3, 4), n],
    )


def _answer(con: duckdb.DuckDBPyConnection, doc_id: str, decision: str | None, cites: str,
            place: str = "Gouda") -> None:  # fmt: skip
    con.execute(
        "INSERT INTO responses (doc_id, response_date, municipality, subject, advice_reference,"
        " decision) VALUES (?, ?, ?, 'Reactie op uw advies minimabeleid', ?, ?)",
        [doc_id, date(2025, 4, 10), place, cites, decision],
    )
    con.execute(
        "INSERT INTO evidence VALUES (?, 'decision', 1, ?, 120, 160)",
        [doc_id, f"Wij besluiten: {decision}."],
    )


def _points(con: duckdb.DuckDBPyConnection, doc_id: str) -> list[tuple]:
    return con.execute(
        "SELECT point, decision, basis, snippet FROM response_points WHERE doc_id = ? ORDER BY point",
        [doc_id],
    ).fetchall()


def _store(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    con = store_db.connect(tmp_path / "points.duckdb")
    _advice(con, "advice", ADVICE_REF, 4)
    return con


def test_an_answer_adopting_the_whole_advice_adopts_each_of_its_recommendations(
    tmp_path: Path,
) -> None:
    con = _store(tmp_path)
    _answer(con, "answer", "adopted", ADVICE_REF)
    link_all(con)
    assert _points(con, "answer") == [
        (n, "adopted", "whole answer", "Wij besluiten: adopted.") for n in range(1, 5)
    ]


def test_a_whole_refusal_and_a_note_decide_every_point_the_same(tmp_path: Path) -> None:
    con = _store(tmp_path)
    _advice(con, "advice-2", "ASD-2025-015", 2)
    _answer(con, "refusal", "not_adopted", ADVICE_REF)
    _answer(con, "note", "noted", "ASD-2025-015")
    link_all(con)
    assert [d for _, d, _, _ in _points(con, "refusal")] == ["not_adopted"] * 4
    assert [d for _, d, _, _ in _points(con, "note")] == ["noted"] * 2


def test_a_partial_answer_without_points_says_nothing_per_point(tmp_path: Path) -> None:
    con = _store(tmp_path)
    _answer(con, "answer", "partially_adopted", ADVICE_REF)
    link_all(con)
    assert _points(con, "answer") == []


def test_points_the_answer_gives_itself_are_kept_as_read(tmp_path: Path) -> None:
    con = _store(tmp_path)
    _answer(con, "answer", "adopted", ADVICE_REF)
    con.execute(
        "INSERT INTO response_points (doc_id, point, decision, snippet) VALUES "
        "('answer', 1, 'adopted', 'Ad 1: overgenomen'), ('answer', 2, 'adopted', 'Ad 2: overgenomen')"
    )
    link_all(con)
    assert [(n, b) for n, _, b, _ in _points(con, "answer")] == [(1, "read"), (2, "read")]


def test_no_points_without_a_linked_advice_or_a_single_recommendation(tmp_path: Path) -> None:
    con = _store(tmp_path)
    _advice(con, "single", "ASD-2025-020", 1)
    _answer(con, "unlinked", "adopted", "XYZ-999", place="Zwolle")
    _answer(con, "one-ask", "adopted", "ASD-2025-020")
    link_all(con)
    assert con.execute(
        "SELECT advice_doc_id FROM responses WHERE doc_id = 'unlinked'"
    ).fetchone() == (None,)
    assert _points(con, "unlinked") == []
    assert _points(con, "one-ask") == []


def test_a_relink_replaces_the_points_with_those_of_the_new_count(tmp_path: Path) -> None:
    con = _store(tmp_path)
    _answer(con, "answer", "not_adopted", ADVICE_REF)
    link_all(con)
    con.execute("UPDATE advices SET n_recommendations = 2 WHERE doc_id = 'advice'")
    link_all(con)
    assert [n for n, _, _, _ in _points(con, "answer")] == [1, 2]
    con.execute("DELETE FROM advices")
    link_all(con)
    assert _points(con, "answer") == []
