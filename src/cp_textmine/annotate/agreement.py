"""Agreement between annotators, per label: Cohen's kappa for two, Krippendorff's alpha for more.

Each field (doc_type, requested, decision, motivated, and every ``topic:<code>`` as a
yes/no label) is measured over the documents at least two annotators labelled, using
each annotator's latest value. Kappa comes from scikit-learn, nominal alpha from the
``krippendorff`` package; both are undefined (None) when only one value occurs — then the
observed agreement still tells the story.
"""

from __future__ import annotations

import math
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from cp_textmine.annotate import store
from cp_textmine.errors import CpTextmineError
from cp_textmine.store import db as store_db


@dataclass
class FieldAgreement:
    field: str
    n_items: int
    annotators: list[str]
    statistic: str  # 'cohen_kappa' | 'krippendorff_alpha'
    value: float | None
    observed: float  # share of items on which every annotator gave the same value


@dataclass
class Disagreement:
    doc_id: str
    file: str
    field: str
    values: dict[str, str]


@dataclass
class AgreementReport:
    annotators: list[str]
    fields: list[FieldAgreement] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "annotators": self.annotators,
            "fields": [vars(f) for f in self.fields],
            "disagreements": [vars(d) for d in self.disagreements],
        }


def cohen_kappa(a: list[str], b: list[str]) -> float | None:
    from sklearn.metrics import cohen_kappa_score  # heavy: scikit-learn only for agreement

    if len(set(a) | set(b)) < 2:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = float(cohen_kappa_score(a, b))
    return None if math.isnan(value) else round(value, 4)


def krippendorff_alpha(matrix: list[list[str | None]]) -> float | None:
    """Nominal alpha over an annotators × items matrix with None for 'not labelled'."""

    try:
        import krippendorff  # heavy: only agreement with 3+ annotators
    except ImportError as exc:  # a dependency cp-textmine declares; say so if it is missing
        raise CpTextmineError(
            "Krippendorff's alpha needs the 'krippendorff' package: pip install krippendorff"
        ) from exc

    categories = sorted({v for row in matrix for v in row if v is not None})
    if len(categories) < 2:
        return None
    code = {c: i for i, c in enumerate(categories)}
    data = np.array(
        [[np.nan if v is None else code[v] for v in row] for row in matrix], dtype=float
    )
    try:
        value = float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))
    except (ValueError, ZeroDivisionError):
        return None
    return None if math.isnan(value) else round(value, 4)


def measure(
    values: list[tuple[str, str, str, str]],
    files: dict[str, str] | None = None,
    annotators: list[str] | None = None,
) -> AgreementReport:
    """Agreement from (doc_id, field, annotator, value) rows (each annotator's latest)."""
    files = files or {}
    by_field: dict[str, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    for doc_id, name, who, value in values:
        if annotators is None or who in annotators:
            by_field[name][doc_id][who] = value
    everyone = sorted(
        {w for items in by_field.values() for labels in items.values() for w in labels}
    )
    report = AgreementReport(everyone)
    for name in sorted(by_field, key=_field_order):
        items = {d: v for d, v in by_field[name].items() if len(v) >= 2}
        if not items:
            continue
        who = sorted({w for v in items.values() for w in v})
        observed = sum(len(set(v.values())) == 1 for v in items.values()) / len(items)
        if len(who) == 2:
            pairs = [(v[who[0]], v[who[1]]) for v in items.values()]
            value = cohen_kappa([p[0] for p in pairs], [p[1] for p in pairs])
            statistic = "cohen_kappa"
        else:
            matrix = [[items[d].get(w) for d in sorted(items)] for w in who]
            value, statistic = krippendorff_alpha(matrix), "krippendorff_alpha"
        report.fields.append(
            FieldAgreement(name, len(items), who, statistic, value, round(observed, 4))
        )
        for doc_id in sorted(items):
            if len(set(items[doc_id].values())) > 1:
                report.disagreements.append(
                    Disagreement(
                        doc_id, files.get(doc_id, ""), name, dict(sorted(items[doc_id].items()))
                    )
                )
    return report


def _field_order(name: str) -> tuple[int, str]:
    order = ["doc_type", "requested", "decision", "motivated"]
    return (order.index(name), name) if name in order else (len(order), name)


def agreement(db_path: Path, annotators: list[str] | None = None) -> AgreementReport:
    """Per-label agreement and the disputed items, from the database's annotations table."""
    con = store_db.connect(db_path)
    try:
        store.ensure_tables(con)
        files = {d.doc_id: d.file for d in store.documents(con).values()}
        return measure(store.latest_values(con), files, annotators)
    finally:
        con.close()
