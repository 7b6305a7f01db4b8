"""`cp-textmine scan` in every format on the fixture database, and the new commands' help."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from cp_textmine.cli import app as main_app
from cp_textmine.scan.cli import app as scan_app

from .test_scan_fixture import build_scan_db

runner = CliRunner()


@pytest.fixture(scope="module")
def scan_path(tmp_path_factory) -> Path:
    return build_scan_db(tmp_path_factory.mktemp("cli") / "scan.duckdb")


def test_table_shows_timing_topics_and_crosscheck(scan_path: Path) -> None:
    result = runner.invoke(main_app, ["scan", "--db", str(scan_path)])
    assert result.exit_code == 0, result.output
    for text in ("Reactietijd, voorbereiding en werk en inkomen", "Per gemeente (alle raden samen)",
                 "Jaarverslag tegenover de brieven", "ja!"):  # fmt: skip
        assert text in result.output


def test_markdown_sections(scan_path: Path) -> None:
    result = runner.invoke(main_app, ["scan", "--db", str(scan_path), "--format", "markdown"])
    assert result.exit_code == 0
    out = result.output
    assert "| Ede | Adviesraad Sociaal Domein Ede | 2023 | 6 | 67% (n=6) |" in out
    assert "## Indicatoren per gemeente en jaar" in out
    assert "| Ede | 2023 | 8 |" in out
    assert "| Ede | 2023 | Vervoer naar dagbesteding | geen brief gevonden |" in out
    assert "- Ede 2023-09-01: Advies eigen bijdrage Wmo" in out  # letter the report leaves out


def test_html_to_file(scan_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = runner.invoke(main_app, ["scan", "--db", str(scan_path), "--format", "html", "--out", str(out),
                                      "--municipality", "Ede", "--from", "2023", "--to", "2023"])  # fmt: skip
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.count("<svg") == 4 and "Tilburg" not in text


@pytest.mark.parametrize("name", ["show", "search"])
def test_new_commands_have_an_example(name: str) -> None:
    assert name in get_command(scan_app).commands
    result = runner.invoke(scan_app, [name, "--help"])
    assert result.exit_code == 0 and "Example: cp-textmine " + name in result.output
