"""Render hand-written cpdoc sources to PDFs and merge their labels (maintainers' tool).

    python tools/render_corpus.py corpora/demo/src_1 corpora/demo/src_2 --out corpora/demo \
        --labels annotations/demo/labels.jsonl

Each document is rendered with a seed derived from its file name, so re-rendering gives
the same look; `scanned: true` labels become image-only PDFs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from cp_textmine.synth.render import render_cpdoc


def seed_for(name: str) -> int:
    return int(hashlib.sha256(name.encode()).hexdigest()[:8], 16)


def render_sources(sources: list[Path], out: Path, labels_out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for folder in sources:
        for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            label = json.loads(line)
            src = folder / (Path(label["file"]).stem + ".cpdoc")
            render_cpdoc(
                src.read_text(encoding="utf-8"),
                out / label["file"],
                seed=seed_for(label["file"]),
                scanned=bool(label.get("scanned")),
            )
            label["source_file"] = str(src)
            rows.append(label)
    labels_out.parent.mkdir(parents=True, exist_ok=True)
    labels_out.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sources", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--labels", type=Path, required=True)
    args = parser.parse_args()
    print(render_sources(args.sources, args.out, args.labels), "documents rendered")


if __name__ == "__main__":
    main()
