"""Score the topic reader on hand-written short advices (annotations/dev/topics/).

Each file holds advices written by one helper who never saw the topic model, its cues or the
other sets, labelled with the 1–3 subjects each is really about. The pipeline reads each as a
one-page document (document type, recommendations and topics as in an ingest).

    python tools/score_topic_passages.py annotations/dev/topics/topics-*.jsonl [--errors]

Prints micro- and macro-F1 with n, the exact-set accuracy with its 95% Wilson interval, and
per-topic precision and recall over all files.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from cp_textmine.classify.document import understand
from cp_textmine.evaluation import wilson
from cp_textmine.records import Page


def read_topics(text: str) -> set[str]:
    found = understand((Page(1, text, "text", len(text)),))
    if not found.advice:
        return set()  # not read as an advice: no topics, as in an ingest
    return {t if isinstance(t, str) else t[0] for t in found.advice.topics}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--errors", action="store_true", help="list every misread advice")
    args = parser.parse_args()
    tp, fp, fn = Counter(), Counter(), Counter()
    exact = n = 0
    for path in args.files:
        file_exact = file_n = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            gold, got = set(row["topics"]), read_topics(row["text"])
            for t in gold & got:
                tp[t] += 1
            for t in got - gold:
                fp[t] += 1
            for t in gold - got:
                fn[t] += 1
            file_n += 1
            file_exact += gold == got
            if args.errors and gold != got:
                print(f"  {row['id']}: gold={sorted(gold)} got={sorted(got)}")
        low, high = wilson(file_exact, file_n)
        print(
            f"{path.name}: exact set {file_exact / file_n:.2f} [{low:.2f}–{high:.2f}] (n={file_n})"
        )
        exact, n = exact + file_exact, n + file_n
    labels = sorted(set(tp) | set(fp) | set(fn))
    micro_p = sum(tp.values()) / max(1, sum(tp.values()) + sum(fp.values()))
    micro_r = sum(tp.values()) / max(1, sum(tp.values()) + sum(fn.values()))
    micro = 2 * micro_p * micro_r / max(1e-9, micro_p + micro_r)
    f1s = []
    for t in labels:
        p = tp[t] / max(1, tp[t] + fp[t])
        r = tp[t] / max(1, tp[t] + fn[t])
        f1s.append(2 * p * r / max(1e-9, p + r))
        print(f"  {t:24s} P {p:.2f} R {r:.2f} (gold {tp[t] + fn[t]}, read {tp[t] + fp[t]})")
    print(f"all: micro-F1 {micro:.3f}, macro-F1 {sum(f1s) / max(1, len(f1s)):.3f}, n={n} advices")


if __name__ == "__main__":
    main()
