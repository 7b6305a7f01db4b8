"""Tests for the synthetic corpus generator: determinism, valid labels, labels match the PDFs."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from cp_textmine.synth.dates import date_forms
from cp_textmine.synth.generate import LABEL_FIELDS, generate_corpus
from cp_textmine.synth.markup import parse_cpdoc
from cp_textmine.synth.topics import TOPIC_CODES

DOC_TYPES = {"advies", "reactie", "jaarverslag", "verordening", "overig"}
DECISIONS = {"adopted", "partially_adopted", "not_adopted", "noted"}
N, SEED = 30, 1


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    out = tmp_path_factory.mktemp("synth")
    summary = generate_corpus(N, out, seed=SEED, workers=1)
    assert summary.n_documents == N and sum(summary.by_type.values()) == N
    labels = [json.loads(line) for line in (out / "labels.jsonl").read_text("utf-8").splitlines()]
    return out, labels


def _squash(text: str) -> str:
    return " ".join(text.split())


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return _squash(" ".join(page.extract_text() or "" for page in pdf.pages))


def test_deterministic(corpus: tuple[Path, list[dict]], tmp_path: Path) -> None:
    out, _ = corpus
    again = tmp_path / "again"
    generate_corpus(N, again, seed=SEED, workers=2)
    assert (out / "labels.jsonl").read_bytes() == (again / "labels.jsonl").read_bytes()
    for name in ("synth1_00000", "synth1_00007", f"synth1_{N - 1:05d}"):
        assert (out / f"{name}.cpdoc").read_text("utf-8") == (again / f"{name}.cpdoc").read_text(
            "utf-8"
        )
        assert (out / f"{name}.pdf").read_bytes() == (again / f"{name}.pdf").read_bytes()


def _check_iso(value: str | None) -> None:
    if value is not None:
        date.fromisoformat(value)


def test_labels_validate(corpus: tuple[Path, list[dict]]) -> None:
    out, labels = corpus
    for label in labels:
        assert tuple(label) == LABEL_FIELDS
        assert (out / label["file"]).exists() and (out / label["file"]).with_suffix(
            ".cpdoc"
        ).exists()
        assert label["doc_type"] in DOC_TYPES
        assert label["source"] == "synth-1" and label["author"] == label["labeller"] == "generator"
        assert isinstance(label["scanned"], bool)
        for key in ("doc_date", "request_date", "advice_date"):
            _check_iso(label[key])
        assert set(label["topics"]) <= set(TOPIC_CODES)
        kind = label["doc_type"]
        if kind == "advies":
            assert isinstance(label["requested"], bool) and label["topics"]
            assert isinstance(label["n_recommendations"], int) and label["n_recommendations"] >= 1
        else:
            assert label["requested"] is None and label["topics"] == []
        if kind == "reactie":
            assert label["decision"] in DECISIONS
            if label["point_decisions"] is not None:
                assert set(label["point_decisions"]) <= DECISIONS
            if label["decision"] in ("not_adopted", "partially_adopted"):
                assert isinstance(label["motivated"], bool)
            else:
                assert label["motivated"] is None
        else:
            assert label["decision"] is None and label["responds_to"] is None
        if kind == "verordening":
            assert label["response_norm_days"] in (28, 42, 56)
        if kind == "jaarverslag":
            assert isinstance(label["year"], int) and label["n_advices_listed"] >= 1


def test_labels_match_pdf_text(corpus: tuple[Path, list[dict]]) -> None:
    out, labels = corpus
    for label in labels:
        if label["scanned"]:
            continue
        text = _pdf_text(out / label["file"])
        assert _squash(label["subject"]) in text, (label["file"], label["subject"])
        if label["reference"]:
            assert label["reference"] in text, (label["file"], label["reference"])
        if label["doc_date"]:
            forms = date_forms(date.fromisoformat(label["doc_date"]))
            assert any(form in text for form in forms), (label["file"], label["doc_date"])
        if label["advice_reference"]:
            assert label["advice_reference"] in text


def test_responses_point_to_advices(corpus: tuple[Path, list[dict]]) -> None:
    _, labels = corpus
    by_file = {label["file"]: label for label in labels}
    for label in labels:
        if label["doc_type"] == "reactie" and label["responds_to"]:
            advice = by_file[label["responds_to"]]
            assert advice["doc_type"] == "advies"
            if label["advice_reference"]:
                assert label["advice_reference"] == advice["reference"]
            if label["advice_date"]:
                assert label["advice_date"] == advice["doc_date"]


def _overview_rows(source: str) -> list[tuple[str, ...]]:
    """Data rows of the jaarverslag's advice overview table in the cpdoc source."""
    for block in parse_cpdoc(source).blocks:
        if block.kind == "table" and any(re.search("onderwerp", c, re.I) for c in block.rows[0]):
            return list(block.rows[1:])
    return []


def _pdf_overview_rows(path: Path) -> int | None:
    """Rows pdfplumber finds in ruled tables headed 'Onderwerp' (None when not ruled)."""
    rows, seen = 0, False
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for table in page.extract_tables():
                if table and any("onderwerp" in (c or "").lower() for c in table[0]):
                    seen = True
                    rows += len(table) - 1
    return rows if seen else None


def test_jaarverslag_lists_its_advices(corpus: tuple[Path, list[dict]]) -> None:
    out, labels = corpus
    reports = [label for label in labels if label["doc_type"] == "jaarverslag"]
    assert reports, "the small corpus should contain a jaarverslag"
    for label in reports:
        source = (out / label["file"]).with_suffix(".cpdoc").read_text("utf-8")
        rows = _overview_rows(source)
        listed = rows or re.findall(r"^\d+\. .* – .*reactie:", source, re.M)
        assert len(listed) == label["n_advices_listed"], label["file"]
        if rows and not label["scanned"]:
            found = _pdf_overview_rows(out / label["file"])
            assert found in (None, label["n_advices_listed"]), label["file"]


def _bank_recs() -> list[str]:
    from cp_textmine.synth.topics import BANKS

    return [rec.text for bank in BANKS.values() for rec in bank.recs]


def test_recommendation_counts_match_text(corpus: tuple[Path, list[dict]]) -> None:
    out, labels = corpus
    recs = _bank_recs()
    by_file = {label["file"]: label for label in labels}
    for label in labels:
        source = (out / label["file"]).with_suffix(".cpdoc").read_text("utf-8").lower()
        if label["doc_type"] == "advies":
            found = sum(1 for rec in recs if rec.lower() in source)
            extra = 1 if "earlier advice" in (label["notes"] or "") else 0
            assert found == label["n_recommendations"] + extra, label["file"]
        if label["doc_type"] == "reactie" and label["point_decisions"] and label["responds_to"]:
            advice = by_file[label["responds_to"]]
            assert len(label["point_decisions"]) == advice["n_recommendations"]


def test_variety_measure_runs(corpus: tuple[Path, list[dict]]) -> None:
    from cp_textmine.synth.variety import measure_variety

    out, labels = corpus
    stats = {s.doc_type: s for s in measure_variety(out)}
    assert set(stats) == {label["doc_type"] for label in labels}
    for s in stats.values():
        assert 0.0 <= s.mean_nn <= s.max_nn <= 1.0 and s.mean_nn <= s.p95_nn + 1e-9
    raw = {s.doc_type: s for s in measure_variety(out, "raw")}
    assert set(raw) == set(stats)
