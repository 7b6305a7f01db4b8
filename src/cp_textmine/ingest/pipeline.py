"""The batch: discover -> hash -> skip known -> extract + classify (workers) -> write -> link.

Workers only read files and compute; the parent process is the single DuckDB writer
and commits each document in its own transaction, so a crash loses at most the
documents in flight and a re-run picks up exactly what is missing.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..config import IngestOptions
from ..errors import ExtractionError
from ..records import Document
from ..store import db as store_db
from ..store import write as store_write
from .discover import FoundFile, display_path, doc_id_for, iter_pdfs, sha256_file

ProgressFn = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Job:
    path: Path
    sha256: str
    size: int


@dataclass
class IngestSummary:
    """What a batch did, for the CLI's summary table and for tests."""

    db_path: Path
    n_found: int = 0
    n_new: int = 0
    n_skipped: int = 0
    n_failed: int = 0
    n_needs_ocr: int = 0
    by_type: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    n_linked: int = 0
    n_responses: int = 0
    seconds: float = 0.0
    ocr_note: str | None = None


def process_file(job: Job, ocr_enabled: bool = True, models: Path | None = None) -> Document:
    """Extract and classify one file; any failure becomes a failed Document, never an exception."""
    started = time.perf_counter()
    from ..classify import models as model_store
    from ..classify.document import understand
    from .extract import extract_pdf

    model_store.use_models_dir(models)
    ocr_fn = _ocr_function() if ocr_enabled else None
    try:
        extracted = extract_pdf(job.path, ocr=ocr_fn)
    except ExtractionError as exc:
        return _failed(job, exc.reason, started)
    except (RecursionError, MemoryError) as exc:
        return _failed(job, f"damaged PDF: {type(exc).__name__}", started)
    pages = extracted.pages
    status = "needs_ocr" if extracted.needs_ocr else "ok"
    try:
        found = understand(pages)
    except Exception as exc:  # a classifier bug must not take the batch down; record it
        return _failed(job, f"classification error: {type(exc).__name__}: {exc}", started, pages)
    return Document(
        doc_id=doc_id_for(job.sha256), sha256=job.sha256, path=job.path, n_pages=len(pages),
        status=status, error=None, text_source=extracted.text_source, doc_type=found.doc_type,
        doc_type_score=found.doc_type_score, metadata=found.metadata, pages=pages,
        advice=found.advice, response=found.response, regulation=found.regulation,
        annual_report=found.annual_report, evidence=found.evidence,
        limits_hit=extracted.limits_hit, file_size=job.size, seconds=time.perf_counter() - started,
    )  # fmt: skip


def _failed(job: Job, reason: str, started: float, pages: tuple = ()) -> Document:
    return Document(
        doc_id=doc_id_for(job.sha256), sha256=job.sha256, path=job.path, n_pages=len(pages),
        status="failed", error=reason, text_source=None, pages=tuple(pages), file_size=job.size,
        seconds=time.perf_counter() - started,
    )  # fmt: skip


def _ocr_function():
    from .ocr import ocr_page, tesseract_status

    return ocr_page if tesseract_status() is None else None


def _hash_or_placeholder(found: FoundFile) -> tuple[str, str | None]:
    """Content hash, or a stable hash of the path when the file cannot be read at all."""
    try:
        return sha256_file(found.path), None
    except PermissionError:
        reason = "unreadable: permission denied"
    except IsADirectoryError:
        reason = "not a file: is a directory"
    except FileNotFoundError:
        reason = "unreadable: file vanished or is a broken link"
    except OSError as exc:
        reason = f"unreadable: {exc.strerror or exc}"
    digest = hashlib.sha256(b"unreadable:" + os.fsencode(found.path)).hexdigest()
    return digest, reason


def ingest_paths(
    paths: Iterable[Path],
    db_path: Path,
    options: IngestOptions | None = None,
    progress: ProgressFn | None = None,
) -> IngestSummary:
    """Ingest every PDF under ``paths`` into the DuckDB file at ``db_path``."""
    options = options or IngestOptions()
    started = time.perf_counter()
    found = list(
        iter_pdfs(paths)
    )  # raises InputPathError for a missing path before touching the db
    con = store_db.connect(db_path)
    summary = IngestSummary(db_path=Path(db_path), n_found=len(found))
    try:
        known = store_write.known_hashes(con)
        jobs, seen_now = [], {}
        for item in found:
            sha, unreadable = _hash_or_placeholder(item)
            if unreadable is not None:
                job = Job(item.path, sha, item.size)
                store_write.write_document(con, _failed(job, unreadable, time.perf_counter()))
                summary.n_failed += 1
                summary.failures.append((display_path(item.path), unreadable))
                continue
            status = known.get(sha)
            if status is not None and not (options.retry_failed and status == "failed"):
                store_write.record_path(con, doc_id_for(sha), display_path(item.path))
                summary.n_skipped += 1
                continue
            if sha in seen_now:
                seen_now[sha].append(item.path)
                continue
            seen_now[sha] = []
            jobs.append(Job(item.path, sha, item.size))
        summary.ocr_note = _ocr_note(options)
        for done, doc in enumerate(_run(jobs, options), start=1):
            store_write.write_document(con, doc)
            for other in seen_now.get(doc.sha256, []):
                store_write.record_path(con, doc.doc_id, display_path(other))
            _count(summary, doc)
            if progress:
                progress(done, len(jobs), display_path(doc.path))
        store_write.drop_orphans(con)
        from ..classify.link import link_all

        links = link_all(con)
        summary.n_responses = len(links)
        summary.n_linked = sum(1 for link in links if link.advice_doc_id)
    finally:
        con.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _ocr_note(options: IngestOptions) -> str | None:
    if not options.ocr:
        return "OCR switched off (--no-ocr): image-only pages are marked needs_ocr"
    from .ocr import tesseract_status

    status = tesseract_status()
    return f"OCR unavailable: {status}; image-only pages are marked needs_ocr" if status else None


def _count(summary: IngestSummary, doc: Document) -> None:
    summary.n_new += 1
    if doc.status == "failed":
        summary.n_failed += 1
        summary.failures.append((display_path(doc.path), doc.error or "unknown"))
    else:
        summary.by_type[doc.doc_type or "unknown"] += 1
        if doc.status == "needs_ocr":
            summary.n_needs_ocr += 1


def _run(jobs: list[Job], options: IngestOptions):
    """Process jobs in order of completion; in-process when one worker is asked for."""
    if options.workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield process_file(job, options.ocr, options.models_dir)
        return
    ctx = multiprocessing.get_context("spawn" if os.name == "nt" else "forkserver")
    with ctx.Pool(processes=options.workers, maxtasksperchild=200) as pool:
        args = [(job, options.ocr, options.models_dir) for job in jobs]
        yield from pool.imap_unordered(_process_star, args, chunksize=1)


def _process_star(args: tuple[Job, bool, Path | None]) -> Document:
    return process_file(*args)
