"""The command line: thin typer commands over the library. Errors become 'Error: ...' and exit 1."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from cp_textmine.cli_common import DbOption, fail
from cp_textmine.config import IngestOptions, models_dir, resolve_db_path
from cp_textmine.errors import CpTextmineError

app = typer.Typer(
    name="cp-textmine",
    help="Reads Dutch client-participation documents (advices, responses, verordeningen, "
    "jaarverslagen) from PDFs into DuckDB and scans them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)


class ScanFormat(StrEnum):
    table = "table"
    markdown = "markdown"
    html = "html"
    json = "json"
    report = "report"
    pdf = "pdf"


@app.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="PDF files or folders (searched recursively).")
    ],
    db: DbOption = None,
    workers: Annotated[int, typer.Option(help="Worker processes (default: all cores).")] = 0,
    no_ocr: Annotated[
        bool, typer.Option("--no-ocr", help="Skip OCR; scans are marked needs_ocr.")
    ] = False,
    retry_failed: Annotated[
        bool, typer.Option(help="Process files that failed before again.")
    ] = False,
    rehash: Annotated[
        bool,
        typer.Option(
            help="Read every file to fingerprint it, also when its size and modification "
            "time are those recorded (a file changed with its mtime put back)."
        ),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")
    ] = False,
    timeout: Annotated[
        float, typer.Option(help="Seconds one file may take before it is recorded as failed.")
    ] = 300.0,
    max_memory_mb: Annotated[
        int, typer.Option(help="Memory (MB) a worker may add while reading one file.")
    ] = 4096,
    executor: Annotated[str, typer.Option(help="'local' (process pool) or 'dask'.")] = "local",
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler address (tcp://host:8786), or 'local'.")
    ] = None,
    keep_shards: Annotated[
        bool, typer.Option(help="Keep the published Parquet shards in <db>.shards/.")
    ] = False,
    batch_size: Annotated[
        int, typer.Option(min=1, help="Documents per published batch (readers see batches).")
    ] = IngestOptions.batch_size,
    publish_every: Annotated[
        float,
        typer.Option(min=0, help="Also publish after this many seconds; 0: full batches only."),
    ] = 3.0,
) -> None:
    """Read every PDF under PATHS into the database; known files are skipped by content hash
    (a file whose size and modification time are unchanged is not read again; see --rehash).

    Example: cp-textmine ingest corpora/demo --db scan.duckdb
    """
    import os  # lazy: keeps --help and start-up fast

    from cp_textmine.pipeline.run import ingest_paths  # lazy: keeps --help and start-up fast
    from cp_textmine.report import ingest_summary_table  # lazy: keeps --help and start-up fast

    if executor not in ("local", "dask"):
        raise fail(CpTextmineError(f"unknown executor {executor!r}: use 'local' or 'dask'"))
    options = IngestOptions(
        workers=workers or (os.cpu_count() or 1),
        ocr=not no_ocr,
        quiet=quiet,
        retry_failed=retry_failed,
        rehash=rehash,
        file_timeout_s=timeout,
        memory_limit_mb=max_memory_mb,
        executor=executor,
        scheduler=scheduler,
        keep_shards=keep_shards,
        batch_size=batch_size,
        publish_every_s=publish_every or None,
    )
    try:
        summary = _with_progress(ingest_paths, paths, resolve_db_path(db), options, quiet)
    except CpTextmineError as exc:
        raise fail(exc) from exc
    if not quiet:
        console.print(ingest_summary_table(summary))
    else:
        for warning in summary.warnings:  # a degradation is never silent, not even with --quiet
            err_console.print(f"warning: {warning}")


def _with_progress(fn, paths, db_path, options, quiet):
    """Run an ingest with a rich progress bar on a terminal; silent otherwise."""
    if quiet or not sys.stderr.isatty():
        return fn(paths, db_path, options)
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )  # lazy: keeps --help and start-up fast

    with Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        TextColumn("{task.description}"), console=err_console, transient=True,
    ) as bar:  # fmt: skip
        task = bar.add_task("", total=None)

        def progress(done: int, total: int, path: str) -> None:
            bar.update(task, completed=done, total=total, description=Path(path).name[:40])

        return fn(paths, db_path, options, progress)


@app.command()
def scan(
    db: DbOption = None,
    municipality: Annotated[
        list[str] | None, typer.Option("--municipality", "-m", help="Repeatable.")
    ] = None,
    council: Annotated[str | None, typer.Option(help="Part of the council's name.")] = None,
    year: Annotated[int | None, typer.Option(help="One year.")] = None,
    year_from: Annotated[int | None, typer.Option("--from", help="First year.")] = None,
    year_to: Annotated[int | None, typer.Option("--to", help="Last year.")] = None,
    format: Annotated[ScanFormat, typer.Option("--format", "-f")] = ScanFormat.table,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write to this file ('-' = stdout).")
    ] = None,
    reference_date: Annotated[
        str | None,
        typer.Option(
            help="Peildatum for timeliness (YYYY-MM-DD, or 'today'); stored in the database."
        ),
    ] = None,
    norm_days: Annotated[
        int | None, typer.Option(help="Default answer term when no verordening is known; stored.")
    ] = None,
    adjust: Annotated[
        bool,
        typer.Option(
            help="Municipality report: also correct shares for the readers' test-set errors."
        ),
    ] = False,
) -> None:
    """The document-analysis scan: indicators per council and year.

    With one --municipality and --format pdf (or report, the same as print-ready HTML): the report
    to hand to that municipality (cover, key figures with 95% intervals, checklist, every advice,
    what to check, methods).

    Example: cp-textmine scan --municipality Leeuwarden --format pdf --out leeuwarden.pdf
    """
    from cp_textmine.scan.indicators import run_scan  # lazy: keeps --help and start-up fast
    from cp_textmine.scan.render import (  # lazy: keeps --help and start-up fast
        to_json,
        to_markdown,
        to_rich_table,
    )

    try:
        if reference_date is not None or norm_days is not None:
            _store_scan_settings(resolve_db_path(db), reference_date, norm_days)
        if format in (ScanFormat.pdf, ScanFormat.report):
            _municipality_report(
                resolve_db_path(db), municipality, format, out, year_from, year_to, year, adjust
            )
            return
        if adjust:
            raise CpTextmineError("--adjust needs one --municipality and --format pdf or report")
        result = run_scan(resolve_db_path(db), municipality, council, year, year_from, year_to)
        if format is ScanFormat.table and out is None:
            console.print(to_rich_table(result))
            return
        if format is ScanFormat.html:
            from cp_textmine.scan.html import to_html  # lazy: keeps --help and start-up fast

            text = to_html(result, resolve_db_path(db))
        else:
            text = to_json(result) if format is ScanFormat.json else to_markdown(result)
    except CpTextmineError as exc:
        raise fail(exc) from exc
    _write_output(text, out)


def _municipality_report(db_path: Path, municipality: list[str] | None, format: ScanFormat,
                         out: Path | None, year_from: int | None, year_to: int | None,
                         year: int | None, adjust: bool) -> None:  # fmt: skip
    """The per-municipality report, as HTML or (through Chromium) as a PDF."""
    from cp_textmine.scan.municipality import (  # lazy: keeps --help and start-up fast
        load_municipality_report,
    )
    from cp_textmine.scan.municipality_html import (  # lazy: keeps --help and start-up fast
        municipality_html,
    )

    if len(municipality or []) != 1:
        raise CpTextmineError(
            f"--format {format.value} is the report of one municipality: give one --municipality"
        )
    if year is not None:
        year_from = year_to = year
    report = load_municipality_report(db_path, municipality[0], year_from, year_to, adjust)
    text = municipality_html(report)
    if format is ScanFormat.report:
        _write_output(text, out)
        return
    if out is None or str(out) == "-":
        raise CpTextmineError("--format pdf needs --out FILE.pdf")
    from cp_textmine.scan.printpdf import html_to_pdf  # lazy: Chromium only for PDF

    html_to_pdf(text, out)
    console.print(f"written: {out}", markup=False)


def _store_scan_settings(db_path: Path, reference_date: str | None, norm_days: int | None) -> None:
    """The views read the peildatum and default norm from the settings table."""
    from datetime import date  # lazy: keeps --help and start-up fast

    from cp_textmine.errors import StoreError  # lazy: keeps --help and start-up fast
    from cp_textmine.store import db as store_db  # lazy: keeps --help and start-up fast

    if not db_path.exists():
        raise StoreError(f"database not found: {db_path} (run 'cp-textmine ingest' first)")
    if reference_date is not None and reference_date != "today":
        try:
            date.fromisoformat(reference_date)
        except ValueError as exc:
            raise CpTextmineError(
                f"--reference-date {reference_date!r} is not a date like 2024-12-31"
            ) from exc
    if norm_days is not None and not 1 <= norm_days <= 365:
        raise CpTextmineError(f"--norm-days {norm_days} must be between 1 and 365")
    con = store_db.connect(db_path)
    try:
        if reference_date is not None:
            store_db.set_setting(
                con, "reference_date", None if reference_date == "today" else reference_date
            )
        if norm_days is not None:
            store_db.set_setting(con, "default_norm_days", str(norm_days))
    finally:
        con.close()


def _write_output(text: str, out: Path | None) -> None:
    if out is None or str(out) == "-":
        sys.stdout.write(text)
        return
    out.write_text(text, encoding="utf-8")
    console.print(f"written: {out}")


@app.command()
def demo(
    db: Annotated[Path, typer.Option(help="Database to (re)create.")] = Path("cp_textmine.duckdb"),
    out: Annotated[Path, typer.Option(help="Where the HTML report goes.")] = Path(
        "scan_report.html"
    ),
) -> None:
    """Ingest the bundled demo corpus and write the scan; prints where the results are.

    Example: cp-textmine demo
    """
    from cp_textmine.demo import run_demo  # lazy: keeps --help and start-up fast

    try:
        run_demo(db, out, console)
    except CpTextmineError as exc:
        raise fail(exc) from exc


class ExportFormat(StrEnum):
    xlsx = "xlsx"
    csv = "csv"
    parquet = "parquet"


@app.command()
def export(
    out: Annotated[
        Path, typer.Option("--out", "-o", help="An .xlsx file, or a folder for csv/parquet.")
    ],
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.xlsx,
    db: DbOption = None,
    municipality: Annotated[
        list[str] | None, typer.Option("--municipality", "-m", help="Repeatable.")
    ] = None,
    year_from: Annotated[int | None, typer.Option("--from", help="First year.")] = None,
    year_to: Annotated[int | None, typer.Option("--to", help="Last year.")] = None,
) -> None:
    """Export advice outcomes, indicators, council structure, documents and evidence.

    xlsx: one sheet per table plus "toelichting" (every column explained, in Dutch);
    csv/parquet: one file per table in the folder --out.

    Example: cp-textmine export --format xlsx --out scan.xlsx --municipality Leeuwarden
    """
    from cp_textmine.export import ExportFilters, export_tables  # lazy: keeps start-up fast

    filters = ExportFilters(tuple(municipality or ()), year_from, year_to)
    try:
        counts = export_tables(resolve_db_path(db), format.value, out, filters)
    except CpTextmineError as exc:
        raise fail(exc) from exc
    for table, n in counts.items():
        console.print(f"{table}: {n} rows", markup=False)
    console.print(f"written: {out}", markup=False)


@app.command()
def synth(
    n: Annotated[int, typer.Option("--n", help="Number of documents.")] = 100,
    out: Annotated[Path, typer.Option("--out", help="Output folder.")] = Path("synth"),
    seed: Annotated[int, typer.Option(help="Random seed; same seed, same corpus.")] = 0,
    workers: Annotated[int, typer.Option(help="Processes rendering PDFs.")] = 1,
) -> None:
    """Generate a synthetic corpus of council documents (PDFs + labels.jsonl).

    Example: cp-textmine synth --n 200 --out /tmp/synth --seed 1
    """
    from cp_textmine.classify.dataset import load_generator  # lazy: keeps --help fast

    try:
        generate_corpus = load_generator()
    except CpTextmineError as exc:
        raise fail(exc) from exc
    summary = generate_corpus(n, out, seed=seed, workers=workers)
    console.print(
        f"{summary.n_documents} documents in {summary.out_dir} ({summary.seconds:.1f} s): "
        + ", ".join(f"{k} {v}" for k, v in sorted(summary.by_type.items()))
    )


@app.command()
def train(
    synth_n: Annotated[
        int | None, typer.Option(help="Synthetic documents (default: the recipe's).")
    ] = None,
    seed: Annotated[
        int | None, typer.Option(help="Generator seed (default: the recipe's).")
    ] = None,
    models: Annotated[
        Path | None, typer.Option(help="Where the models go (default: models/).")
    ] = None,
    workers: Annotated[int, typer.Option(help="Processes for generating and reading PDFs.")] = 2,
    compare: Annotated[bool, typer.Option(help="Also compare approaches on the gold set.")] = True,
    only: Annotated[
        list[str] | None,
        typer.Option(help="Retrain only these models (repeatable); the others stay as they are."),
    ] = None,
    compile_only: Annotated[
        bool,
        typer.Option(
            help="Train nothing: write the compiled form (.linear.json/.npz) of the models "
            "already in --models, which ingest reads without scikit-learn."
        ),
    ] = False,
) -> None:
    """Train the classifiers from annotations/ (synthetic recipe, demo set, annotators' labels) into models/.

    Example: cp-textmine train --only topics
    """
    from cp_textmine.train_cli import run_training  # lazy: keeps --help and start-up fast

    if compile_only:
        from cp_textmine.classify.train import export_linear_models  # lazy: scikit-learn

        written = export_linear_models(models or models_dir())
        if not written:
            raise fail(CpTextmineError(f"no trained models in {models or models_dir()}"))
        console.print(f"compiled {len(written) // 2} models: {written[0].parent}")
        return
    try:
        run_training(
            console, synth_n=synth_n, seed=seed, models=models, workers=workers, compare=compare,
            only=tuple(only or ()),
        )  # fmt: skip
    except CpTextmineError as exc:
        raise fail(exc) from exc


@app.command()
def evaluate(
    labels: Annotated[
        Path | None, typer.Option(help="One label file to score instead of the release sets.")
    ] = None,
    pdfs: Annotated[Path | None, typer.Option(help="The PDFs of --labels.")] = None,
    db: Annotated[
        Path | None, typer.Option("--db", help="Keep the evaluation database (with --labels).")
    ] = None,
    reference_date: Annotated[
        str | None, typer.Option(help="Peildatum for timeliness, YYYY-MM-DD.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    errors: Annotated[bool, typer.Option("--errors", help="List every disagreement.")] = False,
    write: Annotated[
        bool, typer.Option("--write", help="Store the figures in models/evaluation.json.")
    ] = False,
    sets: Annotated[
        str,
        typer.Option(
            help="Comma-separated: dev, producers (dev printed by Chromium/LibreOffice), html "
            "(dev written as the test set was), test, rewordings. While developing, leave out test."
        ),
    ] = "dev,producers,html,test,rewordings",
) -> None:
    """Score the readers: dev, the frozen test set and the rewordings side by side, with n and
    95% intervals (or one label file with --labels/--pdfs).

    Example: cp-textmine evaluate --errors
    """
    import json  # lazy: keeps --help and start-up fast
    from datetime import date  # lazy: keeps --help and start-up fast

    from cp_textmine import evaluation  # lazy: keeps --help and start-up fast
    from cp_textmine.config import annotations_dir, models_dir  # lazy: keeps --help fast
    from cp_textmine.report import evaluation_tables, release_tables  # lazy: keeps --help fast

    ref = date.fromisoformat(reference_date) if reference_date else None
    try:
        if labels:
            report = evaluation.evaluate_labelled_pdfs(
                labels, pdfs or labels.parent / "pdfs", db, ref
            )
            result, tables, reports = report.to_dict(), evaluation_tables(report), {"": report}
        else:
            chosen = tuple(x.strip() for x in sets.split(",") if x.strip())
            unknown = set(chosen) - set(evaluation.RELEASE_SETS)
            if unknown:
                raise CpTextmineError(
                    f"unknown set(s) {sorted(unknown)}: choose from {', '.join(evaluation.RELEASE_SETS)}"
                )
            release = evaluation.evaluate_release(annotations_dir(), ref, only=chosen)
            result, tables, reports = release.to_dict(), release_tables(release), release.reports
    except CpTextmineError as exc:
        raise fail(exc) from exc
    if write:
        evaluation.store_release_figures(result, models_dir() / "evaluation.json")
    if as_json:
        if errors:  # printed only, never stored: --write keeps figures, not the documents' text
            result = _with_errors(result, reports)
        sys.stdout.write(json.dumps(result, indent=2, default=str) + "\n")
        return
    for table in tables:
        console.print(table)
    if errors:
        for set_name, report in reports.items():
            for name, items in report.errors.items():
                console.print(f"[bold]{set_name} {name}[/bold]")
                for item in items:
                    console.print(f"  {item}", markup=False)


def _with_errors(result: dict, reports: dict) -> dict:
    """The figures with each set's disagreements beside them (``--json --errors``)."""
    if "sets" not in result:
        return {**result, "errors": reports[""].errors}
    sets = {
        name: {**figures, "errors": reports[name].errors}
        for name, figures in result["sets"].items()
    }
    return {**result, "sets": sets}


def _register_subcommands() -> None:
    """Commands that live beside their library code: show and search (scan), annotate (labels)."""
    from cp_textmine.annotate.cli import app as annotate_app  # lazy: keeps --help and start-up fast
    from cp_textmine.scan import cli as scan_cli  # lazy: keeps --help and start-up fast

    app.registered_commands += scan_cli.app.registered_commands
    app.add_typer(annotate_app, name="annotate")


_register_subcommands()


if __name__ == "__main__":  # pragma: no cover
    app()
