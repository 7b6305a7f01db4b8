"""Tests for the cpdoc renderer: text comes back in order, tables, footers, scans."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest

from cp_textmine.synth.markup import parse_cpdoc, plain_text
from cp_textmine.synth.render import render_cpdoc, render_cpdoc_bytes, render_with_style
from cp_textmine.synth.style import style_for_seed

SAMPLE = """\
[[letterhead: Cliëntenraad Werk en Inkomen Zuidhorn | Postbus 12 | 9800 AA Zuidhorn]]
[[header: Ongevraagd advies beslagvrije voet – CRA 2023-05]]
[[footer: Pagina {page} van {pages}]]
%% a comment that must never be rendered
>> Zuidhorn, dinsdag 14 maart 2023

Aan het college van burgemeester en wethouders
t.a.v. wethouder De Vries
Postbus 1
9800 AA Zuidhorn

Datum: 14 maart 2023
Ons kenmerk: CRA 2023-05
Onderwerp: Ongevraagd advies over de beslagvrije voet

# Ongevraagd advies

Geacht college, de cliëntenraad heeft met zorg kennisgenomen van de ontwikkelingen \
rond de beslagvrije voet. Wij zien dat de coördinatie tussen ketenpartners ontbreekt \
en dat naïeve aannames over zelfredzaamheid mensen schaden. Deze alinea is lang genoeg \
om over meerdere regels te lopen, zodat de terugloop van tekst wordt getest.

## Onze adviezen

| Nr. | Advies | Toelichting |
| 1 | Verhoog de beslagvrije voet | Dit voorkomt armoede |
| 2 | Start vroegsignalering | Betalingsachterstanden eerder opsporen |
| 3 | Zorg voor begrijpelijke brieven | Taalniveau B1 |

---pagebreak---

Met vriendelijke groet,

[[signature]]
J. de Boer, voorzitter

[[stamp: ONTVANGEN 16 MRT 2023]]
"""

PARAGRAPH_BITS = [
    "Cliëntenraad Werk en Inkomen Zuidhorn",
    "Zuidhorn, dinsdag 14 maart 2023",
    "t.a.v. wethouder De Vries",
    "Ons kenmerk: CRA 2023-05",
    "Onderwerp: Ongevraagd advies over de beslagvrije voet",
    "Ongevraagd advies",
    "Geacht college, de cliëntenraad heeft met zorg",
    "Met vriendelijke groet,",
    "J. de Boer, voorzitter",
    "ONTVANGEN 16 MRT 2023",
]


def _pages_text(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_parser_sees_every_feature() -> None:
    doc = parse_cpdoc(SAMPLE)
    kinds = [b.kind for b in doc.blocks]
    assert doc.header and doc.footer and len(doc.letterhead) == 3
    for kind in ("para", "heading", "table", "right", "pagebreak", "signature", "stamp"):
        assert kind in kinds
    table = next(b for b in doc.blocks if b.kind == "table")
    assert table.rows[0] == ("Nr.", "Advies", "Toelichting") and len(table.rows) == 4
    assert "comment" not in plain_text(SAMPLE)


@pytest.mark.parametrize("producer", ["reportlab", "fpdf2"])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_text_comes_back_in_order(tmp_path: Path, producer: str, seed: int) -> None:
    out = tmp_path / "doc.pdf"
    render_cpdoc(SAMPLE, out, seed=seed, producer=producer)
    pages = _pages_text(out)
    assert len(pages) == 2
    full = _squash("\n".join(pages))
    positions = [full.find(_squash(bit)) for bit in PARAGRAPH_BITS]
    assert all(p >= 0 for p in positions), list(zip(PARAGRAPH_BITS, positions, strict=True))
    assert positions == sorted(positions)
    assert "comment" not in full
    assert "Pagina 1 van 2" in pages[0] and "Pagina 2 van 2" in pages[1]
    assert "CRA 2023-05" in pages[1].splitlines()[0]  # running header on page 2
    assert "Ongevraagd advies beslagvrije voet" not in pages[0]  # ...but not page 1


@pytest.mark.parametrize("producer", ["reportlab", "fpdf2"])
@pytest.mark.parametrize("table_style", ["grid", "shaded"])
def test_ruled_table_is_found(tmp_path: Path, producer: str, table_style: str) -> None:
    style = replace(style_for_seed(3, producer), table_style=table_style)
    out = tmp_path / "t.pdf"
    out.write_bytes(render_with_style(parse_cpdoc(SAMPLE), style, seed=3))
    with pdfplumber.open(out) as pdf:
        tables = pdf.pages[0].extract_tables()
    assert len(tables) == 1
    rows = [[_squash(c or "") for c in row] for row in tables[0]]
    assert rows[0] == ["Nr.", "Advies", "Toelichting"]
    assert [r[0] for r in rows[1:]] == ["1", "2", "3"]
    assert rows[2][1] == "Start vroegsignalering"


def test_aligned_table_without_rules_is_found_by_text_strategy(tmp_path: Path) -> None:
    style = replace(style_for_seed(3, "reportlab"), table_style="rules")
    out = tmp_path / "t.pdf"
    out.write_bytes(render_with_style(parse_cpdoc(SAMPLE), style, seed=3))
    settings = {"vertical_strategy": "text", "horizontal_strategy": "text"}
    with pdfplumber.open(out) as pdf:
        tables = pdf.pages[0].find_tables(settings)
        text = "\n".join(_squash(" ".join(c or "" for c in r)) for t in tables for r in t.extract())
    assert "Start vroegsignalering" in text


@pytest.mark.parametrize("producer", ["reportlab", "fpdf2"])
def test_long_table_splits_with_all_rows(tmp_path: Path, producer: str) -> None:
    rows = "\n".join(f"| {i} | {i}-3-2023 | Onderwerp nummer {i} | ja |" for i in range(1, 91))
    head = "| Nr | Datum | Onderwerp | Reactie |"
    source = f"[[footer: {{page}}/{{pages}}]]\n\n# Overzicht\n\n{head}\n{rows}\n"
    style = replace(style_for_seed(4, producer), table_style="grid")
    out = tmp_path / "long.pdf"
    out.write_bytes(render_with_style(parse_cpdoc(source), style, seed=4))
    found = []
    with pdfplumber.open(out) as pdf:
        n_pages = len(pdf.pages)
        for page in pdf.pages:
            for table in page.extract_tables():
                found += [r for r in table if r[0] not in ("Nr", None)]
    assert n_pages >= 2
    assert [r[0] for r in found] == [str(i) for i in range(1, 91)]


def test_producers_and_determinism() -> None:
    for producer, marker in (("reportlab", "ReportLab"), ("fpdf2", "fpdf2")):
        first = render_cpdoc_bytes(SAMPLE, seed=7, producer=producer)
        assert first == render_cpdoc_bytes(SAMPLE, seed=7, producer=producer)
        with pdfplumber.open(io.BytesIO(first)) as pdf:
            assert marker in pdf.metadata["Producer"]
    with pytest.raises(ValueError):
        render_cpdoc_bytes(SAMPLE, producer="word")


def test_scanned_has_no_text_and_right_page_count(tmp_path: Path) -> None:
    out = tmp_path / "scan.pdf"
    render_cpdoc(SAMPLE, out, seed=11, scanned=True)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 2
        assert all(not page.chars for page in pdf.pages)
        assert all(page.images for page in pdf.pages)
    assert out.read_bytes() == render_cpdoc_bytes(SAMPLE, seed=11, scanned=True)
