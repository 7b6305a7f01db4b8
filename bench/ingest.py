"""End-to-end ingest benchmark on a synthetic corpus, against pdftotext and plain pdfplumber.

    python -m bench.ingest --n 1000 [--n 10000] [--workers 2] [--ocr]

For each size: generate the corpus with ``cp-textmine synth`` (cached under bench/out/),
run the full ingest (extract + classify + link + load) into a fresh database, then a second
run over the unchanged files, and - on the same files with the same number of processes -
poppler's ``pdftotext`` and a plain pdfplumber ``extract_text`` loop. Prints documents/s,
pages/s, peak resident memory of the whole process tree, and the ratios.
OCR is off by default (pdftotext and pdfplumber do not OCR either); bench/ocr.py measures it.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

import psutil

OUT = Path(__file__).resolve().parent / "out"


class PeakRSS:
    """Samples the resident memory of a process and all its children every 0.2 s."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self._stop = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                root = psutil.Process(self.pid)
                procs = [root, *root.children(recursive=True)]
                total = sum(p.memory_info().rss for p in procs if p.is_running())
                self.peak = max(self.peak, total)
            except psutil.Error:
                pass
            self._stop.wait(0.2)


def corpus(n: int, seed: int = 7) -> Path:
    folder = OUT / f"corpus-{n}-{seed}"
    if not (folder / "labels.jsonl").exists():
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "cp_textmine", "synth", "--n", str(n), "--out", str(folder),
                        "--seed", str(seed), "--workers", "2"], check=True)  # fmt: skip
        print(f"  generated {n} documents in {time.perf_counter() - started:.0f} s")
    return folder


def count_pages(pdfs: list[Path]) -> int:
    import pypdfium2 as pdfium

    total = 0
    for path in pdfs:
        doc = pdfium.PdfDocument(str(path))
        total += len(doc)
        doc.close()
    return total


def run_ingest(folder: Path, db: Path, workers: int, ocr: bool) -> tuple[float, int]:
    args = [sys.executable, "-m", "cp_textmine", "ingest", str(folder), "--db", str(db), "--workers", str(workers),
            "--quiet"] + ([] if ocr else ["--no-ocr"])  # fmt: skip
    started = time.perf_counter()
    proc = subprocess.Popen(args)
    with PeakRSS(proc.pid) as rss:
        proc.wait()
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed with exit code {proc.returncode}")
    return time.perf_counter() - started, rss.peak


def _pdftotext(path: str) -> int:
    out = subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True)
    return len(out.stdout)


def _pdfplumber(path: str) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return sum(len(page.extract_text() or "") for page in pdf.pages)


def run_baseline(fn, pdfs: list[Path], workers: int) -> float:
    started = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(fn, [str(p) for p in pdfs], chunksize=16))
    return time.perf_counter() - started


def bench(n: int, workers: int, ocr: bool) -> dict:
    folder = corpus(n)
    pdfs = sorted(folder.glob("*.pdf"))
    pages = count_pages(pdfs)
    db = OUT / f"bench-{n}.duckdb"
    for stale in (db, Path(f"{db}.wal")):
        stale.unlink(missing_ok=True)
    shutil.rmtree(f"{db}.staging", ignore_errors=True)
    first, peak = run_ingest(folder, db, workers, ocr)
    second, peak2 = run_ingest(folder, db, workers, ocr)
    result = {"n": len(pdfs), "pages": pages, "first_s": first, "second_s": second,
              "peak_rss_mb": max(peak, peak2) / 2**20}  # fmt: skip
    if shutil.which("pdftotext"):
        result["pdftotext_s"] = run_baseline(_pdftotext, pdfs, workers)
    result["pdfplumber_s"] = run_baseline(_pdfplumber, pdfs, workers)
    return result


def report(r: dict, workers: int) -> str:
    lines = [
        f"corpus: {r['n']} PDFs, {r['pages']} pages; {workers} processes",
        f"  full ingest:      {r['first_s']:8.1f} s  {r['n'] / r['first_s']:7.1f} docs/s  {r['pages'] / r['first_s']:7.1f} pages/s",
        f"  incremental rerun:{r['second_s']:8.1f} s  ({100 * r['second_s'] / r['first_s']:.1f}% of the first run)",
        f"  peak RSS (all processes): {r['peak_rss_mb']:.0f} MB",
    ]
    for name in ("pdftotext", "pdfplumber"):
        if f"{name}_s" in r:
            s = r[f"{name}_s"]
            lines.append(f"  {name:10s} alone: {s:8.1f} s  {r['pages'] / s:7.1f} pages/s;"
                         f"  ingest throughput = {s / r['first_s']:.2f}x {name}")  # fmt: skip
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, nargs="+", default=[1000])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--ocr", action="store_true", help="OCR scans during the ingest too")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"{date.today()} · {platform.machine()} · {os.cpu_count()} cores · "
          f"{psutil.virtual_memory().total / 2**30:.0f} GiB · Python {platform.python_version()}")  # fmt: skip
    for n in args.n:
        print(report(bench(n, args.workers, args.ocr), args.workers), flush=True)


if __name__ == "__main__":
    main()
