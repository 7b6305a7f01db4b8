"""Write src/cp_textmine/data/nl_tokenizer.json: spaCy's Dutch tokenizer rules as plain data.

The place gazetteer (read/places.py) tokenises like ``spacy.blank("nl")`` without importing
spaCy (1.2 s per process). It needs the prefix, suffix, infix and URL patterns and the
special cases; this script takes them from the installed spaCy, and adds the patterns of the
special-case pass derived from them. Re-run it after upgrading spaCy;
tests/test_places_gazetteer.py fails while the file and spaCy disagree.

    python tools/gen_nl_tokenizer.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "cp_textmine" / "data" / "nl_tokenizer.json"


def rules_from_spacy() -> dict:
    import spacy
    from spacy.symbols import ORTH

    tokenizer = spacy.blank("nl").tokenizer
    if tokenizer.token_match is not None:
        raise SystemExit(
            "the Dutch tokenizer has a token_match; read/nl_tokens.py does not port it"
        )
    patterns = {
        "prefix": tokenizer.prefix_search.__self__,
        "suffix": tokenizer.suffix_search.__self__,
        "infix": tokenizer.infix_finditer.__self__,
        "url": tokenizer.url_match.__self__,
    }
    return {
        "spacy_version": spacy.__version__,
        "faster_heuristics": bool(tokenizer.faster_heuristics),
        "patterns": {name: [p.pattern, p.flags] for name, p in patterns.items()},
        "special_cases": {
            text: [t[ORTH] for t in tokens] for text, tokens in sorted(tokenizer.rules.items())
        },
    }


def with_special_patterns(data: dict) -> dict:
    """Add the special-case pass's patterns, derived from the rules by read/nl_tokens.py."""
    from cp_textmine.read.nl_tokens import DutchTokenizer

    rules = {k: v for k, v in data.items() if k != "special_patterns"}
    return {**rules, "special_patterns": DutchTokenizer(rules).special_patterns(rules)}


def main() -> None:
    data = with_special_patterns(rules_from_spacy())
    OUT.write_text(
        json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"wrote {OUT} ({len(data['special_cases'])} special cases, spaCy {data['spacy_version']})",
          file=sys.stderr)  # fmt: skip


if __name__ == "__main__":
    main()
