"""Score the counting readers on hand-written excerpts: the advices an annual report lists
(annotations/dev/overview/) and the recommendations an advice letter makes
(annotations/dev/recs/).

Each file holds excerpts written by one helper who never saw the readers, their rules or the
other sets, with the count a careful researcher reads. The reader reads each excerpt as a
one-page document.

    python tools/score_count_passages.py annotations/dev/overview/overview-*.jsonl [--errors]
    python tools/score_count_passages.py annotations/dev/recs/recs-*.jsonl [--errors]

The field is taken from the file (``n_advices_listed`` or ``n_recommendations``). Prints exact
accuracy with its 95% Wilson interval and n, and the mean absolute error, per file and overall.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from cp_textmine.classify.annual_report import annual_report_facts
from cp_textmine.classify.recommendations import count_recommendations
from cp_textmine.evaluation import wilson
from cp_textmine.read.doctext import DocText
from cp_textmine.records import Page


def _doc(text: str) -> DocText:
    return DocText.from_pages((Page(1, text, "text", len(text)),))


def read_count(row: dict) -> tuple[str, int | None]:
    """(field, the reader's count) for one excerpt."""
    if "n_advices_listed" in row:
        facts, _ = annual_report_facts(_doc(row["text"]), (), None)
        return "n_advices_listed", facts.n_advices_listed
    n, _ = count_recommendations(_doc(row["text"]))
    return "n_recommendations", n


def score(path: Path) -> tuple[int, int, float, list[str]]:
    """(correct, n, mean absolute error over rows where both are numbers, error lines)."""
    correct = n = 0
    errors, gaps = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        field, got = read_count(row)
        gold = row[field]
        n += 1
        correct += got == gold
        if got is not None and gold is not None:
            gaps.append(abs(got - gold))
        if got != gold:
            errors.append(f"  {row['id']} {field}: gold={gold!r} got={got!r}")
    return correct, n, sum(gaps) / len(gaps) if gaps else 0.0, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--errors", action="store_true", help="list every miscounted excerpt")
    args = parser.parse_args()
    all_correct = all_n = 0
    for path in args.files:
        correct, n, mae, errors = score(path)
        low, high = wilson(correct, n)
        print(f"{path.name}: exact {correct / n:.2f} [{low:.2f}–{high:.2f}] (n={n}), MAE {mae:.2f}")
        if args.errors:
            print("\n".join(errors))
        all_correct, all_n = all_correct + correct, all_n + n
    if len(args.files) > 1:
        low, high = wilson(all_correct, all_n)
        print(f"all: exact {all_correct / all_n:.2f} [{low:.2f}–{high:.2f}] (n={all_n})")


if __name__ == "__main__":
    main()
