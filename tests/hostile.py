"""Hostile PDFs made on the fly: each function writes one file and returns its path."""

from __future__ import annotations

import zlib
from pathlib import Path

from .conftest import pdf_bytes, write_text_pdf


def build_pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF from numbered objects with a correct xref table (so only the content is hostile)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def truncated(folder: Path) -> Path:
    data = pdf_bytes(["Gemeente Ede: advies over bijstand"] * 3)
    path = folder / "afgekapt.pdf"
    path.write_bytes(data[: len(data) // 2])
    return path


def encrypted_user_password(folder: Path) -> Path:
    return write_text_pdf(folder / "wachtwoord.pdf", ["geheim advies"], encrypt="geheim")


def encrypted_owner_password_only(folder: Path) -> Path:
    """Opens without a password (permissions only): must be read like any other file."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    enc = StandardEncryption("", ownerPassword="eigenaar", canPrint=0, canModify=0)
    return write_text_pdf(
        folder / "alleen-eigenaar.pdf", ["Onderwerp: Ongevraagd advies minimabeleid"], encrypt=enc
    )


def zero_pages(folder: Path) -> Path:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    path = folder / "nul-paginas.pdf"
    path.write_bytes(build_pdf(objects))
    return path


def decompression_bomb(folder: Path, megabytes: int = 1500) -> Path:
    """A content stream of ~1.5 GB of spaces that compresses to ~1.5 MB."""
    compressor = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    stream = b"".join(compressor.compress(chunk) for _ in range(megabytes)) + compressor.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode()
        + stream
        + b"\nendstream",
    ]
    path = folder / "bom.pdf"
    path.write_bytes(build_pdf(objects))
    return path


def page_tree_cycle(folder: Path) -> Path:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
    ]
    path = folder / "kringloop.pdf"
    path.write_bytes(build_pdf(objects))
    return path


def thousand_pages(folder: Path) -> Path:
    from reportlab.pdfgen import canvas

    path = folder / "duizend-paginas.pdf"
    c = canvas.Canvas(str(path))
    for i in range(1000):
        c.drawString(
            72, 720, f"Bijlage bij het jaarverslag, pagina {i + 1}: overzicht van adviezen."
        )
        c.showPage()
    c.save()
    return path


def broken_xref(folder: Path) -> Path:
    """Right objects, wrong xref offsets: readers must fall back to scanning the file."""
    data = bytearray(pdf_bytes(["Cliëntenraad Ede: advies over schulden"]))
    start = data.rindex(b"xref")
    table = data[start:]
    broken = bytes(table).replace(b" 00000 n", b" 00000 n").replace(b"0000000", b"9999999", 3)
    data[start:] = broken
    path = folder / "kapotte-xref.pdf"
    path.write_bytes(bytes(data))
    return path


def not_a_pdf(folder: Path) -> Path:
    path = folder / "notulen.pdf"
    path.write_text("Notulen vergadering cliëntenraad\nAanwezig: ...\n", encoding="utf-8")
    return path


def non_utf8_name(folder: Path) -> Path:
    import os

    name = os.fsdecode(b"advies-\xff\xfe-ede.pdf")
    return write_text_pdf(
        folder / name, ["Cliëntenraad Ede\nOnderwerp: Ongevraagd advies schulden"]
    )


def symlink_loop(folder: Path) -> Path:
    loop = folder / "lus"
    loop.symlink_to(folder, target_is_directory=True)
    return loop


def same_file_twice(folder: Path) -> tuple[Path, Path]:
    first = write_text_pdf(
        folder / "advies.pdf", ["Cliëntenraad Ede\nOnderwerp: Gevraagd advies minimabeleid"]
    )
    second = folder / "kopie" / "advies (1).pdf"
    second.parent.mkdir()
    second.write_bytes(first.read_bytes())
    return first, second
