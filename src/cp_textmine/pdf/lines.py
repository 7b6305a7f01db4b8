"""A page's text as printed lines, from pdfium's character boxes.

pdfium's own text follows the content stream. For most pages that is the reading order, but a
table drawn without a full grid (a browser's or word processor's borderless table) is written
cell by cell, so one row's cells come out as separate lines. The annual-report and decision
readers need the row on one line. This rebuilds lines the way pdfplumber's ``extract_text``
does (characters grouped by their top within a tolerance, ordered left to right, a space where
the PDF has one or a gap opens), at a fifth to a tenth of pdfplumber's cost, which parses the
page again in Python (issue 14).
"""

from __future__ import annotations

from dataclasses import dataclass

#: characters whose tops differ by at most this (points) stand on one line (pdfplumber's
#: ``y_tolerance=3``)
Y_TOLERANCE = 3.0
#: a gap wider than this (points), or a quarter of the font's height, between two characters
#: is a space the PDF did not write (pdfplumber's ``x_tolerance=1.5``)
X_TOLERANCE = 1.5
GAP_SHARE_OF_HEIGHT = 0.25


@dataclass
class _Char:
    top: float
    left: float
    right: float
    text: str
    height: float
    space_after: bool = False


def _chars(page, textpage) -> list[_Char]:
    """Visible characters with their font boxes, top measured from the page's top; a space
    (written, or one pdfium generated at a word gap, which has no box) marks the character
    before it."""
    height = page.get_height()
    chars: list[_Char] = []
    for index in range(textpage.count_chars()):
        text = textpage.get_text_range(index, 1).replace("\ufffe", "-").replace("\x02", "-")
        if not text or text in "\r\n":
            continue
        if text.isspace():
            if chars:
                chars[-1].space_after = True
            continue
        left, low, right, high = textpage.get_charbox(index, loose=True)
        chars.append(_Char(height - high, left, right, text, high - low))
    return chars


def reading_lines(page, textpage) -> str:
    """The page's text line by line, top to bottom and each line left to right."""
    chars = sorted(_chars(page, textpage), key=lambda c: c.top)
    lines: list[list[_Char]] = []
    for char in chars:
        if lines and char.top - lines[-1][-1].top <= Y_TOLERANCE:
            lines[-1].append(char)
        else:
            lines.append([char])
    return "\n".join(text for text in (_line_text(line) for line in lines) if text)


def _line_text(line: list[_Char]) -> str:
    out: list[str] = []
    previous: _Char | None = None
    for char in sorted(line, key=lambda c: c.left):
        gap = max(X_TOLERANCE, GAP_SHARE_OF_HEIGHT * char.height)
        if (
            previous
            and out[-1] != " "
            and (previous.space_after or char.left > previous.right + gap)
        ):
            out.append(" ")
        out.append(char.text)
        previous = char
    return "".join(out).strip()
