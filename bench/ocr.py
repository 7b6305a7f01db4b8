"""OCR quality and speed on scans we make: render hand-written letters as text PDFs and as scans
(rasterised, rotated, noisy), OCR the scans, and compare with the text layer of the originals.

    python -m bench.ocr [--n 12] [--dpi 150 200 300]

Prints per DPI: character error rate (CER, Levenshtein distance / reference length, on
whitespace-normalised text), pages/s with one single-threaded Tesseract per process, and the
mean Tesseract confidence.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parents[1]


def levenshtein(a: str, b: str) -> int:
    """Edit distance; O(len(a) * len(b)) with two rows (pages are a few thousand characters)."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def plain(text: str) -> str:
    return " ".join(text.split())


def _ocr_one(args: tuple[str, int, int]) -> tuple[str, float | None, float]:
    from cp_textmine.pdf.ocr import ocr_page

    path, page, dpi = args
    started = time.perf_counter()
    text, confidence = ocr_page(Path(path), page, dpi=dpi)
    return text, confidence, time.perf_counter() - started


def make_pairs(n: int, folder: Path) -> list[tuple[Path, Path]]:
    from cp_textmine.synth.render import render_cpdoc

    sources = sorted((ROOT / "corpora" / "demo").glob("src_*/*.cpdoc"))[:n]
    pairs = []
    for i, src in enumerate(sources):
        text_pdf, scan_pdf = folder / f"{src.stem}.pdf", folder / f"{src.stem}-scan.pdf"
        source = src.read_text(encoding="utf-8")
        render_cpdoc(source, text_pdf, seed=100 + i)
        render_cpdoc(source, scan_pdf, seed=100 + i, scanned=True)
        pairs.append((text_pdf, scan_pdf))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=12, help="letters to render (demo sources)")
    parser.add_argument("--dpi", type=int, nargs="+", default=[150, 200, 300])
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    from cp_textmine.pdf.extract import extract_pdf

    with tempfile.TemporaryDirectory() as tmp:
        pairs = make_pairs(args.n, Path(tmp))
        refs, tasks = [], []
        for text_pdf, scan_pdf in pairs:
            pages = extract_pdf(text_pdf).pages
            for page in pages:
                refs.append(plain(page.text))
                tasks.append((str(scan_pdf), page.page_no - 1))
        print(f"{len(pairs)} letters, {len(tasks)} pages, {args.workers} processes")
        print("dpi  CER     pages/s  mean conf")
        for dpi in args.dpi:
            started = time.perf_counter()
            with ProcessPoolExecutor(args.workers) as pool:
                results = list(pool.map(_ocr_one, [(p, i, dpi) for p, i in tasks]))
            wall = time.perf_counter() - started
            errors = sum(
                levenshtein(ref, plain(text))
                for ref, (text, _, _) in zip(refs, results, strict=True)
            )
            total = sum(len(ref) for ref in refs)
            confs = [c for _, c, _ in results if c is not None]
            print(
                f"{dpi:<4} {errors / total:.4f}  {len(tasks) / wall:7.2f}  {sum(confs) / len(confs):6.1f}"
            )


if __name__ == "__main__":
    main()
