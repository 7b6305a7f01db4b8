"""Document -> rows per table: the one place that knows how a Document maps onto the schema."""

from __future__ import annotations

from datetime import UTC, datetime

from cp_textmine.records import Document, display_path

PIPELINE_VERSION = "0.1.0"
#: a point's answer as stored: its opening, to show beside the verdict (the reader saw more)
POINT_SNIPPET_CHARS = 400
#: Tables keyed by doc_id, in the order they are written; documents first.
DOC_TABLES = (
    "documents", "pages", "document_tables", "advices", "advice_topics", "responses", "response_points",
    "regulations", "annual_reports", "annual_report_advices", "evidence", "structure_values",
)  # fmt: skip


def document_rows(doc: Document, ingested_at: datetime | None = None) -> dict[str, list[dict]]:
    """Every row ``doc`` contributes, keyed by table name (tables without rows are absent)."""
    ingested_at = ingested_at or datetime.now(UTC)
    out: dict[str, list[dict]] = {"documents": [_document_row(doc, ingested_at)]}
    meta = doc.metadata
    if doc.pages:
        out["pages"] = [
            {"doc_id": doc.doc_id, "page_no": p.page_no, "text": p.text, "text_source": p.text_source,
             "n_chars": p.n_chars, "ocr_confidence": p.ocr_confidence}
            for p in doc.pages
        ]  # fmt: skip
        tables = [t for p in doc.pages for t in p.tables]
        cells = [
            {
                "doc_id": doc.doc_id,
                "page": t.page_no,
                "table_no": t_no,
                "row_no": r_no,
                "cells": list(row),
            }
            for t_no, t in enumerate(tables, start=1)
            for r_no, row in enumerate(t.rows, start=1)
        ]
        if cells:
            out["document_tables"] = cells
    if doc.advice is not None:
        a = doc.advice
        out["advices"] = [{
            "doc_id": doc.doc_id, "council": meta.council, "municipality": meta.municipality,
            "advice_date": meta.doc_date, "requested": a.requested, "request_date": a.request_date,
            "subject": meta.subject, "n_recommendations": a.n_recommendations, "reference": meta.reference,
            "their_reference": a.their_reference, "requested_score": None,
        }]  # fmt: skip
        if a.topics:
            out["advice_topics"] = [
                {"doc_id": doc.doc_id, "topic": c, "score": float(s)} for c, s in a.topics
            ]
    if doc.response is not None:
        r = doc.response
        out["responses"] = [{
            "doc_id": doc.doc_id, "advice_doc_id": None, "response_date": meta.doc_date, "decision": r.decision,
            "motivated": r.motivated, "link_confidence": None, "decision_detail": r.decision_detail,
            "decision_score": r.decision_score, "advice_reference": r.advice_reference,
            "advice_date_cited": r.advice_date, "council": meta.council, "municipality": meta.municipality,
            "subject": meta.subject, "link_method": None,
        }]  # fmt: skip
        if r.point_decisions:
            out["response_points"] = [
                {
                    "doc_id": doc.doc_id,
                    "point": p,
                    "decision": d,
                    "snippet": s[:POINT_SNIPPET_CHARS],
                }
                for p, d, s in r.point_decisions
            ]
    if doc.regulation is not None:
        g = doc.regulation
        out["regulations"] = [{
            "doc_id": doc.doc_id, "municipality": meta.municipality, "response_norm_days": g.response_norm_days,
            "advice_term_days": g.advice_term_days, "valid_from": g.valid_from,
        }]  # fmt: skip
    if doc.annual_report is not None:
        j = doc.annual_report
        out["annual_reports"] = [{
            "doc_id": doc.doc_id, "council": meta.council, "municipality": meta.municipality, "year": j.year,
            "n_advices_listed": j.n_advices_listed,
        }]  # fmt: skip
        if j.listed:
            out["annual_report_advices"] = [
                {"doc_id": doc.doc_id, "row_no": i, "advice_date": row.get("advice_date"),
                 "subject": row.get("subject"), "requested": row.get("requested"), "answered": row.get("answered"),
                 "adopted": row.get("adopted"), "raw": row.get("raw")}
                for i, row in enumerate(j.listed, start=1)
            ]  # fmt: skip
    if doc.structure:
        out["structure_values"] = structure_rows(doc)
    evidence = list(meta.evidence) + list(doc.evidence)
    if evidence:
        out["evidence"] = [
            {"doc_id": doc.doc_id, "field": e.field, "page": e.page_no, "snippet": e.snippet,
             "char_start": e.char_start, "char_end": e.char_end}
            for e in evidence
        ]  # fmt: skip
    return out


def structure_rows(doc: Document) -> list[dict]:
    """One row per structure norm: value, evidence, and the verordening's validity start."""
    valid_from = doc.regulation.valid_from if doc.regulation else None
    rows = [
        {"doc_id": doc.doc_id, "norm_id": v.norm_id, "value": v.value, "year": v.year, "page": v.page_no,
         "snippet": v.snippet, "char_start": v.char_start, "char_end": v.char_end, "article": v.article,
         "valid_from": valid_from}
        for v in doc.structure
    ]  # fmt: skip
    if doc.regulation is not None:  # the two terms, so the checklist reads one table
        by_field = {e.field: e for e in doc.evidence}
        for norm_id, days, field in (
            ("response_term_days", doc.regulation.response_norm_days, "norm"),
            ("advice_term_days", doc.regulation.advice_term_days, "advice_term"),
        ):
            ev = by_field.get(field)
            rows.append(
                {"doc_id": doc.doc_id, "norm_id": norm_id, "value": None if days is None else str(days),
                 "year": None, "page": ev.page_no if ev else None, "snippet": ev.snippet if ev else None,
                 "char_start": ev.char_start if ev else None, "char_end": ev.char_end if ev else None,
                 "article": None, "valid_from": valid_from}
            )  # fmt: skip
    return rows


def _document_row(doc: Document, ingested_at: datetime) -> dict:
    pages = doc.pages
    confidences = [p.ocr_confidence for p in pages if p.ocr_confidence is not None]
    meta = doc.metadata
    return {
        "doc_id": doc.doc_id, "path": display_path(doc.path), "sha256": doc.sha256, "doc_type": doc.doc_type,
        "council": meta.council, "municipality": meta.municipality, "doc_date": meta.doc_date,
        "reference": meta.reference, "subject": meta.subject, "n_pages": doc.n_pages,
        "text_source": doc.text_source, "status": doc.status, "error": doc.error, "ingested_at": ingested_at,
        "region": meta.region, "doc_type_score": doc.doc_type_score, "file_size": doc.file_size,
        "n_chars": sum(p.n_chars for p in pages),
        "n_pages_text": sum(1 for p in pages if p.text_source == "text"),
        "n_pages_ocr": sum(1 for p in pages if p.text_source == "ocr"),
        "n_pages_empty": sum(1 for p in pages if p.text_source == "empty"),
        "n_pages_needs_ocr": sum(1 for p in pages if p.text_source == "needs_ocr"),
        "mean_ocr_confidence": sum(confidences) / len(confidences) if confidences else None,
        "limits_hit": "; ".join(doc.limits_hit) or None, "producer": None, "extract_seconds": doc.seconds,
        "pipeline_version": doc.pipeline_version or PIPELINE_VERSION,
    }  # fmt: skip


def path_row(doc_id: str, path: str, seen_at: datetime | None = None) -> dict:
    seen_at = seen_at or datetime.now(UTC)
    return {"doc_id": doc_id, "path": path, "first_seen": seen_at, "last_seen": seen_at}
