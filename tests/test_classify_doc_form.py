"""The form reader: letters, memos and web pages between council and college, and the others."""

from __future__ import annotations

from cp_textmine.classify.doc_form import read_form, refine_letter_type
from cp_textmine.read.doctext import DocText
from cp_textmine.records import Page


def form_type(text: str, model_type: str = "advies") -> str:
    doc = DocText.from_pages([Page(1, text, "text", len(text))])
    form = read_form(doc, 1)
    if form.verdict:
        return form.verdict
    return refine_letter_type(form, model_type, text)[0]


ADDRESS_BLOCK_NO_SALUTATION = """Cliëntenraad Werk en Inkomen Oss
College van burgemeester en wethouders van Oss
Postbus 5
5340 BA Oss
Oss, 2 februari 2023
Onderwerp: wachttijden bij de intake

Onze leden horen steeds vaker dat de eerste afspraak bij de intake lang op zich laat wachten.
Wij geven u daarom in overweging om de intake binnen twee weken te laten plaatsvinden.
Namens de Cliëntenraad Werk en Inkomen Oss,
J. Jansen, voorzitter"""

MEMO_TO_THE_COLLEGES = """MEMO
Aan: de colleges van burgemeester en wethouders van Tholen en Reimerswaal
Van: Regionale Adviesraad Sociaal Domein
Datum: 4 maart 2024
Betreft: advies beleidsregels Wmo

Wij adviseren u de indicatie voor hulp bij het huishouden niet in te korten."""

INFORMATION_REQUEST = """Cliëntenraad Meppel
Aan het college van burgemeester en wethouders van Meppel
Meppel, 3 mei 2023
Betreft: verzoek om informatie over de energietoeslag
Geacht college,
Wij verzoeken u de volgende vragen te beantwoorden:
1. Hoeveel huishoudens ontvingen de toeslag?
2. Hoeveel aanvragen werden afgewezen?
Met vriendelijke groet,
Cliëntenraad Meppel"""

LETTER_TO_THE_PRESS = """Aan de redactie van de Meppeler Courant
Meppel, 9 mei 2023
Geachte redactie,
Als Cliëntenraad Meppel adviseren wij het college over werk en inkomen. Uw artikel over de
toeslag klopt op één punt niet.
Met vriendelijke groet,
Cliëntenraad Meppel"""

WEB_SUMMARY = """Adviesraad Sociaal Domein Oss
Home > Adviezen > 2023
Advies over de nieuwe beleidsregels minimaregelingen
Geplaatst op 12 juni 2023
De adviesraad adviseert het college om de inkomensgrens te verhogen naar 130 procent."""


def test_letter_without_salutation_from_the_council_is_an_advice() -> None:
    assert form_type(ADDRESS_BLOCK_NO_SALUTATION) == "advies"


def test_memo_from_the_council_to_the_colleges_is_not_an_other_document() -> None:
    assert form_type(MEMO_TO_THE_COLLEGES) == "advies"


def test_request_for_information_without_advice_is_overig() -> None:
    assert form_type(INFORMATION_REQUEST) == "overig"


def test_letter_to_the_press_is_overig_even_when_the_model_says_advies() -> None:
    assert form_type(LETTER_TO_THE_PRESS) == "overig"


def test_web_summary_with_an_advice_title_below_breadcrumbs_is_an_advice() -> None:
    assert form_type(WEB_SUMMARY) == "advies"


def test_news_item_reporting_an_advice_stays_overig() -> None:
    news = WEB_SUMMARY.replace("De adviesraad adviseert", "Volgens voorzitter Jansen adviseert")
    news = news.replace("procent.", "procent, zegt zij.")
    assert form_type(news) == "overig"


def test_informal_note_to_the_wethouder_with_our_advices_is_an_advice() -> None:
    note = """SAR Oss
Aan: wethouder P. de Vries, gemeente Oss
Datum: 3 maart 2022
Onderwerp: werkplan beschut werk
Beste Piet,
Hierbij onze reactie op het concept-werkplan. Onze adviezen:
1. Zorg voor een plek binnen drie maanden.
2. Regel vervoer voor wie niet zelf kan reizen.
Groet,
namens de SAR, Anna"""
    assert form_type(note) == "advies"


MEMO_FROM_THE_WETHOUDER = """MEMO

Aan: Cliëntenraad Werk en Inkomen Lansingerland
Van: wethouder P. de Groot, namens het college
Datum: 3 maart 2025
Betreft: uw advies over de bijzondere bijstand

Op 2 februari ontvingen wij uw advies. Hieronder leest u onze reactie per punt.
1. Wij nemen het voorstel voor een snellere afhandeling over.
2. De inkomensgrens blijft ongewijzigd, omdat de begroting geen ruimte biedt.
Een volgende adviesaanvraag over het minimabeleid volgt in het najaar.
"""

REQUEST_FOR_ADVICE = """Cliëntenraad Werk en Inkomen Lansingerland
t.a.v. de voorzitter

Onderwerp: adviesaanvraag beleidsregels bijzondere bijstand 2026

Geachte leden van de Cliëntenraad,

Met deze brief leggen wij de concept-beleidsregels aan u voor en vragen wij u om uw advies.
De belangrijkste wijzigingen zijn een hogere inkomensgrens en een kortere afhandeltermijn.
Wij ontvangen uw advies graag uiterlijk 1 april 2026.

Met vriendelijke groet,
burgemeester en wethouders van Lansingerland,
de secretaris, de burgemeester
"""


def test_memo_from_the_wethouder_to_the_council_is_a_response() -> None:
    assert form_type(MEMO_FROM_THE_WETHOUDER, "reactie") == "reactie"


def test_the_colleges_request_for_advice_is_no_response() -> None:
    assert form_type(REQUEST_FOR_ADVICE, "reactie") == "overig"


DEFERRING_ANSWER = """Gemeente Dongen
Aan de Adviesraad Sociaal Domein Dongen
Datum: 3 september 2025
Onderwerp: advies over de vroegsignalering
Geachte leden van de adviesraad,
Half juli bereikte ons via de ambtelijk secretaris uw advies over de vroegsignalering. U doet
ons drie aanbevelingen. Wij beslissen daar nu nog niet over, omdat het nieuwe beleidsplan in
voorbereiding is. Het concept van dat plan leggen wij in het voorjaar aan u voor.
Met vriendelijke groet,
burgemeester en wethouders van Dongen,
de secretaris, de burgemeester
"""


def test_an_answer_that_announces_a_later_request_for_advice_is_a_response() -> None:
    assert form_type(DEFERRING_ANSWER, "reactie") == "reactie"


REMINDER_LETTER = """Cliëntenraad Werk en Inkomen Wijchen
Aan het college van burgemeester en wethouders van Wijchen
Wijchen, 2 september 2024
Betreft: ons advies over de bijzondere bijstand
Geacht college,
Op 1 juli stuurden wij u ons advies over de bijzondere bijstand. De termijn voor uw antwoord
is inmiddels verstreken en wij hebben nog geen reactie ontvangen. Wij horen graag wanneer wij
uw reactie kunnen verwachten.
Met vriendelijke groet,
Cliëntenraad Werk en Inkomen Wijchen"""


def test_a_reminder_about_an_overdue_answer_is_overig() -> None:
    assert form_type(REMINDER_LETTER) == "overig"


def test_an_advice_that_also_recalls_an_unanswered_one_stays_an_advice() -> None:
    advice = REMINDER_LETTER.replace(
        "Met vriendelijke groet,",
        "Daarnaast adviseren wij u de aanvraagtermijn te verlengen.\nMet vriendelijke groet,",
    )
    assert form_type(advice) == "advies"


INFORMAL_MEMO_ADVICE = """Aan: wethouder P. de Wit, gemeente Barneveld
Datum: 3 maart 2023
Onderwerp: plan laaggeletterdheid
Beste Peter,
Zoals besproken onze reactie op het plan. Een paar dingen vallen ons op.
Onze adviezen:
1. Zorg dat elke brief op taalniveau B1 is.
2. Train de baliemedewerkers.
Groet,
Cliëntenraad Barneveld"""


def test_an_informal_memo_that_advises_is_an_advice_even_when_the_model_says_overig() -> None:
    assert form_type(INFORMAL_MEMO_ADVICE, model_type="overig") == "advies"


def test_a_council_letter_without_advice_stays_what_the_model_says() -> None:
    invitation = INFORMAL_MEMO_ADVICE.replace(
        "Onze adviezen:", "Wij nodigen u uit voor ons overleg. Op de agenda:"
    ).replace("1. Zorg dat elke brief op taalniveau B1 is.\n2. Train de baliemedewerkers.",
              "1. Kennismaking met de nieuwe leden.\n2. De planning van de adviezen voor 2023.")  # fmt: skip
    assert form_type(invitation, model_type="overig") == "overig"


def test_numbered_asks_advise_where_no_advising_word_is_legible() -> None:
    """A scan whose opening OCR garbled: two numbered orders to the college still advise."""
    asks = INFORMAL_MEMO_ADVICE.replace("Onze adviezen:", "Wat wij zagen, leest u hieronder.")
    assert form_type(asks, model_type="overig") == "advies"


THANK_YOU_LETTER = """Gemeente Weesp
Adviesraad Sociaal Domein Weesp
Postbus 5100
1380 AC Weesp
Weesp, 3 oktober 2025
Onderwerp: vergoeding voor de leden
Beste leden van de adviesraad,
Dank voor uw advies over de vergoeding. Wij zijn het op alle punten met u eens: de vergoeding
gaat per 1 januari omhoog.
Met vriendelijke groet,
namens het college van burgemeester en wethouders,
J. de Boer, wethouder"""


def test_a_college_letter_that_answers_the_advice_is_a_response_even_when_the_model_says_overig() -> (
    None
):
    assert form_type(THANK_YOU_LETTER, model_type="overig") == "reactie"


def test_a_college_letter_to_the_council_without_a_position_stays_what_the_model_says() -> None:
    """Thanks and news, but no following, declining or deferring: no response."""
    plain = THANK_YOU_LETTER.replace(
        "Wij zijn het op alle punten met u eens: de vergoeding\ngaat per 1 januari omhoog.",
        "Het nieuwe jaarverslag ontvingen wij ook in goede orde.",
    )
    assert form_type(plain, model_type="overig") == "overig"


def test_a_terugblik_on_the_year_is_an_annual_report() -> None:
    page = (
        "Home > Nieuws\nTerugblik op 2021: weer een beetje gewoon\nIn 2021 gaven wij drie adviezen."
    )
    assert form_type(page, model_type="overig") == "jaarverslag"


def test_a_blank_first_page_does_not_hide_the_title_or_the_letter() -> None:
    """Word processors and cover sheets leave an empty page 1; the form is read from the first
    page with text, and evidence keeps the real page numbers."""
    text = "Jaarverslag 2023\nAdviesraad Sociaal Domein Breda\nIn 2023 gaven wij acht adviezen."
    doc = DocText.from_pages([Page(1, "", "text", 0), Page(2, text, "text", len(text))])
    form = read_form(doc, 2)
    assert form.verdict == "jaarverslag"
    assert doc.page_of(0)[0] == 2


WEB_SUMMARY_WRAPPED = """Advies in het kort: brieven van Werk en Inkomen
moeten begrijpelijker
Een advies van de Adviesraad Sociaal Domein Leiden aan het college
Bij ons spreekuur hoorden wij veel over brieven. In onze gesprekken met
inwoners en met de consulenten bleek dat niemand de brieven begrijpt.
Wij adviseren het college de standaardbrieven te herschrijven en te testen met
inwoners.
"""


def test_a_printed_line_that_starts_with_inwoners_is_no_addressee() -> None:
    """Where the printer wrapped the lines, "inwoners" can open a line mid-sentence."""
    assert form_type(WEB_SUMMARY_WRAPPED, model_type="advies") == "advies"
    to_residents = "Aan de inwoners van Leiden\n" + WEB_SUMMARY_WRAPPED
    assert form_type(to_residents, model_type="advies") == "overig"


def test_an_advice_report_title_names_an_advice() -> None:
    report = ("Schulden in beeld\nAdviesrapport van de Participatieraad Vlaardingen over schuldhulp\n"
              "1. Aanleiding\nWij spraken veertig inwoners.\n5. Aanbevelingen\nWij adviseren u een "
              "vast loket te openen.")  # fmt: skip
    assert form_type(report, model_type="advies") == "advies"


INFORMATION_LETTER_WITH_THE_ANSWER = """Raadsinformatiebrief
Aan de gemeenteraad van Zeewolde
Datum 4 maart 2025
Onderwerp Advies van de Participatieraad over de beleidsregels bijzondere bijstand

Met deze brief informeren wij u over het advies van de Participatieraad en over ons antwoord.
De raad vraagt om een hogere draagkrachtgrens. Wij nemen dat advies over en passen de
beleidsregels per 1 juli aan.
Burgemeester en wethouders van Zeewolde"""


def test_an_information_letter_with_the_answer_to_one_advice_is_a_response() -> None:
    assert form_type(INFORMATION_LETTER_WITH_THE_ANSWER, "overig") == "reactie"


def test_an_information_letter_about_several_advices_stays_overig() -> None:
    several = INFORMATION_LETTER_WITH_THE_ANSWER.replace(
        "Onderwerp Advies van de Participatieraad over de beleidsregels bijzondere bijstand",
        "Onderwerp Adviezen van de Participatieraad in 2024 en onze reacties",
    )
    assert form_type(several, "overig") == "overig"


def test_an_information_letter_that_takes_no_position_stays_overig() -> None:
    no_stance = INFORMATION_LETTER_WITH_THE_ANSWER.replace(
        "Wij nemen dat advies over en passen de\nbeleidsregels per 1 juli aan.",
        "Het advies is als bijlage bij deze brief gevoegd.",
    )
    assert form_type(no_stance, "overig") == "overig"


def test_the_signature_stays_on_its_page_unless_the_page_ends_after_the_closing() -> None:
    forwarded = [
        Page(1, "Van: secretariaat wethouder\nAan: secretariaat Participatieraad Zeewolde\n"
                "Geachte heer Bos,\nHierbij de brief van de wethouder.\nMet vriendelijke groet,\n"
                "K. Smit\nsecretariaat", "text", 0),
        Page(2, "Participatieraad Zeewolde\nt.a.v. de heer Bos\nGeachte heer Bos,\n"
                "Dank voor uw advies van 3 mei. Wij nemen uw advies over.\nMet vriendelijke groet,\n"
                "de wethouder", "text", 0),
    ]  # fmt: skip
    form = read_form(DocText.from_pages(forwarded), 2)
    assert form.to_council and not form.signed_by_council
    closing_at_page_end = [
        Page(1, "Participatieraad Zeewolde\nGeachte heer Bos,\nWij nemen uw advies over.\n"
                "Met vriendelijke groet,", "text", 0),
        Page(2, "burgemeester en wethouders van Zeewolde,\nde secretaris,\nde burgemeester,", "text", 0),
    ]  # fmt: skip
    assert read_form(DocText.from_pages(closing_at_page_end), 2).signed_by_college


def _form_of_pages(*pages: str):
    doc = DocText.from_pages([Page(i, t, "text", len(t)) for i, t in enumerate(pages, start=1)])
    return read_form(doc, len(pages))


def test_the_councils_letter_that_is_its_annual_report() -> None:
    """A council tells the gemeenteraad about its year in a letter: the subject names the report."""
    letter = """Wmo-raad Steenwijkerland
Aan de leden van de gemeenteraad van Steenwijkerland
Datum: 2 april 2024
Onderwerp: Jaarverslag 2023 Wmo-raad Steenwijkerland
Geachte raadsleden,
Met deze brief vertellen wij u hoe ons jaar verliep. Wij brachten drie adviezen uit aan het college."""
    rest = "Wij vergaderden acht keer.\nMet vriendelijke groet,\nWmo-raad Steenwijkerland, de voorzitter"
    assert _form_of_pages(letter, rest).verdict == "jaarverslag"
    # the college's letter about the council's report is not the report
    college = rest.replace("Wmo-raad Steenwijkerland, de voorzitter", "burgemeester en wethouders")
    assert _form_of_pages(letter, college).verdict != "jaarverslag"


MAIL_REPLY_WITH_QUOTE = """RE: Advies 2024-05 schuldhulp
Van: Jansen, Petra <p.jansen@example-gemeente.nl>
Aan: secretariaat@adviesraad-voorbeeld.nl
Verzonden: dinsdag 4 juni 2024 10:12
Beste heer Koster,
Namens het college bericht ik u over het advies van de adviesraad van 2 mei jl. Het college
heeft besloten het advies niet over te nemen, omdat er in de begroting geen ruimte voor is.
Met vriendelijke groet,
Petra Jansen
Beleidsadviseur Schulden
Gemeente Voorbeeld | Afdeling Samenleving
Van: secretariaat@adviesraad-voorbeeld.nl
Verzonden: donderdag 2 mei 2024 15:40
Onderwerp: Advies 2024-05 schuldhulp
Beste Petra, in de bijlage het advies van de Adviesraad Sociaal Domein."""

INFORMATION_LETTER_WITHOUT_SALUTATION = """gemeente Voorbeeld
Nummer RIB 2024-31
Onderwerp Reactie op het ongevraagd advies van de cliëntenraad over de bereikbaarheid
Aan de gemeenteraad van Voorbeeld,
Met deze brief informeren wij u over onze reactie op het advies van de cliëntenraad. Wij nemen
twee van de vier voorstellen over; de andere twee nemen wij niet over, omdat ze te duur zijn."""

ANSWER_THAT_ALSO_ASKS = """Gemeente Voorbeeld
Aan de Cliëntenraad Werk en Inkomen
Onderwerp: Uw advies over kinderarmoede
Beste mevrouw Smit,
Graag reageer ik namens het college op het advies dat de cliëntenraad heeft uitgebracht. Wij
betrekken uw voorstellen bij de nieuwe nota. Zodra het concept klaar is, vragen wij u daarover
opnieuw om advies.
Met vriendelijke groet,
de wethouder Bestaanszekerheid"""


def test_answers_in_other_forms_are_responses() -> None:
    """An official's e-mail above the council's quoted message, an information letter to the
    gemeenteraad without a salutation, and a reply that also announces a request for advice."""
    assert form_type(MAIL_REPLY_WITH_QUOTE) == "reactie"
    assert form_type(INFORMATION_LETTER_WITHOUT_SALUTATION) == "reactie"
    assert form_type(ANSWER_THAT_ALSO_ASKS) == "reactie"


def test_a_college_letter_answering_the_councils_questions_is_no_response() -> None:
    from cp_textmine.classify.doc_form import _answers_questions_only

    questions = (
        "Onderwerp Beantwoording vragen over de uitvoering van de energietoeslag\nGeachte mevrouw Wijnsma,\n"
        "In uw brief van 9 februari stelt de Participatieraad een aantal vragen. Hieronder beantwoorden wij "
        "uw vragen.\nVraag 1. Wie krijgt de toeslag automatisch?\nInwoners met een uitkering.\n"
        "Vraag 2. Hoe worden anderen geïnformeerd?\nVia de huis-aan-huisbladen.\n"
    )
    assert _answers_questions_only(questions)
    advice = questions.replace(
        "In uw brief van 9 februari", "Naar aanleiding van uw advies van 9 februari"
    )
    assert not _answers_questions_only(advice)


def test_answers_as_a_college_decision_or_with_a_wrapped_subject_are_responses() -> None:
    """The sixth blind round: a college besluit on the council's advice, and a
    raadsinformatiebrief whose subject line wraps onto the advice (own wording)."""
    besluit = (
        "gemeente Purmerend\nBesluit van het college van burgemeester en wethouders\n"
        "Zaaknummer Z/24/1234\nOnderwerp\nAdvies Adviesraad Sociaal Domein over de verordening\n"
        "Samenvatting\nDe adviesraad heeft op 4 november advies uitgebracht.\n"
        "Het college besluit:\n1. het advies van de adviesraad niet over te nemen;\n"
        "2. de adviesraad hierover te informeren."
    )
    rib = (
        "Raadsinformatiebrief\nAan de gemeenteraad van Purmerend\nDatum 19 maart 2024\n"
        "Onderwerp Nota armoede 2024-2027 en de verwerking\nvan het advies van de Adviesraad\n"
        "Geachte raadsleden,\nMet deze brief informeren wij u hoe wij het advies hebben verwerkt. "
        "Wij hebben besloten alle adviezen over te nemen.\nMet vriendelijke groet,\n"
        "burgemeester en wethouders van Purmerend"
    )
    assert form_type(besluit, "reactie") == "reactie"
    assert form_type(rib, "reactie") == "reactie"


def test_a_copy_line_is_no_signature_and_a_regional_board_is_addressed_as_a_college() -> None:
    advice = (
        "Cliëntenraad Werk en Inkomen Kerkrade\nAan het dagelijks bestuur van de\n"
        "Gemeenschappelijke Regeling Werkbedrijf Parkstad\nKerkrade, 4 november 2024\n"
        "Uw kenmerk WB/2024/12 (adviesaanvraag 1 oktober 2024)\n"
        "Betreft advies concept uitvoeringsplan werk\nGeacht bestuur,\n"
        "Op 1 oktober ontvingen wij uw verzoek om advies. Wij adviseren u de begeleiding van "
        "mensen met een grote afstand tot werk niet in te korten.\nMet vriendelijke groet,\n"
        "Cliëntenraad Werk en Inkomen Kerkrade\nJan Smeets, voorzitter\n"
        "Afschrift: college van burgemeester en wethouders van Kerkrade"
    )
    assert form_type(advice, "advies") == "advies"


def test_a_salutation_behind_a_stray_ocr_mark_still_opens_a_letter() -> None:
    doc = DocText.from_pages(
        [
            Page(
                1,
                "Adviesraad Zaanstad\n„Geachte leden van de adviesraad,\nTekst.\nMet vriendelijke groet,\nX",
                "text",
                80,
            )
        ]
    )
    assert read_form(doc, 1).is_letter


def test_an_annual_report_that_presents_itself_in_its_opening_sentence() -> None:
    """No title line, a call for members on the first page: the opening names the genre."""
    opening = """Cliëntenraad Werk en Inkomen Barneveld
Barneveld, 20 maart 2024
1. Inleiding
Voor u ligt het jaarverslag van de Cliëntenraad Werk en Inkomen Barneveld over 2023.
Vacature: wij zoeken twee nieuwe leden met ervaring met de bijstand."""
    assert (
        _form_of_pages(opening, "2. Samenstelling\nDe raad had zeven leden.").verdict
        == "jaarverslag"
    )
    # a vacancy notice of the same council stays what it is
    notice = "Vacature\nDe Cliëntenraad Werk en Inkomen Barneveld zoekt twee nieuwe leden."
    assert _form_of_pages(notice).verdict == "overig"


UNTITLED_REPORT_CHAPTERS = """Participatieraad Ede
vastgesteld in de vergadering van 2 maart 2022
1. Een bijzonder jaar
In dit verslag leest u wat de raad in 2021 heeft gedaan.
2. Samenstelling
De raad telde eind 2021 negen leden.
3. Vergaderingen
Wij vergaderden tien keer en spraken vier keer met de wethouder.
4. Adviezen in 2021
Wij brachten vijf adviezen uit.
5. Contact met de achterban
Elke maand hielden wij een spreekuur in de bibliotheek.
6. Financiën
Het budget werd niet helemaal besteed."""


def test_an_annual_report_known_by_its_chapters_when_the_title_is_on_a_cover_picture() -> None:
    form = _form_of_pages("", UNTITLED_REPORT_CHAPTERS)  # page 1: the cover, a picture only
    assert form.verdict == "jaarverslag" and "Samenstelling" in form.reason
    # the same chapters in a plan for the coming year are no report of a year
    plan = UNTITLED_REPORT_CHAPTERS.replace("vastgesteld in de vergadering van 2 maart 2022",
                                            "Werkplan 2022").replace("In dit verslag leest u wat de raad in 2021 heeft gedaan.",
                                                                     "Dit plan beschrijft wat de raad wil doen.")  # fmt: skip
    plan = plan.replace("Wij vergaderden", "Wij vergaderen").replace("Wij brachten", "Wij brengen")
    assert _form_of_pages(plan).verdict != "jaarverslag"
    # articles of a verordening with the same names are no chapters of a report
    articles = "\n".join(f"Artikel {i}\n{h}" for i, h in enumerate(
        ["Samenstelling", "Vergaderingen", "Adviezen", "Achterban", "Budget"], start=1))  # fmt: skip
    assert (
        _form_of_pages(f"Verordening cliëntenparticipatie Ede 2021\n{articles}").verdict
        != "jaarverslag"
    )


def test_a_scanned_letter_with_ocr_slips_in_its_salutation_and_closing_is_a_letter() -> None:
    scanned = """Gemeente Deventer
“Aan de Cliëntenraad Sociale Zekerheid Deventer
Onderwerp: uw advies over handhaving
Se Geachte heer Wolbers,
Het college heeft uw advies besproken en besloten uw voorstellen niet over te nemen.
Met uriendelijke groet,
wethouder Werk en Inkomen"""
    form = _form_of_pages(scanned)
    assert form.is_letter and form.to_council
    assert _form_of_pages(scanned.replace("Geachte", "Geachie").replace("Se ", "")).is_letter
    # a line that merely starts with a word like it is no salutation
    prose = scanned.replace("Se Geachte heer Wolbers,", "Gerechte zorgen leven bij velen.")
    assert not _form_of_pages(prose).is_letter


def test_a_letter_about_a_draft_regulation_is_no_regulation() -> None:
    """It quotes articles, so a model may say verordening; a letter answering the advice is none."""
    letter = """Gemeente Groningen
Cliëntenraad Groningen
t.a.v. de voorzitter
Onderwerp Advies Cliëntenraad over de Verordening re-integratie
Geachte leden van de Cliëntenraad,
Wij danken u voor uw advies over de concept-verordening. In artikel 9 van de verordening is al
bepaald dat de tegenprestatie vrijwillig is. Wij nemen uw advies over artikel 12 over.
Met achtingsvolle groet,
namens het college van B&W,
wethouder Werk en Participatie"""
    form = _form_of_pages(letter)
    assert form.is_letter and form.signed_by_college
    assert refine_letter_type(form, "verordening", letter)[0] == "reactie"


def test_an_information_letter_forwarding_the_councils_annual_report_answers_no_advice() -> None:
    letter = """Gemeente Apeldoorn
Raadsinformatiebrief
Aan de gemeenteraad van Apeldoorn
Onderwerp: Jaarverslag 2024 Cliëntenraad Werk en Inkomen Apeldoorn
Geachte leden van de raad,
Hierbij sturen wij u het jaarverslag van de cliëntenraad. Wij nemen de aanbeveling over om de
raad eerder te betrekken, en zullen dat in het werkplan opnemen.
Met vriendelijke groet,
burgemeester en wethouders"""
    assert form_type(letter, "reactie") == "overig"


OFFICIALS_MAIL = """RE: Advies Wmo-raad vervoer 2026
Van: Anna de Vries <a.devries@gemeente.nl>
Aan: secretariaat@wmoraad-plaats.nl
Datum: di 3-3-2026 10:12
Beste Karin,
Namens wethouder Jansen bevestig ik de ontvangst van het advies van de Wmo-raad over het
vervoer. Het advies is doorgestuurd naar het projectteam; we nemen het mee in de verdere
uitwerking. Na de zomer ontvangen jullie een formele reactie van het college.
Met vriendelijke groet,
Anna de Vries
Beleidsadviseur | Gemeente Plaats"""


def test_an_officials_mail_for_the_wethouder_about_the_advice_is_a_response() -> None:
    assert form_type(OFFICIALS_MAIL, model_type="overig") == "reactie"
    # the same mail about an invitation, no advice of the council named, stays overig
    invitation = OFFICIALS_MAIL.replace("het advies van de Wmo-raad over het\nvervoer", "uw mail")
    assert form_type(invitation, model_type="overig") == "overig"


SCANNED_DECISION = """Gemeente Plaats . BESLUIT BURGEMEESTER EN WETHOUDERS
Datum B&W-vergadering 18-06-2026
Zaaknummer Z/26/1234
Advies Cliëntenraad d.d. 9 mei 2026 over de vergoeding van de leden
SAMENVATTING
De raad adviseert de vergoeding te verhogen.
pet college besluit:

1. het advies van de Gliëntenraad Werk en Inkomen van 9 mei 2026 over

te nemen;

2. de vergoeding vast te stellen op € 60;"""


def test_a_college_decision_on_the_advice_whose_scan_lost_the_subject_field() -> None:
    assert form_type(SCANNED_DECISION, model_type="overig") == "reactie"
    other = SCANNED_DECISION.replace(
        "het advies van de Gliëntenraad Werk en Inkomen van 9 mei 2026 over\n\nte nemen",
        "de verordening vast te stellen",
    )
    assert form_type(other, model_type="overig") == "overig"


ADVICE_ON_THE_DRAFT = """Adviesraad Sociaal Domein Plaats
Advies over het concept Verordening adviesraad sociaal domein Plaats 2026
Aan: college van burgemeester en wethouders van Plaats
Het college heeft de adviesraad gevraagd te adviseren over het concept. Ons advies per artikel:
Artikel 5 lid 2: de adviesraad brengt binnen zes weken advies uit.
Namens de adviesraad, de voorzitter"""

REQUEST_WITH_DRAFT = """gemeente Plaats
Adviesraad Sociaal Domein Plaats
t.a.v. de voorzitter
Onderwerp: adviesaanvraag concept Verordening adviesraad
Geachte mevrouw Bos,
Wij vragen u ons over het bijgevoegde concept te adviseren. Uw advies zien wij graag tegemoet.
Met vriendelijke groet,
burgemeester en wethouders van Plaats
Artikel 1 Begripsbepalingen
Artikel 2 Taak van de adviesraad"""


def test_an_advice_titled_so_beats_a_regulation_model_and_a_request_with_a_draft_is_overig() -> (
    None
):
    assert form_type(ADVICE_ON_THE_DRAFT, model_type="verordening") == "advies"
    assert form_type(REQUEST_WITH_DRAFT, model_type="verordening") == "overig"


COUNCIL_REPORT_THAT_ADVISES = """WMO-RAAD HEERENVEEN – werkgroep Wonen en Zorg

Woonzorgvisie 2025–2030
Naar aanleiding van het verzoek van het college van 2 september · advies 2024/07

Inleiding
Het college vroeg de Wmo-raad om een advies over de woonzorgvisie. De visie beschrijft hoeveel
woningen voor ouderen er nodig zijn en waar, en hoe zorg en wonen samenkomen in de dorpen.

Wat wij waarderen
De visie kiest voor wonen in de eigen omgeving zo lang als het gaat. Dat delen wij, en de
aandacht voor mantelzorgers spreekt ons aan.

Zorgen
Ouderen in onze achterban vrezen dat er in de kleinere dorpen geen plek overblijft. Ook is niet
duidelijk wie huurders van een zorgwoning helpt als er iets misgaat.

Advies
De Wmo-raad adviseert het college om in elk dorp ten minste één locatie voor geclusterd wonen
op te nemen, en om huurders van een zorgwoning een vast aanspreekpunt te geven.

Marten de Boer
voorzitter Wmo-raad Heerenveen"""


def test_a_report_signed_by_the_council_in_which_it_advises_the_college_is_an_advice() -> None:
    """No letter form (a title, headings, an 'Advies' section), but the council advises the
    college in its own name and signs: an advice, not a page about one (round BD)."""
    assert form_type(COUNCIL_REPORT_THAT_ADVISES) == "advies"


def test_a_report_about_the_councils_advice_in_someone_elses_words_stays_overig() -> None:
    reported = COUNCIL_REPORT_THAT_ADVISES.replace(
        "De Wmo-raad adviseert het college",
        "Volgens voorzitter De Boer adviseert de Wmo-raad het college",
    )
    assert form_type(reported) == "overig"
    assert form_type(COUNCIL_REPORT_THAT_ADVISES, model_type="overig") == "overig"


def test_a_council_signing_above_a_footer_naming_the_college_advises() -> None:
    """The footer under the signature says whom the council advises ('adviseert het college van
    burgemeester en wethouders'); the council signed, as 'namens de Brede Raad 010' does."""
    for signer in ("Adviesraad Sociaal Domein Westland", "namens de Brede Raad 010"):
        text = (
            "Aan het college van burgemeester en wethouders\nBetreft: advies inburgering\n"
            "Geacht college,\nWij adviseren u eerder met de intake te beginnen.\n"
            f"Met vriendelijke groet,\n{signer}\nK. Ammerlaan, voorzitter\n"
            "De raad adviseert het college van burgemeester en wethouders gevraagd en ongevraagd."
        )
        assert form_type(text, "advies") == "advies"


def test_a_college_letter_answering_an_unasked_advice_named_in_its_subject_is_a_response() -> None:
    text = (
        "Aan de Participatieraad\nOnderwerp: reactie op ongevraagd advies over terugvordering\n"
        "Geachte mevrouw Wijbenga,\nOp 14 november heeft de Participatieraad ons uit eigen "
        "beweging advies uitgebracht. Als de wet verandert, vragen wij u daarover opnieuw om advies.\n"
        "Met vriendelijke groet,\nburgemeester en wethouders van Heerenveen"
    )
    assert form_type(text, "reactie") == "reactie"


MUNICIPALITY_TO_A_RESIDENTS_COUNCIL = """Enschede gemeente
Postbus 20
Bewoners Adviesraad Sociaal domein (BAS)      Datum        29 oktober 2024
t.a.v. de voorzitter                          Uw kenmerk   BAS/2024/017
Geachte heer Ter Horst,
Op 20 september ontvingen wij uw advies. Alles afwegend neemt het college uw drie
aanbevelingen niet over.
Met vriendelijke groet,
burgemeester en wethouders van Enschede"""


def test_a_council_named_for_residents_beside_the_header_fields_is_the_addressee() -> None:
    """'Bewoners Adviesraad ...' is a council, not a letter to residents, also with the date
    and kenmerk printed beside it on the same line."""
    doc = DocText.from_pages([Page(1, MUNICIPALITY_TO_A_RESIDENTS_COUNCIL, "text", 300)])
    form = read_form(doc, 1)
    assert (form.to_council, form.to_others) == (True, False)
    assert form_type(MUNICIPALITY_TO_A_RESIDENTS_COUNCIL, "reactie") == "reactie"


def test_a_college_letter_on_two_advices_the_council_sent_is_a_response() -> None:
    text = """Gemeente Zutphen
Cliënten- en Adviesraad Zutphen
Onderwerp: uw adviezen over de brieven en over de beleidsregels terugvordering
Geachte mevrouw Stegeman,
U heeft ons dit voorjaar twee adviezen gestuurd. Het tweede is uw antwoord op onze adviesaanvraag
over de beleidsregels. Wij beantwoorden ze in één brief.
Met vriendelijke groet,
burgemeester en wethouders van Zutphen"""
    assert form_type(text, "reactie") == "reactie"


def test_an_unasked_advice_citing_a_yearly_report_is_no_annual_report() -> None:
    """The model reads 'jaarverslag' in an advice that quotes a service's yearly figures; the
    title, the college as addressee and the advising voice make it an advice. A council's own
    annual report with the same words keeps the model's type."""
    advice = (
        "Participatieraad Losser\nONGEVRAAGD ADVIES\n"
        "Aan College van burgemeester en wethouders van Losser\nVan Participatieraad Losser\n"
        "Datum 9 september 2025\nOnderwerp Schuldhulpverlening\nGeacht college,\n"
        "De Participatieraad brengt u uit eigen beweging advies uit. Uit het jaarverslag "
        "schuldhulpverlening 2024 blijkt dat de helft van de inwoners niet reageert. De raad "
        "adviseert om inwoners die niet reageren thuis te bezoeken.\nMet vriendelijke groet,\n"
        "Participatieraad Losser\n"
    )
    assert form_type(advice, "jaarverslag") == "advies"
    report = advice.replace("ONGEVRAAGD ADVIES", "Jaarverslag 2024 en ongevraagd advies")
    assert form_type(report, "jaarverslag") == "jaarverslag"


def test_a_memo_titled_in_letter_spaced_capitals_is_the_councils_advice() -> None:
    """ "A D V I E S" over Van/Aan/Betreft fields: the title read as a word, so the memo about
    the council's own regulation, members and budget is no annual report."""
    memo = (
        "Participatieraad Noorderdorp\nA D V I E S\nVan Participatieraad Noorderdorp\n"
        "Aan College van burgemeester en wethouders van de gemeente Noorderdorp\n"
        "Datum 19 november 2024\nBetreft Verordening participatieraad 2025 en werkbudget\n"
        "De participatieraad geeft u in overweging het aantal leden op vijftien te handhaven.\n"
        "Participatieraad Noorderdorp,\nF. Meijer\nvoorzitter"
    )
    assert form_type(memo, model_type="jaarverslag") == "advies"


def test_a_letter_to_the_college_whose_subject_names_it_an_advice_is_one() -> None:
    """A letter on the council's own regulation cites its articles; the model reads a
    regulation, the subject field says it is an advice."""
    letter = (
        "Adviesraad Sociaal Domein West Maas en Waal\nAan het college van burgemeester en "
        "wethouders\nvan de gemeente West Maas en Waal\nonderwerp Advies over de positie en "
        "werkwijze van de adviesraad\nGeacht college,\nArtikel 5, tweede lid, van de Verordening "
        "Adviesraad geeft onze raad de bevoegdheid ook ongevraagd te adviseren. In 2024 zijn wij "
        "negen keer om advies gevraagd.\n1. Geef bij een adviesaanvraag een termijn van ten "
        "minste zes weken.\nMet vriendelijke groet,\n"
        "Adviesraad Sociaal Domein"
    )
    assert form_type(letter, model_type="verordening") == "advies"


def test_a_college_letter_citing_its_earlier_request_for_advice_answers_the_advice() -> None:
    """ "Onze adviesaanvraag 6 mei 2026" in the header cites the request the advice answered;
    the subject "verwerking van uw advies" says what the letter is."""
    letter = (
        "gemeente Heuvelrand\nWmo-raad Heuvelrand\nDe heer J. Frijns, voorzitter\n"
        "Uw advies WR 26-07 d.d. 9 juni 2026\nOnze adviesaanvraag 6 mei 2026\n"
        "Onderwerp: verwerking van uw advies over het concept-beleidsplan Mantelzorg\n"
        "Beste heer Frijns,\nKort gezegd: ik heb al uw voorstellen overgenomen en het concept "
        "daarop aangepast.\nMet hartelijke groet,\nnamens het college van burgemeester en "
        "wethouders van Heuvelrand,\nM. Ramaekers\nwethouder Zorg"
    )
    assert form_type(letter, model_type="overig") == "reactie"


def test_a_college_letter_in_the_third_person_citing_the_request_answers_the_advice() -> None:
    letter = (
        "Gemeente Rivierdorp\nAdviesraad Sociaal Domein Rivierdorp\nt.a.v. mevrouw Vermaat\n"
        "Geachte mevrouw Vermaat,\nBij brief van 1 juli 2025 is de Adviesraad verzocht advies uit "
        "te brengen over de beleidsregels. Na afweging is besloten het advies niet over te nemen "
        "en de beleidsregels vast te stellen zoals deze in de adviesaanvraag zijn voorgelegd. "
        "Dit advies wordt niet gevolgd.\nHoogachtend,\nburgemeester en wethouders van Rivierdorp,"
    )
    assert form_type(letter, model_type="reactie") == "reactie"


def test_a_memo_addressed_in_a_field_gericht_aan_with_the_councils_footer_is_an_advice() -> None:
    """ "Gericht aan College van burgemeester en wethouders" addresses the college, and the
    council's footer "Adviseert het college van B&W ..." is no signature of the college."""
    text = (
        "Haagse Adviesraad Sociaal Domein Advies 2025/03\nMeer ruimte, maar met zorg ingericht\n"
        "Gericht aan College van burgemeester en wethouders van ’s-Gravenhage\n"
        "Datum 10 februari 2025\nSoort advies Gevraagd advies\n1. Inleiding\nHet college heeft "
        "ons om advies gevraagd over de pilot.\nAdvies 1 – Looptijd\nVerleng de pilot naar twee "
        'jaar. Een deelnemer zegt: "Ik durf nu niets bij te verdienen."\nAdvies 2 – Giften\n'
        "Verhoog de vrijlating van giften.\n"
        "Adviseert het college van B&W van Den Haag over werk, inkomen, zorg en jeugd"
    )
    assert form_type(text) == "advies"


def test_prose_wrapped_at_the_college_is_no_address_block() -> None:
    """A vacancy text: "Wij zijn ... inwoners die\\nhet college van burgemeester en wethouders
    adviseren over ..." is a sentence, not an addressee."""
    text = (
        "Tijdsbesteding\ngemiddeld 6 uur per maand\nDenk mee, praat "
        "mee, adviseer mee\nDe Adviesraad Sociaal Domein zoekt twee nieuwe leden\nWie zijn wij?\n"
        "Wij zijn een onafhankelijke raad van twaalf inwoners die\nhet college van burgemeester "
        "en wethouders adviseren\nover zorg, jeugd, werk en inkomen. Vorig jaar adviseerden wij "
        "over de Wmo-verordening; het college nam het grootste deel van onze aanbevelingen over.\n"
        "Wat ga je doen?\nJe leest de stukken van de gemeente.\n"
    )
    assert form_type(text) == "overig"


def test_the_colleges_reaction_form_per_recommendation_is_an_answer() -> None:
    text = (
        "gemeente Culemborg\nTeam Sociaal Domein\nREACTIEFORMULIER ADVIES\nA. Gegevens van het "
        "advies\nAdviesorgaan Adviesraad Sociaal Domein Culemborg\nKenmerk advies ASD-C 2025/03\n"
        "B. Reactie per aanbeveling\n1 Verhoog de inkomensgrens. X deels overgenomen De grens gaat "
        "naar 125%.\n2 Schaf het drempelbedrag af. X overgenomen Wij schaffen het drempelbedrag "
        "af.\nNamens het college van burgemeester en wethouders,\nde secretaris,\n"
    )
    assert form_type(text, "overig") == "reactie"


def test_the_councils_own_daily_board_signing_is_the_council_not_the_college() -> None:
    """ "het dagelijks bestuur van de Adviesraad ..." signs for the council; a header field
    "Adviesaanvraag d.d. ..." then says the advice was asked, not that the college asks."""
    text = (
        "ADVIES\nAdviesraad Sociaal Domein Simpelveld\nAan College van B&W van de gemeente "
        "Simpelveld\nAdviesaanvraag d.d. 8-9-2025\nDatum advies 14-10-2025\nGeacht college,\n"
        "Wij hebben de nota gelezen en geven u de volgende punten mee.\n1. Neem de kosten van de "
        "verklaring omtrent het gedrag over.\n2. Verleen de ontmoetingsplekken een meerjarige "
        "subsidie.\nMet vriendelijke groeten,\nhet dagelijks bestuur van de Adviesraad Sociaal "
        "Domein Simpelveld\nL. Habets, voorzitter R. Meertens, secretaris"
    )
    assert form_type(text, "overig") == "advies"


def test_an_advice_memo_titled_advies_over_the_draft_it_is_about_is_an_advice() -> None:
    """ "ADVIES" heads the memo, the draft's own title ("Concept-notitie ...") is its subject."""
    text = (
        "ADVIES\nAdviesraad Wmo Noord-Beveland\nKerkstraat 9 · 4484 AB Kortgene\n"
        "Concept-notitie ‘Samen zorgen – mantelzorgondersteuning 2026-2029’\nAan College van "
        "burgemeester en wethouders van Noord-Beveland\nDatum 6-11-2025\n1. Inleiding\nHet "
        "college heeft de adviesraad gevraagd te reageren op de concept-notitie.\n2. Advies\n"
        "Laat de mantelzorger zelf kiezen tussen een geldbedrag en een bon.\n"
    )
    assert form_type(text, "advies") == "advies"


def test_a_box_of_key_figures_above_the_title_is_no_title() -> None:
    """ "Vacatures 3" in a box of the year's figures printed first is a count, not a vacancy's
    title: the annual report's own title and chapters decide."""
    text = (
        "2022 in het kort\nEigen vergaderingen 9\nAdviezen (waarvan ongevraagd) 5 (2)\nVacatures 3\n"
        "ADVIESRAAD SOCIAAL DOMEIN ROERMOND\nJaarverslag 2022\n1. Inleiding\nIn 2022 konden we "
        "weer samen vergaderen.\n2. Samenstelling\nDe adviesraad telde acht leden.\n3. Overleg met "
        "het college\nWij spraken twee keer met de wethouders.\n4. Adviezen\nWij brachten vijf "
        "adviezen uit.\n"
    )
    assert form_type(text, "jaarverslag") == "jaarverslag"


def test_a_letter_whose_subject_field_names_an_advice_is_one_when_the_model_says_annual_report() -> (
    None
):
    """The council cites a yearly report of the municipality; its letter to the college with
    "Betreft: Ongevraagd advies ..." advises all the same (round GM)."""
    letter = (
        "Cliëntenraad Oost Gelre\nAan het college van burgemeester en wethouders\n"
        "van de gemeente Oost Gelre\nPostbus 40\n7130 AA Lichtenvoorde\n"
        "Datum: 2 oktober 2024\nBetreft: Ongevraagd advies over de minimaregelingen\n"
        "Geacht college,\nUit het jaarverslag minimabeleid 2023 blijkt dat maar de helft van de "
        "huishoudens de meedoenregeling gebruikt.\nDe Cliëntenraad adviseert u:\n"
        "1. de inkomensgrens te verhogen naar 130 procent;\n2. één aanvraagformulier te maken.\n"
        "Met vriendelijke groet,\nnamens de Cliëntenraad Oost Gelre,\nG.J. Meijerink\nvoorzitter\n"
    )
    assert form_type(letter, model_type="jaarverslag") == "advies"


def test_an_advice_citing_the_colleges_request_is_no_request_for_advice() -> None:
    """The council's letterhead above "Aan het college", then "Uw adviesaanvraag d.d. 8 januari
    2026": the council cites the college's request, it does not make one (round GT)."""
    text = (
        "ASD Druten\nAdviesraad Sociaal Domein gemeente Druten\nSecretariaat ASD Druten\n"
        "Postbus 1\n6650 AA Druten\ninfo@asddruten.nl\n"
        "Aan het college van burgemeester en\nwethouders\nvan de gemeente Druten\n"
        "t.a.v. mevrouw N. Roelofs, wethouder\nPostbus 1\n6650 AA DRUTEN\n"
        "Datum: 19-02-2026\nOns kenmerk: ASDD/2026/004\nUw adviesaanvraag d.d. 8 januari 2026\n"
        "Onderwerp: advies over de concept-nota armoedebeleid\nGeacht college,\n"
        "Op 8 januari 2026 heeft u de adviesraad om advies gevraagd over de concept-nota. De raad "
        "adviseert de inkomensgrens te verhogen naar 130%.\nMet vriendelijke groet,\n"
        "namens de Adviesraad Sociaal Domein Druten,\nvoorzitter\n"
    )
    assert form_type(text) == "advies"


def test_a_year_magazine_is_an_annual_report_whatever_the_model_says() -> None:
    """'In dit jaarmagazine' over its contents names the genre as 'Jaarverslag 2024' does
    (round GY: a magazine-style report read as overig)."""
    text = ("ASD ADVIESRAAD SOCIAAL DOMEIN VENLO\nEen jaar luisteren, vragen en adviseren\n"
            "IN DIT JAARMAGAZINE\nVan de voorzitter\n2024 in cijfers\nWie zitten er in de adviesraad?\n"
            "Zes adviezen en wat ermee gebeurde\n")  # fmt: skip
    assert form_type(text, model_type="overig") == "jaarverslag"


def test_a_scanned_reports_chapter_number_read_with_a_comma_still_heads_a_chapter() -> None:
    # a dusty scan lost the title; OCR read "9. Tot slot" as "3, Tot slot" (round HC)
    scan = (
        "Vastgesteld in de vergadering van 14 februari 2023\n"
        "In dit verslag leest u wat de raad in 2022 deed.\n5. Adviezen\n"
        "In 2022 heeft de raad vier adviezen uitgebracht.\n6. Contact met inwoners\n"
        "Vanaf april hielden wij een spreekuur in de bibliotheek.\n8. Financiën\n"
        "De gemeente stelde een budget beschikbaar.\n3, Tot slot\nWij kijken terug op een goed jaar."
    )
    form = _form_of_pages(scan)
    assert form.verdict == "jaarverslag" and "Tot slot" in form.reason


def test_a_letter_whose_subject_is_the_jaarbericht_is_the_annual_report() -> None:
    letter = (
        "Cliëntenraad Werk en Inkomen Weert\nAan het college van burgemeester en wethouders van "
        "Weert\nen aan de leden van de gemeenteraad van Weert\nDatum 14 februari 2024\n"
        "Onderwerp Jaarbericht over het jaar 2023\nGeacht college, geachte raadsleden,\n"
        "Ieder voorjaar laten wij u weten wat de cliëntenraad in het voorgaande jaar deed."
    )
    assert _form_of_pages(letter, "Wij brachten vier adviezen uit.").verdict == "jaarverslag"
