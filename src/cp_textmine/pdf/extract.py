"""PDF -> pages: text in reading order, running headers/footers removed, tables kept as rows.

pdfium reads the text layer and the tables (``lattice``); pdfplumber (pdfminer) only reads
files pdfium cannot open. Pages without any text but with images are scans: they go to the
OCR engine when one is given, else they are marked ``needs_ocr``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from cp_textmine.errors import ExtractionError
from cp_textmine.pdf.lattice import (
    aligned_tables,
    cell_text,
    lattice_tables,
    page_paths,
    whitespace_tables,
)
from cp_textmine.pdf.lines import reading_lines
from cp_textmine.records import Extracted, Page, Table

#: An OCR hook: (pdf path, 0-based page index) -> (text, mean confidence 0..100).
OcrFn = Callable[[Path, int], tuple[str, float | None]]

#: (a number of three digits at most: "2024" alone on a cover's edge is the report's year)
PAGE_NUMBER_LINE = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:(?:pagina|blad|pag\.|page)\s*)?\d{1,3}(?:\s*(?:van|/|of|uit)\s*\d{1,3})?"
    r"(?:\s*[-–—])?\s*$",
    re.IGNORECASE,
)
_EDGE_LINES = 3
_HYPHEN_BREAK = re.compile(r"(\w+)-\n(\w+)")


def extract_pdf(path: Path, ocr: OcrFn | None = None, max_pages: int | None = None) -> Extracted:
    """Read every page of ``path``; raise :class:`ExtractionError` with a short reason when it can't.

    pdfium (C, ~100x faster than pdfminer) reads every page. On a page that may hold a table
    (ruled lines, or an overview header such as 'Datum  Onderwerp  Gevraagd') the table's
    rows and cells come from its rules or white space; where none is found, the page's text
    is rebuilt as printed lines from the character boxes (``lines``), so a borderless row
    still reads as one line. A file pdfium cannot open goes to pdfplumber whole.
    """
    _check_header(path)

    try:
        pdf = pdfium.PdfDocument(str(path))
    except Exception:  # pdfium signals every load failure as PdfiumError
        # pdfium's error text can be stale (its last-error state is global), so pdfminer decides
        # why the file fails; it also repairs some files pdfium refuses.
        return _extract_with_pdfplumber(path, ocr, max_pages)
    try:
        n_pages = len(pdf)
        if n_pages == 0:
            raise ExtractionError("no pages: the PDF has an empty page tree")
        raw_pages, limits = [], []
        for index in range(n_pages):
            if max_pages is not None and index >= max_pages:
                limits.append(f"max_pages: read {max_pages} of {n_pages} pages")
                break
            raw_pages.append(_read_fast(path, pdf, index, ocr))
        producer = _producer_pdfium(pdf)
    except ExtractionError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        raise ExtractionError(classify_pdf_error(exc)) from exc
    finally:
        pdf.close()
    pages = clean_pages(raw_pages)
    return Extracted(pages=tuple(pages), producer=producer, limits_hit=tuple(limits))


def _extract_with_pdfplumber(path: Path, ocr: OcrFn | None, max_pages: int | None) -> Extracted:
    """The slow path for the whole file: pdfminer's parser, which falls back when the xref is broken."""
    pdfplumber = _import_pdfplumber()
    try:
        with pdfplumber.open(path) as pdf:
            n_pages = len(pdf.pages)
            if n_pages == 0:
                raise ExtractionError("no pages: the PDF has an empty page tree")
            raw_pages, limits = [], []
            for index, page in enumerate(pdf.pages):
                if max_pages is not None and index >= max_pages:
                    limits.append(f"max_pages: read {max_pages} of {n_pages} pages")
                    break
                raw_pages.append(_read_page(path, page, index, ocr))
                page.close()
    except ExtractionError:
        raise
    except Exception as exc:
        raise ExtractionError(classify_pdf_error(exc)) from exc
    return Extracted(pages=tuple(clean_pages(raw_pages)), producer=None, limits_hit=tuple(limits))


def _read_fast(path: Path, pdf, index: int, ocr: OcrFn | None) -> Page:
    """One page through pdfium: its text, its tables, or OCR when it is an image."""

    page = pdf[index]
    try:
        textpage = page.get_textpage()
        n_chars = textpage.count_chars()
        if n_chars == 0:
            images = sum(
                1 for _ in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE], max_depth=2)
            )
            if images:
                if ocr is None:
                    return Page(index + 1, "", "needs_ocr", 0)
                text, confidence = ocr(path, index)
                return Page(index + 1, text, "ocr", len(text), ocr_confidence=confidence)
            return Page(index + 1, "", "empty", 0)
        text = normalise_pdfium_text(textpage.get_text_bounded())
        tables: tuple[Table, ...] = ()
        signs = _table_signs(page, text)
        found = None
        if signs:
            found = _tables_of_page(page, textpage, index + 1)
        if found is None and signs == "rules":
            # no table found, though the page looks like one may stand on it: its rows
            # printed as lines (pdfplumber, once asked here, found a table on 3 of 177
            # such dev pages at ten times the cost; bench/RESULTS.md, 2026-12-04)
            text = reading_lines(page, textpage)
        else:  # (also beside a table: the letter's header may be one)
            text = _in_reading_order(text, textpage) or text
        tables = found or ()
        textpage.close()
        return Page(index + 1, text, "text", len(text), tables)
    finally:
        page.close()


def _tables_of_page(page, textpage, page_no: int) -> tuple[Table, ...] | None:
    """The ruled tables, else those framed by horizontal rules, else the borderless ones."""
    return (
        lattice_tables(page, textpage, page_no)
        or aligned_tables(page, textpage, page_no)
        or whitespace_tables(page, textpage, page_no, _looks_tabular)
    )


def _table_signs(page, text: str) -> str | None:
    """ "rules" for ruling lines that could frame a table or a line of overview column names;
    "cells" for weaker signs (shaded cells side by side, a row labelled "Advies 1"); None.

    Letterheads draw one rule and signatures many small curves; a table draws several long
    horizontal rules or vertical ones. Only such pages pay for the table readers, and only
    pages with the strong signs are read line by line when no table is found.
    """

    horizontal = vertical = 0
    cell_tops: dict[int, int] = {}
    for box in page_paths(page):
        if box.long_horizontal:
            horizontal += 1
        elif box.right - box.left < 2.5 and box.top - box.bottom > 6:
            vertical += 1
        elif box.rectangle and box.right - box.left > 20:
            cell_tops[round(box.top)] = cell_tops.get(round(box.top), 0) + 1
    # (shaded cells side by side, a header row drawn as filled rectangles, also frame a table)
    row_of_cells = any(n >= 2 for n in cell_tops.values())
    if horizontal >= 3 or vertical >= 2 or _looks_tabular(text):
        return "rules"
    if row_of_cells or LABELLED_ROW.search(text):
        return "cells"
    return None


#: a table's first row labelled in its first column ("Advies 1"), alone on its line or with the
#: next column's text beside it ("Advies 1 De vervoerder levert ons ...")
LABELLED_ROW = re.compile(r"(?im)^[ \t]*(advies|aanbeveling|adviespunt|punt|voorstel)[ \t]*1\b")


#: a line with only a list number, letter or bullet ("1", "2.", "3)", "a.", "b)", "■")
LONE_MARKER = re.compile(r"[ \t]*(\d{1,2}[.)]?|[a-z][.)]|[A-H][.)]?|[•■▪●◦✓✔])[ \t]*")
LONE_MARKER_LINE = re.compile(rf"(?m)^{LONE_MARKER.pattern}$")
#: the first line of a list item: words, starting with a capital
ITEM_LINE = re.compile(r"\s*[“\"‘']?[A-ZÀ-Ý][^\d\s]*(?:\s+\S+){2,}")
#: bullets drawn as glyphs of their own; the readers write them "•"
BULLET_GLYPHS = frozenset("•■▪●◦✓✔")
#: the first line of a bulleted item: words, in any case ("de adviesraad al in de ...")
GLYPH_ITEM_LINE = re.compile(r"\s*\S+(?:\s+\S+){2,}")
#: how far (in points) a number may stand above the line before it and still follow it
MARKER_RISE = 4.0
#: how far (in points) a number's top may be from the top of the line it numbers
MARKER_LEVEL = 3.0
#: how far (in points) the text layer must jump up for a block to start that was painted late
LATE_JUMP = 4.0
#: the fewest words a block painted late is moved for
BLOCK_WORDS = 5
#: how far (in points) the lines above and below a late block's place must stand from it: a
#: line's height at least, so a wrapped cell beside another is no block of its own
BAND_MARGIN = 6.0


@dataclass(frozen=True)
class _LayerLine:
    start: int  # index of its first character in the page's text layer
    text: str
    top: float | None  # None for an empty line


def _layer_lines(textpage) -> list[_LayerLine] | None:
    """The page's text-layer lines with the top of each one's first character, or None when
    the layer's characters and indices do not line up one to one."""
    count = textpage.count_chars()
    layer = textpage.get_text_range(0, count)
    if len(layer) != count:
        return None
    lines, pos = [], 0
    for line in layer.split("\n"):
        text = line.rstrip("\r")
        lines.append(_LayerLine(pos, text, _top(textpage, layer, pos, text)))
        pos += len(line) + 1
    return lines


def _in_reading_order(text: str, textpage) -> str | None:
    """The page text with what Chromium painted out of reading order put back, or None when
    nothing was: list numbers written after their items (``_markers_moved``) and blocks painted
    after the rest of the page (``_late_blocks_moved``)."""
    lines = _layer_lines(textpage)
    if lines is None:
        return None
    markers = _markers_moved(lines, textpage) if LONE_MARKER_LINE.search(text) else {}
    order = _late_blocks_moved(lines)
    if not markers and order is None:
        return None
    numbers = {target: _as_marker(lines[i].text) for i, target in markers.items()}
    out = [
        f"{numbers[j]} {lines[j].text.lstrip()}" if j in numbers else lines[j].text
        for j in (order if order is not None else range(len(lines)))
        if j not in markers
    ]
    return normalise_pdfium_text("\n".join(out))


def _as_marker(line: str) -> str:
    """A list number as printed; a bullet of any shape as the readers' "•"."""
    marker = line.strip()
    return "•" if marker in BULLET_GLYPHS else marker


def _markers_moved(lines: list[_LayerLine], textpage) -> dict[int, int]:
    """{marker line: the line it numbers}. A numbered list set as a table without rules has its
    row numbers written after the row's text by Chromium, so the text layer reads "...
    2026.\n1\nUw tweede advies": each such number (standing above the line before it, after a
    finished sentence and before a new one, or last on the page) goes to the start of the line
    of words printed at its height, to its right."""
    moves: dict[int, int] = {}
    for i in range(1, len(lines)):
        line, before = lines[i], lines[i - 1]
        marker = LONE_MARKER.fullmatch(line.text)
        if not marker or before.top is None or line.top is None:
            continue
        last = i + 1 == len(lines)
        # a bullet glyph alone on its line is a marker wherever it stands ("✓" before items in
        # lower case after "om:"); a number or letter only between a finished sentence and a new one
        glyph = marker.group(1) in BULLET_GLYPHS
        # items that are clauses in lower case, each ending on ";" ("adviseert uw college:" /
        # "a. alle brieven te herschrijven;" / "b. ...")
        clauses = (
            not last
            and before.text.rstrip().endswith((";", ":"))
            and lines[i + 1].text.lstrip()[:1].islower()
        )
        if not (
            line.top > before.top + MARKER_RISE
            and (glyph or last or clauses or before.text.rstrip().endswith((".", "!", "?", ":")))
            and (
                glyph or last or clauses or lines[i + 1].text.lstrip().lstrip("“\"‘'")[:1].isupper()
            )
        ):
            continue
        left = textpage.get_charbox(line.start + marker.start(1))[0]
        target = next(
            (
                j
                for j, other in enumerate(lines)
                if j != i
                and other.top is not None
                and abs(other.top - line.top) <= MARKER_LEVEL
                and (
                    (GLYPH_ITEM_LINE if glyph else ITEM_LINE).match(other.text)
                    or (
                        GLYPH_ITEM_LINE.match(other.text) and (clauses or _after_a_clause(lines, j))
                    )
                )
                and textpage.get_charbox(other.start + len(other.text) - len(other.text.lstrip()))[
                    0
                ]
                > left
            ),
            None,
        )
        if target is not None:
            moves[i] = target
    return moves


def _after_a_clause(lines: list[_LayerLine], j: int) -> bool:
    """The line before line ``j`` (past list markers standing alone) ends on ";" or ":": ``j``
    may open a list item in lower case."""
    for k in range(j - 1, -1, -1):
        text = lines[k].text.strip()
        if text and not LONE_MARKER.fullmatch(text):
            return text.endswith((";", ":"))
    return False


def _late_blocks_moved(lines: list[_LayerLine]) -> list[int] | None:
    """The lines' order with each block painted late put where it stands on the page, or None.

    Chromium paints positioned elements (a list whose items are ``position: relative`` for
    their own bullets, say) after the rest of the page, so their text comes after the closing.
    A run of lines that starts with a jump up the page is such a block when it was painted after
    everything below it and fills a band of its own (no other line at its height: not a second
    column, not a table's next cell) between two lines that follow each other in the rest of the
    text; it goes between them."""
    order = list(range(len(lines)))
    for _ in range(5):  # a few blocks at most on one page
        moved = _one_late_block_moved(lines, order)
        if moved is None:
            break
        order = moved
    return order if order != list(range(len(lines))) else None


def _one_late_block_moved(lines: list[_LayerLine], order: list[int]) -> list[int] | None:
    """``order`` with the first late block moved into place (a block may take several runs:
    each bullet painted after its item starts one), or None."""
    runs = _runs_down_the_page(lines, order)
    for k in range(1, len(runs)):
        for m in range(len(runs), k, -1):  # the longest block first
            block = [j for run in runs[k:m] for j in run]
            moved = _block_put_in_its_gap(lines, order, block)
            if moved is not None:
                return moved
    return None


def _block_put_in_its_gap(
    lines: list[_LayerLine], order: list[int], block: list[int]
) -> list[int] | None:
    tops = [lines[j].top for j in block if lines[j].top is not None]
    if not tops or sum(len(lines[j].text.split()) for j in block) < BLOCK_WORDS:
        return None  # (a word or two: a table's cell, wrapped)
    low, high = min(tops) - BAND_MARGIN, max(tops) + BAND_MARGIN
    members = set(block)
    rest = [j for j in order if j not in members]
    if any(lines[j].top is not None and low <= lines[j].top <= high for j in rest):
        return None  # another line at its height: a column or a cell, not a block of its own
    placed = [j for j in rest if lines[j].top is not None]
    below = next((k for k, j in enumerate(placed) if lines[j].top < low), None)
    if below is None or (below > 0 and lines[placed[below - 1]].top <= high):
        return None  # below all the rest (a footer), or no gap there
    first = order.index(block[0])
    if any(order.index(j) > first for j in placed[below:]):
        return None  # not painted after all that stands below it: in its place, or a table's cells
    at = rest.index(placed[below])
    return rest[:at] + block + rest[at:]


def _runs_down_the_page(lines: list[_LayerLine], order: list[int]) -> list[list[int]]:
    """The lines in ``order`` cut where the text jumps up the page (a new run starts)."""
    runs: list[list[int]] = []
    previous: float | None = None
    for j in order:
        top = lines[j].top
        if not runs or (top is not None and previous is not None and top > previous + LATE_JUMP):
            runs.append([])
        runs[-1].append(j)
        if top is not None:
            previous = top
    return runs


def _top(textpage, layer: str, start: int, line: str) -> float | None:
    """The top of a text-layer line's first printed character (None for an empty line)."""
    stripped = len(line) - len(line.lstrip())
    if stripped >= len(line):
        return None
    return textpage.get_charbox(start + stripped)[3]


def normalise_pdfium_text(text: str) -> str:
    """pdfium writes CRLF, trailing blanks and control marks for soft hyphens; make it plain lines."""
    text = (
        text.replace("\r\n", "\n").replace("\r", "\n").replace("\x02", "-").replace("\ufffe", "-")
    )
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def _producer_pdfium(pdf) -> str | None:
    try:
        value = pdf.get_metadata_dict().get("Producer")
    except Exception:
        return None
    return str(value)[:200] if value else None


def _import_pdfplumber():
    import pdfplumber  # heavy: pdfplumber only for files pdfium cannot open

    return pdfplumber


def _check_header(path: Path) -> None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except PermissionError as exc:
        raise ExtractionError("unreadable: permission denied") from exc
    except IsADirectoryError as exc:
        raise ExtractionError("not a file: is a directory") from exc
    except FileNotFoundError as exc:
        raise ExtractionError("unreadable: file vanished or is a broken link") from exc
    except OSError as exc:
        raise ExtractionError(f"unreadable: {exc.strerror or exc}") from exc
    if not head:
        raise ExtractionError("empty file: 0 bytes")
    if b"%PDF-" not in head:
        kind = "text" if _looks_like_text(head) else "binary data"
        raise ExtractionError(f"not a PDF: the file holds {kind}, no %PDF header")


def _looks_like_text(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _raised_in_our_code(exc: BaseException) -> bool:
    """True when the innermost frame is cp-textmine's own code: a bug, not a broken PDF."""
    tb = exc.__traceback__
    last = None
    while tb is not None:
        last = tb
        tb = tb.tb_next
    return last is not None and "cp_textmine" in last.tb_frame.f_code.co_filename


def classify_pdf_error(exc: BaseException) -> str:
    """Turn pdfminer's exception zoo into one stable, human reason."""
    if _raised_in_our_code(exc):
        return f"internal error in cp-textmine (please report): {type(exc).__name__}: {exc}"
    chain = []
    cur: BaseException | None = exc
    while cur is not None and len(chain) < 5:
        chain.append(cur)
        cur = cur.__cause__ or cur.__context__
    names = " ".join(type(e).__name__ for e in chain)
    text = " ".join(str(e) for e in chain).lower()
    if "password" in names.lower() or "password" in text or "encrypt" in text or "security" in text:
        return "encrypted: password required"
    if "no /root object" in text:
        return "damaged PDF: no document catalog (/Root missing)"
    if "PSEOF" in names or "unexpected eof" in text or "eof" in text:
        return "damaged PDF: truncated (unexpected end of file)"
    if "xref" in text or "startxref" in text or "data format error" in text:
        return "damaged PDF: broken cross-reference table"
    if "RecursionError" in names or "recursion" in text:
        return "damaged PDF: recursive page tree"
    if "failed to load page" in text:
        return "damaged PDF: a page cannot be loaded (broken or recursive page tree)"
    if "MemoryError" in names:
        return "too large: out of memory while parsing"
    detail = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else type(exc).__name__
    return f"damaged PDF: {type(exc).__name__}: {detail}"


def _read_page(path: Path, page, index: int, ocr: OcrFn | None) -> Page:
    """One page: the text layer, its tables, or OCR when it is an image."""
    if not page.chars:
        if page.images:
            if ocr is None:
                return Page(index + 1, "", "needs_ocr", 0)
            text, confidence = ocr(path, index)
            return Page(index + 1, text, "ocr", len(text), ocr_confidence=confidence)
        return Page(index + 1, "", "empty", 0)
    text = page.extract_text(x_tolerance=1.5, y_tolerance=3) or ""
    tables = _tables(page, index, text)
    return Page(index + 1, text, "text", len(text), tables)


TABLE_HEADER_WORDS = re.compile(
    # (a college's table of points: "Nr. | Advies adviesraad (samengevat) | Reactie college")
    r"\b(datum|onderwerp|gevraagd|ongevraagd|reactie|overgenomen|advies|titel|nr|aanbeveling(?:en)?|"
    r"adviespunt(?:en)?)\b",
    re.I,
)
TEXT_TABLE_SETTINGS = {"vertical_strategy": "text", "horizontal_strategy": "text"}


def _looks_tabular(text: str) -> bool:
    """A short line made of two or more overview column names ('Datum  Onderwerp  Gevraagd').

    Header fields ('Onderwerp: reactie op uw advies') have a colon and are not table headers.
    """
    for line in text.splitlines():
        words = line.split()
        if not 2 <= len(words) <= 10 or ":" in line or line.rstrip().endswith((".", ",", ";")):
            continue
        names = TABLE_HEADER_WORDS.findall(line)
        if len({m.lower() for m in names}) >= 2 and len(names) / len(words) >= 0.4:
            return True
    return False


def _tables(page, index: int, text: str = "") -> tuple[Table, ...]:
    """Ruled tables by their lines; unruled ones only on pages whose text has an overview header.

    find_tables is costly, so pages with neither rules nor such a header skip it.
    """
    if len(page.lines) + len(page.rects) >= 3:
        found = _extract_tables(page, index, None)
        if found:
            return found
    if _looks_tabular(text):
        tables = [
            t
            for t in page.find_tables(table_settings=TEXT_TABLE_SETTINGS)
            if not _cuts_words(page, t)
        ]
        found = _rows_of(tables, index)
        return tuple(t for t in (_plausible_text_table(t) for t in found) if t is not None)
    return ()


def _cuts_words(page, table) -> bool:
    """True when the table's column edges run through words: justified prose, not a table."""
    edges = sorted(
        {round(cell[0], 1) for cell in table.cells} | {round(cell[2], 1) for cell in table.cells}
    )
    inner = edges[1:-1]
    top, bottom = table.bbox[1], table.bbox[3]
    crossing = 0
    for word in page.within_bbox(table.bbox).extract_words() if inner else ():
        if word["top"] < top or word["bottom"] > bottom:
            continue
        if any(word["x0"] + 1 < edge < word["x1"] - 1 for edge in inner):
            crossing += 1
    return crossing > 2


def _is_header_cell(cell: str | None) -> bool:
    words = (cell or "").strip(" :").split()
    return bool(words) and TABLE_HEADER_WORDS.fullmatch(words[0]) is not None


def _plausible_text_table(table: Table) -> Table | None:
    """Keep a text-aligned table from its header row on; without such a header it is not an overview."""
    header = next(
        (i for i, row in enumerate(table.rows)
         if sum(1 for c in row if _is_header_cell(c)) >= 2),
        None,
    )  # fmt: skip
    if header is None or len(table.rows) - header < 2:
        return None
    return Table(table.page_no, table.rows[header:])


def _extract_tables(page, index: int, settings: dict | None) -> tuple[Table, ...]:
    tables = page.find_tables(table_settings=settings) if settings else page.find_tables()
    return _rows_of(tables, index)


def _rows_of(tables: list, index: int) -> tuple[Table, ...]:
    found = []
    for table in tables:
        rows = tuple(tuple(_clean_cell(c) for c in row) for row in table.extract() if any(row))
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            found.append(Table(index + 1, rows))
    return tuple(found)


def _clean_cell(cell: str | None) -> str | None:
    if cell is None:
        return None
    return cell_text(cell) or None


def clean_pages(pages: list[Page]) -> list[Page]:
    """Remove running headers/footers and page numbers, then rejoin hyphenated words."""
    repeated = _repeated_edge_lines(pages)
    vocabulary = Counter(re.findall(r"\w+-\w+", "\n".join(p.text for p in pages).lower()))
    cleaned = []
    for page in pages:
        if not page.text:
            cleaned.append(page)
            continue
        text = _strip_edges(page.text, repeated, first_page=page.page_no == 1)
        text = mend_broken_labels(dehyphenate(text, vocabulary))
        cleaned.append(
            Page(page.page_no, text, page.text_source, len(text), page.tables, page.ocr_confidence)
        )
    return cleaned


#: a letter's header labels, as a word processor's narrow label column breaks them into
#: pieces of a few letters ("Uw" / "ken" / "mer" / "k"), keyed without spaces
BROKEN_LABELS = {
    "verzenddatum": "Verzenddatum", "datum": "Datum", "onskenmerk": "Ons kenmerk",
    "uwkenmerk": "Uw kenmerk", "kenmerk": "Kenmerk", "uwbriefvan": "Uw brief van",
    "uwbrief": "Uw brief", "onderwerp": "Onderwerp", "betreft": "Betreft",
    "contactpersoon": "Contactpersoon", "zaaknummer": "Zaaknummer", "bijlage": "Bijlage",
    "bijlagen": "Bijlagen", "doorkiesnummer": "Doorkiesnummer", "telefoon": "Telefoon",
    "documentnummer": "Documentnummer", "verzonden": "Verzonden", "nummer": "Nummer",
    "datumcollege": "Datum college", "portefeuillehouder": "Portefeuillehouder",
    "collegedatum": "Collegedatum", "uwadviesvan": "Uw advies van",
}  # fmt: skip
_PIECE = re.compile(r"[A-Za-zÀ-ÿ]{1,4}:?")


def mend_broken_labels(text: str) -> str:
    """Header labels a narrow table column broke into pieces on their own lines, made whole
    again on one line ("Ons" / "ken" / "mer" / "k" -> "Ons kenmerk"), so the header reader
    finds the letter's reference, date and subject."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _PIECE.fullmatch(lines[j].strip()) and j - i < 8:
            j += 1
        label = "".join(line.strip().rstrip(":") for line in lines[i:j]).lower()
        if j - i >= 2 and label in BROKEN_LABELS:
            out.append(BROKEN_LABELS[label])
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def _normalise_line(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def _edge_count(n_lines: int) -> int:
    """How many lines at each end of a page may be running text: fewer on short pages."""
    return _EDGE_LINES if n_lines > 4 * _EDGE_LINES else 1


def _edge_lines(text: str) -> list[str]:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    k = _edge_count(len(lines))
    return lines[:k] + lines[-k:]


#: a letter's salutation and closing: two letters in one file (an e-mail forwarding a letter)
#: each end with "Met vriendelijke groet,", which is no running footer
LETTER_FORMULA = re.compile(
    r"^\s*((met\s+)?(vriendelijke|hartelijke|beste|collegiale)\s+groet(en)?|hoogachtend|geachte|beste)\b"
)


def _repeated_edge_lines(pages: list[Page]) -> set[str]:
    """Lines that open or close at least half of the pages (and two or more) are running text."""
    text_pages = [p for p in pages if p.text]
    if len(text_pages) < 2:
        return set()
    counts = Counter()
    for page in text_pages:
        counts.update({_normalise_line(ln) for ln in _edge_lines(page.text)})
    threshold = max(2, (len(text_pages) + 1) // 2)
    return {
        line
        for line, n in counts.items()
        if n >= threshold and len(line) > 1 and not LETTER_FORMULA.match(line)
    }


def _strip_edges(text: str, repeated: set[str], first_page: bool) -> str:
    """Drop page-number lines and repeated edge lines; page 1 keeps its letterhead."""
    lines = text.splitlines()
    non_empty = [i for i, ln in enumerate(lines) if ln.strip()]
    if len(non_empty) <= 2:
        return text  # a page of one or two lines has no running header to strip, only content
    k = _edge_count(len(non_empty))
    edge = set(non_empty[:k] + non_empty[-k:])
    keep = []
    for i, line in enumerate(lines):
        if i in edge:
            if PAGE_NUMBER_LINE.match(line):
                continue
            if not first_page and _normalise_line(line) in repeated:
                continue
            if first_page and _normalise_line(line) in repeated and i in non_empty[-k:]:
                continue  # a running footer on page 1 is not a letterhead
        keep.append(line)
    return "\n".join(keep).strip("\n")


def dehyphenate(text: str, vocabulary: Counter | None = None) -> str:
    """Rejoin ``werk-\\nnemers`` as ``werknemers``; keep real compounds (``Wmo-raad``) seen elsewhere."""
    vocabulary = vocabulary or Counter()

    def join(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        compound = f"{left}-{right}"
        if right[:1].isupper() or left[-1:].isdigit() or vocabulary.get(compound.lower(), 0) > 0:
            return compound
        return f"{left}{right}"

    return _HYPHEN_BREAK.sub(join, text)
