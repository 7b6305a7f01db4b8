"""One document's extracted values with their evidence, for checking a figure against the PDF.

``load_document`` gathers everything the store knows about one document (by id, unique id prefix
or file path); ``render_document`` turns it into rich tables for ``cp-textmine show``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb
from rich import box
from rich.console import Group
from rich.table import Table

from cp_textmine.errors import CpTextmineError
from cp_textmine.pdf.discover import sha256_file
from cp_textmine.scan.indicators import ensure_scan_views
from cp_textmine.scan.labels import DECISION_NL, POINT_BASIS_NL, STATUS_NL
from cp_textmine.store import db as store_db

FACT_TABLES = {  # doc_type -> (title, table or view keyed by doc_id)
    "advies": [("Advies", "advices"), ("Uitkomst (advice_outcomes)", "advice_outcomes")],
    "reactie": [("Reactie", "responses")],
    "verordening": [("Verordening", "regulations")],
    "jaarverslag": [("Jaarverslag", "annual_reports")],
}
SNIPPET_WIDTH = 220


class DocumentNotFound(CpTextmineError):
    """No document (or more than one) matches what the user typed."""


@dataclass(frozen=True)
class DocumentView:
    """Everything stored about one document, ready to print."""

    document: dict
    paths: list[str] = field(default_factory=list)
    facts: list[tuple[str, dict]] = field(default_factory=list)
    topics: list[dict] = field(default_factory=list)
    points: list[dict] = field(default_factory=list)
    listed: list[dict] = field(default_factory=list)
    links: list[dict] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)


def _dicts(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> list[dict]:
    cursor = con.execute(sql, params)
    cols = [c[0] for c in cursor.description]
    return [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]


def resolve_doc_id(con: duckdb.DuckDBPyConnection, ref: str) -> str:
    """A doc_id from an exact id, a unique prefix of one, or a path (by content, else by name)."""
    ref = ref.strip()
    if not ref:
        raise DocumentNotFound("no document given")
    if con.execute("SELECT 1 FROM documents WHERE doc_id = ?", [ref]).fetchone():
        return ref
    path = Path(ref).expanduser()
    if path.is_file():
        return _by_path(con, path)
    ids = [r[0] for r in con.execute(
        "SELECT doc_id FROM documents WHERE starts_with(doc_id, ?) ORDER BY doc_id LIMIT 6", [ref.lower()]
    ).fetchall()]  # fmt: skip
    if len(ids) == 1:
        return ids[0]
    if len(ids) > 1:
        shown = ", ".join(ids[:5]) + (", …" if len(ids) > 5 else "")
        raise DocumentNotFound(f"'{ref}' matches several documents ({shown}); type more of the id")
    return _by_path_name(con, ref)


def _by_path(con: duckdb.DuckDBPyConnection, path: Path) -> str:

    row = con.execute(
        "SELECT doc_id FROM documents WHERE sha256 = ?", [sha256_file(path)]
    ).fetchone()
    if row:
        return row[0]
    raise DocumentNotFound(f"{path} is not in the database (run 'cp-textmine ingest {path}')")


def _by_path_name(con: duckdb.DuckDBPyConnection, ref: str) -> str:
    """A path that no longer exists on disk: look it up among the paths seen at ingest."""
    ids = sorted({r[0] for r in con.execute(
        "SELECT doc_id FROM document_paths WHERE path = ? OR ends_with(path, ?)",
        [ref, "/" + ref.lstrip("/")]).fetchall()})  # fmt: skip
    if len(ids) == 1:
        return ids[0]
    if len(ids) > 1:
        raise DocumentNotFound(f"'{ref}' matches several documents ({', '.join(ids[:5])})")
    raise DocumentNotFound(f"no document with id, id prefix or path '{ref}'")


def load_document(db_path: Path, ref: str) -> DocumentView:
    """Read one document and everything extracted from it."""
    ensure_scan_views(db_path)
    con = store_db.connect(db_path, read_only=True)
    try:
        doc_id = resolve_doc_id(con, ref)

        def one(sql: str) -> list[dict]:
            return _dicts(con, sql, [doc_id])

        document = one("SELECT * FROM documents WHERE doc_id = ?")[0]
        facts = [(title, rows[0]) for title, table in FACT_TABLES.get(document["doc_type"], [])
                 if (rows := one(f"SELECT * EXCLUDE (doc_id) FROM {table} WHERE doc_id = ?"))]  # fmt: skip
        return DocumentView(
            document=document,
            paths=[r["path"] for r in one("SELECT path FROM document_paths WHERE doc_id = ? ORDER BY first_seen, path")],
            facts=facts,
            topics=one("SELECT topic, score FROM advice_topics WHERE doc_id = ? ORDER BY score DESC, topic"),
            points=one("SELECT point, decision, snippet, basis FROM response_points WHERE doc_id = ? ORDER BY point"),
            listed=_listed(con, doc_id),
            links=_links(con, doc_id),
            evidence=one("SELECT field, page, snippet, char_start, char_end FROM evidence WHERE doc_id = ? "
                         "ORDER BY page NULLS FIRST, char_start NULLS FIRST, field"),
        )  # fmt: skip
    finally:
        con.close()


def _listed(con: duckdb.DuckDBPyConnection, doc_id: str) -> list[dict]:
    """A jaarverslag's advice table with the letter each row matched (annual_report_crosscheck)."""
    return _dicts(con, """SELECT row_no, listed_date, listed_subject, listed_requested, listed_answered,
                                 listed_adopted, advice_doc_id, status, disagreements
                          FROM annual_report_crosscheck WHERE report_doc_id = ? ORDER BY row_no""", [doc_id])  # fmt: skip


def _links(con: duckdb.DuckDBPyConnection, doc_id: str) -> list[dict]:
    """Documents linked to this one: its advice or responses, and jaarverslag rows naming it."""
    return _dicts(con, """
        SELECT 'reactie op dit advies' AS role, r.doc_id, r.response_date AS date, d.subject,
               r.decision, r.link_method AS how, r.link_confidence AS confidence
        FROM responses r JOIN documents d USING (doc_id) WHERE r.advice_doc_id = $1
        UNION ALL
        SELECT 'beantwoord advies', a.doc_id, a.advice_date, a.subject, NULL, r.link_method, r.link_confidence
        FROM responses r JOIN advices a ON a.doc_id = r.advice_doc_id WHERE r.doc_id = $1
        UNION ALL
        SELECT 'genoemd in jaarverslag', c.report_doc_id, c.listed_date, c.listed_subject, NULL,
               c.match_method, NULL
        FROM annual_report_crosscheck c WHERE c.advice_doc_id = $1
        ORDER BY 1, 3""", [doc_id])  # fmt: skip


def _value(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "–"
    return str(value)


def _short(text: object, width: int = SNIPPET_WIDTH) -> str:
    flat = " ".join(str(text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def render_document(view: DocumentView):
    """Rich tables: document, facts per type, topics, per-point decisions, links, evidence."""

    doc = view.document
    parts = [_pairs(f"Document {doc['doc_id']} ({doc['doc_type'] or doc['status']})",
                    {**doc, "paths": view.paths})]  # fmt: skip
    parts += [_pairs(title, row) for title, row in view.facts]
    if view.topics:
        parts.append(_table("Onderwerpen", ["onderwerp", "score"],
                            [[t["topic"], f"{t['score']:.2f}"] for t in view.topics]))  # fmt: skip
    if view.points:
        parts.append(_table("Reactie per adviespunt", ["punt", "besluit", "grond", "tekst"],
                            [[p["point"], DECISION_NL.get(p["decision"], _value(p["decision"])),
                              POINT_BASIS_NL.get(p["basis"], _value(p["basis"])), _short(p["snippet"])]
                             for p in view.points]))  # fmt: skip
    if view.listed:
        parts.append(_table("Adviezen in dit jaarverslag", ["rij", "datum", "onderwerp", "gevraagd",
                            "reactie", "overgenomen", "brief", "uitkomst"],
                            [[r["row_no"], _value(r["listed_date"]), _short(r["listed_subject"], 60),
                              _value(r["listed_requested"]), _value(r["listed_answered"]),
                              _value(r["listed_adopted"]), _value(r["advice_doc_id"]),
                              STATUS_NL[r["status"]] + (f" ({_value(r['disagreements'])})" if r["disagreements"] else "")]
                             for r in view.listed]))  # fmt: skip
    if view.links:
        parts.append(_table("Gekoppelde documenten", ["rol", "doc_id", "datum", "onderwerp", "besluit", "koppeling"],
                            [[ln["role"], ln["doc_id"], _value(ln["date"]), _short(ln["subject"], 60),
                              DECISION_NL.get(ln["decision"], "–"), _value(ln["how"])] for ln in view.links]))  # fmt: skip
    parts.append(_table("Bronnen (evidence)", ["veld", "pagina", "zin of tabelrij"],
                        [[e["field"], _value(e["page"]), _short(e["snippet"])] for e in view.evidence]
                        or [["–", "–", "geen bronzinnen opgeslagen"]]))  # fmt: skip
    return Group(*parts)


def _pairs(title: str, row: dict):
    return _table(title, ["veld", "waarde"], [[k, _value(v)] for k, v in row.items()])


def _table(title: str, columns: list[str], rows: list[list]):

    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_lines=False)
    for i, name in enumerate(columns):
        table.add_column(name, overflow="fold", ratio=3 if i == len(columns) - 1 else None)
    for row in rows:
        table.add_row(*[str(c) for c in row])
    return table
