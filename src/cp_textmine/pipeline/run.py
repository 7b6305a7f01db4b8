"""The batch: discover -> hash -> skip known -> extract + classify (workers) -> stage -> publish -> link.

Workers only read files and compute. Results are written as staging shards beside the
database and published in short transactions, so a crash loses at most the documents in
flight, a re-run picks up exactly what is missing, and readers can query between publishes.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from cp_textmine import faults
from cp_textmine.classify.link import link_all
from cp_textmine.classify.model_files import missing_model_files, uncompiled_model_files
from cp_textmine.config import IngestOptions, models_dir
from cp_textmine.errors import RepeatedInternalError, StoreError
from cp_textmine.pdf.discover import FoundFile, iter_pdfs, sha256_file
from cp_textmine.pdf.ocr import tesseract_status
from cp_textmine.pipeline.jobs import Job, failed_document
from cp_textmine.pipeline.reclassify import reclassify_stored
from cp_textmine.pipeline.version import reader_version
from cp_textmine.records import Document, display_path, doc_id_for
from cp_textmine.store import db as store_db
from cp_textmine.store import shards
from cp_textmine.store import write as store_write
from cp_textmine.store.councils import rebuild_councils
from cp_textmine.store.stored import outdated_documents
from cp_textmine.store.write import Sighting

ProgressFn = Callable[[int, int, str], None]
#: a file modified this recently when the run starts gets no recorded size and mtime: file
#: times tick coarsely (a few ms), so a second write in the same tick could keep both (git's
#: "racy" case); such a file is read again next run
SETTLE_NS = 2_000_000_000

__all__ = ["IngestSummary", "ingest_paths"]


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
    n_reclassified: int = 0  # stored documents read again by changed readers or models
    n_staged: int = 0  # documents left in staging because readers held the database
    seconds: float = 0.0
    ocr_note: str | None = None
    warnings: list[str] = field(default_factory=list)  # degradations the user must see


def _trusted_hash(
    found: FoundFile, recorded: tuple[int, int, str] | None
) -> tuple[str, str | None]:
    """The recorded hash when the file's size and mtime are unchanged, else a fresh one."""
    if recorded and _keeps_recorded_hash(found, recorded):
        return recorded[2], None
    return _hash_or_placeholder(found)


def _keeps_recorded_hash(found: FoundFile, recorded: tuple[int, int, str] | None) -> bool:
    return bool(recorded) and found.size >= 0 and (found.size, found.mtime_ns) == recorded[:2]


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


@dataclass
class Plan:
    jobs: list[Job] = field(default_factory=list)
    unreadable: list[Document] = field(default_factory=list)
    sightings: list[tuple[str, str]] = field(
        default_factory=list
    )  # (doc_id, path) of known content
    duplicates: dict[str, list[str]] = field(default_factory=dict)  # sha -> other paths this run
    fingerprints: list[Sighting] = field(default_factory=list)  # every readable file, its stat


def plan_jobs(
    found: list[FoundFile],
    known: dict[str, str],
    retry_failed: bool,
    version: str | None = None,
    fingerprints: dict[str, tuple[int, int, str]] | None = None,
) -> Plan:
    """Fingerprint every file; skip contents already stored, process each new content once.

    A file at a path whose size and modification time are those recorded when its content
    was last hashed there keeps that hash without being read (``fingerprints``: path ->
    (size, mtime_ns, sha256)), as rsync and git do: on a national re-run, reading 100,000
    PDFs again only to find them unchanged was most of the cost.
    """
    plan = Plan()
    settled_before = time.time_ns() - SETTLE_NS
    for item in found:
        path = display_path(item.path)
        sha, unreadable = _trusted_hash(item, fingerprints.get(path) if fingerprints else None)
        job = Job(item.path, sha, item.size, version)
        if unreadable is not None:
            plan.unreadable.append(failed_document(job, unreadable))
            continue
        settled = 0 <= item.mtime_ns < settled_before  # else a change within the same clock
        size = item.size if settled else -1  # tick could keep size and mtime: not recorded
        plan.fingerprints.append(Sighting(path, doc_id_for(sha), size, item.mtime_ns))
        status = known.get(sha)
        if status is not None and not (retry_failed and status == "failed"):
            plan.sightings.append((doc_id_for(sha), display_path(item.path)))
        elif sha in plan.duplicates:
            plan.duplicates[sha].append(display_path(item.path))
        else:
            plan.duplicates[sha] = []
            plan.jobs.append(job)
    return plan


def ingest_paths(
    paths: Iterable[Path],
    db_path: Path,
    options: IngestOptions | None = None,
    progress: ProgressFn | None = None,
) -> IngestSummary:
    """Ingest every PDF under ``paths`` into the DuckDB file at ``db_path``."""
    options = options or IngestOptions()
    started = time.perf_counter()
    db_path = Path(db_path)
    found = list(
        iter_pdfs(paths)
    )  # raises InputPathError for a missing path before touching the db
    staging = shards.staging_dir(db_path)
    summary = IngestSummary(db_path=db_path, n_found=len(found))
    con, (known, known_paths, fingerprints) = _open_and_read_known(db_path, staging, options)
    if con is not None and not _all_fingerprinted(found, fingerprints):
        con = _close(con)  # files must be hashed: readers of the database should not wait on it
    try:
        version = reader_version(str(options.models_dir) if options.models_dir else None)
        plan = plan_jobs(found, known, options.retry_failed, version, fingerprints)
    except BaseException:
        _close(con)
        raise
    summary.n_skipped = len(plan.sightings)
    # whether OCR can run matters only when files are read: asking costs an import and a
    # tesseract call (~0.1 s), a third of an unchanged re-run
    summary.ocr_note = _ocr_note(options) if plan.jobs else None
    summary.warnings += _model_warnings(options)
    for doc in plan.unreadable:
        _count(summary, doc)
    moved = [(d, p) for d, p in plan.sightings if known_paths.get(p) != d]
    seen_paths = {p for d, p in plan.sightings if known_paths.get(p) == d}
    seen = [f for f in plan.fingerprints if f.path in seen_paths]
    if not plan.jobs and not plan.unreadable and not moved:
        counts = _finish_unchanged(con, db_path, seen, version, options.publish_wait_s)
        con = None  # closed by _finish_unchanged
        if counts is not None:  # nothing new, moved or outdated: one connection did it all
            summary.n_responses, summary.n_linked = counts
            summary.seconds = time.perf_counter() - started
            return summary
    _close(con)  # the work below opens its own connections, and workers must not wait on this one
    untouched = _touch_paths(db_path, seen, options.publish_wait_s)
    moved += [(known_paths[p], p) for p in untouched]  # these go through a shard
    shards.write_shard(staging, plan.unreadable, moved)
    if plan.jobs and options.executor == "dask":
        _run_dask(plan, options, db_path, staging, summary, progress)
    elif plan.jobs:
        _run_local(plan, options, db_path, staging, summary, progress)
    rest = [f for f in plan.fingerprints if f.path not in seen_paths]
    changed = bool(summary.n_new or moved)
    if _finish(db_path, staging, options, rest, version, summary, changed) == "outdated":
        summary.n_reclassified = reclassify_stored(
            db_path,
            options.models_dir,
            options.publish_wait_s,
            version=version,
            workers=options.workers if options.isolate else 1,
        )
        _link(db_path, summary, options.publish_wait_s, relink=True)
    summary.seconds = time.perf_counter() - started
    return summary


def _finish(
    db_path: Path,
    staging: Path,
    options: IngestOptions,
    new_paths: list[Sighting],
    version: str,
    summary: IngestSummary,
    changed: bool,
) -> str:
    """The end of a run on one connection: publish the last shards, record the new files' size
    and mtime, and - unless a stored reading is outdated ("outdated": the caller re-classifies
    and links) - drop orphans, rebuild the councils and link ("done"). "locked" when readers
    held the database past the wait: the shards wait for the next run.

    Why one connection: each costs about 0.15 s (open, schema check, the checkpoint at close),
    and four in a row were a fifth of a 300-file batch's fixed cost."""
    con = shards.connect_with_retry(db_path, options.publish_wait_s, store_db.connect)
    if con is None:
        summary.n_staged = sum(1 for _ in shards.pending_shards(staging))
        return "locked"
    try:
        shards.publish_on(con, db_path, staging, keep=options.keep_shards)
        if new_paths:  # the new paths are stored now: record their size and mtime too
            store_write.touch_paths(con, new_paths)
        if outdated_documents(con, version, limit=1):
            return "outdated"
        if changed:
            _link_on(con, summary, relink=summary.n_new > 0)
        else:  # nothing changed: the stored links and councils stand
            summary.n_responses, summary.n_linked = con.execute(
                "SELECT count(*), count(advice_doc_id) FROM responses"
            ).fetchone()
        return "done"
    finally:
        con.close()


Known = tuple[dict[str, str], dict[str, str], dict[str, tuple[int, int, str]]]


def _open_and_read_known(
    db_path: Path, staging: Path, options: IngestOptions
) -> tuple[duckdb.DuckDBPyConnection | None, Known]:
    """Open the database first (creating the schema; failing early and clearly on an unusable
    location), publish the leftovers of a crash, and read what the store holds.

    Without leftovers the first connection reads it and is returned open, so that a run that
    finds nothing to do finishes on it: each open costs ~30 ms (connect, schema check, close),
    a tenth of an unchanged re-run. After publishing leftovers, None is returned instead."""
    con = shards.connect_with_retry(db_path, 30.0, store_db.connect)
    if con is None:
        raise StoreError(f"database {db_path} is locked by another process")
    if not shards.pending_shards(staging):
        try:
            return con, _known(con, options.rehash)
        except BaseException:
            con.close()
            raise
    con.close()
    shards.publish_pending(
        db_path, staging, wait_s=options.publish_wait_s, keep=options.keep_shards
    )
    return None, _read_known(db_path, options.publish_wait_s, options.rehash)


def _close(con: duckdb.DuckDBPyConnection | None) -> None:
    if con is not None:
        con.close()


def _all_fingerprinted(
    found: list[FoundFile], fingerprints: dict[str, tuple[int, int, str]]
) -> bool:
    """Whether every file keeps its recorded hash, so planning reads no file."""
    return all(_keeps_recorded_hash(f, fingerprints.get(display_path(f.path))) for f in found)


def _known(con, rehash: bool) -> Known:
    """(sha256 -> status, path -> doc_id, path -> (size, mtime_ns, sha256)) of the store;
    no fingerprints when every file must be read again (``--rehash``)."""
    fingerprints = {} if rehash else store_write.known_fingerprints(con)
    return store_write.known_hashes(con), store_write.known_paths(con), fingerprints


def _finish_unchanged(
    con: duckdb.DuckDBPyConnection | None,
    db_path: Path,
    seen: list[Sighting],
    version: str,
    wait_s: float,
) -> tuple[int, int] | None:
    """For a run that found only known files at their known paths: mark them seen, check that
    no stored reading is outdated and count the links, on the connection that read the store
    (or a new one) and closes it. None when that is not the whole story (locked, a path left
    unmarked, an outdated reading): the full path runs."""
    if con is None:
        con = shards.connect_with_retry(db_path, wait_s, store_db.connect)
    if con is None:
        return None
    try:
        untouched = store_write.touch_paths(con, seen) if seen else []
        if untouched or outdated_documents(con, version, limit=1):
            return None
        return con.execute("SELECT count(*), count(advice_doc_id) FROM responses").fetchone()
    finally:
        con.close()


def _read_known(db_path: Path, wait_s: float, rehash: bool) -> Known:
    """What the store holds (see ``_known``), on a connection of its own."""
    con = shards.connect_with_retry(db_path, wait_s, store_db.connect)
    if con is None:
        raise StoreError(f"database {db_path} stayed locked by another process for {wait_s:.0f} s")
    try:
        return _known(con, rehash)
    finally:
        con.close()


def _touch_paths(db_path: Path, seen: list[Sighting], wait_s: float) -> list[str]:
    """Mark files seen again at their known path with their size and mtime, in one statement;
    returns the paths it could not mark (all of them when the database stayed locked), for a
    shard to record.

    Why not through a shard: on an unchanged re-run this is the only write, and a shard costs
    pyarrow, Parquet files and a publish for one column of timestamps.
    """
    if not seen:
        return []
    con = shards.connect_with_retry(db_path, wait_s, store_db.connect)
    if con is None:
        return [s.path for s in seen]
    try:
        return store_write.touch_paths(con, seen)
    finally:
        con.close()


def _stop_on_repeated_internal_error(summary: IngestSummary, reason: str) -> None:
    if not reason.startswith(INTERNAL_ERROR_PREFIXES):
        return
    same = [path for path, r in summary.failures if r == reason]
    if len(same) >= REPEATED_INTERNAL_ERRORS:
        raise RepeatedInternalError(
            f"the same internal error on {len(same)} files ({', '.join(same[:3])}): {reason}. "
            "This is a bug in cp-textmine, not in the files; the batch stops. Documents published "
            "so far are whole; please report the error."
        )


def _run_local(plan: Plan, options: IngestOptions, db_path: Path, staging: Path, summary: IngestSummary,
               progress: ProgressFn | None) -> None:  # fmt: skip
    from cp_textmine.pipeline.workers import (  # lazy: loads the readers; a run with nothing new needs none
        run_in_process,
        run_local_pool,
    )

    runner = run_local_pool if options.isolate else run_in_process
    batch: list[Document] = []
    extra_paths: list[tuple[str, str]] = []
    last_publish = time.monotonic()
    n_shards = n_published = 0
    for done, doc in enumerate(runner(plan.jobs, options), start=1):
        if done == 1:  # the timer starts with the first document, not with the workers' start-up
            last_publish = time.monotonic()
        batch.append(doc)
        extra_paths += [(doc.doc_id, p) for p in plan.duplicates.get(doc.sha256, [])]
        _count(summary, doc)
        if progress:
            progress(done, len(plan.jobs), display_path(doc.path))
        if len(batch) >= options.batch_size or _publish_is_due(options, last_publish):
            shards.write_shard(staging, batch, extra_paths)
            n_shards += 1
            faults.after_shard_written(n_shards)
            batch, extra_paths = [], []
            _, waiting = shards.publish_pending(
                db_path, staging, wait_s=0, keep=options.keep_shards
            )
            if not waiting:  # a reader held the file: the shard waits for the next publish
                n_published += 1
                faults.after_publish(n_published)
            last_publish = time.monotonic()
    shards.write_shard(staging, batch, extra_paths)


def _publish_is_due(options: IngestOptions, last_publish: float) -> bool:
    """Publish at least every ``publish_every_s`` so readers see progress on a long run."""
    every = options.publish_every_s
    return every is not None and time.monotonic() - last_publish > every


def _run_dask(plan: Plan, options: IngestOptions, db_path: Path, staging: Path,
              summary: IngestSummary, progress: ProgressFn | None) -> None:  # fmt: skip
    """The workers write the shards; the parent publishes what is complete as the run goes (at
    least every ``publish_every_s``), so a long run is queryable and its staging folder stays
    small, as with the local pool."""
    from cp_textmine.pipeline.workers import run_dask  # lazy: loads the readers and Dask

    done = 0
    by_sha = {job.sha256: job for job in plan.jobs}
    last_publish = time.monotonic()
    for result in run_dask(plan.jobs, options, staging):
        if _publish_is_due(options, last_publish):
            # the workers may be writing shards right now: their partial folders stay
            shards.publish_pending(
                db_path, staging, wait_s=0, keep=options.keep_shards, clean_partials=False
            )
            last_publish = time.monotonic()
        for _doc_id, path, doc_type, error in result.documents:
            done += 1
            summary.n_new += 1
            if error:
                summary.n_failed += 1
                summary.failures.append((path, error))
            else:
                summary.by_type[doc_type or "unknown"] += 1
            if progress:
                progress(done, len(plan.jobs), path)
    extra = [
        (doc_id_for(sha), p)
        for sha, paths in plan.duplicates.items()
        if sha in by_sha
        for p in paths
    ]
    shards.write_shard(staging, [], extra)


def _link(db_path: Path, summary: IngestSummary, wait_s: float, relink: bool = True) -> None:
    """``_link_on`` a connection of its own."""
    con = shards.connect_with_retry(db_path, wait_s, store_db.connect)
    if con is None:
        return
    try:
        _link_on(con, summary, relink)
    finally:
        con.close()


def _link_on(con: duckdb.DuckDBPyConnection, summary: IngestSummary, relink: bool) -> None:
    """Drop documents no path points to, and re-link responses when anything changed."""
    dropped = store_write.drop_orphans(con)
    rebuild_councils(con)
    if relink or dropped:
        links = link_all(con)
        summary.n_responses = len(links)
        summary.n_linked = sum(1 for link in links if link.advice_doc_id)
    else:
        summary.n_responses, summary.n_linked = con.execute(
            "SELECT count(*), count(advice_doc_id) FROM responses"
        ).fetchone()


def _ocr_note(options: IngestOptions) -> str | None:
    if not options.ocr:
        return "OCR switched off (--no-ocr): image-only pages are marked needs_ocr"
    status = tesseract_status()
    return f"OCR unavailable: {status}; image-only pages are marked needs_ocr" if status else None


#: the same internal error on this many files stops the batch: it is a bug, not bad input
REPEATED_INTERNAL_ERRORS = 3
INTERNAL_ERROR_PREFIXES = ("classification error:", "worker error:")


def _model_warnings(options: IngestOptions) -> list[str]:
    where = options.models_dir or models_dir()
    warnings = []
    missing = missing_model_files(options.models_dir)
    if missing:
        warnings.append(f"models not found in {where}: {', '.join(missing)}; those readers fall back "
                        "to rules (set CP_TEXTMINE_MODELS or run `cp-textmine train`)")  # fmt: skip
    uncompiled = uncompiled_model_files(options.models_dir)
    if uncompiled:
        warnings.append(f"models in {where} without their compiled form: {', '.join(uncompiled)}; "
                        "they are read through scikit-learn, which adds about a second to every run "
                        "(run `cp-textmine train --compile-only --models DIR`)")  # fmt: skip
    return warnings


def _count(summary: IngestSummary, doc: Document) -> None:
    summary.n_new += 1
    if doc.status == "failed":
        summary.n_failed += 1
        summary.failures.append((display_path(doc.path), doc.error or "unknown"))
        _stop_on_repeated_internal_error(summary, doc.error or "")
    else:
        summary.by_type[doc.doc_type or "unknown"] += 1
        if doc.status == "needs_ocr":
            summary.n_needs_ocr += 1
