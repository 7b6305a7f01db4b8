"""Dutch labels for codes shown to readers (decisions, cross-check outcomes, yes/no)."""

from __future__ import annotations

DECISION_NL = {"adopted": "overgenomen", "partially_adopted": "deels", "not_adopted": "niet overgenomen",
               "noted": "kennisname"}  # fmt: skip
#: how a point's decision was found: in the point's own answer, or from the answer as a whole
POINT_BASIS_NL = {"read": "eigen antwoord", "whole answer": "hele brief"}
STATUS_NL = {"agrees": "klopt", "disagrees": "wijkt af", "no_letter": "geen brief gevonden"}
FIELD_NL = {"requested": "gevraagd", "answered": "reactie ontvangen", "decision": "overgenomen"}


def yes_no(value: object) -> str:
    """'ja', 'nee' or '–' (unknown)."""
    return "–" if value is None else ("ja" if value else "nee")
