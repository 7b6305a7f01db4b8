"""A small hand-made scan database whose figures are computed by hand in test_scan_indicators.

Peildatum 2024-06-30, default norm 42 days. Ede has a broad council (A) and a work-and-income
council (B); Tilburg's council has advices but no responses (plus a response linked to nothing);
Zaanstad's advices are all still within their term; council A has advices in 2023 and 2024.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from cp_textmine.store import db as store_db

A = "Adviesraad Sociaal Domein Ede"
B = "Cliëntenraad Werk en Inkomen Ede"
C = "Cliëntenraad Tilburg"
D = "Cliëntenraad Zaanstad"
REFERENCE_DATE = "2024-06-30"

# doc_id, council, municipality, advice_date, requested, request_date, subject, topics
ADVICES = [
    ("a1", A, "Ede", date(2023, 1, 10), True, date(2022, 12, 20), "Advies Wmo-beleidsplan", ["wmo_zorg"]),
    ("a2", A, "Ede", date(2023, 3, 1), True, date(2023, 1, 15), "Advies beleidsplan jeugdhulp 2023", ["jeugd"]),
    ("a3", A, "Ede", date(2023, 5, 1), False, None, "Ongevraagd advies kostendelersnorm", ["bijstand"]),
    ("a4", A, "Ede", date(2023, 7, 1), False, None, "Ongevraagd advies mantelzorg", ["wmo_zorg", "jeugd"]),
    ("a5", A, "Ede", date(2023, 9, 1), True, None, "Advies eigen bijdrage Wmo", ["wmo_zorg"]),
    ("a6", A, "Ede", date(2023, 10, 1), True, date(2023, 9, 10), "Advies werkplan", []),
    ("a7", A, "Ede", date(2024, 6, 10), False, None, "Ongevraagd advies bereikbaarheid", ["dienstverlening"]),
    ("b1", B, "Ede", date(2023, 2, 1), True, date(2023, 1, 1), "Advies toeslagenverordening", ["bijstand"]),
    ("b2", B, "Ede", date(2023, 6, 1), False, None, "Ongevraagd advies handhaving", ["handhaving"]),
    ("c1", C, "Tilburg", date(2022, 3, 1), False, None, "Ongevraagd advies energietoeslag", ["armoede_minima"]),
    ("c2", C, "Tilburg", date(2022, 4, 1), True, None, "Advies schuldhulpverlening", ["schulden"]),
    ("d1", D, "Zaanstad", date(2024, 6, 1), True, None, "Advies re-integratie", []),
    ("d2", D, "Zaanstad", date(2024, 6, 20), False, None, "Ongevraagd advies parttime werk", []),
]  # fmt: skip
# doc_id, advice_doc_id, response_date, decision, motivated
RESPONSES = [
    ("r1", "a1", date(2023, 2, 1), "adopted", None),  # 22 days
    ("r2", "a2", date(2023, 4, 20), "not_adopted", True),  # 50 days
    ("r3", "a3", date(2023, 5, 31), "partially_adopted", False),  # 30 days
    ("r5", "a5", date(2023, 11, 15), "noted", None),  # 75 days
    ("r6", "a6", date(2023, 10, 29), "adopted", None),  # 28 days
    ("rb1", "b1", date(2023, 3, 1), "adopted", None),  # 28 days
    ("r_orphan", None, date(2022, 5, 1), "not_adopted", True),  # linked to no advice
]
# the jaarverslag of council A over 2023: row_no, date, subject, requested, answered, adopted
REPORT_ROWS = [
    (1, date(2023, 1, 11), "Wmo-beleidsplan", True, True, "ja"),  # a1 by date (1 day): agrees
    (2, date(2023, 3, 5), "Beleidsplan jeugdhulp", False, True, "ja"),  # a2 by subject: 2 differences
    (3, date(2023, 12, 15), "Vervoer naar dagbesteding", True, False, None),  # no letter
    (4, date(2023, 7, 2), "Mantelzorg", False, True, None),  # a4 by date: letter unanswered
    (5, date(2023, 5, 2), "Kostendelersnorm", False, True, "deels"),  # a3 by date: agrees
]  # fmt: skip
PAGES = {
    "a3": ["Ongevraagd advies kostendelersnorm\nDe cliëntenraad vraagt aandacht voor de kostendelersnorm.\n"
           "Jongeren die bij hun ouders wonen verliezen door de kostendelersnorm inkomen.",
           "Wij adviseren u de uitkeringen van kostendelers te heroverwegen."],
    "a1": ["Advies Wmo-beleidsplan\nHuishoudelijke ondersteuning en mantelzorg verdienen aandacht."],
    "b1": ["Advies toeslagenverordening\nDe toeslag voor alleenstaanden en de kostendelersnorm."],
}  # fmt: skip


def insert(con, sql: str, rows: list) -> None:
    for row in rows:
        con.execute(sql, list(row))


def build_scan_db(path: Path) -> Path:
    """Write the fixture database; returns its path."""
    con = store_db.connect(path)
    try:
        store_db.set_setting(con, "reference_date", REFERENCE_DATE)
        _documents(con)
        insert(con, "INSERT INTO advices (doc_id, council, municipality, advice_date, requested, "
               "request_date, subject) VALUES (?, ?, ?, ?, ?, ?, ?)", [a[:7] for a in ADVICES])  # fmt: skip
        insert(con, "INSERT INTO advice_topics VALUES (?, ?, ?)",
               [(a[0], t, 0.9 - i / 10) for a in ADVICES for i, t in enumerate(a[7])])  # fmt: skip
        insert(con, "INSERT INTO evidence VALUES (?, 'doc_date', 1, ?, 0, 10)",
               [(a[0], f"Datum: {a[3]}") for a in ADVICES])  # fmt: skip
        insert(con, "INSERT INTO responses (doc_id, advice_doc_id, response_date, decision, motivated,"
               " link_confidence, link_method) VALUES (?, ?, ?, ?, ?, 0.9, 'reference')", RESPONSES)  # fmt: skip
        insert(con, "INSERT INTO evidence VALUES (?, 'decision', 1, ?, 0, 20)",
               [(r[0], f"Besluit: {r[3]}") for r in RESPONSES])  # fmt: skip
        con.execute("INSERT INTO response_points (doc_id, point, decision, snippet) VALUES ('r3', 1, 'adopted', 'Punt 1 nemen wij over.'),"
                    " ('r3', 2, 'not_adopted', 'Punt 2 nemen wij niet over.')")  # fmt: skip
        con.execute(
            "INSERT INTO annual_reports (doc_id, council, municipality, year, n_advices_listed) VALUES ('jA', ?, 'Ede', 2023, 5)",
            [A],
        )
        insert(con, "INSERT INTO annual_report_advices VALUES ('jA', ?, ?, ?, ?, ?, ?, ?)",
               [(*r, f"{r[1]} | {r[2]}") for r in REPORT_ROWS])  # fmt: skip
        insert(con, "INSERT INTO pages VALUES (?, ?, ?, 'text', ?, NULL)",
               [(d, n, t, len(t)) for d, pages in PAGES.items() for n, t in enumerate(pages, 1)])  # fmt: skip
    finally:
        con.close()
    return path


def _documents(con) -> None:
    """documents and document_paths rows for every advice, response and the jaarverslag."""
    now = datetime(2024, 7, 1, 12, 0)
    docs = [(a[0], "advies", a[1], a[2], a[3], a[6]) for a in ADVICES]
    docs += [(r[0], "reactie", None, None, r[2], f"Reactie {r[1]}") for r in RESPONSES]
    docs.append(("jA", "jaarverslag", A, "Ede", date(2024, 3, 1), "Jaarverslag 2023"))
    insert(con, "INSERT INTO documents (doc_id, path, sha256, doc_type, council, municipality, "
           "doc_date, subject, n_pages, status, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 'ok', ?)",
           [(d[0], f"/corpus/{d[0]}.pdf", f"sha-{d[0]}", *d[1:], now) for d in docs])  # fmt: skip
    insert(con, "INSERT INTO document_paths (doc_id, path, first_seen, last_seen) VALUES (?, ?, ?, ?)",
           [(d[0], f"/corpus/{d[0]}.pdf", now, now) for d in docs])  # fmt: skip


@pytest.fixture
def scan_db(tmp_path: Path) -> Path:
    return build_scan_db(tmp_path / "scan.duckdb")


def test_fixture_has_what_the_docstring_says(scan_db: Path) -> None:
    con = store_db.connect(scan_db, read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM advice_outcomes").fetchone()[0] == len(ADVICES)
        unlinked = con.execute(
            "SELECT count(*) FROM responses WHERE advice_doc_id IS NULL"
        ).fetchone()
        assert unlinked == (1,)
    finally:
        con.close()
