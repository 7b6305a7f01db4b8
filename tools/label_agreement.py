"""How far two labellers agree, per field, on the documents both labelled.

    python tools/label_agreement.py annotations/dev/html/labels.jsonl \
        annotations/dev/relabel/annual_reports/labels-D185.jsonl
    python tools/label_agreement.py annotations/dev/labels.jsonl annotations/dev/relabel/labels-R*.jsonl

The first file is the reference; the others are read together as the second labeller. Prints,
for the fields both filled: exact agreement with its n and 95% Wilson interval (the
annual-report norms compared as the checklist compares them: the six scored kinds of
achterban activity as a set), and for topics also micro- and macro-F1 over the topic labels
(the measure the test set uses for the readers). Used for the ceilings in
``annotations/dev/relabel/`` (why a target above what two labellers reach cannot be met).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from cp_textmine.evaluation import wilson
from cp_textmine.structure_eval import gold_label_value

FIELDS = ("doc_type", "year", "n_advices_listed", "requested", "decision", "motivated")
REPORT_NORMS = (
    "work_plan_present",
    "achterban_activities",
    "meetings_with_college",
    "vacancies",
    "n_members",
)


def _labels(paths: list[str]) -> dict[str, dict]:
    rows: dict[str, dict] = {}
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows[row["file"].replace(".cpdoc", ".pdf")] = row
    return rows


def _labelled(row: dict, field: str) -> bool:
    if field in REPORT_NORMS:
        return isinstance(row.get("structure"), dict) and field in row["structure"]
    return field in row


def _value(row: dict, field: str) -> object:
    if field in REPORT_NORMS:
        return gold_label_value(field, (row.get("structure") or {}).get(field))
    return row.get(field)


def agreement(first: dict[str, dict], second: dict[str, dict]) -> dict[str, tuple[int, int]]:
    """field -> (agreeing, n) over the files both label, where both gave the field a value."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name in sorted(first.keys() & second.keys()):
        for field in FIELDS + REPORT_NORMS:
            if not all(_labelled(row, field) for row in (first[name], second[name])):
                continue  # one of them was not asked for this field
            a, b = _value(first[name], field), _value(second[name], field)
            if a is None and b is None:
                continue
            counts[field][0] += a == b
            counts[field][1] += 1
    return {field: (n_ok, n) for field, (n_ok, n) in counts.items()}


def topic_f1(first: dict[str, dict], second: dict[str, dict]) -> tuple[float, float, int] | None:
    """(micro-F1, macro-F1, advices) of the second labeller's topics against the first's."""
    per_topic: dict[str, list[int]] = defaultdict(
        lambda: [0, 0, 0]
    )  # both, second only, first only
    advices = 0
    for name in first.keys() & second.keys():
        a, b = first[name], second[name]
        if a.get("doc_type") != "advies" or b.get("doc_type") != "advies":
            continue
        if a.get("topics") is None or b.get("topics") is None:
            continue
        advices += 1
        ta, tb = set(a["topics"]), set(b["topics"])
        for topic in ta | tb:
            per_topic[topic][0 if topic in ta and topic in tb else 1 if topic in tb else 2] += 1
    if not advices:
        return None
    both, extra, missed = (sum(c[i] for c in per_topic.values()) for i in range(3))
    micro = 2 * both / (2 * both + extra + missed)
    macro = sum(2 * c[0] / (2 * c[0] + c[1] + c[2]) for c in per_topic.values()) / len(per_topic)
    return micro, macro, advices


def main(argv: list[str]) -> None:
    if len(argv) < 2:
        raise SystemExit(__doc__)
    first, second = _labels(argv[:1]), _labels(argv[1:])
    print(f"files both labelled: {len(first.keys() & second.keys())}")
    for field, (n_ok, n) in agreement(first, second).items():
        low, high = wilson(n_ok, n)
        print(f"{field:24s} {n_ok}/{n} = {n_ok / n:.2f} [{low:.2f}-{high:.2f}]")
    topics = topic_f1(first, second)
    if topics:
        print(
            f"topics over {topics[2]} advices: micro-F1 {topics[0]:.2f}, macro-F1 {topics[1]:.2f}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
