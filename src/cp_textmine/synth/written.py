"""The product of writing one document: its cpdoc source, labels and notes."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Written:
    """A document's cpdoc source and the label fields the text supports."""

    source: str
    label: dict
    notes: tuple[str, ...] = field(default_factory=tuple)
