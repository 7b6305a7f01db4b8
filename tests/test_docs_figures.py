"""The figures the README and the model card show are the ones in models/evaluation.json (issue 15)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cp_textmine.config import FIGURES_END, FIGURES_START
from cp_textmine.evaluation import figures_markdown, replace_figures

ROOT = Path(__file__).resolve().parents[1]


def _block(text: str) -> str:
    return text[text.index(FIGURES_START) : text.index(FIGURES_END) + len(FIGURES_END)]


@pytest.mark.parametrize("document", ["README.md", "models/MODEL_CARD.md"])
def test_figures_block_equals_evaluation_json(document: str) -> None:
    figures = json.loads((ROOT / "models" / "evaluation.json").read_text(encoding="utf-8"))
    assert "sets" in figures and "test" in figures["sets"], "run `cp-textmine evaluate --write`"
    text = (ROOT / document).read_text(encoding="utf-8")
    assert _block(text) == figures_markdown(figures)


def test_replace_figures_regenerates_only_the_block() -> None:
    figures = {"sets": {"dev": {"accuracies": {"decision": {"accuracy": 0.9, "n": 10, "ci_low": 0.6, "ci_high": 0.98}},
                                "topic_micro_f1": 0.8, "topic_macro_f1": 0.7,
                                "topic_ci": {"micro_f1": [0.7, 0.9], "macro_f1": [0.6, 0.8]}}},
               "evaluated_on": "2026-12-02"}  # fmt: skip
    text = f"before\n{FIGURES_START}\nold\n{FIGURES_END}\nafter\n"
    new = replace_figures(text, figures)
    assert new.startswith("before\n") and new.endswith("\nafter\n")
    assert "| decision | 0.90 (10) [0.60–0.98] |" in new
    assert "old" not in new


def test_the_producers_set_stands_between_dev_and_test() -> None:
    """Dev printed by other producers gets its own column, titled as such, before test."""
    row = {"accuracies": {"decision": {"accuracy": 0.8, "n": 5, "ci_low": 0.4, "ci_high": 0.96}}}
    figures = {"sets": {"test": row, "producers": row, "dev": row}, "evaluated_on": "2026-12-03"}
    block = figures_markdown(figures)
    head = next(line for line in block.splitlines() if line.startswith("| field |"))
    assert head.index("dev:") < head.index("dev, other producers:") < head.index("test:")
    assert "Chromium or LibreOffice" in block
