"""The main job on the bundled corpus: ingest ``corpora/demo`` and write the scan report."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from cp_textmine.config import IngestOptions, repo_root
from cp_textmine.errors import InputPathError
from cp_textmine.pipeline.run import ingest_paths
from cp_textmine.report import ingest_summary_table
from cp_textmine.scan.html import to_html
from cp_textmine.scan.indicators import run_scan
from cp_textmine.scan.render import to_rich_table


def demo_corpus() -> Path:
    """The demo PDFs: ``corpora/demo`` of the checkout."""
    path = repo_root() / "corpora" / "demo"
    if not path.exists():
        raise InputPathError(f"demo corpus not found at {path}; run from a cp-textmine checkout")
    return path


def run_demo(db_path: Path, report_path: Path, console: Console) -> dict[str, Path]:
    """Ingest the demo corpus, print the summary and the scan, write the HTML report."""

    summary = ingest_paths([demo_corpus()], db_path, IngestOptions(workers=2, quiet=True))
    console.print(ingest_summary_table(summary))
    result = run_scan(db_path)
    console.print(to_rich_table(result))
    report_path.write_text(to_html(result, db_path), encoding="utf-8")
    console.print(f"database: {db_path.resolve()}")
    console.print(f"report:   {report_path.resolve()}")
    console.print(
        f'try:     duckdb {db_path} "select doc_type, count(*) from documents group by 1"'
    )
    return {"db": db_path, "report": report_path}
