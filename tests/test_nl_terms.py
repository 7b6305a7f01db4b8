import pytest

from cp_textmine.read.terms import classify_term_sentence, find_terms, to_days


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("Het college reageert binnen zes weken schriftelijk op het advies.", 42),
        ("Het college beantwoordt het advies binnen 4 weken.", 28),
        ("Het college deelt binnen 42 dagen na ontvangst van het advies zijn standpunt mee.", 42),
        (
            "Burgemeester en wethouders reageren uiterlijk acht weken na ontvangst van het advies.",
            56,
        ),
        ("Het college geeft binnen een termijn van zes (6) weken een reactie.", 42),
    ],
)
def test_college_answer_terms(sentence: str, days: int) -> None:
    terms = find_terms(sentence)
    assert [t.days for t in terms] == [days]
    assert terms[0].role == "college_answer"


def test_council_term_is_not_the_norm() -> None:
    role, _ = classify_term_sentence("De cliëntenraad brengt binnen vier weken advies uit.")
    assert role == "council_advice"


def test_units() -> None:
    assert to_days("zes", "weken") == 42
    assert to_days("1", "maand") == 30
    assert to_days("tien", "werkdagen") == 14
