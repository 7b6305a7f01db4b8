"""A document's pages joined into one text, with the way back from an offset to its page.

Every extractor works on the joined text and records evidence as (page, sentence,
offsets within that page), so a researcher can find the sentence in the PDF.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from cp_textmine.read import rx
from cp_textmine.records import Evidence, Page

PAGE_SEP = "\n\f\n"
_SENTENCE_END = rx.compile(
    # a full stop, also before a closing quote or emphasis mark ('... in te voeren." Wij')
    r"(?:(?<=[.!?;])|(?<=[.!?;][”\"'’*)]))\s+(?=[A-Z0-9“\"'(*‘])|\n[^\S\n\f]*\n|"
    # a page break, unless a sentence runs on over it ("Wij nemen een besluit over | de grens")
    r"(?<![a-z\u00e0-\u00ff,])\n\f\n|\n\f\n(?![a-z\u00e0-\u00ff])|"
    r"\n(?=\s*(?:[-•*–]|\d+[.)]|[a-z][.)])\s)"
)
#: a short line without closing punctuation before a capitalised line: a heading, an address
#: line or a label ("Advies 1 – drempelbedrag"), not the first half of a wrapped sentence
_HEADING_LINE = rx.compile(
    r"^(?P<line>[^\S\n]*[*_]{0,2}[A-Z0-9][^\n]{0,46}[^\s.,;:!?'\-–(])[^\S\n]*\n[^\S\n]*(?=[A-Z0-9“\"'*‘(])",
    re.M,
)


#: a quotation set on lines of its own (the ask quoted in an answer), its closing quote at a
#: line's end without a full stop before a capitalised line: '"... nog niet is opgehaald"' /
#: 'Deze aanbeveling nemen wij niet over.'
_QUOTED_LINES = rx.compile(
    r'^[^\S\n]*["“„][^"“”„\n][^"“”„]{18,800}?["”](?P<gap>[^\S\n]*\n)(?=[^\S\n]*[A-Z])', re.M
)


def quotation_cuts(text: str) -> list[tuple[int, int]]:
    """(start, end) of the line break after each quotation on lines of its own."""
    return [(m.start("gap"), m.end("gap")) for m in _QUOTED_LINES.finditer(text)]


def heading_cuts(text: str) -> list[tuple[int, int]]:
    """(start, end) of the line break after each heading-like short line (see _HEADING_LINE)."""
    return [(m.end("line"), m.end()) for m in _HEADING_LINE.finditer(text)]


def merge_cuts(cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence gaps in order, overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(cuts):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _sentence_cuts(text: str) -> list[tuple[int, int]]:
    """(start, end) of every gap between two sentences, in order."""
    return merge_cuts(
        [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
        + heading_cuts(text)
        + quotation_cuts(text)
    )


@dataclass(frozen=True)
class DocText:
    text: str
    page_starts: tuple[int, ...]
    page_numbers: tuple[int, ...]

    @classmethod
    def from_pages(cls, pages: Sequence[Page]) -> DocText:
        """Join the pages; blank pages before the first text are left out (a blank cover or
        a word processor's empty first page), so "the first page" is the first one with text."""
        parts, starts, numbers, pos = [], [], [], 0
        for page in pages:
            if not parts and not page.text.strip():
                continue
            starts.append(pos)
            numbers.append(page.page_no)
            parts.append(page.text)
            pos += len(page.text) + len(PAGE_SEP)
        return cls(PAGE_SEP.join(parts), tuple(starts), tuple(numbers))

    def page_of(self, offset: int) -> tuple[int | None, int]:
        """(page number, offset within that page) for an offset in the joined text."""
        if not self.page_starts:
            return None, offset
        index = max(0, bisect.bisect_right(self.page_starts, offset) - 1)
        return self.page_numbers[index], offset - self.page_starts[index]

    def sentence_span(self, offset: int, end: int | None = None) -> tuple[int, int]:
        """The sentence (or line block) around ``offset``: bounded by ., ?, !, ; or blank lines."""
        end = offset if end is None else end
        start = offset
        floor = max(0, offset - 400)
        window = self.text[floor:offset]
        cuts = [cut_end for _, cut_end in _sentence_cuts(window)]
        start = floor + cuts[-1] if cuts else floor
        if "\f" in self.text[start:offset]:
            start = self.text.rindex("\f", start, offset) + 1
        tail = self.text[end : end + 400]
        stops = _sentence_cuts(self.text[max(0, end - 60) : end + 400])
        after = [cut_start - min(end, 60) for cut_start, _ in stops if cut_start >= min(end, 60)]
        stop_at = end + (after[0] if after else len(tail))
        if "\f" in self.text[end:stop_at]:
            stop_at = self.text.index("\f", end, stop_at)
        return start, stop_at

    def evidence(self, field: str, start: int, end: int, whole_sentence: bool = True) -> Evidence:
        """Evidence for a value found at [start, end): the sentence around it, page-relative offsets."""
        s, e = self.sentence_span(start, end) if whole_sentence else (start, end)
        page, page_start = self.page_of(s)
        snippet = " ".join(self.text[s:e].split())
        return Evidence(field, page, snippet[:600], page_start, page_start + (e - s))

    def line_at(self, offset: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", offset)
        return start, len(self.text) if end == -1 else end


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans over ``text`` (start, end), splitting on punctuation, blank lines and bullets."""
    spans, pos = [], 0
    for cut_start, cut_end in _sentence_cuts(text):
        if cut_start > pos:
            spans.append((pos, cut_start))
        pos = cut_end
    if pos < len(text):
        spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def unspaced(line: str) -> str:
    """A line set in letter-spaced capitals read as words: "A D V I E S" -> "ADVIES",
    "O N G E V R A A G D   A D V I E S" -> "ONGEVRAAGD ADVIES"; any other line unchanged."""
    stripped = line.strip()
    if re.fullmatch(r"(?:\S {1,3}){3,}\S", stripped):
        return " ".join(word.replace(" ", "") for word in re.split(r" {2,}", stripped))
    # unevenly spaced capitals ("A D VIES"): read as a word when they spell a genre
    tokens = stripped.split()
    if (
        len(tokens) >= 3
        and all(t.isalpha() and t.isupper() for t in tokens)
        and sum(len(t) == 1 for t in tokens) * 2 >= len(tokens)
        and "".join(tokens).lower() in SPACED_GENRES
    ):
        return "".join(tokens)
    return line


SPACED_GENRES = frozenset(
    {"advies", "ongevraagdadvies", "gevraagdadvies", "jaarverslag", "reactie", "persbericht",
     "nieuwsbrief"}
)  # fmt: skip


def text_lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) for every line of ``text``; a page break is its own line '\\f'. The
    readers that go line by line (overview tables, figures boxes, paragraphs) share it."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


#: a line this much shorter than the page's full lines, ending a sentence, ends its paragraph
SHORT_LINE = 0.85


def _runs_on(line: str) -> bool:
    """A line that stops mid-sentence: it ends in a lower-case word or a comma."""
    return bool(re.search(r"[a-z\u00e0-\u00ff,]$", line))


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs of running text, also where the PDF gave no blank line
    between them: a paragraph ends at a blank line or at a line that ends a sentence well
    short of the full line width."""
    lines = text_lines(text)
    lengths = sorted(len(line) for _, line in lines if line.strip())
    full = lengths[int(len(lengths) * 0.9)] if lengths else 0
    spans, start, previous = [], 0, ""
    for pos, line in lines:
        stripped = line.strip()
        ends = (
            (not stripped and "\f" not in line)
            # a page break ends a paragraph unless a sentence runs on over it ("... door de
            # medewerkers van de | gebiedsteams er ...")
            or ("\f" in line and not _runs_on(previous))
            or stripped.endswith(":")  # an intro line: what follows is its own paragraph
            or (re.search(r"[.!?]$", stripped) and len(line) < SHORT_LINE * full)
        )
        previous = stripped.replace("\f", "").strip() or previous
        if ends:
            if pos + len(line) > start:
                spans.append((start, pos + len(line)))
            start = pos + len(line) + 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


#: an item of a list whose intro is only its subject: "Het college:" / "c. reageert ..."
LIST_ITEM_VERB = rx.compile(r"\s*(?:[a-z]|\d{1,2})[.)]\s+(?=[a-z])")
SUBJECT_INTRO = rx.compile(
    r"(?:^|\n)[ \t]*(?P<subject>(?:het|de)\s+(?:college|burgemeester\s+en\s+wethouders|[\w-]*raad|"
    r"wethouder|portefeuillehouder))\s*:[ \t]*\n",
    re.I,
)
#: how far up an item's list intro may stand (a list of some ten items)
LIST_INTRO_REACH = 1500


def list_subject(text: str, start: int) -> str:
    """The subject a list item takes from its intro ("Het college:" over "c. reageert binnen
    acht weken"), with a space, when the item opens on its verb; else ""."""
    if not LIST_ITEM_VERB.match(text, start):
        return ""
    intros = list(SUBJECT_INTRO.finditer(text, max(0, start - LIST_INTRO_REACH), start))
    if not intros:
        return ""
    intro = intros[-1]
    between = text[intro.end() : start]
    # every line between the intro and the item is an item of the same list
    if any(
        line.strip() and not LIST_ITEM_VERB.match(line) and not line[:1].islower()
        for line in between.split("\n")
    ):
        return ""
    return intro["subject"] + " "
