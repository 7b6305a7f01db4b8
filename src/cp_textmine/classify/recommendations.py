"""How many recommendations an advice makes, and where they stand.

Why: councils write recommendations as "Advies 1" headings, as rows of a table with an advice
column, as numbered, lettered or bulleted lists (often beside lists of observations, questions
or praise, or under theme titles), or in running prose ("Wij vragen het college om ...", "Het
zou goed zijn als ...", "Houd de regeling apart."). A recommendation asks the college to act:
an imperative at the start of an item or sentence ("Verhoog de grens", "Zorg dat"), or an
advising verb. Observations ("Het programma zet in op ..."), questions, titles and requests to
weigh the advice itself are not counted; a summary repeating the recommendations counts once.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from cp_textmine.read import rx
from cp_textmine.read.doctext import DocText, paragraph_spans, split_sentences
from cp_textmine.read.lexicon import dutch_infinitives
from cp_textmine.read.prefilter import prefiltered
from cp_textmine.read.terms import LETTER_END
from cp_textmine.records import Evidence, Table

#: "Advies 3" opening a line; a scan may glue a few lower-case specks before it ("sekAdvies 7")
ADVICE_HEADING = rx.compile(
    # ("Advies 3.1", "Advies 3.2": asks numbered per chapter of the plan)
    r"^[^\w\n]*(?:(?-i:[a-z]{1,3})(?=(?-i:[A-Z])))?(advies|aanbeveling|adviespunt)\s*(\d{1,2})(?:\.(\d{1,2}))?\b",
    re.I | re.M,
)
ROMAN = r"(?:i{1,3}|iv|vi{0,3}|ix|x)"
#: a list marker alone on its line, before the line that holds its item's text
LONE_MARKER_LINE = rx.compile(
    r"(?m)^[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[•▪■●◦])[ \t]*\n(?=[ \t]*[^\s\d])"
)
LIST_ITEM = rx.compile(
    # (a scan's OCR may put a stray quote before the number and a dash after it: "“4.-Ondersteun")
    # ("4.1 de referteperiode te verkorten;": asks numbered within the advice's section)
    rf"^\s*(?:[“”„‘’\"']\s*(?=\d))?(?:(?P<marker>\(\d{{1,2}}\)|\([a-z]\)|\d{{1,2}}\.\d{{1,2}}\.?(?=\s)|"
    rf"\d{{1,2}}[a-z]?[.)]|\d{{1,2}}\s*[·•]|"
    rf"{ROMAN}[.)]|[a-zA-Z][.)]|[-•*–·▪■●◦✓✔=▸►▶➤➢]|o(?=\s))\s+|(?P<ocr>\d{{1,2}}[.)]-)(?=[A-Z])|"
    r"(?P<glued>[-–])(?=[a-z]{2}))(?P<body>\S.*)$",
    re.M,
)
#: an advising verb or modal anywhere in an item makes it a recommendation
ADVISING_WORDS = rx.compile(r"\b(advise(ren|ert|er)|aanbevel\w*|verzoeken\s+(wij|we)\s+u)\b", re.I)
#: the line before a list that makes every item a recommendation ("Wij adviseren u:")
ADVISING_INTRO = rx.compile(
    # (the council's name is no advising word: "hebben leden van de adviesraad:" over what they did)
    r"(advis\w+|advie[sz](?!raad|raden|commissie)\w*|aanbevel\w*|"
    # "De Participatieraad geeft u in overweging:"
    r"\b(geeft|geven)\s+(u|het\s+college)\s+(\w+\s+){0,2}?in\s+overweging\b|"
    # "De adviesraad beveelt het college aan:"
    r"\b(beveelt|bevelen|raadt|raden)\s+((u|het\s+college|de\s+gemeente)\s+)?(\w+\s+){0,2}?aan\b|aanbeveling\w*|vragen\s+(wij|we)\s+u|(wij|we)\s+vragen\s+u|"
    r"\b(vraagt|verzoekt|verzoeken)\s+(u|het\s+college)\b|"
    r"stellen\s+(wij|we)\s+(u\s+)?voor|(wij|we)\s+stellen\s+(u\s+)?voor|pleiten\s+(wij|we)|"
    r"(wij|we)\s+pleiten)"
    # (within the colon's sentence: not "een reactie op een advies geeft. In 2024 ging dat mis:")
    r"((?:[^\n.!?]|\.(?!\s+[A-Z]))*:|(?:[^\n.!?]|\.(?!\s+[A-Z]))*\bhet\s+volgende\W*)\s*$",
    re.I,
)
#: a short heading over a list that names it as the advice ("Ons advies", "Aanbevelingen")
ADVICE_TITLE = rx.compile(
    r"\b(advies|adviezen|aanbeveling(en)?|wat\s+wij\s+(u\s+)?adviseren)\b", re.I
)
#: a table column that holds what the council asks ("Ons voorstel", "Wat wij vragen")
ADVICE_COLUMN = rx.compile(
    # "Voorstel adviesraad", "Voorstel van de cliëntenraad": a table per article of a draft
    # ("Wat de Participatieraad adviseert")
    r"\b(ons\s+voorstel|wat\s+wij\s+(u\s+)?vragen|oplossing|voorstel\s+(van\s+de\s+)?[\w-]*raad|"
    r"wat\s+(de|het|onze)\s+[\w-]*(raad|platform)\s+(adviseert|vraagt|voorstelt)|"
    # "nr. | Wij adviseren het college | Toelichting"
    r"^(wij|we)\s+adviseren(\s+(u|het\s+college))?$)\b",
    re.I,
)
#: who advises: "wij", or the council by name ("de adviesraad", "onze raad")
_COUNCIL = (
    r"(?:(?:de|onze|het)\s+(?:[\w-]+\s+)?(?:[\w-]*raad|platform|panel)|"
    # the council by its initials: "De ASD adviseert u ..."
    # (not another body: "De GGD adviseert", "het UWV")
    r"(?:de|het)\s+(?!(?:GGD|UWV|SVB|CAK|VNG|RIVM|CBS|SCP|CJG|IND|COA|DUO|NZA|ACM|CPB)\b)"
    r"(?-i:[A-Z]{2,6})(?=\s))"
)
_WE = rf"(?:wij|we|{_COUNCIL})"
_ADDRESSEE = r"(?:u|het\s+college|de\s+colleges|de\s+gemeente|de\s+wethouder)"
#: a sentence in running text that recommends
ADVISE_SENTENCE = prefiltered(
    rx.compile(
        r"\b("
        rf"{_WE}\s+(adviseren|adviseert)\b|(adviseren|adviseert)\s+{_WE}\b|"
        rf"{_WE}\s+(raden|raadt|bevelen|beveelt)\b[^.]{{0,120}}\baan\b|"
        rf"(raden|raadt|bevelen|beveelt)\s+{_WE}\b[^.]{{0,120}}\baan\b|"
        r"\badvies\s+(is|luidt)\s*:?\s*(om|dat|te)\b|\b(ons|onze)\s+(\w+\s+)?advies\s+luidt\b|"
        r"(\b(ons|onze)\s+(\w+\s+)?|^\W*)(voorstel|aanbeveling|verzoek|wens)\s+(is|luidt)\s*:?\s*(om|dat|te)\b|"
        rf"{_WE}\s+(vragen|vraagt|verzoeken|verzoekt)\s+{_ADDRESSEE}\b[^.?]{{0,160}}?\b(om|te)\b|"
        rf"(vragen|vraagt|verzoeken|verzoekt)\s+{_WE}\s+{_ADDRESSEE}\b[^.?]{{0,160}}?\b(om|te)\b|"
        rf"{_WE}\s+(stellen|stelt)\s+(\w+\s+){{0,2}}?(u\s+)?voor\b|(stellen|stelt)\s+{_WE}\s+(\w+\s+){{0,2}}?(u\s+)?voor\b|"
        # ("zou de adviesraad graag zien dat u ...": the council in the singular)
        rf"(zouden|willen|zou|wil)\s+{_WE}\s+(\w+\s+)?graag\s+zien|{_WE}\s+(zouden|willen|zou|wil)\s+(\w+\s+)?graag\s+zien|"
        rf"(be)?(pleiten|pleit)\s+{_WE}|{_WE}\s+(be)?(pleiten|pleit)\b|"
        rf"{_WE}\s+(dringen|dringt)\s+(er\s*)?(bij\s+{_ADDRESSEE}\s+)?(er)?op\s+aan|"
        rf"{_WE}\s+(roepen|roept)\s+{_ADDRESSEE}\s+op\b|(roepen|roept)\s+{_WE}\s+{_ADDRESSEE}\s+op\b|"
        rf"in\s+overweging\s+(geven|geeft)\s+{_WE}\b|(dringen|dringt)\s+{_WE}\b[^.]{{0,40}}\baan\b|"
        rf"(geven|geeft)\s+{_WE}\s+{_ADDRESSEE}\b[^.]{{0,40}}\b(in|ter)\s+overweging|"
        rf"{_WE}\s+(geven|geeft)\s+{_ADDRESSEE}\b[^.]{{0,40}}\b(in|ter)\s+overweging|"
        r"verdient\s+(het\s+)?aanbeveling|het\s+is\s+(wenselijk|raadzaam|aan\s+te\s+bevelen|verstandig)\s+(om|dat)\b|"
        r"\bgraag\s+zien\s+(wij|we)\s+dat\b|\b(wij|we)\s+zien\s+(\w+\s+)?graag\s+dat\b|"
        rf"\b{_ADDRESSEE}\s+(zou|zouden)\b[^.]{{0,80}}\bmoeten\b|"
        rf"\b(zou|zouden)\s+{_ADDRESSEE}\b[^.]{{0,80}}\bmoeten\b|"
        rf"{_WE}\s+(vinden|vindt)\s+dat\s+{_ADDRESSEE}\b[^.]{{0,120}}\b(moet|moeten|dient|dienen)\b|"
        # the council's view of what someone else must do: "wij vinden daarbij dat de inwoner ...
        # moet kunnen lezen", "het is de mening van de raad dat de consulent ... moet wijzen"
        rf"({_WE}\s+(vinden|vindt|menen|meent)\s+(\w+\s+)?dat|\bmening\s+van\s+{_WE}\s+dat)\b"
        r"[^.]{0,160}\b(moet|moeten)\s+([^.]{0,60}\b)?(kunnen|worden|wijzen|krijgen|komen)\b|"
        rf"({_WE}\s+(vinden|vindt|menen|meent)\s+(\w+\s+)?dat|\bmening\s+van\s+{_WE}\s+dat)\b"
        r"[^.]{0,160}\b(dient|dienen)\b|"
        r"\bhet\s+is\s+(naar\s+ons\s+idee|volgens\s+ons|naar\s+onze\s+mening|in\s+onze\s+ogen|wat\s+ons\s+betreft)\s+"
        r"(\w+\s+)?(belangrijk|nodig|noodzakelijk|essentieel|wenselijk)\s+(om|dat)\b|"
        r"\bzou(den)?\b[^.]{0,60}\b(goed|verstandig|wenselijk|beter|raadzaam|zinvol|helpen|schelen)\b"
        r"[^.]{0,30}\b(als|om|dat|wanneer|indien)\b|"
        # "Het lijkt ons daarom verstandig ... dat de gemeente ...", "en dat is ons tweede advies",
        # "kan naar ons idee vaker worden volstaan met ..."
        r"\bhet\s+lijkt\s+(ons|de\s+raad|mij)\s+(\w+\s+)?(verstandig|goed|wenselijk|raadzaam|zinvol|beter|nodig)\b|"
        r"\b(dat|dit)\s+is\s+ons\s+(eerste|tweede|derde|vierde|vijfde|zesde|zevende|laatste)\s+advies\b|"
        r"\bons\s+(eerste|tweede|derde|vierde|vijfde|zesde|zevende|laatste)\s+advies\s+(is|luidt)\b|"
        r"\b(kan|kunnen|zou|zouden|moet|moeten)\s+(naar\s+ons\s+idee|volgens\s+ons|wat\s+ons\s+betreft)\b|"
        # "vinden wij het wenselijk dat in het nieuwe plan een paragraaf wordt opgenomen", "wij
        # achten het noodzakelijk om ...": the council's view of what should happen, either order
        rf"{_WE}\s+(vinden|vindt|achten|acht)\s+het\s+(\w+\s+)?(wenselijk|noodzakelijk|gewenst|raadzaam|"
        r"aan\s+te\s+bevelen)\s+(om|dat)\b|"
        rf"(vinden|vindt|achten|acht)\s+{_WE}\s+het\s+(\w+\s+)?(wenselijk|noodzakelijk|gewenst|raadzaam|"
        r"aan\s+te\s+bevelen)\s+(om|dat)\b|"
        # "Wij zouden u willen adviseren ...", "De adviesraad zou het college willen meegeven deze
        # functie uit te breiden", "wij geven u mee ... te": the ask put politely (not "meegeven
        # dat", which passes on a view)
        rf"{_WE}\s+(zou|zouden|wil|willen)\s+({_ADDRESSEE}\s+)?(\w+\s+){{0,2}}?(willen\s+)?(adviseren|aanbevelen)\b|"
        rf"(zou|zouden|wil|willen)\s+{_WE}\s+({_ADDRESSEE}\s+)?(\w+\s+){{0,2}}?(willen\s+)?(adviseren|aanbevelen)\b|"
        rf"{_WE}\s+(zou|zouden|wil|willen)\s+{_ADDRESSEE}\s+(\w+\s+){{0,2}}?(willen\s+)?meegeven\s+(?!dat\b)[^.]{{0,160}}\bte\s+\w+|"
        rf"{_WE}\s+(geven|geeft)\s+{_ADDRESSEE}\s+(\w+\s+){{0,3}}?mee\s+(?!dat\b)[^.]{{0,160}}\bte\s+\w+|"
        # "Wij zouden het toejuichen als de afdeling zich vastlegt op ...": a wish put politely
        rf"{_WE}\s+(zouden|zou)\s+het\s+(\w+\s+)?(toejuichen|waarderen|op\s+prijs\s+stellen)\s+(als|wanneer|indien)\b|"
        rf"(zouden|zou)\s+{_WE}\s+het\s+(\w+\s+)?(toejuichen|waarderen|op\s+prijs\s+stellen)\s+(als|wanneer|indien)\b"
        r")",
        re.I,
    )
)
#: "wij vragen u niet om ...": a sentence that explicitly asks nothing
NEGATED_ADVICE = r"\b(adviseren|vragen|raden|bevelen|verzoeken)\s+((wij|we)\s+)?(u\s+)?niet\b"
#: the council describing its task ("wij adviseren vanuit het perspectief van", "adviseert over")
ROLE_DESCRIPTION = (
    r"\badvise(ren|ert)\s+(u\s+|het\s+college\s+)?(gevraagd|ongevraagd|over|vanuit|op\s+verzoek)\b"
)
#: sentences that ask, but not for a recommendation of their own
NOT_A_RECOMMENDATION = prefiltered(
    rx.compile(
        "|".join(
            [
                # to weigh or answer the advice itself: "wij vragen u ze serieus te wegen"
                # or to pass on the council's own findings: "onze bevindingen ook in het regionale
                # overleg in te brengen"
                r"(\b(ons|onze|dit|deze|die)\s+(\w+\s+)?(advies|adviezen|aanbevelingen|punten|"
                r"opmerkingen|bevindingen)|\bze)\b[^.]{0,60}\b(te\s+wegen|mee\s*te\s+(nemen|wegen)|te\s+betrekken|"
                r"over\s*te\s+nemen|te\s+verwerken|ter\s+harte|serieus|in\s+te\s+brengen|"
                r"door\s+te\s+(geven|geleiden|sturen)|voor\s+te\s+leggen)\b",
                r"\buw\s+(schriftelijke\s+)?reactie\b|\bop\s+(dit|ons)\s+advies\s+te\s+reageren",
                # the council's advising named in a clause, no ask: "de stukken waarover wij
                # adviseren", "Hieronder zetten wij uiteen wat wij zien en wat wij adviseren."
                r"\b(waarover|waarop|waarin|waarbij|wat|die|dat)\s+(wij|we|de\s+[\w-]*raad)\s+"
                r"(\w+\s+)?(adviseren|adviseert|aanbevelen|aanbeveelt)\s*[.,;]",
                # "ons schriftelijk en gemotiveerd te laten weten wat u met dit advies doet"
                r"\bte\s+laten\s+weten\s+wat\s+(u|het\s+college)\s+met\s+(dit|ons|het)\s+advies\b",
                # asking how the advice will be answered: "aan te geven welke aanbevelingen u overneemt"
                r"\b(aan\s+te\s+geven|te\s+laten\s+weten|te\s+melden)\s+(welke|of|hoe)\b[^.]{0,80}\b(overneemt|overnemen|volgt|volgen|uitvoert)\b",
                # about the advice procedure: "ons de volgende keer meer tijd te geven"
                # ("ons voorstel: breng de termijn terug" is the council's own noun, not the object)
                r"\bons\b(?!\s+(voorstel|advies|verzoek|wens)\b)[^.]{0,60}\b(meer\s+tijd|termijn)\b|\b(in\s+het\s+vervolg|de\s+volgende\s+keer)\b|"
                # "Wij vragen u daar bij volgende aanvragen rekening mee te houden" (the term)
                r"\b(bij|voor)\s+(volgende|toekomstige|nieuwe|latere)\s+(advies)?(aanvragen|verzoeken)\b",
                # elaborating a numbered advice: "de kosten van advies 1 in beeld te brengen"
                r"\b(advies|aanbeveling|adviespunt|punt)\s+\d{1,2}\b",
                # when to start what was just asked: "De Week tegen Eenzaamheid zou een goed
                # moment zijn om hiermee een begin te maken"
                r"\bgoed\s+moment\b[^.]{0,40}\b(hier|daar)mee\b",
                # closing offers and web pages: "neem gerust contact op met onze secretaris"
                r"\bcontact\b[^.]{0,30}\b(ons|onze|secretaris|secretariaat)\b|\bgerust\b",
                r"\bpdf\b|www\.|https?:|@|\blees\s+meer\b|\bmeer\s+informatie\b",
                # a wish about the past: "het zou goed zijn geweest als"
                r"\bgeweest\b",
                # a view, no ask: "Maar wat wij horen kan volgens ons niet tot die tijd wachten."
                r"\b(kan|kunnen)\s+(naar\s+ons\s+idee|volgens\s+ons|wat\s+ons\s+betreft)\s+niet\b",
                # what the council says is no advice: "Deze vragen zijn geen advies, maar ..."
                r"\b(zijn|is)\s+geen\s+(advies|adviezen|aanbeveling\w*)\b",
                # what the college should know is no act: "dat het college ervan moet weten"
                r"\bmoet(en)?\s+weten\b",
                # how to handle this advice or its procedure: "dit advies te behandelen als een
                # ongevraagd advies", "het in de verdere procedure recht te zetten"
                r"\b(dit|ons|het)\s+advies\s+te\s+(behandelen|beschouwen|agenderen)\b|\bin\s+de\s+verdere\s+procedure\b",
                # what may stay as it is: "Artikelen die niet in de tabel staan, kunnen wat ons
                # betreft ongewijzigd blijven"
                r"\b(ongewijzigd|ongemoeid)\s+(blijven|laten|blijft)\b",
                # the college's request told: "Eind januari vroeg u ons om een advies over ..."
                r"\b(vroeg|vroegt|vroegen|verzocht)\s+u\s+(ons|de\s+[\w-]*raad)\b|"
                r"\bu\s+(ons|de\s+[\w-]*raad)\s+(\w+\s+){0,4}?(vroeg|vroegt|verzocht|gevraagd)\b",
            ]
        ),
        re.I,
    )
)
#: subject pronouns: "Verder horen wij ...", "Kort gezegd: goed plan, we ..." are statements
PRONOUNS = frozenset("wij we ik zij ze hij men je jij".split())  # noqa: SIM905
#: words after which a pronoun belongs to a subclause of the order ("Zorg dat wij ...")
SUBCLAUSE = frozenset(
    """
    dat als zodat ervoor erop eraan ervan of wanneer die wie waar waarin waarbij om te
    """.split()  # noqa: SIM905
)
#: the words of a summary that repeats recommendations given elsewhere
SUMMARY = rx.compile(
    r"\b(samengevat|samenvatting|samenvattend|kortom|concluderend|op\s+een\s+rij|in\s+het\s+kort|"
    # "Kern van ons advies: laat taal en werk tegelijk beginnen." (a box summing the asks up)
    r"kern\s+van\s+(ons|het|dit)\s+advies)\b",
    re.I,
)
#: words that start statements, not imperatives ("Er komt ...", "Het programma ...")
FUNCTION_WORDS = frozenset(
    """
    de het een er ook meer wel niet geen als wat hoe wie waar wanneer welke dat dit deze
    die u wij we ik zij ze hij men in op aan bij met voor van naar uit over onder tot
    door om en of maar want dus toch nog al zo te na per zonder sinds tegen tijdens veel
    weinig alle sommige soms vaak nu hier daar ons onze uw zijn haar hun ter ten verder
    daarnaast bovendien tevens eerst later samen mede zowel volgens dankzij binnen buiten via
    vanaf vanuit omdat terwijl doordat hoewel toen zodat zodra graag helaas juist vooral alleen
    rond rondom twee drie vier vijf zes zeven acht negen tien
    onderwerp bericht verzoek kenmerk
    """.split()  # noqa: SIM905
)
#: a finite verb early in a sentence that opens with a noun: "Zorg is ...", "Werk blijft ..."
COPULAS = frozenset(
    """
    is zijn was waren wordt worden werd blijft blijven heeft hebben had kan kunnen moet moeten
    mag mogen zal zullen gaat gaan staat staan komt komen
    """.split()  # noqa: SIM905
)
#: a second word that joins a noun phrase, not an order's object ("Werk en ...", "Aanpak van")
NOUN_JOINERS = frozenset({"en", "of", "van"})
#: words after which a -te/-de form is an adjective ("voor korte lijnen"), not a past tense
MODIFIER_SLOT = frozenset(
    """
    de het een voor met van in op aan bij naar uit over door om te zo zeer heel erg meer
    """.split()  # noqa: SIM905
)
#: words before a noun ("alle brieven", "onze leden")
DETERMINERS = frozenset(
    """
    alle elke iedere ieder deze die dit dat onze ons uw hun zijn haar veel weinig meer minder
    twee drie vier vijf zes zeven acht negen tien twaalf
    """.split()  # noqa: SIM905
)
SUBJECTS = frozenset({"wij", "we", "ik", "zij", "ze", "hij", "men"})
#: particles and adverbs in -t that read like a third-person verb ("Zet de toeslag voort")
T_ADVERBS = frozenset(
    """
    voort dicht vast apart terecht recht direct strikt licht gericht achteraf
    """.split()  # noqa: SIM905
)
#: words that open the object or negation after a finite verb ("zegt een brief", "werkt niet")
OBJECT_STARTS = DETERMINERS | SUBJECTS | {"de", "het", "een", "niet", "geen", "er", "dat"}
#: frequent infinitives the generated verb list misses
EXTRA_VERBS = frozenset(
    """
    sluiten volstaan toestaan ingaan afsluiten weten meten wijzen stellen beperken bepalen
    monitoren
    """.split()  # noqa: SIM905
)
#: a cell or item that says there is nothing to advise ("Geen aanvullend advies.", "n.v.t.")
NO_ADVICE = rx.compile(
    # "Geen verzoek. Wij geven dit graag door als compliment" in a "Wat wij vragen" column
    r"^\W*geen\s+(\w+\s+)?(advies|adviezen|aanbeveling(en)?|opmerking(en)?|verzoek|vraag)\b|"
    r"\bgeen\s+(advies|aanbeveling)|\bn\.?v\.?t\b",
    re.I,
)
#: a row number alone in its cell ("1", "2.")
ROW_NUMBER_ALONE = rx.compile(r"\s*\d{1,2}\.?\s*")
#: markdown emphasis left in a text layer ("*1. Verkort de termijn.*", "**Bereik**"); a bullet
#: star stands alone before a space and stays
EMPHASIS = rx.compile(r"\*{1,3}(?=[^\s*])|(?<=[^\s*])\*{1,3}")
#: a quotation opens the words of others (respondents, clients), not the council's ask
QUOTE_OPENERS = "\"'“”„‘’«"
#: the closing formula of a letter; an annex after it is not the advice itself
CLOSING = rx.compile(
    r"^\s*(met\s+(vriendelijke|hartelijke)\s+groet(en)?|hoogachtend)\b", re.I | re.M
)
ANNEX = rx.compile(r"^\W*(bijlage|annex|appendix)\b", re.I | re.M)
#: words near its start that add an ask to a list rather than sum it up ("Daarnaast vragen
#: wij u ook ...")
ADDED_ASK = rx.compile(
    r"\b(ook|daarnaast|verder|tevens|bovendien|tot\s+slot|ten\s+slotte|aanvullend|nog)\b", re.I
)
MIN_LIST_FOR_PLEA = 3
MIN_ITEM_WORDS = 3
MIN_SENTENCE_WORDS = 5
MAX_TITLE_WORDS = 6
MAX_HEADING_WORDS = 8
MAX_NUMBERED = 20
#: a line within a table laid out as text (the columns' narrow cells side by side); a longer
#: one that opens no numbered row is prose after the table
MAX_ROW_LINE_WORDS = 10
#: the header row of a table laid out as text, opening with its number column
ROW_HEADER = rx.compile(r"^[^\S\n]*(nr\.?|nummer|#)[^\S\n]+[^\n]*$", re.I | re.M)
#: how far a numbered title's paragraph reaches
MAX_POINT_CHARS = 800


@dataclass(frozen=True)
class Found:
    """One recommendation: where it stands, whether it sits in a summary of the others, and
    whether it is an item of a list or a row of a table (not a sentence of the prose)."""

    start: int
    evidence: Evidence
    summary: bool = False
    listed: bool = False


@functools.cache
def _verbs() -> frozenset[str]:
    return dutch_infinitives() | EXTRA_VERBS


def is_imperative(word: str) -> bool:
    """An imperative verb form: the infinitive minus -en (trek -> trekken, neem -> nemen)."""
    w = word.lower().strip(".,:;()'\"")
    if len(w) < 2 or w in FUNCTION_WORDS or w in _verbs() or not w.isalpha():
        return False  # an infinitive opens a noun phrase ("Zorgen over ..."), not an order
    return _stem_of_verb(w)


def _stem_of_verb(w: str) -> bool:
    """The word plus -en (with the spelling changes of Dutch stems) is a known infinitive."""
    stems = {w, w[:-1] + "v" if w.endswith("f") else w, w[:-1] + "z" if w.endswith("s") else w}
    candidates = {w + "an"} | ({w + "n"} if w.endswith(("oe", "ie")) else set())
    for stem in stems:
        candidates |= {stem + "en", stem + stem[-1] + "en"}
        if len(stem) >= 3 and stem[-3:-1] in {"aa", "ee", "oo", "uu"}:
            candidates.add(stem[:-2] + stem[-1] + "en")
    return bool(candidates & _verbs())


def _main_clause(words: list[str]) -> list[str]:
    """The words before a subclause starts ("Zorg dat wij ..." -> nothing to check)."""
    for index, word in enumerate(words):
        if word in SUBCLAUSE:
            return words[:index]
    return words


def _finite_verb(word: str) -> bool:
    """A past or third-person form ("wilde", "maakten", "werkt"): the verb of a statement."""
    w = word.lower()
    if len(w) < 4 or not w.isalpha() or w in _verbs():
        return False
    for ending in ("den", "ten", "de", "te"):
        if w.endswith(ending) and len(w) - len(ending) >= 3 and _stem_of_verb(w[: -len(ending)]):
            return True
    return w.endswith("t") and _stem_of_verb(w[:-1])


def is_recommendation(item: str) -> bool:
    """A list item that asks the college to act: an imperative first (after a short label such
    as "Bewindvoering."), or an advising verb."""
    words = item.split()
    if len(words) < MIN_ITEM_WORDS or item.rstrip().endswith("?") or _quotation(item):
        return False
    label = re.match(r"^([^.:!?]{1,40})[.:]\s+(\S+)", item)
    if label and len(label.group(1).split()) <= 4 and is_imperative(label.group(2)):
        return True
    if is_imperative(words[0]) and words[1].lower().strip(",") not in {"je", "jij", "u"}:
        return True  # not "Betaal je te laat, dan ...": a condition
    if ADVISING_WORDS.search(item) or _asks_in_a_sentence(item):
        return True
    return infinitive_clause(item) or _later_order(item)


def _asks_in_a_sentence(item: str) -> bool:
    """'2. Vaste contactpersoon. Het zou goed zijn als ...': a labelled point that asks in one
    of its sentences, in the words a letter's prose uses."""
    sentences = re.split(r"(?<=[.!])\s+(?=[A-Z])", " ".join(item.split()))
    return any(ADVISE_SENTENCE.search(s) and not NOT_A_RECOMMENDATION.search(s) for s in sentences)


def _later_order(item: str) -> bool:
    """'a. De folder is alleen in het Nederlands. Vertaal hem.': a point that states what the
    council saw, then asks, in a sentence of its own that opens with an imperative."""
    sentences = re.split(r"(?<=[.!])\s+(?=[A-Z])", " ".join(item.split()))
    return any(_imperative_sentence(s) for s in sentences[1:])


def infinitive_clause(item: str) -> bool:
    """'de wachttijd terug te brengen tot twee weken;': the object and 'te' + infinitive of an
    elided "wij adviseren u", with no verb of its own before it (not "Mensen vinden het lastig
    om ... te vullen")."""
    clause = re.split(r"[,;:.]|\b(?:dat|zodat|die|waarbij|waarin|om)\b", item, maxsplit=1)[0]
    words = [w.lower() for w in clause.split()]
    for index, word in enumerate(words[:-1]):
        following = words[index + 1].strip(".,;:")
        if word == "te" and (following in _verbs() or re.fullmatch(r"\w{2,}en", following)):
            before = words[:index]
            triples = zip(["", *before], before, words[1 : index + 1], strict=False)
            return not any(_verb_like(p, w, n) for p, w, n in triples)
    return False


def _verb_like(previous: str, word: str, following: str) -> bool:
    """A verb of the clause's own: after an article or preposition it is a noun ("de kosten");
    a -t form is a finite verb before its object ("zegt een brief"), else an adverb ("zes
    weken strikt na te leven")."""
    if previous in MODIFIER_SLOT or previous in DETERMINERS or previous in {"en", "of"}:
        return False
    if word in COPULAS:
        return True  # "de gemeente is": a noun in -e before it, not an adjective
    if previous.isdigit() or (len(previous) > 3 and previous.endswith("e")):
        return False  # after an adjective ("een eenvoudige lijst")
    if word in _verbs() or word in SUBJECTS:
        return True
    return _finite_verb(word) and (not word.endswith("t") or following in OBJECT_STARTS)


def is_title(item: str) -> bool:
    """A theme title ("Beschut werk", "2. Scholing voor 50-plussers"): short, no sentence end."""
    words = item.split()
    return len(words) <= MAX_TITLE_WORDS and not re.search(r"[.;:!?,]\s*$", item)


#: the advising formula with nothing advised: the lead-in of the list that follows
BARE_ADVISING = rx.compile(
    r"^\W*(wij|we|de\s+[\w-]*raad|het\s+[\w-]*panel|de\s+(?-i:[A-Z]{2,6}))\s+(adviseren|adviseert|bevelen|beveelt|raden|raadt)"
    r"\s+(u|het\s+college)(\s+(dan\s+)?(ook|daarom|dan))?(\s+(het\s+volgende|aan|om))?\W*$",
    re.I,
)


#: what follows spells the ask out: "Wij adviseren u het volgende", "... de notitie op de
#: volgende punten aan te vullen."
FOLLOWING = (
    r"\bhet\s+volgende\b|\bde\s+volgende\s+(?:punten|aanbevelingen|onderdelen|zaken|"
    r"wijzigingen|aanpassingen|aanvullingen)\b"
)


@functools.lru_cache(maxsize=4096)  # the count and its evidence ask about the same sentences
def is_advising_sentence(sentence: str) -> bool:
    """A sentence in running text that asks the college to act (not a question, an intro to a
    list, a refusal to ask, or a request to weigh the advice itself)."""
    flat = " ".join(sentence.split())
    refusal = FOLLOWING + "|" + NEGATED_ADVICE + "|" + ROLE_DESCRIPTION
    if flat.endswith((":", "?")) or re.search(refusal, flat, re.I) or _quotation(flat):
        return False
    if BARE_ADVISING.match(flat):  # "Wij adviseren u" over a list whose colon was left out
        return False
    intro = re.match(r"\s*([^\n]*):[ \t]*\n(.*)$", sentence, re.S)
    if (
        intro
        and BARE_ADVISING.match(intro.group(1))
        and is_title(intro.group(2).strip().rstrip("."))
    ):
        return (
            False  # "De ASDW adviseert u:\nEerder beginnen.": the intro and the first item's title
        )
    if NOT_A_RECOMMENDATION.search(flat):
        return False
    if ADVISE_SENTENCE.search(flat):
        return True
    return not _short_lines(sentence) and _imperative_sentence(flat)


def _quotation(item: str) -> bool:
    """'"Zet iemand in de wijk."': a respondent quoted in a survey annex speaks, not the council."""
    return item.lstrip()[:1] in QUOTE_OPENERS


def _short_lines(sentence: str) -> bool:
    """Lines of a few words each that start with a capital: an address or header block, not
    a wrapped sentence or the narrow column of a table (whose lines go on in lower case)."""
    lines = [line.strip() for line in sentence.strip().split("\n")[:-1]]
    short = [line for line in lines if len(line.split()) <= MAX_TITLE_WORDS]
    # (a postcode line opens with a digit; a wrapped "(bijvoorbeeld ..." goes on a sentence)
    return sum(line[:1].isupper() or line[:1].isdigit() for line in short) >= 2


def _imperative_sentence(flat: str) -> bool:
    """'Houd de vergoeding apart.', 'En: zorg ervoor dat ...': an order opening a sentence."""
    body = re.sub(r"^[^.:!?]{1,20}:\s+|^\d{1,2}\s+(?=[A-Z])", "", flat)
    words = [w.lower().strip(",;") for w in body.split()]
    # "Zorg er ten slotte voor dat ...": a sentence adverb after the verb is no subject or verb
    words = (
        words[:1] + " ".join(words[1:]).replace("ten slotte ", "").replace("tot slot ", "").split()
    )
    if len(words) < MIN_SENTENCE_WORDS or not body.endswith((".", "!")):
        return False
    if not is_imperative(words[0]) or words[1][:1].isdigit():
        return False
    return not _statement(words) and not _aside(words)


#: how far into a long main clause a finite verb still shows the first word was a noun ("Werk
#: met een loonstrook in plaats van een uitkering betekent erkenning"), and the words that end
#: that clause there ("Deel ... met de adviesraad hoeveel inwoners bereikt zijn")
STATEMENT_WINDOW = 11
LATER_SUBCLAUSE = SUBCLAUSE | frozenset(
    """
    hoeveel hoe wat welke welk waarom omdat zodra terwijl nadat voordat doordat waardoor waarmee
    waarvan waarover en maar
    """.split()  # noqa: SIM905
)


def _statement(words: list[str]) -> bool:
    """The verb-like first word opens a statement: a noun phrase ("Werk en inkomen ..."), a
    subject pronoun or a finite verb early in the main clause ("Verder horen wij", "Beschut
    werk is", "Ruim een jaar later wilde de raad ...")."""
    if words[1] in NOUN_JOINERS:
        return True
    opening = _main_clause(words[1:6])
    for previous, word in zip(["", *opening], opening, strict=False):
        if word in PRONOUNS or word in COPULAS:
            return True
        if previous not in MODIFIER_SLOT and _finite_verb(word) and word not in T_ADVERBS:
            return True
    if any(word in LATER_SUBCLAUSE for word in words[1:6]):
        return False  # a subclause or a second order began within the first words
    for word in words[6:STATEMENT_WINDOW]:
        if word in LATER_SUBCLAUSE:
            return False
        # (a present third person only: "maanden", "ouders" look like past plurals)
        if word in COPULAS or (word.endswith("t") and _finite_verb(word) and word not in T_ADVERBS):
            return True
    return False


def _aside(words: list[str]) -> bool:
    """ "Stel dat ..." (a supposition), "Neem bijvoorbeeld ..." (an example), "Zie ook ..." (a
    reference): an order in form only."""
    if words[0] == "stel" and words[1] in {"dat", "je", "u"}:
        return True
    if words[1] in {"bijvoorbeeld", "nou"}:
        return True
    if words[0] == "denk" and words[1] in {"daarbij", "hierbij"} and words[2:3] == ["aan"]:
        return True  # "Denk daarbij aan een folder bij de loonstrook": an example of the ask
    if words[0] == "ruim" and (words[1] in OBJECT_STARTS or words[1][:1].isdigit()):
        return True  # "ruim de helft van ...", "ruim een jaar": a quantity, not "ruim ... op"
    return words[0] == "zie" and words[1] not in {"af", "erop", "toe"}


def count_recommendations(doc: DocText, tables: Sequence[Table] = ()) -> tuple[int, list[Evidence]]:
    """Actual recommendations: 'Advies N' headings (plus asks after the last one's paragraph),
    else the rows of advice tables, recommending list items and recommending sentences outside
    lists and tables; a summary repeating them counts once. 1 when the advice recommends in no
    readable way."""
    doc = replace(doc, text=EMPHASIS.sub(lambda m: " " * len(m.group()), doc.text))
    # a marker on a line of its own over its item ("a." / "De inkomensgrens te verhogen ..."), as
    # a word processor's table of two columns prints: one line, offsets kept
    doc = replace(doc, text=LONE_MARKER_LINE.sub(lambda m: m.group()[:-1] + " ", doc.text))
    text = doc.text
    headings = list(ADVICE_HEADING.finditer(text))
    numbers = {int(m.group(2)) for m in headings}
    asks = {(m.group(2), m.group(3)) for m in headings}
    found = _found(doc, tables)
    if sum(1 for _, sub in asks if sub) >= 2:  # "Advies 2.1", "3.1", "3.2": each its own ask
        numbers = set(range(1, len(asks) + 1))
    if len(numbers) >= 2:
        block_end = _paragraph_end(text, headings[-1].end())
        after = [f for f in found if f.start >= block_end and not f.summary
                 and not _in_explanation_section(text, f.start)]  # fmt: skip
        evidence = [doc.evidence("recommendation", m.start(), m.end(), False) for m in headings]
        return _numbered_count(numbers) + _count(after), evidence + [f.evidence for f in after]
    found = _before_annex(text, found)
    found = _without_closing_plea(text, found)
    found = _without_lead_in(text, found)
    found = _ordinal_asks_only(text, found)
    found = _without_asks_among_findings(text, found)
    if not found:
        return 1, []
    return _count(found), [f.evidence for f in found]


#: a prose advice that numbers its asks in words: "Allereerst vragen wij u ...", "In de tweede
#: plaats adviseren wij ...", "Ten slotte vragen wij u ..."
FIRST_ASK = rx.compile(
    r"^\W*(\w+\s+){0,4}?(allereerst|in\s+de\s+eerste\s+plaats|ten\s+eerste)\b", re.I
)
NEXT_ASK = rx.compile(
    r"^\W*(\w+\s+){0,4}?(in\s+de\s+(tweede|derde|vierde|vijfde|laatste)\s+plaats|ten\s+(tweede|derde|vierde|vijfde)|"
    r"ten\s+slotte|tenslotte|tot\s+slot)\b",
    re.I,
)


#: an ask of its own among numbered ones: added ("Daarnaast vragen wij u ...", "Verder zouden wij
#: graag zien ...") or labelled ("Ons advies: ...")
ANOTHER_ASK = rx.compile(
    r"^\W*(daarnaast|verder|voorts|ook|bovendien|tevens|eveneens)\b|"
    r"^\W*(ons\s+advies|advies|aanbeveling)\s*\d*\s*:",
    re.I,
)


def _ordinal_asks_only(text: str, found: list[Found]) -> list[Found]:
    """In prose whose asks are numbered in words, the sentences after an ask that spell it out
    ("Denk aan een apart keuzemenu ...", "Wij stellen voor dat u de resultaten ook publiceert")
    belong to it: only the numbered asks count (and any ask before the first). Not for lists
    or tables, which number their own items."""
    if not found or any(_on_item_line(text, f.start) for f in found):
        return found
    opening = [FIRST_ASK.match(_sentence_at(text, f.start)) is not None for f in found]
    later = [NEXT_ASK.match(_sentence_at(text, f.start)) is not None for f in found]
    if not any(opening) or not any(later):
        return found
    first = opening.index(True)
    if any(later[:first]):
        return found
    return found[:first] + [
        f
        for f, a, b in zip(found[first:], opening[first:], later[first:], strict=True)
        if a or b or ANOTHER_ASK.match(_sentence_at(text, f.start))
    ]


def _sentence_at(text: str, start: int) -> str:
    return text[start : start + 80]


def _without_closing_plea(text: str, found: list[Found]) -> list[Found]:
    """A list of asks (marked, unmarked or a table's rows), then one ask in prose before the
    closing formula ("Wij vragen u die ruimte zo ruim mogelijk te benutten."): a plea that sums
    the list up, not an advice of its own; an added one says so ("Tot slot adviseren wij u ook
    ...")."""
    closing = CLOSING.search(text)
    items = [f for f in found if f.listed]
    if not closing or len(items) < MIN_LIST_FOR_PLEA:
        return found
    last = max(f.start for f in items)
    tail = [f for f in found if last < f.start < closing.start() and f not in items]
    if len(tail) != 1 or ADDED_ASK.search(" ".join(tail[0].evidence.snippet.split()[:6])):
        return found
    if _under_a_section_of_its_own(text, last, tail[0].start):
        return found  # "De uitvoering" / "Wij adviseren u daarom ...": a new subject, a new ask
    return [f for f in found if f is not tail[0]]


#: a closing section's heading, numbered or not: "3. Tot slot"
CLOSING_SECTION_HEADING = rx.compile(rf"\W*(?:\d{{1,2}}\.?\s+)?(?:{LETTER_END})\s*:?\s*", re.I)


def _under_a_section_of_its_own(text: str, last_item: int, plea: int) -> bool:
    """The plea stands under a heading of its own after the list ("De uitvoering"), not under
    one that closes the letter ("3. Tot slot") or explains ("Toelichting"): the nearest line
    above it that reads as a heading (a title after a finished sentence)."""
    # (from the last item's own line, which may end the sentence before a heading, to the line
    # before the plea's)
    lines = [line.strip() for line in text[last_item:plea].split("\n")[:-1]]
    lines = [line for line in lines if line]
    for i in range(len(lines) - 1, 0, -1):
        line, before = lines[i], lines[i - 1]
        if (
            is_title(line)
            and not line.endswith((".", ",", ";"))
            and before.endswith((".", "!", "?", ":"))
        ):
            return not (CLOSING_SECTION_HEADING.fullmatch(line) or EXPLANATION.match(line))
    return False


def _without_lead_in(text: str, found: list[Found]) -> list[Found]:
    """One ask in prose, then a heading naming the list ("Onze aanbevelingen") and the list
    itself: the ask leads into the list ("Juist daarom dringen wij erop aan dat ..."), which
    spells it out; not an advice of its own."""
    items = [f for f in found if _on_item_line(text, f.start)]
    if len(items) < MIN_LIST_FOR_PLEA:
        return found
    first = min(f.start for f in items)
    before = [f for f in found if f.start < first and f not in items]
    if len(before) != 1:
        return found
    between = text[before[0].start : first]
    lines = [line.strip() for line in between.split("\n")[1:] if line.strip()]
    # ("Ons advies" / "De Adviesraad Sociaal Domein Zeist adviseert het college:": the list's
    # own lead-in line under its heading, round GO)
    # (not "Samengevat adviseert de raad het college:": a list that sums up the asks made above)
    lead_in = (
        len(lines) >= 2
        and lines[-1].endswith(":")
        and not lines[-2].endswith(":")
        and not SUMMING_UP_LEAD.match(lines[-1])
    )
    heading = lines[-2 if lead_in else -1] if lines else ""
    if len(heading.split()) > MAX_TITLE_WORDS or not ADVICE_TITLE.search(heading):
        return found
    if len(lines) > LEAD_IN_LINES + lead_in:
        return found  # more than the rest of the ask's sentence between ask and heading
    return [f for f in found if f is not before[0]]


SUMMING_UP_LEAD = rx.compile(
    r"(?:samengevat|samenvattend|kortom|al\s+met\s+al|concluderend)\b", re.I
)
#: the lines from a lead-in ask's start to the list's heading: its sentence, wrapped, and the heading
LEAD_IN_LINES = 4


def _on_item_line(text: str, start: int) -> bool:
    """The recommendation opens a line with a list marker."""
    line = text[text.rfind("\n", 0, start) + 1 :].split("\n", 1)[0]
    return bool(LIST_ITEM.match(line))


def _before_annex(text: str, found: list[Found]) -> list[Found]:
    """Asks in an annex after the closing ("Bijlage: uitkomsten van de peiling") are the
    suggestions of respondents or others; the letter's own asks before it are the advice."""
    closing = CLOSING.search(text)
    annex = ANNEX.search(text, closing.end()) if closing else None
    if not annex:
        return found
    kept = [f for f in found if f.start < annex.start()]
    return kept or found


def _paragraph_end(text: str, offset: int) -> int:
    """The first blank line after the paragraph under the heading line at ``offset`` (a page
    break between the heading and its paragraph is no paragraph end)."""
    line_end = text.find("\n", offset)
    offset = len(text) if line_end < 0 else line_end
    body = re.search(r"\S", text[offset:].replace("\f", " "))
    start = offset + (body.start() if body else 0)
    blank = re.search(r"\n\s*\n", text[start:])
    return start + blank.start() if blank else len(text)


def _found(doc: DocText, tables: Sequence[Table]) -> list[Found]:
    """Every recommendation the tables, lists and prose hold, in reading order."""
    text = doc.text
    found, regions = _table_recommendations(text, tables)
    laid_found, laid_regions = _laid_out_rows(doc, regions)
    found, regions = found + laid_found, regions + laid_regions
    groups = [
        [_clipped(span, regions) for span in g]
        for g in list_groups(text)
        if not _inside(g[0][0], regions)
    ]
    marked = [span for g in groups for span in g]
    groups += [
        g
        for g in unmarked_list_groups(text)
        if not _inside(g[0][0], regions) and not any(_overlaps(span, marked) for span in g)
    ]
    in_summary = {
        s: _summary_list(text, g[0][0]) or _in_summary_section(text, g[0][0])
        for g in groups
        for s, _ in g
    }
    items = _without_parts_of_an_order(
        text, groups, _unique(text, [s for g in groups for s in _recommending_items(text, g)])
    )
    found += [
        Found(s, doc.evidence("recommendation", s, e, False), in_summary[s], listed=True)
        for s, e in items
        if not _inside(s, regions)
    ]
    # what stands between two items of one list explains the item above it ("4. Laat het
    # Kindpakket niet stoppen." / "Wij adviseren het door te laten lopen tot ...")
    taken = regions + [span for g in groups for span in g] + _between_numbered_items(text, items)
    spans = _split_after_intros(text, _across_page_breaks(text, split_sentences(text)))
    sentences = [(_after_headings(text, s, e), e) for s, e in spans]
    prose = [
        (s, e)
        for s, e in sentences
        if s < e
        and is_advising_sentence(text[s:e])
        and not _run_in_heading(text, s, e)
        and not any(ls <= s < le or s <= ls < e for ls, le in taken)
    ]
    found += [
        Found(
            s,
            doc.evidence("recommendation", s, e, False),
            _summary_sentence(text[s:e]) or _in_summary_section(text, s),
        )
        for s, e in _one_per_lead(
            text, _one_per_point(text, groups, _unique(text, prose), counted=items)
        )
    ]
    return sorted(found, key=lambda f: f.start)


#: an intro's colon at a line's end before a capitalised line: "Wij adviseren u het volgende:" /
#: "Ga met de provincie in overleg ..." (bullets drawn as graphics leave no marker)
INTRO_BREAK = rx.compile(r":[ \t]*\n(?=[ \t]*[A-ZÀ-Ý])")


def _split_after_intros(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences cut after an intro's colon, so the order that follows is read on its own."""
    out = []
    for start, end in spans:
        cuts = [m.end() for m in INTRO_BREAK.finditer(text, start, end)]
        bounds = [start, *cuts, end]
        out += [(a, b) for a, b in itertools.pairwise(bounds) if a < b]
    return out


def _bare_intro(body: str) -> bool:
    """ "1. Wij adviseren u het volgende:": an intro to the parts, no order of its own (unlike
    "2. Werkende minima. Zorg dat niemand tussen wal en schip valt:")."""
    if not body.endswith(":"):
        return False
    # "3. Over de kosten:": a theme over its sub-points, no order of its own either
    theme = re.match(
        r"^\W*(over|wat\s+betreft|ten\s+aanzien\s+van|m\.?b\.?t\.?|inzake)\b", body, re.I
    )
    return (bool(ADVISING_INTRO.search(body)) or bool(theme)) and len(body.split()) <= 8


#: a numbered item ("1.", "2)") over lettered parts that start at "a"
NUMBERED_ORDER = rx.compile(r"^\s*\d{1,2}[.)]\s")
FIRST_LETTER = rx.compile(r"^\s*\(?a[.)]\s")


def _without_parts_of_an_order(
    text: str, groups: list[list[tuple[int, int]]], items: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Sub-points listed right under a numbered item that is itself an order ("1. Maak de
    regelingen vindbaar" over "a. ...", "b. ...") work that order out: the order counts, even
    when short as a title ("6. Maak het plan meetbaar"), and its parts do not. Under a theme
    title or an intro ending in a colon the parts are the recommendations."""
    numbered = [
        span
        for group in groups
        for span in group
        if NUMBERED_ORDER.match(text[span[0] : span[1]])
        and not _bare_intro(_body(text, span))
        and is_recommendation(_body(text, span))
    ]
    orders, parts = [], set()
    for group in groups:
        first = group[0][0]
        if not FIRST_LETTER.match(text[first : group[0][1]]):
            continue
        parent = [
            span for span in numbered if span[1] <= first and not text[span[1] : first].strip()
        ]
        if parent:
            orders += parent
            parts.update(group)
    kept = [span for span in items if span not in parts]
    return sorted(set(kept) | set(orders))


#: a lead sentence that heads its paragraph: "Kies voor persoonlijk contact boven een brief."
MAX_LEAD_WORDS = 10


def _lead(paragraph: str) -> bool:
    """The paragraph opens with a short order that the rest spells out ("Meet en rapporteer.")."""
    first = re.split(r"(?<=[.!?])\s+", " ".join(paragraph.split()), maxsplit=1)[0]
    words = first.split()
    return (
        1 <= len(words) <= MAX_LEAD_WORDS
        and first.endswith((".", "!"))
        and is_imperative(words[0].lower().strip(",;"))
    )


def _lead_units(text: str, paragraph: tuple[int, int]) -> list[tuple[int, int]]:
    """A paragraph cut where a line opens with a lead of its own: two led paragraphs the PDF
    ran together (no blank line, the first one's last line full) are two units, and so are
    led items under an intro ("De raad adviseert u:\nVereenvoudig het menu.\nNeem ...")."""
    start, end = paragraph
    cuts, pos = [start], start
    for line in text[start:end].splitlines(keepends=True)[:-1]:
        pos += len(line)
        if text[pos - 2 : pos - 1] in ".!:" and _lead(text[pos:end]):
            cuts.append(pos)  # the line before ended a sentence, this one opens a new order
    return [(a, b) for a, b in zip(cuts, [*cuts[1:], end], strict=True)]


def _one_per_lead(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Recommendations written as paragraphs that each open with a short order and spell it out
    in more orders ("Kies voor persoonlijk contact. Zet in op een huisbezoek. Werk samen met de
    wijkteams."): one per paragraph, when two or more paragraphs are written so."""
    units = _with_their_explanation(
        text, [unit for p in paragraph_spans(text) for unit in _lead_units(text, p)]
    )
    owner = {span: next((u for u in units if u[0] <= span[0] < u[1]), None) for span in spans}
    leads = {u for u in set(owner.values()) if u and _lead(text[u[0] : u[1]])}
    if len(leads) < 2:
        return spans
    kept, seen = [], set()
    for span in spans:
        paragraph = owner[span]
        if paragraph in leads:
            if paragraph in seen:
                continue
            seen.add(paragraph)
        kept.append(span)
    return kept


#: a numbered section title over all the asks ("3. Onze adviezen", "4. Wat wij u vragen"): the
#: section holds several points, it is none itself
ASKS_SECTION = rx.compile(
    r"^\W*((onze|ons|de)\s+)?(adviezen|aanbevelingen|advies\s+en\s+aanbevelingen|"
    r"(conclusies?|bevindingen)\s+en\s+(adviezen|aanbevelingen)|wat\s+wij\s+(u\s+)?(adviseren|vragen))\W*$",
    re.I,
)


def _with_their_explanation(text: str, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A lead standing alone on its line ("Kom de terugbelafspraak na.") over the paragraph that
    spells it out ("Bel binnen één werkdag terug, ..."): one unit, up to the next lead, a blank
    line or MAX_POINT_CHARS."""
    merged: list[tuple[int, int]] = []
    absorbing = False
    for unit in units:
        body = text[unit[0] : unit[1]]
        if (
            absorbing
            and not _lead(body)
            and unit[1] - merged[-1][0] <= MAX_POINT_CHARS
            and not re.search(r"\n\s*\n", text[merged[-1][1] : unit[0]])
        ):
            merged[-1] = (merged[-1][0], unit[1])
            continue
        merged.append(unit)
        absorbing = _lone_lead(body)
    return merged


def _lone_lead(unit: str) -> bool:
    """A lead and nothing after it: "Schrijf begrijpelijke brieven." on a line of its own."""
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(unit.split()))
    return len(sentences) == 1 and _lead(unit)


def _one_per_point(
    text: str,
    groups: list[list[tuple[int, int]]],
    spans: list[tuple[int, int]],
    counted: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """Under a numbered title ("3. Proefplaatsing korter") the paragraph is one point: its
    ask and the sentences that spell it out count once, as an 'Advies 3' heading would."""
    titles = [
        item
        for g in groups
        for item in g
        if re.match(r"\s*\(?\d", text[item[0] : item[1]])
        and (is_title(_body(text, item)) or (len(g) == 1 and _short_order_line(text, item)))
        and not ASKS_SECTION.match(_body(text, item))
    ]
    numbered = sorted(
        item for g in groups for item in g if re.match(r"\s*\(?\d", text[item[0] : item[1]])
    )
    # a title that is itself counted ("2. Beslis binnen vier weken.") owns its paragraph already
    kept, owners = [], {title for title in titles if title in counted}
    for span in spans:
        nearest = next((t for t in reversed(numbered) if t[1] <= span[0]), None)
        if nearest in counted and _in_the_items_paragraph(text, nearest, span):
            continue  # "1 Vraag niet om gegevens die u al hebt. Ken ... toe.": the item goes on
        owner = nearest if nearest in titles else None  # the item right above, if a title
        between = text[owner[1] : span[0]] if owner else ""
        if owner is None or len(between) > MAX_POINT_CHARS or re.search(r"\n\s*\n", between):
            kept.append(span)
        elif owner not in owners:
            owners.add(owner)
            kept.append(span)
    return kept


def _in_the_items_paragraph(text: str, item: tuple[int, int], span: tuple[int, int]) -> bool:
    """The sentence at ``span`` goes on with the numbered item above: every line from the item
    to it is a wrapped line of one paragraph (no finished sentence at a line's end, no short
    heading line like "De uitvoering", no blank line)."""
    between = text[item[0] : span[0]]
    if len(between) > MAX_POINT_CHARS or "\f" in between:
        return False
    item_line = text.rfind("\n", 0, item[0]) + 1
    span_line = text.rfind("\n", 0, span[0]) + 1
    lines = text[item_line:span_line].split("\n")[:-1]  # the full lines before the span's
    longest = max((len(line.strip()) for line in lines), default=0)
    return all(
        line.strip()
        and not line.rstrip().endswith((".", "!", "?", ":", ";"))
        and len(line.strip()) >= WRAPPED_LINE * longest
        for line in lines
    )


#: a wrapped line of a paragraph is at least this share of its longest line
WRAPPED_LINE = 0.6


def _short_order_line(text: str, item: tuple[int, int]) -> bool:
    """A numbered item that is one short line ("2. Beslis binnen vier weken."), heading the
    paragraph under it."""
    body = _body(text, item).strip()
    return "\n" not in body and len(body.split()) <= MAX_HEADING_WORDS


def _across_page_breaks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A sentence the page break cut ("vanaf de eerste" / "kilometer."): the part after the
    break starts lower case and is joined back on."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        cut = joined and not text[joined[-1][0] : joined[-1][1]].rstrip().endswith(
            (".", "!", "?", ":")
        )
        if cut and "\f" in text[joined[-1][1] : start] and text[start : start + 1].islower():
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _numbered_count(numbers: set[int]) -> int:
    """'Advies 1', 'Advies 2', 'Advies 5': a heading lost in the layout still counts, so the
    highest number, when the numbering starts at 1 and stays plausible."""
    if 1 in numbers and max(numbers) <= MAX_NUMBERED:
        return max(len(numbers), max(numbers))
    return len(numbers)


def _count(found: list[Found]) -> int:
    """A summary beside the full recommendations repeats them: count the larger of the two;
    but a summary that restates exactly the numbered asks confirms their count, and an order in
    the prose under one of them elaborates it ("4. Maak de begroting volgbaar. ... Neem per
    programma indicatoren op")."""
    summary = sum(f.summary for f in found)
    rest = [f for f in found if not f.summary]
    if not (summary and rest):
        return len(found)
    numbered = sum(1 for f in rest if NUMBERED_ITEM.match(f.evidence.snippet))
    if summary >= 2 and numbered == summary:
        return summary
    return max(summary, len(rest))


NUMBERED_ITEM = rx.compile(r"\s*\(?\d{1,2}[.)]\s")


def _between_numbered_items(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The text from one numbered recommending item to the next ("4. Laat ... niet stoppen." to
    "5. ..."), each with its explanation under it: what stands there belongs to the item above.
    (Numbered theme headings are no recommending items: the advice is in their paragraphs.)"""
    spans = sorted(items)
    numbered = [(span, re.match(r"\s*(\d{1,2})[.)]\s", text[span[0] : span[1]])) for span in spans]
    between = [
        (a[1], b[0])
        for (a, na), (b, nb) in itertools.pairwise(numbered)
        if na and nb and int(nb.group(1)) == int(na.group(1)) + 1 and a[1] < b[0]
    ]
    if between:
        # the last item's explanation too, up to the heading of the next section ("4. Betrek
        # inwoners ..." / "Richt een klankbordgroep in ..." / "Tot slot")
        last = max(b[1] for b in between)
        last_item = next(span for span, _ in numbered if span[0] == last)
        heading = HEADING_AFTER.search(text, last_item[1], last_item[1] + MAX_POINT_CHARS)
        # (an ask of its own after the list, "Tot slot adviseren wij u ...", is no explanation)
        own_ask = ASK_OF_ITS_OWN.search(text, last_item[1], heading.start() if heading else 0)
        if heading and not own_ask:
            between.append((last_item[1], heading.start()))
    return between


ASK_OF_ITS_OWN = rx.compile(
    r"\b(adviseren|adviseert|raden|verzoeken|vragen)\s+(wij|we|ik|de\s+[\w-]*raad)\b|"
    r"\b(wij|we)\s+(adviseren|raden|verzoeken|vragen)\b|\b(met\s+vriendelijke|hoogachtend)\b",
    re.I,
)


#: a section heading on a line of its own: a few words, capitalised, no sentence end
HEADING_AFTER = rx.compile(r"\n[ \t]*[A-ZÀ-Ý][^\n.:;!?]{1,40}\n")


def _table_recommendations(
    text: str, tables: Sequence[Table]
) -> tuple[list[Found], list[tuple[int, int]]]:
    """Rows of tables with an advice column ("nr | aanbeveling | toelichting", "Wat wij zagen |
    Ons advies"), and where those tables stand in the text, so their cells are not read twice."""
    found: list[Found] = []
    regions: list[tuple[int, int]] = []
    cursor = 0
    previous: tuple[int, int, int, bool] | None = None  # the last advice table's column, width,
    last_table: Table | None = None  # page, and whether it was a summary
    for table in tables:
        column = _advice_column(table)
        continued = column is None and _table_goes_on(table, previous)
        if continued:  # the rows of the table on the page before, without its header again
            column = previous[0]
        if column is None:
            continue
        header = None if continued else table.rows[0]
        region = _locate(text, table, cursor)
        if region:
            regions.append(region)
            cursor = region[1]
        start = region[0] if region else len(text)
        summary = bool(region) and (_summary_list(text, start) or _in_summary_section(text, start))
        summary = previous[3] if continued else summary
        previous = (column, len(table.rows[0]), table.page_no, summary)
        for row in table.rows if continued else table.rows[1:]:
            cell = _cell_under(row, column, header)
            if row == header or not _advice_cell(cell):
                continue
            evidence = Evidence("recommendation", table.page_no, cell[:600])
            found.append(Found(start, evidence, summary, listed=True))
        last_table = table
    if (
        previous is not None
        and last_table is not None
        and not any(t.page_no == previous[2] + 1 for t in tables)
    ):
        rows, spans = _rows_run_on_as_lines(text, last_table, previous[2], previous[3])
        found += rows
        regions += spans
    return found, regions


def _rows_run_on_as_lines(
    text: str, table: Table, page: int, summary: bool
) -> tuple[list[Found], list[tuple[int, int]]]:
    """A numbered advice table whose last rows ran on to the next page, where no table was read:
    the lines there that go on numbering its rows ("7 nadere regels ... Neem in het normenkader
    een toeslag op"), up to the first line of prose."""
    last = next((row[0] for row in reversed(table.rows) if row and row[0]), "")
    if not ROW_NUMBER_ALONE.fullmatch(last):
        return [], []
    expected = int(last.strip(" .")) + 1
    starts = [0] + [m.end() for m in re.finditer("\f", text)]
    if page >= len(starts):
        return [], []
    offset = starts[page]  # page numbers count from 1: the next page starts at starts[page]
    end = starts[page + 1] if page + 1 < len(starts) else len(text)
    found: list[Found] = []
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text[offset:end]):
        row = re.match(r"\s*(\d{1,2})\s+\S", line.group())
        if row and int(row.group(1)) == expected:
            if _advice_cell(line.group()):
                evidence = Evidence(
                    "recommendation", page + 1, " ".join(line.group().split())[:600]
                )
                found.append(Found(offset + line.start(), evidence, summary, listed=True))
                spans.append((offset + line.start(), offset + line.end()))
            expected += 1
        elif CLOSING.match(line.group()) or len(line.group().split()) > MAX_ROW_LINE_WORDS:
            break
    return found, spans


def _table_goes_on(table: Table, previous: tuple[int, int, int, bool] | None) -> bool:
    """A headerless table at the top of the next page, as wide as the advice table before it."""
    if previous is None:
        return False
    _, width, page, _ = previous
    return table.page_no == page + 1 and all(len(row) == width for row in table.rows)


def _laid_out_rows(
    doc: DocText, regions: list[tuple[int, int]]
) -> tuple[list[Found], list[tuple[int, int]]]:
    """A table with a number column and an advice column that the text layer laid out as
    lines ("Nr. Thema Onze kijk Advies", then "1 Wachttijd De brief ... Bel binnen"): its
    columns run together, so every row numbered on from 1 is one recommendation."""
    text = doc.text
    found: list[Found] = []
    spans: list[tuple[int, int]] = []
    expected, start, end = 1, None, 0
    for header in ROW_HEADER.finditer(text):
        if header.start() < end or _inside(header.start(), regions) or not _advice_header(header):
            continue
        start = header.start() if start is None or header.start() > end + 400 else start
        offset = header.end() + 1
        summary = bool(SUMMARY.search(header.group(0))) or _summary_list(text, header.start())
        summary = summary or _in_summary_section(text, offset)
        for line in text[offset:].split("\n"):
            # ("1 Wachttijd De brief ...", or the number on a line of its own when the cells wrap)
            row = re.match(r"\s*(\d{1,2})(?:\s+\S|\s*$)", line)
            if (
                CLOSING.match(line)
                or (not row and len(line.split()) > MAX_ROW_LINE_WORDS)
                or ROW_HEADER.match(line)
            ):
                break
            if row and int(row.group(1)) == expected:
                # a number alone on its line shows the row's first line with it
                shown = (
                    len(line)
                    if line.strip() != row.group(1)
                    else len(line) + 1 + len(text[offset + len(line) + 1 :].split("\n", 1)[0])
                )
                evidence = doc.evidence("recommendation", offset, offset + shown, False)
                found.append(Found(offset, evidence, summary, listed=True))
                expected += 1
            offset += len(line) + 1
            end = offset
        spans.append((start, end))
    if expected <= 2:
        return [], []
    return _rows_that_advise(text, found, end), spans


def _rows_that_advise(text: str, rows: list[Found], end: int) -> list[Found]:
    """Rows whose text (all its columns run together) does not say "geen advies"."""
    ends = [
        min(row.start + MAX_POINT_CHARS, nxt)
        for row, nxt in zip(rows, [r.start for r in rows[1:]] + [end], strict=True)
    ]
    return [
        row
        for row, stop in zip(rows, ends, strict=True)
        if not NO_ADVICE.search(text[row.start : stop])
    ]


def _advice_header(header: re.Match[str]) -> bool:
    """A header row that names an advice column, not a response's reaction column."""
    line = header.group(0)
    named = ADVICE_TITLE.search(line) or ADVICE_COLUMN.search(line)
    return bool(named) and "reactie" not in line.lower() and len(line.split()) <= MAX_HEADING_WORDS


def _advice_column(table: Table) -> int | None:
    """The column whose header names the advice; not a response's 'reactie' column."""
    if len(table.rows) < 2:
        return None
    for index, cell in enumerate(table.rows[0]):
        head = " ".join((cell or "").split())
        advising = ADVICE_TITLE.search(head) or ADVICE_COLUMN.search(head)
        if len(head.split()) <= 4 and advising and "reactie" not in head.lower():
            return index
    return None


def _cell_under(row: Sequence[str | None], column: int, header: Sequence[str | None] | None) -> str:
    """The row's cell under the header's ``column``; a header that leaves the number column
    unnamed ("Wat wij zien | Wat wij vragen" over "1 | … | …") stands over the last cells."""
    if (
        header is not None
        and 0 < len(header) < len(row)
        and ROW_NUMBER_ALONE.fullmatch(row[0] or "")
    ):
        column += len(row) - len(header)
    return " ".join((row[column] or "").split()) if column < len(row) else ""


def _advice_cell(cell: str) -> bool:
    """A cell that advises something: a few words, not "geen advies" or a dash."""
    if len(cell.split()) < MIN_ITEM_WORDS or cell.endswith("?"):
        return False
    return not NO_ADVICE.search(cell)


def _locate(text: str, table: Table, cursor: int) -> tuple[int, int] | None:
    """From the header row to the last words of the last row, as the text layer laid them out."""
    heads = [c for c in table.rows[0] if c and c.strip()]
    pattern = r"\s+".join(re.escape(w) for c in heads for w in c.split())
    header = re.compile(pattern, re.I).search(text, cursor)
    if not header:
        return None
    last = [c for row in table.rows[-1:] for c in row if c and c.strip()]
    whole_row = [w for c in last for w in c.split()]
    tail = re.compile(r"\s+".join(re.escape(w) for w in whole_row)).search(text, header.end())
    if tail is None:  # the row's cells laid out in another order: its last words, the last
        # time they occur within the table's length ("Geen opmerkingen." ends many rows)
        tail_words = (last[-1].split() if last else [])[-3:]
        length = sum(len(c) for row in table.rows for c in row if c)
        window = text[: header.end() + int(length * 1.3) + 200]
        found = list(
            re.finditer(r"\s+".join(re.escape(w) for w in tail_words), window[header.end() :])
        )
        end = header.end() + found[-1].end() if found and tail_words else header.end()
        return header.start(), end
    return header.start(), tail.end()


def _inside(offset: int, regions: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in regions)


def _clipped(span: tuple[int, int], regions: list[tuple[int, int]]) -> tuple[int, int]:
    """An item ends where a table starts: "5. Ons advies" over an advice table is a heading,
    not an item holding the table's header."""
    start, end = span
    return start, min([end] + [s for s, _ in regions if start < s < end])


def _recommending_items(text: str, group: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """All items of a list announced as advice ("Wij adviseren u:", a heading "Ons advies"),
    else those that recommend; theme titles over sub-points never count."""
    before = _line_before(text, group[0][0])
    if COLLEGE_PROPOSES.search(before):
        return []  # "Het college stelt voor:": the college's plan quoted, not the council's asks
    announcing = _sentence_before(text, group[0][0])
    if PROPOSED_WORDING.search(announcing) and not CONTENTS_TO_ADD.search(announcing):
        # "Wij adviseren artikel 7 als volgt te laten luiden:" and the article's wording in
        # numbered leden: one ask (the announcing sentence ends in a colon, so counts nowhere else)
        return group[:1]
    wrapped = _sentence_before(text, group[0][0])
    section = re.match(r"\s*\d{1,2}[.)]?\s+(?=\S)", before)
    keyed = re.match(r"\s*[A-Z]\d{1,2}\s", text[group[0][0] : group[0][1]])
    if section and keyed:  # "4. Aanbevelingen" over "A1 ...", "A2 ...": a numbered section title
        before = before[section.end() :]
    announced = _announced(before) or (
        wrapped != before and before[:1].islower() and bool(ASKING_INTRO.search(wrapped))
    )
    kept = []
    for span in group:
        body = _body(text, span)
        if is_title(body) or body.rstrip().endswith("?") or _bare_intro(body):
            continue  # a question put to the college is no recommendation, nor an intro to one
        if DASH_ASIDE.match(text[span[0] : span[1]]):
            continue  # "– iemand te spreken krijgen – is de moeilijkste": an aside, no bullet
        if (announced and len(body.split()) >= 2) or is_recommendation(body):
            kept.append(span)
    return kept


#: a list that is the wording the council proposes for an article, announced by the ask it
#: belongs to ("Wij stellen voor ... in een nieuw lid op te nemen:", "... komt te luiden:")
PROPOSED_WORDING = rx.compile(
    r"\b(op\s+te\s+nemen|toe\s+te\s+voegen|te\s+vervangen\s+door|luiden|luidt|"
    r"als\s+volgt|de\s+volgende\s+tekst|met\s+de\s+tekst|(nieuw|nieuwe)\s+(lid|artikel)\b[^:\n]{0,60})\s*:\s*$",
    re.I,
)
#: "... in het plan het volgende op te nemen:": what the plan should hold, ask by ask (not the
#: wording of one article: "de volgende tekst", "als volgt")
CONTENTS_TO_ADD = rx.compile(
    r"\bhet\s+volgende\s+(op\s+te\s+nemen|toe\s+te\s+voegen)\s*:\s*$|"
    r"\bde\s+volgende\s+(punten|onderdelen|zaken|elementen|afspraken)\s+(op\s+te\s+nemen|toe\s+te\s+voegen)\s*:\s*$",
    re.I,
)
#: a list introduced as what the college (or the draft) proposes: the council quotes it
COLLEGE_PROPOSES = rx.compile(
    r"\b(het\s+college|u|de\s+gemeente|de\s+wethouder|het\s+(concept|voorstel|plan|ontwerp))\s+"
    r"(stelt|stelde|wil|wilt|is\s+van\s+plan|bevat|omvat|gaat\s+uit\s+van)\b[^\n]{0,60}:\s*$|"
    # "In uw adviesaanvraag staan de volgende voorgenomen wijzigingen:"
    r"\b(uw|de|het)\s+(advies)?aanvraag\b[^\n]{0,80}:\s*$|"
    r"\b(voorgenomen|voorgestelde)\s+(wijzigingen|maatregelen|aanpassingen|veranderingen|keuzes)\b[^\n]{0,30}:\s*$",
    re.I,
)


def _announced(line: str) -> bool:
    """An advising intro ending in a colon, or a short heading that names the advice."""
    line = line.strip()
    if ADVISING_INTRO.search(line):
        return True
    return is_title(line) and bool(ADVICE_TITLE.search(line)) and not LIST_ITEM.match(line)


def _summary_sentence(sentence: str) -> bool:
    """'Samengevat vragen wij u ...': a summary word opens the sentence (not 'een samenvatting
    van de aanvraag' as the object of an ask)."""
    return bool(re.match(r"^\W*(\w+\s+){0,2}" + SUMMARY.pattern, sentence.strip(), re.I))


def _summary_list(text: str, start: int) -> bool:
    """The list stands under a summary intro or heading ("Samengevat adviseren wij u:")."""
    before = text[:start].rstrip().split("\n")[-3:]
    return any(SUMMARY.search(line) for line in before)


def _in_summary_section(text: str, offset: int) -> bool:
    """The nearest heading above ("Samenvatting", "Ons advies samengevat") names a summary."""
    for line in reversed(text[:offset].split("\n")[:-1]):
        line = line.strip()
        # (a numbered chapter title "1. Twee loketten, twee dossiers, één verhuizing" is
        # counted without its number; a numbered question "1. Wie bereikt het beleid?" is one)
        if line and _chapter_title(line):
            return bool(SUMMARY.search(line))
    return False


def _chapter_title(line: str) -> bool:
    """A heading line: a short title, or a numbered short question ("2. Wie bereikt het plan?")."""
    title = _strip_marker(line)
    if not title[:1].isupper():
        return False
    if is_title(title):
        return True
    numbered = title != line.strip()
    return numbered and title.endswith("?") and len(title.split()) <= MAX_TITLE_WORDS


#: a section of what the council found, before its advice: "3. Bevindingen", "Onze observaties"
FINDINGS = rx.compile(
    r"^\W*(?:\d{1,2}\.?\s+)?(?:onze\s+|ons\s+|de\s+)?(bevindingen|observaties|constateringen|overwegingen|"
    r"analyse|signalen|opmerkingen|beoordeling|oordeel|visie|waarnemingen|"
    r"wat\s+(?:wij|we)\s+(?:zien|horen|zagen|hoorden))\b",
    re.I,
)


def _without_asks_among_findings(text: str, found: list[Found]) -> list[Found]:
    """An advice that lists its asks (a. ..., b. ...) after a section of findings: a sentence
    pleading for something among the findings ("Wij pleiten voor een budget ...") argues for an
    ask of the list, it is no ask of its own. When the asks' list stands under a heading of its
    own, the findings may be numbered too ("3. Overgangstermijn. ... is dat kort"): what they
    plead for before that list is argument as well (round GL)."""
    listed = [f.start for f in found if _on_item_line(text, f.start)]
    if not listed:
        return found
    asks_listed = [start for start in listed if not _in_findings(text, start)]

    def argues(f: Found) -> bool:
        if not _in_findings(text, f.start):
            return False
        if asks_listed and f.start < asks_listed[0]:
            return True
        return not _on_item_line(text, f.start) and f.start < listed[0]

    return [f for f in found if not argues(f)]


def _in_findings(text: str, offset: int) -> bool:
    """The nearest heading above is a section of findings."""
    for line in reversed(text[:offset].split("\n")[:-1]):
        line = line.strip()
        if line and is_title(line) and _strip_marker(line)[:1].isupper():
            return bool(FINDINGS.search(line))
    return False


EXPLANATION = rx.compile(r"^\W*(toelichting|uitwerking|onderbouwing|nadere\s+uitleg)\b", re.I)


def _in_explanation_section(text: str, offset: int) -> bool:
    """The nearest heading above explains the numbered advices ("Toelichting op advies 2"): an
    ask in it says again what the advice said, it adds no advice."""
    for line in reversed(text[:offset].split("\n")[:-1]):
        line = line.strip()
        if line and is_title(line) and _strip_marker(line)[:1].isupper():
            return bool(EXPLANATION.search(line))
    return False


def _line_before(text: str, start: int) -> str:
    return text[:start].rstrip().rsplit("\n", 1)[-1]


def _sentence_before(text: str, start: int) -> str:
    """The line before ``start`` with the lines its sentence began on when it wrapped ("Op een
    aantal punten vragen wij" / "u het concept aan te passen:"), at most three lines back."""
    lines = text[:start].rstrip().split("\n")
    taken = [lines[-1]]
    for line in reversed(lines[-4:-1]):
        if re.search(r"[.!?:;]\s*$", line) or not line.strip() or LIST_ITEM.match(line):
            break
        taken.insert(0, line)
    return " ".join(part.strip() for part in taken)


#: a line opening with an aside between dashes that goes on with the sentence it interrupts
DASH_ASIDE = rx.compile(r"^\s*[–—-]\s[^–—\n]{1,60}\s[–—]\s+\w")
#: a wrapped intro that asks the college outright: "... vragen wij u het concept aan te passen:"
ASKING_INTRO = rx.compile(
    r"\b(adviseren|adviseert|vragen\s+(wij|we)\s+u|verzoeken\s+(wij|we)\s+u|(bevelen|raden)\s+(wij|we))\b[^.]*:\s*$",
    re.I,
)


#: lines an item may run over before the list is taken for prose
MAX_ITEM_LINES = 6


def unmarked_list_groups(text: str) -> list[list[tuple[int, int]]]:
    """Lists whose bullets were drawn as graphics and left no marker in the text: after an
    advising intro ending in a colon, items that continue its sentence in lower case, each
    ending its line with ';' and the last with the sentence's end."""
    groups = []
    for intro in re.finditer(r"[^\n]*:[ \t]*\n", text):
        if not ADVISING_INTRO.search(intro.group().strip()):
            continue
        group = _semicolon_items(text, intro.end())
        if len(group) >= 2:
            groups.append(group)
    return groups


def _semicolon_items(text: str, offset: int) -> list[tuple[int, int]]:
    """The items from ``offset`` on: each ends with a line ending in ';', the list with the line
    that ends the sentence; nothing when the lines do not read as such a list."""
    items: list[tuple[int, int]] = []
    start, lines = None, 0
    for line in re.finditer(r"[^\n]*", text[offset:]):
        stripped = line.group().strip(" \t\f")
        if not stripped:
            continue
        begin, end = offset + line.start(), offset + line.end()
        if start is None:
            if not stripped[0].islower() or LIST_ITEM.match(stripped):
                return []
            start, lines = begin, 0
        lines += 1
        if lines > MAX_ITEM_LINES or stripped.endswith(":"):
            return []
        if re.search(r";(\s*(en|of))?$", stripped):
            items.append((start, end))
            start = None
        elif stripped[-1] in ".!":
            return [*items, (start, end)] if items else []
    return []


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in others)


def list_groups(text: str) -> list[list[tuple[int, int]]]:
    """The lists of the text: runs of items of one marker kind, each item with the wrapped lines
    that continue it. A numbered title over a paragraph ends its list: the paragraph is prose."""
    groups: list[list[tuple[int, int]]] = []
    group: list[tuple[int, int]] = []
    offset, current, kind = 0, None, ""
    lines = text.split("\n")
    bare = _bare_numbered_lines(lines)
    lettered = _bare_lettered_lines(lines)
    for number, line in enumerate(lines):
        stripped = line.strip()
        item = (
            LIST_ITEM.match(line)
            or (BARE_ITEM.match(line) if number in bare else None)
            or (BARE_LETTER.match(line) if number in lettered else None)
        )
        if item and item.re is not BARE_LETTER and not _list_marker(item):
            item = None
        if item:
            if current:
                group.append(current)
            keyed = item.re is BARE_ITEM and item["key"]  # "A1", "A2": not the "4." over them
            new_kind = "keyed" if keyed else _marker_kind(_marker(item), kind)
            previous = text[group[-1][0] : group[-1][1]] if group else ""
            if group and (new_kind != kind or _restarts_numbering(line, previous)):
                groups.append(group)
                group = []
            current, kind = (offset, offset + len(line)), new_kind
        elif current and stripped and _title_over_paragraph(text[current[0] : current[1]], line):
            groups.append([*group, current])
            group, current, kind = [], None, ""
        elif (
            current
            and stripped
            and _continues(stripped, text[current[0] : current[1]], lines[number + 1 : number + 2])
        ):
            current = (current[0], offset + len(line))
        elif current and not stripped:
            pass  # a blank line between items keeps the list going
        elif current:
            groups.append([*group, current])
            group, current, kind = [], None, ""
        offset += len(line) + 1
    if current:
        group.append(current)
    if group:
        groups.append(group)
    return groups


#: a list item numbered without a full stop ("1 Vraag niet om gegevens die u al hebt."), as a
#: numbered table without rules prints; an item only in a run 1, 2, 3 ...
BARE_ITEM = rx.compile(
    # (also keyed by a letter: "A1 Breng de omvang van het probleem in beeld.")
    r"^\s*(?P<key>[A-Z])?(?P<marker>\d{1,2})\s+(?P<ocr>(?!))?(?P<glued>(?!))?(?P<body>[A-Z][a-zà-ÿ]\S*(?:\s+\S+){2,}.*)$"
)
#: how many lines an item numbered so may take before the next number
BARE_ITEM_LINES = 8


#: a list item lettered without a full stop before a clause in lower case ("A  een vaste termijn
#: in te voeren ...;"), as a table of two columns prints; an item only in a run A, B, C ...
BARE_LETTER = rx.compile(
    r"^\s*(?P<key>(?!))?(?P<marker>[A-H])\s+(?P<ocr>(?!))?(?P<glued>(?!))?(?P<body>[a-zà-ÿ]\S*(?:\s+\S+){2,}.*)$"
)


def _bare_lettered_lines(lines: list[str]) -> set[int]:
    """The lines that open items lettered A, B, C ... without full stops, each within a few
    lines of the one before, the run starting at A."""
    return _item_runs(
        lines, BARE_LETTER, lambda m: ord(m["marker"]), lambda m, _: m["marker"] == "A"
    )


def _bare_numbered_lines(lines: list[str]) -> set[int]:
    """The lines that open items of a list numbered 1, 2, 3 ... without full stops, each
    within a few lines of the one before (keyed ones, "A1", "A2", by the same letter)."""

    def starts(item: re.Match[str], number: int) -> bool:
        # (under a "Nr. | Wat wij adviseren | Waarom" head the rows are read as a table)
        under_head = any(ROW_HEADER.match(lines[j]) for j in range(max(0, number - 2), number))
        return int(item["marker"]) == 1 and not under_head

    return _item_runs(
        lines, BARE_ITEM, lambda m: int(m["marker"]), starts, lambda a, b: a["key"] == b["key"]
    )


def _item_runs(
    lines: list[str],
    pattern: re.Pattern[str],
    value: Callable[[re.Match[str]], int],
    starts: Callable[[re.Match[str], int], bool],
    same: Callable[[re.Match[str], re.Match[str]], bool] = lambda a, b: True,
) -> set[int]:
    """The lines of runs of two or more items of ``pattern`` whose values go up by one, each
    within BARE_ITEM_LINES of the one before; a run opens where ``starts`` says."""
    found: set[int] = set()
    run: list[int] = []
    for number, line in enumerate(lines):
        item = pattern.match(line)
        if not item:
            continue
        before = pattern.match(lines[run[-1]]) if run else None
        if (
            before
            and value(item) == value(before) + 1
            and same(item, before)
            and number - run[-1] <= BARE_ITEM_LINES
        ):
            run.append(number)
        else:
            if len(run) >= 2:
                found.update(run)
            run = [number] if starts(item, number) else []
    if len(run) >= 2:
        found.update(run)
    return found


def _marker(item: re.Match[str]) -> str:
    """The list marker; a dash glued to its word ("-te zorgen") is how scans often read one."""
    ocr = item.group("ocr")  # "4.-": the number with the dash a scan put after it
    return item.group("marker") or (ocr[:-1] if ocr else None) or item.group("glued")


def _marker_kind(marker: str, previous_kind: str) -> str:
    """digit, letter, roman or bullet; "i." is a letter only inside a lettered list."""
    core = marker.strip("().")
    if core.isdigit():
        return "digit"
    if re.fullmatch(r"\d{1,2}\.\d{1,2}", core):
        return "section"  # "4.1", "4.2"
    if re.fullmatch(ROMAN, core) and not (previous_kind == "letter" and len(core) == 1):
        return "roman"
    if core.isalpha() and len(core) == 1:
        return "letter"
    return "bullet"


def _title_over_paragraph(item: str, line: str) -> bool:
    """'1. Jobcoaching' followed by a sentence starting with a capital: a heading, not an item."""
    body = _strip_marker(item)
    return "\n" not in item and is_title(body) and line.strip()[:1].isupper()


def _restarts_numbering(line: str, previous_item: str) -> bool:
    """ "1." after "2. Adviezen": a new list, not the next item of the old one."""
    number = r"\s*\(?(\d{1,2})[.)]"
    new, old = re.match(number, line), re.match(number, previous_item)
    return bool(new and old and int(new.group(1)) != int(old.group(1)) + 1)


def _continues(line: str, item: str, following: list[str]) -> bool:
    """A wrapped line: the item did not end a sentence yet, or this line starts lower case, or
    it is a further sentence of the item that the next item directly follows."""
    if LIST_ITEM.match(line) or re.match(r"^(toelichting|argument|waarom)\s*:", line, re.I):
        return False
    if line[:1].islower() or not item.rstrip().endswith((".", ":", "!", "?")):
        return True
    next_is_item = bool(following and LIST_ITEM.match(following[0]))
    return next_is_item and line.endswith((".", "!")) and not is_title(line)


def _list_marker(item: re.Match[str]) -> bool:
    """Capital letters mark a list only before a capitalised line of a few words ("A. Zorg
    dat ..."), not initials in a signature ("T. Post", "H. ter Velde")."""
    marker, body = _marker(item), item.group("body")
    if DASH_ASIDE.match(item.group(0)) and body[:1].islower():
        return False  # "– een groeiende groep – kunnen daar ...": a sentence's aside wrapped
    return not marker[0].isupper() or (body[:1].isupper() and len(body.split()) >= MIN_ITEM_WORDS)


def _run_in_heading(text: str, start: int, end: int) -> bool:
    """'Uitstroom uit beschermd wonen. Inwoners die ...': a few words with a full stop that open
    a paragraph line and run on into its text are its heading, not an order."""
    at_line_start = start == 0 or text[start - 1] in "\n\f"
    line_end = text.find("\n", end)
    runs_on = bool(text[end : len(text) if line_end < 0 else line_end].strip())
    short = len(text[start:end].split()) <= MAX_TITLE_WORDS and "\n" not in text[start:end]
    return at_line_start and runs_on and short and not ADVISE_SENTENCE.search(text[start:end])


def _after_headings(text: str, start: int, end: int) -> int:
    """Where the sentence proper begins: past the short heading lines without a full stop
    ("Voorkomen", "Spoor 3: werk", "Kenmerk: 24/15") that the sentence splitter glued to it.
    A sentence that starts mid-line is wrapped text and has none; a heading alone is skipped."""
    while start < end and (start == 0 or text[start - 1] in "\n\f" or _after_label(text, start)):
        line_end = text.find("\n", start, end)
        first_line = text[start : end if line_end < 0 else line_end].strip()
        rest = "" if line_end < 0 else text[line_end + 1 : end].strip()
        words = len(first_line.split())
        last = first_line.split()[-1].lower() if words else ""
        if words > MAX_HEADING_WORDS or first_line.endswith((".", "!")) or last in FUNCTION_WORDS:
            break  # a sentence, or a line ending on 'op', 'de', 'voor': not a heading
        if rest[:1].islower() and not _column_heads(first_line, rest):
            break  # a line that wraps on into its sentence
        start = end if line_end < 0 else line_end + 1
    return start


def _after_label(text: str, start: int) -> bool:
    """'Nr. Advies Toelichting': a sentence that begins after a short abbreviation opening its
    line (the splitter cut at its full stop), or after blanks only, still begins the line."""
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start].strip()
    if not prefix:
        return True  # only blanks before it: emphasis marks blanked out ("**Bereik**")
    if re.fullmatch(r"\(?\d{1,2}[.)]", prefix):
        return True  # "2. Maatregelen" cut after its number: a numbered title opens the line
    return len(prefix) <= 4 and prefix.endswith(".") and prefix[:-1].isalpha()


def _column_heads(first_line: str, rest: str) -> bool:
    """'Aanbevelingen' over 'nr aanbeveling toelichting': a title over the header row of a
    table the text layer laid out, not a line wrapping into a sentence."""
    next_line = rest.split("\n", 1)[0]
    return (
        len(first_line.split()) <= 3
        and bool(ADVICE_TITLE.search(next_line))
        and (len(next_line.split()) <= MAX_TITLE_WORDS and not next_line.endswith((".", ",")))
    )


def _strip_marker(item: str) -> str:
    """The item's text after its marker: "3." and "-", or a bare number ("1 Voer de intake
    uit met een tolk"), which would otherwise read as the item's first word."""
    first = item.split("\n", 1)[0]
    match = LIST_ITEM.match(first) or BARE_ITEM.match(first)
    return match.group("body") if match else item


def _body(text: str, span: tuple[int, int]) -> str:
    """The whole item without its marker, wrapped lines joined."""
    raw = text[span[0] : span[1]]
    first, _, rest = raw.partition("\n")
    return " ".join((_strip_marker(first) + " " + rest).split())


#: the words that open an ask without saying what is asked: "Wij adviseren u daarom om"
ADVISING_FRAME = rx.compile(
    r"^\W*((wij|we|de\s+[\w-]*raad)\s+(adviseren|adviseert|vragen|vraagt|verzoeken|verzoekt)\s+"
    r"(u|het\s+college)\s+((daarom|ook|dan\s+ook|dringend|met\s+klem)\s+)*(om\s+)?)",
    re.I,
)


def _unique(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans whose first words were not seen before: a summary repeated in a chapter counts once."""
    seen, kept = set(), []
    for span in spans:
        # after the advising formula, which two asks may share ("Wij adviseren u in het
        # Programma van Eisen een norm op te nemen" / "... in het Programma van Eisen op te nemen dat")
        body = ADVISING_FRAME.sub("", _body(text, span), count=1)
        key = " ".join(re.findall(r"\w+", body.lower())[:7])
        if key not in seen:
            seen.add(key)
            kept.append(span)
    return kept
