"""Render cpdoc markup (corpora/MARKUP.md) to PDF, optionally as an image-only scan.

The look (producer, font, size, margins, spacing, table style) is drawn from the
seed, the text and its reading order come only from the markup, so what
pdfplumber extracts matches the source.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

from cp_textmine.synth.markup import CpDoc, parse_cpdoc
from cp_textmine.synth.render_fpdf import render_fpdf
from cp_textmine.synth.render_rl import render_reportlab
from cp_textmine.synth.scan import rasterise
from cp_textmine.synth.style import Style, style_for_seed

__all__ = ["render_cpdoc", "render_cpdoc_bytes", "render_with_style", "style_for_seed"]


def created_for_seed(seed: int) -> datetime:
    """A PDF creation timestamp drawn from the seed, so output never depends on the clock."""
    rng = random.Random(f"created:{seed}")
    base = datetime(2012, 1, 1, 8, 0, 0)
    return base + timedelta(days=rng.randint(0, 13 * 365), seconds=rng.randint(0, 9 * 3600))


def render_with_style(
    doc: CpDoc, style: Style, *, seed: int = 0, created: datetime | None = None
) -> bytes:
    """Text-PDF bytes for a parsed document in an explicit style (tests pick styles)."""
    when = created or created_for_seed(seed)
    if style.producer == "fpdf2":
        return render_fpdf(doc, style, seed, when)
    return render_reportlab(doc, style, seed, when)


def render_cpdoc_bytes(
    source: str,
    *,
    seed: int = 0,
    scanned: bool = False,
    producer: str | None = None,
    created: datetime | None = None,
) -> bytes:
    """PDF bytes for a cpdoc source; see render_cpdoc."""
    style = style_for_seed(seed, producer)
    when = created or created_for_seed(seed)
    data = render_with_style(parse_cpdoc(source), style, seed=seed, created=when)
    if scanned:
        data = rasterise(data, seed, when)
    return data


def render_cpdoc(
    source: str,
    out_path: Path,
    *,
    seed: int = 0,
    scanned: bool = False,
    producer: str | None = None,
    created: datetime | None = None,
) -> None:
    """Write the cpdoc source as a PDF; same arguments give byte-identical files.

    producer: "reportlab" or "fpdf2" (None: chosen by seed, about 70/30).
    scanned: rasterise to an image-only PDF (greyscale, skewed, noisy).
    created: the PDF creation date (default drawn from the seed, never the clock).
    """
    data = render_cpdoc_bytes(
        source, seed=seed, scanned=scanned, producer=producer, created=created
    )
    Path(out_path).write_bytes(data)
