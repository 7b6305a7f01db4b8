"""Per-document look: fonts, sizes, margins and table style chosen from a seed.

Real municipal letters differ in house style; varying the look keeps text
extraction and layout models from keying on one renderer's habits.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import reportlab

_RL_FONTS = Path(reportlab.__file__).parent / "fonts"
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


@dataclass(frozen=True)
class FontFamily:
    """A font family: regular/bold TTF paths, or None for a PDF standard font."""

    name: str
    regular: Path | None
    bold: Path | None
    std_regular: str | None = None  # reportlab standard font names
    std_bold: str | None = None


@dataclass(frozen=True)
class Style:
    """Everything about a document's look that the seed decides."""

    producer: str  # reportlab | fpdf2
    family: FontFamily
    font_size: float
    leading: float  # line height as a factor of font size
    margin_left: float  # millimetres
    margin_right: float
    margin_top: float
    margin_bottom: float
    para_space: float  # points after a paragraph
    letterhead_align: str  # left | right
    letterhead_rule: bool
    table_style: str  # grid | shaded | rules
    justify: bool
    footer_align: str  # left | center | right
    ink: tuple[float, float, float]  # signature ink colour
    stamp_colour: tuple[float, float, float]


def _ttf(name: str, regular: Path, bold: Path) -> FontFamily | None:
    """A TTF family if both files exist on this machine."""
    if regular.exists() and bold.exists():
        return FontFamily(name, regular, bold)
    return None


def font_families(producer: str) -> tuple[FontFamily, ...]:
    """Families usable by a backend; fpdf2 needs TTFs for embedded Unicode."""
    ttfs = [
        _ttf("Vera", _RL_FONTS / "Vera.ttf", _RL_FONTS / "VeraBd.ttf"),
        _ttf("DejaVuSans", _DEJAVU / "DejaVuSans.ttf", _DEJAVU / "DejaVuSans-Bold.ttf"),
        _ttf("DejaVuSerif", _DEJAVU / "DejaVuSerif.ttf", _DEJAVU / "DejaVuSerif-Bold.ttf"),
        _ttf(
            "DejaVuSansCondensed",
            _DEJAVU / "DejaVuSansCondensed.ttf",
            _DEJAVU / "DejaVuSansCondensed-Bold.ttf",
        ),
    ]
    families = [f for f in ttfs if f is not None]
    if producer == "reportlab":
        families += [
            FontFamily("Helvetica", None, None, "Helvetica", "Helvetica-Bold"),
            FontFamily("Times", None, None, "Times-Roman", "Times-Bold"),
            FontFamily("Helvetica", None, None, "Helvetica", "Helvetica-Bold"),
        ]
    return tuple(families)


def choose_producer(rng: random.Random) -> str:
    """About 70% reportlab, 30% fpdf2, as in the brief."""
    return "reportlab" if rng.random() < 0.7 else "fpdf2"


def style_for_seed(seed: int, producer: str | None = None) -> Style:
    """Draw a complete, reproducible look from the seed."""
    rng = random.Random(f"style:{seed}")
    chosen = producer or choose_producer(rng)
    if chosen not in ("reportlab", "fpdf2"):
        raise ValueError(f"unknown producer {producer!r}; use 'reportlab' or 'fpdf2'")
    families = font_families(chosen)
    ink_choices = [(0.05, 0.1, 0.45), (0.1, 0.1, 0.1), (0.0, 0.2, 0.55)]
    stamp_choices = [(0.75, 0.1, 0.1), (0.1, 0.2, 0.6), (0.2, 0.45, 0.2)]
    return Style(
        producer=chosen,
        family=rng.choice(families),
        font_size=rng.choice([9.5, 10.0, 10.0, 10.5, 11.0, 11.0, 11.5, 12.0]),
        leading=round(rng.uniform(1.15, 1.5), 2),
        margin_left=round(rng.uniform(18, 32), 1),
        margin_right=round(rng.uniform(16, 28), 1),
        margin_top=round(rng.uniform(18, 30), 1),
        margin_bottom=round(rng.uniform(18, 28), 1),
        para_space=round(rng.uniform(3, 9), 1),
        letterhead_align=rng.choice(["left", "right"]),
        letterhead_rule=rng.random() < 0.4,
        table_style=rng.choices(["grid", "shaded", "rules"], weights=[45, 30, 25])[0],
        justify=rng.random() < 0.25,
        footer_align=rng.choice(["left", "center", "right"]),
        ink=rng.choice(ink_choices),
        stamp_colour=rng.choice(stamp_choices),
    )


def scribble_points(seed: int, width: float, height: float) -> list[tuple[float, ...]]:
    """Bezier segments of a signature-like scribble (loops and a final stroke), per seed."""
    rng = random.Random(f"scribble:{seed}")
    segments = []
    x, y = 2.0, height * rng.uniform(0.3, 0.6)
    steps = rng.randint(7, 12)
    step = (width * 0.85) / steps
    for i in range(steps):
        loop = rng.random() < 0.35
        nx = x + step * rng.uniform(0.6, 1.4) * (-0.3 if loop else 1)
        nx = min(max(nx, 1.0), width * 0.9)
        ny = height * rng.uniform(0.15, 0.85)
        up, down = height * rng.uniform(0.7, 1.1), height * rng.uniform(-0.1, 0.3)
        c1 = (x + step * rng.uniform(0.2, 1.2), up if i % 2 else down)
        c2 = (nx - step * rng.uniform(-0.6, 0.8), down if i % 2 else up)
        segments.append((x, y, *c1, *c2, nx, ny))
        x, y = nx, ny
    tail = (x, y, x + step, y - height * 0.3, width * 0.7, height * 0.05, width, height * 0.2)
    segments.append(tail)
    return segments
