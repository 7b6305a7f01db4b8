"""Score the stance reader on hand-written answer sentences (annotations/dev/stance/).

Each file holds sentences written by one helper who never saw the reader, its rules or the
other sets, each labelled adopted / partially_adopted / not_adopted / noted / none. The
reader reads each sentence alone, as a sentence of a letter (the college must be the actor,
or the sentence a bare answer such as "Akkoord.").

    python tools/score_stance_sentences.py annotations/dev/stance/sentences-S*.jsonl [--errors]

Prints accuracy with its 95% Wilson interval and n per file, and the confusions.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from cp_textmine.classify.stance import sentence_stance
from cp_textmine.evaluation import wilson


def score(path: Path) -> tuple[int, int, Counter, list[str]]:
    """(correct, n, confusions, error lines) for one file."""
    correct, n, confusions, errors = 0, 0, Counter(), []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        got = sentence_stance(row["sentence"]) or "none"
        n += 1
        if got == row["label"]:
            correct += 1
        else:
            confusions[(row["label"], got)] += 1
            errors.append(f"  {row['id']} gold={row['label']} got={got} | {row['sentence'][:140]}")
    return correct, n, confusions, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--errors", action="store_true", help="list every misread sentence")
    args = parser.parse_args()
    for path in args.files:
        correct, n, confusions, errors = score(path)
        low, high = wilson(correct, n)
        print(f"{path.name}: {correct / n:.3f} [{low:.2f}–{high:.2f}] (n={n})")
        print("  confusions (gold -> read):", dict(confusions.most_common()))
        if args.errors:
            print("\n".join(errors))


if __name__ == "__main__":
    main()
