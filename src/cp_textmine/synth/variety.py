"""How varied is a synthetic corpus? Nearest-neighbour TF-IDF similarity per doc_type.

Real letters of one type share boilerplate but little else. If every synthetic
advice has a near-twin, a model trained on them learns the template, not the
language. We measure, per doc_type, the cosine similarity between each document
and its most similar other document of the same type: TF-IDF on word unigrams,
fitted per type, on the visible text of the `.cpdoc` sources (markup stripped;
the same words pdfplumber extracts, without rendering cost).

Two settings are reported. "content" (the acceptance measure): sublinear tf and
Dutch function words removed, so the score reflects shared wording rather than
how often every Dutch text says "de" and "van". "raw": scikit-learn defaults
(raw counts, no stop words); on long legal texts it is dominated by function
words and stays high even for documents that share no sentence.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from cp_textmine.synth.markup import plain_text

#: Dutch function words (articles, pronouns, prepositions, auxiliaries, conjunctions).
DUTCH_STOP_WORDS = frozenset(
    """
    de het een en of maar want dus dat die dit deze wat wie waar wanneer hoe als dan van in op
    aan bij met voor naar om tot door over uit onder tegen tussen na zonder te er is zijn was
    waren wordt worden werd werden heeft hebben had hadden kan kunnen kon zal zullen zou zouden
    moet moeten mag mogen wil willen gaat gaan ook nog al niet geen wel zo zeer meer veel weinig
    alle elk elke ieder iedere ons onze uw u wij we zij ze hij haar hem hun hen ik mij mijn je
    jij jullie zich zelf hier daar dezelfde hetzelfde ander andere welke waarbij waarin waarop
    waarvan daarbij daarin daarop daarvan daarom hierbij hiermee hierover tevens reeds omdat
    doordat zodat terwijl hoewel indien tenzij nadat voordat sinds
    """.split()  # noqa: SIM905 - a word list reads better as text
)


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


def _vectorizer(mode: str) -> TfidfVectorizer:
    """The TF-IDF settings of a measurement mode."""
    if mode == "raw":
        return TfidfVectorizer(lowercase=True)
    if mode == "content":
        return TfidfVectorizer(
            lowercase=True, sublinear_tf=True, stop_words=sorted(DUTCH_STOP_WORDS)
        )
    raise ValueError(f"unknown mode {mode!r}; use 'content' or 'raw'")


def nearest_neighbour_similarity(texts: list[str], mode: str = "content") -> np.ndarray:
    """For each text, the cosine similarity to its most similar other text."""
    if len(texts) < 2:
        return np.zeros(len(texts))
    matrix = _vectorizer(mode).fit_transform(texts)
    sims = (matrix @ matrix.T).toarray()
    np.fill_diagonal(sims, -1.0)
    return sims.max(axis=1)


def measure_variety(corpus_dir: Path, mode: str = "content") -> list[VarietyStats]:
    """Mean, 95th percentile and maximum nearest-neighbour similarity per doc_type."""
    stats = []
    for doc_type, texts in sorted(load_texts(corpus_dir).items()):
        nn = nearest_neighbour_similarity(texts, mode)
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
    lines += [
        f"| {s.doc_type} | {s.n} | {s.mean_nn:.3f} | {s.p95_nn:.3f} | {s.max_nn:.3f} |"
        for s in stats
    ]
    return "\n".join(lines)


if __name__ == "__main__":  # python -m cp_textmine.synth.variety DIR [content|raw]
    print(format_variety(measure_variety(Path(sys.argv[1]), *sys.argv[2:3])))
