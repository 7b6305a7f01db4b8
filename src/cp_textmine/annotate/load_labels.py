"""Import an annotator's file: validate every row, keep the good ones, record who labelled what.

What an import leaves behind, all derived from the raw file's SHA-256 so a second import
of the same bytes changes nothing:

- ``annotations/raw/<hash12>-<name>``: the file exactly as imported;
- ``annotations/labels/<date>-<annotator>-<stem>-<hash12>.jsonl``: one row per (document,
  annotator), keys sorted, carrying the document's text — what ``cp-textmine train`` reads;
- rows in the DuckDB tables ``annotations`` and ``annotation_imports``.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from cp_textmine.annotate import store
from cp_textmine.annotate.formats import dumps
from cp_textmine.annotate.labels import label_values, validate_labels
from cp_textmine.annotate.readers import RawRow, read_rows
from cp_textmine.classify.dataset import held_out_hashes
from cp_textmine.classify.taxonomy import load_taxonomy
from cp_textmine.config import annotations_dir
from cp_textmine.errors import LabelError
from cp_textmine.store import db as store_db


@dataclass
class ImportResult:
    raw_file: Path | None
    label_file: Path | None
    source_format: str
    n_labelled: int = 0  # annotations kept: one per (document, annotator)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (place, reason)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    annotators: list[str] = field(default_factory=list)
    unchanged: bool = False
    n_documents: int = 0  # distinct documents among them
    aliases: dict[str, str] = field(default_factory=dict)  # annotator -> e-mail the tool gave
    n_prefilled: int = 0  # doccano rows skipped because they still hold the model's pre-fill


@dataclass(frozen=True)
class Good:
    row: RawRow
    doc: store.DocInfo
    labels: dict


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def import_labels(
    path: Path,
    db_path: Path,
    annotator: str | None = None,
    fmt: str | None = None,
    root: Path | None = None,
    now: datetime | None = None,
    names: dict[str, str] | None = None,
    approved: bool = False,
    prefilled_by: str | None = None,
) -> ImportResult:
    """Import ``path`` into ``root`` (default ``annotations/``) and the database at ``db_path``.

    ``names`` maps a tool's annotator ids to people (``{"1": "anna"}`` renames
    ``labelstudio-user-1``). doccano rows still holding the labels we pre-filled are skipped
    — they are the model's, owned by whoever imported the dataset — unless ``approved``
    says the export holds only rows approved in doccano ("Export only approved documents").
    ``prefilled_by`` names the doccano user who imported the dataset: only their rows are
    then suspect, so another annotator who happens to agree with the model is kept.
    """
    if not path.is_file():
        raise LabelError(f"label file not found: {path}")
    root = root or annotations_dir()
    raw_hash = file_sha256(path)
    con = store_db.connect(db_path)
    try:
        store.ensure_tables(con)
        done = _already_imported(con, raw_hash, root)
        if done is not None:
            return done
        source_format, rows = read_rows(path, fmt)
        _rename(rows, names or {})
        _assign_annotators(rows, annotator)
        result = ImportResult(None, None, source_format)
        result.aliases = {r.annotator: r.alias for r in rows if r.annotator and r.alias}
        if not approved:
            _skip_prefilled(rows, result, prefilled_by)
        good = _check_rows(con, rows, result, held_out_hashes(root))
        if good:
            _write(con, path, raw_hash, good, result, root, now)
        return result
    finally:
        con.close()


def _already_imported(
    con: duckdb.DuckDBPyConnection, raw_hash: str, root: Path
) -> ImportResult | None:
    """The earlier import of the same bytes; re-reads its label file when this database lacks it."""
    record = store.import_record(con, raw_hash)
    if record is not None:
        raw_file, label_file, n_labelled, _, source_format = record
        label_path = root / label_file if label_file else None
        return ImportResult(
            root / raw_file,
            label_path,
            source_format,
            n_labelled,
            unchanged=True,
            n_documents=_documents_in(label_path),
        )
    label_files = sorted((root / "labels").glob(f"*-{raw_hash[:12]}.jsonl"))
    if not label_files:
        return None
    rows = [
        json.loads(line) for line in label_files[0].read_text(encoding="utf-8").splitlines() if line
    ]
    codes = load_taxonomy().codes
    known = store.documents(con)
    rows = [r for r in rows if r["doc_id"] in known]
    stamp = datetime.fromisoformat(rows[0]["imported_at"]) if rows else datetime.now(UTC)
    label_rel = str(label_files[0].relative_to(root))
    raw_rel = rows[0]["raw_file"] if rows else ""
    fmt = rows[0]["source_format"] if rows else ""
    store.insert_values(con, _value_rows(rows, codes, raw_hash, label_rel))
    store.record_import(con, raw_hash, raw_rel, label_rel, fmt, stamp, len(rows), 0)
    return ImportResult(
        root / raw_rel,
        label_files[0],
        fmt,
        len(rows),
        unchanged=True,
        n_documents=len({r["doc_id"] for r in rows}),
    )


def _documents_in(label_file: Path | None) -> int:
    """Distinct documents in a label file we wrote (0 when it is gone)."""
    if label_file is None or not label_file.is_file():
        return 0
    lines = label_file.read_text(encoding="utf-8").splitlines()
    return len({json.loads(line)["doc_id"] for line in lines if line})


def _rename(rows: list[RawRow], names: dict[str, str]) -> None:
    """Apply ``--name ID=NAME``: the key matches the tool's id (``1``) or our name for it."""
    if not names:
        return
    lookup = {}
    for key, name in names.items():
        lookup[key] = name
        if key.isdigit():
            lookup[f"labelstudio-user-{int(key)}"] = name
    for row in rows:
        if row.annotator in lookup:
            row.annotator = lookup[row.annotator]
        elif row.alias in lookup:
            row.annotator = lookup[row.alias]


def _skip_prefilled(rows: list[RawRow], result: ImportResult, prefilled_by: str | None) -> None:
    """Rows whose labels are still exactly our pre-fill are the model's, not a person's.

    Without ``prefilled_by`` every such row is skipped (an annotator who chose exactly the
    model's labels is lost too: safe, never model output as a person's labels).
    """
    for row in rows:
        if not row.prefilled or row.error or row.skipped:
            continue
        if prefilled_by is not None and row.annotator != prefilled_by:
            continue
        row.skipped = (
            "labels are the model's pre-fill, unchanged (doccano stores them as the importing "
            "user's); keep them with --approved (an export of approved documents only) or name "
            "that user with --prefilled-by"
        )
        result.n_prefilled += 1


def _assign_annotators(rows: list[RawRow], annotator: str | None) -> None:
    """The file's own annotator per row; ``--annotator`` for a file of one (or no) annotator."""
    named = sorted({r.annotator for r in rows if r.annotator})
    if annotator and len(named) > 1:
        raise LabelError(
            f"the file holds labels by {len(named)} annotators ({', '.join(named)}); "
            "import it without --annotator to keep them apart"
        )
    fallback = annotator or (named[0] if named else None) or getpass.getuser()
    for row in rows:
        row.annotator = annotator or row.annotator or fallback


def _check_rows(
    con: duckdb.DuckDBPyConnection, rows: list[RawRow], result: ImportResult, gold: set[str]
) -> list[Good]:
    """The rows worth keeping (the last per document and annotator); the rest into ``result``."""
    codes = load_taxonomy().codes
    docs = store.documents(con)
    by_sha = {d.sha256: d for d in docs.values()}
    kept: dict[tuple[str, str], Good] = {}
    for row in rows:
        if row.error:
            result.rejected.append((row.place(), row.error))
            continue
        if row.skipped:
            result.skipped.append((row.place(), row.skipped))
            continue
        try:
            doc = _resolve(con, row, docs, by_sha)
            if doc.sha256 in gold:
                raise LabelError(
                    "document is in the dev or frozen test set (annotations/dev, annotations/test), "
                    "which no model trains on; its labels belong in that set's labels.jsonl"
                )
            labels = validate_labels(row.labels, codes)
        except LabelError as exc:
            result.rejected.append((row.place(), str(exc)))
            continue
        key = (doc.doc_id, row.annotator or "")
        if key in kept:
            result.skipped.append((kept[key].row.place(), f"superseded by {row.place()}"))
        kept[key] = Good(row, doc, labels)
    return sorted(kept.values(), key=lambda g: (g.doc.doc_id, g.row.annotator or ""))


def _resolve(
    con, row: RawRow, docs: dict[str, store.DocInfo], by_sha: dict[str, store.DocInfo]
) -> store.DocInfo:
    """The document a row names: by doc_id, else sha256, else its exact text."""
    if row.doc_id and row.doc_id in docs:
        doc = docs[row.doc_id]
        if row.sha256 and row.sha256 != doc.sha256:
            raise LabelError(
                f"doc_id {row.doc_id} and sha256 {row.sha256[:12]}… name different documents"
            )
        return doc
    if row.sha256 and row.sha256 in by_sha:
        return by_sha[row.sha256]
    if isinstance(row.text, str) and row.text and (found := store.doc_by_text(con, row.text)):
        return docs[found]
    named = (
        f"doc_id {row.doc_id}"
        if row.doc_id
        else (f"sha256 {row.sha256[:12]}…" if row.sha256 else "its text")
    )
    raise LabelError(f"document not in the database ({named}); ingest its PDF first")


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.@-]+", "_", text).strip("_")[:40] or "x"


def _write(
    con,
    path: Path,
    raw_hash: str,
    good: list[Good],
    result: ImportResult,
    root: Path,
    now: datetime | None,
) -> None:
    stamp = (now or datetime.now(UTC)).replace(microsecond=0)
    annotators = sorted({g.row.annotator or "" for g in good})
    who = annotators[0] if len(annotators) == 1 else "several"
    raw_rel = f"raw/{raw_hash[:12]}-{slug(path.name)}"
    label_rel = f"labels/{stamp:%Y-%m-%d}-{slug(who)}-{slug(path.stem)}-{raw_hash[:12]}.jsonl"
    rows = [
        {
            "doc_id": g.doc.doc_id,
            "sha256": g.doc.sha256,
            "text": store.document_text(con, g.doc.doc_id),
            "labels": g.labels,
            "annotator": g.row.annotator,
            "source_format": result.source_format,
            "imported_at": stamp.isoformat(),
            "raw_file": raw_rel,
            "line": g.row.line,
        }
        for g in good
    ]
    (root / "raw").mkdir(parents=True, exist_ok=True)
    (root / "labels").mkdir(parents=True, exist_ok=True)
    (root / raw_rel).write_bytes(path.read_bytes())
    (root / label_rel).write_text("".join(dumps(r) + "\n" for r in rows), encoding="utf-8")
    con.execute("BEGIN TRANSACTION")
    store.insert_values(con, _value_rows(rows, load_taxonomy().codes, raw_hash, label_rel))
    store.record_import(
        con,
        raw_hash,
        raw_rel,
        label_rel,
        result.source_format,
        stamp,
        len(rows),
        len(result.rejected),
    )
    con.execute("COMMIT")
    result.raw_file, result.label_file = root / raw_rel, root / label_rel
    result.n_labelled, result.annotators = len(rows), annotators
    result.n_documents = len({r["doc_id"] for r in rows})


def _value_rows(rows: list[dict], codes, raw_hash: str, label_rel: str) -> list[tuple]:
    out = []
    for r in rows:
        stamp = datetime.fromisoformat(r["imported_at"])
        for name, value in label_values(r["labels"], codes).items():
            out.append(
                (
                    r["doc_id"],
                    r["sha256"],
                    name,
                    value,
                    r["annotator"],
                    r["source_format"],
                    stamp,
                    r["raw_file"],
                    raw_hash,
                    label_rel,
                    r.get("line"),
                )
            )
    return out
