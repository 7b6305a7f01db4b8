"""Generate a labelled synthetic corpus: whole municipal worlds rendered to PDF.

Planning and writing run in the main process from seeded generators (one per
world and one per document), so the output depends only on the seed; rendering
is the slow part and runs in a process pool when workers > 1.
"""

from __future__ import annotations

import json
import multiprocessing
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from cp_textmine.synth.letters_advies import write_advice
from cp_textmine.synth.letters_reactie import write_response
from cp_textmine.synth.misc import write_misc
from cp_textmine.synth.plans import Advice
from cp_textmine.synth.regulation import write_regulation
from cp_textmine.synth.render import render_cpdoc
from cp_textmine.synth.reports import write_annual
from cp_textmine.synth.world import World, build_world, load_places
from cp_textmine.synth.written import Written

SOURCE = "synth-1"
LABEL_FIELDS = (
    "file", "doc_type", "council", "municipality", "doc_date", "reference", "subject",
    "requested", "request_date", "topics", "n_recommendations", "responds_to",
    "advice_reference", "advice_date", "decision", "point_decisions", "motivated",
    "response_norm_days", "advice_term_days", "year", "n_advices_listed", "scanned",
    "author", "labeller", "source", "notes",
)  # fmt: skip
SCANNED_SHARE = 0.05


@dataclass(frozen=True)
class GenerateSummary:
    """What a generate_corpus run produced."""

    n_documents: int
    by_type: dict[str, int]
    seconds: float
    out_dir: Path


@dataclass(frozen=True)
class Spec:
    """One document to write: its kind, its date for ordering, and what it is about."""

    kind: str  # advies | reactie | jaarverslag | verordening | overig:<sub>
    day: date
    payload: tuple = field(default_factory=tuple)


@dataclass(frozen=True)
class RenderTask:
    """Everything a worker needs to render one PDF."""

    source: str
    pdf_path: str
    seed: int
    scanned: bool
    created: datetime | None


def _overig_specs(rng: random.Random, world: World, year: int, advices: list[Advice]) -> list[Spec]:
    """1-3 overig documents for a year: minutes, agendas, newsletters, requests, receipts."""
    out, by_key = [], {r.advice_key: r for r in world.responses}
    requests = [a for a in advices if a.requested and a.request_ref and a.request_date]
    for _ in range(rng.choice([1, 2, 2, 3])):
        kind = rng.choices(
            ["minutes", "agenda", "newsletter", "press", "request", "receipt", "werkplan"],
            weights=[22, 13, 13, 6, 22 if requests else 0, 16, 8],
        )[0]
        day = date(year, 1, 1) + timedelta(days=rng.randint(20, 340))
        if kind == "request":
            adv = requests.pop(rng.randrange(len(requests)))
            out.append(Spec("overig:request", adv.request_date, (adv, None)))
        elif kind == "receipt":
            adv = rng.choice(advices)
            out.append(
                Spec("overig:receipt", adv.date + timedelta(days=2), (adv, by_key.get(adv.key)))
            )
        else:
            out.append(Spec(f"overig:{kind}", day, ()))
    return out


def world_specs(rng: random.Random, world: World) -> list[Spec]:
    """All documents of a world in date order (advices before their responses)."""
    specs = [Spec("verordening", reg.adopted, (reg,)) for reg in world.regulations]
    by_key = {a.key: a for a in world.advices}
    specs += [Spec("advies", a.date, (a,)) for a in world.advices]
    specs += [Spec("reactie", r.date, (by_key[r.advice_key], r)) for r in world.responses]
    for year in world.years:
        advices = [a for a in world.advices if a.year == year]
        if rng.random() < 0.97:
            report = (
                None
                if rng.random() < 0.15
                else date(year + 1, rng.randint(1, 4), rng.randint(1, 28))
            )
            specs.append(
                Spec("jaarverslag", report or date(year + 1, 3, 1), (year, advices, report))
            )
        specs += _overig_specs(rng, world, year, advices)
    order = {"verordening": 0, "overig:request": 1, "advies": 2, "overig:receipt": 3, "reactie": 4}
    return sorted(specs, key=lambda s: (s.day, order.get(s.kind, 5)))


def write_spec(rng: random.Random, world: World, spec: Spec, files: dict[int, str]) -> Written:
    """Write one planned document."""
    if spec.kind == "advies":
        return write_advice(rng, world, spec.payload[0])
    if spec.kind == "reactie":
        advice, resp = spec.payload
        return write_response(rng, world, advice, resp, files.get(advice.key))
    if spec.kind == "verordening":
        return write_regulation(rng, world, spec.payload[0])
    if spec.kind == "jaarverslag":
        year, advices, report = spec.payload
        responses = {r.advice_key: r for r in world.responses}
        return write_annual(rng, world, year, advices, responses, report)
    sub = spec.kind.split(":", 1)[1]
    advices = [a for a in world.advices if a.year == spec.day.year] or list(world.advices)
    target = spec.payload if spec.payload else None
    return write_misc(rng, world, sub, spec.day, advices, target)


def full_label(file: str, written: Written, scanned: bool) -> dict:
    """Every label field of MARKUP.md, in its order, with defaults for the type."""
    label = {name: None for name in LABEL_FIELDS}
    label.update(written.label)
    label.update(
        file=file,
        topics=written.label.get("topics", []),
        scanned=scanned,
        author="generator",
        labeller="generator",
        source=SOURCE,
        notes="; ".join(written.notes) or None,
    )
    return label


def _created(day: str | None, rng: random.Random) -> datetime | None:
    """PDF creation time: the document date plus office hours, never the clock."""
    if not day:
        return None
    return datetime.fromisoformat(day) + timedelta(
        hours=rng.randint(8, 17), minutes=rng.randint(0, 59)
    )


def plan_corpus(n: int, seed: int) -> tuple[list[dict], list[RenderTask]]:
    """Labels and render tasks for n documents, from whole worlds, in a fixed order."""
    places = load_places()
    labels: list[dict] = []
    tasks: list[RenderTask] = []
    w = 0
    while len(labels) < n:
        world = build_world(w, random.Random(f"{seed}:world:{w}"), places)
        files: dict[int, str] = {}
        for i, spec in enumerate(world_specs(random.Random(f"{seed}:specs:{w}"), world)):
            if len(labels) >= n:
                break
            rng = random.Random(f"{seed}:doc:{w}:{i}")
            stem = f"synth{seed}_{len(labels):05d}"
            written = write_spec(rng, world, spec, files)
            if spec.kind == "advies":
                files[spec.payload[0].key] = f"{stem}.pdf"
            scanned = rng.random() < SCANNED_SHARE
            label = full_label(f"{stem}.pdf", written, scanned)
            labels.append(label)
            render_seed = random.Random(f"{seed}:render:{len(labels)}").getrandbits(31)
            tasks.append(
                RenderTask(
                    written.source,
                    f"{stem}.pdf",
                    render_seed,
                    scanned,
                    _created(label["doc_date"], rng),
                )
            )
        w += 1
    return labels, tasks


def _render(task_and_dir: tuple[RenderTask, str]) -> str:
    """Worker: render one task into the output directory."""
    task, out_dir = task_and_dir
    render_cpdoc(
        task.source,
        Path(out_dir) / task.pdf_path,
        seed=task.seed,
        scanned=task.scanned,
        created=task.created,
    )
    return task.pdf_path


def generate_corpus(n: int, out_dir: Path, *, seed: int = 0, workers: int = 1) -> GenerateSummary:
    """Write n PDFs, their .cpdoc sources and labels.jsonl into out_dir; deterministic per seed."""
    start = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    labels, tasks = plan_corpus(n, seed)
    for task in tasks:
        (out / task.pdf_path).with_suffix(".cpdoc").write_text(task.source, encoding="utf-8")
    jobs = [(task, str(out)) for task in tasks]
    if workers > 1 and len(jobs) > 1:
        with multiprocessing.get_context().Pool(workers) as pool:
            for _ in pool.imap_unordered(_render, jobs, chunksize=4):
                pass
    else:
        for job in jobs:
            _render(job)
    with (out / "labels.jsonl").open("w", encoding="utf-8") as handle:
        for label in labels:
            handle.write(json.dumps(label, ensure_ascii=False) + "\n")
    by_type = dict(sorted(Counter(label["doc_type"] for label in labels).items()))
    return GenerateSummary(len(labels), by_type, round(time.perf_counter() - start, 2), out)
