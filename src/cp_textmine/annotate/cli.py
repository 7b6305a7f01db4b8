"""``cp-textmine annotate ...``: thin typer commands over the annotation library.

Mounted by the main CLI as ``app.add_typer(annotate_app, name="annotate")``. Errors become
one ``Error: ...`` line and exit code 1, like every other command.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from cp_textmine.cli_common import DbOption, fail
from cp_textmine.config import resolve_db_path
from cp_textmine.errors import CpTextmineError

app = typer.Typer(
    help="The annotation loop: export documents for labelling (least sure first), import "
    "labels from Label Studio, doccano, Prodigy or our JSONL, review in the terminal, "
    "measure agreement.\n\nExample: cp-textmine annotate export --n 50 --format labelstudio "
    "--out tasks.json",
    no_args_is_help=True,
)
console = Console()


class Strategy(StrEnum):
    uncertainty = "uncertainty"
    random = "random"
    disagreement = "disagreement"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    labelstudio = "labelstudio"
    doccano = "doccano"
    prodigy = "prodigy"


def _default_annotator() -> str:
    import getpass  # lazy: keeps --help and start-up fast

    return getpass.getuser()


@app.command()
def export(
    out: Annotated[Path, typer.Option("--out", "-o", help="File to write.")],
    n: Annotated[int, typer.Option("--n", help="Number of documents.")] = 50,
    strategy: Annotated[
        Strategy, typer.Option(help="Which documents first.")
    ] = Strategy.uncertainty,
    format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="The tool's import format.")
    ] = ExportFormat.jsonl,
    seed: Annotated[int, typer.Option(help="Seed of the random strategy.")] = 0,
    include_labelled: Annotated[
        bool, typer.Option(help="Also documents that already have labels.")
    ] = False,
    prefill: Annotated[
        bool,
        typer.Option(
            help="doccano: pre-fill the model's labels (they become the importing user's; "
            "import skips them unless changed or --approved)."
        ),
    ] = False,
    db: DbOption = None,
) -> None:
    """Export the documents the models are least sure about, with their predictions as pre-annotations.

    Label Studio gets tasks with scored predictions plus a labelling config (FILE.labelstudio.xml); doccano gets text-classification JSONL (no labels unless --prefill) plus its labels file (FILE.doccano-labels.json); Prodigy gets choice tasks with _input_hash/_task_hash; jsonl is ours.

    Example: cp-textmine annotate export --n 50 --format labelstudio --out tasks.json
    """
    from cp_textmine.annotate.export import (
        export as run_export,  # lazy: keeps --help and start-up fast
    )

    try:
        tasks, files = run_export(
            resolve_db_path(db),
            out,
            n,
            strategy.value,
            format.value,
            seed,
            include_labelled,
            prefill,
        )
    except CpTextmineError as exc:
        raise fail(exc) from exc
    mean = sum(t.uncertainty for t in tasks) / len(tasks)
    console.print(
        f"{len(tasks)} documents ({strategy.value}, mean uncertainty {mean:.2f}) written:"
    )
    for path in files:
        console.print(f"  {path}")


@app.command("import")
def import_labels(
    file: Annotated[
        Path,
        typer.Argument(
            help="Our JSONL, a Label Studio JSON export, a doccano export (JSONL or ZIP) or Prodigy db-out JSONL."
        ),
    ],
    annotator: Annotated[
        str | None,
        typer.Option(help="Who labelled (default: the name in the file, else your user name)."),
    ] = None,
    format: Annotated[
        ExportFormat | None, typer.Option("--format", "-f", help="Skip format detection.")
    ] = None,
    name: Annotated[
        list[str] | None,
        typer.Option(
            "--name",
            help="ID=NAME: call the tool's annotator ID (e.g. Label Studio user 1) NAME (repeatable).",
        ),
    ] = None,
    approved: Annotated[
        bool,
        typer.Option(
            help="doccano: the export holds only approved documents, so keep rows that still "
            "hold the model's pre-filled labels."
        ),
    ] = False,
    prefilled_by: Annotated[
        str | None,
        typer.Option(
            help="doccano: the user who imported the pre-filled dataset; only their rows that "
            "still hold the pre-fill are skipped (default: every such row)."
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Import an annotator's labels: bad rows are listed with their place (line; Label Studio task and annotation; file in a ZIP) and reason, good ones kept.

    The raw file is kept under annotations/raw/, the labels land in annotations/labels/ (read by 'cp-textmine train') and in the database's annotations table. Importing a file twice changes nothing.

    Example: cp-textmine annotate import label-studio-export.json --annotator anna
    """
    from cp_textmine.annotate.load_labels import (
        import_labels as run_import,  # lazy: keeps --help and start-up fast
    )

    try:
        names = _name_map(name or [])
        result = run_import(
            file,
            resolve_db_path(db),
            annotator,
            format.value if format else None,
            names=names,
            approved=approved,
            prefilled_by=prefilled_by,
        )
    except CpTextmineError as exc:
        raise fail(exc) from exc
    if result.unchanged:
        console.print(
            f"already imported: {result.label_file} ({result.n_labelled} annotations on {result.n_documents} documents); nothing changed"
        )
        return
    for place, reason in result.rejected:
        console.print(f"  {file.name}, {place}: rejected — {reason}", markup=False, soft_wrap=True)
    if result.skipped:
        console.print(f"  {len(result.skipped)} rows skipped (not accepted or superseded)")
    if result.n_prefilled:
        console.print(
            f"  {result.n_prefilled} of them still hold the model's pre-filled labels: not "
            "imported as a person's (see --approved, --prefilled-by)"
        )
    if result.label_file is None:
        typer.echo(
            f"Error: no row of {file} could be imported ({len(result.rejected)} rejected)", err=True
        )
        raise typer.Exit(code=1)
    console.print(
        f"{result.n_labelled} annotations on {result.n_documents} documents by "
        f"{', '.join(result.annotators)} ({result.source_format}); "
        f"{len(result.rejected)} rows rejected",
        markup=False,
        soft_wrap=True,
    )
    for who, alias in sorted(result.aliases.items()):
        if who != alias:
            console.print(
                f"  {who} is {alias} in the tool; to use that name: --name "
                f"{who.removeprefix('labelstudio-user-')}={alias}",
                markup=False,
                soft_wrap=True,
            )
    console.print(
        f"  labels: {result.label_file}\n  raw:    {result.raw_file}", markup=False, soft_wrap=True
    )


def _name_map(pairs: list[str]) -> dict[str, str]:
    """``--name 1=anna`` options as a dict; a malformed pair is an error naming the fix."""
    names = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise CpTextmineError(f"--name {pair!r}: expected ID=NAME, e.g. --name 1=anna")
        names[key.strip()] = value.strip()
    return names


@app.command()
def review(
    annotator: Annotated[
        str | None, typer.Option(help="Your name (default: your user name).")
    ] = None,
    n: Annotated[int, typer.Option("--n", help="Documents in this session.")] = 50,
    strategy: Annotated[
        Strategy, typer.Option(help="Which documents first.")
    ] = Strategy.uncertainty,
    db: DbOption = None,
) -> None:
    """Go through the least certain documents in the terminal: accept or correct with single keys.

    Keys: a/Enter accept, t type, o topics, r requested, d decision, m motivated, s skip, u undo, q quit. Every decision is saved at once; a session cut short is picked up next time.

    Example: cp-textmine annotate review --annotator anna --n 20
    """
    from cp_textmine.annotate.review import run_review  # lazy: keeps --help and start-up fast

    if not sys.stdin.isatty():
        raise fail(
            CpTextmineError("review needs a terminal; use 'annotate export' for other tools")
        )
    who = annotator or _default_annotator()
    try:
        outcome = run_review(
            resolve_db_path(db), who, n=n, strategy=strategy.value, console=console
        )
    except CpTextmineError as exc:
        raise fail(exc) from exc
    console.print(
        f"accepted {outcome.count('accepted')}, corrected {outcome.count('corrected')}, "
        f"skipped {outcome.count('skipped')}"
    )
    if outcome.imported and outcome.imported.label_file:
        console.print(f"labels: {outcome.imported.label_file}", markup=False, soft_wrap=True)


@app.command()
def agreement(
    annotator: Annotated[
        list[str] | None, typer.Option("--annotator", help="Only these annotators (repeatable).")
    ] = None,
    limit: Annotated[int, typer.Option(help="Disagreements to list.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    db: DbOption = None,
) -> None:
    """Agreement between annotators per label (Cohen's kappa for two, Krippendorff's alpha for more) and the items they disagree on.

    Example: cp-textmine annotate agreement --db cp_textmine.duckdb
    """
    from cp_textmine.annotate.agreement import (
        agreement as measure,  # lazy: keeps --help and start-up fast
    )

    try:
        report = measure(resolve_db_path(db), annotator)
    except CpTextmineError as exc:
        raise fail(exc) from exc
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n")
        return
    if not report.fields:
        console.print("no document has labels from two annotators yet")
        return
    table = Table(title=f"agreement between {', '.join(report.annotators)}")
    for name in ("label", "items", "annotators", "statistic", "value", "observed"):
        table.add_column(
            name, justify="right" if name in ("items", "value", "observed") else "left"
        )
    for f in report.fields:
        value = f"{f.value:.2f}" if f.value is not None else "–"
        table.add_row(
            f.field, str(f.n_items), str(len(f.annotators)), f.statistic, value, f"{f.observed:.0%}"
        )
    console.print(table)
    console.print(
        f"{len(report.disagreements)} disagreements"
        + (f" (first {limit})" if len(report.disagreements) > limit else "")
    )
    for d in report.disagreements[:limit]:
        values = ", ".join(f"{who}={value}" for who, value in d.values.items())
        console.print(f"  {d.doc_id} {d.file} {d.field}: {values}", markup=False, soft_wrap=True)
