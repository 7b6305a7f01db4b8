"""How well two labellers agree on college answers: decision, motivation and point lists.

Why: `cp-textmine evaluate` scores the per-point decisions strictly against one labeller's
lists. Whether a low figure is the reader's shortfall or disagreement about how to split a prose
answer into points is a question about the labels; this measures it on answers two labellers
labelled independently.

    python tools/point_agreement.py annotations/dev/html/labels.jsonl \
        annotations/dev/html/labels/labels-D34-points.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from cp_textmine.annotate.agreement import cohen_kappa

REJECTING = {"not_adopted", "partially_adopted"}


def load(path: Path) -> dict[str, dict]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {row["file"]: row for row in rows}


def agreement(first: dict[str, dict], second: dict[str, dict]) -> dict:
    """Counts and Cohen's kappa over the answers both files label."""
    files = sorted(f for f in set(first) & set(second) if second[f].get("doc_type") == "reactie")
    decisions = [(first[f].get("decision"), second[f].get("decision")) for f in files]
    motivated = [(first[f].get("motivated"), second[f].get("motivated")) for f in files
                 if first[f].get("decision") in REJECTING]  # fmt: skip
    listed = [
        f for f in files if first[f].get("point_decisions") and second[f].get("point_decisions")
    ]
    same_count = [f for f in listed
                  if len(first[f]["point_decisions"]) == len(second[f]["point_decisions"])]  # fmt: skip
    pairs = [p for f in same_count
             for p in zip(first[f]["point_decisions"], second[f]["point_decisions"], strict=True)]  # fmt: skip
    return {
        "answers": len(files),
        "decision_same": sum(a == b for a, b in decisions),
        "decision_kappa": cohen_kappa(
            [str(a) for a, _ in decisions], [str(b) for _, b in decisions]
        ),
        "motivated_same": sum(a == b for a, b in motivated),
        "motivated_n": len(motivated),
        "listed_by_first": sum(1 for f in files if first[f].get("point_decisions")),
        "listed_by_second": sum(1 for f in files if second[f].get("point_decisions")),
        "listed_by_both": len(listed),
        "same_number_of_points": len(same_count),
        "identical_lists": sum(
            first[f]["point_decisions"] == second[f]["point_decisions"] for f in listed
        ),
        "points_same": sum(a == b for a, b in pairs),
        "points_n": len(pairs),
        "points_kappa": cohen_kappa([a for a, _ in pairs], [b for _, b in pairs])
        if pairs
        else None,
        "differing": [
            f for f in listed if first[f]["point_decisions"] != second[f]["point_decisions"]
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path, help="the first labeller's labels (JSONL)")
    parser.add_argument("second", type=Path, help="the second labeller's labels (JSONL)")
    args = parser.parse_args()
    print(json.dumps(agreement(load(args.first), load(args.second)), indent=2))


if __name__ == "__main__":
    main()
