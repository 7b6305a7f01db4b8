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
    if summary.n_reclassified:
        table.add_row(
            "stored, re-classified (readers or models changed)", str(summary.n_reclassified)
        )
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
    captions += [f"warning: {w}" for w in summary.warnings]
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


def release_tables(release) -> list[Table]:
    """Dev and test side by side (value, n, 95% interval), the rewording gap, then per-label
    precision/recall/F1 and confusion matrices of the test set."""
    names = list(release.reports)
    side = Table(title="Accuracy per field: " + ", ".join(
        f"{n} ({release.reports[n].n_documents} documents)" for n in names))  # fmt: skip
    side.add_column("field")
    for name in names:
        side.add_column(f"{name}", justify="right")
        side.add_column("n", justify="right")
        side.add_column("95% interval", justify="right")
    fields = list(dict.fromkeys(f for r in release.reports.values() for f in r.accuracies))
    for field_name in fields:
        cells = []
        for name in names:
            report = release.reports[name]
            if field_name in report.accuracies:
                value, n = report.accuracies[field_name]
                lo, hi = report.interval(field_name)
                cells += [f"{value:.2f}", str(n), f"{lo:.2f}–{hi:.2f}"]
            else:
                cells += ["", "", ""]
        side.add_row(field_name, *cells)
    for key, label in (("micro_f1", "topics micro-F1"), ("macro_f1", "topics macro-F1")):
        cells = []
        for name in names:
            report = release.reports[name]
            value = report.topic_micro_f1 if key == "micro_f1" else report.topic_macro_f1
            lo, hi = report.topic_ci.get(key, (0.0, 1.0))
            cells += [
                f"{value:.2f}" if value is not None else "",
                "",
                f"{lo:.2f}–{hi:.2f} (bootstrap)"
                + (" by writer" if report.topic_source != "pipeline" else ""),
            ]
        side.add_row(label, *cells)
    tables = [side]
    if release.rewording:
        gap = Table(
            title="Rewording suite: the same letters, decision and request sentences reworded"
        )
        for col in ("field", "originals", "n", "rewordings", "n", "gap (points)"):
            gap.add_column(col, justify="left" if col == "field" else "right")
        for field_name, row in release.rewording.items():
            o, r = row["originals"], row["rewordings"]
            gap.add_row(field_name, f"{o['accuracy']:.2f}", str(o["n"]), f"{r['accuracy']:.2f}",
                        str(r["n"]), f"{100 * row['gap']:+.0f}")  # fmt: skip
        tables.append(gap)
    for name, report in release.reports.items():
        if report.structure:
            norms = Table(title=f"{name}: structure checklist, accuracy per norm")
            for col in ("norm", "accuracy", "n"):
                norms.add_column(col, justify="left" if col == "norm" else "right")
            for norm, row in report.structure["per_norm"].items():
                norms.add_row(norm, f"{row['accuracy']:.2f}", str(row["n"]))
            tables.append(norms)
    if "test" in release.reports:
        tables += evaluation_tables(release.reports["test"])[1:]
    return tables
