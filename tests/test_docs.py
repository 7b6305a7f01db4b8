"""Every command is documented in the README and has help text (sqlite-utils' test_docs idea)."""

from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from cp_textmine.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(get_command(app).commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_in_readme(name: str) -> None:
    assert f"cp-textmine {name}" in README


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_with_example(name: str) -> None:
    result = CliRunner().invoke(app, [name, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_contract_commands_exist() -> None:
    assert {"ingest", "scan", "demo", "evaluate"} <= set(COMMANDS)
