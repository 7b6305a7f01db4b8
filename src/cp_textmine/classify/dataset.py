"""Training examples: synthetic documents, hand-written non-gold documents, annotators' labels.

Every example is (text as the pipeline extracts it, labels, provenance). The gold set is
never an example: ``load_training_examples`` refuses any text whose PDF is in the gold set.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
from dataclasses import dataclass, field
from pathlib import Path

from cp_textmine.errors import CpTextmineError, ExtractionError, MissingExtra
from cp_textmine.pdf.discover import sha256_file
from cp_textmine.pdf.extract import extract_pdf
from cp_textmine.read.doctext import PAGE_SEP

RECIPE_FILE = "recipe.json"
DEFAULT_RECIPE = {"generator": "synth-1", "n": 2500, "seed": 20261122}


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    labels: dict
    source: str
    sha256: str | None = None
    extra: dict = field(default_factory=dict)


def _extract_text(path: Path) -> tuple[str, str] | None:
    """(sha256, joined page text) of a PDF, or None when it has no text layer."""

    try:
        extracted = extract_pdf(path, ocr=None)
    except ExtractionError:
        return None
    text = PAGE_SEP.join(p.text for p in extracted.pages)
    if not text.strip():
        return None
    return sha256_file(path), text


def _extract_many(paths: list[Path], workers: int) -> list[tuple[str, str] | None]:
    if workers <= 1:
        return [_extract_text(p) for p in paths]
    with multiprocessing.get_context("forkserver").Pool(workers) as pool:
        return pool.map(_extract_text, paths, chunksize=8)


def labelled_pdf_examples(
    labels_path: Path, pdf_dir: Path, source: str, workers: int = 2
) -> list[Example]:
    """Examples from a folder of PDFs with a labels.jsonl (the demo set, a synthetic corpus)."""
    labels = [
        json.loads(line)
        for line in labels_path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    labels = [lab for lab in labels if not lab.get("scanned")]  # no text layer to learn from
    texts = _extract_many([pdf_dir / lab["file"] for lab in labels], workers)
    return [
        Example(f"{source}:{lab['file']}", found[1], lab, source, found[0])
        for lab, found in zip(labels, texts, strict=True)
        if found is not None
    ]


def synth_examples(train_dir: Path, workers: int = 2, recipe: dict | None = None) -> list[Example]:
    """Generate the recipe's synthetic corpus once (cached), and read it as examples."""
    generate_corpus = load_generator()
    recipe = recipe or read_recipe(train_dir)
    cache = train_dir / "cache" / f"synth-{recipe['seed']}-{recipe['n']}-{generator_hash()}"
    texts_file = cache / "texts.jsonl"
    if texts_file.exists():
        return [
            Example(**row)
            for row in map(json.loads, texts_file.read_text(encoding="utf-8").splitlines())
        ]
    corpus = cache / "pdfs"
    if not (corpus / "labels.jsonl").exists():
        generate_corpus(recipe["n"], corpus, seed=recipe["seed"], workers=workers)
    examples = labelled_pdf_examples(corpus / "labels.jsonl", corpus, "synth", workers)
    texts_file.write_text(
        "".join(json.dumps(vars(e), ensure_ascii=False) + "\n" for e in examples), encoding="utf-8"
    )
    return examples


def load_generator():
    """The optional generator's entry point, or a clear error naming the extra to install."""
    try:
        from cp_textmine.synth import generate_corpus  # optional extra [synth]
    except ImportError as exc:
        raise MissingExtra(
            f"the document generator is not installed ({exc.name} is missing); "
            "install it with: pip install 'cp-textmine[synth]'"
        ) from exc
    return generate_corpus


def generator_hash() -> str:
    """Changes whenever the generator's code changes, so a stale cached corpus is not reused."""
    from cp_textmine import synth  # optional extra [synth]: only training generates documents

    digest = hashlib.sha256()
    for path in sorted(Path(synth.__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def read_recipe(train_dir: Path) -> dict:
    path = train_dir / RECIPE_FILE
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    return dict(DEFAULT_RECIPE)


def annotation_examples(labels_dir: Path) -> list[Example]:
    """Labels annotators imported (``annotations/labels/*.jsonl``): each row carries its text."""
    examples = []
    for path in sorted(labels_dir.glob("*.jsonl")) if labels_dir.exists() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if not row.get("text"):
                continue
            examples.append(Example(f"annotation:{row['doc_id']}", row["text"], row["labels"], "annotation",
                                    row.get("sha256")))  # fmt: skip
    return examples


def hand_written_documents(
    dev_dir: Path, workers: int = 2, test_dir: Path | None = None, source: str = "dev"
) -> list[Example]:
    """The dev set's hand-written documents with their labels: they measure the document-type
    model and teach the topic model; each carries its writer (``author``), by which the topic
    figure is cross-validated. Refuses when a dev document is also in the frozen test set
    (``test_dir``, by default ``annotations/test`` next to ``annotations/dev``). ``source``
    names the set, by which the topic figure is also given per set."""
    labels = dev_dir / "labels.jsonl"
    if not labels.exists():
        return []
    examples = labelled_pdf_examples(labels, dev_dir / "pdfs", source, workers)
    if gold_hashes(test_dir or dev_dir.parent / "test") & {e.sha256 for e in examples}:
        raise CpTextmineError("a dev document is also in the frozen test set (annotations/test)")
    return examples


def hand_written_advices(dev_dir: Path, workers: int = 2) -> list[Example]:
    """The dev set's hand-written advices with topic labels (see ``hand_written_documents``)."""
    return advices_with_topics(hand_written_documents(dev_dir, workers))


def advices_with_topics(examples: list[Example]) -> list[Example]:
    return [e for e in examples if e.labels.get("doc_type") == "advies" and e.labels.get("topics")]


HELD_OUT_SETS = ("dev", "test")  # annotations/<name>/pdfs: never trained on


def held_out_hashes(annotations: Path) -> set[str]:
    """Content hashes of the dev and frozen test documents, which no model may train on."""
    return set().union(*(gold_hashes(annotations / name) for name in HELD_OUT_SETS))


def gold_hashes(gold_dir: Path) -> set[str]:

    pdfs = gold_dir / "pdfs"
    return {sha256_file(p) for p in pdfs.glob("*.pdf")} if pdfs.exists() else set()


def merge_annotations(examples: list[Example]) -> list[Example]:
    """Later labels for the same document (annotators' corrections) replace earlier ones."""
    by_key: dict[str, Example] = {}
    for example in examples:
        key = example.sha256 or hashlib.sha256(example.text.encode()).hexdigest()
        if key in by_key and example.source == "annotation":
            merged = {
                **by_key[key].labels,
                **{k: v for k, v in example.labels.items() if v is not None},
            }
            by_key[key] = Example(by_key[key].id, by_key[key].text, merged, "annotation", key)
        else:
            by_key[key] = example
    return list(by_key.values())


def load_training_examples(annotations: Path, corpora: Path, workers: int = 2,
                           recipe: dict | None = None) -> list[Example]:  # fmt: skip
    """All training examples; raises when any would come from the gold set."""
    examples = synth_examples(annotations / "train", workers, recipe)
    demo_labels = annotations / "demo" / "labels.jsonl"
    if demo_labels.exists():
        examples += labelled_pdf_examples(demo_labels, corpora / "demo", "demo", workers)
    examples += annotation_examples(annotations / "labels")
    examples = merge_annotations(examples)
    leaked = held_out_hashes(annotations) & {e.sha256 for e in examples if e.sha256}
    if leaked:
        raise CpTextmineError(
            f"{len(leaked)} training documents are in the dev or test set "
            "(annotations/dev, annotations/test); remove them from the training labels"
        )
    return examples
