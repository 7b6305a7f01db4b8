"""``python -m cp_textmine`` runs the CLI."""

from cp_textmine.cli import app

app(prog_name="cp-textmine")
