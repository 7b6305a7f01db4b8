"""The terminal review loop, driven by scripted key presses."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from rich.console import Console

from cp_textmine.annotate.export import select
from cp_textmine.annotate.review import Review, pending_progress, run_review, scripted
from cp_textmine.annotate.review_view import ReviewItem, highlighted
from cp_textmine.store.db import connect

from .test_annotate_formats import small_db


def quiet_console() -> Console:
    return Console(file=io.StringIO(), width=120, record=True)


def items() -> list[ReviewItem]:
    advice = ReviewItem("a1", "sha-a1", "advies.pdf", "Ongevraagd advies schulden",
                        {"doc_type": "advies", "topics": ["schulden"], "requested": False},
                        {"doc_type": 0.9}, 0.4, "topics",
                        [("recommendation", 1, "Bied budgetbeheer aan in plaats van beschermingsbewind.")])  # fmt: skip
    response = ReviewItem("r1", "sha-r1", "reactie.pdf", "Reactie op uw advies",
                          {"doc_type": "reactie", "decision": "adopted"}, {"decision": 0.55}, 0.45, "decision",
                          [("decision", 1, "Wij nemen uw advies over, met uitzondering van punt 3, omdat ...")])  # fmt: skip
    return [advice, response]


def progress(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_accept_and_correct_with_single_keys(tmp_path: Path) -> None:
    path = tmp_path / "anna-1.jsonl"
    # advies: accept as is; reactie: decision -> 2 (partially_adopted), motivated on, accept with Enter
    review = Review(items(), "anna", path, scripted(["a", "d", "2", "m", "\r"]), quiet_console())
    assert review.run() is False
    rows = progress(path)
    assert [r["action"] for r in rows] == ["accepted", "corrected"]
    assert rows[1]["labels"] == {
        "doc_type": "reactie",
        "decision": "partially_adopted",
        "motivated": True,
    }
    assert rows[0]["labels"]["topics"] == ["schulden"] and rows[0]["annotator"] == "anna"


def test_topics_type_skip_undo_quit(tmp_path: Path) -> None:
    path = tmp_path / "anna-2.jsonl"
    codes_keys = {"bijstand": "a", "schulden": "d"}
    keys = ["o", codes_keys["bijstand"], codes_keys["schulden"], "\r",  # topics: +bijstand, -schulden
            "r",  # requested: ongevraagd -> gevraagd
            "a",  # saved
            "s",  # skip the reactie
            "u",  # back to the reactie (skipped)
            "u",  # back to the advies, its corrected labels restored
            "t", "5", "a",  # it is 'overig' after all
            "q"]  # fmt: skip
    review = Review(items(), "anna", path, scripted(keys), quiet_console())
    assert review.run() is True
    rows = progress(path)
    assert len(rows) == 1 and rows[0]["labels"] == {"doc_type": "overig"}
    assert [d.action for d in review.decisions] == ["corrected"]


def test_undo_restores_the_saved_labels(tmp_path: Path) -> None:
    path = tmp_path / "anna-3.jsonl"
    keys = ["o", "a", "\r", "a", "u", "a"]  # add bijstand, save, undo, save again unchanged
    review = Review(items(), "anna", path, scripted(keys), quiet_console())
    review.run()
    assert progress(path)[0]["labels"]["topics"] == ["bijstand", "schulden"]


def test_wrong_keys_explain_themselves(tmp_path: Path) -> None:
    console = quiet_console()
    review = Review(
        items(), "anna", tmp_path / "p.jsonl", scripted(["d", "m", "x", "u", "q"]), console
    )
    review.run()
    shown = console.export_text()
    assert "decision is for a reactie" in shown and "motivated is for not_adopted" in shown
    assert "unknown key 'x'" in shown and "nothing to undo" in shown
    assert "Bied budgetbeheer aan" in shown and "[a/Enter] accept" in shown


def test_cue_words_are_highlighted() -> None:
    text = highlighted("Wij nemen uw advies over, omdat de schuldhulpverlening wachtlijsten heeft.")
    marked = {text.plain[s.start : s.end].lower() for s in text.spans}
    assert (
        "nemen uw advies over" in marked and "omdat" in marked and "schuldhulpverlening" in marked
    )


@pytest.fixture
def db(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    target = tmp_path / "review.duckdb"
    shutil.copy(small_db(tmp_path_factory), target)
    return target


def test_a_closed_terminal_loses_nothing(db: Path, tmp_path: Path) -> None:
    root = tmp_path / "annotations"
    presses = iter(["a"])

    def keys_then_hang_up() -> str:
        try:
            return next(presses)
        except StopIteration:
            raise SystemExit("terminal closed") from None

    with pytest.raises(SystemExit):
        run_review(db, "anna", keys_then_hang_up, console=quiet_console(), root=root)
    left = pending_progress(root, "anna")
    assert len(left) == 1 and len(progress(left[0])) == 1
    first_doc = progress(left[0])[0]["doc_id"]

    outcome = run_review(db, "anna", scripted(["a"]), console=quiet_console(), root=root)
    assert [r.n_labelled for r in outcome.resumed] == [1]
    assert outcome.imported is not None and outcome.imported.n_labelled == 1
    assert outcome.decisions[0].item.doc_id != first_doc  # the saved one is not asked again
    assert not pending_progress(root, "anna")
    con = connect(db)
    labelled = {
        r[0]
        for r in con.execute(
            "SELECT DISTINCT doc_id FROM annotations WHERE annotator = 'anna'"
        ).fetchall()
    }
    assert len(labelled) == 2 and not select(con, 10, annotator="anna")
    con.close()
    assert len(list((root / "labels").glob("*.jsonl"))) == 2
