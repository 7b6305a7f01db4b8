"""What classified a document: a hash of the reader code and of the models it used.

Why: after ``cp-textmine train`` or an update of the readers, documents already in a
database still carry the old predictions, because unchanged files are skipped by their hash.
Each document stores the version that read it; an ingest re-classifies the stored documents
whose version differs, from the page text it kept, without reading the PDFs again.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from cp_textmine import classify, read
from cp_textmine.config import models_dir

#: the model files whose bytes count (weights and their cards)
MODEL_SUFFIXES = (".skops", ".json", ".npz")


@cache
def reader_version(models: str | None = None) -> str:
    """``cls-<12 hex>``: the readers' source (read/, classify/) and the models in ``models``."""
    digest = hashlib.sha256()
    for package in (read, classify):
        for path in sorted(Path(package.__file__).parent.glob("*.py")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    folder = Path(models) if models else models_dir()
    if folder.exists():
        for path in sorted(
            p
            for p in folder.iterdir()
            if p.suffix in MODEL_SUFFIXES and p.name != "evaluation.json"
        ):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return f"cls-{digest.hexdigest()[:12]}"
