"""The verordening's norm is the term of the body that must answer, read from each clause's subject."""

from __future__ import annotations

from cp_textmine.classify.regulation import regulation_facts
from cp_textmine.read.doctext import DocText
from cp_textmine.records import Page


def _terms(text: str) -> tuple[int | None, int | None]:
    facts, _ = regulation_facts(DocText.from_pages((Page(1, text, "text", len(text)),)), None)
    return facts.response_norm_days, facts.advice_term_days


def test_two_bodies_in_one_sentence_each_keep_their_own_term():
    text = ("De adviesraad brengt binnen zes weken na ontvangst schriftelijk advies uit, waarna het "
            "college binnen acht weken na ontvangst van het advies schriftelijk reageert.")  # fmt: skip
    assert _terms(text) == (56, 42)


def test_order_does_not_decide_the_college_first():
    text = ("Het college reageert binnen vier weken op een advies, terwijl de cliëntenraad zijn "
            "advies binnen zes weken uitbrengt.")  # fmt: skip
    assert _terms(text) == (28, 42)


def test_part_without_a_body_takes_the_role_of_the_whole_clause():
    text = "Het college beantwoordt het advies schriftelijk, en het doet dat binnen zes weken."
    assert _terms(text)[0] == 42


def test_extension_in_one_part_leaves_the_term_in_the_other():
    text = ("Het college reageert binnen zes weken op het advies, waarbij deze termijn eenmaal met "
            "vier weken kan worden verlengd.")  # fmt: skip
    assert _terms(text)[0] == 42
