"""Reads and writes the pipeline needs around publishing: known hashes, path sightings, orphans,
and a one-document write for library users."""

from __future__ import annotations

import tempfile
from pathlib import Path

import duckdb

from ..records import Document
from .rows import DOC_TABLES, path_row
from .shards import publish_shard, write_shard


def known_hashes(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """sha256 -> status of every document already in the store."""
    return dict(con.execute("SELECT sha256, status FROM documents").fetchall())


def record_path(con: duckdb.DuckDBPyConnection, doc_id: str, path: str) -> None:
    """Remember that a content was seen at a path; a path whose content changed moves on."""
    row = path_row(doc_id, path)
    con.execute(
        """INSERT INTO document_paths VALUES (?, ?, ?, ?)
           ON CONFLICT (path) DO UPDATE SET doc_id = excluded.doc_id, last_seen = excluded.last_seen""",
        [row["doc_id"], row["path"], row["first_seen"], row["last_seen"]],
    )


def drop_orphans(con: duckdb.DuckDBPyConnection) -> int:
    """Delete documents no path points to any more (a file whose content was replaced)."""
    orphans = "SELECT doc_id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_paths p WHERE p.doc_id = d.doc_id)"
    n = con.execute(f"SELECT count(*) FROM ({orphans})").fetchone()[0]
    if n:
        con.execute("BEGIN TRANSACTION")
        for table in reversed(DOC_TABLES):
            con.execute(f"DELETE FROM {table} WHERE doc_id IN ({orphans})")
        con.execute("COMMIT")
    return n


def write_document(con: duckdb.DuckDBPyConnection, doc: Document) -> None:
    """Replace everything stored for ``doc.doc_id`` in one transaction (through a one-document shard)."""
    with tempfile.TemporaryDirectory() as tmp:
        shard = write_shard(Path(tmp), [doc])
        if shard is not None:
            publish_shard(con, shard)
