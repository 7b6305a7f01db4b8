"""Scan -> one self-contained HTML file: tables, inline SVG charts, explanations, and for every
council-year the advices behind the figures with their evidence (document, page, sentence)."""

from __future__ import annotations

import html
import io
from collections import defaultdict
from pathlib import Path

from ..store import db as store_db
from .explain import INDICATORS
from .indicators import ScanResult
from .render import COLUMNS, fmt

DECISION_NL = {"adopted": "overgenomen", "partially_adopted": "deels", "not_adopted": "niet overgenomen",
               "noted": "kennisname"}  # fmt: skip
DECISION_COLOURS = {"adopted": "#2e7d32", "partially_adopted": "#f9a825", "not_adopted": "#c62828",
                    "noted": "#78909c"}  # fmt: skip
CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:1100px;color:#222}
h1{font-size:1.6rem} h2{margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;font-size:.9rem;margin:.5rem 0} td,th{border:1px solid #ddd;padding:.25rem .5rem}
th{background:#f3f3f3} td.num{text-align:right} .flag{color:#b26a00} .muted{color:#777}
.charts{display:grid;grid-template-columns:1fr 1fr;gap:1rem} figure{margin:0} figcaption{font-size:.85rem}
details{margin:.3rem 0} summary{cursor:pointer} blockquote{margin:.2rem 0 .2rem 1rem;color:#444;font-size:.85rem}
"""


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value))


def load_details(db_path: Path, result: ScanResult) -> tuple[list[dict], dict[str, list[dict]]]:
    """Advice outcomes (for charts and drill-down) and evidence per document."""
    con = store_db.connect(db_path, read_only=True)
    try:
        cursor = con.execute(
            """SELECT o.*, d.path AS advice_path, r.path AS response_path
               FROM advice_outcomes o JOIN documents d USING (doc_id)
               LEFT JOIN documents r ON r.doc_id = o.response_doc_id
               ORDER BY o.municipality, o.council, o.advice_date"""
        )
        cols = [c[0] for c in cursor.description]
        outcomes = [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]
        keys = {(r["council"], r["municipality"], r["year"]) for r in result.rows}
        outcomes = [o for o in outcomes if (o["council"], o["municipality"], o["year"]) in keys]
        ids = [o["doc_id"] for o in outcomes] + [
            o["response_doc_id"] for o in outcomes if o["response_doc_id"]
        ]
        evidence: dict[str, list[dict]] = defaultdict(list)
        if ids:
            placeholders = ", ".join("?" for _ in ids)
            for doc_id, field, page, snippet in con.execute(
                f"SELECT doc_id, field, page, snippet FROM evidence WHERE doc_id IN ({placeholders}) "
                "ORDER BY doc_id, field, page",
                ids,
            ).fetchall():
                evidence[doc_id].append({"field": field, "page": page, "snippet": snippet})
    finally:
        con.close()
    return outcomes, evidence


def _svg(fig) -> str:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    text = buffer.getvalue()
    return text[text.index("<svg") :]


def charts(outcomes: list[dict], result: ScanResult) -> dict[str, str]:
    """Four inline SVG charts; a chart without data says so instead of drawing nothing."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out = {}
    # 1. decisions by topic
    by_topic: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for o in outcomes:
        for topic in o["topics"] or ["(geen onderwerp)"]:
            if o["decision"]:
                by_topic[topic][o["decision"]] += 1
    if by_topic:
        fig, ax = plt.subplots(figsize=(5.5, 3.2))
        topics = sorted(by_topic)
        left = [0] * len(topics)
        for decision, colour in DECISION_COLOURS.items():
            values = [by_topic[t][decision] for t in topics]
            ax.barh(topics, values, left=left, color=colour, label=DECISION_NL[decision])
            left = [a + b for a, b in zip(left, values, strict=True)]
        ax.set_xlabel("adviezen met reactie")
        ax.legend(fontsize=7, loc="lower right")
        out["adoption_by_topic"] = _svg(fig)
    # 2. response days against the norm
    answered = [o for o in outcomes if o["response_days"] is not None]
    if answered:
        fig, ax = plt.subplots(figsize=(5.5, 3.2))
        labels = [f"{(o['subject'] or o['doc_id'])[:28]}" for o in answered]
        colours = ["#2e7d32" if o["timely"] else "#c62828" for o in answered]
        ax.barh(range(len(answered)), [o["response_days"] for o in answered], color=colours)
        for i, o in enumerate(answered):
            ax.plot(
                [o["norm_days"], o["norm_days"]], [i - 0.4, i + 0.4], color="black", linewidth=1
            )
        ax.set_yticks(range(len(answered)), labels, fontsize=6)
        ax.set_xlabel("dagen tot reactie (zwarte streep = termijn)")
        out["response_days"] = _svg(fig)
    # 3. trend over years
    years = sorted({r["year"] for r in result.rows if r["year"] is not None})
    if years:
        fig, ax = plt.subplots(figsize=(5.5, 3.2))
        counts = [sum(r["n_advices"] for r in result.rows if r["year"] == y) for y in years]
        ax.bar([str(y) for y in years], counts, color="#1565c0")
        ax.set_ylabel("adviezen")
        out["trend"] = _svg(fig)
    # 4. municipalities compared
    by_place: dict[str, list[dict]] = defaultdict(list)
    for o in outcomes:
        by_place[o["municipality"] or "(onbekend)"].append(o)
    if by_place:
        fig, ax = plt.subplots(figsize=(5.5, 3.2))
        places = sorted(by_place)
        metrics = {
            "beantwoord": lambda os: sum(o["answered"] for o in os) / len(os),
            "tijdig": lambda os: _mean([o["timely"] for o in os if o["timely"] is not None]),
            "overgenomen": lambda os: _mean(
                [o["decision"] == "adopted" for o in os if o["decision"]]
            ),
        }
        width = 0.25
        for k, (name, fn) in enumerate(metrics.items()):
            ax.bar([i + k * width for i in range(len(places))], [100 * (fn(by_place[p]) or 0) for p in places],
                   width=width, label=name)  # fmt: skip
        ax.set_xticks([i + width for i in range(len(places))], places, fontsize=7)
        ax.set_ylabel("%")
        ax.legend(fontsize=7)
        out["municipalities"] = _svg(fig)
    return out


def _mean(values: list) -> float | None:
    return sum(values) / len(values) if values else None


def to_html(result: ScanResult, db_path: Path) -> str:
    outcomes, evidence = load_details(db_path, result)
    svgs = charts(outcomes, result)
    parts = [
        "<!doctype html><html lang='nl'><head><meta charset='utf-8'>",
        "<title>Scan cliëntenparticipatie</title>",
        f"<style>{CSS}</style></head><body>",
        "<h1>Scan cliëntenparticipatie</h1>",
        f"<p class='muted'>Peildatum {_esc(result.reference_date)} · documenten: "
        + ", ".join(f"{_esc(k)} {v}" for k, v in sorted(result.documents.items()))
        + "</p>",
        _indicator_table(result),
        "<h2>Grafieken</h2><div class='charts'>",
    ]
    captions = {
        "adoption_by_topic": "Besluiten van het college per onderwerp",
        "response_days": "Reactietijd per advies tegen de termijn",
        "trend": "Aantal adviezen per jaar",
        "municipalities": "Gemeenten vergeleken",
    }
    for key, caption in captions.items():
        body = svgs.get(key, "<p class='muted'>Geen gegevens voor deze grafiek.</p>")
        parts.append(f"<figure id='chart-{key}'>{body}<figcaption>{caption}</figcaption></figure>")
    parts.append("</div>")
    parts.append(_drilldown(result, outcomes, evidence))
    parts.append(_explanations())
    parts.append("</body></html>")
    return "\n".join(parts)


def _indicator_table(result: ScanResult) -> str:
    head = "".join(
        f"<th title='{_esc(INDICATORS.get(k, ''))}'>{_esc(label)}</th>" for k, label in COLUMNS
    )
    rows = []
    for row in result.rows:
        cells = []
        for key, _ in COLUMNS:
            text = _esc(fmt(result, row, key))
            cls = "num flag" if result.flagged(row, key) else "num"
            cells.append(
                f"<td class='{cls}'>{text}</td>"
                if key not in {"municipality", "council"}
                else f"<td>{text}</td>"
            )
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (
        "<h2>Indicatoren per raad en jaar</h2><table id='indicators'><tr>" + head + "</tr>" + "".join(rows)
        + "</table><p class='muted'>* berekend over minder dan 5 adviezen · – onbekend</p>"
    )  # fmt: skip


def _drilldown(result: ScanResult, outcomes: list[dict], evidence: dict[str, list[dict]]) -> str:
    parts = ["<h2>Adviezen achter de cijfers</h2>"]
    for row in result.rows:
        key = (row["council"], row["municipality"], row["year"])
        items = [o for o in outcomes if (o["council"], o["municipality"], o["year"]) == key]
        parts.append(
            f"<details class='group'><summary>{_esc(row['municipality'])} · {_esc(row['council'])} · "
            f"{_esc(row['year'])} ({len(items)} adviezen)</summary>"
        )
        for o in items:
            decision = DECISION_NL.get(o["decision"], "geen reactie gevonden")
            days = (
                ""
                if o["response_days"] is None
                else f", {o['response_days']} dagen (termijn {o['norm_days']})"
            )
            parts.append(
                f"<details class='advice'><summary>{_esc(o['advice_date'])} — {_esc(o['subject'])}: "
                f"<b>{_esc(decision)}</b>{_esc(days)}</summary>"
                f"<p class='muted'>advies: {_esc(o['advice_path'])}"
                + (f"<br>reactie: {_esc(o['response_path'])}" if o["response_path"] else "")
                + "</p>"
            )
            for doc_id in [o["doc_id"], o["response_doc_id"]]:
                for ev in evidence.get(doc_id or "", [])[:12]:
                    parts.append(
                        f"<blockquote><b>{_esc(ev['field'])}</b> (p. {_esc(ev['page'])}): "
                        f"{_esc(ev['snippet'])}</blockquote>"
                    )
            parts.append("</details>")
        parts.append("</details>")
    return "\n".join(parts)


def _explanations() -> str:
    items = "".join(
        f"<dt><code>{_esc(k)}</code></dt><dd>{_esc(v)}</dd>" for k, v in INDICATORS.items()
    )
    return f"<h2>Wat betekenen de indicatoren?</h2><dl>{items}</dl>"
