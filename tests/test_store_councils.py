"""One council per municipality across its name variants (contract: `councils`)."""

from __future__ import annotations

from collections import Counter

import duckdb

from cp_textmine.store import db as store_db
from cp_textmine.store.councils import group_councils, initials, rebuild_councils


def test_variants_of_one_council_are_one() -> None:
    seen = {
        "Zwolle": Counter(
            {"Sociale Adviesraad Zwolle": 3, "Adviesraad Zwolle": 2, "de adviesraad": 1, "SAZ": 1}
        )
    }
    mapping = group_councils(seen)
    councils = {id(c): c for c in mapping.values()}
    assert len(councils) == 1
    council = next(iter(councils.values()))
    assert council.name == "Sociale Adviesraad Zwolle"
    assert council.council_id == "zwolle:advies"


def test_two_kinds_in_one_municipality_stay_two() -> None:
    seen = {
        "Venlo": Counter(
            {"Cliëntenraad Werk en Inkomen Venlo": 4, "Wmo-raad Venlo": 2, "de raad": 1}
        )
    }
    mapping = group_councils(seen)
    assert mapping[("Venlo", "Wmo-raad Venlo")].kind == "wmo"
    assert mapping[("Venlo", "de raad")].kind == "clienten"  # the most cited council


def test_abbreviation_joins_the_council_it_spells() -> None:
    seen = {
        "Apeldoorn": Counter(
            {"Cliëntenraad Werk en Inkomen Apeldoorn": 2, "Wmo-raad Apeldoorn": 3, "CWIA": 1}
        )
    }
    assert initials("Cliëntenraad Werk en Inkomen Apeldoorn") == "CWIA"
    assert group_councils(seen)[("Apeldoorn", "CWIA")].kind == "clienten"


def test_rebuild_sets_canonical_name_and_id(tmp_path) -> None:
    con = store_db.connect(tmp_path / "c.duckdb")
    for i, name in enumerate(
        ["Adviesraad Sociaal Domein Oss", "ASD Oss", "Adviesraad Sociaal Domein"]
    ):
        con.execute(
            "INSERT INTO documents (doc_id, path, sha256, doc_type, council, municipality, status, ingested_at) "
            "VALUES (?, ?, ?, 'advies', ?, 'Oss', 'ok', now())",
            [f"d{i}", f"/x/{i}.pdf", f"s{i}", name],
        )
        con.execute(
            "INSERT INTO advices (doc_id, council, municipality) VALUES (?, ?, 'Oss')",
            [f"d{i}", name],
        )
    assert rebuild_councils(con) == 1
    rows = con.execute("SELECT DISTINCT council, council_id FROM advices").fetchall()
    assert rows == [("Adviesraad Sociaal Domein Oss", "oss:advies")]
    aliases = con.execute("SELECT aliases FROM councils").fetchone()[0]
    assert sorted(aliases) == [
        "ASD Oss",
        "Adviesraad Sociaal Domein",
        "Adviesraad Sociaal Domein Oss",
    ]
    con.close()
    duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True).close()
