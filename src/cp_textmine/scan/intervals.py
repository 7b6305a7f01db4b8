"""Honest intervals: Wilson intervals for every rate, and rates corrected for the readers' error.

A rate such as "share adopted" counts what the decision reader said, not what the letters say.
The frozen test set tells how often the reader confuses one answer for another (its confusion
matrix, gold x predicted). Adjusted classify-and-count undoes that: the observed distribution of
predictions q is, in expectation, ``M^T p`` where ``M[g][p] = P(pred=p | gold=g)`` and ``p`` the
true distribution; solving for ``p`` (least squares, so abstentions, a column without a gold row,
fit too), clipping to [0, 1] and renormalising gives the corrected shares. The interval comes from
a seeded parametric bootstrap that redraws both the reader's confusion rows (Dirichlet with a
Jeffreys prior, so a reader that was perfect on 4 letters is not taken to be perfect) and the
observed counts (multinomial), so it widens with the reader's uncertainty.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from cp_textmine.errors import CpTextmineError

#: z for a two-sided 95% interval
Z95 = 1.959963984540054
#: the label the evaluation uses for "the reader abstained" / "no value"
NONE_LABEL = "None"
BOOTSTRAP_DRAWS = 2000
BOOTSTRAP_SEED = 20261202


class EvaluationMissing(CpTextmineError):
    """models/evaluation.json has no evaluation of the frozen test set."""


@dataclass(frozen=True)
class Interval:
    """A share with its 95% interval; ``n`` is what it was computed over."""

    value: float | None
    low: float | None
    high: float | None
    n: int


def wilson(successes: int, n: int, z: float = Z95) -> Interval:
    """Wilson score interval: sensible at 0, 1 and small n, unlike the normal approximation."""
    if n <= 0:
        return Interval(None, None, None, 0)
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return Interval(p, max(0.0, centre - half), min(1.0, centre + half), n)


def wilson_rate(rate: float | None, n: int | None) -> Interval:
    """A Wilson interval for a rate the scan already computed over ``n`` advices."""
    if rate is None or not n:
        return Interval(None, None, None, int(n or 0))
    return wilson(round(rate * n), int(n))


def _matrix(confusion: Mapping[str, Mapping[str, int]], observed_labels: list[str]):
    """Gold labels, predicted labels and the row-count matrix (gold x pred) as arrays."""
    gold = sorted(confusion)
    preds = sorted({p for row in confusion.values() for p in row} | set(observed_labels))
    counts = np.array([[confusion[g].get(p, 0) for p in preds] for g in gold], dtype=float)
    return gold, preds, counts


def _solve(rates: np.ndarray, q: np.ndarray) -> np.ndarray:
    """True distribution over gold labels from the predicted one: least squares, clip, renormalise."""
    p, *_ = np.linalg.lstsq(rates.T, q, rcond=None)
    p = np.clip(p, 0.0, 1.0)
    total = p.sum()
    return p / total if total > 0 else np.full_like(p, 1 / len(p))


def _share(p: np.ndarray, gold: list[str], target: str) -> float:
    """Share of ``target`` among the gold labels that are real values (not "None")."""
    keep = [i for i, g in enumerate(gold) if g != NONE_LABEL]
    total = p[keep].sum()
    return float(p[gold.index(target)] / total) if total > 0 else float("nan")


def adjusted_share(
    confusion: Mapping[str, Mapping[str, int]],
    observed: Mapping[str, int],
    target: str,
    draws: int = BOOTSTRAP_DRAWS,
    seed: int = BOOTSTRAP_SEED,
) -> Interval:
    """The share of ``target`` after correcting the observed predictions for the reader's errors.

    ``confusion`` is gold -> predicted -> count on the test set; ``observed`` counts the reader's
    predictions in the scan (key "None" for abstentions / unknown). The point estimate uses the
    raw confusion rates; the 95% interval is the 2.5-97.5 percentile of the bootstrap.
    """
    n = int(sum(observed.values()))
    if n == 0 or target not in confusion:
        return Interval(None, None, None, n)
    gold, preds, counts = _matrix(confusion, list(observed))
    row_totals = counts.sum(axis=1, keepdims=True)
    rates = np.divide(counts, row_totals, out=np.zeros_like(counts), where=row_totals > 0)
    q_counts = np.array([observed.get(p, 0) for p in preds], dtype=float)
    value = _share(_solve(rates, q_counts / n), gold, target)
    rng = np.random.default_rng(seed)
    sims = []
    for _ in range(draws):
        sim_rates = np.vstack([rng.dirichlet(row + 0.5) for row in counts])
        sim_q = rng.multinomial(n, q_counts / n) / n
        sims.append(_share(_solve(sim_rates, sim_q), gold, target))
    low, high = np.nanpercentile(sims, [2.5, 97.5])
    return Interval(value, float(low), float(high), n)


@dataclass(frozen=True)
class TestEvaluation:
    """The frozen test set's figures: what the methods section cites and --adjust corrects with."""

    n_documents: int
    accuracies: dict
    confusion: dict
    source: Path


def load_test_evaluation(path: Path) -> TestEvaluation:
    """The ``sets.test`` part of models/evaluation.json; never the dev set."""
    if not path.exists():
        raise EvaluationMissing(
            f"{path} not found: the figures of the frozen test set are missing "
            "(evaluate the readers on annotations/test and write them there)"
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvaluationMissing(f"{path} is not readable JSON ({exc})") from exc
    test = (data.get("sets") or {}).get("test")
    if not isinstance(test, dict) or "accuracies" not in test:
        raise EvaluationMissing(
            f"{path} has no 'sets.test' evaluation of the frozen test set "
            "(evaluate the readers on annotations/test and write them there)"
        )
    return TestEvaluation(
        n_documents=int(test.get("n_documents") or 0),
        accuracies=dict(test.get("accuracies") or {}),
        confusion=dict(test.get("confusion") or {}),
        source=path,
    )
