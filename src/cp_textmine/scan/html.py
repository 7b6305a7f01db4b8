"""Scan -> one self-contained HTML file: tables, inline SVG charts, explanations, the jaarverslag
cross-check, and for every council-year the advices behind the figures with their evidence
(document, page, sentence), so a reader can check any number against the PDF."""

from __future__ import annotations

import html
from collections import defaultdict
from pathlib import Path

from cp_textmine.scan import checklist
from cp_textmine.scan.charts import CAPTIONS, charts
from cp_textmine.scan.crosscheck import describe
from cp_textmine.scan.explain import GENERAL, INDICATORS
from cp_textmine.scan.indicators import RATE_DENOMINATORS, ScanResult
from cp_textmine.scan.labels import DECISION_NL, STATUS_NL, yes_no
from cp_textmine.scan.render import (
    COLUMNS,
    MUNICIPALITY_COLUMNS,
    TIMING_COLUMNS,
    TOPIC_COLUMNS,
    fmt,
)
from cp_textmine.store import db as store_db

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:1.5rem auto;max-width:1200px;
 padding:0 1rem;color:#222;line-height:1.4}
h1{font-size:1.6rem} h2{margin-top:2rem;border-bottom:1px solid #ddd} h3{font-size:1rem}
nav a{margin-right:.8rem}
.scroll{overflow-x:auto;max-width:100%;border:1px solid #eee}
table{border-collapse:collapse;font-size:.85rem;margin:0} td,th{border:1px solid #ddd;padding:.2rem .45rem}
th{background:#f3f3f3;position:sticky;top:0;text-align:left;vertical-align:bottom}
td.num{text-align:right;white-space:nowrap} td.flag{color:#b26a00} td.alert{background:#fdecea}
small.n{display:block;color:#888;font-size:.7rem}
.muted{color:#666;font-size:.85rem}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,480px),1fr));gap:1rem}
figure{margin:0;border:1px solid #eee;padding:.5rem;min-width:0} figure svg{width:100%;height:auto}
td.who small{display:block;color:#666;font-size:.72rem;max-width:14rem}
figcaption{font-size:.85rem;color:#444}
details{margin:.3rem 0} summary{cursor:pointer}
blockquote{margin:.2rem 0 .2rem 1rem;color:#444;font-size:.82rem}
tr.agrees td:first-child{border-left:4px solid #2e7d32} tr.disagrees td:first-child{border-left:4px solid #f9a825}
tr.no_letter td:first-child{border-left:4px solid #c62828}
td.mark{text-align:center} td.met-True{background:#e8f5e9} td.met-False{background:#fdecea}
dt{font-weight:600;margin-top:.5rem} dd{margin-left:1rem}
"""
LEGEND_HTML = ("<p class='muted'>* berekend over minder dan 5 adviezen · n = aantal adviezen achter "
               "het cijfer · – onbekend</p>")  # fmt: skip
# A link to an advice inside a closed <details> opens the sections around it.
OPEN_TARGET_JS = """<script>
function openTarget() {
  let el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  for (; el; el = el.parentElement) { if (el.tagName === "DETAILS") el.open = true; }
}
window.addEventListener("hashchange", openTarget); openTarget();
</script>"""
TEXT_KEYS = {"municipality", "council", "councils", "topics_covered", "topic_shares"}


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _rows(cursor) -> list[dict]:
    cols = [c[0] for c in cursor.description]
    return [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]


def load_details(db_path: Path, result: ScanResult) -> tuple[list[dict], dict[str, list[dict]]]:
    """Advice outcomes of the scan's rows (charts, drill-down) and evidence per document."""
    con = store_db.connect(db_path, read_only=True)
    try:
        outcomes = _rows(con.execute(
            """SELECT o.*, d.path AS advice_path, r.path AS response_path
               FROM advice_outcomes o JOIN documents d USING (doc_id)
               LEFT JOIN documents r ON r.doc_id = o.response_doc_id
               ORDER BY o.municipality, o.council, o.advice_date"""
        ))  # fmt: skip
        keys = {(r["council"], r["municipality"], r["year"]) for r in result.rows}
        outcomes = [o for o in outcomes if (o["council"], o["municipality"], o["year"]) in keys]
        ids = {o["doc_id"] for o in outcomes} | {o["response_doc_id"] for o in outcomes}
        ids |= {r["report_doc_id"] for r in result.crosscheck.rows}
        ids.discard(None)
        evidence: dict[str, list[dict]] = defaultdict(list)
        if ids:
            rows = _rows(con.execute(
                "SELECT doc_id, field, page, snippet FROM evidence WHERE list_contains(?, doc_id) "
                "ORDER BY doc_id, page NULLS FIRST, char_start NULLS FIRST, field", [sorted(ids)]))  # fmt: skip
            for ev in rows:
                evidence[ev.pop("doc_id")].append(ev)
    finally:
        con.close()
    return outcomes, evidence


def to_html(result: ScanResult, db_path: Path) -> str:
    """The whole report as one string; ``db_path`` supplies the advices and evidence behind it."""
    outcomes, evidence = load_details(db_path, result)
    svgs = charts(outcomes, result.rows)
    parts = [
        "<!doctype html><html lang='nl'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        "<title>Scan cliëntenparticipatie</title>",
        f"<style>{CSS}</style></head><body>",
        "<h1>Scan cliëntenparticipatie</h1>",
        _intro(result),
        "<nav><a href='#indicatoren'>Indicatoren</a><a href='#grafieken'>Grafieken</a>"
        "<a href='#details'>Reactietijd</a><a href='#onderwerpen'>Onderwerpen</a>"
        "<a href='#gemeenten'>Per gemeente</a><a href='#jaarverslag'>Jaarverslag</a><a href='#structuur'>Structuur</a><a href='#adviezen'>Adviezen achter de cijfers</a>"
        "<a href='#uitleg'>Uitleg</a></nav>",
        "<h2 id='indicatoren'>Indicatoren per raad en jaar</h2>",
        _table(result, result.rows, COLUMNS, "indicators", link=True),
        LEGEND_HTML,
        _charts_html(svgs),
        "<h2 id='details'>Reactietijd, normgevoeligheid en voorbereidingstijd</h2>",
        _table(result, result.rows, TIMING_COLUMNS, "timing", link=True),
        "<h2 id='onderwerpen'>Onderwerpen: werk en inkomen tegenover Wmo en Jeugd</h2>",
        _table(result, result.rows, TOPIC_COLUMNS, "topics", link=True),
        "<h2 id='gemeenten'>Per gemeente en jaar (alle raden samen)</h2>",
        _table(result, result.municipality_rows, MUNICIPALITY_COLUMNS, "municipalities"),
        LEGEND_HTML,
        _crosscheck(result, evidence),
        checklist.to_html(result.structure),
        _drilldown(result, outcomes, evidence),
        _explanations(),
        checklist.explanations_html(result.structure),
        OPEN_TARGET_JS,
        "</body></html>",
    ]
    return "\n".join(parts)


def _intro(result: ScanResult) -> str:
    docs = ", ".join(f"{_esc(k)} {v}" for k, v in sorted(result.documents.items()))
    active = {k: v for k, v in result.filters.items() if v not in (None, [], "")}
    filters = (
        "; ".join(
            f"{_esc(k)}: {_esc(', '.join(v) if isinstance(v, list) else v)}"
            for k, v in active.items()
        )
        or "geen"
    )
    return (f"<p class='muted'>Peildatum {_esc(result.reference_date)} · documenten: {docs} · "
            f"filters: {filters}</p>")  # fmt: skip


def _group_id(row: dict) -> str:
    raw = f"{row.get('municipality')}-{row.get('council')}-{row.get('year')}"
    return "groep-" + "".join(c if c.isalnum() else "-" for c in raw.lower())


def _cell(result: ScanResult, row: dict, key: str) -> str:
    text = _esc(fmt(result, row, key))
    if key in TEXT_KEYS:
        return f"<td>{text}</td>"
    classes = ["num"]
    if result.flagged(row, key):
        classes.append("flag")
    if key == "snowed_under" and row.get(key):
        classes.append("alert")
    n_key = RATE_DENOMINATORS.get(key)
    n_html = ""
    if n_key and row.get(key) is not None:
        n_html = f"<small class='n'>n={_esc(row.get(n_key) or 0)}</small>"
    return f"<td class='{' '.join(classes)}'>{text}{n_html}</td>"


def _table(result: ScanResult, rows: list[dict], columns, table_id: str, link: bool = False) -> str:
    """A table in a sideways-scrolling box; with ``link``, the council goes under the municipality
    (one column less) and both link to the advices behind the row."""
    if not rows:
        return "<p class='muted'>Geen gegevens voor deze selectie.</p>"
    if link:
        columns = [(k, "Gemeente / raad" if k == "municipality" else label)
                   for k, label in columns if k != "council"]  # fmt: skip
    head = "".join(
        f"<th title='{_esc(INDICATORS.get(k, ''))}'>{_esc(label)}</th>" for k, label in columns
    )
    body = []
    for row in rows:
        cells = [_cell(result, row, k) for k, _ in columns]
        if link:
            cells[0] = (f"<td class='who'><a href='#{_group_id(row)}'>{_esc(row.get('municipality') or '–')}"
                        f"</a><small>{_esc(row.get('council') or '')}</small></td>")  # fmt: skip
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (f"<div class='scroll'><table id='{table_id}'><thead><tr>{head}</tr></thead><tbody>"
            + "".join(body) + "</tbody></table></div>")  # fmt: skip


def _charts_html(svgs: dict[str, str]) -> str:
    parts = ["<h2 id='grafieken'>Grafieken</h2><div class='charts'>"]
    for key, caption in CAPTIONS.items():
        body = svgs.get(key, "<p class='muted'>Geen gegevens voor deze grafiek.</p>")
        parts.append(
            f"<figure id='chart-{key}'>{body}<figcaption>{_esc(caption)}</figcaption></figure>"
        )
    parts.append("</div>")
    return "\n".join(parts)


def _crosscheck(result: ScanResult, evidence: dict[str, list[dict]]) -> str:
    check = result.crosscheck
    parts = ["<h2 id='jaarverslag'>Jaarverslag tegenover de brieven</h2>"]
    if not check.reports:
        return (
            parts[0]
            + "<p class='muted'>Geen jaarverslag met een overzicht van adviezen gevonden.</p>"
        )
    parts.append("<p class='muted'>Per rij van het adviezenoverzicht in het jaarverslag: de gevonden "
                 "brief, en wat de twee bronnen verschillend zeggen.</p>")  # fmt: skip
    head = ("<tr><th>Gemeente</th><th>Jaar</th><th>Jaarverslag: datum</th><th>Onderwerp</th>"
            "<th>Gevraagd</th><th>Reactie</th><th>Overgenomen</th><th>Brief</th><th>Uitkomst</th></tr>")  # fmt: skip
    body = []
    for r in check.rows:
        letter = (f"<a href='#advies-{_esc(r['advice_doc_id'])}'>{_esc(r['letter_date'])}</a> "
                  f"({_esc(r['match_method'])})" if r["advice_doc_id"] else "–")  # fmt: skip
        body.append(
            f"<tr class='{_esc(r['status'])}'><td>{_esc(r['municipality'])}</td><td>{_esc(r['year'])}</td>"
            f"<td>{_esc(r['listed_date'] or '–')}</td><td>{_esc(r['listed_subject'])}</td>"
            f"<td>{yes_no(r['listed_requested'])}</td><td>{yes_no(r['listed_answered'])}</td>"
            f"<td>{_esc(r['listed_adopted'] or '–')}</td><td>{letter}</td>"
            f"<td><b>{_esc(STATUS_NL[r['status']])}</b><br><span class='muted'>{_esc(describe(r))}</span></td></tr>"
        )
    parts.append(
        f"<div class='scroll'><table id='crosscheck'><thead>{head}</thead><tbody>{''.join(body)}</tbody></table></div>"
    )
    if check.unlisted:
        items = "".join(f"<li><a href='#advies-{_esc(u['advice_doc_id'])}'>{_esc(u['advice_date'])}</a> "
                        f"{_esc(u['municipality'])}: {_esc(u['subject'])}</li>" for u in check.unlisted)  # fmt: skip
        parts.append(f"<h3>Adviesbrieven die het jaarverslag niet noemt</h3><ul>{items}</ul>")
    for report_id in dict.fromkeys(r["report_doc_id"] for r in check.rows):
        parts.append(f"<details><summary>Bron: jaarverslag {_esc(report_id)}</summary>"
                     f"{_evidence(evidence.get(report_id, []))}</details>")  # fmt: skip
    return "\n".join(parts)


ADVICE_HEAD = ("<tr><th>Datum</th><th>Onderwerp</th><th>Gevraagd</th><th>Voorbereiding (d)</th>"
               "<th>Reactie</th><th>Dagen / termijn</th><th>Tijdig</th><th>Besluit</th>"
               "<th>Gemotiveerd</th><th>Onderwerpen</th></tr>")  # fmt: skip


def _drilldown(result: ScanResult, outcomes: list[dict], evidence: dict[str, list[dict]]) -> str:
    parts = ["<h2 id='adviezen'>Adviezen achter de cijfers</h2>",
             "<p class='muted'>Per raad en jaar de adviezen waarover de cijfers gaan; elke kolom hoort "
             "bij een indicator. Open een advies voor de bronzinnen (document, pagina, zin).</p>"]  # fmt: skip
    for row in result.rows:
        key = (row["council"], row["municipality"], row["year"])
        items = [o for o in outcomes if (o["council"], o["municipality"], o["year"]) == key]
        parts.append(
            f"<details class='group' id='{_group_id(row)}'><summary>{_esc(row['municipality'])} · "
            f"{_esc(row['council'])} · {_esc(row['year'])} ({len(items)} adviezen)</summary>"
            f"<div class='scroll'><table class='advices'><thead>{ADVICE_HEAD}</thead><tbody>"
        )
        parts += [_advice_row(o) for o in items]
        parts.append("</tbody></table></div>")
        parts += [_advice_evidence(o, evidence) for o in items]
        parts.append("</details>")
    return "\n".join(parts)


def _advice_row(o: dict) -> str:
    days = "–" if o["response_days"] is None else f"{o['response_days']} / {o['norm_days']}"
    cells = [o["advice_date"], o["subject"], yes_no(o["requested"]),
             "–" if o["lead_days"] is None else o["lead_days"], o["response_date"] or "geen",
             days, yes_no(o["timely"]), DECISION_NL.get(o["decision"], "–"),
             yes_no(o["motivated"]) if o["decision"] in ("not_adopted", "partially_adopted") else "",
             ", ".join(o["topics"] or [])]  # fmt: skip
    return "<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in cells) + "</tr>"


def _advice_evidence(o: dict, evidence: dict[str, list[dict]]) -> str:
    decision = DECISION_NL.get(o["decision"], "geen reactie gevonden")
    parts = [f"<details class='advice' id='advies-{_esc(o['doc_id'])}'><summary>Bronnen: "
             f"{_esc(o['advice_date'])} — {_esc(o['subject'])}: <b>{_esc(decision)}</b></summary>",
             f"<p class='muted'>advies: {_esc(o['advice_path'])}"]  # fmt: skip
    if o["response_path"]:
        parts.append(f"<br>reactie: {_esc(o['response_path'])}")
    parts.append("</p>")
    parts.append(_evidence(evidence.get(o["doc_id"], []), "advies"))
    if o["response_doc_id"]:
        parts.append(_evidence(evidence.get(o["response_doc_id"], []), "reactie"))
    parts.append("</details>")
    return "".join(parts)


def _evidence(items: list[dict], label: str = "") -> str:
    prefix = f"{_esc(label)}: " if label else ""
    return (
        "".join(
            f"<blockquote>{prefix}<b>{_esc(ev['field'])}</b> (p. {_esc(ev['page'] or '–')}): "
            f"{_esc(ev['snippet'])}</blockquote>"
            for ev in items[:20]
        )
        or "<p class='muted'>Geen bronzinnen opgeslagen.</p>"
    )


def _explanations() -> str:
    labels = dict(COLUMNS + TIMING_COLUMNS + TOPIC_COLUMNS)
    items = "".join(
        f"<dt>{_esc(labels.get(k, k))} <code>{_esc(k)}</code></dt><dd>{_esc(v)}</dd>"
        for k, v in INDICATORS.items()
    )
    general = "".join(f"<p>{_esc(p)}</p>" for p in GENERAL)
    return f"<h2 id='uitleg'>Wat betekenen de indicatoren?</h2>{general}<dl>{items}</dl>"
