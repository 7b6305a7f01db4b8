"""Verordening facts: the college's answer term, the council's advice term, the validity start."""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from cp_textmine.read import rx
from cp_textmine.read.dates import find_dates
from cp_textmine.read.doctext import DocText, list_subject, split_sentences
from cp_textmine.read.terms import TermMention, find_terms
from cp_textmine.records import Evidence, RegulationFacts

#: A clause that extends or sets aside a term does not state the term itself.
EXTENSION = rx.compile(r"verleng|afgeweken|afwijken|opgeschort|opschort", re.I)
#: A term only binds the advice process when its clause is about an advice.
ABOUT_ADVICE = rx.compile(r"advie|advis", re.I)
#: Where one clause hands over to another body: "..., waarna het college binnen acht weken reageert".
SUBCLAUSE = rx.compile(
    r",\s*(?=(?:waarna|waarop|waarbij|terwijl|daarna|vervolgens|en\s+(?:het|de|dit|zijn|haar)\s)\b)|"
    r"\s(?=(?:waarna|waarop|terwijl)\b)",
    re.I,
)
#: The bodies a (sub)clause can make its subject.
BODY = rx.compile(
    r"\b(college|burgemeester\s+en\s+wethouders|bestuur|wethouder|\w*raad|platform|panel)\b", re.I
)
IN_FORCE = rx.compile(
    r"(treedt|treden)\s+in\s+werking|inwerkingtreding|met\s+ingang\s+van|werkt\s+terug\s+tot", re.I
)


def regulation_facts(doc: DocText, enacted: date | None) -> tuple[RegulationFacts, list[Evidence]]:
    evidence: list[Evidence] = []
    college, council = [], []
    for s, e in _clauses(doc.text):
        clause = doc.text[s:e]
        if not ABOUT_ADVICE.search(clause):
            continue
        # "Het college:" over "c. reageert binnen acht weken ...": the item's subject is the
        # intro's, read as if written before the item's verb
        subject = list_subject(doc.text, s)
        for term in _terms_by_subject(subject + clause, s - len(subject)):
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


def _terms_by_subject(clause: str, offset: int) -> list[TermMention]:
    """The clause's terms, each with the role of the body that is the subject of its own part.

    "De adviesraad brengt binnen zes weken advies uit, waarna het college binnen acht weken
    reageert" holds two terms: the first binds the adviesraad, the second the college. A part
    that names no body ("..., waarna binnen acht weken een reactie volgt") takes the role of
    the whole clause. A part that extends or sets aside a term states none.
    """
    cuts = [0, *(m.start() for m in SUBCLAUSE.finditer(clause)), len(clause)]
    parts = [(a, b) for a, b in pairwise(cuts) if clause[a:b].strip()]
    if len(parts) <= 1:
        return [] if EXTENSION.search(clause) else find_terms(clause, offset=offset)
    whole = {t.start: t for t in find_terms(clause, offset=offset)}
    terms: list[TermMention] = []
    for a, b in parts:
        part = clause[a:b]
        if EXTENSION.search(part):
            continue
        if BODY.search(part):
            terms += find_terms(part, offset=offset + a)
        else:
            terms += [
                whole[t.start] for t in find_terms(part, offset=offset + a) if t.start in whole
            ]
    return terms


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
