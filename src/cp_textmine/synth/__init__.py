"""Synthetic corpus: the cpdoc renderer and a generator of whole municipal worlds.

render_cpdoc: cpdoc markup (corpora/MARKUP.md) -> PDF (reportlab or fpdf2, or an image-only scan).
generate_corpus: n labelled PDFs + .cpdoc sources + labels.jsonl, deterministic per seed.
measure_variety: nearest-neighbour TF-IDF similarity per doc_type of a generated corpus.
"""

from cp_textmine.synth.generate import GenerateSummary, generate_corpus
from cp_textmine.synth.render import render_cpdoc
from cp_textmine.synth.variety import VarietyStats, measure_variety

__all__ = ["GenerateSummary", "VarietyStats", "generate_corpus", "measure_variety", "render_cpdoc"]
