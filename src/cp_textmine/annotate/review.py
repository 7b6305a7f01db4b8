"""``cp-textmine annotate review``: a keyboard loop to accept or correct the models' labels.

Key input is a function that returns the next key, so tests drive the loop with a
scripted list and real use reads single keys from the terminal (``click.getchar``).
After every decision the session's progress file (``annotations/review/<annotator>-
<time>.jsonl``, our JSONL) is rewritten, so a closed terminal loses nothing: the next
session imports any progress file left behind before it starts. At the end the file is
imported like any other label file (raw copy, versioned label file, database rows).
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import click
from rich.console import Console

from cp_textmine.annotate import store
from cp_textmine.annotate.export import select
from cp_textmine.annotate.formats import dumps
from cp_textmine.annotate.labels import REASONED, validate_labels
from cp_textmine.annotate.load_labels import ImportResult, import_labels, slug
from cp_textmine.annotate.review_view import HELP, ReviewItem, menu_line, render
from cp_textmine.classify.taxonomy import load_taxonomy
from cp_textmine.config import annotations_dir
from cp_textmine.errors import LabelError
from cp_textmine.records import DECISIONS, DOC_TYPES
from cp_textmine.store import db as store_db

KeySource = Callable[[], str]
ACCEPT_KEYS = ("a", "\r", "\n")
QUIT_KEYS = ("q", "\x1b")
TOPIC_KEYS = "abcdefghijklmnopqrstuvwxyz"


def terminal_keys() -> str:
    """One key press from the terminal, without Enter."""

    return click.getchar()


def scripted(keys: Iterable[str]) -> KeySource:
    """A key source for tests: the given keys, then 'q'."""
    it = iter(keys)
    return lambda: next(it, "q")


@dataclass
class Decision:
    index: int
    item: ReviewItem
    labels: dict | None  # None: skipped
    action: str  # accepted | corrected | skipped


@dataclass
class ReviewOutcome:
    progress_file: Path
    decisions: list[Decision] = field(default_factory=list)
    quit: bool = False
    imported: ImportResult | None = None
    resumed: list[ImportResult] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(d.action == action for d in self.decisions)


class Review:
    """The loop over items; ``decisions`` is the undo stack and what the progress file holds."""

    def __init__(
        self,
        items: list[ReviewItem],
        annotator: str,
        progress_file: Path,
        keys: KeySource,
        console: Console,
    ) -> None:
        self.items, self.annotator, self.progress_file = items, annotator, progress_file
        self.keys, self.console = keys, console
        self.codes = load_taxonomy().codes
        self.decisions: list[Decision] = []

    def run(self) -> bool:
        """Go through the items; True when the annotator quit before the end."""
        index, start = 0, None
        while index <= len(self.items):
            if index == len(self.items):
                step = self._done()
            else:
                item = self.items[index]
                current = copy.deepcopy(start if start is not None else item.predicted)
                step = self._item(index, item, current)
            start = None
            if step == "quit":
                return index < len(self.items)
            if step == "undo":
                last = self.decisions.pop()
                self._save()
                index, start = last.index, last.labels
                continue
            index += 1
        return False

    def _done(self) -> str:
        """The last screen: undo is still possible; any other key ends the session."""
        if not self.items:
            return "quit"
        self.console.clear()
        self.console.print(
            f"All {len(self.items)} documents done. [u] undo the last one, any other key: finish.",
            markup=False,
        )
        return "undo" if self.keys() == "u" and self.decisions else "quit"

    def _item(self, index: int, item: ReviewItem, current: dict) -> str:
        message = ""
        while True:
            render(self.console, item, current, index, len(self.items), message)
            key = self.keys()
            message = ""
            if key in ACCEPT_KEYS:
                try:
                    labels = validate_labels(current, self.codes)
                except LabelError as exc:
                    message = f"cannot save: {exc}"
                    continue
                same = labels == _normalised(item.predicted, self.codes)
                self._decide(Decision(index, item, labels, "accepted" if same else "corrected"))
                return "next"
            if key == "s":
                self._decide(Decision(index, item, None, "skipped"))
                return "next"
            if key == "u":
                if self.decisions:
                    return "undo"
                message = "nothing to undo"
            elif key in QUIT_KEYS:
                return "quit"
            elif key in ("t", "d", "r", "m", "o"):
                message = self._edit(key, index, item, current)
            elif key == "?":
                message = HELP
            else:
                message = f"unknown key {key!r} — press ? for help"

    def _edit(self, key: str, index: int, item: ReviewItem, current: dict) -> str:
        if key == "t":
            choice = self._pick(index, item, current, DOC_TYPES)
            if choice:
                _set_doc_type(current, choice)
        elif key == "d":
            if current.get("doc_type") != "reactie":
                return "decision is for a reactie; set the type first (t)"
            choice = self._pick(index, item, current, DECISIONS)
            if choice:
                current["decision"] = choice
                if choice not in REASONED:
                    current.pop("motivated", None)
        elif key == "r":
            if current.get("doc_type") != "advies":
                return "requested is for an advies; set the type first (t)"
            current["requested"] = not current.get("requested", False)
        elif key == "m":
            if current.get("decision") not in REASONED:
                return "motivated is for not_adopted/partially_adopted decisions"
            current["motivated"] = not current.get("motivated", False)
        elif key == "o":
            if current.get("doc_type") != "advies":
                return "topics are for an advies; set the type first (t)"
            self._topics(index, item, current)
        return ""

    def _pick(
        self, index: int, item: ReviewItem, current: dict, options: tuple[str, ...]
    ) -> str | None:
        digits = [str(i + 1) for i in range(len(options))]
        render(self.console, item, current, index, len(self.items), "", menu_line(options, digits))
        key = self.keys()
        return options[digits.index(key)] if key in digits else None

    def _topics(self, index: int, item: ReviewItem, current: dict) -> None:
        chosen = set(current.get("topics") or [])
        keys = TOPIC_KEYS[: len(self.codes)]
        while True:
            menu = menu_line(self.codes, keys, chosen)
            render(
                self.console,
                item,
                current,
                index,
                len(self.items),
                "topics: letter toggles, Enter done",
                menu,
            )
            key = self.keys()
            if key in keys and key:
                chosen ^= {self.codes[keys.index(key)]}
                current["topics"] = [c for c in self.codes if c in chosen]
            else:
                return

    def _decide(self, decision: Decision) -> None:
        self.decisions.append(decision)
        self._save()

    def _save(self) -> None:
        """Rewrite the progress file with every decision so far (atomically: write, then rename)."""
        rows = [
            {
                "doc_id": d.item.doc_id,
                "sha256": d.item.sha256,
                "labels": d.labels,
                "predicted": d.item.predicted,
                "annotator": self.annotator,
                "action": d.action,
            }
            for d in self.decisions
            if d.labels is not None
        ]
        self.progress_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.progress_file.with_suffix(".tmp")
        tmp.write_text("".join(dumps(r) + "\n" for r in rows), encoding="utf-8")
        os.replace(tmp, self.progress_file)


def _set_doc_type(current: dict, doc_type: str) -> None:
    current["doc_type"] = doc_type
    if doc_type != "advies":
        current.pop("topics", None)
        current.pop("requested", None)
    if doc_type != "reactie":
        current.pop("decision", None)
        current.pop("motivated", None)


def _normalised(labels: dict, codes) -> dict | None:
    try:
        return validate_labels(labels, codes)
    except LabelError:
        return None


def review_items(con, predictions: list[store.Prediction]) -> list[ReviewItem]:
    """Items with their key passages (the first page's text when the pipeline kept none)."""
    items = []
    for p in predictions:
        passages = [(f, page, s[:300]) for f, page, s in store.evidence(con, p.doc.doc_id)][:8]
        if not passages:
            passages.append(
                ("text", 1, " ".join(store.document_text(con, p.doc.doc_id).split())[:500])
            )
        items.append(
            ReviewItem(
                p.doc.doc_id,
                p.doc.sha256,
                p.doc.file,
                p.doc.subject,
                p.labels,
                p.scores,
                p.uncertainty,
                p.most_uncertain,
                passages,
            )
        )
    return items


def pending_progress(root: Path, annotator: str) -> list[Path]:
    """Progress files a closed terminal left behind for this annotator."""
    folder = root / "review"
    return sorted(folder.glob(f"{slug(annotator)}-*.jsonl")) if folder.exists() else []


def run_review(
    db_path: Path,
    annotator: str,
    keys: KeySource = terminal_keys,
    n: int = 50,
    strategy: str = "uncertainty",
    console: Console | None = None,
    root: Path | None = None,
) -> ReviewOutcome:
    """Import what an earlier session left, review up to ``n`` documents, import the decisions."""
    root = root or annotations_dir()
    console = console or Console()
    resumed = [
        _import_progress(path, db_path, annotator, root)
        for path in pending_progress(root, annotator)
    ]
    con = store_db.connect(db_path)
    try:
        items = review_items(con, select(con, n, strategy, annotator=annotator))
    finally:
        con.close()  # the import at the end opens the database again
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    outcome = ReviewOutcome(
        root / "review" / f"{slug(annotator)}-{stamp}.jsonl", resumed=[r for r in resumed if r]
    )
    review = Review(items, annotator, outcome.progress_file, keys, console)
    try:
        outcome.quit = review.run()
    except (KeyboardInterrupt, EOFError):
        outcome.quit = True
    outcome.decisions = review.decisions
    outcome.imported = _import_progress(outcome.progress_file, db_path, annotator, root)
    return outcome


def _import_progress(path: Path, db_path: Path, annotator: str, root: Path) -> ImportResult | None:
    """Import a progress file (its raw copy is kept under annotations/raw) and remove it."""
    if not path.exists():
        return None
    if not path.read_text(encoding="utf-8").strip():
        path.unlink()
        return None
    result = import_labels(path, db_path, annotator=annotator, fmt="jsonl", root=root)
    path.unlink()
    return result
