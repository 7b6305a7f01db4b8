"""The HTML report: self-contained, every section present, and opened in headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from cp_textmine.scan.html import to_html
from cp_textmine.scan.indicators import run_scan

from .test_scan_fixture import build_scan_db

CHROMIUM = next((p for p in (shutil.which("chromium"), shutil.which("chromium-browser"),
                             "/usr/bin/chromium") if p and Path(p).exists()), None)  # fmt: skip
CHART_IDS = [
    "chart-adoption_by_topic",
    "chart-response_days",
    "chart-trend",
    "chart-municipalities",
]
# Appended to a copy of the report: records in the DOM whether the page scrolls sideways.
OVERFLOW_PROBE = ("<script>document.body.dataset.overflow = String(document.documentElement.scrollWidth"
                  " > window.innerWidth);</script></body>")  # fmt: skip


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("html")
    db = build_scan_db(folder / "scan.duckdb")
    out = folder / "report.html"
    out.write_text(to_html(run_scan(db), db), encoding="utf-8")
    return out


class Figures(HTMLParser):
    """Per chart <figure>: whether it holds an <svg>, and how many drawn <path d=...> it has."""

    def __init__(self) -> None:
        super().__init__()
        self.current: str | None = None
        self.figures: dict[str, dict[str, int]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "figure":
            self.current = attributes.get("id")
            self.figures[self.current or "?"] = {"svg": 0, "paths": 0}
        elif self.current and tag == "svg":
            self.figures[self.current]["svg"] += 1
        elif self.current and tag == "path" and len(attributes.get("d") or "") > 10:
            self.figures[self.current]["paths"] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "figure":
            self.current = None


def figures_of(markup: str) -> dict[str, dict[str, int]]:
    parser = Figures()
    parser.feed(markup)
    return parser.figures


def test_report_sections_and_self_contained(report: Path) -> None:
    text = report.read_text(encoding="utf-8")
    for anchor in ("indicatoren", "grafieken", "jaarverslag", "adviezen", "uitleg"):
        assert f"id='{anchor}'" in text
    assert re.search(r"<div class='scroll'><table id='indicators'>", text)  # wide tables scroll
    assert not re.search(r"<(script|img|link)[^>]+(src|href)=['\"]https?:", text)  # no network
    assert "geen brief gevonden" in text and "wijkt af" in text  # jaarverslag cross-check
    assert "Ondergesneeuwd" in text and "Tijdig bij 28 d" in text
    assert "Besluit: not_adopted" in text  # evidence of r2 in the drill-down
    assert "<small class='n'>n=6</small>" in text  # every figure carries its n


def test_charts_have_drawn_svg(report: Path) -> None:
    figures = figures_of(report.read_text(encoding="utf-8"))
    assert sorted(figures) == sorted(CHART_IDS)
    assert all(f["svg"] == 1 and f["paths"] >= 3 for f in figures.values()), figures


def test_empty_scan_says_so(tmp_path: Path) -> None:
    from cp_textmine.store import db as store_db

    db = tmp_path / "empty.duckdb"
    store_db.connect(db).close()
    text = to_html(run_scan(db), db)
    assert text.count("Geen gegevens voor deze grafiek") == 4


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--hide-scrollbars", f"--user-data-dir={profile}", *args]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=90, check=False)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_report_in_headless_chromium(report: Path, tmp_path: Path) -> None:
    from PIL import Image

    shot = tmp_path / "report.png"
    run = chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,2400", report.as_uri())
    assert shot.exists(), run.stderr[-2000:]
    image = Image.open(shot).convert("L")
    assert image.size == (1280, 2400)
    assert len(image.resize((320, 600)).getcolors(maxcolors=65536)) > 20  # drawn, not blank

    probe = tmp_path / "probe.html"
    probe.write_text(report.read_text(encoding="utf-8").replace("</body>", OVERFLOW_PROBE), "utf-8")
    dom = chromium(tmp_path, "--dump-dom", "--window-size=1024,800", probe.as_uri()).stdout
    figures = figures_of(dom)
    assert sorted(figures) == sorted(CHART_IDS), dom[:500]
    assert all(f["svg"] == 1 and f["paths"] >= 3 for f in figures.values()), figures
    assert 'data-overflow="false"' in dom  # the wide indicator tables scroll inside their box
