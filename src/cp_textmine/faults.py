"""Fault-injection points for crash and concurrency tests, switched on by one environment variable.

Why: a test that kills an ingest "after a while" races the clock and fails on a fast or a slow
machine. With ``CP_TEXTMINE_FAULT`` the ingest itself stops at an exact point, so the test
knows what the database must hold. Unset (always, outside tests), every hook is a no-op.

Values (one at a time):
- ``kill-after-publish:N``  SIGKILL this process right after the N-th shard is published;
- ``kill-after-shard:N``    SIGKILL it right after the N-th shard is written, before publishing;
- ``hang-on-file:TEXT``     a worker hangs on every file whose name contains TEXT (the
  per-file time limit must end it);
- ``pause-after-publish:DIR``  after the k-th publish, create ``DIR/published-k`` and wait for
  ``DIR/resume-k`` before going on (a test reads the database in between).
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

FAULT_ENV = "CP_TEXTMINE_FAULT"
PAUSE_LIMIT_S = 600.0  # a forgotten pause must not hang a run forever


def _spec() -> tuple[str, str] | None:
    raw = os.environ.get(FAULT_ENV, "").strip()
    if not raw:
        return None
    kind, _, arg = raw.partition(":")
    return kind, arg


def after_shard_written(n_written: int) -> None:
    """Called by the ingest after it has written its n-th staging shard of this run."""
    spec = _spec()
    if spec and spec[0] == "kill-after-shard" and int(spec[1]) == n_written:
        os.kill(os.getpid(), signal.SIGKILL)


def after_publish(n_published: int) -> None:
    """Called by the ingest after its n-th publish of this run has committed."""
    spec = _spec()
    if not spec:
        return
    kind, arg = spec
    if kind == "kill-after-publish" and int(arg) == n_published:
        os.kill(os.getpid(), signal.SIGKILL)
    elif kind == "pause-after-publish":
        _pause(Path(arg), n_published)


def _pause(folder: Path, n: int) -> None:
    """Announce the publish and wait for the test's go-ahead (a handshake, not a timer)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"published-{n}").touch()
    deadline = time.monotonic() + PAUSE_LIMIT_S
    resume = folder / f"resume-{n}"
    while not resume.exists() and time.monotonic() < deadline:
        time.sleep(0.01)


def before_file(name: str) -> None:
    """Called in the worker before it reads a file."""
    spec = _spec()
    if spec and spec[0] == "hang-on-file" and spec[1] and spec[1] in name:
        while True:  # only the ingest's time limit, which kills this worker, ends this
            time.sleep(1)
