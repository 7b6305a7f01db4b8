"""``cp-textmine show`` and ``cp-textmine search``: thin commands over scan/show.py and scan/search.py.

Standalone (no import of the main cli module) so the main app can register these functions
without an import cycle. Errors: one ``Error: ...`` line on stderr, exit code 1.
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from cp_textmine.cli_common import DbOption, fail
from cp_textmine.config import resolve_db_path
from cp_textmine.errors import CpTextmineError

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
console = Console()


@app.command()
def show(
    document: Annotated[str, typer.Argument(help="doc_id, a unique prefix of one, or a PDF path.")],
    db: DbOption = None,
) -> None:
    """Print one document's extracted values and the evidence (page, sentence) for each.

    Example: cp-textmine show 52609055
    """
    from cp_textmine.scan.show import (  # lazy: keeps --help and start-up fast
        load_document,
        render_document,
    )

    try:
        view = load_document(resolve_db_path(db), document)
    except CpTextmineError as exc:
        raise fail(exc) from exc
    console.print(render_document(view))


@app.command()
def search(
    query: Annotated[
        str,
        typer.Argument(
            help="Words to look for (Dutch stemming: 'uitkeringen' also finds 'uitkering')."
        ),
    ],
    db: DbOption = None,
    municipality: Annotated[
        list[str] | None, typer.Option("--municipality", "-m", help="Repeatable.")
    ] = None,
    doc_type: Annotated[
        str | None,
        typer.Option("--type", "-t", help="advies, reactie, jaarverslag, verordening or overig."),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Number of passages.")] = 10,
) -> None:
    """Full-text search over all ingested text: passages ranked by BM25, with highlighted snippets.

    Example: cp-textmine search "kostendelersnorm" --municipality Leeuwarden --type advies
    """
    from cp_textmine.scan.search import search as run_search  # lazy: keeps --help and start-up fast

    try:
        hits = run_search(resolve_db_path(db), query, municipality, doc_type, limit)
    except CpTextmineError as exc:
        raise fail(exc) from exc
    if not hits:
        console.print(f"No passages found for '{query}'.", markup=False)
        return
    for rank, hit in enumerate(hits, start=1):
        console.print(_hit_header(rank, hit))
        console.print(_hit_snippet(hit))
        console.print(Text(f"   {hit.path or ''}", style="dim"))


def _hit_header(rank: int, hit) -> Text:
    where = " · ".join(str(v) for v in (hit.municipality, hit.doc_type, hit.doc_date) if v)
    header = Text(f"{rank:>2}. ", style="bold")
    header.append(f"{hit.score:.2f}  ", style="cyan")
    header.append(f"{where} · p. {hit.page} · {hit.doc_id}", style="bold")
    if hit.subject:
        header.append(f"  {hit.subject[:70]}", style="italic")
    return header


def _hit_snippet(hit) -> Text:
    snippet = Text("    " + hit.snippet)
    for start, end in hit.highlights:
        snippet.stylize("bold black on yellow", start + 4, end + 4)
    return snippet
