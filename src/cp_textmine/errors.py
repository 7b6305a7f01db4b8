"""Typed errors. The library raises these; only ``cli.py`` turns them into messages and exit codes."""

from __future__ import annotations


class CpTextmineError(Exception):
    """Base class: the message names what went wrong and, where possible, the next step."""


class ExtractionError(CpTextmineError):
    """A PDF could not be read. ``reason`` is short and stable ("encrypted: password required")."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class StoreError(CpTextmineError):
    """The DuckDB file cannot be opened or written."""


class InputPathError(CpTextmineError):
    """A path given on the command line does not exist or cannot be read."""


class ModelMissing(CpTextmineError):
    """A trained model is not in ``models/``; run ``cp-textmine train``."""


class LabelError(CpTextmineError):
    """A label file row does not validate against the taxonomy and the label set."""


class MissingExtra(CpTextmineError):
    """An optional part (the generator, Dask) is not installed; the message names the extra."""


class RepeatedInternalError(CpTextmineError):
    """The same internal error on several files: a bug of ours, not bad input; the batch stops."""
