"""A compiled pattern that first checks, cheaply, whether it can match at all.

The stance and recommendation readers try long alternations ("neemt ... over", "volgen wij",
"akkoord", ... a hundred alternatives) on every clause. Python's ``re`` tries each alternative
at each position, about 0.1 ms a clause, even though half the clauses contain none of the
words any alternative needs. Every match of such a pattern must contain one of a set of
literal strings (per alternative: its longest literal, or the set of literals of a group of
words). ``prefiltered`` derives that set from the parsed pattern and, when a text contains
none of them, answers as the pattern would without running it. The answers are the same by
construction: the set is only a necessary condition, folded the way ``re.IGNORECASE``
compares characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _casefix as _casefix  # the extra pairs re.IGNORECASE treats as equal
from re import _constants as _c
from re import _parser as _parser

from cp_textmine.read import rx

#: the one character whose full lower case (str.lower) differs from the simple one re uses
_SIMPLE_LOWER = str.maketrans({"\u0130": "i"})
#: characters re.IGNORECASE also treats as equal ("ſ" and "s", "ı" and "i", ...), each mapped
#: to one of its class
_EXTRA_CASES = str.maketrans(
    {
        chr(code): chr(min(code, *others))
        for code, others in _casefix._EXTRA_CASES.items()
        if min(code, *others) != code
    }
)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
#: literals shorter than this are too common to be worth a check ("u", "in")
MIN_LITERAL = 2
#: a run of fixed strings longer than this is not listed
MAX_STRINGS = 64
_WORD = rx.compile(r"\w+")
_NON_WORD = rx.compile(r"\W+")


def fold(text: str) -> str:
    """The text as re.IGNORECASE compares it, character by character."""
    return text.translate(_SIMPLE_LOWER).lower().translate(_EXTRA_CASES)


def required_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Strings of which every match contains at least one, in the form ``possible`` looks them
    up; None when no such set is known.

    A literal of word characters only is looked up in the text with each run of other
    characters made one space, and written with a space where the pattern puts a word boundary
    (``\\bin\\b`` becomes " in "); any other literal is looked up in the text itself.
    """
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:  # pragma: no cover - the pattern compiled, so it parses
        return None
    bounded = not pattern.flags & re.ASCII  # \\b as str.isalnum() sees words
    found = _sequence(list(parsed), False, False, bounded)
    if found is None or min(len(s.strip()) for s in found) < MIN_LITERAL:
        return None
    if pattern.flags & re.IGNORECASE:
        return frozenset(fold(s) for s in found)
    return frozenset(found)


def _sequence(items: list, left: bool, right: bool, bounded: bool) -> set[str] | None:
    """The most selective requirement among the items every match of the sequence passes.

    Consecutive items that each match one of a few fixed strings ("neem|neemt", "groet(en)?")
    make one run of strings. ``left``/``right``: the sequence starts/ends at a word boundary
    its context requires.
    """
    options: list[set[str]] = []
    run: set[str] | None = None
    run_left = left

    def at_boundary(index: int) -> bool:
        if not bounded:
            return False
        if index < 0:
            return left
        if index >= len(items):
            return right
        op, arg = items[index]
        return op is _c.AT and arg is _c.AT_BOUNDARY

    def close_run(index: int) -> None:
        if run and "" not in run:
            options.append({_marked(s, run_left, at_boundary(index)) for s in run})

    for index, (op, arg) in enumerate(items):
        strings = _fixed_strings(op, arg)
        if strings is not None:
            if run is None:
                run, run_left = strings, at_boundary(index - 1)
            else:
                run = {a + b for a in run for b in strings}
            if len(run) <= MAX_STRINGS:
                continue
            run = None  # too many spellings to list: this run requires nothing
            continue
        if run is not None:
            close_run(index)
            run = None
        needed = _item(op, arg, at_boundary(index - 1), at_boundary(index + 1), bounded)
        if needed:
            options.append(needed)
    if run is not None:
        close_run(len(items))
    if not options:
        return None
    return max(options, key=lambda s: (min(len(x.strip()) for x in s), -len(s)))


def _marked(literal: str, left: bool, right: bool) -> str:
    """A literal of word characters with a space for each word boundary around it."""
    if not _WORD.fullmatch(literal):
        return literal
    return (" " if left else "") + literal + (" " if right else "")


def _fixed_strings(op, arg) -> set[str] | None:
    """The strings an item matches when they are few and fixed ("a", "(en)?", "neem|nam")."""
    if op is _c.LITERAL:
        return {chr(arg)}
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, body = arg
        return None if add_flags or del_flags else _fixed_sequence(list(body))
    if op is _c.BRANCH:
        found: set[str] = set()
        for branch in arg[1]:
            strings = _fixed_sequence(list(branch))
            if strings is None:
                return None
            found |= strings
        return found if len(found) <= MAX_STRINGS else None
    if op in _REPEATS and arg[1] == 1:
        strings = _fixed_sequence(list(arg[2]))
        if strings is None:
            return None
        return strings | {""} if arg[0] == 0 else strings
    return None


def _fixed_sequence(items: list) -> set[str] | None:
    found = {""}
    for op, arg in items:
        strings = _fixed_strings(op, arg)
        if strings is None:
            return None
        found = {a + b for a in found for b in strings}
        if len(found) > MAX_STRINGS:
            return None
    return found


def _item(op, arg, left: bool, right: bool, bounded: bool) -> set[str] | None:
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, body = arg
        if add_flags or del_flags:  # "(?i:...)" compares otherwise than the whole pattern
            return None
        return _sequence(list(body), left, right, bounded)
    if op is _c.BRANCH:
        found: set[str] = set()
        for branch in arg[1]:
            needed = _sequence(list(branch), left, right, bounded)
            if needed is None:
                return None
            found |= needed
        return found
    if op in _REPEATS and arg[0] >= 1:
        return _sequence(list(arg[2]), False, False, bounded)
    return None  # a class, any character, an anchor, a look-around: no literal required


_last_prepared: list = [None, None, None]


def _prepared(text: str, folding: bool) -> tuple[str, str, list[str]]:
    """(folded text, its words spaced " a b ", the words) of the last text asked for: the
    readers try one clause against a dozen patterns in a row."""
    key = (text, folding)
    if _last_prepared[0] != key:
        folded = fold(text) if folding else text
        spaced = _NON_WORD.sub(" ", folded)
        _last_prepared[:] = [key, folded, (f" {spaced} ", spaced.split())]
    folded, (spaced, words) = _last_prepared[1], _last_prepared[2]
    return folded, spaced, words


class Prefiltered:
    """A compiled pattern that answers "no match" without running when a required literal is
    missing; otherwise the pattern itself answers. Other attributes are the pattern's."""

    __slots__ = ("_fold", "_others", "_parts", "_pattern", "_whole")

    def __init__(self, pattern: re.Pattern, literals: frozenset[str]) -> None:
        self._pattern = pattern
        ordered = sorted(literals, key=len, reverse=True)
        words = [s for s in ordered if _WORD.fullmatch(s.strip())]
        #: whole words (" akkoord "): looked up in the set of the text's words
        self._whole = frozenset(s.strip() for s in words if s.startswith(" ") and s.endswith(" "))
        #: word starts, ends and parts (" neem", "over"): looked up in the spaced text
        self._parts = tuple(s for s in words if not (s.startswith(" ") and s.endswith(" ")))
        #: literals with other characters ("d.d."): looked up in the text itself
        self._others = tuple(s for s in ordered if not _WORD.fullmatch(s.strip()))
        self._fold = bool(pattern.flags & re.IGNORECASE)

    def possible(self, text: str) -> bool:
        """Whether the text contains a string every match needs."""
        folded, spaced, words = _prepared(text, self._fold)
        if not self._whole.isdisjoint(words):
            return True
        if any(literal in spaced for literal in self._parts):
            return True
        return any(literal in folded for literal in self._others)

    def search(self, string: str, *args) -> re.Match | None:
        return self._pattern.search(string, *args) if self.possible(string) else None

    def match(self, string: str, *args) -> re.Match | None:
        return self._pattern.match(string, *args) if self.possible(string) else None

    def fullmatch(self, string: str, *args) -> re.Match | None:
        return self._pattern.fullmatch(string, *args) if self.possible(string) else None

    def finditer(self, string: str, *args) -> Iterator[re.Match]:
        return self._pattern.finditer(string, *args) if self.possible(string) else iter(())

    def findall(self, string: str, *args) -> list:
        return self._pattern.findall(string, *args) if self.possible(string) else []

    def sub(self, repl, string: str, count: int = 0) -> str:
        return self._pattern.sub(repl, string, count) if self.possible(string) else string

    def subn(self, repl, string: str, count: int = 0) -> tuple[str, int]:
        return self._pattern.subn(repl, string, count) if self.possible(string) else (string, 0)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return self._pattern.split(string, maxsplit) if self.possible(string) else [string]

    def __getattr__(self, name: str):
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return f"Prefiltered({self._pattern!r})"


def prefiltered(pattern: re.Pattern) -> re.Pattern | Prefiltered:
    """The pattern behind a literal check when every match needs one of a few strings."""
    literals = rx.remembered("literals", pattern, required_literals)
    return pattern if literals is None else Prefiltered(pattern, literals)
