from datetime import date

import pytest

from cp_textmine.read.dates import find_dates, format_dutch, parse_date, resolve_yearless


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14 maart 2023", date(2023, 3, 14)),
        ("14-03-2023", date(2023, 3, 14)),
        ("14/3/2023", date(2023, 3, 14)),
        ("12 mrt. 2024", date(2024, 3, 12)),
        ("3 feb. 2022", date(2022, 2, 3)),
        ("2024-03-12", date(2024, 3, 12)),
        ("d.d. 5 oktober 2009", date(2009, 10, 5)),
        ("maandag 2 mei 2022", date(2022, 5, 2)),
        ("uw advies d.d. 7-11-'22", date(2022, 11, 7)),
        ("op 1 september 2021 ingegaan", date(2021, 9, 1)),
        ("Leeuwarden, 3 nov. 2022", date(2022, 11, 3)),
        ("14.03.2023", date(2023, 3, 14)),
        ("1e januari 2020", date(2020, 1, 1)),
    ],
)
def test_dutch_date_forms(text: str, expected: date) -> None:
    assert parse_date(text) == expected


def test_impossible_dates_are_skipped() -> None:
    assert parse_date("31 februari 2023") is None
    assert parse_date("versie 2.3.4") is None


def test_yearless_dates_need_an_anchor() -> None:
    assert find_dates("uw brief van 3 maart jl.") == []
    mention = find_dates("uw brief van 3 maart jl.", anchor=date(2023, 4, 2))[0]
    assert mention.value == date(2023, 3, 3)
    assert mention.explicit_year is False


def test_jl_and_as_resolve_around_the_anchor() -> None:
    anchor = date(2023, 2, 10)
    assert resolve_yearless(20, 12, anchor, "jl.") == date(2022, 12, 20)
    assert resolve_yearless(3, 1, anchor, "a.s.") == date(2024, 1, 3)
    assert resolve_yearless(3, 3, anchor, "a.s.") == date(2023, 3, 3)


def test_positions_point_at_the_date() -> None:
    text = "Datum: 14 maart 2023, kenmerk 15/458"
    mention = find_dates(text)[0]
    assert text[mention.start : mention.end] == "14 maart 2023"


def test_reference_numbers_are_not_dates() -> None:
    assert find_dates("kenmerk 15/458 en Z-19-050969/D/19/157082") == []


def test_format_dutch() -> None:
    assert format_dutch(date(2023, 3, 14)) == "14 maart 2023"
