"""OCR for image-only pages with Tesseract (Dutch), one single-threaded Tesseract per worker.

Tesseract's OpenMP threading makes a page 20x slower on two cores when several run at
once, so ``OMP_THREAD_LIMIT=1`` is set before the first call.

A page Tesseract reads with little confidence is read again after a 3x3 median filter, and the
reading it trusts more is kept: scanner dust (specks of single pixels) breaks words apart, and
the filter removes it, but it also thins clean print, so it is no default (bench/RESULTS.md,
2026-12-07: on 150 dev scan pages the word error rate fell from 23% to 16%; on cleaner
synthetic scans it changed by less than 0.1 point).
"""

from __future__ import annotations

import functools
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from cp_textmine.pdf.ocr_words import undo_ocr_accents

DEFAULT_DPI = 150  # chosen by measurement: bench/ocr.py, see bench/RESULTS.md
#: a page read with a lower mean word confidence (0..100) is read again without its specks;
#: chosen on the dev scans (bench/ocr.py --source html): clean scans read at 93-95
RETRY_BELOW_CONFIDENCE = 92.0
LANG = "nld"
INSTALL_HINT = "install Tesseract with Dutch data: apt-get install tesseract-ocr tesseract-ocr-nld"


@functools.lru_cache(maxsize=1)
def tesseract_status() -> str | None:
    """None when Tesseract with Dutch data is usable, else the reason it is not."""
    binary = shutil.which("tesseract")
    if binary is None:
        return f"tesseract not found; {INSTALL_HINT}"
    try:
        import pytesseract  # optional: Tesseract is needed only for scans
    except ImportError:
        return "the pytesseract package is missing; pip install pytesseract"
    try:
        langs = pytesseract.get_languages(config="")
    except Exception as exc:  # a broken install
        return f"tesseract does not run ({exc}); {INSTALL_HINT}"
    if LANG not in langs:
        return f"tesseract has no Dutch language data; {INSTALL_HINT}"
    return None


def render_page(path: Path, page_index: int, dpi: int = DEFAULT_DPI):
    """Rasterise one page with pdfium (fast, no poppler needed) as a greyscale PIL image."""
    import pypdfium2 as pdfium  # here, not at the top: a run without scans never renders

    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[page_index]
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        image = bitmap.to_pil()
        page.close()
    finally:
        pdf.close()
    return image


def ocr_page(
    path: Path,
    page_index: int,
    dpi: int = DEFAULT_DPI,
    retry_below: float | None = RETRY_BELOW_CONFIDENCE,
) -> tuple[str, float | None]:
    """Text and mean word confidence (0..100) of one page; below ``retry_below`` the page is
    read once more without its specks and the more confident reading kept (None: one reading)."""
    image = render_page(path, page_index, dpi)
    first = read_image(image)
    if retry_below is None or (first.mean is not None and first.mean >= retry_below):
        return first.text, first.mean
    from PIL import ImageFilter  # Pillow comes with pypdfium2's image output

    filtered = image.filter(ImageFilter.MedianFilter(3))
    again = read_image(filtered)
    kept = (
        again
        if again.mean is not None and (first.mean is None or again.mean > first.mean)
        else first
    )
    # Tesseract's page layout analysis may drop whole paragraphs of a dusty, skewed page (a
    # regulation's articles 2 and 3, round GQ); read as one block of text, they are there
    block = read_image(filtered, page_segmentation=6)
    if block.sure_chars > LOST_LINES_RATIO * kept.sure_chars:
        return block.text, block.mean
    return kept.text, kept.mean


#: a page read as one block with this many times the sure characters of the layout-analysed
#: reading lost lines in the layout analysis (chosen on the dev scans: bench/RESULTS.md)
LOST_LINES_RATIO = 1.25
#: a word Tesseract is this sure of (0..100), two letters or more, counts as read
SURE_WORD_CONFIDENCE = 60


@dataclass(frozen=True)
class Reading:
    """One OCR reading of a page: its text, mean word confidence (0..100) and how many
    characters of words Tesseract is sure of (dust read as letters is not)."""

    text: str
    mean: float | None
    sure_chars: int


def read_image(image, page_segmentation: int = 3) -> Reading:
    """One Tesseract reading of a greyscale page image: ``page_segmentation`` 3 analyses the
    page's layout (columns, blocks), 6 takes it as one block of text."""
    import pytesseract  # optional: Tesseract is needed only for scans

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    data = pytesseract.image_to_data(
        image, lang=LANG, config=f"--psm {page_segmentation}", output_type=pytesseract.Output.DICT
    )
    text = undo_ocr_accents(_lines_from_data(data))
    words = [
        (w.strip(), float(c))
        for c, w in zip(data["conf"], data["text"], strict=False)
        if w.strip() and float(c) >= 0
    ]
    mean = sum(c for _, c in words) / len(words) if words else None
    sure = sum(len(w) for w, c in words if c >= SURE_WORD_CONFIDENCE and len(w) >= 2)
    return Reading(text, mean, sure)


#: what Tesseract makes of a bullet at a line's start: "« Inkoop hulp bij het huishouden"
OCR_BULLETS = frozenset("«»©°")


def _lines_from_data(data: dict) -> str:
    """Rebuild lines and paragraphs from Tesseract's word boxes, keeping its reading order. A
    bullet read as "«", "»", "©" or "°" before a line's first word is a bullet again (round GN):
    the readers know a list item by it."""
    lines: list[str] = []
    current_key = None
    current: list[str] = []
    last_par = None
    for i, word in enumerate(data["text"]):
        if not word.strip():
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        par = key[:2]
        if key != current_key:
            if current:
                lines.append(_line(current))
            if last_par is not None and par != last_par:
                lines.append("")
            current, current_key, last_par = [], key, par
        current.append(word)
    if current:
        lines.append(_line(current))
    return "\n".join(lines)


def _line(words: list[str]) -> str:
    if len(words) > 1 and words[0] in OCR_BULLETS:
        words = ["•", *words[1:]]
    return " ".join(words)
