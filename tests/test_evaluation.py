"""compare(): field accuracies, per-label scores and the list of disagreements."""

from __future__ import annotations

from datetime import date

from cp_textmine.evaluation import _add_structure, compare, expected_timely

LABELS = [
    {"file": "a.pdf", "doc_type": "advies", "doc_date": "2023-03-14", "reference": "CR-2023-04",
     "municipality": "Ede", "subject": "Advies schulden", "requested": False, "n_recommendations": 3,
     "topics": ["schulden"]},
    {"file": "r.pdf", "doc_type": "reactie", "doc_date": "2023-04-20", "reference": "SD/1",
     "municipality": "Ede", "subject": "Reactie", "decision": "not_adopted", "motivated": True,
     "responds_to": "a.pdf"},
]  # fmt: skip
PREDS = {
    "a.pdf": {"doc_type": "advies", "doc_date": date(2023, 3, 14), "reference": "CR 2023-04",
              "municipality": "Ede", "subject": "Advies schulden", "requested": False, "n_recommendations": 2,
              "topics": ["schulden", "bijstand"], "timely": True},
    "r.pdf": {"doc_type": "reactie", "doc_date": date(2023, 4, 21), "reference": "SD/1", "municipality": "Ede",
              "subject": "Reactie", "decision": "not_adopted", "motivated": False, "linked_file": "a.pdf"},
}  # fmt: skip


def test_compare_counts_agreements_and_lists_disagreements() -> None:
    report = compare(LABELS, PREDS, reference=date(2023, 12, 31))
    acc = {k: v for k, (v, _) in report.accuracies.items()}
    assert (
        acc["doc_type"] == 1.0 and acc["reference"] == 1.0
    )  # references compare without punctuation
    assert acc["doc_date"] == 0.5
    assert acc["n_recommendations"] == 0.0 and acc["motivated"] == 0.0
    assert acc["link"] == 1.0 and acc["timely"] == 1.0  # answered after 37 days, norm 42
    assert report.errors["doc_date"] == ["r.pdf: gold='2023-04-20' pred='2023-04-21'"]
    assert report.topic_micro_f1 == round(2 * 0.5 * 1.0 / 1.5, 3)


def test_structure_errors_listed_per_document() -> None:
    report = compare(LABELS, PREDS, reference=date(2023, 12, 31))
    structure = {
        "per_norm": {"vacancies": {"accuracy": 0.5, "n": 2,
                                   "errors": [{"file": "j.pdf", "expected": True, "got": False}]},
                     "budget": {"accuracy": 1.0, "n": 2, "errors": []}},
        "overall": {"accuracy": 0.75, "n": 4},
    }  # fmt: skip
    _add_structure(report, structure)
    assert report.accuracies["structure norms (all)"] == (0.75, 4)
    assert report.errors["structure:vacancies"] == ["j.pdf: gold=True pred=False"]
    assert "structure:budget" not in report.errors


def _verordening(file: str, enacted: str, days: int) -> dict:
    return {"file": file, "doc_type": "verordening", "doc_date": enacted, "municipality": "Ede",
            "response_norm_days": days}  # fmt: skip


def test_expected_timely_takes_the_verordening_in_force_on_the_advice_date() -> None:
    # a: 37 days. The 2021 verordening (28 days) applied then; the 2024 one (56) came later.
    versions = [
        _verordening("v-new.pdf", "2024-01-10", 56),
        _verordening("v-old.pdf", "2021-05-01", 28),
    ]
    assert expected_timely(versions + LABELS, date(2023, 12, 31)) == {"a.pdf": False}
    later_advice = [
        {**LABELS[0], "doc_date": "2024-03-14"},
        {**LABELS[1], "doc_date": "2024-04-20"},
    ]
    assert expected_timely(versions + later_advice, date(2024, 12, 31)) == {"a.pdf": True}


def test_expected_timely_uses_the_earliest_later_verordening_before_any_was_in_force() -> None:
    versions = [_verordening("v1.pdf", "2025-01-10", 28), _verordening("v2.pdf", "2026-01-10", 56)]
    assert expected_timely(versions + LABELS, date(2023, 12, 31)) == {"a.pdf": False}


def test_one_label_file_scores_its_inline_structure_labels(tmp_path) -> None:
    """`evaluate --labels` on a writer's own set: structure labels in the rows are scored too."""
    import json
    import shutil
    from pathlib import Path

    from cp_textmine.evaluation import evaluate_labelled_pdfs

    dev = Path(__file__).resolve().parent.parent / "annotations" / "dev"
    label = next(json.loads(line) for line in (dev / "labels.jsonl").open(encoding="utf-8")
                 if '"dev-x-08.pdf"' in line)  # fmt: skip
    structure = next(json.loads(line)["structure"]
                     for line in (dev / "structure" / "labels_writers.jsonl").open(encoding="utf-8")
                     if '"dev-x-08.pdf"' in line)  # fmt: skip
    (tmp_path / "pdfs").mkdir()
    shutil.copy(dev / "pdfs" / "dev-x-08.pdf", tmp_path / "pdfs")
    wrong = {**structure, "members_min": (structure["members_min"] or 0) + 40}
    (tmp_path / "labels.jsonl").write_text(
        json.dumps({**label, "structure": wrong}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    report = evaluate_labelled_pdfs(tmp_path / "labels.jsonl", tmp_path / "pdfs")
    per_norm = report.structure["per_norm"]
    assert per_norm["members_min"]["accuracy"] == 0.0
    assert per_norm["pw47_a_advice_right"]["n"] == 1
    assert "structure norms (all)" in report.accuracies


def test_evaluate_json_with_errors_lists_the_disagreements(tmp_path) -> None:
    """`evaluate --labels L --json --errors`: the figures and, beside them, what was misread."""
    import json
    import shutil
    from pathlib import Path

    from typer.testing import CliRunner

    from cp_textmine.cli import app

    dev = Path(__file__).resolve().parent.parent / "annotations" / "dev"
    label = next(json.loads(line) for line in (dev / "labels.jsonl").open(encoding="utf-8")
                 if '"dev-y-12.pdf"' in line)  # fmt: skip
    (tmp_path / "pdfs").mkdir()
    shutil.copy(dev / "pdfs" / "dev-y-12.pdf", tmp_path / "pdfs")
    (tmp_path / "labels.jsonl").write_text(
        json.dumps({**label, "doc_type": "jaarverslag"}) + "\n", encoding="utf-8"
    )
    args = ["evaluate", "--labels", str(tmp_path / "labels.jsonl"), "--pdfs", str(tmp_path / "pdfs"),
            "--json"]  # fmt: skip
    plain = CliRunner().invoke(app, args)
    with_errors = CliRunner().invoke(app, [*args, "--errors"])
    assert plain.exit_code == 0 and with_errors.exit_code == 0, with_errors.output
    assert "errors" not in json.loads(plain.output)
    listed = json.loads(with_errors.output)["errors"]["doc_type"]
    assert len(listed) == 1 and "dev-y-12.pdf" in listed[0] and "jaarverslag" in listed[0]


def test_a_verordening_without_a_labelled_norm_is_not_scored_on_it() -> None:
    """The html rounds' labellers were not asked for the norm: their null is no label."""
    regulation = {"file": "v.pdf", "doc_type": "verordening", "doc_date": "2023-01-01",
                  "reference": None, "municipality": "Ede", "subject": "Verordening"}  # fmt: skip
    pred = {"doc_type": "verordening", "doc_date": date(2023, 1, 1), "reference": None,
            "municipality": "Ede", "subject": "Verordening", "response_norm_days": 42}  # fmt: skip
    unlabelled = compare([{**regulation, "response_norm_days": None}], {"v.pdf": pred})
    assert "norm" not in unlabelled.accuracies
    labelled = compare([{**regulation, "response_norm_days": 56}], {"v.pdf": pred})
    assert labelled.accuracies["norm"] == (0.0, 1)


def test_point_decisions_are_scored_as_a_list_and_point_by_point() -> None:
    from cp_textmine.evaluation import POINTS_EACH, POINTS_EXACT, compare

    base = {"doc_type": "reactie", "doc_date": None, "reference": None, "municipality": None,
            "subject": None, "decision": "partially_adopted", "responds_to": None}  # fmt: skip
    labels = [
        {**base, "file": "a.pdf", "point_decisions": ["adopted", "not_adopted", "adopted"]},
        {**base, "file": "b.pdf", "point_decisions": ["adopted", "noted"]},
        {**base, "file": "c.pdf", "point_decisions": None},
    ]
    preds = {
        "a.pdf": {"doc_type": "reactie", "point_decisions": ["adopted", "not_adopted", "adopted"]},
        "b.pdf": {"doc_type": "reactie", "point_decisions": ["adopted"]},  # one point not read
        "c.pdf": {"doc_type": "reactie", "point_decisions": ["adopted", "adopted"]},
    }
    report = compare(labels, preds)
    assert report.accuracies[POINTS_EXACT] == (0.5, 2)
    assert report.accuracies[POINTS_EACH] == (0.8, 5)


def test_a_municipality_labelled_by_its_common_name_meets_the_official_one() -> None:
    labels = [dict(LABELS[0], municipality="Den Haag")]
    preds = {"a.pdf": dict(PREDS["a.pdf"], municipality="'s-Gravenhage")}
    acc = {
        k: v
        for k, (v, _) in compare(labels, preds, reference=date(2023, 12, 31)).accuracies.items()
    }
    assert acc["municipality"] == 1.0
    wrong = {"a.pdf": dict(PREDS["a.pdf"], municipality="Rijswijk")}
    acc = {
        k: v
        for k, (v, _) in compare(labels, wrong, reference=date(2023, 12, 31)).accuracies.items()
    }
    assert acc["municipality"] == 0.0


def test_point_decisions_are_compared_by_their_numbers() -> None:
    """A row the reader left without a verdict keeps its place: the points after it are compared
    with their own asks, not shifted one up."""
    from cp_textmine.evaluation import _by_point_number

    assert _by_point_number(["adopted", "not_adopted"], [1, 3]) == ["adopted", None, "not_adopted"]
    assert _by_point_number(["adopted", "noted"], [1, 2]) == ["adopted", "noted"]
    assert _by_point_number(["adopted"], None) == ["adopted"]
