"""cp-textmine: reads Dutch client-participation documents into DuckDB and scans them.

Library use::

    from cp_textmine import ingest_paths, open_store, run_scan
    summary = ingest_paths([Path("pdfs/")], Path("scan.duckdb"))
    rows = run_scan(Path("scan.duckdb"), municipality=["Leeuwarden"])
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "ingest_paths", "open_store", "run_scan"]

if TYPE_CHECKING:  # pragma: no cover
    from cp_textmine.pipeline.run import ingest_paths
    from cp_textmine.scan.indicators import run_scan
    from cp_textmine.store.db import connect as open_store


def __getattr__(name: str) -> Any:
    """Lazy re-exports keep ``import cp_textmine`` (and ``--help``) fast."""
    if name == "ingest_paths":
        from cp_textmine.pipeline.run import ingest_paths  # lazy: keeps --help and start-up fast

        return ingest_paths
    if name == "open_store":
        from cp_textmine.store.db import connect  # lazy: keeps --help and start-up fast

        return connect
    if name == "run_scan":
        from cp_textmine.scan.indicators import run_scan  # lazy: keeps --help and start-up fast

        return run_scan
    raise AttributeError(name)
