"""Documents as the store keeps them: page text and tables back as records, for re-classifying
without reading the PDFs again."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import duckdb

from cp_textmine.records import Page, Table


def outdated_documents(
    con: duckdb.DuckDBPyConnection, version: str, after: str = "", limit: int | None = None
) -> list[dict]:
    """Readable documents classified by another version of the readers or models, in doc_id
    order from after ``after`` (keyset paging), at most ``limit``."""
    cursor = con.execute(
        f"""SELECT doc_id, sha256, path, n_pages, status, text_source, file_size, limits_hit
           FROM documents
           WHERE status <> 'failed' AND pipeline_version IS DISTINCT FROM ? AND doc_id > ?
           ORDER BY doc_id {"LIMIT " + str(int(limit)) if limit else ""}""",
        [version, after],
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def stored_pages(con: duckdb.DuckDBPyConnection, doc_id: str) -> tuple[Page, ...]:
    """The document's pages with their tables, as extraction produced them."""
    return stored_pages_of(con, [doc_id]).get(doc_id, ())


def stored_pages_of(
    con: duckdb.DuckDBPyConnection, doc_ids: list[str]
) -> dict[str, tuple[Page, ...]]:
    """Pages with their tables of several documents in two queries (one per document was the
    time of a national re-classification)."""
    if not doc_ids:
        return {}
    tables: dict[tuple[str, int], dict[int, list[tuple]]] = defaultdict(lambda: defaultdict(list))
    for doc_id, page, table_no, cells in con.execute(
        """SELECT doc_id, page, table_no, cells FROM document_tables WHERE doc_id IN ?
           ORDER BY doc_id, page, table_no, row_no""",
        [doc_ids],
    ).fetchall():
        tables[(doc_id, page)][table_no].append(tuple(cells))
    pages: dict[str, list[Page]] = defaultdict(list)
    for doc_id, page_no, text, source, n_chars, confidence in con.execute(
        """SELECT doc_id, page_no, text, text_source, n_chars, ocr_confidence FROM pages
           WHERE doc_id IN ? ORDER BY doc_id, page_no""",
        [doc_ids],
    ).fetchall():
        page_tables = tuple(
            Table(page_no, tuple(rows)) for _, rows in sorted(tables[(doc_id, page_no)].items())
        )
        pages[doc_id].append(
            Page(page_no, text or "", source, n_chars or 0, page_tables, confidence)
        )
    return {doc_id: tuple(found) for doc_id, found in pages.items()}


def stored_path(row: dict) -> Path:
    return Path(row["path"])
