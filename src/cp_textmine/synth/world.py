"""Municipal worlds: a body, its council and college, verordeningen, advices and answers.

A world is planned first (dates, decisions, references, which recommendations),
then letters are written from the plan, so every document in a world agrees
with the others: the response quotes the advice's kenmerk, the jaarverslag lists
exactly that year's advices, the norm comes from the verordening in force.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from pathlib import Path

from cp_textmine.synth.dates import workday
from cp_textmine.synth.names import (
    Person,
    RefScheme,
    abbreviation,
    college_ref_scheme,
    council_ref_scheme,
    make_person,
    postcode,
    street_address,
)
from cp_textmine.synth.plans import Advice, Response, plan_year

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
_FALLBACK = (("Zuidhorn", "Groningen", ""), ("Goirle", "Noord-Brabant", ""))


@dataclass(frozen=True)
class Body:
    """The municipality or regional body a council advises."""

    name: str  # exact name from the shipped list (the label value)
    display: str  # as written in letters (sometimes an alias)
    kind: str  # gemeente | sociale_dienst | samenwerkingsverband | arbeidsmarktregio
    members: tuple[str, ...]

    @property
    def regional(self) -> bool:
        return self.kind != "gemeente"


@dataclass(frozen=True)
class Council:
    """A client council with its officers, address and numbering habits."""

    name: str
    abbr: str
    scope: str  # wi | broad | wmo
    chair: Person
    secretary: Person
    address: tuple[str, ...]
    refs: RefScheme
    formal: bool
    uses_refs: bool


@dataclass(frozen=True)
class College:
    """The answering body: a college, a regional board or a centrumgemeente."""

    name: str  # "het college van burgemeester en wethouders van X"
    short: str  # "het college", "het bestuur"
    address: tuple[str, ...]
    place: str
    wethouder: Person
    burgemeester: Person
    secretaris: Person
    portfolio: str
    refs: RefScheme
    department: str


@dataclass(frozen=True)
class Regulation:
    """A verordening cliëntenparticipatie and the terms it sets."""

    title: str
    adopted: date
    in_force: date
    response_days: int
    advice_days: int | None
    request_days: int | None
    replaces: str | None


@dataclass(frozen=True)
class World:
    """Everything one council's documents are written from."""

    index: int
    body: Body
    council: Council
    college: College
    regulations: tuple[Regulation, ...]
    years: tuple[int, ...]
    advices: tuple[Advice, ...]
    responses: tuple[Response, ...]

    def norm_for(self, day: date) -> int:
        """The college's answer term in force on a date (42 days without a verordening)."""
        return _norm(self.regulations, day)


def load_places(data_dir: Path = DATA_DIR) -> tuple[list[tuple[str, str, str]], list[dict]]:
    """Municipalities (name, province, aliases) and regions from the shipped CSVs."""
    municipalities, regions = list(_FALLBACK), []
    mpath, rpath = data_dir / "municipalities.csv", data_dir / "regions.csv"
    if mpath.exists():
        with mpath.open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        municipalities = [(r["name"], r["province"], r.get("aliases") or "") for r in rows]
    if rpath.exists():
        with rpath.open(encoding="utf-8") as handle:
            regions = [dict(r) for r in csv.DictReader(handle)]
    return municipalities, regions


def _pick_body(rng: random.Random, places: tuple[list, list]) -> Body:
    """A municipality (about 80%) or a regional body acting for several municipalities."""
    municipalities, regions = places
    regional = [r for r in regions if r["kind"] in ("sociale_dienst", "samenwerkingsverband")]
    if regional and rng.random() < 0.2:
        row = rng.choice(regional)
        members = tuple(m for m in row["members"].split(";") if m)
        return Body(row["name"], row["name"], row["kind"], members)
    name, _, aliases = rng.choice(municipalities)
    names = [a for a in aliases.split(";") if a and "(" not in a]
    display = rng.choice(names) if names and rng.random() < 0.3 else name
    return Body(name, display, "gemeente", (name,))


def _council_name(rng: random.Random, body: Body) -> tuple[str, str]:
    """Council name and scope (wi, broad or wmo) fitting the body."""
    x = body.display
    if body.kind == "sociale_dienst":
        options = [
            f"Cliëntenraad {x}",
            f"Regionale Cliëntenraad {x}",
            f"Cliëntenraad Werk en Inkomen {x}",
        ]
        return rng.choice(options), "wi"
    if body.kind == "samenwerkingsverband":
        return rng.choice([f"Adviesraad Sociaal Domein {x}", f"Regionale Adviesraad {x}"]), "broad"
    scope = rng.choices(["wi", "broad", "wmo"], weights=[45, 40, 15])[0]
    options = {
        "wi": [
            f"Cliëntenraad Werk en Inkomen {x}",
            f"Cliëntenraad Participatiewet {x}",
            f"Cliëntenraad Sociale Zaken {x}",
            f"Cliëntenraad {x}",
            f"Participatieraad {x}",
        ],
        "broad": [
            f"Adviesraad Sociaal Domein {x}",
            f"Participatieraad {x}",
            f"Adviesraad Sociaal Domein gemeente {x}",
            f"Sociale Adviesraad {x}",
        ],
        "wmo": [f"Wmo-raad {x}", f"Wmo-adviesraad {x}", f"Adviesraad Wmo {x}"],
    }
    return rng.choice(options[scope]), scope


def _college(rng: random.Random, body: Body) -> College:
    """The answering body and its officers."""
    wethouder, burgemeester, secretaris = (make_person(rng) for _ in range(3))
    portfolio = rng.choice(
        ["Sociale Zaken", "Werk en Inkomen", "Zorg en Welzijn", "Sociaal Domein", "Participatie"]
    )
    dept = rng.choice(["SZ", "SD", "WI", "MO", "SOC"])
    if body.kind == "sociale_dienst":
        name = rng.choice(
            [f"het dagelijks bestuur van {body.display}", f"het bestuur van {body.display}"]
        )
        if body.display == "Sociale Dienst Drechtsteden" and rng.random() < 0.6:
            name = "het Drechtstedenbestuur"
        place, short = body.members[0] if body.members else body.display, "het bestuur"
    elif body.kind == "samenwerkingsverband":
        centrum = body.members[0] if body.members else body.display
        name = f"het college van burgemeester en wethouders van {centrum}"
        if len(body.members) > 1:
            name += f", mede namens de colleges van {', '.join(body.members[1:3])}"
        place, short = centrum, "het college"
    else:
        name = f"het college van burgemeester en wethouders van {body.display}"
        place, short = body.display, "het college"
    address = (
        street_address(rng),
        f"{postcode(rng)} {place.upper() if rng.random() < 0.3 else place}",
    )
    return College(
        name, short, address, place, wethouder, burgemeester, secretaris, portfolio,
        college_ref_scheme(rng, dept), dept,
    )  # fmt: skip


def _regulations(rng: random.Random, body: Body, first_year: int, council: str) -> list[Regulation]:
    """One or two verordeningen; a newer one may change the norm in the middle of the period."""
    count = 2 if rng.random() < 0.45 else 1
    out: list[Regulation] = []
    year = first_year - rng.randint(3, 8) if count == 2 else first_year - rng.randint(1, 6)
    previous = None
    for i in range(count):
        if i == 1:
            year = rng.randint(first_year - 2, first_year + 1)
        adopted = workday(date(year, rng.randint(1, 11), rng.randint(1, 28)))
        in_force = (
            date(year + (adopted.month >= 11), 1, 1)
            if rng.random() < 0.6
            else adopted + timedelta(days=1)
        )
        label = rng.choice(
            [
                "Verordening cliëntenparticipatie",
                "Verordening cliëntenparticipatie sociaal domein",
                "Verordening adviesraad sociaal domein",
                "Verordening cliëntenparticipatie Participatiewet",
            ]
        )
        where = rng.choice([f" {body.display}", f" gemeente {body.display}", ""])
        title = f"{label}{where} {year}" if rng.random() < 0.7 else f"{label}{where}"
        reg = Regulation(
            title=title,
            adopted=adopted,
            in_force=in_force,
            response_days=rng.choices([28, 42, 56], weights=[2, 5, 3])[0],
            advice_days=rng.choice([None, 28, 42, 42, 56, 21]),
            request_days=rng.choice([None, None, 42, 28, 56]),
            replaces=previous,
        )
        out.append(reg)
        previous = reg.title
    return out


def build_world(index: int, rng: random.Random, places: tuple[list, list]) -> World:
    """Plan one municipal world from the random generator."""
    body = _pick_body(rng, places)
    name, scope = _council_name(rng, body)
    chair, secretary = make_person(rng), make_person(rng)
    council = Council(
        name=name,
        abbr=abbreviation(name.replace(body.display, "")) or "CR",
        scope=scope,
        chair=chair,
        secretary=secretary,
        address=(
            f"p/a {rng.choice(['Postbus', 'Postbus', 'Antwoordnummer'])} {rng.randint(10, 9999)}",
            f"{postcode(rng)} {body.members[0] if body.members else body.display}",
        ),
        refs=council_ref_scheme(rng, abbreviation(name.replace(body.display, "")) or "CR"),
        formal=rng.random() < 0.6,
        uses_refs=rng.random() < 0.85,
    )
    college = _college(rng, body)
    span = rng.choices([1, 2, 3], weights=[45, 35, 20])[0]
    first = rng.randint(2012, 2025 - span)
    years = tuple(range(first, first + span))
    regs = tuple(_regulations(rng, body, first, name))
    advices: list[Advice] = []
    responses: list[Response] = []
    for year in years:
        adv, resp = plan_year(rng, year, len(advices), council, college, partial(_norm, regs))
        advices += adv
        responses += resp
    return World(index, body, council, college, regs, years, tuple(advices), tuple(responses))


def _norm(regs: tuple[Regulation, ...], day: date) -> int:
    """The answer term in force on a date."""
    valid = [r for r in regs if r.in_force <= day]
    return max(valid, key=lambda r: r.in_force).response_days if valid else 42
