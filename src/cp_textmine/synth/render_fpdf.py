"""fpdf2 backend of the cpdoc renderer (embedded TTF, so text is Unicode)."""

from __future__ import annotations

from datetime import UTC, datetime

from fpdf import FPDF, FontFace
from fpdf import __version__ as FPDF_VERSION

from cp_textmine.synth.markup import Block, CpDoc
from cp_textmine.synth.render_rl import column_widths
from cp_textmine.synth.style import Style, scribble_points

_PT = 0.3528  # millimetres per point
_FONT = "body"


class _Pdf(FPDF):
    """FPDF with the cpdoc running header (pages after the first) and footer."""

    def __init__(self, doc: CpDoc, style: Style) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self._doc, self._style = doc, style

    def _running(self, text: str) -> str:
        """Fill {page}/{pages}; fpdf2 substitutes its alias when the page count is known."""
        return text.replace("{page}", str(self.page_no())).replace("{pages}", "{nb}")

    def header(self) -> None:
        if self._doc.header and self.page_no() > 1:
            self.set_font(_FONT, "", self._style.font_size * 0.8)
            self.set_text_color(64)
            self.set_y(self._style.margin_top * 0.4)
            self.cell(0, 4, self._running(self._doc.header), align="L")
            self.set_text_color(0)
            self.set_y(self._style.margin_top)

    def footer(self) -> None:
        if self._doc.footer:
            align = {"left": "L", "center": "C", "right": "R"}[self._style.footer_align]
            self.set_font(_FONT, "", self._style.font_size * 0.8)
            self.set_text_color(64)
            self.set_y(-self._style.margin_bottom * 0.65)
            self.cell(0, 4, self._running(self._doc.footer), align=align)
            self.set_text_color(0)


def _line_h(style: Style, size: float) -> float:
    """Line height in mm for a font size in points."""
    return size * style.leading * _PT


def _ensure_room(pdf: FPDF, height: float) -> None:
    """Start a new page when a fixed-height drawing would cross the bottom margin."""
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()


def _text(pdf: _Pdf, lines: tuple[str, ...], size: float, align: str, bold: bool = False) -> None:
    """A paragraph (hard breaks kept) that wraps and flows over pages."""
    style = pdf._style
    pdf.set_font(_FONT, "B" if bold else "", size)
    pdf.multi_cell(
        0, _line_h(style, size), "\n".join(lines), align=align, new_x="LMARGIN", new_y="NEXT"
    )


def _table(pdf: _Pdf, block: Block) -> None:
    """A real table; ruled or with horizontal rules only, header repeated on new pages."""
    style = pdf._style
    size = style.font_size * 0.92
    pdf.set_font(_FONT, "", size)
    layout = {"grid": "ALL", "shaded": "ALL", "rules": "SINGLE_TOP_LINE"}[style.table_style]
    fill = (224, 224, 224) if style.table_style == "shaded" else None
    heads = FontFace(emphasis="BOLD", fill_color=fill)
    pdf.set_font(_FONT, "B", size)
    widths = column_widths(
        block.rows, pdf.epw, lambda word: pdf.get_string_width(word) + 2 * pdf.c_margin + 1
    )
    pdf.set_font(_FONT, "", size)
    with pdf.table(
        borders_layout=layout,
        headings_style=heads,
        line_height=size * 1.25 * _PT,
        col_widths=widths,
        text_align="LEFT",
        align="LEFT",
        width=pdf.epw,
        v_align="TOP",
        repeat_headings=1,
    ) as table:
        for row in block.rows:
            cells = table.row()
            for cell in row:
                cells.cell(cell)
    pdf.ln(style.para_space * _PT + 2)


def _scribble(pdf: _Pdf, seed: int) -> None:
    """A signature scribble drawn with Bezier curves."""
    width, height = 45.0, 13.0
    _ensure_room(pdf, height + 2)
    x0, y0 = pdf.l_margin, pdf.get_y()
    pdf.set_draw_color(*(int(c * 255) for c in pdf._style.ink))
    pdf.set_line_width(0.4)
    for seg in scribble_points(seed, width, height):
        pts = [(x0 + seg[i], y0 + height - seg[i + 1]) for i in range(0, 8, 2)]
        pdf.bezier(pts)
    pdf.set_draw_color(0)
    pdf.set_line_width(0.2)
    pdf.set_y(y0 + height + 1)


def _stamp(pdf: _Pdf, text: str) -> None:
    """A double-framed stamp box at the right margin with upright text."""
    style = pdf._style
    pdf.set_font(_FONT, "B", 11)
    width, height = pdf.get_string_width(text) + 8, 10.0
    _ensure_room(pdf, height + 3)
    x, y = pdf.w - pdf.r_margin - width, pdf.get_y() + 1
    colour = tuple(int(c * 255) for c in style.stamp_colour)
    pdf.set_draw_color(*colour)
    pdf.set_text_color(*colour)
    pdf.set_line_width(0.55)
    pdf.rect(x, y, width, height)
    pdf.set_line_width(0.2)
    pdf.rect(x + 1, y + 1, width - 2, height - 2)
    pdf.set_xy(x, y)
    pdf.cell(width, height, text, align="C")
    pdf.set_draw_color(0)
    pdf.set_text_color(0)
    pdf.set_xy(pdf.l_margin, y + height + 3)


def _letterhead(pdf: _Pdf, lines: tuple[str, ...]) -> None:
    """Letterhead block: a larger bold first line and smaller lines, left or right."""
    style = pdf._style
    align = "R" if style.letterhead_align == "right" else "L"
    for i, line in enumerate(lines):
        size = style.font_size * (1.6 if i == 0 else 0.9)
        pdf.set_font(_FONT, "B" if i == 0 else "", size)
        pdf.multi_cell(0, size * 1.2 * _PT, line, align=align, new_x="LMARGIN", new_y="NEXT")
    if style.letterhead_rule:
        y = pdf.get_y() + 1.5
        pdf.set_draw_color(128)
        pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
        pdf.set_draw_color(0)
    pdf.ln(style.font_size * 2 * _PT + 2)


def _block(pdf: _Pdf, block: Block, seed: int, n: int) -> None:
    """Render one block at the cursor."""
    style = pdf._style
    size = style.font_size
    gap = style.para_space * _PT
    if block.kind == "para":
        _text(pdf, block.lines, size, "J" if style.justify else "L")
        pdf.ln(gap)
    elif block.kind == "right":
        _text(pdf, block.lines, size, "R")
        pdf.ln(gap)
    elif block.kind == "heading":
        pdf.ln(1.5)
        _text(pdf, block.lines, size * (1.45 if block.level <= 1 else 1.12), "L", bold=True)
        pdf.ln(gap + (1 if block.level <= 1 else 0))
    elif block.kind == "table":
        _table(pdf, block)
    elif block.kind == "pagebreak":
        pdf.add_page()
    elif block.kind == "signature":
        _scribble(pdf, seed * 31 + n)
    elif block.kind == "stamp":
        _stamp(pdf, block.lines[0])


def render_fpdf(doc: CpDoc, style: Style, seed: int, created: datetime) -> bytes:
    """Render a parsed cpdoc to PDF bytes with fpdf2."""
    pdf = _Pdf(doc, style)
    pdf.add_font(_FONT, "", str(style.family.regular))
    pdf.add_font(_FONT, "B", str(style.family.bold))
    pdf.set_margins(style.margin_left, style.margin_top, style.margin_right)
    pdf.set_auto_page_break(True, margin=style.margin_bottom)
    pdf.set_creation_date(created.replace(tzinfo=UTC))
    pdf.set_producer(f"PyFPDF/fpdf{FPDF_VERSION}")
    pdf.add_page()
    if doc.letterhead:
        _letterhead(pdf, doc.letterhead)
    for n, block in enumerate(doc.blocks):
        _block(pdf, block, seed, n)
    return bytes(pdf.output())
