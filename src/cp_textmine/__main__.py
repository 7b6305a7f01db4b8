"""``python -m cp_textmine`` runs the CLI."""

from .cli import app

app(prog_name="cp-textmine")
