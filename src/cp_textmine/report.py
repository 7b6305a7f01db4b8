"""Terminal summaries shared by commands (rich renderables, built from library results)."""

from __future__ import annotations

from rich.table import Table

from cp_textmine.pipeline.run import IngestSummary


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


def evaluation_tables(report) -> list[Table]:
    """Accuracy per field, then precision/recall/F1 per label, then confusion matrices."""
    tables = []
    acc = Table(title=f"Accuracy on {report.n_documents} labelled documents")
    acc.add_column("field")
    acc.add_column("accuracy", justify="right")
    acc.add_column("n", justify="right")
    for name, (value, n) in report.accuracies.items():
        acc.add_row(name, f"{value:.3f}", str(n))
    if report.topic_micro_f1 is not None:
        acc.add_row("topics micro-F1", f"{report.topic_micro_f1:.3f}", "")
        acc.add_row("topics macro-F1", f"{report.topic_macro_f1:.3f}", "")
    tables.append(acc)
    for group, rows in report.per_label.items():
        table = Table(title=f"{group}: per label")
        for col in ("label", "precision", "recall", "F1", "support"):
            table.add_column(col, justify="left" if col == "label" else "right")
        for r in rows:
            table.add_row(
                r.label, f"{r.precision:.3f}", f"{r.recall:.3f}", f"{r.f1:.3f}", str(r.support)
            )
        tables.append(table)
    for group, matrix in report.confusion.items():
        labels = sorted({g for g in matrix} | {p for c in matrix.values() for p in c})
        table = Table(title=f"{group}: confusion (rows = gold, columns = predicted)")
        table.add_column("gold \\ pred")
        for label in labels:
            table.add_column(label[:12], justify="right")
        for gold in labels:
            table.add_row(gold, *[str(matrix.get(gold, {}).get(p, 0) or "") for p in labels])
        tables.append(table)
    return tables
