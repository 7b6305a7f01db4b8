"""What the review loop shows: a document's key passages with cue words highlighted,
the model's labels beside the annotator's, and the keys."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from cp_textmine.annotate.labels import LABEL_FIELDS, bool_word
from cp_textmine.classify.advice import REQUESTED, UNSOLICITED
from cp_textmine.classify.decision import ADOPTED, MOTIVATION, NOT_ADOPTED, NOTED, PARTIAL
from cp_textmine.classify.recommendations import ADVISE_SENTENCE
from cp_textmine.classify.taxonomy import load_taxonomy

KEYS_HELP = (
    "[a/Enter] accept  [t] type  [o] topics  [r] requested  [d] decision  "
    "[m] motivated  [s] skip  [u] undo  [q] quit  [?] help"
)
HELP = (
    "Accept saves the labels shown under 'yours' (the model's unless you changed them).\n"
    "t, d: pick a value with a digit.  o: toggle topics with letters, Enter when done.\n"
    "r, m: flip yes/no.  s: skip for now (shown again next session).  u: back to the previous "
    "item.  q: stop — every decision so far is already saved."
)


@dataclass
class ReviewItem:
    doc_id: str
    sha256: str
    file: str
    subject: str | None
    predicted: dict
    scores: dict
    uncertainty: float
    most_uncertain: str | None
    passages: list[tuple[str, int | None, str]]


@functools.lru_cache(maxsize=1)
def _cue_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    decision = [(p, "bold magenta") for p in (ADOPTED, NOT_ADOPTED, PARTIAL, NOTED)]
    advice = [
        (REQUESTED, "bold cyan"),
        (UNSOLICITED, "bold cyan"),
        (ADVISE_SENTENCE, "bold cyan"),
        (MOTIVATION, "italic yellow"),
    ]
    topics = [(p, "bold green") for p in load_taxonomy().cue_patterns().values()]
    return tuple(decision + advice + topics)


def highlighted(snippet: str) -> Text:
    """The snippet with the cue words the classifiers look for in colour."""
    text = Text(snippet)
    for pattern, style in _cue_patterns():
        text.highlight_regex(pattern, style)
    return text


def show_value(field: str, value: object) -> str:
    if value is None:
        return "–"
    if field == "topics":
        return ", ".join(value) or "–"
    if isinstance(value, bool):
        return bool_word(field, value)
    return str(value)


def labels_table(item: ReviewItem, current: dict) -> Table:
    table = Table(show_edge=False, pad_edge=False, box=None)
    for name in ("field", "model", "score", "yours"):
        table.add_column(name)
    for field in LABEL_FIELDS:
        model, mine = item.predicted.get(field), current.get(field)
        if model is None and mine is None:
            continue
        score = item.scores.get(field)
        if field == "topics" and model:
            scores = [item.scores.get(f"topic:{code}") for code in model]
            score_text = " ".join(f"{s:.2f}" if s is not None else "–" for s in scores)
        else:
            score_text = f"{score:.2f}" if score is not None else ""
        style = "" if _same(field, model, mine) else "bold red"
        table.add_row(
            field,
            show_value(field, model),
            score_text,
            Text(show_value(field, mine), style=style),
        )
    return table


def _same(field: str, a: object, b: object) -> bool:
    if field == "topics":
        return set(a or []) == set(b or [])
    return a == b


def menu_line(options: Sequence[str], keys: Sequence[str], chosen: set[str] | None = None) -> Text:
    """``1 advies   2 reactie ...``; with ``chosen``, checkboxes for a multi-choice (topics)."""
    line = Text()
    for key, option in zip(keys, options, strict=False):
        box = "" if chosen is None else ("[x] " if option in chosen else "[ ] ")
        line.append(key, style="bold")
        line.append(f" {box}{option}   ")
    return line


def render(
    console: Console,
    item: ReviewItem,
    current: dict,
    position: int,
    total: int,
    message: str = "",
    menu: Text | None = None,
) -> None:
    """Draw one item: title, passages, labels, keys (and a menu or message when there is one)."""
    console.clear()
    why = f" — least sure about {item.most_uncertain}" if item.most_uncertain else ""
    title = f"[{position + 1}/{total}] {item.file}  (uncertainty {item.uncertainty:.2f}{why})"
    passages = [Text(item.subject or "", style="bold")] if item.subject else []
    for field, page, snippet in item.passages:
        line = Text(f"{field}" + (f" p.{page}" if page else "") + ": ", style="dim")
        line.append_text(highlighted(snippet))
        passages.append(line)
    body = Group(*passages) if passages else Text("(no passages found)", style="dim")
    console.print(Panel(body, title=title, title_align="left"))
    console.print(labels_table(item, current))
    if menu is not None:
        console.print(menu)
    if message:
        console.print(Text(message, style="yellow"))
    if menu is None:
        console.print(Text(KEYS_HELP, style="dim"))
