"""Ruled tables read straight from pdfium: cell borders from the page's line and rectangle paths,
cell text from pdfium's text page. Pages with such tables skip pdfplumber's layout analysis,
which costs about 100x more per page; tables without full rules still go to pdfplumber.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from cp_textmine.records import Table

SNAP = 2.0  # points: edges closer than this are one edge


@dataclass(frozen=True)
class Edge:
    orientation: str  # 'h' or 'v'
    pos: float  # y for horizontal, x for vertical
    start: float
    end: float


def page_edges(page) -> list[Edge]:
    """Horizontal and vertical ruling edges: thin line paths and the sides of rectangle paths."""

    edges: list[Edge] = []
    for obj in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_PATH], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        width, height = right - left, top - bottom
        if height < 2.5 and width > 8:
            edges.append(Edge("h", (top + bottom) / 2, left, right))
        elif width < 2.5 and height > 6:
            edges.append(Edge("v", (left + right) / 2, bottom, top))
        elif width > 8 and height > 6 and _is_rectangle(obj, raw):
            edges += [Edge("h", top, left, right), Edge("h", bottom, left, right),
                      Edge("v", left, bottom, top), Edge("v", right, bottom, top)]  # fmt: skip
    return edges


def _is_rectangle(obj, raw) -> bool:
    """Four or five straight segments: a cell or frame, not a signature's curves."""
    n = raw.FPDFPath_CountSegments(obj.raw)
    if n not in (4, 5):
        return False
    for i in range(n):
        segment = raw.FPDFPath_GetPathSegment(obj.raw, i)
        if raw.FPDFPathSegment_GetType(segment) not in (
            raw.FPDF_SEGMENT_LINETO,
            raw.FPDF_SEGMENT_MOVETO,
        ):
            return False
    return True


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > SNAP:
            out.append(value)
    return out


def lattice_tables(page, textpage, page_no: int) -> tuple[Table, ...] | None:
    """The page's fully ruled tables, or None when its rules don't form a complete grid."""
    edges = page_edges(page)
    horizontal = [e for e in edges if e.orientation == "h"]
    vertical = [e for e in edges if e.orientation == "v"]
    if len(horizontal) < 3 or len(vertical) < 2:
        return None
    ys = sorted(_snap([e.pos for e in horizontal]), reverse=True)  # PDF y grows upwards: top first
    xs = _snap([e.pos for e in vertical])
    tables: list[Table] = []
    rows: list[tuple[str | None, ...]] = []
    for top, bottom in itertools.pairwise(ys):
        columns = [x for x in xs if _vertical_spans(vertical, x, bottom, top)]
        if len(columns) < 3:  # no cell walls in this band: text between two tables
            if rows:
                tables.append(Table(page_no, tuple(rows)))
                rows = []
            continue
        cells = []
        for left, right in itertools.pairwise(columns):
            text = textpage.get_text_bounded(
                left=left + 0.5, bottom=bottom + 0.5, right=right - 0.5, top=top - 0.5
            )
            cells.append(" ".join(text.split()) or None)
        if any(cells):
            rows.append(tuple(cells))
    if rows:
        tables.append(Table(page_no, tuple(rows)))
    tables = [t for t in tables if len(t.rows) >= 2 and max(len(r) for r in t.rows) >= 2]
    return tuple(tables) if tables else None


def _vertical_spans(vertical: list[Edge], x: float, bottom: float, top: float) -> bool:
    middle = (bottom + top) / 2
    return any(
        abs(e.pos - x) <= SNAP and e.start - SNAP <= middle <= e.end + SNAP for e in vertical
    )


def _char_boxes(textpage, bottom: float, top: float) -> list[tuple[float, float, float, float]]:
    """(left, right, y-centre, height) of every visible character between two heights."""
    boxes = []
    for index in range(textpage.count_chars()):
        char = textpage.get_text_range(index, 1)
        if not char.strip():
            continue
        left, low, right, high = textpage.get_charbox(index)
        centre = (low + high) / 2
        if bottom < centre < top:
            boxes.append((left, right, centre, high - low))
    return boxes


def _column_gaps(
    boxes: list[tuple[float, float, float, float]], min_gap: float = 7.0
) -> list[float]:
    """x positions between text columns: gaps no character of any line covers."""
    spans = sorted((left, right) for left, right, _, _ in boxes)
    if not spans:
        return []
    cuts, end = [], spans[0][1]
    for left, right in spans[1:]:
        if left - end >= min_gap:
            cuts.append((end + left) / 2)
        end = max(end, right)
    return cuts


def _line_bands(boxes: list[tuple[float, float, float, float]]) -> list[tuple[float, float]]:
    """(bottom, top) of each text line, top line first."""
    centres = sorted({round(c, 1) for _, _, c, _ in boxes}, reverse=True)
    height = max((h for *_, h in boxes), default=10.0)
    lines: list[list[float]] = []
    for centre in centres:
        if lines and lines[-1][-1] - centre < height * 0.6:
            lines[-1].append(centre)
        else:
            lines.append([centre])
    return [(min(group) - height * 0.6, max(group) + height * 0.6) for group in lines]


def aligned_tables(page, textpage, page_no: int) -> tuple[Table, ...] | None:
    """Tables framed by horizontal rules only (header rule, row rules), columns found from the
    white space no line crosses. None when the rules don't frame such a table."""
    horizontal = sorted((e for e in page_edges(page) if e.orientation == "h"), key=lambda e: -e.pos)
    if len(horizontal) < 3 or any(e.orientation == "v" for e in page_edges(page)):
        return None
    top, bottom = horizontal[0].pos, horizontal[-1].pos
    boxes = _char_boxes(textpage, bottom, top)
    cuts = _column_gaps(boxes)
    if not boxes or not cuts:
        return None
    left_edge = min(e.start for e in horizontal) - 1
    right_edge = max(e.end for e in horizontal) + 1
    columns = [left_edge, *cuts, right_edge]
    rule_ys = _snap([e.pos for e in horizontal])[::-1]
    lines = _line_bands(boxes)

    def read(band_bottom: float, band_top: float) -> list[str | None]:
        cells = []
        for left, right in itertools.pairwise(columns):
            text = textpage.get_text_bounded(
                left=left, bottom=band_bottom, right=right, top=band_top
            )
            cells.append(" ".join(text.split()) or None)
        return cells

    rows: list[list[str | None]] = []
    for band_top, band_bottom in itertools.pairwise(rule_ys):
        inside = [(b, t) for b, t in lines if band_bottom < (b + t) / 2 < band_top]
        per_line = [read(max(b, band_bottom), min(t, band_top)) for b, t in inside]
        if len(per_line) > 1 and all(cells[0] for cells in per_line):
            rows += [cells for cells in per_line if any(cells)]  # one rule around several rows
        else:
            cells = read(band_bottom, band_top)  # one row, possibly with wrapped cells
            if any(cells):
                rows.append(cells)
    if len(rows) < 2 or len(columns) < 3:
        return None
    return (Table(page_no, tuple(tuple(r) for r in rows)),)
