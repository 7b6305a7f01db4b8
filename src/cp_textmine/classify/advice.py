"""Advice facts: requested or not, the request date, topic cues (recommendations: recommendations.py)."""

from __future__ import annotations

import math
import re
from datetime import date

from cp_textmine.classify.recommendations import count_recommendations
from cp_textmine.classify.taxonomy import Taxonomy
from cp_textmine.read import rx
from cp_textmine.read.dates import find_dates
from cp_textmine.read.doctext import DocText, unspaced
from cp_textmine.read.header import header_fields
from cp_textmine.records import Evidence

UNSOLICITED = rx.compile(
    # ("de toeslag uit eigen beweging uit te betalen": the college acting unasked, not the council)
    r"\b(ongevraagd(e)?\s+advie[sz]|ongevraagd\b|uit\s+eigen\s+beweging(?!\s+(uit\s+te\s+betalen|toe\s+te\s+kennen|over\s+te\s+maken|"
    r"te\s+(betalen|verstrekken|benaderen|bellen|informeren|verlengen)))|"
    r"op\s+eigen\s+initiatief|"
    r"eigener\s+beweging|(wij|de\s+raad)\s+(wil|willen)\s+u\s+(graag\s+)?(ongevraagd|uit\s+eigen)|"
    # "uit zichzelf" of the council or its advice (not "laat de contactpersoon uit zichzelf
    # contact opnemen": someone else acting unasked)
    r"(wij|we|de\s+[\w-]*raad)\s+(\w+\s+){0,3}?uit\s+(zich)?zelf|"
    r"uit\s+(zich)?zelf\s+(\w+\s+){0,3}?(advies|adviezen|adviseren|schrijven|aan\s+u|tot\s+u)\b|"
    r"(op|uit)\s+eigen\s+(houtje|initiatief)|"
    r"(besloten|besluiten|besloot)\s+(om\s+)?u\s+(hier|daar|er)?(over)?\s*(zelf|uit\s+eigen\s+beweging)|"
    # "Tijdens onze vergadering van 9 september hebben wij besloten u hierover een brief te schrijven"
    r"(besloten|besloot)\s+(om\s+)?u\s+(hier|daar|er)(over|op)\s+(een\s+)?(brief|advies)\s+te\s+"
    r"(schrijven|sturen|geven|zenden)|"
    r"(zelf|zelfstandig)\s+(een\s+)?(advies\s+)?(uit\s+te\s+brengen|te\s+(schrijven|adviseren))|"
    r"niet[- ]gevraagd|initiatiefadvie[sz]|recht\s+op\s+(initiatief|ongevraagd)\s*advies|"
    r"(geen|zonder)\s+(advies)?(aanvraag|verzoek\s+om\s+advies|adviesverzoek)|"
    r"(niet|nooit)\s+(om\s+(ons\s+)?advies\s+)?(is\s+)?gevraagd|"
    # "de bevoegdheid het college ook zonder daartoe strekkend verzoek te adviseren"
    r"zonder\s+(daartoe\s+)?(strekkend\s+)?(verzoek|vraag|aanvraag)\s+(\w+\s+){0,4}?te\s+adviseren|"
    # "heeft onze raad besloten zijn zienswijze aan u kenbaar te maken"
    r"[\w-]*raad\s+besloten\s+(om\s+)?(zijn|haar|onze)\s+(zienswijze|visie|mening|standpunt)\s+(aan\s+u\s+)?"
    r"(kenbaar\s+te\s+maken|te\s+geven)|"
    # "U heeft ons er niet om gevraagd"
    r"(heeft|hebt)\s+(u\s+)?(ons|de\s+[\w-]*raad)\s+(er\s+)?(niet|nooit)\s+(om\s+)?gevraagd|"
    # "Aanleiding voor dit advies zijn signalen uit onze achterban": the council's own start
    r"aanleiding\s+(voor\s+dit\s+advies\s+)?(zijn|is|waren|vormen|vormden)\s+(de\s+)?(\w+\s+)?signalen|"
    r"naar\s+aanleiding\s+van\s+(\w+\s+){0,2}signalen\s+uit\s+(onze|de|haar)\s+achterban|"
    # "Die signalen lijken op elkaar, en dat was voor ons reden om er dieper op in te gaan"
    r"(signalen|verhalen|meldingen|klachten)\b[^.;?]{0,80}\b(was|waren|vormde|vormden|is|zijn)\s+"
    r"(voor\s+(ons|de\s+[\w-]*raad)\s+)?(de\s+)?(reden|aanleiding)\s+(om|voor|tot)\b|"
    r"zelf\s+het\s+initiatief|zonder\s+dat\s+(?!(iemand|niemand|men|hij|zij|ze|mensen|inwoners)\b)(\w+\s+){0,4}?(een\s+)?"
    r"(verzoek|vraag|gevraagd|vroeg|vroegen|verzocht)\b|"
    # "uit onszelf", "geen adviestraject voorzien", "geen antwoord op een nieuwe vraag van uw kant"
    r"uit\s+onszelf|geen\s+advies(traject|procedure|vraag)|"
    # the letter's own purpose, to raise a matter: "De Wmo-adviesraad wil in deze brief uw
    # aandacht vragen voor ...", "Met deze brief vragen wij uw aandacht voor ..."
    r"(wil|willen)\s+(graag\s+)?(met|in)\s+(deze|dit)\s+(brief|advies|notitie)\s+(graag\s+)?uw\s+aandacht\s+vragen|"
    r"met\s+(deze|dit)\s+(brief|advies|notitie)\s+(vraagt|vragen)\s+(wij|we|de\s+[\w-]*raad)\s+(graag\s+)?uw\s+aandacht|"
    # "De cliëntenraad ontving de afgelopen maanden veel signalen van ...": its own start
    r"(ontving|ontvingen|kreeg|kregen|hoorde|hoorden)\s+([\w-]+\s+){0,8}?signalen\b|"
    # "De afgelopen maanden bereikten ons uit verschillende hoeken berichten over ..."
    r"(bereikten|bereikte)\s+(ons|de\s+[\w-]*raad)\s+([\w-]+\s+){0,6}?(berichten|signalen|meldingen|klachten)\b|"
    # "heeft de Wmo-adviesraad opvallend veel berichten ontvangen van inwoners"
    r"(signalen|berichten|meldingen|klachten)\s+(\w+\s+){0,2}?(ontvangen|gekregen|binnengekregen)\s+"
    r"(van|uit)\s+(\w+\s+){0,2}?(inwoners|cliënten|clienten|mantelzorgers|achterban|deelnemers|ouders)\b|"
    r"geen\s+(antwoord\s+op\s+een\s+)?(nieuwe\s+)?(vraag|verzoek)\s+(van\s+uw\s+kant|van\s+u\b|van\s+het\s+college)|"
    # a draft sent for information only, on which the council advises all the same
    r"ter\s+kennisname\s+(\w+\s+){0,3}(toegestuurd|toegezonden|gestuurd|ontvangen|gedeeld)|"
    r"(toegestuurd|toegezonden|gestuurd|ontvangen|gedeeld)\s+ter\s+kennisname|"
    # "ontving de raad van de afdeling het concept van de Nadere regels, ter informatie"
    r"(ontving|ontvingen|toegestuurd|toegezonden|gestuurd|gedeeld)\b[^.;]{0,100}?\b(concept\w*|ontwerp\w*|"
    r"stukken|nota|regels|regeling\w*|verordening\w*|beleidsplan\w*)\b[^.;]{0,80}?\bter\s+informatie\b|"
    # "Na de Dag van de Mantelzorg besloot de raad zelf om het onderwerp te onderzoeken"
    r"(besloot|besloten)\s+(de\s+[\w-]*raad|wij|we|het\s+[\w-]*platform)\s+zelf\b|"
    # "Wij wachten niet af tot u ons om advies vraagt": the council goes ahead of a request
    r"(wachten|wacht)\s+niet\s+(\w+\s+)?af\s+(tot|totdat|of)\s+(u|het\s+college)\b[^.]{0,40}\b(advies|vraagt|vraag)\b)",
    re.I,
)
REQUESTED = rx.compile(
    # "de aanvraag" alone is an inhabitant's application (bijstand, Wmo), not the college's
    r"\b(gevraagd(e)?\s+advie[sz]|"
    # "danken wij u dat u ons bij brief van 22 september jl. om advies hebt gevraagd"
    r"u\s+(ons|de\s+[\w-]*raad)\b(?:[^.;]|\bjl\.|\bd\.d\.){0,60}?\bom\s+(een\s+)?advies\s+(hebt|heeft)\s+gevraagd|"
    # "dankt het college voor de gelegenheid om over de conceptverordening te adviseren": the
    # college offered the chance to advise
    r"(dank|danken|dankt|bedanken|bedankt)\s+([\w-]+\s+){0,4}?voor\s+de\s+(geboden\s+)?gelegenheid\s+(om|tot)\b"
    r"[^.;]{0,120}?\b(te\s+adviseren|advies\s+(uit\s+te\s+brengen|te\s+geven)|te\s+reageren|advisering|reactie)\b|(uw|de|het)\s+adviesaanvraag|uw\s+aanvraag\s+(om|tot|van)\b|uw\s+verzoek\s+(om|tot)\s+advies|"
    r"adviesverzoek|verzoek\s+om\s+advies|u\s+(heeft|hebt)\s+(ons|de\s+raad)\s+(om\s+advies\s+)?gevraagd|"
    r"(heeft|hebt)\s+u\s+(ons|de\s+raad)\s+(om\s+(een\s+)?advies\s+)?gevraagd|op\s+uw\s+verzoek|"
    r"vraagt\s+u\s+(ons|de\s+raad)|om\s+advies\s+gevraagd|advies\s+gevraagd|"
    r"(u|het\s+college|de\s+gemeente|de\s+wethouder)\s+(vroeg|vroegen|heeft|hebt)\s+(ons|de\s+(\w+)?raad)\s+(\w+\s+){0,4}(te\s+(reageren|adviseren)|gevraagd|voorgelegd)|"
    r"(legde|legden)\s+(u|het\s+college)\s+(ons|de\s+(\w+)?raad)\b[^.]{0,80}\bvoor|"
    r"(ter\s+advisering|om\s+advies|voor\s+advies)\s+(aan\s+(ons|de\s+raad)\s+)?voorgelegd|"
    r"(heeft|hebt)\s+(het\s+college|u)\s+(ons|de\s+(\w+)?raad)\b[^.]{0,60}\b(voorgelegd|gevraagd)|"
    # "Bij brief van 26 augustus jl. vroeg u ons advies over ...": the advice itself asked for
    r"\b(vroeg|vroegen|verzocht|verzochten)\s+(u|het\s+college|de\s+wethouder)\s+(ons|de\s+[\w-]*raad)\s+"
    r"(om\s+)?(een\s+|uw\s+|ons\s+)?(advies|zienswijze)\b|"
    r"\b(u|het\s+college|de\s+wethouder)\s+(vroeg|vroegen|verzocht)\s+(ons|de\s+[\w-]*raad)\s+(om\s+)?"
    r"(een\s+)?(advies|zienswijze)\b|"
    # "Wethouder Vermeulen vroeg ons op 12 juni om dit advies": whoever asks, the advice was asked
    # ("vroeg u de ASDW om advies": the council named by its initials)
    r"(vroeg|vroegen|verzocht|verzochten)\s+(u\s+)?(ons|de\s+([\w-]+\s+){0,3}?[\w-]*raad|de\s+(?-i:[A-Z]{2,6}))\b[^.]{0,80}\b"
    r"(om\s+(\w+\s+){0,2}advies|te\s+adviseren|te\s+reageren|(om\s+)?een\s+reactie|"
    # "vroeg u ons of de adviesraad op korte termijn zijn zienswijze wilde geven"
    r"(zijn|haar|onze|een)\s+(zienswijze|inbreng|visie|mening)\b)|"
    # "met dit advies, waar wethouder Van der Plas ons tijdens het overleg van 3 april om vroeg"
    r"\bwaar\s+(u|het\s+college|de\s+gemeente|(de\s+)?wethouder(\s+((?-i:[A-Z])[\w-]+|van|der|den|de|ter|ten)){0,4})\s+"
    r"(ons|de\s+[\w-]*raad)\s+([\w.-]+\s+){0,8}?om\s+(vroeg|vroegen|verzocht|heeft\s+gevraagd)\b|"
    # "vroeg de afdeling Werk en Inkomen ons namens u om advies": asked on the college's behalf
    r"\b(vroeg|vroegen|verzocht|verzochten)\s+(de|het|een|uw)\s+([\w-]+\s+){0,4}?(ons|de\s+[\w-]*raad)\s+"
    r"namens\s+(u|het\s+college|de\s+wethouder|de\s+gemeente)\b|"
    # "verzocht uw beleidsadviseur Mantelzorg ons om advies": the college's officer asks
    r"\b(vroeg|vroegen|verzocht|verzochten)\s+uw\s+([\w-]+\s+){0,3}?(ons|de\s+[\w-]*raad)\s+om\s+"
    r"(\w+\s+){0,2}advies\b|"
    # a header field "Uw verzoek: e-mail d.d. 5 februari jl.", or without its colon: "Uw verzoek
    # e-mail d.d. 4 juni 2025"
    r"(?m:^)[ \t]*uw\s+(verzoek|adviesverzoek)\s*:[ \t]*\S|"
    r"(?m:^)[ \t]*uw\s+(verzoek|adviesverzoek|adviesvraag)\b[^\n]{0,60}?\b(19|20)\d\d\b|"
    # a header field "Aanleiding   verzoek van de wethouder in het periodiek overleg van ..."
    r"(?m:^)[ \t]*aanleiding\s*:?[ \t]+(het\s+|een\s+)?(verzoek|vraag|adviesaanvraag|adviesverzoek)\s+"
    r"(van|door)\s+(het\s+college|de\s+gemeente|de\s+wethouder|u\b|uw\b)|"
    # "ontvingen wij van uw beleidsadviseur het verzoek om vóór 1 juli een advies te geven"
    r"(ontving|ontvingen|kreeg|kregen)\s+(wij|we|de\s+[\w-]*raad)\b[^.]{0,80}?\bhet\s+verzoek\s+(om\s+)?"
    r"([^.]{0,40}?\s)?(een\s+)?(advies|te\s+adviseren|een\s+reactie)\b|"
    # "Met deze memo voldoen wij aan dat verzoek", "geven wij gehoor aan uw verzoek"
    r"\bvoldoen\s+(wij|we)\s+(graag\s+)?aan\s+(dat|dit|uw|het|uw\s+\w+)\s+verzoek\b|"
    r"\bgeven\s+(wij|we)\s+(graag\s+)?gehoor\s+aan\s+(dat|dit|uw|het)\s+verzoek\b|"
    # "In het overleg van 14 januari heeft wethouder Francke de adviesraad gevraagd om mee te
    # kijken", "Gelet op de planning is ons gevraagd uiterlijk eind februari te reageren"
    r"\b(heeft|had)\s+(het\s+college|de\s+gemeente|(de\s+)?wethouder(\s+(?-i:[A-Z])[\w-]+){0,2})\s+"
    r"(ons|de\s+([\w-]+\s+){0,3}?[\w-]*raad)\s+(\w+\s+){0,4}?(gevraagd|verzocht)\b|"
    r"\bis\s+(ons|de\s+[\w-]*raad)\s+gevraagd\b[^.]{0,60}\bte\s+(reageren|adviseren)\b|"
    # "Toen u ons op 11 maart om een reactie vroeg": the asking told in a subordinate clause
    r"\bu\s+(ons|de\s+([\w-]+\s+){0,3}?[\w-]*raad)\s+([^.]{0,60}?\s)?om\s+(een\s+)?(advies|reactie|zienswijze)\s+"
    r"(vroeg|vroegt|verzocht|heeft\s+gevraagd|hebt\s+gevraagd)\b|"
    # "uw verzoek van 17 maart", "(uw verzoek d.d. 8 januari 2025)", "Onderwerp: adviesvraag ..."
    r"uw\s+(schriftelijke?\s+)?(verzoek|vraag|adviesvraag)\s+(om\s+(\w+\s+)?advies\s+)?(van|d\.\s*d\.|dd\.?)\s+\d|"
    r"adviesvraag|datum\s+(van\s+de\s+)?adviesaanvraag|"
    # "heeft u ons verzocht te adviseren", "advies op verzoek van het college", "uitgenodigd een
    # advies in te dienen"
    r"(heeft|hebt)\s+u\s+(ons|de\s+([\w-]+\s+){0,3}?[\w-]*raad)\s+(\w+\s+){0,3}?(verzocht|gevraagd)\b|"
    # ("Naar aanleiding van: verzoek van de wethouder Sociaal Domein in het periodiek overleg")
    r"(op|(naar\s+aanleiding\s+van|n\.a\.v\.)\s*:?\s*(het\s+)?)\s*verzoek\s+van\s+"
    r"(het\s+college|de\s+gemeente|de\s+wethouder|u)\b|"
    # "Het college heeft de adviesraad met de brief van 9 september gevraagd te adviseren",
    # "Adviesaanvraag: brief van 9 september 2025"
    r"(het\s+college|de\s+gemeente|de\s+wethouder)\s+(heeft|had)\s+(ons|de\s+([\w-]+\s+){0,3}?[\w-]*raad)\b"
    r"[^.]{0,80}?\b(gevraagd|verzocht)\b|adviesaanvraag\s*:\s*\S|"
    # a header field without a colon: "Adviesaanvraag   e-mail van de beleidsadviseur, 9 december 2024"
    r"(?m:^)[ \t]*adviesaanvraag\b(?!\s+(verwacht|aangekondigd))[^\n]{0,80}?\b(19|20)\d\d\b|"
    # ("uitgenodigd om zijn zienswijze te geven op de ombuigingen")
    r"uitgenodigd\s+(om\s+)?(\w+\s+){0,2}?(advies|te\s+adviseren|te\s+reageren|een\s+reactie|"
    r"(zijn|haar|onze|een)\s+(zienswijze|visie|inbreng|mening)\s+te\s+geven)|"
    # "toegezonden met het verzoek daarover te adviseren", "met de vraag er advies over te geven"
    r"met\s+(het\s+verzoek|de\s+vraag)\s+(\w+\s+){0,5}?(te\s+adviseren|advies|te\s+reageren|een\s+reactie)|"
    # "ontving de Wmo-raad ... het concept van de nieuwe beleidsregels, ter advisering"
    r"(ontving|ontvingen|kreeg|kregen|ontvangen|toegestuurd|toegezonden|gestuurd)\b[^.]{0,160},?\s+ter\s+advisering\b)",
    re.I,
)
REQUEST_DATE_CONTEXT = rx.compile(
    r"(adviesaanvraag|aanvraag|verzoek(\s+om\s+advies)?|uw\s+brief|uw\s+e-?mail|adviesverzoek)"
    r"(\s+\w+){0,3}\s+(van|d\.?d\.?|gedateerd|op|ontvingen\s+wij\s+op)\s*$",
    re.I,
)


#: the council's role in its letterhead or introduction ("wij geven gevraagd en ongevraagd
#: advies"), which says nothing about this advice
ROLE = rx.compile(
    r"\b(zowel\s+)?(on)?gevraagd(e)?\s+(en|of|als|én|&)\s+(on)?gevraagd(e)?\b|\(on\)gevraagd(e)?\b",
    re.I,
)


#: a sentence about the rules for advice (an advice on the verordening itself): "Wij adviseren
#: op te nemen dat het college ... ook op ongevraagde adviezen een standpunt inneemt"
ABOUT_THE_RULES = rx.compile(
    r"^(?=.*\b(?:adviseren|adviseert|stellen\s+(?:wij\s+)?voor|bevelen|pleiten|vragen\s+u)\b)"
    r"(?=.*\b(?:op\s+te\s+nemen|opnemen|vast\s+te\s+leggen|vastleggen|toe\s+te\s+voegen)\b)",
    re.I | re.S,
)


#: a sentence telling of an advice the council gave before ("Eerder dit jaar adviseerden wij
#: u, op uw verzoek, over de Meedoenregeling"): its being asked says nothing about this one
EARLIER_ADVICE = rx.compile(
    r"^(?=.*\b(?:adviseerden|adviseerde|geadviseerd|(?:ons|het|een)\s+(?:eerdere?|vorige)\s+advies)\b)",
    re.I | re.S,
)


def _first_cue(
    pattern: re.Pattern[str], head: str, aside: re.Pattern[str] = ABOUT_THE_RULES
) -> re.Match[str] | None:
    """The first cue not inside a sentence ``aside`` marks: about the rules for advice (an
    advice on the council's own verordening speaks of asked and unasked advice as its subject,
    not its own status), or about an earlier advice."""
    for m in pattern.finditer(head):
        start = max(head.rfind(".", 0, m.start()), head.rfind("\n\n", 0, m.start())) + 1
        end = head.find(".", m.end())
        sentence = head[start : end if end >= 0 else len(head)]
        if not aside.match(sentence):
            return m
    return None


#: the subject and opening, where a letter says whether it was asked for
HEAD_CHARS = 3000
#: the lines at the top where a title stands
TITLE_LINES = 12


def detect_requested(doc: DocText) -> tuple[bool | None, float, Evidence | None]:
    """Gevraagd (True) / ongevraagd (False) from the subject and opening; None when silent."""
    text = ROLE.sub(lambda m: " " * len(m.group()), doc.text)  # offsets kept
    head = text[:HEAD_CHARS]
    unsolicited = _first_cue(UNSOLICITED, head)
    requested = _first_cue(REQUESTED, head, EARLIER_ADVICE)
    if unsolicited and (not requested or unsolicited.start() <= requested.start() + 200):
        return False, 0.9, doc.evidence("requested", unsolicited.start(), unsolicited.end())
    spaced = _spaced_unasked_title(head)
    if spaced and (not requested or spaced[0] <= requested.start()):
        # a title in letter-spaced capitals above the text: "O N G E V R A A G D A D V I E S"
        return False, 0.9, doc.evidence("requested", *spaced)
    if requested:
        return True, 0.85, doc.evidence("requested", requested.start(), requested.end())
    # the rest, from a little before the head's end: a sentence across it is read whole
    rest_from = max(0, HEAD_CHARS - 300)
    rest = text[rest_from:]
    late_unsolicited = _first_cue(UNSOLICITED, rest)
    late_requested = _first_cue(REQUESTED, rest, EARLIER_ADVICE)
    if late_requested and not late_unsolicited:  # a footnote: "toegezonden met het verzoek ..."
        start = rest_from + late_requested.start()
        return True, 0.85, doc.evidence("requested", start, rest_from + late_requested.end())
    if late_unsolicited and not late_requested:  # "Tot slot: wij hebben dit advies uit eigen
        start = rest_from + late_unsolicited.start()  # beweging opgesteld"
        return False, 0.85, doc.evidence("requested", start, rest_from + late_unsolicited.end())
    if re.search(r"\buw\s+kenmerk\b", head, re.I):
        match = re.search(r"\buw\s+kenmerk\b", head, re.I)
        return True, 0.6, doc.evidence("requested", match.start(), match.end())
    return None, 0.5, None


def _spaced_unasked_title(head: str) -> tuple[int, int] | None:
    """(start, end) of a title line in letter-spaced capitals that reads "ongevraagd advies"
    (the cues look for the word, which the spacing breaks)."""
    start = 0
    for line in head.split("\n")[:TITLE_LINES]:
        read = unspaced(line)
        if read != line and read.replace(" ", "").upper().startswith("ONGEVRAAGD"):
            return start, start + len(line)
        start += len(line) + 1
    return None


def find_request_date(doc: DocText, own_date: date | None) -> tuple[date | None, Evidence | None]:
    """The date of the college's request, when the advice mentions it."""
    header = header_fields(doc)
    for label in ("uw brief van", "uw brief d.d.", "uw e-mail van"):
        if label in header:
            dates = find_dates(header[label].value)
            if dates:
                return dates[0].value, doc.evidence(
                    "request_date", header[label].start, header[label].end
                )
    for mention in find_dates(doc.text[:5000], anchor=own_date):
        before = doc.text[max(0, mention.start - 70) : mention.start]
        if REQUEST_DATE_CONTEXT.search(before):
            if own_date and mention.value > own_date:
                continue
            return mention.value, doc.evidence("request_date", mention.start, mention.end)
    return None, None


def topic_cue_scores(text: str, taxonomy: Taxonomy, focus: str = "") -> dict[str, float]:
    """A 0..1 score per topic from cue-word hits (saturating).

    ``focus`` is the subject line and the recommendations: what the advice is about. A cue
    there counts three times as much as a passing mention in the body, where every council
    letter names its achterban, uitkeringen and brieven.
    """
    scores = {}
    strong = taxonomy.cue_patterns(strong_only=True)
    foreign = taxonomy.foreign_phrases
    for code, pattern in taxonomy.cue_patterns().items():
        own_text, own_focus = text, focus
        if foreign.get(code):
            own_text, own_focus = foreign[code].sub(" ", text), foreign[code].sub(" ", focus)
        if code not in strong or not strong[code].search(own_text):
            scores[code] = 0.0  # weak context words alone ("uitkering", "jongeren") never fire
            continue
        found = pattern.findall(own_text)
        hits, distinct = len(found), len({h.lower() for h in found})
        focused = len({h.lower() for h in pattern.findall(own_focus)}) if own_focus else 0
        scores[code] = 1 - math.exp(-(0.25 * hits + 0.4 * distinct + 1.2 * focused) / 2.5)
    return scores


def advice_focus(doc: DocText, subject: str | None) -> str:
    """The subject line plus the recommendation sentences: where an advice says what it is about."""
    _, evidence = count_recommendations(doc)
    return "\n".join([subject or "", *(e.snippet for e in evidence)])
