"""Sentence splitting in read/doctext.py."""

from __future__ import annotations

from cp_textmine.read.doctext import split_sentences


def _sentences(text: str) -> list[str]:
    return [" ".join(text[s:e].split()) for s, e in split_sentences(text)]


def test_a_quotation_on_lines_of_its_own_ends_before_the_answer() -> None:
    """The ask quoted without a full stop, then the answer on the next line: two sentences."""
    text = (
        '"een regeling te treffen waarbij de kosten van een taxi worden vergoed als\n'
        'iemand na dertig minuten nog niet is opgehaald"\n'
        "Deze aanbeveling nemen wij niet over."
    )
    assert _sentences(text) == [
        '"een regeling te treffen waarbij de kosten van een taxi worden vergoed als iemand na '
        'dertig minuten nog niet is opgehaald"',
        "Deze aanbeveling nemen wij niet over.",
    ]


def test_a_quoted_word_within_a_sentence_does_not_end_it() -> None:
    text = 'Het loket heet sinds dit jaar "Wegwijs"\nen is open op werkdagen.'
    assert len(_sentences(text)) == 1
