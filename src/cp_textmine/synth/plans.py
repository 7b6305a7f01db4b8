"""Plans for a year of advices and the college's answers (dates, decisions, references)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from cp_textmine.synth.dates import add_workdays, workday
from cp_textmine.synth.topics import BANKS, TOPIC_CODES, Rec

if TYPE_CHECKING:
    from cp_textmine.synth.world import College, Council

DECISIONS = ("adopted", "partially_adopted", "not_adopted", "noted")

_SCOPE_WEIGHTS = {
    "wi": dict(bijstand=22, werk_reintegratie=18, armoede_minima=20, schulden=16, handhaving=7,
               dienstverlening=10, inburgering=3, clientenparticipatie=4, wmo_zorg=0, jeugd=0,
               overig_sociaal_domein=0),
    "broad": dict(bijstand=7, werk_reintegratie=7, armoede_minima=9, schulden=6, handhaving=2,
                  dienstverlening=8, wmo_zorg=25, jeugd=15, inburgering=4, clientenparticipatie=6,
                  overig_sociaal_domein=11),
    "wmo": dict(bijstand=0, werk_reintegratie=0, armoede_minima=6, schulden=2, handhaving=0,
                dienstverlening=12, wmo_zorg=50, jeugd=8, inburgering=0, clientenparticipatie=8,
                overig_sociaal_domein=14),
}  # fmt: skip


@dataclass(frozen=True)
class Advice:
    """One advice letter as planned."""

    key: int
    year: int
    date: date
    requested: bool
    request_date: date | None
    request_ref: str | None  # the college's kenmerk on its request ("uw kenmerk")
    request_doc: str  # what the college asked advice on (requested advice)
    topics: tuple[str, ...]
    subject_np: str
    recs: tuple[Rec, ...]
    observations: tuple[str, ...]
    reference: str | None


@dataclass(frozen=True)
class Response:
    """The college's answer to one advice as planned."""

    advice_key: int
    date: date
    decision: str
    point_decisions: tuple[str, ...] | None
    motivated: bool | None
    reference: str | None
    cite: str  # kenmerk | date | subject | kenmerk_date
    mode: str  # overall | points_prose | points_table | implicit
    finer: str  # explicit | implicit | already_policy | deferred | acknowledged | except | mostly
    norm_days: int


def _topics(rng: random.Random, scope: str) -> tuple[str, ...]:
    """A primary topic and 0-2 secondary ones, weighted by the council's scope."""
    weights = _SCOPE_WEIGHTS[scope]
    codes = [c for c in TOPIC_CODES if weights[c] > 0]
    k = rng.choices([1, 2, 3], weights=[55, 35, 10])[0]
    chosen: list[str] = []
    while len(chosen) < k:
        code = rng.choices(codes, weights=[weights[c] for c in codes])[0]
        if code not in chosen:
            chosen.append(code)
    return tuple(chosen)


def _recs(rng: random.Random, topics: tuple[str, ...]) -> tuple[Rec, ...]:
    """Recommendations: at least one per topic, 1-10 in all, never the same twice."""
    total = max(
        len(topics), rng.choices(range(1, 11), weights=[8, 14, 18, 16, 12, 9, 7, 5, 3, 2])[0]
    )
    pools = {t: rng.sample(BANKS[t].recs, len(BANKS[t].recs)) for t in topics}
    out = [pools[t].pop() for t in topics]
    while len(out) < total and any(pools.values()):
        t = rng.choice([t for t in topics if pools[t]])
        out.append(pools[t].pop())
    rng.shuffle(out)
    return tuple(out)


def _observations(rng: random.Random, topics: tuple[str, ...]) -> tuple[str, ...]:
    """Signals from the achterban, only from the advice's own topics."""
    pool = [o for t in topics for o in BANKS[t].observations]
    return tuple(rng.sample(pool, min(len(pool), rng.choice([0, 1, 2, 2, 3, 3, 4]))))


def _advice(
    rng: random.Random,
    key: int,
    year: int,
    day: date,
    seq: int,
    council: Council,
    college: College,
    used: set[str],
) -> Advice:
    """Plan one advice on a given date."""
    topics = _topics(rng, council.scope)
    bank = BANKS[topics[0]]
    requested = rng.random() < (0.6 if council.scope != "wmo" else 0.5)
    pool = [s for s in (bank.documents if requested else bank.issues) if s not in used]
    subject = rng.choice(pool or list(bank.documents + bank.issues))
    used.add(subject)
    request_date = request_ref = None
    if requested:
        lead = rng.randint(12, 27) if rng.random() < 0.25 else rng.randint(28, 75)
        request_date = workday(day - timedelta(days=lead))
        if rng.random() < 0.75:
            request_ref = college.refs.make(request_date.year, seq * 3 + 1, rng)
    reference = None
    if council.uses_refs and rng.random() < 0.92:
        reference = council.refs.make(year, seq + 1, rng)
    return Advice(
        key=key, year=year, date=day, requested=requested, request_date=request_date,
        request_ref=request_ref, request_doc=subject, topics=topics, subject_np=subject,
        recs=_recs(rng, topics), observations=_observations(rng, topics), reference=reference,
    )  # fmt: skip


def _point_decisions(rng: random.Random, decision: str, n: int) -> tuple[str, ...]:
    """Per-point decisions that add up to the overall decision without ambiguity."""
    if decision != "partially_adopted":
        return (decision,) * n
    while True:
        points = [
            rng.choice(["adopted", "adopted", "not_adopted", "noted", "partially_adopted"])
            for _ in range(n)
        ]
        has_yes = any(p in ("adopted", "partially_adopted") for p in points)
        if "partially_adopted" in points or (has_yes and "not_adopted" in points):
            return tuple(points)


def _response(
    rng: random.Random, advice: Advice, college: College, norm: int, seq: int
) -> Response:
    """Plan the college's answer: timing, decision, form and how it cites the advice."""
    late = rng.random() < 0.35
    delay = norm + rng.randint(1, 100) if late else rng.randint(8, norm)
    day = add_workdays(advice.date, delay)
    decision = rng.choices(DECISIONS, weights=[33, 30, 15, 22])[0]
    n = len(advice.recs)
    modes = ["overall", "points_prose", "points_table"] if n >= 2 else ["overall"]
    weights = [40, 22, 28] if n >= 2 else [1]
    if decision == "adopted":
        modes, weights = [*modes, "implicit"], [*weights, 25]
    mode = rng.choices(modes, weights=weights)[0]
    points = _point_decisions(rng, decision, n) if mode.startswith("points") else None
    finer = "explicit"
    if decision == "noted":
        finer = rng.choice(["acknowledged", "already_policy", "deferred"])
    elif decision == "partially_adopted" and mode in ("overall", "implicit"):
        finer = rng.choice(["except", "mostly", "partly"]) if n >= 2 else "partly"
    elif mode == "implicit":
        finer = "implicit"
    motivated = rng.random() < 0.75 if decision in ("not_adopted", "partially_adopted") else None
    cites = ["date", "subject"] + (
        ["kenmerk", "kenmerk_date", "kenmerk"] if advice.reference else []
    )
    reference = college.refs.make(day.year, seq * 3 + 2, rng) if rng.random() < 0.85 else None
    return Response(
        advice.key,
        day,
        decision,
        points,
        motivated,
        reference,
        rng.choice(cites),
        mode,
        finer,
        norm,
    )


def _advice_dates(rng: random.Random, year: int, k: int) -> list[date]:
    """k distinct workdays spread over the year, in order."""
    days = sorted(rng.sample(range(5, 355), k))
    out: list[date] = []
    for d in days:
        day = workday(date(year, 1, 1) + timedelta(days=d))
        if day.year == year and day not in out:
            out.append(day)
    return out


def plan_year(
    rng: random.Random,
    year: int,
    first_key: int,
    council: Council,
    college: College,
    norm_of: Callable[[date], int],
) -> tuple[list[Advice], list[Response]]:
    """All advices of one year and the answers some of them get."""
    advices, responses, used = [], [], set()
    for i, day in enumerate(_advice_dates(rng, year, rng.randint(3, 7))):
        advice = _advice(rng, first_key + i, year, day, i, council, college, used)
        advices.append(advice)
        if rng.random() < 0.8:
            responses.append(_response(rng, advice, college, norm_of(day), i))
    return advices, responses
