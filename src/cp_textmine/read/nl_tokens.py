"""spaCy's Dutch tokenisation (``spacy.blank("nl")``), without spaCy: character spans of tokens.

Why: the place gazetteer matched names with a spaCy PhraseMatcher, and importing spaCy and
building a blank Dutch pipeline cost 1.2 s in every process, more than reading a small PDF.
A name only matches where spaCy puts token boundaries, so the gazetteer needs exactly those
boundaries. This module ports spaCy 3.8's tokenizer (``spacy/tokenizer.pyx``: whitespace
spans, special cases, prefixes, suffixes, infixes, URLs and the special-case pass afterwards)
and reads its rules from ``data/nl_tokenizer.json`` (written by ``tools/gen_nl_tokenizer.py``
from the installed spaCy). tests/test_places_gazetteer.py checks that the file still equals
spaCy's rules and that tokens and place matches are the same as spaCy's on varied texts.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from cp_textmine.config import DATA_DIR
from cp_textmine.read import rx

RULES_FILE = DATA_DIR / "nl_tokenizer.json"
#: whitespace runs and the runs between them
_RUNS = rx.compile(r"\s+|\S+")
#: distinct whitespace-delimited chunks remembered per process (spaCy keeps a cache as well)
CACHE_LIMIT = 50_000


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str


class DutchTokenizer:
    """Token boundaries as ``spacy.blank("nl").tokenizer`` draws them (token_match is None in nl)."""

    def __init__(self, data: dict) -> None:
        # spaCy's affix patterns are long alternations: compiled once per machine (read/rx.py)
        patterns = {
            name: rx.compile(pattern, flags) for name, (pattern, flags) in data["patterns"].items()
        }
        self._prefix = patterns["prefix"].search
        self._suffix = patterns["suffix"].search
        self._infix = patterns["infix"].finditer
        self._url = patterns["url"].match
        self.specials: dict[str, tuple[str, ...]] = {
            text: tuple(orths) for text, orths in data["special_cases"].items()
        }
        self._cache: dict[str, tuple[str, ...]] = {}
        self._special_patterns: dict[str, list[tuple[str, ...]]] = {}
        for orths in data.get("special_patterns") or self.special_patterns(data):
            self._special_patterns.setdefault(orths[0], []).append(tuple(orths))

    def special_patterns(self, data: dict) -> list[list[str]]:
        """The special-case pass's patterns: special cases that contain affixes, as spaCy
        tokenises them without special cases (Tokenizer.add_special_case, faster_heuristics).
        tools/gen_nl_tokenizer.py stores them in the rules file (0.15 s less per process)."""
        patterns = []
        for text in sorted(self.specials):
            if (
                not data["faster_heuristics"]
                or self._find_prefix(text)
                or list(self._infix(text))
                or self._find_suffix(text)
                or " " in text
            ):
                orths = [t.text for t in self.tokenize(text, with_special_cases=False)]
                if orths:
                    patterns.append(orths)
        return patterns

    def _find_prefix(self, text: str) -> int:
        match = self._prefix(text)
        return match.end() - match.start() if match is not None else 0

    def _find_suffix(self, text: str) -> int:
        match = self._suffix(text)
        return match.end() - match.start() if match is not None else 0

    def __call__(self, text: str) -> list[Token]:
        return self.tokenize(text, with_special_cases=True)

    def tokenize(self, text: str, with_special_cases: bool = True) -> list[Token]:
        """Tokenizer.__call__ (with special cases) or Tokenizer._tokenize_affixes (without)."""
        orths: list[str] = []
        starts: list[int] = []
        if not text:
            return []
        # spaCy splits at whitespace runs: a run's first character is dropped when it is a
        # single space after a word, otherwise the run is a token (runs found by one regex
        # search, not a Python loop over characters; \s is str.isspace, checked over Unicode)
        for run in _RUNS.finditer(text):
            start, end = run.span()
            if text[start] == " " and start > 0:
                start += 1
            if start < end:
                self._chunk(text[start:end], start, orths, starts, with_special_cases)
        tokens = [Token(s, s + len(o), o) for o, s in zip(orths, starts, strict=True)]
        if with_special_cases and self._special_patterns:
            tokens = self._apply_special_cases(text, tokens)
        return tokens

    def _chunk(self, span: str, offset: int, orths: list[str], starts: list[int],
               with_special_cases: bool) -> None:  # fmt: skip
        if with_special_cases:
            pieces = self.specials.get(span) or self._cache.get(span)
            if pieces is None:
                pieces = self._split(span, with_special_cases)
                if len(self._cache) < CACHE_LIMIT:
                    self._cache[span] = pieces
        else:
            pieces = self._split(span, with_special_cases)
        position = offset
        for piece in pieces:
            orths.append(piece)
            starts.append(position)
            position += len(piece)

    def _split(self, string: str, with_special_cases: bool) -> tuple[str, ...]:
        """Tokenizer._split_affixes then _attach_tokens, on one span without whitespace."""
        specials = self.specials if with_special_cases else {}
        prefixes: list[str] = []
        suffixes: list[str] = []
        last_size = 0
        while string and len(string) != last_size:
            if string in specials:
                break
            last_size = len(string)
            pre_len = self._find_prefix(string)
            if pre_len != 0:
                prefix = string[:pre_len]
                minus_pre = string[pre_len:]
                if minus_pre and minus_pre in specials:
                    string = minus_pre
                    prefixes.append(prefix)
                    break
            suf_len = self._find_suffix(string[pre_len:])
            if suf_len != 0:
                suffix = string[-suf_len:]
                minus_suf = string[:-suf_len]
                if minus_suf and minus_suf in specials:
                    string = minus_suf
                    suffixes.append(suffix)
                    break
            if pre_len and suf_len and (pre_len + suf_len) <= len(string):
                string = string[pre_len:-suf_len]
                prefixes.append(prefix)
                suffixes.append(suffix)
            elif pre_len:
                string = minus_pre
                prefixes.append(prefix)
            elif suf_len:
                string = minus_suf
                suffixes.append(suffix)
        out = list(prefixes)
        if string:
            known = specials.get(string) or (
                self._cache.get(string) if with_special_cases else None
            )
            if known is not None:
                out.extend(known)
            elif self._url(string):
                out.append(string)
            else:
                out.extend(self._infixes(string))
        out.extend(reversed(suffixes))
        return tuple(out)

    def _infixes(self, string: str) -> list[str]:
        matches = list(self._infix(string))
        if not matches:
            return [string]
        out = []
        start = 0
        for match in matches:
            infix_start, infix_end = match.start(), match.end()
            if infix_start == 0:  # start_before_infixes: an infix at the very start is skipped
                continue
            if infix_start != start:
                out.append(string[start:infix_start])
            if infix_start != infix_end:
                out.append(string[infix_start:infix_end])
            start = infix_end
        if string[start:]:
            out.append(string[start:])
        return out

    def _apply_special_cases(self, text: str, tokens: list[Token]) -> list[Token]:
        """Tokenizer._apply_special_cases: re-split token runs that spell a special case."""
        orths = [t.text for t in tokens]
        matches = []
        for i, orth in enumerate(orths):
            for pattern in self._special_patterns.get(orth, ()):
                if tuple(orths[i : i + len(pattern)]) == pattern:
                    matches.append((i, i + len(pattern)))
        if not matches:
            return tokens
        # _filter_special_spans: longest first (ties: earlier start first); a span is kept when
        # neither its first nor its last token was seen in a span before it
        matches = sorted(set(matches), key=lambda m: (m[1] - m[0], -m[0]))
        seen: set[int] = set()
        kept = []
        for start, end in reversed(matches):
            if start not in seen and end - 1 not in seen:
                kept.append((start, end))
            seen.update(range(start, end))
        replace = {}
        for start, end in kept:
            span_text = text[tokens[start].start : tokens[end - 1].end]
            rule = self.specials.get(span_text)
            if rule is not None:
                replace[start] = (end, rule)
        if not replace:
            return tokens
        out = []
        i = 0
        while i < len(tokens):
            if i not in replace:
                out.append(tokens[i])
                i += 1
                continue
            end, rule = replace[i]
            position = tokens[i].start
            for orth in rule:
                out.append(Token(position, position + len(orth), orth))
                position += len(orth)
            i = end
        return out


@functools.lru_cache(maxsize=1)
def dutch_tokenizer() -> DutchTokenizer:
    return DutchTokenizer(json.loads(RULES_FILE.read_text(encoding="utf-8")))
