"""Turn a text PDF into an image-only "scan": greyscale, skewed, noisy, blurred.

Scanned letters are common in municipal archives; the ingest pipeline must
OCR them, so the synthetic corpus needs PDFs without any text layer.
"""

from __future__ import annotations

import io
import random
from datetime import datetime

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter


def _degrade(page: Image.Image, rng: random.Random, noise: np.random.Generator) -> Image.Image:
    """Rotate slightly, add grain and speckles, and blur a little."""
    angle = rng.uniform(-1.5, 1.5)
    img = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    arr = np.asarray(img, dtype=np.int16)
    paper = rng.randint(0, 14)
    arr = arr - paper + noise.normal(0, rng.uniform(4, 9), arr.shape).astype(np.int16)
    specks = noise.random(arr.shape) < rng.uniform(0.0002, 0.0008)
    arr[specks] = noise.integers(0, 90, int(specks.sum()))
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode="L")
    return img.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.9)))


def rasterise(pdf_bytes: bytes, seed: int, created: datetime) -> bytes:
    """Image-only PDF bytes from a text PDF, reproducible for the seed."""
    rng = random.Random(f"scan:{seed}")
    noise = np.random.default_rng(abs(hash_seed(seed)))
    dpi = rng.choice([150, 160, 175, 200])
    document = pdfium.PdfDocument(pdf_bytes)
    pages = []
    try:
        for index in range(len(document)):
            bitmap = document[index].render(scale=dpi / 72, grayscale=True)
            pages.append(_degrade(bitmap.to_pil().convert("L"), rng, noise))
    finally:
        document.close()
    out = io.BytesIO()
    stamp = created.timetuple()
    pages[0].save(
        out,
        "PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=float(dpi),
        creationDate=stamp,
        modDate=stamp,
        title="",
        quality=rng.choice([70, 78, 85]),
    )
    return out.getvalue()


def hash_seed(seed: int) -> int:
    """A stable 63-bit integer derived from the seed (Python's hash() is salted)."""
    return int.from_bytes(random.Random(f"np:{seed}").randbytes(8), "big") >> 1
