"""Factored alternations match exactly what ``re.compile`` matches: same places, same groups."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cp_textmine.classify
import cp_textmine.read
from cp_textmine.read import rx

DEV = Path(__file__).resolve().parents[1] / "annotations" / "dev"


def _reader_patterns() -> list[re.Pattern]:
    """Every module-level pattern of the readers (as the prefilter wraps them, too)."""
    modules = [
        importlib.import_module(f"{package.__name__}.{module.name}")
        for package in (cp_textmine.classify, cp_textmine.read)
        for module in pkgutil.iter_modules(package.__path__)
    ]
    found: dict[tuple[str, int], re.Pattern] = {}

    def collect(value) -> None:
        pattern = getattr(value, "_pattern", value)
        if isinstance(pattern, re.Pattern):
            found.setdefault((pattern.pattern, pattern.flags), pattern)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                collect(item)

    for module in modules:
        for value in vars(module).values():
            collect(value)
    return list(found.values())


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _dev_texts() -> list[str]:
    """Writers' sentences on the college's stance (every other one of 1,080: the test's time
    goes by characters), and three whole annual reports."""
    texts = []
    for path in sorted((DEV / "stance").glob("sentences-*.jsonl")):
        lines = [line for line in path.read_text().splitlines() if line]
        texts += [json.loads(line)["sentence"] for line in lines[::2]]
    for path in sorted((DEV / "html").glob("*/dev-*-1[01].html"))[:3]:
        parser = _Text()
        parser.feed(path.read_text(encoding="utf-8"))
        texts.append("".join(parser.parts))
    return texts


def _matches(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


PATTERNS = _reader_patterns()
#: patterns whose alternations the factoring changed (the others are re's own code)
FACTORED = [p for p in PATTERNS if p != re.compile(p.pattern, p.flags)]


def test_the_readers_patterns_are_factored():
    assert len(PATTERNS) > 500
    assert len(FACTORED) > 50  # the long alternations among them


def test_every_factored_reader_pattern_matches_as_re_does_on_the_dev_texts():
    texts = _dev_texts()
    assert len(texts) > 500 and sum(map(len, texts)) > 100_000
    differing = [
        p.pattern[:80]
        for p in FACTORED
        if any(_matches(p, t) != _matches(re.compile(p.pattern, p.flags), t) for t in texts)
    ]
    assert differing == []


#: alternatives that share their first items in many ways, with groups and look-arounds
TRICKY = [
    r"\bneem\b|\bnemen\b|\bnam(en)?\b|over",
    r"(?<!kennis\s)\b(neem|neemt)\b[^.;]{0,20}\bover\b|\b(neem|neemt)\s+(?P<obj>\w+)",
    r"^a|^ab|^(a)c|b|[ab]x|[ab]y|\Ba",
    r"x(?:a|ab|abc)y|x(?:ab)+|x",
    r"(?i:a)b|(?i:a)c|ab",
]


@pytest.mark.parametrize("pattern", TRICKY)
@settings(max_examples=300, derandomize=True, deadline=None)
@given(text=st.text(alphabet="abcxyABC neemovrkis.;\n", max_size=40))
def test_factoring_keeps_every_match_and_group(pattern, text):
    for flags in (0, re.I, re.M):
        factored = rx._from_entry(pattern, rx._entry_for(pattern, flags))
        assert _matches(factored, text) == _matches(re.compile(pattern, flags), text)
