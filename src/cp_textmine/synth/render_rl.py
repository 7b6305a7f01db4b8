"""reportlab (platypus) backend of the cpdoc renderer."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from cp_textmine.synth.markup import Block, CpDoc
from cp_textmine.synth.style import FontFamily, Style, scribble_points

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


@cache
def _register(name: str, path: str) -> str:
    """Register a TTF once per process; parsing a TTF is the slow part."""
    pdfmetrics.registerFont(TTFont(name, path))
    return name


def font_names(family: FontFamily) -> tuple[str, str]:
    """reportlab font names (regular, bold) for a family, registering TTFs."""
    if family.regular is None:
        return family.std_regular or "Helvetica", family.std_bold or "Helvetica-Bold"
    regular = _register(family.name, str(family.regular))
    bold = _register(family.name + "-Bold", str(family.bold))
    return regular, bold


class _Scribble(Flowable):
    """A hand-drawn-looking signature made of Bezier curves."""

    def __init__(self, seed: int, ink: tuple[float, float, float]) -> None:
        super().__init__()
        self.width, self.height = 130.0, 36.0
        self._segments = scribble_points(seed, self.width, self.height)
        self._ink = ink

    def draw(self) -> None:
        canv = self.canv
        canv.setStrokeColorRGB(*self._ink)
        canv.setLineWidth(1.1)
        for seg in self._segments:
            canv.bezier(*seg)


class _Stamp(Flowable):
    """A rubber-stamp box with upright (extractable) text."""

    def __init__(self, text: str, font: str, colour: tuple[float, float, float]) -> None:
        super().__init__()
        self._text, self._font, self._colour = text, font, colour
        self.width = pdfmetrics.stringWidth(text, font, 11) + 20
        self.height = 30.0
        self.hAlign = "RIGHT"

    def draw(self) -> None:
        canv = self.canv
        canv.setStrokeColorRGB(*self._colour)
        canv.setFillColorRGB(*self._colour)
        canv.setLineWidth(1.6)
        canv.rect(0, 2, self.width, self.height - 4)
        canv.setLineWidth(0.6)
        canv.rect(3, 5, self.width - 6, self.height - 10)
        canv.setFont(self._font, 11)
        canv.drawString(10, self.height / 2 - 4, self._text)


def _para_styles(style: Style, regular: str, bold: str) -> dict[str, ParagraphStyle]:
    """The paragraph styles one document uses."""
    size = style.font_size
    body_align = TA_JUSTIFY if style.justify else TA_LEFT
    base = ParagraphStyle(
        "body",
        fontName=regular,
        fontSize=size,
        leading=size * style.leading,
        spaceAfter=style.para_space,
        alignment=body_align,
    )
    return {
        "body": base,
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=bold,
            fontSize=size * 1.45,
            leading=size * 1.8,
            spaceBefore=4,
            spaceAfter=style.para_space + 2,
            alignment=TA_LEFT,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=bold,
            fontSize=size * 1.12,
            leading=size * 1.45,
            spaceBefore=3,
            alignment=TA_LEFT,
        ),
        "cell": ParagraphStyle(
            "cell",
            parent=base,
            fontSize=size * 0.92,
            leading=size * 1.15,
            spaceAfter=0,
            alignment=TA_LEFT,
        ),
        "cellhead": ParagraphStyle(
            "cellhead",
            parent=base,
            fontName=bold,
            fontSize=size * 0.92,
            leading=size * 1.15,
            spaceAfter=0,
            alignment=TA_LEFT,
        ),
        "lh1": ParagraphStyle(
            "lh1",
            parent=base,
            fontName=bold,
            fontSize=size * 1.6,
            leading=size * 1.9,
            spaceAfter=1,
            alignment=_ALIGN[style.letterhead_align],
        ),
        "lh": ParagraphStyle(
            "lh",
            parent=base,
            fontSize=size * 0.9,
            leading=size * 1.15,
            spaceAfter=0,
            alignment=_ALIGN[style.letterhead_align],
        ),
    }


def column_widths(
    rows: tuple[tuple[str, ...], ...], total: float, measure: Callable[[str], float] | None = None
) -> list[float]:
    """Column widths proportional to content length, never narrower than the column's longest word.

    Office software wraps cells at spaces; a date or a kenmerk cut in two ("3-2-2 | 023") is
    what no municipality's PDF shows, so every column first gets room for its longest word.
    ``measure`` gives a word's width in points including cell padding (default: 6.5 pt a character).
    """
    measure = measure or (lambda word: 6.5 * (len(word) + 1))
    ncols = len(rows[0])
    weights = [min(max(max(len(row[col]) for row in rows), 6), 60) for col in range(ncols)]
    scale = total / sum(weights)
    widths = [w * scale for w in weights]
    need = [
        max((measure(w) for row in rows for w in row[col].split()), default=12.0)
        for col in range(ncols)
    ]
    if all(w >= n for w, n in zip(widths, need, strict=True)):
        return widths
    if sum(need) >= total:  # not enough room for every word: shrink all columns alike
        return [n * total / sum(need) for n in need]
    widths = [max(w, n) for w, n in zip(widths, need, strict=True)]
    surplus = sum(widths) - total
    slack = [w - n for w, n in zip(widths, need, strict=True)]
    room = sum(s for s in slack if s > 0)
    return [w - surplus * s / room if s > 0 else w for w, s in zip(widths, slack, strict=True)]


def _table(block: Block, style: Style, ps: dict[str, ParagraphStyle], width: float) -> Table:
    """A real table (ruled or aligned) that splits across pages with a repeated header."""
    data = [
        [Paragraph(escape(cell), ps["cellhead" if r == 0 else "cell"]) for cell in row]
        for r, row in enumerate(block.rows)
    ]
    head = ps["cellhead"]

    def measure(word: str) -> float:
        return (
            stringWidth(word, head.fontName, head.fontSize) + 13
        )  # bold is widest; 6 pt padding a side

    table = Table(
        data, colWidths=column_widths(block.rows, width, measure), repeatRows=1, hAlign="LEFT"
    )
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if style.table_style == "grid":
        commands.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
    elif style.table_style == "shaded":
        commands += [
            ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ]
    else:
        commands += [
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ]
    table.setStyle(TableStyle(commands))
    return table


def _flowables(doc: CpDoc, style: Style, seed: int, width: float) -> list[Flowable]:
    """Translate blocks into platypus flowables, in source order."""
    regular, bold = font_names(style.family)
    ps = _para_styles(style, regular, bold)
    out: list[Flowable] = []
    for i, line in enumerate(doc.letterhead):
        out.append(Paragraph(escape(line), ps["lh1" if i == 0 else "lh"]))
    if doc.letterhead:
        if style.letterhead_rule:
            out.append(HRFlowable(width="100%", thickness=0.7, spaceBefore=3, color=colors.grey))
        out.append(Spacer(1, style.font_size * 2))
    for n, block in enumerate(doc.blocks):
        text = "<br/>".join(escape(line) for line in block.lines)
        if block.kind == "para":
            out.append(Paragraph(text, ps["body"]))
        elif block.kind == "right":
            out.append(Paragraph(text, ps["right"]))
        elif block.kind == "heading":
            out.append(Paragraph(text, ps["h1" if block.level <= 1 else "h2"]))
        elif block.kind == "table":
            out += [_table(block, style, ps, width), Spacer(1, style.para_space + 3)]
        elif block.kind == "pagebreak":
            out.append(PageBreak())
        elif block.kind == "signature":
            out.append(_Scribble(seed * 31 + n, style.ink))
        elif block.kind == "stamp":
            out += [_Stamp(block.lines[0], bold, style.stamp_colour), Spacer(1, 4)]
    return out


def _decorator(doc: CpDoc, style: Style):
    """A callback that draws the running header/footer once the page count is known."""
    regular, _ = font_names(style.family)
    size = style.font_size * 0.8
    page_w, page_h = A4
    left, right = style.margin_left * mm, page_w - style.margin_right * mm

    def place(canv: Canvas, text: str, y: float, align: str) -> None:
        if align == "left":
            canv.drawString(left, y, text)
        elif align == "right":
            canv.drawRightString(right, y, text)
        else:
            canv.drawCentredString((left + right) / 2, y, text)

    def decorate(canv: Canvas, page: int, pages: int) -> None:
        canv.saveState()
        canv.setFont(regular, size)
        canv.setFillColorRGB(0.25, 0.25, 0.25)
        fill = {"{page}": str(page), "{pages}": str(pages)}
        if doc.header and page > 1:
            text = doc.header
            for key, value in fill.items():
                text = text.replace(key, value)
            place(canv, text, page_h - style.margin_top * mm * 0.55, "left")
        if doc.footer:
            text = doc.footer
            for key, value in fill.items():
                text = text.replace(key, value)
            place(canv, text, style.margin_bottom * mm * 0.45, style.footer_align)
        canv.restoreState()

    return decorate


def _canvas_maker(decorate, created: datetime):
    """A canvas class that defers header/footer drawing until the page count is known."""
    stamp = created.strftime("D:%Y%m%d%H%M%S+01'00'")

    class PagedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_: stamp)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return PagedCanvas


def render_reportlab(doc: CpDoc, style: Style, seed: int, created: datetime) -> bytes:
    """Render a parsed cpdoc to PDF bytes with reportlab."""
    buf = io.BytesIO()
    template = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=style.margin_left * mm,
        rightMargin=style.margin_right * mm,
        topMargin=style.margin_top * mm,
        bottomMargin=style.margin_bottom * mm,
        invariant=1,
        title="",
        author="",
    )
    story = _flowables(doc, style, seed, template.width)
    if not story:
        story = [Spacer(1, 1)]
    template.build(story, canvasmaker=_canvas_maker(_decorator(doc, style), created))
    return buf.getvalue()
