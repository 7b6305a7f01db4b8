"""Agreement between annotators: kappa for two, alpha for more, and the disputed items."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cp_textmine.annotate.agreement import agreement, cohen_kappa, krippendorff_alpha, measure
from cp_textmine.annotate.export import select
from cp_textmine.annotate.load_labels import import_labels
from cp_textmine.store.db import connect

from .test_annotate_formats import doc_ids, small_db


def rows(
    annotator: str, values: list[str], field: str = "decision"
) -> list[tuple[str, str, str, str]]:
    return [(f"d{i}", field, annotator, v) for i, v in enumerate(values)]


def test_cohen_kappa_for_two_annotators() -> None:
    a = ["adopted", "adopted", "noted", "not_adopted", "noted", "adopted"]
    b = ["adopted", "noted", "noted", "not_adopted", "noted", "adopted"]
    report = measure(rows("anna", a) + rows("bram", b))
    (field,) = report.fields
    assert field.statistic == "cohen_kappa" and field.n_items == 6
    # p_o = 5/6; p_e = (3*2 + 2*3 + 1*1) / 36 = 13/36; kappa = (30/36 - 13/36) / (23/36)
    assert field.value == pytest.approx(17 / 23, abs=1e-4)
    assert field.observed == pytest.approx(5 / 6, abs=1e-4)
    assert [(d.doc_id, d.values) for d in report.disagreements] == [
        ("d1", {"anna": "adopted", "bram": "noted"})
    ]


def test_krippendorff_alpha_for_more_with_missing_values() -> None:
    a = ["advies", "reactie", "overig", "advies"]
    b = ["advies", "reactie", "advies", "advies"]
    c = ["advies", "reactie", "overig"]  # did not label d3
    report = measure(
        rows("anna", a, "doc_type") + rows("bram", b, "doc_type") + rows("carla", c, "doc_type")
    )
    (field,) = report.fields
    assert field.statistic == "krippendorff_alpha" and field.annotators == ["anna", "bram", "carla"]
    assert field.value == pytest.approx(
        13 / 18, abs=1e-4
    )  # worked by hand from the coincidence matrix
    assert 0 < field.value < 1 and field.observed == 0.75


def test_undefined_statistics_are_none_not_nan() -> None:
    assert cohen_kappa(["true", "true"], ["true", "true"]) is None
    assert krippendorff_alpha([["a", "a"], ["a", "a"]]) is None
    report = measure(
        rows("anna", ["x", "x"], "topic:jeugd") + rows("bram", ["x", "x"], "topic:jeugd")
    )
    assert report.fields[0].value is None and report.fields[0].observed == 1.0


def test_agreement_from_imported_labels_and_disagreement_export(
    tmp_path_factory, tmp_path: Path
) -> None:
    db = tmp_path / "agree.duckdb"
    shutil.copy(small_db(tmp_path_factory), db)
    ids = doc_ids(db)
    root = tmp_path / "annotations"
    for who, decision, topics in (
        ("anna", "adopted", ["schulden"]),
        ("bram", "partially_adopted", ["schulden"]),
    ):
        path = tmp_path / f"{who}.jsonl"
        path.write_text(
            json.dumps({"doc_id": ids["reactie"], "labels": {"doc_type": "reactie", "decision": decision}}) + "\n"
            + json.dumps({"doc_id": ids["advies"], "labels": {"doc_type": "advies", "topics": topics}}) + "\n",
            encoding="utf-8",
        )  # fmt: skip
        import_labels(path, db, annotator=who, root=root)
    report = agreement(db)
    by_field = {f.field: f for f in report.fields}
    assert by_field["decision"].observed == 0.0 and by_field["doc_type"].observed == 1.0
    assert by_field["topic:schulden"].statistic == "cohen_kappa"
    assert [(d.field, d.values) for d in report.disagreements] == [
        ("decision", {"anna": "adopted", "bram": "partially_adopted"})
    ]
    con = connect(db)
    disputed = select(con, 10, "disagreement")
    con.close()
    assert [p.doc.doc_id for p in disputed] == [ids["reactie"]]
