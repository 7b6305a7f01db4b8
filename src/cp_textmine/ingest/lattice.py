"""Ruled tables read straight from pdfium: cell borders from the page's line and rectangle paths,
cell text from pdfium's text page. Pages with such tables skip pdfplumber's layout analysis,
which costs about 100x more per page; tables without full rules still go to pdfplumber.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from ..records import Table

SNAP = 2.0  # points: edges closer than this are one edge


@dataclass(frozen=True)
class Edge:
    orientation: str  # 'h' or 'v'
    pos: float  # y for horizontal, x for vertical
    start: float
    end: float


def page_edges(page) -> list[Edge]:
    """Horizontal and vertical ruling edges: thin line paths and the sides of rectangle paths."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

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
