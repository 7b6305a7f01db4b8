"""What every command module shares: the --db option and turning a library error into 'Error: ...'."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cp_textmine.errors import CpTextmineError

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="DuckDB file (default: $CP_TEXTMINE_DB or ./cp_textmine.duckdb)."),
]


def fail(exc: CpTextmineError) -> typer.Exit:
    """One unwrapped line on stderr, exit code 1."""
    typer.echo(f"Error: {exc}", err=True)
    return typer.Exit(code=1)
