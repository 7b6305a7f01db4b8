"""Where files are processed: in-process, in a local process pool with per-file guards, or on Dask.

The local pool is pebble's: it kills a worker whose file exceeds the time limit and starts a
new one, which a plain multiprocessing pool cannot. Each worker caps its address space, so a
decompression bomb ends as a MemoryError in that worker, recorded on the file.
"""

from __future__ import annotations

import concurrent.futures as cf
import faulthandler
import os
import resource
from collections.abc import Iterator
from pathlib import Path

from cp_textmine.classify import models as model_store
from cp_textmine.config import IngestOptions
from cp_textmine.pipeline.jobs import Job, ShardResult, failed_document
from cp_textmine.pipeline.process import process_file
from cp_textmine.read.places import find_places
from cp_textmine.records import Document, display_path
from cp_textmine.store.shards import write_shard


def init_worker(memory_limit_mb: int, models: Path | None = None) -> None:
    """Cap the worker's address space, keep native libraries single-threaded, and load the models
    before the first file, so a file's time limit counts only that file (a forked worker inherits
    them from the parent, which loaded them before starting the pool)."""
    faulthandler.disable()  # a worker killed by a hostile file is reported as a failed file, not a dump
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    if memory_limit_mb > 0:
        # on top of what the worker already maps (a forked worker inherits its parent's address space)
        limit = _address_space_bytes() + memory_limit_mb * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard == resource.RLIM_INFINITY or hard > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    warm_up(models)


def _address_space_bytes() -> int:
    """This process's virtual memory size (VmSize), 0 where /proc is not available."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def warm_up(models: Path | None) -> None:
    """Load every model and the place gazetteer once (they are cached per process)."""
    model_store.use_models_dir(models)
    for name in ("doc_type", "requested", "topics", "decision", "motivated"):
        model_store.load_model(name)
    find_places("Gemeente Ede")


def run_in_process(jobs: list[Job], options: IngestOptions) -> Iterator[Document]:

    for job in jobs:
        yield process_file(job, options.ocr, options.models_dir)


def run_local_pool(jobs: list[Job], options: IngestOptions) -> Iterator[Document]:
    """Yield documents as files finish; at most ``4 x workers`` files in flight, so memory stays flat."""
    from pebble import ProcessExpired, ProcessPool  # process pool only when isolating files

    if not jobs:
        return
    # Load the models and the gazetteer here, once, before the pool forks its workers: every
    # worker, and every replacement pebble starts after max_tasks or a timeout, inherits them
    # instead of importing scikit-learn and loading them again (seconds of CPU per worker).
    warm_up(options.models_dir)
    workers = max(1, options.workers)
    pending: dict[cf.Future, Job] = {}
    queue = iter(jobs)
    with ProcessPool(max_workers=workers, max_tasks=500, initializer=init_worker,
                     initargs=(options.memory_limit_mb, options.models_dir)) as pool:  # fmt: skip

        def submit_next() -> bool:
            job = next(queue, None)
            if job is None:
                return False
            future = pool.schedule(process_file, args=(job, options.ocr, options.models_dir),
                                   timeout=options.file_timeout_s or None)  # fmt: skip
            pending[future] = job
            return True

        while len(pending) < 4 * workers and submit_next():
            pass
        while pending:
            done, _ = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
            for future in done:
                job = pending.pop(future)
                try:
                    yield future.result()
                except cf.TimeoutError:
                    yield failed_document(
                        job, f"timeout: processing took longer than {options.file_timeout_s:.0f} s"
                    )
                except ProcessExpired as exc:
                    yield failed_document(job, _expired_reason(exc, options))
                except MemoryError:
                    yield failed_document(
                        job, f"too large: exceeded the memory limit of {options.memory_limit_mb} MB"
                    )
                except Exception as exc:  # the worker could not even report a failure
                    yield failed_document(job, f"worker error: {type(exc).__name__}: {exc}")
                submit_next()


def _expired_reason(exc: Exception, options: IngestOptions) -> str:
    code = getattr(exc, "exitcode", None)
    if code is not None and code < 0:
        return (
            f"worker died: killed by signal {-code} while reading this file; most likely it needed more "
            f"than the memory limit of {options.memory_limit_mb} MB (a decompression bomb or a huge page)"
        )
    return f"worker died: exit code {code} while reading this file"


def process_chunk_to_shard(
    jobs: list[Job], staging: str, ocr: bool, models: str | None
) -> ShardResult:
    """A Dask task: process a chunk of files and write one staging shard (on a shared filesystem)."""

    docs = [process_file(job, ocr, Path(models) if models else None) for job in jobs]
    shard = write_shard(Path(staging), docs)
    return ShardResult(
        str(shard) if shard else None,
        [
            (d.doc_id, display_path(d.path), d.doc_type if d.status != "failed" else None, d.error)
            for d in docs
        ],
    )


def run_dask(
    jobs: list[Job], options: IngestOptions, staging: Path, chunk: int = 25
) -> Iterator[ShardResult]:
    """Run chunks of files on a Dask cluster (``scheduler`` address, or 'local' for a LocalCluster)."""
    from distributed import Client, LocalCluster, as_completed  # optional extra [dask]

    cluster = None
    if options.scheduler in (None, "", "local"):
        cluster = LocalCluster(n_workers=max(1, options.workers), threads_per_worker=1, processes=True,
                               dashboard_address=None)  # fmt: skip
        client = Client(cluster)
    else:
        client = Client(options.scheduler)
    try:
        chunks = [jobs[i : i + chunk] for i in range(0, len(jobs), chunk)]
        models = str(options.models_dir) if options.models_dir else None
        futures = client.map(process_chunk_to_shard, chunks, staging=str(staging), ocr=options.ocr,
                             models=models, pure=False)  # fmt: skip
        for future in as_completed(futures):
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
