"""Rule-based document type: cue phrases weighted by where they stand (title, opening, body).

It is the fallback when no trained model is in ``models/`` and a feature source for
the trained classifier.
"""

from __future__ import annotations

import math
import re

from cp_textmine.read import rx

# (pattern, weight, zone) - zone 'head' = first 1,200 characters, 'all' = whole text
CUES: dict[str, list[tuple[re.Pattern[str], float, str]]] = {
    "verordening": [
        (rx.compile(r"\bverordening\b", re.I), 2.0, "head"),
        (rx.compile(r"\bbesluit\s*:?\s*(vast\s+te\s+stellen|de\s+volgende)", re.I), 4.0, "all"),
        (rx.compile(r"\bgelet\s+op\s+(artikel|de\s+artikelen)\b", re.I), 2.5, "all"),
        (rx.compile(r"^\s*artikel\s+\d+", re.I | re.M), 1.0, "all"),
        (rx.compile(r"\bciteertitel\b|\bin\s+werking\s+treedt|inwerkingtreding", re.I), 2.0, "all"),
        (rx.compile(r"de\s+raad\s+van\s+de\s+gemeente", re.I), 2.0, "head"),
    ],
    "jaarverslag": [
        (rx.compile(r"\bjaarverslag\b", re.I), 4.0, "head"),
        (rx.compile(r"\bjaarverslag\b", re.I), 1.0, "all"),
        (
            rx.compile(
                r"\b(voorwoord|samenstelling\s+van\s+de\s+raad|vergaderingen\s+in\s+20\d\d|"
                r"terugblik|overzicht\s+(van\s+de\s+)?(uitgebrachte\s+)?adviezen)\b",
                re.I,
            ),
            1.5,
            "all",
        ),
        (rx.compile(r"\bin\s+(het\s+)?(verslag)?jaar\s+20\d\d\b", re.I), 1.0, "all"),
    ],
    "reactie": [
        (
            rx.compile(
                r"\b(reactie|antwoord)\s+op\s+(uw|het)\s+((on)?gevraagd(e)?\s+)?advies", re.I
            ),
            4.0,
            "head",
        ),
        (
            rx.compile(
                r"\b(danken|bedanken)\s+(u|wij\s+u)\s+(hartelijk\s+)?voor\s+(uw|het)\s+"
                r"((on)?gevraagd(e)?\s+)?advies",
                re.I,
            ),
            3.5,
            "all",
        ),
        (rx.compile(r"\buw\s+(brief|advies)\s+(van|d\.?d\.?)", re.I), 2.0, "head"),
        (
            rx.compile(
                r"\b(nemen|neemt)\s+(wij\s+|het\s+college\s+)?(uw\s+advies|dit\s+advies|het\s+advies)"
                r"(\s+\w+){0,3}\s+(over|niet\s+over)",
                re.I,
            ),
            2.5,
            "all",
        ),
        (rx.compile(r"\bburgemeester\s+en\s+wethouders\b.{0,80}$", re.I | re.S), 0.5, "all"),
        (rx.compile(r"\b(de\s+secretaris|de\s+burgemeester)\s*,?\s*$", re.I | re.M), 1.5, "all"),
        (
            rx.compile(
                r"\b(het\s+college\s+(heeft|neemt|besluit|reageert)|ons\s+standpunt)\b", re.I
            ),
            1.0,
            "all",
        ),
        (rx.compile(r"\bgeachte\s+(leden\s+van\s+de|voorzitter|leden\b)", re.I), 1.5, "head"),
        (rx.compile(r"\b(uw|het|dit)\s+advies\s+nemen\s+(wij|we)\b", re.I), 2.5, "all"),
        (rx.compile(r"\b(wij|we)\s+(hebben\s+)?kennis\s*genomen\s+van\s+uw", re.I), 2.0, "all"),
        (
            rx.compile(
                r"^\s*aan\s+(de\s+)?(cli[eë]ntenraad|participatieraad|adviesraad|wmo-raad)",
                re.I | re.M,
            ),
            2.0,
            "head",
        ),
    ],
    "advies": [
        (rx.compile(r"\b(on)?gevraagd\s+advies\b", re.I), 2.5, "head"),
        (
            rx.compile(
                r"\b(wij\s+adviseren|de\s+raad\s+adviseert|adviseren\s+wij|adviseert\s+de\s+raad|"
                r"ons\s+advies\s+(is|luidt)|wij\s+geven\s+u\s+(in\s+overweging|het\s+advies))",
                re.I,
            ),
            3.0,
            "all",
        ),
        (rx.compile(r"^\s*(advies|aanbeveling)\s*\d+\b", re.I | re.M), 2.0, "all"),
        (
            rx.compile(
                r"\baan\s+het\s+college\b|\bgeacht(e)?\s+college\b|geachte\s+(wethouder|leden\s+van\s+het\s+college)",
                re.I,
            ),
            2.0,
            "head",
        ),
        (
            rx.compile(r"\b(cli[eë]ntenraad|participatieraad|adviesraad|wmo-raad)\b", re.I),
            0.5,
            "head",
        ),
        (rx.compile(r"\b(achterban|onze\s+leden)\b", re.I), 0.5, "all"),
    ],
    "overig": [
        (
            rx.compile(
                r"\b(notulen|verslag\s+van\s+de\s+vergadering|agenda|nieuwsbrief|persbericht|"
                r"aanwezig\s*:|afwezig\s*:|actiepunten|rondvraag|werkplan)\b",
                re.I,
            ),
            2.5,
            "head",
        ),
    ],
}
PRIOR = {"advies": 0.5, "reactie": 0.3, "jaarverslag": 0.0, "verordening": 0.0, "overig": 1.2}


def rule_scores(text: str) -> dict[str, float]:
    """Raw cue score per document type (higher = more evidence)."""
    head = text[:1200]
    scores = {}
    for doc_type, cues in CUES.items():
        total = PRIOR[doc_type]
        for pattern, weight, zone in cues:
            hits = len(pattern.findall(head if zone == "head" else text))
            total += weight * min(hits, 3 if zone == "all" else 1)
        scores[doc_type] = total
    return scores


def classify_doc_type_rules(text: str) -> tuple[str, float]:
    """The best type and a softmax confidence over the cue scores."""
    scores = rule_scores(text)
    best = max(scores, key=scores.get)
    z = sum(math.exp(v - scores[best]) for v in scores.values())
    return best, 1.0 / z
