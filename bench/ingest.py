"""End-to-end ingest benchmark on a synthetic corpus, against pdftotext and plain pdfplumber.

    python -m bench.ingest --n 1000 [--n 10000] [--workers 2] [--ocr] [--repeat 3] [--no-baselines]
        [--no-pdfplumber]

For each size: generate the corpus with ``cp-textmine synth`` (cached under bench/out/),
run the full ingest (extract + classify + link + load) into a fresh database, then a second
run over the unchanged files, and - on the same files with the same number of processes -
poppler's ``pdftotext`` and a plain pdfplumber ``extract_text`` loop. Prints documents/s,
pages/s, CPU seconds and peak resident memory of the whole process tree, and the ratios.
With ``--repeat N`` the ingest pair runs N times and the medians are printed (with every
run): on a shared machine one run says little. CPU seconds vary less than wall time there.
OCR is off by default (pdftotext and pdfplumber do not OCR either); bench/ocr.py measures it.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
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


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_ingest(
    folder: Path, db: Path, workers: int, ocr: bool, executor: str = "local"
) -> tuple[float, int, float]:
    """Wall seconds, peak RSS and CPU seconds (the ingest and the workers it waited for);
    ``executor`` 'dask' runs the files on a Dask LocalCluster of ``workers`` processes."""
    args = [sys.executable, "-m", "cp_textmine", "ingest", str(folder), "--db", str(db), "--workers", str(workers),
            "--executor", executor, "--quiet"] + ([] if ocr else ["--no-ocr"])  # fmt: skip
    cpu = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.Popen(args)
    with PeakRSS(proc.pid) as rss:
        proc.wait()
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed with exit code {proc.returncode}")
    return time.perf_counter() - started, rss.peak, _children_cpu() - cpu


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


def bench(n: int, workers: int, ocr: bool, repeat: int = 1, baselines: bool = True,
          pdfplumber: bool = True) -> dict:  # fmt: skip
    folder = corpus(n)
    pdfs = sorted(folder.glob("*.pdf"))
    pages = count_pages(pdfs)
    db = OUT / f"bench-{n}.duckdb"
    runs = []
    for _ in range(repeat):
        for stale in (db, Path(f"{db}.wal")):
            stale.unlink(missing_ok=True)
        shutil.rmtree(f"{db}.staging", ignore_errors=True)
        first, peak, first_cpu = run_ingest(folder, db, workers, ocr)
        second, peak2, second_cpu = run_ingest(folder, db, workers, ocr)
        runs.append({"first_s": first, "second_s": second, "first_cpu_s": first_cpu,
                     "second_cpu_s": second_cpu, "peak_rss_mb": max(peak, peak2) / 2**20})  # fmt: skip
    result = {"n": len(pdfs), "pages": pages, "runs": runs}
    result.update({key: statistics.median(r[key] for r in runs) for key in runs[0]})
    if baselines and shutil.which("pdftotext"):
        result["pdftotext_s"] = run_baseline(_pdftotext, pdfs, workers)
    elif baselines:
        print("  pdftotext is not installed (tools/system-deps.sh bench installs it): no ratio")
    if baselines and pdfplumber:
        result["pdfplumber_s"] = run_baseline(_pdfplumber, pdfs, workers)
    return result


def report(r: dict, workers: int) -> str:
    runs = r["runs"]
    of = f"median of {len(runs)} runs" if len(runs) > 1 else "one run"
    lines = [
        f"corpus: {r['n']} PDFs, {r['pages']} pages; {workers} processes; {of}",
        f"  full ingest:      {r['first_s']:8.1f} s  {r['n'] / r['first_s']:7.1f} docs/s  {r['pages'] / r['first_s']:7.1f} pages/s"
        f"  CPU {r['first_cpu_s']:.1f} s",
        f"  incremental rerun:{r['second_s']:8.2f} s  ({100 * r['second_s'] / r['first_s']:.1f}% of the first run)"
        f"  CPU {r['second_cpu_s']:.1f} s",
        f"  peak RSS (all processes): {r['peak_rss_mb']:.0f} MB",
    ]
    if len(runs) > 1:
        for key in ("first_s", "second_s", "first_cpu_s", "second_cpu_s", "peak_rss_mb"):
            digits = 2 if key.startswith("second") else 1  # a re-run is tenths of a second
            lines.append(f"    {key:13s} " + "  ".join(f"{run[key]:.{digits}f}" for run in runs))
    for name in ("pdftotext", "pdfplumber"):
        if f"{name}_s" in r:
            s = r[f"{name}_s"]
            lines.append(f"  {name:10s} alone: {s:8.1f} s  {r['pages'] / s:7.1f} pages/s;"
                         f"  ingest throughput = {s / r['first_s']:.2f}x {name}")  # fmt: skip
    return "\n".join(lines)


def compile_bytecode() -> None:
    """Measure the ingest as installed: with PYTHONDONTWRITEBYTECODE set, Python would compile
    cp-textmine's source in every run (0.3-0.4 s) where a user's Python reads its bytecode."""
    import compileall

    import cp_textmine

    compileall.compile_dir(Path(cp_textmine.__file__).parent, quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, nargs="+", default=[1000])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--ocr", action="store_true", help="OCR scans during the ingest too")
    parser.add_argument("--repeat", type=int, default=1, help="ingest runs per size; medians")
    parser.add_argument("--no-pdfplumber", dest="pdfplumber", action="store_false",
                        help="skip the pdfplumber baseline (minutes at 10k), keep pdftotext")  # fmt: skip
    parser.add_argument("--no-baselines", dest="baselines", action="store_false",
                        help="skip pdftotext and pdfplumber")  # fmt: skip
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    compile_bytecode()
    print(f"{date.today()} · {platform.machine()} · {os.cpu_count()} cores · "
          f"{psutil.virtual_memory().total / 2**30:.0f} GiB · Python {platform.python_version()}")  # fmt: skip
    for n in args.n:
        result = bench(n, args.workers, args.ocr, args.repeat, args.baselines, args.pdfplumber)
        print(report(result, args.workers), flush=True)


if __name__ == "__main__":
    main()
