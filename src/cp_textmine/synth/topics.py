"""Topic banks: what advices and responses say about each taxonomy v1 topic.

Each bank is written as plain text with `## field` sections, one item per line,
so the Dutch stays readable and easy to extend. Recommendations are infinitive
clauses ("de wachttijd ... terug te brengen") that fit every advice frame
("Wij adviseren u ...", "1. ...", "Advies 2: ..."); an optional "| reason" gives
the council's motivation.
"""

from __future__ import annotations

from dataclasses import dataclass

from cp_textmine.synth.topics_sd import SD_TEXT
from cp_textmine.synth.topics_wi import WI_TEXT

TOPIC_CODES = (
    "bijstand",
    "werk_reintegratie",
    "armoede_minima",
    "schulden",
    "handhaving",
    "dienstverlening",
    "wmo_zorg",
    "jeugd",
    "inburgering",
    "clientenparticipatie",
    "overig_sociaal_domein",
)
WORK_AND_INCOME = ("bijstand", "werk_reintegratie", "armoede_minima", "schulden", "handhaving")

_FIELDS = (
    "label",
    "documents",
    "issues",
    "context",
    "observations",
    "recs",
    "reasons",
    "actions",
    "already",
)


@dataclass(frozen=True)
class Rec:
    """One recommendation: the infinitive clause and the council's reason (may be empty)."""

    topic: str
    text: str
    why: str


@dataclass(frozen=True)
class TopicBank:
    """Everything the generator can say about one topic."""

    code: str
    label: str  # human name for jaarverslag overviews ("schuldhulpverlening")
    documents: tuple[str, ...]  # what the college asks advice on
    issues: tuple[str, ...]  # what unsolicited advice is about
    context: tuple[str, ...]  # neutral background sentences
    observations: tuple[str, ...]  # signals from the achterban (not recommendations)
    recs: tuple[Rec, ...]
    reasons: tuple[tuple[str, str], ...]  # (reason clause, keyword it needs in the rec or "")
    actions: tuple[str, ...]  # college's sentences when it adopts
    already: tuple[str, ...]  # "this is already policy" sentences (noted)


def _parse(code: str, text: str) -> TopicBank:
    """Parse one `## field` block into a TopicBank."""
    fields: dict[str, list[str]] = {name: [] for name in _FIELDS}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("## "):
            current = line[3:].strip()
            if current not in fields:
                raise ValueError(f"{code}: unknown field {current}")
            continue
        fields[current].append(line)
    recs = []
    for line in fields["recs"]:
        text_part, _, why = line.partition("|")
        recs.append(Rec(code, text_part.strip(), why.strip()))
    return TopicBank(
        code=code,
        label=fields["label"][0],
        documents=tuple(fields["documents"]),
        issues=tuple(fields["issues"]),
        context=tuple(fields["context"]),
        observations=tuple(fields["observations"]),
        recs=tuple(recs),
        reasons=tuple(_reason(line) for line in fields["reasons"]),
        actions=tuple(fields["actions"]),
        already=tuple(fields["already"]),
    )


def _reason(line: str) -> tuple[str, str]:
    """'clause ~ keyword': a specific reason only fits recommendations mentioning keyword."""
    clause, _, keyword = line.partition("~")
    return clause.strip(), keyword.strip().lower()


def reasons_for(bank: TopicBank, rec_text: str) -> list[str]:
    """Reasons that fit a recommendation: generic ones and those whose keyword it mentions."""
    lowered = rec_text.lower()
    return [clause for clause, key in bank.reasons if not key or key in lowered]


def _split_topics(text: str) -> dict[str, str]:
    """Split a module text on '# topic: code' lines."""
    out: dict[str, str] = {}
    code = None
    for line in text.splitlines():
        if line.startswith("# topic:"):
            code = line.split(":", 1)[1].strip()
            out[code] = ""
        elif code:
            out[code] += line + "\n"
    return out


def load_banks() -> dict[str, TopicBank]:
    """All topic banks keyed by taxonomy code; checks that every code is covered."""
    raw = {**_split_topics(WI_TEXT), **_split_topics(SD_TEXT)}
    banks = {code: _parse(code, text) for code, text in raw.items()}
    missing = set(TOPIC_CODES) - set(banks)
    if missing:
        raise ValueError(f"topic banks missing: {sorted(missing)}")
    return banks


BANKS: dict[str, TopicBank] = load_banks()
