"""Re-classify stored documents whose readers or models changed, from their stored page text."""

from __future__ import annotations

import time
from pathlib import Path

from cp_textmine.pipeline.version import reader_version
from cp_textmine.records import Document
from cp_textmine.store import db as store_db
from cp_textmine.store import shards
from cp_textmine.store.stored import outdated_documents, stored_pages, stored_path

BATCH = 200


def reclassify_stored(db_path: Path, models: Path | None = None, wait_s: float = 30.0) -> int:
    """Classify again every stored document read by another version; returns how many.

    The page text and tables stay as extracted (no PDF is opened); each batch is published
    like a fresh ingest, so a crash leaves every document whole.
    """
    version = reader_version(str(models) if models else None)
    con = shards.connect_with_retry(db_path, wait_s, store_db.connect)
    if con is None:
        return 0
    try:
        todo = outdated_documents(con, version)
        docs = [_reclassified(row, stored_pages(con, row["doc_id"]), version) for row in todo]
    finally:
        con.close()
    staging = shards.staging_dir(db_path)
    for start in range(0, len(docs), BATCH):
        shards.write_shard(staging, docs[start : start + BATCH])
        shards.publish_pending(db_path, staging, wait_s=wait_s)
    return len(docs)


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
