"""The place gazetteer without spaCy gives what spaCy's PhraseMatcher gave (issue 14).

read/nl_tokens.py ports spaCy's Dutch tokenizer and read/places.py matches names on its
tokens. These tests compare both with spaCy itself: the rules file against the installed
spaCy, then tokens and place mentions on the hand-written dev and demo sources and on
generated texts full of what tokenizers trip over (abbreviations, quotes, URLs, hyphens,
odd whitespace, capitals).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cp_textmine.read import nl_tokens
from cp_textmine.read.places import PlaceMention, alias_table, canonical, find_places

spacy = pytest.importorskip("spacy")

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "annotations" / "dev").rglob("*.cpdoc")) + sorted(
    (ROOT / "corpora" / "demo").rglob("*.cpdoc")
)


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("nl")


@pytest.fixture(scope="module")
def spacy_find_places(nlp):
    """read/places.find_places as it was with spaCy's PhraseMatcher (before issue 14)."""
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("PLACE", list(nlp.tokenizer.pipe(sorted(alias_table()))))

    def longest_non_overlapping(spans: list) -> list:
        chosen, used = [], set()
        for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
            if any(i in used for i in range(span.start, span.end)):
                continue
            chosen.append(span)
            used.update(range(span.start, span.end))
        return sorted(chosen, key=lambda s: s.start)

    def find(text: str) -> list[PlaceMention]:
        doc = nlp.make_doc(text)
        mentions = []
        for span in longest_non_overlapping([doc[s:e] for _, s, e in matcher(doc)]):
            written = span.text
            if not written[:1].isupper() and not written.startswith(("'s", "’s")):
                continue
            name = canonical(written)
            if name:
                mentions.append(PlaceMention(name, span.start_char, span.end_char, written))
        return mentions

    return find


def generated_texts(n: int, seed: int = 14) -> list[str]:
    """Names in every case, next to punctuation, abbreviations, URLs and odd whitespace."""
    rng = random.Random(seed)
    names = sorted(alias_table())
    specials = sorted(nl_tokens.dutch_tokenizer().specials)
    punct = [
        *".,;:!?()[]{}\"'`´‘’“”„«»-–—/\\|@#$%^&*_+=<>~…§°€£©®™•·",
        "''", ",,", "--", "...", "'s", "’s", "'t", "(NH.)", "(L.)", "(Gr.)",
    ]  # fmt: skip
    words = [
        "de", "gemeente", "Gemeente", "raad", "Adviesraad", "www", "http://www.ede.nl",
        "info@ede.nl", "https://x.nl/a?b=c", "2024", "3,5", "1.000", "€50", "50%", "10km",
        "e-mail", "Noord-Holland", "A4", "nr.", "blz.", "t.a.v.", "o.a.", "St.", "ARTIKEL",
        "İstanbul", "ß", "ﬁ", "🙂", "\u200b", "x²", "10°C.", "Ede's", "EDE", "Den", "Haag",
    ]  # fmt: skip
    spaces = [" "] * 4 + ["  ", "\n", "\n\n", "\t", "\xa0", " \n", "\n ", "\r\n", "\u2009", "\f"]

    def piece() -> str:
        r = rng.random()
        if r < 0.3:
            name, f = rng.choice(names), rng.random()
            if f < 0.2:
                return name.upper()
            return name.title() if f < 0.6 else (name[:1].upper() + name[1:] if f < 0.8 else name)
        if r < 0.45:
            return rng.choice(specials)
        if r < 0.6:
            return rng.choice(words)
        if r < 0.8:
            return rng.choice(punct)
        letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéëïöü0123456789.-,'/"
        return "".join(rng.choice(letters) for _ in range(rng.randint(1, 8)))

    texts = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 25)):
            parts.append(piece())
            parts.append(rng.choice(spaces) if rng.random() < 0.7 else "")
        texts.append("".join(parts))
    return texts


def source_texts() -> list[str]:
    assert len(SOURCES) > 100, "the dev and demo sources moved"
    return [path.read_text(encoding="utf-8") for path in SOURCES]


def test_rules_file_is_the_installed_spacys(nlp) -> None:
    """tools/gen_nl_tokenizer.py wrote the rules from this spaCy; re-run it after an upgrade."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen", ROOT / "tools" / "gen_nl_tokenizer.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    stored = json.loads(nl_tokens.RULES_FILE.read_text(encoding="utf-8"))
    fresh = gen.with_special_patterns(gen.rules_from_spacy())
    assert stored == json.loads(json.dumps(fresh, ensure_ascii=False))


@pytest.mark.parametrize("kind", ["sources", "generated"])
def test_tokens_are_spacys(nlp, kind: str) -> None:
    texts = source_texts() if kind == "sources" else generated_texts(3000)
    tokenizer = nl_tokens.dutch_tokenizer()
    differ = []
    for text in texts:
        theirs = [(t.idx, t.text) for t in nlp.make_doc(text)]
        ours = [(t.start, t.text) for t in tokenizer(text)]
        if theirs != ours:
            differ.append(text[:200])
    assert differ == []


@pytest.mark.parametrize("kind", ["sources", "generated"])
def test_place_mentions_are_the_phrase_matchers(spacy_find_places, kind: str) -> None:
    texts = source_texts() if kind == "sources" else generated_texts(3000, seed=15)
    if kind == "sources":  # metadata reads the first 6000 characters; whole sources too
        texts = texts + [t[:6000] for t in texts]
    differ = [t[:200] for t in texts if find_places(t) != spacy_find_places(t)]
    assert differ == []
    assert sum(len(find_places(t)) for t in texts) > len(texts) / 2  # the texts do name places


def test_every_written_form_is_found_as_spacy_finds_it(spacy_find_places) -> None:
    for form in sorted(alias_table()):
        for written in (form, form.title(), form.upper(), form[:1].upper() + form[1:]):
            for text in (f"Gemeente {written}, 1 mei", f"({written})", f"{written}.\n", written):
                assert find_places(text) == spacy_find_places(text), text


def test_a_name_wrapped_at_a_line_end_is_found_whole() -> None:
    from cp_textmine.read.places import find_places

    found = find_places(
        "Verslag Adviesraad Sociaal Domein Stichtse\nVecht, ook voor Bergen op\nZoom"
    )
    assert [m.name for m in found] == ["Stichtse Vecht", "Bergen op Zoom"]
    assert found[0].text == "Stichtse\nVecht"


def test_a_curled_apostrophe_names_the_same_place() -> None:
    from cp_textmine.read.places import canonical, find_places

    found = find_places("Gemeente ’s-Hertogenbosch\n5200 GZ ‘s-Gravenhage")
    assert [m.name for m in found] == ["'s-Hertogenbosch", "'s-Gravenhage"]
    assert found[0].text == "’s-Hertogenbosch"
    assert canonical("’s-Hertogenbosch") == "'s-Hertogenbosch"


LINES = [
    "Gemeente Bergen op", "Zoom", "Stichtse", "Vecht", "Aan het college van Ede,", "de raad",
    "op 3 mei", "’s-Hertogenbosch", "Den Haag", "zijn best doen", "Best", "(Alphen aan den Rijn)",
    "Súdwest-Fryslân.", "", "   ", "van de", "Hof van", "Twente", "De Bilt en De Wolden",
    "Werk en", "Inkomen", "Lekstroom", "Regionale Sociale", "Dienst Kromme", "Rijn Heuvelrug",
    "Wijk bij", "Duurstede", "Bergen (N.H.)", "Werk en Inkomen", "sociale dienst",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=14), st.sampled_from(["\n", "\n\n", " \n"]))
def test_reading_only_the_lines_with_a_name_finds_what_the_whole_text_gives(
    lines: list[str], joiner: str
) -> None:
    from cp_textmine.read.places import _places_in, find_places

    text = joiner.join(lines)
    assert find_places(text) == _places_in(text)


def test_a_name_spread_one_word_a_line_is_found_as_the_whole_text_gives() -> None:
    """Only lines within reach of a name's key word are read: every multi-word form, wrapped at
    every word, among lines that name nothing, reads as the whole text does."""
    from cp_textmine.read.places import _places_in, find_places

    spread = [form for form in sorted(alias_table()) if " " in form]
    assert len(spread) > 50
    for form in spread:
        written = "\n".join(word[:1].upper() + word[1:] for word in form.split())
        text = f"Met vriendelijke groet,\n\n{written}\nPostbus 12\ntelefoon 14 0000"
        assert find_places(text) == _places_in(text), form
        assert canonical(form) in [m.name for m in find_places(text)], form


def test_remembered_places_are_a_fresh_list_each_time() -> None:
    """find_places remembers a text's places; a caller changing its list changes no later answer."""
    text = "Gemeente Ede\nCliëntenraad Ede"
    first = find_places(text)
    first.clear()
    again = find_places(text)
    assert [m.name for m in again] == ["Ede", "Ede"]
    assert again is not find_places(text)
