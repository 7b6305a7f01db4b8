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

from cp_textmine.pdf.lattice import char_text, page_paths

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
        text = char_text(textpage, index).replace("\ufffe", "-").replace("\x02", "-")
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
    """The page's text line by line, top to bottom and each line left to right; the columns
    of a two-column band one after the other."""
    lines = _grouped_lines(_chars(page, textpage))
    ordered: list[list[_Char]] = []
    for band in _column_bands(lines, page.get_width(), _rules(page)):
        ordered.extend(band)
    return "\n".join(text for text in (_line_text(line) for line in ordered) if text)


def _grouped_lines(chars: list[_Char]) -> list[list[_Char]]:
    """Characters grouped by their top within the tolerance, each line left to right."""
    lines: list[list[_Char]] = []
    for char in sorted(chars, key=lambda c: c.top):
        if lines and char.top - lines[-1][-1].top <= Y_TOLERANCE:
            lines[-1].append(char)
        else:
            lines.append([char])
    return [sorted(line, key=lambda c: c.left) for line in lines]


#: a gutter between two columns of prose: at least this wide (points; a browser's default
#: column gap is 12 pt, word spaces are 2-4 pt) ...
GUTTER = 9.0
#: ... between these shares of the page's width (tables put their gaps anywhere) ...
GUTTER_ZONE = (0.38, 0.62)
#: ... over a band of at least this many lines, of which at least MIN_PROSE_LINES hold
#: PROSE_WORDS words or more on both sides
MIN_BAND_LINES = 8
MIN_PROSE_LINES = 6
PROSE_WORDS = 4


def _rules(page) -> list[tuple[float, float, float]]:
    """Horizontal rules as (top, left, right), top measured from the page's top: a table's
    row rules cross its column gaps, the gutter of two columns of prose has none."""
    height = page.get_height()
    return [
        (height - box.top, box.left, box.right) for box in page_paths(page) if box.long_horizontal
    ]


def _column_bands(
    lines: list[list[_Char]], width: float, rules: list[tuple[float, float, float]]
) -> list[list[list[_Char]]]:
    """The lines in reading order, as bands: a band of two prose columns gives its left
    column's lines, then its right column's; every other line stands as it is."""
    bands = _prose_bands(lines, width, rules)
    out: list[list[list[_Char]]] = []
    i = 0
    for start, end, x in bands:
        out.extend([line] for line in lines[i:start])
        band = lines[start:end]
        left = [part for part in (_side(line, x, True) for line in band) if part]
        right = [part for part in (_side(line, x, False) for line in band) if part]
        out.append(left + right)
        i = end
    out.extend([line] for line in lines[i:])
    return out


@dataclass
class _LineShape:
    """Where a line leaves room for a gutter, and where its words start."""

    gaps: list[tuple[float, float]]  # (from, to): no character, at least GUTTER wide
    word_starts: list[float]

    @classmethod
    def of(cls, line: list[_Char]) -> _LineShape:
        gaps = [(float("-inf"), line[0].left)]
        starts, reach, previous = [line[0].left], line[0].right, line[0]
        for char in line[1:]:
            if char.left - reach >= GUTTER:
                gaps.append((reach, char.left))
            if previous.space_after or char.left > previous.right + max(
                X_TOLERANCE, GAP_SHARE_OF_HEIGHT * char.height
            ):
                starts.append(char.left)
            reach, previous = max(reach, char.right), char
        gaps.append((reach, float("inf")))
        return cls(gaps, starts)

    def open_at(self, x: float) -> bool:
        return any(a <= x <= b for a, b in self.gaps)

    def prose_both_sides(self, x: float) -> bool:
        left = sum(1 for s in self.word_starts if s < x)
        return left >= PROSE_WORDS and len(self.word_starts) - left >= PROSE_WORDS


def _prose_bands(
    lines: list[list[_Char]], width: float, rules: list[tuple[float, float, float]]
) -> list[tuple[int, int, float]]:
    """(start, end, gutter x) of each band set in two columns of prose: a run of lines with a
    gap at one x in the middle of the page, words on both sides of it on most lines, and no
    rule across it. Longer bands first; bands never overlap."""
    shapes = [_LineShape.of(line) for line in lines]
    candidates = []
    lo, hi = (int(width * share) for share in GUTTER_ZONE)
    for x in range(lo, hi, 2):
        start = 0
        while start < len(lines):
            if not shapes[start].open_at(x):
                start += 1
                continue
            end, prose = start, 0
            while end < len(lines) and shapes[end].open_at(x):
                prose += shapes[end].prose_both_sides(x)
                end += 1
            if prose >= MIN_PROSE_LINES and end - start >= MIN_BAND_LINES:
                top, bottom = lines[start][0].top, lines[end - 1][0].top
                if not any(top < t < bottom and a < x < b for t, a, b in rules):
                    candidates.append((end - start, prose, start, end, float(x)))
            start = end
    chosen: list[tuple[int, int, float]] = []
    for _, _, start, end, x in sorted(candidates, key=lambda c: (-c[0], -c[1], c[4])):
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, x))
    return sorted(chosen)


def _side(line: list[_Char], x: float, left: bool) -> list[_Char]:
    return [c for c in line if (c.right <= x if left else c.left >= x)]


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
