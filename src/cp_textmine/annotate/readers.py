"""Read annotators' files from each tool into rows of (line, document, labels, annotator).

A row that cannot be read carries an ``error`` (the importer rejects it with its place: the
line, Label Studio's task and annotation id, or the file inside a doccano ZIP); a row the
annotator deliberately left out (Prodigy reject/ignore, a cancelled Label Studio annotation,
a task nobody labelled, a doccano row still holding the model's pre-filled labels) carries
``skipped``.

Annotators get one name per person whatever the export: Label Studio's user id as
``labelstudio-user-<id>`` (JSON gives the id, JSON-MIN the id as ``annotator``, a snapshot
with expanded users an object whose e-mail is kept in ``alias``); doccano's user name from
the file name (``<username>.jsonl``, alone or in the ZIP). CSV/TSV exports are refused with
the export to use instead.

Formats read:
- our JSONL (rows with a ``labels`` object);
- Label Studio JSON export (tasks with ``annotations[].result`` and ``completed_by``),
  and its JSON-MIN export;
- doccano text-classification export: JSONL with ``label`` tags, or the ZIP of one
  ``<username>.jsonl`` per annotator; collaborative exports (``all.jsonl``, every user's
  labels merged) are refused;
- Prodigy ``db-out`` JSONL (``answer``, ``accept``, ``_annotator_id``).
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cp_textmine.annotate.labels import LABEL_FIELDS, REASONED, tags_to_labels
from cp_textmine.annotate.labelstudio_config import TEXT_TAG
from cp_textmine.errors import LabelError

READ_FORMATS = ("jsonl", "labelstudio", "doccano", "prodigy")
#: The metadata key (flattened into doccano's export) that holds the tags we pre-filled.
PREFILL_KEY = "cp_prefill"
_COLLABORATIVE = (
    "is a doccano collaborative export (all.jsonl: every user's labels merged into one row, "
    "so who labelled what is lost); in doccano open Settings, switch off 'Share annotations "
    "across all users', and export again: the ZIP then holds one <username>.jsonl per annotator"
)


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
    where: str | None = None  # "task 3, annotation 7" or "bob.jsonl line 2"; else the line
    alias: str | None = None  # the annotator's e-mail when the tool gave one beside the id
    prefilled: bool = False  # labels equal the model's pre-fill we exported (doccano)

    def place(self) -> str:
        """Where the row is, for messages an annotator can find it by."""
        return self.where or f"line {self.line}"


def read_rows(path: Path, fmt: str | None = None) -> tuple[str, list[RawRow]]:
    """(format, rows) of a label file; the format is detected unless given."""
    data = path.read_bytes()
    if zipfile.is_zipfile(io.BytesIO(data)):
        if fmt not in (None, "doccano"):
            raise LabelError(f"{path.name} is a ZIP file; only doccano exports come zipped")
        return "doccano", list(_doccano_zip(data, path.name))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LabelError(f"{path.name} is not UTF-8 text: {exc}") from exc
    _refuse_csv(text, path.name)
    fmt = fmt or detect_format(text, path.name)
    if fmt == "labelstudio":
        return fmt, list(_labelstudio(text, path.name))
    if fmt == "doccano":
        return fmt, list(_doccano_file(text, path.name, Path(path.name).stem))
    reader = {"jsonl": _ours, "prodigy": _prodigy}[fmt]
    return fmt, [
        reader(line, obj) if error is None else RawRow(line, error=error)
        for line, obj, error in _jsonl(text)
    ]


def _refuse_csv(text: str, name: str) -> None:
    """A CSV/TSV export (Label Studio, doccano) is not read: say which export to use instead."""
    first = text.lstrip().split("\n", 1)[0]
    tabular = name.lower().endswith((".csv", ".tsv")) or (
        not first.startswith(("{", "[")) and ("," in first or "\t" in first)
    )
    if tabular:
        raise LabelError(
            f"{name} looks like a CSV/TSV export, which cp-textmine does not read (labels with "
            "commas and choices cannot be told apart in it); export again as JSON from Label "
            "Studio (Export → JSON), as JSONL from doccano (Export → JSONL), or use Prodigy db-out"
        )


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
    row = _tag_row(line, obj, tags, _str(obj.get("username")) or username)
    prefill = obj.get(PREFILL_KEY)
    if isinstance(prefill, str) and isinstance(tags, list):
        row.prefilled = sorted(map(str, tags)) == sorted(t for t in prefill.split("|") if t)
    return row


def _doccano_zip(data: bytes, zip_name: str) -> Iterator[RawRow]:
    """doccano's non-collaborative export: one ``<username>.jsonl`` per annotator."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = sorted(n for n in archive.namelist() if n.endswith((".jsonl", ".json")))
        if any(Path(n).stem == "all" for n in names):
            raise LabelError(f"{zip_name} {_COLLABORATIVE}")
        for name in names:
            try:
                text = archive.read(name).decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                raise LabelError(f"{zip_name}: {name} is not UTF-8 text: {exc}") from exc
            yield from _doccano_file(text, name, Path(name).stem)


def _doccano_file(text: str, name: str, username: str) -> Iterator[RawRow]:
    """The rows of one doccano JSONL file; its name is the annotator's doccano user name."""
    if username == "all":
        raise LabelError(f"{name} {_COLLABORATIVE}")
    for line, obj, error in _jsonl(text):
        row = RawRow(line, error=error) if error else _doccano(line, obj, username)
        row.where = f"{name} line {line}"
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


def _array_items(text: str, name: str = "file") -> Iterator[tuple[int, object, str | None]]:
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
            raise LabelError(
                f"{name}, line {exc.lineno} column {exc.colno}: not valid JSON ({exc.msg}); "
                "export it again from Label Studio (Export → JSON)"
            ) from exc
        yield line, obj, None


def _labelstudio(text: str, name: str = "file") -> Iterator[RawRow]:
    for number, (line, task, _) in enumerate(_array_items(text, name), start=1):
        if not isinstance(task, dict):
            yield RawRow(line, error="not a JSON object", where=f"item {number}")
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
        yield RawRow(line, **base, skipped="no annotations", where=f"task {task.get('id')}")
    for annotation in done:
        annotator, alias = _ls_annotator(annotation)
        row = RawRow(
            line,
            **base,
            annotator=annotator,
            alias=alias,
            where=f"task {task.get('id')}, annotation {annotation.get('id')}",
        )
        if annotation.get("was_cancelled"):
            row.skipped = "annotation was cancelled"
        else:
            try:
                row.labels = _ls_result(annotation.get("result") or [])
            except LabelError as exc:
                row.error = str(exc)
        yield row


def ls_user(user_id: object) -> str | None:
    """One name for a Label Studio user, whichever export named them: ``labelstudio-user-<id>``."""
    if isinstance(user_id, bool) or user_id in (None, ""):
        return None
    if isinstance(user_id, int) or str(user_id).strip().isdigit():
        return f"labelstudio-user-{int(user_id)}"
    return str(user_id)


def _ls_annotator(annotation: dict) -> tuple[str | None, str | None]:
    """(annotator, e-mail if given): the user id wins so JSON, JSON-MIN and snapshots agree."""
    who = annotation.get("completed_by")
    if isinstance(who, dict):
        alias = _str(who.get("email") or who.get("username"))
        return ls_user(who.get("id")) or alias, alias
    if who is not None:
        return ls_user(who), None
    name = annotation.get("created_username")  # "anna@example.org, 3" without completed_by
    if name:
        email, _, user_id = str(name).partition(",")
        return ls_user(user_id.strip()) or email.strip(), email.strip() or None
    return None, None


def _drop_hidden(labels: dict) -> dict:
    """Without a (partly) rejecting decision the config hides ``motivated``; a value left
    behind from the pre-fill or an earlier decision was not the annotator's last word."""
    if "motivated" in labels and labels.get("decision") not in REASONED:
        return {k: v for k, v in labels.items() if k != "motivated"}
    return labels


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
    return _drop_hidden(labels)


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
    where = f"task {task.get('id')}"
    if task.get("annotation_id") is not None:
        where += f", annotation {task.get('annotation_id')}"
    row = RawRow(
        line,
        _str(task.get("doc_id")),
        _str(task.get("sha256")),
        task.get(TEXT_TAG),
        annotator=ls_user(task.get("annotator")),
        where=where,
    )
    if labels:
        row.labels = _drop_hidden(labels)
    else:
        row.skipped = "no labels"
    return row
