"""The structure half of the scan: how a verordening arranges participation, and what a jaarverslag shows.

A verordening is read article by article (and lid by lid): each norm of the scan
(Participatiewet art. 47 / Wmo 2015 art. 2.1.3 lid 3 items a-e, disputes, reasons,
annual report, work plan, budget, evaluation, size) is decided from the sentences
of the articles, role-aware (which body must do what), with the sentence as
evidence. A norm the text does not mention is ``False`` only when the whole text
was read; with unreadable pages or missing articles it stays ``None`` (unknown).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cp_textmine.read.doctext import PAGE_SEP, DocText, split_sentences
from cp_textmine.read.terms import NUMBER_WORDS
from cp_textmine.records import Evidence, Page, StructureValue, Table

#: Norms read from a verordening, in checklist order.
REGULATION_NORMS = (
    "pw47_a_advice_right", "pw47_b_support", "pw47_c_consultation", "pw47_d_agenda_right",
    "pw47_e_information", "dispute_procedure", "motivation_required", "annual_report_required",
    "work_plan_required", "budget", "evaluation_clause",
)  # fmt: skip
#: Facts read from a jaarverslag (per year).
REPORT_NORMS = (
    "annual_report_published", "work_plan_present", "achterban_activities",
    "meetings_with_college", "vacancies", "n_members",
)  # fmt: skip

#: An article heading at a line start: "Artikel 4 Overleg", "Art. 4.", "ARTIKEL 4 - OVERLEG". A wrapped
#: reference ("artikel 3, eerste lid", "Artikel 3 van de wet") is no heading: lowercase or comma after it.
ARTICLE = re.compile(
    r"^[ \t]*(?:#+\s*)?(?:Artikel|ARTIKEL|Art\.)\s+(?P<num>\d+)(?P<suffix>[a-z]?)(?:[.:]\d+[a-z]?)?\b\.?"
    r"[ \t]*(?:[-–:.][ \t]*)?(?P<head>(?:[A-Z(“\"'][^\n]*)?)$",
    re.M,
)
TOELICHTING = re.compile(
    r"^[ \t]*(?:#+\s*)?(?:(?:Algemene|Artikelsgewijze|ALGEMENE|ARTIKELSGEWIJZE)\s+)?"
    r"(?:Toelichting|TOELICHTING)\b[^\n]{0,60}$",
    re.M,
)
DEFINITIONS = re.compile(r"begrip|definitie", re.I)
COUNCIL = re.compile(
    r"\b(cli[eë]ntenraad|adviesraad|participatieraad|raad|platform|cli[eë]ntenplatform|"
    r"panel|zijn|haar|deze|leden)\b",
    re.I,
)

_TIMES = r"(?:\w+maal|\w+\s+(?:keer|maal))\s+per\s+(?:jaar|kwartaal|maand|half\s+jaar)"
#: Cue patterns per norm. Each must name what the norm is about; the sentence is the evidence.
CUES: dict[str, re.Pattern[str]] = {
    "pw47_a_advice_right": re.compile(
        r"\b(gevraagd\s+(?:en|of)\s+(?:ook\s+)?ongevraagd|ongevraagd\s+(?:en|of)\s+gevraagd|"
        r"\(on\)gevraagd|op\s+verzoek\s+(?:van\s+het\s+college\s+)?(?:en|of)\s+(?:ook\s+)?"
        r"uit\s+eigen\s+beweging|uit\s+eigen\s+beweging|ongevraagd\w*\s+advie\w*|"
        r"(?:op|uit)\s+eigen\s+initiatief|zonder\s+(?:\w+\s+){0,2}(?:verzoek|aanvraag|adviesaanvraag)\b|"
        r"zonder\s+daarom\s+(?:te\s+zijn\s+)?gevraagd)",
        re.I,
    ),
    "pw47_b_support": re.compile(
        r"\b(ambtelijk\w*\s+(?:secretaris|ondersteun\w*|secretariaat)|secretari[eë]le\s+"
        r"ondersteuning|(?:wordt|worden)\s+(?:\w+\s+){0,4}ondersteund|ondersteun\w*\s+(?:\w+\s+){0,4}"
        r"(?:cli[eë]ntenraad|adviesraad|raad|leden)|ondersteuning\s+(?:van|aan)\s+(?:de\s+)?"
        r"(?:cli[eë]ntenraad|adviesraad|raad|leden)|faciliteiten|facilite\w+|"
        r"deskundigheidsbevordering|scholing|ondersteuner\w*|secretari[eë]le|(?:stelt|wijst)\s+(?:\w+\s+){0,4}secretaris|vergaderruimte)",
        re.I,
    ),
    "pw47_c_consultation": re.compile(
        rf"\b(periodiek\w*\s+(?:\w+\s+){{0,3}}overleg\w*|overleg\w*\s+(?:\w+\s+){{0,8}}?{_TIMES}|"
        rf"{_TIMES}\s+(?:\w+\s+){{0,6}}overleg\w*|regelmatig\w*\s+(?:\w+\s+){{0,4}}overleg\w*|"
        r"overleg\w*\s+(?:\w+\s+){0,6}(?:regelmatig|periodiek|jaarlijks|elk\s+kwartaal|ieder\s+"
        r"kwartaal)|(?:jaarlijks|elk\s+kwartaal|ieder\s+kwartaal)\s+(?:\w+\s+){0,4}overleg\w*|"
        rf"{_TIMES})",
        re.I,
    ),
    "pw47_d_agenda_right": re.compile(
        r"\b(agenderen|agendering|agenderingsrecht|(?:op\s+de|ter)\s+agenda\s+(?:\w+\s+){0,4}"
        r"(?:plaatsen|zetten|brengen|laten\s+zetten|voorleggen)|(?:onderwerpen|punten|zaken)\s+"
        r"(?:\w+\s+){0,6}(?:op\s+de\s+agenda|agenda)|agendapunten\s+(?:\w+\s+){0,4}"
        r"(?:aandragen|inbrengen|indienen|aanmelden)|(?:onderwerpen|punten|zaken)\s+(?:\w+\s+){0,8}"
        r"(?:inbrengen|aandragen|voordragen)\b)",
        re.I,
    ),
    "pw47_e_information": re.compile(
        r"\b((?:verstrekt|verschaft|geeft|zendt|stuurt|bezorgt|levert)\s+(?:\w+\s+){0,8}"
        r"(?:informatie|inlichtingen|gegevens|stukken)|(?:informatie|inlichtingen|gegevens)\s+"
        r"(?:\w+\s+){0,8}(?:verstrekt|verschaft|ter\s+beschikking|krijgt|ontvangt|nodig\s+heeft|"
        r"beschikbaar)|(?:ontvangt|krijgt)\s+(?:\w+\s+){0,6}(?:informatie|inlichtingen|stukken|gegevens)|"
        r"\binformeert\b|ge[iï]nformeerd|beschikt\s+over\s+(?:\w+\s+){0,3}(?:informatie|gegevens)|recht\s+op\s+(?:\w+\s+){0,3}informatie|informatievoorziening\s+aan)",
        re.I,
    ),
    "dispute_procedure": re.compile(
        r"\b(geschil\w*|verschil(?:len)?\s+van\s+(?:mening|inzicht)|meningsverschil\w*|"
        r"bemiddel\w*|conflict\w*|onenigheid)",
        re.I,
    ),
    "motivation_required": re.compile(
        r"\b(gemotiveerd\w*|motiveert|motiveren|motivering|met\s+redenen\b|"
        r"licht\w*\s+(?:\w+\s+){0,8}toe\b|toelicht\w*|"
        r"(?:geeft|vermeldt|noemt|legt)\s+(?:\w+\s+){0,6}(?:aan\s+)?waarom|(?:om\s+welke|de)\s+reden(?:en)?\b|"
        r"beargumente\w*|onderbouw\w*)",
        re.I,
    ),
    "annual_report_required": re.compile(
        r"\b(jaarverslag\w*|(?:jaarlijks\w*|elk\s+jaar|ieder\s+jaar)\s+(?:\w+\s+){0,6}verslag|"
        r"verslag\s+(?:\w+\s+){0,8}"
        r"(?:werkzaamheden|activiteiten)|jaarrapportage|jaarverantwoording)",
        re.I,
    ),
    "work_plan_required": re.compile(
        r"\b(werkplan\w*|jaarplan\w*|activiteitenplan\w*|werkprogramma\w*|jaarprogramma\w*|"
        r"jaaragenda)",
        re.I,
    ),
    "budget": re.compile(
        r"\b(budget\w*|begroting\w*|financi[eë]le\s+middelen|(?:de\s+)?middelen\s+(?:\w+\s+){0,4}"
        r"ter\s+beschikking|kosten\s+(?:\w+\s+){0,8}(?:vergoed|voor\s+rekening)|"
        r"(?:jaarlijks(?:e)?|een)\s+(?:bedrag|subsidie)|bekostig\w*)",
        re.I,
    ),
    "evaluation_clause": re.compile(
        r"\b(evalue\w+|ge[eë]valueerd|evaluatie\s+van\s+(?:deze|de)\s+(?:verordening|regeling|"
        r"cli[eë]ntenparticipatie|participatie|inspraak)|(?:werking|doeltreffendheid)\s+(?:\w+\s+){0,4}(?:verordening|regeling)\s+"
        r"(?:\w+\s+){0,4}(?:onderzocht|beoordeeld|bezien))",
        re.I,
    ),
}
#: Context a cue also needs in the same sentence (the role: who does what).
CONTEXT: dict[str, re.Pattern[str]] = {
    "pw47_a_advice_right": re.compile(r"advie|advis", re.I),
    "pw47_c_consultation": re.compile(
        r"^(?=.*\b(?:college|wethouder|portefeuillehouder|bestuur|gemeente|ambtena|directeur|manager))"
        r"(?=.*\b(?:overleg|vergader|spre[ek]k|sprak|gesprek|ontmoet|bijeen))",
        re.I | re.S,
    ),
    "pw47_e_information": COUNCIL,
    "motivation_required": re.compile(
        r"^(?=.*\b(?:college|bestuur|wethouder|reactie|antwoord))"
        r"(?=.*(?:niet|afwijk|wijkt|overne|volg|reactie|reageert|antwoord|beslu|beslist|standpunt))",
        re.I | re.S,
    ),
    "evaluation_clause": re.compile(r"verordening|regeling|werking|participatie|deze", re.I),
    "dispute_procedure": re.compile(r".", re.S),
}
#: A cue in one of these is about something else (clients' support, members' own fee, ...).
NOT_THIS: dict[str, re.Pattern[str]] = {
    "pw47_b_support": re.compile(
        r"arbeidsinschakeling|re-integratie|uitkering|bij\s+het\s+vinden|naar\s+werk", re.I
    ),
    "budget": re.compile(r"programmabegroting|gemeentebegroting|begrotingsbehandeling", re.I),
    "pw47_e_information": re.compile(r"persoonsgegevens\s+van\s+cli[eë]nten\s+worden", re.I),
}
#: A sentence that names the council's own thing holds even beside a NOT_THIS word: "in de
#: gemeentebegroting wordt een budget voor de adviesraad opgenomen".
KEEP: dict[str, re.Pattern[str]] = {
    "budget": re.compile(
        r"budget\s+(?:\w+\s+){0,3}?(?:voor|van|aan)\s+(?:de\s+|het\s+)?(?:\w*raad|platform|panel)\b",
        re.I,
    )
}
NEVER = re.compile(r"(?!)")
NEGATED = re.compile(
    r"\b(geen|niet|zonder|nooit)\b(?:\s+\w+){0,3}\s*$|\b(is|zijn|wordt|worden)\s+niet\s+(?:nodig|"
    r"verplicht|vereist)",
    re.I,
)
NOT_NEEDED = re.compile(
    r"^\W*(?:\w+\s+){0,2}(is|zijn|wordt|worden)\s+niet\s+(nodig|verplicht|vereist|opgenomen)", re.I
)
EXTRA_NUMBERS = {"elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
                 "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20,
                 "eenentwintig": 21, "vijfentwintig": 25}  # fmt: skip
#: A member count: digits or a number word (not any word: "een voorzitter en ten hoogste ...").
_MEMBER_WORDS = {*NUMBER_WORDS, *EXTRA_NUMBERS} - {"een", "één", "eén"}  # "een aantal leden"
_N = r"\d{1,2}|(?:" + "|".join(sorted(_MEMBER_WORDS, key=len, reverse=True)) + r")\b"
MEMBERS = re.compile(
    rf"\b(?:tussen\s+|(?P<r_lead>ten\s+minste|minimaal|minstens|tenminste)\s+)?(?P<r_lo>{_N})\s+(?:en|tot|à|a|-|"
    rf"tot\s+en\s+met)\s+(?:(?:ten\s+hoogste|maximaal|hoogstens|ten\s+meeste)\s+)?(?P<r_hi>{_N})\s+"
    r"(?:\w+\s+)?leden"
    rf"|\b(?:bestaat|bestaan|telt|tellen)\s+(?:uit\s+)?(?:(?P<lo_lead>ten\s+minste|minimaal|minstens|tenminste)\s+)?"
    rf"(?P<lo>{_N})(?:\s+(?:en|tot|à|a|-|tot\s+en\s+met)\s+(?:(?:ten\s+hoogste|maximaal|"
    rf"hoogstens|ten\s+meeste)\s+)?(?P<hi>{_N}))?\s+(?:\w+\s+)?leden"
    rf"|\b(?P<max_lead>ten\s+hoogste|maximaal|hoogstens)\s+(?P<max>{_N})\s+(?:\w+\s+)?leden"
    rf"|\b(?P<min_lead>ten\s+minste|minimaal|minstens|tenminste)\s+(?P<min>{_N})\s+(?:\w+\s+)?leden",
    re.I,
)
#: "Ten minste drie leden zijn cliënt": a share of the members, not the council's size.
MEMBERS_SHARE = re.compile(
    r"\s+(?:zijn|is|hebben|heeft|komen|moeten|dienen|worden|vertegenwoordig\w*|uit\s+de)\b", re.I
)
#: The chair as one of the members: "een voorzitter en ten hoogste twaalf andere leden" is 13
#: members ("vijftien leden en een voorzitter" stays 15: there the chair is no member).
CHAIR_BEFORE = re.compile(r"\bvoorzitter\s+en\s+$", re.I)
OTHER_MEMBERS = re.compile(r"\b(?:andere|overige)\s+leden$", re.I)


@dataclass(frozen=True)
class Article:
    """One article (or the toelichting) of a verordening: its number, heading and text span."""

    number: str
    heading: str
    start: int
    end: int
    explanatory: bool = False


def split_articles(text: str) -> list[Article]:
    """Articles with their headings, in order; the toelichting is one last 'article'."""
    toel = TOELICHTING.search(text)
    toel_at = toel.start() if toel else len(text)
    heads = [m for m in ARTICLE.finditer(text) if m.start() < toel_at]
    # a reference inside running text ("artikel 3, eerste lid") is not a heading: keep line starts only
    articles = []
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else toel_at
        number = m["num"] + (m["suffix"] or "")
        articles.append(Article(number, m["head"].strip(" .:-–"), m.start(), end))
    if not articles:  # no numbered articles: read the body as one, from its first line
        articles.append(Article("0", "", 0, toel_at))
    if toel:
        articles.append(Article("toelichting", "Toelichting", toel.start(), len(text), True))
    return articles


def text_complete(pages: tuple[Page, ...], articles: list[Article]) -> bool:
    """Whether the whole text was read: no unreadable pages and no gap in the article numbers."""
    if any(p.text_source in ("needs_ocr", "empty") for p in pages):
        return False
    if any(p.ocr_confidence is not None and p.ocr_confidence < 50 for p in pages):
        return False
    numbers = sorted({int(re.match(r"\d+", a.number)[0]) for a in articles if not a.explanatory})
    if numbers == [0]:  # no article numbers to check: the readable pages are all we know
        return True
    return numbers == list(range(numbers[0], numbers[-1] + 1)) and numbers[0] == 1


def regulation_structure(
    doc: DocText, pages: tuple[Page, ...]
) -> tuple[list[StructureValue], list[Evidence]]:
    """Every norm of the verordening: True with its sentence, False when absent, None when unknown."""
    text = _flat(doc.text)
    articles = split_articles(text)
    complete = text_complete(pages, articles)
    found: dict[str, StructureValue] = {}
    evidence: list[Evidence] = []
    # the articles first: a norm is set there; the toelichting only when no article has it
    ordered = [a for a in articles if not a.explanatory] + [a for a in articles if a.explanatory]
    for article in ordered:
        if DEFINITIONS.search(article.heading):
            continue
        body = _body_start(text, article)
        for s, e in split_sentences(text[body : article.end]):
            s, e = s + body, e + body
            for norm, start, end in _norm_hits(text[s:e], s):
                if norm in found:
                    continue
                ev = doc.evidence(f"structure:{norm}", start, end)
                found[norm] = StructureValue(
                    norm, "true", ev.page_no, ev.snippet, ev.char_start, ev.char_end,
                    article=article.number, cue=text[start:end],
                )  # fmt: skip
                evidence.append(ev)
    values = [
        found.get(n) or StructureValue(n, "false" if complete else None) for n in REGULATION_NORMS
    ]
    values += _members(doc, text, articles, evidence)
    return values, evidence


def _flat(text: str) -> str:
    """The text with page breaks as one newline (same offsets): a sentence may run on to the next page."""
    return text.replace(PAGE_SEP, " \n ")


def _body_start(text: str, article: Article) -> int:
    """Where an article's text begins: after its heading line (a heading names, it does not oblige)."""
    newline = text.find("\n", article.start, article.end)
    return article.end if newline == -1 else newline + 1


def _norm_hits(sentence: str, offset: int) -> list[tuple[str, int, int]]:
    hits = []
    for norm, cue in CUES.items():
        for m in cue.finditer(sentence):
            context = CONTEXT.get(norm)
            if context and not context.search(sentence):
                continue
            exclude = NOT_THIS.get(norm)
            if exclude and exclude.search(sentence) and not KEEP.get(norm, NEVER).search(sentence):
                continue
            if NEGATED.search(sentence[max(0, m.start() - 40) : m.start()]) or NOT_NEEDED.search(
                sentence[m.end() : m.end() + 40]
            ):
                continue
            hits.append((norm, offset + m.start(), offset + m.end()))
            break
    return hits


def _number(word: str | None) -> int | None:
    if not word:
        return None
    if word.isdigit():
        return int(word)
    low = word.lower()
    return NUMBER_WORDS.get(low) or EXTRA_NUMBERS.get(low)


def _members(
    doc: DocText, text: str, articles: list[Article], evidence: list[Evidence]
) -> list[StructureValue]:
    """members_min / members_max: 'bestaat uit ten minste vijf en ten hoogste negen leden'."""
    lo = hi = None
    ev = None
    for article in (a for a in articles if not a.explanatory):
        for m in MEMBERS.finditer(text, article.start, article.end):
            chair = int(
                bool(CHAIR_BEFORE.search(text[max(0, m.start() - 40) : m.start()]))
                and bool(OTHER_MEMBERS.search(m.group()))
            )
            if m["r_lo"] and _number(m["r_lo"]) is not None and _number(m["r_hi"]) is not None:
                lo, hi = _number(m["r_lo"]) + chair, _number(m["r_hi"]) + chair
            elif m["lo"] and _number(m["lo"]) is not None:
                lo = _number(m["lo"]) + chair
                hi = _number(m["hi"]) + chair if m["hi"] else (None if m["lo_lead"] else lo)
            elif MEMBERS_SHARE.match(text, m.end()) or (m["max"] and hi is not None):
                continue  # a share of the members, or a bound already stated in full
            elif m["max"] and _number(m["max"]) is not None:
                hi = _number(m["max"]) + chair
            elif m["min"] and _number(m["min"]) is not None and lo is None:
                lo = _number(m["min"]) + chair
            else:
                continue
            ev = ev or doc.evidence("structure:members", m.start(), m.end())
        if ev:
            break
    if ev is None:
        return [StructureValue("members_min", None), StructureValue("members_max", None)]
    evidence.append(ev)
    return [
        StructureValue(name, None if v is None else str(v), ev.page_no, ev.snippet, ev.char_start,
                       ev.char_end)
        for name, v in (("members_min", lo), ("members_max", hi))
    ]  # fmt: skip


# --- the jaarverslag ---------------------------------------------------------------

ACHTERBAN = {
    "spreekuur": re.compile(r"\b(\w*spreeku(?:ur|ren)|inloop\w*|inlopen)\b", re.I),
    "bijeenkomst": re.compile(
        r"\b(\w*bijeenkomst\w*|(?:achterban|thema|informatie|inwoners|ontmoetings)-?avond\w*|"
        r"bijeenkomsten|koffieochtend\w*|inwonersavond\w*)",
        re.I,
    ),
    "enquête": re.compile(r"\b(enqu[eê]te\w*|vragenlijst\w*|peiling\w*|rondvraag\s+onder)", re.I),
    "panel": re.compile(r"\b(\w*panel\w*)", re.I),
    "website": re.compile(r"\b(website\w*|webpagina|site)\b", re.I),
    "nieuwsbrief": re.compile(r"\b(nieuwsbrie\w*)", re.I),
}
#: Members attending someone else's meeting or a course is no outreach to the achterban.
ATTENDED = re.compile(
    r"\b(aanwezig\s+bij|namen\s+deel\s+aan|nam\s+deel\s+aan|volgde\w*|cursus|training|congres|"
    r"werkgroep\w*|plenair\w*)",
    re.I,
)
#: A members' table: "Naam | Functie | Lid sinds".
MEMBER_TABLE_HEAD = re.compile(r"functie|lid\s+sinds|rol\b|zitting|benoemd", re.I)
WORK_PLAN = re.compile(r"\b(werkplan\w*|jaarplan\w*|activiteitenplan\w*|werkprogramma\w*)", re.I)
VACANCY = re.compile(
    r"\b(vacature\w*|vacant\w*|onvervulde?\s+zetel\w*|openstaande\s+plaats\w*)", re.I
)
NO_VACANCY = re.compile(
    r"\b(geen|zonder)\s+(?:\w+\s+){0,2}(vacature|vacant)|vacatures?\s+(?:\w+\s+){0,4}"
    r"(?:vervuld|ingevuld|opgevuld)|\ballezetels\b|volledig\s+bezet|voltallig",
    re.I,
)
MEETING_PARTY = re.compile(r"\b(wethouder\w*|college|portefeuillehouder\w*|bestuurder\w*)\b", re.I)
MEETING_WORD = re.compile(
    r"\b(overleg\w*|gesprek\w*|gesproken|spr[aeo]ken|sprak|ontmoet\w*|vergader\w*|bijgepraat)", re.I
)
_NUMWORD = r"\d{1,2}|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf"
MEETING_COUNT = re.compile(
    rf"\b(?P<n>{_NUMWORD})\s*(?:(?:keer|maal)\b|(?:\w+\s+){{0,2}}(?:overleg\w*|gesprek\w*|"
    rf"bestuurlijke?\s+overleg\w*|ontmoeting\w*))",
    re.I,
)
N_MEMBERS = re.compile(
    r"\b(?:telde|had|heeft|bestond\s+(?:\w+\s+){0,3}?uit|bestaat\s+(?:\w+\s+){0,3}?uit|telt)\s+(?:de\s+\w+\s+)?"
    r"(?:\w+\s+){0,3}?(?P<n>\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|"
    r"twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig)\s+"
    r"(?!nieuwe\b|oude\b|vertrekkende\b)(?:\w+\s+)?leden\b|\b(?P<n2>\d{1,2})\s+leden\s+(?:telde|had|heeft)",
    re.I,
)


def report_structure(
    doc: DocText, pages: tuple[Page, ...], year: int | None, tables: tuple[Table, ...] = ()
) -> tuple[list[StructureValue], list[Evidence]]:
    """What the jaarverslag shows for its year: published, work plan, achterban, meetings, vacancies."""
    complete = not any(p.text_source in ("needs_ocr", "empty") for p in pages)
    evidence: list[Evidence] = []
    title = re.search(r"\bjaarverslag\w*|\bjaarrapportage", doc.text, re.I)
    if title:  # the report itself is the evidence that it was published: its title
        ev = doc.evidence("structure:annual_report_published", title.start(), title.end())
        evidence.append(ev)
        values: list[StructureValue] = [_value("annual_report_published", "true", ev, year)]
    else:
        values = [StructureValue("annual_report_published", "true", year=year)]
    hits: dict[str, tuple[str, int, int]] = {}
    kinds: list[str] = []
    kind_ev: Evidence | None = None
    vacancy: bool | None = None
    meetings: tuple[int, int, int] | None = None
    members: tuple[int, int, int] | None = None
    text = _flat(doc.text)
    for s, e in _report_sentences(text):
        sentence = text[s:e]
        m = WORK_PLAN.search(sentence) if "work_plan_present" not in hits else None
        if m and not NEGATED.search(sentence[max(0, m.start() - 40) : m.start()]):
            hits["work_plan_present"] = ("true", s + m.start(), s + m.end())
        outreach = "€" not in sentence and not ATTENDED.search(
            sentence
        )  # not budget, not members' visits
        for kind, pattern in ACHTERBAN.items() if outreach else ():
            if kind not in kinds and (m := pattern.search(sentence)):
                kinds.append(kind)
                kind_ev = kind_ev or doc.evidence(
                    "structure:achterban_activities", s + m.start(), s + m.end()
                )
        if vacancy is None and VACANCY.search(sentence):
            vacancy = not NO_VACANCY.search(sentence)
            m = VACANCY.search(sentence)
            hits["vacancies"] = ("true" if vacancy else "false", s + m.start(), s + m.end())
        talks = (
            meetings is None and MEETING_PARTY.search(sentence) and MEETING_WORD.search(sentence)
        )
        if talks and (m := MEETING_COUNT.search(sentence)) and _number(m["n"]):
            meetings = (_number(m["n"]), s + m.start(), s + m.end())
        if members is None and (m := N_MEMBERS.search(sentence)):
            n = _number(m["n"] or m["n2"])
            if n:
                members = (n, s + m.start(), s + m.end())
    for name, (value, start, end) in hits.items():
        ev = doc.evidence(f"structure:{name}", start, end)
        evidence.append(ev)
        values.append(_value(name, value, ev, year))
    if "work_plan_present" not in hits:
        values.append(StructureValue("work_plan_present", "false" if complete else None, year=year))
    if "vacancies" not in hits:
        values.append(StructureValue("vacancies", "false" if complete else None, year=year))
    if kinds and kind_ev:
        evidence.append(kind_ev)
        values.append(_value("achterban_activities", ",".join(sorted(kinds)), kind_ev, year))
    else:
        values.append(StructureValue("achterban_activities", "" if complete else None, year=year))
    counted = _members_table(tables) if members is None else None
    if counted:
        ev = Evidence("structure:n_members", counted[1], counted[2])
        evidence.append(ev)
        values.append(_value("n_members", str(counted[0]), ev, year))
    for name, found in (("meetings_with_college", meetings), ("n_members", members)):
        if name == "n_members" and counted:
            continue
        if found:
            ev = doc.evidence(f"structure:{name}", found[1], found[2])
            evidence.append(ev)
            values.append(_value(name, str(found[0]), ev, year))
        else:
            values.append(StructureValue(name, None, year=year))
    return values, evidence


#: Sentence ends, but not after an initial ("mevrouw T. Kuijpers"): a report names people.
_REPORT_SENTENCE_END = re.compile(r"(?<![\s(][A-Z]\.)(?<=[.!?;])\s+|\n\s*\n|\n(?=\s*[-•*]\s)")


def _report_sentences(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for match in _REPORT_SENTENCE_END.finditer(text):
        if match.start() > pos:
            spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _members_table(tables: tuple[Table, ...]) -> tuple[int, int, str] | None:
    """(members, page, header) from a table of names with their role or start year."""
    for table in tables:
        header = [c or "" for c in table.rows[0]] if table.rows else []
        if not header or not re.search(r"naam", header[0], re.I):
            continue
        if not any(MEMBER_TABLE_HEAD.search(c) for c in header[1:]):
            continue
        rows = [r for r in table.rows[1:] if r and (r[0] or "").strip()]
        named = [r for r in rows if not VACANCY.search(" ".join(c or "" for c in r))]
        return len(named), table.page_no, " | ".join(header)
    return None


def _value(name: str, value: str, ev: Evidence, year: int | None) -> StructureValue:
    return StructureValue(
        name, value, ev.page_no, ev.snippet, ev.char_start, ev.char_end, year=year
    )
