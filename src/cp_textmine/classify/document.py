"""Pages -> classifications: the one function that turns extracted text into a Document's facts."""

from __future__ import annotations

from dataclasses import dataclass, field

from cp_textmine.classify import models
from cp_textmine.classify.advice import find_request_date
from cp_textmine.classify.annual_report import annual_report_facts
from cp_textmine.classify.decision import response_facts
from cp_textmine.classify.doc_form import read_form, refine_letter_type
from cp_textmine.classify.recommendations import count_recommendations
from cp_textmine.classify.regulation import regulation_facts
from cp_textmine.classify.structure import regulation_structure, report_structure
from cp_textmine.read.doctext import DocText
from cp_textmine.read.metadata import extract_metadata
from cp_textmine.records import (
    AdviceFacts,
    AnnualReportFacts,
    Evidence,
    Metadata,
    Page,
    RegulationFacts,
    ResponseFacts,
    StructureValue,
)


@dataclass(frozen=True)
class Understanding:
    doc_type: str
    doc_type_score: float
    metadata: Metadata
    advice: AdviceFacts | None = None
    response: ResponseFacts | None = None
    regulation: RegulationFacts | None = None
    annual_report: AnnualReportFacts | None = None
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)
    structure: tuple[StructureValue, ...] = field(default_factory=tuple)


#: confidence given to a type the document's form decides (a title, an attendance list, ...)
FORM_SCORE = 0.9
#: a model's letter type overruled by the form is stored with this low score: "te controleren"
OVERRULED_SCORE = 0.4


def decide_doc_type(doc: DocText, n_pages: int) -> tuple[str, float, Evidence]:
    """The document's type from its form first (title, letter, addressee), the model second."""
    form = read_form(doc, n_pages)
    if form.verdict:
        evidence = doc.evidence("doc_type", form.offset, form.offset + 1, whole_sentence=False)
        snippet = f"{form.verdict} ({FORM_SCORE:.2f}, {form.reason})"
        return (
            form.verdict,
            FORM_SCORE,
            Evidence("doc_type", evidence.page_no, snippet, evidence.char_start, evidence.char_end),
        )
    model_type, score = models.predict_doc_type(doc.text)
    doc_type, reason = refine_letter_type(form, model_type, doc.text)
    if doc_type != model_type:
        score = min(score, OVERRULED_SCORE)
    return (
        doc_type,
        score,
        Evidence("doc_type", 1, f"{doc_type} ({score:.2f}, {reason}; model: {model_type})"),
    )


def understand(pages: tuple[Page, ...]) -> Understanding:
    """Type, header facts and the type's own facts, each with evidence."""
    doc = DocText.from_pages(pages)
    tables = tuple(t for p in pages for t in p.tables)
    doc_type, type_score, type_evidence = decide_doc_type(doc, len(pages))
    meta = extract_metadata(doc, doc_type)
    evidence: list[Evidence] = [type_evidence]
    result = dict(doc_type=doc_type, doc_type_score=type_score, metadata=meta)
    if doc_type == "advies":
        requested, _, ev = models.predict_requested(doc)
        evidence += [ev] if ev else []
        request_date, ev = (
            find_request_date(doc, meta.doc_date) if requested is not False else (None, None)
        )
        evidence += [ev] if ev else []
        n_recs, rec_evidence = count_recommendations(doc, tables)
        evidence += rec_evidence[:12]
        focus = "\n".join([meta.subject or "", *(e.snippet for e in rec_evidence)])
        topics, topic_evidence = models.predict_topics(doc, focus)
        evidence += topic_evidence
        result["advice"] = AdviceFacts(requested, request_date, tuple(topics), n_recs)
    elif doc_type == "reactie":
        facts, ev_list = response_facts(doc, meta.doc_date, tables)
        rule_decision = facts.decision
        facts = models.refine_decision(doc.text, facts)
        evidence += ev_list
        if rule_decision is None and facts.decision is not None:
            evidence.append(
                Evidence(
                    "decision",
                    None,
                    f"model: {facts.decision} (p={facts.decision_score:.2f}); no stance sentence found",
                )
            )
        result["response"] = facts
    elif doc_type == "verordening":
        facts, ev_list = regulation_facts(doc, meta.doc_date)
        evidence += ev_list
        result["regulation"] = facts
        values, ev_list = regulation_structure(doc, pages)
        evidence += ev_list
        result["structure"] = tuple(values)
    elif doc_type == "jaarverslag":
        facts, ev_list = annual_report_facts(doc, tables, meta.doc_date)
        evidence += ev_list
        result["annual_report"] = facts
        values, ev_list = report_structure(doc, pages, facts.year, tables)
        evidence += ev_list
        result["structure"] = tuple(values)
    return Understanding(evidence=tuple(evidence), **result)
