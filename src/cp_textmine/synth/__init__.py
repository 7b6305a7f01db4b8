"""Synthetic corpus: cpdoc markup renderer and a generator of municipal worlds."""

from .render import render_cpdoc

__all__ = ["render_cpdoc"]
