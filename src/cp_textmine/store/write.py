"""Idempotent writes: one document at a time, whole or not at all, keyed by doc_id."""

from __future__ import annotations

from datetime import UTC, datetime

import duckdb

from ..ingest.discover import display_path
from ..records import Document

PIPELINE_VERSION = "0.1.0"
CHILD_TABLES = (
    "pages", "document_tables", "advices", "advice_topics", "responses", "response_points",
    "regulations", "annual_reports", "annual_report_advices", "evidence",
)  # fmt: skip


def known_hashes(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """sha256 -> status of every document already in the store."""
    return dict(con.execute("SELECT sha256, status FROM documents").fetchall())


def record_path(con: duckdb.DuckDBPyConnection, doc_id: str, path: str) -> None:
    """Remember that a content was seen at a path; a path whose content changed moves on."""
    now = datetime.now(UTC)
    con.execute(
        """INSERT INTO document_paths VALUES (?, ?, ?, ?)
           ON CONFLICT (path) DO UPDATE SET doc_id = excluded.doc_id, last_seen = excluded.last_seen""",
        [doc_id, path, now, now],
    )


def drop_orphans(con: duckdb.DuckDBPyConnection) -> int:
    """Delete documents no path points to any more (a file whose content was replaced)."""
    orphans = [
        r[0]
        for r in con.execute(
            "SELECT doc_id FROM documents d WHERE NOT EXISTS "
            "(SELECT 1 FROM document_paths p WHERE p.doc_id = d.doc_id)"
        ).fetchall()
    ]
    for doc_id in orphans:
        _delete(con, doc_id)
        con.execute("DELETE FROM documents WHERE doc_id = ?", [doc_id])
    return len(orphans)


def _delete(con: duckdb.DuckDBPyConnection, doc_id: str) -> None:
    for table in CHILD_TABLES:
        con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])


def write_document(con: duckdb.DuckDBPyConnection, doc: Document) -> None:
    """Replace everything stored for ``doc.doc_id`` in one transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        _delete(con, doc.doc_id)
        con.execute("DELETE FROM documents WHERE doc_id = ?", [doc.doc_id])
        _insert_document(con, doc)
        _insert_children(con, doc)
        record_path(con, doc.doc_id, display_path(doc.path))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _insert_document(con: duckdb.DuckDBPyConnection, doc: Document) -> None:
    pages = doc.pages
    count = lambda source: sum(1 for p in pages if p.text_source == source)  # noqa: E731
    confidences = [p.ocr_confidence for p in pages if p.ocr_confidence is not None]
    meta = doc.metadata
    con.execute(
        """INSERT INTO documents (doc_id, path, sha256, doc_type, council, municipality, doc_date,
               reference, subject, n_pages, text_source, status, error, ingested_at, region, doc_type_score,
               file_size, n_chars, n_pages_text, n_pages_ocr, n_pages_empty, n_pages_needs_ocr,
               mean_ocr_confidence, limits_hit, producer, extract_seconds, pipeline_version)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            doc.doc_id, display_path(doc.path), doc.sha256, doc.doc_type, meta.council,
            meta.municipality, meta.doc_date, meta.reference, meta.subject, doc.n_pages,
            doc.text_source, doc.status, doc.error, datetime.now(UTC), meta.region, doc.doc_type_score,
            doc.file_size, sum(p.n_chars for p in pages), count("text"), count("ocr"),
            count("empty"), count("needs_ocr"),
            sum(confidences) / len(confidences) if confidences else None,
            "; ".join(doc.limits_hit) or None, None, doc.seconds, PIPELINE_VERSION,
        ],
    )  # fmt: skip


def _insert_children(con: duckdb.DuckDBPyConnection, doc: Document) -> None:
    meta = doc.metadata
    if doc.pages:
        con.executemany(
            "INSERT INTO pages VALUES (?, ?, ?, ?, ?, ?)",
            [
                [doc.doc_id, p.page_no, p.text, p.text_source, p.n_chars, p.ocr_confidence]
                for p in doc.pages
            ],
        )
        table_rows = [
            [doc.doc_id, t.page_no, t_no, r_no, list(row)]
            for t_no, t in enumerate(_all_tables(doc), start=1)
            for r_no, row in enumerate(t.rows, start=1)
        ]
        if table_rows:
            con.executemany("INSERT INTO document_tables VALUES (?, ?, ?, ?, ?)", table_rows)
    if doc.advice is not None:
        a = doc.advice
        con.execute(
            "INSERT INTO advices VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [doc.doc_id, meta.council, meta.municipality, meta.doc_date, a.requested, a.request_date,
             meta.subject, a.n_recommendations, meta.reference, a.their_reference, None],
        )  # fmt: skip
        if a.topics:
            con.executemany(
                "INSERT INTO advice_topics VALUES (?, ?, ?)",
                [[doc.doc_id, code, float(score)] for code, score in a.topics],
            )
    if doc.response is not None:
        r = doc.response
        con.execute(
            """INSERT INTO responses (doc_id, advice_doc_id, response_date, decision, motivated,
                   link_confidence, decision_detail, decision_score, advice_reference,
                   advice_date_cited, council, municipality, subject, link_method)
               VALUES (?, NULL, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, NULL)""",
            [doc.doc_id, meta.doc_date, r.decision, r.motivated, r.decision_detail, r.decision_score,
             r.advice_reference, r.advice_date, meta.council, meta.municipality, meta.subject],
        )  # fmt: skip
        if r.point_decisions:
            con.executemany(
                "INSERT INTO response_points VALUES (?, ?, ?, ?)",
                [
                    [doc.doc_id, point, decision, snippet]
                    for point, decision, snippet in r.point_decisions
                ],
            )
    if doc.regulation is not None:
        g = doc.regulation
        con.execute(
            "INSERT INTO regulations VALUES (?, ?, ?, ?, ?)",
            [doc.doc_id, meta.municipality, g.response_norm_days, g.advice_term_days, g.valid_from],
        )
    if doc.annual_report is not None:
        j = doc.annual_report
        con.execute(
            "INSERT INTO annual_reports VALUES (?, ?, ?, ?, ?)",
            [doc.doc_id, meta.council, meta.municipality, j.year, j.n_advices_listed],
        )
        if j.listed:
            con.executemany(
                "INSERT INTO annual_report_advices VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [[doc.doc_id, i, row.get("advice_date"), row.get("subject"), row.get("requested"),
                  row.get("answered"), row.get("adopted"), row.get("raw")]
                 for i, row in enumerate(j.listed, start=1)],
            )  # fmt: skip
    evidence = list(meta.evidence) + list(doc.evidence)
    if evidence:
        con.executemany(
            "INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?)",
            [
                [doc.doc_id, e.field, e.page_no, e.snippet, e.char_start, e.char_end]
                for e in evidence
            ],
        )


def _all_tables(doc: Document):
    for page in doc.pages:
        yield from page.tables
