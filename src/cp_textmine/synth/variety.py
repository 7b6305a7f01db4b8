"""How varied is a synthetic corpus? Nearest-neighbour TF-IDF similarity per doc_type.

Real letters of one type share boilerplate but little else. If every synthetic
advice has a near-twin, a model trained on them learns the template, not the
language. We measure, per doc_type, the cosine similarity between each document
and its most similar other document of the same type (TF-IDF on word unigrams,
fitted per type, text from the `.cpdoc` sources with the markup stripped).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from .markup import plain_text


@dataclass(frozen=True)
class VarietyStats:
    """Nearest-neighbour similarity figures for one doc_type."""

    doc_type: str
    n: int
    mean_nn: float
    p95_nn: float
    max_nn: float


def load_texts(corpus_dir: Path) -> dict[str, list[str]]:
    """Visible text per doc_type from the .cpdoc sources named in labels.jsonl."""
    corpus_dir = Path(corpus_dir)
    by_type: dict[str, list[str]] = {}
    for line in (corpus_dir / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        source = (corpus_dir / label["file"]).with_suffix(".cpdoc").read_text(encoding="utf-8")
        by_type.setdefault(label["doc_type"], []).append(plain_text(source))
    return by_type


def nearest_neighbour_similarity(texts: list[str]) -> np.ndarray:
    """For each text, the cosine similarity to its most similar other text."""
    if len(texts) < 2:
        return np.zeros(len(texts))
    matrix = TfidfVectorizer(lowercase=True).fit_transform(texts)
    sims = (matrix @ matrix.T).toarray()
    np.fill_diagonal(sims, -1.0)
    return sims.max(axis=1)


def measure_variety(corpus_dir: Path) -> list[VarietyStats]:
    """Mean, 95th percentile and maximum nearest-neighbour similarity per doc_type."""
    stats = []
    for doc_type, texts in sorted(load_texts(corpus_dir).items()):
        nn = nearest_neighbour_similarity(texts)
        stats.append(
            VarietyStats(
                doc_type=doc_type,
                n=len(texts),
                mean_nn=round(float(nn.mean()), 3) if len(nn) else 0.0,
                p95_nn=round(float(np.percentile(nn, 95)), 3) if len(nn) else 0.0,
                max_nn=round(float(nn.max()), 3) if len(nn) else 0.0,
            )
        )
    return stats


def format_variety(stats: list[VarietyStats]) -> str:
    """A markdown table of the figures."""
    lines = ["| doc_type | n | mean NN cosine | p95 | max |", "| --- | --- | --- | --- | --- |"]
    lines += [f"| {s.doc_type} | {s.n} | {s.mean_nn:.3f} | {s.p95_nn:.3f} | {s.max_nn:.3f} |" for s in stats]
    return "\n".join(lines)


if __name__ == "__main__":  # python -m cp_textmine.synth.variety DIR
    print(format_variety(measure_variety(Path(sys.argv[1]))))
