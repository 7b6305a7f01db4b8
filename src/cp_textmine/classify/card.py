"""The model card: what the models learned from, when, and how well they do on the dev set."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cp_textmine.classify.train import TrainReport
from cp_textmine.config import FIGURES_END, FIGURES_START


def _table(header: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def render_card(
    report: TrainReport, recipe: dict, comparison: dict | None, gold: dict | None
) -> str:
    """Markdown for ``models/MODEL_CARD.md``."""
    meta = next(iter(report.models.values()))
    parts = [
        "# cp-textmine models — model card",
        "",
        f"Trained by `cp-textmine train` (model version {meta['version']}, taxonomy "
        f"{meta['taxonomy_version']}); each model's date is in the table (`--only` retrains "
        "some and keeps the others' files). Training data hashes: "
        + ", ".join(f"{n} `{m.get('data_hash')}`" for n, m in report.models.items())
        + ".",
        "",
        "## Models",
        "",
        "Each is a scikit-learn Pipeline — TF-IDF (word 1–2-grams) plus rule-cue features, then "
        "logistic regression — saved with skops (`<name>.skops`, no pickle, deflated: 3.1 MB for all five) beside `<name>.meta.json`. "
        "Each is also written as its arrays (`<name>.linear.json` with the blocks, classes and the "
        "SHA-256 of its .skops file, `<name>.linear.npz` with vocabularies, idf and weights, loaded "
        "without pickle): ingest reads those with NumPy alone, giving scikit-learn's probabilities "
        "to the last bit, and reads the .skops file when they are missing or made from another one "
        "(`cp-textmine train --compile-only` writes them for models trained without them).",
        "",
        _table(
            ["model", "trained", "predicts", "train", "valid", "validation score"],
            [
                [
                    name,
                    str(m.get("created", ""))[:10],
                    ", ".join(m.get("labels", [])[:11]),
                    m["n_train"],
                    m["n_valid"],
                    ", ".join(f"{k[6:]} {v}" for k, v in m.items() if k.startswith("valid_")),
                ]
                for name, m in report.models.items()
            ],
        ),
        "",
        "## Data",
        "",
        f"{report.n_examples} documents: "
        + ", ".join(f"{n} {src}" for src, n in sorted(report.by_source.items()))
        + f". The synthetic part is regenerated from its recipe (`annotations/train/recipe.json`: "
        f"generator {recipe.get('generator')}, n={recipe.get('n')}, seed={recipe.get('seed')}); scans "
        "(no text layer) are left out of training. The hand-written demo set and annotators' labels "
        "(`annotations/labels/`) are added as they are. The validation split (20%, stratified by "
        "document type) gives the validation scores; the final models are refit on all data.",
        "",
        "The frozen test set (`annotations/test`) is never trained on; training refuses to start "
        "if any training document's content hash is in it. The dev set (`annotations/dev`) is "
        "not trained on either, except by the topic model (below).",
    ]
    doc_type = report.models.get("doc_type", {})
    if doc_type.get("hand_written_held_out"):
        held = doc_type["hand_written_held_out"]
        parts += [
            "",
            "## The document-type model and the hand-written documents",
            "",
            "The document-type model learns from generated documents only. Taught the dev "
            "documents as well, it scored better on its own but made the whole pipeline worse on "
            "writers it had not seen (`tools/doc_type_regimes.py`; README). So all "
            f"{held['n']} hand-written dev documents of {held['writers']} writers are held out: "
            f"accuracy {held['accuracy']} [{held['ci']['accuracy'][0]}–{held['ci']['accuracy'][1]}], "
            f"macro-F1 {held['macro_f1']} (model alone, before the letter-form rules).",
        ]
    topics = report.models.get("topics", {})
    if topics.get("cv_by_writer"):
        cv = topics["cv_by_writer"]
        parts += [
            "",
            "## The topic model and the hand-written advices",
            "",
            f"The topic model also learns from {cv['n']} hand-written advices (the dev set"
            f"{' and the html rounds' if 'html' in cv.get('by_source', {}) else ''}) of "
            f"{cv['writers']} writers ({', '.join(topics.get('trained_on_hand_written', []))}): "
            "generated advices alone taught it the generator's words. An advice gets its "
            "strongest topic and at most two more with p >= "
            f"{next(iter(topics['thresholds'].values()))} (no threshold is tuned). Its figure is "
            "measured leave-one-writer-out: each writer's advices are read by a model trained "
            f"without that writer. Micro-F1 {cv['micro_f1']} "
            f"[{cv['ci']['micro_f1'][0]}–{cv['ci']['micro_f1'][1]}], macro-F1 {cv['macro_f1']} "
            f"[{cv['ci']['macro_f1'][0]}–{cv['ci']['macro_f1'][1]}] (document bootstrap)"
            + "".join(
                f"; {name}: micro-F1 {part['micro_f1']} "
                f"[{part['ci']['micro_f1'][0]}–{part['ci']['micro_f1'][1]}], macro-F1 "
                f"{part['macro_f1']} ({part['n']} advices, {part['writers']} writers)"
                for name, part in cv.get("by_source", {}).items()
            )
            + ". The dev set's whole-pipeline topic figure below is in-sample and not to be cited.",
        ]
    if comparison:
        parts += ["", "## Approaches compared on the dev set", ""]
        for task, approaches in comparison.items():
            keys = [k for k in next(iter(approaches.values())) if k != "n"]
            n = next(iter(approaches.values()))["n"]
            parts.append(f"**{task}** (n = {n})\n")
            parts.append(
                _table(
                    ["approach", *keys], [[a, *[v[k] for k in keys]] for a, v in approaches.items()]
                )
            )
            parts.append("")
        shipped = ", ".join(
            f"{name}: {meta.get('variant') or 'default'}" for name, meta in report.models.items()
        )
        parts.append(
            f"Shipped variants (the better scikit-learn variant per task on this comparison): {shipped}. "
            "`with_rules` adds the cue-rule features; topic strategy `model_top` takes the model's "
            "strongest topic and up to two more at the threshold. spaCy's textcat is compared but not shipped: it does not beat the "
            "scikit-learn variant where both were measured, and one model family keeps loading simple. "
            "Choosing among a few approaches by their dev score makes the dev figures of the chosen "
            "ones slightly optimistic; the validation scores above are untouched by the dev set."
        )
    if gold:
        parts += ["", "## Whole pipeline on the dev set (`cp-textmine evaluate`)", ""]
        parts.append(_table(["field", "accuracy", "n"],
                            [[k, v["accuracy"], v["n"]] for k, v in gold["accuracies"].items()]))  # fmt: skip
        parts.append("")
        parts.append(
            f"Topics micro-F1 {gold.get('topic_micro_f1')}, macro-F1 {gold.get('topic_macro_f1')}."
        )
        for group, rows in gold["per_label"].items():
            parts += ["", f"**{group}** per label", ""]
            parts.append(_table(["label", "precision", "recall", "F1", "support"],
                                [[r["label"], r["precision"], r["recall"], r["f1"], r["support"]] for r in rows]))  # fmt: skip
    parts += [
        "",
        "## Intended use and limits",
        "",
        "For reading Dutch client-participation documents (advices, college responses, "
        "verordeningen, annual reports) in bulk, with every value traceable to its sentence. Most "
        "training text is synthetic; real letters vary more. Check figures that matter against the "
        "`evidence` table, and correct labels with `cp-textmine annotate` — the next `train` learns "
        "from them.",
        "",
        f"_Card written {date.today().isoformat()}._",
    ]
    return "\n".join(parts) + "\n"


def figures_section(models_dir: Path) -> str:
    """The release figures block (dev, frozen test, rewordings), kept by ``evaluate --write``."""
    return "\n".join(
        [
            "",
            "## Release figures: dev, frozen test set, rewordings",
            "",
            FIGURES_START,
            FIGURES_END,
            "",
        ]
    )


def write_card(models_dir: Path, text: str) -> Path:
    path = models_dir / "MODEL_CARD.md"
    path.write_text(text + figures_section(models_dir), encoding="utf-8")
    return path
