"""Advice facts: requested or not, the request date, the recommendations, topic cues."""

from __future__ import annotations

import math
import re
from datetime import date

from cp_textmine.classify.taxonomy import Taxonomy
from cp_textmine.read.dates import find_dates
from cp_textmine.read.doctext import DocText, split_sentences
from cp_textmine.read.header import header_fields
from cp_textmine.records import Evidence

UNSOLICITED = re.compile(
    r"\b(ongevraagd(e)?\s+advie[sz]|ongevraagd\b|uit\s+eigen\s+beweging|op\s+eigen\s+initiatief|"
    r"eigener\s+beweging|(wij|de\s+raad)\s+(wil|willen)\s+u\s+(graag\s+)?(ongevraagd|uit\s+eigen))",
    re.I,
)
REQUESTED = re.compile(
    r"\b(gevraagd(e)?\s+advie[sz]|(uw|de|het)\s+(advies)?aanvraag|uw\s+verzoek\s+(om|tot)\s+advies|"
    r"adviesverzoek|verzoek\s+om\s+advies|u\s+(heeft|hebt)\s+(ons|de\s+raad)\s+(om\s+advies\s+)?gevraagd|"
    r"(heeft|hebt)\s+u\s+(ons|de\s+raad)\s+(om\s+(een\s+)?advies\s+)?gevraagd|op\s+uw\s+verzoek|"
    r"vraagt\s+u\s+(ons|de\s+raad)|om\s+advies\s+gevraagd|advies\s+gevraagd)",
    re.I,
)
REQUEST_DATE_CONTEXT = re.compile(
    r"(adviesaanvraag|aanvraag|verzoek(\s+om\s+advies)?|uw\s+brief|uw\s+e-?mail|adviesverzoek)"
    r"(\s+\w+){0,3}\s+(van|d\.?d\.?|gedateerd|op|ontvingen\s+wij\s+op)\s*$",
    re.I,
)
ADVICE_HEADING = re.compile(r"^\s*(advies|aanbeveling|adviespunt)\s*(\d+)\b", re.I | re.M)
SECTION_START = re.compile(
    r"^\s*(\d{1,2}[.)]?\s+)?((ons|onze|het|de)\s+)?(advie[sz]en|advies|aanbevelingen|adviespunten|advisering|"
    r"conclusie\s+en\s+advies|samenvatting\s+van\s+ons\s+advies)\s*:?\s*$|"
    r"(wij\s+adviseren\s+u|de\s+raad\s+adviseert|adviseren\s+wij\s+u|ons\s+advies\s+luidt)[^.\n]*:\s*$",
    re.I | re.M,
)
LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[-•*–·▪o])\s+\S", re.M)
ADVISE_SENTENCE = re.compile(
    r"\b(wij\s+adviseren|adviseren\s+wij|de\s+(cli[eë]nten|participatie|advies)?raad\s+adviseert|"
    r"adviseert\s+de\s+raad|wij\s+raden\s+u\s+aan|wij\s+bevelen\s+u\s+aan|ons\s+advies\s+is\s+(om|dat)|"
    r"wij\s+vragen\s+u\s+(om|dringend)|wij\s+stellen\s+voor)",
    re.I,
)


def detect_requested(doc: DocText) -> tuple[bool | None, float, Evidence | None]:
    """Gevraagd (True) / ongevraagd (False) from the subject and opening; None when silent."""
    head = doc.text[:3000]
    unsolicited = UNSOLICITED.search(head)
    requested = REQUESTED.search(head)
    if unsolicited and (not requested or unsolicited.start() <= requested.start() + 200):
        return False, 0.9, doc.evidence("requested", unsolicited.start(), unsolicited.end())
    if requested:
        return True, 0.85, doc.evidence("requested", requested.start(), requested.end())
    if re.search(r"\buw\s+kenmerk\b", head, re.I):
        match = re.search(r"\buw\s+kenmerk\b", head, re.I)
        return True, 0.6, doc.evidence("requested", match.start(), match.end())
    return None, 0.5, None


def find_request_date(doc: DocText, own_date: date | None) -> tuple[date | None, Evidence | None]:
    """The date of the college's request, when the advice mentions it."""
    header = header_fields(doc)
    for label in ("uw brief van", "uw brief d.d.", "uw e-mail van"):
        if label in header:
            dates = find_dates(header[label].value)
            if dates:
                return dates[0].value, doc.evidence(
                    "request_date", header[label].start, header[label].end
                )
    for mention in find_dates(doc.text[:5000], anchor=own_date):
        before = doc.text[max(0, mention.start - 70) : mention.start]
        if REQUEST_DATE_CONTEXT.search(before):
            if own_date and mention.value > own_date:
                continue
            return mention.value, doc.evidence("request_date", mention.start, mention.end)
    return None, None


def count_recommendations(doc: DocText) -> tuple[int, list[Evidence]]:
    """Actual recommendations: 'Advies N' headings, a list under an advice heading, or advise-sentences."""
    text = doc.text
    numbers = {int(m.group(2)) for m in ADVICE_HEADING.finditer(text)}
    if len(numbers) >= 2:
        evidence = [
            doc.evidence("recommendation", m.start(), m.end(), False)
            for m in ADVICE_HEADING.finditer(text)
        ]
        return len(numbers), evidence
    items = _list_after_section(text)
    if items:
        return len(items), [doc.evidence("recommendation", s, e, False) for s, e in items]
    sentences = [(s, e) for s, e in split_sentences(text) if ADVISE_SENTENCE.search(text[s:e])]
    if sentences:
        return len(sentences), [doc.evidence("recommendation", s, e, False) for s, e in sentences]
    return 1, []


def _list_after_section(text: str) -> list[tuple[int, int]]:
    """List items that follow the last recommendations heading, until the list ends."""
    for section in reversed(list(SECTION_START.finditer(text))):
        items = _list_items(text, section.end())
        if items:
            return items
    return []


def _list_items(text: str, pos: int) -> list[tuple[int, int]]:
    """Consecutive list items from ``pos``; a wrapped line continues the item it follows."""
    items: list[tuple[int, int]] = []
    offset, previous, last_number = pos, "", None
    for line in text[pos:].split("\n"):
        stripped = line.strip()
        if LIST_ITEM.match(line):
            number = re.match(r"\s*(\d{1,2})[.)]", line)
            if number and last_number is not None and int(number.group(1)) != last_number + 1:
                break  # "4. Tot slot": the outer section numbering resumes
            last_number = int(number.group(1)) if number else last_number
            items.append((offset, offset + len(line)))
        elif items and stripped and not _is_continuation(stripped, previous):
            break
        elif not items and stripped and offset - pos > 600:
            break  # no list within reach of the heading
        if stripped:
            previous = stripped
        offset += len(line) + 1
    return items


def _is_continuation(line: str, previous: str) -> bool:
    """A wrapped line: the previous line did not end a sentence, or this one starts lower case."""
    return line[:1].islower() or not previous.endswith((".", ":", "!", "?"))


def topic_cue_scores(text: str, taxonomy: Taxonomy, focus: str = "") -> dict[str, float]:
    """A 0..1 score per topic from cue-word hits (saturating).

    ``focus`` is the subject line and the recommendations: what the advice is about. A cue
    there counts three times as much as a passing mention in the body, where every council
    letter names its achterban, uitkeringen and brieven.
    """
    scores = {}
    strong = taxonomy.cue_patterns(strong_only=True)
    for code, pattern in taxonomy.cue_patterns().items():
        if code not in strong or not strong[code].search(text):
            scores[code] = 0.0  # weak context words alone ("uitkering", "jongeren") never fire
            continue
        found = pattern.findall(text)
        hits, distinct = len(found), len({h.lower() for h in found})
        focused = len({h.lower() for h in pattern.findall(focus)}) if focus else 0
        scores[code] = 1 - math.exp(-(0.25 * hits + 0.4 * distinct + 1.2 * focused) / 2.5)
    return scores


def advice_focus(doc: DocText, subject: str | None) -> str:
    """The subject line plus the recommendation sentences: where an advice says what it is about."""
    _, evidence = count_recommendations(doc)
    return "\n".join([subject or "", *(e.snippet for e in evidence)])
