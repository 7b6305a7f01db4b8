"""`cp-textmine annotate ...` through typer: thin commands, one-line errors, examples in help."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from cp_textmine.annotate.cli import app

from .test_annotate_formats import doc_ids, small_db

runner = CliRunner()


@pytest.fixture
def db(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("CP_TEXTMINE_ANNOTATIONS", str(tmp_path / "annotations"))
    target = tmp_path / "cli.duckdb"
    shutil.copy(small_db(tmp_path_factory), target)
    return target


@pytest.mark.parametrize("name", ["export", "import", "review", "agreement"])
def test_every_command_has_an_example(name: str) -> None:
    assert name in get_command(app).commands
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0 and "Example: cp-textmine annotate" in result.output


def test_group_help_has_an_example() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0 and "Example:" in result.output


def test_export_import_agreement(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "tasks.jsonl"
    result = runner.invoke(
        app, ["export", "--n", "5", "--format", "jsonl", "--out", str(out), "--db", str(db)]
    )
    assert result.exit_code == 0, result.output
    assert "2 documents (uncertainty" in result.output
    for who, decision in (("anna", "adopted"), ("bram", "noted")):
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        for row in rows:
            if row["labels"]["doc_type"] == "reactie":
                row["labels"] = {"doc_type": "reactie", "decision": decision}
        edited = tmp_path / f"{who}.jsonl"
        edited.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        result = runner.invoke(app, ["import", str(edited), "--annotator", who, "--db", str(db)])
        assert result.exit_code == 0, result.output
        assert f"2 annotations on 2 documents by {who} (jsonl); 0 rows rejected" in result.output
    again = runner.invoke(app, ["import", str(edited), "--annotator", "bram", "--db", str(db)])
    assert again.exit_code == 0 and "already imported" in again.output
    result = runner.invoke(app, ["agreement", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "cohen_kappa" in result.output and "decision: anna=adopted, bram=noted" in result.output
    as_json = json.loads(runner.invoke(app, ["agreement", "--json", "--db", str(db)]).output)
    assert as_json["annotators"] == ["anna", "bram"]


def test_import_errors_are_one_line(db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["import", str(tmp_path / "missing.jsonl"), "--db", str(db)])
    assert result.exit_code == 1 and "Error: label file not found" in result.output
    bad = tmp_path / "bad.jsonl"
    ids = doc_ids(db)
    bad.write_text(json.dumps({"doc_id": ids["advies"], "labels": {"doc_type": "advice"}}) + "\n")
    result = runner.invoke(app, ["import", str(bad), "--annotator", "anna", "--db", str(db)])
    assert result.exit_code == 1
    assert "bad.jsonl, line 1: rejected — doc_type 'advice' is not one of" in result.output
    assert "Error: no row of" in result.output


def test_export_errors(db: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["export", "--strategy", "disagreement", "--out", str(tmp_path / "x"), "--db", str(db)]
    )
    assert (
        result.exit_code == 1
        and "Error: no documents to export: no two annotators disagree yet" in result.output
    )


def test_review_needs_a_terminal(db: Path) -> None:
    result = runner.invoke(app, ["review", "--db", str(db)])
    assert result.exit_code == 1 and "Error: review needs a terminal" in result.output


def test_mounted_on_the_main_cli_when_the_lead_has_added_it() -> None:
    from cp_textmine.cli import app as main_app

    if "annotate" not in get_command(main_app).commands:
        pytest.skip("annotate is not mounted in cp_textmine.cli yet")
    result = runner.invoke(main_app, ["annotate", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output


FIXTURES = Path(__file__).parent / "fixtures"


def test_import_a_real_export_names_people_and_places(db: Path) -> None:
    export = FIXTURES / "labelstudio-1.23.2-json.json"
    result = runner.invoke(
        app, ["import", str(export), "--name", "1=anna", "--name", "2=bram", "--db", str(db)]
    )
    assert result.exit_code == 0, result.output
    assert (
        "labelstudio-1.23.2-json.json, task 1, annotation 3: rejected — decision" in result.output
    )
    assert (
        "3 annotations on 2 documents by anna, bram (labelstudio); 1 rows rejected" in result.output
    )


def test_a_snapshot_tells_the_email_behind_an_id(db: Path) -> None:
    result = runner.invoke(app, ["import", str(FIXTURES / "labelstudio-1.23.2-snapshot.json"), "--db", str(db)])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "labelstudio-user-2 is bram@example.org in the tool; to use that name: --name 2=bram@example.org" in result.output  # fmt: skip


def test_a_malformed_name_is_a_one_line_error(db: Path) -> None:
    export = FIXTURES / "labelstudio-1.23.2-json.json"
    result = runner.invoke(app, ["import", str(export), "--name", "anna", "--db", str(db)])
    assert result.exit_code == 1 and "Error: --name 'anna': expected ID=NAME" in result.output


def test_doccano_pre_fill_is_reported(db: Path) -> None:
    result = runner.invoke(app, ["import", str(FIXTURES / "doccano-1.8.4-export.zip"), "--db", str(db)])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "2 of them still hold the model's pre-filled labels" in result.output
    assert "doccano-1.8.4-export.zip, carla.jsonl line 1: rejected" in result.output
