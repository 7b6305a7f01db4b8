"""Merge the blind test set's labels, measure labeller agreement, and freeze the set.

    python tools/freeze_test_set.py annotations/test

Reads ``labels/labels-L*.jsonl`` (first labellers) and ``labels/labels-*-second.jsonl`` (the
second labeller), adds who wrote each document (its file prefix is the writer id) and how it
was rendered, and writes:
- ``labels.jsonl``      one row per PDF, the first labeller's labels (with the adjudications of
  ``labels/adjudications.jsonl``, each with its reason, decided before any scoring);
- ``agreement.json``    Cohen's kappa (or exact agreement) per field between the labellers;
- ``MANIFEST.sha256``   sha256 of every PDF and of labels.jsonl (``sha256sum -c`` checks it).
Run once per release of the set; a frozen set is only ever added to.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from sklearn.metrics import cohen_kappa_score

KAPPA_FIELDS = ("doc_type", "requested", "decision", "motivated", "municipality")
EXACT_FIELDS = ("doc_date", "response_norm_days", "advice_term_days", "responds_to", "year",
                "n_advices_listed", "n_recommendations")  # fmt: skip
STRUCTURE_KEYS = ("pw47_a_advice_right", "pw47_b_support", "pw47_c_consultation",
                  "pw47_d_agenda_right", "pw47_e_information", "dispute_procedure",
                  "motivation_required", "annual_report_required", "work_plan_required", "budget",
                  "evaluation_clause", "work_plan_present", "vacancies")  # fmt: skip


def read_jsonl(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def merged_labels(root: Path) -> list[dict]:
    rendering = {r["file"]: r for r in read_jsonl(root / "rendering.jsonl")}
    rows = []
    for path in sorted((root / "labels").glob("labels-L*.jsonl")):
        if path.stem.endswith("-second"):
            continue
        for row in read_jsonl(path):
            render = rendering[row["file"]]
            row["author"] = render["writer"]
            row["render"] = render["render"]
            row["scanned"] = render["render"] == "scan"
            row["source"] = "blind-writer"
            rows.append(row)
    adjudications = root / "labels" / "adjudications.jsonl"
    if adjudications.exists():
        by_file = {r["file"]: r for r in rows}
        for fix in read_jsonl(adjudications):
            by_file[fix["file"]].update(fix["set"])
            by_file[fix["file"]]["adjudicated"] = fix["reason"]
    return sorted(rows, key=lambda r: r["file"])


def agreement(first: list[dict], second: list[dict]) -> dict:
    by_file = {r["file"]: r for r in first}
    pairs = [(by_file[r["file"]], r) for r in second if r["file"] in by_file]
    out: dict[str, dict] = {"n_documents": {"n": len(pairs)}}
    for name in KAPPA_FIELDS:
        a = [
            str(x.get(name)) for x, y in pairs if x.get(name) is not None or y.get(name) is not None
        ]
        b = [
            str(y.get(name)) for x, y in pairs if x.get(name) is not None or y.get(name) is not None
        ]
        if a:
            same = sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)
            kappa = cohen_kappa_score(a, b) if len(set(a) | set(b)) > 1 else 1.0
            out[name] = {"n": len(a), "kappa": round(float(kappa), 3), "agreement": round(same, 3)}
    for name in EXACT_FIELDS:
        both = [
            (x.get(name), y.get(name))
            for x, y in pairs
            if x.get(name) is not None or y.get(name) is not None
        ]
        if both:
            out[name] = {
                "n": len(both),
                "agreement": round(sum(a == b for a, b in both) / len(both), 3),
            }
    topic_a, topic_b = [], []
    for x, y in pairs:
        if x.get("doc_type") == "advies" and y.get("doc_type") == "advies":
            for code in set(x.get("topics") or []) | set(y.get("topics") or []):
                topic_a.append(code in (x.get("topics") or []))
                topic_b.append(code in (y.get("topics") or []))
    if topic_a:
        out["topics (per assigned code)"] = {"n": len(topic_a),
                                             "agreement": round(sum(a == b for a, b in zip(topic_a, topic_b, strict=True)) / len(topic_a), 3)}  # fmt: skip
    cells = [(x["structure"].get(k), y["structure"].get(k)) for x, y in pairs
             if x.get("structure") and y.get("structure") for k in STRUCTURE_KEYS
             if k in x["structure"] or k in y["structure"]]  # fmt: skip
    if cells:
        a, b = [str(c[0]) for c in cells], [str(c[1]) for c in cells]
        out["structure norms"] = {"n": len(cells), "kappa": round(float(cohen_kappa_score(a, b)), 3),
                                  "agreement": round(sum(x == y for x, y in cells) / len(cells), 3)}  # fmt: skip
    return out


def freeze(root: Path) -> dict:
    rows = merged_labels(root)
    labels = root / "labels.jsonl"
    labels.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    second = [r for p in (root / "labels").glob("*-second.jsonl") for r in read_jsonl(p)]
    result = agreement(rows, second)
    (root / "agreement.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    files = [*sorted((root / "pdfs").glob("*.pdf")), labels]
    manifest = "".join(
        f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.relative_to(root)}\n" for p in files
    )
    (root / "MANIFEST.sha256").write_text(manifest, encoding="utf-8")
    return {"documents": len(rows), "agreement": result}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    print(json.dumps(freeze(parser.parse_args().root), indent=2))


if __name__ == "__main__":
    main()
