r"""The readers' regular expressions, compiled once per machine instead of once per process.

Importing the readers compiles about 700 patterns, some of them alternations of thousands of
characters; Python's ``re`` parses each one and generates its code in pure Python, about
0.8 s of every ingest's start-up (issue 14: a batch should pay under 1 s of fixed cost).
``compile`` keeps what ``re`` generates - the code the regex engine runs, with the pattern's
flags and groups - in a cache file, and later processes hand it to the engine directly; a
test checks that a second process compiles nothing afresh and gets patterns equal (same flags,
same code) to the first's.

The cache is keyed by the interpreter's version and the engine's magic number, lives in
``$CP_TEXTMINE_CACHE_DIR`` or ``~/.cache/cp-textmine``, and is written (atomically) when the
process that found new patterns exits. It is an optimisation only: a missing, unreadable or
unwritable cache makes ``compile`` fall back to ``re.compile``, never fail. It holds nothing
but what this module wrote (like Python's own ``__pycache__``, it is read with ``marshal``).

Before generating the code, ``compile`` factors alternations: consecutive alternatives that
begin with the same single-position item (``\b``, a character, a class, ``^``) share it
(``\bneem...|\bover...`` becomes ``\b(?:neem...|over...)``). ``re`` tries every alternative
of a long alternation at every position; the stance readers' largest ones (up to 129
alternatives, nearly all beginning with ``\b``) then cost half as much. An item that matches
in exactly one way at a position is tried the same way either side of the factoring, so the
pattern matches the same strings at the same places with the same groups; a test checks
every reader pattern against ``re.compile`` on sentences of the dev documents.
"""

from __future__ import annotations

import _sre
import array
import atexit
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from re import _compiler as _compiler  # the code generator re.compile runs
from re import _constants as _c
from re import _parser as _parser

#: one cache per interpreter and regex engine: the generated code is theirs
_TAG = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}-f1"
#: array type code whose items are as wide as the engine's code words
_WORD = next(code for code in "HIL" if array.array(code).itemsize == _sre.CODESIZE)

#: (pattern, flags) -> (flags with inline flags, code as bytes, groups, groupindex, indexgroup)
_entries: dict[tuple[str, int], tuple] | None = None
_owner_pid = os.getpid()
_dirty = False


def cache_file() -> Path:
    """Where this interpreter's compiled patterns are kept."""
    folder = os.environ.get("CP_TEXTMINE_CACHE_DIR") or Path.home() / ".cache" / "cp-textmine"
    return Path(folder) / f"patterns-{_TAG}.marshal"


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, from the cache when this pattern was compiled before."""
    key = (pattern, int(flags))
    entry = _cached().get(key)
    if entry is not None:
        try:
            return _from_entry(pattern, entry)
        except (TypeError, ValueError, RuntimeError):  # a damaged entry: compile it afresh
            pass
    try:
        compiled = _from_entry(pattern, _remember(key))
    except Exception:  # a pattern the factoring cannot take: as re makes it
        compiled = re.compile(pattern, flags)
    return compiled


def _from_entry(pattern: str, entry: tuple) -> re.Pattern:
    final_flags, code, groups, groupindex, indexgroup = entry
    words = array.array(_WORD, code).tolist()
    return _sre.compile(pattern, final_flags, words, groups, groupindex, indexgroup)


def _entry_for(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands the engine, in a form ``marshal`` can keep."""
    parsed = _factored(_parser.parse(pattern, flags))
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        array.array(_WORD, [int(word) for word in code]).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _remember(key: tuple[str, int]) -> tuple:
    entry = _cached()[key] = _entry_for(*key)
    _save_at_exit()
    return entry


#: items that match in exactly one way where they match: shared by alternatives, they are
#: tried the same way whether factored out or not
_ONE_WAY = frozenset({_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY, _c.AT, _c.CATEGORY})
#: items whose last element is a sub-pattern to factor as well
_NESTING = frozenset({_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT, _c.ASSERT, _c.ASSERT_NOT})


def _factored(parsed: _parser.SubPattern) -> _parser.SubPattern:
    """The parse with every alternation's runs of alternatives that begin alike factored."""
    items = []
    for op, arg in parsed.data:
        if op is _c.BRANCH:
            factored = [_factored(a) for a in arg[1]]
            alternatives = _factored_alternatives(factored, parsed.state)
            if len(alternatives) == 1:
                items.extend(alternatives[0].data)
            else:
                items.append((op, (arg[0], alternatives)))
        elif op is _c.SUBPATTERN:
            group, add_flags, del_flags, body = arg
            items.append((op, (group, add_flags, del_flags, _factored(body))))
        elif op is _c.ATOMIC_GROUP:
            items.append((op, _factored(arg)))
        elif op in _NESTING:
            items.append((op, (*arg[:-1], _factored(arg[-1]))))
        elif op is _c.GROUPREF_EXISTS:
            group, yes, no = arg
            items.append((op, (group, _factored(yes), _factored(no) if no else no)))
        else:
            items.append((op, arg))
    return _parser.SubPattern(parsed.state, items)


def _factored_alternatives(alternatives: list, state) -> list:
    """``XA|XB|C`` as ``X(?:A|B)|C`` for a one-way item X; the order of alternatives kept."""
    runs: list[tuple[object, list]] = []
    for alternative in alternatives:
        first = alternative.data[0] if alternative.data else None
        shares = first is not None and first[0] in _ONE_WAY and runs and runs[-1][0] == first
        if shares:
            runs[-1][1].append(alternative)
        else:
            runs.append((first, [alternative]))
    factored = []
    for first, members in runs:
        if len(members) == 1:
            factored.append(members[0])
            continue
        rests = [_parser.SubPattern(state, m.data[1:]) for m in members]
        inner = _factored_alternatives(rests, state)  # "neem|nemen" share the "n" in turn
        if len(inner) == 1:
            factored.append(_parser.SubPattern(state, [first, *inner[0].data]))
            continue
        body = _parser.SubPattern(state, [(_c.BRANCH, (None, inner))])
        factored.append(_parser.SubPattern(state, [first, (_c.SUBPATTERN, (None, 0, 0, body))]))
    return factored


def _save_at_exit() -> None:
    global _dirty
    if not _dirty:
        _dirty = True
        atexit.register(save)


def _cached() -> dict[tuple[str, int], tuple]:
    global _entries
    if _entries is None:
        _entries = _load(cache_file())
    return _entries


def _load(path: Path) -> dict[tuple[str, int], tuple]:
    try:
        with path.open("rb") as handle:
            loaded = marshal.load(handle)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def save() -> None:
    """Write the cache if this process compiled new patterns (a forked worker never writes)."""
    global _dirty
    if not _dirty or _entries is None or os.getpid() != _owner_pid:
        return
    path = cache_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        merged = {**_load(path), **_entries}  # another process may have added its own
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".patterns-")
        try:
            with os.fdopen(handle, "wb") as out:
                marshal.dump(merged, out)
            os.replace(temporary, path)
        finally:
            Path(temporary).unlink(missing_ok=True)
        _dirty = False
    except (OSError, ValueError):  # a read-only home, or an entry marshal cannot keep
        return  # compiled afresh next time


def remembered(kind: str, pattern: re.Pattern, compute):
    """``compute(pattern)``, kept in the cache beside the pattern's code: for facts derived from
    a pattern's parse (the literal prefilter's strings), which cost as much as compiling it.
    The value must be one ``marshal`` keeps (None, str, tuple, frozenset ...)."""
    key = (kind, pattern.pattern, pattern.flags)
    entries = _cached()
    if key in entries:
        return entries[key]
    entries[key] = value = compute(pattern)
    _save_at_exit()
    return value
