"""tools/point_agreement.py: two labellers' decisions and point lists compared."""

from __future__ import annotations

import importlib.util
from pathlib import Path

TOOL = Path(__file__).resolve().parents[1] / "tools" / "point_agreement.py"


def _tool():
    spec = importlib.util.spec_from_file_location("point_agreement", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_lists_of_the_same_length_are_compared_point_by_point() -> None:
    answer = {"doc_type": "reactie", "motivated": True}
    first = {
        "a.pdf": {
            **answer,
            "decision": "partially_adopted",
            "point_decisions": ["adopted", "not_adopted"],
        },
        "b.pdf": {
            **answer,
            "decision": "adopted",
            "point_decisions": ["adopted", "adopted", "noted"],
        },
        "c.pdf": {**answer, "decision": "not_adopted", "point_decisions": None},
    }
    second = {
        "a.pdf": {
            **answer,
            "decision": "partially_adopted",
            "point_decisions": ["adopted", "not_adopted"],
        },
        "b.pdf": {**answer, "decision": "adopted", "point_decisions": ["adopted", "adopted"]},
        "c.pdf": {**answer, "decision": "not_adopted", "motivated": False, "point_decisions": None},
    }
    got = _tool().agreement(first, second)
    assert (got["answers"], got["decision_same"], got["decision_kappa"]) == (3, 3, 1.0)
    assert (got["motivated_same"], got["motivated_n"]) == (1, 2)
    assert (got["listed_by_both"], got["same_number_of_points"], got["identical_lists"]) == (
        2,
        1,
        1,
    )
    assert (got["points_same"], got["points_n"]) == (2, 2)
    assert got["differing"] == ["b.pdf"]
