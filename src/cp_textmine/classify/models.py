"""The seam between rules and trained models: trained models from ``models/`` when present, rules otherwise."""

from __future__ import annotations

from ..doctext import DocText
from ..records import Evidence, ResponseFacts
from .advice import topic_cue_scores
from .doc_type_rules import classify_doc_type_rules
from .taxonomy import load_taxonomy

TOPIC_THRESHOLD = 0.5


def predict_doc_type(text: str) -> tuple[str, float]:
    return classify_doc_type_rules(text)


def predict_topics(doc: DocText) -> tuple[list[tuple[str, float]], list[Evidence]]:
    """Topics above threshold with their score, and the first cue sentence of each as evidence."""
    taxonomy = load_taxonomy()
    scores = topic_cue_scores(doc.text, taxonomy)
    chosen = [(code, round(s, 3)) for code, s in scores.items() if s >= TOPIC_THRESHOLD]
    if not chosen and scores:
        best = max(scores, key=scores.get)
        if scores[best] > 0:
            chosen = [(best, round(scores[best], 3))]
    evidence = []
    patterns = taxonomy.cue_patterns()
    for code, _ in chosen:
        match = patterns[code].search(doc.text)
        if match:
            evidence.append(doc.evidence(f"topic:{code}", match.start(), match.end()))
    return sorted(chosen, key=lambda x: -x[1]), evidence


def refine_decision(text: str, facts: ResponseFacts) -> ResponseFacts:
    return facts
