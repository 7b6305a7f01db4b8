"""Counting recommendations: imperatives and announced lists count, observations do not."""

from __future__ import annotations

import pytest

from cp_textmine.classify.recommendations import (
    count_recommendations,
    infinitive_clause,
    is_advising_sentence,
    is_imperative,
)
from cp_textmine.read.doctext import DocText
from cp_textmine.records import Page, Table


def count(text: str) -> int:
    return count_recommendations(DocText.from_pages([Page(1, text, "text", len(text))]))[0]


def evidence_of(text: str) -> list[str]:
    found = count_recommendations(DocText.from_pages([Page(1, text, "text", len(text))]))[1]
    return [e.snippet for e in found]


@pytest.mark.parametrize(
    "word",
    ["Verhoog", "Zorg", "Neem", "Geef", "Leg", "Ken", "Informeer", "Ga", "Beschrijf", "Bepaal"],
)
def test_imperatives_are_recognised(word: str) -> None:
    assert is_imperative(word)


@pytest.mark.parametrize("word", ["Het", "Er", "Zorgen", "Wachttijden", "Veel", "Ouders", "Lange"])
def test_statement_openers_are_not_imperatives(word: str) -> None:
    assert not is_imperative(word)


def test_observations_list_is_not_counted_beside_the_recommendations() -> None:
    text = (
        "Wat wij hoorden\n- Het loket is op vrijdag dicht voor wie werkt.\n"
        "- Er komt te weinig informatie over de toeslag.\n"
        "Ons advies in het kort\n1. Open het loket ook op vrijdagmiddag.\n"
        "2. Stuur iedere aanvrager binnen een week een bevestiging.\n"
    )
    assert count(text) == 2


def test_labelled_items_count_by_the_imperative_after_the_label() -> None:
    text = "1. Bewind. Vergoed de kosten van bewind volledig.\n2. Intake. Zorg voor een intake binnen twee weken.\n"
    assert count(text) == 2


def test_infinitive_items_after_an_advising_intro_all_count() -> None:
    text = (
        "De cliëntenraad adviseert het college:\n1. de inkomensgrens te verhogen naar 130 procent;\n"
        "2. de toeslag ambtshalve toe te kennen;\n3. de brieven op B1-niveau te schrijven.\n"
    )
    assert count(text) == 3


def test_recommendations_in_prose_are_counted_and_a_refusal_to_ask_is_not() -> None:
    text = (
        "Wij vragen het college om vast te leggen dat een klantmanager eerst belt. "
        "Verder zouden wij graag zien dat kleine bedragen niet worden teruggevorderd. "
        "Tot slot pleiten wij ervoor dat medewerkers een training krijgen. "
        "Wij vragen u niet om hierop apart te reageren."
    )
    assert count(text) == 3


def test_a_summary_repeated_in_a_chapter_counts_once() -> None:
    item = "1. Verhoog de inkomensgrens van de minimaregelingen naar 130 procent.\n"
    other = "2. Zorg voor één loket voor alle regelingen in de wijk.\n"
    text = "Samenvatting\n" + item + other + "\nHoofdstuk 4\n" + item + other
    assert count(text) == 2


def count_with_tables(text: str, tables: tuple[Table, ...]) -> int:
    page = Page(1, text, "text", len(text), tables)
    return count_recommendations(DocText.from_pages([page]), tables)[0]


def test_rows_of_an_advice_table_count_and_its_text_is_not_read_again() -> None:
    header = ("nr", "aanbeveling", "waarom")
    rows = (
        header,
        ("1", "Open het buurtloket ook op zaterdagochtend.", "Werkenden kunnen doordeweeks niet."),
        ("2", "Stuur herinneringen per sms en per brief.", "Niet iedereen leest e-mail."),
        ("3", "Geef vrijwilligers een vaste contactpersoon.", "Nu wisselt die steeds."),
    )
    text = (
        "Wij doen drie aanbevelingen.\nnr aanbeveling waarom\n"
        "1 Open het buurtloket ook op zaterdagochtend. Werkenden kunnen doordeweeks niet.\n"
        "2 Stuur herinneringen per sms en per brief. Niet iedereen leest e-mail.\n"
        "3 Geef vrijwilligers een vaste contactpersoon. Nu wisselt die steeds.\n"
    )
    assert count_with_tables(text, (Table(1, rows),)) == 3


def test_an_advice_table_going_on_over_the_next_page_without_its_header_counts_all_rows() -> None:
    first = (
        ("#", "Onderwerp", "Ons advies"),
        ("1", "Gesprek", "Voer het eerste gesprek zonder tijdsdruk."),
        ("2", "Inkomsten", "Verreken inkomsten met een vast voorschot."),
    )
    second = (
        ("3", "Scholing", "Maak een budget vrij voor korte scholing."),
        ("4", "Jongeren", "Bied jongeren begeleiding vanuit het jongerenloket."),
    )
    pages = [
        Page(1, "Geacht college,\n# Onderwerp Ons advies\n1 Gesprek Voer het eerste gesprek zonder "
             "tijdsdruk.\n2 Inkomsten Verreken inkomsten met een vast voorschot.", "text", 99,
             (Table(1, first),)),
        Page(2, "3 Scholing Maak een budget vrij voor korte scholing.\n4 Jongeren Bied jongeren "
             "begeleiding vanuit het jongerenloket.\nMet vriendelijke groet,", "text", 99,
             (Table(2, second),)),
    ]  # fmt: skip
    tables = (Table(1, first), Table(2, second))
    assert count_recommendations(DocText.from_pages(pages), tables)[0] == 4


def test_a_row_without_advice_and_a_repeated_header_do_not_count() -> None:
    header = ("Wat wij zagen", "Ons advies")
    rows = (
        header,
        ("De wachtkamer is te klein.", "Huur een tweede ruimte in het wijkcentrum."),
        header,
        ("Het personeel is vriendelijk.", "Hier hebben wij geen advies over."),
    )
    assert count_with_tables("Wat wij zagen Ons advies\n", (Table(1, rows),)) == 1


def test_a_summary_list_repeating_prose_recommendations_counts_once() -> None:
    text = (
        "Over de intake. Wij adviseren u de intake binnen twee weken te houden.\n\n"
        "Over de brieven. Wij vragen u om alle brieven in eenvoudige taal te schrijven.\n\n"
        "Over het loket. Het zou goed zijn als het loket ook 's avonds open is.\n\n"
        "Samengevat adviseren wij u:\n- de intake binnen twee weken te houden;\n"
        "- brieven eenvoudig te schrijven;\n- het loket 's avonds te openen.\n"
    )
    assert count(text) == 3


def test_theme_letters_are_titles_and_the_roman_sub_points_count() -> None:
    text = (
        "Advies\na. Vervoer\ni. Verleng de regiotaxi tot middernacht in het weekend.\n"
        "ii. Geef begeleiders gratis een plek in de taxi.\nb. Sport\n"
        "i. Maak de sportpas geldig voor alle verenigingen.\nc. Cultuur\n"
        "i. Bied de cultuurkaart ook aan volwassenen met een minimuminkomen aan.\n"
        "ii. Zorg voor ringleiding in het theater.\n"
    )
    assert count(text) == 5


@pytest.mark.parametrize(
    "sentence",
    [
        "Wij vragen u daarom de bijzondere bijstand voor witgoed ruimer toe te kennen.",
        "Het zou goed zijn als iedere aanvrager binnen een week wordt gebeld.",
        "Onze raad pleit ervoor de eigen bijdrage voor dagbesteding te schrappen.",
        "Wij geven u in overweging om een spreekuur in de bibliotheek te houden.",
        "Tot slot raden wij aan de wachtlijst elk kwartaal te publiceren.",
        "Verder adviseert de Wmo-raad om de regiotaxi vaker te laten rijden.",
        "Een tweede advies is om een vaste klantmanager toe te wijzen.",
        "Wij zouden het verstandig vinden als u eerst de kosten laat uitzoeken.",
        "Houd de schoolkostenregeling los van de sportregeling.",
        "En: zorg ervoor dat de pas ook online te gebruiken is.",
        "De cliëntenraad zou het college willen meegeven het spreekuur naar de wijk te brengen.",
        "Wij zouden u willen adviseren de folder in eenvoudige taal te herschrijven.",
    ],
)
def test_asks_in_running_text_are_recommendations(sentence: str) -> None:
    assert is_advising_sentence(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruim een jaar later wilde de raad weten hoe het de deelnemers verging.",
        "Verder horen wij van ouders dat de wachttijd oploopt.",
        "Beschut werk is bedoeld voor mensen die veel begeleiding nodig hebben.",
        "Wij vragen u deze punten serieus te wegen bij uw besluit.",
        "Wij vragen u ons de volgende keer meer tijd te geven voor een advies.",
        "Wij adviseren vanuit het perspectief van de mensen die het raakt.",
        "Neem gerust contact op met onze secretaris voor een toelichting.",
        "Wij vragen ons af of de regeling wel bekend genoeg is.",
        "Wij willen u nog meegeven dat het gesprek met de consulenten prettig verliep.",
    ],
)
def test_statements_and_requests_about_the_advice_are_not(sentence: str) -> None:
    assert not is_advising_sentence(sentence)


def test_numbered_theme_headings_over_paragraphs_count_the_advice_in_each() -> None:
    text = (
        "1. Vervoer\nDe regiotaxi komt vaak te laat. Wij adviseren u boetes af te spreken met\n"
        "de vervoerder.\n2. Sport voor ouderen\nOuderen sporten weinig. Wij adviseren u een\n"
        "beweegcoach aan te stellen.\n3. Eenzaamheid\nVeel ouderen zijn eenzaam. Wij adviseren u\n"
        "het buurthuis vaker te openen.\n"
    )
    assert count(text) == 3


def test_the_explanation_under_a_numbered_recommendation_is_no_recommendation_of_its_own() -> None:
    """dev-ce-01 (html round CE): '4. Laat het Kindpakket niet stoppen op de 18e verjaardag.' with
    'Wij adviseren het Kindpakket door te laten lopen tot ... en ... te onderzoeken' in the
    paragraph under it is one of five recommendations, not a sixth."""
    from pathlib import Path

    from cp_textmine.pdf.extract import extract_pdf

    pdf = Path(__file__).parents[1] / "annotations/dev/html/pdfs/dev-ce-01.pdf"
    pages = extract_pdf(pdf).pages
    tables = tuple(t for page in pages for t in page.tables)
    assert count_recommendations(DocText.from_pages(pages), tables)[0] == 5


def test_recommendations_keyed_a1_a2_under_a_numbered_section_title() -> None:
    text = (
        "3. Wat wij hoorden\nOuderen missen vervoer.\n4. Aanbevelingen\n"
        "A1 Breng de omvang van het probleem in beeld.\n"
        "A2 Geef het vrijwilligersvervoer meerjarige zekerheid.\n"
        "A3 Laat inwoners met een laag inkomen geen eigen bijdrage per rit betalen.\n"
        "A4 Betrek ouderen zelf bij de evaluatie van het vervoer.\n5. Tot slot\n"
        "Wij lichten dit graag toe.\n"
    )
    assert count(text) == 4


def test_a_wrapped_sentence_and_a_heading_glued_to_a_sentence_are_both_read() -> None:
    text = (
        "De rekeningen lopen door. Wij vragen u daarom ervoor\nte zorgen dat de intake sneller gaat.\n"
        "Mantelzorg\nTot slot vragen wij u de respijtzorg uit te breiden naar alle wijken.\n"
    )
    assert count(text) == 2


def test_advice_headings_survive_a_stray_quote_from_scanning() -> None:
    text = "Advies 1. Open een loket.\n\u2018Advies 2. Sluit geen mensen uit.\n"
    assert count(text) == 2


def test_infinitive_items_count_without_an_intro_and_with_bracketed_numbers() -> None:
    text = (
        "Wat opvalt\nOuders vinden het formulier lastig om in te vullen.\n"
        "(1) de kosten van de schoolreis volledig te vergoeden;\n"
        "(2) ouders en kinderen te betrekken bij de evaluatie;\n"
        "(3) een vaste contactpersoon aan te wijzen.\n"
    )
    assert count(text) == 3


def test_a_list_under_an_advice_heading_counts_every_item() -> None:
    text = (
        "Ons advies\n- Meer tijd voor het keukentafelgesprek.\n- Een onafhankelijke "
        "cliëntondersteuner bij elk gesprek.\n- Vaste hulpen voor vaste cliënten.\n"
    )
    assert count(text) == 3


def test_a_second_sentence_of_an_item_is_not_a_recommendation_of_its_own() -> None:
    text = (
        "1. Begin op tijd met een plan voor jongeren die achttien worden.\n"
        "Leg daarin wonen, werk en geld vast.\n2. Betrek jongeren bij de evaluatie.\n"
    )
    assert count(text) == 2


def test_a_run_in_heading_and_a_letter_heading_are_not_orders() -> None:
    text = (
        "t.a.v. de heer B. Kok (Wonen)\nZwolle, 3 maart 2025\nKenmerk: AR 25/3\nGeacht college,\n"
        "Wij schrijven u over wonen.\n"
        "Uitstroom uit de opvang. Mensen blijven te lang in de opvang. Wij adviseren u woningen\n"
        "te reserveren voor wie de opvang verlaat.\n"
    )
    assert count(text) == 1


def test_initials_in_a_signature_are_not_a_lettered_list() -> None:
    text = (
        "Wij adviseren u de pas te behouden.\nMet vriendelijke groet,\nH. ter Velde\nvoorzitter\n"
    )
    assert count(text) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Allereerst adviseert de raad om bij een klacht eerst telefonisch contact op te nemen.",
        "Een derde advies is om jongeren te betrekken bij de keuze van de locatie.",
    ],
)
def test_contact_and_involvement_inside_an_ask_do_not_make_it_procedural(sentence: str) -> None:
    assert is_advising_sentence(sentence)


def test_a_sentence_about_a_numbered_advice_elaborates_it() -> None:
    assert not is_advising_sentence(
        "Wij vragen u daarom de kosten van advies 2 te ramen en mee te nemen in de begroting."
    )


@pytest.mark.parametrize(
    "item",
    [
        "in het nieuwe stelsel een aparte kamer voor werk en inkomen te houden.",
        "De termijn van zes weken strikt na te leven.",
        "Een korte lijst op te stellen van wat mensen moeten melden.",
    ],
)
def test_nouns_that_look_like_verbs_do_not_spoil_an_infinitive_item(item: str) -> None:
    assert infinitive_clause(item)


def test_a_statement_with_te_is_not_an_infinitive_item() -> None:
    assert not infinitive_clause("Ouders weten de regeling vaak niet te vinden.")


def test_a_capitalised_initial_in_a_signature_is_not_a_list() -> None:
    text = "1. Verlaag de drempel.\n2. Verhoog de grens.\nMet groet,\nT. Post\nsecretaris\n"
    assert count(text) == 2


def test_a_gap_in_numbered_advice_headings_still_counts_the_lost_ones() -> None:
    text = (
        "Advies 1\nWij adviseren u de pas gratis te maken.\nAdvies 2\nWij adviseren u de grens "
        "te verhogen.\nWij adviseren u een loket te openen.\nAdvies 4\nWij adviseren u het "
        "formulier te schrappen.\n"
    )
    assert count(text) == 4


def test_asks_after_the_last_advice_heading_paragraph_count_on_top() -> None:
    text = (
        "Advies 1 - Vervoer\nDe taxi is te laat. Wij adviseren u boetes af te spreken.\n"
        "Advies 2 - Sport\nWij adviseren u een beweegcoach aan te stellen. Wij vragen u ook de\n"
        "sporthal 's avonds open te houden.\n\f\n"
        "Tot slot vragen wij u dit advies als bijlage bij het raadsvoorstel mee te sturen.\n"
    )
    assert count(text) == 3


def test_a_page_break_under_an_advice_heading_does_not_end_its_paragraph() -> None:
    text = (
        "Advies 1 - Vervoer\nWij adviseren u boetes af te spreken.\nAdvies 2 - Sport\n\f\n"
        "Wij adviseren u een beweegcoach aan te stellen.\n"
    )
    assert count(text) == 2


def test_scanned_bullets_glued_or_misread_still_make_a_list() -> None:
    text = (
        "Wij geven u de volgende adviezen mee:\n= in de contracten een boete op te nemen;\n"
        "-te zorgen dat niemand langer dan een jaar wacht;\n- Te zorgen voor een vaste hulp.\n"
    )
    assert count(text) == 3


def test_an_advice_table_read_as_text_counts_its_numbered_rows() -> None:
    text = (
        "Wij zetten onze punten in een tabel.\nOnze aanbevelingen\nnr aanbeveling waarom\n"
        "1 Verleng de openingstijden van het loket tot zes uur op\n"
        "donderdag.\nWerkenden kunnen nu niet komen.\n"
        "2 Zet de reiskostenvergoeding voort zolang de prijzen hoog\nblijven.\n"
        "Veel mensen wonen ver van het loket.\n\f\nnr aanbeveling waarom\n"
        "3 Laat alle folders over de regeling lezen door een panel\nvan inwoners.\n"
        "Niet iedereen begrijpt ze.\n"
    )
    assert count(text) == 3


def test_a_narrow_advice_column_read_as_text_still_gives_its_orders() -> None:
    text = (
        "Wat wij zagen Ons advies\nHet loket is vaak dicht.\nBied bij het loket een\n"
        "afspraak aan op een\nvast moment in de week.\nDe brieven zijn lang.\n"
        "Stuur na elke aanvraag een\nbevestiging met een\nsamenvatting van de aanvraag.\n"
    )
    assert count(text) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Rond de zomer verandert voor veel gezinnen het rooster van de opvang.",
        "Vier weken zonder inkomen leidt bijna altijd tot nieuwe schulden.",
    ],
)
def test_a_sentence_opening_with_a_preposition_or_number_is_no_order(sentence: str) -> None:
    assert not is_advising_sentence(sentence)


def test_a_summary_after_numbered_advice_headings_adds_nothing() -> None:
    text = (
        "Advies 1\nWij adviseren u de pas gratis te maken.\nAdvies 2\nWij adviseren u de grens "
        "te verhogen.\n\nSamengevat adviseren wij u:\n- de pas gratis te maken;\n"
        "- de grens te verhogen.\n"
    )
    assert count(text) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Stel dat een inwoner zijn baan verliest, dan valt hij direct terug.",
        "Neem bijvoorbeeld een vader met twee kinderen die net werk heeft.",
        "Kijk je naar de cijfers, dan zie je een stijging van de wachttijd.",
        "Geef ons gerust een seintje als u vragen heeft over dit advies.",
        "Het zou goed zijn geweest als wij eerder waren betrokken.",
        "Lees meer op onze website over dit en eerdere adviezen.",
    ],
)
def test_suppositions_examples_and_closing_offers_are_not_orders(sentence: str) -> None:
    assert not is_advising_sentence(sentence)


def test_an_observation_bullet_with_a_condition_is_not_a_recommendation() -> None:
    text = (
        "Wat wij horen\n- Betaal je een week te laat, dan volgt meteen een boete.\n"
        "- Mensen hebben moeite om de formulieren in te vullen.\n"
        "- Inwoners zonder computer dreigen buiten de boot te vallen.\n"
        "Ons advies\n- Schaf de boete bij een eerste vergissing af.\n"
    )
    assert count(text) == 1


def test_a_year_after_advies_is_no_numbered_heading() -> None:
    text = (
        "Advies 2025-04 over de minimaregelingen\nAdvies 1\nWij adviseren u de grens te verhogen.\n"
    )
    assert count(text) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente zou de eigen bijdrage voor dagbesteding moeten afschaffen.",
        "Volgens ons zou het college de regeling met een jaar moeten verlengen.",
        "Wij vinden dat de gemeente de brieven eenvoudiger moet maken.",
        "Graag zien wij dat de gemeente de pas automatisch verstrekt.",
        "Wij zien graag dat inwoners een vaste klantmanager krijgen.",
        "Het is wenselijk om de regeling jaarlijks met inwoners te evalueren.",
    ],
)
def test_asks_through_should_and_wish_forms_addressed_to_the_college(sentence: str) -> None:
    assert is_advising_sentence(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Wij hebben besproken wat er zou moeten veranderen in de regeling.",
        "Maar wij vinden dat dat met respect moet gebeuren.",
        "Wij zien uw reactie graag tegemoet.",
    ],
)
def test_should_and_wish_forms_without_the_college_as_actor_are_not_asks(sentence: str) -> None:
    assert not is_advising_sentence(sentence)


def test_a_list_after_wij_pleiten_voor_counts_every_item() -> None:
    text = (
        "Daarom pleiten wij voor:\n• een vaste klantmanager voor iedere cliënt;\n"
        "• ruimere openingstijden van het loket;\n• minder formulieren.\n"
    )
    assert count(text) == 3


def test_a_proposal_column_is_an_advice_column() -> None:
    rows = (
        ("Knelpunt", "Ons voorstel"),
        ("Lange wachttijd", "Verkort de wachttijd tot vier weken."),
        ("Moeilijke brieven", "Schrijf de brieven eenvoudiger."),
    )
    assert count_with_tables("Knelpunt Ons voorstel\n", (Table(1, rows),)) == 2


def test_prose_under_a_summary_heading_repeats_the_chapter_and_counts_once() -> None:
    text = (
        "Samenvatting\nWij adviseren u de pas gratis te maken. Verder adviseren wij u de grens "
        "te verhogen.\n\n1. Inleiding\nU vroeg ons advies.\n2. Advies\nWij adviseren u de pas "
        "voor alle kinderen gratis te maken, zonder aanvraag. Ook adviseren wij u de "
        "inkomensgrens naar 130 procent te verhogen.\n"
    )
    assert count(text) == 2


def test_a_summary_of_the_proposal_does_not_mark_the_advice_as_a_repeat() -> None:
    text = (
        "Samenvatting van het voorstel\nDe nota kiest voor maatwerk.\nOns advies\n"
        "Wij adviseren u de pas gratis te maken. Verder adviseren wij u de grens te verhogen.\n"
    )
    assert count(text) == 2


@pytest.mark.parametrize("word", ["Meet", "Wijs", "Stel", "Beperk", "Bepaal", "Monitor"])
def test_imperatives_of_verbs_the_generated_list_misses(word: str) -> None:
    assert is_imperative(word)


def test_emphasis_stars_left_in_the_text_layer_do_not_hide_the_items() -> None:
    text = (
        "**Wachttijd**\nDe wachttijd voor schuldhulp loopt op tot tien weken.\n"
        "*1. Wij adviseren u de wachttijd terug te brengen tot drie weken.*\n"
        "**Bereik**\nVeel huurders met achterstand melden zich te laat.\n"
        "*2. Bel huurders na de tweede herinnering zelf op.*\n"
        "*3. Betrek de woningcorporatie bij het eerste gesprek.*\n"
    )
    assert count(text) == 3


def test_a_table_row_with_no_further_advice_does_not_count() -> None:
    header = ("Thema", "Wat wij horen", "Ons advies")
    rows = (
        header,
        ("Vervoer", "De taxi komt vaak te laat.", "Spreek een boete af met de vervoerder."),
        ("Loket", "Het loket werkt goed.", "Geen verder advies. Houd dit zo vast."),
    )
    assert count_with_tables("Thema Wat wij horen Ons advies\n", (Table(1, rows),)) == 1


def test_an_observation_list_with_a_copula_after_a_noun_in_e_is_not_advice() -> None:
    text = (
        "Wat ons opviel\n- In de folder van de gemeente is de regeling lastig te begrijpen.\n"
        "- Klanten krijgen geen bericht over de stand van hun aanvraag.\n"
        "Advies\nDe cliëntenraad adviseert het college:\n"
        "1. Herschrijf de folder samen met ervaringsdeskundigen.\n"
        "2. Stuur na twee weken een bericht over de stand van de aanvraag.\n"
    )
    assert count(text) == 2


def test_an_intro_naming_the_council_announces_the_list() -> None:
    text = (
        "Het college ziet hier een risico.\nDe Wmo-raad vraagt u:\n"
        "- een mantelzorger die zelf een uitkering heeft, niet te korten op zijn toeslag;\n"
        "- de respijtzorg voor jonge mantelzorgers kosteloos aan te bieden;\n"
    )
    assert count(text) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Ons voorstel is dat de gemeente iedere nieuwe aanvrager binnen een week belt.",
        "Onze aanbeveling luidt om de toeslag voortaan automatisch toe te kennen.",
    ],
)
def test_our_proposal_is_that_is_an_ask(sentence: str) -> None:
    assert is_advising_sentence(sentence)


def test_the_colleges_proposal_described_is_not_an_ask() -> None:
    assert not is_advising_sentence("Het voorstel is om de twee raden per 2027 samen te voegen.")


def test_quoted_respondents_and_an_annex_after_the_closing_are_not_the_advice() -> None:
    text = (
        "Geacht college,\nUit onze enquête blijkt dat huurders het loket slecht vinden.\n"
        "Wij adviseren u daarom:\n1. een vaste contactpersoon per wijk aan te stellen;\n"
        "2. het loket op dinsdagavond open te stellen.\nMet vriendelijke groet,\nDe adviesraad\n"
        "Bijlage: uitkomsten van de enquête\nIn het kort: ruim de helft van de huurders belt "
        "meer dan twee keer voor een antwoord.\n"
        '- "Geef ons gewoon een telefoonnummer dat werkt."\n'
        "Suggesties van deelnemers:\n- Open het loket ook op zaterdag voor werkende huurders.\n"
    )
    assert count(text) == 2


def test_ruim_before_a_quantity_is_not_an_order() -> None:
    assert not is_advising_sentence("Ruim de helft van de deelnemers wacht langer dan een week.")


def test_a_header_row_after_an_abbreviation_is_skipped_before_the_first_row() -> None:
    text = (
        "Wij geven u het volgende advies.\nNr. Advies Toelichting\n"
        "1 Verleng de termijn voor bezwaar Nu is zes weken voor\nnaar tien weken. "
        "velen te kort.\n"
        "2 Stuur bij elk besluit een korte Mensen lezen de lange\nuitleg in gewone taal mee. "
        "brief niet.\n"
    )
    assert count(text) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "In overweging geven wij u de leeftijdsgrens voor de reiskostenregeling te verlagen.",
        "Wij geven u ter overweging mee om de folder ook in het Arabisch uit te geven.",
        "De adviesraad geeft het college in overweging de proef met een jaar te verlengen.",
        "Ons advies luidt de proef met het buurtloket met een jaar te verlengen.",
        "Wij dringen erop aan de eigen bijdrage voor de regiotaxi te schrappen.",
        "Wij roepen u op de wachtlijst voor de taalcursus binnen een half jaar weg te werken.",
    ],
)
def test_asks_in_other_running_forms(sentence: str) -> None:
    assert is_advising_sentence(sentence)


def test_lettered_points_with_an_observation_and_then_an_order_count() -> None:
    text = (
        "Geacht college,\n"
        "a. De wachttijd bij de schuldhulp is acht weken. Breng die terug naar drie weken.\n"
        "b. De folder over de toeslag is alleen in het Nederlands. Vertaal de folder in vier "
        "talen.\n"
        "c. De medewerkers aan de balie zijn vriendelijk en geduldig.\n"
        "Met vriendelijke groet,\n"
    )
    assert count(text) == 2


def test_a_plea_after_the_list_sums_it_up_and_an_added_ask_still_counts() -> None:
    body = (
        "Geacht college,\nWij adviseren u:\n1. Schrap de eigen bijdrage voor de regiotaxi.\n"
        "2. Laat de taxi ook op zondag rijden.\n3. Geef iedere reiziger een vast nummer.\n"
    )
    plea = "Wij vragen u die keuzes met zorg en met oog voor de reiziger te maken.\n"
    added = "Tot slot adviseren wij u de rolstoelbus ook in de avond in te zetten.\n"
    closing = "Met vriendelijke groet,\nDe Wmo-raad\n"
    assert count(body + plea + closing) == 3
    assert count(body + added + closing) == 4


def test_an_ask_leading_into_a_titled_list_is_spelled_out_by_it() -> None:
    lead = (
        "Geacht college,\nWat wij hoorden zijn verhalen, geen onderzoek. Daarom dringen wij erop "
        "aan dat de gemeente zelf\nnagaat hoe lang mensen wachten.\nOnze aanbevelingen\n"
    )
    items = (
        "1. Publiceer ieder kwartaal de wachttijd tot het eerste gesprek.\n"
        "2. Begin het eerste gesprek zonder eisen aan de stukken.\n"
        "3. Spreek met de corporaties een vaste terugkoppeling af.\n"
    )
    closing = "Met vriendelijke groet,\nDe participatieraad\n"
    assert count(lead + items + closing) == 3
    # an ask with a paragraph of its own between it and the list is an ask of its own
    apart = lead.replace(
        "Onze aanbevelingen\n",
        "Dat is het eerste.\nDan de praktijk.\n"
        "Daar zagen wij veel goeds.\nEn ook wat zorgen.\nOnze aanbevelingen\n",
    )
    assert count(apart + items + closing) == 4


def test_numbered_points_with_a_middle_dot_and_an_example_in_brackets() -> None:
    text = (
        "Geacht college,\nWat wij u adviseren\n"
        "1 · Zorg voor zekerheid bij de overstap. Neem een vaste contactpersoon op.\n"
        "2 · Bied nazorg als standaard. Een jobcoach moet het eerste halfjaar beschikbaar zijn.\n"
        "Met vriendelijke groet,\n"
    )
    assert count(text) == 2
    wrapped = (
        "Geacht college,\nDe wachtlijst is lang.\nBeschrijf in het uitvoeringsplan welke vormen van tijdelijke steun er\n"
        "(bijvoorbeeld opvoedgesprekken, lotgenotengroepen,\nrespijtzorg) zijn tijdens het "
        "wachten.\nMet vriendelijke groet,\n"
    )
    assert count(wrapped) == 1 and "Beschrijf" in evidence_of(wrapped)[0]


def test_a_short_table_titled_as_a_summary_repeats_the_prose_asks() -> None:
    rows = (
        ("nr", "advies"),
        ("1", "Een vaste contactpersoon voor mantelzorgers"),
        ("2", "Respijtzorg ook in het weekend"),
    )
    text = (
        "Geacht college,\nMantelzorg\nWij adviseren u iedere mantelzorger een vaste "
        "contactpersoon te geven.\nRespijt\nWij stellen voor de respijtzorg ook in het weekend "
        "open te stellen.\nOnze adviezen in het kort\nnr advies\n"
        "1 Een vaste contactpersoon voor mantelzorgers\n2 Respijtzorg ook in het weekend\n"
        "Met vriendelijke groet,\n"
    )
    assert count_with_tables(text, (Table(1, rows),)) == 2


def test_a_numbered_title_and_its_paragraph_are_one_point_also_across_a_page_break() -> None:
    text = (
        "Geacht college,\nDe adviezen in het kort\nVerlaag de drempel voor de "
        "kwijtschelding en maak het loket beter bereikbaar.\nOnze adviezen\n"
        "1. Kwijtschelding\nWij adviseren u de drempel voor kwijtschelding te verlagen. "
        "Gebruik daarvoor de norm van 120 procent en maak de aanvraag digitaal mogelijk.\n"
        "2. Bereikbaarheid\nOpen het loket ook op donderdagavond voor mensen die overdag "
        "werken en\n\fmensen met een drukke agenda.\nMet vriendelijke groet,\n"
    )
    assert count(text) == 2


def test_a_numbered_order_heading_its_paragraph_of_orders_counts_once() -> None:
    """'2. Beslis binnen vier weken.' over 'Leg in de beleidsregels vast ...': one ask, told
    short and then in full, not two."""
    text = (
        "Geacht college,\nOns advies\n"
        "1. Beslis binnen vier weken.\nLeg in de beleidsregels vast dat op een aanvraag binnen "
        "vier weken wordt beslist.\n"
        "2. Houd de aanvraag toegankelijk.\nZorg dat aanvragen ook op papier mogelijk blijven.\n"
        "3. Evalueer na een jaar.\nSpreek af dat de regels na een jaar worden geëvalueerd.\n"
        "Met vriendelijke groet,\n"
    )
    assert count(text) == 3


def test_items_numbered_without_full_stops_each_count_once_with_their_sentences() -> None:
    """A rule-less numbered table prints '1 Vraag niet ... Ken ... toe.': each numbered item is
    one ask, its further sentences spell it out; a paragraph after a heading line is new."""
    text = (
        "Geacht college,\nOns advies\n"
        "1 Vraag niet om gegevens die u al hebt. Ken de toeslag ambtshalve toe aan inwoners\n"
        "die een uitkering van de gemeente hebben. Vraag bij andere aanvragers alleen de stukken\n"
        "op die werkelijk nodig zijn.\n"
        "2 Beoordeel het zicht op inkomensverbetering per persoon. Leg dat vast in de regels.\n"
        "3 Beslis binnen acht weken op aanvragen voor bijzondere bijstand.\n"
        "De uitvoering\nUit onze achterban horen wij dat verslagen laat komen. Wij adviseren u "
        "daarom het verslag binnen tien werkdagen te sturen.\nMet vriendelijke groet,\n"
    )
    assert count(text) == 4


def test_the_council_by_its_initials_advises_and_asking_for_the_answer_does_not() -> None:
    assert is_advising_sentence("De ASD adviseert een toets op overbelasting van de mantelzorger.")
    assert not is_advising_sentence("De GGD adviseert om vaker te bewegen.")
    assert not is_advising_sentence(
        "Wij verzoeken u ons schriftelijk en gemotiveerd te laten weten wat u met dit advies doet."
    )


def test_our_proposal_about_a_term_is_an_ask_and_a_specked_heading_still_numbers() -> None:
    assert is_advising_sentence("Ons voorstel: verkort de termijn voor een besluit tot vier weken.")
    assert not is_advising_sentence("Wij vragen u ons de volgende keer meer tijd te geven.")
    headings = "".join(
        f"{prefix}Advies {n}. Zorg voor een extra spreekuur in wijk {n}.\n"
        for n, prefix in [(1, ""), (2, ""), (3, "rx")]
    )
    assert count("Geacht college,\n" + headings + "Met vriendelijke groet,\n") == 3


def test_a_text_laid_table_with_columns_run_together_counts_its_numbered_rows() -> None:
    text = (
        "Geacht college,\nIn het overzicht hieronder staat per thema ons advies.\n"
        "Nr. Thema Wat wij zien Advies\n"
        "- Inleiding De nota is helder geschreven. Geen aanvullend advies.\n"
        "1 Loket Het loket is alleen open Open het loket ook op\n"
        "op werkdagen. zaterdag.\n"
        "2 Brieven Brieven zijn lang en Schrijf brieven op\n"
        "moeilijk. taalniveau B1.\n"
        "Wij zien uw reactie met belangstelling tegemoet en zijn graag bereid tot een gesprek.\n"
        "Met vriendelijke groet,\n"
    )
    assert count(text) == 2


def test_a_text_laid_row_that_says_no_advice_is_not_counted() -> None:
    text = (
        "Geacht college,\nIn het overzicht hieronder staat per thema ons advies.\n"
        "Nr. Thema Wat wij zien Advies\n"
        "1 Loket Het loket is alleen open Open het loket ook op\n"
        "op werkdagen. zaterdag.\n"
        "2 Z-route De keuze voor de Z-route Geen advies; wij steunen\n"
        "vinden wij goed. deze keuze.\n"
        "3 Brieven Brieven zijn lang en Schrijf brieven op\n"
        "moeilijk. taalniveau B1.\n"
        "Wij zien uw reactie met belangstelling tegemoet en zijn graag bereid tot een gesprek.\n"
        "Met vriendelijke groet,\n"
    )
    assert count(text) == 2


def test_numbered_advices_repeated_in_a_text_laid_summary_table_count_once() -> None:
    text = (
        "Geacht college,\nAdvies 1: Verhoog de vergoeding voor vrijwilligers naar 200 euro.\n"
        "Advies 2: Open het wijkloket ook op woensdagmiddag.\n"
        "Tot slot zetten wij onze adviezen nog eens op een rij.\nnr. thema advies\n"
        "1 Vrijwilligers vergoeding naar 200 euro\n2 Wijkloket ook op woensdagmiddag\n"
        "Met vriendelijke groet,\n"
    )
    assert count(text) == 2


def test_recommendations_numbered_by_chapter_and_letter() -> None:
    text = ("Geacht college,\n\n1. Toegang\nDe wachttijd is lang.\n\nAanbevelingen bij hoofdstuk 1:\n"
            "1a. Verkort de wachttijd voor een keukentafelgesprek tot twee weken.\n"
            "1b. Stuur binnen vijf dagen een bevestiging van de melding.\n\n2. Vervoer\n"
            "Aanbeveling bij hoofdstuk 2:\n2a. Verleng het contract met de taxicentrale niet.\n\n"
            "Met vriendelijke groet,")  # fmt: skip
    assert count(text) == 3


def test_the_colleges_proposal_quoted_in_a_list_is_no_recommendation() -> None:
    text = ("Geacht college,\n\nHet college stelt voor:\na. de hulp te verstrekken als basispakket;\n"
            "b. de herindicatie in 2025 uit te voeren;\nc. het model na twee jaar te evalueren.\n\n"
            "Onze reactie\nOnderdeel a. Wij adviseren u het pakket af te stemmen op de woning.\n"
            "Onderdeel c. Wij adviseren u al na een jaar te evalueren.\n\nMet vriendelijke groet,")  # fmt: skip
    assert count(text) == 2


def test_a_table_whose_rows_end_alike_is_read_once() -> None:
    """'Geen opmerkingen.' ends many rows: the table's place in the text runs to its last row,
    so the asks in its cells are not counted again as sentences."""
    rows = (("Artikel", "Ons advies"), ("Art. 1 Begrippen", "Geen opmerkingen."),
            ("Art. 2 Taak", "Wij adviseren de Wet inburgering in de opsomming op te nemen."),
            ("Art. 3 Leden", "Geen opmerkingen."),
            ("Art. 4 Termijn", "Wij vragen u de termijn op zes weken te stellen."),
            ("Art. 5 Slot", "Geen opmerkingen."))  # fmt: skip
    text = "Geacht college,\n\nOnze reactie per artikel:\n" + "\n".join(" ".join(r) for r in rows)
    text += "\n\nMet vriendelijke groet,"
    doc = DocText.from_pages([Page(1, text, "text", len(text))])
    assert count_recommendations(doc, (Table(1, rows),))[0] == 2


def test_questions_in_a_list_and_asks_in_an_explanation_are_no_new_recommendations() -> None:
    questions = ("Geacht college,\n\nWij vragen u de volgende vragen te beantwoorden:\n"
                 "1. Hoeveel gezinnen maken gebruik van het pakket?\n2. Wordt het bedrag geïndexeerd?\n\n"
                 "Advies\nWij adviseren u het tegoed op de stadspas te zetten. Ook adviseren wij "
                 "de aanvraag niet ieder jaar opnieuw te vragen.\n\nMet vriendelijke groet,")  # fmt: skip
    assert count(questions) == 2
    explained = ("Geacht college,\n\nAdvies 1. Geef iedere deelnemer een vaste contactpersoon.\n\n"
                 "Advies 2. Benut de vrijlating van inkomsten ten volle.\n\nToelichting op advies 2\n"
                 "Veel mensen laten een baan lopen. Ons advies is om de vrijlating wel te benutten "
                 "en actief uit te leggen.\n\nMet vriendelijke groet,")  # fmt: skip
    assert count(explained) == 2


def test_items_whose_bullets_were_lost_count_by_their_semicolons() -> None:
    """Bullets drawn as graphics leave no marker in the text: after an advising intro the
    lines that end in ';' and the one that ends the sentence are the items."""
    text = (
        "De raad adviseert u:\n\f\nervoor te zorgen dat het loket ook in de middag tot 17.00 uur\n"
        "open is, en dat een terugbelverzoek binnen twee dagen wordt nagekomen;\n"
        "weer een spreekuur zonder afspraak te houden in het stadhuis, twee ochtenden per\n"
        "week;\nbij een terugvordering na te gaan of de inwoner contact heeft gezocht, en dan\n"
        "af te zien van een boete.\nWij gaan graag met u in gesprek over deze punten.\n"
    )
    assert count(text) == 3


def test_a_sentence_with_semicolons_after_an_intro_is_not_a_list() -> None:
    text = (
        "Wij adviseren u het volgende:\nhet college moet de regeling verruimen; de huidige grens is te laag;"
        " dat blijkt uit de cijfers van het afgelopen jaar.\n"
    )
    assert count(text) == 1


def test_labelled_points_that_ask_in_softer_words_count() -> None:
    text = (
        "Onze punten\n\n1. Wachttijd. De wachttijd is lang. Wij adviseren een terugbeloptie in het menu op te nemen.\n\n"
        "2. Vaste contactpersoon. Het is naar ons idee belangrijk dat iedere cliënt een vaste klantmanager heeft.\n\n"
        "3. Spoed. Het zou goed zijn als er een aparte route komt voor spoedsituaties.\n\n"
        "Wij zien uw reactie met belangstelling tegemoet.\n"
    )
    assert count(text) == 3


def test_that_the_college_should_know_something_is_no_recommendation() -> None:
    assert not is_advising_sentence(
        "Deze signalen waren zo talrijk, dat wij vinden dat het college ervan moet weten."
    )


def test_lettered_sub_points_under_a_numbered_order_count_with_it() -> None:
    """'1. Maak de regelingen vindbaar' with 'a. ...', 'b. ...' under it is one recommendation
    worked out in parts; under a theme title the parts are the recommendations."""
    text = (
        "Onze aanbevelingen\n1. Maak regelingen beter vindbaar en eenvoudiger aan te vragen\n"
        "a. Breng alle regelingen onder in één aanvraagformulier.\n"
        "b. Laat de folders vooraf lezen door een panel van inwoners.\n"
        "2. Geef werkende inwoners met een laag inkomen een plek in het plan\n"
        "a. Benoem deze groep als doelgroep.\n"
        "b. Verhoog de inkomensgrens naar 130% van het sociaal minimum.\n"
        "3. Schuldhulp\n"
        "a. Neem een norm op voor het eerste gesprek.\n"
        "b. Rapporteer jaarlijks of deze norm wordt gehaald.\n"
    )
    assert count(text) == 4


@pytest.mark.parametrize(
    "sentence",
    [
        "Wij vinden daarbij dat de inwoner in de beschikking moet kunnen lezen hoeveel tijd is toegekend.",
        "Het is de mening van de raad dat de consulent de inwoner schriftelijk op dit recht moet wijzen.",
        "De adviesraad vindt dat de folder in begrijpelijke taal dient te verschijnen.",
    ],
)
def test_the_councils_view_of_what_must_happen_is_a_recommendation(sentence: str) -> None:
    assert is_advising_sentence(sentence)


def test_the_councils_view_of_what_people_have_to_bear_is_not() -> None:
    assert not is_advising_sentence(
        "Wij vinden dat inwoners nu veel te lang moeten wachten op een besluit."
    )


def test_an_order_ending_in_a_colon_counts_once_with_its_parts_and_a_bare_intro_does_not() -> None:
    order = (
        "1. Inkomensgrens. Hanteer voor alle regelingen een grens van 130%.\n"
        "2. Werkende minima. Zorg dat inwoners met een wisselend inkomen niet tussen wal en schip vallen:\n"
        "a. bepaal het inkomen over de laatste drie maanden;\n"
        "b. laat de klantmanager eerst bellen bij een afwijzing.\n"
    )
    assert count(order) == 2
    intro = "1. Wij adviseren u het volgende:\na. verhoog de grens naar 130%;\nb. schrap het drempelbedrag.\n"
    assert count(intro) == 2


def test_a_subject_line_is_no_order() -> None:
    text = (
        "Onderwerp Advies concept beleidsregels bijzondere bijstand\nGeacht college,\n"
        "Op 8 februari vroeg u de raad om advies over het concept.\n"
        "Wij adviseren u het drempelbedrag te schrappen.\n"
    )
    assert count(text) == 1


def _recs(text: str) -> int:
    from cp_textmine.classify.recommendations import count_recommendations
    from cp_textmine.read.doctext import DocText
    from cp_textmine.records import Page

    return count_recommendations(DocText.from_pages((Page(1, text, "text", len(text)),)))[0]


def test_asks_in_other_words_and_a_theme_over_sub_points():
    """Forms the blind writers' letters showed (own wording): an adverb after 'stellen',
    'ten slotte' after an order, a theme line over lettered asks."""
    prose = (
        "Wij hebben met leden gesproken. Wij stellen daarom voor dat u de bon vervangt door "
        "respijtzorg. Verder vragen wij u om de registratie los te laten. Zorg er ten slotte "
        "voor dat jonge mantelzorgers via scholen worden benaderd.\n\nMet vriendelijke groet,"
    )
    themed = (
        "Ons advies:\n1. Spreek een boete af bij te late ritten.\n2. Laat reizigers ook bellen.\n"
        "3. Over de kosten:\n   a. verlaag het tarief per zone;\n   b. laat begeleiders gratis "
        "meerijden.\n4. Nodig de raad uit bij het overleg.\n"
    )
    assert (_recs(prose), _recs(themed)) == (3, 5)


def test_a_quoted_list_of_the_requests_proposals_is_no_advice():
    text = (
        "In uw adviesaanvraag staan de volgende voorgenomen wijzigingen:\n\n"
        "1. De regeling gaat via de collectieve zorgverzekering.\n"
        "2. De aparte tegemoetkoming vervalt.\n3. De aanvraag loopt via de website.\n\n"
        "Met punt 2 zijn wij het niet eens. Wij adviseren u de tegemoetkoming te laten bestaan."
    )
    assert _recs(text) == 1


def test_a_wrapped_asking_intro_announces_its_list_and_asides_and_closing_asks_do_not_count():
    """The sixth blind round: an intro that wraps ("vragen wij" / "u ... aan te passen:"), an
    aside between dashes at a line's start, a closing ask about the answer (own wording)."""
    text = (
        "Geacht college,\nDe eerste stap\n– een afspraak krijgen – is volgens velen het moeilijkst.\n"
        "Op een aantal punten vragen wij\nu het concept aan te passen:\n"
        "1. Verslag toesturen. Stuur iedereen het verslag binnen tien dagen.\n"
        "2. Normtijden. Leg vast dat normtijden een uitgangspunt zijn.\n"
        "3. Heronderzoek. Als de situatie verslechtert, moet de inwoner eenvoudig een nieuw "
        "onderzoek kunnen vragen.\n"
        "Wij vragen u aan te geven welke punten u overneemt.\nMet vriendelijke groet,"
    )
    assert _recs(text) == 3


@pytest.mark.parametrize(
    ("sentence", "advising"),
    [
        ("Het lijkt ons daarom verstandig dat de gemeente de herindicaties laat analyseren.", True),
        ("Ons vierde advies is om afspraken te maken over een vaste hulp.", True),
        ("Ons tweede advies gaat over de brieven.", False),
        ("Bij eenvoudige vragen kan naar ons idee vaker worden volstaan met een telefoongesprek.", True),
    ],
)  # fmt: skip
def test_asks_said_as_the_councils_view(sentence: str, advising: bool) -> None:
    from cp_textmine.classify.recommendations import is_advising_sentence

    assert is_advising_sentence(sentence) is advising


def test_an_articles_proposed_wording_is_one_ask_and_procedure_or_what_stays_is_none() -> None:
    text = (
        "Geacht college,\nDe termijn is te kort. Wij adviseren de termijn van zes weken te handhaven.\n"
        "Wij adviseren artikel 7 als volgt te laten luiden:\n"
        "1. Het college reageert binnen zes weken schriftelijk op een advies.\n"
        "2. Volgt het college het advies niet, dan geeft het aan waarom.\n"
        "3. Het advies wordt bij het raadsvoorstel gevoegd.\n"
        "Artikelen die niet in deze brief staan, kunnen wat ons betreft ongewijzigd blijven.\n"
        "Wij verzoeken u dit advies te behandelen als een ongevraagd advies.\n"
        "Met vriendelijke groet,\n"
    )
    assert count(text) == 2


def test_a_table_per_article_with_the_councils_proposal_column() -> None:
    rows = (
        ("Artikel", "Tekst concept", "Opmerking adviesraad", "Voorstel adviesraad"),
        ("Art. 3", "De raad adviseert.", "Te smal.", "Noem ook de uitvoering en evaluaties."),
        ("Art. 5", "Binnen vier weken.", "Te kort.", "Houd de termijn van zes weken aan."),
    )
    text = (
        "Geacht college,\nOns advies per artikel.\nArtikel Tekst concept Opmerking adviesraad "
        "Voorstel adviesraad\nArt. 3 De raad adviseert. Te smal. Noem ook de uitvoering en "
        "evaluaties.\nArt. 5 Binnen vier weken. Te kort. Houd de termijn van zes weken aan.\n"
        "Met vriendelijke groet,\n"
    )
    assert count_with_tables(text, (Table(1, rows),)) == 2


def test_the_bare_advising_formula_over_a_list_is_no_ask_of_its_own() -> None:
    """'Wij adviseren u' on a line of its own, the colon left out, then the list (round BD):
    the formula leads into the list; an advising sentence with content still counts."""
    items = (
        "1. Open naast het digitale formulier een telefoonnummer voor meldingen.\n"
        "2. Houd het keukentafelgesprek binnen zes weken na de melding.\n"
        "3. Stuur het gespreksverslag altijd vóór het besluit toe.\n"
    )
    opening = "Geacht college,\nDe toegang is onoverzichtelijk en termijnen worden overschreden.\n"
    closing = "Met vriendelijke groet,\nDe Wmo-raad\n"
    assert count(opening + "Wij adviseren u\n" + items + closing) == 3
    assert count(opening + "De Wmo-raad adviseert het college daarom\n" + items + closing) == 3
    with_content = "Wij adviseren u de wachttijd elk kwartaal te publiceren.\n"
    assert count(opening + with_content + items + closing) == 4


def test_a_polite_wish_recommends_and_passing_on_the_findings_does_not() -> None:
    text = (
        "Geacht college,\nInwoners wachten lang op een terugbelverzoek. Wij zouden het toejuichen als "
        "de afdeling zich vastlegt op terugbellen binnen twee werkdagen. Wij adviseren u daarnaast "
        "elke brief een naam en een telefoonnummer te geven. Wij vragen u om onze bevindingen ook "
        "in het regionale overleg in te brengen.\nMet vriendelijke groet,"
    )
    assert count(text) == 2


def test_what_the_council_finds_desirable_recommends_what_it_regrets_does_not() -> None:
    text = (
        "Geacht college,\nJongeren zoeken laat hulp. Wij vragen u daarom signalen van scholen te "
        "benutten. Omdat het beleidsplan volgend jaar afloopt, vinden wij het wenselijk dat in het "
        "nieuwe plan een eigen paragraaf voor jongvolwassenen wordt opgenomen. Wij vinden het "
        "jammer dat de wachttijd zo lang is.\nMet vriendelijke groet,"
    )
    assert count(text) == 2


def test_a_scanned_list_item_with_a_stray_quote_and_a_dash_after_its_number_counts() -> None:
    text = (
        "Geacht college,\nWij adviseren u daarom het volgende.\n"
        "1. Breng de ondersteuning terug naar twaalf uur per week.\n"
        "2. Leg vast dat de raad een adviesaanvraag tijdig ontvangt.\n"
        "3. Beantwoord ieder advies binnen zes weken schriftelijk.\n"
        "“4.-Ondersteun ons bij een nieuwe wervingsronde voor leden.\n"
        "Met vriendelijke groet,"
    )
    assert count(text) == 4


def test_two_asks_that_share_the_advising_words_are_two() -> None:
    """The repeat check compares what is asked, not the formula: 'Wij adviseren u in het
    Programma van Eisen een norm op te nemen' and '... in het Programma van Eisen op te nemen
    dat ...' are two asks."""
    text = (
        "Geacht college,\nStiptheid. Wij adviseren u in het Programma van Eisen een harde norm op "
        "te nemen voor de stiptheid van de ritten.\nVaste chauffeurs. Wij adviseren u in het "
        "Programma van Eisen op te nemen dat vaste ritten door een vaste chauffeur worden "
        "gereden.\nMet vriendelijke groet,\n"
    )
    assert count(text) == 2


def test_an_intro_by_initials_over_run_in_titles_is_no_ask() -> None:
    text = (
        "Geacht college,\nDe ASDW adviseert u:\n    Eerder beginnen. Start de intake al in het azc.\n"
        "    Reiskosten. Vergoed de reiskosten naar de taalschool.\nMet vriendelijke groet,\n"
    )
    assert count(text) == 2


def test_a_summary_box_ends_at_the_first_numbered_chapter_title() -> None:
    """'Ons advies in het kort' with four items, then chapters '1. Twee loketten, twee
    dossiers, één verhuizing' whose asks repeat the box: four."""
    text = (
        "Geacht college,\nONS ADVIES IN HET KORT\n1. Geef iedere aanvrager één vaste consulent.\n"
        "2. Reserveer een rolstoelwoning twaalf weken.\n3. Houd per stadsdeel een overzicht bij.\n"
        "4. Laat ervaringsdeskundigen meekijken.\nHieronder lichten wij deze vier punten toe.\n"
        "1. Twee loketten, twee dossiers, één verhuizing\nWie verhuist, heeft twee trajecten. Wij "
        "adviseren u daarom zo'n vast aanspreekpunt in te stellen.\n"
        "2. Wachten op een woning\nWij adviseren u daarom een overzicht per stadsdeel bij te "
        "houden.\nMet vriendelijke groet,\n"
    )
    assert count(text) == 4


def test_rows_of_a_numbered_table_that_ran_on_as_lines_on_the_next_page_count() -> None:
    """The next page holds no table, only the table's last row laid out as a line ("7 ... Neem
    in het normenkader een toeslag op"): it goes on numbering the rows, so it counts."""
    first = (
        ("Nr.", "Artikel", "Onze opmerking", "Advies van de Wmo-raad"),
        (
            "1",
            "art. 2.3",
            "De termijn is lang.",
            "Neem op dat de inwoner schriftelijk hoort waarom.",
        ),
        (
            "2",
            "art. 5.1",
            "Wij vragen ons af hoe hoog het wordt.",
            "Geen advies; houd ons op de hoogte.",
        ),
    )
    pages = [
        Page(1, "Geacht college,\nNr. Artikel Onze opmerking Advies van de Wmo-raad\n1 art. 2.3 De "
             "termijn is lang. Neem op dat de inwoner schriftelijk hoort waarom.\n2 art. 5.1 Wij "
             "vragen ons af hoe hoog het wordt. Geen advies; houd ons op de hoogte.", "text", 99,
             (Table(1, first),)),
        Page(2, "3 nadere regels Het normenkader noemt geen extra tijd Neem in het normenkader een "
             "toeslag op\nvoor gezinnen.\nTot slot merken wij op dat de toelichting naar artikelen "
             "verwijst die in het concept een ander nummer hebben gekregen.\nHoogachtend,", "text", 99),
    ]  # fmt: skip
    assert count_recommendations(DocText.from_pages(pages), (Table(1, first),))[0] == 2


def test_the_council_in_the_singular_would_like_to_see() -> None:
    assert (
        count(
            "Geacht college,\nTen slotte zou de adviesraad graag zien dat u de subsidie voor de "
            "thuisadministratie structureel maakt.\nMet vriendelijke groet,"
        )
        == 1
    )


def test_asks_numbered_in_words_count_without_the_sentences_that_spell_them_out() -> None:
    """'Wij vragen u allereerst ...', 'In de tweede plaats ...', 'Ten slotte ...': the sentences
    after an ask that spell it out are part of it; an ask added with 'Daarnaast' is one more."""
    text = (
        "Geacht college,\nWij vragen u allereerst om de telefonische bereikbaarheid een eigen norm "
        "te geven. Denk aan een apart keuzemenu en een terugbelbelofte. Wij stellen voor dat u de "
        "resultaten elk kwartaal openbaar maakt. In de tweede plaats adviseren wij u ervoor te "
        "zorgen dat niemand digitaal hoeft te zijn om hulp te krijgen. Ten slotte vragen wij u om "
        "wachtende inwoners actief op de hoogte te houden. Laat iemand binnen een week weten wie "
        "de contactpersoon is.\nMet vriendelijke groet,"
    )
    assert count(text) == 3
    added = text.replace("In de tweede plaats", "Daarnaast vragen wij u ook. In de tweede plaats")
    assert count(added) == 3  # a bare 'Daarnaast vragen wij u ook.' asks nothing
    added = text.replace(
        "In de tweede plaats",
        "Daarnaast adviseren wij u de wachttijden te publiceren. In de tweede plaats",
    )
    assert count(added) == 4


def test_items_numbered_without_full_stops_under_theme_headings_count() -> None:
    """'1 Voer de intake uit met een tolk' (a bare number): the item's first word is its verb."""
    text = (
        "Geacht college,\nWij hebben onze adviezen per thema geordend.\nINTAKE\nDe nieuwkomers "
        "vonden de eerste maanden zwaar.\n1 Voer de brede intake altijd uit met een professionele "
        "tolk en let op de kinderen.\n2 Maak het mogelijk het ontzorgen te verlengen als dat nodig "
        "is voor het gezin.\nTAAL\nHet lesaanbod is ver weg.\n3 Organiseer taalmaatjes in de eigen "
        "woonplaats en regel kinderopvang tijdens de lessen.\nMet vriendelijke groet,"
    )
    assert count(text) == 3


def test_led_paragraphs_the_pdf_ran_together_count_once_each() -> None:
    """Two paragraphs opening with a short order, the first one's last line as long as the
    others so no break was seen: each lead is one recommendation."""
    lines = [
        "Bied overbrugging tijdens het wachten. Zorg ervoor dat elk gezin dat lang op hulp wacht,",
        "een aanbod voor tijdelijke steun krijgt, bijvoorbeeld lichte begeleiding of steun op school.",
        "Die overbrugging moet niet afhangen van een medewerker, maar vast deel van de werkwijze zijn.",
        "Maak de wachttijden zichtbaar. Vraag de aanbieders om elk kwartaal een overzicht van de tijd",
        "per vorm van hulp, en deel dat met de verwijzers, de adviesraad en ook met de gemeenteraad.",
        "",
        "Houd één aanspreekpunt. Laat de medewerker die verwijst het aanspreekpunt blijven tot de",
        "hulp begint.",
    ]
    text = "Geacht college,\nWij adviseren u daarom het volgende.\n\n" + "\n".join(lines)
    assert count(text + "\n\nMet vriendelijke groet,") == 3


def test_a_numbered_summary_confirms_the_numbered_asks_over_an_order_in_their_prose() -> None:
    """Four numbered asks, the last explained with an order of its own, then a summary that
    restates the four: four recommendations, not five."""
    text = (
        "Geacht college,\n\nWij adviseren u het volgende.\n"
        "1. Verhoog de bijdrage voor het welzijnswerk.\nDat voorkomt duurdere zorg later.\n"
        "2. Stel de nieuwe regels pas vast na een effectmeting.\nDan weet u wie wordt geraakt.\n"
        "3. Indexeer de minimaregelingen.\nDe prijzen stijgen immers.\n"
        "4. Maak de begroting beter volgbaar.\nNeem per programma enkele meetbare doelen op en "
        "rapporteer daarover in de tussentijdse rapportages.\n"
        "Samengevat adviseert de adviesraad het college:\n"
        "1. de bijdrage voor het welzijnswerk te verhogen;\n2. de regels pas na een effectmeting "
        "vast te stellen;\n3. de minimaregelingen te indexeren;\n4. meetbare doelen in de "
        "begroting op te nemen.\n\nHoogachtend,\nde voorzitter\n"
    )
    assert count(text) == 4


def test_a_column_headed_with_what_the_council_advises_holds_the_asks() -> None:
    rows = (
        ("nr.", "Onderwerp", "Wat de Participatieraad adviseert"),
        (
            "1",
            "Toekomstplan",
            "Leg vast dat het plan uiterlijk op de zeventiende verjaardag klaar is.",
        ),
        ("2", "Contactpersoon", "Wijs iedere jongere één vaste contactpersoon toe tot 21 jaar."),
    )
    text = (
        "Wij vatten ons advies samen in onderstaand overzicht.\n"
        "nr. Onderwerp Wat de Participatieraad adviseert\n"
        "1 Toekomstplan Leg vast dat het plan uiterlijk op de zeventiende verjaardag klaar is.\n"
        "2 Contactpersoon Wijs iedere jongere één vaste contactpersoon toe tot 21 jaar.\n"
    )
    assert count_with_tables(text, (Table(1, rows),)) == 2


def test_the_colleges_request_told_and_an_example_of_an_ask_are_no_asks() -> None:
    text = (
        "Geacht college,\n"
        "Half maart vroeg u ons om een advies over de concept-nota Armoede 2026.\n"
        "Wij hebben drie wensen.\n"
        "Verlaag de drempel voor de meedoenregeling naar een inkomen tot 130% van het minimum.\n"
        "Stuur inwoners die recht hebben op de toeslag ieder jaar zelf een brief.\n"
        "Denk daarbij aan een korte rekenhulp in begrijpelijke taal bij die brief.\n"
        "Maak één formulier voor alle regelingen samen.\n"
        "Met vriendelijke groet,\n"
    )
    assert count(text) == 3


def test_asks_numbered_per_chapter_count_each() -> None:
    text = (
        "Hoofdstuk 2 – Vroegsignalering\nAdvies 2.1 – Neem ook signalen uit de eigen organisatie op.\n"
        "Hoofdstuk 3 – Toegang\nAdvies 3.1 – Wijs iedere inwoner één vaste contactpersoon toe.\n"
        "Daarnaast zagen wij dat ondernemers worden doorverwezen.\n"
        "Advies 3.2 – Stel de hulp open voor ondernemers met een lopend bedrijf.\n"
        "Hoofdstuk 4 – Nazorg\nAdvies 4.1 – Bied standaard twaalf maanden nazorg aan.\n"
    )
    assert count(text) == 4


def test_imperatives_under_the_last_numbered_item_spell_it_out_up_to_the_next_heading() -> None:
    text = (
        "Geacht college,\nWij adviseren u:\n"
        "1. Werk de visie per kern uit.\nDat vraagt om een eigen paragraaf per kern.\n"
        "2. Maak het aanpassen van de eigen woning eenvoudiger.\n"
        "3. Betrek inwoners ook bij de uitvoering, en laat jaarlijks zien wat er bereikt is.\n"
        "Richt een klankbordgroep in met ouderen en mantelzorgers. Rapporteer eenmaal per jaar "
        "over de voortgang.\nTot slot\nWij verzoeken u ons advies bij het raadsvoorstel te voegen.\n"
        "Met vriendelijke groet,"
    )
    assert count(text) == 3


def test_a_numbered_heading_over_a_table_headed_wij_adviseren_is_no_item_of_its_own() -> None:
    """A table whose advice column reads "Wij adviseren het college" counts its rows, the
    section heading "5. Ons advies" over it does not, and observations listed after "In 2024
    ging dat mis:" are no asks because an earlier sentence on the line spoke of an advice."""
    rows = (
        ("nr.", "Wij adviseren het college", "Toelichting"),
        ("1", "Stel jaarlijks een adviesagenda op.", "Zo kunnen wij werkgroepen inzetten."),
        ("2", "Actualiseer de verordening samen met ons.", "Neem daarin de open avonden op."),
    )
    text = (
        "4. Informatie\nHet college geeft een reactie op een advies binnen zes weken. In 2024 ging "
        "dat mis:\ndrie adviesaanvragen kwamen te laat binnen;\nde reacties kwamen na elf weken;\n"
        "uitnodigingen werden niet doorgestuurd.\n5. Ons advies\nnr. Wij adviseren het college "
        "Toelichting\n1 Stel jaarlijks een adviesagenda op. Zo kunnen wij werkgroepen inzetten.\n"
        "2 Actualiseer de verordening samen met ons. Neem daarin de open avonden op.\n"
    )
    assert count_with_tables(text, (Table(1, rows),)) == 2


def test_a_noun_opening_a_statement_and_an_ask_announcing_the_points_are_no_asks() -> None:
    text = (
        "Onze algemene reactie\nWij zijn positief. Werk met een loonstrook in plaats van een "
        "uitkering betekent voor veel mensen erkenning.\nOns advies\nWij adviseren u de notitie "
        "op de volgende punten aan te vullen.\n1. Leg vast dat deelname vrijwillig is.\n"
        "2. Voorkom dat deelnemers er financieel op achteruitgaan.\n"
    )
    assert count(text) == 2


def test_a_table_with_an_unnamed_number_column_reads_its_ask_column_and_skips_no_ask() -> None:
    """Over "1 | observation | ask" rows the header names only "Wat wij zien | Wat wij vragen":
    the ask is the last cell, and a row answering "Geen verzoek." asks nothing."""
    rows = (
        ("Wat wij merken", "Wat wij vragen"),
        (
            "1",
            "De wachttijd voor een rolstoel is lang.",
            "Spreek een levertermijn van vier weken af.",
        ),
        (
            "2",
            "Het loket is vriendelijk en snel.",
            "Geen verzoek. Wij geven dit door als compliment.",
        ),
        ("3", "Storingen worden laat verholpen.", "Zet het storingsnummer op elk hulpmiddel."),
    )
    text = (
        "Wat wij merken Wat wij vragen\n1 De wachttijd voor een rolstoel is lang. Spreek een "
        "levertermijn van vier weken af.\n2 Het loket is vriendelijk en snel. Geen verzoek. Wij "
        "geven dit door als compliment.\n3 Storingen worden laat verholpen. Zet het "
        "storingsnummer op elk hulpmiddel.\n"
    )
    found = count_recommendations(
        DocText.from_pages([Page(1, text, "text", len(text))]), (Table(1, rows),)
    )
    assert found[0] == 2
    assert [e.snippet for e in found[1]] == [
        "Spreek een levertermijn van vier weken af.",
        "Zet het storingsnummer op elk hulpmiddel.",
    ]


def test_a_numbered_question_heading_ends_the_summary_above_it() -> None:
    """A list under "Onze adviezen in het kort" sums the asks up; the chapters under numbered
    questions ("1. Wie bereikt het plan?") give them again in other words: they count once."""
    text = (
        "Onze adviezen in het kort\nVerhoog de inkomensgrens naar 130 procent.\n"
        "Bied binnen tien werkdagen een huisbezoek aan.\n"
        "1. Wie bereikt het plan?\nVeel huishoudens maken geen gebruik van de regelingen.\n"
        "Wij adviseren daarom de inkomensgrens te verhogen naar 130 procent van de norm.\n"
        "2. Hoe snel komt er hulp?\nNa een signaal duurt het vijf weken.\n"
        "De adviesraad vraagt u binnen tien werkdagen een huisbezoek aan te bieden.\n"
    )
    assert count(text) == 2


def test_led_asks_under_a_numbered_section_of_advices_count_one_per_lead() -> None:
    """Under "3. Onze adviezen" each ask is a short order on its own line with a paragraph that
    spells it out (the bullets drawn as graphics): one recommendation per order."""
    text = (
        "2. Wat inwoners vertellen\nHet keuzemenu telt vier lagen en niemand belt terug.\n"
        "3. Onze adviezen\nDe Participatieraad adviseert u:\nVereenvoudig het keuzemenu.\n"
        "Neem in het eerste menu een rechtstreekse keuze op voor vragen over een uitkering.\n"
        "Kom de terugbelafspraak na.\nBel binnen één werkdag terug en rapporteer daar ieder "
        "kwartaal over.\nSchrijf begrijpelijke brieven.\nWij adviseren u alle standaardbrieven te "
        "herschrijven op taalniveau B1.\n"
    )
    assert count(text) == 3


def test_what_the_councils_members_did_is_no_list_of_asks_but_its_recommending_intro_is() -> None:
    """ "hebben leden van de adviesraad:" introduces what they did (the council's name is no
    advising word); "De adviesraad beveelt het college aan:" introduces the asks."""
    text = (
        "Tussen september en december hebben leden van de adviesraad:\nveertien brieven laten "
        "lezen door negen inwoners;\nvijftien keer het algemene nummer gebeld.\nDe adviesraad "
        "beveelt het college aan:\neen meerjarige aanpak van eenzaamheid op te stellen;\nalle "
        "inwoners van 75 jaar en ouder een huisbezoek aan te bieden.\nDe Week tegen Eenzaamheid "
        "zou een goed moment zijn om hiermee een begin te maken.\n"
    )
    assert count(text) == 2


def test_an_intro_giving_in_consideration_announces_its_items_and_a_wrapped_aside_is_no_item() -> (
    None
):
    text = (
        "Bereikbaarheid\nHet steunpunt is alleen overdag bereikbaar. Werkende mantelzorgers\n"
        "– een groeiende groep – kunnen daar moeilijk gebruik van maken. Wij adviseren het "
        "steunpunt\nook op twee avonden per week open te stellen.\nONS ADVIES\nDe "
        "Participatieraad geeft u in overweging:\n• bij de herziening van de beleidsregels de "
        "draagkracht te verlagen van 50% naar 25%;\n• voor spoedeisende aanvragen een "
        "beslistermijn van vijf werkdagen te hanteren.\n"
    )
    assert count(text) == 3


def test_an_order_on_the_line_after_an_intro_ending_in_a_colon_is_read_on_its_own() -> None:
    """ "Wij adviseren u het volgende:" over items whose bullets left no marker: the first item
    is not swallowed by the intro's sentence."""
    text = (
        "Juist daarom zoeken wij het in kleine stappen. Wij adviseren u het volgende:\nGa met de "
        "provincie en de vervoerder in overleg over een buurtbus die enkele keren per week "
        "rijdt.\nOndersteun het vrijwilligersvervoer met een vergoeding voor de onkosten.\n"
    )
    assert count(text) == 2


def test_lettered_asks_of_what_the_plan_should_hold_each_count() -> None:
    """ "... in het plan het volgende op te nemen:" over lettered asks with titles: the plan's
    contents ask by ask, not the wording of one article."""
    text = (
        "3. Advies\nDe raad adviseert het college om in het definitieve plan het volgende op te "
        "nemen:\nA. Een vaste termijn voor het eerste gesprek\nNeem als norm op dat een inwoner "
        "met een dreigende huisuitzetting binnen drie werkdagen\nen in alle andere gevallen binnen "
        "twee weken een eerste gesprek krijgt.\nB. Na een signaal: langsgaan in plaats van "
        "schrijven\nZorg dat op elk signaal over een betalingsachterstand binnen twee weken een "
        "huisbezoek\nof een persoonlijk telefoongesprek volgt, en niet alleen een brief.\n"
        "C. Nazorg als vast onderdeel van elk traject\nBied na afronding van een schuldregeling "
        "standaard twaalf maanden nazorg aan,\nbijvoorbeeld met een schuldhulpmaatje.\n"
        "4. Tot slot\nWij lichten dit advies graag toe in het overleg.\n"
    )
    assert count(text) == 3


def test_the_councils_advising_named_in_a_clause_is_no_ask() -> None:
    text = (
        "Hieronder zetten wij per thema uiteen wat wij zien en wat wij adviseren.\nDe "
        "ondersteuning komt van dezelfde afdeling die de stukken schrijft waarover wij "
        "adviseren.\nOns advies: open het loket twee ochtenden per week zonder afspraak.\n"
    )
    assert count(text) == 1


def test_triangle_bullets_mark_list_items() -> None:
    text = (
        "Wij adviseren het college:\n▸ ritten naar medische afspraken voorrang te geven;\n"
        "▸ een gemeentelijk aanspreekpunt voor klachten in te richten.\n"
    )
    assert count(text) == 2


def test_a_plea_among_the_findings_argues_for_a_listed_ask() -> None:
    """ "Wij pleiten voor ..." under "Bevindingen", then the lettered asks under "Advies": the
    plea is the reasoning for one of the listed asks, not an ask of its own."""
    text = (
        "3. Bevindingen\nDe regels zijn beter leesbaar dan de vorige versie.\nOpleiding. Wie "
        "zelf een cursus vindt, krijgt vaak nee te horen. Wij pleiten voor een eigen budget\n"
        "waarover de deelnemer zelf beslist.\n\n4. Advies\nDe raad adviseert het college om:\n"
        "a. een eigen opleidingsbudget van € 1.500 per jaar in te voeren;\n"
        "b. de reiskosten vanaf de eerste kilometer te vergoeden;\n"
        "c. de regels na twee jaar te evalueren.\n"
    )
    assert count(text) == 3


def test_a_table_laid_out_as_text_with_each_number_on_a_line_of_its_own() -> None:
    """ "Nr. Wat wij zien Ons advies" over rows whose cells wrap, the number alone on its line:
    each row is one ask, however many sentences its advice cell has."""
    text = (
        "Ons advies\nWij vatten onze adviezen samen in onderstaand overzicht.\n"
        "Nr. Wat wij zien Ons advies\n1\nInwoners horen niets\nna een melding.\n"
        "Stuur binnen vijf werkdagen een bevestiging.\nLaat het weten als de wachttijd\n"
        "langer wordt.\n2\nKlachten blijven\nliggen.\nMaak de klachtenregeling beter vindbaar.\n"
        "Bel binnen twee weken na elke klacht.\n3\nEr is geen zicht op\nde wachttijden.\n"
        "Rapporteer twee keer per jaar aan de raad.\nMet vriendelijke groet,\n"
    )
    assert count(text) == 3


def test_asks_numbered_within_the_advices_section() -> None:
    text = (
        "4. Advies\nDe adviesraad adviseert het college:\n4.1 de referteperiode te verkorten van "
        "36 naar 24 maanden;\n4.2 de toeslag ambtshalve toe te kennen aan wie haar vorig jaar "
        "kreeg;\n4.3 een aanvullend bedrag per kind op te nemen.\nMet vriendelijke groet,\n"
    )
    assert count(text) == 3


def test_letters_on_lines_of_their_own_over_their_asks() -> None:
    """A word processor's two-column table: each letter on its own line, the ask under it."""
    text = (
        "Ons advies\nDe ASD adviseert het college:\na.\nDe toeslag ambtshalve toe te kennen aan "
        "wie drie jaar in de bijstand zit.\nb.\nDe inkomensgrens te verhogen van 120 naar 130 "
        "procent.\nc.\nEén aanvraagformulier in te voeren voor alle regelingen.\nTot slot\n"
        "Wij gaan graag met u in gesprek.\nMet vriendelijke groet,\n"
    )
    assert count(text) == 3


def test_asks_lettered_a_b_c_without_stops_before_clauses() -> None:
    text = (
        "4. Ons advies\nDe adviesraad adviseert het college:\nA een vaste termijn in te voeren "
        "voor het verslag van het gesprek;\nB ervoor te zorgen dat iedere inwoner op "
        "cliëntondersteuning wordt gewezen;\nC ieder kwartaal de doorlooptijden openbaar te "
        "maken.\n5. Tot slot\nWij horen graag van u.\n"
    )
    assert count(text) == 3


def test_a_plea_after_an_unmarked_list_sums_it_up_as_after_a_marked_one() -> None:
    """Bullets drawn as graphics leave the items without markers; the plea after them still
    sums the list up (round GL)."""
    text = (
        "Advies\nDe Wmo-raad adviseert u:\n"
        "de zone voor het Wmo-vervoer te verruimen van 20 naar 30 kilometer rond het woonadres;\n"
        "met de vervoerder af te spreken dat ritten een half uur van tevoren kunnen worden "
        "besteld;\n"
        "in de kleine kernen een proef te starten met een buurtbus met vrijwillige chauffeurs.\n"
        "Wij beseffen dat de eerste twee punten de afspraken met de vervoerder raken. Wij vragen "
        "u daarover spoedig met de vervoerder in gesprek te gaan.\n"
        "Met vriendelijke groet,\nDe Wmo-raad\n"
    )
    assert count(text) == 3


def test_numbered_findings_before_the_asks_own_list_are_argument() -> None:
    """Findings numbered under their heading plead for things ("is dat te kort", "Wij vinden
    het belangrijk dat ..."); the asks are the list under "Advies" after them (round GL)."""
    text = (
        "Onze bevindingen\n1. Gesprek. De herbeoordeling gaat meestal telefonisch.\n"
        "2. Overgang. Wie minder uren krijgt, krijgt drie maanden overgangstijd. Wij vinden het "
        "belangrijk dat die termijn langer wordt.\n"
        "3. Gevolgen. Wij vragen u te volgen of sommige groepen harder worden geraakt.\n\n"
        "Advies\nDe adviesraad adviseert u:\n"
        "1. Bied iedere inwoner een gesprek aan huis aan.\n"
        "2. Verleng de overgangstermijn naar zes maanden.\n"
        "3. Rapporteer na een jaar over de bezwaren en klachten.\n"
        "Met vriendelijke groet,\nDe adviesraad\n"
    )
    assert count(text) == 3


LEAD_IN_ASK = (
    "Geacht college,\nWij begrijpen dat de financiële ruimte van de gemeente beperkt is. Toch "
    "vragen wij u om in dit plan keuzes te maken die de belasting van mantelzorgers echt "
    "verminderen.\nOns advies\n{lead}\n"
    "1. Maak kortdurende respijtzorg toegankelijk als algemene voorziening.\n"
    "2. Verhoog de jaarlijkse mantelzorgwaardering naar 150 euro.\n"
    "3. Stel een vaste contactpersoon voor jonge mantelzorgers aan.\n"
    "Met vriendelijke groet,\nde adviesraad\n"
)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the ask leads into the list under its heading and its own lead-in line (round GO)
        ("De Adviesraad Sociaal Domein Zeist adviseert het college:", 3),
        ("De adviesraad adviseert u:", 3),
    ],
)
def test_an_ask_leading_into_a_list_under_its_heading_and_lead_in_line(
    lead: str, expected: int
) -> None:
    assert count(LEAD_IN_ASK.format(lead=lead)) == expected
