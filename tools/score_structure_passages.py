"""Score the annual-report structure reader on hand-written report excerpts
(annotations/dev/structure/passages-*.jsonl).

Each file holds excerpts written by one helper who never saw the reader, its rules or the other
sets: a title line and a few sections of a jaarverslag, with what a careful researcher reads
for the report's year (n_members, meetings_with_college, vacancies, work_plan_present,
achterban_activities). The reader reads each excerpt as a one-page, fully read report.

    python tools/score_structure_passages.py annotations/dev/structure/passages-*.jsonl [--errors]

Prints per-field accuracy with its 95% Wilson interval and n, per file and over all files.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from cp_textmine.classify.structure import report_structure
from cp_textmine.evaluation import wilson
from cp_textmine.read.doctext import DocText
from cp_textmine.records import Page
from cp_textmine.structure_eval import as_label_value, gold_label_value

FIELDS = (
    "n_members",
    "meetings_with_college",
    "vacancies",
    "work_plan_present",
    "achterban_activities",
)


def read_excerpt(text: str, year: int) -> dict[str, object]:
    """The reader's values for one excerpt, as label values."""
    pages = (Page(1, text, "text", len(text)),)
    values, _ = report_structure(DocText.from_pages(pages), pages, year)
    found = {v.norm_id: v.value for v in values}
    return {name: as_label_value(name, found.get(name)) for name in FIELDS}


def score(path: Path) -> dict[str, tuple[int, int, list[str]]]:
    """{field: (correct, n, error lines)} for one file."""
    result: dict[str, list] = defaultdict(lambda: [0, 0, []])
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        got = read_excerpt(row["text"], int(row["year"]))
        for name in FIELDS:
            entry = result[name]
            entry[1] += 1
            if got[name] == gold_label_value(name, row[name]):
                entry[0] += 1
            else:
                entry[2].append(f"  {row['id']} {name}: gold={row[name]!r} got={got[name]!r}")
    return {name: tuple(entry) for name, entry in result.items()}


def _line(name: str, correct: int, n: int) -> str:
    low, high = wilson(correct, n)
    return f"  {name:24s} {correct / n:.2f} [{low:.2f}–{high:.2f}] (n={n})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--errors", action="store_true", help="list every misread field")
    args = parser.parse_args()
    total: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for path in args.files:
        print(path.name)
        for name, (correct, n, errors) in score(path).items():
            print(_line(name, correct, n))
            total[name][0] += correct
            total[name][1] += n
            if args.errors:
                print("\n".join(errors))
    if len(args.files) > 1:
        print("all files")
        for name, (correct, n) in total.items():
            print(_line(name, correct, n))
        correct, n = sum(c for c, _ in total.values()), sum(n for _, n in total.values())
        print(_line("all fields", correct, n))


if __name__ == "__main__":
    main()
