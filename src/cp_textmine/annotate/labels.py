"""The label set annotators work with, and the one place rows are checked against it.

Every format (our JSONL, Label Studio, doccano, Prodigy) ends up as a ``labels`` dict
that passes :func:`validate_labels`; tag-based tools (doccano, Prodigy) carry the same
labels as ``field:value`` tags, converted here both ways.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from cp_textmine.errors import LabelError
from cp_textmine.records import DECISIONS, DOC_TYPES

LABEL_FIELDS = ("doc_type", "topics", "requested", "decision", "motivated")
#: The words a tool shows for the two boolean fields: (true, false).
BOOL_WORDS = {
    "requested": ("gevraagd", "ongevraagd"),
    "motivated": ("gemotiveerd", "ongemotiveerd"),
}
_TRUE = {"true", "yes", "ja", "1"}
_FALSE = {"false", "no", "nee", "0"}
REASONED = ("not_adopted", "partially_adopted")  # decisions for which `motivated` applies
TOPIC_TAG = "topic"


def to_bool(field: str, value: object) -> bool | None:
    """A boolean label from JSON true/false or a word a tool shows (gevraagd, ja, ...)."""
    if value is None or isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    yes, no = BOOL_WORDS.get(field, ("true", "false"))
    if word in _TRUE or word == yes:
        return True
    if word in _FALSE or word == no:
        return False
    raise LabelError(f"{field} must be true or false ({yes}/{no}), not {value!r}")


def bool_word(field: str, value: bool) -> str:
    return BOOL_WORDS[field][0 if value else 1]


def choice_values(field: str, codes: Sequence[str]) -> tuple[str, ...]:
    """The values a tool offers for one field (topics: the taxonomy codes)."""
    if field == "doc_type":
        return DOC_TYPES
    if field == "decision":
        return DECISIONS
    if field == "topics":
        return tuple(codes)
    return BOOL_WORDS[field]


def validate_labels(raw: object, codes: Sequence[str]) -> dict:
    """Normalised labels, or LabelError naming the first thing wrong (unlabelled fields are dropped)."""
    if not isinstance(raw, Mapping):
        raise LabelError(f"labels must be an object, not {type(raw).__name__}")
    unknown = sorted(set(raw) - set(LABEL_FIELDS))
    if unknown:
        raise LabelError(f"unknown label field {unknown[0]!r} (known: {', '.join(LABEL_FIELDS)})")
    doc_type = raw.get("doc_type")
    if doc_type is None:
        raise LabelError("labels.doc_type is missing (every row needs the document type)")
    _one_of("doc_type", doc_type, DOC_TYPES)
    labels: dict = {"doc_type": doc_type}
    topics = _topics(raw.get("topics"), codes)
    requested = to_bool("requested", raw.get("requested"))
    if topics or requested is not None:
        if doc_type != "advies":
            field = "topics" if topics else "requested"
            raise LabelError(f"{field} is labelled for advies only, but doc_type is {doc_type!r}")
        if topics:
            labels["topics"] = topics
        if requested is not None:
            labels["requested"] = requested
    decision = raw.get("decision")
    motivated = to_bool("motivated", raw.get("motivated"))
    if decision is not None:
        _one_of("decision", decision, DECISIONS)
        if doc_type != "reactie":
            raise LabelError(f"decision is labelled for reactie only, but doc_type is {doc_type!r}")
        labels["decision"] = decision
    if motivated is not None:
        if decision not in REASONED:
            raise LabelError(
                f"motivated applies to not_adopted/partially_adopted decisions, not {decision!r}"
            )
        labels["motivated"] = motivated
    return labels


def _one_of(field: str, value: object, allowed: Sequence[str]) -> None:
    if value not in allowed:
        raise LabelError(f"{field} {value!r} is not one of {', '.join(allowed)}")


def _topics(value: object, codes: Sequence[str]) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise LabelError(f"topics must be a list of taxonomy codes, not {value!r}")
    given = list(value)
    for code in given:
        if code not in codes:
            raise LabelError(f"topic {code!r} is not in the taxonomy (codes: {', '.join(codes)})")
    return [code for code in codes if code in given]  # taxonomy order, no duplicates


def labels_to_tags(labels: Mapping) -> list[str]:
    """``field:value`` tags for tools with one flat label list (doccano, Prodigy options)."""
    tags = []
    for field in LABEL_FIELDS:
        value = labels.get(field)
        if value is None:
            continue
        if field == "topics":
            tags += [f"{TOPIC_TAG}:{code}" for code in value]
        elif isinstance(value, bool):
            tags.append(f"{field}:{bool_word(field, value)}")
        else:
            tags.append(f"{field}:{value}")
    return tags


def all_tags(codes: Sequence[str]) -> list[str]:
    """Every tag a tool should offer, in a stable order."""
    tags = []
    for field in LABEL_FIELDS:
        prefix = TOPIC_TAG if field == "topics" else field
        tags += [f"{prefix}:{value}" for value in choice_values(field, codes)]
    return tags


def tags_to_labels(tags: Iterable[object]) -> dict:
    """The labels dict behind a list of tags; raises LabelError on a tag it cannot read."""
    labels: dict = {}
    for tag in tags:
        field, sep, value = str(tag).partition(":")
        if not sep or not value:
            raise LabelError(f"label {tag!r} is not of the form field:value (e.g. doc_type:advies)")
        if field == TOPIC_TAG:
            labels.setdefault("topics", []).append(value)
            continue
        if field not in LABEL_FIELDS:
            raise LabelError(f"label {tag!r}: unknown field {field!r}")
        parsed = to_bool(field, value) if field in BOOL_WORDS else value
        if field in labels and labels[field] != parsed:
            raise LabelError(f"two values for {field}: {labels[field]!r} and {parsed!r}")
        labels[field] = parsed
    return labels


def label_values(labels: Mapping, codes: Sequence[str]) -> dict[str, str]:
    """Flat (field -> text value) pairs as the annotations table stores them.

    Topics become one ``topic:<code>`` row per taxonomy code ('true'/'false'), so
    agreement can be measured per topic, like evidence's ``topic:<code>`` fields.
    """
    out = {}
    for field in ("doc_type", "requested", "decision", "motivated"):
        value = labels.get(field)
        if value is not None:
            out[field] = str(value).lower() if isinstance(value, bool) else str(value)
    if "topics" in labels:
        for code in codes:
            out[f"{TOPIC_TAG}:{code}"] = "true" if code in labels["topics"] else "false"
    return out


def labels_from_values(values: Mapping[str, str]) -> dict:
    """The inverse of :func:`label_values` (the labels dict from stored rows)."""
    labels: dict = {}
    for field, value in values.items():
        if field.startswith(f"{TOPIC_TAG}:"):
            labels.setdefault("topics", [])
            if value == "true":
                labels["topics"].append(field.split(":", 1)[1])
        elif field in ("requested", "motivated"):
            labels[field] = value == "true"
        else:
            labels[field] = value
    if "topics" in labels:
        labels["topics"] = sorted(labels["topics"])
    return labels
