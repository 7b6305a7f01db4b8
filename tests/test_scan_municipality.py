"""The per-municipality report: data, HTML sections, the PDF's text, Chromium (issue 17)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import duckdb
import pypdfium2 as pdfium
import pytest
from typer.testing import CliRunner

from cp_textmine.cli import app
from cp_textmine.scan.intervals import EvaluationMissing, adjusted_share, wilson
from cp_textmine.scan.municipality import (
    UnknownMunicipality,
    load_municipality_report,
    observed_counts,
)
from cp_textmine.scan.municipality_html import SECTIONS, municipality_html
from cp_textmine.scan.printpdf import find_chromium, html_to_pdf

from .test_scan_fixture import A, B, build_scan_db

CHROMIUM = find_chromium()
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)"
)
DECISION = {
    "adopted": {"adopted": 9, "partially_adopted": 1},
    "partially_adopted": {"partially_adopted": 7, "adopted": 2, "None": 1},
    "not_adopted": {"not_adopted": 5, "noted": 1},
    "noted": {"noted": 4, "not_adopted": 1},
}
REQUESTED = {"True": {"True": 18, "False": 2}, "False": {"False": 9, "True": 1}}
TIMELY = {"True": {"True": 14, "False": 1}, "False": {"False": 8, "True": 2}}


@pytest.fixture
def scan_db(tmp_path: Path) -> Path:
    return build_scan_db(tmp_path / "scan.duckdb")


@pytest.fixture
def evaluation(tmp_path: Path) -> Path:
    """Test and dev figures that differ, so a report citing the dev set would show."""
    test = {"n_documents": 138, "accuracies": {
        "decision": {"accuracy": 0.6123, "n": 31, "ci_low": 0.4371, "ci_high": 0.7635},
        "requested": {"accuracy": 0.9, "n": 30, "ci_low": 0.7438, "ci_high": 0.9654}},
        "confusion": {"decision": DECISION, "requested": REQUESTED, "timely": TIMELY}}  # fmt: skip
    dev = {"n_documents": 64, "accuracies": {"decision": {"accuracy": 0.9876, "n": 20}}}
    path = tmp_path / "evaluation.json"
    path.write_text(json.dumps({"sets": {"test": test, "dev": dev}}), encoding="utf-8")
    return path


def test_report_data_for_one_municipality(scan_db: Path, tmp_path: Path) -> None:
    report = load_municipality_report(scan_db, "ede", evaluation_file=tmp_path / "none.json")
    assert report.municipality == "Ede"
    assert report.councils == [A, B]
    assert [a["doc_id"] for a in report.advices][:3] == ["a1", "b1", "a2"]
    assert len(report.advices) == 9  # a1-a7, b1, b2: nothing of Tilburg or Zaanstad
    assert {a["municipality"] for a in report.advices} == {"Ede"}
    assert [row["year"] for row in report.years] == [2023, 2024]
    row_2023 = report.years[0]
    iv = report.intervals[2023]["share_adopted"]
    assert iv == wilson(
        round(row_2023["share_adopted"] * row_2023["n_decided"]), row_2023["n_decided"]
    )
    assert report.checklist == []  # no verordening or annual report in this database
    assert report.adjusted is None
    assert "Nog niet beschikbaar" in report.evaluation_note
    assert all(not items for items in report.review.values())


def test_te_controleren_lists_what_needs_a_person(scan_db: Path, tmp_path: Path) -> None:
    con = duckdb.connect(str(scan_db))
    con.execute("INSERT INTO documents (doc_id, path, sha256, doc_type, municipality, status, "
                "doc_type_score, n_pages, ingested_at) VALUES "
                "('rq', '/c/rq.pdf', 's1', 'reactie', 'Ede', 'ok', 0.55, 1, now()), "
                "('bad', '/c/bad.pdf', 's2', NULL, NULL, 'failed', NULL, 0, now()), "
                "('til', '/c/til.pdf', 's3', NULL, 'Tilburg', 'failed', NULL, 0, now())")  # fmt: skip
    con.execute("INSERT INTO responses (doc_id, advice_doc_id, decision, decision_score) "
                "VALUES ('rq', NULL, NULL, 0.41)")  # fmt: skip
    con.execute(
        "INSERT INTO pages VALUES ('rq', 1, 'tekst', 'ocr', 5, 41.0), ('rq', 2, 't', 'ocr', 1, 91.0)"
    )
    con.close()
    review = load_municipality_report(scan_db, "Ede", evaluation_file=tmp_path / "x.json").review
    assert [(r["doc_id"], r["doc_type_score"]) for r in review["low_type"]] == [("rq", 0.55)]
    assert [(r["doc_id"], r["decision_score"]) for r in review["abstained"]] == [("rq", 0.41)]
    assert [(r["doc_id"], r["page_no"]) for r in review["low_ocr"]] == [("rq", 1)]
    assert [r["doc_id"] for r in review["failed"]] == ["bad"]  # not Tilburg's failed file


def test_unknown_municipality_lists_the_known_ones(scan_db: Path, tmp_path: Path) -> None:
    with pytest.raises(UnknownMunicipality, match="known: Ede, Tilburg, Zaanstad"):
        load_municipality_report(scan_db, "Leeuwarden", evaluation_file=tmp_path / "none.json")


def test_adjust_needs_the_test_set(scan_db: Path, tmp_path: Path) -> None:
    with pytest.raises(EvaluationMissing, match="--adjust"):
        load_municipality_report(scan_db, "Ede", adjust=True, evaluation_file=tmp_path / "x.json")


def test_adjusted_rates_use_the_test_confusion(scan_db: Path, evaluation: Path) -> None:
    report = load_municipality_report(scan_db, "Ede", adjust=True, evaluation_file=evaluation)
    items = [a for a in report.advices if a["year"] == 2023]
    observed = observed_counts(items, "decision", "answered")
    assert observed == {"adopted": 3, "not_adopted": 1, "partially_adopted": 1, "noted": 1}
    assert report.adjusted[2023]["share_adopted"] == adjusted_share(DECISION, observed, "adopted")
    assert observed_counts(items, "requested", "all") == {"True": 5, "False": 3}
    assert report.adjusted[2023]["share_requested"].n == 8
    html = municipality_html(report)
    assert "Gecorrigeerd voor de gemeten leesfouten" in html
    assert "61%" in html and "98.76" not in html and "99%" not in html  # test set, not dev
    assert "138 documenten" in html


def test_html_has_every_section_and_no_script(scan_db: Path, evaluation: Path) -> None:
    html = municipality_html(load_municipality_report(scan_db, "Ede", evaluation_file=evaluation))
    for key, heading in SECTIONS.items():
        assert f"<section id='{key}'" in html and heading in html
    assert "<script" not in html.lower()
    assert "size: A4" in html and "counter(pages)" in html
    assert "href='#bron-a1'" in html and "id='bron-a1'" in html  # advice row -> its evidence
    assert "Besluit: adopted" in html  # the response's evidence sentence
    assert "geen verordening of jaarverslag" in html.lower()  # checklist: no source documents


def test_checklist_from_the_council_structure_view(scan_db: Path, evaluation: Path) -> None:
    con = duckdb.connect(str(scan_db))
    con.execute("CREATE OR REPLACE TABLE councils AS SELECT * FROM (VALUES (1, 'Ede', ?, ['x']), "
                "(2, 'Ede', ?, ['y'])) t(council_id, municipality, name, aliases)", [A, B])  # fmt: skip
    con.execute("CREATE OR REPLACE VIEW council_structure AS SELECT * FROM (VALUES "
                "('Ede', 1, 'budget', 'true', true, 'v', 1, 's', NULL::DATE), "
                "('Ede', 2, 'budget', 'false', false, 'v', 1, 's', NULL::DATE), "
                "('Ede', 1, 'response_term_days', '42', true, 'v', 2, 's', NULL::DATE), "
                "('Ede', 2, 'response_term_days', NULL, NULL, NULL, NULL, NULL, NULL::DATE), "
                "('Tilburg', 9, 'budget', 'true', true, 'v', 1, 's', NULL::DATE)) "
                "t(municipality, council_id, norm_id, value, met, source_doc_id, page, snippet, valid_from)")  # fmt: skip
    con.close()
    report = load_municipality_report(scan_db, "Ede", evaluation_file=evaluation)
    assert len(report.checklist) == 4
    html = municipality_html(report)
    table = html[html.index("<table id='checklist'>") :].split("</table>")[0]
    assert f"<th>{A}</th><th>{B}</th>" in table.replace("&#x27;", "'")
    budget = table[table.index("Budget") :].split("</tr>")[0]
    assert "✓" in budget and "✗" in budget
    term = table[table.index("Reactietermijn") :].split("</tr>")[0]
    assert "✓ <span class='ci'>42</span>" in term and "?" in term


@needs_chromium
def test_pdf_has_the_sections_as_text_and_a4_pages(
    scan_db: Path, evaluation: Path, tmp_path: Path
) -> None:
    html = municipality_html(load_municipality_report(scan_db, "Ede", evaluation_file=evaluation))
    pdf = pdfium.PdfDocument(html_to_pdf(html, tmp_path / "ede.pdf"))
    texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    width, height = pdf[0].get_size()
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    text = "\n".join(texts)
    for heading in SECTIONS.values():
        assert heading in text, heading
    assert f"pagina 2 van {len(pdf)}" in texts[1]
    assert "Scan cliëntenparticipatie" in texts[0] and "Ede" in texts[0]


@needs_chromium
def test_report_renders_in_chromium(scan_db: Path, evaluation: Path, tmp_path: Path) -> None:
    from PIL import Image

    page = tmp_path / "ede.html"
    page.write_text(
        municipality_html(load_municipality_report(scan_db, "Ede", evaluation_file=evaluation)),
        "utf-8",
    )
    shot = tmp_path / "ede.png"
    flags = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
             f"--user-data-dir={tmp_path / 'profile'}"]  # fmt: skip
    subprocess.run([*flags, f"--screenshot={shot}", "--window-size=900,6000", page.as_uri()],
                   capture_output=True, timeout=90, check=False)  # fmt: skip
    image = Image.open(shot).convert("L")
    assert image.size == (900, 6000)
    if shutil.which("tesseract"):  # read the screenshot as a person would: every heading is seen
        import pytesseract

        headings = image.crop((0, 0, 420, 6000))  # headings start at the left margin
        seen = " ".join(pytesseract.image_to_string(headings, lang="nld").split())
        at = 0
        for heading in SECTIONS.values():  # in this order, top to bottom (OCR may drop a letter)
            start = " ".join(heading.split(":")[0].split()[:2])
            at = seen.find(start, at)
            assert at >= 0, (start, seen[:400])
    dom = subprocess.run([*flags, "--dump-dom", page.as_uri()], capture_output=True, text=True,
                         timeout=90, check=False).stdout  # fmt: skip
    for key, heading in SECTIONS.items():
        assert f'<section id="{key}"' in dom and heading in dom


def test_cli_scan_municipality_pdf_and_html(scan_db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    html = tmp_path / "ede.html"
    result = runner.invoke(
        app, ["scan", "--db", str(scan_db), "-m", "Ede", "--format", "report", "--out", str(html)]
    )
    assert result.exit_code == 0, result.output
    assert SECTIONS["controleren"] in html.read_text(encoding="utf-8")
    no_out = runner.invoke(app, ["scan", "--db", str(scan_db), "-m", "Ede", "--format", "pdf"])
    assert no_out.exit_code == 1 and "--out" in no_out.output
    two = runner.invoke(app, ["scan", "--db", str(scan_db), "-m", "Ede", "-m", "Tilburg", "--format", "pdf",
                              "--out", str(tmp_path / "x.pdf")])  # fmt: skip
    assert two.exit_code == 1 and "one --municipality" in two.output
    adjust = runner.invoke(app, ["scan", "--db", str(scan_db), "--adjust"])
    assert adjust.exit_code == 1 and "--adjust needs one --municipality" in adjust.output
