"""The college's stance in one sentence: does the college follow, decline, defer or only note?

Why not a phrase list: colleges say "we nemen het over", "dat advies volgen wij niet",
"wij zijn het niet met u eens", "daarover besluiten wij na de evaluatie" and a hundred other
things. This reader works on the parts a sentence is built from instead:
- who acts: the college (wij, we, ons college, het college, ik as wethouder) or a passive
  about the advice ("uw advies wordt ..."); sentences about the council ("u adviseert") or
  the world ("de rechter heeft ...") carry no stance of the college;
- the act: a verb family (take over, follow, agree, carry out, adapt; refuse, deviate;
  decide later, study, include later; already done) in any of its Dutch forms;
- its polarity: negation (niet, geen, nooit) in the same clause turns following into
  declining, "nog niet" turns it into deferring; modal hedges (overwegen, bekijken) defer;
- scope: "deels", "op onderdelen", "met uitzondering van" make it partial.
A sentence is split into clauses at ";" and at "maar"/"echter"/"wel ... niet" so that
"punt 1 nemen wij over; punt 2 niet" keeps both halves.
"""

from __future__ import annotations

import functools
import re

from cp_textmine.read import rx
from cp_textmine.read.lexicon import dutch_infinitives
from cp_textmine.read.prefilter import prefiltered
from cp_textmine.read.terms import ORDINAL

#: "zoals u adviseerde", ", zoals de raad heeft aanbevolen": an act tied to what the council asked
#: (adverbial, after a comma or opening the sentence; not "een verhoging zoals u voorstelt")
_MONTH = (
    r"(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
)
_CHANGED = (
    r"(opgenomen|vastgelegd|toegevoegd|geregeld|hersteld|aangepast|gecorrigeerd|verbeterd|"
    r"herschreven|vervangen|vernieuwd|geactualiseerd)"
)
#: the college's own document, changed on the advice: "In de vastgestelde agenda is daarom een
#: aparte actielijn opgenomen", "Aan de gewijzigde beleidsregels is een artikel toegevoegd"
_AMENDED_DOCUMENT = (
    r"\b(in|aan)\s+(de|het)\s+(vastgestelde|aangepaste|definitieve|gewijzigde|herziene|nieuwe)\s+"
    r"(agenda|uitvoeringsagenda|nota|regeling|verordening|beleidsregels|tekst|versie|plan|beleidsplan)\b"
    r"[^.;]{0,30}\b(is|zijn|wordt|worden)\b[^.;]{0,80}\b(opgenomen|toegevoegd|verwerkt)\b|"
    # a numbered part of it: "in hoofdstuk 3 is een nieuwe paragraaf opgenomen", "paragraaf 4.2
    # is herschreven", "als bijlage 3 is een overzicht toegevoegd"
    r"\b(in|aan|als)\s+(hoofdstuk|paragraaf|bijlage|artikel)\s+\d[\d.]*\b[^.;]{0,30}\b(is|zijn|wordt|worden)\b"
    r"(?:[^.;]|\.\d){0,80}\b(opgenomen|toegevoegd|verwerkt)\b|"
    r"^\W*(hoofdstuk|paragraaf|bijlage|artikel)\s+\d[\d.]*\b[^.;]{0,40}\b(is|zijn|wordt|worden)\s+"
    r"(\w+\s+){0,2}?(herschreven|aangepast|gewijzigd|uitgebreid|aangevuld)\b"
)
_ZOALS_GEADVISEERD = (
    r"(^|,|\bprecies|\bverder)\s*zoals\s+(door\s+)?(u|uw\s+raad|de\s+\w*raad|jullie)\s+(\w+\s+){0,3}?(adviseerde|adviseert|"
    r"voorstelde|voorstelt|vroeg|vraagt|bepleitte|bepleit|aanbeval|aanbeveelt|geadviseerd|voorgesteld|gevraagd|"
    r"aanbevolen|aanraadde|aanraadt|aangeraden|verzocht|verzoekt|adviseerden|voorstelden)\b"
)
COLLEGE_ACTS = rx.compile(
    r"\b(wij|we|ons\s+college|het\s+college|college|ik|onze\s+gemeente|de\s+gemeente|"
    r"burgemeester\s+en\s+wethouders|(het\s+)?(dagelijks|algemeen)\s+bestuur|het\s+bestuur(?!\s+van\b)|de\s+centrumgemeente)\b|\b(uw|het|dit|deze)\s+(advies|adviezen|voorstel|punt|aanbeveling)\w*"
    r"\s+(wordt|worden|is|zijn|werd|werden)\b|\b(wordt|worden|werd|werden)\s+(uw|het|dit|deze)\s+(advies|adviezen|voorstel|punt|aanbeveling)\w*"
    r"|\b(door|van)\s+(ons|het\s+college|ons\s+college)\b|\b(gaat|gaan)\s+ons\s+(\w+\s+)?te\s+ver\b"
    # the advice as subject a few words before its passive verb: "Aanbeveling 5 wordt niet
    # gevolgd", "Het advies van de raad om ... wordt onverkort gevolgd", "alle zes aanbevelingen
    # worden uitgevoerd"; a sentence opening with the passive verb ("Wordt meegenomen in ...")
    r"|\b(advies|adviezen|voorstel|voorstellen|aanbeveling|aanbevelingen|suggestie|verzoek|wens|signaal|signalen|"
    r"knelpunt\w*|opmerking\w*|zorgpunt\w*)\b"
    # (a point's letter is no sentence end: "Het advies onder a. wordt hiermee overgenomen")
    r"(?:[^.;]|(?<=\s[a-z])\.){0,120}?\b(wordt|worden|is|zijn|werd|werden)\b|^\W*(wordt|worden)\s+\w+"
    # the act tied to the advice: "zoals u adviseerde", "op uw verzoek", "conform uw suggestie"
    rf"|{_ZOALS_GEADVISEERD}|{_AMENDED_DOCUMENT}|"
    r"\bde\s+wethouder\b|\bwethouder\s+[A-Z]|\bde\s+door\s+(u|uw\s+raad|de\s+\w*raad)\s+(bepleite|voorgestelde|gevraagde|geadviseerde)\b|"
    r"^\W*(vanaf|per|met\s+ingang\s+van)\s+(\d{1,2}\s+)?(januari|februari|maart|april|mei|juni|juli|augustus|september|"
    r"oktober|november|december|20\d\d|volgend\s+jaar)\b|"
    r"^\W*(dit|dat)\s+(is|wordt|werd)\s+(inmiddels|nu|al|reeds|dan\s+ook)\b|\b(besluit|standpunt)\b[^.;]{0,60}\bvolgt\b|"
    r"\bwat\s+ons\s+betreft\b|(^|,)\W*op\s+(uw|jullie)\s+(aanraden|advies|verzoek|voorstel)\b"
    r"|\banders\s+dan\s+(u|uw\s+raad|de\s+\w*raad|jullie)\b|\bconform\s+(uw|het)\s+(\w+\s+)?(advies|suggestie|voorstel|verzoek|wens|aanbeveling)\b"
    # a decision said in the passive: "Over de bijdrage is nog geen besluit genomen"
    r"|\b(is|wordt|werd)\s+(nog\s+)?(geen|een)\s+(besluit|standpunt)\b"
    # "een definitief standpunt kan pas worden ingenomen", "wordt ... een besluit genomen"
    r"|\b(besluit|standpunt)\b[^.;]{0,40}\b(worden|wordt)\s+(genomen|ingenomen|bepaald)\b"
    r"|\b(wordt|worden)\b[^.;]{0,60}\b(besluit|standpunt)\s+(genomen|ingenomen|bepaald)\b"
    # an impersonal decision ("Besloten wordt ...", "Het college besluit: ..."), a point as the
    # subject of a reaction ("Punten 1 en 3 overgenomen"), the college speaking of itself ("voor
    # ons", "heeft ons overtuigd"), what was asked coming about ("dat komt er")
    r"|\b(besloten\s+wordt|wordt\s+besloten)\b|^\W*(punt|punten|adviespunt\w*|aanbeveling\w*)\s+\d"
    r"|\bvoor\s+ons\b|\b(heeft|hebben)\s+((u|jullie|uw\s+raad)\s+)?(ons|mij)\s+((\w+\s+){0,3}?niet\s+)?(kunnen\s+)?overtuig(d|en)\b|\b(dat|dit|die|deze)\s+(komt|komen)\s+er\b"
    r"|(^|[;:])\s*(dit|dat)\s+(komt|wordt)\s+(\w+\s+)?(terug|meegenomen|betrokken)\b",
    re.I,
)
#: someone else acting: "Het ministerie heeft het verzoek ... afgewezen", "Het vorige college ..."
OTHER_ACTOR = rx.compile(
    r"^\W*(het\s+(ministerie|rijk|uwv|kabinet|vorige\s+college|toenmalige\s+college)|de\s+(rechter|minister|"
    r"staatssecretaris|provincie|svb|ombudsman|gemeenteraad)|de\s+raad\s+(heeft|nam|besloot|stemde))\b",
    re.I,
)
ABOUT_COUNCIL = rx.compile(
    r"^\s*[*“\"'‘_]?\s*(u|uw\s+raad|de\s+(cli[eë]nten|advies|participatie)raad|de\s+raad)\s+"
    r"(adviseert|adviseerde|stelt|vraagt|vroeg|geeft|gaf|wijst|pleit|beveelt|merkt|signaleert|constateert|"
    r"raadt|raadde|vreest|vindt|ziet|noemt|"
    r"(heeft|hebt|had)\b[^.;]{0,60}\b(gevraagd|geadviseerd|voorgesteld|verzocht|aangegeven|gewezen|opgemerkt))\b|"
    # "Volgens uw raad moet het verslag binnen tien werkdagen ...": the council's view retold
    r"^\s*[*“\"'‘_]?\s*(volgens|naar\s+de\s+mening\s+van|in\s+de\s+ogen\s+van)\s+"
    r"(u|uw\s+raad|de\s+(cli[eë]nten|advies|participatie)raad|de\s+raad)\b",
    re.I,
)
#: not as the first part of a compound ("niet-gebruik", "geen-bezwaarverklaring")
NEGATION = rx.compile(
    r"\b(niet|geen|nooit|niets|evenmin|noch)\b(?!-|\s+(alleen|enkel|slechts|oneens|onredelijk|onmogelijk|"
    r"onbelangrijk|onterecht|ongegrond)\b)",
    re.I,
)
NOT_YET = rx.compile(
    r"\b(nog\s+niet|nog\s+geen|vooralsnog\s+niet|op\s+dit\s+moment\s+nog\s+niet)\b", re.I
)

ADOPT = prefiltered(
    rx.compile(
        rf"{_AMENDED_DOCUMENT}|"
        r"(?<!kennis\s)(?<!kennis\ste\s)\b(neem|neemt|nemen|namen|nam)\b(?:(?!\b(besluit|beslissing|standpunt|contact|kennis)\b)[^.;]){0,60}\bover\b|"
        # (not "de contouren van onze reactie met u door te nemen": going through, not taking up)
        r"\b(uit|in|aan|op|door)\s+te\s+(voeren|passen)\b|\b(uit|in|aan|op)\s+te\s+nemen\b|\bovergenomen\b|(?<!besluit\s)(?<!beslissing\s)(?<!standpunt\s)\bover\s+te\s+nemen\b|\boverneemt\b|\boverneem\b|\bovernemen\b|"
        r"(?<!\bals\s)\b(volg|volgt|volgen|volgden)\b(?!\s+(hieronder|hierna|onder|de\s+volgorde))[^.;]{0,30}\b(advies|adviezen|aanbeveling\w*|voorstel\w*|u|uw|hierin|daarin)\b|"
        r"\b(advies|adviezen|aanbeveling\w*|voorstel\w*|dit|dat|deze|punt\s+\d+|u|hierin|daarin)\b[^.;]{0,30}(?<!\bals\s)\b(volg|volgt|volgen|volgden)\b(?!\s+(hieronder|hierna|onder|uit)\b)|"
        # (not "de vijf adviezen, steeds gevolgd door de reactie van het college": in that order)
        r"\b(gevolgd(?!\s+door\s+(de|een|het|onze|ons)\s+(\w+\s+)?(reactie|antwoord|toelichting|standpunt|"
        r"overwegingen|commentaar)\b)|opvolgen|opgevolgd)\b|\bconform\s+(uw|het)\s+advies\b|"
        r"\b(besloten|besluiten|besluit)\s+(om\s+)?(het|dit|dat|deze|uw\s+\w*advies|het\s+advies)\b[^.;]{0,30}\bte\s+(volgen|honoreren)\b|"
        r"\b(verwerk|verwerkt|verwerken|verwerkten)\b|\b(honoreer|honoreert|honoreren|gehonoreerd)\b|"
        r"\b(stem|stemt|stemmen)\b[^.;]{0,40}\bin\b|\bingestemd\b|\b(onderschrijf|onderschrijft|onderschrijven|onderschreven)\b(?!\s+(dat|het\s+belang|de\s+zorg|uw\s+zorg|de\s+noodzaak|de\s+analyse))|"
        # "Wij brengen dit in als eis voor het programma van eisen", "zullen in het algemeen
        # bestuur bepleiten de norm aan te scherpen": taken where another body decides
        r"\b((breng|brengt|brengen)\s+(wij|we|ik)|(wij|we|ik)\s+(breng|brengen))\s+(dit|dat|het|deze|die|uw\s+\w+)\s+"
        r"(\w+\s+)?in\s+als\b|"
        # (the college's: not "Uw raad bepleit dat ...")
        r"\b(zullen|zal|gaan|ga|willen|wil)\s+(wij|we|ik)\b[^.;]{0,60}\bbepleiten\b|"
        r"\b(wij|we|ik)\s+(zullen|zal|gaan|ga|willen|wil)\b[^.;]{0,60}\bbepleiten\b|"
        r"\b(bepleiten|bepleit)\s+(wij|we|ik|het\s+college)\b|"
        # "Wij vinden dit terecht.": the ask judged right, as a whole sentence (not "terecht dat
        # u aandacht vraagt voor ...": the concern)
        r"\b(vinden|vind)\s+(wij|we|ik)\s+(dit|dat|het)\s+terecht\s*[.!]|"
        r"\b(wij|we|ik)\s+(vinden|vind)\s+(dit|dat|het)\s+terecht\s*[.!]|"
        r"\b(sluit|sluiten)\b[^.;]{0,30}\b(ons|zich)\b[^.;]{0,30}\baan\s+bij\b|\b(eens\s+met|met\s+u\s+eens)\b|\b(delen|deel)\s+uw\s+(advies|standpunt|mening|opvatting|visie|voorstel)|\b(willig|willigt|willigen)\b[^.;]{0,40}\bin\b|\bingewilligd\b|\binwilligen\b|"
        r"\bakkoord\b|\b(pas|past|passen)\b[^.;]{0,60}\baan\b|\baangepast\b|\b(voer|voert|voeren)\b[^.;]{0,40}\b(in|uit)\b|\bingevoerd\b|"
        r"\b(ga|gaan|gaat)\b[^.;]{0,40}\b(doen|uitvoeren|regelen|realiseren|oppakken|invoeren|aanpassen|opnemen|toepassen)\b|"
        # "Wij gaan samen met de vrijwilligersorganisaties een pool opzetten"
        r"\b(ga|gaan|gaat)\s+(wij|we|ik|het\s+college)\b[^.;]{0,80}\b(opzetten|organiseren|inrichten)\b|"
        r"\b(neem|neemt|nemen)\b[^.;]{0,40}\bop\s+in\b|\bopgenomen\s+in\b|"
        # the object first: "een vaste termijn nemen wij (niet) op"
        # (not "Een besluit nemen wij op dat moment": when, not what is taken up)
        r"\b(neem|neemt|nemen)\s+(wij|we|het\s+college|ik)\s+(\w+\s+){0,2}?op\b"
        r"(?!\s+(met|contact|(dat|dit|die|een\s+later|het\s+juiste)\s+(moment|tijdstip)|korte\s+termijn))|"
        rf"\b(is|zijn|wordt|worden)\s+([\w.,€]+\s+){{1,10}}{_CHANGED}\b|\bkrijgt\s+een\s+plek\b|"
        # "het formulier en de publieksversie komen er": what was asked will be there
        r"\b(komt|komen)\s+er(\s+(ook|dus|nu|dan|wel))?\s*[.;!]?\s*$|"
        r"\b(zeg|zegt|zeggen)\b[^.;]{0,30}\btoe\b|\btoegezegd\b|\bvoorstel\s+wordt\s+aangepast\b|\bdoorgevoerd\b|\brealiseren\b(?!\s+(ons|wij\s+ons|we\s+ons))|\buitvoeren\b|"
        # ("Een termijn van twee werkdagen kunnen wij niet waarmaken"; not "toezeggen": "kan ik
        # nu niet toezeggen" defers as often as it declines)
        r"\bwaarmaken\b|\bwaar\s+te\s+maken\b|"
        # the college doing what was asked, in its own verbs: "wij voegen een paragraaf toe",
        # "wij richten een klankbordgroep in", "dit wordt de werkwijze", "maken dit mogelijk"
        r"\b(voeg|voegt|voegen)\b[^.;]{0,60}\btoe\b|\btoegevoegd\b|"
        # "Dat advies hebben wij voor een groot deel kunnen gebruiken": the advice put to use
        # (not "nemen uw advies ter kennisgeving aan en zullen het gebruiken bij ...": later)
        r"\b(advies|adviezen|aanbeveling\w*|voorstel\w*)\b[^.;]{0,50}\b(hebben|heeft)\s+(wij|we|ik|het\s+college)\s+"
        r"(\w+\s+){0,4}?(kunnen\s+)?(gebruiken|benutten)\b|"
        # money made available: "Een apart budget stellen wij (niet) beschikbaar", "wij maken
        # extra geld vrij", "trekken daarvoor € 20.000 uit"
        r"\b(stel|stelt|stellen)\s+(wij|we|ik|het\s+college)\b[^.;]{0,50}\bbeschikbaar\b|"
        r"\b(maak|maakt|maken|trek|trekt|trekken)\s+(wij|we|ik|het\s+college)\b[^.;]{0,50}\b(vrij|uit)\s*[.;,]|"
        # going along with the council: "Ook op dit punt zijn wij met u meegegaan"
        r"\bmet\s+(u|uw\s+raad|uw\s+advies|uw\s+voorstel)\s+meegegaan\b|\bmeegegaan\s+met\s+(u|uw)\b|"
        # taking out what the council objected to: "Wij hebben de drempel geschrapt"
        r"\b(schrap|schrapt|schrappen|geschrapt)\b|\b(richt|richten)\b[^.;]{0,60}\bin\b(?!\s+op)|"
        # "Dat vinden wij een redelijk voorstel"
        r"\b(vinden|vind)\s+(wij|we|ik|het\s+college)\s+(een\s+)?(redelijk|terecht|goed|sympathiek\s+en\s+uitvoerbaar)e?\s+"
        r"(voorstel|advies|verzoek|punt)\b|"
        # "Dat vinden wij een waardevolle aanvulling"
        r"\b(vinden|vind)\s+(wij|we|ik|het\s+college)\s+een\s+(waardevolle|goede|nuttige|zinvolle)\s+"
        r"(aanvulling|suggestie)\b|"
        # "richten wij een jongerenpanel op", "Daarin leggen wij vast dat ..." (not "richten wij
        # ons op": a focus, not an act)
        r"\b(richt|richten)\s+(wij|we|ik|het\s+college)\s+(?!ons\b)[^.;]{0,60}?\bop\b(?!\s+(de|het|een|dit|dat)\b)|"
        r"\b(leg|legt|leggen)\s+(wij|we|ik|het\s+college)\s+(\w+\s+){0,3}?vast\b|"
        r"\b(wordt|worden)\s+(dit\s+|dat\s+)?(de\s+)?(standaard|werkwijze|norm|vaste\s+praktijk)\b|"
        r"\b(maak|maakt|maken)\b[^.;]{0,40}\bmogelijk\b|\b(gaan|ga|gaat)\s+(\w+\s+){0,2}verder\s+dan\b|"
        # the act done as advised: "zoals u adviseerde", "op uw aanraden", "conform uw suggestie",
        # "daar hebben wij gehoor aan gegeven", "komen wij tegemoet", "opdracht gegeven"
        r"\bin\s+lijn\s+met\s+(het|uw)\s+(\w+\s+){0,3}?(advies|voorstel)\b|\btegemoet\s+(\w+\s+){0,2}(komen|gekomen)\b|"
        r"\b(gaat|gaan)\s+door\b|"
        r"\bbereid\b[^.;]{0,60}\bte\s+(?!(bespreken|overleggen|praten|spreken|kijken|bekijken|informeren|verkennen|lichten|delen)\b)\w+|"
        r"\b(gewijzigd|vernieuwd|verruimd)\b|\bdeelt\s+uw\s+(advies|standpunt|mening|opvatting|visie|voorstel)|"
        r"(^|,)\W*op\s+(uw|jullie)\s+(aanraden|advies|verzoek|voorstel)\s+(is|zijn|wordt|worden|hebben|heeft|werd|werden)\b|"
        r"\bconform\s+(uw|het)\s+(\w+\s+)?(advies|suggestie|voorstel|verzoek|wens|aanbeveling)\b|"
        r"\bgehoor\s+(aan\s+)?(gegeven|geven|geeft)\b|"
        # "Zo geven wij invulling aan uw tweede advies"
        r"\b(geef|geeft|geven|gaven|gaf|gegeven)\b[^.;]{0,30}\binvulling\s+aan\s+(uw|het|dit|deze|die)\b|"
        # "Hierin geven wij u voor een deel gelijk"
        r"\b(geef|geeft|geven|gaven|gaf)\s+((wij|we|ik|het\s+college)\s+)?(u|uw\s+raad|de\s+[\w-]*raad)\s+(\w+\s+){0,4}?gelijk\b|\btegemoet\s*(te\s+)?(komen|gekomen)\b|\b(kom|komt|komen)\b[^.;]{0,40}\btegemoet\b|"
        # ("opdracht gegeven voor een evaluatie" commissions a study, it adopts nothing)
        r"\bopdracht\s+(gegeven|geven|gegeven\s+om)\b(?!\s+(voor|tot)\s+(een\s+|het\s+)?(\w+\s+)?(evaluatie|onderzoek|verkenning|studie|analyse|inventarisatie)\b)"
        # ("opdracht gegeven om ... na te gaan": a check, no act on the advice)
        r"(?![^.;]{0,100}\b(na\s+te\s+gaan|te\s+onderzoeken|te\s+inventariseren|te\s+bekijken|uit\s+te\s+zoeken)\b)|\b(advies|adviezen|aanbeveling\w*|voorstel\w*|punt\w*)\b[^.;]{0,60}\b(uitgevoerd|gerealiseerd)\b|"
        # the advice's object first, its verb after the college: "Het advies om ..., kunnen wij
        # niet volgen", "... volgen wij voor zover"
        r"\b(kunnen|kan|zullen|zal|willen|wil)\s+(wij|we|ik|het\s+college)\s+(\w+\s+){0,3}?(volgen|overnemen|honoreren|"
        r"opvolgen|uitvoeren|steunen)\b|"
        r"\b(advies|aanbeveling\w*|voorstel\w*|verzoek|wens)\s+om\b[^.;]{0,120},\s*(volgen|honoreren|steunen)\s+(wij|we|ik)\b|"
        # "naar aanleiding van uw advies hebben wij besloten de grens te verhogen"
        r"\b(naar\s+aanleiding\s+van|op\s+basis\s+van)\s+(uw|het)\s+(\w+\s+)?(advies|voorstel|aanbeveling\w*)\b[^.;]{0,60}"
        r"\b(besloten|besluiten|gaan|zullen)\b|"
        r"\b(ga|gaan|gaat)\s+(\w+\s+){0,3}in\s+mee\b|\b(ga|gaan|gaat)\b[^.;]{0,40}\bmee\s*[.;]?$|"
        # "in te stemmen met", "het niet oneens", "met de raad eens", a decision to follow named
        # far from its object ("Besloten wordt de aanbeveling ... te volgen"), "gaan over tot"
        r"\bin\s+te\s+stemmen\b|\binstemmen\s+met\b|\bniet\s+oneens\b|\bmet\s+(u|jullie|de\s+\w*raad|uw\s+raad)\s+eens\b|"
        r"\b(besloten|besluit|besluiten)\b[^.;]{0,20}\b(advies|adviezen|aanbeveling\w*|voorstel\w*|punt\w*|suggestie\w*)\b"
        r"[^.;]{0,130}\bte\s+(volgen|honoreren)\b|"
        r"\b(advies|adviezen|aanbeveling\w*|voorstel\w*|punt\w*|suggestie\w*)\b[^.;]{0,150}\bte\s+(volgen|honoreren)\s*[.;]?\s*$|"
        r"\b(zullen|zal|willen|wil)\s+(het|dit|dat|deze|hem|ze|die)\s+(\w+\s+){0,5}?(volgen|overnemen|uitvoeren|honoreren)\b|"
        r"\b(ga|gaan|gaat|gingen|ging)\s+(\w+\s+){0,3}over\s+tot\b|\bover\s+te\s+gaan\s+tot\b|"
        # ("Een garantie dat er nooit een wachttijd is, kan ik niet geven")
        r"\b(garantie|toezegging|belofte)\b[^.;]{0,60}\b(kan|kunnen)\s+(ik|wij|we|het\s+college)\s+niet\s+(geven|doen|bieden)\b|"
        # "Daar sluiten wij ons bij aan": agreeing to the ask
        r"\b(sluiten|sluit)\s+(wij|we|ik|het\s+college)\s+(ons|mij|zich)\s+(\w+\s+){0,3}?bij\s+(\w+\s+){0,4}?aan\b|"
        r"\b(daar|hier)bij\s+(sluiten|sluit)\s+(wij|we|ik|het\s+college)\s+(ons|mij|zich)\s+(\w+\s+){0,2}?aan\b|"
        # "Hiertoe gaan wij (niet) over", "Een apart budget stellen wij (niet) in"
        r"\b(hier|daar)toe\s+(ga|gaan|gaat)\s+(wij|we|ik|het\s+college)\s+(\w+\s+)?over\b|"
        r"\b(stel|stelt|stellen)\s+(wij|we|ik|het\s+college)\s+(\w+\s+){0,2}?in\s*([.;,]|$)|"
        # "Die termijn hebben wij in artikel 4 opgenomen": what was asked written into the rules
        r"\b((hebben|heeft)\s+(wij|we|ik|het\s+college)|(wij|we|ik)\s+(hebben|heb)|het\s+college\s+heeft)\b[^.;]{0,40}"
        r"\bin\s+(artikel\s+\d+|de\s+(regeling|verordening|"
        r"beleidsregels|nota|tekst)|het\s+(beleidsplan|besluit|plan))\b[^.;]{0,60}\bopgenomen\b|"
        r"^\W*ook\s+dat\s+doen\s+(wij|we|ik)\s*[.;]?\s*$|"
        # the college changing the rule itself: "Wij verhogen de grens daarom naar € 600",
        # "Daarom verruimen wij de openingstijden"
        r"\b(wij|we|ik|het\s+college)\s+(verhogen|verlagen|verlengen|verkorten|verruimen|vereenvoudigen|"
        r"versoepelen|verhoogt|verlaagt|verlengt|verkort|verruimt)\b|"
        r"\b(verhogen|verlagen|verlengen|verkorten|verruimen|vereenvoudigen|versoepelen)\s+(wij|we|ik)\b|"
        # "Op aanraden van de adviesraad breiden wij dit uit met spreekuren": extending as advised
        # (not "In 2025 breiden wij dit uit", the college's own plan told as background)
        r"\bop\s+(uw\s+|jullie\s+)?(aanraden|advies|verzoek|voorstel)\b(\s+van\s+(de|uw)\s+[\w-]*raad)?\s*,?\s*"
        r"(breiden|breid|breidt)\s+(wij|we|ik|het\s+college)\b[^.;]{0,60}\buit\b|"
        # "Met de huisartsen zijn inmiddels afspraken gemaakt": the arrangement asked for, made
        r"\b(zijn|is|werden|hebben\s+(wij|we)|heeft\s+het\s+college)\b[^.;]{0,60}\bafspraken\s+gemaakt\b|"
        # "Dat doen wij graag.", "Hiermee zijn wij het eens."
        r"^\W*(dat|dit)\s+doen\s+(wij|we|ik)\s+(graag|zeker|ook|zo)\b|"
        # "Dat willen wij voor een deel.": in part (PARTIAL makes it partially adopted)
        r"^\W*(dat|dit)\s+(doen|willen|wil|doe)\s+(wij|we|ik)\s+(\w+\s+)?(voor\s+een\s+deel|gedeeltelijk|"
        r"deels|ten\s+dele)\b|"
        # ("Tot slot vraagt u de brieven vooraf te laten lezen. Dat doen we.")
        r"^\W*(dat|dit)\s+doen\s+(wij|we|ik)\s*[.!]?\s*$|"
        # ("... en stelt voor rekenvoorbeelden op te nemen. Dat hebben wij gedaan.")
        r"^\W*(dat|dit)\s+(hebben|heb)\s+(wij|we|ik)\s+(inmiddels\s+|ook\s+|nu\s+)?gedaan\s*[.!]?\s*$|"
        r"\b(zijn|ben)\s+(wij|we|ik|het\s+college)\s+het\s+((hier|daar)mee\s+)?(\w+\s+)?eens\b|"
        # "U heeft ons overtuigd", "Op alle drie punten heeft u ons overtuigd"
        r"\b(heeft|hebben)\s+((u|jullie|uw\s+raad)\s+)?(ons|mij)\s+overtuigd\b|"
        r"\b(vind|vinden|vindt)\s+(wij|we|ik|het\s+college)\s+(een\s+)?(heel\s+|zeer\s+)?(goed|prima|uitstekend|sympathiek)\s+(idee|voorstel|plan)\b|"
        r"\b(dat|dit|die|deze)\s+(komt|komen)\s+er\b|"
        r"\b(punt|advies|voorstel|standpunt|opvatting)\b[^.;]{0,100},\s*(delen|onderschrijven|steunen)\s+(wij|we|ik)\b|"
        r"\b(kom|komt|komen|kwamen|kwam)\b[^.;]{0,80}\btegemoet\b|"
        r"\bleidend\s+(geweest|is|was|zijn)\b|\b(kan|kunnen)\s+zich\s+(\w+\s+)?vinden\s+in\b|"
        r"\bgaan\s+wij\s+mee\b|\bmeegaan\b|\b(ga|gaan|gaat)\s+(\w+\s+){0,2}mee\s+(in|met)\b|\b(ga|gaan|gaat)\b[^.;]{0,50}\baan\s+de\s+slag\b|\bmee\s+eens\b|\bsteunen\b|\bsteunt\b",
        re.I,
    )
)
DECLINE = prefiltered(
    rx.compile(
        # "Een harde eis in het bestek gaat ons echter te ver"
        r"\b(gaat|gaan)\s+(ons|mij|het\s+college)\s+(\w+\s+)?te\s+ver\b|"
        # "Daartoe zijn wij niet bereid.": unwilling to do what was asked
        r"\b(daartoe|hiertoe|daarvoor|hiervoor|daar|hier)\s+(zijn|is|ben)\s+(wij|we|ik|het\s+college)\s+"
        r"(\w+\s+)?niet\s+(toe\s+)?bereid\b|"
        # "maar vinden de beleidsregels daarvoor niet de goede plek": not in the form asked
        r"\bniet\s+de\s+(goede|juiste|geschikte|aangewezen)\s+(plek|plaats)\b|"
        # "Een eigen pand vinden wij echter niet de beste manier om dat te bereiken": the means
        # asked declined (round GM)
        r"\b(vinden|vindt|achten|acht)\b[^.;]{0,60}\bniet\s+de\s+(beste|goede|juiste|geschikte|aangewezen)\s+"
        r"(manier|weg|oplossing|route|vorm|aanpak)\b|"
        # "deze brief komt u op geen van de drie punten tegemoet", "geen van uw adviezen nemen wij over"
        r"\bop\s+geen\s+van\s+(de|uw|deze)\s+(\w+\s+)?(punten|adviezen|aanbevelingen|voorstellen)\b[^.;]{0,30}\btegemoet|"
        r"\bgeen\s+van\s+(de|uw|deze)\s+(\w+\s+)?(adviezen|aanbevelingen|voorstellen|adviespunten)\s+(\w+\s+){0,3}?"
        r"(overnemen|overgenomen|over|volgen|gevolgd)\b|"
        # "U heeft ons (op dit punt) niet kunnen overtuigen": the college keeps its course
        r"\b(heeft|hebben)\s+((u|jullie|uw\s+raad)\s+)?(ons|mij)\s+(\w+\s+){0,3}?niet\s+(kunnen\s+)?overtuig(d|en)\b|"
        # "Toch kiezen wij er op dit moment niet voor het budget te verhogen", "kiezen wij niet
        # voor een automatische verlenging"
        r"\b(kiezen|kiest|kies|kozen|koos)\s+((wij|we|ik|het\s+college)\s+)?((er|daar)\s+)?(\w+\s+){0,4}?niet\s+voor\b|"
        # "Toch heeft het college hier niet voor gekozen", "Daar hebben wij niet voor gekozen"
        r"\b(er|daar|hier)\s+(\w+\s+){0,3}?niet\s+voor\s+gekozen\b|"
        r"\b(wijs|wijst|wijzen)\b[^.;]{0,40}\baf\b|\bafgewezen\b|\b(wijk|wijkt|wijken)\b[^.;]{0,40}\baf\b|"
        r"\bafwijken\b|\b(handhaaf|handhaaft|handhaven)\b|"
        # "wij blijven daarom bij 50%", "het college blijft bij het besluit" (not "een papieren
        # versie blijft verkrijgbaar bij de balie": only adverbs and the speaker between)
        # (not "als uw raad betrokken blijft bij de uitwerking": staying involved)
        r"(?<!betrokken\s)\b(blijf|blijft|blijven)\s+((dus|daarom|echter|toch|wel|graag|liever|nog|vooralsnog|voorlopig|"
        r"wij|we|ik|het|college|ons|dan|ook|in|principe|op|dit|moment|gewoon|hier|hierin)\s+){0,4}bij\b"
        r"(?![^.;]{0,40}\bbetrokken\b)|"
        # ("Wij zien daarnaast binnen de huidige begroting geen ruimte om ...")
        r"\bzien\b[^.;]{0,50}\bgeen\s+(aanleiding|reden|noodzaak|mogelijkheid|ruimte)\b|"
        r"\bgeen\s+(aanleiding|reden|noodzaak)\b|\b(achten|acht|vinden|vindt)\b[^.;]{0,40}\bniet\s+(wenselijk|nodig|haalbaar|verstandig|mogelijk|passend)\b|"
        r"\bniet\s+(wenselijk|haalbaar|zinvol|opportuun|uitvoerbaar)\b|"
        r"\b(geeft|geven)\s+(de\s+)?voorkeur\s+aan\b[^.;]{0,120}\bboven\s+(de|het|uw)\s+(door\s+(u|uw\s+raad)\s+)?(voorgestelde|geadviseerde|bepleite)\b|\b(kiezen|kies|kiest)\b[^.;]{0,30}\b(ervoor|voor)\b[^.;]{0,40}\bniet\b|"
        r"\b(kiezen|kies|kiest|kozen|koos)\s+(wij|we|het\s+college\s+)?\s*er\s+(\w+\s+){0,2}niet\s+voor\b|"
        r"\bzien\s+af\b|\bafzien\b|\b(wijzen|wijst)\s+dit\s+af\b|\b(gaan|ga|gaat)\s+(wij|we|het\s+college)\s+niet\s+in\b|"
        r"\b(wij|we)\s+gaan\s+niet\s+in\s+op\b|\b(houd|houdt|houden)\b[^.;]{0,40}\bvast\s+aan\b|\bvasthouden\s+aan\b|"
        r"\b(houd|houdt|houden)\s+(\w+\s+){0,3}aan\b[^.;]{0,40}\bvast\b|"
        r"\b(kiezen|kies|kiest|kozen)\s+(wij|we|het\s+college)?\s*(voor\s+)?een\s+andere\s+(lijn|koers|weg|aanpak|oplossing)\b|"
        r"\b(blijf|blijft|blijven)\b[^.;]{0,60}\b(behouden|handhaven|hanteren)\b|"
        r"\b(besloten|besluiten|besluit|kiezen|kiest|gekozen)\b[^.;]{0,80}\bniet\s+te\s+\w+|"
        # not changing what the council asked to change: "wij passen de werkwijze niet aan",
        # "wij wijzigen de regels niet", "... niet aanpassen in de richting die u voorstelt"
        r"\bniet\b(?!\s+(direct|meteen|onmiddellijk|gelijk|per\s+direct|nu\s+al|dit\s+jaar|al)\b)[^.;]{0,60}\b(aanpassen|wijzigen|veranderen|invoeren|instellen)\b|"
        r"\b(wijzig|wijzigt|wijzigen|verander|verandert|veranderen)\b[^.;]{0,40}\bniet\b|"
        r"\b(huidige|bestaande)\s+(werkwijze|beleid|praktijk|regeling|aanpak)\b[^.;]{0,40}\b(voort\s+te\s+zetten|voortzetten|te\s+handhaven)\b|"
        # the college thinking otherwise, or choosing something else instead: "denken wij (op
        # onderdelen) anders", "wij kiezen in plaats daarvan voor ..."
        r"\b(denk|denkt|denken|dachten)\b[^.;]{0,40}\banders\b|"
        # keeping to what is: "kiezen wij ervoor de regionale inkoop voort te zetten", "aan de
        # maximumprijs houden wij vast"
        r"\b(kiezen|kies|kiest|kozen|besluiten|besloten)\b[^.;]{0,60}\b(voort\s+te\s+zetten|te\s+handhaven|"
        r"te\s+behouden|vast\s+te\s+houden)\b|"
        r"\baan\b[^.;]{0,60}\b(houd|houdt|houden)\s+(wij|we|het\s+college|ik)\s+(\w+\s+){0,2}vast\b|"
        r"\b(kies|kiest|kiezen|kozen|koos)\b[^.;]{0,20}\bin\s+plaats\s+(daarvan|hiervan|van\s+\w+)|"
        # something else instead of what was advised, or against it: "in plaats van de door u
        # voorgestelde campagne", "anders dan u adviseert", "komt tot een andere conclusie"
        r"\bin\s+plaats\s+van\s+(de|het|uw)\s+(door\s+(u|uw\s+raad|de\s+\w*raad)\s+)?(voorgestelde|geadviseerde|bepleite|gevraagde)\b|"
        r"\banders\s+dan\s+(u|uw\s+raad|de\s+\w*raad|jullie)\s+\w+|\bandere\s+(conclusie|keuze|afweging)\b|"
        r"\b(kiezen|kies|kiest|kozen|koos)\s+(wij|we|ik|het\s+college)?\s*(er\s+)?toch\s+(voor|ervoor)\b|"
        r"\b(blijven|blijft|blijf)\s+(\w+\s+)?van\s+mening\b|\bgeen\s+goed\s+idee\b|"
        r"\b(zie|ziet)\b[^.;]{0,30}\bgeen\s+(aanleiding|reden|noodzaak|mogelijkheid|ruimte)\b|"
        r"\bniet\s+(in)?gaan\s+op\b|\bniet\s+ingaan\b|\bgeen\s+(uitvoering|gevolg|gehoor)\s+(aan\s+)?(te\s+)?geven\b|"
        r"\b(daar|hier|er)\s*van\s+(\w+\s+)?afgezien\b|\b(zie|ziet|zien|zagen|zag)\s+(\w+\s+){0,2}af\s+van\b|"
        # "Ook voor een aparte armoederegisseur kies ik niet."
        r"\bvoor\s+(een|de|het|die|dat|deze|dit)\s+[^.;]{0,60}\b(kies|kiest|kiezen)\s+(ik|wij|we|het\s+college)\s+niet\b|"
        # "Een brief aan alle huishoudens kunnen wij echter niet sturen": the thing asked put
        # first, the college unable to do it (not unable to promise or foresee it)
        r"^\W*(een|de|het|dat|die|deze|dit|zo'n)\s+[^.;,:]{0,80}?\b(kunnen|kan)\s+(wij|we|ik|het\s+college)\s+"
        r"((echter|helaas|dus|daarom|nu|vooralsnog|op\s+dit\s+moment)\s+)*niet\s+(?!(garanderen|beloven|"
        r"toezeggen|voorspellen|zeggen|overzien|beoordelen|inschatten|uitsluiten|bevestigen|vaststellen|"
        r"beantwoorden|delen|onderschrijven)\b)\w+(\s+\w+)?\s*([,.;:]|$)|"
        # "Toch kunnen wij niet doen wat u vraagt", "Wat u voorstelt, kunnen wij niet waarmaken"
        r"\b(kunnen|kan|zullen|zal)\s+(wij|we|ik|het\s+college)\s+(\w+\s+)?niet\s+(doen|uitvoeren|realiseren|waarmaken|"
        r"inwilligen|honoreren)\s+wat\s+(u|uw\s+raad|de\s+[\w-]*raad)\s+(vraagt|voorstelt|adviseert|vroeg|bepleit)\b|"
        r"\bwat\s+(u|uw\s+raad)\s+(vraagt|voorstelt|adviseert|vroeg|bepleit)\s*,?\s*(kunnen|kan|zullen|zal)\s+"
        r"(wij|we|ik|het\s+college)\s+(\w+\s+)?niet\s+(doen|uitvoeren|realiseren|waarmaken|inwilligen|honoreren)\b|"
        # (not "Daarover verschillen wij niet van mening": agreeing)
        r"\bverschil\w*\b(?![^.;]{0,30}\bniet\s+van\s+mening\b)[^.;]{0,30}\bvan\s+mening\b|\bgeen\s+uitzondering\b|\bniet\s+nodig\b|"
        # (not "... had laten zien dat er een andere oplossing is": that one exists)
        r"\bandere\s+(route|weg|lijn|koers|aanpak|oplossing)\b(?!\s+(is|was|bestaat|bestond|mogelijk|zou|kan)\b)|\banders\b[^.;]{0,30}\bdan\s+(u|uw\s+raad|de\s+\w*raad)\s+\w+|"
        r"\b(kiezen|kies|kiest|kozen|koos)\s+(\w+\s+){0,2}niet\s+voor\b|"
        r"\b(blijf|blijft|blijven)\b[^.;]{0,30}\bvoorkeur\b|\bvoorkeur\s+(geven|geeft)\b[^.;]{0,80}\bboven\b|"
        # "de inkomensgrens verhogen wij niet", "Dat doen we niet": the object first, a verb, "wij niet"
        r"\b[a-z]+en\s+(wij|we|ik)\s+niet\s*[.;!]?\s*$|"
        # the college's own plan stands: "zet de aanbesteding voort zoals gepland"
        r"\bzoals\s+(gepland|voorgenomen)\b|"
        # "daar kiezen wij nu niet voor"; "wij versterken liever de wijkteams dan dat wij ..."
        r"\b(daar|hier)\s+(kies|kiest|kiezen|kozen|koos)\s+(wij|we|het\s+college|ik)\s+(\w+\s+){0,2}niet\s+voor\b|"
        r"\bliever\b[^.;]{0,80}\bdan\s+(dat|om)\b|"
        # keeping on with what is: "wij blijven dus werken met een grens van 120%"
        r"\b(blijf|blijft|blijven)\s+(dus\s+|daarom\s+|gewoon\s+)?(werken\s+met|uitgaan\s+van)\b|"
        # "af te zien van", "naast ons neerleggen", "moeten teleurstellen", "gaat ons te ver",
        # "achten wij te lang", "ik doe het niet", "maar niet uw conclusie"
        r"\baf\s+te\s+zien\s+van\b|\bnaast\s+(ons|zich|mij)\s+neer\s*(te\s+)?leggen\b|\bleggen\b[^.;]{0,40}\bnaast\s+ons\s+neer\b|"
        r"\bteleur\s*(te\s+)?stellen\b|\b(gaat|gaan)\s+(mij|ons|het\s+college)\s+(\w+\s+)?te\s+ver\b|"
        r"\b(achten|acht|vinden|vindt|vind)\s+(wij|we|ik|het\s+college)\s+(\w+\s+)?te\s+(lang|hoog|kort|duur|kostbaar|"
        r"ver|ingrijpend|zwaar|groot|ruim|riskant)\b|"
        r"\b(doe|doen|doet)\s+(ik|wij|we)?\s*(het|dat|dit)\s+niet\b|\b(ik|wij|we)\s+(doe|doen)\s+(het|dat|dit)\s+niet\b|"
        r"^\W*maar\s+niet\s+(uw|de|het)\s+(conclusie\w*|advies|voorstel\w*|aanbeveling\w*)\b|"
        # something else instead, with the college acting: "In plaats van ... zetten wij in op ..."
        r"^\W*in\s+plaats\s+(van|daarvan)\b[^.;]{0,120}\b\w+\s+(wij|we|ik|het\s+college)\b|"
        # "deze reactie is niet wat de raad had gevraagd"
        r"\bniet\s+(is\s+)?wat\s+(u|uw\s+raad|de\s+\w*raad|jullie)\s+(had\s+|hebt\s+|heeft\s+)?"
        r"(gevraagd|gehoopt|voorgesteld|geadviseerd|gewild|voor\s+ogen\s+had)\b",
        re.I,
    )
)
DEFER = prefiltered(
    rx.compile(
        r"\b(besluit|besluiten|beslissen|beslist|beslissing|besluitvorming|standpunt|keuze)\b[^.;]{0,80}\b(later|na\s|nadat|zodra|"
        r"op\s+het\s+moment\s+(dat|waarop)|"
        r"in\s+het\s+(voorjaar|najaar)|volgend\s+jaar|bij\s+(de\s+)?(begroting|voorjaarsnota|evaluatie|kadernota|"
        r"(verdere\s+|nadere\s+)?uitwerking)|"
        # "Een besluit daarover nemen wij bij de vaststelling van het uitvoeringsplan"
        r"(?<!genomen\s)(?<!vastgesteld\s)bij\s+(de\s+vaststelling|het\s+(opstellen|vaststellen))\s+van)|"
        # "Wij nemen op dit moment dan ook geen besluit over uw drie voorstellen": not yet
        r"\b((nemen|neem|neemt)\s+(wij|we|ik|het\s+college)|(wij|we|ik|het\s+college)\s+(nemen|neem|neemt))\s+"
        r"(\w+\s+){0,5}?(nog\s+)?geen\s+besluit\b|"
        r"\b((komen|kom|komt)\s+(wij|we|ik|het\s+college)|(wij|we|ik|het\s+college)\s+(komen|kom|komt))\s+"
        r"(\w+\s+){0,4}?terug\s+met\s+een\s+inhoudelijke?\s+(reactie|antwoord|standpunt)\b|"
        r"\bkom(en|t)?\b[^.;]{0,40}\b(op\s+terug|hierop\s+terug|daarop\s+terug)\b|\bkom(en|t)?\s+(\w+\s+){0,2}op\s+(uw|het|dit|deze|dat)\s+(\w+\s+)?terug\b|\b(op|hierop|daarop)\s+(\w+\s+){0,4}terugkomen\b|\bterugkomen\s+op\b|"
        # "Na een jaar besluiten wij, mede op basis van uw oordeel, of wij de aanpak uitbreiden":
        # whether is still to be decided (round GU)
        r"\b(besluiten|beslissen|besluit|beslis)\s+(wij|we|ik|het\s+college)\b[^.;]{0,60}\bof\s+(wij|we|ik|het|de|dit|deze|er)\b|"
        # ("Wij zullen bij de evaluatie ..., die wij in het najaar uitvoeren, nagaan of ...")
        r"\b(na|bij|in)\s+de\s+evaluatie\b[^.;]{0,120}\b(besluit|besluiten|bekijken|bezien|afwegen|beoordelen|"
        r"betrekken|meenemen|terug|nagaan|onderzoeken|nakijken)\b|"
        # "Uw advies voegen wij als bouwsteen aan de voorbereiding van die nota toe": input for
        # a policy still to be written
        r"\b(als|ter)\s+(bouwsteen|bouwstenen|input|inspiratie|inspiratiebron)\s+(voor|bij|aan|in)\b|"
        # "Uw aanbevelingen hebben wij als vragen aan de evaluatie toegevoegd": a study first
        r"\b(toegevoegd|meegegeven|voorgelegd|ingebracht)\s+(aan|in|bij)\s+(de|het)\s+(\w+\s+)?(evaluatie|onderzoek)\b|"
        # "Pakken wij later op": taken up later
        r"\b(pakken|pakt|pak)\s+(wij|we|ik|het\s+college)\s+(\w+\s+)?later\s+op\b|\blater\s+op\s+te\s+pakken\b|"
        # "Een goed idee, dat wij willen koppelen aan de tussentijdse evaluatie in 2026"
        r"\b(koppelen|koppelt|koppel|gekoppeld)\s+aan\s+(de|het)\s+(\w+\s+)?(evaluatie|herziening|vernieuwing|"
        r"actualisatie|begroting|voorjaarsnota|kadernota)\b|"
        r"\b(aan|in|bij)\s+(de|het)\s+(\w+\s+)?(evaluatie|onderzoek)\s+(\w+\s+)?(toegevoegd|meegegeven|voorgelegd|ingebracht)\b|"
        # "nemen wij pas een standpunt in als de evaluatie er ligt"
        r"\bpas\s+(een|ons)\s+(\w+\s+)?(standpunt|besluit)\b|"
        r"\b(wacht|wachten)\b[^.;]{0,80}\baf\b|\b(nader|verder)\s+(onderzoek|onderzoeken|uitzoeken|bekijken|uitwerken)\b|"
        r"\b(gaan|zullen|laten|willen|gaat|zal|laat)\b[^.;]{0,40}\b(onderzoeken|uitzoeken|uitwerken|verkennen|doorrekenen)\b|"
        r"\bkom(en|t)?\b[^.;]{0,30}\bbij\s+(u|jullie|de\s+(\w+)?raad)\s+terug\b|\b(betrek|betrekt|betrekken)\b[^.;]{0,60}\bbij\b|\b(neem|neemt|nemen)\b[^.;]{0,40}\bmee\b|"
        r"\b(overweeg|overweegt|overwegen|bezien|bekijken|bekijkt)\b|\bin\s+overweging\b|\bte\s+zijner\s+tijd\b|\bop\s+een\s+later\s+moment\b|"
        # (not "besloten uw advies voorlopig te volgen": adopted for now, a trial is adopting; nor
        # "besloten uw adviezen voorlopig niet over te nemen": declined for now, as "op dit moment
        # niet" is; round GW)
        r"\btot\s+(die\s+tijd|dan)\b|\b(voorlopig|vooralsnog)\b(?!\s+(niet|geen|te\s+volgen|over\s+te\s+nemen|in\s+te\s+voeren|uit\s+te\s+voeren)\b)|\b(nog|nu|op\s+dit\s+moment|thans|momenteel)\s+(nog\s+)?geen\s+(besluit|standpunt|beslissing)\b|"
        r"\bmee\s+(te\s+)?(laten\s+)?wegen\b|\b(wordt|worden|zijn|is)\s+(\w+\s+){0,3}meegenomen\b|"
        # "uw aanbevelingen worden als bouwstenen betrokken bij de uitwerking": to weigh later
        r"\b(wordt|worden)\s+(\w+\s+){0,3}betrokken\s+(bij|in)\b|\bstaat\s+(dus\s+)?nog\s+open\b|"
        r"\bvooruitlopend\s+op\b|\bin\s+afwachting\s+van\b|\bmeewegen\b|\bpas\s+(daarna|dan)\b|"
        r"\b(pas\s+na|na\s+afronding|nadat|zodra|in\s+het\s+(voorjaar|najaar))\b[^.;]{0,100}\b(besluit|besluiten|beslissen|beslissing|keuzes?|standpunt)\b|"
        # the answer is still to come: "daarna neemt het college een besluit", "u ontvangt een
        # inhoudelijke reactie", "uw advies wordt ambtelijk bestudeerd / bij de voorstellen betrokken"
        r"\b(daarna|vervolgens|later|dan)\s+(neemt|nemen|bepaalt|bepalen)\s+(het\s+college|wij|we)\b[^.;]{0,30}\b(besluit|standpunt)|"
        r"\binhoudelijke?\s+(reactie|antwoord|standpunt)\b|"
        r"\b(uw\s+advies|het\s+advies|uw\s+(punten|voorstellen|aanbevelingen))\b[^.;]{0,40}\b(wordt|worden|zal|zullen)\b"
        r"[^.;]{0,50}\b(betrokken|bestudeerd|onderzocht|bekeken|beoordeeld|gewogen)\b|"
        r"\b(uw\s+advies|het\s+advies)\b[^.;]{0,40}\b(doorgegeven|doorgestuurd)\b|"
        r"\b(geen|nog\s+geen)\s+standpunt\b|\bzonder\s+(eigen\s+)?standpunt\b|"
        r"\bnog\s+geen\s+(uitspraak|keuze|besluit)\b|\bhangt\s+af\s+van\b|\b(input|bouwste(e|n)n?)\s+voor\b|"
        # passed on to the body that decides: "leggen wij voor aan de werkgroep", "doorgestuurd"
        r"\b(leg|leggen|legt)\b[^.;]{0,60}\bvoor\s+aan\b|"
        r"\b(uw|het|dit|deze)\s+(advies|signaal|signalen|verzoek|voorstel|suggestie|opmerking\w*)\b[^.;]{0,40}\b(doorgegeven|doorgestuurd)\b|"
        r"\b(zal|zullen|ga|gaan)\b[^.;]{0,40}\bbespreken\b|"
        r"\b(voordat|alvorens)\b[^.;]{0,40}\b(standpunt|besluit|beslissen|beoordeelt|beoordelen)\b|"
        r"\bbij\s+de\s+behandeling\s+van\s+de\s+(begroting|voorjaarsnota|kadernota)\b|"
        r"\bkom\w*\s+(hier|daar|er)\b[^.;]{0,60}\bop\s+terug\b|\b(kom|komen|komt)\s+(wij|we|ik|het\s+college)\b[^.;]{0,60}\bterug\b|\bnog\s+geen\s+toezegging\b|\bhaalbaarheid\b|"
        r"\bnader\s+(te\s+)?verkennen\b|\b(besluit|standpunt|reactie)\b[^.;]{0,40}\bvolgt\b|\bpas\s+(een\s+)?(besluit|standpunt)\b|"
        r"\b(houden|houdt)\b[^.;]{0,40}\baan\s+(totdat|tot)\b|\btotdat\b[^.;]{0,60}\b(afgerond|bekend|klaar)\b|\bmeenemen\b|"
        # "besloten uw advies mee te nemen in de herijking van ons beleid"
        r"\bmee\s+te\s+nemen\s+(in|bij)\s+(de|het|onze?)\s+\w+|"
        r"\bbij\b[^.;]{0,40}\bbetrekken\b|\baan\s+de\s+orde\s+(stellen|brengen)\b|"
        r"\b(breng|brengt|brengen)\b[^.;]{0,30}\bin\s+bij\b|\bbij\s+de\s+(begrotingsbehandeling|voorjaarsnota|kadernota)\b|"
        # "wordt aangehouden", "wordt op dit moment onderzocht", "nader berichten", "erop terug",
        # "besluit pas als", "wegen bij de besluitvorming", "leggen naast de uitkomsten"
        r"\baangehouden\b|\baanhouden\b|\b(wordt|worden)\s+(op\s+dit\s+moment\s+|momenteel\s+|nu\s+|nog\s+)?(nader\s+)?"
        r"(onderzocht|uitgezocht|bekeken|bezien|uitgewerkt)\b|\bnader\s+(berichten|informeren|laten\s+weten)\b|"
        r"\b(informeren|berichten|informeer|bericht)\s+(wij|we|ik)\s+u\b[^.;]{0,40}\b(later|kwartaal|na\s+de|zodra)\b|"
        r"\b(kom|komt|komen)\b[^.;]{0,40}\berop\s+terug\b|\b(komt|komen)\s+(\w+\s+)?terug\s+(in|bij)\s+(de|het)\b|"
        r"\b(besluit|besluiten|beslist|beslissen)\b[^.;]{0,40}\bpas\s+(als|wanneer|na|nadat|zodra)\b|"
        r"\bnog\s+niet\s+(besloten|beslist)\b|\bafwachten\b|\bafgewacht\b|\bstandpunt\b[^.;]{0,60}\bpas\b|"
        r"\b(onderzoekt|onderzoeken|bestudeert|bestuderen)\s+(momenteel|nu|op\s+dit\s+moment|nog)\b|"
        r"\b(doorgeleid|doorgezonden)\b|\b(wegen|afwegen)\b[^.;]{0,40}\bbij\s+de\b|\bleggen\b[^.;]{0,40}\bnaast\s+de\b|"
        # "Wij zullen uw advies in dat overleg onder de aandacht brengen", "uw voorstel inbrengen
        # in het subsidiegesprek": passed on to where it is decided
        r"\b(uw|het|dit|dat|deze)\s+(advies|voorstel|signaal|punt|verzoek|suggestie|idee)\b[^.;]{0,60}\b(onder\s+de\s+aandacht|"
        r"inbrengen)\b|"
        # "jullie advies gaat als bijlage mee naar het regionale portefeuillehoudersoverleg", "het
        # besluit valt elders": decided by another body
        r"\badvies\s+gaat\s+(als\s+bijlage\s+)?mee\s+naar\b|"
        r"\b(besluit|beslissing)\s+(valt|ligt)\s+elders\b",
        re.I,
    )
)
#: the whole answer in one line, as "this is already so": "een nieuw besluit is daarom niet
#: nodig", "hoeven wij geen nieuw besluit te nemen", "uw advies sluit aan bij het beleid zoals dat
#: al geldt" (a stance of its own, and in a letter a summing-up that decides)
_ALREADY_SUMMARY = (
    # ("Een nieuw besluit op uw aanbevelingen is niet nodig")
    # ("Een aanvullend besluit van ons college is hiervoor niet nodig")
    r"\b(een\s+)?(nieuw|apart|afzonderlijk|aanvullend)\s+besluit\s+((op|over|van)\s+(uw|de|deze|dit|het|ons)\s+\w+\s+)?"
    r"is\s+(daarom\s+|dus\s+|dan\s+ook\s+|hiervoor\s+|daarvoor\s+)?niet\s+nodig\b|"
    r"\b(hoeven|hoeft)\s+(wij|we|ik|het\s+college)\b[^.;]{0,60}\bgeen\s+(nieuw|apart|afzonderlijk|aanvullend)\s+besluit\b|"
    r"\bsluit\s+(daarmee\s+|hiermee\s+|dus\s+)?aan\s+bij\s+(het|ons)\s+(\w+\s+)?beleid\s+(zoals\s+(dat|het)\s+)?(al|reeds)\b"
)
ALREADY_SUMMARY = rx.compile(_ALREADY_SUMMARY, re.I)
ALREADY = prefiltered(
    rx.compile(
        # "Dit is in Rotterdam sinds 2023 het uitgangspunt": the practice since a year
        r"\bsinds\s+(\d{4}|jaren|enkele\s+jaren)\b[^.;]{0,30}\b(het\s+)?(uitgangspunt|beleid|praktijk|werkwijze|"
        r"staand\s+beleid|gebruikelijk|standaard)\b|"
        # "Dat is ook onze bedoeling; in de planning staat een evaluatie": so intended already
        r"\b(is|was)\s+(dat\s+|dit\s+)?ook\s+(al\s+)?(onze|ons|mijn)\s+(bedoeling|plan|voornemen|insteek)\b|"
        r"\b(al|reeds)\b[^.;]{0,50}\b(gerealiseerd|uitgevoerd|gebeurt|gebeurd|staand|bestaand|praktijk|geregeld|werkwijze|onderdeel|opgenomen|in\s+gang|"
        r"toegepast|gehanteerd|geborgd|verankerd|ingebouwd|"
        r"ingevoerd|loopt|lopen|uitgevoerd|bezig|doen|beleid|voorzien|mogelijk|zo|verwerkt|beschreven)\b|\b(be)?staand\s+beleid\b|\bhuidige\s+praktijk\b|"
        # "Ook dit is bestaande praktijk."
        r"\b(is|zijn)\s+(\w+\s+)?(bestaande|vaste|staande|gangbare)\s+praktijk\b|"
        # "Ook de hulp in de wijk bestaat al", "het formulier is nooit afgeschaft", "Ik kan u op
        # alle drie de punten geruststellen": what was asked is there
        r"\b(bestaat|bestaan)\s+(\w+\s+){0,2}?(al|reeds)\b|\b(al|reeds)\s+(lang\s+|langer\s+)?(bestaat|bestaan)\b|"
        r"\bnooit\s+(afgeschaft|opgeheven|gestopt|weggehaald|verdwenen)\b|"
        r"\b((kan|kunnen)\s+(wij|we|ik)|(ik|wij|we)\s+(kan|kunnen))\s+(u\s+)?(\w+\s+){0,6}?geruststellen\b|"
        r"\b(volgt|volgen)\s+(\w+\s+)?(al|reeds)\s+uit\b|"  # "Deze plicht volgt al uit de Wmo"
        # "worden noodzakelijke reiskosten al vergoed", "wordt reeds een bijdrage verstrekt": the
        # passive of what is already done (not "wordt al jaren besproken", no participle)
        r"\b(wordt|worden)\s+([\w-]+\s+){0,8}?(al|reeds)\s+(([\w-]+\s+){0,2}?(ge\w+|\w+[dt])|(\w+\s+){0,2}?\w+ge\w+en)\b"
        r"(?!\s+(als|wanneer|zodra|indien|of)\b)|"
        # "Dit loopt dus al; wij zetten het ongewijzigd voort": under way and kept as it is
        r"\b(loopt|lopen|gebeurt|gebeuren)\s+(dus\s+|nu\s+|ook\s+|immers\s+){1,2}(al|reeds)\b|"
        r"\b(zetten|zet)\s+(wij|we|ik)\s+(\w+\s+){0,6}?ongewijzigd\s+voort\b|"
        # "Artikel 6, lid 3, bepaalt al dat ...": the rules already say what was asked
        r"\b(bepaalt|bepalen|regelt|regelen|schrijft|schrijven)\s+(nu\s+)?(al|reeds)\b|"
        r"\bstaande\s+praktijk\b|\b(werkt|werken|hanteert|hanteren|biedt|bieden)\s+(\w+\s+){0,3}?(al|reeds)\b|"
        r"\bvoorzi\w+\s+(hier|daar|er|\w+)?\s*(al|reeds)\s+in\b|\b(al|reeds)\s+invulling\b|\b(stond|stonden|staat|staan)\s+(al|reeds)\s+gepland\b|"
        r"\bin\s+lijn\s+met\s+(het|ons)\s+(huidige\s+|bestaande\s+)?(beleid|werkwijze)\b[^.;]{0,30}\b(al|reeds)\b|"
        r"\b(al|reeds)\s+(ingegaan|gestart|van\s+kracht)\b|"
        # "Dit aanspreekpunt is er eigenlijk al.": what was asked exists
        r"\b(is|zijn)\s+er\s+(eigenlijk\s+|gewoon\s+|dus\s+|immers\s+|ook\s+){0,2}(al|reeds)\s*([.;]|$)|"
        # "Dat doen wij inmiddels.", "Dat gebeurt inmiddels": so by now already
        r"\b(doen|doet|gebeurt|gebeuren)\s+((wij|we|ik)\s+)?inmiddels\s*(al\s*)?([.;]|$)|"
        # "dat de drie maatregelen die u voorstelt hier al gelden": in force already
        r"\b(al|reeds)\s+(gelden|geldt|golden|gold)\b|\b(gelden|geldt)\s+(hier\s+|nu\s+)?(al|reeds)\b|"
        r"\bsluit\w*\s+aan\s+bij\s+(de|het|onze)\s+(huidige\s+|bestaande\s+)?(werkwijze|beleid|praktijk|aanpak)\b|\b(staat|staan|stond|stonden|zit|zitten)\s+(ook\s+)?(al|reeds)\s+(in|beschreven|vastgelegd)\b|\b(nu|inmiddels)\s+(ook\s+)?al\b|\bvoldo\w*\b[^.;]{0,30}\bal\b|\bal\s+(sinds|jaren|langer|geruime|enige\s+tijd|kosteloos|gratis|het\s+geval)\b|\bgebeurt\s+(al|reeds)\b|\b(doen|regelen|bieden)\s+(wij|we)\s+(al|reeds)\b|"
        # "vergoeden wij al", "wordt al ingevuld", "al is vastgelegd", "staat al dat", "niet nieuw"
        r"\b\w+en\s+(wij|we)\s+(nu\s+)?(al|reeds)\b|\b(al|reeds)\s+(ingevuld|vastgelegd|afgesproken|ingezet|gestart)\b|"
        # "is al grotendeels in uitvoering", "geen aanleiding om aanvullende maatregelen te nemen"
        r"\b(al|reeds)\s+(\w+\s+)?in\s+(uitvoering|voorbereiding|ontwikkeling)\b|"
        r"\bgeen\s+(aanleiding|reden|noodzaak)\b[^.;]{0,40}\b(aanvullende|extra|verdere|nadere)\s+(maatregelen|stappen|acties)\b|"
        rf"{_ALREADY_SUMMARY}|"  # the whole answer in one line
        r"\b(is|zijn)\s+(al|reeds)\s+(\w+\s+)?(verankerd|geborgd|verwerkt)\b|"
        # "dit traject loopt door in 2024 en is als doorlopende actie opgenomen": it goes on as it is
        r"\b(loopt|lopen)\s+(gewoon\s+|nog\s+)?door\b(?!\s+(naar|tot|op|tegen|met))|\bdoorlopende\s+(actie|activiteit|inzet)\b|"
        # "een bevestiging van de gekozen richting": the advice confirms the course already taken
        r"\bbevestiging\s+van\s+(de|het|ons|onze)\s+(gekozen|ingeslagen|huidige|bestaande)\s+(richting|koers|beleid|aanpak|lijn)\b|"
        # "een verdere uitbreiding achten wij niet nodig" (after "dit gebeurt al"): nothing more needed
        r"\b(verdere|aanvullende|extra)\s+\w+\s+(achten|vinden)\s+(wij|we)\s+(\w+\s+){0,4}?niet\s+(nodig|noodzakelijk)\b|"
        r"\b(al|reeds)\s+(is|zijn|was|waren)\s+(vastgelegd|afgesproken|besloten|ingezet|geregeld)\b|"
        r"\b(al|reeds)\s+(verwerkt|opgenomen)\s+in\s+(de|het|onze)\s+(huidige|bestaande|lopende)\b|"
        r"\b(staat|stond)\s+(al|reeds)\s+(dat|beschreven|vermeld)\b|\bniet\s+nieuw\b|"
        r"\b(werkt|werken)\s+(\w+\s+){0,5}?(al|reeds)\s+aan\b|"
        r"\b(al|reeds)\s+rekening\s+(mee\s+)?gehouden\b|\bgebeurt\s+(dit|dat|het)\s+(al|reeds)\b|"
        rf"^\W*sinds\s+(\d{{1,2}}\s+)?({_MONTH}|20\d\d|vorig\s+jaar|enige\s+tijd|jaren|"
        r"(het\s+)?(voorjaar|najaar|begin|zomer|eind)\s+(van\s+)?20\d\d)\b",
        re.I,
    )
)
#: "de folders zijn in 2023 herschreven", "is vorig jaar aangepast": done before, and dated
DATED_DONE = rx.compile(
    rf"\b(is|zijn|was|waren)\s+([\w.,€-]+\s+){{0,6}}?(eerder|vorig\s+jaar|in\s+(\d{{1,2}}\s+)?"
    rf"({_MONTH}\s+)?20\d\d)\s+([\w.,€-]+\s+){{0,4}}?{_CHANGED}\b",
    re.I,
)
#: "naar aanleiding van uw advies is de brief herschreven": done because of the advice
PROMPTED_BY_ADVICE = rx.compile(
    r"\b(naar\s+aanleiding\s+van|op)\s+(uw|het|dit|jullie)\s+(\w+\s+)?(advies|verzoek|voorstel|aanbeveling)",
    re.I,
)
NOTE = prefiltered(
    rx.compile(
        r"\b((heeft|hebben)\s+(onze|de)\s+(volle\s+)?aandacht|ter\s+harte|kennis\s*genomen|kennisgenomen|kennis\s+van\s+genomen|nemen\b[^.;]{0,30}\bkennis|neemt\b[^.;]{0,30}\bkennis|voor\s+kennisgeving|ter\s+kennisgeving|kennis\s+te\s+nemen|in\s+de\s+gaten|nauwlettend|op\s+de\s+voet|vinger\s+aan\s+de\s+pols)\b",
        re.I,
    )
)
PARTIAL = rx.compile(
    # ("wordt grotendeels uitgevoerd door vrijwilligers": who does it, not how much is adopted)
    # ("ook niet gedeeltelijk": a part denied, the whole declined; round GO)
    r"\b((?<!\bniet\s)(?<!\bnoch\s)(gedeeltelijk|deels|grotendeels)(?!\s+(uitgevoerd|gedragen|betaald|gefinancierd|bekostigd|gedekt|"
    r"verzorgd|gegeven|bemand)\b)|ten\s+dele|op\s+onderdelen|met\s+uitzondering\s+van|voor\s+een\s+(groot\s+)?deel|"
    # ("wij sturen hun, voor zover bekend, een brief": what is known, not how much is adopted)
    r"niet\s+volledig|niet\s+helemaal|behalve|voor\s+zover(?!\s+(\w+\s+){0,3}?(bekend|weten|kennen|na\s+te\s+gaan)\b)|"
    # "Niet al uw voorstellen kunnen wij overnemen, maar een deel wel"
    r"niet\s+(al|alle)\s+(uw\s+|de\s+)?(\w+\s+)?(voorstellen|adviezen|aanbevelingen|punten|adviespunten|wensen)|"
    r"een\s+deel\s+wel\b|"
    # "uw idee over te nemen, maar in een kleinere vorm", "op kleinere schaal"
    r"in\s+een\s+(kleinere|beperktere|bescheidener|kleinschaliger|afgeslankte|lichtere)\s+(vorm|omvang|opzet|variant)|"
    # "nemen wij in aangepaste vorm over"
    r"in\s+(een\s+)?(aangepaste|gewijzigde|andere)\s+(vorm|opzet|variant)|"
    r"op\s+(kleinere|beperktere|beperkte|bescheidener)\s+schaal|"
    # "Wij nemen de rapportage op, maar in een jaarlijkse cyclus in plaats van halfjaarlijks"
    r"maar\s+([\w-]+\s+){0,8}?in\s+plaats\s+van|"
    # "zij het in aangepaste vorm" (not "zij het met enkele kanttekeningen": remarks, no refusal)
    r"zij\s+het(?!\s+met\s+(\w+\s+){0,2}(kanttekening|opmerking|aandachtspunt)\w*)|maar\s+alleen|maar\s+niet\s+(naar|voor|in|op)\s+(alle|de\s+hele)|"
    r"in\s+plaats\s+van\s+(de|het)\s+(door\s+u\s+)?(voorgestelde|gevraagde|bepleite)\s+(€|\d)|ten\s+dele\s+akkoord|een\s+stap\s+in\s+de\s+richting|"
    r"een\s+(eind|stuk)\s+(in\s+uw\s+richting\s+)?mee|op\s+(é|e)(é|e)n\s+punt\s+na|een\s+deel\s+van|"
    # "Het eerste deel van dit advies voeren wij uit": one part, so not the rest
    # ("Het eerste deel nemen wij over: ...")
    r"(het|dit)\s+(eerste|tweede|laatste|ene|andere)\s+(deel|onderdeel)(\s+van|(?=\s+(nemen|neem|volgen|voeren)\b))|"
    r"op\s+(punt|advies|aanbeveling|onderdeel)\s+\d+\s+na|verder\s+(zoals|conform)|voor\s+het\s+overige\s+(zoals|conform)|"
    r"(alleen|echter|wel)\s+niet\s+(in|voor|op|bij)\s+(alle|ieder|elk)|"
    r"(over)?grote\s+deel|grootste\s+deel|merendeel|merendeels|voor\s+een\s+belangrijk\s+deel|de\s+meeste\s+(punten|adviezen|aanbevelingen)|enkele\s+(punten|adviezen)|"
    # "op twee van de drie punten": a count of points short of all of them
    r"(?P<part>twee|drie|vier|vijf|zes|zeven|\d)\s+van\s+(de|uw)\s+(?!(?P=part)\b)(drie|vier|vijf|zes|zeven|acht|negen|tien|\d+)\s+(punten|adviezen|aanbevelingen|onderdelen|voorstellen))\b"
    # how far the college understands the council, not how much it adopts: "uw aanbevelingen,
    # die wij voor een groot deel begrijpen" (round GT)
    r"(?!\s+(?:\w+\s+)?(?:begrijp|herken|snap)\w*)",
    re.I,
)
#: "artikel 4 blijft ongewijzigd": what the council asked to change stays as it was; in a
#: response this is the college's refusal even without the college named as actor
UNCHANGED = prefiltered(
    rx.compile(
        r"\b(blijft|blijven|bleef|bleven|(is|zijn)\s+gebleven)\b[^.;]{0,60}\b(ongewijzigd|van\s+toepassing|"
        r"gehandhaafd|zoals\s+(het|die|deze|hij|zij|ze)\b[^.;]{0,40}\b(stond|stonden|was|waren|is|zijn))\b|"
        # "de termijn blijft (voorlopig) 36 maanden", "de grens blijft 120%": the value stays
        r"\b(blijft|blijven)\s+(voorlopig\s+|gewoon\s+|dus\s+|daarom\s+|ook\s+|echter\s+)?(op\s+)?(€\s*)?\d|"
        # "de bestaande activiteiten te blijven steunen zoals we dat nu doen": as things are
        r"\bte\s+blijven\s+\w+\s+zoals\s+(we|wij|ik)\s+(dat\s+|dit\s+)?(nu|tot\s+nu\s+toe|al\s+jaren)\b|"
        r"\b(blijft|blijven)\s+(\w+\s+)?overeind\b|\bongewijzigd\s+te\s+(laten|houden)\b|\bongewijzigd\s+(vast\s+te\s+stellen|vaststellen|vastgesteld)\b|"
        r"\b(blijft|blijven)\s+de\s+(huidige|bestaande)\s+(werkwijze|regeling|aanpak|praktijk)\b(?![^.;]{0,20}\bnog\b)|\bin\s+(zijn|haar|hun|de)\s+huidige\s+(vorm|omvang)\b|"
        r"\b(leidt|leiden|leidde)\s+(\w+\s+){0,2}niet\s+tot\s+(een\s+)?(aanpassing|wijziging|verandering)\b|"
        # "vast te stellen zoals het aan u is voorgelegd, zonder de door u voorgestelde wijzigingen"
        r"\bzonder\s+(de\s+|uw\s+)?(door\s+u\s+)?(voorgestelde\s+)?(wijzigingen|aanpassingen|veranderingen)\b|"
        r"\bvast\s+te\s+stellen\s+zoals\s+(het|hij|die|deze|ze)\b[^.;]{0,30}\b(voorgelegd|aangeboden)\b|"
        # "besloten de regeling te laten zoals hij is", "wij laten de regels ongewijzigd"
        r"\b(laten|laat|houden|houdt|te\s+laten|te\s+houden)\b[^.;]{0,50}\b(zoals\s+(hij|het|die|deze|ze|zij)\s+"
        r"(is|was|zijn|waren|nu\s+is|nu\s+zijn)|ongewijzigd)\b",
        re.I,
    )
)
#: the law or the set frame leaves no room, or the college keeps to its policy or budget:
#: what was asked does not happen, even when no "wij" declines it ("de wet biedt geen ruimte")
NO_ROOM = prefiltered(
    rx.compile(
        # "Hier hebben wij geen ruimte: dit criterium staat in de wet zelf"
        r"\b(hebben|hebt|heeft)\s+(wij|we|ik|het\s+college)\s+(hier\s+|daar\s+|op\s+dit\s+punt\s+)?geen\s+(ruimte|speelruimte)\s*([:;.]|$)|"
        r"\b(biedt|bieden|laat|laten|geeft|geven)\b[^.;]{0,40}\bgeen\s+(ruimte|keuze|mogelijkheid|"
        r"mogelijkheden|speelruimte)\b|"
        r"\b(wettelijk|de\s+wet|\w+wet)\b[^.;]{0,60}\bniet\s+(mogelijk|toegestaan)\b|"
        r"\b(blijven|blijft)\s+(\w+\s+){0,2}binnen\s+(het|de)\s+(\w+\s+){0,2}(budget|kaders?|middelen)\b|"
        r"\b(houd|houdt|houden)\b[^.;]{0,40}\b(bestaande|huidige|vastgestelde)\s+(beleid|werkwijze|regeling|"
        r"regels|aanpak|kaders?|budget)\b[^.;]{0,20}\baan\b|"
        r"\b(huidige|bestaande)\s+(beleid|werkwijze|regeling|aanpak)\s+(blijft|blijven)\s+"
        r"(van\s+kracht|gehandhaafd|bestaan|gelden|ongewijzigd)\b|"
        r"\b(ruimte|middelen|budget|geld|capaciteit)\b[^.;]{0,30}\bontbreekt\b|"
        r"\bontbreekt\b[^.;]{0,30}\b(ruimte|middelen|budget|geld|basis|dekking)\b|"
        # "Dat bedrag is niet beschikbaar binnen de begroting", "geen dekking in de begroting"
        r"\b(bedrag|geld|middelen|budget)\s+(is|zijn)\s+niet\s+beschikbaar\b|\bgeen\s+(financi\w+\s+)?dekking\b|"
        r"\bniet\s+aan\s+de\s+orde\b|\bpast\s+niet\s+(binnen|in)\s+(de|het|ons|onze)\b|"
        r"(?<!niet\s)\bin\s+strijd\s+(\w+\s+)?met\s+(de\s+)?(\w*wet|wet\w*|regelgeving)\b|\bniet\s+uitvoerbaar\b|"
        # "wij gaan hierin geen wijziging aanbrengen", "brengen wij geen wijzigingen aan": kept as
        # it is (here, not in UNCHANGED: its "geen" is no negation of an adoption)
        r"\b(gaan|gaat|brengen|brengt|voeren|voert|zullen|zal)\b[^.;]{0,40}\bgeen\s+(\w+\s+)?(wijziging|verandering|"
        r"aanpassing)(en)?\s+(\w+\s+){0,3}?(aan|aanbrengen|doorvoeren|door)\s*([.;,]|$)|"
        # "De Participatiewet staat dat niet toe": the law forbids what was asked
        r"\b(\w*wet|wet\w*|regelgeving|wetgeving)\b[^.;]{0,60}\b(staat|staan|laat|laten)\b[^.;]{0,50}\bniet\s+toe\b",
        re.I,
    )
)
#: waiting for something before deciding: deferral, even when worded as "not now"
WAITING = prefiltered(
    rx.compile(
        # "wij achten het niet verstandig om vooruitlopend daarop nu al besluiten te nemen": not
        # acting ahead of something is waiting for it ("vooruitlopend op de evaluatie verlagen wij
        # de drempel nu al" acts, and has no "niet")
        r"\bniet\b[^.;]{0,80}\bvooruitlopend\s+(op|daarop|hierop)\b|\bvooruitlopend\s+(op|daarop|hierop)\b[^.;]{0,80}\bniet\b|"
        r"\bniet\b[^.;]{0,80}\bvooruit\s+te\s+lopen\b|"  # "niet verstandig om op de uitkomsten vooruit te lopen"
        r"\b(vooruitlopend\s+op|in\s+afwachting\s+van)\b|"
        r"\bniet\b[^.;]{0,80}\b(voordat|totdat|zolang)\b|"  # "niet ... voordat wij het geheel overzien"
        # "wij vinden het niet verstandig om nu, los daarvan, per aanbeveling een besluit te nemen":
        # not deciding now is no refusal of what is asked
        r"\bniet\s+(verstandig|wenselijk|zinvol|opportuun)\s+om\s+(nu|op\s+dit\s+moment)\b[^.;]{0,80}?"
        r"\b(besluit(en)?|standpunt)\s+(te\s+)?(nemen|bepalen|innemen)\b",
        re.I,
    )
)
#: a study the college already had done ("wij hebben laten doorrekenen wat ... betekent"): an
#: account of the work before the answer, not a promise to study later
STUDY_DONE = rx.compile(
    r"\b(hebben|heeft|had|hadden)\b[^.;]{0,40}\blaten\s+(onderzoeken|uitzoeken|uitwerken|verkennen|"
    r"doorrekenen|berekenen|uitrekenen|nagaan)\b|"
    r"\b(hebben|heeft|heb)\b[^.;]{0,30}\b(overwogen|gewogen|afgewogen|bestudeerd)\b",
    re.I,
)
#: a study the college has carried out before it decides: "Wij laten daartoe in 2025 een
#: gegevensbeschermingseffectbeoordeling uitvoeren"
STUDY_COMMISSIONED = rx.compile(
    r"\b(laten|laat|gaan|zullen|zal)\b[^.;]{0,60}\b(\w*onderzoek|\w*beoordeling|evaluatie|analyse|\w*toets|"
    r"verkenning|inventarisatie|peiling|dpia)\b[^.;]{0,40}\b(uitvoeren|doen|houden|maken)\b|"
    # "dat de afdeling de kosten en effecten van uw drie voorstellen in beeld brengt" (round GC)
    r"\b(kosten|effecten|gevolgen|consequenties)\b[^.;]{0,80}\bin\s+(beeld|kaart)\s+(te\s+)?"
    r"(brengen|brengt|gebracht)\b",
    re.I,
)
#: what is missing ("Op dit moment ontbreekt een wettelijke grondslag om ... te gebruiken"): a
#: reason given, whose infinitive is no act of the college; the clause's own verb, near its
#: start ("..., waar deze functie nog ontbrak, zijn afspraken gemaakt" tells of an act)
LACKING = rx.compile(r"^\W*(?:[\w-]+\s+){0,4}?(ontbreekt|ontbreken|ontbrak|ontbraken)\b", re.I)
#: "voor hen gaan wij de toeslag automatisch toekennen": the college announces the act itself
#: (any verb), as long as no subclause follows ("wij gaan ervan uit dat ...")
GOING_TO = rx.compile(
    r"\b(?:(gaan|gaat|ga)\s+(wij|we|het\s+college|ik)|(wij|we|het\s+college|ik)\s+(gaan|gaat|ga))\b"
    r"(?P<rest>(?:(?!\b(dat|of|om|omdat|als|wanneer|zodat|die|na|hoe|wat|welke|waarom|gesprek)\b)[^.;:?]){0,100}?)"
    r"\b(?P<verb>[a-z]{3,}en)\s*[.;]?\s*$",
    re.I,
)
#: "in maart starten wij met een leespanel", "wij beginnen per 1 juli met ...": the college
#: dates the start of an act, which is doing it
DATED_START = rx.compile(
    rf"\b(in|vanaf|per|met\s+ingang\s+van|na)\s+(\d{{1,2}}\s+)?({_MONTH}|20\d\d|de\s+zomer|het\s+"
    r"(voorjaar|najaar)|volgend\s+jaar)\b[^.;]{0,20}\b(starten|beginnen)\s+(wij|we)\s+met\b|"
    rf"\b(wij|we)\s+(starten|beginnen)\s+(in|vanaf|per|met\s+ingang\s+van)\s+(\d{{1,2}}\s+)?"
    rf"({_MONTH}|20\d\d)\b[^.;]{{0,40}}\bmet\b",
    re.I,
)
#: verbs after "gaan wij" that talk, look or meet rather than do what was asked
GOING_TO_TALK = frozenset(
    """
    bespreken informeren kijken bekijken praten overleggen vragen horen spreken melden
    zien nadenken hebben zijn worden maken wegen afwegen
    """.split()  # noqa: SIM905
)


#: "the last column shows whether the advice was adopted": an indirect question, no stance
INDIRECT = rx.compile(
    # ("zullen wij per voorstel aangeven of en hoe het ... is verwerkt, en zo niet, waarom niet")
    r"\b(geeft|geven|aangeven|ziet\s+u|leest\s+u|laat|laten|staat|vermeldt|aangegeven)\b[^.;]{0,40}\b(aan|weten|vermeld)?\s*of\s+(en\s+hoe\s+)?(het|uw|een|de|dit|ze|zij)\b|"
    # "dan zult u zien hoe uw adviezen daarin zijn verwerkt": what the reader will see there
    r"\b(zien|ziet|lezen|leest)\s+(u\s+|jullie\s+)?(hoe|wat|welke)\s+(uw|het|de|dit|deze|onze)\b",
    re.I,
)
#: the first words of a per-point reaction cell that give the answer outright ("Eens.", "Nee.");
#: "Conform het landelijke beleid worden ..." names the rule followed, not the advice
CELL_YES = rx.compile(
    # ("Graag." answers; "Graag lichten wij dat toe." only announces an explanation)
    r"^\s*(eens|akkoord|ja|graag(\s+gevolgd|(?=\s*([.!,;:–-]|$)))|prima|overgenomen|wordt\s+overgenomen|uitgevoerd|gerealiseerd|advies\s+(gevolgd|overgenomen)|"
    r"wordt\s+(gerealiseerd|uitgevoerd|gevolgd)|gevolgd|conform(\s+(uw\s+|het\s+)?(advies|voorstel)|(?=\s*([.;:,!–-]|$))))\b",
    re.I,
)
CELL_NO = rx.compile(
    r"^\s*(oneens|nee|niet\s+(overgenomen|akkoord|gevolgd)|wordt\s+niet\s+(overgenomen|gevolgd)|afgewezen)\b",
    re.I,
)
#: a cell that adopts in part, or takes no position: "Deels akkoord.", "Kennisgenomen."
CELL_PARTLY = rx.compile(
    r"^\s*(deels|gedeeltelijk|grotendeels|ten\s+dele)(\s+(akkoord|overgenomen|eens|gevolgd)\b|\s*[;:,.–-]|\s*$)",
    re.I,
)
CELL_NOTED = rx.compile(
    r"^\s*((dank|bedankt)\s+voor\b|kennis\s*genomen|kennisname|ter\s+kennisname|voor\s+kennisgeving(\s+aangenomen)?|(reeds\s+|al\s+)?(be)?staand\s+beleid|"
    r"bestaande\s+(praktijk|werkwijze)|"
    r"(reeds|al)\s+(geregeld|staand\s+beleid|praktijk)|in\s+(behandeling|onderzoek)|(wordt\s+)?(betrokken|meegenomen)\s+(bij|in))\b",
    re.I,
)
#: the label of the point a sentence answers: "Ad 2:", "Advies 3 –", "Aanbeveling c –", "Punt 4:"
POINT_LABEL = rx.compile(
    r"^\W*((ad|advies|aanbeveling|adviespunt|punt)\s*(\d{1,2}|[a-h])\b|(antwoord|reactie)(\s+(van\s+)?(het\s+)?college)?)"
    r"\s*[:.–—-]\s*",
    re.I,
)
#: an answer this short may be a bare one, as in a table cell ("Akkoord.", "Niet overgenomen.")
BARE_ANSWER_WORDS = 6
#: (no break at a colon after a preposition or an article: OCR's "in de tweede helft van: 2023")
CLAUSE_BREAK = rx.compile(
    r";|,\s(?=[^,;]{1,40}\bniet\s*[.;]?\s*$)|,\s(?=(alleen|behalve|uitgezonderd)\s)|\s(?=waarom\s[^,;]*$)|"
    # "het eerste nemen wij over, het tweede niet": the next ask by its place
    rf",\s(?=(het|de)\s+{ORDINAL}\b)|"
    r",?\s(?=en\s+(de\s+)?(aanbeveling|advies|adviespunt|punt|onderde(e)?l)\w*\s+[\w\d]+\b)|"
    r"\s(?=en\s+(hebben\s+)?(besloten|besluiten|kiezen|gekozen)\b)|,?\s(?=(maar|daarentegen|terwijl)\s)|(?<!\bvan)(?<!\bin)(?<!\btot)(?<!\bmet)(?<!\bper)(?<!\bde)(?<!\bhet)(?<!\been):\s|,\s(?=(als|indien|wanneer)\s+(wij|we|het\s+college|u)\s)|,\s(?=(omdat|doordat|aangezien|voordat|nadat|zodat|waarvan|waarin|waarmee|waarbij|waardoor|hoewel|ofschoon|ook\s+al|al\s+(kunnen|kan|zal|zullen|moeten|moet|is|zijn|gaat|gaan)|"
    # "..., al begrijp ik uit uw advies dat ...": a concession with its verb first
    r"al\s+\w+\s+(ik|wij|we)\b)\s)",
    re.I,
)
#: a relative clause on a noun ("de consulenten die de herindicaties uitvoeren"): its verb is
#: not the college's; "de punten die wij overnemen" keeps the college as its subject
RELATIVE = rx.compile(
    r"(?P<noun>\w+)\s+(?:die\s+(?!(wij|we|ons\s+college|het\s+college)\b)|"
    # "iedere inwoner bij wie wij een boete overwegen, ...": the weighing is the relative's
    r"(?:bij|aan|voor|met|van|over|op|tegen)\s+wie\s+)",
    re.I,
)
#: an ask's content told between commas after its name: "Uw tweede aanbeveling, om altijd eerst
#: een gesprek te voeren, ..."
ASK_RETOLD_BETWEEN_COMMAS = rx.compile(
    r"\b(?P<noun>aanbeveling|advies|voorstel|adviespunt|suggestie|verzoek)\s*,\s*om\s+[^,;:]*\bte\s+\w+[^,;:]*,",
    re.I,
)
#: "niets toezeggen wat ik vervolgens niet kan waarmaken": the "wat" clause after the verb
#: tells what cannot be kept, a caution, not the college's act
WHAT_AFTER_NOTHING = rx.compile(
    r"\b(?:niets|iets|alles)\s+(?:\w+\s+){0,2}?(?P<what>wat)\s(?=[^.;,]*\b(?:niet|geen)\b)", re.I
)
#: where a relative clause without commas ends: the main clause's inverted verb ("nemen wij")
RELATIVE_END = rx.compile(r"[,;:]|\w+\s+(wij|we)\b", re.I)
#: a short relative clause about the council's words ("de punten die u noemt"): it ends after
#: its own verb, and the main clause's verb follows ("... die u noemt aangepast")
COUNCIL_RELATIVE = rx.compile(r"(u|uw\s+raad|de\s+raad)\s+(\w+)\b(?=\s+\w)", re.I)
#: words before "die" that make it a demonstrative ("na die bespreking"), not a relative pronoun
NOT_A_NOUN = {
    "na", "in", "op", "met", "voor", "van", "door", "bij", "om", "over", "uit", "aan", "tot",
    "naar", "tegen", "zonder", "onder", "en", "of", "maar", "want", "dat", "is", "zijn", "was",
    "waren", "wordt", "worden", "alle", "juist", "ook", "dus", "toen", "als", "zoals", "hoe",
    "wat", "omdat", "wanneer", "waar", "terwijl", "nu", "daar", "hier",
    # adverbs before a demonstrative "die": "ik wacht eerst die evaluatie af"
    "eerst", "pas", "dan", "graag", "toch", "wel", "liever", "vooral",
}  # fmt: skip
#: a clause that gives a reason or a time ("omdat wij uw advies wilden verwerken") is no decision
SUBORDINATE = rx.compile(
    # a condition ("als wij een advies niet volgen, ...") decides nothing either
    r"^\s*((als|indien|wanneer)\s+(wij|we|het\s+college|u)\b|dat\s+(het|de|wij|we|u|uw|ons|er|zij|ze)\b|waarom|zodra|mocht|mochten|omdat|doordat|aangezien|voordat|nadat|zodat|waarvan|waarin|waarmee|waarbij|waardoor|hoewel|"
    r"ofschoon|ook\s+al|al\s+(kunnen|kan|zal|zullen|moeten|moet|is|zijn|gaat|gaan)|"
    # a contrast that gives the circumstance: "zou de verhoging € 70.000 kosten, terwijl wij een
    # forse besparingsopgave moeten realiseren" (round GU)
    r"terwijl)\b",
    re.I,
)


#: a clause about this letter itself: its order departs from the advice's ("de volgorde wijkt
#: daardoor af van die in uw advies"), a wethouder endorses the reaction ("heeft deze reactie
#: gezien en onderschrijft haar"): no stance on the advice
ABOUT_THIS_LETTER = rx.compile(
    r"\b(?:volgorde|nummering|indeling|opbouw)\b[^.;]{0,30}\b(?:wijkt|wijken|week|weken)\b[^.;]{0,30}\baf\b|"
    r"\b(?:deze|onze|dit|de)\s+(?:reactie|brief|antwoordbrief|antwoord)\b[^.;]{0,60}\b"
    r"(?:onderschrijft|onderschrijven|steunt|steunen)\s+(?:haar|hem|deze|dit|die)\b",
    re.I,
)
#: the decision whose reasons the college goes on to give: "(wij leggen uit) waarom wij het
#: advies niet overnemen" states it, as "waarom" clauses of others do not
EXPLAINED_DECISION = rx.compile(r"^\s*waarom\s+(?=(?:wij|we|ik|het\s+college)\b)", re.I)
#: a verb named as a thing: "Het schrappen van het opstaptarief zou betekenen dat ..." does
#: nothing; "wij zullen het schrappen" does
NOMINAL_VERB = rx.compile(r"(?:^|[,;:(]\s*)(?:het|dit|dat)\s+$", re.I)


#: a condition outside the college's hands ("Als die ruimte er komt, ...", "Mocht de wet
#: veranderen, ..."): what the college would then do is no decision yet
UNCERTAIN_CONDITION = rx.compile(
    r"^\s*(als|indien|mocht|mochten)\s+(?!(wij|we|ik|het\s+college|u|jullie)\b)[^,.;]{3,80},\s*",
    re.I,
)
#: a condition opening the sentence: its main clause is no decision yet
#: a sentence that denies both a refusal and an adoption: the answer is still open (round GO)
NEITHER = rx.compile(
    r"\bniet\s+dat\s+(?:wij|we|het\s+college|ik)\b[^.;]{0,80}?,?\s*(?:en\s+)?(?:ook|evenmin)\s+"
    r"(?:niet\s+)?dat\s+(?:wij|we|het\s+college|ik)\b|"
    r"\bnoch\s+(?:\w+\s+){0,3}?(?:afgewezen|afwijzen|overgenomen|overnemen)\b[^.;]{0,40}\bnoch\b",
    re.I,
)
CONDITIONAL = rx.compile(r"^\s*(als|indien|wanneer|zodra|mocht|mochten)\b", re.I)


#: "Uw advies raakt aan de manier waarop wij de ondersteuning uitvoeren": a way of working
#: described, no act on the advice (unless the college is the subject before it: "Wij passen de
#: manier waarop wij brieven schrijven aan")
MANNER = rx.compile(r"\b(?:manier|wijze)\s+(?:waarop|waarin)\s+", re.I)


def _drop_relative(clause: str) -> str:
    """The clause without relative clauses on its nouns, whose verbs are not the college's."""
    # "Uw tweede aanbeveling, om ... te voeren voordat een besluit wordt genomen, nemen wij over":
    # the ask told again between commas, not the college's deferral (round GR)
    clause = ASK_RETOLD_BETWEEN_COMMAS.sub(lambda m: m["noun"], clause)
    manner = MANNER.search(clause)
    if manner and not re.search(r"\b(wij|we|ik|college)\b", clause[: manner.start()], re.I):
        end = RELATIVE_END.search(clause, manner.end())
        clause = clause[: manner.start()] + "manier " + (clause[end.start() :] if end else "")
    what = WHAT_AFTER_NOTHING.search(clause)
    if what:
        end = RELATIVE_END.search(clause, what.end())
        clause = clause[: what.start("what")] + (clause[end.start() :] if end else "")
    out, pos = [], 0
    for match in RELATIVE.finditer(clause):
        if match.start() < pos or match["noun"].lower() in NOT_A_NOUN:
            continue
        end = RELATIVE_END.search(clause, match.end())
        out.append(clause[pos : match.end("noun")])
        pos = end.start() if end else len(clause)
        council = COUNCIL_RELATIVE.match(clause, match.end())
        if council and council.end() < pos:
            pos = council.end()
    out.append(clause[pos:])
    return " ".join(part.strip() for part in out if part.strip())


def clauses(sentence: str) -> list[str]:
    """Clauses of a sentence: the parts that can carry their own stance. A sentence that opens
    with a subordinate clause ("Omdat de inkoop regionaal is, hebben wij ...") has its main
    clause after the first comma."""
    opening = SUBORDINATE.match(sentence)
    if opening and CONDITIONAL.match(sentence):
        opening = None  # "Zodra het Rijk beslist, passen wij de regel aan": the answer waits
    comma = sentence.find(", ", opening.end()) if opening else -1
    if comma > 0:
        return [_drop_relative(sentence[:comma]), *clauses(sentence[comma + 2 :])]
    parts, start = [], 0
    for match in CLAUSE_BREAK.finditer(sentence):
        parts.append(sentence[start : match.start()])
        start = match.end()
    parts.append(sentence[start:])
    return [_drop_relative(p) for p in parts if p.strip()]


#: agreeing with what the council saw ("uw analyse is helder en wij onderschrijven die", "wij
#: herkennen ons in uw zorgen") is no answer to what it asked: colleges say it before declining
AGREEING = rx.compile(
    r"\b(onderschrijf|onderschrijft|onderschrijven|onderschreven|delen|deel|eens|herkennen|herken|"
    r"steunen|steunt)\b",
    re.I,
)
ANALYSIS = rx.compile(
    r"\b(analyse|zorg|zorgen|zorgpunt\w*|signaal|signalen|constatering\w*|beeld|probleemanalyse|"
    r"observatie\w*|schets|beschrijving|knelpunt\w*|inschatting|probleem|problemen|urgentie|"
    # "wij onderschrijven het belang hiervan": agreeing that it matters decides nothing
    r"belang|gedachte|uitgangspunt|doel|doelstelling|intentie|strekking|"
    # "Wij onderschrijven wat u daarmee wilt bereiken": the aim, not the means asked (round GM)
    r"wat\s+(u|uw\s+raad|de\s+raad)\s+(\w+\s+){0,2}?(wilt|wil|beoogt|nastreeft)\b)\b",
    re.I,
)
ASKED = rx.compile(
    r"\b(advies|adviezen|aanbeveling\w*|voorstel\w*|verzoek|oproep|punt(en)?)\b", re.I
)


#: the college states or stresses something: "wij willen benadrukken dat", "merken wij op dat",
#: "wijzen wij erop dat"; what follows "dat" is a fact it asserts, not what it decides
STATES_THAT = rx.compile(
    r"\b(benadrukken|benadrukt|onderstrepen|onderstreept|opmerken|merken\s+(?:wij|we|ik)\s+(?:\w+\s+){0,2}?op|"
    r"wijzen\s+(?:wij|we|ik)\s+(?:u\s+)?(?:er\s+)?(?:\w+\s+){0,2}?op|constateren|constateert|stellen\s+(?:wij|we)\s+vast|"
    r"herinneren\s+(?:wij|we)\s+(?:u\s+)?(?:er\s+)?aan|vaststellen|voorkomen)\b[^.;]{0,20}?\bdat\b",
    re.I,
)


#: "een besluit dat de ontvanger niet kan volgen": the verb's subject is another, named in a
#: relative clause right before it (only a modal, "niet" or an adverb between)
ANOTHERS_ACT = rx.compile(
    r"\b(dat|die)\s+(de|het|een|hun|zijn|haar)\s+(?!college\b|gemeente\b)[\w-]+\s+"
    r"((niet|kan|kunnen|wil|willen|zal|zullen|moet|moeten|goed|meer|ook|altijd|nog)\s+){0,3}"
    r"\w+\s*$",
    re.I,
)


def _anothers_act(clause: str, adopt: re.Match) -> bool:
    """The adopting verb (the match may take its subject along) belongs to another."""
    return bool(ANOTHERS_ACT.search(clause[: adopt.end()]))


def _a_course_followed(clause: str, adopt: re.Match) -> bool:
    """ "186 medewerkers hebben de training gevolgd": a course taken, no advice followed."""
    return bool(re.search(r"\b(?:ge)?volg\w*\s*$", adopt.group(0), re.I)) and bool(
        re.search(
            r"\b\w*(?:training|cursus|opleiding|scholing|workshop|webinar|module|lessen)\w*\b",
            clause[: adopt.start()],
            re.I,
        )
    )


def _named_as_a_thing(clause: str, adopt: re.Match) -> bool:
    """The verb is a noun here: "Het schrappen van het opstaptarief ..." at the clause's start."""
    return bool(
        NOMINAL_VERB.search(clause[: adopt.start()])
        and re.match(r"\s+van\b", clause[adopt.end() :], re.I)
    )


def _within_a_statement(clause: str, adopt: re.Match) -> bool:
    """The adopting word stands in what the college asserts after "benadrukken dat": "wij
    willen benadrukken dat het normenkader beschrijft hoeveel tijd nodig is om een schoon huis
    te realiseren" realises nothing the council asked."""
    stated = STATES_THAT.search(clause)
    if not stated or stated.end() > adopt.start():
        return False
    # "merken wij op dat het advies volledig is verwerkt": the fact stated is the adoption
    return not re.search(
        r"\b(advie[sz]\w*|voorstel\w*|aanbeveling\w*|verzoek)\b",
        clause[stated.end() : adopt.start()],
        re.I,
    )


#: what a college keeps an eye on: "het gebruik van de Regiotaxi zullen wij volgen"
MONITORED = rx.compile(
    r"\b(gebruik|ontwikkeling\w*|aantal\w*|resultaten|effect\w*|uitvoering|cijfers|voortgang|"
    r"wachttijden|wachtlijst\w*|signalen|instroom|uitstroom|kosten)\b",
    re.I,
)


def _monitors(clause: str, adopt: re.Match) -> bool:
    """'volgen' as keeping an eye on something, not as following the advice: "Het gebruik van
    de Regiotaxi in 2023 zullen wij volgen" (no advice or "dit" before it, a thing measured)."""
    if not re.search(r"\bvolgen\b\s*$", adopt.group(0), re.I):
        return False
    before = clause[: adopt.start()]
    before = before[max(before.rfind(c) for c in ",;") + 1 :]  # its own clause
    monitored = MONITORED.search(before)
    # (a "dat" that opens the clause before the thing measured is no object: "met de opmerking
    # dat wij de uitvoering samen met u blijven volgen")
    return bool(monitored) and not (
        re.search(r"\b(advie[sz]\w*|aanbeveling\w*|voorstel\w*|verzoek|punt\w*|uw)\b", before, re.I)
        or re.search(r"\b(dit|dat|deze|hierin|daarin)\b", before[monitored.start() :], re.I)
    )


#: the advice's core or aim as what is agreed with: "de kern van uw advies", "de gedachte achter
#: uw voorstellen" (round GE: endorsed warmly, then none of its asks followed)
CORE_OF_ADVICE = rx.compile(
    r"\b(?:kern|geest|strekking|gedachte|uitgangspunt|teneur|doel|intentie)\s+(?:van|achter)\s+"
    r"(?:uw|het|dit|deze)\s+(?:advies|adviezen|voorstel\w*|aanbeveling\w*)\b",
    re.I,
)


def _agrees_with_analysis_only(clause: str, adopt: re.Match) -> bool:
    """The clause agrees, and with the council's analysis or concerns, or with a fact ("wij
    zijn het met u eens dat de lasten hoog zijn"), or with the advice's core ("Wij
    onderschrijven de kern van uw advies"), not with what it asks."""
    agreeing = AGREEING.search(adopt.group(0))
    with_a_fact = "eens" in adopt.group(0).lower() and re.match(r"\s+dat\b", clause[adopt.end() :])
    if agreeing and CORE_OF_ADVICE.search(clause):
        return True
    return bool(agreeing and (ANALYSIS.search(clause) or with_a_fact) and not ASKED.search(clause))


#: what the council concluded from what it saw, besides its analysis: disagreeing with it is no
#: answer to the asks ("Uw conclusie dat er te weinig consulenten zijn, delen wij niet")
FINDINGS_OF_THE_COUNCIL = rx.compile(
    r"\b(conclusie|conclusies|cijfers|oorzaak|oorzaken|verklaring|lezing|duiding)\b", re.I
)


def _disagrees_with_analysis_only(clause: str, decline: re.Match) -> bool:
    """The clause disagrees ("delen wij niet", "niet met uw analyse eens", "herkennen ... niet")
    with the council's analysis or conclusions, not with what it asks: colleges say it before
    adopting the asks all the same."""
    return bool(
        AGREEING.search(decline.group(0))
        and (ANALYSIS.search(clause) or FINDINGS_OF_THE_COUNCIL.search(clause))
        and not ASKED.search(clause)
    )


#: no reason not to follow: "wij zien geen reden om van uw advies af te wijken", "geen bezwaar"
NO_OBJECTION = rx.compile(
    # (not "geen aanleiding om de raad voor te stellen daarvan af te wijken": from the rule in
    # force, which is keeping it)
    r"\bgeen\s+(enkele\s+)?(reden|aanleiding|bezwaar)\b(?![^.;]{0,40}\b(daarvan|hiervan|van\s+(de|het|die|dat|deze|dit)\s+"
    r"(huidige|bestaande|vastgestelde|gekozen|ingezette|beleid|regeling|norm|grens|lijn|werkwijze|verordening)))"
    r"[^.;]{0,40}\b(af\s+te\s+wijken|niet\s+te\s+volgen|niet\s+over\s+te\s+nemen)\b|"
    r"\bgeen\s+bezwaar\s+(tegen|hebben|heeft|hebt)?\b",
    re.I,
)


#: a request about the procedure, not a recommendation: "uw verzoek om een gesprek"
PROCEDURAL_REQUEST = rx.compile(
    # (not "in elke uitnodiging voor een gesprek": the letters inwoners get)
    r"(?<!\belke\s)(?<!\biedere\s)\b(verzoek|vraag|uitnodiging)\s+(om|tot|voor)\s+(een\s+)?(nader\s+)?(gesprek|overleg|afspraak|toelichting|"
    r"kennismaking|bijeenkomst)\b",
    re.I,
)


#: what the advice asked, quoted as the object: "Uw advies om geen eigen bijdrage te vragen"; its
#: words ("geen", "betrekken bij") are the council's, not the college's answer
ADVICE_CONTENT = rx.compile(
    r"\b(advies|aanbeveling|voorstel|verzoek|wens|suggestie)\s+om\s+[^,;]{0,150}?\bte\s+\w+", re.I
)
#: "zoals de raad voorstelt, is niet haalbaar": the "zoals" names the object, which is refused
NOT_FEASIBLE = rx.compile(
    r"\bniet\s+(haalbaar|wenselijk|mogelijk|nodig|verstandig)\b|\bgeen\s+(aanleiding|reden|ruimte|noodzaak)\b",
    re.I,
)
#: the act done as the council asked, whatever its polarity: "zoals u vroeg, niet verhoogd"
AS_ADVISED = rx.compile(
    rf"({_ZOALS_GEADVISEERD}|\bconform\s+(uw|het)\s+(\w+\s+)?(advies|suggestie|voorstel|verzoek|wens|aanbeveling)\b|"
    r"\bin\s+lijn\s+met\s+(uw|het)\s+(\w+\s+){0,3}?(advies|voorstel)\b|\bovereenkomstig\s+(uw|het)\s+(advies|voorstel)\b)",
    re.I,
)
#: not changing or no longer doing something: "niet verhoogd", "niet langer eisen", "niet te stoppen"
NEGATED_CHANGE = rx.compile(
    r"\b(niet|geen)\s+(\w+\s+){0,2}?(langer\s+|meer\s+)?((toe|aan|af|in|op|uit|door|mee|terug|over)\s+)?(te\s+)?"
    r"(ver\w+|ge\w+[dt]|\w+en)\b",
    re.I,
)
#: a perfect: "hebben wij de beslistermijn teruggebracht", "Ik heb het Werkplein gevraagd"
PERFECT_ACT = rx.compile(
    r"\b(heb|hebben|heeft)\b[^.;]{0,80}\b(ge\w{3,}[dt]|\w+ge\w{3,}[dt]|ver\w{3,}[dt])\b", re.I
)
#: met halfway: "gaat naar € 1.200, niet naar de € 1.800 die de raad voorstelde"
#: the meantime before what was decided takes effect: "Tot dat moment blijven ... open"
MEANTIME = rx.compile(
    r"^\W*(tot\s+(dat\s+moment|die\s+tijd|dan|die\s+datum|de\s+invoering)|in\s+de\s+tussentijd|"
    r"intussen|zolang\s+(dat|dit|het|de\s+\w+)\s+(niet|nog\s+niet))\b",
    re.I,
)
HALFWAY = rx.compile(
    # ("verhoogd, maar niet tot het door u genoemde bedrag")
    r"\bniet\s+(naar|tot|op)\s+(de\s+|het\s+)?(door\s+(u|uw\s+raad|de\s+\w*raad)\s+)?(gevraagde|voorgestelde|geadviseerde|"
    r"bepleite|genoemde)\b|"
    r"\bniet\s+(naar|tot|op)\b[^.;]{0,40}\b(die|dat|wat)\s+(u|uw\s+raad|de\s+\w*raad)\b[^.;]{0,15}\b(voorstel\w*|adviseer\w*|"
    r"vraagt|vroeg|bepleit\w*)",
    re.I,
)
#: a passive act: "wordt de verordening voortaan om de twee jaar geëvalueerd"
PASSIVE_ACT = rx.compile(
    r"\b(wordt|worden|is|zijn|werd|werden)\b[^.;]{0,80}\b(\w*ge\w{3,}[dt]|ver\w{3,}[dt]|(op|in|aan|mee|toe|over)ge\w{2,}en)\b",
    re.I,
)
#: a sentence that announces the answers to come: "Hieronder lichten wij toe waarom ..."
ANNOUNCES = rx.compile(
    # (the salutation may open the same 'sentence': "Beste leden van de adviesraad,\nHieronder ...")
    r"^\W*((geachte|beste)\b[^,\n]{0,60}[,\n]\s*)?(hieronder|hierna|in\s+de\s+bijlage)\b[^.;]{0,40}\b(toe|in\s+op|per\s+punt|reageren|reageert)\b|"
    # "Wat we wel gaan doen: ...": a lead-in to what follows, no act of its own
    r"^\W*wat\s+(wij|we|het\s+college|ik)\s+(wel|dan\s+wel|nu)?\s*(gaan|ga|zullen|zal)\s+doen\s*[:.]?\s*$",
    re.I,
)


#: keeping things as they are, said softly: "wij zien daarom geen reden de tekst aan te passen",
#: "ook op dit punt verandert er niets"
NO_CHANGE_NEEDED = rx.compile(
    # "zien wij geen aanleiding om op grond van uw advies nieuwe maatregelen te treffen"
    r"\bgeen\s+(reden|aanleiding|noodzaak)\b[^.;]{0,80}\b(aanvullende|extra|nieuwe|verdere|andere)\s+"
    r"(maatregelen|stappen|acties|afspraken)\s+te\s+(treffen|nemen|zetten|maken)\b|"
    r"\bgeen\s+(reden|aanleiding|noodzaak)\b[^.;]{0,80}\b(aan\s+te\s+passen|te\s+wijzigen|te\s+veranderen|"
    r"bij\s+te\s+stellen|te\s+herzien|aan\s+te\s+vullen|opnieuw\s+te\s+besluiten|te\s+herhalen|"
    r"(nog\s+eens\s+|apart\s+|ook\s+)?(op\s+te\s+nemen|vast\s+te\s+leggen))\b|"
    # "Wij zien daarom geen aanleiding voor een aanvullende afspraak": nothing more is needed
    r"\bgeen\s+(reden|aanleiding|noodzaak)\s+(voor|tot)\s+(een\s+)?(aanvullende|extra|nieuwe|nieuw|aparte|verdere|"
    r"andere)\s+\w+|"
    r"\bverandert\s+(er\s+)?(\w+\s+)?niets\b|\bbehoeft\s+geen\b|"
    # "hoeven wij geen nieuw besluit te nemen en evenmin de regels aan te passen": need not
    r"\b(hoeven|hoeft)\s+(wij|we|ik|het\s+college)\b[^.;]{0,80}\b(geen|niet|evenmin)\b[^.;]{0,60}\bte\s+\w+|"
    # "De beleidsregels hoeven daarom niet te worden gewijzigd": the rules need no change
    # ("daarvoor hoeft het programma van eisen niet te worden aangepast")
    r"\b(hoeven|hoeft)\s+(daarom\s+|dus\s+|ook\s+|(het|de)\s+(\w+\s+){1,4}?)?(niet|geen)\s+(\w+\s+)?te\s+(worden|zijn)\s+"
    r"(gewijzigd|aangepast|veranderd|aangevuld|bijgesteld|herzien)\b|"
    # "Een apart gemeentelijk spreekuur daarnaast vind ik niet nodig": nothing besides what is
    # already there
    r"\b(vind|vinden|acht|achten)\s+(ik|wij|we|het\s+college)\s+(\w+\s+)?niet\s+(nodig|noodzakelijk)\b|"
    r"\b(ik|wij|we)\s+(vind|vinden|acht|achten)\s+(\w+\s+){0,4}?niet\s+(nodig|noodzakelijk)\b|"
    # "Het beleidsplan bevestigt die lijn; hiervoor is geen wijziging nodig"
    r"\b(hiervoor|daarvoor|daartoe|hiertoe)\s+is\s+geen\s+(wijziging|aanpassing|aanvulling|nieuw\s+besluit)\s+nodig\b|"
    # "een aanpassing van de tekst is naar ons oordeel niet nodig"
    # ("een beleidswijziging is hiervoor niet nodig": compounds too)
    r"(aanpassing|wijziging|aanvulling)\b[^.;]{0,50}\b(is|lijkt)\s+(\w+\s+){0,4}?(niet|geen)\s+"
    r"(nodig|noodzakelijk)\b",
    re.I,
)


_CUT = (
    r"(bezuiniging|korting|verlaging|beëindiging|afschaffing|versobering|bezuinigingsmaatregel)\w*"
)
#: a cutback the college planned and now drops: "besloten de bezuiniging niet door te voeren",
#: "af te zien van de korting", "de verlaging gaat niet door"
CUT_ABANDONED = rx.compile(
    rf"\b{_CUT}\b[^.;]{{0,40}}\bniet\s+(door\s+te\s+(voeren|laten\s+gaan)|in\s+te\s+voeren)\b|"
    rf"\baf\s+te\s+zien\s+van\s+(de|deze|die|het\s+voornemen\s+tot\s+(de|een))\s+(\w+\s+)?{_CUT}\b|"
    rf"\b{_CUT}\s+(\w+\s+){{0,4}}?(gaat|zal)\s+niet\s+door\b|"
    rf"\b{_CUT}\s+(\w+\s+){{0,4}}?(is|wordt)\s+(geschrapt|teruggedraaid|ingetrokken)\b|"
    # the college's own proposal the council advised against, dropped: "hebben het voorstel
    # laten vallen" (not "uw voorstel")
    r"(?<!\buw\s)\b(ons|het)\s+(eigen\s+)?(voorstel|voornemen)\s+(\w+\s+){0,3}?(laten\s+vallen|losgelaten|"
    r"ingetrokken|teruggetrokken|van\s+tafel)\b",
    re.I,
)


#: the college's own reasoning or answer put somewhere: "die onderbouwing is in het
#: raadsvoorstel opgenomen", "deze brief wordt aan het raadsvoorstel toegevoegd"
OWN_TEXT_PLACED = rx.compile(
    r"\b(die|deze|onze|de)\s+(onderbouwing|reactie|brief|afweging\w*|overweging\w*|motivering|"
    r"antwoord\w*)\s+(is|zijn|wordt|worden)\s+[^.;]{0,60}\b(opgenomen|toegevoegd|verwerkt|gevoegd|meegestuurd)\b",
    re.I,
)


#: a subordinate clause that states what is already so: "bepaalt al dat ... geen sprake is"
CONTENT_CLAUSE = rx.compile(r"^\s*,?\s*(dat|zodat|wanneer|als|indien)\b", re.I)


def _without_content_clause(clause: str, already: re.Match[str]) -> str:
    """The clause up to a "dat ..." that follows the already-match directly: a negation in what
    the rules already say ("Artikel 6 bepaalt al dat er geen sprake is van ...") is not the
    college's."""
    rest = clause[already.end() :]
    return clause[: already.end()] if CONTENT_CLAUSE.match(rest) else clause


#: a hope about what may come, not about the advice: "Wij hopen dat dit niet nodig is" (a
#: hope that names the advice may still carry the answer: "wij hopen op begrip dat wij uw
#: advies niet overnemen")
HOPE_NOT_ABOUT_ADVICE = rx.compile(
    r"^\W*(wij|we|ik|het\s+college)\s+(hopen|hoop|hoopt)\b"
    r"(?![^;]*\b(advies|adviezen|aanbeveling\w*|voorstel\w*|punt(en)?|verzoek)\b)",
    re.I,
)


#: the council's own "niet" shared: "Dat willen wij ook niet", "Dat vinden wij evenmin wenselijk"
SHARED_REFUSAL = rx.compile(
    r"^\W*(dat|dit)\s+(willen|wil|vinden|vind|wensen)\s+(wij|we|ik|ook\s+wij)\s+(ook\s+niet|evenmin)\b",
    re.I,
)


#: sentences and clauses read before, with their stance: a letter's reader asks about the same
#: sentence several times (the decision, its points, the model's rule features), and the
#: answer depends on the words alone (about two fifths of the calls on the bench letters)
STANCES_REMEMBERED = 8192


@functools.lru_cache(maxsize=STANCES_REMEMBERED)
def clause_stance(clause: str) -> str | None:
    """adopted | not_adopted | deferred | already | noted | None for one clause."""
    # "(Graag leggen wij u uit) waarom wij geen van beide voorstellen overnemen"
    explained = EXPLAINED_DECISION.match(clause)
    if explained and ADVICE_NAMED.search(clause):
        return clause_stance(clause[explained.end() :])
    if SUBORDINATE.search(clause) or PROCEDURAL_REQUEST.search(clause) or ANNOUNCES.search(clause):
        return None
    if HOPE_NOT_ABOUT_ADVICE.search(clause) or ABOUT_THIS_LETTER.search(clause):
        return None
    if LACKING.search(clause) and not DECLINE.search(clause):
        return None
    if SHARED_REFUSAL.match(clause):
        return None  # "U wilt niet dat ... Dat willen wij ook niet.": agreeing with the council
    if ABOUT_COUNCIL.search(clause):  # "De raad adviseerde ons af te zien van ...; daar ..."
        return None
    condition = UNCERTAIN_CONDITION.match(clause)
    if condition and ADOPT.search(clause, condition.end()):
        return "deferred"  # "Als die ruimte er komt, passen wij onze regels aan": not yet
    if (
        AS_ADVISED.search(clause)
        and not re.search(r"\bniet\s+zoals\b|\banders\b|\bin\s+afwijking\b", clause, re.I)
        and not re.search(
            r"\bin\s+plaats\s+van\b", clause[: AS_ADVISED.search(clause).start()], re.I
        )
        and not NOT_FEASIBLE.search(clause)
        and (
            ADOPT.search(clause)
            or NEGATED_CHANGE.search(clause)
            or PASSIVE_ACT.search(clause)
            or PERFECT_ACT.search(clause)
        )
    ):
        return "adopted"  # "wordt, zoals u vroeg, niet verhoogd": done as asked
    clause = ADVICE_CONTENT.sub(lambda m: m.group(1) + " ", clause)
    clause = OWN_TEXT_PLACED.sub(lambda m: " " * len(m.group()), clause)
    if CUT_ABANDONED.search(clause):
        return "adopted"  # the college drops its own cutback, which a council advises against
    if NO_OBJECTION.search(clause):
        return "adopted"
    already = ALREADY.search(clause)
    if already and not NEGATION.search(ALREADY.sub(" ", _without_content_clause(clause, already))):
        return "already"
    if DATED_DONE.search(clause) and not PROMPTED_BY_ADVICE.search(clause):
        return "already"
    if WAITING.search(clause):
        return "deferred"
    if STUDY_DONE.search(clause):
        return None
    if STUDY_COMMISSIONED.search(clause) and not NEGATION.search(clause):
        return "deferred"  # "Wij laten daartoe een effectbeoordeling uitvoeren": a study first
    unchanged = UNCHANGED.search(clause)
    if unchanged and not NEGATION.search(clause[: unchanged.end()]):
        # ("Tot dat moment blijven de huidige drie plekken open": the meantime, no refusal)
        return None if MEANTIME.match(clause) else "unchanged"
    if NO_ROOM.search(clause):
        return "unchanged"
    decline = DECLINE.search(clause)
    # "In de beleidsregels is nu opgenomen dat wij ... afzien van terugvordering": the rule's words
    if decline and RULE_NOW_SAYS.search(clause[: decline.start()]):
        decline = None
    if decline and not re.search(
        r"\bniet\s+$|\b(geenszins|allerminst|zeker\s+niet|niet\s+zo\s+dat)\b",
        clause[: decline.start()],
        re.I,
    ):
        return "not_adopted"  # ("wij hebben het niet afgewezen" declines nothing)
    if DEFER.search(clause):
        return "deferred"
    if NOT_YET.search(clause) and ADOPT.search(clause):
        return "deferred"
    adopts = [
        m
        for m in ADOPT.finditer(clause)
        if not (
            _within_a_statement(clause, m)
            or _monitors(clause, m)
            or _anothers_act(clause, m)
            or _named_as_a_thing(clause, m)
            or _a_course_followed(clause, m)
        )
    ]
    adopt = next((m for m in adopts if not _agrees_with_analysis_only(clause, m)), None)
    if adopts and adopt is None:
        return None
    if adopt:
        return "not_adopted" if NEGATION.search(_main_clause(clause, adopt.end())) else "adopted"
    if NOTE.search(clause):
        return "noted"
    if DATED_START.search(clause) and not NEGATION.search(clause):
        return "adopted"
    going = GOING_TO.search(clause)
    # ("gaan wij in op de twee punten": to go into them is to answer, no act)
    if (
        going
        and _an_act(going["verb"])
        and not re.match(r"\s*(\w+\s+)?in\s+op\b", going["rest"], re.I)
        and not NEGATION.search(clause)
    ):
        return "adopted"
    return None


def _already_spelled_out(
    sentence: str, parts: list[str], stances: list[str | None]
) -> list[str | None]:
    """ "Dat is al de vaste werkwijze: bij de uitnodiging wordt ... gevraagd, en in het verslag
    is een paragraaf opgenomen": what follows the colon describes the practice that is already
    there, so its acts are no adoption."""
    for i, (part, stance) in enumerate(zip(parts, stances, strict=False)):
        if stance != "already":
            continue
        at = sentence.find(part)
        if at >= 0 and sentence[at + len(part) :].lstrip().startswith(":"):
            return [*stances[: i + 1], *(None if s == "adopted" else s for s in stances[i + 1 :])]
    return stances


def _an_act(verb: str) -> bool:
    """The word after "gaan wij ..." is a verb that does something: not talk ("bespreken") and
    not a noun ending in -en ("gaan wij in op uw adviespunten")."""
    verb = verb.lower()
    return verb not in GOING_TO_TALK and verb in dutch_infinitives()


def _main_clause(clause: str, verb_end: int) -> str:
    """The clause without a that-complement after its verb: in "wij delen uw opvatting dat
    niemand hoeft aan te vragen" the "niet"/"geen" belongs to the complement, not the stance."""
    complement = re.compile(r"\b(dat|of)\b", re.I).search(clause, verb_end)
    return clause[: complement.start()] if complement else clause


#: after a refusal, what the college does do, said without naming itself: "Wel wordt de
#: aanvraag vanaf 2025 eenvoudiger", "Wel komt er een vast aanspreekpunt"
CONCEDED = rx.compile(
    r"^\W*wel\s+(wordt|worden|komt|komen|krijgt|krijgen|gaat|gaan)\b(?![^.;]{0,40}\b(gekeken|bekeken|onderzocht|bezien)\b)",
    re.I,
)


#: a "niet" of courtesy that refuses nothing: "kanttekeningen die wij u niet willen onthouden"
#: (which we want to tell you), "wij willen niet onvermeld laten dat ..."
COURTESY_NOT = rx.compile(
    # "Dat neemt niet weg dat wij uw zorg delen": "nevertheless", no negation of what follows
    r"\b(dat|dit|het)\s+neemt\s+niet\s+weg\b|"
    r"\b(die|dat|welke|wat)\s+(wij|we|ik)\s+u\s+niet\s+(willen|wil|zullen)\s+onthouden\b|"
    r"\b(wij|we|ik)\s+(willen|wil)\s+u\s+(\w+\s+)?niet\s+onthouden\b|\bniet\s+onvermeld\s+(laten|blijven)\b",
    re.I,
)


#: a section heading put as an indirect question, without a full stop ("Wat wij gaan
#: verbeteren", "Wat wij wel doen"): it announces a part of the letter and decides nothing
SECTION_QUESTION = rx.compile(
    r"^\W*(wat|hoe|waarom)\s+(wij|we|ik|het\s+college|er)\b[^.!?;:]{0,60}$", re.I
)
#: the college valuing what the council does ("Wel hechten wij eraan dat u kunt blijven volgen
#: of ..."): about the council's role, not about its advice
VALUES_THE_COUNCILS_ROLE = rx.compile(
    r"\bhecht(en)?\s+(wij|we|ik)\s+(er\s*)?(\w+\s+){0,2}aan\s+dat\s+(u|jullie|uw\s+\w*raad|de\s+\w*raad)\b",
    re.I,
)
#: a step of procedure not needed ("een voorstel aan de gemeenteraad is daarom niet nodig",
#: "een begrotingswijziging is niet nodig"): how the college goes about it, not a stance
PROCEDURE_NOT_NEEDED = rx.compile(
    r"\b(raadsvoorstel|voorstel\s+aan\s+(de\s+)?(gemeente)?raad|begrotingswijziging|wijziging\s+van\s+de\s+begroting|"
    r"aanvullend\s+krediet|extra\s+krediet)\b[^.;]{0,40}\b(is|zijn)\s+(\w+\s+){0,2}?niet\s+(nodig|noodzakelijk)\b",
    re.I,
)


#: a contrast that only puts the start later: ", maar niet per 1 juli 2025", "maar niet al in 2025"
LATER_START_ONLY = rx.compile(
    r",?\s*maar\s+niet\s+(al\s+)?(per|op|vanaf|met\s+ingang\s+van|in)\s+(\d{1,2}\s+)?"
    r"(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"(19|20)\d{2}|het\s+(voorjaar|najaar)|de\s+zomer)(\s+(19|20)\d{2})?\s*(?=[.;]?\s*$)",
    re.I,
)
#: the college serves the ask's aim another way than asked: "Wij pakken het daarom anders aan"
OTHER_WAY = rx.compile(
    r"\b(?:(?:wij|we|ik|het\s+college)\s+(?:pakken|pakt|pak)|(?:pakken|pakt|pak)\s+(?:wij|we|ik))\s+"
    r"(het|dit|dat)\s+(\w+\s+)?(anders|op\s+een\s+andere\s+(manier|wijze))\s+aan\b",
    re.I,
)


@functools.lru_cache(maxsize=STANCES_REMEMBERED)
def sentence_stance(
    sentence: str, require_actor: bool = True, bare_answers: bool = True
) -> str | None:
    """The college's stance in a sentence, on the four-value scale, or None.

    ``require_actor`` is False for the reaction cell of a per-point table, where the college
    is the speaker by construction.
    """
    sentence = COURTESY_NOT.sub(lambda m: " " * len(m.group()), sentence)
    # "Wij volgen dit advies, maar niet per 1 juli 2025": a later start, all of it adopted
    sentence = LATER_START_ONLY.sub(lambda m: " " * len(m.group()), sentence)
    if PROCEDURE_NOT_NEEDED.search(sentence) or SHARED_REFUSAL.match(sentence):
        # "een voorstel aan de gemeenteraad is daarom niet nodig": no refusal; "Dat willen wij
        # ook niet": the council's own "niet" shared
        return None
    if SECTION_QUESTION.match(sentence) or VALUES_THE_COUNCILS_ROLE.search(sentence):
        return None  # a heading ("Wat wij gaan verbeteren"), the council's role valued
    if NEITHER.search(sentence):
        return "noted"  # "Dat betekent niet dat wij ze afwijzen, en ook niet dat wij ze overnemen"
    if ASK_STATED.match(sentence):
        return None  # "Uw tweede advies is om een terugbelgarantie in te voeren": the ask told
    label = POINT_LABEL.match(sentence)
    if label and require_actor and len(sentence) > label.end():
        # "Ad 2: Akkoord." answers the point with the college as speaker, as a cell does
        return sentence_stance(sentence[label.end() :], require_actor=False)
    if (ABOUT_COUNCIL.search(sentence) or OTHER_ACTOR.search(sentence)) and not re.search(
        r"\b(wij|we|ik)\b", sentence, re.I
    ):
        return None
    if HALFWAY.search(sentence) and not re.search(r"\b(blijft|blijven)\b", sentence, re.I):
        return "partially_adopted"  # "naar acht weken, niet naar de gevraagde twaalf"
    if OTHER_WAY.search(sentence) and not NEGATION.search(sentence):
        return "partially_adopted"  # "Wij pakken het daarom anders aan": the aim, not the means
    decline = DECLINE.search(sentence)
    if decline and _disagrees_with_analysis_only(sentence, decline):
        return None  # "Uw conclusie dat er te weinig consulenten zijn, delen wij niet"
    parts = clauses(sentence)
    if INDIRECT.search(sentence) and not DEFER.search(sentence):
        # "... vermeldt of de inwoner is gewezen": the clause that says whether is no stance,
        # the others may still take one ("Uw aanbeveling ... nemen wij over: ...")
        parts = [c for c in parts if not INDIRECT.search(c)]
        if not parts:
            return None
    stances = _already_spelled_out(
        sentence, parts, _with_ellipsis([clause_stance(c) for c in parts], parts)
    )
    if _already_so_no_change(sentence, stances):
        # "Dit is al de werkwijze; wij zien daarom geen reden de tekst aan te passen", "Omdat
        # dit al wordt toegepast, is er geen reden de instructies aan te passen": nothing refused
        stances = ["already" if s == "not_adopted" else s for s in stances]
    if require_actor and not COLLEGE_ACTS.search(sentence):
        # without the college as actor only "this is already policy" speaks for it; anyone
        # may adopt or reject something ("de rechter heeft het bezwaar afgewezen")
        stances = [s for s in stances if s in {"already", "unchanged"}]
    if not stances and (
        not require_actor or (bare_answers and len(sentence.split()) <= BARE_ANSWER_WORDS)
    ):
        answer = _cell_answer(sentence)
        if answer or not IN_ITS_SPIRIT.search(sentence):
            return answer  # (a short sentence may still choose a middle way, below)
    head = re.split(r"[:;]", sentence, maxsplit=1)[0]
    if (
        not stances
        and bare_answers
        and re.search(r"[:;]", sentence)
        and len(head.split()) <= 3
        and _cell_answer(head)
    ):
        return _cell_answer(head)  # "Ten dele akkoord: de termijn gaat omlaag, ..."
    if (
        not stances
        and CONCEDED.match(sentence)
        and not (NEGATION.search(sentence) or DEFER.search(sentence))
    ):
        return "adopted"  # "Wel wordt de aanvraag eenvoudiger": what the college does do
    if (
        not stances
        and PARTIAL.search(sentence)
        and ADOPT.search(sentence)
        and COLLEGE_ACTS.search(sentence)
    ):
        return "partially_adopted"  # "komen wij niet helemaal, maar wel grotendeels tegemoet"
    if not stances and IN_ITS_SPIRIT.search(sentence) and COLLEGE_ACTS.search(sentence):
        return (
            "partially_adopted"  # "Wij doen het daarom anders, maar wel in de geest van uw advies"
        )
    if not stances:
        return None
    if set(stances) == {"not_adopted"} and IN_ITS_SPIRIT.search(sentence):
        return (
            "partially_adopted"  # "gekozen voor een andere aanpak, ... in de geest van uw advies"
        )
    if PARTIAL.search(sentence) and ("adopted" in stances or "not_adopted" in stances):
        if CONCERN_MET.search(sentence) and _advice_declined(sentence):
            return "not_adopted"  # "deels tegemoet aan uw zorg, al nemen wij uw advies niet over"
        return "partially_adopted"
    if "deferred" in stances and "not_adopted" in stances and FOR_NOW.search(sentence):
        # "neem ik op dit moment niet als opdracht over; ik wacht eerst die evaluatie af": not
        # now, and the answer waits for what comes
        return "noted"
    names = {"already": "noted", "deferred": "noted", "unchanged": "not_adopted"}
    decided = {names.get(s, s) for s in stances}
    if {"adopted", "not_adopted"} <= decided:
        return "partially_adopted"
    for label in ("not_adopted", "adopted", "noted"):
        if label in decided:
            return label
    return None


#: the council's ask told as what it is: "Uw tweede advies is om ...", "Het voorstel was dat ..."
ASK_STATED = rx.compile(
    r"^\W*(uw|het|dit|dat)\s+(\w+\s+)?(advies|adviespunt|voorstel|verzoek|wens)\s+(is|was|luidt|luidde)\s+"
    r"(om|dat)\b",
    re.I,
)
#: what the amended rule now says, in a "dat" clause: its verbs are the rule's, not a refusal
RULE_NOW_SAYS = rx.compile(
    r"\b(is|wordt|zijn|worden)\s+(nu\s+|inmiddels\s+|daarom\s+)?(opgenomen|bepaald|vastgelegd|geregeld)"
    r"\s+dat\b",
    re.I,
)
#: a refusal for the time being: "op dit moment niet", "voorlopig niet", "niet nu"
FOR_NOW = rx.compile(
    r"\b(op\s+dit\s+moment|voorlopig|vooralsnog|nu)\s+(\w+\s+){0,3}?(niet|geen)\b|"
    r"\b(niet|geen)\s+(\w+\s+){0,2}?(op\s+dit\s+moment|nu|voorlopig)\b",
    re.I,
)
#: done otherwise than asked, in the advice's spirit: "Wij doen het daarom anders, maar wel in
#: de geest van uw advies"
IN_ITS_SPIRIT = rx.compile(
    r"\banders\b[^.;]{0,60}\bin\s+de\s+geest\s+van\s+(uw|het|dit)\s+(\w+\s+)?(advies|voorstel|verzoek)\b|"
    r"\bin\s+de\s+geest\s+van\s+(uw|het|dit)\s+(\w+\s+)?(advies|voorstel|verzoek)\b[^.;]{0,40}\banders\b|"
    # "Wij kiezen daarom voor een tussenweg": part of what was asked, not all of it
    r"\b((kiezen|kies|vinden|zoeken|volgen)\s+(wij|we|ik|het\s+college)|(wij|we|ik|het\s+college)\s+"
    r"(kiezen|kies|vinden|zoeken|volgen))\s+(\w+\s+){0,2}?(een|de)\s+(tussenweg|middenweg|tussenoplossing|tussenstap|tussenvorm|compromis)\b|"
    r"\b(gekozen|gevonden)\s+(voor\s+)?(een|de)\s+(tussenweg|middenweg|tussenoplossing|tussenstap|tussenvorm|compromis)\b|"
    # "Wij hebben gekozen voor een andere aanpak, die naar onze overtuiging in de geest van uw
    # advies is": another way to the same end
    r"\bander(e)?\s+(aanpak|weg|manier|oplossing|invulling|route)\b[^.;]{0,60}\bin\s+de\s+geest\s+van\s+"
    r"(uw|het|dit)\s+(\w+\s+)?(advies|voorstel|verzoek)\b",
    re.I,
)
#: meeting the council's concern part of the way, which is not adopting its advice in part
CONCERN_MET = rx.compile(
    r"\btegemoet\s+aan\s+(uw|de|deze|die|jullie)\s+(\w+\s+)?(zorg|zorgen|bezwaar|bezwaren|"
    r"wens|wensen|bezorgdheid|punt\s+van\s+zorg)\b",
    re.I,
)
ADVICE_NAMED = rx.compile(r"\b(advies|adviezen|aanbeveling\w*|voorstel\w*|adviespunt\w*)\b", re.I)


def _advice_declined(sentence: str) -> bool:
    """A clause of the sentence declines the advice itself ("al nemen wij uw advies op dit
    punt niet over")."""
    return any(
        clause_stance(c) == "not_adopted" and ADVICE_NAMED.search(c) for c in clauses(sentence)
    )


def _already_so_no_change(sentence: str, stances: list[str]) -> bool:
    """It already happens, and the only "no" is that nothing needs to change."""
    if "adopted" in stances or "not_adopted" not in stances:
        return False
    if "already" not in stances and "noted" not in stances and not ALREADY.search(sentence):
        # (the "already" may stand in the reason clause: "Omdat dit al gebeurt, ..."; or the
        # advice is taken note of: "geeft geen aanleiding tot nieuw beleid; wij nemen het voor
        # kennisgeving aan")
        return False
    refusing = [c for c in clauses(sentence) if clause_stance(c) == "not_adopted"]
    return all(NO_CHANGE_NEEDED.search(c) for c in refusing)  # ("blijft zoals het is" may refuse)


#: words of a cell's opening verdict ("Niet overgenomen.", "Deels akkoord.")
OPENING_VERDICT_WORDS = 4


def opening_verdict(cell: str) -> str | None:
    """A reaction that opens with a bare verdict ("Overgenomen. Vanaf het najaar ...") is
    decided by it: what follows tells how, and a "niet" there ("inwoners die wij niet kennen")
    is no refusal."""
    first = re.match(r"\s*([^.,;:!?\n]+)(?:([.;:!\n])|(,)|\s*$)", cell)
    if not first or len(first.group(1).split()) > OPENING_VERDICT_WORDS:
        return None
    if first.group(3):  # "Overgenomen, onder voorwaarde dat ..." but not "Akkoord, behalve ..."
        rest = re.match(r"[^.;!?]*", cell[first.end() :]).group(0)
        if EXCEPTED.search(rest):
            return None
    return _cell_answer(first.group(1))


#: what a verdict followed by a comma may go on with that takes part of it back
EXCEPTED = rx.compile(
    r"\b(uitzondering|behalve|behoudens|maar|echter|niet|geen|deels|gedeeltelijk|ten\s+dele|"
    r"voor\s+zover)\b",
    re.I,
)


def _cell_answer(cell: str) -> str | None:
    """A reaction cell's bare answer: "Eens.", "Nee.", "Deels akkoord.", "Kennisgenomen.", or
    "X doen wij niet"."""
    if re.search(r"\bdoor\s+(de|het)\s+(gemeente)?raad\b", cell, re.I):
        return None  # "Overgenomen door de raad bij amendement": someone else's act
    if CELL_PARTLY.search(cell):
        return "partially_adopted"
    if CELL_NOTED.search(cell):
        return "noted"
    if CELL_NO.search(cell):
        return "not_adopted"
    if CELL_YES.search(cell):
        return "adopted"
    if re.search(r"\b(wij|we)\s+\w+\s+niet\s*[.;]|\b\w+\s+(wij|we)\s+niet\s*[.;]", cell, re.I):
        return "not_adopted"
    return None


#: "punt 2 niet", "maar niet aanbeveling 3", "maar niet voor de herinneringsbrieven"
NEGATED_PART = rx.compile(
    r"^\W*(maar\s+|en\s+)?(wel\s+)?(niet|geen)\b|\b(niet|evenmin|geen\s+\w+)\W*$", re.I
)
#: "voor punt 4 geldt dat niet": the previous clause's act, denied
ELLIPTIC_NOT = rx.compile(r"\b(geldt|gelden|gold)\s+(dat|dit|hetzelfde)\s+niet\b", re.I)


def _with_ellipsis(found: list[str | None], parts: list[str]) -> list[str]:
    """A clause without its own verb repeats the previous one: "punt 1 nemen wij over;
    punt 2 niet" declines point 2, "punt 3 ook" follows it."""
    out: list[str] = []
    previous: str | None = None
    for stance, part in zip(found, parts, strict=True):
        elliptic = len(part.split()) <= 8 and not SUBORDINATE.search(part)
        elliptic = elliptic or bool(ELLIPTIC_NOT.search(part))
        if stance is None and previous in {"adopted", "not_adopted"} and elliptic:
            if NEGATED_PART.search(part) or ELLIPTIC_NOT.search(part):
                stance = "not_adopted" if previous == "adopted" else "adopted"
            elif re.search(r"\b(ook|eveneens|evenzo)\b", part, re.I):
                stance = previous
        if stance:
            out.append(stance)
            previous = stance
    return out


def noted_kind(sentence: str) -> str | None:
    """The finer reading of a noted stance: already_policy, deferred or acknowledged."""
    kinds = {clause_stance(c) for c in clauses(sentence)}
    if "already" in kinds:
        return "already_policy"
    if "deferred" in kinds:
        return "deferred"
    if "noted" in kinds:
        return "acknowledged"
    return None
