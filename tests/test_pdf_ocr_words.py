"""OCR's stray accents come off Dutch words; Dutch accents and names stay."""

from __future__ import annotations

import pytest

from cp_textmine.pdf.ocr_words import undo_ocr_accents


@pytest.mark.parametrize(
    ("ocr", "expected"),
    [
        ("Wij dankén u voor uw inhóudelijke reactie.", "Wij danken u voor uw inhoudelijke reactie."),
        ("Ik wäardeer het zeer dat u zich zo bêtrokken toont.", "Ik waardeer het zeer dat u zich zo betrokken toont."),
        ("De gemeênteraad kan kennis nemen van uw standpunten.", "De gemeenteraad kan kennis nemen van uw standpunten."),
        # Dutch as written, and names, are left alone
        ("De cliënten zijn geïnformeerd over de financiën.", "De cliënten zijn geïnformeerd over de financiën."),
        ("Op één punt na, zegt mevrouw Özkan.", "Op één punt na, zegt mevrouw Özkan."),
    ],
)  # fmt: skip
def test_ocr_accents_on_dutch_words(ocr: str, expected: str) -> None:
    assert undo_ocr_accents(ocr) == expected


def test_a_bullet_tesseract_read_as_a_guillemet_is_a_bullet_again() -> None:
    from cp_textmine.pdf.ocr import _lines_from_data

    words = ["In", "2024", "drie", "adviezen.", "«", "Inkoop", "hulp", "«", "Mantelzorg", "«"]
    lines = [1, 1, 1, 1, 2, 2, 2, 3, 3, 4]
    data = {
        "text": words,
        "block_num": [1] * len(words),
        "par_num": [1] * len(words),
        "line_num": lines,
    }
    assert _lines_from_data(data).split("\n") == [
        "In 2024 drie adviezen.",
        "• Inkoop hulp",
        "• Mantelzorg",
        "«",  # alone on its line it stays what it was read as
    ]
