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


def test_list_items_take_the_subject_of_their_intro() -> None:
    """ "De adviesraad:" and "Het college:" over items that open on their verbs: each term
    binds the body of its list, not the body a later article names with another term."""
    text = (
        "Artikel 7 Taken van de adviesraad\nDe adviesraad:\na. brengt een gevraagd advies uit "
        "binnen vijf weken na ontvangst van de adviesaanvraag;\nb. zendt het college een "
        "jaarverslag.\nArtikel 8 Verplichtingen van het college\nHet college:\na. vraagt de "
        "adviesraad tijdig om advies;\nb. reageert binnen acht weken na ontvangst van een gevraagd "
        "of ongevraagd advies schriftelijk op het advies en geeft daarbij, indien het van het "
        "advies afwijkt, gemotiveerd aan waarom;\nc. voert driemaal per jaar overleg met de adviesraad.\n"
        "Artikel 11 Geschillen\nIs de adviesraad van oordeel dat het college een verplichting "
        "uit artikel 8 niet nakomt, dan meldt hij dit schriftelijk aan de portefeuillehouder, "
        "die binnen vier weken een gesprek met de voorzitter voert.\n"
    )
    assert _terms(text) == (56, 35)
