"""Counting recommendations: imperatives and announced lists count, observations do not."""

from __future__ import annotations

import pytest

from cp_textmine.classify.recommendations import count_recommendations, is_imperative
from cp_textmine.read.doctext import DocText
from cp_textmine.records import Page


def count(text: str) -> int:
    return count_recommendations(DocText.from_pages([Page(1, text, "text", len(text))]))[0]


@pytest.mark.parametrize(
    "word", ["Verhoog", "Zorg", "Neem", "Geef", "Leg", "Ken", "Informeer", "Ga"]
)
def test_imperatives_are_recognised(word: str) -> None:
    assert is_imperative(word)


@pytest.mark.parametrize("word", ["Het", "Er", "Zorgen", "Wachttijden", "Veel", "Ouders", "Lange"])
def test_statement_openers_are_not_imperatives(word: str) -> None:
    assert not is_imperative(word)


def test_observations_list_is_not_counted_beside_the_recommendations() -> None:
    text = (
        "Wat wij hoorden\n- Het loket is op vrijdag dicht voor wie werkt.\n"
        "- Er komt te weinig informatie over de toeslag.\n"
        "Ons advies in het kort\n1. Open het loket ook op vrijdagmiddag.\n"
        "2. Stuur iedere aanvrager binnen een week een bevestiging.\n"
    )
    assert count(text) == 2


def test_labelled_items_count_by_the_imperative_after_the_label() -> None:
    text = "1. Bewind. Vergoed de kosten van bewind volledig.\n2. Intake. Zorg voor een intake binnen twee weken.\n"
    assert count(text) == 2


def test_infinitive_items_after_an_advising_intro_all_count() -> None:
    text = (
        "De cliëntenraad adviseert het college:\n1. de inkomensgrens te verhogen naar 130 procent;\n"
        "2. de toeslag ambtshalve toe te kennen;\n3. de brieven op B1-niveau te schrijven.\n"
    )
    assert count(text) == 3


def test_recommendations_in_prose_are_counted_and_a_refusal_to_ask_is_not() -> None:
    text = (
        "Wij vragen het college om vast te leggen dat een klantmanager eerst belt. "
        "Verder zouden wij graag zien dat kleine bedragen niet worden teruggevorderd. "
        "Tot slot pleiten wij ervoor dat medewerkers een training krijgen. "
        "Wij vragen u niet om hierop apart te reageren."
    )
    assert count(text) == 3


def test_a_summary_repeated_in_a_chapter_counts_once() -> None:
    item = "1. Verhoog de inkomensgrens van de minimaregelingen naar 130 procent.\n"
    other = "2. Zorg voor één loket voor alle regelingen in de wijk.\n"
    text = "Samenvatting\n" + item + other + "\nHoofdstuk 4\n" + item + other
    assert count(text) == 2
