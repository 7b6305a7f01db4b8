"""Wilson intervals and rates corrected for the readers' measured errors (issue 17)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cp_textmine.scan.intervals import (
    EvaluationMissing,
    adjusted_share,
    load_test_evaluation,
    wilson,
    wilson_rate,
)

REQUESTED = {"True": {"True": 8, "False": 2}, "False": {"True": 1, "False": 9}}


def test_wilson_matches_the_textbook_values() -> None:
    half = wilson(5, 10)  # p = 0.5: centre 0.5, half-width z*sqrt(.25/10 + z²/400)/(1 + z²/10)
    assert half.value == 0.5
    assert half.low == pytest.approx(0.2366, abs=1e-4)
    assert half.high == pytest.approx(0.7634, abs=1e-4)
    zero = wilson(0, 10)
    assert zero.low == 0.0
    assert zero.high == pytest.approx(0.2775, abs=1e-4)
    assert wilson(0, 0).value is None


def test_wilson_rate_recovers_the_count_from_a_rate() -> None:
    assert wilson_rate(0.4, 5) == wilson(2, 5)
    assert wilson_rate(None, 5).value is None


def test_adjusted_share_equals_the_hand_computed_binary_case() -> None:
    """tpr 0.8, fpr 0.1, observed 60% 'gevraagd': (0.6 - 0.1) / (0.8 - 0.1) = 5/7."""
    result = adjusted_share(REQUESTED, {"True": 60, "False": 40}, "True")
    assert result.value == pytest.approx(5 / 7)
    assert result.n == 100
    assert result.low < 5 / 7 < result.high


def test_adjusted_share_with_abstentions_recovers_the_true_mix() -> None:
    """A reader that abstains on 1 in 10 adopted letters: true 60% adopted, 40% not.

    Expected predictions: None 0.6*0.1 = 0.06; adopted 0.6*0.8 + 0.4*0.2 = 0.56;
    not_adopted 0.6*0.1 + 0.4*0.8 = 0.38; on 50 letters: 3, 28, 19. The raw share among the
    letters with a reading is 28/47 = 0.596; the correction gives back 0.6.
    """
    confusion = {
        "adopted": {"adopted": 8, "not_adopted": 1, "None": 1},
        "not_adopted": {"adopted": 2, "not_adopted": 8},
    }
    result = adjusted_share(confusion, {"None": 3, "adopted": 28, "not_adopted": 19}, "adopted")
    assert result.value == pytest.approx(0.6)


def test_adjusted_share_is_clipped_to_zero_below_the_false_positive_rate() -> None:
    result = adjusted_share(REQUESTED, {"True": 5, "False": 95}, "True")
    assert result.value == 0.0
    assert 0.0 <= result.low <= result.high <= 1.0


def test_adjusted_interval_is_wider_than_wilson_and_reproducible() -> None:
    observed = {"True": 60, "False": 40}
    adjusted = adjusted_share(REQUESTED, observed, "True")
    plain = wilson(60, 100)
    assert adjusted.high - adjusted.low > plain.high - plain.low
    assert adjusted_share(REQUESTED, observed, "True") == adjusted  # seeded


def test_a_perfect_reader_on_few_letters_still_widens_the_interval() -> None:
    perfect = {"True": {"True": 4}, "False": {"False": 4}}
    adjusted = adjusted_share(perfect, {"True": 60, "False": 40}, "True")
    assert adjusted.value == pytest.approx(0.6)
    plain = wilson(60, 100)
    assert adjusted.high - adjusted.low > plain.high - plain.low


def test_the_test_set_is_read_never_the_dev_set(tmp_path: Path) -> None:
    path = tmp_path / "evaluation.json"
    path.write_text(json.dumps({"sets": {"dev": {"n_documents": 64, "accuracies": {}}}}), "utf-8")
    with pytest.raises(EvaluationMissing, match=r"sets\.test"):
        load_test_evaluation(path)
    with pytest.raises(EvaluationMissing, match="not found"):
        load_test_evaluation(tmp_path / "missing.json")
    path.write_text(json.dumps({"sets": {"test": {"n_documents": 138, "accuracies": {
        "decision": {"accuracy": 0.7, "n": 30}}, "confusion": {"requested": REQUESTED}}}}), "utf-8")  # fmt: skip
    evaluation = load_test_evaluation(path)
    assert evaluation.n_documents == 138
    assert evaluation.confusion["requested"] == REQUESTED
