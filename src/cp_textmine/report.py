"""Terminal summaries shared by commands (rich renderables, built from library results)."""

from __future__ import annotations

from rich.table import Table

from .ingest.pipeline import IngestSummary


def ingest_summary_table(summary: IngestSummary) -> Table:
    """Documents per type, failures with their reason, and where the database is."""
    table = Table(title="cp-textmine ingest", show_header=True)
    table.add_column("")
    table.add_column("", justify="right")
    table.add_row("PDF files found", str(summary.n_found))
    table.add_row("new or changed, processed", str(summary.n_new))
    table.add_row("unchanged, skipped", str(summary.n_skipped))
    for doc_type, n in sorted(summary.by_type.items()):
        table.add_row(f"  {doc_type}", str(n))
    table.add_row("needs OCR", str(summary.n_needs_ocr))
    table.add_row("failed", str(summary.n_failed))
    table.add_row("responses linked to an advice", f"{summary.n_linked} of {summary.n_responses}")
    table.add_row("seconds", f"{summary.seconds:.1f}")
    table.add_row("database", str(summary.db_path))
    captions = [f"failed: {path}: {reason}" for path, reason in summary.failures[:20]]
    if len(summary.failures) > 20:
        captions.append(f"... and {len(summary.failures) - 20} more (see documents.error)")
    if summary.ocr_note:
        captions.append(summary.ocr_note)
    table.caption = "\n".join(captions) or None
    return table
