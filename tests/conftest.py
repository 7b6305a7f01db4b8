"""Shared fixtures: a temporary database path, and small real PDFs made on the fly."""

from __future__ import annotations

import fcntl
import io
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

FONT = "Helvetica"

# The same examples on every run and no per-example deadline: a property test must fail for
# its property, never for the machine's speed or a lucky draw.
settings.register_profile("deterministic", derandomize=True, deadline=None, print_blob=True)
settings.load_profile("deterministic")


def write_text_pdf(path: Path, pages: list[str], *, encrypt: str | None = None) -> Path:
    """A text PDF with one string per page; lines split on newlines, long lines kept as is."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    _, height = A4
    for text in pages:
        y = height - 60
        c.setFont(FONT, 10)
        for line in text.split("\n"):
            c.drawString(60, y, line)
            y -= 14
        c.showPage()
    c.save()
    return path


def write_image_pdf(path: Path, text: str = "Gescande brief") -> Path:
    """An image-only page (no text layer), like a scanned letter."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(text.split("\n")):
        draw.text((100, 100 + 30 * i), line, fill=0)
    image.save(path, "PDF", resolution=150)
    return path


@pytest.fixture
def tmp_db(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    def make(
        name: str, *pages: str, folder: Path | None = None, encrypt: str | None = None
    ) -> Path:
        target = (folder or tmp_path) / name
        target.parent.mkdir(parents=True, exist_ok=True)
        return write_text_pdf(target, list(pages), encrypt=encrypt)

    return make


ADVICE_LETTER = """Cliëntenraad Werk en Inkomen Zaanstad
Aan het college van burgemeester en wethouders van Zaanstad
Postbus 2000
1500 GA Zaandam
Datum: 14 maart 2023
Ons kenmerk: CR-2023-04
Uw kenmerk: Z-23-00871
Onderwerp: Ongevraagd advies vroegsignalering schulden
Geacht college,
De cliëntenraad brengt u uit eigen beweging dit advies uit over schuldhulpverlening.
Ons advies
1. Zorg dat vroegsignalering van betalingsachterstanden binnen twee weken leidt tot contact.
2. Verhoog de beslagvrije voet-controle bij iedere verrekening.
3. Bied budgetbeheer aan in plaats van beschermingsbewind waar het kan.
Met vriendelijke groet,
Cliëntenraad Werk en Inkomen Zaanstad"""

RESPONSE_LETTER = """Gemeente Zaanstad
Aan de Cliëntenraad Werk en Inkomen Zaanstad
Datum: 20 april 2023
Ons kenmerk: 2023/SD/1187
Uw kenmerk: CR-2023-04
Onderwerp: Reactie op uw ongevraagd advies vroegsignalering schulden
Geachte leden van de cliëntenraad,
Wij danken u voor uw advies van 14 maart 2023 over vroegsignalering.
Wij nemen uw advies over, met uitzondering van punt 3, omdat beschermingsbewind wettelijk
door de kantonrechter wordt opgelegd.
Met vriendelijke groet,
burgemeester en wethouders van Zaanstad,
de secretaris,
de burgemeester,"""


@pytest.fixture
def advice_and_response(tmp_path: Path) -> Path:
    folder = tmp_path / "zaanstad"
    folder.mkdir()
    write_text_pdf(folder / "advies.pdf", [ADVICE_LETTER])
    write_text_pdf(folder / "reactie.pdf", [RESPONSE_LETTER])
    return folder


def pdf_bytes(pages: list[str]) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    for text in pages:
        c.drawString(72, 720, text)
        c.showPage()
    c.save()
    return buffer.getvalue()


def generated_once(
    tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]
) -> Path:
    """A folder made once per test run, shared by the pytest-xdist workers.

    Each worker has its own session, so a plain session fixture would generate the corpus
    once per worker; the first worker makes it under an exclusive lock and marks it
    complete, the others wait for the lock and reuse it. Users must not change the folder.
    """
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the run's base folder, common to all workers
    folder = root / name
    with open(root / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / ".complete").exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            make(folder)
            (folder / ".complete").touch()
    return folder


@pytest.fixture(scope="session")
def synth_corpus_120(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """120 generated documents with labels, made once per run for every module that trains."""
    from cp_textmine.synth import generate_corpus

    return generated_once(
        tmp_path_factory, "synth120", lambda folder: generate_corpus(120, folder, seed=2, workers=2)
    )


@pytest.fixture(scope="session")
def text_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """40 generated documents with a text layer (scans removed: OCR adds time, not coverage),
    shared by the crash, reader and Dask tests."""
    from cp_textmine.synth import generate_corpus

    def make(folder: Path) -> None:
        generate_corpus(40, folder, seed=5, workers=2)
        for pdf in folder.glob("*.pdf"):
            if _is_image_only(pdf):
                pdf.unlink()

    return generated_once(tmp_path_factory, "text40", make)


def _is_image_only(pdf: Path) -> bool:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return not any(page.get_textpage().get_text_range().strip() for page in doc)
    finally:
        doc.close()
