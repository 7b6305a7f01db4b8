"""The report's four charts as inline SVG (matplotlib, Agg): no files, no network to view them."""

from __future__ import annotations

import io
from collections import defaultdict

from matplotlib.ticker import MaxNLocator

from cp_textmine.scan.labels import DECISION_NL

DECISION_COLOURS = {"adopted": "#2e7d32", "partially_adopted": "#f9a825", "not_adopted": "#c62828",
                    "noted": "#78909c"}  # fmt: skip
CAPTIONS = {
    "adoption_by_topic": "Besluiten van het college per onderwerp (adviezen met een reactie)",
    "response_days": "Dagen tot de reactie, tegen de termijn",
    "trend": "Adviezen per jaar: gevraagd en ongevraagd",
    "municipalities": "Gemeenten vergeleken (% van de adviezen)",
}
MAX_BARS = 30  # above this, response days are shown per municipality as box plots


def _pyplot():
    import matplotlib  # heavy: only the HTML report draws charts

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # heavy: only the HTML report draws charts

    plt.rcParams.update({"svg.fonttype": "none", "font.size": 8})
    return plt


def _svg(fig) -> str:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight")
    _pyplot().close(fig)
    text = buffer.getvalue()
    return text[text.index("<svg") :]


def charts(outcomes: list[dict], rows: list[dict]) -> dict[str, str]:
    """Chart key -> SVG; a chart without data is left out (the page says so)."""
    out = {}
    for key, draw in (("adoption_by_topic", _adoption_by_topic), ("response_days", _response_days),
                      ("trend", _trend), ("municipalities", _municipalities)):  # fmt: skip
        fig = draw(outcomes, rows)
        if fig is not None:
            out[key] = _svg(fig)
    return out


def _adoption_by_topic(outcomes: list[dict], rows: list[dict]):
    by_topic: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for o in outcomes:
        for topic in o["topics"] or ["(geen onderwerp)"]:
            if o["decision"]:
                by_topic[topic][o["decision"]] += 1
    if not by_topic:
        return None
    plt = _pyplot()
    topics = sorted(by_topic, reverse=True)
    fig, ax = plt.subplots(figsize=(5.5, max(2.4, 0.3 * len(topics) + 1)))
    left = [0] * len(topics)
    for decision, colour in DECISION_COLOURS.items():
        values = [by_topic[t][decision] for t in topics]
        ax.barh(topics, values, left=left, color=colour, label=DECISION_NL[decision])
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("adviezen met reactie")
    ax.legend(fontsize=7, loc="lower right")
    return fig


def _response_days(outcomes: list[dict], rows: list[dict]):
    answered = [o for o in outcomes if o["response_days"] is not None]
    if not answered:
        return None
    plt = _pyplot()
    if len(answered) > MAX_BARS:
        return _response_boxes(plt, answered)
    fig, ax = plt.subplots(figsize=(5.5, max(2.4, 0.22 * len(answered) + 1)))
    labels = [f"{o['municipality'] or '?'}: {(o['subject'] or o['doc_id'])[:26]}" for o in answered]
    colours = ["#2e7d32" if o["timely"] else "#c62828" for o in answered]
    ax.barh(range(len(answered)), [o["response_days"] for o in answered], color=colours)
    for i, o in enumerate(answered):
        ax.plot([o["norm_days"]] * 2, [i - 0.4, i + 0.4], color="black", linewidth=1.2)
    ax.set_yticks(range(len(answered)), labels, fontsize=7)
    ax.invert_yaxis()
    ax.set_xlabel("dagen tot reactie (groen = op tijd, zwarte streep = termijn)")
    return fig


def _response_boxes(plt, answered: list[dict]):
    by_place: dict[str, list[int]] = defaultdict(list)
    norms: dict[str, int] = {}
    for o in answered:
        place = o["municipality"] or "(onbekend)"
        by_place[place].append(o["response_days"])
        norms[place] = o["norm_days"]
    places = sorted(by_place)
    fig, ax = plt.subplots(figsize=(5.5, max(2.4, 0.3 * len(places) + 1)))
    ax.boxplot([by_place[p] for p in places], vert=False, tick_labels=places)
    for i, place in enumerate(places, start=1):
        ax.plot([norms[place]] * 2, [i - 0.4, i + 0.4], color="#c62828", linewidth=1.2)
    ax.set_xlabel("dagen tot reactie (rode streep = termijn)")
    return fig


def _trend(outcomes: list[dict], rows: list[dict]):
    years = sorted({r["year"] for r in rows if r["year"] is not None})
    if not years:
        return None
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(5.5, 2.8))
    labels = [str(y) for y in years]
    requested = [sum(o["requested"] is True for o in outcomes if o["year"] == y) for y in years]
    unsolicited = [sum(o["requested"] is False for o in outcomes if o["year"] == y) for y in years]
    unknown = [sum(o["requested"] is None for o in outcomes if o["year"] == y) for y in years]
    ax.bar(labels, requested, color="#1565c0", label="gevraagd")
    ax.bar(labels, unsolicited, bottom=requested, color="#90caf9", label="ongevraagd")
    bottom = [a + b for a, b in zip(requested, unsolicited, strict=True)]
    if any(unknown):
        ax.bar(labels, unknown, bottom=bottom, color="#cfd8dc", label="onbekend")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel("adviezen")
    ax.legend(fontsize=7)
    return fig


def _municipalities(outcomes: list[dict], rows: list[dict]):
    by_place: dict[str, list[dict]] = defaultdict(list)
    for o in outcomes:
        by_place[o["municipality"] or "(onbekend)"].append(o)
    if not by_place:
        return None
    plt = _pyplot()
    places = sorted(by_place)
    metrics = {
        "beantwoord": lambda os: _mean([o["answered"] for o in os]),
        "tijdig": lambda os: _mean([o["timely"] for o in os if o["timely"] is not None]),
        "overgenomen": lambda os: _mean([o["decision"] == "adopted" for o in os if o["decision"]]),
        "gevraagd": lambda os: _mean([o["requested"] for o in os if o["requested"] is not None]),
    }
    fig, ax = plt.subplots(figsize=(5.5, 2.8))
    width = 0.8 / len(metrics)
    for k, (name, fn) in enumerate(metrics.items()):
        xs = [i + k * width for i in range(len(places))]
        ax.bar(xs, [100 * (fn(by_place[p]) or 0) for p in places], width=width, label=name)
    ax.set_xticks([i + 0.4 - width / 2 for i in range(len(places))], places, fontsize=7,
                  rotation=20 if len(places) > 4 else 0)  # fmt: skip
    ax.set_ylabel("%")
    ax.set_ylim(0, 105)
    ax.legend(fontsize=7, ncols=4, loc="upper center", bbox_to_anchor=(0.5, -0.15))
    return fig


def _mean(values: list) -> float | None:
    return sum(values) / len(values) if values else None
