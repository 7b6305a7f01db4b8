"""The structure checklist: per council, which norms of the scan its verordening and jaarverslag meet.

``checklist_rows`` is the one query (also for the per-municipality report); the renderers
below turn its rows into a matrix (municipalities x norms, ✓ / ✗ / ?) for HTML, markdown,
JSON and the terminal. Every ✓ and ✗ links to its evidence (document, page, sentence).
"""

from __future__ import annotations

import html

import duckdb

#: Norms in checklist order (rows of scan_norms not listed here come after, alphabetically).
NORM_ORDER = (
    "pw47_a_advice_right", "pw47_b_support", "pw47_c_consultation", "pw47_d_agenda_right",
    "pw47_e_information", "dispute_procedure", "response_term_days", "advice_term_days",
    "motivation_required", "annual_report_required", "work_plan_required", "budget",
    "evaluation_clause", "annual_report_published", "work_plan_present", "achterban_activities",
    "meetings_with_college", "vacancies",
)  # fmt: skip
#: Short Dutch column heads for the matrix.
SHORT_NL = {
    "pw47_a_advice_right": "a. (on)gevraagd advies", "pw47_b_support": "b. ondersteuning",
    "pw47_c_consultation": "c. periodiek overleg", "pw47_d_agenda_right": "d. agenderen",
    "pw47_e_information": "e. informatie", "dispute_procedure": "geschillen",
    "response_term_days": "antwoordtermijn", "advice_term_days": "adviestermijn",
    "motivation_required": "motiveringsplicht", "annual_report_required": "jaarverslag verplicht",
    "work_plan_required": "werkplan verplicht", "budget": "budget", "evaluation_clause": "evaluatie",
    "annual_report_published": "jaarverslag uitgebracht", "work_plan_present": "werkplan",
    "achterban_activities": "achterban", "meetings_with_college": "overleg wethouder",
    "vacancies": "geen vacatures",
}  # fmt: skip
MARKS = {True: "✓", False: "✗", None: "?"}


def checklist_rows(con: duckdb.DuckDBPyConnection, municipality: str | None = None) -> list[dict]:
    """council_structure rows with the norm's description and source, and a ✓/✗/? mark."""
    sql = """SELECT c.*, n.source AS norm_source, n.description
             FROM council_structure c JOIN scan_norms n ON n.id = c.norm_id
             WHERE (? IS NULL OR lower(c.municipality) = lower(?))
             ORDER BY c.municipality, c.council_id NULLS LAST, c.norm_id"""
    cursor = con.execute(sql, [municipality, municipality])
    columns = [d[0] for d in cursor.description]
    rows = [dict(zip(columns, r, strict=True)) for r in cursor.fetchall()]
    for row in rows:
        row["mark"] = MARKS[row["met"]]
        row["anchor"] = evidence_anchor(row)
    return rows


def evidence_anchor(row: dict) -> str:
    """The id of a cell's evidence in the HTML report (stable: municipality, norm, document)."""
    place = "".join(ch if ch.isalnum() else "-" for ch in (row["municipality"] or "x").lower())
    return f"ev-{place}-{row['norm_id']}-{row['source_doc_id'] or 'none'}"


def norms_in(rows: list[dict]) -> list[str]:
    """The norms present, in checklist order."""
    present = {r["norm_id"] for r in rows if r["norm_id"] in SHORT_NL or r["met"] is not None}
    ordered = [n for n in NORM_ORDER if n in present]
    return ordered + sorted(present - set(ordered))


def by_municipality(rows: list[dict]) -> dict[str, dict[str, dict]]:
    """municipality -> norm -> row (a verordening norm and a jaarverslag norm never share an id)."""
    out: dict[str, dict[str, dict]] = {}
    for row in rows:
        out.setdefault(row["municipality"], {}).setdefault(row["norm_id"], row)
    return out


def counts(rows: list[dict]) -> list[dict]:
    """Per municipality: norms met, not met, unknown (only norms with a judgement: ✓/✗/?)."""
    out = []
    for place, cells in by_municipality(rows).items():
        judged = [cells[n] for n in norms_in(rows) if n in cells]
        out.append({
            "municipality": place,
            "n_met": sum(1 for r in judged if r["met"] is True),
            "n_not_met": sum(1 for r in judged if r["met"] is False),
            "n_unknown": sum(1 for r in judged if r["met"] is None),
        })  # fmt: skip
    return out


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value))


def to_html(rows: list[dict]) -> str:
    """The matrix and, below it, the evidence each ✓/✗ links to; Dutch explanations per norm."""
    if not rows:
        return ("<h2 id='structuur'>Structuur: voldoet de participatie aan de normen?</h2>"
                "<p class='muted'>Geen verordening of jaarverslag gevonden.</p>")  # fmt: skip
    norms = norms_in(rows)
    matrix = by_municipality(rows)
    head = "<th>Gemeente</th>" + "".join(
        f"<th title='{_esc(n)}'>{_esc(SHORT_NL.get(n, n))}</th>" for n in norms
    )
    body = []
    for place, cells in matrix.items():
        tds = [f"<td>{_esc(place)}</td>"]
        for norm in norms:
            row = cells.get(norm)
            if row is None:
                tds.append("<td class='mark' title='geen bron'>–</td>")
                continue
            value = (
                ""
                if row["value"] in (None, "true", "false")
                else f" <small>{_esc(row['value'])}</small>"
            )
            link = (
                row["mark"]
                if row["met"] is None
                else f"<a href='#{row['anchor']}'>{row['mark']}</a>"
            )
            tds.append(f"<td class='mark met-{row['met']}'>{link}{value}</td>")
        body.append(f"<tr>{''.join(tds)}</tr>")
    evidence = "".join(
        f"<li id='{_esc(r['anchor'])}'><b>{_esc(r['municipality'])} · {_esc(SHORT_NL.get(r['norm_id'], r['norm_id']))}"
        f"</b> = {_esc(r['value'])} ({_esc(r['source_type'])} {_esc(r['source_doc_id'])}, p. {_esc(r['page'] or '–')}"
        f"{', geldig vanaf ' + _esc(r['valid_from']) if r['valid_from'] else ''}"
        f"{', jaar ' + _esc(r['year']) if r['year'] else ''}): "
        f"<q>{_esc(r['snippet'] or 'niet genoemd in de hele tekst')}</q></li>"
        for r in rows
        if r["met"] is not None
    )
    return (
        "<h2 id='structuur'>Structuur: voldoet de participatie aan de normen?</h2>"
        "<p class='muted'>✓ voldaan · ✗ niet voldaan (of niet geregeld in de hele tekst) · ? onbekend "
        "(tekst onvolledig of niet genoemd) · – geen bron. Klik op een teken voor de bronzin.</p>"
        f"<div class='scroll'><table id='checklist'><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table></div>"
        f"<details><summary>Bronzinnen bij de checklist</summary><ul id='checklist-evidence'>{evidence}</ul></details>"
    )


def explanations_html(rows: list[dict]) -> str:
    """Dutch explanation of every norm with its law article or scan practice (for 'Uitleg')."""
    seen: dict[str, dict] = {}
    for r in rows:
        seen.setdefault(r["norm_id"], r)
    items = "".join(
        f"<dt>{_esc(SHORT_NL.get(n, n))} <code>{_esc(n)}</code></dt>"
        f"<dd>{_esc(seen[n]['description'])} <i>Bron: {_esc(seen[n]['norm_source'])}.</i></dd>"
        for n in norms_in(rows)
    )
    return f"<h3>De normen van de structuur-checklist</h3><dl>{items}</dl>" if items else ""


def to_markdown(rows: list[dict]) -> list[str]:
    """The matrix as a markdown table; each mark is followed by its evidence page."""
    if not rows:
        return []
    norms = norms_in(rows)
    lines = ["## Structuur: checklist per gemeente", "",
             "| Gemeente | " + " | ".join(SHORT_NL.get(n, n) for n in norms) + " |",
             "|---" * (len(norms) + 1) + "|"]  # fmt: skip
    for place, cells in by_municipality(rows).items():
        marks = []
        for norm in norms:
            row = cells.get(norm)
            marks.append("–" if row is None else f"{row['mark']} (p. {row['page'] or '–'})")
        lines.append(f"| {place} | " + " | ".join(marks) + " |")
    lines += ["", "Bronzinnen:", ""]
    lines += [
        f'- {r["municipality"]} · {r["norm_id"]} = {r["value"]}: "{r["snippet"]}" (p. {r["page"]})'
        for r in rows
        if r["met"] is not None and r["snippet"]
    ]
    return lines


JSON_KEYS = ("municipality", "council_id", "norm_id", "value", "met", "source_doc_id", "page",
             "snippet", "valid_from", "year", "source_type")  # fmt: skip


def to_json_rows(rows: list[dict]) -> list[dict]:
    return [{k: r.get(k) for k in JSON_KEYS} for r in rows]
