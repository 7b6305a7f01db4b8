"""How many recommendations an advice makes, and where they stand.

Why: councils write recommendations as "Advies 1" headings, as numbered or bulleted lists
(often beside lists of observations, questions or praise), or in running prose ("Wij vragen
het college om ...", "Verder zouden wij graag zien dat ..."). A recommendation asks the
college to act: an imperative at the start of a list item ("Verhoog de grens", "Zorg dat"),
or an advising verb. Observations ("Het programma zet in op ..."), questions and labels are
not counted; an item repeated in a summary and a chapter is counted once.
"""

from __future__ import annotations

import functools
import re

from cp_textmine.config import DATA_DIR
from cp_textmine.read.doctext import DocText, split_sentences
from cp_textmine.records import Evidence

ADVICE_HEADING = re.compile(r"^\s*(advies|aanbeveling|adviespunt)\s*(\d+)\b", re.I | re.M)
LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[-•*–·▪]|o(?=\s))\s+(?P<body>\S.*)$", re.M)
#: an advising verb or modal anywhere in an item makes it a recommendation
ADVISING_WORDS = re.compile(r"\b(advise(ren|ert|er)|aanbevel\w*|verzoeken\s+(wij|we)\s+u)\b", re.I)
#: the line before a list that makes every item a recommendation ("Wij adviseren u:")
ADVISING_INTRO = re.compile(
    r"(advis\w+|aanbevel\w*|aanbeveling\w*|vragen\s+(wij|we)\s+u|(wij|we)\s+vragen\s+u)[^\n]*:\s*$",
    re.I,
)
#: a sentence in running text that recommends
ADVISE_SENTENCE = re.compile(
    r"\b(wij\s+adviseren|adviseren\s+wij|we\s+adviseren|de\s+(cli[eë]nten|participatie|advies)?raad\s+adviseert|"
    r"adviseert\s+de\s+raad|(wij|we)\s+(raden|bevelen)\s+(u|het\s+college)\b[^.]{0,120}\baan\b|"
    r"ons\s+advies\s+is\s+(om|dat)|(wij|we)\s+vragen\s+(u|het\s+college)\s+(\w+\s+){0,4}(om|dringend|ervoor|te\s+\w+)|"
    r"vragen\s+(wij|we)\s+(u|het\s+college)\b[^.]{0,60}\bom\b|(wij|we)\s+stellen\s+(u\s+)?voor|"
    r"(zouden|willen)\s+(wij|we)\s+(\w+\s+)?graag\s+zien|pleiten\s+(wij|we)\b|(wij|we)\s+pleiten\b|"
    r"(wij|we)\s+dringen\s+(er\s+)?(bij\s+u\s+)?op\s+aan|dringen\s+(wij|we)\b[^.]{0,40}\baan\b|"
    r"geven\s+(wij|we)\s+u\s+in\s+overweging\s+(om|te)\b)",
    re.I,
)
#: "wij vragen u niet om ...": a sentence that explicitly asks nothing
NEGATED_ADVICE = r"\b(adviseren|vragen|raden|bevelen|verzoeken)\s+((wij|we)\s+)?(u\s+)?niet\b"
#: words that start statements, not imperatives ("Er komt ...", "Het programma ...")
FUNCTION_WORDS = frozenset(
    """
    de het een er ook meer wel niet geen als wat hoe wie waar wanneer welke dat dit deze
    die u wij we ik zij ze hij men in op aan bij met voor van naar uit over onder tot
    door om en of maar want dus toch nog al zo te na per zonder sinds tegen tijdens veel
    weinig alle sommige soms vaak nu hier daar ons onze uw zijn haar hun
    """.split()  # noqa: SIM905
)
MIN_ITEM_WORDS = 3


@functools.cache
def _verbs() -> frozenset[str]:
    path = DATA_DIR / "verbs_nl.txt"
    return frozenset(path.read_text(encoding="utf-8").split())


def is_imperative(word: str) -> bool:
    """An imperative verb form: the infinitive minus -en (trek -> trekken, neem -> nemen)."""
    w = word.lower().strip(".,:;()'\"")
    verbs = _verbs()
    if len(w) < 2 or w in FUNCTION_WORDS or w in verbs or not w.isalpha():
        return False  # an infinitive opens a noun phrase ("Zorgen over ..."), not an order
    stems = {w, w[:-1] + "v" if w.endswith("f") else w, w[:-1] + "z" if w.endswith("s") else w}
    candidates = {w + "an"} | ({w + "n"} if w.endswith(("oe", "ie")) else set())
    for stem in stems:
        candidates |= {stem + "en", stem + stem[-1] + "en"}
        if len(stem) >= 3 and stem[-3:-1] in {"aa", "ee", "oo", "uu"}:
            candidates.add(stem[:-2] + stem[-1] + "en")
    return bool(candidates & verbs)


def is_recommendation(item: str) -> bool:
    """A list item that asks the college to act: an imperative first (after a short label such
    as "Bewindvoering."), or an advising verb."""
    words = item.split()
    if len(words) < MIN_ITEM_WORDS or item.rstrip().endswith("?"):
        return False
    label = re.match(r"^([^.:!?]{1,40})[.:]\s+(\S+)", item)
    if label and len(label.group(1).split()) <= 4 and is_imperative(label.group(2)):
        return True
    return is_imperative(words[0]) or bool(ADVISING_WORDS.search(item))


def count_recommendations(doc: DocText) -> tuple[int, list[Evidence]]:
    """Actual recommendations: 'Advies N' headings, else recommending list items plus
    recommending sentences outside lists; 1 when the advice recommends in no readable way."""
    text = doc.text
    numbers = {int(m.group(2)) for m in ADVICE_HEADING.finditer(text)}
    if len(numbers) >= 2:
        evidence = [
            doc.evidence("recommendation", m.start(), m.end(), False)
            for m in ADVICE_HEADING.finditer(text)
        ]
        return len(numbers), evidence
    groups = list_groups(text)
    spans = _unique(text, [s for g in groups for s in _recommending_items(text, g)])
    in_lists = [span for g in groups for span in g]
    prose = [
        (s, e)
        for s, e in split_sentences(text)
        if ADVISE_SENTENCE.search(text[s:e])
        and not text[s:e].rstrip().endswith((":", "?"))
        and not re.search(r"\bhet\s+volgende\b|" + NEGATED_ADVICE, text[s:e], re.I)
        and not _in_heading(text, s, e)
        and not any(ls <= s < le or s <= ls < e for ls, le in in_lists)
    ]
    found = sorted(spans + _unique(text, prose))
    if not found:
        return 1, []
    return len(found), [doc.evidence("recommendation", s, e, False) for s, e in found]


def _recommending_items(text: str, group: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """All items of a list announced as advice ("Wij adviseren u:"), else those that recommend."""
    line_before = text[: group[0][0]].rstrip().rsplit("\n", 1)[-1]
    if ADVISING_INTRO.search(line_before):
        return [span for span in group if len(_body(text, span).split()) >= 2]
    return [span for span in group if is_recommendation(_body(text, span))]


def list_groups(text: str) -> list[list[tuple[int, int]]]:
    """The lists of the text: runs of items, each item with the wrapped lines that continue it."""
    groups: list[list[tuple[int, int]]] = []
    group: list[tuple[int, int]] = []
    offset, current = 0, None
    for line in text.split("\n"):
        stripped = line.strip()
        if LIST_ITEM.match(line):
            if current:
                group.append(current)
            if group and _restarts_numbering(line, text[group[-1][0] : group[-1][1]]):
                groups.append(group)
                group = []
            current = (offset, offset + len(line))
        elif current and stripped and _continues(stripped, text[current[0] : current[1]]):
            current = (current[0], offset + len(line))
        elif current and not stripped:
            pass  # a blank line between items keeps the list going
        elif current:
            groups.append([*group, current])
            group, current = [], None
        offset += len(line) + 1
    if current:
        group.append(current)
    if group:
        groups.append(group)
    return groups


def _restarts_numbering(line: str, previous_item: str) -> bool:
    """ "1." after "2. Adviezen": a new list, not the next item of the old one."""
    new, old = re.match(r"\s*(\d{1,2})[.)]", line), re.match(r"\s*(\d{1,2})[.)]", previous_item)
    return bool(new and old and int(new.group(1)) != int(old.group(1)) + 1)


def _continues(line: str, item: str) -> bool:
    """A wrapped line: the item did not end a sentence yet, or this line starts lower case."""
    if LIST_ITEM.match(line) or re.match(r"^(toelichting|argument|waarom)\s*:", line, re.I):
        return False
    return line[:1].islower() or not item.rstrip().endswith((".", ":", "!", "?"))


def _in_heading(text: str, start: int, end: int) -> bool:
    """The sentence's first line is a short heading without a full stop ("Wat wij u adviseren")."""
    first_line = text[start:end].split("\n", 1)[0].strip()
    return len(first_line.split()) <= 5 and not first_line.endswith((".", "!"))


def _body(text: str, span: tuple[int, int]) -> str:
    match = LIST_ITEM.match(text[span[0] : span[1]])
    body = match.group("body") if match else text[span[0] : span[1]]
    return " ".join(body.split())


def _unique(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans whose first words were not seen before: a summary repeated in a chapter counts once."""
    seen, kept = set(), []
    for span in spans:
        key = " ".join(re.findall(r"\w+", _body(text, span).lower())[:7])
        if key not in seen:
            seen.add(key)
            kept.append(span)
    return kept
