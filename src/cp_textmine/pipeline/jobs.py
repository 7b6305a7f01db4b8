"""What travels between the batch and its workers: a job per file, and a failed file as a record."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from cp_textmine.records import Document, doc_id_for


@dataclass(frozen=True)
class Job:
    path: Path
    sha256: str
    size: int
    #: the readers' version, fixed once per run in the parent: a worker started later in the run
    #: must not hash source files edited (or upgraded) since, or one run splits into versions
    pipeline_version: str | None = None


@dataclass(frozen=True)
class ShardResult:
    """What a Dask task reports back: where its shard is, and a summary for the CLI."""

    shard: str | None
    documents: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)
    # (doc_id, path, doc_type, error)


def failed_document(job: Job, reason: str, started: float | None = None) -> Document:
    return Document(
        doc_id=doc_id_for(job.sha256), sha256=job.sha256, path=job.path, n_pages=0, status="failed",
        error=reason, text_source=None, file_size=job.size,
        seconds=None if started is None else time.perf_counter() - started,
    )  # fmt: skip
