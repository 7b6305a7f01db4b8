"""Which trained model files a models folder holds, without loading any classifier code.

Why a module of its own: an ingest warns about missing models before it knows whether it
will read anything, and an unchanged re-run must not pay for importing the readers.
"""

from __future__ import annotations

from pathlib import Path

from cp_textmine.config import models_dir

MODEL_NAMES = ("doc_type", "requested", "topics", "decision", "motivated")


def missing_model_files(folder: Path | None = None) -> list[str]:
    """The trained models not found in ``folder`` (default: ``CP_TEXTMINE_MODELS`` or ``<repo>/models``)."""
    where = Path(folder or models_dir())
    return [name for name in MODEL_NAMES if not (where / f"{name}.skops").exists()]


def uncompiled_model_files(folder: Path | None = None) -> list[str]:
    """The trained models without their compiled form (``<name>.linear.json`` and ``.npz``),
    which a run then reads through scikit-learn: correct, but about a second slower to start."""
    where = Path(folder or models_dir())
    return [
        name
        for name in MODEL_NAMES
        if (where / f"{name}.skops").exists()
        and not all((where / f"{name}.linear{ext}").exists() for ext in (".json", ".npz"))
    ]
