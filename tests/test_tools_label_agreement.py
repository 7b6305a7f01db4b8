"""tools/label_agreement.py: two labellers' fields and topics compared."""

from __future__ import annotations

import importlib.util
from pathlib import Path

TOOL = Path(__file__).resolve().parents[1] / "tools" / "label_agreement.py"


def _tool():
    spec = importlib.util.spec_from_file_location("label_agreement", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _report(**structure) -> dict:
    return {"doc_type": "jaarverslag", "year": 2024, "structure": structure}


def test_report_norms_compare_the_scored_kinds_as_a_set_and_skip_unasked_fields() -> None:
    tool = _tool()
    first = {
        "a.pdf": _report(achterban_activities=["spreekuur", "other"], n_members=7),
        "b.pdf": _report(achterban_activities=["website"], n_members=9),
        "c.pdf": {"doc_type": "jaarverslag", "year": 2024},  # labelled without the norms
    }
    second = {
        "a.pdf": _report(achterban_activities=["spreekuur", "social_media"], n_members=7),
        "b.pdf": _report(achterban_activities=["website", "bijeenkomst"], n_members=8),
        "c.pdf": _report(achterban_activities=["panel"], n_members=5),
    }
    found = tool.agreement(first, second)
    assert found["achterban_activities"] == (1, 2)  # "other" and "social_media" are not scored
    assert found["n_members"] == (1, 2)
    assert found["doc_type"] == (3, 3) and found["year"] == (3, 3)


def test_topic_f1_counts_each_topic_label_of_advices_both_labelled() -> None:
    tool = _tool()
    first = {
        "x.pdf": {"doc_type": "advies", "topics": ["bijstand", "dienstverlening"]},
        "y.pdf": {"doc_type": "advies", "topics": ["jeugd"]},
        "z.pdf": {"doc_type": "reactie", "topics": []},
    }
    second = {
        "x.pdf": {"doc_type": "advies", "topics": ["bijstand"]},
        "y.pdf": {"doc_type": "advies", "topics": ["jeugd", "wmo_zorg"]},
        "z.pdf": {"doc_type": "reactie", "topics": []},
    }
    micro, macro, advices = tool.topic_f1(first, second)
    assert advices == 2
    assert micro == 2 * 2 / (2 * 2 + 1 + 1)  # both: bijstand, jeugd; one extra, one missed
    assert macro == (1 + 0 + 1 + 0) / 4
