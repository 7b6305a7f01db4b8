"""The topic taxonomy: codes, Dutch labels, definitions and cue words, from an editable JSON file."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

from cp_textmine.config import taxonomy_path
from cp_textmine.errors import LabelError
from cp_textmine.read import rx


@dataclass(frozen=True)
class Topic:
    code: str
    label: str
    definition: str
    cues: tuple[str, ...]
    weak_cues: tuple[str, ...] = ()  # context words: count only next to a strong cue

    @property
    def strong_cues(self) -> tuple[str, ...]:
        weak = {w.lower() for w in self.weak_cues}
        return tuple(c for c in self.cues if c.lower() not in weak)


@dataclass(frozen=True)
class Taxonomy:
    version: str
    topics: tuple[Topic, ...]
    groups: dict[str, tuple[str, ...]]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.topics)

    def cue_patterns(self, strong_only: bool = False) -> dict[str, re.Pattern[str]]:
        """One case-insensitive word-boundary regex per topic over its (strong) cue words."""
        return {
            t.code: _words_pattern(t.strong_cues if strong_only else t.cues)
            for t in self.topics
            if (t.strong_cues if strong_only else t.cues)
        }

    @functools.cached_property
    def foreign_phrases(self) -> dict[str, re.Pattern[str] | None]:
        """Per topic, the multi-word cues of the other topics that contain one of its cues:
        "bijzondere bijstand" is an armoede cue, so it must not count as "bijstand"."""
        out: dict[str, re.Pattern[str] | None] = {}
        for topic in self.topics:
            own = _words_pattern(topic.cues) if topic.cues else None
            phrases = [
                c
                for other in self.topics
                if other.code != topic.code
                for c in other.cues
                if own and len(c.split()) > 1 and own.search(c)
            ]
            out[topic.code] = _words_pattern(tuple(phrases)) if phrases else None
        return out


@functools.lru_cache(maxsize=256)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Kept per process: the readers ask for a topic's cues per document, and more patterns
    are in use than ``re``'s own cache holds (it parsed them again, 0.2 s per 300 files)."""
    return rx.compile(
        r"(?<![\w-])("
        + "|".join(re.escape(c) for c in sorted(words, key=len, reverse=True))
        + r")(?![\w])",
        re.IGNORECASE,
    )


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """Read and validate a taxonomy file; the error names the file and what is wrong."""
    return _load(str(path or taxonomy_path()))


@functools.lru_cache(maxsize=4)
def _load(path: str) -> Taxonomy:
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise LabelError(f"cannot read taxonomy {path}: {exc}") from exc
    topics = []
    seen = set()
    for i, item in enumerate(raw.get("topics", [])):
        code = item.get("code")
        if not code or not re.fullmatch(r"[a-z][a-z0-9_]*", code):
            raise LabelError(f"taxonomy {path}: topic #{i + 1} has an invalid code {code!r}")
        if code in seen:
            raise LabelError(f"taxonomy {path}: duplicate topic code {code!r}")
        seen.add(code)
        topics.append(
            Topic(
                code,
                item.get("label", code),
                item.get("definition", ""),
                tuple(item.get("cues", [])),
                tuple(item.get("weak_cues", [])),
            )
        )
    if not topics:
        raise LabelError(f"taxonomy {path} lists no topics")
    groups = {k: tuple(v) for k, v in raw.get("groups", {}).items()}
    return Taxonomy(str(raw.get("version", "unversioned")), tuple(topics), groups)
