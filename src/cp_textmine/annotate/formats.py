"""Export tasks in each tool's own import format, with the models' predictions as pre-annotations.

- ``jsonl``: our format, one object per line with the fields of the label files
  (doc_id, sha256, text, labels, annotator) plus the scores behind the prediction.
- ``labelstudio``: a JSON list of tasks ``{"data": ..., "predictions": [{"model_version",
  "score", "result": [choices ...]}]}``, with the labelling config beside it.
- ``doccano``: text-classification JSONL ``{"text", "label": [...]}``; other keys become
  doccano metadata and come back in its export. Labels are ``field:value`` tags. doccano has
  no predictions: pre-filled labels become the importing user's own, so ``label`` is empty
  unless ``prefill`` is asked for; then the tags are also kept in the metadata ``cp_prefill``
  so the import can tell them from a person's labels.
- ``prodigy``: JSONL for the ``choice`` interface: ``options`` are the tags, ``accept`` the
  pre-selected ones, with ``_input_hash``/``_task_hash`` set as ``prodigy.set_hashes`` does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import murmurhash

from cp_textmine.annotate.labels import LABEL_FIELDS, all_tags, bool_word, labels_to_tags
from cp_textmine.annotate.labelstudio_config import TEXT_TAG, labelstudio_config
from cp_textmine.annotate.readers import PREFILL_KEY

FORMATS = ("jsonl", "labelstudio", "doccano", "prodigy")
#: prodigy.util's defaults (INPUT_HASH_KEYS, TASK_HASH_KEYS).
PRODIGY_INPUT_KEYS = ("text", "image", "html", "input")
PRODIGY_TASK_KEYS = ("spans", "label", "options", "arcs")


@dataclass(frozen=True)
class Task:
    """One document to label: its text and what the models say about it."""

    doc_id: str
    sha256: str
    file: str
    subject: str | None
    text: str
    labels: dict
    scores: dict
    uncertainty: float
    model_version: str = "cp-textmine"


def dumps(obj: object) -> str:
    """One JSON line, keys sorted, so two exports of the same data diff cleanly."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True)


def prodigy_hash(task: dict, keys: Sequence[str], prefix: str = "") -> int:
    """MurmurHash3 (32-bit, signed, as Explosion's ``murmurhash`` returns) of the task's values
    for ``keys``, serialised as sorted-key JSON — Prodigy's ``get_hash``."""
    values = {key: task[key] for key in keys if key in task}
    return murmurhash.hash(prefix + json.dumps(values, sort_keys=True))


def set_hashes(task: dict) -> dict:
    """``_input_hash`` from the input keys; ``_task_hash`` from the task keys, prefixed by the input hash."""
    input_hash = prodigy_hash(task, PRODIGY_INPUT_KEYS)
    return {
        **task,
        "_input_hash": input_hash,
        "_task_hash": prodigy_hash(task, PRODIGY_TASK_KEYS, prefix=f"{input_hash}"),
    }


def _meta(task: Task) -> dict:
    return {
        "doc_id": task.doc_id,
        "sha256": task.sha256,
        "file": task.file,
        "subject": task.subject,
        "uncertainty": task.uncertainty,
    }


def jsonl_row(task: Task) -> dict:
    return {
        **_meta(task),
        "text": task.text,
        "labels": task.labels,
        "predicted": task.labels,
        "scores": task.scores,
        "annotator": None,
    }


def labelstudio_task(task: Task) -> dict:
    result = []
    for field in LABEL_FIELDS:
        value = task.labels.get(field)
        if value is None:
            continue
        if field == "topics":
            choices = list(value)
        elif isinstance(value, bool):
            choices = [bool_word(field, value)]
        else:
            choices = [value]
        item = {
            "from_name": field,
            "to_name": TEXT_TAG,
            "type": "choices",
            "value": {"choices": choices},
        }
        score = task.scores.get(field)
        if score is not None:
            item["score"] = score
        result.append(item)
    prediction = {
        "model_version": task.model_version,
        "score": round(1.0 - task.uncertainty, 4),
        "result": result,
    }
    return {"data": {**_meta(task), TEXT_TAG: task.text}, "predictions": [prediction]}


def doccano_row(task: Task, prefill: bool = False) -> dict:
    if not prefill:
        return {**_meta(task), "text": task.text, "label": []}
    tags = labels_to_tags(task.labels)
    return {**_meta(task), "text": task.text, "label": tags, PREFILL_KEY: "|".join(tags)}


def prodigy_task(task: Task, codes: Sequence[str]) -> dict:
    options = [{"id": tag, "text": tag} for tag in all_tags(codes)]
    row = {
        "text": task.text,
        "options": options,
        "accept": labels_to_tags(task.labels),
        "meta": {k: v for k, v in _meta(task).items() if v is not None},
    }
    return set_hashes(row)


def write_tasks(
    tasks: Iterable[Task], fmt: str, out: Path, codes: Sequence[str], prefill: bool = False
) -> list[Path]:
    """Write ``tasks`` to ``out`` in ``fmt``; returns every file written (configs beside it).

    ``prefill`` applies to doccano only (the other tools show predictions apart from labels).
    """
    tasks = list(tasks)
    out.parent.mkdir(parents=True, exist_ok=True)
    written = [out]
    if fmt == "labelstudio":
        body = json.dumps(
            [labelstudio_task(t) for t in tasks], ensure_ascii=False, indent=1, sort_keys=True
        )
        out.write_text(body + "\n", encoding="utf-8")
        config = out.with_name(out.stem + ".labelstudio.xml")
        config.write_text(labelstudio_config(), encoding="utf-8")
        return [*written, config]
    if fmt == "jsonl":
        rows = [jsonl_row(t) for t in tasks]
    elif fmt == "doccano":
        rows = [doccano_row(t, prefill) for t in tasks]
        labels = out.with_name(out.stem + ".doccano-labels.json")
        labels.write_text(json.dumps(_doccano_labels(codes), indent=1) + "\n", encoding="utf-8")
        written.append(labels)
    elif fmt == "prodigy":
        rows = [prodigy_task(t, codes) for t in tasks]
    else:
        raise ValueError(f"unknown format {fmt!r}")
    out.write_text("".join(dumps(row) + "\n" for row in rows), encoding="utf-8")
    return written


_COLOURS = {
    "doc_type": "#1f77b4",
    "topic": "#2ca02c",
    "requested": "#9467bd",
    "decision": "#d62728",
    "motivated": "#ff7f0e",
}


def _doccano_labels(codes: Sequence[str]) -> list[dict]:
    """doccano's label-import file: one category per tag, coloured by field."""
    return [
        {
            "text": tag,
            "suffix_key": None,
            "background_color": _COLOURS[tag.split(":")[0]],
            "text_color": "#ffffff",
        }
        for tag in all_tags(codes)
    ]
