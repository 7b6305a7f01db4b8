"""Find the PDFs under the given paths and fingerprint them by content."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cp_textmine.errors import InputPathError
from cp_textmine.records import display_path

PDF_SUFFIXES = {".pdf"}
_CHUNK = 1 << 20


@dataclass(frozen=True)
class FoundFile:
    """A candidate PDF with its absolute path (not resolved through symlinks)."""

    path: Path
    size: int
    mtime_ns: int = -1  # with the size, lets a re-run skip reading an unchanged file


def check_paths(paths: Iterable[Path]) -> list[Path]:
    """Fail early, with the path named, when an input path is missing."""
    checked = []
    for p in paths:
        path = Path(p)
        if not path.exists() and not path.is_symlink():
            raise InputPathError(f"path not found: {display_path(path)}")
        checked.append(path)
    return checked


def iter_pdfs(paths: Iterable[Path]) -> Iterator[FoundFile]:
    """Yield every ``*.pdf`` under the paths, recursively, once per path, in a stable order.

    Directory symlinks are not followed, so a symlink loop cannot trap the walk; file
    symlinks are followed (a broken one is yielded so the batch records it as failed).
    """
    seen: set[str] = set()
    for root in check_paths(paths):
        for path in _walk(root.absolute()):  # absolute once: per file it was a tenth of a re-run
            key = os.fsdecode(path)
            if key in seen:
                continue
            seen.add(key)
            try:
                stat = os.stat(key)
            except OSError:
                yield FoundFile(path=path, size=-1)
                continue
            yield FoundFile(path=path, size=stat.st_size, mtime_ns=stat.st_mtime_ns)


def _walk(root: Path) -> Iterator[Path]:
    if root.is_file() or (root.is_symlink() and not root.is_dir()):
        yield root
        return
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=None):
        dirnames.sort()
        folder = Path(dirpath)
        for name in sorted(filenames):
            if os.path.splitext(name)[1].lower() in PDF_SUFFIXES:
                yield folder / name


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file's bytes, streamed so large files use no memory."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
