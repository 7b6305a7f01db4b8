"""Reads and writes the pipeline needs around publishing: known hashes and orphaned documents."""

from __future__ import annotations

from datetime import UTC, datetime

import duckdb

from cp_textmine.store.rows import DOC_TABLES


def known_hashes(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """sha256 -> status of every document already in the store."""
    return dict(con.execute("SELECT sha256, status FROM documents").fetchall())


def known_paths(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """path -> doc_id of every path a document was seen at."""
    return dict(con.execute("SELECT path, doc_id FROM document_paths").fetchall())


def touch_paths(con: duckdb.DuckDBPyConnection, paths: list[str]) -> None:
    """Set ``last_seen`` of known paths to now (one statement, so all or none), as a shard would."""
    con.execute(
        "UPDATE document_paths SET last_seen = $now WHERE list_contains($paths, path)",
        {"paths": paths, "now": datetime.now(UTC)},
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
