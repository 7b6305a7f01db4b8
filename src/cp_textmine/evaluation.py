"""Measure the pipeline against hand labels: ingest the labelled PDFs, compare field by field.

Three sets, reported side by side with n and a 95% interval:
- ``dev`` (``annotations/dev``): hand-written by the project; may be looked at and tuned on;
- ``test`` (``annotations/test``): written and labelled blind, frozen, scored once per
  release and never used to choose anything;
- ``rewordings`` (``annotations/dev/rewordings``): the dev advices and responses with their
  decision and request sentences reworded by another writer; the gap to their originals
  shows how much a reader depends on particular phrases.
No model trains on dev or test. Every figure comes from the same DuckDB tables analysts query.
"""

from __future__ import annotations

import json
import math
import random
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from cp_textmine.classify.taxonomy import load_taxonomy
from cp_textmine.config import DEFAULT_NORM_DAYS, FIGURES_END, FIGURES_START, IngestOptions
from cp_textmine.config import models_dir as default_models_dir
from cp_textmine.pipeline.run import ingest_paths
from cp_textmine.read.places import canonical, municipality_names
from cp_textmine.records import DECISIONS, DOC_TYPES
from cp_textmine.store import db as store_db
from cp_textmine.structure_eval import structure_accuracy


@dataclass
class PRF:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


Z_95 = 1.959964
BOOTSTRAP_ROUNDS = 1000


def wilson(correct: int, n: int, z: float = Z_95) -> tuple[float, float]:
    """Wilson score interval for a proportion: honest at small n and near 0 or 1."""
    if n == 0:
        return (0.0, 1.0)
    p = correct / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


@dataclass
class EvalReport:
    n_documents: int
    accuracies: dict[str, tuple[float, int]] = field(default_factory=dict)  # field -> (acc, n)
    per_label: dict[str, list[PRF]] = field(default_factory=dict)
    confusion: dict[str, dict[str, Counter]] = field(default_factory=dict)
    topic_micro_f1: float | None = None
    topic_macro_f1: float | None = None
    topic_ci: dict[str, tuple[float, float]] = field(default_factory=dict)  # bootstrap 95%
    #: "pipeline", or "leave-one-writer-out" when the topic model learnt from these documents
    topic_source: str = "pipeline"
    structure: dict = field(default_factory=dict)  # per-norm accuracy (structure_eval)
    errors: dict[str, list[str]] = field(default_factory=dict)

    def interval(self, name: str) -> tuple[float, float]:
        value, n = self.accuracies[name]
        return wilson(round(value * n), n)

    def to_dict(self) -> dict:
        return {
            "n_documents": self.n_documents,
            "accuracies": {
                k: {
                    "accuracy": round(v, 4),
                    "n": n,
                    "ci_low": round(self.interval(k)[0], 4),
                    "ci_high": round(self.interval(k)[1], 4),
                }
                for k, (v, n) in self.accuracies.items()
            },
            "topic_ci": {k: [round(a, 4), round(b, 4)] for k, (a, b) in self.topic_ci.items()},
            "structure": self.structure,
            "per_label": {k: [vars(p) for p in v] for k, v in self.per_label.items()},
            "topic_micro_f1": self.topic_micro_f1,
            "topic_macro_f1": self.topic_macro_f1,
            "topic_source": self.topic_source,
            "confusion": {k: {a: dict(c) for a, c in v.items()} for k, v in self.confusion.items()},
        }


def load_labels(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def prf(gold: list[str | None], pred: list[str | None], labels: tuple[str, ...]) -> list[PRF]:
    out = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out.append(PRF(label, round(precision, 3), round(recall, 3), round(f1, 3), tp + fn))
    return out


def _norm_text(value: object) -> str:
    return re.sub(r"[^a-z0-9]", "", str(value or "").lower())


def _same_subject(gold: str | None, pred: str | None) -> bool:
    if not gold:
        return not pred
    g, p = _norm_text(gold), _norm_text(pred)
    return bool(p) and (g == p or (len(p) >= 0.8 * len(g) and (g.startswith(p) or p.startswith(g))))


def _fetch(con, sql: str) -> dict[str, dict]:
    cursor = con.execute(sql)
    cols = [d[0] for d in cursor.description]
    rows = {}
    for row in cursor.fetchall():
        item = dict(zip(cols, row, strict=True))
        rows[item["file"]] = item
    return rows


def predictions(db_path: Path) -> dict[str, dict]:
    """Everything the store says per file name (basename of any path the content was seen at)."""
    con = store_db.connect(db_path, read_only=True)
    try:
        return _fetch(
            con,
            """
            SELECT regexp_extract(p.path, '[^/]+$') AS file, d.*, a.requested, a.request_date,
                   a.n_recommendations, r.decision, r.motivated, r.advice_doc_id,
                   g.response_norm_days, j.year AS report_year, j.n_advices_listed,
                   o.timely, (SELECT list(topic) FROM advice_topics t WHERE t.doc_id = d.doc_id) AS topics,
                   (SELECT list(rp.decision ORDER BY rp.point) FROM response_points rp
                     WHERE rp.doc_id = d.doc_id) AS point_decisions,
                   (SELECT list(rp.point ORDER BY rp.point) FROM response_points rp
                     WHERE rp.doc_id = d.doc_id) AS point_numbers,
                   (SELECT regexp_extract(min(pp.path), '[^/]+$') FROM document_paths pp
                     WHERE pp.doc_id = r.advice_doc_id) AS linked_file,
                   (SELECT map_from_entries(list((e.field, 'p.' || e.page || ': ' || left(e.snippet, 160))))
                      FROM (SELECT * FROM evidence WHERE doc_id = d.doc_id
                              AND field IN ('doc_type', 'decision', 'requested', 'norm', 'link')
                            QUALIFY row_number() OVER (PARTITION BY field ORDER BY page, char_start) = 1) e
                   ) AS used
            FROM document_paths p JOIN documents d USING (doc_id)
            LEFT JOIN advices a USING (doc_id) LEFT JOIN responses r USING (doc_id)
            LEFT JOIN regulations g USING (doc_id) LEFT JOIN annual_reports j USING (doc_id)
            LEFT JOIN advice_outcomes o USING (doc_id)
            """,
        )
    finally:
        con.close()


def _labelled_norm(versions: list[tuple[date | None, int]], advice_date: date) -> int:
    """The contract's rule on labelled verordeningen (their own date stands for the start of
    validity, the labels carry no other): the latest in force on the advice date, else the
    earliest later one, else the default."""
    in_force = [(d, n) for d, n in versions if d is None or d <= advice_date]
    if in_force:
        return max(in_force, key=lambda v: v[0] or date.min)[1]
    later = [(d, n) for d, n in versions if d is not None]
    return min(later)[1] if later else DEFAULT_NORM_DAYS


def expected_timely(labels: list[dict], reference: date) -> dict[str, bool | None]:
    """Timeliness per advice as the labels imply it: the contract's rule on labelled dates and
    norms, with the norm that applied on the advice's date when a municipality has versions."""
    norms: dict[str, list[tuple[date | None, int]]] = {}
    for lab in labels:
        if lab["doc_type"] == "verordening" and lab.get("response_norm_days"):
            enacted = date.fromisoformat(lab["doc_date"]) if lab.get("doc_date") else None
            norms.setdefault(lab["municipality"], []).append((enacted, lab["response_norm_days"]))
    responses = {
        lab["responds_to"]: lab
        for lab in labels
        if lab["doc_type"] == "reactie" and lab.get("responds_to")
    }
    out: dict[str, bool | None] = {}
    for lab in labels:
        if lab["doc_type"] != "advies" or not lab.get("doc_date"):
            continue
        advice_date = date.fromisoformat(lab["doc_date"])
        norm = _labelled_norm(norms.get(lab["municipality"], []), advice_date)
        response = responses.get(lab["file"])
        if response and response.get("doc_date"):
            out[lab["file"]] = (date.fromisoformat(response["doc_date"]) - advice_date).days <= norm
        elif response:
            out[lab["file"]] = None
        else:
            out[lab["file"]] = False if (reference - advice_date).days > norm else None
    return out


def _canonical_place(name: str | None) -> str | None:
    """A labelled municipality under its official name: "Den Haag" is "'s-Gravenhage" in the
    shipped list, and the reader files documents under that name."""
    return (canonical(name) or name) if name else None


def _place(label: dict, pred: dict) -> str | None:
    """The labels name a regional council's region (MARKUP.md); the store keeps the region beside
    the member municipality it files the document under, so a region label meets the region."""
    gold = label.get("municipality")
    if gold and gold not in municipality_names() and pred.get("region"):
        return pred.get("region")
    return pred.get("municipality")


def compare(
    labels: list[dict], preds: dict[str, dict], reference: date | None = None
) -> EvalReport:
    """Field-by-field agreement between labels and predictions, with per-label P/R/F1."""
    report = EvalReport(n_documents=len(labels))
    checks: dict[str, list[bool]] = {}
    errors: dict[str, list[str]] = {}

    def check(name: str, file: str, gold: object, pred: object, ok: bool | None = None) -> None:
        """Record one comparison; by default gold and prediction must be equal."""
        ok = gold == pred if ok is None else ok
        checks.setdefault(name, []).append(ok)
        if not ok:
            used = (preds.get(file, {}).get("used") or {}).get(name)
            where = f" — read from {used!r}" if used else ""
            errors.setdefault(name, []).append(f"{file}: gold={gold!r} pred={pred!r}{where}")

    gold_types, pred_types = [], []
    gold_dec, pred_dec = [], []
    gold_req, pred_req = [], []
    gold_timely, pred_timely = [], []
    topic_pairs = []
    for lab in labels:
        file = lab["file"]
        pred = preds.get(file, {})
        gold_types.append(lab["doc_type"])
        pred_types.append(pred.get("doc_type"))
        check("doc_type", file, lab["doc_type"], pred.get("doc_type"))
        pdate = pred.get("doc_date")
        check("doc_date", file, lab["doc_date"] or None, pdate.isoformat() if pdate else None)
        check("reference", file, lab["reference"], pred.get("reference"),
              _norm_text(lab["reference"]) == _norm_text(pred.get("reference")))  # fmt: skip
        check("municipality", file, _canonical_place(lab["municipality"]), _place(lab, pred))
        check("subject", file, lab["subject"], pred.get("subject"),
              _same_subject(lab["subject"], pred.get("subject")))  # fmt: skip
        if lab["doc_type"] == "advies":
            for name in ("requested", "n_recommendations"):
                if lab.get(name) is not None:
                    check(name, file, lab[name], pred.get(name))
            if "requested" in lab:  # silence is an answer too: the reader should abstain
                check(REQUESTED_ALL, file, lab["requested"], pred.get("requested"))
            if lab.get("requested") is not None:
                gold_req.append(lab["requested"])
                pred_req.append(pred.get("requested"))
            topic_pairs.append((set(lab.get("topics") or []), set(pred.get("topics") or [])))
        if lab["doc_type"] == "reactie":
            gold_dec.append(lab.get("decision"))
            pred_dec.append(pred.get("decision"))
            check("decision", file, lab.get("decision"), pred.get("decision"))
            if (
                lab.get("decision") in {"not_adopted", "partially_adopted"}
                and lab.get("motivated") is not None
            ):
                check("motivated", file, lab["motivated"], pred.get("motivated"))
            check("link", file, lab.get("responds_to") or None, pred.get("linked_file"))
            _check_points(checks, check, file, lab.get("point_decisions"), pred)
        if lab["doc_type"] == "verordening" and lab.get("response_norm_days") is not None:
            # (the html rounds' labellers were not asked for the norm: no label, no score)
            check("norm", file, lab["response_norm_days"], pred.get("response_norm_days"))
        if lab["doc_type"] == "jaarverslag":
            check("report_year", file, lab.get("year"), pred.get("report_year"))
            check(
                "n_advices_listed", file, lab.get("n_advices_listed"), pred.get("n_advices_listed")
            )
    for file, timely in expected_timely(labels, reference or date.today()).items():
        pred = preds.get(file, {})
        gold_timely.append(timely)
        pred_timely.append(pred.get("timely") if pred.get("doc_type") == "advies" else "not read")
        if pred.get("doc_type") == "advies":
            check("timely", file, timely, pred.get("timely"))
        else:
            check("timely", file, timely, "not read as an advice", ok=False)
    report.accuracies = {k: (sum(v) / len(v), len(v)) for k, v in checks.items() if v}
    report.per_label["doc_type"] = prf(gold_types, pred_types, DOC_TYPES)
    report.per_label["decision"] = prf(gold_dec, pred_dec, DECISIONS)
    report.confusion["doc_type"] = _confusion(gold_types, pred_types)
    report.confusion["decision"] = _confusion(gold_dec, pred_dec)
    report.confusion["requested"] = _confusion(gold_req, pred_req)
    report.confusion["timely"] = _confusion(gold_timely, pred_timely)
    _topic_scores(report, topic_pairs)
    report.errors = errors
    return report


def _check_points(checks: dict, check, file: str, gold: list | None, pred: dict) -> None:
    """Per-point decisions, where the labeller saw two or more points: the whole list (every
    point read and decided as labelled) and point by point in order (a point not read is wrong).
    The labellers also split prose answers into points, which the reader only finds when the
    letter numbers, heads or tabulates them, so this is a strict figure."""
    if not gold or len(gold) < 2:
        return
    read = _by_point_number(pred.get("point_decisions"), pred.get("point_numbers"))
    check(POINTS_EXACT, file, gold, read)
    padded = read + [None] * max(0, len(gold) - len(read))
    checks.setdefault(POINTS_EACH, []).extend(g == p for g, p in zip(gold, padded, strict=False))


def _by_point_number(decisions: list | None, numbers: list | None) -> list:
    """The decisions in the advice's order, a point the reader left out (a table row without a
    verdict) as None in its place, so the points after it are compared with their own asks."""
    decisions = list(decisions or [])
    if not numbers or len(numbers) != len(decisions) or min(numbers) < 1:
        return decisions
    placed: list = [None] * max(numbers)
    for number, decision in zip(numbers, decisions, strict=True):
        placed[number - 1] = decision
    return placed


def _confusion(gold: list, pred: list) -> dict[str, Counter]:
    table: dict[str, Counter] = {}
    for g, p in zip(gold, pred, strict=True):
        table.setdefault(str(g), Counter())[str(p)] += 1
    return table


def _topic_scores(report: EvalReport, pairs: list[tuple[set, set]]) -> None:

    codes = load_taxonomy().codes
    rows, tp_all, fp_all, fn_all = [], 0, 0, 0
    f1s = []
    for code in codes:
        tp = sum(1 for g, p in pairs if code in g and code in p)
        fp = sum(1 for g, p in pairs if code not in g and code in p)
        fn = sum(1 for g, p in pairs if code in g and code not in p)
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append(PRF(code, round(precision, 3), round(recall, 3), round(f1, 3), tp + fn))
        if tp + fn:
            f1s.append(f1)
    report.per_label["topics"] = rows
    if pairs:
        report.topic_ci = _bootstrap_topic_f1(pairs, codes)
        precision = tp_all / (tp_all + fp_all) if tp_all + fp_all else 0.0
        recall = tp_all / (tp_all + fn_all) if tp_all + fn_all else 0.0
        report.topic_micro_f1 = (
            round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0
        )
        report.topic_macro_f1 = round(sum(f1s) / len(f1s), 3) if f1s else None


def _micro_macro(pairs: list[tuple[set, set]], codes: tuple[str, ...]) -> tuple[float, float]:
    tp = sum(len(g & p) for g, p in pairs)
    fp = sum(len(p - g) for g, p in pairs)
    fn = sum(len(g - p) for g, p in pairs)
    micro = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
    f1s = []
    for code in codes:
        t = sum(1 for g, p in pairs if code in g and code in p)
        f = sum(1 for g, p in pairs if code not in g and code in p)
        m = sum(1 for g, p in pairs if code in g and code not in p)
        if t + m:
            f1s.append(2 * t / (2 * t + f + m))
    return micro, (sum(f1s) / len(f1s) if f1s else 0.0)


def _bootstrap_topic_f1(pairs: list[tuple[set, set]], codes) -> dict[str, tuple[float, float]]:
    """95% percentile intervals of micro and macro F1, resampling documents (seeded)."""
    rng = random.Random(0)
    micros, macros = [], []
    for _ in range(BOOTSTRAP_ROUNDS):
        sample = [pairs[rng.randrange(len(pairs))] for _ in pairs]
        micro, macro = _micro_macro(sample, tuple(codes))
        micros.append(micro)
        macros.append(macro)
    micros.sort()
    macros.sort()
    lo, hi = int(0.025 * BOOTSTRAP_ROUNDS), int(0.975 * BOOTSTRAP_ROUNDS) - 1
    return {"micro_f1": (micros[lo], micros[hi]), "macro_f1": (macros[lo], macros[hi])}


def rewording_gap(
    dev_labels: list[dict],
    dev_preds: dict[str, dict],
    rew_labels: list[dict],
    rew_preds: dict[str, dict],
) -> dict[str, dict]:
    """Decision and requested accuracy on the reworded letters next to their originals."""
    out: dict[str, dict] = {}
    by_file = {lab["file"]: lab for lab in dev_labels}
    for name, doc_type in (("decision", "reactie"), ("requested", "advies")):
        reworded = [
            lab for lab in rew_labels if lab["doc_type"] == doc_type and lab.get(name) is not None
        ]
        originals = [by_file[f] for f in sorted({lab["original_file"] for lab in reworded})]
        ok_rew = sum(1 for lab in reworded if rew_preds.get(lab["file"], {}).get(name) == lab[name])
        ok_orig = sum(
            1 for lab in originals if dev_preds.get(lab["file"], {}).get(name) == lab[name]
        )
        if not reworded:
            continue
        acc_orig, acc_rew = ok_orig / len(originals), ok_rew / len(reworded)
        out[name] = {
            "originals": {"accuracy": round(acc_orig, 4), "n": len(originals),
                          "ci": [round(x, 4) for x in wilson(ok_orig, len(originals))]},
            "rewordings": {"accuracy": round(acc_rew, 4), "n": len(reworded),
                           "ci": [round(x, 4) for x in wilson(ok_rew, len(reworded))]},
            "gap": round(acc_orig - acc_rew, 4),
        }  # fmt: skip
    return out


@dataclass
class ReleaseEvaluation:
    """The figures of one release: dev and test reports and the rewording gap."""

    reports: dict[str, EvalReport]
    rewording: dict[str, dict]

    def to_dict(self) -> dict:
        return {"sets": {name: r.to_dict() for name, r in self.reports.items()},
                "rewording": self.rewording}  # fmt: skip


RELEASE_SETS = ("dev", "producers", "html", "test", "rewordings")
#: the dev sources printed by Chromium and LibreOffice (tools/render_producers.py), as the test
#: set was: the distance to dev is what the readers owe to our own renderer's layout
PRODUCERS = "producers"
#: dev documents made as the test set was (HTML by writers briefed with the genre only, printed
#: by Chromium or LibreOffice, labelled by others than their writers): blind before use
HTML = "html"


def evaluate_release(
    annotations: Path,
    reference: date | None = None,
    models_dir: Path | None = None,
    only: tuple[str, ...] = RELEASE_SETS,
) -> ReleaseEvaluation:
    """Score dev, the frozen test set and the rewordings (each ingested into its own database).

    During development leave "test" out of ``only``: the test set is scored once per release.
    """
    reports: dict[str, EvalReport] = {}
    preds: dict[str, dict[str, dict]] = {}
    labels: dict[str, list[dict]] = {}
    sets = {"dev": annotations / "dev", PRODUCERS: annotations / "dev" / PRODUCERS,
            HTML: annotations / "dev" / HTML, "test": annotations / "test",
            "rewordings": annotations / "dev" / "rewordings"}  # fmt: skip
    for name, folder in sets.items():
        if name not in only or not (folder / "labels.jsonl").exists():
            continue
        labels[name] = load_labels(folder / "labels.jsonl")
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / f"{name}.duckdb"
            _ingest_for_evaluation(folder / "pdfs", db, reference, models_dir)
            preds[name] = predictions(db)
            side_file = annotations / "dev" if name == PRODUCERS else folder
            structure = structure_accuracy(_with_structure_labels(labels[name], side_file), db)
        if name != "rewordings":
            reports[name] = compare(labels[name], preds[name], reference)
            _add_structure(reports[name], structure)
    if "dev" in reports:
        _topics_by_writer(reports["dev"], models_dir, "dev")
        _doc_type_by_writer(reports["dev"], models_dir)
    if HTML in reports:
        _topics_by_writer(reports[HTML], models_dir, "html", whole=False)
    gap = {}
    if "rewordings" in labels and "dev" in labels:
        gap = rewording_gap(labels["dev"], preds["dev"], labels["rewordings"], preds["rewordings"])
    return ReleaseEvaluation(reports, gap)


def _topics_by_writer(
    report: EvalReport, models_dir: Path | None, source: str, whole: bool = True
) -> None:
    """The topic model learnt from the dev advices and the html rounds' advices, so their topic
    figures are the ones measured leave-one-writer-out at training (``topics.meta.json``, per
    set under ``by_source``), not the in-sample pipeline's. ``whole``: a model that gives no
    per-set figure measured this set alone (older models learnt from the dev set only)."""
    meta_file = (models_dir or default_models_dir()) / "topics.meta.json"
    if not meta_file.exists():
        return
    cv = json.loads(meta_file.read_text(encoding="utf-8")).get("cv_by_writer")
    if not cv:
        return
    if "by_source" in cv:
        cv = cv["by_source"].get(source)
    elif not whole:
        cv = None
    if not cv:
        return
    report.topic_micro_f1, report.topic_macro_f1 = cv["micro_f1"], cv["macro_f1"]
    report.topic_ci = {k: tuple(v) for k, v in cv["ci"].items()}
    report.topic_source = "leave-one-writer-out"
    report.per_label.pop("topics", None)  # in-sample per-label figures would mislead


#: requested scored on every advice, those whose text does not say (label null) included: the
#: plain "requested" counts only advices that say, so guessing there costs nothing
REQUESTED_ALL = "requested (silent included)"
DOC_TYPE_BY_WRITER = "doc_type model (by writer)"
POINTS_EXACT = "point decisions (whole list)"
POINTS_EACH = "point decisions (each point)"


def _doc_type_by_writer(report: EvalReport, models_dir: Path | None) -> None:
    """Beside the pipeline's dev figure (its rules were tuned on dev) stands the model's own on
    the hand-written documents, none of whose writers it was trained on."""
    meta_file = (models_dir or default_models_dir()) / "doc_type.meta.json"
    if not meta_file.exists():
        return
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    held = meta.get("hand_written_held_out") or meta.get("cv_by_writer")  # older models: folds
    if held:
        report.accuracies[DOC_TYPE_BY_WRITER] = (held["accuracy"], held["n"])


def _with_structure_labels(labels: list[dict], folder: Path) -> list[dict]:
    """Labels with their ``structure`` objects; the dev set keeps them in a side file."""
    extra = folder / "structure" / "labels_writers.jsonl"
    if not extra.exists():
        return labels
    by_file = {row["file"]: row["structure"] for row in load_labels(extra) if row.get("structure")}
    return [
        {**lab, "structure": by_file[lab["file"]]} if lab["file"] in by_file else lab
        for lab in labels
    ]


def _add_structure(report: EvalReport, structure: dict) -> None:
    """Per-norm accuracy of the structure checklist, and the overall figure beside the others;
    each document a norm was misread on joins the disagreements (``--errors``)."""
    overall = structure.get("overall") or {}
    if overall.get("n"):
        report.structure = structure
        report.accuracies["structure norms (all)"] = (overall["accuracy"], overall["n"])
    for norm, entry in (structure.get("per_norm") or {}).items():
        for error in entry.get("errors") or ():
            report.errors.setdefault(f"structure:{norm}", []).append(
                f"{error['file']}: gold={error['expected']!r} pred={error['got']!r}"
            )


def _ingest_for_evaluation(
    pdfs: Path, db: Path, reference: date | None, models_dir: Path | None
) -> None:
    ingest_paths([pdfs], db, IngestOptions(workers=2, quiet=True, models_dir=models_dir))
    if reference is not None:
        con = store_db.connect(db)
        store_db.set_setting(con, "reference_date", reference.isoformat())
        con.close()


def evaluate_labelled_pdfs(
    labels_path: Path,
    pdf_dir: Path,
    db_path: Path | None = None,
    reference: date | None = None,
    models_dir: Path | None = None,
) -> EvalReport:
    """Ingest ``pdf_dir`` (into a temporary database unless one is given) and compare with the labels."""

    labels = load_labels(labels_path)
    with tempfile.TemporaryDirectory() as tmp:
        target = db_path or Path(tmp) / "evaluate.duckdb"
        _ingest_for_evaluation(pdf_dir, target, reference, models_dir)
        report = compare(labels, predictions(target), reference)
        if any(lab.get("structure") for lab in labels):  # a writer's structure labels, inline
            _add_structure(report, structure_accuracy(labels, target))
        return report


def store_release_figures(result: dict, path: Path) -> None:
    """Keep the release's figures next to the models (the model card and the scan's methods
    section read them); training figures already in the file are kept."""
    current = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    if "sets" in result:
        current.update({"sets": result["sets"], "rewording": result.get("rewording", {})})
    else:
        current["labels"] = result
    current["evaluated_on"] = date.today().isoformat()
    path.write_text(json.dumps(current, indent=2, default=str) + "\n", encoding="utf-8")
    for document in (path.parent / "MODEL_CARD.md", path.parent.parent / "README.md"):
        if document.exists() and FIGURES_START in document.read_text(encoding="utf-8"):
            text = document.read_text(encoding="utf-8")
            document.write_text(replace_figures(text, current), encoding="utf-8")


FIGURE_FIELDS = ("doc_type", DOC_TYPE_BY_WRITER, "doc_date", "municipality", "requested", REQUESTED_ALL, "decision", POINTS_EXACT, POINTS_EACH,
                 "motivated", "link", "norm", "timely", "n_recommendations", "report_year", "n_advices_listed",
                 "structure norms (all)")  # fmt: skip


def figures_markdown(figures: dict) -> str:
    """The release figures as the markdown table the README and the model card show."""
    sets = figures.get("sets", {})
    names = [n for n in ("dev", PRODUCERS, HTML, "test") if n in sets]
    titles = {PRODUCERS: "dev, other producers", HTML: "dev, written as test"}
    head = (
        "| field | "
        + " | ".join(f"{titles.get(n, n)}: value (n) [95% interval]" for n in names)
        + " |"
    )
    lines = [FIGURES_START, "", head, "|---" * (len(names) + 1) + "|"]
    for name in FIGURE_FIELDS:
        if not any(name in sets[n]["accuracies"] for n in names):
            continue  # a field added after these figures were written
        cells = []
        for set_name in names:
            acc = sets[set_name]["accuracies"].get(name)
            cells.append(
                f"{acc['accuracy']:.2f} ({acc['n']}) [{acc['ci_low']:.2f}–{acc['ci_high']:.2f}]"
                if acc
                else "–"
            )
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    for key, label in (("micro_f1", "topics micro-F1"), ("macro_f1", "topics macro-F1")):
        cells = []
        for set_name in names:
            report = sets[set_name]
            value = report.get(f"topic_{key}")
            lo, hi = report.get("topic_ci", {}).get(key, [0.0, 1.0])
            cells.append(f"{value:.2f} [{lo:.2f}–{hi:.2f}]" if value is not None else "–")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    by_writer = [
        n for n in ("dev", HTML) if sets.get(n, {}).get("topic_source") == "leave-one-writer-out"
    ]
    if by_writer:
        which = " and ".join("dev" if n == "dev" else "written as test" for n in by_writer)
        lines += [
            "",
            f"Topics of {which}: leave-one-writer-out (the topic model learns from these advices; "
            "each writer's are read by a model trained without that writer).",
        ]
    if DOC_TYPE_BY_WRITER in sets.get("dev", {}).get("accuracies", {}):
        lines += [
            "",
            "Dev doc_type model row: the model alone on every hand-written dev document; it "
            "learns from generated documents only, so none of them was trained on.",
        ]
    if any(POINTS_EXACT in sets[n].get("accuracies", {}) for n in names):
        lines += [
            "",
            "Point decisions: answers whose labeller listed a decision per recommendation; "
            '"whole list" counts an answer right when every point is read and decided as '
            'labelled, "each point" counts the points in order (a point not read is wrong). '
            "Labellers also split prose answers into points, which the reader finds only when "
            "the letter numbers, heads or tabulates them.",
        ]
    rewording = figures.get("rewording", {})
    if rewording:
        lines += [
            "",
            "| rewording suite | originals (n) | rewordings (n) | gap |",
            "|---|---|---|---|",
        ]
        for name, row in rewording.items():
            o, r = row["originals"], row["rewordings"]
            lines.append(f"| {name} | {o['accuracy']:.2f} ({o['n']}) | {r['accuracy']:.2f} ({r['n']}) | "
                         f"{100 * row['gap']:+.0f} points |")  # fmt: skip
    if PRODUCERS in sets:
        lines += [
            "",
            "Dev, other producers: the same dev sources printed by Chromium or LibreOffice "
            "Writer (as the test set was) instead of our renderer; the scans copied as they "
            "are. Its topic figures are in-sample (the topic model learnt from these advices).",
        ]
    if HTML in sets:
        lines += [
            "",
            "Dev, written as test: dev documents made the way the test set was (HTML by writers "
            "briefed with the genre only, printed by Chromium or LibreOffice, labelled by "
            "others); the readers are tuned on them after their blind score.",
        ]
    lines += ["", f"Evaluated on {figures.get('evaluated_on', '?')}.", FIGURES_END]
    return "\n".join(lines)


def replace_figures(text: str, figures: dict) -> str:
    """``text`` with its figures block (between the markers) regenerated."""
    start, end = text.index(FIGURES_START), text.index(FIGURES_END) + len(FIGURES_END)
    return text[:start] + figures_markdown(figures) + text[end:]
