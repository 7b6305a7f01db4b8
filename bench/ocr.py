"""OCR quality and speed on scans we make: render hand-written letters as text PDFs and as scans
(rasterised, rotated, noisy), OCR the scans, and compare with the text layer of the originals.

    python -m bench.ocr [--n 12] [--dpi 150 200 300]
    python -m bench.ocr --source html [--extra 30]

Prints per DPI: character error rate (CER, Levenshtein distance / reference length, on
whitespace-normalised text), pages/s with one single-threaded Tesseract per process, and the
mean Tesseract confidence.

``--source html``: the scans of the hand-written dev set (``annotations/dev/html``, printed by
Chromium and degraded as the blind test set's scans were: 100-200 dpi, skew, blur, scanner
dust, JPEG), plus ``--extra`` other dev documents degraded the same way, against the text of
the same HTML printed by Chromium (``pdftotext``). Prints the word error rate (word-level
Levenshtein / reference words) of one reading per page and of the shipped reading, which reads
a page again without its specks below a confidence (``pdf.ocr.RETRY_BELOW_CONFIDENCE``).
Needs Chromium and poppler-utils, as ``tools/render_test_set.py`` does.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parents[1]


def levenshtein(a: Sequence[str], b: Sequence[str]) -> int:
    """Edit distance of two strings (or word lists); O(len(a) * len(b)) with two rows (pages are
    a few thousand characters)."""
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


def _html_scans(extra: int, folder: Path) -> list[tuple[Path, Path]]:
    """(Chromium text PDF, scan) of the dev html set's scans and of ``extra`` other documents."""
    import json
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    from render_test_set import chromium_pdf, scanned_pdf

    html_set = ROOT / "annotations" / "dev" / "html"
    rows = [json.loads(line) for line in (html_set / "rendering.jsonl").open(encoding="utf-8")]
    scans = [r for r in rows if r["render"] == "scan"]
    others = [r for r in rows if r["render"] != "scan"]
    chosen = scans + others[:: max(1, len(others) // max(extra, 1))][:extra]
    pairs = []
    for row in chosen:
        stem = row["file"].removesuffix(".pdf")
        html = html_set / row["writer"] / f"{stem}.html"
        text_pdf, scan_pdf = folder / f"{stem}.pdf", folder / f"{stem}-scan.pdf"
        chromium_pdf(html, text_pdf)
        if row["render"] == "scan":
            scan_pdf.write_bytes((html_set / "pdfs" / row["file"]).read_bytes())
        else:
            scanned_pdf(html, scan_pdf)
        pairs.append((text_pdf, scan_pdf))
    return pairs


def _read_both(args: tuple[str, int]) -> tuple[list[str], float | None, list[str], float | None]:
    from cp_textmine.pdf.ocr import ocr_page

    path, page = args
    once, once_confidence = ocr_page(Path(path), page, retry_below=None)
    kept, kept_confidence = ocr_page(Path(path), page)
    return once.split(), once_confidence, kept.split(), kept_confidence


def html_main(extra: int, workers: int) -> None:
    import subprocess

    import pypdfium2 as pdfium

    from cp_textmine.pdf.ocr import RETRY_BELOW_CONFIDENCE

    with tempfile.TemporaryDirectory() as tmp:
        pairs = _html_scans(extra, Path(tmp))
        refs, tasks = [], []
        for text_pdf, scan_pdf in pairs:
            printed = subprocess.run(["pdftotext", str(text_pdf), "-"], capture_output=True,
                                     text=True, check=True).stdout.split("\f")  # fmt: skip
            n_pages = len(pdfium.PdfDocument(str(scan_pdf)))
            for i in range(min(n_pages, len(printed))):
                if printed[i].split():
                    refs.append(printed[i].split())
                    tasks.append((str(scan_pdf), i))
        started = time.perf_counter()
        with ProcessPoolExecutor(workers) as pool:
            results = list(pool.map(_read_both, tasks))
        wall = time.perf_counter() - started
    words = sum(len(r) for r in refs)
    once = sum(levenshtein(r, res[0]) for r, res in zip(refs, results, strict=True))
    kept = sum(levenshtein(r, res[2]) for r, res in zip(refs, results, strict=True))
    again = sum(1 for res in results if res[1] is None or res[1] < RETRY_BELOW_CONFIDENCE)
    print(f"{len(pairs)} documents, {len(tasks)} pages, {words} words, {workers} processes")
    print(f"one reading per page:           word error rate {once / words:.4f}")
    print(f"read again below {RETRY_BELOW_CONFIDENCE:.0f} (shipped):  word error rate {kept / words:.4f}"
          f"  ({again} pages read again)")  # fmt: skip
    print(f"both readings of every page: {wall:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", choices=["demo", "html"], default="demo")
    parser.add_argument("--extra", type=int, default=30, help="html: other dev documents scanned")
    parser.add_argument("--n", type=int, default=12, help="letters to render (demo sources)")
    parser.add_argument("--dpi", type=int, nargs="+", default=[150, 200, 300])
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if args.source == "html":
        html_main(args.extra, args.workers)
        return
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
