"""The three example queries of the README, run against the fixture database.

The README shows these queries verbatim; once it does, the last test keeps the two copies equal.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cp_textmine.store import db as store_db

from .test_scan_fixture import build_scan_db

ADOPTION_BY_TOPIC = """\
-- Adoption rate by topic (advices with a response; an advice counts once per topic)
WITH per_topic AS (
    SELECT unnest(topics) AS topic, decision
    FROM advice_outcomes
    WHERE decision IS NOT NULL
)
SELECT topic,
       count(*) AS n_answered,
       round(avg((decision = 'adopted')::INTEGER), 2) AS adopted,
       round(avg((decision IN ('adopted', 'partially_adopted'))::INTEGER), 2) AS adopted_incl_partial
FROM per_topic
GROUP BY topic
ORDER BY adopted_incl_partial DESC, n_answered DESC, topic;"""

SLOWEST_RESPONSES = """\
-- Municipalities with the slowest responses (median days from advice to response)
SELECT municipality,
       count(response_days) AS n_answered,
       median(response_days) AS median_days,
       quantile_cont(response_days, 0.9) AS p90_days,
       round(avg(timely::INTEGER), 2) AS timely_rate,
       count(*) FILTER (WHERE NOT answered) AS n_unanswered
FROM advice_outcomes
GROUP BY municipality
HAVING count(response_days) > 0
ORDER BY median_days DESC, p90_days DESC
LIMIT 10;"""

UNSOLICITED_OVER_YEARS = """\
-- Unsolicited share over the years (advices whose requested/unsolicited status is known)
SELECT year,
       count(*) AS n_advices,
       count(requested) AS n_known,
       round(avg((NOT requested)::INTEGER), 2) AS unsolicited_share
FROM advice_outcomes
WHERE year IS NOT NULL
GROUP BY year
ORDER BY year;"""

QUERIES = [ADOPTION_BY_TOPIC, SLOWEST_RESPONSES, UNSOLICITED_OVER_YEARS]
README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.fixture
def con(tmp_path: Path):
    connection = store_db.connect(build_scan_db(tmp_path / "scan.duckdb"))
    yield connection
    connection.close()


def test_adoption_rate_by_topic(con) -> None:
    # bijstand: a3 partial, b1 adopted; wmo_zorg: a1 adopted, a5 noted; jeugd: a2 not adopted
    assert con.execute(ADOPTION_BY_TOPIC).fetchall() == [
        ("bijstand", 2, 0.5, 1.0), ("wmo_zorg", 2, 0.5, 0.5), ("jeugd", 1, 0.0, 0.0),
    ]  # fmt: skip


def test_slowest_responses(con) -> None:
    con.execute("INSERT INTO responses (doc_id, advice_doc_id, response_date, decision) "
                "VALUES ('rc1', 'c1', ?, 'noted')", [date(2022, 4, 30)])  # fmt: skip  # 60 days
    rows = con.execute(SLOWEST_RESPONSES).fetchall()
    # Tilburg: 60 days (c2 overdue); Ede: 22 28 28 30 50 75 -> median 29, p90 62.5
    assert rows == [("Tilburg", 1, 60.0, 60.0, 0.0, 1), ("Ede", 6, 29.0, 62.5, 0.5, 3)]


def test_unsolicited_share_over_years(con) -> None:
    assert con.execute(UNSOLICITED_OVER_YEARS).fetchall() == [
        (2022, 2, 2, 0.5), (2023, 8, 8, 0.38), (2024, 3, 3, 0.67),
    ]  # fmt: skip


@pytest.mark.parametrize("query", QUERIES, ids=["topic", "slowest", "unsolicited"])
def test_readme_shows_the_tested_query(query: str) -> None:
    readme = README.read_text(encoding="utf-8")
    title = query.splitlines()[0]
    if title not in readme:
        pytest.skip("the README does not show this query yet")
    assert query in readme
