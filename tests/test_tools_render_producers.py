"""The maintainers' re-rendering of dev sources as HTML for Chromium and LibreOffice (issue 12)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

TOOL = Path(__file__).resolve().parents[1] / "tools" / "render_producers.py"


def _tool():
    spec = importlib.util.spec_from_file_location("render_producers", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SOURCE = """[[footer: Pagina {page} van {pages}]]
[[letterhead: Gemeente Ede | Postbus 9022]]
%% a comment
>> Ede, 3 maart 2025

# Reactie op uw advies
Geachte leden,
Wij nemen punt 1 over.

| Advies | Reactie |
| Verkort de termijn | Overgenomen |
---pagebreak---
## Tot slot
[[signature]]
J. Jansen"""


def test_markup_becomes_html_with_every_word_and_no_directive() -> None:
    page = _tool().cpdoc_to_html(SOURCE, "x.pdf")
    for words in ("Gemeente Ede<br>Postbus 9022", "<h1>Reactie op uw advies</h1>",
                  "Geachte leden,<br>Wij nemen punt 1 over.", "<th>Advies</th>",
                  "<td>Overgenomen</td>", "<h2>Tot slot</h2>", "Pagina 2 van 2"):  # fmt: skip
        assert words in page
    assert "[[" not in page and "a comment" not in page and "---pagebreak---" not in page
    assert page.count("page-break-before: always") == 1  # two pages: one break, before page 2


def test_producers_alternate_by_file_name() -> None:
    tool = _tool()
    chosen = {tool.producer_for(f"dev-a-{i:02}.pdf") for i in range(1, 30)}
    assert chosen == {"chromium", "libreoffice"}
    assert tool.producer_for("dev-a-01.pdf") == tool.producer_for("dev-a-01.pdf")
