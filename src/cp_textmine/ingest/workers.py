"""Where files are processed: in-process, in a local process pool with per-file guards, or on Dask.

The local pool is pebble's: it kills a worker whose file exceeds the time limit and starts a
new one, which a plain multiprocessing pool cannot. Each worker caps its address space, so a
decompression bomb ends as a MemoryError in that worker, recorded on the file.
"""

from __future__ import annotations

import concurrent.futures as cf
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..config import IngestOptions
from ..records import Document


@dataclass(frozen=True)
class Job:
    path: Path
    sha256: str
    size: int


@dataclass(frozen=True)
class ShardResult:
    """What a Dask task reports back: where its shard is, and a summary for the CLI."""

    shard: str | None
    documents: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)
    # (doc_id, path, doc_type, error)


def init_worker(memory_limit_mb: int, models: Path | None = None) -> None:
    """Cap the worker's address space, keep native libraries single-threaded, and load the models
    before the first file, so a file's time limit counts only that file."""
    import faulthandler
    import resource

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
    """Import the pipeline and load every model once (they are cached per process)."""
    from ..classify import models as model_store
    from ..classify.document import understand  # noqa: F401 - the import is the point
    from ..nl.places import find_places

    model_store.use_models_dir(models)
    for name in ("doc_type", "requested", "topics", "decision", "motivated"):
        model_store.load_model(name)
    find_places("Gemeente Ede")


def failed_document(job: Job, reason: str, started: float | None = None) -> Document:
    from .discover import doc_id_for

    return Document(
        doc_id=doc_id_for(job.sha256), sha256=job.sha256, path=job.path, n_pages=0, status="failed",
        error=reason, text_source=None, file_size=job.size,
        seconds=None if started is None else time.perf_counter() - started,
    )  # fmt: skip


def run_in_process(jobs: list[Job], options: IngestOptions) -> Iterator[Document]:
    from .pipeline import process_file

    for job in jobs:
        yield process_file(job, options.ocr, options.models_dir)


def run_local_pool(jobs: list[Job], options: IngestOptions) -> Iterator[Document]:
    """Yield documents as files finish; at most ``4 x workers`` files in flight, so memory stays flat."""
    from pebble import ProcessExpired, ProcessPool

    from .pipeline import process_file

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
    from ..store.shards import write_shard
    from .discover import display_path
    from .pipeline import process_file

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
    from distributed import Client, LocalCluster, as_completed

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
