"""The scan's tables for Excel, R, SPSS and pandas: xlsx (one sheet per table plus "toelichting"),
or one CSV or Parquet file per table written by DuckDB's own COPY.

Types survive: dates are dates and booleans stay booleans (true/false) in CSV and Parquet; in xlsx
dates are Excel dates and booleans read "ja"/"nee", as a Dutch reader expects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import duckdb

from cp_textmine.errors import CpTextmineError, StoreError
from cp_textmine.scan.explain import INDICATORS
from cp_textmine.scan.indicators import ensure_scan_views
from cp_textmine.store import db as store_db

FORMATS = ("xlsx", "csv", "parquet")


class ExportError(CpTextmineError):
    """The export cannot be written (bad format, output path in the way)."""


@dataclass(frozen=True)
class ExportFilters:
    """Which rows to export: municipalities (any case) and a range of years."""

    municipality: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None


#: table -> (SELECT over the database, the column that carries the year, the municipality column).
#: Evidence has neither: it follows the documents that pass the filters.
QUERIES = {
    "advice_outcomes": ("SELECT * FROM advice_outcomes", "year", "municipality"),
    "scan_indicators": (
        "SELECT * REPLACE (CAST(topic_counts AS VARCHAR) AS topic_counts, "
        "CAST(topic_shares AS VARCHAR) AS topic_shares) FROM scan_indicators_full",
        "year",
        "municipality",
    ),
    "council_structure": ("SELECT * FROM council_structure", None, "municipality"),
    "documents": (
        "SELECT d.doc_id, d.path, p.paths, d.doc_type, d.doc_type_score, r.decision_score, "
        "d.council, d.municipality, d.doc_date, year(d.doc_date) AS year, d.reference, d.subject, "
        "d.n_pages, d.text_source, d.status, d.error, d.mean_ocr_confidence, d.ingested_at "
        "FROM documents d LEFT JOIN responses r USING (doc_id) LEFT JOIN "
        "(SELECT doc_id, list(path ORDER BY path) AS paths FROM document_paths GROUP BY 1) p "
        "USING (doc_id)",
        "year",
        "municipality",
    ),
    "evidence": ("SELECT * FROM evidence", None, None),
}

#: Every exported column's meaning, in Dutch (the "toelichting" sheet; a test checks coverage).
COLUMNS_NL = {
    "doc_id": "Kenmerk van het document: de eerste 16 tekens van de SHA-256 van het bestand.",
    "council": "Naam van de adviesraad (de volledigste gevonden vorm).",
    "municipality": "Gemeente.",
    "year": "Jaar (van de adviesbrief, of van het document).",
    "advice_date": "Datum van de adviesbrief.",
    "requested": "Gevraagd advies (ja) of ongevraagd (nee); leeg als de brief het niet zegt.",
    "topics": "Onderwerpen van het advies (codes van de taxonomie).",
    "response_doc_id": "Kenmerk van de reactie van het college die bij dit advies hoort.",
    "response_date": "Datum van de reactie van het college.",
    "decision": "Besluit van het college: adopted (overgenomen), partially_adopted (deels), "
    "not_adopted (niet overgenomen), noted (kennisname); leeg als onbekend.",
    "response_days": "Dagen tussen advies en reactie.",
    "norm_days": "Termijn in dagen waarbinnen het college moet reageren (verordening, anders 42).",
    "answered": "Er is een reactie van het college gevonden.",
    "timely": "Binnen de termijn beantwoord; nee als de termijn verstreken is zonder reactie; leeg "
    "als het advies nog binnen de termijn valt.",
    "motivated": "Het college gaf redenen bij (gedeeltelijk) niet overnemen.",
    "decision_detail": "Fijnere lezing van het besluit (already_policy, deferred, acknowledged).",
    "link_confidence": "Zekerheid (0-1) van de koppeling reactie-advies.",
    "request_date": "Datum van de adviesaanvraag (bij gevraagd advies).",
    "lead_days": "Dagen tussen adviesaanvraag en advies.",
    "subject": "Onderwerp van de brief.",
    "n_recommendations": "Aantal aanbevelingen in het advies.",
    "norm_doc_id": "Kenmerk van de verordening waaruit de termijn komt.",
    "topics_covered": "Onderwerpen die in dit jaar aan bod kwamen.",
    "n_requested_known": "Aantal adviezen waarvan bekend is of ze gevraagd waren.",
    "n_decided": "Aantal beantwoorde adviezen met een bekend besluit.",
    "n_timely_known": "Aantal adviezen waarvan tijdigheid bekend is.",
    "n_rejections": "Aantal (gedeeltelijk) niet overgenomen adviezen.",
    "councils": "Raden van de gemeente.",
    "n_answered": "Aantal adviezen met een reactie.",
    "n_response_days": "Aantal adviezen met een bekend aantal dagen tot reactie.",
    "n_timely_known_28": "Aantal adviezen waarvan tijdigheid bij 28 dagen bekend is.",
    "n_timely_known_56": "Aantal adviezen waarvan tijdigheid bij 56 dagen bekend is.",
    "n_lead_known": "Aantal gevraagde adviezen met bekende aanvraagdatum.",
    "n_with_topics": "Aantal adviezen met ten minste één onderwerp.",
    "n_work_income": "Aantal adviezen over werk en inkomen.",
    "n_care": "Aantal adviezen over Wmo-zorg of Jeugd.",
    "topic_counts": "Aantal adviezen per onderwerp.",
    "topic_shares": "Aandeel van de adviezen per onderwerp.",
    "broad_council": "Brede raad: adviseert ook over Wmo of Jeugd.",
    "council_id": "Vast kenmerk van de raad (naamvarianten zijn één raad).",
    "norm_id": "De norm uit de scan (bijvoorbeeld pw47_a_advice_right, response_term_days).",
    "value": "Wat de bron zegt: true/false, of een aantal dagen of leden.",
    "met": "De wettelijke of scannorm is gehaald; leeg als geen bron het zegt.",
    "source_doc_id": "Document waaruit de waarde komt.",
    "page": "Paginanummer in het document.",
    "snippet": "De zin of tabelrij waaruit de waarde komt.",
    "valid_from": "Datum vanaf wanneer de regel geldt.",
    "path": "Pad van het PDF-bestand (de eerste plek waar het gezien is).",
    "paths": "Alle paden waar dezelfde inhoud gezien is.",
    "doc_type": "Soort document: advies, reactie, jaarverslag, verordening of overig.",
    "doc_type_score": "Zekerheid (0-1) van de documentsoort.",
    "decision_score": "Zekerheid (0-1) van het gelezen besluit (alleen bij een reactie).",
    "doc_date": "Datum van het document zelf.",
    "reference": "Eigen kenmerk van de brief.",
    "n_pages": "Aantal pagina's.",
    "text_source": "Waar de tekst vandaan komt: text (PDF-tekst), ocr (tekstherkenning) of mixed.",
    "status": "ok, failed (niet te lezen) of needs_ocr (scan zonder tekstherkenning).",
    "error": "Reden waarom het bestand niet gelezen kon worden.",
    "mean_ocr_confidence": "Gemiddelde zekerheid van de tekstherkenning (0-100) op OCR-pagina's.",
    "ingested_at": "Moment waarop het bestand is ingelezen.",
    "field": "Welk gegeven de bronzin onderbouwt (bijvoorbeeld decision, doc_date, topic:schulden).",
    "char_start": "Beginpositie van de zin in de paginatekst.",
    "char_end": "Eindpositie van de zin in de paginatekst.",
    **INDICATORS,
}


def export_tables(
    db_path: Path, fmt: str, out: Path, filters: ExportFilters = ExportFilters()
) -> dict[str, int]:
    """Write the tables to ``out`` (an .xlsx file, or a folder of .csv/.parquet); rows per table."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: use xlsx, csv or parquet")
    if not db_path.exists():
        raise StoreError(f"database not found: {db_path} (run 'cp-textmine ingest' first)")
    ensure_scan_views(db_path)
    con = store_db.connect(db_path, read_only=True)
    try:
        selects = _filtered_selects(con, filters)
        if fmt == "xlsx":
            return _write_xlsx(con, selects, out)
        return _copy_files(con, selects, fmt, out)
    finally:
        con.close()


def _filtered_selects(
    con: duckdb.DuckDBPyConnection, filters: ExportFilters
) -> dict[str, tuple[str, list]]:
    """Per table the filtered SELECT and its parameters; tables the database lacks are left out."""
    present = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() UNION ALL "
                                         "SELECT view_name FROM duckdb_views()").fetchall()}  # fmt: skip
    selects: dict[str, tuple[str, list]] = {}
    for table, (sql, year_col, place_col) in QUERIES.items():
        if table not in present:
            continue
        clauses, params = _clauses(filters, year_col, place_col)
        if table == "evidence" and (filters.municipality or filters.year_from or filters.year_to):
            doc_sql, doc_params = selects["documents"]
            clauses.append(f"doc_id IN (SELECT doc_id FROM ({doc_sql}))")
            params += doc_params
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        selects[table] = (f"SELECT * FROM ({sql}){where}", params)
    return selects


def _clauses(filters: ExportFilters, year_col: str | None, place_col: str | None):
    clauses: list[str] = []
    params: list = []
    if filters.municipality and place_col:
        clauses.append(f"lower({place_col}) IN ({', '.join('?' for _ in filters.municipality)})")
        params += [m.lower() for m in filters.municipality]
    if year_col and filters.year_from is not None:
        clauses.append(f"{year_col} >= ?")
        params.append(filters.year_from)
    if year_col and filters.year_to is not None:
        clauses.append(f"{year_col} <= ?")
        params.append(filters.year_to)
    return clauses, params


def _copy_files(con, selects: dict[str, tuple[str, list]], fmt: str, out: Path) -> dict[str, int]:
    """DuckDB's COPY writes each table: CSV with a header and ISO dates, or Parquet."""
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} is a file: --out needs a folder for {fmt} (one file per table)")
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table, (sql, params) in selects.items():
        target = out / f"{table}.{fmt}"
        options = "FORMAT csv, HEADER true" if fmt == "csv" else "FORMAT parquet"
        con.execute(f"COPY ({sql}) TO '{_quote(target)}' ({options})", params)
        counts[table] = con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]
    return counts


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")


def _xlsx_value(value: object) -> object:
    """Excel-friendly cells: ja/nee, lists as text, timestamps without a time zone."""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list | tuple):
        return ", ".join("" if v is None else str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)
    return value


def _write_xlsx(con, selects: dict[str, tuple[str, list]], out: Path) -> dict[str, int]:
    """One sheet per table, then "toelichting": table, column, its meaning."""
    from openpyxl import Workbook  # heavy: only the xlsx export needs it

    if out.is_dir():
        raise ExportError(f"{out} is a folder: --out needs a file name ending in .xlsx")
    book = Workbook(write_only=True)
    counts: dict[str, int] = {}
    explained: list[tuple[str, str]] = []
    for table, (sql, params) in selects.items():
        cursor = con.execute(sql, params)
        columns = [d[0] for d in cursor.description]
        sheet = book.create_sheet(table)
        sheet.append(columns)
        n = 0
        while batch := cursor.fetchmany(1000):
            for row in batch:
                sheet.append([_dated(sheet, _xlsx_value(v)) for v in row])
            n += len(batch)
        counts[table] = n
        explained += [(table, c) for c in columns]
    notes = book.create_sheet("toelichting")
    notes.append(["tabel", "kolom", "betekenis"])
    for table, column in explained:
        notes.append([table, column, COLUMNS_NL.get(column, "")])
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)
    return counts


def _dated(sheet, value: object) -> object:
    """Dates get a date format in Excel (openpyxl's write-only cells need it set per cell)."""
    if not isinstance(value, dt.date):
        return value
    from openpyxl.cell import WriteOnlyCell  # heavy: only the xlsx export needs it

    cell = WriteOnlyCell(sheet, value=value)
    is_time = isinstance(value, dt.datetime)
    cell.number_format = "yyyy-mm-dd hh:mm:ss" if is_time else "yyyy-mm-dd"
    return cell
