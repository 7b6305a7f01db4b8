"""Render the dev set's sources again with other PDF producers: the layout gap (issue 12).

    python tools/render_producers.py --out annotations/dev/producers

Why: every dev PDF comes from our own renderer (reportlab/fpdf2), while the frozen test set
was printed by Chromium and LibreOffice Writer from HTML. Readers that lean on how our
renderer lays out text (line breaks in tables, where a header ends, the order of a
letterhead) score well on dev and worse on test for reasons that have nothing to do with
wording. Here every text dev source becomes simple HTML, and is printed by Chromium or by
LibreOffice Writer (chosen per file by a hash of its name, about half each); the scans are
copied as they are, so that responses keep the advices they answer.
The labels are the dev labels, so `cp-textmine evaluate` can set the two renderings side by
side. Nothing here is trained on; like dev, it may be looked at and tuned on.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_test_set import _without_margins, chromium_pdf

DEV = Path(__file__).resolve().parent.parent / "annotations" / "dev"
CSS = """body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; margin: 0 1.2cm; }
h1 { font-size: 16pt; } h2 { font-size: 12.5pt; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #888; padding: 3px 5px;
vertical-align: top; text-align: left; }
.letterhead { font-size: 13pt; font-weight: bold; margin-bottom: 1.2em; }
.right { text-align: right; } .running { font-size: 8.5pt; color: #555; }
.signature { height: 2.2em; } .stamp { border: 2px solid #a00; display: inline-block; padding: 4px; }"""
DIRECTIVE = re.compile(r"^\[\[(header|footer|letterhead|stamp):\s*(.*?)\]\]\s*$")


def producer_for(name: str) -> str:
    return (
        "chromium" if int(hashlib.sha256(name.encode()).hexdigest()[:2], 16) % 2 else "libreoffice"
    )


def cpdoc_to_html(source: str, title: str) -> str:
    """The markup of corpora/MARKUP.md as plain HTML; running headers and footers are printed
    once per page at its top and bottom, as a word processor's text layer has them."""
    lines = [line for line in source.splitlines() if not line.startswith("%%")]
    header = footer = ""
    for line in lines:
        m = DIRECTIVE.match(line.strip())
        if m and m[1] == "header":
            header = m[2]
        elif m and m[1] == "footer":
            footer = m[2]
    pages = "\n".join(lines).split("---pagebreak---")
    parts = []
    for number, page in enumerate(pages, start=1):
        body = _blocks(page)
        # a break before each later page (LibreOffice turns a wrapping div's break-after into
        # an empty first page); the running header opens the page
        top = (
            f'<p class="running" style="page-break-before: always">{html.escape(header)}</p>'
            if number > 1
            else ""
        )
        bottom = footer.replace("{page}", str(number)).replace("{pages}", str(len(pages)))
        end = f'<p class="running">{html.escape(bottom)}</p>' if footer else ""
        parts.append(f"{top}{body}{end}")
    return (
        f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{html.escape(title)}'
        f"</title><style>{CSS}</style></head><body>{''.join(parts)}</body></html>"
    )


def _blocks(page: str) -> str:
    out, table, paragraph = [], [], []

    def flush() -> None:
        if table:
            rows = [[c.strip() for c in row.strip().strip("|").split("|")] for row in table]
            head = "".join(f"<th>{html.escape(c)}</th>" for c in rows[0])
            body = "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                for row in rows[1:]
            )
            out.append(f"<table><tr>{head}</tr>{body}</table>")
            table.clear()
        if paragraph:
            out.append("<p>" + "<br>".join(html.escape(x) for x in paragraph) + "</p>")
            paragraph.clear()

    for raw in page.splitlines():
        line = raw.rstrip()
        directive = DIRECTIVE.match(line.strip())
        if line.strip().startswith("|"):
            if paragraph:
                flush()
            table.append(line)
            continue
        if table:
            flush()
        if not line.strip():
            flush()
        elif directive and directive[1] in ("header", "footer"):
            continue
        elif directive and directive[1] == "letterhead":
            flush()
            lines = "<br>".join(html.escape(x.strip()) for x in directive[2].split("|"))
            out.append(f'<div class="letterhead">{lines}</div>')
        elif directive and directive[1] == "stamp":
            flush()
            out.append(f'<div class="stamp">{html.escape(directive[2])}</div>')
        elif line.strip() == "[[signature]]":
            flush()
            out.append('<div class="signature"></div>')
        elif line.startswith("## "):
            flush()
            out.append(f"<h2>{html.escape(line[3:].strip())}</h2>")
        elif line.startswith("# "):
            flush()
            out.append(f"<h1>{html.escape(line[2:].strip())}</h1>")
        elif line.startswith(">> "):
            flush()
            out.append(f'<p class="right">{html.escape(line[3:].strip())}</p>')
        else:
            paragraph.append(line)
    flush()
    return "".join(out)


def dev_labels() -> list[dict]:
    rows = []
    for labels in sorted(DEV.glob("writer_*/labels.jsonl")):
        for line in labels.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append({**json.loads(line), "_folder": str(labels.parent)})
    return rows


def render(out: Path) -> int:
    (out / "pdfs").mkdir(parents=True, exist_ok=True)
    rows, for_writer = [], []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for label in dev_labels():
            folder = Path(label.pop("_folder"))
            if label.get("scanned"):  # a scan's text comes from OCR, whatever printed it
                shutil.copy(DEV / "pdfs" / label["file"], out / "pdfs" / label["file"])
                rows.append({**label, "render": "scan, as in dev"})
                continue
            source = (folder / (Path(label["file"]).stem + ".cpdoc")).read_text(encoding="utf-8")
            page = work / (Path(label["file"]).stem + ".html")
            page.write_text(cpdoc_to_html(source, label["file"]), encoding="utf-8")
            producer = producer_for(label["file"])
            target = out / "pdfs" / label["file"]
            if producer == "chromium" and not target.exists():
                chromium_pdf(page, target)
            elif producer == "libreoffice" and not target.exists():
                for_writer.append(page)
            rows.append({**label, "render": producer})
        libreoffice_batch(for_writer, out / "pdfs", work)
    (out / "labels.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    return len(rows)


def libreoffice_batch(pages: list[Path], out: Path, work: Path) -> None:
    """HTML -> .odt -> PDF with LibreOffice Writer, all files in one run per step (starting
    Writer costs seconds); the HTML is prepared as ``render_test_set.libreoffice_pdf`` does."""
    if not pages:
        return
    prepared = work / "writer"
    prepared.mkdir()
    for page in pages:
        text = re.sub(r"body\s*\{[^}]*\}", _without_margins, page.read_text(encoding="utf-8"))
        text = re.sub(r"<table(?![^>]*\bwidth=)", '<table width="100%"', text)
        (prepared / page.name).write_text(text, encoding="utf-8")
    base = ["soffice", f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless"]
    htmls = sorted(str(p) for p in prepared.glob("*.html"))
    subprocess.run([*base, "--convert-to", "odt:writer8", "--outdir", str(prepared), *htmls],
                   check=True, capture_output=True, timeout=3600)  # fmt: skip
    odts = sorted(str(p) for p in prepared.glob("*.odt"))
    subprocess.run([*base, "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(prepared), *odts],
                   check=True, capture_output=True, timeout=3600)  # fmt: skip
    for pdf in prepared.glob("*.pdf"):
        shutil.move(str(pdf), out / pdf.name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEV / "producers")
    print(f"{render(parser.parse_args().out)} documents rendered")


if __name__ == "__main__":
    main()
