"""Tables read straight from pdfium: cell borders from the page's line and rectangle paths,
cell text from pdfium's text page; borderless tables (a word processor's default) from the
white space between their columns and rows. Pages with such tables skip pdfplumber's layout
analysis, which costs about 100x more per page; the other tables still go to pdfplumber.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from cp_textmine.records import Table

SNAP = 2.0  # points: edges closer than this are one edge
#: the least white space (points) either side of a cell wall between the texts of two cells
CELL_PADDING = 2.5
#: a date or number broken after its hyphen where a narrow cell wraps ("11-02-\n2020")
_BROKEN_AFTER_HYPHEN = re.compile(r"(?<=\d-)\s+(?=\d)")


def cell_text(text: str) -> str:
    """A cell's lines as one line: pdfium's soft-hyphen marks as hyphens, and a date or number
    that the cell's width broke after a hyphen joined again."""
    text = " ".join(text.replace("\x02", "-").replace("\ufffe", "-").split())
    return _BROKEN_AFTER_HYPHEN.sub("", text)


@dataclass(frozen=True)
class Edge:
    orientation: str  # 'h' or 'v'
    pos: float  # y for horizontal, x for vertical
    start: float
    end: float


@dataclass(frozen=True)
class PathBox:
    """A path object's bounds (PDF points, origin bottom left) and whether it is a rectangle."""

    left: float
    bottom: float
    right: float
    top: float
    rectangle: bool

    @property
    def long_horizontal(self) -> bool:
        """A thin line at least 30 pt long: a table's rule, not a letterhead's dash."""
        return self.top - self.bottom < 2.5 and self.right - self.left > 30


def page_paths(page) -> list[PathBox]:
    """The page's path objects (in forms two levels deep), read once per page and kept on it:
    the table test, the three table readers and the column reader all ask for them, and
    walking a browser-printed page's objects through pypdfium2 costs milliseconds a time."""
    cached = getattr(page, "_cp_textmine_paths", None)
    if cached is not None:
        return cached
    boxes = []
    for obj in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_PATH], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        rectangle = right - left > 8 and top - bottom > 6 and _is_rectangle(obj, raw)
        boxes.append(PathBox(left, bottom, right, top, rectangle))
    page._cp_textmine_paths = boxes
    return boxes


def page_edges(page) -> list[Edge]:
    """Horizontal and vertical ruling edges: thin line paths and the sides of rectangle paths."""

    edges: list[Edge] = []
    for box in page_paths(page):
        left, bottom, right, top = box.left, box.bottom, box.right, box.top
        width, height = right - left, top - bottom
        if height < 2.5 and width > 8:
            edges.append(Edge("h", (top + bottom) / 2, left, right))
        elif width < 2.5 and height > 6:
            edges.append(Edge("v", (left + right) / 2, bottom, top))
        elif box.rectangle:
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
    last_columns: list[float] = []
    chars: list[tuple[float, float, float, float]] | None = None  # the page's, read once
    for top, bottom in [*itertools.pairwise(ys), *_open_bottom_band(vertical, ys[-1])]:
        columns = [x for x in xs if _vertical_spans(vertical, x, bottom, top)]
        if len(columns) < 3 and rows and len(last_columns) >= 3:
            # zebra rows: the shaded rows draw their cells' sides, the white rows between them
            # none; a white row ruled across the table, its text within the columns, is a row
            if chars is None:
                chars = _char_boxes(textpage, float("-inf"), float("inf"))
            if _white_row(horizontal, chars, top, bottom, last_columns):
                columns = last_columns
        if len(columns) < 3:  # no cell walls in this band: text between two tables
            if rows:
                tables.append(Table(page_no, tuple(rows)))
                rows = []
            last_columns = []
            continue
        last_columns = columns
        cells = []
        for left, right in itertools.pairwise(columns):
            text = textpage.get_text_bounded(
                left=left + 0.5, bottom=bottom + 0.5, right=right - 0.5, top=top - 0.5
            )
            cells.append(cell_text(text) or None)
        if any(cells):
            rows.append(tuple(cells))
    if rows:
        tables.append(Table(page_no, tuple(rows)))
    tables = [t for t in tables if len(t.rows) >= 2 and max(len(r) for r in t.rows) >= 2]
    return tuple(tables) if tables else None


def _white_row(
    horizontal: list[Edge],
    chars: list[tuple[float, float, float, float]],
    top: float,
    bottom: float,
    columns: list[float],
) -> bool:
    """A band ruled across the table's width above and below, with text in two columns at
    least that crosses no column boundary: a row without cell walls of its own."""
    left, right = columns[0], columns[-1]
    if not (
        _rule_across(horizontal, top, left, right) and _rule_across(horizontal, bottom, left, right)
    ):
        return False
    inside = [c for c in chars if bottom < c[2] < top]
    if not inside:
        return False
    filled = {sum(1 for x in columns[1:-1] if (c[0] + c[1]) / 2 >= x) for c in inside}
    if len(filled) < 2:
        return False  # text in one column only: a heading between two tables ("3. Adviezen")
    for _, line in itertools.groupby(
        sorted(inside, key=lambda c: round(c[2])), key=lambda c: round(c[2])
    ):
        boxes = list(line)
        for x in columns[1:-1]:
            before = [c[1] for c in boxes if (c[0] + c[1]) / 2 < x]
            after = [c[0] for c in boxes if (c[0] + c[1]) / 2 >= x]
            if before and after and min(after) - max(before) < CELL_PADDING:
                return False  # a line of text runs on across the boundary: a heading, no row
    return True


def _rule_across(horizontal: list[Edge], y: float, left: float, right: float) -> bool:
    """Rules at height ``y`` that together run from ``left`` to ``right`` (cell by cell)."""
    segments = sorted((e.start, e.end) for e in horizontal if abs(e.pos - y) <= SNAP)
    reach = left + SNAP
    for start, end in segments:
        if start > reach + SNAP:
            break
        reach = max(reach, end)
    return reach >= right - SNAP


def _open_bottom_band(vertical: list[Edge], last_rule: float) -> list[tuple[float, float]]:
    """The band below the last rule that cell walls still enclose: a row a page break cut off,
    whose closing rule was printed on the next page."""
    walls = [e for e in vertical if e.start < last_rule - 3 * SNAP and e.end >= last_rule - SNAP]
    if len(walls) < 3:
        return []
    return [(last_rule, max(e.start for e in walls))]


def _vertical_spans(vertical: list[Edge], x: float, bottom: float, top: float) -> bool:
    middle = (bottom + top) / 2
    return any(
        abs(e.pos - x) <= SNAP and e.start - SNAP <= middle <= e.end + SNAP for e in vertical
    )


#: pdfium's code for a soft hyphen in its character list; its text API gives U+FFFE
_SOFT_HYPHEN_CODE = 2


def char_text(textpage, index: int) -> str:
    """The character at ``index`` exactly as ``textpage.get_text_range(index, 1)`` gives it
    ('' for a character pdfium leaves out of the text, U+FFFE for a soft hyphen), in two C
    calls instead of a buffer round trip: the table and line readers ask for every character
    of a page, 89,000 times on the 300 bench files (1.0 of 12 s profiled). Checked equal on
    every character of 2,282 PDFs (bench, dev, html, test; 9.6 million characters)."""
    if raw.FPDFText_GetTextIndexFromCharIndex(textpage, index) == -1:
        return ""
    code = raw.FPDFText_GetUnicode(textpage, index)
    if code == _SOFT_HYPHEN_CODE:
        return "\ufffe"
    return chr(code) if code else ""


def _char_boxes(textpage, bottom: float, top: float) -> list[tuple[float, float, float, float]]:
    """(left, right, y-centre, height) of every visible character between two heights."""
    boxes = []
    for index in range(textpage.count_chars()):
        char = char_text(textpage, index)
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


def _table_rules(horizontal: list[Edge]) -> list[Edge]:
    """The rules of the page's one table, top first: the largest run of rules without a gap
    taller than a table row between them (a letterhead's rule far above stands apart)."""
    ordered = sorted(horizontal, key=lambda e: -e.pos)
    runs: list[list[Edge]] = []
    for edge in ordered:
        if runs and runs[-1][-1].pos - edge.pos <= MAX_ROW_HEIGHT:
            runs[-1].append(edge)
        else:
            runs.append([edge])
    return max(runs, key=lambda run: len(_snap([e.pos for e in run])), default=[])


#: a row's number or key opening its first cell
_ROW_NUMBER = re.compile(
    r"^(\(?\d{1,2}[.)]?$|(\d{4}[-/]\d{1,3}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(\s|$))"
)  # "3", "3.", "(3)", and row keys: "2023-01", "24-01-2023"


def _numbered_lines(firsts: list[str]) -> list[int]:
    """The lines whose first cell opens a row: all with a number counting up by one ("1", "2")
    or all with a key (a code, a date); a wrapped date's "22" under "06-09-20" opens none."""
    keyed = [(i, m) for i, cell in enumerate(firsts) if (m := _ROW_NUMBER.match(cell))]
    numbers = [(i, m) for i, m in keyed if m.group(2) is None]
    if len(numbers) == len(keyed):
        values = [int(re.sub(r"\D", "", m.group(1))) for _, m in numbers]
        counting = all(b == a + 1 for a, b in itertools.pairwise(values))
        return [i for i, _ in numbers] if counting else []
    return [i for i, m in keyed if m.group(2) is not None] if not numbers else []


def _columns_of_most_bands(
    boxes: list[tuple[float, float, float, float]], rule_ys: list[float]
) -> tuple[list[float], tuple[float, float]]:
    """The longest run of bands between two rules whose characters leave columns (gaps no
    character of the run covers), with those column cuts and the run's (top, bottom): a box
    of text under the table framed by rules of its own, or a line across the page between two
    rules above it, is no part of the table. ([], (0, 0)) when no two bands leave columns."""
    bands = list(itertools.pairwise(rule_ys))  # (top, bottom), top first
    in_band = [[b for b in boxes if low < b[2] < high] for high, low in bands]
    best: tuple[int, int, list[float], tuple[float, float]] = (0, 0, [], (0.0, 0.0))
    own = [len(_column_gaps(band)) if band else 0 for band in in_band]
    for first in range(len(bands)):
        union: list[tuple[float, float, float, float]] = []
        for last in range(first, len(bands)):
            union += in_band[last]
            cuts = _column_gaps(union) if union else []
            if not cuts or 2 * len(cuts) < min((n for n in own[first : last + 1] if n), default=0):
                # a band across the columns ends every run through it, and so do bands whose
                # columns do not line up (a header set apart from rows not ruled off)
                break
            run = last - first + 1
            if (run, len(cuts)) > best[:2]:
                best = (run, len(cuts), cuts, (bands[first][0], bands[last][1]))
    return (best[2], best[3]) if best[0] >= 2 else ([], (0.0, 0.0))


def aligned_tables(page, textpage, page_no: int) -> tuple[Table, ...] | None:
    """Tables framed by horizontal rules only (header rule, row rules), columns found from the
    white space no line crosses. None when the rules don't frame such a table."""
    horizontal = _table_rules(
        [e for e in page_edges(page) if e.orientation == "h" and e.end - e.start > MIN_RULE]
    )  # (a letterhead's small logo block draws no rule; its rule stands apart from the table)
    if len(horizontal) < 3:
        return None
    top, bottom = horizontal[0].pos, horizontal[-1].pos
    vertical = [
        e for e in page_edges(page)
        if e.orientation == "v" and bottom - SNAP <= e.start and e.end <= top + SNAP
    ]  # fmt: skip
    inner = _snap([e.pos for e in horizontal])[1:-1]
    if any(any(e.start + SNAP < y < e.end - SNAP for y in inner) for e in vertical):
        return None  # column rules down the table: the lattice reader's, or no such table
    # (verticals within one row are the sides of shaded cells: a header row, every other row)
    boxes = _char_boxes(textpage, bottom, top)
    if not boxes:
        return None
    rule_ys = _snap([e.pos for e in horizontal])[::-1]
    cuts, (top, bottom) = _columns_of_most_bands(boxes, rule_ys)
    if not cuts:
        return None
    rule_ys = [y for y in rule_ys if bottom - SNAP <= y <= top + SNAP]
    boxes = [b for b in boxes if bottom < b[2] < top]
    left_edge = min(e.start for e in horizontal) - 1
    right_edge = max(e.end for e in horizontal) + 1
    columns = [left_edge, *cuts, right_edge]
    lines = _line_bands(boxes)

    def read(band_bottom: float, band_top: float) -> list[str | None]:
        cells = []
        for left, right in itertools.pairwise(columns):
            text = textpage.get_text_bounded(
                left=left, bottom=band_bottom, right=right, top=band_top
            )
            cells.append(cell_text(text) or None)
        return cells

    rows: list[list[str | None]] = []
    for band_top, band_bottom in itertools.pairwise(rule_ys):
        inside = [(b, t) for b, t in lines if band_bottom < (b + t) / 2 < band_top]
        per_line = [read(max(b, band_bottom), min(t, band_top)) for b, t in inside]
        numbered = _numbered_lines([cells[0] or "" for cells in per_line])
        filled = [sum(1 for c in cells if c) for cells in per_line]
        if (
            len(per_line) > 1
            and all(cells[0] for cells in per_line)
            and min(filled) >= 2
            and (len(set(filled)) == 1)
        ):
            rows += [cells for cells in per_line if any(cells)]  # one rule around several rows
        elif len(numbered) > 1 and numbered[0] == 0:
            # numbered rows without rules between them, their cells wrapped: a row per number
            for start, end in itertools.pairwise([*numbered, len(inside)]):
                group = inside[start:end]
                rows.append(read(max(group[-1][0], band_bottom), min(group[0][1], band_top)))
        else:
            cells = read(band_bottom, band_top)  # one row, possibly with wrapped cells
            if any(cells):
                rows.append(cells)
    if len(columns) < 3 or sum(1 for r in rows if sum(1 for c in r if c) >= 2) < 2:
        return None  # (a row of figure tiles over a heading is no table)
    return (Table(page_no, tuple(tuple(r) for r in rows)),)


#: a horizontal edge shorter than this (points) is no rule of a table
MIN_RULE = 20.0
#: a gap between two rules taller than this (points) is no row of one table
MAX_ROW_HEIGHT = 260.0
#: a gap this wide (points) between characters on one line separates two table cells
CELL_GAP = 8.0
#: white space (points, at a 9-point font) between two rows of a borderless table, or the
#: widest gap a line of running text has
COLUMN_GAP = 4.5
#: the narrowest white channel (points) that runs down every line of a table between two of
#: its columns; word spaces do not line up over several lines, so a narrow one suffices
COLUMN_CHANNEL = 3.0


def whitespace_tables(page, textpage, page_no: int, is_header) -> tuple[Table, ...] | None:
    """Tables without any rule, as word processors print borderless tables: from a line of
    column names (``is_header``) down to the first line of running text, columns at the white
    space no line of the table crosses, rows at the larger gaps between lines (a wrapped or
    vertically centred cell keeps its lines together). None when the page has rules or no such
    table, so the callers above or pdfplumber decide."""
    if page_edges(page):
        return None
    width, _ = page.get_size()
    boxes = _loose_boxes(textpage)
    if not boxes:
        return None
    size = sorted(h for *_, h in boxes)[len(boxes) // 2]
    lines = _text_lines(boxes, size)
    tables = []
    index = 0
    while index < len(lines):
        line = lines[index]
        text = textpage.get_text_bounded(left=0, bottom=line.bottom, right=width, top=line.top)
        words = " ".join(text.split())
        if len(line.segments) >= 2 and is_header(words) and not _HAS_DATE.search(words):
            table, index = _table_below(lines, index, textpage, size, page_no)
            if table is not None:
                tables.append(table)
                continue
        first = textpage.get_text_bounded(
            left=0, bottom=line.bottom, right=line.segments[0][1] + 1, top=line.top
        )
        if len(line.segments) >= 2 and POINT_LABEL_CELL.match(" ".join(first.split())):
            # no header, but rows labelled "Advies 1", "Advies 2": the first row opens the table
            table, index = _table_below(lines, index, textpage, size, page_no, headerless=True)
            if table is not None:
                tables.append(table)
                continue
        index += 1
    return tuple(tables) or None


#: a row label in a table's first column: "Advies 1", "Aanbeveling 2", "Punt 3"
POINT_LABEL_CELL = re.compile(r"^(advies|aanbeveling|adviespunt|punt|voorstel)\s*1$", re.I)


#: a header row names its columns; a line with a date or a year is a row of the table
_HAS_DATE = re.compile(r"\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}|\b(19|20)\d\d\b|\d{6,}")


def _loose_boxes(textpage) -> list[tuple[float, float, float, float]]:
    """(left, right, y-centre, height) of every visible character by its font's box, so that
    the characters of one line share a centre whatever their glyphs (x, p, A)."""
    boxes = []
    for index in range(textpage.count_chars()):
        if not char_text(textpage, index).strip():
            continue
        left, low, right, high = textpage.get_charbox(index, loose=True)
        boxes.append((left, right, (low + high) / 2, high - low))
    return boxes


@dataclass(frozen=True)
class _Line:
    centre: float
    bottom: float
    top: float
    segments: tuple[tuple[float, float], ...]  # (left, right) runs of text on the line
    boxes: tuple[tuple[float, float, float, float], ...]


def _text_lines(boxes: list[tuple[float, float, float, float]], size: float) -> list[_Line]:
    """The page's lines, top first, each with its runs of text between cell-wide gaps."""
    by_centre = sorted(boxes, key=lambda b: -b[2])
    groups: list[list[tuple[float, float, float, float]]] = []
    for box in by_centre:
        if groups and groups[-1][-1][2] - box[2] < size * 0.5:
            groups[-1].append(box)
        else:
            groups.append([box])
    lines = []
    for group in groups:
        centres = [b[2] for b in group]
        segments: list[list[float]] = []
        for left, right, _, _ in sorted(group):
            if segments and left - segments[-1][1] < CELL_GAP:
                segments[-1][1] = max(segments[-1][1], right)
            else:
                segments.append([left, right])
        lines.append(_Line(sum(centres) / len(centres), min(b[2] - b[3] / 2 for b in group),
                           max(b[2] + b[3] / 2 for b in group), tuple((a, b) for a, b in segments),
                           tuple(group)))  # fmt: skip
    return lines


def _table_below(
    lines: list[_Line], start: int, textpage, size: float, page_no: int, headerless: bool = False
) -> tuple[Table | None, int]:
    """The table whose header line (or, ``headerless``, first row) is ``lines[start]``;
    (None, start + 1) when it is none."""
    page_left = min(b[0] for line in lines for b in line.boxes)
    page_width = max(b[1] for line in lines for b in line.boxes) - page_left
    end = start + 1
    while end < len(lines):
        line = lines[end]
        if _running_text(line, page_left, page_width, size) or (
            lines[end - 1].centre - line.centre > 3.5 * size
        ):
            break  # a line of running text across the columns, or a gap: the table has ended
        end += 1
    region = lines[start:end]
    cuts = _column_gaps([b for line in region for b in line.boxes], COLUMN_CHANNEL)
    while headerless and not cuts and len(region) > 3:
        # a closing line under labelled rows runs across their columns: the table ends above it
        region = region[:-1]
        end -= 1
        cuts = _column_gaps([b for line in region for b in line.boxes], COLUMN_CHANNEL)
    if len(region) < 3:
        return None, start + 1
    if len(cuts) < (1 if headerless else 2):  # (labelled rows are a table in two columns too)
        return None, start + 1
    columns = [min(b[0] for line in region for b in line.boxes) - 1, *cuts,
               max(b[1] for line in region for b in line.boxes) + 1]  # fmt: skip
    rows = []
    groups = (
        _labelled_groups(region, textpage, columns[1]) if headerless else _row_groups(region, size)
    )
    for group in groups:
        cells = []
        for a, b in itertools.pairwise(columns):
            text = textpage.get_text_bounded(
                left=a, bottom=group[-1].bottom, right=b, top=group[0].top
            )
            cells.append(cell_text(text) or None)
        rows.append(tuple(cells))
    body = rows if headerless else rows[1:]
    if len(body) < 2 or any(sum(1 for c in row if c) < 2 for row in body):
        return None, start + 1
    return Table(page_no, tuple(rows)), end


def _labelled_groups(region: list[_Line], textpage, first_cut: float) -> list[list[_Line]]:
    """Lines grouped into rows at each line whose first cell is a row label ("Advies 2"): the
    rows of a labelled table need no white space between them."""
    groups: list[list[_Line]] = []
    for line in region:
        first = textpage.get_text_bounded(left=0, bottom=line.bottom, right=first_cut, top=line.top)
        if not groups or POINT_LABEL_ANY.match(" ".join(first.split())):
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


#: any row label: "Advies 2", "Aanbeveling 10"
POINT_LABEL_ANY = re.compile(r"^(advies|aanbeveling|adviespunt|punt|voorstel)\s*\d{1,2}$", re.I)


def _running_text(line: _Line, page_left: float, page_width: float, size: float) -> bool:
    """A line of a paragraph: from the left margin across the text width, without a gap as
    wide as the white space between two table columns."""
    boxes = sorted(line.boxes)
    left, right = boxes[0][0], max(b[1] for b in boxes)
    widest_gap = max((b[0] - a[1] for a, b in itertools.pairwise(boxes)), default=0.0)
    return (
        left - page_left < size
        and right - left >= 0.85 * page_width
        and widest_gap < COLUMN_GAP * size / 9
    )


def _row_groups(region: list[_Line], size: float) -> list[list[_Line]]:
    """Lines grouped into rows: white space between two lines (a cell's padding) starts a new
    row; the lines of one row touch or overlap, also when its cells are centred vertically."""
    groups = [[region[0]]]
    for above, line in itertools.pairwise(region):
        if above.bottom - line.top > COLUMN_GAP * size / 9:
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups
