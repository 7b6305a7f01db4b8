"""`cp-textmine scan --format json` validates against the shipped JSON Schema; keys are stable."""

from __future__ import annotations

import fnmatch
import json
import tomllib
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from cp_textmine.cli import app
from cp_textmine.scan.crosscheck import ROW_COLUMNS, UNLISTED_COLUMNS
from cp_textmine.scan.indicators import run_scan
from cp_textmine.scan.jsonout import INDICATOR_KEYS, MUNICIPALITY_KEYS, REPORT_KEYS, schema, to_json
from cp_textmine.store import db as store_db

from .test_scan_fixture import build_scan_db

ROOT = Path(__file__).resolve().parents[1]


def validate(payload: dict) -> None:
    validator = jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker())
    validator.validate(payload)


@pytest.fixture
def scan_path(tmp_path: Path) -> Path:
    return build_scan_db(tmp_path / "scan.duckdb")


def test_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


def test_cli_json_validates(scan_path: Path) -> None:
    result = CliRunner().invoke(app, ["scan", "--db", str(scan_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    validate(payload)
    assert len(payload["rows"]) == 5 and len(payload["municipalities"]) == 4
    assert payload["annual_reports"]["reports"][0]["n_no_letter"] == 1
    assert payload["denominators"]["timely_rate_28"] == "n_timely_known_28"


def test_filtered_and_empty_scans_validate(scan_path: Path, tmp_path: Path) -> None:
    validate(json.loads(to_json(run_scan(scan_path, municipality=["Zaanstad"], year=2024))))
    empty = tmp_path / "empty.duckdb"
    store_db.connect(empty).close()
    payload = json.loads(to_json(run_scan(empty)))
    validate(payload)
    assert payload["rows"] == [] and payload["annual_reports"]["rows"] == []


def test_every_row_has_every_key(scan_path: Path) -> None:
    payload = json.loads(to_json(run_scan(scan_path)))
    assert all(list(r) == [*INDICATOR_KEYS, "flags"] for r in payload["rows"])
    assert all(list(r) == [*MUNICIPALITY_KEYS, "flags"] for r in payload["municipalities"])


def test_schema_lists_exactly_the_keys_the_code_writes() -> None:
    defs = schema()["$defs"]
    assert defs["council_row"]["required"] == [*INDICATOR_KEYS, "flags"]
    assert defs["municipality_row"]["required"] == [*MUNICIPALITY_KEYS, "flags"]
    reports = schema()["properties"]["annual_reports"]["properties"]
    assert reports["reports"]["items"]["required"] == list(REPORT_KEYS)
    assert reports["rows"]["items"]["required"] == list(ROW_COLUMNS)
    assert reports["unlisted"]["items"]["required"] == list(UNLISTED_COLUMNS)


def test_json_keys_exist_in_the_views(scan_path: Path) -> None:
    con = store_db.connect(scan_path, read_only=True)
    try:
        full = {c[0] for c in con.execute("SELECT * FROM scan_indicators_full LIMIT 0").description}
        place = {
            c[0]
            for c in con.execute("SELECT * FROM scan_indicators_municipality LIMIT 0").description
        }
    finally:
        con.close()
    assert set(INDICATOR_KEYS) <= full and set(MUNICIPALITY_KEYS) <= place


def test_schema_file_is_package_data() -> None:
    """The schema must ship in the wheel, not only in the checkout."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["cp_textmine"]
    assert any(fnmatch.fnmatch("scan/scan.schema.json", g) for g in globs), globs
