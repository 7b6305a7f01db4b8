"""`cp-textmine train`: examples -> models -> gold evaluation -> model card."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console

from cp_textmine.config import annotations_dir, models_dir, repo_root


def run_training(console: Console, *, synth_n: int | None = None, seed: int | None = None,
                 models: Path | None = None, workers: int = 2, compare: bool = True,
                 only: tuple[str, ...] = ()) -> dict:  # fmt: skip
    """Train every model, measure on the gold set, write the model card; returns the figures."""
    from cp_textmine.classify.card import (  # lazy: keeps --help and start-up fast
        render_card,
        write_card,
    )
    from cp_textmine.classify.dataset import (  # lazy: keeps --help and start-up fast
        advices_with_topics,
        hand_written_documents,
        load_training_examples,
        read_recipe,
    )
    from cp_textmine.classify.taxonomy import load_taxonomy  # lazy: keeps --help and start-up fast
    from cp_textmine.classify.train import train_models  # lazy: keeps --help and start-up fast
    from cp_textmine.evaluation import (
        evaluate_labelled_pdfs,  # lazy: keeps --help and start-up fast
    )

    annotations = annotations_dir()
    target = models or models_dir()
    recipe = read_recipe(annotations / "train")
    recipe.update({k: v for k, v in {"n": synth_n, "seed": seed}.items() if v is not None})
    console.print(f"training data: synthetic recipe {recipe}, demo set, annotators' labels")
    examples = load_training_examples(annotations, repo_root() / "corpora", workers, recipe)
    taxonomy = load_taxonomy()
    gold_labels = annotations / "dev" / "labels.jsonl"
    comparison = gold = None
    variants: dict = {}
    compared = {"doc_type", "requested", "decision"}  # the tasks whose variant a comparison picks
    if compare and gold_labels.exists() and (not only or compared & set(only)):
        from cp_textmine.classify.compare import (  # lazy: keeps --help and start-up fast
            compare_approaches,
            gold_examples,
        )
        from cp_textmine.classify.train import (
            choose_variants,  # lazy: keeps --help and start-up fast
        )

        console.print("comparing approaches on the gold set ...")
        comparison = compare_approaches(examples, gold_examples(annotations, workers), taxonomy)
        variants = choose_variants(comparison)
        console.print(f"  chosen: {variants}")
    if comparison is None and only and (target / "evaluation.json").exists():
        # the kept models' variants came from the last comparison: keep it on the card
        comparison = json.loads((target / "evaluation.json").read_text(encoding="utf-8")).get(
            "comparison"
        )
    written = hand_written_documents(annotations / "dev", workers)
    # the html rounds: written and labelled blind the way the test set was (annotations/dev/html)
    html_written = hand_written_documents(
        annotations / "dev" / "html", workers, annotations / "test", source="html"
    )
    topic_writers = advices_with_topics(written + html_written)
    console.print(
        f"hand-written dev documents: {len(written)} measure the document-type model; "
        f"{len(topic_writers)} advices (dev and html rounds) also teach the topic model, "
        "measured by writer"
    )
    report = train_models(examples, target, taxonomy, variants, topic_writers=topic_writers,
                          doc_type_writers=written, only=only)  # fmt: skip
    for name, meta in report.models.items():
        scores = ", ".join(f"{k} {v}" for k, v in meta.items() if k.startswith("valid_"))
        console.print(f"  {name}: {meta['n_train']} train / {meta['n_valid']} valid — {scores}")
    if gold_labels.exists():
        gold = evaluate_labelled_pdfs(
            gold_labels, annotations / "dev" / "pdfs", models_dir=target
        ).to_dict()
    card = write_card(target, render_card(report, recipe, comparison, gold))
    keep_release_figures(target / "evaluation.json", {"comparison": comparison, "gold": gold}, card)
    console.print(f"models and card: {card.parent} ({report.seconds:.0f} s)")
    return {"report": report, "comparison": comparison, "gold": gold}


def keep_release_figures(path: Path, training: dict, card: Path) -> None:
    """Write the training figures into ``evaluation.json`` and keep the release's figures
    (``sets``, ``rewording``: the last ``evaluate --write``) that are already there: the scan's
    intervals and the card's figure table read them, and only a new scoring replaces them."""
    from cp_textmine.evaluation import replace_figures  # lazy: keeps --help and start-up fast

    current = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    current.update(training)
    path.write_text(json.dumps(current, indent=2, default=str) + "\n", encoding="utf-8")
    if "sets" in current:
        card.write_text(
            replace_figures(card.read_text(encoding="utf-8"), current), encoding="utf-8"
        )
