"""Terms ("binnen zes weken", "uiterlijk acht weken na ontvangst") and which party they bind.

A verordening states several terms side by side; the norm for timeliness is the
college's term to answer an advice, not the council's term to give one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cp_textmine.read import rx

NUMBER_WORDS = {
    "een": 1, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13,
    "veertien": 14, "vijftien": 15, "twintig": 20, "eenentwintig": 21, "achtentwintig": 28,
    "dertig": 30, "tweeënveertig": 42, "tweeenveertig": 42, "zesenvijftig": 56, "zestig": 60,
    "negentig": 90,
}  # fmt: skip


def longest_first(word: str) -> tuple[int, str]:
    """Sort key for the words of an alternation: longer first ("achttien" before "acht"), ties
    in alphabetical order, so that a pattern built from a set reads the same in every process
    (a set's order changes with each process's hash seed, and so would the compiled pattern)."""
    return -len(word), word


#: the places an ask is named by ("uw derde advies"); "laatste" is the last of them
ORDINAL_WORDS = {
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7,
    "achtste": 8, "negende": 9, "tiende": 10,
}  # fmt: skip
ORDINAL = "(?:" + "|".join([*ORDINAL_WORDS, "laatste"]) + ")"
UNIT_DAYS = {"dag": 1, "dagen": 1, "werkdag": 1.4, "werkdagen": 1.4, "week": 7, "weken": 7,
             "maand": 30, "maanden": 30}  # fmt: skip
_NUM = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
TERM = rx.compile(
    rf"\b(?P<lead>binnen|uiterlijk|ten hoogste|maximaal|na|within)?\s*(?:een\s+termijn\s+van\s+|"
    rf"de\s+termijn\s+van\s+)?(?P<num>\d{{1,3}}|{_NUM})\s*(?:\(\s*\d{{1,3}}\s*\)\s*)?"
    rf"(?P<unit>werkdagen|werkdag|dagen|dag|weken|week|maanden|maand)\b",
    re.IGNORECASE,
)
COLLEGE = rx.compile(r"\b(college|burgemeester en wethouders|b\s*&\s*w|bestuur|wethouder)\b", re.I)
ANSWER = rx.compile(
    r"\b(reageert|reageren|reactie|beantwoordt|beantwoorden|antwoord|standpunt|besluit over|"
    r"beslist|neemt .{0,30}besluit|bepaalt .{0,20}standpunt|"
    r"deelt .{0,40}mee|laat .{0,40}weten|schriftelijk|gemotiveerd|na ontvangst van (het|een) advies|"
    r"ontvangst van het advies|op het advies)\b",
    re.I,
)
COUNCIL_ADVISES = rx.compile(
    r"\b(brengt .{0,80}advies.{0,20} uit|advies uit(brengen| te brengen)|adviseert binnen|"
    r"adviestermijn|advies .{0,20}uitbrengen|zijn advies|haar advies|een advies geeft|"
    r"advies (te )?geven|gelegenheid .{0,40}advies)\b",
    re.I,
)
REQUEST = rx.compile(
    r"\b(adviesaanvraag|verzoek om advies|vraagt .{0,30}advies|voorleggen)\b", re.I
)


@dataclass(frozen=True)
class TermMention:
    days: int
    start: int
    end: int
    text: str
    role: str  # 'college_answer' | 'council_advice' | 'request' | 'unknown'
    score: float


def to_days(number: str, unit: str) -> int:
    value = int(number) if number.isdigit() else NUMBER_WORDS[number.lower()]
    return round(value * UNIT_DAYS[unit.lower()])


def find_terms(sentence: str, offset: int = 0) -> list[TermMention]:
    """All terms in one sentence, each with the role the sentence gives it."""
    role, score = classify_term_sentence(sentence)
    mentions = []
    for match in TERM.finditer(sentence):
        days = to_days(match["num"], match["unit"])
        if days <= 0 or days > 365:
            continue
        mentions.append(
            TermMention(
                days,
                offset + match.start(),
                offset + match.end(),
                match.group(0).strip(),
                role,
                score,
            )
        )
    return mentions


def classify_term_sentence(sentence: str) -> tuple[str, float]:
    """Who must act within the term: the college answering, the council advising, or a request."""
    sentence = " ".join(sentence.split())  # a line break inside "advies\nuit" is a space
    college = bool(COLLEGE.search(sentence))
    answer = bool(ANSWER.search(sentence))
    council = bool(COUNCIL_ADVISES.search(sentence))
    request = bool(REQUEST.search(sentence))
    if college and answer and not (council and not answer):
        return "college_answer", 0.9 if not council else 0.7
    if council and (not answer or not college):  # the council acts; "schriftelijk" is no answer
        return "council_advice", 0.8
    if answer:
        return "college_answer", 0.6
    if request:
        return "request", 0.5
    return "unknown", 0.2


#: headings that close a letter ("Tot slot", "Afsluiting"): what stands under them sums up or
#: takes leave; the answers' reader ends the last point there, the asks' reader reads a plea
#: there as summing the list up
LETTER_END = r"tot\s+slot|ten\s+slotte|tenslotte|tot\s+besluit|afsluiting|afsluitend|afronding"
