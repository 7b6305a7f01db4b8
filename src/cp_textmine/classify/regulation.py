"""Verordening facts: the college's answer term, the council's advice term, the validity start."""

from __future__ import annotations

import re
from datetime import date

from cp_textmine.read.dates import find_dates
from cp_textmine.read.doctext import DocText, split_sentences
from cp_textmine.read.terms import find_terms
from cp_textmine.records import Evidence, RegulationFacts

IN_FORCE = re.compile(
    r"(treedt|treden)\s+in\s+werking|inwerkingtreding|met\s+ingang\s+van|werkt\s+terug\s+tot", re.I
)


def regulation_facts(doc: DocText, enacted: date | None) -> tuple[RegulationFacts, list[Evidence]]:
    evidence: list[Evidence] = []
    college, council = [], []
    for s, e in split_sentences(doc.text):
        for term in find_terms(doc.text[s:e], offset=s):
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


def _valid_from(doc: DocText) -> date | None:
    for s, e in split_sentences(doc.text):
        sentence = doc.text[s:e]
        if IN_FORCE.search(sentence):
            dates = find_dates(sentence)
            if dates:
                return dates[0].value
    return None
