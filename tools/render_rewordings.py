"""Render the dev set's rewordings (annotations/dev/rewordings/*.cpdoc) and label them.

Each rewording keeps the meaning of its original (same decision, points, requested status),
so its label row is the original's with the file name changed; the original renderer is used
with the original's scan setting, so only the wording differs.

    python tools/render_rewordings.py annotations/dev
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from render_corpus import seed_for

from cp_textmine.synth.render import render_cpdoc


def render_rewordings(dev: Path) -> int:
    labels = {
        Path(row["file"]).stem: row
        for row in map(json.loads, (dev / "labels.jsonl").read_text(encoding="utf-8").splitlines())
    }
    folder = dev / "rewordings"
    out = folder / "pdfs"
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for entry in map(
        json.loads, (folder / "rewordings.jsonl").read_text(encoding="utf-8").splitlines()
    ):
        source = folder / entry["file"]
        original = labels[Path(entry["original"]).stem]
        name = source.with_suffix(".pdf").name
        render_cpdoc(source.read_text(encoding="utf-8"), out / name, seed=seed_for(original["file"]),
                     scanned=bool(original.get("scanned")))  # fmt: skip
        rows.append({**original, "file": name, "original_file": original["file"],
                     "source_file": str(source), "source": "rewording"})  # fmt: skip
    (folder / "labels.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dev", type=Path)
    print(render_rewordings(parser.parse_args().dev), "rewordings rendered")


if __name__ == "__main__":
    main()
