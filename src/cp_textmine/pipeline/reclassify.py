"""Re-classify stored documents whose readers or models changed, from their stored page text.

Streamed: a batch of documents is read from the store, classified (in worker processes when
the run has several) and published before the next batch is read, so memory stays flat on a
national database and a kill loses at most one batch, which the next run reads again.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

from cp_textmine.pipeline.version import reader_version
from cp_textmine.records import Document, Page
from cp_textmine.store import db as store_db
from cp_textmine.store import shards
from cp_textmine.store.stored import outdated_documents, stored_pages_of, stored_path

BATCH = 200


def reclassify_stored(
    db_path: Path,
    models: Path | None = None,
    wait_s: float = 30.0,
    version: str | None = None,
    workers: int = 1,
) -> int:
    """Classify again every stored document read by another version; returns how many.

    ``version`` is the run's pinned reader version (computed here when not given). The page
    text and tables stay as extracted (no PDF is opened); each batch is published like a fresh
    ingest, so a crash leaves every document whole. A document whose classification raises
    keeps its stored reading and is counted out; the next run tries it again.
    """
    version = version or reader_version(str(models) if models else None)
    if not _any_outdated(db_path, version, wait_s):
        return 0  # the common case: no readers, models or worker pool to start
    staging = shards.staging_dir(db_path)
    done = 0
    with _classifier(workers, models) as classify_batch:
        for batch in _outdated_batches(db_path, version, wait_s):
            docs = [doc for doc in classify_batch(batch, version) if doc is not None]
            shards.write_shard(staging, docs)
            shards.publish_pending(db_path, staging, wait_s=wait_s)
            done += len(docs)
    return done


def _any_outdated(db_path: Path, version: str, wait_s: float) -> bool:
    con = shards.connect_with_retry(db_path, wait_s, store_db.connect)
    if con is None:
        return False
    try:
        return bool(outdated_documents(con, version, limit=1))
    finally:
        con.close()


def _outdated_batches(
    db_path: Path, version: str, wait_s: float
) -> Iterator[list[tuple[dict, tuple[Page, ...]]]]:
    """(row, pages) of outdated documents, BATCH at a time, in doc_id order (keyset paging:
    a document that fails to classify is not met again in this run)."""
    after = ""
    while True:
        con = shards.connect_with_retry(db_path, wait_s, store_db.connect)
        if con is None:
            return
        try:
            rows = outdated_documents(con, version, after=after, limit=BATCH)
            pages = stored_pages_of(con, [row["doc_id"] for row in rows])
        finally:
            con.close()
        if not rows:
            return
        yield [(row, pages.get(row["doc_id"], ())) for row in rows]
        after = rows[-1]["doc_id"]


class _classifier:
    """A context giving ``classify_batch(items, version)``: in this process, or in a pool of
    forked workers that inherit the models loaded here before the fork."""

    def __init__(self, workers: int, models: Path | None) -> None:
        self.workers, self.models, self.pool = workers, models, None

    def __enter__(self):
        if self.workers > 1:
            import multiprocessing  # lazy: an unchanged re-run starts no pool (~10 ms)
            from concurrent.futures import ProcessPoolExecutor  # lazy: as multiprocessing

            from cp_textmine.pipeline.workers import warm_up  # lazy: loads the readers

            warm_up(self.models)
            context = multiprocessing.get_context("fork")
            self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context)
        return self.classify_batch

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.shutdown()

    def classify_batch(self, items, version: str) -> list[Document | None]:
        args = [(row, pages, version) for row, pages in items]
        if self.pool is None:
            return [_reclassified_or_none(arg) for arg in args]
        return list(self.pool.map(_reclassified_or_none, args, chunksize=8))


def _reclassified_or_none(arg: tuple[dict, tuple[Page, ...], str]) -> Document | None:
    row, pages, version = arg
    try:
        return _reclassified(row, pages, version)
    except Exception:  # keep the stored reading; a reader bug must not lose what was stored
        return None


def _reclassified(row: dict, pages, version: str) -> Document:
    from cp_textmine.classify.document import understand  # lazy: only when something is outdated

    started = time.perf_counter()
    found = understand(pages)
    return Document(
        doc_id=row["doc_id"], sha256=row["sha256"], path=stored_path(row), n_pages=row["n_pages"],
        status=row["status"], error=None, text_source=row["text_source"], doc_type=found.doc_type,
        doc_type_score=found.doc_type_score, metadata=found.metadata, pages=pages, advice=found.advice,
        response=found.response, regulation=found.regulation, annual_report=found.annual_report,
        evidence=found.evidence, structure=found.structure, limits_hit=tuple((row["limits_hit"] or "").split("; ")) if row["limits_hit"] else (),
        file_size=row["file_size"], seconds=time.perf_counter() - started, pipeline_version=version,
    )  # fmt: skip
