"""Render the blind test set's HTML sources to PDF with producers our training data never uses.

Each writer chose a renderer per document in its ``notes.jsonl``:
- ``chromium``: headless Chromium print-to-PDF from the HTML;
- ``libreoffice``: HTML -> .odt -> PDF with LibreOffice Writer (a word processor's layout);
- ``scan``: printed by Chromium, rasterised (pdftoppm), degraded like a scanner does
  (grey, slight rotation, noise, blur, JPEG), saved as an image-only PDF.
The result is deterministic per file (degradation seeded by the file name) and written once;
``annotations/test/MANIFEST.sha256`` then freezes it.

Usage: python tools/render_test_set.py annotations/test/src --out annotations/test/pdfs
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-pdf-header-footer",
]  # fmt: skip


def chromium_pdf(html: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["chromium", *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={out}",
             html.resolve().as_uri()],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip


def libreoffice_pdf(html: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as work:
        work_dir = Path(work)
        profile = work_dir / "profile"
        # Writer's HTML import collapses table columns when the body has CSS margins (Writer
        # already has page margins) or a table gives no width: drop the one, state the other.
        source = html.read_text(encoding="utf-8")
        source = re.sub(r"body\s*\{[^}]*\}", _without_margins, source)
        html = work_dir / html.name
        html.write_text(
            re.sub(r"<table(?![^>]*\bwidth=)", '<table width="100%"', source), encoding="utf-8"
        )
        base = ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless"]
        # read as Writer HTML, not as a web page: the web import drops the first line and
        # starts with a blank page (seen on round AY, 2026-12-04)
        subprocess.run([*base, "--infilter=HTML (StarWriter)", "--convert-to", "odt:writer8",
                        "--outdir", str(work_dir), str(html)],
                       check=True, capture_output=True, timeout=300)  # fmt: skip
        odt = work_dir / f"{html.stem}.odt"
        subprocess.run([*base, "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(work_dir),
                        str(odt)], check=True, capture_output=True, timeout=300)  # fmt: skip
        shutil.move(str(work_dir / f"{html.stem}.pdf"), out)


def _without_margins(rule: re.Match) -> str:
    return re.sub(r"(margin|padding)[^;}]*;?", "", rule.group(0))


def scanned_pdf(html: Path, out: Path) -> None:
    from PIL import Image, ImageFilter

    rng = random.Random(hashlib.sha256(html.name.encode()).hexdigest())
    dpi = rng.choice([100, 120, 150, 200])
    with tempfile.TemporaryDirectory() as work:
        work_dir = Path(work)
        printed = work_dir / "printed.pdf"
        chromium_pdf(html, printed)
        subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-png", str(printed), str(work_dir / "p")],
                       check=True, capture_output=True, timeout=300)  # fmt: skip
        pages = []
        for png in sorted(work_dir.glob("p*.png")):
            image = Image.open(png).convert("L")
            image = image.rotate(rng.uniform(-1.5, 1.5), expand=True, fillcolor=255)
            image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.2, 0.9)))
            image = _speckle(image, rng, rng.uniform(0.0005, 0.004))
            jpeg = work_dir / f"{png.stem}.jpg"
            image.save(jpeg, "JPEG", quality=rng.randint(35, 80))
            pages.append(Image.open(jpeg).convert("L"))
        pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def _speckle(image, rng: random.Random, share: float):
    """Scanner dust: a share of pixels flipped to black or white."""
    pixels = image.load()
    width, height = image.size
    for _ in range(int(width * height * share)):
        pixels[rng.randrange(width), rng.randrange(height)] = rng.choice((0, 255))
    return image


RENDERERS = {"chromium": chromium_pdf, "libreoffice": libreoffice_pdf, "scan": scanned_pdf}


def render_all(src: Path, out: Path) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    done = []
    for notes in sorted(src.glob("*/notes.jsonl")):
        for line in notes.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            entry = json.loads(line)
            html = notes.parent / entry["file"]
            target = out / f"{html.stem}.pdf"
            if not target.exists():
                RENDERERS[entry["render"]](html, target)
            done.append(
                {"file": target.name, "render": entry["render"], "writer": notes.parent.name}
            )
            print(f"{target.name}\t{entry['render']}", file=sys.stderr)
    return done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    rendered = render_all(args.src, args.out)
    (args.out.parent / "rendering.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rendered), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
