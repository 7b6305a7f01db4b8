"""Verordening facts: the college's answer term, the council's advice term, the validity start."""

from __future__ import annotations

import re
from datetime import date

from cp_textmine.read.dates import find_dates
from cp_textmine.read.doctext import DocText, split_sentences
from cp_textmine.read.terms import find_terms
from cp_textmine.records import Evidence, RegulationFacts

#: A clause that extends or sets aside a term does not state the term itself.
EXTENSION = re.compile(r"verleng|afgeweken|afwijken|opgeschort|opschort", re.I)
#: A term only binds the advice process when its clause is about an advice.
ABOUT_ADVICE = re.compile(r"advie|advis", re.I)
IN_FORCE = re.compile(
    r"(treedt|treden)\s+in\s+werking|inwerkingtreding|met\s+ingang\s+van|werkt\s+terug\s+tot", re.I
)


def regulation_facts(doc: DocText, enacted: date | None) -> tuple[RegulationFacts, list[Evidence]]:
    evidence: list[Evidence] = []
    college, council = [], []
    for s, e in _clauses(doc.text):
        clause = doc.text[s:e]
        if EXTENSION.search(clause) or not ABOUT_ADVICE.search(clause):
            continue
        for term in find_terms(clause, offset=s):
            if term.role == "college_answer":
                college.append(term)
            elif term.role == "council_advice":
                council.append(term)
    norm = max(college, key=lambda t: (t.score, -t.start)) if college else None
    advice_term = max(council, key=lambda t: (t.score, -t.start)) if council else None
    if norm:
        evidence.append(doc.evidence("norm", norm.start, norm.end))
    if advice_term:
        evidence.append(doc.evidence("advice_term", advice_term.start, advice_term.end))
    valid_from = _valid_from(doc) or enacted
    return RegulationFacts(
        norm.days if norm else None, advice_term.days if advice_term else None, valid_from
    ), evidence


def _clauses(text: str) -> list[tuple[int, int]]:
    """Sentences split further at ';': "de raad adviseert binnen vier weken; het college reageert ..."."""
    spans = []
    for s, e in split_sentences(text):
        start = s
        for m in re.finditer(";", text[s:e]):
            spans.append((start, s + m.start()))
            start = s + m.end()
        spans.append((start, e))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _valid_from(doc: DocText) -> date | None:
    for s, e in split_sentences(doc.text):
        sentence = doc.text[s:e]
        if IN_FORCE.search(sentence):
            dates = find_dates(sentence)
            if dates:
                return dates[0].value
    return None
