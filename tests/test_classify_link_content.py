"""Linking an answer that cites nothing of its advice by what both discuss."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cp_textmine.classify.link import link_all
from cp_textmine.store import db as store_db

ENERGY_ADVICE = (
    "Ongevraagd advies: energiearmoede, de komende winter\nGeacht college,\nHuishoudens kunnen "
    "hun energierekening niet betalen. Wij adviseren een noodfonds energie in te richten en de "
    "energiecoaches actief te laten aanbellen bij huishoudens met een betalingsachterstand."
)
TRANSPORT_ADVICE = (
    "Advies leerlingenvervoer\nGeacht college,\nOuders van leerlingen in het speciaal onderwijs "
    "melden lange reistijden. Wij adviseren de chauffeurs vaste routes te geven en de reistijd "
    "te beperken tot een uur."
)
ANSWER = (
    "Onderwerp: betaalbaarheid energierekening\nGeachte heer Hoogendoorn,\nOnlangs ontvingen wij "
    "uw brief over inwoners die hun energierekening moeilijk kunnen opbrengen. Noodfonds\nEen "
    "eigen noodfonds vraagt structureel geld. Energiecoaches\nDe inzet van de energiecoaches "
    "blijft ongewijzigd; een betalingsachterstand zien wij via de vroegsignalering."
)


def _store(tmp_path: Path, answers: dict[str, tuple[str, str | None, date | None]]) -> Path:
    path = tmp_path / "link.duckdb"
    con = store_db.connect(path)
    advices = [
        ("a-energy", date(2025, 9, 22), "Ongevraagd advies: energiearmoede", ENERGY_ADVICE),
        ("a-transport", date(2025, 6, 16), "Advies leerlingenvervoer", TRANSPORT_ADVICE),
    ]
    for doc_id, day, subject, text in advices:
        con.execute(
            "INSERT INTO advices (doc_id, municipality, advice_date, subject) VALUES (?, ?, ?, ?)",
            [doc_id, "Pijnacker-Nootdorp", day, subject],
        )
        con.execute(
            "INSERT INTO pages VALUES (?, 1, ?, 'text', ?, NULL)", [doc_id, text, len(text)]
        )
    for doc_id, (text, reference, cited) in answers.items():
        con.execute(
            "INSERT INTO responses (doc_id, response_date, municipality, subject, advice_reference,"
            " advice_date_cited) VALUES (?, ?, ?, ?, ?, ?)",
            [doc_id, date(2025, 10, 21), "Pijnacker-Nootdorp", "betaalbaarheid energierekening",
             reference, cited],
        )  # fmt: skip
        con.execute(
            "INSERT INTO pages VALUES (?, 1, ?, 'text', ?, NULL)", [doc_id, text, len(text)]
        )
    con.close()
    return path


def _links(path: Path) -> dict[str, tuple[str | None, str | None]]:
    con = store_db.connect(path)
    try:
        return {link.response_doc_id: (link.advice_doc_id, link.method) for link in link_all(con)}
    finally:
        con.close()


def test_an_answer_citing_nothing_links_to_the_advice_it_discusses(tmp_path: Path) -> None:
    links = _links(_store(tmp_path, {"r": (ANSWER, None, None)}))
    assert links == {"r": ("a-energy", "content")}


def test_an_answer_citing_a_date_no_advice_has_stays_unlinked(tmp_path: Path) -> None:
    """It answers an advice that is not in the database, however much it shares with one."""
    cited_other = _store(tmp_path, {"r": (ANSWER, None, date(2024, 11, 5))})
    assert _links(cited_other) == {"r": (None, None)}


def test_an_answer_about_something_else_stays_unlinked(tmp_path: Path) -> None:
    other = (
        "Geachte heer,\nUw brief over de openingstijden van het gemeentehuis hebben wij gelezen."
    )
    assert _links(_store(tmp_path, {"r": (other, None, None)})) == {"r": (None, None)}


def test_a_little_less_shared_content_links_when_it_is_twice_any_others() -> None:
    """0.22 of the advice's weighted words shared and at most half that with the other advice:
    linked, though under 0.25; shared nearly as much with another: not; 0.25 with a margin of
    1.5 as before."""
    from cp_textmine.classify.link import content_stands_out

    assert content_stands_out(0.22, 0.10)
    assert not content_stands_out(0.22, 0.15)
    assert not content_stands_out(0.18, 0.05)
    assert content_stands_out(0.30, 0.19)
