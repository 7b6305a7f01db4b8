"""Annotation formats: export, edit as an annotator would in each tool, import; validation.

The tools' own files are imitated from their documentation: Label Studio's JSON export
(tasks with ``annotations[].result`` and ``completed_by``), doccano's text-classification
export (a ZIP of ``<username>.jsonl`` with ``label`` and the task's metadata flattened),
Prodigy's ``db-out`` (the task plus ``answer``, ``accept``, ``_annotator_id``).
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from cp_textmine.annotate import formats
from cp_textmine.annotate.export import export
from cp_textmine.annotate.labels import labels_to_tags, tags_to_labels, validate_labels
from cp_textmine.annotate.labelstudio_config import labelstudio_config
from cp_textmine.annotate.load_labels import import_labels
from cp_textmine.annotate.readers import detect_format
from cp_textmine.classify.dataset import annotation_examples
from cp_textmine.classify.taxonomy import load_taxonomy
from cp_textmine.config import IngestOptions
from cp_textmine.errors import LabelError
from cp_textmine.store.db import connect

from .conftest import ADVICE_LETTER, RESPONSE_LETTER, write_text_pdf

CODES = load_taxonomy().codes


def small_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with one advies and one reactie, built once per test session."""
    folder = tmp_path_factory.getbasetemp() / "annotate-small"
    db = folder / "small.duckdb"
    if not db.exists():
        from cp_textmine.pipeline.run import ingest_paths

        pdfs = folder / "pdfs"
        pdfs.mkdir(parents=True)
        write_text_pdf(pdfs / "advies.pdf", [ADVICE_LETTER])
        write_text_pdf(pdfs / "reactie.pdf", [RESPONSE_LETTER])
        ingest_paths([pdfs], db, IngestOptions(workers=1, quiet=True))
    return db


@pytest.fixture
def db(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    """A private copy of the small database."""
    target = tmp_path / "test.duckdb"
    shutil.copy(small_db(tmp_path_factory), target)
    return target


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "annotations"


def doc_ids(db: Path) -> dict[str, str]:
    """doc_type -> doc_id as the pipeline classified them."""
    con = connect(db)
    try:
        return dict(con.execute("SELECT doc_type, doc_id FROM documents").fetchall())
    finally:
        con.close()


def label_rows(root: Path) -> list[dict]:
    return [json.loads(line) for p in sorted((root / "labels").glob("*.jsonl"))
            for line in p.read_text(encoding="utf-8").splitlines()]  # fmt: skip


# -- label validation ------------------------------------------------------------------------


def test_validation_names_what_is_wrong() -> None:
    cases = {
        "doc_type 'advice' is not one of": {"doc_type": "advice"},
        "topic 'schuld' is not in the taxonomy": {"doc_type": "advies", "topics": ["schuld"]},
        "decision is labelled for reactie only": {"doc_type": "advies", "decision": "adopted"},
        "motivated applies to not_adopted": {
            "doc_type": "reactie",
            "decision": "adopted",
            "motivated": True,
        },
        "labels.doc_type is missing": {"topics": ["schulden"]},
        "unknown label field 'topic'": {"doc_type": "advies", "topic": ["schulden"]},
        "requested must be true or false": {"doc_type": "advies", "requested": "misschien"},
    }
    for reason, labels in cases.items():
        with pytest.raises(LabelError, match=reason):
            validate_labels(labels, CODES)


def test_labels_are_normalised_and_tags_round_trip() -> None:
    labels = validate_labels(
        {"doc_type": "reactie", "decision": "not_adopted", "motivated": "ja"}, CODES
    )
    assert labels == {"doc_type": "reactie", "decision": "not_adopted", "motivated": True}
    advice = validate_labels({"doc_type": "advies", "topics": ["schulden", "bijstand", "schulden"],
                              "requested": "ongevraagd"}, CODES)  # fmt: skip
    assert advice["topics"] == ["bijstand", "schulden"] and advice["requested"] is False
    assert tags_to_labels(labels_to_tags(advice)) == advice
    with pytest.raises(LabelError, match="two values for doc_type"):
        tags_to_labels(["doc_type:advies", "doc_type:reactie"])


# -- export --------------------------------------------------------------------------------


def test_export_every_format_with_predictions(db: Path, tmp_path: Path) -> None:
    ids = doc_ids(db)
    tasks, files = export(db, tmp_path / "t.jsonl", n=10, fmt="jsonl")
    assert {t.doc_id for t in tasks} == set(ids.values())
    assert [t.uncertainty for t in tasks] == sorted((t.uncertainty for t in tasks), reverse=True)
    row = json.loads(files[0].read_text(encoding="utf-8").splitlines()[0])
    assert {"doc_id", "sha256", "text", "labels", "annotator"} <= set(row)
    assert row["labels"]["doc_type"] in ("advies", "reactie") and "\f" not in row["text"][:10]

    _, files = export(db, tmp_path / "ls.json", n=10, fmt="labelstudio")
    tasks_ls = json.loads(files[0].read_text(encoding="utf-8"))
    prediction = tasks_ls[0]["predictions"][0]
    assert {"model_version", "score", "result"} <= set(prediction)
    assert {r["from_name"] for r in prediction["result"]} >= {"doc_type"}
    assert all(r["type"] == "choices" and r["to_name"] == "text" for r in prediction["result"])
    assert files[1].name == "ls.labelstudio.xml"

    _, files = export(db, tmp_path / "dc.jsonl", n=10, fmt="doccano")
    first = json.loads(files[0].read_text(encoding="utf-8").splitlines()[0])
    assert isinstance(first["text"], str) and first["label"] == []  # no pre-fill by default
    assert "cp_prefill" not in first
    _, files = export(db, tmp_path / "dc.jsonl", n=10, fmt="doccano", prefill=True)
    first = json.loads(files[0].read_text(encoding="utf-8").splitlines()[0])
    assert first["label"][0].startswith("doc_type:") and first["cp_prefill"] == "|".join(
        first["label"]
    )
    assert {lab["text"] for lab in json.loads(files[1].read_text())} >= {
        "doc_type:advies",
        "topic:schulden",
    }

    _, files = export(db, tmp_path / "pg.jsonl", n=10, fmt="prodigy")
    task = json.loads(files[0].read_text(encoding="utf-8").splitlines()[0])
    assert set(task["accept"]) <= {o["id"] for o in task["options"]}
    assert task["_input_hash"] == formats.prodigy_hash(
        {"text": task["text"]}, formats.PRODIGY_INPUT_KEYS
    )


def test_prodigy_hashes_follow_set_hashes() -> None:
    a = formats.set_hashes(
        {"text": "Wij nemen uw advies over.", "options": [{"id": "x"}], "meta": {"a": 1}}
    )
    b = formats.set_hashes(
        {"text": "Wij nemen uw advies over.", "options": [{"id": "y"}], "meta": {"a": 2}}
    )
    c = formats.set_hashes(
        {"text": "Wij nemen uw advies over.", "options": [{"id": "x"}], "score": 0.3}
    )
    assert a["_input_hash"] == b["_input_hash"] == c["_input_hash"]  # meta and score do not count
    assert a["_task_hash"] != b["_task_hash"] and a["_task_hash"] == c["_task_hash"]
    assert isinstance(a["_input_hash"], int) and -(2**31) <= a["_input_hash"] < 2**31


def test_labelstudio_config_lists_every_label_from_the_taxonomy() -> None:
    import xml.etree.ElementTree as ET

    root = ET.fromstring(labelstudio_config())
    controls = {
        c.get("name"): [x.get("value") for x in c.findall("Choice")] for c in root.iter("Choices")
    }
    assert controls["topics"] == list(CODES)
    assert controls["doc_type"] == ["advies", "reactie", "jaarverslag", "verordening", "overig"]
    assert set(controls) == {"doc_type", "topics", "requested", "decision", "motivated"}
    assert all(c.get("toName") == "text" for c in root.iter("Choices"))
    when = {c.get("name"): (c.get("whenTagName"), c.get("whenChoiceValue")) for c in root.iter("Choices")}  # fmt: skip
    assert when["motivated"] == ("decision", "not_adopted,partially_adopted")
    assert when["decision"] == ("doc_type", "reactie") and when["topics"] == ("doc_type", "advies")
    headers = {
        h.get("value"): (view.get("whenTagName"), view.get("whenChoiceValue"))
        for view in root.iter("View")
        for h in view.findall("Header")
    }
    assert headers["Onderwerpen (advies)"] == ("doc_type", "advies")
    assert headers["Besluit (reactie)"] == ("doc_type", "reactie")


# -- round trips -------------------------------------------------------------------------


def test_jsonl_round_trip(db: Path, root: Path, tmp_path: Path) -> None:
    ids = doc_ids(db)
    _, files = export(db, tmp_path / "t.jsonl", fmt="jsonl")
    rows = [json.loads(line) for line in files[0].read_text(encoding="utf-8").splitlines()]
    for row in rows:  # the annotator edits the labels in a text editor
        if row["doc_id"] == ids["advies"]:
            row["labels"] = {
                "doc_type": "advies",
                "topics": ["schulden", "armoede_minima"],
                "requested": False,
            }
        else:
            row["labels"] = {
                "doc_type": "reactie",
                "decision": "partially_adopted",
                "motivated": True,
            }
    edited = tmp_path / "edited.jsonl"
    edited.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = import_labels(edited, db, annotator="anna", root=root)
    assert result.n_labelled == 2 and not result.rejected
    by_doc = {r["doc_id"]: r for r in label_rows(root)}
    assert by_doc[ids["advies"]]["labels"]["topics"] == ["armoede_minima", "schulden"]
    assert by_doc[ids["reactie"]]["annotator"] == "anna"
    examples = annotation_examples(root / "labels")
    assert {e.labels["doc_type"] for e in examples} == {"advies", "reactie"}
    assert all(e.sha256 and "Zaanstad" in e.text for e in examples)


def test_labelstudio_round_trip(db: Path, root: Path, tmp_path: Path) -> None:
    ids = doc_ids(db)
    _, files = export(db, tmp_path / "tasks.json", fmt="labelstudio")
    tasks = json.loads(files[0].read_text(encoding="utf-8"))
    for number, task in enumerate(tasks, start=1):  # what Label Studio exports after labelling
        task["id"] = number
        result = [
            {**r, "id": f"r{number}{i}", "origin": "prediction"}
            for i, r in enumerate(task["predictions"][0]["result"])
        ]
        if task["data"]["doc_id"] == ids["reactie"]:
            result = [r for r in result if r["from_name"] not in ("decision", "motivated")]
            result.append(
                {
                    "id": "x",
                    "from_name": "decision",
                    "to_name": "text",
                    "type": "choices",
                    "value": {"choices": ["not_adopted"]},
                    "origin": "manual",
                }
            )
            result.append({"id": "y", "from_name": "motivated", "to_name": "text", "type": "choices",
                           "value": {"choices": ["gemotiveerd"]}, "origin": "manual"})  # fmt: skip
        task["annotations"] = [{"id": 100 + number, "completed_by": 1, "result": result, "was_cancelled": False,
                                "ground_truth": False, "created_at": "2026-01-05T10:00:00.000000Z",
                                "lead_time": 12.5, "task": number}]  # fmt: skip
        task["annotations"].append(
            {"id": 200 + number, "completed_by": 2, "result": [], "was_cancelled": True}
        )
    export_file = tmp_path / "project-1-at-2026-01-05.json"
    export_file.write_text(json.dumps(tasks, indent=2), encoding="utf-8")
    result = import_labels(export_file, db, root=root)
    assert result.source_format == "labelstudio" and result.n_labelled == 2
    assert (
        result.annotators == ["labelstudio-user-1"] and len(result.skipped) == 2
    )  # the cancelled ones
    by_doc = {r["doc_id"]: r["labels"] for r in label_rows(root)}
    assert by_doc[ids["reactie"]] == {
        "doc_type": "reactie",
        "decision": "not_adopted",
        "motivated": True,
    }


def test_doccano_zip_round_trip(db: Path, root: Path, tmp_path: Path) -> None:
    ids = doc_ids(db)
    _, files = export(db, tmp_path / "doccano.jsonl", fmt="doccano", prefill=True)
    rows = [json.loads(line) for line in files[0].read_text(encoding="utf-8").splitlines()]
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:  # non-collaborative export: one file per user
        for user, decision in (("anna", "adopted"), ("bram", "noted")):
            lines = []
            for number, row in enumerate(rows, start=1):
                labels = [t for t in row["label"] if not t.startswith(("decision:", "motivated:"))]
                if row["doc_id"] == ids["reactie"]:
                    labels.append(f"decision:{decision}")
                meta = {k: v for k, v in row.items() if k not in ("text", "label")}
                lines.append(
                    json.dumps(
                        {"id": number, "text": row["text"], **meta, "label": labels, "Comments": []}
                    )
                )
            z.writestr(f"{user}.jsonl", "\n".join(lines) + "\n")
    zipped = tmp_path / "doccano-export.zip"
    zipped.write_bytes(archive.getvalue())
    with pytest.raises(LabelError, match="labels by 2 annotators"):
        import_labels(zipped, db, annotator="carla", root=root)
    result = import_labels(zipped, db, root=root)
    assert result.source_format == "doccano" and result.annotators == ["anna", "bram"]
    decisions = {
        (r["annotator"], r["labels"].get("decision"))
        for r in label_rows(root)
        if r["doc_id"] == ids["reactie"]
    }
    assert decisions == {("anna", "adopted"), ("bram", "noted")}


def test_doccano_rows_found_by_text_alone(db: Path, root: Path, tmp_path: Path) -> None:
    _, files = export(db, tmp_path / "doccano.jsonl", fmt="doccano", prefill=True)
    rows = [json.loads(line) for line in files[0].read_text(encoding="utf-8").splitlines()]
    plain = tmp_path / "plain.jsonl"  # the annotator imported only the text into doccano
    plain.write_text("".join(json.dumps({"id": i, "text": r["text"], "label": r["label"]}) + "\n"
                             for i, r in enumerate(rows)), encoding="utf-8")  # fmt: skip
    assert import_labels(plain, db, annotator="anna", root=root).n_labelled == 2


def test_prodigy_db_out_round_trip(db: Path, root: Path, tmp_path: Path) -> None:
    ids = doc_ids(db)
    _, files = export(db, tmp_path / "prodigy.jsonl", fmt="prodigy")
    out = []
    for task in map(json.loads, files[0].read_text(encoding="utf-8").splitlines()):
        accept = task["accept"]
        answer = "accept"
        if task["meta"]["doc_id"] == ids["advies"]:
            accept = [t for t in accept if not t.startswith("topic:")] + [
                "topic:schulden",
                "topic:dienstverlening",
            ]
        else:
            answer = "reject"
        out.append({**task, "accept": accept, "answer": answer, "_view_id": "choice",
                    "_timestamp": 1767603600, "_annotator_id": "cp_topics-anna", "_session_id": "cp_topics-anna"})  # fmt: skip
    db_out = tmp_path / "db-out.jsonl"
    db_out.write_text("".join(json.dumps(r) + "\n" for r in out), encoding="utf-8")
    assert detect_format(db_out.read_text()) == "prodigy"
    result = import_labels(db_out, db, root=root)
    assert result.n_labelled == 1 and result.annotators == ["cp_topics-anna"]
    assert "reject" in result.skipped[0][1] and result.n_documents == 1
    assert label_rows(root)[0]["labels"]["topics"] == ["schulden", "dienstverlening"]


# -- import behaviour -----------------------------------------------------------------------


def test_bad_rows_are_rejected_with_line_and_reason(db: Path, root: Path, tmp_path: Path) -> None:
    ids = doc_ids(db)
    lines = [
        json.dumps(
            {"doc_id": ids["advies"], "labels": {"doc_type": "advies", "topics": ["schulden"]}}
        ),
        "{not json",
        json.dumps(
            {"doc_id": ids["advies"], "labels": {"doc_type": "advies", "topics": ["armoede"]}}
        ),
        "",
        json.dumps({"doc_id": "ffffffffffffffff", "labels": {"doc_type": "overig"}}),
        json.dumps(
            {"doc_id": ids["reactie"], "labels": {"doc_type": "reactie", "decision": "adopted"}}
        ),
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = import_labels(path, db, annotator="anna", root=root)
    assert result.n_labelled == 2
    reasons = dict(result.rejected)
    assert set(reasons) == {"line 2", "line 3", "line 5"}
    assert "not valid JSON" in reasons["line 2"]
    assert "topic 'armoede' is not in the taxonomy" in reasons["line 3"]
    assert "document not in the database" in reasons["line 5"]


def test_same_file_twice_changes_nothing(db: Path, root: Path, tmp_path: Path) -> None:
    ids = doc_ids(db)
    path = tmp_path / "one.jsonl"
    path.write_text(
        json.dumps(
            {"doc_id": ids["reactie"], "labels": {"doc_type": "reactie", "decision": "noted"}}
        )
        + "\n"
    )
    first = import_labels(path, db, annotator="anna", root=root)
    snapshot = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    again = import_labels(path, db, annotator="anna", root=root)
    assert again.unchanged and again.label_file == first.label_file
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == snapshot
    con = connect(db)
    n_rows = con.execute("SELECT count(*) FROM annotations").fetchone()[0]
    con.close()
    assert n_rows == 2  # doc_type and decision, once
    assert (
        root / "raw"
    ).iterdir().__next__().read_bytes() == path.read_bytes()  # the raw file is kept


def test_a_fresh_database_is_filled_from_the_label_files(db: Path, root: Path, tmp_path: Path,
                                                          tmp_path_factory) -> None:  # fmt: skip
    ids = doc_ids(db)
    path = tmp_path / "one.jsonl"
    path.write_text(
        json.dumps({"doc_id": ids["advies"], "labels": {"doc_type": "advies", "requested": True}})
        + "\n"
    )
    import_labels(path, db, annotator="anna", root=root)
    fresh = tmp_path / "fresh.duckdb"
    shutil.copy(small_db(tmp_path_factory), fresh)
    result = import_labels(path, fresh, annotator="anna", root=root)
    assert result.unchanged and len(list((root / "labels").iterdir())) == 1
    con = connect(fresh)
    assert con.execute("SELECT value FROM annotations WHERE field = 'requested'").fetchone() == (
        "true",
    )
    con.close()


def test_unknown_format_is_a_clear_error(tmp_path: Path, db: Path, root: Path) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text('{"foo": 1}\n')
    with pytest.raises(LabelError, match="cannot tell which tool wrote"):
        import_labels(path, db, root=root)


def test_gold_documents_are_refused(db: Path, root: Path, tmp_path: Path, tmp_path_factory) -> None:
    gold_pdfs = root / "dev" / "pdfs"
    gold_pdfs.mkdir(parents=True)
    source = tmp_path_factory.getbasetemp() / "annotate-small" / "pdfs" / "reactie.pdf"
    shutil.copy(source, gold_pdfs / "reactie.pdf")
    ids = doc_ids(db)
    path = tmp_path / "gold.jsonl"
    path.write_text(
        json.dumps({"doc_id": ids["reactie"], "labels": {"doc_type": "reactie"}}) + "\n"
    )
    result = import_labels(path, db, annotator="anna", root=root)
    assert result.n_labelled == 0 and "dev or frozen test set" in result.rejected[0][1]
