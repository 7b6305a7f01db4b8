"""Jaarverslag facts: the year reported on and its overview table of advices.

The overview is read from the extracted tables first. Tables come out of PDFs damaged in
three ways, each repaired here: a row whose cells wrap is cut into several table rows (the
wrapped parts carry no date of their own: they are joined back), rows without rulings come
out as one row holding several advices (one date per advice: split again, and the other
cells shared out by the page text), and a table that runs on to a page without a repeated
header is often not found at all. Pages of the overview without a table (scans, unruled
tables, a list of dated items) are read from their text lines.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from datetime import date

from cp_textmine.classify.stance import sentence_stance
from cp_textmine.classify.structure import future_sections, key_figure_runs
from cp_textmine.read import rx
from cp_textmine.read.dates import MONTHS, find_dates
from cp_textmine.read.doctext import PAGE_SEP, DocText, text_lines
from cp_textmine.read.terms import NUMBER_WORDS, longest_first
from cp_textmine.records import AnnualReportFacts, Evidence, Table

#: "Jaarverslag 2023", "Jaarverslag over het kalenderjaar 2021": the year's word may be any
#: compound of jaar (verslagjaar, kalenderjaar, boekjaar).
#: A magazine, paper or book of the year says the same: "Jaarmagazine 2024". A report over two
#: years ("Jaarverslag over 2023 en 2024", "Jaarverslag 2024 – 2025") is the later year's.
YEAR_TITLE = rx.compile(
    r"\bjaar(?:verslag|magazine|krant|boek|bericht|overzicht)\s*"
    r"(?:over\s+(?:het\s+[a-z]*jaar\s+)?)?(?P<first>(?:19|20)\d{2})\b"
    r"(?:\s*(?:en|t/m|tot\s+en\s+met|[-–/])\s*(?P<last>(?:19|20)\d{2})\b)?",
    re.I,
)
#: A heading of the year's figures: "2024 in cijfers", "2023 in het kort".
YEAR_HEADING = rx.compile(
    r"^[ \t]*(?P<year>(?:19|20)\d{2})\s+in\s+(?:cijfers|getallen|het\s+kort|vogelvlucht|beeld)"
    r"[ \t]*$",
    re.I | re.M,
)
COVER_LINES = 10


def _named_year(match: re.Match[str]) -> str:
    """The year a title, cover or sentence names; the later of two a title names."""
    groups = match.groupdict()
    return groups.get("last") or groups.get("first") or groups["year"]


def _cover_year(text: str) -> re.Match[str] | None:
    """A cover that sets the year on a line of its own near a title line "Jaarverslag": the
    year line, when the cover's first lines hold one year alone."""
    lines = text[:1500].split("\n")[:COVER_LINES]
    if not any(re.fullmatch(r"\s*jaarverslag\s*", line, re.I) for line in lines):
        return None
    years = list(re.finditer(r"^[ \t]*(?P<year>(?:19|20)\d{2})[ \t]*$", "\n".join(lines), re.M))
    return years[0] if len({m["year"] for m in years}) == 1 else None


#: "In 2023 brachten wij ...", but not a year of plans: "wat we in 2025 willen", "gaan doen".
YEAR_BODY = rx.compile(
    r"\b(?:over|in)\s+(?:het\s+[a-z]*jaar\s+)?(?P<year>(?:19|20)\d{2})\b"
    r"(?![^.\n]{0,30}?\b(?:willen|wil|gaan|gaat|zullen|zal|plannen|hopen)\b)",
    re.I,
)
HEADER_WORDS = rx.compile(
    r"datum|onderwerp|advies|gevraagd|reactie|overgenomen|titel|wanneer|waarover", re.I
)
STANCE_TO_CELL = {
    "adopted": "ja",
    "partially_adopted": "deels",
    "not_adopted": "nee",
    "noted": "kennisgenomen",
}
REQUESTED_CELL = rx.compile(r"^\s*(ongevraagd|gevraagd|o|g|ja|nee)\b", re.I)

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
#: A year that a narrow column broke over two lines: "20 22", "202 2".
_YEAR_PARTS = r"(?:(?:1\s?9|2\s?0)\s?\d\s?\d|\d{2})(?!\d)"
#: One date in a table cell, tolerant of a broken year: "18-01-2022", "06-09-20 22", "3 mei 2023".
CELL_DATE = rx.compile(
    rf"(?<!\d)\d{{1,2}}[-/.]\d{{1,2}}[-/.]{_YEAR_PARTS}|(?<!\d)\d{{1,2}}\s+(?:{_MONTH})\b\.?"
    rf"(?:\s+(?:19|20)\d{{2}})?",
    re.I,
)
#: A cell that starts a new advice row: a date, a day number or a row number (not a year alone).
_ROW_KEY = rx.compile(rf"^\s*(?:\d{{1,3}}\b(?![-/.]?\d{{3}})|(?:{_MONTH})\b)", re.I)
_YEAR_ONLY = rx.compile(r"^\s*(?:19|20)\d{2}\s*$")
_DAY_ONLY = rx.compile(r"^\s*\d{1,2}\.?\s*$")
REQUESTED_WORD = rx.compile(r"\b(ongevraagd|gevraagd)\b", re.I)


def annual_report_facts(
    doc: DocText, tables: tuple[Table, ...], doc_date: date | None
) -> tuple[AnnualReportFacts, list[Evidence]]:
    evidence = []
    # emphasis markup of a printed web page ("- **mei** – ...") is no text; same offsets
    doc = dataclasses.replace(doc, text=doc.text.replace("**", "  "))
    year = None
    match = (
        YEAR_TITLE.search(doc.text[:3000])
        or _cover_year(doc.text)
        or YEAR_HEADING.search(doc.text[:3000])
        or YEAR_BODY.search(doc.text[:3000])
    )
    if match:
        year = int(_named_year(match))
        evidence.append(doc.evidence("year", match.start(), match.end(), False))
    elif doc_date:
        year = doc_date.year - 1 if doc_date.month <= 6 else doc_date.year
    page_texts = dict(zip(doc.page_numbers, doc.text.split(PAGE_SEP), strict=False))
    rows = _fuller_reading(advice_rows(tables, year, page_texts), text_rows(doc, year))
    if not rows:  # no overview: a numbered list under an intro, or items or running text
        # (whichever reads more: an item may tell of "twee afzonderlijke adviezen")
        rows = max(numbered_rows(doc, year), prose_rows(doc, year), key=len)
    rows.sort(key=lambda r: r.get("page") or 0)  # stable: each page keeps its own order
    rows = of_the_year(rows, year)
    stated = stated_total(doc, year)
    if stated and len(rows) != stated[0]:
        # no overview read, or fewer rows than the report says it gave: a list in two columns
        # or text boxes is read in pieces, a stated total of the year is not
        evidence.append(doc.evidence("n_advices_listed", stated[1], stated[2]))
        return AnnualReportFacts(year, stated[0], tuple(rows)), evidence
    if rows:
        evidence.append(_table_evidence(rows))
    elif not stated:
        marked = _marked_items(doc.text)
        if marked:
            evidence.append(doc.evidence("n_advices_listed", marked[1], marked[2]))
            return AnnualReportFacts(year, marked[0], ()), evidence
    return AnnualReportFacts(year, len(rows) if rows else None, tuple(rows)), evidence


#: an advice told on a line of its own, its title marked as asked or not: "Nota Armoede
#: 2024-2027 (gevraagd) – advies om ...", "• Toegankelijkheid centrum (ongevraagd advies, mei)."
MARKED_ITEM = rx.compile(
    r"^[ \t•*·-]*[A-Z][^\n()]{2,80}\((?:on)?gevraagd(?:\s+advies)?(?:\s*,\s*[^()\n]{0,30})?\)"
    r"\s*(?:[.–:-]|$)",
    re.M,
)


def _marked_items(text: str) -> tuple[int, int, int] | None:
    """The advices of a report that lists them neither in a table nor dated, each a line whose
    title is marked (gevraagd)/(ongevraagd); two at least."""
    items = list(MARKED_ITEM.finditer(text))
    if len(items) < 2:
        return None
    return len(items), items[0].start(), items[-1].end()


def _fuller_reading(from_tables: list[dict], from_text: list[dict]) -> list[dict]:
    """Per page, the table's rows, or the text lines' rows where the table gave one row at most
    and the text more: a table reader that found only the header rule gives the first row and
    loses the rest. (A table that read several rows is trusted: its text lines may hold the
    replies' dates at their starts.)"""
    table_pages = Counter(r["page"] for r in from_tables)
    dated = Counter(r["page"] for r in from_text if r["advice_date"])  # text rows read whole
    fuller = {p for p, n in dated.items() if table_pages[p] == 1 and n > 1}
    return [r for r in from_tables if r["page"] not in fuller] + [
        r for r in from_text if r["page"] in fuller or not table_pages[r["page"]]
    ]


def _row_year(row: dict) -> int | None:
    """The year a row is dated in: its date's, or a year alone in its date cell ("2025 (gepland)")."""
    if row.get("advice_date"):
        return row["advice_date"].year
    alone = re.match(r"\s*((?:19|20)\d{2})\b", row.get("date_cell") or "")
    return int(alone[1]) if alone else None


def of_the_year(rows: list[dict], year: int | None) -> list[dict]:
    """The rows of the reported year: an overview may also carry last year's unanswered advices
    and next year's planned ones. Only when most dated rows are of the year (else the year was
    misread, or the report covers more than one)."""
    years = [_row_year(r) for r in rows]
    dated = [y for y in years if y is not None]
    if year is None or not dated or 2 * dated.count(year) < len(dated):
        return rows
    return [r for r, y in zip(rows, years, strict=True) if y in (None, year)]


def _table_evidence(rows: list[dict]) -> Evidence:
    first = rows[0]
    return Evidence(
        "n_advices_listed", first.get("page"), first["raw"][:600], first.get("char_start"),
        first.get("char_end"),
    )  # fmt: skip


#: a column that names whom the council met or who is who: a table of meetings or members
OTHER_TABLE_COLUMN = rx.compile(
    # ("Datum | Belangrijkste onderwerpen": the meetings and what they discussed)
    r"(met|met\s+wie|gesprekspartners?|georganiseerd\s+door|organisator|naam|lid\s+sinds|functie|"
    r"(belangrijkste|besproken|voornaamste)\s+onderwerpen|agendapunten)\s*:?",
    re.I,
)


def _is_header(cells: list[str]) -> bool:
    """A header names at least two of the overview's columns and holds no row's date or number.

    A column may name its own moment ("stand van zaken 31-12-2024"): a date beside words is
    no row's date, a cell that is only a date is.
    """
    if sum(bool(HEADER_WORDS.search(c)) for c in cells) < 2:
        return False
    if any(OTHER_TABLE_COLUMN.fullmatch(" ".join(c.split())) for c in cells):
        return False  # "Datum | Met | Belangrijkste onderwerpen": the meetings, not the advices
    mended = [_mend_dates(c) for c in cells]
    bare_date = any(
        CELL_DATE.search(c) and not re.search(r"[^\W\d_]{3,}", CELL_DATE.sub(" ", c))
        for c in mended
    )
    return not bare_date and not re.match(r"\s*\d", cells[0])


def _is_ruling(cells: list[str]) -> bool:
    """A row of dashes: the ruling under a header that a text table drew with '---'."""
    return not any(re.search(r"\w", c) for c in cells)


def advice_rows(
    tables: tuple[Table, ...], year: int | None, page_texts: dict[int, str] | None = None
) -> list[dict]:
    """Rows of tables whose header names a date and a subject/advice: the year's advices.

    A table without such a header that follows one with as many columns on a later page is
    its continuation (a table running over a page break): all its rows count. ``page_texts``
    (page number -> text) lets a row holding several advices be split back into its rows.
    """
    rows: list[dict] = []
    columns: dict[str, int] | None = None
    width = last_page = 0
    for table in tables:
        if not table.rows:
            continue
        header = [c or "" for c in table.rows[0]]
        if _is_header(header):
            columns, width, last_page = _columns(header), len(header), table.page_no or 0
            body = table.rows[1:]
        elif (
            columns is not None
            and len(header) == width
            and (table.page_no or 0) > last_page
            and _dated_like_the_overview(header, columns)
        ):
            body, last_page = table.rows, table.page_no or last_page
        else:
            continue
        page_text = (page_texts or {}).get(table.page_no, "")
        for cells in _joined_rows(body, columns, width):
            for part in _split_merged(cells, columns, page_text):
                parsed = _parse_row(part, columns, year)
                if parsed is None:
                    continue
                parsed["page"] = table.page_no
                rows.append(parsed)
    return rows


def _dated_like_the_overview(first_row: list[str], columns: dict[str, int]) -> bool:
    """A table going on from an overview with a date column starts with a dated row; one that
    starts "Voornemen | Stand | Toelichting" is another table of the same width."""
    if "date" not in columns or columns["date"] >= len(first_row):
        return True
    return bool(CELL_DATE.search(_mend_dates(first_row[columns["date"]])))


def _joined_rows(body, columns: dict[str, int], width: int) -> list[list[str]]:
    """Table rows with the rows that wrapped cells produced joined back to the row they belong to.

    A row continues the one before when its date cell (or first cell) starts nothing new: it
    is empty, a year alone, or the month after a day number ("26" / "november" / "2019").
    """
    key, dated = columns.get("date", 0), "date" in columns
    out: list[list[str]] = []
    for row in body:
        cells = [(c or "").strip() for c in row] + [""] * max(0, width - len(row))
        if _is_ruling(cells):
            continue
        head = cells[key] if key < len(cells) else ""
        if out and _continues(head, out[-1][key] if key < len(out[-1]) else "", cells, dated):
            out[-1] = [f"{a} {b}".strip() for a, b in zip(out[-1], cells, strict=False)]
        else:
            out.append(cells)
    return out


def _continues(head: str, previous_head: str, cells: list[str], dated: bool) -> bool:
    """Whether a table row is the wrapped rest of the row before (see ``_joined_rows``)."""
    if not head or _YEAR_ONLY.match(head):
        return True
    if _DAY_ONLY.match(previous_head) and not re.match(r"\s*\d", head):
        return True
    # no date column: a row with only its first cell filled, and that cell starting nothing
    # numbered, is a wrapped subject ("Verordening maatschappelijke" / "ondersteuning 2020")
    return not dated and sum(bool(c) for c in cells) == 1 and not _ROW_KEY.match(head)


def _split_merged(cells: list[str], columns: dict[str, int], page_text: str) -> list[list[str]]:
    """A row whose date cell holds several dates (and nothing else) is that many advices.

    The dates split the row; every other cell is shared out in the order its words stand
    in the page text between one row's date and the next. Without that (the page text reads
    column by column) the split rows keep only their dates and, when the cell lists one word
    per row, gevraagd/ongevraagd.
    """
    key = columns.get("date", 0)
    head = cells[key] if key < len(cells) else ""
    dates = [m.group() for m in CELL_DATE.finditer(head)]
    if len(dates) < 2 or re.search(r"[^\W\d_]{2,}", CELL_DATE.sub(" ", head)):
        return [cells]
    parts = [["" for _ in cells] for _ in dates]
    for r, found in enumerate(dates):
        parts[r][key] = re.sub(r"(?<=\d)\s+(?=\d)", "", found)
    segments = _segments(page_text, dates)
    for i, cell in enumerate(cells):
        if i == key or not cell:
            continue
        shares = _share(cell.split(), segments) if segments else None
        if shares is None:
            words = REQUESTED_WORD.findall(cell)
            shares = words if len(words) == len(dates) and i == columns.get("requested") else None
        for r, share in enumerate(shares or ()):
            parts[r][i] = share
    return parts


def _date_pattern(found: str) -> str:
    return r"\s*".join(re.escape(ch) for ch in found if not ch.isspace())


def _segments(page_text: str, dates: list[str]) -> list[list[str]] | None:
    """The page text's words from each date to the next, or None when a date is not found.

    A row's date begins its line (after a row number, if any); a date elsewhere on a line
    (the college's reply date) is taken only when no line starts with it.
    """
    starts, pos = [], 0
    for found in dates:
        pattern = _date_pattern(found)
        m = re.compile(rf"(?m)^[\s|]*(?:\d{{1,3}}\s+)?({pattern})").search(page_text, pos)
        m = m or re.compile(f"({pattern})").search(page_text, pos)
        if m is None:
            return None
        starts.append(m.start(1))
        pos = m.end(1)
    ends = [*starts[1:], len(page_text)]
    return [page_text[s:e].split() for s, e in zip(starts, ends, strict=True)]


def _share(words: list[str], segments: list[list[str]]) -> list[str] | None:
    """The words of a merged cell, in order, to the segments they stand in (the last takes the rest)."""
    out, j = [], 0
    for segment in segments[:-1]:
        start, q = j, 0
        while j < len(words) and words[j] in segment[q:]:
            q = segment.index(words[j], q) + 1
            j += 1
        out.append(" ".join(words[start:j]))
    out.append(" ".join(words[j:]))
    return out if all(out) else None


def _columns(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, cell in enumerate(header):
        low = re.sub(r"\s+", "", cell.lower())  # a narrow column breaks words: "Datu m ad vies"
        if ("datum" in low or "wanneer" in low) and "date" not in found:
            found["date"] = i
        elif (
            "onderwerp" in low or "titel" in low or "waarover" in low or low.strip() == "advies"
        ) and "subject" not in found:
            found["subject"] = i
        elif ("gevraagd" in low or low.strip() == "soort") and "requested" not in found:
            found["requested"] = i
        elif (
            "reactie" in low or "antwoord" in low or "college" in low
        ) and "answered" not in found:
            found["answered"] = i
        elif (
            "overgenomen" in low or "besluit" in low or "resultaat" in low
        ) and "adopted" not in found:
            found["adopted"] = i
    return found


def _mend_dates(text: str) -> str:
    """Numeric dates with the year broken by a narrow column made whole: "06-09-20 22"; a cell
    of figures a very narrow column broke everywhere ("2 2-0 2-2 0 2 1") too."""
    squeezed = re.sub(r"\s+", "", text)
    if re.fullmatch(r"[\d\s./-]+", text) and re.fullmatch(
        r"\d{1,2}([-/.])\d{1,2}\1\d{4}", squeezed
    ):
        return squeezed
    return CELL_DATE.sub(
        lambda m: re.sub(r"\s+", "", m.group()) if re.match(r"\d+[-/.]", m.group()) else m.group(),
        text,
    )


def _parse_row(cells: list[str], columns: dict[str, int], year: int | None) -> dict | None:
    def cell(key: str) -> str:
        i = columns.get(key)
        return cells[i] if i is not None and i < len(cells) else ""

    date_text = _mend_dates(cell("date") or cells[0])
    anchor = date(year, 12, 31) if year else None
    dates = find_dates(date_text, anchor=anchor)
    subject = cell("subject") or (cells[1] if len(cells) > 1 else "")
    if not dates and not subject:
        return None
    if re.fullmatch(r"\s*(totaal|total)\b.*", " ".join(cells), re.I):
        return None
    if not dates and PLANNED.search(date_text + " " + " ".join(cells)):
        return None  # "Woonzorgvisie | in voorbereiding": an advice still to come, not given
    req_cell = cell("requested").lower()
    requested = None
    if "ongevraagd" in req_cell or req_cell.strip() in {"o", "nee"}:
        requested = False
    elif "gevraagd" in req_cell or req_cell.strip() in {"g", "ja"}:
        requested = True
    answered_cell = cell("answered").lower()
    answered = None
    adopted = None
    if len(answered_cell) > 40:  # a free-text reaction: answered, unless it says it is not
        answered = not re.search(
            r"\b(nog\s+geen\s+reactie|geen\s+reactie\s+ontvangen|nog\s+niet\s+(beantwoord|gereageerd))\b",
            answered_cell,
        )
        adopted = STANCE_TO_CELL.get(sentence_stance(answered_cell, require_actor=False) or "")
    elif answered_cell:
        answered = not re.search(
            r"\b(nee|nog\s+niet|geen|n\.?v\.?t|openstaand)\b|^\s*[-–—]?\s*$", answered_cell
        )
    adopted_cell = cell("adopted").lower()
    if adopted_cell:
        if re.search(r"deels|gedeeltelijk|grotendeels|ten dele", adopted_cell):
            adopted = "deels"
        elif re.search(r"\bnee\b|niet", adopted_cell):
            adopted = "nee"
        elif re.search(r"\bja\b|overgenomen|volledig", adopted_cell):
            adopted = "ja"
        else:
            adopted = adopted_cell.strip()[:40]
    return {
        "advice_date": dates[0].value if dates else None,
        "subject": subject.strip()[:300] or None,
        "requested": requested,
        "answered": answered,
        "adopted": adopted,
        "raw": " | ".join(c for c in cells if c),
        "date_cell": date_text,
    }


# --- the overview read from text lines (scans, unruled tables, lists) -------------------

#: A text line heading the overview: when (datum, maand, nr) or what (onderwerp, titel) next to
#: how it went (gevraagd, soort, reactie, overgenomen, resultaat ...), and little else.
_HEAD_WHAT = {"datum", "maand", "onderwerp", "titel", "nr", "nummer"}
_HEAD_HOW = {"advies", "gevraagd", "ongevraagd", "soort", "reactie", "overgenomen", "resultaat",
             "uitkomst", "besluit", "status", "beantwoord"}  # fmt: skip
_HEAD_OTHER = {"college", "gemeente", "of", "en", "ontvangen", "van", "het", "de", "datum",
               "verzonden", "verstuurd", "uitgebracht"}  # fmt: skip
#: A line that starts an advice row: an optional bullet and row number, then a date, a day and
#: month, or a day number alone (its month wrapped to the next line).
ROW_LINE = rx.compile(
    # a row number, also one with the year before it ("2023-04", its number wrapped: "2023-")
    # ... after the council's reference code ("CRWI 16-02-2023", its number wrapped below)
    rf"^[\s|]*(?P<bullet>[-•*–—]\s*)?(?P<ref>(?-i:[A-Z]{{2,8}})\s+(?=\d))?(?P<num>(?:(?:19|20)\d{{2}}[-/.](?:\d{{1,3}}[.)]?)?|\d{{1,3}}[.)]?)\s+(?=\d|(?:{_MONTH})\b))?"
    rf"(?P<key>(?P<date>(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}\b|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|\d{{1,2}}\s+(?:{_MONTH})\b)|"
    # a date whose year a narrow column wrapped to a line below ("14-02-" / "2024")
    r"(?P<yearless>\d{1,2}[-/.]\d{1,2}[-/.])(?!\d)|"
    # a day and month without a year ("13/01"), or the month alone ("februari"), in a table's
    # date column
    r"\d{1,2}/\d{1,2}(?=[\s|])|"
    rf"(?:{_MONTH})(?=[\s|]{{2,}})|"
    r"\d{1,2}(?=[\s|]|$))",
    re.I,
)
#: the year of a date broken before it: a year alone at the start of a later line of the row
WRAPPED_YEAR = rx.compile(r"(?m)^\s*((?:19|20)\d{2})\b(?![-/.]\d)")
#: A line ending in a broken date ("11-10-20"): the next line's number is its year's rest.
_BROKEN_DATE_END = rx.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{0,3}$")
#: Lines of header words without a row in between: more than this and it was no overview.
_MAX_HEADER_LINES = 8
_BULLET = rx.compile(r"[-•*–—]\s")


def _header_at(lines: list[tuple[int, str]], index: int) -> bool:
    """The overview's header starts at this line, also when a narrow column wrapped its words
    over the next short lines ("nr datum onderwerp G/" / "O" / "reactie uitkomst")."""
    text = lines[index][1].strip()
    if _is_header_line(text):
        return True
    joined = text
    for _, line in lines[index + 1 : index + 3]:
        part = line.strip()
        if not part or line == "\f" or len(part.split()) > 3 or ROW_LINE.match(part):
            return False
        joined += " " + part
        if _is_header_line(joined):
            return True
    return False


def _is_header_line(line: str) -> bool:
    # single letters are a narrow column's abbreviations ("G/O"), no words to judge by
    words = [w for w in re.findall(r"[^\W\d_]+", line.lower()) if len(w) > 1]
    if not 2 <= len(words) <= 12 or CELL_DATE.search(line) or line.rstrip().endswith("."):
        return False
    known = sum(w in _HEAD_WHAT or w in _HEAD_HOW or w in _HEAD_OTHER for w in words)
    return bool(_HEAD_WHAT & set(words) and _HEAD_HOW & set(words)) and known >= 0.6 * len(words)


def _introduces_list(line: str) -> bool:
    """'In 2023 stuurden wij vijf adviezen naar het college:' or a heading 'Onze adviezen'."""
    if not re.search(r"\badvie(?:s|zen)\b", line, re.I):
        return False
    return line.rstrip().endswith(":") or (
        len(line.split()) <= 6 and not line.rstrip().endswith(".")
    )


def _is_prose(line: str, previous: str) -> bool:
    """A line of running text: too long for a table cell, or a new sentence after a full stop."""
    words = line.split()
    if len(words) >= 10:
        return True
    return previous.rstrip().endswith((".", "!", "?")) and line[:1].isupper() and len(words) >= 6


def text_rows(doc: DocText, year: int | None) -> list[dict]:
    """Advice rows read from the text lines of the overview: after a header line (a table
    the PDF gave no table for), or dated bullets after a line that introduces the advices.

    A block ends at running text, at a blank line not followed by a row, or at a page whose
    first line is neither a row nor the repeated header.
    """
    rows: list[dict] = []
    mode: str | None = None  # None, 'table' or 'list'
    numbered: bool | None = None  # whether the table's rows carry a row number
    first_row: re.Match | None = None  # the block's first row, that later rows look like
    previous, blank, waited = "", False, 0
    current: dict | None = None
    lines = text_lines(doc.text)
    for index, (start, line) in enumerate(lines):
        text = line.strip()
        if line == "\f":
            if mode and not _block_goes_on(lines[index + 1 :], mode):
                mode = None
            previous, blank = "", False
            continue
        if not text:
            blank = True
            continue
        m = ROW_LINE.match(text)
        if mode is None:
            if _header_at(lines, index):
                mode, waited, current, numbered, first_row = "table", 0, None, None, None
            elif m and m["bullet"] and m["date"] and _introduces_list(previous):
                mode = "list"
            if mode != "list":
                previous, blank = text, False
                continue
        starts_row = bool(m) and not _BROKEN_DATE_END.search(previous)
        if mode == "list":
            starts_row = starts_row and bool(m["bullet"] and m["date"])
        elif starts_row and numbered is not None:
            # rows that carry a number all do: a date opening a line is a wrapped reply date
            starts_row = numbered == bool(m["num"])
        if starts_row and mode == "table" and numbered is None:
            numbered, first_row = bool(m["num"]), m
        if starts_row:
            current = {"start": start, "end": start + len(line), "page": doc.page_of(start)[0]}
            current["listed"] = mode == "list"
            rows.append(current)
        elif mode == "table" and _is_header_line(text):
            current, waited = (
                None,
                0,
            )  # the header repeated on the next page: its wrapped words follow
        elif current is None:  # header remnants before the first row
            waited += 1
            if waited > _MAX_HEADER_LINES:
                mode = None
        elif (
            blank
            or (
                mode == "table"
                and _is_prose(text, previous)
                and not _row_ahead(lines, index, first_row)
            )
            or (mode == "list" and (_BULLET.match(text) or _new_sentence(text, previous)))
        ):
            mode, current = None, None
        else:
            current["end"] = start + len(line)
        previous, blank = text, False
    return [
        _text_row(doc, row, year)
        for row in rows
        if not (row["listed"] and _no_advice_item(doc.text[row["start"] : row["end"]]))
        and not NO_ADVICE_GIVEN.search(doc.text[row["start"] : row["end"]].split("\n", 1)[0])
    ]


#: a row of an adviesaanvraag the council answered without an advice: "geen advies: de raad
#: heeft kennisgenomen", "geen advies uitgebracht"
NO_ADVICE_GIVEN = rx.compile(
    r"\bgeen\s+advies\b(?!\s+(?:over|op|van|gevraagd|aanvraag))|\bafgezien\s+van\s+(?:een\s+)?advies\b",
    re.I,
)


#: how far a table's cell of running text (a summary of the advice, the college's reaction)
#: may run on before the next row
_CELL_LINES = 30


def _date_form(m: re.Match) -> str:
    """How a row writes its date: in figures ("12-02-2024", "07-11-") or with the month's name."""
    return "figures" if re.match(r"\d{1,2}[-/.]", m["date"] or m["yearless"] or "") else "named"


def _row_ahead(lines: list[tuple[int, str]], index: int, like: re.Match | None) -> bool:
    """Whether a row like the block's first (its date written the same way, numbered or not)
    follows on this page: then the running text is a cell of the table (a summary or a
    reaction written out), not the text after it."""
    if like is None or not (like["date"] or like["yearless"]):
        return False
    for _, line in lines[index + 1 : index + 1 + _CELL_LINES]:
        if line == "\f":
            return False
        text = line.strip()
        if text.endswith("."):  # a sentence that opens with a date ("5 mei was druk.") is no row
            continue
        m = ROW_LINE.match(text)
        if (
            m
            and (m["date"] or m["yearless"])
            and _date_form(m) == _date_form(like)
            and bool(m["num"]) == bool(like["num"])
        ):
            return True
    return False
    for _, line in lines[index + 1 : index + 1 + _CELL_LINES]:
        if line == "\f":
            return False
        m = ROW_LINE.match(line.strip())
        if (
            m
            and m["date"]
            and _date_form(m) == _date_form(like)
            and bool(m["num"]) == bool(like["num"])
        ):
            return True
    return False


def _no_advice_item(item: str) -> bool:
    """A dated list item that is the college's reply, a meeting or a request, or an advice
    still to come: 'reactie van het college op ...', '... adviesaanvraag verwacht'."""
    body = _ITEM_START.sub("", " ".join(item.split()), count=1)
    lead = LEAD_DATE.match(body)
    first = re.split(r"(?<=[.!?])\s", body, maxsplit=1)[0]
    return bool(PLANNED.search(first) or (lead and LEAD_OTHER.match(lead["what"])))


def _new_sentence(line: str, previous: str) -> bool:
    return previous.rstrip().endswith((".", "!", "?", ":")) and line[:1].isupper()


def _block_goes_on(rest: list[tuple[int, str]], mode: str) -> bool:
    """A page continues the overview when its first line is a row or (tables) the header."""
    for _, line in rest:
        text = line.strip()
        if not text:
            continue
        m = ROW_LINE.match(text)
        if mode == "list":
            return bool(m and m["bullet"] and m["date"])
        return bool(m) or _is_header_line(text)
    return False


def _text_row(doc: DocText, row: dict, year: int | None) -> dict:
    lines_text = doc.text[row["start"] : row["end"]]
    raw = " ".join(lines_text.split())
    anchor = date(year, 12, 31) if year else None
    key = ROW_LINE.match(raw)
    wrapped = WRAPPED_YEAR.search(lines_text) if key and key["yearless"] else None
    if wrapped:  # "14-02-" with "2024" on a line below: the date made whole
        raw = raw[: key.end("yearless")] + wrapped[1] + raw[key.end("yearless") :]
        key = ROW_LINE.match(raw)
    dates = find_dates(raw[:40], anchor=anchor)
    rest = raw[key.end() :] if key else raw
    if dates and dates[0].end > (key.end() if key else 0):
        rest = raw[dates[0].end :]
    requested_word = REQUESTED_WORD.search(rest)
    subject = rest[: requested_word.start()] if requested_word else rest
    subject = re.split(r"(?<=\w)\.\s", subject.strip(" |—–-:"), maxsplit=1)[0]
    requested = None
    if requested_word or re.search(r"eigen\s+initiatief|op\s+verzoek", rest, re.I):
        low = rest.lower()
        requested = not re.search(r"ongevraagd|eigen\s+initiatief", low)
    _, page_start = doc.page_of(row["start"])
    return {
        "advice_date": dates[0].value if dates else None,
        "subject": subject.strip(" |—–-:(,")[:300] or None,
        "requested": requested,
        "answered": None,
        "adopted": None,
        "raw": raw[:600],
        "page": row["page"],
        "char_start": page_start,
        "char_end": page_start + (row["end"] - row["start"]),
    }


#: a numbered item: "1. Beleidsregels bijzondere bijstand (3 april 2018) – overgenomen"
NUMBERED_ITEM = rx.compile(r"^\s*(?P<n>\d{1,2})[.)]\s+\S")


def numbered_rows(doc: DocText, year: int | None) -> list[dict]:
    """The advices as a numbered list under a line that introduces them ("In 2018 brachten wij
    de volgende adviezen uit:", a heading "Adviezen 2021"): one row an item, numbered from 1
    on, short sub-headings ("Gevraagd", "Ongevraagd") and blank lines between allowed. A list
    under another intro ("adviesaanvragen aangekondigd voor 2019:") is none."""
    lines = text_lines(doc.text)
    for index, (_, line) in enumerate(lines):
        if not _introduces_list(line.strip()) or not re.search(r"\badviezen\b", line, re.I):
            continue  # ("Zo komt een advies tot stand:" introduces steps, not advices)
        items: list[tuple[int, int]] = []
        expected = 1
        for start, following in lines[index + 1 :]:
            text = following.strip()
            item = NUMBERED_ITEM.match(text)
            if item and int(item["n"]) == expected:
                items.append((start, start + len(following)))
                expected += 1
            elif (
                not text
                or following == "\f"
                or (len(text.split()) <= 3 and not text.endswith(".") and not items)
                or (
                    len(text.split()) <= 3
                    and not text.endswith(".")
                    and re.search(r"gevraagd", text, re.I)
                )
            ):
                continue  # a blank line, a page break, a sub-heading
            elif items and (
                len(text.split()) > 3
                or text.endswith((".", ",", ";"))
                or re.match(r"[a-zà-ÿ(–—-]", text)  # "– deels overgenomen", "ontvangen"
            ):
                items[-1] = (items[-1][0], start + len(following))  # the item wraps onto this line
            else:
                break
        if len(items) >= 2:
            return [_numbered_row(doc, s, e, year) for s, e in items]
    return []


def _numbered_row(doc: DocText, start: int, end: int, year: int | None) -> dict:
    row = _text_row(doc, {"start": start, "end": end, "page": doc.page_of(start)[0]}, year)
    item = NUMBERED_ITEM.match(row["raw"])
    subject = row["raw"][item.end() - 1 :] if item else row["raw"]
    dates = find_dates(row["raw"], anchor=date(year, 12, 31) if year else None)
    return {**row, "advice_date": dates[0].value if dates else None, "subject": subject[:300]}


# --- advices told item by item or in running text --------------------------------------
#
# Reports without an overview table tell their advices as list items ("- 28 januari — gevraagd
# advies over ...", "1. Op 14 februari adviseerden wij ...", "Beleidsregels (gevraagd, 3 maart)")
# or as paragraphs in theme chapters ("Op 21 februari brachten wij ongevraagd advies uit").
# An advice counts when the item or sentence gives it a date of the reported year and says the
# council gave it: a reply, a request from the college, an advice being prepared or a reference
# back ("ons advies van 14 september") is none.

_DAY_DATE = rf"\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:19|20)?\d{{2}}|\d{{1,2}}\s+(?:{_MONTH})\b\.?(?:\s+(?:19|20)\d{{2}})?"
_ITEM_DATE = rf"(?:{_DAY_DATE}|(?:{_MONTH})\b\.?(?:\s+(?:19|20)\d{{2}})?)"
_ITEM_START = rx.compile(r"^\s*(?:[-•*–—]\s+|\d{1,2}[.)]\s+)")
#: An item that opens with its date: "28 januari — gevraagd advies over ...", "Juni 2022 – ...".
LEAD_DATE = rx.compile(rf"^(?P<date>{_ITEM_DATE})\s*[-–—:|,]\s*(?P<what>\S.*)", re.I | re.S)
#: What follows the lead date names an advice ...
LEAD_ADVICE = rx.compile(
    r"^(?:(?:een|ons|onze|het)\s+)?(?:(?:on)?gevraagd\w*\s+)?advie(?:s|zen)\b|^(?:on)?gevraagd\b",
    re.I,
)
#: ... and not the college's reply, a request or work towards an advice.
LEAD_OTHER = rx.compile(
    r"^(?:\S+\s+){0,1}(?:reactie|antwoord|brief|verzoek|adviesaanvraag|aanvraag|voorbereiding|"
    r"vooraankondiging|overleg|gesprek)\b",
    re.I,
)
#: The kind of advice named in an item: requested or on the council's own initiative.
KIND_WORD = rx.compile(
    r"\b(?:on)?gevraagd\b|\bop\s+verzoek\b|\beigen\s+initiatief\b|\buit\s+eigen\s+beweging\b", re.I
)
#: An advice still to come: "adviesaanvraag verwacht", "gepland", "in voorbereiding".
PLANNED = rx.compile(r"\b(?:verwacht|gepland|in\s+voorbereiding|volgt\s+in)\b", re.I)
#: "(gevraagd, 3 maart 2020)" or "(14 april 2020, ongevraagd)" after an advice's subject.
BRACKETED = rx.compile(
    rf"\(\s*(?:(?:on)?gevraagd\w*\s*[,;]\s*(?P<date>{_ITEM_DATE})|(?P<date2>{_ITEM_DATE})\s*[,;]\s*"
    r"(?:on)?gevraagd\w*)\s*\)|"
    # "Minimabeleid (ongevraagd) – 17 september": the kind in brackets, the date after a dash
    rf"\(\s*(?:on)?gevraagd\w*\s*\)\s*[-–—,]\s*(?P<date3>{_DAY_DATE})",
    re.I,
)
#: An item under a month heading that is itself an advice: "[advies] Gevraagd advies over ...".
MARKED_ADVICE = rx.compile(
    r"^(?:\[\s*advies\s*\]\s*)(?:(?:on)?gevraagd\w*\s+)?advie(?:s|zen)?\b|"
    r"^(?:(?:on)?gevraagd\w*\s+)advies\s+(?:over|aan|op)\b",
    re.I,
)
#: A line that is only a month (with its year), heading what happened in it.
MONTH_HEADING = rx.compile(
    rf"^\s*(?P<month>{_MONTH})(?:\s*/\s*(?:{_MONTH}))?(?:\s+(?:19|20)\d{{2}})?\s*:?\s*$", re.I
)
#: The council giving an advice in a sentence: "brachten wij ongevraagd advies uit", "Ons
#: advies volgde op 29 augustus", "adviseerden wij op verzoek van het college".
WE = rx.compile(r"\b(?:wij|we)\b", re.I)
WE_GAVE = rx.compile(
    r"\b(?:adviseerden|stuurden|zonden|verstuurden|brachten|gaven|leverden)\b", re.I
)
ADVICE_WORD = rx.compile(r"\b(?:advie(?:s|zen)|adviseerden)\b", re.I)
#: "reactie op ons advies", "over het advies": the advice referred to, not given here.
REFERRED = rx.compile(
    r"\b(?:op|over|bij|aan|met|van|in)\s+(?:ons|onze|het|dit|dat)\s+(?:\w+\s+)?$", re.I
)
OUR_ADVICE_WENT = rx.compile(
    r"\bons\s+(?:\w+\s+)?advies\s+(?:\w+\s+){0,3}?(?:volgde|ging|verstuurd|verzonden|uitgebracht)\b",
    re.I,
)
SENT_DATE = rx.compile(_DAY_DATE, re.I)
#: a calendar's or a chronicle's telegram style, without "wij": "Ongevraagd advies uitgebracht
#: over ...", "Gevraagd advies over X verstuurd (14 april)", "Op 24 november advies uitgebracht"
TELEGRAM_ADVICE = rx.compile(
    r"^(?:op\s+\d{1,2}\s+\w+\s+)?(?:(?:on)?gevraagd\w*\s+)?advies\b[^.]{0,200}?\b(?:uitgebracht|verstuurd|"
    r"gestuurd|verzonden|aangeboden|advies\s+van\s+\d)",
    re.I,
)
#: "twee afzonderlijke adviezen": one item, more advices.
SEVERAL = rx.compile(
    r"\b(?P<n>twee|drie|vier|[234])\s+(?:afzonderlijke\s+|aparte\s+|verschillende\s+)?adviezen\b",
    re.I,
)
_SEVERAL_N = {"twee": 2, "drie": 3, "vier": 4}
_SENTENCE_SPLIT = rx.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(0-9])")


def prose_rows(doc: DocText, year: int | None) -> list[dict]:
    """Advices told as list items or sentences (see above), one row per advice.

    List items are distinct advices; a dated sentence in running text that repeats an item's
    date is the same advice told again (theme chapters refer back to the list).
    """
    planned = future_sections(doc.text)
    months = [
        (start, m["month"])
        for start, line in text_lines(doc.text)
        if (m := MONTH_HEADING.match(line))
    ]
    told = []
    for start, end, is_item in _units(doc.text):
        if any(a <= start < b for a, b in planned):
            continue  # a 'Vooruitblik' names advices still to come
        month = next((name for at, name in reversed(months) if at < start), None)
        found = _unit_advice(doc.text[start:end], is_item, year, month)
        if found is not None:
            told.append((start, end, is_item, *found))
    # the items first, wherever the running text tells of the same advices
    seen = {(w.month, w.day) for _, _, item, w, _, _ in told if item and w}
    rows: list[dict] = []
    for start, end, is_item, when, n, subject in told:
        key = (when.month, when.day) if when else None
        if not is_item and key is not None:
            if key in seen:
                continue
            seen.add(key)
        unit = doc.text[start:end]
        rows += [_prose_row(doc, start, end, when, unit, subject) for _ in range(n)]
    return rows


def _units(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_item) for list items (a bullet or number and its wrapped lines) and for
    the sentences of running text. A blank line, a page break or a heading ends both."""
    units: list[tuple[int, int, bool]] = []
    block: list[tuple[int, str]] = []
    is_item, previous = False, ""

    def close() -> None:
        if block:
            start, end = block[0][0], block[-1][0] + len(block[-1][1])
            if is_item:
                units.append((start, end, True))
            else:
                units.extend((start + s, start + e, False) for s, e in _sentences(text[start:end]))
        block.clear()

    for start, line in text_lines(text):
        stripped = line.strip()
        if not stripped or line == "\f" or _is_heading(stripped, previous):
            close()
            previous = "." if stripped and line != "\f" else ""  # a heading may follow a heading
            is_item = False
            continue
        if _ITEM_START.match(line):
            close()
            is_item = True
        block.append((start, line))
        previous = stripped
    close()
    return units


#: A numbered advice's title: "Advies 2021-06 – ...", "Advies nr. 4: ...", "Advies 3 - ...".
ADVICE_TITLE = rx.compile(r"advies\s+(?:nr\.?\s*)?\d[\w/.-]*\s*[-–—:]", re.I)


def _is_heading(line: str, previous: str) -> bool:
    """A short line that ends no sentence: "Tweede kwartaal" after a finished sentence, or a
    numbered chapter title ("9. Wmo, zorg en vervoer") that holds no date."""
    words = line.split()
    if len(words) > 6 or line.endswith((".", ",", ";", ")")) or ADVICE_TITLE.match(line):
        return False  # "Advies 2021-06 – Kwijtschelding" opens an advice whose date wraps on
    if re.match(r"\d{1,2}\.\s", line):
        return not CELL_DATE.search(line) and not re.search(rf"\b(?:{_MONTH})\b", line, re.I)
    return (not previous or previous.endswith((".", "!", "?", ":", ";"))) and not _ITEM_START.match(
        line
    )


def _sentences(block: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _SENTENCE_SPLIT.finditer(block):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(block)))
    return [(s, e) for s, e in spans if block[s:e].strip()]


def _enumerated(
    brackets: list[re.Match[str]], year: int | None, context: str
) -> tuple[date | None, int, str | None] | None:
    """'Het ging om: (1) de nota armoede (gevraagd, januari); (2) ...': one advice per bracket
    of the year."""
    dated = [_dated(b["date"] or b["date2"] or b["date3"], year, b.group(), None) for b in brackets]
    held = [d for d in dated if d is not None]
    return (held[0][0], len(held), None) if held else None


def _unit_advice(
    unit: str, is_item: bool, year: int | None, month: str | None = None
) -> tuple[date | None, int, str | None] | None:
    """(the advice's date, how many advices, its subject) when the unit tells an advice given
    in the year."""
    flat = " ".join(unit.split())
    body = _ITEM_START.sub("", flat, count=1) if is_item else flat
    spans = _sentences(body)
    if is_item and PLANNED.search(body[: spans[0][1]] if spans else body):
        return None  # the item's first sentence says it is still to come
    lead = LEAD_DATE.match(body) if is_item else None
    if lead and not LEAD_OTHER.match(lead["what"]) and _names_advice(lead["what"]):
        return _dated(lead["date"], year, flat, _about(lead["what"]) or _first_clause(lead["what"]))
    brackets = list(BRACKETED.finditer(body))
    if len(brackets) > 1 and not is_item:
        return _enumerated(brackets, year, flat)
    bracket = brackets[0] if brackets else None
    if bracket:
        when = bracket["date"] or bracket["date2"] or bracket["date3"]
        return _dated(when, year, flat, body[: bracket.start()])
    if is_item and month and MARKED_ADVICE.match(body):
        return _dated(month, year, flat, _about(body))
    if is_item and LEAD_ADVICE.match(body) and not PLANNED.search(body):
        # "1. Gevraagd advies over de nota re-integratie (maart)": an item that is an advice,
        # dated or not; a date of another year keeps it out
        first = body[: spans[0][1]] if spans else body
        when = re.search(_ITEM_DATE, first, re.I)
        return _dated(when.group() if when else first, year, flat, _about(first))
    for sentence in _sentences(body):
        text = body[sentence[0] : sentence[1]]
        if TELEGRAM_ADVICE.search(text) and not PLANNED.search(text):
            when = SENT_DATE.search(text)
            dated = when.group() if when else month
            if dated:  # "Gevraagd advies over X verstuurd (14 april)" under a month or dated
                return _dated(dated, year, text, _about(text))
        if not _gives_advice(text):
            continue
        when = SENT_DATE.search(text)
        if when:
            return _dated(when.group(), year, text, _about(text))
    return None


def _names_advice(what: str) -> bool:
    """After an item's lead date: 'gevraagd advies over ...', or a subject whose first sentence
    says what kind of advice it was ('Minimabeleid (gevraagd)', '... op verzoek van het college')."""
    first = re.split(r"(?<=[.!?])\s", what, maxsplit=1)[0]
    return bool(LEAD_ADVICE.match(what) or KIND_WORD.search(first))


def _first_clause(text: str) -> str:
    return re.split(r"[.;(]", text, maxsplit=1)[0]


def _gives_advice(sentence: str) -> bool:
    """The council as the one who gives the advice in this sentence (not a reference to it)."""
    if OUR_ADVICE_WENT.search(sentence):
        return True
    if not (WE.search(sentence) and WE_GAVE.search(sentence)):
        return False
    return any(
        m.group().lower() == "adviseerden" or not REFERRED.search(sentence[: m.start()])
        for m in ADVICE_WORD.finditer(sentence)
    )


def _about(text: str) -> str | None:
    """What an advice was about: the words after 'advies over' / 'over' up to the clause's end."""
    m = re.search(r"\bover\s+(?P<what>[^.;:(]+)", text)
    return m["what"] if m else None


def _dated(
    text: str, year: int | None, context: str, subject: str | None
) -> tuple[date | None, int, str | None] | None:
    """The date (resolved in the report's year) and the number of advices; None when the date
    names another year."""
    stated = re.search(r"(?:19|20)\d{2}", text)
    if year and stated and int(stated.group()) != year:
        return None
    anchor = date(year, 12, 31) if year else None
    found = find_dates(_mend_dates(text), anchor=anchor)
    several = SEVERAL.search(context)
    n = (_SEVERAL_N.get(several["n"].lower()) or int(several["n"])) if several else 1
    subject = " ".join((subject or "").split()).strip(" ,–—-:") or None
    return (found[0].value if found else None), n, subject[:300] if subject else None


def _prose_row(
    doc: DocText, start: int, end: int, when: date | None, unit: str, subject: str | None
) -> dict:
    raw = " ".join(unit.split())
    requested = None
    if re.search(r"ongevraagd|eigen\s+initiatief", raw, re.I):
        requested = False
    elif re.search(r"\bgevraagd|op\s+verzoek", raw, re.I):
        requested = True
    page, page_start = doc.page_of(start)
    return {
        "advice_date": when,
        "subject": subject,
        "requested": requested,
        "answered": None,
        "adopted": None,
        "raw": raw[:600],
        "page": page,
        "char_start": page_start,
        "char_end": page_start + (end - start),
    }


# --- the number of advices stated in a sentence ------------------------------------------

_COUNT_WORDS = {**NUMBER_WORDS, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19}
_COUNT = r"\d{1,2}|" + "|".join(
    sorted(set(_COUNT_WORDS) - {"een", "één", "eén"}, key=longest_first)
)
#: "In 2022 bracht de raad zeven adviezen uit", "We gaven vijf adviezen", "Dit jaar hebben we
#: 4 adviezen gegeven": a total, not "twee ongevraagde adviezen" (a part of it).
STATED_TOTAL = rx.compile(
    rf"\b(?P<n>{_COUNT})\s+(?:formele\s+|schriftelijke\s+)?adviezen\b(?P<rest>[^.;:]*)", re.I
)
STATED_GIVEN = rx.compile(
    r"\b(?:uitgebracht|uit|gegeven|gaven|gaf|stuurden|stuurde|verstuurd|verstuurden|uitbrachten|uitbracht|"
    r"uitgebracht|afgegeven)\b",
    re.I,
)
#: Other years, or the future: no total of the reported year.
STATED_OTHER = rx.compile(
    r"\b(?:sinds|afgelopen\s+jaren|vorig\s+jaar|vorige\s+jaar|verwacht\w*|gaan|zullen|willen|"
    r"plannen|gepland|per\s+jaar|gemiddeld)\b",
    re.I,
)


#: "Dat waren vijf adviezen": the sum of those just told.
SUMMED = rx.compile(
    r"\b(?:dat|dit)\s+(?:waren|zijn)\s+(?:(?:in\s+)?totaal\s+|samen\s+|dus\s+)?$", re.I
)


#: "zes gevraagde en twee ongevraagde adviezen": the total as its two parts
STATED_PARTS = rx.compile(
    rf"\b(?P<a>{_COUNT})\s+(?:on)?gevraagde\s+(?:adviezen\s+)?en\s+(?P<b>{_COUNT})\s+(?:on)?gevraagde\s+adviezen\b",
    re.I,
)
#: "Daarmee komt het totaal aantal adviezen in 2017 op zeven", "in totaal 9 adviezen"
STATED_SUM = rx.compile(
    rf"\btotaal\s+(?:aantal\s+)?(?:uitgebrachte\s+)?adviezen\b[^.;:]{{0,30}}?\b(?:op|was|is|bedroeg|kwam\s+uit\s+op)\s+"
    rf"(?P<n>{_COUNT})\b",
    re.I,
)


def _count_word(word: str) -> int:
    return int(word) if word.isdigit() else _COUNT_WORDS[word.lower()]


def stated_total(doc: DocText, year: int | None) -> tuple[int, int, int] | None:
    """(count, start, end) of a sentence that states how many advices the council gave in the
    year: the count when the report lists its advices in no form this reader knows. Of several
    such sentences the largest count is the total."""
    found: list[tuple[int, int, int]] = []
    for start, end, is_item in _units(doc.text):
        if is_item:
            continue
        sentence = doc.text[start:end]
        told_years = {int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", sentence.split(";")[0])}
        parts = STATED_PARTS.search(sentence) or STATED_SUM.search(sentence)
        if parts and not STATED_OTHER.search(sentence) and not (year and told_years - {year}):
            n = (
                _count_word(parts["a"]) + _count_word(parts["b"])
                if "a" in parts.groupdict()
                else _count_word(parts["n"])
            )
            return n, start + parts.start(), start + parts.end()
        m = STATED_TOTAL.search(sentence)
        summed = m and SUMMED.search(sentence[: m.start()])
        if not m or not (summed or STATED_GIVEN.search(sentence)) or STATED_OTHER.search(sentence):
            continue
        if re.search(r"\bgevraagde\s*$|ongevraagde\s*$", sentence[: m.start()], re.I):
            continue
        colon = sentence.find(":", m.end())  # the list the sentence introduces has its own years
        told = sentence if colon == -1 else sentence[:colon]
        years = {int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", told)}
        if year and years - {year}:
            continue
        found.append((_count_word(m["n"]), start + m.start(), start + m.end()))
    # a theme's "Twee adviezen uitgebracht" is part of the year's total stated elsewhere
    return (
        max(found, key=lambda f: f[0], default=None)
        or _advices_tile(doc.text)
        or _advices_figure_line(doc.text)
    )


#: a key-figures list's line: "• Adviezen: 7, waarvan 5 gevraagd en 2 ongevraagd"
ADVICES_FIGURE_LINE = rx.compile(
    r"^[ \t•*·–-]*(?:uitgebrachte\s+|aantal\s+)?adviezen\s*:\s*(?P<n>\d{1,2})\b", re.I | re.M
)


def _advices_figure_line(text: str) -> tuple[int, int, int] | None:
    """The advices of the year as a key-figures list gives them, where no sentence does: the
    label first ("Adviezen: 7") or the number ("6 adviezen (4 gevraagd, 2 ongevraagd)")."""
    m = ADVICES_FIGURE_LINE.search(text)
    if m:
        return int(m["n"]), m.start("n"), m.end("n")
    for run in _number_led_runs(text):
        for n in run:
            if ADVICES_TILE.match(n["label"]):
                return int(n["n"]), n.start("n"), n.end("n")
    return None


#: a line of a figures list that leads with its number, its label in lower case ("10 plenaire
#: vergaderingen", "6 adviezen (4 gevraagd, 2"); a contents page's "3 Adviezen" is capitalised
NUMBER_LED_LINE = rx.compile(r"^[ \t•*·–-]*(?P<n>\d{1,3})\s+(?P<label>[a-zà-ÿ][^\n]*)$", re.M)
#: lines of a label wrapped below its number line, before the next figure
FIGURE_WRAP_LINES = 2
#: figures in one list: fewer are a sentence's wrapped line, not a list
FIGURES_IN_A_LIST = 3


def _number_led_runs(text: str) -> list[list[re.Match]]:
    """Runs of number-led lines one under the other (a label may wrap onto the lines between)."""
    runs: list[list[re.Match]] = []
    for m in NUMBER_LED_LINE.finditer(text):
        gap = text.count("\n", runs[-1][-1].end(), m.start()) - 1 if runs else None
        if gap is not None and gap <= FIGURE_WRAP_LINES:
            runs[-1].append(m)
        else:
            runs.append([m])
    return [run for run in runs if len(run) >= FIGURES_IN_A_LIST]


#: a key-figure tile's label counting the year's advices: "adviezen aan het college"
ADVICES_TILE = rx.compile(r"^(?:uitgebrachte\s+|formele\s+)?adviezen\b(?!\s*,?\s*waarvan)", re.I)


def _advices_tile(text: str) -> tuple[int, int, int] | None:
    """The advices of the year as a magazine's key-figure tile gives them ("7" over "adviezen aan
    het college"), where no sentence states them."""
    for run in key_figure_runs(text):
        for number, start, label, end in run:
            if ADVICES_TILE.match(label):
                return number, start, end
    return None
