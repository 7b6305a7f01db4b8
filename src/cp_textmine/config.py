"""Settings resolved in one place: every default is named once here."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

DB_ENV_VAR = "CP_TEXTMINE_DB"
DEFAULT_DB_NAME = "cp_textmine.duckdb"
#: The college's answer term when no verordening is known (6 weeks; Awb 3:16 convention).
DEFAULT_NORM_DAYS = 42
#: Lead time under which a requested advice counts as rushed (domain.md).
MIN_LEAD_DAYS = 28
#: Rates over fewer advices than this are shown but flagged.
SMALL_N = 5

#: Markers of the release-figures block in README.md and models/MODEL_CARD.md
FIGURES_START = (
    "<!-- figures: generated from models/evaluation.json by `cp-textmine evaluate --write` -->"
)
FIGURES_END = "<!-- figures end -->"

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"


def repo_root() -> Path:
    """The checkout this package runs from (src layout), or the working directory when installed."""
    candidate = PACKAGE_DIR.parent.parent
    if (candidate / "pyproject.toml").exists():
        return candidate
    return Path.cwd()


def resolve_db_path(flag: Path | str | None = None) -> Path:
    """``--db`` beats ``CP_TEXTMINE_DB`` beats ``./cp_textmine.duckdb``."""
    if flag:
        return Path(flag).expanduser()
    env = os.environ.get(DB_ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path.cwd() / DEFAULT_DB_NAME


def models_dir() -> Path:
    """Where trained models live: ``CP_TEXTMINE_MODELS`` or ``<repo>/models``."""
    env = os.environ.get("CP_TEXTMINE_MODELS")
    return Path(env) if env else repo_root() / "models"


def annotations_dir() -> Path:
    """Where label files live: ``CP_TEXTMINE_ANNOTATIONS`` or ``<repo>/annotations``."""
    env = os.environ.get("CP_TEXTMINE_ANNOTATIONS")
    return Path(env) if env else repo_root() / "annotations"


def taxonomy_path() -> Path:
    """The topic taxonomy users may edit: ``CP_TEXTMINE_TAXONOMY`` or the shipped v1 file."""
    env = os.environ.get("CP_TEXTMINE_TAXONOMY")
    return Path(env) if env else DATA_DIR / "taxonomy_v1.json"


@dataclass(frozen=True)
class IngestOptions:
    """Knobs of one ingest run."""

    workers: int = 1
    ocr: bool = True
    file_timeout_s: float = 300.0  # a file taking longer is recorded as failed, its worker replaced
    memory_limit_mb: int = 4096  # address space a worker may add to what it maps at start
    isolate: bool = (
        True  # run files in worker processes (timeouts, memory limits); False: in-process
    )
    executor: str = "local"  # 'local' (process pool) or 'dask'
    scheduler: str | None = None  # dask scheduler address, or 'local' for a LocalCluster
    batch_size: int = 200  # documents per staging shard
    publish_every_s: float | None = 3.0  # also publish after this long; None: only full shards
    publish_wait_s: float = 300.0  # at the end, how long to wait for readers holding the database
    keep_shards: bool = False  # keep published Parquet shards in <db>.shards/ for direct queries
    quiet: bool = False
    reference_date: date | None = None
    retry_failed: bool = False
    rehash: bool = False  # read every file to fingerprint it, even with size and mtime unchanged
    models_dir: Path | None = None  # None: CP_TEXTMINE_MODELS or <repo>/models
    extra: dict[str, str] = field(default_factory=dict)
