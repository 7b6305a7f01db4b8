"""Open the DuckDB file, apply the schema and views idempotently, record the version."""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import re
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import duckdb

from cp_textmine.errors import StoreError

SCHEMA_VERSION = 1
DEFAULT_SCAN_NORMS = [
    ("response_term_days", "verordening or default (Awb 3:16 convention)", 42.0,
     "Default term for the college's answer when no verordening is known"),
    ("min_lead_days", "domain.md", 28.0, "Requested advice: a lead time under this is flagged"),
    ("small_n", "cp-textmine", 5.0, "Rates over fewer advices than this are flagged"),
    ("work_income_share_min", "LCR question, domain.md", 1 / 3,
     "Broad councils: work-and-income share under this is flagged 'snowed under'"),
]  # fmt: skip


def structure_norms() -> list[tuple[str, str, float | None, str]]:
    """The structure norms shipped in ``data/scan_norms_structure.csv`` (id, source, threshold, description)."""
    text = (
        resources.files("cp_textmine")
        .joinpath("data", "scan_norms_structure.csv")
        .read_text(encoding="utf-8")
    )
    return [
        (r["id"], r["source"], float(r["threshold"]) if r["threshold"] else None, r["description"])
        for r in csv.DictReader(io.StringIO(text))
    ]


def _sql(name: str) -> str:
    return resources.files("cp_textmine.store").joinpath(name).read_text(encoding="utf-8")


def connect(path: Path | str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and if needed create) the database; raise StoreError with the path on failure."""
    target = str(path)
    if target != ":memory:":
        db_path = Path(target)
        if read_only and not db_path.exists():
            raise StoreError(f"database not found: {db_path} (run 'cp-textmine ingest' first)")
        if not read_only and not db_path.parent.exists():
            raise StoreError(
                f"cannot create database {db_path}: folder {db_path.parent} does not exist"
            )
    try:
        con = duckdb.connect(target, read_only=read_only)
    except duckdb.IOException as exc:
        raise StoreError(f"cannot open database {target}: {_first_line(exc)}") from exc
    except duckdb.Error as exc:
        raise StoreError(f"cannot open database {target}: {_first_line(exc)}") from exc
    if not read_only:
        try:
            if not _schema_unchanged(con):
                ensure_schema(con)
        except duckdb.Error as exc:
            con.close()
            raise StoreError(f"cannot write database {target}: {_first_line(exc)}") from exc
    return con


SCHEMA_FILES = ("schema.sql", "views.sql", "views_scan.sql", "views_structure.sql")


@functools.cache
def schema_digest() -> str:
    """A hash of everything ``ensure_schema`` applies: tables, views, shipped norms."""
    digest = hashlib.sha256(f"{SCHEMA_VERSION}{DEFAULT_SCAN_NORMS}{structure_norms()}".encode())
    for name in SCHEMA_FILES:
        digest.update(_sql(name).encode())
    return digest.hexdigest()[:16]


@functools.cache
def _schema_objects() -> tuple[str, ...]:
    """The tables and views the schema files create, by name."""
    text = "\n".join(_sql(name) for name in SCHEMA_FILES)
    names = re.findall(r"CREATE\s+(?:OR\s+REPLACE\s+)?(?:TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)",
                       text, re.IGNORECASE)  # fmt: skip
    return tuple(sorted(set(names)))


def _schema_unchanged(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether this file was last brought up to date by the same schema and views, and every
    table and view is still there. An ingest opens its database several times, and every new
    process opens it again: re-creating some forty views each time cost about 0.3 s per open.
    A database from another version, or one where a view was dropped, gets ``ensure_schema``."""
    try:
        stored = con.execute("SELECT value FROM settings WHERE key = 'schema_digest'").fetchone()
        if stored is None or stored[0] != schema_digest():
            return False
        wanted = _schema_objects()
        found = con.execute(
            "SELECT count(*) FROM (SELECT table_name AS name FROM duckdb_tables() "
            "UNION SELECT view_name FROM duckdb_views()) WHERE name IN "
            f"({', '.join('?' * len(wanted))})",
            list(wanted),
        ).fetchone()
    except duckdb.Error:  # a new file, or one without our tables
        return False
    return found is not None and found[0] == len(wanted)


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables, re-create views, seed settings; safe to run on every open."""
    con.execute(_sql("schema.sql"))
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    if row is None or row[0] is None:
        con.execute("INSERT INTO schema_version VALUES (?, ?)", [SCHEMA_VERSION, datetime.now(UTC)])
    elif row[0] > SCHEMA_VERSION:
        raise StoreError(
            f"database schema version {row[0]} is newer than this cp-textmine ({SCHEMA_VERSION}); upgrade"
        )
    con.execute("INSERT OR IGNORE INTO settings VALUES ('default_norm_days', '42')")
    _insert_missing_norms(con, DEFAULT_SCAN_NORMS)
    # structure norms: inserted once, so a researcher's replaced rows survive every open
    _insert_missing_norms(con, structure_norms())
    con.execute(_sql("views.sql"))
    con.execute(_sql("views_scan.sql"))  # scan views built on views.sql
    con.execute(_sql("views_structure.sql"))  # council_structure (issue 13)
    con.execute("INSERT OR REPLACE INTO settings VALUES ('schema_digest', ?)", [schema_digest()])


def _insert_missing_norms(con: duckdb.DuckDBPyConnection, rows: list) -> None:
    """One INSERT OR IGNORE for all rows: executemany ran one statement per row (0.15 s an open)."""
    if rows:
        values = ", ".join(["(?, ?, ?, ?)"] * len(rows))
        con.execute(
            f"INSERT OR IGNORE INTO scan_norms VALUES {values}", [v for row in rows for v in row]
        )


def set_setting(con: duckdb.DuckDBPyConnection, key: str, value: str | None) -> None:
    """Settings the views read (reference_date, default_norm_days)."""
    if value is None:
        con.execute("DELETE FROM settings WHERE key = ?", [key])
    else:
        con.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", [key, value])
