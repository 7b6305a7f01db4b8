"""Document -> header facts: the letter's own date, its own reference, subject, council, municipality.

Letters carry many dates and two references; the rules here prefer labelled header
fields ("Datum:", "Ons kenmerk:") and the place-and-date line, and skip dates and
references that belong to the other party ("uw brief van ...", "uw kenmerk").
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from cp_textmine.read import rx
from cp_textmine.read.dates import DateMention, find_dates
from cp_textmine.read.doctext import SPACED_GENRES, DocText, unspaced
from cp_textmine.read.header import (
    REF_VALUE,
    HeaderField,
    header_fields,
    is_label_row,
    ref_suffix_length,
)
from cp_textmine.read.places import find_places, is_ambiguous, municipality_names, region_members
from cp_textmine.records import Evidence, Metadata

DATE_FIELDS = ("datum", "dagtekening", "verzenddatum", "verzonden")
OWN_REF_FIELDS = (
    "ons kenmerk",
    "onze referentie",
    "ons nummer",
    "kenmerk",
    "referentie",
    "registratienummer",
    "raadsbesluit",  # a regulation's own number: "Raadsbesluit 2025/R/0118"
    "documentnummer",
    "briefnummer",  # the letter's own number before its case's: "Briefnummer DW/SD/2025/000341"
    "adviesnummer",
    "ons zaaknummer",
    "zaaknummer",
    "zaak",  # "Zaak 2025-0917/SD" in the header's column of fields
)

HEADER_CHARS = 1500
DATE_LABEL = rx.compile(
    r"(?:^|\s)(datum|dagtekening|date|verzonden|verzenddatum)\s*[:.]?\s*$", re.I
)
OTHER_PARTY_DATE = rx.compile(
    r"(uw\s+(brief|advies|e-?mail|schrijven|verzoek|adviesaanvraag|kenmerk)|"
    r"(advies|adviesaanvraag|brief|verzoek|aanvraag|besluit|vergadering)\s+(van|d\.?d\.?|gedateerd)|"
    r"(?<!datum\s)(?<!datum:\s)d\.d\.|ontvangen|in werking|vastgesteld|datum\s+ontvangst|verzoek\s+van|"
    r"gevraagd op|aangevraagd|periode|tot en met|t/m|sinds|per\s*$|vanaf|geldig)\s*[:,]?\s*$",
    re.I,
)
ENACTED = rx.compile(
    r"(vastgesteld|aldus besloten|besloten|raadsvergadering|openbare vergadering)[^.\n]{0,80}$",
    re.I,
)
REF_LABEL = rx.compile(
    r"(?<![Uu]w )(?<![Uu]w  )\b(?P<label>ons\s+kenmerk|onze\s+referentie|ons\s+nummer|"
    r"ons\s+zaaknummer|kenmerk|referentie|zaaknummer|documentnummer|registratienummer|"
    # (the value may stand on the next line: "Ons\nnummer:\nCRWI-M 25/12" in a narrow column)
    # (a field "Brief U.26-4410" beside "Zaak Z.26-1893")
    r"briefnummer|adviesnummer|raadsbesluit|(?-i:Brief)(?=[ \t]*:?[ \t]+[A-Z][\w./-]*\d)|zaak|nummer|nr)\s*[:.]?[ \t]*"
    # (a scanned form's leader line read as "_": "Zaaknummer _ Z-2025-011930", round GO)
    r"(?:_+[ \t]*)?(?:\n[ \t]*(?=\S))?(?P<value>[^\n]{1,80})",
    re.I,
)
REF_STOP = rx.compile(
    r"\s+(?=(uw\s+kenmerk|uw\s+brief|uw\s+referentie|datum|onderwerp|betreft|bijlage|"
    r"behandeld|contact|telefoon|e-?mail|verzonden|doorkiesnummer|ons\s+kenmerk)\b)",
    re.I,
)
REF_TOKEN = REF_VALUE

SUBJECT = rx.compile(
    r"(?:^|\n)[ \t]*(?P<label>onderwerp|betreft|inzake|betreffende|subject)\s*[:.]?[ \t]*(?P<value>[^\n]+)",
    re.I,
)
SUBJECT_STOP = rx.compile(
    r"\s+(?=(ons\s+kenmerk|uw\s+kenmerk|kenmerk|datum|bijlage\(?n?\)?)\s*:)", re.I
)
COUNCIL_HEAD = rx.compile(
    r"\b(?:(?:Cli[eë]ntenraad|Clientenraad|Participatieraad|Adviesraad|Wmo[- ]?[Rr]aad|WMO[- ]?[Rr]aad|"
    r"Wmo[- ]Adviesraad|Cli[eë]ntenplatform|Participatieplatform|Seniorenraad|Jongerenraad)"
    r"(?:[ \t]+(?:[A-Z][\w'’.&-]*|en|van|de|het|voor|der|&|'s-[A-Z][\w-]*|[’']s-[A-Z][\w-]*|sociaal|sociale|werk|inkomen|domein)){0,7})"
)
COUNCIL_TRAIL = {"en", "van", "de", "het", "voor", "der", "&"}
PLACE_CONTEXT = rx.compile(
    r"(gemeente|gemeentebestuur|college\s+van\s+(b\s*&\s*w|b\.\s*en\s*w\.|burgemeester\s+en\s+wethouders)"
    r"(\s+van(\s+de\s+gemeente)?)?|raad\s+van\s+de\s+gemeente|burgemeester\s+van|wethouder[s]?\s+van)"
    r"\s*$",
    re.I,
)


def extract_metadata(doc: DocText, doc_type: str | None = None) -> Metadata:
    """The header facts of one document, each with its evidence."""
    evidence: list[Evidence] = []
    header = header_fields(doc)
    doc_date, ev = find_doc_date(doc, doc_type, header)
    if ev:
        evidence.append(ev)
    reference, ev = (
        find_regulation_reference(doc, header)
        if doc_type == "verordening"
        else find_reference(doc, header)
    )
    if ev:
        evidence.append(ev)
    subject, ev = find_subject(doc, doc_type)
    if ev:
        evidence.append(ev)
    council, ev = find_council(doc)
    if ev:
        evidence.append(ev)
    municipality, region, ev = find_municipality(doc, council)
    if ev:
        evidence.append(ev)
    return Metadata(doc_date, reference, subject, council, municipality, tuple(evidence), region)


# --- date --------------------------------------------------------------------------------


def _line_prefix(text: str, start: int) -> str:
    return text[text.rfind("\n", 0, start) + 1 : start]


def score_date(doc: DocText, mention: DateMention, doc_type: str | None) -> float:
    """How likely a date mention is the document's own date."""
    text = doc.text
    prefix = _line_prefix(text, mention.start)
    before = text[max(0, mention.start - 60) : mention.start]
    line_start, line_end = doc.line_at(mention.start)
    line = text[line_start:line_end]
    score = 0.0
    if DATE_LABEL.search(prefix) or re.search(r"(datum|dagtekening)\s*[:.]?\s*$", before, re.I):
        score += 5
    if re.fullmatch(r"\s*(>>\s*)?([A-Z'’][\w'’ .()-]{1,40},\s*)?(\w+dag\s+)?", prefix) and (
        line[mention.end - line_start :].strip() in {"", "."}
    ):
        # "Leeuwarden, 14 maart 2023" (place and date: how letters and reports are dated) beats
        # a date alone on its line, which may be a table cell
        score += 4 if "," in prefix else 2.5
    if OTHER_PARTY_DATE.search(before):
        score -= 4
    if doc_type in ("verordening", "jaarverslag") and ENACTED.search(
        text[max(0, mention.start - 120) : mention.start]
    ):
        score += 6
    if mention.start < HEADER_CHARS:
        score += 1.5 - mention.start / HEADER_CHARS
    if not mention.explicit_year:
        score -= 2
    return score


def find_doc_date(
    doc: DocText, doc_type: str | None = None, header: dict[str, HeaderField] | None = None
) -> tuple[date | None, Evidence | None]:
    """The labelled header date when there is one (not for verordeningen: their date is enactment)."""
    header = header if header is not None else header_fields(doc)
    if doc_type != "verordening":
        for label in DATE_FIELDS:
            found = header.get(label)
            if found:
                dates = find_dates(found.value)
                if dates:
                    return dates[0].value, doc.evidence("doc_date", found.start, found.end)
    mentions = find_dates(doc.text)
    if not mentions:
        return None, None
    best = max(mentions, key=lambda m: (score_date(doc, m, doc_type), -m.start))
    if score_date(doc, best, doc_type) < -1:
        return None, None
    return best.value, doc.evidence("doc_date", best.start, best.end)


# --- reference ---------------------------------------------------------------------------


def clean_reference(raw: str) -> str | None:
    """Cut a reference value at the next header label and keep its leading code token."""
    value = REF_STOP.split(raw, maxsplit=1)[0].strip(" :.;,\t")
    label_tail = re.match(r"[A-Za-z&]{2,8}[ \t]{2,}(?=\S*\d|\S+ \S*\d)", value)
    if label_tail:  # "Kenmerk ASD     ASD 2025-09": a word of the label before the column gap
        value = value[label_tail.end() :]
    # "Kenmerk adviesraad AWmoNB/2025/11": whose kenmerk it is, in lower case, is no part of it
    value = re.sub(
        r"^(adviesraad|cliëntenraad|clientenraad|raad|college|gemeente)\s+(?=\S*\d)", "", value
    )
    match = REF_TOKEN.match(value)  # anchored at the start of the value
    if not match or ADDRESS_LINE.match(value):
        # ("ONS KENMERK Postbus 10": a scan reads the address column into the label's line;
        # round GU)
        return None
    token = _label_code_dropped(match.group(0).strip(" .,;"))
    if not re.search(r"\d", token) or len(token) < 2:
        return None
    suffix = ref_suffix_length(value[match.end() :])  # "2025/187344 MO": a department's code
    return f"{token}{value[match.end() : match.end() + suffix]}" if suffix else token


def _label_code_dropped(token: str) -> str:
    """'Kenmerk ASD   ASD 2025-09': the council's code printed after the label and again
    before the number is one code, not two words of it."""
    words = token.split(" ", 2)
    if len(words) == 3 and words[0] == words[1]:
        return f"{words[1]} {words[2]}"
    return token


def find_reference(
    doc: DocText, header: dict[str, HeaderField] | None = None
) -> tuple[str | None, Evidence | None]:
    """The document's own kenmerk: a labelled header field, never 'uw kenmerk'."""
    header = header if header is not None else header_fields(doc)
    for label in OWN_REF_FIELDS:
        found = header.get(label)
        if found:
            value = clean_reference(found.value)
            if value:
                return value, doc.evidence(
                    "reference", found.start, found.start + len(value), False
                )
    # every labelled kenmerk of the header; the letter's own ("Ons nummer UIT/2025/08841") goes
    # before its case number ("Zaaknummer 1027364") wherever each is printed
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for match in REF_LABEL.finditer(doc.text[: max(HEADER_CHARS * 2, 4000)]):
        before = doc.text[max(0, match.start() - 12) : match.start()].lower()
        if re.search(r"\buw\s*$", before):
            continue
        label = " ".join(match["label"].lower().split())
        label = {"brief": "briefnummer"}.get(label, label)
        at_line_start = match.start() == 0 or doc.text[match.start() - 1] == "\n"
        if (
            label in {"nummer", "nr"}
            and not re.match(r"\s*[:.]", doc.text[match.end("label") :])
            and not at_line_start  # "Nummer   CSW-adv 2024-09" in the header's column of fields
        ):
            continue
        if "\n" in doc.text[match.end("label") : match.start("value")] and not at_line_start:
            continue  # "(reg.nr.\n2024/139025)": a number cited in running text, wrapped
        raw = match["value"]
        if "\n" in doc.text[match.end("label") : match.start("value")] and ADDRESS_LINE.match(raw):
            # the label's column runs beside the address ("ONS KENMERK" / "Postbus 950" /
            # "DIV 2025-08741"): the value is on the line after the address line
            after = doc.text.find("\n", match.start("value"))
            raw = doc.text[after + 1 : doc.text.find("\n", after + 1)] if after >= 0 else ""
        if label == "raadsbesluit":  # "Raadsbesluit nr. 2021/412": the number after its "nr."
            raw = re.sub(r"^\s*(?:nr\.?|nummer)\s*:?\s*", "", raw, flags=re.I)
        value = clean_reference(raw)
        if label == "zaak" and not (at_line_start and match["label"][:1].isupper()):
            continue  # "de zaak van ...": a word of the letter, no field
        if match["label"] == "Brief" and not at_line_start:
            continue  # (the label matches only "Brief" before a code: "Brief U.26-4410")
        if label == "raadsbesluit" and not (value and re.search(r"\d[/.-]|[/.-]\d", value)):
            continue  # "Raadsbesluit van 12 maart": a decision named, not numbered
        if value:
            rank = OWN_REF_FIELDS.index(label) if label in OWN_REF_FIELDS else len(OWN_REF_FIELDS)
            found.append((rank, match.start(), value, match))
    # a kenmerk cited in running text ("aangeboden (kenmerk PR-VL 2024-11)") is another's: the
    # ranking is among header fields (a capitalised label, or one at a line's start)
    fields = [f for f in found if f[3]["label"][:1].isupper() or _at_line_start(doc.text, f[1])]
    found = fields or found[:1]
    if found:
        _, _, value, match = min(found, key=lambda f: (f[0], f[1]))
        start = match.start("value")
        return value, doc.evidence("reference", match.start(), start + len(value), False)
    return None, None


#: The official publication of a verordening: "Gemeenteblad 2024, 214893", "GEMEENTEBLAD Nr. 168204".
GEMEENTEBLAD = rx.compile(
    r"\bGemeenteblad[ \t]+(?:(?:19|20)\d{2}[ \t]*,?[ \t]*)?(?:(?:nr\.?|nummer)[ \t]*:?[ \t]*\d{2,}|\d{5,})\b",
    re.I,
)
#: An older regulation cited where the new one withdraws it: its number is not this one's.
OTHER_REGULATION_LINE = rx.compile(r"ingetrokken|vervalt|gewijzigd", re.I)
#: The council's decision's own number, before the proposal's and the case's.
DECISION_NUMBER = rx.compile(
    r"^[ \t]*(?:(?P<decision>(?:raads)?besluitnummer|besluitnr\.?|registratienummer(?:\s+(?:raads)?"
    r"(?:besluit|raad))?|registratienr\.?|(?:raads)?besluit\s+(?:nr\.?|nummer)|raadsbesluit(?=\s*:))|(?P<proposal>"
    r"voorstelnummer|(?:raads)?voorstel\s*(?:nr\.?|nummer)|raadsvoorstel))\s*[:.]?[ \t]*(?P<value>[^\n]{1,60})",
    re.I | re.M,
)
#: "gelezen het voorstel van burgemeester en wethouders van 1 oktober 2024, nr. RV 24.0871": the
#: college's proposal is cited, not numbered as this regulation
PROPOSAL_CITED = rx.compile(
    r"\bvoorstel\b[^;\n]{0,100}$|\bvoorstel\b[^;]{0,100}\n[^;\n]{0,40}$", re.I
)


def find_regulation_reference(
    doc: DocText, header: dict[str, HeaderField] | None = None
) -> tuple[str | None, Evidence | None]:
    """A verordening's number: its Gemeenteblad publication, else the council decision's number,
    else the proposal's field; the proposal cited in "gelezen het voorstel ..., nr." is none."""
    for m in GEMEENTEBLAD.finditer(doc.text):
        line_start = doc.text.rfind("\n", 0, m.start()) + 1
        line_end = doc.text.find("\n", m.end())
        line = doc.text[line_start : line_end if line_end >= 0 else len(doc.text)]
        cited = re.search(
            r"(?:\(|\b(?:in|bij|van|zie|uit)\s+)$", doc.text[line_start : m.start()], re.I
        )
        if not (cited or OTHER_REGULATION_LINE.search(line)):
            return m.group(), doc.evidence("reference", m.start(), m.end(), False)
    fields = [
        (0 if m["decision"] else 1, m.start(), value, m)
        for m in DECISION_NUMBER.finditer(doc.text[: max(HEADER_CHARS * 2, 4000)])
        if (value := clean_reference(m["value"]))
    ]
    if fields:
        _, _, value, m = min(fields, key=lambda f: (f[0], f[1]))
        return value, doc.evidence("reference", m.start(), m.start("value") + len(value), False)
    value, ev = find_reference(doc, header)
    at = doc.text.find(value) if value else -1
    if at >= 0 and PROPOSAL_CITED.search(doc.text[max(0, at - 120) : at]):
        return None, None
    return value, ev


#: a line of a postal address: never a kenmerk
ADDRESS_LINE = rx.compile(r"\s*(?:[Pp]ostbus|[Aa]ntwoordnummer)\s+\d|\s*\d{4}\s?[A-Z]{2}\s+[A-Z]")


def _at_line_start(text: str, at: int) -> bool:
    return not text[text.rfind("\n", 0, at) + 1 : at].strip()


# --- subject -----------------------------------------------------------------------------


def find_subject(doc: DocText, doc_type: str | None = None) -> tuple[str | None, Evidence | None]:
    """The onderwerp/betreft line; reports and regulations prefer their title."""
    if doc_type == "verordening":
        title, evidence = _title(doc, doc_type)
        named_in_title = title and re.search(r"verordening\s+[\w-]", title, re.I)
        publication_row = title and (
            title[:1].isdigit()
            or GEMEENTEBLAD.search(title)
            # "Gemeente Aalsmeer 2024, nr. 517093 2 december 2024 Algemeen verbindend voorschrift"
            or re.search(r"algemeen\s+verbindend\s+voorschrift|\(verordening\)", title, re.I)
        )
        if (
            not title
            or not (title[:1].isupper() or named_in_title)
            or title.endswith(":")
            or publication_row  # "6 december 2024 Utrecht Gemeenteblad 2024, 518274 ... (verordening)"
        ):
            # a line of the preamble or the publication's number ("gezien het advies van ...",
            # "148305 (verordening)"): the regulation's own name, where it stands on its own line
            named = _regulation_name(doc)
            if named:
                return named
        if title:
            return title, evidence
    if doc_type in {"verordening", "jaarverslag", "overig"}:
        title, evidence = _title(doc, doc_type)
        if title:
            return title, evidence
    for match in SUBJECT.finditer(doc.text[: HEADER_CHARS * 3]):
        labelled = (
            doc.text[match.end("label") : match.start("value")].strip().startswith((":", "."))
        )
        if not labelled and match.start() > HEADER_CHARS:
            continue  # 'Betreffende ...' deep in the body is prose, not a header field
        if not labelled and re.search(
            r"\b(?:het|de|dit|dat|een|ons|uw|elk|ieder)[ \t]*$",
            doc.text[max(0, match.start("label") - 40) : match.start("label")],
            re.I,
        ):
            continue  # "Het verheugt ons dat het\nonderwerp nu ...": prose wrapped at its noun
        if not labelled and re.search(
            r"\bwat\s+(?:[\w-]+\s+){1,4}$",
            doc.text[max(0, match.start("label") - 60) : match.start("label")],
            re.I,
        ):
            continue  # "Wat ons\nbetreft mag de nota ...": an idiom wrapped, no field
        if is_label_row(match.group(0)):  # "onderwerp  bijlagen" over a row of their values
            below = header_fields(doc).get(match["label"].lower())
            if below:
                value = _below_continued(doc.text, below.value, below.end)
                return value, doc.evidence("subject", below.start, below.end, False)
            continue
        value = SUBJECT_STOP.split(match["value"], maxsplit=1)[0].strip(" :\t")
        if "\n" in doc.text[match.end("label") : match.start("value")]:
            value = _around_a_lone_label(doc.text, match.start("label"), value)
        value = _continue_subject(doc.text, match.end("value"), value)
        if value:
            return value, doc.evidence("subject", match.start("label"), match.end("value"), False)
    fields = header_fields(doc)
    for label in ("onderwerp", "betreft"):
        # a row of labels ending in "Onderwerp" whose value stands under the row of values
        below = fields.get(label)
        # (two words at least: a wrapped date's "september" read as the value is none)
        if below and not find_dates(below.value) and len(below.value.split()) >= 2:
            value = _below_continued(doc.text, below.value, below.end)
            return value, doc.evidence("subject", below.start, below.end, False)
    over = UNLABELLED_SUBJECT.search(doc.text[: HEADER_CHARS * 3])
    if over:  # "Antwoord op uw advies over ..." on its own line(s) over "Beste heer ...,"
        value = " ".join(over["value"].split())
        return value, doc.evidence("subject", over.start("value"), over.end("value"), False)
    beside = SUBJECT_BESIDE_A_FIELD.search(doc.text[:HEADER_CHARS])
    if beside:
        value = SUBJECT_STOP.split(beside["value"], maxsplit=1)[0].strip(" :\t")
        value = _continue_subject(doc.text, beside.end("value"), value)
        if value:
            return value, doc.evidence("subject", beside.start("label"), beside.end("value"), False)
    return _title(doc, doc_type)


#: a subject without a label, in one or two lines right over the salutation
UNLABELLED_SUBJECT = rx.compile(
    r"(?m)^[ \t]*(?P<value>(?:(?:Antwoord|Reactie)\s+op\s+(?:uw|het)\b|(?:Uw|Ons)\s+(?:on)?gevraagd\s+advies\b)"
    r"[^\n.]{3,100}(?:\n[^\n.]{2,60})?)\n[ \t]*(?:Geachte|Beste|Zeer\s+geachte)\b"
)
#: the subject's label in the middle of a line of fields, after another field's value:
#: "contact T. van Damme, 0113 249 600 onderwerp ongevraagd advies ‘Digitaal meedoen’"
SUBJECT_BESIDE_A_FIELD = rx.compile(
    r"(?im)^[^\n]*?\b(?:contact|contactpersoon|datum|kenmerk|telefoon|behandeld\s+door|e-?mail|"
    r"bijlagen?|doorkiesnummer|uw\s+brief|(?:uw\s+)?adviesaanvraag|uw\s+verzoek)\b[^\n]*?[ \t]"
    r"(?P<label>onderwerp|betreft)[ \t]*:?[ \t]+"
    r"(?P<value>[^\n]+)"
)


def _around_a_lone_label(text: str, label_start: int, below: str) -> str:
    """A label printed alone, centred beside a value of two lines ("Advies concept-beleidsregels
    ..." / "Onderwerp" / "2025"): the line above goes first, when it is no header field."""
    line_start = text.rfind("\n", 0, label_start) + 1
    above_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    above = text[above_start : max(above_start, line_start - 1)].strip()
    if (
        not above
        or len(below.split()) > 6  # a whole subject below: the label only stood alone
        or (re.search(r"\d", above) and len(above.split()) <= 4)  # a kenmerk's value
        or FIELD_LINE.match(above)
        or ADDRESS_OR_FIELDS.search(above)
        or re.match(r"(onderwerp|betreft|geacht|beste)\b", above, re.I)
        or re.search(r"[.:;]$|\d{4}\s*$", above)
        or len(above.split()) < 3
        or LONE_FIELD_LABEL.match(
            text[text.rfind("\n", 0, max(0, above_start - 1)) + 1 : above_start]
        )
    ):
        return below
    return f"{above} {below}"


#: A field's label alone on its line ("Behandeld door" / "G. Hoekstra, secretaris" / "Onderwerp"):
#: the line under it is that field's value, not the first line of the subject below it.
LONE_FIELD_LABEL = rx.compile(
    r"[ \t]*(?:behandeld\s+door|contact(?:persoon)?|inlichtingen(?:\s+bij)?|afzender|van|aan|"
    r"telefoon|e-?mail|datum|(?:ons|uw)\s+kenmerk|kenmerk|bijlagen?|verzonden|uw\s+brief(?:\s+van)?)"
    r"[ \t]*:?[ \t]*\n?$",
    re.I,
)


def _below_continued(text: str, value: str, end: int) -> str:
    """A subject read from a row of values goes on onto the next line only when its value
    ends its line (not when another column's value follows it)."""
    line_end = text.find("\n", end)
    if text[end : line_end if line_end != -1 else len(text)].strip():
        return value
    return _continue_subject(text, end, value)


def _continue_subject(text: str, end: int, value: str) -> str:
    """A subject wraps onto a second line when that line continues it: short, no field label,
    no salutation, and the first line did not end a sentence."""
    stop = text.find("\n", end + 1)
    nxt = text[end + 1 : stop if stop != -1 else len(text)].strip()
    if _wraps_in_lower_case(value, nxt) and stop != -1:
        # a narrow column wraps a short subject word by word ("Uw ongevraagd advies" / "over" /
        # "mantelzorgondersteuning"): each line in lower case goes on with it
        return _continue_subject(text, stop, f"{value} {nxt}")
    if (
        nxt
        and not value.endswith((".", ":", ";"))
        and re.fullmatch(r"[‘“'\"][^‘“'\"\n]{3,100}[’”'\"]", nxt)
    ):  # "Betreft: ongevraagd advies" over "‘Terugvorderen met de menselijke maat’": its title
        return f"{value} {nxt}"
    if (
        nxt
        and len(value) > 25
        and not value.endswith((".", ":", ";"))
        and not re.search(r"\b(19|20)\d\d$", value)  # a title ending in its year is complete
        and ":" not in nxt
        and not nxt.endswith((".", ";", ","))
        and len(nxt) < 70
        and not re.match(
            r"(geacht|beste|aan\b|l\.s\.|dames|ons\s+kenmerk|uw\s+kenmerk|datum|bijlage|"
            r"t\.a\.v|postbus|telefoon|e-?mail|behandeld|afschrift|kopie|c\.?c\.?\b|contactpersoon|"
            r"verzonden|zaaknummer|kenmerk)",
            nxt,
            re.I,
        )
        and not find_dates(nxt)
        and not _section_heading(nxt, text, stop)
    ):
        return f"{value} {nxt}"
    return value


def _section_heading(line: str, text: str, end: int) -> bool:
    """One capitalised word over a line of prose ("Inleiding", "Aanleiding"): the letter's
    first heading under its subject field, no part of the subject."""
    if len(line.split()) != 1 or not line[:1].isupper() or end == -1:
        return False
    stop = text.find("\n", end + 1)
    return len(text[end + 1 : stop if stop != -1 else len(text)].split()) > 8


def _wraps_in_lower_case(value: str, nxt: str) -> bool:
    """The next line goes on with a subject: it starts in lower case, is short and no field or
    sentence, and the subject has not ended."""
    return bool(
        nxt[:1].islower()
        and len(nxt.split()) <= 4
        and len(value) + len(nxt) < 120
        and not value.endswith((".", ":", ";", ","))
        and not re.search(r"[:.;,]$|:", nxt)
        and not find_dates(nxt)
    )


def _goes_on_in_lower_case(text: str, end: int) -> bool:
    """The line after a title starts in lower case: the title goes on ("over de ...")."""
    nxt = text[end : text.find("\n", end + 1) if text.find("\n", end + 1) != -1 else len(text)]
    return nxt.strip()[:1].islower()


TITLE_WORDS = rx.compile(
    r"\b(jaarverslag|verordening|notulen|verslag|agenda|nieuwsbrief|werkplan|"
    r"persbericht|advies|reactie)\b",
    re.I,
)


GENRE_LINE = rx.compile(
    r"^\s*(persbericht|nieuwsbrief|agenda|notulen|verslag|werkplan|((on)?gevraagd\s+)?advies)\s*$",
    re.I,
)
#: the council's name and the genre on one line: "Adviesraad Sociaal Domein Zwolle ongevraagd advies"
COUNCIL_AND_GENRE = rx.compile(
    r"(?:[\w'’-]+\s+){0,2}[\w-]*(?:raad|platform)\b(?:\s+[A-Z][\w'’-]*){0,5}\s+(?:(?:on)?gevraagd\s+)?advies",
    re.I,
)
#: a letterhead's line under the council's name saying what it does, or its web address:
#: "gevraagd en ongevraagd advies over Wmo, Jeugdwet en Participatiewet", "onafhankelijk advies
#: aan college en gemeenteraad over zorg, jeugd, werk en inkomen"
TAGLINE = rx.compile(
    r"\b(gevraagd\s+en\s+ongevraagd|onafhankelijke?|adviseert\s+(het\s+)?college)\s+(advie\w*\s+)?(aan|over|voor)\b|"
    r"\bwww\.|https?://|\S@\S",
    re.I,
)


def _headline_candidate(line: str, genre: str) -> bool:
    """Not blank, not the genre word again, not a place-and-date line."""
    text = line.strip()
    if not text or text.lower() == genre.lower():
        return False
    if FIELD_LINE.match(text) or ADDRESS_OR_FIELDS.search(text):
        return False  # the address block with the header fields printed beside it
    if re.fullmatch(r"(?:on)?gevraagd|(?:\S ){6,}\S.*", text, re.I):
        return False  # "ongevraagd" under "Advies", or a line set in spaced capitals
    if re.search(r"\d", text) and len(text.split()) <= 3 and not re.search(r"[a-z]{4,}", text):
        return False  # the advice's number: "ASD-DW 2024-14"
    dates = find_dates(text)
    return not (dates and len(text) - (dates[0].end - dates[0].start) < 25)


#: a line of the address block, or one with a header field printed beside it
ADDRESS_OR_FIELDS = rx.compile(
    r"^(aan|t\.?a\.?v\.?|het\s+college|college\s+van|postbus)\b|"
    r"\s(datum|kenmerk|ons\s+kenmerk|uw\s+kenmerk|behandeld\s+door|contactpersoon)\s+\S",
    re.I,
)
#: a header field's line, whatever its value says: no title
FIELD_LINE = rx.compile(
    r"(bijlage\(?n?\)?|bijlagen|aantal\s+bijlagen|datum|kenmerk|ons\s+kenmerk|uw\s+kenmerk|uw\s+brief|"
    r"afschrift|kopie|cc)\b",
    re.I,
)


#: a regulation's name on a line of its own: "Verordening Adviesraad Sociaal Domein Velsen
#: 2024", "Participatieverordening Beverwijk 2025" (capitalised, no colon, no clause)
REGULATION_NAME = rx.compile(
    r"^[ \t]*(?P<name>(?:[A-Z][\w'-]*[ \t]+){0,5}?[\w-]*[Vv]erordening\b[^:;\n]{0,90}?)[ \t]*$",
    re.M,
)
#: lines of the preamble and the decision that name the regulation inside a clause
NOT_A_NAME = rx.compile(
    r"^(?:de\s+raad|gelet|gezien|gelezen|overwegende|besluit|vast\s+te\s+stellen|onderwerp|betreft|"
    r"verordening\s+van\s+de\s+raad|in\s+deze|deze\s+verordening)\b",
    re.I,
)
#: how far into a regulation its name may stand (after a long preamble)
REGULATION_NAME_CHARS = 3000


def _regulation_name(doc: DocText) -> tuple[str, Evidence] | None:
    """The name a regulation is given on a line of its own, before its first article."""
    head = doc.text[:REGULATION_NAME_CHARS]
    first_article = re.search(r"^\s*(?:artikel|hoofdstuk|paragraaf)\s+\d", head, re.I | re.M)
    for match in REGULATION_NAME.finditer(head[: first_article.start() if first_article else None]):
        name = match["name"].strip()
        if len(name.split()) <= 12 and not NOT_A_NAME.match(name) and name[:1].isupper():
            start = match.start("name")
            return name, doc.evidence("subject", start, start + len(name), False)
    return None


#: a title that ends on the kind of document it is about, whose name follows on the next line
PLAN_NAMED_NEXT = rx.compile(
    r"\b(?:concept-?)?(?:beleidsplan|beleidsnota|nota|notitie|plan|uitvoeringsprogramma|programma|"
    r"kadernota|visie|verordening|beleidsregels?)$",
    re.I,
)


#: a line that is a quoted name, perhaps followed by the genre: "‘Samen rondkomen’ – gevraagd advies"
QUOTED_NAME_LINE = rx.compile(
    r"\s*([‘“][^‘’“”\n]{3,100}[’”])(?:\s+[–-]\s+(?:(?:on)?gevraagd\s+)?advies)?\s*$", re.I
)


def _next_line(text: str, end: int) -> str:
    stop = text.find("\n", end + 1)
    return text[end:stop] if stop != -1 else text[end:]


def _spaced_genre(line: str) -> bool:
    """A genre set in spaced capitals: "O N G E V R A A G D   A D V I E S", "A D VIES"."""
    collapsed = unspaced(line)
    return collapsed != line and collapsed.replace(" ", "").lower() in SPACED_GENRES


def _genre_and_number(line: str) -> bool:
    """A line of genre words and the advice's number only: "ADVIES 2025-04 · GEVRAAGD ADVIES"."""
    words = [w for w in re.split(r"[\s·|•–-]+", line) if w and not re.search(r"\d", w)]
    return (
        bool(re.search(r"\d", line))
        and bool(words)
        and all(re.fullmatch(r"(?:on)?gevraagd|advies|nr\.?", w, re.I) for w in words)
    )


def _no_field_label(line: str) -> bool:
    """A headline may hold a colon ("Eerder erbij zijn: vroegsignalering ..."), a field's line
    has one word before it ("Datum: 7 november")."""
    return ":" not in line or len(line.split(":", 1)[0].split()) > 1


def _goes_on_with_its_period(text: str, end: int) -> bool:
    """The title's next line is only its period ("2026–2029"), which belongs to the title."""
    nxt = _next_line(text, end).strip()
    return bool(re.fullmatch(r"(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d", nxt))


def _letterhead_motto(line: str, above: str) -> bool:
    """The council's motto under its name, in lower case: "Participatieraad Heerenveen" /
    "advies over werk, inkomen, zorg en welzijn – vanuit de inwoner bekeken"."""
    return line[:1].islower() and bool(
        re.search(r"[\w-](?:raad|platform)\b|\braad\b", above.strip(), re.I)
    )


def _title(doc: DocText, doc_type: str | None) -> tuple[str | None, Evidence | None]:
    """Reports and regulations have a title instead of an onderwerp line.

    A bare genre line ("Persbericht", "Nieuwsbrief") is followed by the real title; a short
    next line ("zomer 2024") completes it, a long one replaces it (a press release headline).
    """
    lines = doc.text[:HEADER_CHARS].split("\n")[:20]
    pos = 0
    for i, line in enumerate(lines):
        stripped = line.strip()
        if (
            6 <= len(stripped) <= 140
            and (TITLE_WORDS.search(stripped) or _spaced_genre(stripped))
            and not TAGLINE.search(stripped)
            and not FIELD_LINE.match(stripped)  # "Bijlage verslag gesprek inburgeraars"
            and not _letterhead_motto(stripped, lines[i - 1] if i else "")
        ):
            start = doc.text.find(stripped, pos)
            title, end = stripped, start + len(stripped)
            label = re.match(r"(?:onderwerp|betreft)\b\s*:?\s+", title, re.I)
            if label:  # "Onderwerp: Jaarverslag 2024", also in a column without a colon
                title = title[label.end() :].strip()
            if (
                GENRE_LINE.match(stripped)
                or COUNCIL_AND_GENRE.fullmatch(stripped)
                or _genre_and_number(stripped)
                or _spaced_genre(stripped)
            ):
                nxt = next(
                    (ln.strip() for ln in lines[i + 1 :] if _headline_candidate(ln, stripped)),
                    "",
                )
                if nxt and len(nxt) <= 120 and _no_field_label(nxt):
                    short = len(nxt) <= 25 and not nxt.lower().startswith(stripped.lower())
                    title = f"{stripped} {nxt}" if short else nxt
                    end = doc.text.find(nxt, end) + len(nxt)
                    if re.search(r"\b(?:de|het|een|van|en|voor|over|bij|met)$", nxt) or (
                        _goes_on_in_lower_case(doc.text, end)
                    ):  # "Meedoen is voor iedereen – het bereik van de" / "minimaregelingen"
                        title = _continue_subject(doc.text, end, title)
            elif doc_type in ("verordening", "jaarverslag") or _goes_on_in_lower_case(
                doc.text, end
            ):  # ("Ongevraagd advies: ‘Begrijpen en begrepen worden’" / "over de communicatie ...")
                title = _continue_subject(doc.text, end, title)
            elif PLAN_NAMED_NEXT.search(title):
                # "Advies over het concept-beleidsplan" / "Mantelzorgondersteuning" / "“Samen …”"
                title = _continue_subject(doc.text, end, title)
                if title != stripped:
                    title = _continue_subject(doc.text, doc.text.find("\n", end + 1), title)
            elif quoted := QUOTED_NAME_LINE.match(_next_line(doc.text, end)):
                # "Advies concept Beleidsplan 2026–2029" / "‘Samen rondkomen’ – gevraagd advies"
                title = f"{title} {quoted[1]}"
            elif re.search(r"[-–]$", title) or title.count("‘") > title.count("’"):
                title = _continue_subject(doc.text, end, title)  # "… 2026–" / "2029’": one title
            elif _goes_on_with_its_period(doc.text, end):
                # "Advies concept-Beleidsplan Sociaal Domein" / "2026–2029" / "‘Meedoen in …’"
                stop = doc.text.find("\n", end + 1)
                title = _continue_subject(doc.text, stop, f"{title} {doc.text[end:stop].strip()}")
            return title, doc.evidence("subject", start, end, False)
        pos += len(line) + 1
    return None, None


# --- council and municipality ------------------------------------------------------------


def find_council(doc: DocText) -> tuple[str | None, Evidence | None]:
    """The client council's name: the most frequent full mention, earliest on ties."""
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    for match in COUNCIL_HEAD.finditer(doc.text):
        name = _trim_council(match.group(0))
        if len(name.split()) < 2 and name.lower() in {"adviesraad", "cliëntenraad", "clientenraad"}:
            counts[name] += 0  # a bare head word says little; keep it as a last resort
        counts[name] += 1
        first.setdefault(name, (match.start(), match.start() + len(name)))
    if not counts:
        return None, None
    best = max(counts, key=lambda n: (counts[n] + 0.5 * len(n.split()), -first[n][0]))
    start, end = first[best]
    return best, doc.evidence("council", start, end, False)


def _trim_council(raw: str) -> str:
    words = raw.split()
    while words and words[-1].lower() in COUNCIL_TRAIL:
        words.pop()
    return " ".join(words).strip(" .,")


#: a place name that is someone's surname: after an initial or a title and a particle, or
#: after a capitalised "Van" inside a line ("Dhr. Van Oosterhout", "| Van Oosterhout |")
SURNAME_BEFORE = rx.compile(
    r"(?:\b[A-Z]\.\s*|\b(?i:heer|mevrouw|mevr\.|mw\.|dhr\.|mr\.|drs\.|ir\.|dr\.|ing\.)\s+)"
    r"(?i:van|de|van\s+de[nr]?|ter|ten|van\s+'t)\s+$|[^\s.!?:]\s+Van\s+$|\|\s*Van\s+$"
)


#: "het college van B. en W. van Oosterhout": initials of the college, not of a person
COLLEGE_INITIALS = rx.compile(r"\bB\.?\s*(?:en|&)\s*W\.?\s*van\s+$", re.I)


def find_municipality(
    doc: DocText, council: str | None
) -> tuple[str | None, str | None, Evidence | None]:
    """The municipality the document is about, weighted by letterhead and address contexts."""
    head = doc.text[:6000]
    scores: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    for mention in find_places(head):
        before = head[max(0, mention.start - 70) : mention.start]
        if SURNAME_BEFORE.search(before) and not COLLEGE_INITIALS.search(before):
            continue  # "W. van Oosterhout", "de heer Van Oosterhout": a person, not the place
        strong = bool(PLACE_CONTEXT.search(before))
        in_council = bool(re.search(r"raad(\s+\w+){0,5}\s*$", before, re.I))
        if is_ambiguous(mention.name) and not (strong or in_council):
            continue
        weight = (
            1.0 + 3.0 * strong + 3.0 * in_council + (1.0 if mention.start < HEADER_CHARS else 0)
        )
        scores[mention.name] += weight
        first.setdefault(mention.name, (mention.start, mention.end))
    if council:
        for mention in find_places(council):
            scores[mention.name] += 4
    if not scores:
        return None, None, None
    ranked = sorted(scores, key=lambda n: (-scores[n], first.get(n, (10**9, 0))[0]))
    best, region = ranked[0], None
    if best not in municipality_names():
        region = best
        members = set(region_members(best))
        best = next((n for n in ranked if n in members), None)
    if best is None or best not in first:
        return best, region, None
    start, end = first[best]
    return best, region, doc.evidence("municipality", start, end)
