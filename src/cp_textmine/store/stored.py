"""Documents as the store keeps them: page text and tables back as records, for re-classifying
without reading the PDFs again."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import duckdb

from cp_textmine.records import Page, Table


def outdated_documents(con: duckdb.DuckDBPyConnection, version: str) -> list[dict]:
    """Readable documents classified by another version of the readers or models."""
    cursor = con.execute(
        """SELECT doc_id, sha256, path, n_pages, status, text_source, file_size, limits_hit
           FROM documents WHERE status <> 'failed' AND pipeline_version IS DISTINCT FROM ?
           ORDER BY doc_id""",
        [version],
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def stored_pages(con: duckdb.DuckDBPyConnection, doc_id: str) -> tuple[Page, ...]:
    """The document's pages with their tables, as extraction produced them."""
    tables: dict[int, dict[int, list[tuple]]] = defaultdict(lambda: defaultdict(list))
    for page, table_no, _row, cells in con.execute(
        "SELECT page, table_no, row_no, cells FROM document_tables WHERE doc_id = ? ORDER BY page, table_no, row_no",
        [doc_id],
    ).fetchall():
        tables[page][table_no].append(tuple(cells))
    pages = []
    for page_no, text, source, n_chars, confidence in con.execute(
        "SELECT page_no, text, text_source, n_chars, ocr_confidence FROM pages WHERE doc_id = ? ORDER BY page_no",
        [doc_id],
    ).fetchall():
        page_tables = tuple(
            Table(page_no, tuple(rows)) for _, rows in sorted(tables[page_no].items())
        )
        pages.append(Page(page_no, text or "", source, n_chars or 0, page_tables, confidence))
    return tuple(pages)


def stored_path(row: dict) -> Path:
    return Path(row["path"])
