"""The form of a whole document: is it a letter, who writes to whom, what does its title say.

Why: the type of a council document shows first in its form, not in its vocabulary. News
items, vacancies, minutes and annual reports talk about advices as much as advices do, so a
bag of words calls them advies; a letter to the college with a salutation and a signature is
an advice or a request, one to the council from the college a response, and a title
"Jaarverslag 2024" or "Notulen" names the genre outright. These readings are decisive when
present; the trained model decides only among what the form leaves open.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
from dataclasses import dataclass

from cp_textmine.classify.recommendations import is_recommendation
from cp_textmine.classify.stance import sentence_stance
from cp_textmine.read import rx
from cp_textmine.read.doctext import PAGE_SEP, DocText, split_sentences, unspaced

TITLE_LINES = 12  # non-empty lines of page 1 read as the title zone
ADDRESS_ZONE = 400  # the opening characters that hold the addressee and sender, never a signature
LETTER_ZONE = 6000  # characters in which a letter's salutation and address stand

COUNCIL = r"(cli[eë]ntenraad|adviesraad|participatieraad|wmo-raad|wmo-adviesraad|cli[eë]ntenpanel|raad\s+sociaal\s+domein|raad\s+voor\s+(cli[eë]nt\w*|participatie|het\s+sociaal\s+domein))"
COLLEGE = r"(colleges?\s+van\s+(burgemeester\s+en\s+wethouders|b\s*(en|&)\s*w)|het\s+college|wethouder|burgemeester\s+en\s+wethouders|(het\s+)?(dagelijks|algemeen)\s+bestuur)"

#: Genre titles that are not advices or responses, read at the start of a title line.
OTHER_TITLES = rx.compile(
    r"^\s*(concept[- ]?)?(notulen|verslag\s+(van\s+de\s+)?(openbare\s+)?(vergadering|bijeenkomst|overleg)|"
    r"besluiten-?\s*(en\s+actie)?lijst|actielijst|agenda\b|nieuwsbrief|persbericht|nieuwsbericht|"
    r"vacature|gezocht\s*:|raadsinformatiebrief|informatiebrief|uitnodiging\b|"
    r"discussienotitie|notitie\b|memo\b|verslag\s+\w+\s+\d{1,2}\s+\w+)",
    re.I,
)
ANNUAL_TITLE = rx.compile(
    r"^\s*(jaarverslag|jaarrapportage|jaarbericht|jaaroverzicht|verslag\s+over\s+(het\s+jaar\s+)?20\d\d|"
    r"terugblik\s+(op\s+)?(het\s+jaar\s+)?20\d\d)\b"
    r"|\bjaarverslag\s+(over\s+)?(20\d\d|het\s+jaar)"
    # a year's report as a magazine: "Jaarmagazine 2024", "In dit jaarmagazine" (round GY)
    r"|^\s*(in\s+(dit|ons)\s+)?(jaarmagazine|jaarkrant|jaarboek)\b",
    re.I,
)
#: an opening that presents the report of a year: "Voor u ligt het jaarverslag van de
#: Cliëntenraad ... over 2024", "Met dit korte verslag laat de raad zien wat zij in 2022 deed"
PRESENTS_REPORT = rx.compile(
    r"\b(voor\s+u\s+ligt|hierbij\s+presenteren\s+(wij|we)|met\s+dit)\s+(het\s+|ons\s+|dit\s+)?(korte\s+)?"
    r"(jaarverslag|jaaroverzicht|jaarmagazine|verslag)\b(?!\s+van\s+de\s+(openbare\s+)?(vergadering|bijeenkomst|overleg))"
    r"[^.]{0,200}?\b20\d\d\b",
    re.I,
)
REGULATION_TITLE = rx.compile(r"^\s*(verordening|regeling)\b", re.I)
#: a line of a box of key figures: a label and its count ("Vacatures 3", "Adviezen 5 (2)")
KEY_FIGURE = rx.compile(r"^\s*[A-Za-zÀ-ÿ][^\d\n]{2,40}?\s+\d{1,3}(\s*\(\d{1,3}\))?\s*$")
ADVICE_TITLE = rx.compile(r"^\s*((on)?gevraagd(e)?\s+)?advies(rapport|notitie|nota)?\b", re.I)
VACANCY = rx.compile(
    r"\b(vacature|wij\s+zoeken|we\s+zoeken|zoekt\s+(nieuwe\s+)?(leden|een\s+voorzitter|kandidaten))\b",
    re.I,
)
MINUTES_FORM = rx.compile(
    r"^\s*(aanwezig|afwezig|afgemeld|notulist|verslaglegging)\s*:", re.I | re.M
)
#: (a scan's OCR may put a stray mark before it: "„Geachte leden")
SALUTATION = rx.compile(
    r"^\s*[^\w\s]{0,3}\s*(geachte|hooggeachte|beste|geacht)\b[^\n]{0,80}$", re.I | re.M
)
CLOSING = rx.compile(
    r"\b((vriendelijke|hartelijke|beste|achtingsvolle|hoogachtende|collegiale|respectvolle)\s+groet(en)?|hoogachtend)\b|"
    # "met goede groet", "met groet", "en met warme groeten": any closing greeting after "met"
    r"\bmet\s+(een\s+)?(\w+\s+)?groet(en)?\s*,?\s*$|"
    r"^\s*groet(en)?\s*,?\s*$",
    re.I | re.M,
)
TO_COLLEGE = rx.compile(
    # ("Gericht aan   College van burgemeester en wethouders": a memo's addressee field)
    rf"^[^\w\n]{{0,3}}\s*((gericht\s+)?aan\s*:?\s*|t\.?a\.?v\.?\s*:?\s*|ter\s+attentie\s+van\s+)(het\s+|de\s+)?{COLLEGE}\b|^\s*geacht(e)?\s+(college|wethouder|leden\s+van\s+het\s+college)"
    # "Aan het gemeentebestuur van Tilburg": the college, as letters to a municipality address it
    r"|^[^\w\n]{0,3}\s*aan\s+het\s+gemeentebestuur\b"
    # an address block (not prose wrapped at it: "het college van burgemeester en wethouders
    # adviseren over ...")
    r"|^\s*(het\s+)?colleges?\s+van\s+(burgemeester\s+en\s+wethouders|b\s*(en|&)\s*w)\b"
    r"(?=[ \t,]*(?:$|van\b|der\b|de\s+gemeente\b|gemeente\b|te\b|(?-i:[A-Z'’])))",
    re.I | re.M,
)
#: a letter to someone other than college or council: the press, residents, an organisation
TO_OTHERS = rx.compile(
    # an addressee line, not a wrapped sentence that goes on with "inwoners." at a line start
    r"^\s*(aan\s*:?\s*)?(de\s+)?(redactie|hoofdredactie|lezers|inwoners|bewoners|ouders|deelnemers)\b"
    rf"(?!\s+{COUNCIL})[^.\n]*$"  # "Bewoners Adviesraad Sociaal Domein" is a council
    r"|^\s*geachte\s+(redactie|lezer|inwoner|bewoner|ouder|deelnemer)",
    re.I | re.M,
)
FROM_COUNCIL = rx.compile(rf"^\s*van\s*:?\s*(de\s+)?(\w+\s+){{0,3}}{COUNCIL}", re.I | re.M)
#: a memo's "Van:" field naming the college or a wethouder (on the college's behalf)
FROM_COLLEGE = rx.compile(
    rf"^\s*van\s*:?\s*(de\s+|het\s+)?([\w.]+\s+){{0,4}}?{COLLEGE}", re.I | re.M
)
#: the council advising: a word of advice or recommendation anywhere in the body
ADVICE_VOICE = rx.compile(
    r"\b(ons\s+advies|dit\s+advies|onze\s+adviezen|deze\s+adviezen|adviseren|adviseert|adviseer|aanbevel\w*|"
    r"(raden|bevelen)\s+(u|wij|we)\b[^.]{0,80}\baan\b|in\s+overweging|pleiten\s+(wij|we)\b|"
    r"(wij|we)\s+pleiten|(zouden|willen)\s+(wij|we)\s+(graag\s+)?zien|(wij|we)\s+stellen\s+(u\s+)?voor|"
    r"dringen\s+(wij|we)\b[^.]{0,40}\baan|(wij|we)\s+dringen\b[^.]{0,40}\baan)",
    re.I,
)
#: a council asking where the college's answer stays (a "rappel"): about an advice, not one
REMINDER = rx.compile(
    r"\b(rappel|herinnering|(nog\s+)?geen\s+(reactie|antwoord)\s+(van\s+u\s+)?ontvangen|"
    r"wanneer\s+(wij|we)\s+(uw|een|de)\s+(reactie|antwoord)\b[^.]{0,30}\bverwachten|termijn\s+is\b[^.]{0,40}\bverstreken)\b",
    re.I,
)
#: the council advising in its own words (its advice named as a noun does not count)
ADVISING = rx.compile(
    r"\b(adviseren|adviseert|adviseer|bevelen\s+(u|wij|we)\b[^.]{0,80}\baan|aanbeveling(en)?\s*:|"
    r"raden\s+(u|wij|we)\b[^.]{0,80}\baan\b|in\s+overweging|pleiten\s+(wij|we)\b|(wij|we)\s+pleiten|"
    r"(wij|we)\s+stellen\s+(u\s+)?voor)",
    re.I,
)
INFORMATION_REQUEST = rx.compile(
    r"\b(verzoek\s+om\s+informatie|informatieverzoek|(volgende\s+)?vragen\s+te\s+beantwoorden|"
    r"beantwoording\s+van\s+(de(ze)?\s+)?vragen)\b",
    re.I,
)
TO_COUNCIL = rx.compile(
    rf"^[^\w\n]{{0,3}}\s*(aan\s*:?\s*|t\.?a\.?v\.?\s*:?\s*)(de\s+|het\s+)?(leden\s+van\s+de\s+|(het\s+)?bestuur\s+van\s+de\s+|(ambtelijk\s+)?secretari(s|aat)\s+(van\s+)?(de\s+)?)?{COUNCIL}|^\s*geachte\s+(leden\s+van\s+de\s+{COUNCIL}|voorzitter|raadsleden|leden(?!\s+van\s+het\s+college))\b",
    re.I | re.M,
)
TO_MUNICIPAL_COUNCIL = rx.compile(
    r"^\s*(aan\s*:?\s*)(de\s+)?(leden\s+van\s+de\s+)?gemeenteraad\b|^\s*geachte\s+(raadsleden|leden\s+van\s+de\s+(gemeente)?raad)\b",
    re.I | re.M,
)
COLLEGE_SIGNS = rx.compile(
    # (a scan's OCR may misread the "en": "burgemeester ef wethouders")
    r"(burgemeester\s+\w{1,3}\s+wethouders|de\s+secretaris\s*,?\s*$|de\s+burgemeester\s*,?\s*$|^\s*wethouder\b|"
    # secretary and mayor signing side by side, one printed line: "de secretaris, de burgemeester,"
    r"\bde\s+secretaris\s*,?\s*\W{0,3}\s*de\s+burgem\w*|"
    # (not a council's footer "Adviseert het college van B&W van Den Haag over werk, ...")
    # (not "het dagelijks bestuur van de Adviesraad Sociaal Domein": the council's own board)
    r"(dagelijks|algemeen)\s+bestuur(?![^\n]{0,80}\b(?!gemeenteraad)(?:[\w-]*raad|platform|panel)\b)|namens\s+(het|ons)\s+college|(?<!adviseert\s)(?<!adviseren\s)het\s+college\s+van|"
    # an official of the municipality signing on the college's behalf (the role's own line,
    # not a copy line "Afschrift: ..., afdeling Beleid")
    r"^\s*beleids(adviseur|medewerker)\b)",
    re.I | re.M,
)
# "voorzitter" alone signs for a council and for a regional board alike: the council's name decides
COUNCIL_SIGNS = rx.compile(
    # ("namens de Brede Raad 010": a council named "... Raad")
    rf"\b(namens\s+de\s+{COUNCIL}|{COUNCIL}|namens\s+de\s+[\w-]+\s+raad\b)",
    re.I,
)
REPORTING_VOICE = rx.compile(
    r"\b(zegt|vertelt|aldus|laat\s+\w+\s+weten|volgens\s+(voorzitter|wethouder))\b", re.I
)


@dataclass(frozen=True)
class DocForm:
    """What the form of a document says; ``verdict`` is a type only when the form decides it."""

    title: str
    is_letter: bool
    to_college: bool
    to_council: bool
    to_municipal_council: bool
    signed_by_college: bool
    signed_by_council: bool
    to_others: bool  # the press, residents: a letter, but not between council and college
    from_council: bool  # a "Van: ... raad" field, as in a memo
    verdict: str | None
    reason: str
    offset: int  # where the deciding line starts, for the evidence row


def title_zone(text: str) -> list[tuple[int, str]]:
    """(offset, line) of the first non-empty lines of page 1."""
    first_page = text.split(PAGE_SEP, 1)[0]
    lines, offset = [], 0
    for line in first_page.split("\n"):
        if line.strip():
            lines.append((offset, unspaced(line.strip())))
        offset += len(line) + 1
        if len(lines) >= TITLE_LINES:
            break
    return lines


def read_form(doc: DocText, n_pages: int) -> DocForm:
    """The form of the document and, where it is decisive, its type."""
    text = doc.text
    zone = text[:LETTER_ZONE]
    salutation = SALUTATION.search(zone) or _scanned_salutation(zone)
    head = zone[: salutation.start()] if salutation else zone[:1500]
    closed = CLOSING.search(text[: LETTER_ZONE * 3]) or _scanned_closing(text[: LETTER_ZONE * 3])
    is_letter = bool(salutation) and bool(closed)
    to_college = bool(TO_COLLEGE.search(head)) or bool(
        salutation and re.search(r"college|wethouder", salutation.group(0), re.I)
    )
    to_council = (
        bool(TO_COUNCIL.search(head))
        or bool(salutation and re.search(COUNCIL, salutation.group(0), re.I))
        or _council_in_municipal_address_block(head)
    )
    to_raad = bool(TO_MUNICIPAL_COUNCIL.search(head))
    to_others = _addressed_to_others(head) or bool(
        salutation and TO_OTHERS.search(salutation.group(0))
    )
    from_council = bool(FROM_COUNCIL.search(head))
    # a copy line under the signature ("Afschrift: college van B&W") names no signer
    signature = COPY_LINE.sub("", _letter_end(text))
    college_signs, council_signs = COLLEGE_SIGNS.search(signature), COUNCIL_SIGNS.search(signature)
    # the council signing first, with a footer under it that says whom it advises ("De
    # Adviesraad ... adviseert het college van burgemeester en wethouders ..."): the council's
    signed_council = bool(council_signs) and (
        not college_signs or council_signs.start() < college_signs.start()
    )
    signed_college = bool(college_signs) and not signed_council
    titles = title_zone(text)
    from_college = bool(FROM_COLLEGE.search(head))
    addressed = (is_letter or from_council or from_college) and (to_college or to_council)
    verdict, reason, offset = _verdict(
        titles, text, n_pages, addressed, to_college, to_council, to_raad, is_letter,
        signed_college,
    )  # fmt: skip
    title = titles[0][1] if titles else ""
    return DocForm(
        title,
        is_letter,
        to_college,
        to_council,
        to_raad,
        signed_college,
        signed_council,
        to_others,
        from_council,
        verdict,
        reason,
        offset,
    )


#: how close an OCR'd word must be to the word meant ("Geachie", "uriendelijke"): difflib's
#: ratio, 0.8 allows one wrong letter in a word of seven
OCR_CLOSENESS = 0.8
SALUTATION_WORDS = ("geachte", "hooggeachte")
CLOSING_WORDS = ("vriendelijke", "hartelijke")
#: what follows "Geachte" in a salutation: a title, the addressee's body, or a name and a comma
ADDRESSEE_AFTER = rx.compile(
    r"^\W*(heer|mevrouw|mevr|dhr|leden|college|voorzitter|raad|bestuur|wethouder|[A-Z][\w.-]*\s*,?\s*$)",
    re.I,
)


@functools.lru_cache(maxsize=4096)  # a letter's short lines repeat their words; difflib is slow
def _ocr_word(word: str, meant: tuple[str, ...]) -> bool:
    word = word.lower().strip(".,:;'\"“”‘’")
    for m in meant:
        if abs(len(word) - len(m)) > 2:
            continue  # cheap first: most words are far too long or short
        match = difflib.SequenceMatcher(None, word, m)
        if match.quick_ratio() >= OCR_CLOSENESS and match.ratio() >= OCR_CLOSENESS:
            return True
    return False


def _scanned_salutation(zone: str) -> re.Match[str] | None:
    """A salutation as OCR reads it: one letter wrong ("Geachie mevrouw Bosveld,"), or a stray
    mark or two before it ("Se Geachte heer Wolbers,")."""
    for line in re.finditer(r"^[^\n]{0,100}$", zone, re.M):
        words = line.group().split()
        for i, word in enumerate(words[:3]):
            if _ocr_word(word, SALUTATION_WORDS) and ADDRESSEE_AFTER.match(
                " ".join(words[i + 1 :])
            ):
                return line
    return None


def _scanned_closing(text: str) -> bool:
    """A closing formula as OCR reads it: "Met uriendelijke groet"."""
    for line in re.finditer(r"^[^\n]{0,60}$", text, re.M):
        words = line.group().lower().split()
        for first, second in itertools.pairwise(words):
            if _ocr_word(first, CLOSING_WORDS) and _ocr_word(second, ("groet", "groeten")):
                return True
    return False


#: the municipality's letterhead: "Gemeente Nijmegen" in the opening lines
MUNICIPAL_LETTERHEAD = rx.compile(r"\bgemeente\b", re.I)
#: an address line that is the council's name and no more ("Adviesraad Sociaal Domein Nijmegen")
COUNCIL_ADDRESS_LINE = rx.compile(
    rf"^[^\w\n]{{0,3}}\s*(de\s+)?([\w&'-]+\s+){{0,3}}{COUNCIL}[^\n.,:;]{{0,50}}$", re.I | re.M
)


def _council_in_municipal_address_block(head: str) -> bool:
    """The municipality writes to the council: its letterhead opens the letter and the address
    block names the council on a line of its own, without "Aan" (as most printed letters do)."""
    lines = [line for line in head.split("\n") if line.strip()]
    letterhead = lines[:3]
    if not any(MUNICIPAL_LETTERHEAD.search(line) for line in letterhead):
        return False
    if any(re.search(COUNCIL, line, re.I) for line in lines[:1]):
        return False  # the council's own letterhead: the council writes
    return any(
        COUNCIL_ADDRESS_LINE.match(line)
        and len(line.split()) <= 8
        and not _is_header_field(line)  # "Onderwerp Jaarverslag 2024 Adviesraad ..."
        and not re.search(r"\d|^\W*bijlage", line, re.I)
        for line in map(_left_column, lines[1:15])
    )


def _left_column(line: str) -> str:
    """The address block's part of a line that has the header fields beside it
    ("Adviesraad Sociaal Domein        Datum   29 oktober 2024")."""
    return re.split(r"\s{4,}", line.strip(), maxsplit=1)[0]


def _addressed_to_others(head: str) -> bool:
    """An addressee line for the press or residents: short and capitalised, not a wrapped
    sentence that goes on with "inwoners en ..." at the start of a printed line."""
    for m in TO_OTHERS.finditer(head):
        line = m.group(0).strip()
        if line[:1].isupper() and len(line.split()) <= 10:
            return True
    return False


COPY_LINE = rx.compile(r"^\s*(afschrift|kopie(\s+aan)?|c\.?c\.?|bcc)\b\s*:?[^\n]*", re.I | re.M)
#: the header of an e-mail quoted below a reply ("Van: ...", "-----Oorspronkelijk bericht-----")
QUOTED_MAIL = rx.compile(
    r"^\s*(?:van|from)\s*:|^\s*-{2,}\s*(?:oorspronkelijk|doorgestuurd|original|forwarded)",
    re.I | re.M,
)


def _letter_end(text: str) -> str:
    """The signature zone: after the first closing formula, else the end of page 1 below its
    address block (a short memo's addressee is no signature)."""
    closing = CLOSING.search(text)
    if closing:
        zone = text[closing.end() : closing.end() + 400]
        quoted = QUOTED_MAIL.search(zone)
        if quoted:  # the message it answers, quoted below the signature, is not signed here
            zone = zone[: quoted.start()]
        page_end = zone.find("\f")
        # signed before the page ends: what follows belongs to the next page (a forwarded
        # letter's address block, an annex), not to this signature
        signed_on_this_page = page_end > 0 and re.search(r"\w", zone[:page_end])
        return zone[:page_end] if signed_on_this_page else zone
    first_page = text.split(PAGE_SEP, 1)[0]
    return first_page[max(len(first_page) - 400, min(len(first_page), ADDRESS_ZONE)) :]


def _verdict(
    titles: list[tuple[int, str]], text: str, n_pages: int, addressed: bool,
    to_college: bool, to_council: bool, to_raad: bool, is_letter: bool,
    signed_college: bool = False,
) -> tuple[str | None, str, int]:  # fmt: skip
    """A type the form alone decides; ``addressed``: a letter or memo between council and college."""
    presented = ANNUAL_SUBJECT.search(text.split(PAGE_SEP, 1)[0])
    if presented and n_pages >= 2 and not signed_college:
        # the council's letter that is (or carries) its annual report: "Onderwerp: Jaarverslag
        # 2020", "Hierbij bieden wij u ons jaarverslag aan"; the college's letter about it is none
        return "jaarverslag", "a letter whose subject is the annual report", presented.start()
    presents = PRESENTS_REPORT.search(text[:1500])
    if presents and not signed_college:  # before the title lines: a call for members may head it
        return (
            "jaarverslag",
            f"the opening presents the report: {presents.group(0)[:80]}",
            presents.start(),
        )
    advice_titled = (
        False  # "ADVIES" over "Concept-notitie 'Samen zorgen'": the draft is its subject
    )
    for offset, line in titles:
        if _is_header_field(line):
            continue  # "Onderwerp: ..." names a letter's subject, not the document's genre
        if KEY_FIGURE.match(line):
            continue  # "Vacatures 3" in a box of the year's figures: a count, no title
        advice_titled = advice_titled or bool(ADVICE_TITLE.search(line))
        if ANNUAL_TITLE.search(line) and not addressed:
            return "jaarverslag", f"title: {line[:80]}", offset
        if INFORMATION_LETTER.search(line) and _reports_the_answer(text):
            return (
                "reactie",
                "an information letter with the college's answer to the advice",
                offset,
            )
        if OTHER_TITLES.search(line) and not addressed and not (advice_titled and to_college):
            return "overig", f"title: {line[:80]}", offset
        if REGULATION_TITLE.search(line) and re.search(r"^\s*artikel\s+1\b", text, re.I | re.M):
            return "verordening", f"title: {line[:80]}", offset
    if re.search(r"^\s*artikel\s+1\b", text[:20000], re.I | re.M) and re.search(
        r"\bbesluit\b", text[:20000], re.I
    ):
        return None, "", 0  # a regulation's own structure: the model reads those well
    if to_raad and not to_college and not to_council:
        if _reports_the_answer(text):  # a raadsinformatiebrief has no "Geachte" to open it
            return (
                "reactie",
                "a letter to the gemeenteraad with the college's answer to the advice",
                0,
            )
        if is_letter:
            return "overig", "a letter to the gemeenteraad (an information letter)", 0
    minutes = MINUTES_FORM.search(text[:4000])
    if minutes and not is_letter:
        return "overig", "minutes: attendance list", minutes.start()
    sections = annual_report_sections(text)
    if len(sections) >= ANNUAL_SECTIONS_NEEDED and not addressed and _looks_back(text, titles):
        headings = ", ".join(line for _, line in sections.values())
        return (
            "jaarverslag",
            f"the chapters of an annual report: {headings[:80]}",
            min(offset for offset, _ in sections.values()),
        )
    vacancy = VACANCY.search(text[:3000])
    reports = n_pages >= 2 and LOOKS_BACK.search(text[:5000])  # a report that also recruits
    if vacancy and not is_letter and not reports:
        return "overig", f"vacancy: {vacancy.group(0)}", vacancy.start()
    return None, "", 0


#: the chapters an annual report has, whatever its title (or when the title is on a cover
#: picture): who the council is, how it met, its advices, its achterban, its money, next year
ANNUAL_SECTION_KINDS = {
    "members": r"samenstelling|(de\s+)?leden|wie\s+zijn\s+(wij|we)|(de\s+)?(raad|organisatie)\s+in\s+20\d\d",
    "meetings": r"vergaderingen|vergaderen|(bestuurlijk\s+|periodiek\s+)?overleg(gen)?(\s+\w+){0,4}|werkwijze",
    "advices": r"(uitgebrachte\s+|onze\s+)?adviezen(\s+in\s+20\d\d)?|advisering",
    "achterban": r"(contact\s+met\s+(de\s+)?)?achterban|contact\s+met\s+inwoners",
    "finances": r"financi[eë]n|budget|begroting|kosten",
    "outlook": r"vooruitblik(\s+\w+){0,2}|(plannen|speerpunten)\s+voor\s+20\d\d|tot\s+slot",
}
ANNUAL_SECTION = {
    kind: rx.compile(
        # ("3, Tot slot": a scan's OCR may read the number's full stop as a comma)
        rf"^\W*((\d{{1,2}}(\.\d{{1,2}})?[.,]?|hoofdstuk\s+\d+)\s+)?({words})\s*:?\s*$",
        re.I,
    )
    for kind, words in ANNUAL_SECTION_KINDS.items()
}
ANNUAL_SECTIONS_NEEDED = 4
#: a document that plans rather than reports: "Werkplan 2024", "Activiteitenplan"
PLAN_TITLE = rx.compile(
    r"\b(werk|jaar|activiteiten|beleids|actie)plan\w*\b|\bbegroting\s+20\d\d\b", re.I
)
LOOKS_BACK = rx.compile(
    r"\bverslag\b|\bterugblik|\bafgelopen\s+jaar\b|\b(heeft|hebben)\s+(de\s+raad\s+|wij\s+|we\s+)?in\s+20\d\d\b|"
    r"\bin\s+20\d\d\s+(heeft|hebben|is|zijn|waren|was|kwam|kwamen|vergaderde\w*)\b",
    re.I,
)


def annual_report_sections(text: str) -> dict[str, tuple[int, str]]:
    """kind -> (offset, heading) of the annual report's chapter headings found in the text."""
    found: dict[str, tuple[int, str]] = {}
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip().strip("\f")
        if (
            stripped
            and len(stripped.split()) <= 7
            and not re.match(r"^\W*artikel\b", stripped, re.I)
        ):
            for kind, heading in ANNUAL_SECTION.items():
                if kind not in found and heading.match(stripped):
                    found[kind] = (offset, stripped)
        offset += len(line) + 1
    return found


def _looks_back(text: str, titles: list[tuple[int, str]]) -> bool:
    """The chapters report on a year gone by, not plan the next one."""
    if any(PLAN_TITLE.search(line) for _, line in titles[:4]):
        return False
    return bool(LOOKS_BACK.search(text[:20000]))


#: a subject line naming the annual report itself (not "reactie op uw jaarverslag")
ANNUAL_SUBJECT = rx.compile(
    r"^\s*(?:onderwerp|betreft)\b\s*:?\s*(?:het\s+|ons\s+)?(?:jaarverslag|jaarrapportage|jaaroverzicht|jaarbericht)\b",
    re.I | re.M,
)
INFORMATION_LETTER = rx.compile(r"^\s*(raads)?informatiebrief\b", re.I)
#: a subject line about one advice of the council ("Onderwerp: Advies Adviesraad Sociaal
#: Domein over ...", "Betreft: adviesrapport van de Participatieraad en onze reactie daarop");
#: a letter on "de adviezen van 2024" reports on several and answers none
SUBJECT_ON_ADVICE = rx.compile(
    # (the council's annual report or work plan as the subject is no advice: "Onderwerp:
    # Jaarverslag 2024 Cliëntenraad ...")
    rf"^\s*(onderwerp|betreft)\b\s*:?(?![^\n]*\b(adviezen|jaarverslag\w*|jaarrapportage|werkplan\w*|jaarplan\w*)\b)"
    rf"[^\n]*\b(advies\w*|aanbeveling\w*|{COUNCIL})",
    re.I | re.M,
)
#: the subject field's label and its first line, and the line below: a subject that wraps
#: ("Onderwerp Nota ... en de verwerking" / "van het advies van de Adviesraad") or stands
#: under its label ("Onderwerp" / "Advies Adviesraad Sociaal Domein over ...")
SUBJECT_FIELD = rx.compile(r"^\s*(onderwerp|betreft)\b\s*:?([^\n]*)\n([^\n]*)", re.I | re.M)
#: a header field that opens the line below the subject: no continuation of it
NEXT_FIELD = rx.compile(
    r"^\s*((geachte|datum|kenmerk|ons\s+kenmerk|uw\s+kenmerk|bijlage\w*|openbaar|zaaknummer)\b|(aan|van)\s*:)",
    re.I,
)


def _subject_on_advice(first_page: str) -> bool:
    """The subject names one advice of the council, on its line or wrapped to the next."""
    if SUBJECT_ON_ADVICE.search(first_page):
        return True
    for m in SUBJECT_FIELD.finditer(first_page):
        following = "" if NEXT_FIELD.match(m.group(3)) else m.group(3)
        subject = f"{m.group(2)} {following}"
        if re.search(
            r"\b(adviezen|jaarverslag\w*|jaarrapportage|werkplan\w*|jaarplan\w*)\b", subject, re.I
        ):
            continue
        if re.search(rf"\b(advies\w*|aanbeveling\w*|{COUNCIL})", subject, re.I):
            return True
    return False


def _reports_the_answer(text: str) -> bool:
    """An information letter to the gemeenteraad whose subject is the council's advice and in
    which the college takes its position: colleges often answer a council this way (the
    domain's "reply in a raadsinformatiebrief"). One that only mentions an advice is overig."""
    first_page = text.split(PAGE_SEP, 1)[0]
    return _subject_on_advice(first_page) and _takes_a_stance(text)


def _decides_on_the_advice(text: str, start: int) -> bool:
    """The first item after "Het college besluit:" takes a position on an advice ("1. het
    advies van de Cliëntenraad ... over te nemen"): a B&W decision whose subject line a scan
    may have lost (its lines joined, as OCR breaks them)."""
    items = " ".join(text[start : start + 600].split())
    first = re.split(r"\s2\s*[.;)]\s", items, maxsplit=1)[0]
    names_advice = re.search(r"\b(het|uw|dit)\s+(\w+\s+)?advi\w*\s+(van|over)\b", first, re.I)
    return bool(names_advice) and sentence_stance(first, require_actor=False) is not None


def _is_header_field(line: str) -> bool:
    return bool(
        re.match(
            r"^\s*(onderwerp|betreft|ons\s+kenmerk|uw\s+kenmerk|datum|kenmerk|aan|van)\b\s*:?",
            line,
            re.I,
        )
    )


#: where a document's own title stands: its first lines
TITLE_ZONE = 400


def _above_salutation(text: str) -> str:
    """The document's head: up to its salutation ("Geacht college,"), at most its first lines."""
    salutation = re.search(r"^\s*(geachte?|beste)\b", text[:TITLE_ZONE], re.I | re.M)
    return text[: salutation.start() if salutation else TITLE_ZONE]


def refine_letter_type(form: DocForm, model_type: str, text: str) -> tuple[str, str]:
    """The model's choice checked against the letter form: (type, reason).

    An advice or response is a letter (or memo) between council and college, or a council's
    own page summarising one of its advices; a letter to the press, a request for information
    without a word of advice, or a page about advices is another document about them.
    """
    decision = COLLEGE_DECISION.search(text[:LETTER_ZONE])
    if decision and (_reports_the_answer(text) or _decides_on_the_advice(text, decision.end())):
        return "reactie", "the college's decision on the council's advice"
    # a letter about a draft regulation quotes its articles, but a letter is no regulation
    if model_type in {"overig", "verordening"} and _council_letter_that_advises(form, text):
        return "advies", f"a letter to the college that advises (model: {model_type})"
    if (
        model_type in {"overig", "verordening"}
        and _advice_title(form, text)
        and (form.to_college or form.signed_by_council)
        and not form.signed_by_college
    ):  # "Advies over het concept Verordening ...", sent to the college: the council's advice
        return "advies", f"titled an advice, to the college (model: {model_type})"
    if (
        model_type == "jaarverslag"
        and (_advice_title(form, text) or SUBJECT_AN_ADVICE.search(text[:LETTER_ZONE]))
        and (form.to_college or form.signed_by_council)
        and not re.search(r"\bjaar(verslag|rapport|overzicht)\b", _above_salutation(text), re.I)
        and _council_letter_that_advises(form, text)
    ):  # "ONGEVRAAGD ADVIES" (or "Betreft: Ongevraagd advies ...", round GM) to the college
        # that cites the yearly figures of a service
        return "advies", "titled an advice, to the college, advising (model: jaarverslag)"
    if model_type in {"overig", "verordening"} and _letter_that_answers_the_advice(form, text):
        return "reactie", f"a letter to the council that answers its advice (model: {model_type})"
    if model_type == "overig" and _reaction_form(form, text):
        return "reactie", "the college's reaction form on the advice (model: overig)"
    if (
        model_type == "verordening"
        and form.is_letter
        and (form.signed_by_college or form.to_council)
        and _asks_for_advice(text)
    ):  # the college's request for advice with the draft regulation attached
        return "overig", "the college asks the council for advice (a draft regulation attached)"
    if model_type not in {"advies", "reactie"}:
        return model_type, "model"
    if form.to_others and not (form.to_college or form.to_council):
        return "overig", "a letter to others than college or council"
    if form.is_letter or form.from_council or form.to_college or form.to_council:
        if (form.signed_by_college or form.to_council) and _asks_for_advice(text):
            return "overig", "the college asks the council for advice"
        if (form.signed_by_college or form.to_council) and _answers_questions_only(text):
            return "overig", "the college answers the council's questions, no advice"
        if form.signed_by_college:
            return "reactie", "a letter signed by the college"
        if form.to_council and not form.to_college:
            return "reactie", "a letter to the council"
        council_writes = form.signed_by_council or form.from_council or form.to_college
        if council_writes and _asks_only_information(text):
            return "overig", "a request for information, no advice"
        if council_writes and _reminds_only(text):
            return "overig", "a reminder about an answer, no advice"
        if council_writes and (form.is_letter or ADVICE_VOICE.search(text)):
            return "advies", "a letter from the council to the college"
        if form.is_letter:
            return model_type, "a letter"
    if model_type == "advies" and _council_report_that_advises(form, text):
        return "advies", "a report signed by the council in which it advises the college"
    if _advice_title(form, text) and not REPORTING_VOICE.search(text[:6000]):
        return "advies", "the council's own summary of an advice"
    if model_type == "reactie" and form.signed_by_college:
        return "reactie", "signed by the college"
    return "overig", "not a letter between council and college"


#: the college's own decision document: "Besluit van het college van burgemeester en
#: wethouders", "B&W-besluit", "Het college besluit:"
COLLEGE_DECISION = rx.compile(
    rf"^\W*((collegebesluit|b\s*(en|&)\s*w-?besluit)\b|besluit\s+(van\s+)?{COLLEGE}|besluit\s+burgemeester\s+en\s+wethouders)"
    # ("pet college besluit:": a scan's OCR may garble the article)
    rf"|^\W*(\S{{1,4}}\s+)?college\s+(besluit|heeft\s+besloten)\s*:",
    re.I | re.M,
)
#: the college putting a question or a draft to the council ("adviesaanvraag", "vragen wij u
#: om advies"); a response refers to the council's advice instead
ASKS_FOR_ADVICE = rx.compile(
    r"\b(adviesaanvraag|verzoek\s+om\s+advies|adviesverzoek|(vragen|verzoeken)\s+(wij|we)\s+u\b[^.]{0,200}\b(advies|adviseren)|"
    r"leggen\s+(wij|we)\b[^.]{0,80}\baan\s+u\s+voor)\b",
    re.I,
)
#: the college's earlier request cited in a header or a sentence ("Onze adviesaanvraag 6 mei
#: 2026", "ons adviesverzoek van 3 maart"): the letter answers what the request brought
CITED_REQUEST = rx.compile(
    r"\b(onze|ons|op\s+onze)\s+(adviesaanvraag|adviesverzoek|verzoek\s+om\s+advies)\s*"
    r"(van\s+|d\.\s*d\.\s*|dd\s+|:\s*)?\d|"
    # "de beleidsregels vast te stellen zoals deze in de adviesaanvraag zijn voorgelegd"
    r"\b(in|bij|met|volgens)\s+de\s+(adviesaanvraag|adviesverzoek)\b|"
    # the council citing the college's request: "Uw adviesaanvraag d.d. 8 januari 2026" (round GT)
    r"\buw\s+(adviesaanvraag|adviesverzoek|verzoek\s+om\s+advies)\b",
    re.I,
)
ANSWERS_ADVICE = rx.compile(
    r"\b((ontv(ing|ingen|angen|angst)|danken|bedanken|dank\s+voor|naar\s+aanleiding\s+van|n\.a\.v\.|reactie\s+op|"
    r"reageren\s+(wij\s+)?op|gaan\s+(wij|we)\s+in\s+op)\s+(\w+\s+){0,3}uw\s+((on)?gevraagd(e)?\s+)?"
    r"(advie[sz]|brief|aanbeveling\w*)|uw\s+((on)?gevraagd(e)?\s+)?(advies|brief)\s+(van|d\.?d\.?)\s+\d|"
    # "graag reageer ik namens het college op het advies", "Onderwerp: Uw advies over ..."
    r"reage\w+\b[^.]{0,40}\bop\s+(het|uw)\s+((on)?gevraagd\w*\s+)?advie[sz]|"
    r"(onderwerp|betreft)\s*:?\s*(reactie\s+op\s+)?uw\s+((on)?gevraagd\w*\s+)?advie[sz]\w*|"
    # "Onderwerp: verwerking van uw advies over het concept-beleidsplan"
    r"(onderwerp|betreft)\s*:?\s*(\w+\s+){1,3}?(van|op|over)\s+uw\s+((on)?gevraagd\w*\s+)?advie[sz]\w*|"
    # "U heeft ons dit voorjaar twee adviezen gestuurd"
    r"(heeft|hebt)\s+u\s+ons\s+(\w+\s+){0,3}?(een\s+)?advie[sz]\w*\s+(gestuurd|gegeven|uitgebracht|toegestuurd)|"
    # "Bij brief van 19 mei heeft u ons geadviseerd over ...", "Wij hebben uw advies in onze
    # vergadering besproken", "Wij nemen uw advies over"
    r"(heeft|hebt)\s+u\s+ons\s+(\w+\s+)?geadviseerd|(wij|we|ik)\s+(hebben|heb)\s+uw\s+advies\b[^.]{0,60}\b(besproken|gelezen|ontvangen)|"
    # "Begin juni bereikte ons per e-mail uw advies"
    r"(bereikte|bereikten)\s+(ons|mij)\s+(\w+\s+){0,4}?uw\s+((on)?gevraagd\w*\s+)?advie[sz]|"
    r"(wij|we|ik)\s+(nemen|neem)\s+uw\s+advies\s+(\w+\s+)?over|"
    # "Onderwerp: reactie op ongevraagd advies ...", "heeft de Participatieraad ons uit eigen
    # beweging advies uitgebracht"
    r"reactie\s+op\s+(het\s+)?((on)?gevraagd\w*\s+)?advie[sz]|"
    r"(heeft|hebben)\s+(de\s+[\w-]*raad|uw\s+raad|u)\s+ons\s+(\w+\s+){0,4}?(een\s+)?advies\s+"
    r"(uitgebracht|gegeven|gestuurd|aangeboden))",
    re.I,
)


def _asks_for_advice(text: str) -> bool:
    """A request for advice: the opening asks for it before anything answers an advice (a
    request may end "wij ontvangen uw advies graag voor 1 maart")."""
    opening = text[:LETTER_ZONE]
    cited = [m.span() for m in CITED_REQUEST.finditer(opening)]
    asks = next(
        (
            m
            for m in ASKS_FOR_ADVICE.finditer(opening)
            if not any(a <= m.start() < b for a, b in cited)
        ),
        None,
    )
    answers = ANSWERS_ADVICE.search(opening)
    return bool(asks) and (answers is None or asks.start() < answers.start())


#: the college answering questions: "Beantwoording vragen over ...", "uw vragen", "Vraag 3."
ANSWERS_QUESTIONS = rx.compile(
    r"\b(beantwoording\s+(van\s+)?(de\s+|uw\s+)?vragen|beantwoorden\s+wij\s+uw\s+vragen|"
    r"(uw|de|deze)\s+vragen\s+(over|van|beantwoorden|beantwoord)|antwoord\s+op\s+uw\s+vragen)\b",
    re.I,
)
NUMBERED_QUESTION = rx.compile(r"^\s*vraag\s*\d{1,2}\b", re.I | re.M)


def _answers_questions_only(text: str) -> bool:
    """A college letter that answers the council's questions and names no advice of it in its
    opening: a letter with questions is no advice, so its answer is no response to one."""
    opening = text[:LETTER_ZONE]
    questions = ANSWERS_QUESTIONS.search(opening) or len(NUMBERED_QUESTION.findall(text)) >= 2
    names_an_advice = re.search(r"\b(advie[sz](?!raad)|aanbeveling)\w*", opening, re.I)
    return bool(questions) and not names_an_advice


def _asks_only_information(text: str) -> bool:
    """A council letter asking the college for facts: it asks, and advises nothing yet."""
    return bool(INFORMATION_REQUEST.search(text[:LETTER_ZONE])) and not ADVICE_VOICE.search(text)


#: "Onze adviezen:", "Ons advies luidt:": the council announcing its recommendations
ADVICE_LIST = rx.compile(
    r"\b(onze|ons)\s+(advie(s|zen)|aanbeveling(en)?|voorstel(len)?)(\s+(luidt|luiden|zijn))?\s*:",
    re.I,
)


def _council_letter_that_advises(form: DocForm, text: str) -> bool:
    """A letter or memo to the college in which the council advises in its own words: an
    advice, whatever its informal tone (the model knows formal advices best)."""
    opening = text[:LETTER_ZONE]
    if not (
        form.to_college and (form.is_letter or form.from_council) and not form.signed_by_college
    ):
        return False
    if SUBJECT_AN_ADVICE.search(opening):
        return True  # its subject field says so, whatever it tells of requests made before
    return (
        bool(ADVISING.search(opening) or ADVICE_LIST.search(opening) or _numbered_asks(text))
        and not _asks_for_advice(text)
        and not _reminds_only(text)
    )


#: the subject field names the letter an advice: "onderwerp  Advies over de positie van de raad"
SUBJECT_AN_ADVICE = rx.compile(
    r"^[ \t]*(?:onderwerp|betreft)[ \t]*:?[ \t]*(?:(?:on)?gevraagd\s+)?advies\b", re.I | re.M
)
#: the council itself advising the college: "De Participatieraad adviseert het college ...",
#: "wij adviseren u ..." (not the college asking it "te adviseren")
COUNCIL_ADVISES_COLLEGE = rx.compile(
    rf"\b({COUNCIL}|(wij|we))\s+(adviseert|adviseren)\s+(het\s+college|u|burgemeester)\b", re.I
)


def _council_report_that_advises(form: DocForm, text: str) -> bool:
    """A report without letter form (title, headings, an "Advies" section) that the council
    signs and in which it advises the college in its own name: an advice, not a page about one."""
    return (
        form.signed_by_council
        and not form.signed_by_college
        and not form.to_others
        and bool(COUNCIL_ADVISES_COLLEGE.search(text))
        and not REPORTING_VOICE.search(text[:6000])
    )


NUMBERED_ITEM = rx.compile(r"^\W{0,3}\d{1,2}\s*[.,)·]\s+(?P<item>[^\n]+)", re.M)


def _numbered_asks(text: str) -> bool:
    """Two or more numbered points that each ask the college to act ("1. Regel kinderopvang
    ...", "2 · Meet ook ..."): the council advises even where no advising word is legible."""
    items = [m["item"] for m in NUMBERED_ITEM.finditer(text[: LETTER_ZONE * 2])]
    return sum(is_recommendation(item) for item in items) >= 2


#: the council's advice named as the thing written about ("uw advies", "het advies van de
#: raad"), or the council's ask ("De Participatieraad heeft ons gevraagd ...")
THE_ADVICE = rx.compile(
    rf"\b(uw\s+((on)?gevraagd(e)?\s+)?advie[sz]|(het|dit)\s+advies\b|"
    rf"{COUNCIL}\s+(\w+\s+)?(heeft|had|vraagt|vroeg)\s+(ons|het\s+college|de\s+gemeente)\b)",
    re.I,
)
#: an address-block line naming a council ("Participatieraad Almere", "Sociale Adviesraad")
COUNCIL_LINE = rx.compile(
    rf"^\s*(aan\s*:?\s*)?(de\s+)?([\w-]+\s+){{0,2}}{COUNCIL}\b[^\n]{{0,60}}$", re.I | re.M
)


def _letter_that_answers_the_advice(form: DocForm, text: str) -> bool:
    """A college letter to the council that takes a position on what the council asked: a
    response, however informal (the model knows formal responses best; a thank-you letter or
    an e-mail that decides in passing is still one). A request for advice is not."""
    if form.to_college or form.signed_by_council or form.from_council or not form.is_letter:
        return False
    opening = text[:LETTER_ZONE]
    salutation = SALUTATION.search(opening)
    head = opening[: salutation.start()] if salutation else opening[:ADDRESS_ZONE]
    to_council = (
        form.to_council
        or (form.signed_by_college and bool(COUNCIL_LINE.search(head)))
        or _official_on_behalf_about_the_advice(opening)
    )
    refers = ANSWERS_ADVICE.search(opening) or THE_ADVICE.search(opening)
    return to_council and bool(refers) and not _asks_for_advice(text) and _takes_a_stance(text)


#: a form or memo titled as the college's reaction to the advice: "REACTIEFORMULIER ADVIES",
#: "B. Reactie per aanbeveling"
REACTION_FORM_TITLE = rx.compile(
    r"\breactie(?:formulier|nota)?\s+(?:op\s+(?:het|uw)\s+)?advies\b|\breactie\s+per\s+"
    r"(?:aanbeveling|advies|adviespunt|punt)\b",
    re.I,
)


def _reaction_form(form: DocForm, text: str) -> bool:
    """Not a letter but a form the college fills in per recommendation, to the council or
    signed for the college, that takes a stance: an answer in another shape."""
    if form.is_letter or form.to_college or form.signed_by_council or form.from_council:
        return False
    if not (form.signed_by_college or form.to_council):
        return False
    return bool(REACTION_FORM_TITLE.search(text[:ADDRESS_ZONE])) and _takes_a_stance(text)


#: an official writing for the college: "Namens wethouder Hendriks bevestig ik ..."
ON_BEHALF_OF_COLLEGE = rx.compile(
    r"\bnamens\s+(het\s+college|de\s+wethouder|wethouder\s+[A-Z]\w+|burgemeester\s+en\s+wethouders|"
    r"b\s*(en|&)\s*w)\b",
    re.I,
)


def _official_on_behalf_about_the_advice(opening: str) -> bool:
    """An official's mail or letter for the college about the council's advice ("Namens
    wethouder Hendriks bevestig ik de ontvangst van het advies van de cliëntenraad"): written
    to the council, though addressed to its secretary's mailbox."""
    return bool(ON_BEHALF_OF_COLLEGE.search(opening)) and bool(
        re.search(
            rf"\badvie[sz]\s+van\s+(de|uw|jullie)\s+([\w-]+\s+){{0,3}}?{COUNCIL}", opening, re.I
        )
    )


def _takes_a_stance(text: str) -> bool:
    """A sentence of the letter body in which the college follows, declines or defers."""
    closing = CLOSING.search(text)
    body = text[: closing.start()] if closing else text[:LETTER_ZONE]
    # a bare "Ja." or "Akkoord." may answer a question as well as an advice: only sentences count
    decided = False  # the items after "Het college besluit:" are the college's own acts
    for s, e in split_sentences(body):
        sentence = body[s:e]
        if sentence_stance(sentence, require_actor=not decided, bare_answers=False):
            return True
        if re.search(r"\bbesluit\s*:\s*$", sentence, re.I):
            decided = True
        elif decided and not re.match(r"\s*\d{1,2}[.)]\s", sentence):
            decided = False
    return False


def _reminds_only(text: str) -> bool:
    """A council letter that asks after the college's overdue answer and advises nothing new."""
    opening = text[:LETTER_ZONE]
    return bool(REMINDER.search(opening)) and not ADVISING.search(opening)


def _advice_title(form: DocForm, text: str) -> bool:
    """A title line of page 1 names the document an advice ("Advies over ...")."""
    return any(
        ADVICE_TITLE.search(line)
        or re.match(rf"^\s*een\s+advies\s+van\s+(de\s+)?(\w+\s+){{0,3}}{COUNCIL}", line, re.I)
        for _, line in title_zone(text)
    )
