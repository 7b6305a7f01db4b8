"""The annotation tables in DuckDB, and what the loop reads from the pipeline's tables.

``annotations`` holds one row per (doc_id, field, annotator, imported_at) with the value
as text; topics are one ``topic:<code>`` row per taxonomy code ('true'/'false').
``annotation_imports`` remembers every imported raw file by its hash, so importing the
same file twice changes nothing. Both are created here, not in schema.sql, so the
pipeline's schema stays the contract's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb

from cp_textmine.config import models_dir
from cp_textmine.read.doctext import PAGE_SEP

TABLES_SQL = """
CREATE TABLE IF NOT EXISTS annotations (
    doc_id VARCHAR NOT NULL,
    sha256 VARCHAR,
    field VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    annotator VARCHAR NOT NULL,
    source_format VARCHAR NOT NULL,
    imported_at TIMESTAMP NOT NULL,
    raw_file VARCHAR,
    raw_sha256 VARCHAR NOT NULL,
    label_file VARCHAR,
    line INTEGER
);
CREATE TABLE IF NOT EXISTS annotation_imports (
    raw_sha256 VARCHAR PRIMARY KEY,
    raw_file VARCHAR NOT NULL,
    label_file VARCHAR,
    source_format VARCHAR NOT NULL,
    imported_at TIMESTAMP NOT NULL,
    n_labelled INTEGER NOT NULL,
    n_rejected INTEGER NOT NULL
);
"""


def ensure_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create the annotation tables when missing (safe on every open)."""
    con.execute(TABLES_SQL)


@dataclass(frozen=True)
class DocInfo:
    doc_id: str
    sha256: str
    file: str
    subject: str | None
    doc_type: str | None


@dataclass
class Prediction:
    """What the pipeline stored for one document: labels, per-field scores, uncertainty."""

    doc: DocInfo
    labels: dict
    scores: dict[str, float] = field(default_factory=dict)
    uncertainty: float = 0.0
    most_uncertain: str | None = None


def documents(con: duckdb.DuckDBPyConnection) -> dict[str, DocInfo]:
    """Every readable document (status ok), by doc_id."""
    rows = con.execute(
        "SELECT doc_id, sha256, regexp_extract(path, '[^/]+$'), subject, doc_type FROM documents "
        "WHERE status = 'ok' ORDER BY doc_id"
    ).fetchall()
    return {r[0]: DocInfo(*r) for r in rows}


def document_text(con: duckdb.DuckDBPyConnection, doc_id: str) -> str:
    """The document's full text as training reads it: pages in order, joined by PAGE_SEP."""
    rows = con.execute(
        "SELECT coalesce(text, '') FROM pages WHERE doc_id = ? ORDER BY page_no", [doc_id]
    ).fetchall()
    return PAGE_SEP.join(r[0] for r in rows)


def doc_by_text(con: duckdb.DuckDBPyConnection, text: str) -> str | None:
    """The doc_id whose joined page text equals ``text`` (rows that carry only the text)."""
    row = con.execute(
        "SELECT doc_id FROM (SELECT doc_id, string_agg(coalesce(text, ''), ? ORDER BY page_no) AS t "
        "FROM pages GROUP BY doc_id) WHERE t = ? LIMIT 1",
        [PAGE_SEP, text],
    ).fetchone()
    return row[0] if row else None


def topic_thresholds(folder: Path | None = None) -> dict[str, float]:
    """The topic model's per-topic cut-offs (0.5 for rules or a topic it does not know)."""
    meta = (folder or models_dir()) / "topics.meta.json"
    if not meta.exists():
        return {}
    return dict(json.loads(meta.read_text(encoding="utf-8")).get("thresholds", {}))


def predictions(con: duckdb.DuckDBPyConnection, models: Path | None = None) -> list[Prediction]:
    """The stored predictions of every readable document, with an uncertainty in [0, 1]."""
    docs = documents(con)
    rows = con.execute(
        """
        SELECT d.doc_id, d.doc_type_score, a.requested, a.requested_score, r.decision,
               r.decision_score, r.motivated,
               (SELECT list(struct_pack(topic := t.topic, score := t.score) ORDER BY t.score DESC)
                  FROM advice_topics t WHERE t.doc_id = d.doc_id) AS topics
        FROM documents d LEFT JOIN advices a USING (doc_id) LEFT JOIN responses r USING (doc_id)
        WHERE d.status = 'ok' ORDER BY d.doc_id
        """
    ).fetchall()
    thresholds = topic_thresholds(models)
    return [_prediction(docs[r[0]], *r[1:], thresholds) for r in rows]


def _prediction(
    doc: DocInfo,
    type_score,
    requested,
    requested_score,
    decision,
    decision_score,
    motivated,
    topics,
    thresholds: dict[str, float],
) -> Prediction:
    labels: dict = {"doc_type": doc.doc_type} if doc.doc_type else {}
    unsure = {"doc_type": 1.0 - type_score if type_score is not None else 0.5}
    scores = {"doc_type": type_score}
    if doc.doc_type == "advies":
        chosen = [(t["topic"], t["score"]) for t in topics or []]
        if chosen:
            labels["topics"] = [code for code, _ in chosen]
        scores.update({f"topic:{code}": score for code, score in chosen})
        unsure["topics"] = max(
            (_topic_doubt(s, thresholds.get(c, 0.5)) for c, s in chosen), default=1.0
        )
        if requested is not None:
            labels["requested"] = bool(requested)
        if requested_score is not None:
            scores["requested"] = requested_score
            unsure["requested"] = 1.0 - requested_score
        elif requested is None:
            unsure["requested"] = 1.0
    if doc.doc_type == "reactie":
        if decision is not None:
            labels["decision"] = decision
            if decision in ("not_adopted", "partially_adopted") and motivated is not None:
                labels["motivated"] = bool(motivated)
        scores["decision"] = decision_score
        unsure["decision"] = 1.0 - decision_score if decision_score is not None else 1.0
    worst = max(unsure, key=unsure.get)
    scores = {k: round(float(v), 4) for k, v in scores.items() if v is not None}
    return Prediction(doc, labels, scores, round(unsure[worst], 4), worst)


def _topic_doubt(score: float, threshold: float) -> float:
    """1 - max(p, 1 - p) after moving the topic's threshold to 0.5, so a chosen topic's doubt
    is on the scale of a yes/no probability: 0.5 at its threshold (or below), 0 at 1.0."""
    if score < threshold:
        return 0.5
    centred = 0.5 + 0.5 * (score - threshold) / max(1e-9, 1.0 - threshold)
    return 1.0 - min(1.0, centred)


def evidence(con: duckdb.DuckDBPyConnection, doc_id: str) -> list[tuple[str, int | None, str]]:
    """(field, page, passage) an annotator should see first: decision sentences, the request cue,
    the adviespunten (their heading and what follows it on the page) and topic cue sentences."""
    rows = con.execute(
        """
        SELECT e.field, e.page,
               CASE WHEN e.field = 'recommendation' AND e.char_start IS NOT NULL AND p.text IS NOT NULL
                    THEN substr(p.text, e.char_start + 1, 300) ELSE e.snippet END
        FROM evidence e LEFT JOIN pages p ON p.doc_id = e.doc_id AND p.page_no = e.page
        WHERE e.doc_id = ? AND (e.field IN ('decision', 'recommendation', 'requested')
                                OR e.field LIKE 'topic:%')
        ORDER BY CASE WHEN e.field = 'decision' THEN 1 WHEN e.field = 'requested' THEN 2
                      WHEN e.field = 'recommendation' THEN 3 ELSE 4 END,
                 e.page, e.char_start
        """,
        [doc_id],
    ).fetchall()
    merged: dict[str, tuple[list[str], int | None]] = {}
    for name, page, text in rows:
        if name == "recommendation":
            text = _first_item(text or "")
        passage = " ".join((text or "").split())
        merged.setdefault(passage, ([], page))[0].append(name)  # one passage, every field it backs
    return [
        (", ".join(names), page, passage) for passage, (names, page) in merged.items() if passage
    ]


_NEXT_ITEM = re.compile(
    r"\n\s*(?:[-•*–·▪]|\d{1,2}[.)]|[a-z][.)]|advies\s+\d|aanbeveling\s+\d)\s", re.I
)


def _first_item(text: str) -> str:
    """A recommendation from its start up to where the next list item begins."""
    found = _NEXT_ITEM.search(text, 1)
    return text[: found.start()] if found else text


# -- annotations ----------------------------------------------------------------------------


def import_record(con: duckdb.DuckDBPyConnection, raw_sha256: str) -> tuple | None:
    return con.execute(
        "SELECT raw_file, label_file, n_labelled, n_rejected, source_format FROM annotation_imports "
        "WHERE raw_sha256 = ?",
        [raw_sha256],
    ).fetchone()


def record_import(
    con: duckdb.DuckDBPyConnection,
    raw_sha256: str,
    raw_file: str,
    label_file: str | None,
    source_format: str,
    imported_at: datetime,
    n_labelled: int,
    n_rejected: int,
) -> None:
    con.execute(
        "INSERT OR REPLACE INTO annotation_imports VALUES (?, ?, ?, ?, ?, ?, ?)",
        [raw_sha256, raw_file, label_file, source_format, imported_at, n_labelled, n_rejected],
    )


def insert_values(con: duckdb.DuckDBPyConnection, rows: Iterable[tuple]) -> None:
    """Rows of (doc_id, sha256, field, value, annotator, source_format, imported_at, raw_file,
    raw_sha256, label_file, line)."""
    rows = list(rows)
    if rows:
        con.executemany("INSERT INTO annotations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def latest_values(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str, str]]:
    """(doc_id, field, annotator, value): each annotator's latest value per document and field."""
    return con.execute(
        """
        SELECT doc_id, field, annotator, value FROM annotations
        QUALIFY row_number() OVER (PARTITION BY doc_id, field, annotator
                                   ORDER BY imported_at DESC, line DESC) = 1
        ORDER BY doc_id, field, annotator
        """
    ).fetchall()


def labelled_docs(con: duckdb.DuckDBPyConnection, annotator: str | None = None) -> set[str]:
    """Documents that have labels (by this annotator, when one is named)."""
    sql = "SELECT DISTINCT doc_id FROM annotations"
    rows = con.execute(sql + " WHERE annotator = ?", [annotator]) if annotator else con.execute(sql)
    return {r[0] for r in rows.fetchall()}
