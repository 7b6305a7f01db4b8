"""Read annotators' files from each tool into rows of (line, document, labels, annotator).

A row that cannot be read carries an ``error`` (the importer rejects it with its line);
a row the annotator deliberately left out (Prodigy reject/ignore, a cancelled Label
Studio annotation, a task nobody labelled) carries ``skipped``.

Formats read:
- our JSONL (rows with a ``labels`` object);
- Label Studio JSON export (tasks with ``annotations[].result`` and ``completed_by``),
  and its JSON-MIN export;
- doccano text-classification export: JSONL with ``label`` tags, or the ZIP of one
  ``<username>.jsonl`` per annotator;
- Prodigy ``db-out`` JSONL (``answer``, ``accept``, ``_annotator_id``).
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cp_textmine.annotate.labels import LABEL_FIELDS, tags_to_labels
from cp_textmine.annotate.labelstudio_config import TEXT_TAG
from cp_textmine.errors import LabelError

READ_FORMATS = ("jsonl", "labelstudio", "doccano", "prodigy")


@dataclass
class RawRow:
    line: int
    doc_id: str | None = None
    sha256: str | None = None
    text: str | None = None
    labels: dict | None = None
    annotator: str | None = None
    error: str | None = None
    skipped: str | None = None


def read_rows(path: Path, fmt: str | None = None) -> tuple[str, list[RawRow]]:
    """(format, rows) of a label file; the format is detected unless given."""
    data = path.read_bytes()
    if zipfile.is_zipfile(io.BytesIO(data)):
        if fmt not in (None, "doccano"):
            raise LabelError(f"{path.name} is a ZIP file; only doccano exports come zipped")
        return "doccano", list(_doccano_zip(data))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LabelError(f"{path.name} is not UTF-8 text: {exc}") from exc
    fmt = fmt or detect_format(text, path.name)
    if fmt == "labelstudio":
        return fmt, list(_labelstudio(text))
    reader = {"jsonl": _ours, "doccano": _doccano, "prodigy": _prodigy}[fmt]
    return fmt, [
        reader(line, obj) if error is None else RawRow(line, error=error)
        for line, obj, error in _jsonl(text)
    ]


def detect_format(text: str, name: str = "file") -> str:
    """Which tool wrote this text: a JSON list is Label Studio; JSONL is told by its first row's keys."""
    stripped = text.lstrip()
    if not stripped:
        raise LabelError(f"{name} is empty")
    if stripped.startswith("["):
        return "labelstudio"
    for _, obj, error in _jsonl(text):
        if error is None and isinstance(obj, dict):
            if isinstance(obj.get("labels"), dict):
                return "jsonl"
            if "_input_hash" in obj or "answer" in obj:
                return "prodigy"
            if "label" in obj or "cats" in obj:
                return "doccano"
            break
    raise LabelError(
        f"cannot tell which tool wrote {name}: expected our JSONL ('labels'), a Label Studio JSON "
        "export, a doccano export ('label') or Prodigy db-out ('answer'); pass --format"
    )


def _jsonl(text: str) -> Iterator[tuple[int, object, str | None]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line), None
        except json.JSONDecodeError as exc:
            yield number, None, f"not valid JSON ({exc.msg} at column {exc.colno})"


def _str(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


def _not_object(line: int, obj: object) -> RawRow | None:
    return None if isinstance(obj, dict) else RawRow(line, error="not a JSON object")


def _ours(line: int, obj: object) -> RawRow:
    if (bad := _not_object(line, obj)) is not None:
        return bad
    row = RawRow(
        line,
        _str(obj.get("doc_id")),
        _str(obj.get("sha256")),
        obj.get("text"),
        annotator=_str(obj.get("annotator")),
    )
    if "labels" not in obj:
        row.error = "no 'labels' object"
    else:
        row.labels = obj["labels"]
    return row


def _tag_row(line: int, obj: dict, tags: object, annotator: str | None) -> RawRow:
    meta = obj.get("meta") if isinstance(obj.get("meta"), dict) else {}
    doc_id = obj.get("doc_id") if isinstance(obj.get("doc_id"), str) else meta.get("doc_id")
    row = RawRow(
        line,
        _str(doc_id),
        _str(obj.get("sha256") or meta.get("sha256")),
        obj.get("text"),
        annotator=annotator,
    )
    if not isinstance(tags, list):
        row.error = f"labels must be a list of field:value tags, not {tags!r}"
        return row
    if not tags:
        row.skipped = "no labels given"
        return row
    try:
        row.labels = tags_to_labels(tags)
    except LabelError as exc:
        row.error = str(exc)
    return row


def _doccano(line: int, obj: object, username: str | None = None) -> RawRow:
    if (bad := _not_object(line, obj)) is not None:
        return bad
    tags = obj.get("label", obj.get("cats"))
    return _tag_row(line, obj, tags, username or _str(obj.get("username")))


def _doccano_zip(data: bytes) -> Iterator[RawRow]:
    """doccano's non-collaborative export: one ``<username>.jsonl`` per annotator."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in sorted(archive.namelist()):
            if not name.endswith((".jsonl", ".json")):
                continue
            username = Path(name).stem
            text = archive.read(name).decode("utf-8-sig")
            for line, obj, error in _jsonl(text):
                row = RawRow(line, error=error) if error else _doccano(line, obj, username)
                row.error = f"{name}: {row.error}" if row.error else None
                row.skipped = f"{name}: {row.skipped}" if row.skipped else None
                yield row


def _prodigy(line: int, obj: object) -> RawRow:
    if (bad := _not_object(line, obj)) is not None:
        return bad
    annotator = _str(obj.get("_annotator_id") or obj.get("_session_id"))
    answer = obj.get("answer")
    if answer != "accept":
        return RawRow(line, annotator=annotator, skipped=f"answer is {answer!r}, not 'accept'")
    return _tag_row(line, obj, obj.get("accept", []), annotator)


# -- Label Studio ---------------------------------------------------------------------------


def _array_items(text: str) -> Iterator[tuple[int, object, str | None]]:
    """The elements of a top-level JSON array with the line each starts on."""
    decoder = json.JSONDecoder()
    pos = text.index("[") + 1
    while True:
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(text) or text[pos] == "]":
            return
        line = text.count("\n", 0, pos) + 1
        try:
            obj, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            raise LabelError(f"line {exc.lineno}: not valid JSON ({exc.msg})") from exc
        yield line, obj, None


def _labelstudio(text: str) -> Iterator[RawRow]:
    for line, task, _ in _array_items(text):
        if not isinstance(task, dict):
            yield RawRow(line, error="not a JSON object")
        elif "annotations" in task or "data" in task:
            yield from _ls_task(line, task)
        else:
            yield _ls_min(line, task)


def _ls_task(line: int, task: dict) -> Iterator[RawRow]:
    data = task.get("data") if isinstance(task.get("data"), dict) else {}
    done = [a for a in task.get("annotations") or [] if isinstance(a, dict)]
    base = {
        "doc_id": _str(data.get("doc_id")),
        "sha256": _str(data.get("sha256")),
        "text": data.get(TEXT_TAG),
    }
    if not done:
        yield RawRow(line, **base, skipped=f"task {task.get('id')}: no annotations")
    for annotation in done:
        row = RawRow(line, **base, annotator=_ls_annotator(annotation))
        if annotation.get("was_cancelled"):
            row.skipped = f"task {task.get('id')}: annotation was cancelled"
        else:
            try:
                row.labels = _ls_result(annotation.get("result") or [])
            except LabelError as exc:
                row.error = f"task {task.get('id')}: {exc}"
        yield row


def _ls_annotator(annotation: dict) -> str | None:
    who = annotation.get("completed_by")
    if isinstance(who, dict):
        return _str(who.get("email") or who.get("username") or who.get("id"))
    name = annotation.get("created_username")
    if name:
        return str(name).split(",")[0].strip()  # "anna@example.org, 3"
    return f"labelstudio-user-{who}" if who is not None else None


def _ls_result(result: list) -> dict:
    labels: dict = {}
    for item in result:
        name = item.get("from_name") if isinstance(item, dict) else None
        if name not in LABEL_FIELDS:
            raise LabelError(
                f"unknown control {name!r} (expected one of {', '.join(LABEL_FIELDS)})"
            )
        if item.get("type") != "choices":
            raise LabelError(f"{name}: expected a 'choices' result, got {item.get('type')!r}")
        labels[name] = _ls_choices(name, (item.get("value") or {}).get("choices"))
    return labels


def _ls_choices(name: str, choices: object) -> object:
    if not isinstance(choices, list):
        raise LabelError(f"{name}: 'choices' must be a list, not {choices!r}")
    if name == "topics":
        return choices
    if len(choices) != 1:
        raise LabelError(f"{name}: expected one choice, got {len(choices)}")
    return choices[0]


def _ls_min(line: int, task: dict) -> RawRow:
    """Label Studio's JSON-MIN export: data keys and one key per control at the top level."""
    labels = {}
    for name in LABEL_FIELDS:
        value = task.get(name)
        if isinstance(value, dict):
            value = value.get("choices")
        if value is not None:
            labels[name] = (
                value if name == "topics" else (value[0] if isinstance(value, list) else value)
            )
    if "topics" in labels and isinstance(labels["topics"], str):
        labels["topics"] = [labels["topics"]]
    row = RawRow(
        line,
        _str(task.get("doc_id")),
        _str(task.get("sha256")),
        task.get(TEXT_TAG),
        annotator=_str(task.get("annotator")),
    )
    if labels:
        row.labels = labels
    else:
        row.skipped = f"task {task.get('id')}: no labels"
    return row
