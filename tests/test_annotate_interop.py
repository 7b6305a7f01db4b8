"""Exports written by the real tools, recorded byte for byte into tests/fixtures/.

Label Studio 1.23.2 (``make interop`` recorded them): one line of JSON, ``completed_by`` an
integer in the JSON export, ``annotator`` an integer in JSON-MIN, an object with the e-mail in
a snapshot with expanded users. The documents are the test suite's own two letters; two users
annotated: user 1 the advies (topics changed) and the reactie (adopted, with the pre-filled
``gemotiveerd`` left behind and hidden), user 2 a decision on the advies (wrong: rejected)
and the reactie (not_adopted, motivated).
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from cp_textmine.annotate.agreement import agreement
from cp_textmine.annotate.load_labels import import_labels
from cp_textmine.errors import LabelError

from .test_annotate_formats import doc_ids, label_rows, small_db

FIXTURES = Path(__file__).parent / "fixtures"
LS_EXPORTS = ("json", "json_min", "snapshot")


@pytest.fixture
def db(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    """A private copy of the two-letter database the exports were made from."""
    target = tmp_path / "test.duckdb"
    shutil.copy(small_db(tmp_path_factory), target)
    return target


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "annotations"


def ls_export(kind: str) -> Path:
    return FIXTURES / f"labelstudio-1.23.2-{kind}.json"


def test_the_recorded_exports_are_as_the_tool_wrote_them() -> None:
    assert len(ls_export("json").read_bytes().splitlines()) == 1  # one line: no "line N" to cite
    task = json.loads(ls_export("json").read_text(encoding="utf-8"))[0]
    assert isinstance(task["annotations"][0]["completed_by"], int)
    assert isinstance(json.loads(ls_export("json_min").read_text())[0]["annotator"], int)
    snap = json.loads(ls_export("snapshot").read_text(encoding="utf-8"))
    assert isinstance(snap[0]["annotations"][0]["completed_by"], dict)


@pytest.mark.parametrize("kind", LS_EXPORTS)
def test_labelstudio_exports_give_one_name_per_user(kind: str, db: Path, root: Path) -> None:
    ids = doc_ids(db)
    result = import_labels(ls_export(kind), db, root=root)
    assert result.annotators == ["labelstudio-user-1", "labelstudio-user-2"]
    assert (result.n_labelled, result.n_documents) == (3, 2)
    got = {(r["annotator"], r["doc_id"]): r["labels"] for r in label_rows(root)}
    assert got[("labelstudio-user-1", ids["reactie"])] == {"doc_type": "reactie", "decision": "adopted"}  # fmt: skip
    assert got[("labelstudio-user-2", ids["reactie"])] == {
        "doc_type": "reactie",
        "decision": "not_adopted",
        "motivated": True,
    }
    assert got[("labelstudio-user-1", ids["advies"])]["topics"] == ["armoede_minima", "schulden"]
    assert result.rejected == [
        ("task 1, annotation 3", "decision is labelled for reactie only, but doc_type is 'advies'")
    ]
    if kind == "snapshot":
        assert result.aliases == {"labelstudio-user-1": "admin@example.org",
                                  "labelstudio-user-2": "bram@example.org"}  # fmt: skip


def test_three_exports_of_one_project_count_two_annotators(db: Path, root: Path) -> None:
    for kind in LS_EXPORTS:
        import_labels(ls_export(kind), db, root=root)
    report = agreement(db)
    assert report.annotators == ["labelstudio-user-1", "labelstudio-user-2"]


def test_names_map_ids_to_people_in_every_export(db: Path, root: Path) -> None:
    names = {"1": "anna", "2": "bram"}
    for kind in LS_EXPORTS:
        result = import_labels(ls_export(kind), db, root=root / kind, names=names)
        assert result.annotators == ["anna", "bram"]


def test_a_broken_one_line_export_names_file_and_column(db: Path, root: Path, tmp_path: Path) -> None:  # fmt: skip
    cut = tmp_path / "project-1.json"
    cut.write_bytes(ls_export("json").read_bytes()[:3000])
    with pytest.raises(LabelError, match=r"project-1.json, line 1 column \d+: not valid JSON"):
        import_labels(cut, db, root=root)


@pytest.mark.parametrize("name", ["project-1-at-2026.csv", "project-1-at-2026.tsv", "export.txt"])
def test_csv_exports_are_refused_with_the_export_to_use(name: str, db: Path, root: Path, tmp_path: Path) -> None:  # fmt: skip
    path = tmp_path / name
    path.write_text("id,text,doc_type,annotator\n1,Geachte,advies,1\n", encoding="utf-8")
    with pytest.raises(LabelError, match=r"CSV/TSV export.*Export → JSON"):
        import_labels(path, db, root=root)


# -- doccano ---------------------------------------------------------------------------------
# Recorded from doccano 1.8.4 by tools/interop_doccano.py (doccano's own importer and export
# task): tasks exported with --prefill; a ZIP of one <username>.jsonl per member, rows
# {"id", "text", <metadata>, "label", "Comments"}. admin imported the dataset (so owns the
# pre-fill) and changed only the reactie; bob labelled both from scratch and chose the model's
# labels for the advies; carla put a decision on the advies and left the reactie open. admin
# approved the advies, bob both ("Export only approved documents" gives export-approved). A
# collaborative project gives one all.jsonl with every user's labels merged.

DOCCANO_ZIP = FIXTURES / "doccano-1.8.4-export.zip"


def doccano_labels(root: Path, ids: dict[str, str]) -> dict[tuple[str, str], dict]:
    kinds = {doc_id: kind for kind, doc_id in ids.items()}
    return {(r["annotator"], kinds[r["doc_id"]]): r["labels"] for r in label_rows(root)}


def test_doccano_pre_fill_never_arrives_as_a_persons_labels(db: Path, root: Path) -> None:
    ids = doc_ids(db)
    result = import_labels(DOCCANO_ZIP, db, root=root)
    got = doccano_labels(root, ids)
    assert set(got) == {("admin", "reactie"), ("bob", "reactie")}
    assert got[("admin", "reactie")] == {"doc_type": "reactie", "decision": "noted"}
    assert result.n_prefilled == 2  # admin's untouched advies, and bob's identical one
    assert result.rejected == [
        ("carla.jsonl line 1", "decision is labelled for reactie only, but doc_type is 'advies'")
    ]
    assert ("carla.jsonl line 2", "no labels given") in result.skipped


def test_doccano_only_the_prefilling_users_rows_are_suspect(db: Path, root: Path) -> None:
    ids = doc_ids(db)
    result = import_labels(DOCCANO_ZIP, db, root=root, prefilled_by="admin")
    got = doccano_labels(root, ids)
    assert result.n_prefilled == 1 and ("admin", "advies") not in got
    assert got[("bob", "advies")]["topics"] == ["schulden"]
    assert (result.n_labelled, result.n_documents) == (3, 2)


def test_doccano_approved_export_keeps_the_confirmed_pre_fill(db: Path, root: Path) -> None:
    ids = doc_ids(db)
    approved = FIXTURES / "doccano-1.8.4-export-approved.zip"
    result = import_labels(approved, db, root=root, approved=True)
    assert result.n_prefilled == 0 and result.annotators == ["admin", "bob"]
    got = doccano_labels(root, ids)
    assert set(got) == {("admin", "advies"), ("bob", "advies"), ("bob", "reactie")}
    assert (result.n_labelled, result.n_documents) == (3, 2)


def test_the_recorded_doccano_exports_are_as_the_tool_wrote_them() -> None:
    with zipfile.ZipFile(DOCCANO_ZIP) as z:
        assert sorted(z.namelist()) == ["admin.jsonl", "bob.jsonl", "carla.jsonl"]
        row = json.loads(z.read("admin.jsonl").splitlines()[0])
    assert {"id", "text", "label", "Comments", "cp_prefill", "doc_id"} <= set(row)
    with zipfile.ZipFile(FIXTURES / "doccano-1.8.4-collaborative.zip") as z:
        assert z.namelist() == ["all.jsonl"]


def test_doccano_collaborative_export_is_refused(db: Path, root: Path, tmp_path: Path) -> None:
    collaborative = FIXTURES / "doccano-1.8.4-collaborative.zip"
    with pytest.raises(LabelError, match=r"collaborative export.*'Share annotations across all"):
        import_labels(collaborative, db, root=root)
    with zipfile.ZipFile(collaborative) as z:
        (tmp_path / "all.jsonl").write_bytes(z.read("all.jsonl"))
    with pytest.raises(LabelError, match=r"all.jsonl is a doccano collaborative export"):
        import_labels(tmp_path / "all.jsonl", db, root=root)


def test_doccano_single_file_is_attributed_by_its_name(db: Path, root: Path) -> None:
    result = import_labels(
        FIXTURES / "doccano-1.8.4" / "bob.jsonl", db, root=root, prefilled_by="admin"
    )
    assert result.annotators == ["bob"] and result.n_labelled == 2


def test_doccano_zip_rejections_name_the_file_inside(db: Path, root: Path, tmp_path: Path) -> None:
    broken = tmp_path / "doccano-export.zip"
    with zipfile.ZipFile(DOCCANO_ZIP) as src, zipfile.ZipFile(broken, "w") as dst:
        for name in src.namelist():
            body = src.read(name)
            dst.writestr(name, body.replace(b'"label":[', b'"label":["topic:armoede",', 1)
                         if name == "bob.jsonl" else body)  # fmt: skip
    result = import_labels(broken, db, root=root, approved=True)
    assert ("bob.jsonl line 1", "topic 'armoede' is not in the taxonomy") in [
        (place, reason.split(" (codes")[0]) for place, reason in result.rejected
    ]
