"""Staging shards: results land as Parquet files beside the database, then are published in one
short transaction each.

Why: the file lock of DuckDB admits one writing process, and analysts want to read while a
long ingest runs. Workers never touch the database; the parent (or Dask tasks) write shards
to ``<db>.staging/``, and publishing a shard holds the lock for well under a second. A crash
loses nothing that reached a shard: the next run publishes complete shards first, and a
shard is complete only once its marker file exists.
"""

from __future__ import annotations

import os
import shutil
import time
import uuid
from collections.abc import Iterable
from pathlib import Path

import duckdb

from cp_textmine.errors import StoreError
from cp_textmine.records import Document
from cp_textmine.store.db import connect
from cp_textmine.store.rows import DOC_TABLES, document_rows, path_row

MARKER = "_COMPLETE"
PATHS_TABLE = "document_paths"


def staging_dir(db_path: Path) -> Path:
    return Path(f"{db_path}.staging")


def write_shard(
    staging: Path, docs: Iterable[Document], paths: Iterable[tuple[str, str]] = ()
) -> Path | None:
    """Write documents (and extra path sightings: (doc_id, path)) as one shard; None when empty."""
    tables: dict[str, list[dict]] = {}
    sightings = [path_row(doc_id, path) for doc_id, path in paths]
    for doc in docs:
        for table, rows in document_rows(doc).items():
            tables.setdefault(table, []).extend(rows)
        sightings.append(path_row(doc.doc_id, tables["documents"][-1]["path"]))
    if not tables and not sightings:
        return None
    if sightings:
        tables[PATHS_TABLE] = sightings
    import pyarrow as pa  # lazy: an unchanged re-run writes no shard and skips pyarrow's 0.2 s import
    import pyarrow.parquet as pq  # lazy: as above

    staging.mkdir(parents=True, exist_ok=True)
    name = f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"
    partial = staging / f".{name}.partial"
    partial.mkdir()
    for table, rows in tables.items():
        pq.write_table(pa.Table.from_pylist(rows), partial / f"{table}.parquet")
    (partial / MARKER).touch()
    final = staging / name
    os.replace(partial, final)  # atomic: a shard is visible only when complete
    return final


def pending_shards(staging: Path, clean_partials: bool = True) -> list[Path]:
    """Complete shards in the order they were written; leftovers of a crash are removed, unless
    ``clean_partials`` is False: mid-run, a partial shard is one a worker is still writing."""
    if not staging.exists():
        return []
    shards = []
    for entry in sorted(staging.iterdir()):
        if entry.name.startswith(".") and entry.name.endswith(".partial"):
            if clean_partials:
                shutil.rmtree(entry, ignore_errors=True)
        elif entry.is_dir() and (entry / MARKER).exists():
            shards.append(entry)
    return shards


def archive_dir(db_path: Path) -> Path:
    """Where published shards are kept with ``--keep-shards`` (queryable with read_parquet)."""
    return Path(f"{db_path}.shards")


def publish_shard(con: duckdb.DuckDBPyConnection, shard: Path, archive: Path | None = None) -> int:
    """Replace the shard's documents in one transaction; returns the number of documents."""
    files = {p.stem: p for p in shard.glob("*.parquet")}
    con.execute("BEGIN TRANSACTION")
    try:
        n = 0
        if "documents" in files:
            docs = f"read_parquet('{_sql_path(files['documents'])}')"
            n = con.execute(f"SELECT count(*) FROM {docs}").fetchone()[0]
            stored = con.execute(
                f"SELECT count(*) FROM documents WHERE doc_id IN (SELECT doc_id FROM {docs})"
            )
            if stored.fetchone()[0]:  # replacing: deletes scan whole tables, so only when needed
                for table in reversed(DOC_TABLES):
                    con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT doc_id FROM {docs})")
            for table in DOC_TABLES:
                if table in files:
                    con.execute(
                        f"INSERT INTO {table} BY NAME SELECT * FROM read_parquet('{_sql_path(files[table])}')"
                    )
        if PATHS_TABLE in files:
            con.execute(
                f"""INSERT INTO document_paths BY NAME
                    SELECT * FROM read_parquet('{_sql_path(files[PATHS_TABLE])}')
                    QUALIFY row_number() OVER (PARTITION BY path ORDER BY last_seen DESC) = 1
                    ON CONFLICT (path) DO UPDATE SET doc_id = excluded.doc_id, last_seen = excluded.last_seen,
                        -- other content at this path: its fingerprint stat no longer holds
                        size = CASE WHEN doc_id = excluded.doc_id THEN size END,
                        mtime_ns = CASE WHEN doc_id = excluded.doc_id THEN mtime_ns END"""
            )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    if archive is not None:
        archive.mkdir(parents=True, exist_ok=True)
        os.replace(shard, archive / shard.name)
    else:
        shutil.rmtree(shard, ignore_errors=True)
    return n


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def publish_pending(
    db_path: Path,
    staging: Path | None = None,
    wait_s: float = 0.0,
    keep: bool = False,
    clean_partials: bool = True,
) -> tuple[int, int]:
    """Publish every complete shard; wait up to ``wait_s`` for readers to release the file.
    ``clean_partials`` False while other processes may still be writing shards (a Dask run).

    Returns (documents published, shards still waiting).
    """

    staging = staging or staging_dir(db_path)
    shards = pending_shards(staging, clean_partials)
    if not shards:
        return 0, 0
    con = connect_with_retry(db_path, wait_s, connect)
    if con is None:
        return 0, len(shards)
    try:
        return publish_on(con, db_path, staging, keep, clean_partials), 0
    finally:
        con.close()


def publish_on(
    con: duckdb.DuckDBPyConnection,
    db_path: Path,
    staging: Path | None = None,
    keep: bool = False,
    clean_partials: bool = True,
) -> int:
    """Publish every complete shard on an open connection (each in its own transaction);
    returns the number of documents published."""
    archive = archive_dir(db_path) if keep else None
    shards = pending_shards(staging or staging_dir(db_path), clean_partials)
    return sum(publish_shard(con, shard, archive) for shard in shards)


def connect_with_retry(db_path: Path, wait_s: float, connect):
    """Open for writing; while another process holds the file, retry until ``wait_s`` has passed."""
    deadline = time.monotonic() + wait_s
    delay = 0.05
    while True:
        try:
            return connect(db_path)
        except StoreError as exc:
            if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                if "lock" in str(exc).lower():
                    return None
                raise
            time.sleep(delay)
            delay = min(delay * 2, 1.0)
