"""The per-municipality report as print-ready HTML (A4, page numbers, Dutch, nothing interactive).

Made to be printed to PDF by Chromium (``scan/printpdf.py``): CSS paged media sets the A4 page,
the page numbers in the footer ("pagina 3 van 9") and the page breaks; every link points inside
the document (an advice's row links to its evidence sentences in the appendix).
"""

from __future__ import annotations

import html
import io
from datetime import date

from cp_textmine.scan.explain import INDICATORS
from cp_textmine.scan.intervals import Interval
from cp_textmine.scan.labels import DECISION_NL, yes_no
from cp_textmine.scan.municipality import (
    ADJUSTABLE,
    KEY_RATES,
    LOW_OCR_CONFIDENCE,
    LOW_TYPE_SCORE,
    MunicipalityReport,
)

#: The section headings, in order: the tests look for each in the page and in the PDF's text.
SECTIONS = {
    "kerncijfers": "Kerncijfers per jaar",
    "trends": "Trends",
    "structuur": "Structuur: de checklist",
    "adviezen": "Alle adviezen",
    "controleren": "Te controleren",
    "methode": "Methode en betrouwbaarheid",
    "bronnen": "Bijlage: bronzinnen",
}
RATE_NL = {
    "share_requested": "Gevraagd",
    "response_rate": "Beantwoord",
    "timely_rate": "Tijdig beantwoord",
    "share_adopted": "Overgenomen",
    "share_adopted_incl_partial": "Geheel of deels overgenomen",
    "share_motivated_rejections": "Afwijzing gemotiveerd",
}
#: The readers' fields as the methods section names them.
FIELD_NL = {
    "doc_type": "documentsoort", "doc_date": "datum van de brief", "reference": "kenmerk",
    "municipality": "gemeente", "subject": "onderwerp", "norm": "termijn in de verordening",
    "requested": "gevraagd / ongevraagd", "n_recommendations": "aantal aanbevelingen",
    "decision": "besluit van het college", "motivated": "gemotiveerd", "link": "koppeling reactie-advies",
    "report_year": "jaar van het jaarverslag", "n_advices_listed": "adviezen in het jaarverslag",
    "timely": "tijdigheid", "topics": "onderwerpen",
}  # fmt: skip
NORM_NL = {
    "pw47_a_advice_right": "Recht op gevraagd en ongevraagd advies (Pw 47 a)",
    "pw47_b_support": "Ondersteuning van de raad (Pw 47 b)",
    "pw47_c_consultation": "Raadpleging (Pw 47 c)",
    "pw47_d_agenda_right": "Agenderingsrecht (Pw 47 d)",
    "pw47_e_information": "Informatie (Pw 47 e)",
    "dispute_procedure": "Geschillenregeling",
    "response_term_days": "Reactietermijn college (dagen)",
    "advice_term_days": "Adviestermijn raad (dagen)",
    "motivation_required": "Motivering verplicht bij afwijken",
    "annual_report_required": "Jaarverslag verplicht",
    "work_plan_required": "Werkplan verplicht",
    "budget": "Budget",
    "evaluation_clause": "Evaluatiebepaling",
    "annual_report_published": "Jaarverslag gepubliceerd",
    "work_plan_present": "Werkplan aanwezig",
    "achterban_activities": "Activiteiten met de achterban",
    "meetings_with_college": "Overleg met het college",
    "vacancies": "Vacatures",
}
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]  # fmt: skip

CSS = """
@page { size: A4; margin: 18mm 15mm 20mm 15mm;
  @bottom-left { content: "Scan cliëntenparticipatie — GEMEENTE"; font: 8pt sans-serif; color: #666; }
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font: 8pt sans-serif; color: #666; } }
@page :first { @bottom-left { content: none; } }
html { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9.5pt; color: #111; line-height: 1.35; }
body { margin: 0; }
.cover { page-break-after: always; padding-top: 45mm; }
.cover h1 { font-size: 26pt; margin: 0 0 4mm; } .cover .place { font-size: 20pt; }
.cover dl { margin-top: 14mm; font-size: 11pt; } .cover dt { font-weight: bold; margin-top: 3mm; }
.cover dd { margin-left: 0; }
h2 { font-size: 14pt; border-bottom: 1px solid #999; margin: 0 0 3mm; padding-top: 2mm; }
section { page-break-before: always; } section.flow { page-break-before: auto; margin-top: 8mm; }
h3 { font-size: 10.5pt; margin: 4mm 0 2mm; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0; font-size: 8.5pt; }
th, td { border: 1px solid #bbb; padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; }
thead { display: table-header-group; } tr { page-break-inside: avoid; }
th { background: #eee; } td.num { text-align: right; white-space: nowrap; }
td.ok { color: #1b5e20; font-weight: bold; text-align: center; } td.bad { color: #b71c1c; font-weight: bold; text-align: center; }
td.unknown { color: #666; text-align: center; }
.muted { color: #555; font-size: 8.5pt; } .flag { color: #a05a00; }
.ci { color: #555; font-size: 7.5pt; display: block; }
figure { margin: 2mm 0; } figure svg { width: 100%; height: auto; max-height: 95mm; }
blockquote { margin: 1mm 0 1mm 4mm; font-size: 8pt; color: #333; }
.source { page-break-inside: avoid; margin-bottom: 3mm; }
a { color: #0b4f8a; text-decoration: none; } code { white-space: nowrap; }
"""


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _date_nl(value: date | None) -> str:
    return "–" if value is None else f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}%"


def _interval_cell(iv: Interval | None) -> str:
    """'62%' with '95%: 41–80% · n=8' under it; small n flagged."""
    if iv is None or iv.value is None:
        n = 0 if iv is None else iv.n
        return f"<td class='num'>–<span class='ci'>n={n}</span></td>"
    flag = " flag" if iv.n < 5 else ""
    return (f"<td class='num{flag}'>{_pct(iv.value)}<span class='ci'>95%: {_pct(iv.low)}–"
            f"{_pct(iv.high)} · n={iv.n}</span></td>")  # fmt: skip


def _css(municipality: str) -> str:
    """The print CSS with the municipality in every page's footer (CSS string: no quotes)."""
    safe = "".join(c for c in municipality if c not in '"\\<>')
    return CSS.replace("GEMEENTE", safe)


def municipality_html(report: MunicipalityReport, generated: date | None = None) -> str:
    """The whole report as one HTML string, ready for print-to-PDF."""
    parts = [
        "<!doctype html><html lang='nl'><head><meta charset='utf-8'>",
        f"<title>Scan cliëntenparticipatie {_esc(report.municipality)}</title>",
        f"<style>{_css(report.municipality)}</style></head><body>",
        _cover(report, generated or date.today()),
        _key_figures(report),
        _trends(report),
        _checklist(report),
        _advices(report),
        _review(report),
        _methods(report),
        _sources(report),
        "</body></html>",
    ]
    return "\n".join(parts)


def _cover(r: MunicipalityReport, generated: date) -> str:
    councils = "".join(f"<dd>{_esc(c)}</dd>" for c in r.councils) or "<dd>geen raad gevonden</dd>"
    start, end = r.period
    docs = ", ".join(f"{_esc(t)}: {n}" for t, n in r.documents.items() if t) or "geen"
    return (f"<div class='cover'><h1>Scan cliëntenparticipatie</h1><div class='place'>{_esc(r.municipality)}"
            f"</div><dl><dt>Raad of raden</dt>{councils}<dt>Periode</dt><dd>adviezen van "
            f"{_date_nl(start)} tot en met {_date_nl(end)}</dd><dt>Peildatum</dt>"
            f"<dd>{_date_nl(r.reference_date)}</dd><dt>Documenten</dt><dd>{docs}</dd>"
            f"<dt>Opgesteld</dt><dd>{_date_nl(generated)} met cp-textmine</dd></dl>"
            "<p class='muted'>Elk cijfer staat bij het aantal adviezen waarover het is berekend (n) "
            "en een 95%-betrouwbaarheidsinterval. Een cijfer over minder dan 5 adviezen is oranje. "
            "Elk advies verwijst naar de zinnen in de brieven waarop het oordeel rust.</p></div>")  # fmt: skip


def _section(key: str, body: str, flow: bool = False) -> str:
    cls = " class='flow'" if flow else ""
    return f"<section id='{key}'{cls}><h2>{_esc(SECTIONS[key])}</h2>{body}</section>"


def _key_figures(r: MunicipalityReport) -> str:
    if not r.years:
        return _section("kerncijfers", "<p>Geen adviezen gevonden in deze periode.</p>")
    years = [row["year"] for row in r.years]
    head = "<tr><th>Indicator</th>" + "".join(f"<th>{_esc(y)}</th>" for y in years) + "</tr>"
    body = ["<tr><td>Aantal adviezen</td>" + "".join(
        f"<td class='num'>{_esc(row['n_advices'])}</td>" for row in r.years) + "</tr>"]  # fmt: skip
    for key, _ in KEY_RATES:
        cells = "".join(_interval_cell(r.intervals[y].get(key)) for y in years)
        body.append(f"<tr><td>{_esc(RATE_NL[key])}</td>{cells}</tr>")
    days = "".join(
        f"<td class='num'>{_days(row.get('median_response_days'))}"
        f"<span class='ci'>n={_esc(row.get('n_response_days') or 0)}</span></td>" for row in r.years)  # fmt: skip
    body.append(f"<tr><td>Mediaan dagen tot reactie</td>{days}</tr>")
    which = ("<p><b>Wat deze tabel toont:</b> de aandelen zoals de lezers van cp-textmine ze in de "
             "brieven lazen, met een 95%-interval volgens Wilson. Dat interval zegt hoe zeker het "
             "cijfer is gegeven het aantal adviezen, niet hoe vaak de lezers zich vergissen"
             + ("; de tweede tabel corrigeert daarvoor." if r.adjusted else
                "; voor dat tweede deel: zie de methode, of maak het rapport met <code>--adjust</code>.") + "</p>")  # fmt: skip
    parts = [
        which,
        f"<table id='kerncijfers-tabel'><thead>{head}</thead><tbody>{''.join(body)}</tbody></table>",
    ]
    if r.adjusted is not None:
        parts.append(_adjusted_table(r, years))
    parts.append("<dl class='muted'>" + "".join(
        f"<dt>{_esc(RATE_NL[k])}</dt><dd>{_esc(INDICATORS.get(k, ''))}</dd>" for k, _ in KEY_RATES) + "</dl>")  # fmt: skip
    return _section("kerncijfers", "".join(parts))


def _days(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


def _adjusted_table(r: MunicipalityReport, years: list[int]) -> str:
    head = (
        "<tr><th>Gecorrigeerd voor leesfouten</th>"
        + "".join(f"<th>{_esc(y)}</th>" for y in years)
        + "</tr>"
    )
    body = []
    for key in ADJUSTABLE:
        cells = "".join(_interval_cell((r.adjusted or {}).get(y, {}).get(key)) for y in years)
        body.append(f"<tr><td>{_esc(RATE_NL[key])}</td>{cells}</tr>")
    return ("<h3>Gecorrigeerd voor de gemeten leesfouten (--adjust)</h3><p>Dezelfde aandelen, "
            "gecorrigeerd met de verwarringsmatrices van de lezers op de bevroren testset "
            "(adjusted classify-and-count). Het interval komt uit een bootstrap over de testset "
            "en de waargenomen aantallen en is daarom breder. n telt de adviezen waarover de "
            "correctie gaat, inclusief die waarover de lezer geen oordeel gaf.</p>"
            f"<table id='gecorrigeerd'><thead>{head}</thead><tbody>{''.join(body)}</tbody></table>")  # fmt: skip


def _trends(r: MunicipalityReport) -> str:
    if len(r.years) < 2:
        body = ("<p>Er is maar één jaar met adviezen; een trend is pas te zien bij twee of meer jaren. "
                "De kerncijfers staan hierboven.</p>")  # fmt: skip
        return _section("trends", body, flow=True)
    return _section("trends", f"<figure>{_trend_svg(r)}</figure><p class='muted'>Per jaar het "
                    "aandeel, met het 95%-interval als verticale streep.</p>", flow=True)  # fmt: skip


def _trend_svg(r: MunicipalityReport) -> str:
    import matplotlib  # heavy: only a report with two or more years draws the trend

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # heavy: only a report with two or more years draws the trend

    plt.rcParams.update({"svg.fonttype": "none", "font.size": 8})
    fig, ax = plt.subplots(figsize=(7, 3.2))
    years = [row["year"] for row in r.years]
    for i, key in enumerate(("share_requested", "response_rate", "timely_rate", "share_adopted")):
        ivs = [r.intervals[y][key] for y in years]
        pts = [
            (y + (i - 1.5) * 0.05, iv)
            for y, iv in zip(years, ivs, strict=True)
            if iv.value is not None
        ]
        if not pts:
            continue
        xs = [x for x, _ in pts]
        vals = [100 * iv.value for _, iv in pts]
        err = [
            [100 * (iv.value - iv.low) for _, iv in pts],
            [100 * (iv.high - iv.value) for _, iv in pts],
        ]
        ax.errorbar(xs, vals, yerr=err, marker="o", capsize=3, label=RATE_NL[key])
    ax.set_xticks(years)
    ax.set_ylim(0, 100)
    ax.set_ylabel("% van de adviezen")
    ax.legend(fontsize=7, loc="lower left")
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight")
    plt.close(fig)
    text = buffer.getvalue()
    return text[text.index("<svg") :]


def _checklist(r: MunicipalityReport) -> str:
    if r.checklist is None:
        return _section("structuur", "<p>Nog niet beschikbaar: deze database heeft (nog) geen "
                        "overzicht van de structuur (de view <code>council_structure</code>).</p>", flow=True)  # fmt: skip
    if not r.checklist:
        return _section("structuur", "<p>Geen verordening of jaarverslag van deze gemeente gevonden "
                        "waaruit de structuur blijkt.</p>", flow=True)  # fmt: skip
    councils = sorted({row["council"] or "–" for row in r.checklist})
    cells: dict[tuple[str, str], dict] = {
        (row["norm_id"], row["council"] or "–"): row for row in r.checklist
    }
    norms = list(dict.fromkeys(row["norm_id"] for row in r.checklist))
    head = "<tr><th>Norm</th>" + "".join(f"<th>{_esc(c)}</th>" for c in councils) + "</tr>"
    body = []
    for norm in norms:
        row = [f"<td>{_esc(NORM_NL.get(norm, norm))}</td>"]
        for council in councils:
            item = cells.get((norm, council))
            row.append(_check_cell(item))
        body.append("<tr>" + "".join(row) + "</tr>")
    return _section("structuur", "<p>Per norm uit de verordening en de jaarverslagen: ✓ gehaald, ✗ niet "
                    "gehaald, ? geen bron die het zegt.</p><table id='checklist'><thead>" + head +
                    "</thead><tbody>" + "".join(body) + "</tbody></table>", flow=True)  # fmt: skip


def _check_cell(item: dict | None) -> str:
    if item is None or item["met"] is None:
        return "<td class='unknown'>?</td>"
    value = item["value"]
    extra = (
        f" <span class='ci'>{_esc(value)}</span>" if value not in (None, "true", "false") else ""
    )
    return f"<td class='ok'>✓{extra}</td>" if item["met"] else f"<td class='bad'>✗{extra}</td>"


def _advices(r: MunicipalityReport) -> str:
    if not r.advices:
        return _section("adviezen", "<p>Geen adviezen gevonden.</p>")
    head = ("<tr><th>#</th><th>Datum</th><th>Onderwerp</th><th>Gevraagd</th><th>Reactie</th>"
            "<th>Besluit</th><th>Dagen</th><th>Norm</th><th>Tijdig</th><th>Bron</th></tr>")  # fmt: skip
    rows = []
    for i, a in enumerate(r.advices, start=1):
        decision = DECISION_NL.get(a["decision"], "onbekend") if a["answered"] else "geen reactie"
        cells = [str(i), _date_nl(a["advice_date"]), a["subject"] or "–", yes_no(a["requested"]),
                 _date_nl(a["response_date"]) if a["answered"] else "–", decision,
                 "–" if a["response_days"] is None else a["response_days"],
                 "–" if a["norm_days"] is None else a["norm_days"], yes_no(a["timely"])]  # fmt: skip
        link = f"<td><a href='#bron-{_esc(a['doc_id'])}'>bron {i}</a></td>"
        rows.append("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in cells) + link + "</tr>")
    councils = f"<p class='muted'>Raad of raden: {_esc(', '.join(r.councils))}. Dagen = dagen van advies tot reactie; norm = de termijn die geldt (verordening, anders de standaard).</p>"  # fmt: skip
    return _section("adviezen", councils + f"<table id='adviezen-tabel'><thead>{head}</thead><tbody>"
                    + "".join(rows) + "</tbody></table>")  # fmt: skip


def _review(r: MunicipalityReport) -> str:
    groups = [
        ("low_type", f"Documentsoort met lage zekerheid (onder {LOW_TYPE_SCORE:.2f})",
         ["Document", "Soort", "Zekerheid"], lambda d: [d["path"], d["doc_type"], f"{d['doc_type_score']:.2f}"]),
        ("abstained", "Reacties zonder leesbaar besluit (de lezer gaf geen oordeel)",
         ["Document", "Datum", "Zekerheid"],
         lambda d: [d["path"], _date_nl(d["response_date"]), "–" if d["decision_score"] is None else f"{d['decision_score']:.2f}"]),
        ("low_ocr", f"Gescande pagina's met onzekere tekstherkenning (onder {LOW_OCR_CONFIDENCE:.0f})",
         ["Document", "Pagina", "OCR-zekerheid"], lambda d: [d["path"], d["page_no"], f"{d['ocr_confidence']:.0f}"]),
        ("failed", "Bestanden die niet gelezen konden worden",
         ["Bestand", "Status", "Reden"], lambda d: [d["path"], d["status"], d["error"] or "–"]),
    ]  # fmt: skip
    parts = ["<p>Wat een mens moet nakijken voordat de cijfers de deur uitgaan.</p>"]
    for key, title, cols, cells in groups:
        items = r.review.get(key, [])
        parts.append(f"<h3>{_esc(title)} ({len(items)})</h3>")
        if not items:
            parts.append("<p class='muted'>Geen.</p>")
            continue
        head = "".join(f"<th>{_esc(c)}</th>" for c in cols)
        body = "".join(
            "<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in cells(d)) + "</tr>" for d in items
        )
        parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    return _section("controleren", "".join(parts))


def _methods(r: MunicipalityReport) -> str:
    parts = [
        "<p>cp-textmine leest de PDF's (tekst, anders tekstherkenning), bepaalt per document de "
        "soort, en leest uit adviezen en reacties de datum, of het advies gevraagd was, het besluit "
        "van het college en de koppeling tussen reactie en advies. De cijfers tellen wat de lezers "
        "zo vonden. Elk advies in dit rapport verwijst naar de zinnen waarop dat rust.</p>",
        "<h3>Hoe goed de lezers zijn</h3>",
    ]
    ev = r.evaluation
    if ev is None:
        parts.append(f"<p><b>{_esc(r.evaluation_note)}</b></p>")
    else:
        rows = []
        for name, acc in ev.accuracies.items():
            if not isinstance(acc, dict) or acc.get("accuracy") is None:
                continue
            low, high = acc.get("ci_low"), acc.get("ci_high")
            interval = "–" if low is None or high is None else f"{_pct(low)}–{_pct(high)}"
            rows.append(f"<tr><td>{_esc(FIELD_NL.get(name, name))}</td><td class='num'>{_pct(acc['accuracy'])}"
                        f"</td><td class='num'>{interval}</td><td class='num'>{_esc(acc.get('n'))}</td></tr>")  # fmt: skip
        parts.append(
            f"<p>Gemeten op de bevroren testset: {ev.n_documents} documenten die het project niet "
            "zelf schreef en waarop geen model is getraind of afgesteld (bron: "
            f"<code>{_esc(ev.source.name)}</code>, onderdeel <code>sets.test</code>). "
            "Juistheid = deel van de documenten waarop de lezer hetzelfde vond als de "
            "handmatige labels; het interval is een 95%-interval.</p>"
            "<table id='juistheid'><thead><tr><th>Gegeven</th><th>Juistheid</th><th>95%-interval</th>"
            f"<th>n</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")  # fmt: skip
    parts.append(
        "<h3>Intervallen</h3><p>Elk aandeel staat met een 95%-interval volgens Wilson over het "
        "aantal adviezen (n). Dat interval houdt rekening met het kleine aantal, niet met leesfouten. "
        + ("Dit rapport toont daarnaast, bij gevraagd, tijdig en overgenomen, aandelen die "
           "gecorrigeerd zijn voor de gemeten leesfouten: de verwarringsmatrix van de lezer op de "
           "testset wordt omgekeerd (adjusted classify-and-count, geknipt tot 0–1 en herschaald), "
           "en het interval komt uit 2000 getrokken herhalingen van zowel de testset als de "
           "waargenomen aantallen (vaste seed, dus reproduceerbaar)." if r.adjusted is not None else
           "Dit rapport toont de ongecorrigeerde aandelen; met <code>--adjust</code> komen er aandelen "
           "bij die gecorrigeerd zijn voor de gemeten leesfouten, met een breder interval.") + "</p>"
        f"<p class='muted'>Peildatum {_date_nl(r.reference_date)}: adviezen die dan nog binnen hun "
        "termijn vallen, tellen niet mee voor 'tijdig'.</p>")  # fmt: skip
    return _section("methode", "".join(parts))


def _sources(r: MunicipalityReport) -> str:
    parts = [
        "<p class='muted'>Per advies de bestanden en de zinnen waarop de lezers hun oordeel baseerden.</p>"
    ]
    for i, a in enumerate(r.advices, start=1):
        lines = [f"<div class='source' id='bron-{_esc(a['doc_id'])}'><h3>Bron {i}: "
                 f"{_esc(a['subject'] or a['doc_id'])}</h3><p class='muted'>advies: {_esc(a['advice_path'])}"]  # fmt: skip
        if a["response_path"]:
            lines.append(f"<br>reactie: {_esc(a['response_path'])}")
        lines.append("</p>")
        lines += _quotes(r.evidence.get(a["doc_id"], []), "advies")
        if a["response_doc_id"]:
            lines += _quotes(r.evidence.get(a["response_doc_id"], []), "reactie")
        lines.append("</div>")
        parts.append("".join(lines))
    return _section("bronnen", "".join(parts))


def _quotes(items: list[dict], label: str) -> list[str]:
    """The evidence sentences, the decision and request first, at most eight per document."""
    items = sorted(
        (ev for ev in items if _rank(ev["field"]) is not None), key=lambda ev: _rank(ev["field"])
    )
    return [f"<blockquote>{_esc(label)} · <b>{_esc(ev['field'])}</b> (p. {_esc(ev['page'] or '–')}): "
            f"{_esc(_short(ev['snippet']))}</blockquote>" for ev in items[:8]]  # fmt: skip


#: The evidence a reader of the report needs, in this order; the rest stays in the database.
EVIDENCE_ORDER = ("decision", "requested", "motivated", "link", "doc_date", "request_date", "norm")


def _rank(field_name: str) -> int | None:
    if field_name.startswith("topic:"):
        return len(EVIDENCE_ORDER)
    return EVIDENCE_ORDER.index(field_name) if field_name in EVIDENCE_ORDER else None


def _short(text: str | None, limit: int = 320) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"
