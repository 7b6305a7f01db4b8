"""Letter header fields, written either as 'Label: value' lines or as a row of labels
over a row of values ("Datum  Ons kenmerk  Uw kenmerk" / "2 maart 2023  2023/WI/0214  CRWI 2023-01").

The second layout is common in municipal letterheads and loses its columns in plain text,
so the value row is read left to right, each value by the form its label expects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cp_textmine.read import rx
from cp_textmine.read.dates import find_dates
from cp_textmine.read.doctext import DocText

LABELS = {
    "datum": "date", "verzenddatum": "date", "verzonden": "date", "dagtekening": "date",
    "uw brief van": "date", "uw brief d.d.": "date", "uw e-mail van": "date", "uw advies van": "date",
    "ons kenmerk": "ref", "onze referentie": "ref", "ons nummer": "ref", "kenmerk": "ref",
    "zaaknummer": "ref", "ons zaaknummer": "ref", "registratienummer": "ref", "documentnummer": "ref", "adviesnummer": "ref",
    "uw kenmerk": "ref", "uw referentie": "ref", "uw nummer": "ref", "referentie": "ref",
    "uw brief": "text", "uw advies": "text",  # "Uw brief: ASDG/2022/14 d.d. 21-06-2022"
    "onderwerp": "text", "betreft": "text", "behandeld door": "text", "behandelaar": "text",
    "contactpersoon": "text",
    "telefoon": "token", "doorkiesnummer": "token", "e-mail": "token", "bijlage(n)": "token",
    "bijlagen": "token", "bijlage": "token", "afdeling": "text", "telefoonnummer": "token",
}  # fmt: skip
_LABEL_RE = rx.compile(
    r"\s*(" + "|".join(re.escape(k) for k in sorted(LABELS, key=len, reverse=True)) + r")\s*:?",
    re.I,
)
#: "CRT 2022-03" (a letter code, a space, a number) or one token with a digit ("Z/24/018734").
#: "CRWI/2010 nr. I.3", "SOZ/JGD 22.3317", "W&I/23.41877", "Z-19-050969/D/19/157082", "15/458".
REF_VALUE = rx.compile(
    # ("CR W&I 2024-12": two words of a council's code before its number)
    r"(?:(?:[A-Za-z][A-Za-z./&\-]{0,10}\s){1,2}(?=[\w./&\-]*\d)[\w./&\-]+|[A-Za-z0-9][\w./&\-]*)"
    r"(?:\s+nr\.?\s*[\w.\-]+)?"
)


#: a department's short code after the number, ending the value: " MO", " / SD-WI", " SD-Wmo"
REF_SUFFIX = rx.compile(
    # (after a slash also a department's name in lower case: "OW25.07.1184 / Wmo")
    r"\s+(?:/\s+[A-Z][a-z]{1,5}|(?:/\s+)?[A-Z]{1,4}(?:-[A-Za-z]{1,6})?)\s*"
)


#: a second number after a slash, the kenmerk's other half ("Z25-004187 / U25-011392": case and
#: document; "MG25.01942 / zk 2025-0388")
SECOND_REF = rx.compile(r"\s+[/\-–—]\s+(?:[A-Za-z]{1,4}\.?\s)?[A-Za-z]{0,6}[\w.\-/]*\d[\w.\-/]*\s*")


def ref_suffix_length(rest: str) -> int:
    """How much of what follows a kenmerk's number is its department code ("2025/187344 MO") or
    its second half ("Z25-004187 / U25-011392"): all of it when it is only that, else nothing."""
    suffix = REF_SUFFIX.fullmatch(rest) or SECOND_REF.fullmatch(rest)
    return len(suffix.group(0).rstrip()) if suffix else 0


@dataclass(frozen=True)
class HeaderField:
    label: str  # lower-case canonical label
    value: str
    start: int  # offsets of the value in the document text
    end: int


def header_fields(doc: DocText, max_lines: int = 45) -> dict[str, HeaderField]:
    """The header fields of page 1, first occurrence of each label wins."""
    fields: dict[str, HeaderField] = {}
    lines = _lines_with_offsets(doc.text, max_lines)
    for i, (start, line) in enumerate(lines):
        labels = _label_row(line)
        if labels and len(labels) >= 2 and ":" not in line and i + 1 < len(lines):
            value_start, value_line = lines[i + 1]
            row = _read_value_row(labels, value_line, value_start)
            for field in row:
                fields.setdefault(field.label, field)
            below = _text_value_below_the_row(labels, row, lines[i + 2 : i + 3])
            if below:
                fields.setdefault(below.label, below)
            continue
        inline = _inline_fields(line, start) or _unmarked_fields(line, start)
        for field in inline:
            fields.setdefault(field.label, field)
    return fields


#: the text labels whose colon-less value is read up to the next label on the line
UNMARKED_TEXT = {"uw brief", "uw advies"}


def _unmarked_fields(line: str, offset: int) -> list[HeaderField]:
    """ "Uw brief 22 januari 2026 Behandeld door ...", "Datum 17 maart 2026 Uw kenmerk HASD
    2026/01": labels without colons on a line that opens on a label, each value read by the form
    its label expects; only the fields that cite the advice ("uw ...") are kept. A kenmerk needs
    a digit, a date a date right after its label."""
    if ":" in line:
        return []
    fields: list[HeaderField] = []
    pos = len(line) - len(line.lstrip())
    while pos < len(line):
        match = _LABEL_RE.match(line, pos)
        if not match or not line[match.end(1) : match.end(1) + 1].isspace():
            break
        label = match.group(1).lower()
        kind = LABELS[label]
        start = match.end() + len(line[match.end() :]) - len(line[match.end() :].lstrip())
        if not label.startswith("uw "):
            # the letter's own date and number are found by their own readers; what a field
            # adds here is the advice the letter answers ("Uw brief", "Uw kenmerk")
            if kind in ("date", "ref") and (end := _value_end(kind, line, start, last=False)):
                pos = end + len(line[end:]) - len(line[end:].lstrip())
                continue
            break
        if kind in ("date", "ref"):
            end = _value_end(kind, line, start, last=False)
        elif label in UNMARKED_TEXT:
            later = next(
                (m for m in _LABEL_RE.finditer(line, start) if line[m.start(1) - 1] == " "), None
            )
            end = later.start(1) - 1 if later else len(line)
        else:
            break
        value = line[start:end].strip() if end is not None else ""
        if not value or (kind == "ref" and not re.search(r"\d", value)):
            break
        fields.append(HeaderField(label, value, offset + start, offset + start + len(value)))
        pos = end
        while pos < len(line) and line[pos] == " ":
            pos += 1
    return fields


def _text_value_below_the_row(
    labels: list[str], row: list[HeaderField], after: list[tuple[int, str]]
) -> HeaderField | None:
    """ "Datum  Kenmerk  Onderwerp" over "15 april 2025  SAD 2025-011", the subject on the line
    under the values: the last label, a text field its row left without a value, takes the
    next line when that is no label, field or salutation."""
    last = labels[-1]
    if LABELS[last] != "text" or any(f.label == last for f in row) or not after:
        return None
    start, line = after[0]
    if (
        _label_row(line)
        or _inline_fields(line, start)
        or re.match(r"\s*(geacht|beste|hooggeacht|dames|l\.s\.)", line, re.I)
    ):
        return None
    value = line.strip()
    return HeaderField(
        last, value, start + line.index(value), start + line.index(value) + len(value)
    )


def _lines_with_offsets(text: str, max_lines: int) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if "\f" in line:
            break
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
        if len(out) >= max_lines:
            break
    return out


#: a column left empty in a row of values: a dash or "n.v.t." with a space after it
EMPTY_VALUE = rx.compile(r"(?:[–—-]|n\.?v\.?t\.?|geen)(?=\s)\s*", re.I)


def is_label_row(line: str) -> bool:
    """A line of header labels only ("onderwerp  bijlagen"): their values stand below."""
    return bool(_label_row(line))


def _label_row(line: str) -> list[str] | None:
    """The labels when a line consists of header labels only, else None."""
    labels, pos = [], 0
    while pos < len(line):
        match = _LABEL_RE.match(line, pos)
        if not match:
            return None if line[pos:].strip() else labels
        labels.append(match.group(1).lower())
        pos = match.end()
    return labels


def _read_value_row(labels: list[str], line: str, offset: int) -> list[HeaderField]:
    fields, pos = [], 0
    for index, label in enumerate(labels):
        while pos < len(line) and line[pos] == " ":
            pos += 1
        if pos >= len(line):
            break
        kind = LABELS[label]
        last = index == len(labels) - 1
        empty = EMPTY_VALUE.match(line, pos)
        if empty and not last:
            pos = empty.end()  # "–" or "n.v.t." under "Uw kenmerk": the column has no value
            continue
        following = len(labels) - index - 1
        only_words_after = all(LABELS[later] == "token" for later in labels[index + 1 :])
        end = _value_end(kind, line, pos, last, following if only_words_after else 0)
        if end is None:
            break
        value = line[pos:end].strip()
        if value:
            fields.append(HeaderField(label, value, offset + pos, offset + end))
        pos = end
    return fields


def _value_end(kind: str, line: str, pos: int, last: bool, following: int = 0) -> int | None:
    rest = line[pos:]
    if kind == "date":
        dates = find_dates(rest)
        if not dates or dates[0].start > 0:
            return None
        return pos + dates[0].end
    if kind == "ref":
        match = REF_VALUE.match(rest)
        if not match:
            return None
        after = rest[match.end() :]
        second = SECOND_REF.match(after)  # in a row, other columns follow the second half
        return (
            pos
            + match.end()
            + (ref_suffix_length(after) or (len(second.group(0).rstrip()) if second else 0))
        )
    if kind == "token" and not last:
        match = re.match(r"\S+", rest)
        return pos + match.end() if match else None
    if kind == "text" and following:  # "Reactie op uw advies  -": one word per column after it
        words = list(re.finditer(r"\S+", rest))
        if len(words) > following:
            return pos + words[len(words) - following - 1].end()
    return len(line) if last else None


def _inline_fields(line: str, offset: int) -> list[HeaderField]:
    """'Datum: 14 maart 2023   Ons kenmerk: CR-2023-04' style fields (one or more per line)."""
    if ":" not in line:  # each inline label ends in a colon; most lines of a letter have none
        return []
    fields = []
    matches = [
        m
        for m in _LABEL_RE.finditer(line)
        if line[m.start(1) : m.end()].rstrip().endswith(":")
        and (m.start(1) == 0 or line[m.start(1) - 1] in " \t")
    ]
    for i, match in enumerate(matches):
        label = match.group(1).lower()
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        raw = line[match.end() : end]
        value = raw.strip()
        if not value:
            continue
        kind = LABELS[label]
        if kind == "ref":
            ref = REF_VALUE.match(value)
            value = value[: ref.end() + ref_suffix_length(value[ref.end() :])] if ref else value
        start = offset + match.end() + (len(raw) - len(raw.lstrip()))
        fields.append(HeaderField(label, value, start, start + len(value)))
    return fields
