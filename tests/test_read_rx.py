"""Patterns compiled from the cache are the patterns a fresh compile makes, in every process."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cp_textmine.read import rx

#: run in a fresh interpreter: import every reader, then report which patterns were compiled
#: afresh and whether each reader pattern equals what a fresh compile (no cache) makes of it
PROBE = """
import importlib, json, pkgutil, re
from cp_textmine.read import rx
fresh = []
remember = rx._remember
rx._remember = lambda key: (fresh.append(key[0][:60]), remember(key))[1]
import cp_textmine.classify, cp_textmine.read
# (the PDF step compiles its few patterns with re itself: it lies below read/)
modules = [importlib.import_module(f"{pkg.__name__}.{m.name}")
           for pkg in (cp_textmine.classify, cp_textmine.read)
           for m in pkgutil.iter_modules(pkg.__path__)]
def patterns(value):
    if isinstance(value, re.Pattern):
        yield value
    elif hasattr(value, "_pattern") and isinstance(value._pattern, re.Pattern):
        yield value._pattern
    elif isinstance(value, dict):
        for item in value.values():
            yield from patterns(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from patterns(item)
found = [p for module in modules for value in vars(module).values() for p in patterns(value)]
differing = [p.pattern[:60] for p in found
             if p != rx._from_entry(p.pattern, rx._entry_for(p.pattern, p.flags))]
print(json.dumps({"fresh": fresh, "patterns": len(found), "differing": differing}))
"""


def _probe(cache: Path, hash_seed: str) -> dict:
    env = {**os.environ, "CP_TEXTMINE_CACHE_DIR": str(cache), "PYTHONHASHSEED": hash_seed}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, env=env
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_second_process_compiles_nothing_afresh_and_gets_the_same_patterns(tmp_path):
    first = _probe(tmp_path, "1")
    assert len(first["fresh"]) > 500  # an empty cache: every reader pattern compiled by re
    assert rx.cache_file().name in {p.name for p in tmp_path.iterdir()}
    second = _probe(tmp_path, "2")  # another hash seed: sets iterate in another order
    assert second["fresh"] == []  # every pattern's text the same, so every one from the cache
    assert second["patterns"] == first["patterns"] > 500
    assert second["differing"] == []  # flags and code equal to a fresh compile


@pytest.fixture
def empty_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CP_TEXTMINE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rx, "_entries", None)
    monkeypatch.setattr(rx, "_dirty", False)
    return tmp_path


SAMPLES = [
    (r"\b(?P<num>\d{1,3})\s*(?P<unit>dagen|weken)\b", re.I),
    (r"(?<!kennis\s)\b(neem|neemt)\b(?:(?!\bbesluit\b)[^.;]){0,60}\bover\b", re.I),
    (r"^(?:Artikel|Art\.)\s+(\d+)(?=\s)", re.M),
    (r"(?i)één|eén", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), SAMPLES)
def test_a_cached_pattern_matches_as_the_fresh_one(empty_cache, monkeypatch, pattern, flags):
    fresh = rx.compile(pattern, flags)
    plain = re.compile(pattern, flags)
    rx.save()
    monkeypatch.setattr(rx, "_entries", None)  # as a new process: read the file

    def no_parse(*args, **kwargs):
        raise AssertionError("parsed again: the cache was not used")

    monkeypatch.setattr(rx._parser, "parse", no_parse)
    cached = rx.compile(pattern, flags)
    assert cached == fresh
    assert cached.groupindex == plain.groupindex and cached.groups == plain.groups
    text = "Artikel 4 Wij nemen dit advies over binnen 6 weken; één punt"
    assert [(m.span(), m.groups()) for m in cached.finditer(text)] == [
        (m.span(), m.groups()) for m in plain.finditer(text)
    ]


def test_a_damaged_cache_falls_back_to_re(empty_cache):
    rx.cache_file().write_bytes(b"\x00not marshal at all")
    assert rx.compile(r"\bwij\b", re.I) == re.compile(r"\bwij\b", re.I)
    rx.save()  # replaces the damaged file with a readable one
    assert rx._load(rx.cache_file())


def test_a_damaged_entry_is_compiled_afresh(empty_cache):
    rx._cached()[(r"\badvies\b", 0)] = (0, b"\x01\x02", 0, {}, (None,))
    assert rx.compile(r"\badvies\b") == re.compile(r"\badvies\b")


def test_an_unwritable_cache_does_not_fail(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("CP_TEXTMINE_CACHE_DIR", str(blocked / "cache"))
    monkeypatch.setattr(rx, "_entries", None)
    monkeypatch.setattr(rx, "_dirty", False)
    assert rx.compile(r"\bnieuw\b") == re.compile(r"\bnieuw\b")
    rx.save()  # OSError inside: nothing written, nothing raised
    assert not (blocked / "cache").exists()


def test_a_forked_child_does_not_write(empty_cache, monkeypatch):
    rx.compile(r"\bkind\b")
    monkeypatch.setattr(rx, "_owner_pid", os.getpid() + 1)  # as seen from a forked worker
    rx.save()
    assert not rx.cache_file().exists()
