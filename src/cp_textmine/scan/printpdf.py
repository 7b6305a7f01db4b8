"""HTML -> PDF with headless Chromium: the print engine the tests already use to look at reports.

Chromium was chosen over WeasyPrint because it is already a system dependency (the HTML report's
tests open it), it supports CSS paged media with page-margin boxes (A4, "pagina 3 van 9"), draws
the inline SVG charts exactly as a browser shows them, and it needs no extra Python packages with
native libraries (WeasyPrint needs Pango). The PDF keeps the report's internal links.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from cp_textmine.errors import CpTextmineError

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
#: Flags that make headless Chromium quiet, offline and reproducible on a server without a GPU.
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--no-first-run", "--disable-quic")  # fmt: skip
TIMEOUT_S = 120


class PdfRenderError(CpTextmineError):
    """Chromium is missing or did not write the PDF."""


def find_chromium() -> str | None:
    """The first Chromium on PATH, or None."""
    return next((p for p in map(shutil.which, CHROMIUM_NAMES) if p), None)


def html_to_pdf(html_text: str, out: Path) -> Path:
    """Print ``html_text`` to ``out`` (A4 and page numbers come from the page's own CSS)."""
    chromium = find_chromium()
    if chromium is None:
        raise PdfRenderError(
            "chromium not found: install it (apt-get install chromium, or tools/system-deps.sh), "
            "or write --format html and print that"
        )
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)  # a stale file must not pass for a new one
    with tempfile.TemporaryDirectory(prefix="cp-textmine-pdf-") as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html_text, encoding="utf-8")
        command = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={Path(tmp) / 'profile'}",
                   f"--print-to-pdf={out}", page.as_uri()]  # fmt: skip
        try:
            run = subprocess.run(
                command, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
            )
        except subprocess.TimeoutExpired as exc:
            raise PdfRenderError(f"chromium took more than {TIMEOUT_S} s to print {out}") from exc
    if not out.exists() or out.stat().st_size == 0:
        raise PdfRenderError(f"chromium did not write {out}: {run.stderr.strip()[-500:]}")
    return out
