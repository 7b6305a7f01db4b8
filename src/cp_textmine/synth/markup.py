"""Parser for the cpdoc markup v1 (corpora/MARKUP.md).

The parser turns a cpdoc source into a flat list of blocks that both PDF
backends render the same way, so the look can vary while the text and its
reading order stay identical.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

PAGEBREAK = "---pagebreak---"
_DIRECTIVE = re.compile(r"^\[\[(header|footer|letterhead):\s*(.*?)\s*\]\]$")
_STAMP = re.compile(r"^\[\[stamp:\s*(.*?)\s*\]\]$")
_SIGNATURE = "[[signature]]"


@dataclass(frozen=True)
class Block:
    """One renderable unit: paragraph, heading, table, right line, break, mark."""

    kind: str  # para | heading | table | right | pagebreak | signature | stamp
    lines: tuple[str, ...] = ()
    level: int = 0
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class CpDoc:
    """A parsed cpdoc: running header/footer, letterhead lines and body blocks."""

    header: str | None = None
    footer: str | None = None
    letterhead: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = field(default_factory=tuple)


def clean_text(text: str) -> str:
    """Normalise characters the fonts may lack; the ij-ligature is written 'ij'."""
    return text.replace("\u0133", "ij").replace("\u0132", "IJ").replace("\t", " ")


def _split_row(line: str) -> tuple[str, ...]:
    """Split a pipe-table line into stripped cells (trailing pipe optional)."""
    body = line.strip()[1:]
    if body.endswith("|"):
        body = body[:-1]
    return tuple(cell.strip() for cell in body.split("|"))


def _line_kind(line: str) -> str:
    """Classify one source line so runs of the same kind can be grouped."""
    stripped = line.strip()
    if stripped == PAGEBREAK:
        return "pagebreak"
    if stripped == _SIGNATURE:
        return "signature"
    if _STAMP.match(stripped):
        return "stamp"
    if stripped.startswith("|"):
        return "table"
    if stripped.startswith("#"):
        return "heading"
    if stripped.startswith(">>"):
        return "right"
    return "para"


def _make_blocks(kind: str, lines: list[str]) -> list[Block]:
    """Build the block(s) for a run of same-kind lines."""
    if kind == "table":
        rows = tuple(_split_row(line) for line in lines)
        width = max(len(r) for r in rows)
        rows = tuple(r + ("",) * (width - len(r)) for r in rows)
        return [Block("table", rows=rows)]
    if kind == "heading":
        out = []
        for line in lines:
            marks = len(line) - len(line.lstrip("#"))
            out.append(Block("heading", lines=(line.lstrip("#").strip(),), level=min(marks, 2)))
        return out
    if kind == "right":
        return [Block("right", lines=tuple(line.strip()[2:].strip() for line in lines))]
    if kind in ("pagebreak", "signature"):
        return [Block(kind) for _ in lines]
    if kind == "stamp":
        return [Block("stamp", lines=(_STAMP.match(line.strip()).group(1),)) for line in lines]
    return [Block("para", lines=tuple(line.strip() for line in lines))]


def parse_cpdoc(source: str) -> CpDoc:
    """Parse cpdoc text into a CpDoc; unknown syntax is kept as plain text."""
    header = footer = None
    letterhead: tuple[str, ...] = ()
    blocks: list[Block] = []
    run_kind, run_lines = "", []

    def flush() -> None:
        nonlocal run_kind, run_lines
        if run_lines:
            blocks.extend(_make_blocks(run_kind, run_lines))
        run_kind, run_lines = "", []

    for raw in clean_text(source).splitlines():
        line = raw.rstrip()
        if line.lstrip().startswith("%%"):
            continue
        directive = _DIRECTIVE.match(line.strip())
        if directive:
            name, value = directive.groups()
            if name == "header":
                header = value
            elif name == "footer":
                footer = value
            else:
                letterhead = tuple(p.strip() for p in value.split("|") if p.strip())
            continue
        if not line.strip():
            flush()
            continue
        kind = _line_kind(line)
        if kind != run_kind:
            flush()
            run_kind = kind
        run_lines.append(line)
    flush()
    return CpDoc(header=header, footer=footer, letterhead=letterhead, blocks=tuple(blocks))


def plain_text(source: str) -> str:
    """The visible text of a cpdoc in reading order (for similarity and checks)."""
    doc = parse_cpdoc(source)
    parts: list[str] = list(doc.letterhead)
    for block in doc.blocks:
        if block.kind == "table":
            parts.extend(" ".join(row) for row in block.rows)
        else:
            parts.extend(block.lines)
    return "\n".join(parts)
