"""Per-norm accuracy of the structure reader against hand labels (issue 13).

Labels carry a ``structure`` object per verordening / jaarverslag (keys as in the issue);
the pipeline's values come from ``structure_values`` in the database it wrote.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from cp_textmine.store import db as store_db

LIST_NORMS = {"achterban_activities"}
#: the kinds of achterban activity the scan asks about (issue 13); labels may name others
#: ('other', 'social_media', 'lokale_pers', 'stand'), which the checklist does not score
ACHTERBAN_KINDS = {"spreekuur", "bijeenkomst", "enquete", "panel", "website", "nieuwsbrief"}


def _kinds(values: list[str]) -> list[str]:
    """Activity kinds compared without accents ('enquête' = 'enquete'), within the scan's six."""
    plain = (
        unicodedata.normalize("NFKD", v).encode("ascii", "ignore").decode().lower() for v in values
    )
    return sorted({v for v in plain if v in ACHTERBAN_KINDS})


def as_label_value(norm: str, value: str | None) -> object:
    """The stored VARCHAR as the label's type: bool, int, sorted list or None."""
    if value is None:
        return None
    if norm in LIST_NORMS:
        return _kinds([v for v in value.split(",") if v])
    if value in ("true", "false"):
        return value == "true"
    return int(value) if value.lstrip("-").isdigit() else value


def gold_label_value(norm: str, value: object) -> object:
    return _kinds(value) if norm in LIST_NORMS and isinstance(value, list) else value


def structure_accuracy(labels: list[dict], db_path: Path) -> dict:
    """{'per_norm': {norm: {'accuracy', 'n', 'errors'}}, 'overall': {'accuracy', 'n'}}.

    A label's file is matched to the stored document by its path's file name.
    """
    con = store_db.connect(db_path, read_only=True)
    try:
        rows = con.execute(
            """SELECT regexp_extract(d.path, '[^/\\\\]+$') AS file, v.norm_id, v.value
               FROM structure_values v JOIN documents d USING (doc_id)"""
        ).fetchall()
    finally:
        con.close()
    stored: dict[str, dict[str, str | None]] = {}
    for file, norm, value in rows:
        stored.setdefault(file, {})[norm] = value
    per_norm: dict[str, dict] = {}
    for label in labels:
        gold = label.get("structure")
        if not gold:
            continue
        found = stored.get(label["file"], {})
        for norm, expected in gold.items():
            got = as_label_value(norm, found.get(norm))
            entry = per_norm.setdefault(norm, {"correct": 0, "n": 0, "errors": []})
            entry["n"] += 1
            if got == gold_label_value(norm, expected):
                entry["correct"] += 1
            else:
                entry["errors"].append({"file": label["file"], "expected": expected, "got": got})
    n = sum(e["n"] for e in per_norm.values())
    correct = sum(e["correct"] for e in per_norm.values())
    return {
        "per_norm": {
            k: {"accuracy": round(e["correct"] / e["n"], 4), "n": e["n"], "errors": e["errors"]}
            for k, e in sorted(per_norm.items())
        },
        "overall": {"accuracy": round(correct / n, 4) if n else None, "n": n},
    }
