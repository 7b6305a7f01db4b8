"""One council per municipality across the names its documents use.

Why: a council writes as "Adviesraad Sociaal Domein Helmond", "ASD Helmond", "de adviesraad";
the college writes to "de Adviesraad"; counted apart, every rate per council splits in two.
Names are grouped per municipality by the kind of council they name (cliëntenraad,
participatieraad, adviesraad, Wmo-raad); an abbreviation joins the council whose initials it
spells; a bare "de raad" joins the municipality's most cited council. The fullest name is
the canonical one. ``rebuild_councils`` runs after every publish, from the raw names kept in
``documents.council``, so re-reading a document never loses a variant.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import duckdb

#: (kind, pattern) in the order a name is tested; the first match is the council's kind.
KINDS = (
    ("wmo", re.compile(r"\bwmo\b|wmo-", re.I)),
    ("participatie", re.compile(r"participatie(raad|platform)", re.I)),
    ("clienten", re.compile(r"cli[eë]nten(raad|panel|platform)", re.I)),
    ("advies", re.compile(r"advies(raad|commissie)|\badviesraad\b", re.I)),
)
COUNCIL_TABLES = ("advices", "responses", "annual_reports")
STOPWORDS = {"de", "het", "van", "en", "voor", "te", "gemeente"}


@dataclass
class Council:
    municipality: str
    kind: str
    names: Counter = field(default_factory=Counter)

    @property
    def council_id(self) -> str:
        return f"{_slug(self.municipality)}:{self.kind}"

    @property
    def name(self) -> str:
        """The fullest name seen (most words, then most often seen)."""
        return max(self.names, key=lambda n: (len(n.split()), self.names[n], n))


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def council_kind(name: str) -> str | None:
    for kind, pattern in KINDS:
        if pattern.search(name):
            return kind
    return None


def initials(name: str) -> str:
    """'Adviesraad Sociaal Domein Helmond' -> 'ASDH'; 'Cliëntenraad Werk en Inkomen' -> 'CWI'."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in STOPWORDS]
    return "".join(w[0].upper() for w in words if w[0].isalpha())


def _acronym(name: str) -> str | None:
    """The abbreviation a name is written as ('ASD', 'CRWI Apeldoorn' -> 'CRWI'), if any."""
    match = re.search(r"\b([A-Z][A-Z&]{1,6})\b", name)
    return match.group(1).replace("&", "") if match else None


def group_councils(seen: dict[str, Counter]) -> dict[tuple[str, str], Council]:
    """(municipality, raw name) -> its council, for every name seen per municipality."""
    mapping: dict[tuple[str, str], Council] = {}
    for municipality, names in seen.items():
        councils: dict[str, Council] = {}
        loose: list[str] = []
        for name, count in names.items():
            kind = council_kind(name)
            if kind is None:
                loose.append(name)
                continue
            councils.setdefault(kind, Council(municipality, kind)).names[name] += count
        for name in loose:
            target = _by_acronym(name, councils) or _most_cited(councils)
            if target is None:
                target = councils.setdefault("onbekend", Council(municipality, "onbekend"))
            target.names[name] += names[name]
        for council in councils.values():
            for name in council.names:
                mapping[(municipality, name)] = council
    return mapping


def _by_acronym(name: str, councils: dict[str, Council]) -> Council | None:
    acronym = _acronym(name)
    if not acronym:
        return None
    for council in councils.values():
        for full in council.names:
            spelled = initials(full)
            if spelled.startswith(acronym) or (
                acronym.startswith(spelled[: len(acronym)])
                and len(acronym) >= 2
                and spelled[:2] == acronym[:2]
            ):
                return council
    return None


def _most_cited(councils: dict[str, Council]) -> Council | None:
    if not councils:
        return None
    return max(councils.values(), key=lambda c: (sum(c.names.values()), c.kind))


def rebuild_councils(con: duckdb.DuckDBPyConnection) -> int:
    """Recompute ``councils`` and the canonical council (name and id) of every advice, response
    and annual report; returns the number of councils."""
    rows = con.execute(
        """SELECT municipality, council, count(*) FROM documents
           WHERE council IS NOT NULL AND municipality IS NOT NULL AND status <> 'failed'
           GROUP BY ALL"""
    ).fetchall()
    seen: dict[str, Counter] = defaultdict(Counter)
    for municipality, name, count in rows:
        seen[municipality][name] += count
    mapping = group_councils(seen)
    councils = {c.council_id: c for c in mapping.values()}
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM councils")
        if councils:
            con.executemany(
                "INSERT INTO councils VALUES (?, ?, ?, ?)",
                [
                    [c.council_id, c.municipality, c.name, sorted(c.names)]
                    for c in councils.values()
                ],
            )
        con.execute(
            "CREATE OR REPLACE TEMP TABLE council_alias (municipality VARCHAR, alias VARCHAR, council_id VARCHAR, name VARCHAR)"
        )
        if mapping:
            con.executemany(
                "INSERT INTO council_alias VALUES (?, ?, ?, ?)",
                [[m, alias, c.council_id, c.name] for (m, alias), c in mapping.items()],
            )
        for table in COUNCIL_TABLES:
            con.execute(
                f"""UPDATE {table} AS t SET council = a.name, council_id = a.council_id
                    FROM documents d, council_alias a
                    WHERE d.doc_id = t.doc_id AND a.municipality = d.municipality AND a.alias = d.council"""
            )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(councils)
