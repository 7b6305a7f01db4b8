"""OCR for image-only pages with Tesseract (Dutch), one single-threaded Tesseract per worker.

Tesseract's OpenMP threading makes a page 20x slower on two cores when several run at
once, so ``OMP_THREAD_LIMIT=1`` is set before the first call.
"""

from __future__ import annotations

import functools
import os
import shutil
from pathlib import Path

from cp_textmine.pdf.ocr_words import undo_ocr_accents

DEFAULT_DPI = 150  # chosen by measurement: bench/ocr.py, see bench/RESULTS.md
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


def ocr_page(path: Path, page_index: int, dpi: int = DEFAULT_DPI) -> tuple[str, float | None]:
    """Text and mean word confidence (0..100) of one page."""
    import pytesseract  # optional: Tesseract is needed only for scans

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    image = render_page(path, page_index, dpi)
    data = pytesseract.image_to_data(
        image, lang=LANG, config="--psm 3", output_type=pytesseract.Output.DICT
    )
    text = undo_ocr_accents(_lines_from_data(data))
    confidences = [
        float(c)
        for c, w in zip(data["conf"], data["text"], strict=False)
        if w.strip() and float(c) >= 0
    ]
    mean = sum(confidences) / len(confidences) if confidences else None
    return text, mean


def _lines_from_data(data: dict) -> str:
    """Rebuild lines and paragraphs from Tesseract's word boxes, keeping its reading order."""
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
                lines.append(" ".join(current))
            if last_par is not None and par != last_par:
                lines.append("")
            current, current_key, last_par = [], key, par
        current.append(word)
    if current:
        lines.append(" ".join(current))
    return "\n".join(lines)
