"""A simulated national run (issue 14): one ingest of 100,000 PDFs.

    python -m bench.national [--n 100000] [--base 10000] [--workers 2] [--executor dask]

Generating 100,000 documents with ``cp-textmine synth`` takes about 2.2 hours on these machines
(400 documents in 32 s with 2 processes), so the corpus is built from the cached corpus of
``--base`` documents (``bench.ingest``'s): each PDF is written n/base times, each copy with its
own comment line after ``%%EOF``. Readers ignore bytes after the end marker, but the content
hash differs, so every copy is read, classified and stored in full, as a new document.
What this does not simulate: 100,000 different texts. The linker sees n/base copies of every
advice and response in each municipality, many more candidates than a real set has.

Prints documents/s, pages/s, CPU seconds, the peak resident memory of the process tree, the
database size and the time projected for a national scan of 300,000 pages.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import time
from datetime import date
from pathlib import Path

import psutil

from bench.ingest import OUT, corpus, count_pages, run_ingest

NATIONAL_PAGES = 300_000
MARKER = ".complete"


def copies_corpus(n: int, base: int) -> Path:
    """``n`` PDFs made of the ``base`` corpus, each copy with its own trailing comment (cached)."""
    folder = OUT / f"national-{n}-from-{base}"
    if (folder / MARKER).exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    source = sorted(corpus(base).glob("*.pdf"))
    started = time.perf_counter()
    for copy in range(n // base):
        for pdf in source:
            data = pdf.read_bytes() + f"\n%cp-textmine national copy {copy}\n".encode()
            (folder / f"c{copy:02d}-{pdf.name}").write_bytes(data)
    (folder / MARKER).touch()
    print(f"  wrote {n} copies in {time.perf_counter() - started:.0f} s")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--base", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--executor", choices=("local", "dask"), default="local",
                        help="the process pool, or a Dask LocalCluster of --workers processes")  # fmt: skip
    args = parser.parse_args()
    print(f"{date.today()} · {platform.machine()} · {os.cpu_count()} cores · "
          f"{psutil.virtual_memory().total / 2**30:.0f} GiB · Python {platform.python_version()}")  # fmt: skip
    folder = copies_corpus(args.n, args.base)
    pdfs = sorted(folder.glob("*.pdf"))
    pages = count_pages(sorted(corpus(args.base).glob("*.pdf"))) * (args.n // args.base)
    db = OUT / f"national-{args.n}{'-dask' if args.executor == 'dask' else ''}.duckdb"
    for stale in (db, Path(f"{db}.wal")):
        stale.unlink(missing_ok=True)
    shutil.rmtree(f"{db}.staging", ignore_errors=True)
    seconds, peak, cpu = run_ingest(folder, db, args.workers, ocr=False, executor=args.executor)
    per_page = seconds / pages
    print(
        f"corpus: {len(pdfs)} PDFs, {pages} pages; {args.workers} processes ({args.executor}); OCR off"
    )
    print(f"  full ingest: {seconds:.0f} s  {len(pdfs) / seconds:.1f} docs/s  {pages / seconds:.1f} pages/s"
          f"  CPU {cpu:.0f} s")  # fmt: skip
    print(f"  peak RSS (all processes): {peak / 2**20:.0f} MB;"
          f"  database {db.stat().st_size / 2**20:.0f} MB")  # fmt: skip
    print(f"  projected for {NATIONAL_PAGES:,} pages: {NATIONAL_PAGES * per_page / 3600:.1f} h")
    print(f"  stored: {_stored(db)}")
    again, again_peak, again_cpu = run_ingest(
        folder, db, args.workers, ocr=False, executor=args.executor
    )
    print(f"  re-run, unchanged: {again:.0f} s ({100 * again / seconds:.1f}% of the first run)"
          f"  CPU {again_cpu:.0f} s  peak RSS {again_peak / 2**20:.0f} MB")  # fmt: skip


def _stored(db: Path) -> str:
    """What the run left in the database: documents per status, advices, responses, links."""
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        status = con.sql(
            "select status, count(*) from documents group by all order by 1"
        ).fetchall()
        advices = con.sql("select count(*) from advices").fetchone()[0]
        responses = con.sql("select count(*) from responses").fetchone()[0]
        linked = con.sql(
            "select count(*) from responses where advice_doc_id is not null"
        ).fetchone()[0]
    per_status = ", ".join(f"{s} {c}" for s, c in status)
    return f"{per_status}; {advices} advices, {responses} responses, {linked} linked"


if __name__ == "__main__":
    main()
