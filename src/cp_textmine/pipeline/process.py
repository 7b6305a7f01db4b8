"""One file through every step: PDF -> pages -> document -> classifications, as a Document record.

Any failure becomes a failed Document with a reason, never an exception: a broken file must
not take a batch down.
"""

from __future__ import annotations

import time
from pathlib import Path

from cp_textmine import faults
from cp_textmine.classify import models as model_store
from cp_textmine.classify.document import understand
from cp_textmine.errors import ExtractionError
from cp_textmine.pdf.extract import extract_pdf
from cp_textmine.pdf.ocr import ocr_page, tesseract_status
from cp_textmine.pipeline.jobs import Job, failed_document
from cp_textmine.pipeline.version import reader_version
from cp_textmine.records import Document, doc_id_for


def process_file(job: Job, ocr_enabled: bool = True, models: Path | None = None) -> Document:
    """Extract and classify one file; any failure becomes a failed Document, never an exception."""
    started = time.perf_counter()
    model_store.use_models_dir(models)
    faults.before_file(job.path.name)
    ocr_fn = _ocr_function() if ocr_enabled else None
    try:
        extracted = extract_pdf(job.path, ocr=ocr_fn)
    except ExtractionError as exc:
        return failed_document(job, exc.reason, started)
    except MemoryError:
        return failed_document(job, "too large: ran out of memory while reading", started)
    except RecursionError:
        return failed_document(job, "damaged PDF: RecursionError (recursive structure)", started)
    pages = extracted.pages
    try:
        found = understand(pages)
    except MemoryError:
        return failed_document(job, "too large: ran out of memory while classifying", started)
    except Exception as exc:  # a classifier bug must not take the batch down; record it
        return failed_document(job, f"classification error: {type(exc).__name__}: {exc}", started)
    return Document(
        doc_id=doc_id_for(job.sha256), sha256=job.sha256, path=job.path, n_pages=len(pages),
        status="needs_ocr" if extracted.needs_ocr else "ok", error=None, text_source=extracted.text_source,
        doc_type=found.doc_type, doc_type_score=found.doc_type_score, metadata=found.metadata, pages=pages,
        advice=found.advice, response=found.response, regulation=found.regulation,
        annual_report=found.annual_report, evidence=found.evidence, structure=found.structure,
        limits_hit=extracted.limits_hit,
        file_size=job.size, seconds=time.perf_counter() - started,
        pipeline_version=job.pipeline_version or reader_version(str(models) if models else None),
    )  # fmt: skip


def _ocr_function():
    return ocr_page if tesseract_status() is None else None
