"""Rule readers: decisions with negation and scope, requested, recommendations, norms, tables, links."""

from __future__ import annotations

from datetime import date

import pytest

from cp_textmine.classify.advice import detect_requested
from cp_textmine.classify.annual_report import advice_rows
from cp_textmine.classify.decision import (
    cited_advice,
    classify_sentence,
    combine,
    decide,
    points_from_tables,
    response_facts,
)
from cp_textmine.classify.link import Candidate, best_link
from cp_textmine.classify.recommendations import count_recommendations
from cp_textmine.classify.regulation import regulation_facts
from cp_textmine.read.doctext import DocText, split_sentences
from cp_textmine.records import Page, Table


def doc(text: str) -> DocText:
    return DocText.from_pages([Page(1, text, "text", len(text))])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wij nemen uw advies over.", "adopted"),
        ("Uw advies nemen wij volledig over.", "adopted"),
        ("Conform uw advies passen wij de beleidsregels aan.", "adopted"),
        ("Wij nemen uw advies over, met uitzondering van punt 3.", "partially_adopted"),
        ("Uw advies is grotendeels overgenomen.", "partially_adopted"),
        ("Wij nemen uw advies niet over.", "not_adopted"),
        ("Uw advies nemen wij daarom niet over.", "not_adopted"),
        ("Wij zien geen aanleiding de regeling aan te passen.", "not_adopted"),
        ("Wij kunnen uw advies op dit punt niet volgen.", "not_adopted"),
        ("Wij nemen kennis van uw advies.", "noted"),
        ("Dit is reeds staand beleid.", "noted"),
        ("Wij komen hierop terug bij de evaluatie.", "noted"),
        ("Wij nemen dit mee in de uitwerking.", "noted"),
    ],
)
def test_decision_sentences(sentence: str, expected: str) -> None:
    assert classify_sentence(sentence) == expected


def test_overall_decision_from_points() -> None:
    assert combine(["adopted", "adopted"]) == "adopted"
    assert combine(["adopted", "not_adopted"]) == "partially_adopted"
    assert combine(["noted", "noted"]) == "noted"
    assert combine(["not_adopted", "noted"]) == "not_adopted"


def test_per_point_table_decides_the_whole() -> None:
    table = Table(1, (("Advies", "Reactie college"), ("1. Vroegsignalering", "Wij nemen dit over."),
                      ("2. Schuldenfonds", "Dit nemen wij niet over, omdat er geen financiële ruimte is.")))  # fmt: skip
    decision, _, points, _, motivated = decide(doc("Geachte raad,\nZie de tabel."), (table,))
    assert decision == "partially_adopted"
    assert [p[1] for p in points] == ["adopted", "not_adopted"]
    assert motivated is True


def test_rejection_without_reasons_is_not_motivated() -> None:
    decision, _, _, _, motivated = decide(
        doc("Wij nemen uw advies niet over.\nMet vriendelijke groet,")
    )
    assert (decision, motivated) == ("not_adopted", False)


def test_cited_advice_reference_and_date() -> None:
    text = "Uw kenmerk: CRT 2022-03\nWij danken u voor uw advies van 23 juni 2022 over schulden."
    reference, advice_date, _ = cited_advice(doc(text), date(2022, 8, 9))
    assert (reference, advice_date) == ("CRT 2022-03", date(2022, 6, 23))


def test_cited_advice_date_without_its_year_after_a_hyphenated_council_name() -> None:
    """'het advies van de Wmo-raad van 10 februari': the year is the letter's."""
    text = "Beste mevrouw,\nHartelijk dank voor het advies van de Wmo-raad van 10 februari over de regels."
    _, advice_date, _ = cited_advice(doc(text), date(2025, 3, 4))
    assert advice_date == date(2025, 2, 10)


def test_cited_advice_from_a_your_letter_field() -> None:
    text = "Kenmerk: 2026-WI-12\nUw brief: ASD/2026/14 d.d. 21-06-2026\nBetreft: bereikbaarheid\n"
    reference, advice_date, _ = cited_advice(doc(text), date(2026, 7, 29))
    assert (reference, advice_date) == ("ASD/2026/14", date(2026, 6, 21))


@pytest.mark.parametrize(
    ("since", "expected"),
    [
        ("Sinds 1 juli is het telefoonnummer tot 17.00 uur bereikbaar.", "adopted"),
        # practice from before the advice, or a start still to come, decides nothing
        ("Sinds 1 maart is het telefoonnummer tot 17.00 uur bereikbaar.", "noted"),
        ("De vaste klantmanager is al in ons verbeterplan opgenomen: per 1 september gaan wij "
         "werken met vaste klantteams.", "noted"),
    ],
)  # fmt: skip
def test_in_place_since_a_date_between_the_advice_and_the_answer_is_acted_on(
    since: str, expected: str
) -> None:
    letter = (
        "Gouda, 29 juli 2026\nUw brief: ASD/2026/14 d.d. 21-06-2026\nBeste heer Smit,\n"
        f"Dank voor uw brief. {since}\nMet vriendelijke groet,\nde wethouder"
    )
    facts, _ = response_facts(doc(letter), date(2026, 7, 29), ())
    assert facts.decision == expected


def test_an_alternative_offered_after_declining_is_the_colleges_own_course() -> None:
    letter = (
        "Geachte leden van de adviesraad,\nHet college heeft besloten uw advies niet over te "
        "nemen, omdat de formatie ontbreekt.\nDaarom wil ik u een ander voorstel doen. Vanaf "
        "het voorjaar gaan wij spreekuur houden op vijf bestaande plekken in de wijken.\n"
        "Met vriendelijke groet,\nde wethouder"
    )
    assert decide(doc(letter))[0] == "not_adopted"
    # without the offer, a measure beside the refusal is a part adopted
    partly = letter.replace("Daarom wil ik u een ander voorstel doen. ", "")
    assert decide(doc(partly))[0] == "partially_adopted"


def test_a_firm_verdict_that_sums_up_decides_though_it_does_not_name_the_advice() -> None:
    """'Alles afwegend zien wij geen reden om ... in te voeren' sums up the letter: what the
    college adds on its own before it ('Daar gaan wij iets aan doen') is not the ask adopted
    (round BE)."""
    letter = (
        "Geacht bestuur,\nIn uw advies vraagt u ons de eigen bijdrage voor minima af te schaffen.\n"
        "Uit uw advies blijkt dat de regelingen niet bij iedereen bekend zijn. Daar gaan wij iets "
        "aan doen: vanaf februari krijgt iedereen een folder.\nDe kosten van een vrijstelling "
        "zijn hoog.\nAlles afwegend zien wij geen reden om een aparte vrijstelling in te voeren.\n"
        "Met vriendelijke groet,\nde wethouder"
    )
    assert decide(doc(letter))[0] == "not_adopted"
    # without the summing-up, the measure beside the refusal is a part adopted
    plain = letter.replace("Alles afwegend zien wij geen reden om", "Wij zien geen reden om")
    assert decide(doc(plain))[0] == "partially_adopted"


def test_a_verdict_on_the_advice_drawn_with_therefore_decides_over_the_reasoning() -> None:
    """'Wij nemen uw advies daarom over' after weighing both sides: the sceptical reasoning
    before it ('de prijs ... is te hoog') is no part declined (round GX)."""
    letter = (
        "Geachte leden van de adviesraad,\nU adviseert ons de vaste huisbezoeken bij een "
        "aanvraag af te schaffen. Omdat rechtmatigheid en vertrouwen hier schuren, hebben wij "
        "de tijd genomen om uw advies grondig te bekijken.\nDe fraude die wij met een huisbezoek "
        "vinden, vinden wij vrijwel altijd ook langs andere weg, en voor die enkele uitzondering is "
        "de last voor alle andere aanvragers te hoog.\nWij nemen uw advies daarom over.\n"
        "Met vriendelijke groet,\nde wethouder"
    )
    assert decide(doc(letter))[0] == "adopted"
    noted = letter.replace(
        "Wij nemen uw advies daarom over.",
        "Wij nemen uw advies daarom voor kennisgeving aan, met de opmerking dat wij de uitvoering "
        "samen met u blijven volgen.",
    )
    assert decide(doc(noted))[0] == "noted"


def test_an_arrangement_already_in_place_that_stays_is_no_refusal() -> None:
    """'worden ... al vergoed. Dit blijft ongewijzigd.': the ask is what already happens, and
    'dit' that stays is that arrangement (noted), beside a point the college will come back to."""
    letter = (
        "Beste leden van de adviesraad,\nHieronder gaan wij in op de twee punten die u noemt.\n"
        "1. Tegenprestatie\nDe evaluatie van de verordening loopt nog. Wij willen daarom nu geen "
        "standpunt innemen en komen hierop terug zodra de uitkomsten bekend zijn.\n"
        "2. Reiskosten\nOp grond van de huidige beleidsregels worden noodzakelijke reiskosten voor "
        "trajecten al vergoed. Dit blijft onder de nieuwe aanpak ongewijzigd. Wij nemen uw signaal "
        "mee dat deze mogelijkheid onvoldoende bekend is.\nMet vriendelijke groet,\nde manager"
    )
    decision, _, points, _, _ = decide(doc(letter))
    assert [label for _, label, _ in points] == ["noted", "noted"] and decision == "noted"


def test_points_already_done_not_decided_yet_and_the_summary_after_the_last() -> None:
    """Round GZ: a practice that stays ('De werkwijze zelf blijft ongewijzigd') after 'Dit doen
    wij al' is noted; 'Hierover nemen wij nog geen besluit' keeps a point waiting whatever its
    reasons refuse; the letter's summary of every ask after the last point is not its answer."""
    letter = (
        "Geachte leden van de adviesraad,\nWij reageren per aanbeveling.\n"
        "Aanbeveling 1\nSignaleer betalingsachterstanden vroeg.\nDit doen wij al, en dat blijft zo. "
        "Ons team neemt binnen vijf werkdagen contact op. De werkwijze zelf blijft ongewijzigd.\n"
        "Aanbeveling 2\nVerhoog de inkomensgrens naar 130%.\nHierover nemen wij nog geen besluit. "
        "Wij willen de regeling niet los van de andere regelingen aanpassen.\n"
        "Aanbeveling 3\nMaak het bereik jaarlijks inzichtelijk.\nWij nemen deze aanbeveling over. "
        "Vanaf 2026 staat het bereik in de monitor.\nAanbeveling 4\nBetrek ervaringsdeskundigen.\n"
        "Dit advies nemen wij over. Over de precieze vorm kunnen wij nu nog geen besluit nemen.\n"
        "Samenvattend\nOvergenomen: aanbeveling 3. "
        "Bestaande werkwijze, die wij voortzetten: aanbeveling 1. Later besluit: aanbeveling 2.\n"
        "Met vriendelijke groet,\nhet college"
    )
    _, _, points, _, _ = decide(doc(letter))
    # (a point adopted in so many words stays adopted beside what is not decided about its form)
    assert [label for _, label, _ in points] == ["noted", "noted", "adopted", "adopted"]


def test_a_step_of_procedure_not_needed_is_no_refusal() -> None:
    letter = (
        "Geachte leden van de adviesraad,\nOns college heeft besloten uw advies over te "
        "nemen.\nDe kosten passen binnen de begroting. Een voorstel aan de gemeenteraad is "
        "daarom niet nodig.\nMet vriendelijke groet,\nde wethouder"
    )
    assert decide(doc(letter))[0] == "adopted"


def test_cited_advice_date_only_two_digit_year() -> None:
    _, advice_date, _ = cited_advice(
        doc("Naar aanleiding van uw advies d.d. 7-11-'22 berichten wij u."), None
    )
    assert advice_date == date(2022, 11, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Onderwerp: Ongevraagd advies minimabeleid", False),
        ("Onderwerp: Gevraagd advies re-integratie", True),
        ("Onderwerp: advies kostendelersnorm\nIn uw adviesaanvraag van 3 maart vraagt u ons", True),
        ("Onderwerp: advies\nDe raad brengt u uit eigen beweging dit advies uit.", False),
        ("Onderwerp: advies bijstand\nGeacht college,", None),
        # an inhabitant's application is no request for advice
        (
            "Onderwerp: advies bijstand\nGeacht college,\nDe aanvraag voor een uitkering duurt "
            "te lang voor jongeren.",
            None,
        ),
        (
            "Onderwerp: advies jongeren\nAanleiding voor dit advies zijn signalen uit onze "
            "achterban over jongeren die tussen wal en schip vallen.",
            False,
        ),
    ],
)
def test_requested(text: str, expected: bool | None) -> None:
    assert detect_requested(doc(text))[0] is expected


def test_recommendations_count_only_the_advice_list() -> None:
    text = (
        "Wat horen wij?\n- Mensen weten de regeling niet te vinden.\n- Formulieren zijn ingewikkeld.\n"
        "Ons advies\nWij adviseren u:\n- de toeslag zonder aanvraag uit te betalen;\n"
        "- de inkomensgrens te verhogen naar 130 procent van het sociaal\nminimum;\n"
        "- actief te informeren.\nWij zien uw reactie graag tegemoet."
    )
    assert count_recommendations(doc(text))[0] == 3


def test_numbered_advice_headings() -> None:
    text = "Advies 1 — Vroegsignalering\nBreid uit.\nAdvies 2 — Wachttijden\nLeg vast.\nAdvies 3 — Nazorg\nBied aan."
    assert count_recommendations(doc(text))[0] == 3


def test_numbered_list_stops_when_outer_numbering_resumes() -> None:
    text = "3. Adviezen\n1. Verhoog de grens.\n2. Verleng het pakket.\n4. Tot slot\nWij danken u."
    assert count_recommendations(doc(text))[0] == 2


def test_norm_is_the_colleges_term_not_the_councils() -> None:
    text = (
        "Artikel 6 Adviestermijn\nDe cliëntenraad brengt binnen zes weken na ontvangst van de adviesaanvraag advies uit.\n"
        "Artikel 7 Reactie\nHet college reageert binnen vier weken na ontvangst van het advies schriftelijk en gemotiveerd.\n"
        "Artikel 12\nDeze verordening treedt in werking op 1 januari 2022."
    )
    facts, evidence = regulation_facts(doc(text), date(2021, 12, 15))
    assert (facts.response_norm_days, facts.advice_term_days) == (28, 42)
    assert facts.valid_from == date(2022, 1, 1)
    assert any(e.field == "norm" and "vier weken" in e.snippet for e in evidence)


def test_annual_report_table_rows() -> None:
    table = Table(2, (
        ("Datum", "Onderwerp", "Gevraagd/ongevraagd", "Reactie ontvangen", "Overgenomen"),
        ("14-03-2023", "Kostendelersnorm", "gevraagd", "ja", "ja"),
        ("2 mei 2023", "Schulden", "ongevraagd", "nee", "-"),
        ("12 sept. 2023", "Minimabeleid", "gevraagd", "ja", "deels"),
    ))  # fmt: skip
    rows = advice_rows((table,), 2023)
    assert len(rows) == 3
    assert rows[0]["advice_date"] == date(2023, 3, 14)
    assert [r["requested"] for r in rows] == [True, False, True]
    assert [r["answered"] for r in rows] == [True, False, True]
    assert rows[2]["adopted"] == "deels"


def _response(**kw: object) -> dict:
    base = {"doc_id": "r", "response_date": date(2023, 5, 1), "advice_reference": None, "advice_date_cited": None,
            "municipality": "Ede", "council": "Raad", "subject": "Reactie op uw advies"}  # fmt: skip
    return {**base, **kw}


ADVICES = [
    Candidate(
        "a1", "CR-2023-04", date(2023, 3, 14), "Ede", "Raad", "Advies vroegsignalering schulden"
    ),
    Candidate(
        "a2", "CR-2023-05", date(2023, 4, 2), "Ede", "Raad", "Advies kostendelersnorm jongeren"
    ),
    Candidate(
        "a3", "CR-2023-04", date(2023, 3, 14), "Tilburg", "Raad", "Advies vroegsignalering schulden"
    ),
]


def test_link_by_reference() -> None:
    link = best_link(_response(advice_reference="CR 2023-04"), ADVICES)
    assert (link.advice_doc_id, link.method) == ("a1", "reference")


def test_link_by_date_only() -> None:
    link = best_link(_response(advice_date_cited=date(2023, 4, 2)), ADVICES)
    assert (link.advice_doc_id, link.method) == ("a2", "date")


def test_link_by_subject_only() -> None:
    link = best_link(
        _response(subject="Reactie op uw advies over de kostendelersnorm voor jongeren"), ADVICES
    )
    assert link.advice_doc_id == "a2"


def test_link_by_the_meeting_that_adopted_the_advice_days_before_its_letter() -> None:
    """ "In uw vergadering van 28 maart heeft uw raad een advies vastgesteld": the date the
    answer cites lies days before the advice letter's own; a partial date match with the
    subject links, an exact date of another advice would still win."""
    link = best_link(
        _response(
            advice_date_cited=date(2023, 3, 28), subject="Reactie op advies kostendelersnorm"
        ),
        ADVICES,
    )
    assert (link.advice_doc_id, link.method) == ("a2", "date")
    far = best_link(_response(advice_date_cited=date(2023, 2, 1), subject="Reactie"), ADVICES)
    assert far.advice_doc_id is None


def test_link_by_the_day_the_advice_was_received_days_after_its_letter() -> None:
    """ "Uw brief van 5 april" for an advice dated 2 April: the day it came in; a week and more
    later is no longer that letter."""
    link = best_link(
        _response(advice_date_cited=date(2023, 4, 5), subject="Reactie op advies kostendelersnorm"),
        ADVICES,
    )
    assert (link.advice_doc_id, link.method) == ("a2", "date")
    late = best_link(_response(advice_date_cited=date(2023, 4, 20), subject="Reactie"), ADVICES)
    assert late.advice_doc_id is None


def test_a_near_date_is_another_letter_when_the_answer_quotes_another_kenmerk() -> None:
    """The answer cites "uw kenmerk CR-2023-09" of 28 March: the advice of 2 April numbered
    CR-2023-05 is another letter of the council, not the one adopted at that meeting."""
    response = _response(
        advice_reference="CR-2023-09",
        advice_date_cited=date(2023, 3, 28),
        subject="Reactie op advies kostendelersnorm",
    )
    assert best_link(response, ADVICES).advice_doc_id is None
    suffixed = _response(
        advice_reference="CR 2023-05/WI",
        advice_date_cited=date(2023, 3, 28),
        subject="Reactie op advies kostendelersnorm",
    )
    assert best_link(suffixed, ADVICES).advice_doc_id == "a2"


def test_the_same_kenmerk_with_a_far_date_is_another_councils_letter() -> None:
    """ "Uw advies van 30 april 2023, kenmerk CR-2023-04" when the advice numbered so is of
    14 March: another year's or another letter's number, not that advice, unless the subjects
    agree as well; the same kenmerk with its own date or none still links."""
    far = _response(advice_reference="CR-2023-04", advice_date_cited=date(2023, 4, 30),
                    subject="Reactie op uw advies over de inclusieagenda")  # fmt: skip
    assert best_link(far, ADVICES).advice_doc_id is None
    same_subject = {**far, "subject": "Reactie op uw advies vroegsignalering schulden"}
    assert best_link(same_subject, ADVICES).advice_doc_id == "a1"
    for cited in (date(2023, 3, 14), None):
        own = {**far, "advice_date_cited": cited}
        assert (best_link(own, ADVICES).advice_doc_id, best_link(own, ADVICES).method) == (
            "a1", "reference")  # fmt: skip


def test_no_link_rather_than_a_wrong_one() -> None:
    link = best_link(_response(subject="Reactie op uw brief"), ADVICES)
    assert link.advice_doc_id is None


def test_response_cannot_answer_a_later_advice() -> None:
    link = best_link(
        _response(advice_reference="CR-2023-05", response_date=date(2023, 3, 1)), ADVICES
    )
    assert link.advice_doc_id is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Omdat het om een patroon gaat, hebben wij besloten u er zelf over te schrijven.", False),
        ("De raad stuurde uit zichzelf dit advies naar het college.", False),
        ("U vroeg ons om te reageren op het concept van de nota.", True),
        ("Op 3 maart legde u ons het concept-beleidsplan voor.", True),
        ("Het college heeft de adviesraad het conceptplan ter advisering voorgelegd.", True),
        ("Wethouder Vermeulen vroeg ons op 12 juni 2025 om dit advies.", True),
        ("Zonder dat u ons daarom vroeg, vragen wij uw aandacht voor de adviestermijnen.", False),
        # a draft sent "ter informatie"; the council deciding itself to write
        (
            "Op 14 oktober ontving de Participatieraad van de afdeling het concept van de Nadere "
            "regels Wmo-vervoer 2025, ter informatie.",
            False,
        ),
        ("Na de Dag van de Mantelzorg besloot de raad zelf om u daarover te schrijven.", False),
        (
            "U heeft ons er niet om gevraagd; wij vinden het onderwerp te urgent om te wachten.",
            False,
        ),
        # signals that were the council's reason to look into it; thanks for the chance to advise
        (
            "Die signalen lijken op elkaar, en dat was voor ons reden om er in de werkgroep Jeugd "
            "dieper op in te gaan.",
            False,
        ),
        (
            "De adviesraad dankt het college voor de gelegenheid om over de conceptverordening en de "
            "beleidsregels te adviseren.",
            True,
        ),
        (
            "Op 26 januari ontving de Wmo-raad per e-mail het concept van de regels, ter advisering.",
            True,
        ),
        (
            "De afgelopen maanden bereikten ons uit verschillende hoeken berichten over de toeslag.",
            False,
        ),
        # asked on the college's behalf by its officials, or in a header field
        (
            "Per brief van 2 april vroeg het team Werk ons namens u om advies over de beleidsregel.",
            True,
        ),
        (
            "Uw verzoek: e-mail van de beleidsadviseur d.d. 9 april jl.\nWij adviseren u het volgende.",
            True,
        ),
        (
            "Per e-mail van 26 maart verzocht uw beleidsadviseur Mantelzorg ons om advies over het plan.",
            True,
        ),
    ],
)
def test_requested_is_read_from_implied_wording(sentence: str, expected: bool) -> None:
    assert detect_requested(doc("Geacht college,\n" + sentence))[0] is expected


def test_a_longer_cue_of_another_topic_does_not_count_for_the_shorter() -> None:
    from cp_textmine.classify.advice import topic_cue_scores
    from cp_textmine.classify.taxonomy import load_taxonomy

    text = "Wij adviseren de bijzondere bijstand voor witgoed ruimer toe te kennen."
    scores = topic_cue_scores(text, load_taxonomy(), focus=text)
    assert scores["armoede_minima"] > 0
    assert scores["bijstand"] == 0.0


def test_model_topic_without_its_vocabulary_needs_a_sure_model() -> None:
    from cp_textmine.classify.models import MODEL_SURE, with_topic_vocabulary

    chosen = [("jeugd", 0.8), ("schulden", 0.7), ("wmo_zorg", 0.95)]
    probs = {"jeugd": 0.8, "schulden": 0.7, "wmo_zorg": MODEL_SURE + 0.01}
    cues = {"jeugd": 0.0, "schulden": 0.6, "wmo_zorg": 0.0}
    assert [c for c, _ in with_topic_vocabulary(chosen, probs, cues)] == ["schulden", "wmo_zorg"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Betreft: niet-gevraagd advies over de energietoeslag",
        "Betreft: initiatiefadvies bereikbaarheid van het loket",
        "Met deze brief nemen wij zelf het initiatief om u te adviseren.",
        "Wij schrijven u zonder dat daar een verzoek van u aan voorafging.",
        # the council's own start: signals it received from residents
        "De afgelopen maanden kreeg de Adviesraad Sociaal Domein van verschillende kanten signalen over de brieven.",
        "Sinds januari heeft de Wmo-adviesraad opvallend veel berichten ontvangen van inwoners.",
    ],
)
def test_unsolicited_in_other_words(sentence: str) -> None:
    assert detect_requested(doc(sentence))[0] is False


def test_reasons_in_a_toelichting_column_count_as_motivation() -> None:
    table = Table(1, (("Aanbeveling", "Standpunt college", "Toelichting"),
                      ("1. Brief vooraf", "Overgenomen", "De brief gaat vanaf juli mee."),
                      ("2. Uitstel", "Niet overgenomen", "Uitstel is juridisch niet mogelijk."),
                      ("3. Evaluatie", "Wij nemen dit in overweging", "Eerst komt het onderzoek.")))  # fmt: skip
    decision, _, points, _, motivated = decide(doc("Geachte raad,\nZie het overzicht."), (table,))
    assert [p[1] for p in points] == ["adopted", "not_adopted", "noted"]
    assert decision == "partially_adopted"
    assert motivated is True


def test_a_partial_summary_sentence_does_not_lend_its_neighbours_reasons() -> None:
    table = Table(1, (("Advies", "Reactie"), ("1. Grens", "Overgenomen."),
                      ("2. Fonds", "Niet overgenomen. Wij zien daartoe geen aanleiding.")))  # fmt: skip
    text = "Wij hebben uw advies grotendeels overgenomen. De kosten van het fonds zijn hoog, omdat veel gezinnen het nodig hebben."
    _, _, _, _, motivated = decide(doc(text), (table,))
    assert motivated is False


def test_link_by_the_subject_named_in_the_opening_paragraph() -> None:
    from cp_textmine.classify.link import CandidateIndex, assign_links

    opening = (
        "Onderwerp: reactie op uw advies\nGeachte raad,\nNaar aanleiding van uw advies over de "
        "kostendelersnorm voor jongeren laten wij u het volgende weten."
    )
    links = assign_links([_response(opening=opening)], CandidateIndex(ADVICES))
    assert links[0].advice_doc_id == "a2"


def test_an_advice_goes_to_the_response_with_the_strongest_case() -> None:
    from cp_textmine.classify.link import CandidateIndex, assign_links

    by_reference = _response(doc_id="r1", advice_reference="CR-2023-05")
    by_subject = _response(doc_id="r2", subject="Reactie op uw advies kostendelersnorm jongeren")
    links = assign_links([by_subject, by_reference], CandidateIndex(ADVICES))
    assert {lk.response_doc_id: lk.advice_doc_id for lk in links} == {"r1": "a2", "r2": None}


def test_advice_date_cited_with_a_weekday() -> None:
    text = "Geachte raad,\nNaar aanleiding van uw advies van maandag 27 mei 2024 over het loket."
    _, advice_date, _ = cited_advice(doc(text), date(2024, 8, 29))
    assert advice_date == date(2024, 5, 27)


def test_a_sentence_of_explanation_beside_the_verdict_is_a_reason() -> None:
    text = (
        "Advies 1\nReactie: overgenomen.\nAdvies 2\nReactie: niet overgenomen. De rijksbijdrage is "
        "alleen toereikend voor de wettelijke taken van de gemeente.\n"
    )
    decision, _, _, _, motivated = decide(doc(text))
    assert (decision, motivated) == ("partially_adopted", True)


def test_a_question_row_in_a_reaction_table_is_no_point() -> None:
    from cp_textmine.classify.decision import points_from_tables

    rows = (
        ("Uw advies", "Onze reactie"),
        ("Een vaste contactpersoon per gezin", "Dit nemen wij over."),
        ("Vraag: hoeveel gezinnen wachten nu?", "Nu 40; wij nemen dit op in de monitor."),
        ("Hoe lang duurt een aanvraag?", "Gemiddeld zes weken; wij nemen dit op in de monitor."),
        (
            "Wachtlijst publiceren?",
            "Wij publiceren de wachtlijst voortaan elk kwartaal en nemen dit over.",
        ),
        ("Tolk bij elk gesprek", "Dit nemen wij niet over, want de kosten zijn te hoog."),
    )
    points = points_from_tables((Table(1, rows),))
    assert [label for _, label, _ in points] == ["adopted", "adopted", "not_adopted"]


def test_bare_numbers_are_points_after_the_college_announces_per_point_answers() -> None:
    from cp_textmine.classify.decision import points_from_text

    text = (
        "Wij danken u voor uw advies. Hieronder gaan wij per punt in op uw advies.\n"
        "1. Meer spreekuren\nDit voorstel nemen wij over; vanaf mei is er een extra spreekuur.\n"
        "2. Hogere vergoeding\nDe vergoeding blijft ongewijzigd, omdat het budget dat niet toelaat.\n"
    )
    assert [(n, label) for n, label, _ in points_from_text(text)] == [
        (1, "adopted"),
        (2, "not_adopted"),
    ]
    unannounced = "Uw advies:\n1. Meer spreekuren\n2. Wij nemen dit over.\n"
    assert points_from_text(unannounced) == []


@pytest.mark.parametrize(
    "announcement",
    [
        "Hieronder gaan wij op elk daarvan in.",
        "Hieronder gaan wij op ieder van uw voorstellen in.",
        "Wij gaan in op iedere aanbeveling.",
    ],
)
def test_other_ways_to_announce_an_answer_per_point(announcement: str) -> None:
    """'U doet vijf aanbevelingen. Hieronder gaan wij op elk daarvan in' (round BE): the
    numbered titles after it are the points."""
    from cp_textmine.classify.decision import points_from_text

    text = (
        f"U doet twee aanbevelingen. {announcement}\n"
        "1. Vroegsignalering uitbreiden\nU adviseert meer partners aan te sluiten. Wij volgen "
        "deze aanbeveling.\n2. Inkomensgrens verhogen\nDeze aanbeveling nemen wij niet over.\n"
    )
    assert [(n, label) for n, label, _ in points_from_text(text)] == [
        (1, "adopted"),
        (2, "not_adopted"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Er ligt geen adviesaanvraag van u over dit onderwerp. Toch willen wij u iets meegeven.",
            False,
        ),
        ("Hoewel ons niet om advies is gevraagd, willen wij op de nota reageren.", False),
        # the council's role in its letterhead says nothing about this advice
        (
            "Adviesraad Sociaal Domein - gevraagd en ongevraagd advies\nOnderwerp: armoedebeleid",
            None,
        ),
        ("Wij geven (on)gevraagd advies. Op uw verzoek om advies van 3 maart reageren wij.", True),
        # the request in other words than "gevraagd advies"
        ("Onderwerp: concept-nota armoede (uw verzoek d.d. 4 februari 2026)", True),
        ("Op 2 maart vroeg u de Adviesraad Sociaal Domein om advies over de nota.", True),
        ("In uw mail van 5 mei vroeg u ons om te reageren op het concept.", True),
        ("De nota werd ons toegezonden met het verzoek daarover uiterlijk 1 juni te adviseren.", True),
        ("Per brief van 1 juli heeft u ons verzocht te adviseren over de verordening.", True),
        ("U heeft de raad uitgenodigd een advies in te dienen over het uitvoeringsplan.", True),
        ("Onderwerp: RE: adviesvraag beleidsregels", True),
        ("Datum adviesaanvraag 12 januari 2026", True),
        ("Het college heeft de adviesraad met de brief van 9 september gevraagd te adviseren.", True),
        ("Adviesaanvraag: brief van 9 september 2025, kenmerk Z-25-031872", True),
        # unasked in the council's own words
        ("Dit keer komen wij uit onszelf naar u toe over de kindregelingen.", False),
        ("Het concept kregen wij ter kennisname toegestuurd; een adviestraject was niet voorzien.", False),
        ("Wij ontvingen de afgelopen maanden opvallend veel signalen van ouders over de regeling.", False),
        # an advice on the council's own verordening speaks of unasked advice as its subject
        ("Wij adviseren op te nemen dat het college ook op ongevraagde adviezen binnen acht "
         "weken een standpunt inneemt.", None),
        ("Wij adviseren op te nemen dat dit ook geldt voor ongevraagde adviezen. Wij danken u "
         "voor uw verzoek om advies van 3 maart.", True),
        # an older request named first, then that this letter answers none
        ("In 2022 legde u ons de nota voor, met de vraag er advies over te geven. Deze brief "
         "beantwoordt geen nieuwe vraag van uw kant.", False),
    ],
)  # fmt: skip
def test_requested_cues_and_the_councils_role(text: str, expected: bool | None) -> None:
    assert detect_requested(DocText.from_pages((Page(1, text, "text", len(text)),)))[0] is expected


def test_an_attachment_after_the_closing_is_not_the_colleges_voice() -> None:
    letter = (
        "Geachte voorzitter,\nWij nemen nu nog geen standpunt in over uw voorstellen; "
        "wij wachten de andere adviezen af.\nMet vriendelijke groet,\nhet college\n"
        "Bijlage: het advies zoals ontvangen\n"
        + "Wij adviseren het college de termijn te verkorten. " * 20
        + "Wij vragen u dit voorstel over te nemen.\n"
    )
    assert decide(doc(letter))[0] == "noted"


def test_an_annex_with_the_colleges_reactions_still_counts() -> None:
    letter = (
        "Geachte voorzitter,\nIn de bijlage leest u onze reactie.\nMet vriendelijke groet,\nhet college\n"
        "Bijlage - reactie per advies\n"
        + "Toelichting bij de adviezen en de achtergrond. "
        * 15
        + "\nAdvies 1 - Termijn\nReactie college: dit voorstel nemen wij over.\n"
        "Advies 2 - Budget\nReactie college: dit voorstel nemen wij niet over.\n"
    )
    assert decide(doc(letter))[0] == "partially_adopted"


def test_a_verdict_on_part_of_the_advice_beside_an_announced_act_is_partial() -> None:
    text = (
        "Geachte leden van de raad,\nU adviseert de bijdrage voor sport voor alle kinderen te "
        "verhogen.\nVoor kinderen in gezinnen die al twee jaar een uitkering ontvangen, gaan wij "
        "de bijdrage verhogen.\nVoor de andere gezinnen volgen wij uw advies niet.\n"
        "Met vriendelijke groet,\n"
    )
    assert decide(doc(text))[0] == "partially_adopted"


def test_points_that_quote_the_advice_are_answered_by_the_next_sentence() -> None:
    """'U adviseert ... niet ...' is the council's point; the first sentence after it answers,
    even without naming the college ("Artikel 3 wordt aangepast.", "Graag.")."""
    text = (
        "Geachte leden van de raad,\n"
        "Hieronder ons standpunt per advies.\n"
        "Advies 1 – eigen bijdrage\n"
        "U adviseert de eigen bijdrage niet te verhogen.\n"
        "Artikel 3 wordt zo aangepast dat de bijdrage gelijk blijft.\n"
        "Advies 2 – voorlichting\n"
        "U adviseert een folder in eenvoudige taal.\n"
        "Graag. De folder verschijnt in het voorjaar.\n"
        "Advies 3 – termijn\n"
        "U adviseert de termijn te verlengen.\n"
        "Dit advies volgen wij niet, omdat de wet de termijn vastlegt.\n"
        "Met vriendelijke groet,\n"
    )
    decision, _, points, _, _ = decide(DocText.from_pages([Page(1, text, "text", len(text))]))
    assert [label for _, label, _ in points] == ["adopted", "adopted", "not_adopted"]
    assert decision == "partially_adopted"


def test_a_letter_that_takes_no_position_yet_is_noted_whatever_else_it_says() -> None:
    text = (
        "Geachte leden van de adviesraad,\n"
        "Dank voor uw advies over de verordening. Het college kan het voorstel in deze fase "
        "niet meer wijzigen, want het ligt al bij de gemeenteraad. Over de inhoud van uw advies "
        "neemt het college nu geen standpunt in; wij betrekken uw punten bij de evaluatie.\n"
        "Met vriendelijke groet,\n"
    )
    decision, *_ = decide(DocText.from_pages([Page(1, text, "text", len(text))]))
    assert decision == "noted"


def test_a_concluding_sentence_about_the_advice_decides() -> None:
    """Background and a small promise before "Kortom: ..." do not make a refusal partial."""
    letter = (
        "Geachte adviesraad,\nIn het voorjaar hebben wij ruim 3.000 aanvragen verwerkt, meer dan "
        "wij hadden voorzien. Op de website gaan wij de uitleg aanpassen. Uw drie voorstellen "
        "vragen echter meer capaciteit dan wij hebben. Kortom: wij nemen uw advies nu niet over.\n"
        "Met vriendelijke groet,\nde wethouder"
    )
    assert decide(doc(letter))[0] == "not_adopted"


def test_what_an_adoption_means_is_no_second_stance() -> None:
    letter = (
        "Geachte leden van de raad,\nHet college heeft besloten uw advies volledig over te nemen. "
        "Dat betekent het volgende: voor wie al een indicatie heeft, blijft de huidige regeling "
        "van toepassing tot 1 januari; nieuwe aanvragen vallen onder het nieuwe tarief.\n"
        "Met vriendelijke groet,\nburgemeester en wethouders"
    )
    assert decide(doc(letter))[0] == "adopted"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Over de uitwerking denken wij op onderdelen anders.", "partially_adopted"),
        (
            "Een vaste termijn van vijf dagen nemen wij niet op, omdat dat te krap is.",
            "not_adopted",
        ),
        ("Wij kiezen in plaats daarvan voor een snellere route via het wijkteam.", "not_adopted"),
        (
            "Toch kiezen wij ervoor de gezamenlijke inkoop met de buurgemeenten voort te zetten.",
            "not_adopted",
        ),
        (
            "Ook aan de eigen bijdrage per rit houden wij vast, omdat de kosten sterk stijgen.",
            "not_adopted",
        ),
        ("Wel wordt het aanvragen vanaf volgend jaar een stuk eenvoudiger.", "adopted"),
        ("Wel wordt er gekeken naar een eenvoudiger formulier.", None),
    ],
)
def test_refusals_in_the_colleges_own_words(sentence: str, expected: str | None) -> None:
    assert classify_sentence(sentence) == expected


def test_recommendations_as_paragraphs_that_open_with_a_short_order() -> None:
    """Each paragraph opens with a short order and spells it out in more orders; the PDF gives
    no blank line between them, only a last line that stops short."""
    text = (
        "Geacht college,\n"
        "Op grond van de gesprekken met onze achterban geven wij u de volgende adviezen mee:\n"
        "Schrijf de brieven in eenvoudige taal. Laat elke nieuwe brief eerst lezen door twee\n"
        "inwoners die de regeling zelf gebruiken. Pas de brief daarna aan op hun opmerkingen\n"
        "en op die van de klantmanagers.\n"
        "Bel eerst, schrijf daarna. Neem bij een eerste signaal telefonisch contact op met de\n"
        "inwoner. Stuur pas een brief als dat niet lukt.\n"
        "Houd de cijfers bij. Deel elk half jaar met de adviesraad hoeveel inwoners bereikt\n"
        "zijn en hoeveel van hen hulp aanvaarden.\n"
        "Met vriendelijke groet,\nde adviesraad"
    )
    assert count_recommendations(doc(text))[0] == 3


def test_advice_date_told_before_the_advice_came_in() -> None:
    text = (
        "Geachte leden van de adviesraad,\nOp 12 maart 2024 ontvingen wij uw ongevraagde advies "
        "over de bereikbaarheid van het Werkplein. Wij danken u daarvoor."
    )
    assert cited_advice(doc(text), date(2024, 4, 20))[1] == date(2024, 3, 12)


def test_no_decision_yet_on_the_proposals_is_noted_and_two_of_four_is_partial() -> None:
    letter = (
        "Beste leden van de cliëntenraad,\nGraag reageer ik op uw advies. Wij nemen het mee in de "
        "nieuwe nota en gaan de aanvraag al eenvoudiger maken. Dat betekent wel dat ik nu nog "
        "geen besluiten kan nemen over de afzonderlijke voorstellen die u doet.\n"
        "Met vriendelijke groet,\nde wethouder"
    )
    assert decide(doc(letter))[0] == "noted"
    assert (
        classify_sentence("Het college heeft twee van uw vier punten verwerkt.")
        == "partially_adopted"
    )


def test_a_table_continued_on_the_next_page_keeps_its_first_row() -> None:
    from cp_textmine.classify.decision import points_from_tables

    first = Table(1, (("Advies", "Reactie college"), ("1. Percentage", "Niet overgenomen.")))
    # page 2 opens with a row whose verdict word also names reaction columns ("overgenomen")
    second = Table(2, (("2. Drempel", "Overgenomen. Artikel 6 is aangevuld."),
                       ("3. Witgoed", "Overgenomen.")))  # fmt: skip
    points = points_from_tables((first, second))
    assert [label for _, label, _ in points] == ["not_adopted", "adopted", "adopted"]


def test_an_opening_verdict_decides_the_reaction_cell() -> None:
    from cp_textmine.classify.decision import points_from_tables

    rows = (
        ("Advies", "Reactie college"),
        ("1. Brief", "Overgenomen. Inwoners die wij niet uit onze bestanden kennen, bereiken wij via de wijkteams."),
        ("2. Grens", "Niet overgenomen. Wel verlagen wij de drempel voor wie schulden heeft."),
    )  # fmt: skip
    points = points_from_tables((Table(1, rows),))
    assert [label for _, label, _ in points] == ["adopted", "not_adopted"]


def test_a_status_column_after_the_reaction_decides_and_wrapped_rows_are_no_points() -> None:
    from cp_textmine.classify.decision import points_from_tables

    first = Table(1, (("nr.", "Aanbeveling", "Reactie college", "Status"),
                      ("1", "Indicatoren", "Wij onderschrijven dit.", "overgenomen"),
                      ("2", "Ontmoeting in de kernen", "Wij delen de gedachte en kijken per", "gedeeltelijk overgenomen")))  # fmt: skip
    # the second row's cells run on over the page break: no number, no status
    second = Table(2, (("nr.", "Aanbeveling", "Reactie college", "Status"),
                       ("", "zoals Limbricht.", "kern wat er al is; dat nemen wij niet over.", ""),
                       ("3", "Apart loket", "Ondernemers kunnen al bij het ondernemersloket terecht.", "niet overgenomen")))  # fmt: skip
    points = points_from_tables((first, second))
    assert [label for _, label, _ in points] == ["adopted", "partially_adopted", "not_adopted"]


def test_a_point_keeps_the_reasons_of_its_reaction_column_beside_a_status_column() -> None:
    """'Reactie college | Standpunt': the verdict comes from the status, the point's text from
    the reaction, where the reasons for not following it stand."""
    from cp_textmine.classify.decision import points_from_tables

    rows = (
        ("Nr.", "Advies aan het college", "Reactie college", "Standpunt"),
        ("1", "Ken de toeslag ambtshalve toe.", "Wij volgen dit advies vanaf 1 juli.", "Overgenomen"),
        ("2", "Verhoog de inkomensgrens.", "Een hogere grens vergroot de armoedeval voor wie meer gaat werken.", "Niet overgenomen"),
    )  # fmt: skip
    points = points_from_tables((Table(1, rows),))
    assert [label for _, label, _ in points] == ["adopted", "not_adopted"]
    assert points[1][2].startswith("Een hogere grens vergroot de armoedeval")
    assert "Verhoog" not in points[1][2]  # the advice column is no part of the reaction


def test_a_points_table_header_with_a_number_column_looks_like_a_table() -> None:
    from cp_textmine.pdf.extract import _looks_tabular

    assert _looks_tabular("Nr. Advies adviesraad (samengevat) Reactie college")
    assert not _looks_tabular("Wij nemen uw advies over en geven hieronder onze reactie.")


def test_already_done_and_no_need_for_more_is_noted_per_point() -> None:
    from cp_textmine.classify.decision import points_from_text

    text = (
        "Hieronder gaan wij per punt op uw advies in.\n"
        "1. Schouw\nU adviseert het stadhuis te laten schouwen. Dit gebeurt al. In 2021 is het "
        "stadhuis geschouwd. Wij zien daarom geen aanleiding voor een aanvullende afspraak.\n"
        "2. Portefeuille\nU adviseert een aparte wethouder. Dit advies nemen wij niet over.\n"
    )
    assert [label for _, label, _ in points_from_text(text)] == ["noted", "not_adopted"]


def test_no_decision_yet_with_the_object_first_makes_the_answer_noted() -> None:
    text = (
        "Geachte raad,\nDaarom betrekken wij uw eerste en tweede advies bij het ontwerp van de "
        "nieuwe werkwijze. Uw derde advies vraagt geld. Daarover nemen wij nu nog geen besluit; "
        "wij komen er later op terug.\nMet vriendelijke groet,"
    )
    assert decide(doc(text))[0] == "noted"


def test_points_answered_without_a_verdict_are_stored_as_noted() -> None:
    silent = (
        "Geachte raad,\nU sluit af met vier aanbevelingen. Hieronder gaan wij op elk daarvan in.\n"
        "Aanbeveling 1\nHet formulier wordt in het project Heldere Taal herzien, waarbij een groep "
        "inwoners meeleest en het team nagaat welke bewijsstukken nodig zijn.\n"
        "Aanbeveling 2\nNa de zomer staat een evaluatie van het minimabeleid gepland, waarin ook de "
        "inkomensgrenzen van de regelingen aan bod komen.\n"
    )
    decided = (
        "Aanbeveling 3\nDit advies nemen wij over.\n"
        "Aanbeveling 4\nDit advies nemen wij niet over, omdat de begroting daar geen ruimte voor biedt.\n"
    )
    closing = "Met vriendelijke groet,"
    decision, _, points, _, _ = decide(doc(silent + decided + closing))
    assert [label for _, label, _ in points] == ["noted", "noted", "adopted", "not_adopted"]
    assert decision == "partially_adopted"  # the silent points do not change what the others decide
    decision, _, points, _, _ = decide(doc(silent + "Wij nemen kennis van uw advies.\n" + closing))
    assert (decision, [label for _, label, _ in points]) == ("noted", ["noted", "noted"])


def test_numbered_lines_of_a_borderless_table_after_the_announcement_are_points() -> None:
    text = (
        "Geachte raad,\nHet college neemt uw aanbevelingen over. Hieronder leest u per aanbeveling "
        "wat dat betekent.\n"
        "1 Eén overzicht van respijtzorg Overgenomen. Wij brengen alle vormen samen in één\n"
        "overzicht op de website.\n"
        "2 Keuzevrijheid bij de Overgenomen, onder voorwaarde dat de keuze binnen het bestaande\n"
        "waardering budget blijft. Een hoger budget is niet aan de orde.\n"
        "3 Overbelasting meten Niet overgenomen. Wij gebruiken de gezondheidsmonitor.\n"
        "Met vriendelijke groet,\n"
    )
    decision, _, points, _, _ = decide(doc(text))
    assert [label for _, label, _ in points] == ["adopted", "adopted", "not_adopted"]
    assert decision == "partially_adopted"


def test_sub_lettered_points_are_read_and_numbered_in_order() -> None:
    from cp_textmine.classify.decision import points_from_text

    text = (
        "In deze brief geven wij per onderdeel aan hoe wij met uw advies zijn omgegaan.\n"
        "Advies 1a\nVerhoog de grens niet.\nReactie\nWij blijven daarom bij 50%. Dit nemen wij niet over.\n"
        "Advies 1b\nMaximaal twaalf maanden.\nReactie\nDit advies nemen wij over.\n"
        "Advies 2\nEen papieren formulier.\nReactie\nAkkoord. Het formulier blijft.\n"
        "Met vriendelijke groet,\n"
    )
    points = points_from_text(text)
    assert [(n, label) for n, label, _ in points] == [
        (1, "not_adopted"), (2, "adopted"), (3, "adopted")
    ]  # fmt: skip


@pytest.mark.parametrize(
    "reason",
    [
        "Een dergelijke regeling past niet binnen de keuzes die wij voor het minimabeleid maakten.",
        "Daarmee zouden wij aanbieders treffen die juist met personeelstekorten kampen.",
        "Een eigen regeling sluit niet aan bij de regionale afspraken.",
    ],
)
def test_a_reason_in_other_words_after_the_refusal_motivates_it(reason: str) -> None:
    text = f"Geachte raad,\nWij hebben besloten het advies niet over te nemen. {reason}\nMet vriendelijke groet,"
    decision, _, _, _, motivated = decide(doc(text))
    assert (decision, motivated) == ("not_adopted", True)


def test_a_bare_refusal_is_not_motivated() -> None:
    text = (
        "Geachte raad,\nWij hebben besloten het advies niet over te nemen.\nMet vriendelijke groet,"
    )
    assert decide(doc(text))[4] is False


def test_the_same_kenmerk_in_another_municipality_needs_the_cited_date_too() -> None:
    from cp_textmine.classify.link import Candidate, score

    elsewhere = Candidate("a9", "ASD 2025-07", date(2025, 4, 9), "Amersfoort", None, "Brieven")
    response = {"response_date": date(2025, 5, 14), "advice_reference": "ASD-2025-07",
                "advice_date_cited": date(2025, 4, 3), "municipality": "Maastricht",
                "subject": "Reactie op uw advies", "opening": ""}  # fmt: skip
    assert score(response, elsewhere)[0] < 0.5
    regional = {**response, "advice_date_cited": date(2025, 4, 9)}
    assert score(regional, elsewhere)[0] >= 0.5  # a regional board answering: kenmerk and date


def test_said_once_that_it_already_happens_and_nothing_needs_changing_is_noted() -> None:
    text = (
        "Geachte raad,\nDank voor uw advies over de informatie aan nieuwe cliënten. Dit gebeurt "
        "al: de klantmanagers lopen bij elk intakegesprek een vaste lijst met regelingen door. Wij "
        "zien daarom geen aanleiding om de werkwijze aan te passen.\nMet vriendelijke groet,"
    )
    assert decide(doc(text))[0] == "noted"


def test_all_counted_points_decided_at_once_are_each_a_point() -> None:
    text = (
        "Beste leden van de adviesraad,\nU gaf mij drie adviezen mee over de mantelzorgwaardering. "
        "Ik kan u laten weten dat ik alle drie de adviezen overneem.\nMet hartelijke groet,"
    )
    decision, _, points, _, _ = decide(doc(text))
    assert decision == "adopted"
    assert [(n, label) for n, label, _ in points] == [
        (1, "adopted"),
        (2, "adopted"),
        (3, "adopted"),
    ]


def test_your_counted_points_declined_at_once_are_each_a_point_but_not_a_part_of_them() -> None:
    """'neemt het college uw drie aanbevelingen niet over': three declined points, the reasons
    told before still read; 'van uw drie aanbevelingen' counts only some of them."""
    text = (
        "Geachte heer Ter Horst,\nEen hogere grens kunnen wij niet invoeren, omdat daarvoor in de "
        "begroting geen ruimte is.\nAlles afwegend neemt het college uw drie aanbevelingen niet "
        "over.\nMet vriendelijke groet,"
    )
    # "besloten geen van de drie over te nemen": no noun needed; the reasons are read from the
    # letter, since the points only repeat that one sentence
    none_of_them = (
        "Geachte heer Smit,\nU doet ons drie voorstellen over het minimabeleid. Wij hebben echter "
        "besloten geen van de drie over te nemen. Een hogere inkomensgrens kunnen wij niet "
        "betalen, omdat de begroting daarvoor geen ruimte biedt.\nMet vriendelijke groet,"
    )
    for wording in (text, none_of_them):
        decision, _, points, _, motivated = decide(doc(wording))
        assert (decision, motivated) == ("not_adopted", True)
        assert [label for _, label, _ in points] == ["not_adopted"] * 3
    some = text.replace("neemt het college uw drie", "neemt het college van uw drie er twee")
    assert len(decide(doc(some))[2]) != 3


def test_a_short_answer_that_adopts_is_a_response_though_it_thanks_for_the_request() -> None:
    from cp_textmine.classify.doc_form import _asks_for_advice

    text = (
        "Aan de Adviesraad Sociaal Domein\nGeachte leden van de Adviesraad,\nBij brief van 19 mei "
        "heeft u ons geadviseerd over de concept-beleidsregel. Wij nemen uw advies over. Wij danken "
        "u voor de snelle behandeling van onze adviesaanvraag.\nMet vriendelijke groet,"
    )
    assert not _asks_for_advice(text)


def test_answering_the_counted_recommendations_in_order_announces_points() -> None:
    from cp_textmine.classify.decision import points_from_text

    text = (
        "Hieronder reageer ik op uw drie aanbevelingen, in de volgorde van uw advies.\n"
        "1. Verhoog de grens.\nDeze aanbeveling neem ik niet over, omdat er geen dekking is.\n"
        "2. Ken regelingen ambtshalve toe.\nDeze aanbeveling neem ik over.\n"
        "3. Maak de regelingen bekend.\nOok hierin volg ik uw advies.\n"
        "Met vriendelijke groet,\n"
    )
    assert [label for _, label, _ in points_from_text(text)] == [
        "not_adopted",
        "adopted",
        "adopted",
    ]


def test_asks_retold_in_turn_are_points_when_the_letter_counts_them() -> None:
    text = (
        "Geachte heer Verweij,\nUw advies spitst zich toe op drie onderwerpen. Hieronder ga ik daar "
        "achtereenvolgens op in.\nVrijwilligheid\nDe CAR adviseert om de tegenprestatie alleen "
        "vrijwillig te vragen. De wet gaat uit van een verplichting. Om die reden kan ik uw advies "
        "op dit punt niet overnemen.\nEerst het gesprek\nU adviseert om altijd eerst in gesprek te "
        "gaan. Ik onderschrijf dit en heb artikel 6 aangevuld. Hiermee is uw advies op dit punt "
        "overgenomen.\nVergoeding\nTot slot adviseert u om een vaste vergoeding toe te kennen. Ook "
        "dit advies neem ik niet over, omdat de tegenprestatie onbeloond is.\nMet vriendelijke groet,"
    )
    decision, _, points, _, motivated = decide(doc(text))
    assert decision == "partially_adopted" and motivated is True
    assert [label for _, label, _ in points] == ["not_adopted", "adopted", "not_adopted"]


def test_announced_asks_answered_a_paragraph_each_are_points() -> None:
    """'Op de twee punten ... reageren wij hieronder' and then a paragraph per point, without
    numbers or retold asks: two points, decided each by its own paragraph."""
    text = (
        "Geachte mevrouw Bos,\nDank voor uw advies van 3 maart over de beleidsregels. Op de "
        "twee punten waar u bezwaar tegen heeft, reageren wij hieronder.\n"
        "Uw zorg over de reistijd delen wij. Wij hebben de regels daarom aangepast: de grens\n"
        "gaat naar twintig minuten. Hiermee is uw advies overgenomen.\n"
        "Over de eigen bijdrage denken wij anders. Een lagere bijdrage kost ons jaarlijks een\n"
        "ton en daarvoor is geen dekking. Wij nemen uw advies op dit punt niet over.\n"
        "Wij bespreken de ervaringen graag in het najaar met u.\n"
        "Met vriendelijke groet,\n"
    )
    decision, _, points, _, motivated = decide(doc(text))
    assert decision == "partially_adopted" and motivated is True
    assert [label for _, label, _ in points] == ["adopted", "not_adopted"]


def test_paragraphs_after_an_announcement_without_a_stance_are_no_points() -> None:
    """When one counted paragraph takes no position, the paragraphs are not read as points."""
    text = (
        "Geachte mevrouw Bos,\nOp uw twee adviezen gaan wij hieronder in.\n"
        "De reistijd is in veel wijken lang. Wij hebben daarover met vervoerders gesproken en\n"
        "zij herkennen het beeld.\n"
        "Over de eigen bijdrage denken wij anders. Wij nemen uw advies op dit punt niet over.\n"
        "Met vriendelijke groet,\n"
    )
    _, _, points, _, _ = decide(doc(text))
    assert points == []


def test_asks_taken_up_by_their_place_are_points() -> None:
    """'het eerste nemen wij over, het tweede niet', 'Uw derde advies ...', 'Over uw laatste
    advies ...': one point per place, the last counted from 'uw vier adviezen'."""
    text = (
        "Geachte raad,\nHieronder reageren wij op uw vier adviezen.\n"
        "U adviseert een vaste contactpersoon en een kortere wachttijd; het eerste nemen wij "
        "over, het tweede niet, omdat de wet de termijn voorschrijft.\n"
        "Uw derde advies, de brieven herschrijven, is al bestaand beleid.\n"
        "Over uw laatste advies, een inloopspreekuur, nemen wij op dit moment geen besluit.\n"
        "Met vriendelijke groet,\n"
    )
    decision, _, points, _, _ = decide(doc(text))
    assert decision == "partially_adopted"
    assert [label for _, label, _ in points] == ["adopted", "not_adopted", "noted", "noted"]


def test_an_unnamed_first_ask_is_answered_in_the_paragraph_before_the_second() -> None:
    text = (
        "Geachte heer Oomen,\nU adviseert op twee onderdelen de regeling aan te passen.\n"
        "Wij nemen uw advies over de leeftijdsgrens over. Artikel 2 is daarop aangepast, zodat\n"
        "ook jonge mantelzorgers meedoen.\n"
        "Ook uw tweede advies nemen wij over. Aanmelden kan voortaan ook op papier.\n"
        "Met vriendelijke groet,\n"
    )
    decision, _, points, _, _ = decide(doc(text))
    assert decision == "adopted"
    assert [label for _, label, _ in points] == ["adopted", "adopted"]


def test_points_answered_without_a_verdict_take_the_verdict_on_all_of_them() -> None:
    """'Wij volgen u op alle drie de punten' and then per point what changes: a point told
    without a verdict word is adopted too, not noted."""
    text = (
        "Geachte raad,\nWij volgen u op alle drie de punten en hebben de nota aangepast. Per "
        "punt lichten wij toe wat er verandert.\n"
        "1 Jonge mantelzorgers\nU vraagt aandacht voor jongeren. Dit advies nemen wij over.\n"
        "2 Keuze bij de waardering\nU adviseert keuzevrijheid. Wij nemen dit over.\n"
        "3 Overzicht van respijtzorg\nMantelzorgers zoeken de weg. Er komt een overzicht van het "
        "aanbod in de regio, dat via de website en het sociaal team beschikbaar komt.\n"
        "Met vriendelijke groet,\n"
    )
    decision, _, points, _, _ = decide(doc(text))
    assert decision == "adopted"
    assert [label for _, label, _ in points] == ["adopted", "adopted", "adopted"]


def test_a_conclusion_that_decides_nothing_yet_makes_the_answer_noted() -> None:
    text = (
        "Geachte raad,\nVoor een hogere bijdrage is binnen de begroting geen dekking aanwezig.\n"
        "Alles afwegend nemen wij op dit moment nog geen besluit over een hogere bijdrage. Wij "
        "betrekken de vraag bij de Voorjaarsnota.\nMet vriendelijke groet,\n"
    )
    assert decide(doc(text))[0] == "noted"


def test_the_reason_for_a_late_answer_is_no_stance() -> None:
    text = (
        "Geachte raad,\nDe vertraging hangt samen met de herinrichting van ons "
        "klantcontactcentrum, die deze zomer is doorgevoerd.\nEen vrije inloop op vijf "
        "ochtenden voeren wij niet in, omdat de bezetting ontbreekt.\nMet vriendelijke groet,\n"
    )
    assert decide(doc(text))[0] == "not_adopted"


def test_for_these_reasons_sums_up_the_letter() -> None:
    text = (
        "Geachte raad,\nBlijven werken met het oude kader brengt juist onzekerheid mee.\n"
        "Wij voeren de nieuwe normen per 1 april in.\n"
        "Om deze redenen zien wij geen aanleiding de beleidsregels te wijzigen.\n"
        "Met vriendelijke groet,\n"
    )
    assert decide(doc(text))[0] == "not_adopted"


def test_asks_retold_under_theme_headings_are_points_when_taken_in_turn() -> None:
    """'laten wij per thema weten wat wij ermee hebben gedaan', then a heading and a retold ask
    per theme ('Uw advies is om ...', 'U vraagt ons ...'): one point per theme."""
    text = (
        "Geachte raad,\nIn deze brief laten wij per thema weten wat wij met uw advies hebben "
        "gedaan.\nJonge mantelzorgers\nU adviseert ons afspraken te maken met scholen. In de "
        "vastgestelde agenda is daarom een aparte actielijn opgenomen.\n"
        "Hoogte van de waardering\nU stelt voor het bedrag te verhogen. Toch nemen wij dit advies "
        "niet over, omdat de begroting krap is.\n"
        "Eén aanspreekpunt\nUw advies is om één aanspreekpunt in te richten. Dit advies nemen wij "
        "over.\nMet vriendelijke groet,\n"
    )
    decision, _, points, _, _ = decide(doc(text))
    assert decision == "partially_adopted"
    assert [label for _, label, _ in points] == ["adopted", "not_adopted", "adopted"]


def test_a_changes_column_that_names_a_change_marks_the_point_adopted() -> None:
    """'Advies | Reactie | Wat verandert er': 'Beleidsregels aangepast' under a reaction that
    agrees with a negated fact ('dat de app niet voor iedereen werkt') is an adopted point."""
    from cp_textmine.classify.decision import points_from_tables

    table = Table(
        1,
        (
            ("", "Advies van de adviesraad", "Reactie van het college", "Wat verandert er"),
            (
                "1",
                "Houd een papieren route open.",
                "Wij onderschrijven dat de app niet voor iedereen werkt.",
                "Beleidsregels aangepast.",
            ),
            ("2", "Verleng het tegoed.", "Het tegoed blijft geldig tot 30 juni.", "Geen."),
        ),
    )
    labels = [label for _, label, _ in points_from_tables((table,))]
    assert labels[0] == "adopted"


def test_taking_the_advice_into_a_later_review_is_noted() -> None:
    sentence = "Wij hebben besloten uw advies mee te nemen in de herijking van ons beleid."
    assert classify_sentence(sentence) == "noted"
    assert (
        classify_sentence("Uw advies raakt aan de manier waarop wij de ondersteuning uitvoeren.")
        is None
    )


def test_a_yes_no_column_answers_each_numbered_line() -> None:
    text = (
        "Geachte raad,\nOnze reactie per advies staat in onderstaande tabel.\n"
        "Nr. Advies (samengevat) Overgenomen? Reactie van het college\n"
        "1 Omschrijf het begrip duidelijker. Ja, in de De verordening bevat alleen het begrip.\n"
        "2 Leg een termijn van tien dagen vast. Deels De wet verplicht ons al tot een verslag.\n"
        "3 Verhoog het pgb-tarief. Nee Daarvoor is binnen de begroting geen ruimte.\n"
        "Met vriendelijke groet,\n"
    )
    decision, _, points, _, _ = decide(doc(text))
    assert [label for _, label, _ in points] == ["adopted", "partially_adopted", "not_adopted"]
    assert decision == "partially_adopted"


def test_asks_retold_as_a_list_and_decided_as_a_whole_are_points_of_that_decision() -> None:
    """'vraagt u ons om (1) ..., (2) ... en (3) ...' then 'Wij nemen uw advies volledig over':
    three adopted points; a partial decision cannot be spread over the points."""
    from cp_textmine.classify.decision import _listed_asks_decided_at_once

    text = (
        "Geachte raad,\nOp basis van signalen vraagt u ons om (1) een terugbeltermijn in te "
        "voeren; (2) de brieven te herschrijven; en (3) de tevredenheid te meten.\n"
        "Wij nemen uw advies volledig over.\nMet vriendelijke groet,"
    )
    start = text.index("Wij nemen")
    chosen = [("adopted", start, text.index(".", start) + 1)]
    points = _listed_asks_decided_at_once(text, chosen, "adopted")
    assert [d for _, d, _ in points] == ["adopted"] * 3
    assert (
        _listed_asks_decided_at_once(
            text, [("partially_adopted", *chosen[0][1:])], "partially_adopted"
        )
        == []
    )
    listed = (
        text.replace("vraagt u ons om (1) een", "stelt de adviesraad voor:\n- een")
        .replace("; (2) de", ";\n- de")
        .replace("; en (3) de", ";\n- de")
    )
    start = listed.index("Wij nemen")
    chosen = [("not_adopted", start, listed.index(".", start) + 1)]
    assert len(_listed_asks_decided_at_once(listed, chosen, "not_adopted")) == 3


def test_a_reaction_cell_is_decided_by_its_first_sentence_with_a_stance() -> None:
    """The verdict opens the cell; the explanation after it may hold other verbs ("af te zien
    van een boete") or a softener ("Wel gaan wij ...")."""
    from cp_textmine.classify.decision import points_from_tables

    rows = (
        ("Advies ASDM", "Reactie college"),
        ("1. Waarschuwing bij een eerste overtreding", "Dit advies volgen wij. De wet biedt de mogelijkheid om af te zien van een boete."),
        ("2. Hoger budget kindpakket", "Het budget verhogen wij niet. Wel gaan wij met jongeren in gesprek over de besteding."),
        ("3. Wijs op cliëntondersteuning", "Dat gebeurt al. De ontvangstbevestiging noemt de ondersteuning."),
        ("4. Hogere vrijlating", "Op dit punt nemen wij nu geen besluit. Het wetsvoorstel is nog niet behandeld."),
    )  # fmt: skip
    points = points_from_tables((Table(1, rows),))
    assert [label for _, label, _ in points] == ["adopted", "not_adopted", "noted", "noted"]


def test_paragraphs_opening_on_their_topic_or_the_ask_are_points() -> None:
    """'Over de vaste hulp. ...', 'Wat betreft de bewijsstukken: u adviseert ...', one
    paragraph per ask without numbers or a count: the points decide the letter, also when a
    topic starts on a new line of a paragraph without spacing."""
    text = (
        "Geachte mevrouw Kortenhoeven,\nOp 12 maart ontvingen wij uw advies over de hulp in de "
        "huishouding.\n"
        "Over de duur van de hulp. U stelt voor een ondergrens van twee uur per bezoek vast te\n"
        "leggen. Toch kiezen wij er niet voor om zo'n ondergrens in het contract op te nemen.\n"
        "Over de vaste hulp. Iedere keer een ander aan de deur is ingrijpend. Dit voorstel nemen\n"
        "wij volledig over. Het staat nu in het programma van eisen.\n"
        "Wat betreft de evaluatie: u adviseert de werkwijze na een jaar te evalueren. Dat is ook\n"
        "onze bedoeling; in de planning staat een evaluatie in het najaar.\n"
        "Ik hoop u hiermee voldoende te hebben geïnformeerd.\n"
        "Met vriendelijke groet,\n"
    )
    decision, _, points, _, _ = decide(doc(text))
    assert [label for _, label, _ in points] == ["not_adopted", "adopted", "noted"]
    assert decision == "partially_adopted"


def test_one_topic_paragraph_or_a_count_that_disagrees_makes_no_points() -> None:
    single = (
        "Geachte raad,\nOver de evaluatie. Wij nemen uw advies over.\n"
        "Wij danken u voor uw inzet.\nMet vriendelijke groet,\n"
    )
    assert decide(doc(single))[2] == []
    miscounted = (
        "Geachte raad,\nU doet ons vier voorstellen.\n"
        "Over de duur. Wij nemen dit voorstel over.\n"
        "Over de vaste hulp. Dit voorstel nemen wij niet over.\n"
        "Met vriendelijke groet,\n"
    )
    assert decide(doc(miscounted))[2] == []


def test_an_announcement_paragraph_going_on_without_a_stance_is_no_point() -> None:
    """'In deze brief laat ik u weten wat wij met uw twee aanbevelingen doen. Het college heeft
    de agenda op 10 juni vastgesteld.': the points start with the next paragraph."""
    text = (
        "Beste mevrouw Wijbenga,\nIn deze brief laat ik u weten wat wij met uw twee aanbevelingen "
        "doen. Het college heeft de\nagenda op 10 juni vastgesteld.\n"
        "Over de mantelzorgwaardering. U schrijft dat de bon een teken van erkenning is. Dat\n"
        "argument heeft ons overtuigd. De bon blijft bestaan.\n"
        "U vraagt ons ook meer geld vrij te maken voor respijtzorg. Toch kiezen wij er op dit\n"
        "moment niet voor het budget te verhogen.\n"
        "Met vriendelijke groet,\n"
    )
    decision, _, points, _, _ = decide(doc(text))
    assert [label for _, label, _ in points] == ["adopted", "not_adopted"]
    assert decision == "partially_adopted"


def test_a_cutback_dropped_is_the_advice_adopted_and_what_stays_is_no_refusal() -> None:
    text = (
        "Geachte heer Brouwers,\nUw raad adviseert ons de bijdrage in de premie niet te "
        "beëindigen. Het college heeft daarom besloten de bezuiniging niet door te voeren. De "
        "bijdrage blijft in 2025 ongewijzigd.\nMet vriendelijke groet,\n"
    )
    assert decide(doc(text))[0] == "adopted"


def test_a_sentence_runs_on_over_a_page_break() -> None:
    """'Wij nemen een besluit over | de grens ...' split by a page is one sentence; a page that
    ends a sentence still ends it."""
    first, second = "Geachte raad,\nWij nemen een besluit over", "de grens zodra het klaar is."
    pages = (Page(1, first, "text", len(first)), Page(2, second, "text", len(second)))
    text = DocText.from_pages(pages).text
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert any("Wij nemen een besluit over" in s and s.endswith("klaar is.") for s in sentences)
    ended = DocText.from_pages(
        (Page(1, "Wij nemen uw advies over.", "text", 25), Page(2, "de grens blijft.", "text", 16))
    ).text
    assert len(split_sentences(ended)) == 2


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Bij brief van 30 augustus 2023 vroeg u de ASDW om advies over het plan.", True),
        ("Bij brief van 30 augustus 2023 vroeg u de wet om advies te geven.", None),
    ],
)
def test_a_council_named_by_its_initials_was_asked(sentence: str, expected: bool | None) -> None:
    assert detect_requested(doc("Geacht college,\n" + sentence))[0] is expected


def test_a_row_broken_by_a_page_continues_under_the_repeated_header() -> None:
    """The next page's table opens under its repeated header with a row whose first cell is
    empty: its reaction goes on the last row of the page before, which it decides."""
    header = ("Advies van de raad", "Reactie van het college")
    first = Table(1, (header, ("1. Verhoog de grens naar € 1.000.", "Wij delen uw uitgangspunt,")))
    second = Table(
        2, (header, ("", "en nemen uw advies over."), ("2. Bel terug.", "Dat doen wij niet."))
    )
    from cp_textmine.classify.decision import points_from_tables

    assert [label for _, label, _ in points_from_tables((first, second))] == [
        "adopted",
        "not_adopted",
    ]


def test_asks_told_again_in_the_past_tense_open_their_paragraphs() -> None:
    """'U stelde voor ...', 'Uw tweede punt betrof ...', 'Ten slotte vroeg u om ...'."""
    text = (
        "Beste leden van de adviesraad,\nIn uw brief van 18 november vraagt u onze aandacht.\n"
        "U stelde voor de praktijkondersteuner in alle praktijken beschikbaar te maken. Met de\n"
        "huisartsen zijn inmiddels afspraken gemaakt.\n"
        "Uw tweede punt betrof de wachttijd. Wij nemen dat over.\n"
        "Ten slotte vroeg u om zicht op de wachttijden. Dat doen wij niet.\n"
        "Met hartelijke groet,\n"
    )
    decision, _, points, _, _ = decide(doc(text))
    assert [label for _, label, _ in points] == ["adopted", "adopted", "not_adopted"]
    assert decision == "partially_adopted"


def test_no_position_yet_on_the_counted_proposals_notes_each() -> None:
    text = (
        "Geachte voorzitter,\nWij hebben uw brief gelezen. Wij hebben daarom besloten nu nog geen "
        "standpunt in te nemen over de drie voorstellen in uw brief.\nMet vriendelijke groet,\n"
    )
    decision, _, points, _, _ = decide(doc(text))
    assert decision == "noted" and [label for _, label, _ in points] == ["noted"] * 3
    partly = "Geachte voorzitter,\nWij nemen twee van de drie voorstellen over.\nMet vriendelijke groet,\n"
    assert len(decide(doc(partly))[2]) != 3


def test_a_heading_over_each_counted_ask_makes_the_points() -> None:
    """'Noodfonds' / 'Energiecoaches' over the answers to 'uw twee voorstellen': one point per
    heading, the first sentence under it may be the answer itself."""
    text = (
        "Geachte heer Hoogendoorn,\nHieronder geven wij aan hoe wij tegen uw twee voorstellen "
        "aankijken.\n"
        "Noodfonds\nHier zijn wij het volledig met u eens. Het fonds gaat op 1 december open.\n"
        "Energiecoaches\nDit voorstel nemen wij niet over. De inzet blijft ongewijzigd.\n"
        "Met vriendelijke groet,\n"
    )
    decision, _, points, _, _ = decide(doc(text))
    assert [label for _, label, _ in points] == ["adopted", "not_adopted"]
    assert points[0][2].startswith("Noodfonds: Hier zijn wij")
    assert decision == "partially_adopted"


def test_background_headings_are_no_points_when_the_count_disagrees() -> None:
    text = (
        "Geachte mevrouw,\nU doet ons drie aanbevelingen.\n"
        "Hoe het vervoer is georganiseerd\nWij kunnen de afspraken niet eenzijdig wijzigen.\n"
        "Waar wij nu staan\nWij nemen uw aanbevelingen over.\n"
        "Met vriendelijke groet,\n"
    )
    assert decide(doc(text))[2] == []


def test_an_answer_under_each_quoted_recommendation_announced_for_each_of_them() -> None:
    """'Hieronder geven wij bij elk van uw vijf aanbevelingen aan wat wij ermee doen', then the
    recommendations numbered, each with the answer below it."""
    text = (
        "Geachte heer Verkade,\nHieronder geven wij bij elk van uw twee aanbevelingen aan wat wij "
        "ermee doen.\n1. Verhoog de draagkrachtvrije voet naar 120%.\nToch nemen wij deze "
        "aanbeveling niet over. Daarvoor is geen ruimte in de begroting.\n2. Verruim de termijn "
        "naar zes maanden.\nDeze aanbeveling nemen wij over.\nMet vriendelijke groet,\n"
    )
    decision, _, points, _, _ = decide(doc(text))
    assert [label for _, label, _ in points] == ["not_adopted", "adopted"]
    assert decision == "partially_adopted"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Toen u ons op 11 maart om een reactie vroeg, schreef u dat de ruimte beperkt is.", True),
        # someone asking how things go is no request for advice, nor its absence
        ("Wachten zonder dat iemand vraagt hoe het gaat, is zwaarder.", None),
        ("Wij schrijven u zonder dat u ons daarom heeft verzocht.", False),
        (
            "In het overleg van 14 januari heeft wethouder Francke de adviesraad gevraagd mee te kijken.",
            True,
        ),
        # the college acting of its own accord is no unasked advice
        ("Wij adviseren de toeslag uit eigen beweging uit te betalen.", None),
        # the request as a header field without a colon
        ("Adviesaanvraag e-mail van de beleidsadviseur Wmo, 9 december 2024", True),
        # asked for the council's view, and the advice answering that request
        (
            "In het overleg van 27 maart vroeg u ons of de adviesraad zijn zienswijze wilde geven.",
            True,
        ),
        ("Met deze memo voldoen wij aan dat verzoek.", True),
        ("Een inwoner vroeg ons naar de regels.", None),
    ],
)
def test_requested_told_in_a_clause_and_no_one_asking(sentence: str, expected: bool | None) -> None:
    text = f"Geacht college,\n{sentence}\nWij adviseren u de wachttijden te publiceren."
    assert detect_requested(doc(text))[0] is expected


def test_a_closing_heading_ends_the_answers_under_headings_and_a_later_count_is_none() -> None:
    text = (
        "Geachte mevrouw,\nU doet twee aanbevelingen.\n"
        "Overgangsperiode\nDat vinden wij een redelijk voorstel. De termijn wordt twaalf maanden.\n"
        "Uw rol in de aanbesteding\nDit voorstel nemen wij niet over.\n"
        "Tot slot\nWij danken u voor uw advies.\nMet vriendelijke groet,\n"
    )
    assert [label for _, label, _ in decide(doc(text))[2]] == ["adopted", "not_adopted"]
    sections = (
        "Geachte mevrouw,\nWat wij nu kunnen zeggen\nDe eerste twee voorstellen kosten geld.\n"
        "Mantelzorg\nWij nemen ze mee in de afweging bij de Voorjaarsnota.\n"
        "Langer thuis\nOver de consulent besluiten wij na de evaluatie.\nMet vriendelijke groet,\n"
    )
    assert decide(doc(sections))[2] == []


def test_a_letter_with_no_position_yet_on_most_points_is_noted() -> None:
    text = (
        "Geachte leden,\nDat betekent dat deze brief op de meeste punten nog geen standpunt "
        "bevat. Het derde voorstel nemen wij over. Ik zeg u toe dat u uiterlijk in juli een "
        "inhoudelijke reactie krijgt.\nMet vriendelijke groet,\n"
    )
    assert decide(doc(text))[0] == "noted"


def test_a_passive_act_with_a_strong_participle_answers_the_point_above_it() -> None:
    """'Dit wordt in de beleidsregels opgenomen' after 'U wijst terecht op ...' adopts the point
    (the college acts, in the passive, without naming itself)."""
    text = (
        "Geachte leden,\nHieronder leest u per punt hoe wij uw adviezen hebben gewogen.\n"
        "Ad 1. Eenvoudiger aanvragen\nU wijst terecht op de lengte van het formulier. Het telt "
        "nu twee pagina's. Dit wordt in de beleidsregels en in de communicatie naar inwoners "
        "opgenomen.\n"
        "Ad 2. Inkomensgrens\nU vraagt de grens te verhogen. Dit voorstel nemen wij niet over.\n"
        "Met vriendelijke groet,\n"
    )
    assert [label for _, label, _ in decide(doc(text))[2]] == ["adopted", "not_adopted"]


def _labels_of(text: str) -> list[str]:
    return [label for _, label, _ in decide(doc(text))[2]]


def test_headings_the_letter_announces_are_points_without_a_count() -> None:
    """'Hieronder reageren wij onder een kopje per onderwerp': every heading after that is an
    ask, also one at the foot of a page whose prose goes on after the page break."""
    text = (
        "Geachte heer Dijkstra,\nDank voor uw advies van 3 mei. Hieronder reageren wij onder een "
        "kopje per onderwerp dat u noemt.\n"
        "Vaste contactpersoon voor iedere klant\n"
        "U stelt voor iedere klant een vaste consulent te geven. Dit advies nemen wij niet over.\n"
        "Drempel voor de reiskosten\n"
        "Het concept vergoedde reiskosten pas vanaf tien kilometer. Wij hebben de drempel "
        "geschrapt.\n"
        "Uitleg bij de beschikking\n\x0c\n"
        "Uw raad vindt de beschikkingen te moeilijk. Daarom passen wij de teksten aan.\n"
        "Tot slot\nWij danken u voor uw inzet.\nMet vriendelijke groet,\n"
    )
    assert _labels_of(text) == ["not_adopted", "adopted", "adopted"]
    unannounced = text.replace(
        "Hieronder reageren wij onder een kopje per onderwerp dat u noemt.", ""
    )
    assert _labels_of(unannounced) != ["not_adopted", "adopted", "adopted"]


def test_headings_after_adopting_every_ask_are_adopted_even_when_they_only_tell_how() -> None:
    text = (
        "Geachte mevrouw Smit,\nWij laten u graag weten dat wij al uw aanbevelingen overnemen. "
        "Per aanbeveling leest u hieronder hoe wij dat doen.\n"
        "Jongeren uitdrukkelijk noemen in de regeling voor de mantelzorgwaardering\n"
        "De waardering staat vanaf volgend jaar open voor jongeren vanaf twaalf jaar die thuis "
        "voor een ouder zorgen.\n"
        "Eén loket voor respijtzorg\n"
        "Vanaf 1 juni kunnen mantelzorgers met al hun vragen over vervangende zorg bij het "
        "steunpunt terecht.\n"
        "Met vriendelijke groet,\n"
    )
    assert _labels_of(text) == ["adopted", "adopted"]


def test_paragraphs_opening_on_a_run_in_lead_are_points() -> None:
    text = (
        "Geachte heer Wolters,\nWij hebben besloten uw advies in zijn geheel over te nemen. "
        "Concreet betekent dit het volgende.\n\n"
        "Huisbezoek na een signaal. Vanaf januari krijgt iedere inwoner na een melding binnen "
        "twee weken een huisbezoek aangeboden.\n\n"
        "Duidelijkheid tijdens het wachten. Iedere aanvrager krijgt binnen drie dagen een "
        "bevestiging met de datum van het eerste gesprek.\n"
        "Een vaste bijdrage voor de thuisadministratie. In de begroting is een vast bedrag "
        "opgenomen voor de vrijwilligers.\n\n"
        "Met vriendelijke groet,\n"
    )
    assert _labels_of(text) == ["adopted", "adopted", "adopted"]
    # a letter that counts five asks and has two transitions ("Dan de brieven.") has no such list
    counted = text.replace(
        "Wij hebben besloten uw advies", "U deed ons vijf adviezen. Wij hebben besloten uw advies"
    )
    assert _labels_of(counted) == []


def test_a_retold_view_of_the_council_and_the_letters_summary_are_not_a_points_answer() -> None:
    """'Volgens uw raad moet ...' retells the ask, so a passive verdict after it answers the
    point; 'Zoals u ziet, ...' after the last point sums up the letter and is not the point's."""
    text = (
        "Geachte leden,\nHieronder gaan wij in de volgorde van uw brief op de twee punten in.\n"
        "1. Volgens uw raad moet het verslag binnen tien werkdagen bij de inwoner zijn. Tien "
        "werkdagen is niet haalbaar. Wij hebben gekozen voor vijftien werkdagen. Daarmee is uw "
        "advies gedeeltelijk overgenomen.\n"
        "2. U stelt voor de regels na een jaar te evalueren. Graag.\n"
        "Zoals u ziet, hebben wij veel van uw advies verwerkt. Op het eerste punt komen wij u "
        "niet helemaal tegemoet.\n"
        "Met vriendelijke groet,\n"
    )
    assert _labels_of(text) == ["partially_adopted", "adopted"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the rules already say it; the negation is part of what they say
        (
            "Artikel 6, lid 3, bepaalt al dat van gebruikelijke hulp geen sprake is bij overbelasting.",
            "noted",
        ),
        ("Wij hebben de drempel voor de reiskosten geschrapt.", "adopted"),
    ],
)
def test_what_the_rules_already_say_and_what_was_taken_out(sentence: str, expected: str) -> None:
    assert classify_sentence(sentence) == expected


def test_asks_told_on_lines_of_their_own_as_many_as_counted_are_points() -> None:
    text = (
        "Beste heer Hofstee,\nU doet mij drie voorstellen. Ik loop ze hieronder met u langs.\n"
        "Eén vast aanspreekpunt bij de gemeente voor klachten over het vervoer.\n"
        "Daar ga ik in mee. Vanaf januari kunnen inwoners bij een vaste medewerker terecht.\n"
        "Een kortere marge tussen de afgesproken en de werkelijke ophaaltijd.\n"
        "Hier kan ik u maar ten dele tegemoetkomen. De marge ligt regionaal vast.\n"
        "Pashouders op papier vertellen hoe zij kunnen klagen.\n"
        "Dit gebeurt inmiddels al. In september kregen alle pashouders een brief.\n"
        "Met hartelijke groet,\n"
    )
    assert _labels_of(text) == ["adopted", "partially_adopted", "noted"]
    # a count that disagrees with the lines makes no points of them
    assert _labels_of(text.replace("drie voorstellen", "vier voorstellen")) == []


def test_paragraphs_on_the_asks_after_following_the_advice_whole_are_adopted() -> None:
    """A paragraph that opens on the ask and only tells what is being done ('Het team werkt aan
    een folder') is adopted when the letter has just followed the advice as a whole."""
    text = (
        "Geachte mevrouw Dijkhuis,\nWij kunnen u melden dat wij het in zijn geheel volgen.\n\n"
        "U wees erop dat de inkomensgrens te laag lag. Ook op dit punt zijn wij met u meegegaan.\n\n"
        "Tot slot adviseerde u een publieksversie te maken. Het team Communicatie werkt aan een "
        "folder in eenvoudige taal.\n\nMet vriendelijke groet,\n"
    )
    assert _labels_of(text) == ["adopted", "adopted"]
    undecided = text.replace("Wij kunnen u melden dat wij het in zijn geheel volgen.", "Dank.")
    assert _labels_of(undecided) == []


def test_a_short_subject_in_the_answer_links_to_the_advice_whose_title_runs_on() -> None:
    from cp_textmine.classify.link import CandidateIndex, assign_links

    long_title = Candidate(
        "a9", None, date(2023, 3, 20), "Ede", "Raad",
        "Advies in het kort: brieven van Werk en Inkomen moeten begrijpelijker en korter",
    )  # fmt: skip
    answer = _response(subject="uw advies over de brieven van Werk en Inkomen")
    links = assign_links([answer], CandidateIndex([*ADVICES, long_title]))
    assert links[0].advice_doc_id == "a9"


def test_lettered_asks_after_a_per_point_announcement_are_points() -> None:
    text = (
        "Geachte mevrouw Mulder,\nHieronder lichten wij per onderdeel toe hoe wij met uw advies "
        "omgaan.\n"
        "a. U adviseert ook signalen van zorgverzekeraars mee te nemen. Wij nemen dit over.\n"
        "b. Ervaringsdeskundigen moeten volgens u een vaste plek krijgen. Dat vinden wij een "
        "waardevolle aanvulling. Wij gaan samen met de vrijwilligers een pool opzetten.\n"
        "c. U vraagt een hogere inkomensgrens. Dit advies volgen wij niet.\n"
        "Met vriendelijke groet,\n"
    )
    assert _labels_of(text) == ["adopted", "adopted", "not_adopted"]


def test_paragraphs_in_the_order_the_letter_announced_are_points_up_to_the_thanks() -> None:
    text = (
        "Geachte heer De Vries,\nWij gaan hieronder in dezelfde volgorde als uw advies op uw "
        "voorstellen in.\n\n"
        "Allereerst stelt u een jaarlijkse schouw voor. Dat voorstel nemen wij graag over.\n\n"
        "Daarnaast vraagt u om meer parkeerplaatsen. Dat punt is inmiddels al opgepakt.\n\n"
        "Over de ringleiding in de raadzaal komen wij u voor een deel tegemoet.\n\n"
        "Wij danken u voor de energie die u in dit advies heeft gestoken.\n\n"
        "Met vriendelijke groet,\n"
    )
    assert _labels_of(text) == ["adopted", "noted", "partially_adopted"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wij nemen op dit moment dan ook geen besluit over uw drie voorstellen.", "noted"),
        ("Dit loopt dus al; wij zetten het in het nieuwe programma ongewijzigd voort.", "noted"),
        ("Dat vinden wij een waardevolle aanvulling.", "adopted"),
    ],
)
def test_no_decision_yet_already_under_way_and_a_welcome_addition(
    sentence: str, expected: str
) -> None:
    assert classify_sentence(sentence, require_actor=False) == expected


def test_a_three_column_table_with_what_changes_and_a_verdict_on_the_whole_of_the_asks() -> None:
    """'Wat verandert er?' heads a column of changes, not of verdicts, and a reaction's verdict on
    the advice itself ('Dit advies nemen wij daarom gedeeltelijk over') wins over what it does
    meanwhile ('Wel verhogen wij ...')."""
    rows = (
        ("", "Advies van de adviesraad", "Reactie college", "Wat verandert er?"),
        ("1", "Verhoog de inkomensgrens.", "Een verhoging voor alle regelingen past niet. Wel "
         "verhogen wij de grens voor kinderen. Dit advies nemen wij daarom gedeeltelijk over.",
         "Inkomensgrens Kindpakket naar 125% per 1 januari 2025."),
        ("2", "Geef één contactpersoon.", "Wij nemen dit advies over.", "Paragraaf 4.2 wordt aangevuld."),
    )  # fmt: skip
    text = "Geachte leden,\nHieronder onze reactie.\nMet vriendelijke groet,\n"
    assert [p[1] for p in decide(doc(text), (Table(1, rows),))[2]] == [
        "partially_adopted",
        "adopted",
    ]


def test_declining_every_ask_at_once_decides_over_carrying_out_the_own_plan() -> None:
    text = (
        "Geachte mevrouw Smit,\nNa zorgvuldige overweging hebben wij besloten uw vier adviezen niet "
        "over te nemen. Wij voeren de wijzigingen dus per 1 januari 2025 in.\nMet vriendelijke groet,\n"
    )
    assert decide(doc(text))[0] == "not_adopted"


def test_points_skipped_under_the_advices_own_numbers_are_noted_up_to_the_count() -> None:
    text = (
        "Geachte heer Schiphorst,\nUw advies bevat vier aanbevelingen. Wij houden daarbij de "
        "nummering van uw advies aan.\n"
        "1. Persoonlijk gesprek\nWij nemen deze aanbeveling over.\n"
        "2. Tegenprestatie\nDeze aanbeveling nemen wij niet over.\n"
        "4. Evaluatie\nDit advies nemen wij over.\nMet vriendelijke groet,\n"
    )
    assert _labels_of(text) == ["adopted", "not_adopted", "noted", "adopted"]
    # without the letter's count a gap may be a point not read: no guess
    assert _labels_of(text.replace("Uw advies bevat vier aanbevelingen. ", "")) == [
        "adopted",
        "not_adopted",
        "adopted",
    ]


def test_after_adopting_the_whole_advice_a_paragraph_per_named_ask_is_a_point() -> None:
    text = (
        "Beste heer Zwiep,\nOm met de kern te beginnen: wij nemen uw advies in zijn geheel over.\n\n"
        "U wijst er terecht op dat veel huishoudens geen gebruik maken van regelingen. Zij krijgen "
        "voortaan een persoonlijke brief.\n\n"
        "Ook uw voorstel om de inkomensgrens op te trekken hebben wij overgenomen.\n\n"
        "De drempel van losse aanvragen nemen we weg. Er komt één formulier.\n\n"
        "Tot slot heeft u gelijk dat het plan concreter moest. Ieder jaar bespreken wij de "
        "voortgang met uw raad, voor het eerst in 2026.\n\n"
        "Ik dank u hartelijk voor uw betrokkenheid.\n\nMet vriendelijke groet,\n"
    )
    assert _labels_of(text) == ["adopted"] * 4
    # paragraphs that mostly name no ask tell the background: no points from them
    background = (
        "Beste heer Zwiep,\nWij nemen uw advies in zijn geheel over.\n\n"
        "Het plan is in juni door de raad besproken.\n\nDe kosten zijn in de begroting verwerkt.\n\n"
        "Zoals u voorstelt, beginnen wij in het najaar.\n\nMet vriendelijke groet,\n"
    )
    assert _labels_of(background) == []


def test_every_counted_ask_already_in_force_is_noted_point_by_point() -> None:
    """'dat de drie maatregelen die u voorstelt hier al gelden' decides over the sentences that
    then tell what was done, some of them in words of acting."""
    text = (
        "Geachte mevrouw Bos,\nWij onderschrijven uw uitgangspunt. Wij kunnen u melden dat de drie "
        "maatregelen die u voorstelt hier al gelden. Toen wij dit voorjaar overstapten op een nieuw "
        "systeem, is in alle sjablonen vastgelegd dat de brief de naam van de consulent noemt."
        "\nMet vriendelijke groet,"
    )
    decision, _, points, _, _ = decide(doc(text))
    assert decision == "noted"
    assert [label for _, label, _ in points] == ["noted"] * 3


def test_the_letters_own_balance_decides_per_saldo() -> None:
    """'Per saldo leidt uw advies niet tot wijzigingen, maar wel tot een duidelijker
    beschrijving van wat er al gebeurt': the letter sums itself up as taking note."""
    text = (
        "Geachte leden van de adviesraad,\nEen groot deel van wat u voorstelt gebeurt al. Een "
        "hoger compliment past niet binnen de begroting. In de notitie nemen wij een passage op "
        "over de bestaande werkwijze. Per saldo leidt uw advies dus niet tot inhoudelijke "
        "wijzigingen, maar wel tot een duidelijker beschrijving van wat er al gebeurt."
        "\nMet vriendelijke groet,"
    )
    assert decide(doc(text))[0] == "noted"


POINT_READINGS = {
    # the advice's own imperative restated over each answer; an instruction to the reader is none
    "restated orders": (
        "Geachte heer Jansen,\n\n"
        "Dank voor uw advies over de nieuwe regels voor het vervoer. Hieronder gaan wij op elk van "
        "uw adviezen in en noemen steeds eerst uw advies.\n\n"
        "Verkort de reservering van de taxi tot een uur van tevoren.\n\n"
        "Dat nemen wij over. De vervoerder past de planning per 1 mei aan.\n\n"
        "Schaf de eigen bijdrage voor begeleiders af.\n\n"
        "Dat doen wij niet. De bijdrage is laag en dekt een deel van de kosten.\n\n"
        "Betrek de raad bij de evaluatie van het contract.\n\n"
        "Wij nemen dit advies over en nodigen u uit voor de eerste bespreking.\n\n"
        "Neem bij vragen gerust contact op met onze beleidsadviseur.\n\n"
        "Met vriendelijke groet,\nhet college van burgemeester en wethouders"
    ),
    # "... en neemt het volledig over. Hieronder licht ik per onderwerp toe hoe": each heading's
    # block tells how, which is adopting that ask too
    "headings per subject after adopting all": (
        "Beste mevrouw De Vries,\n\n"
        "Het college heeft uw advies over de jongerenwerkplaats besproken en neemt het volledig "
        "over. Hieronder licht ik per onderwerp toe hoe wij dat gaan doen.\n"
        "Openingstijden\n"
        "Vanaf september is de werkplaats ook op zaterdag open.\n"
        "Begeleiding\n"
        "Twee jongerenwerkers krijgen er vaste uren bij.\n"
        "Met vriendelijke groet,\nde wethouder"
    ),
    # under a heading the answer opens on the ask told again ("Tot slot adviseert u om ... te
    # laten uitvoeren"): the ask's verbs are the council's; the refusal after it decides
    "a heading's block retelling the ask": (
        "Geachte raad,\n\n"
        "Hieronder reageren wij op uw advies, onder een kopje per onderwerp.\n"
        "Folder\n"
        "U vraagt om een folder in eenvoudige taal. Dat nemen wij over.\n"
        "Telefonische bereikbaarheid\n"
        "Tot slot adviseert u om een jaarlijkse meting te laten uitvoeren en de cijfers te "
        "publiceren. Een aparte meting laten wij echter niet uitvoeren. De centrale registreert "
        "de wachttijd al.\n"
        "Met vriendelijke groet,\nburgemeester en wethouders"
    ),
    # "Punt c", "Punt a", "Punt b" as headings: each answer goes to its own letter
    "the advice's letters in another order": (
        "Geachte raad,\n\nWij gaan hieronder per punt op uw advies in, te beginnen met wat het "
        "meest urgent is.\n"
        "Punt c\nDe extra nachtopvang in de winter nemen wij over.\n"
        "Punt a\nEen vaste doelstelling voor woningen nemen wij niet over; de markt is te krap.\n"
        "Punt b\nDit gebeurt al: elke cliënt heeft nu een vaste contactpersoon.\n"
        "Met vriendelijke groet,\nburgemeester en wethouders"
    ),
}
POINT_EXPECTED = {
    "restated orders": [(1, "adopted"), (2, "not_adopted"), (3, "adopted")],
    "headings per subject after adopting all": [(1, "adopted"), (2, "adopted")],
    "a heading's block retelling the ask": [(1, "adopted"), (2, "not_adopted")],
    "the advice's letters in another order": [(1, "not_adopted"), (2, "noted"), (3, "adopted")],
}


@pytest.mark.parametrize("case", list(POINT_READINGS))
def test_point_readings_of_rounds_38_to_40(case: str) -> None:
    _, _, points, _, _ = decide(doc(POINT_READINGS[case]))
    assert [(n, label) for n, label, _ in points] == POINT_EXPECTED[case]


def test_a_refusal_followed_by_its_explanation_is_motivated() -> None:
    """ "... geen van beide voorstellen over te nemen. ... wij leggen graag uit hoe wij tot deze
    keuze zijn gekomen.": the letter gives its reasons."""
    letter = (
        "Geachte mevrouw Smit,\n\nU stelt ons twee dingen voor: gratis busvervoer en een proef "
        "in één wijk.\n\nNa zorgvuldige afweging hebben wij besloten geen van beide voorstellen "
        "over te nemen. Wij beseffen dat dit teleurstelt, en wij leggen graag uit hoe wij tot "
        "deze keuze zijn gekomen.\n\nHoogachtend,\nburgemeester en wethouders"
    )
    decision, _, _, _, motivated = decide(doc(letter))
    assert (decision, motivated) == ("not_adopted", True)


def test_requested_from_a_late_relative_clause_and_not_from_anothers_initiative() -> None:
    """The only sign, in the last paragraph, a relative clause across the opening's end ("dit
    advies, waar wethouder Van der Plas ons ... om vroeg"); "laat de contactpersoon uit
    zichzelf contact opnemen" is someone else acting unasked, no word on the advice."""
    ending = (
        "\n\nLaat de contactpersoon uit zichzelf contact opnemen met de ouders.\n\n"
        "Graag vernemen wij hoe u met dit advies, waar wethouder Van der Plas ons tijdens het "
        "overleg van 3 april jl. om vroeg, wilt omgaan.\n\nMet vriendelijke groet,\nde voorzitter"
    )
    filler = "Wij zien dat jongeren lang wachten op hulp. " * 80
    # the opening's 3,000 characters end inside the relative clause
    body = filler[: 2980 - len("Geacht college,\n\n") - ending.index("waar wethouder")]
    letter = f"Geacht college,\n\n{body}{ending}"
    assert letter.index("waar wethouder") < 3000 < letter.index("om vroeg")
    assert detect_requested(doc(letter))[0] is True


def test_a_consequence_column_that_puts_the_choice_off_is_no_change() -> None:
    """ "Gevolg voor de nota: verkenning opgenomen; besluit later" plans a study: the point is
    deferred (noted), not taken up."""
    from cp_textmine.classify.decision import points_from_tables

    rows = (
        ("Advies", "Reactie van het college", "Gevolg voor de nota"),
        ("a. Scholen", "Wij nemen dit advies over.", "Actie toegevoegd aan paragraaf 2."),
        ("b. Logeerhuis", "Wij laten eerst een verkenning uitvoeren en besluiten daarna.",
         "Verkenning opgenomen in het uitvoeringsplan; besluit later."),
        ("c. Compliment", "Wij begrijpen uw wens.", "Twee varianten; keuze volgt bij begroting."),
    )  # fmt: skip
    points = points_from_tables((Table(1, rows),))
    assert [label for _, label, _ in points] == ["adopted", "noted", "noted"]


def test_paragraphs_led_by_their_theme_in_other_words_are_points() -> None:
    """'Wat de bereikbaarheid betreft:', 'Over de wachttijd ... het volgende.', 'Tot slot de
    brieven.': each opens an answer to one ask; a part done by volunteers ("grotendeels
    uitgevoerd door") is no partial adoption."""
    text = (
        "Geachte leden van de cliëntenraad,\nDank voor uw advies over onze dienstverlening.\n"
        "Wat de telefonische bereikbaarheid betreft: u heeft gelijk. Wij hebben daarom besloten\n"
        "uw advies over te nemen; de lijn is voortaan de hele dag open.\n"
        "Over de wachttijd bij een aanvraag om bijstand het volgende. Een automatisch voorschot\n"
        "gaan wij niet invoeren.\n"
        "Tot slot de brieven. Wij nemen uw advies over: de brieven worden herschreven en dat werk\n"
        "wordt grotendeels uitgevoerd door ervaringsdeskundigen.\n"
        "Met vriendelijke groet,\n"
    )
    decision, _, points, _, _ = decide(doc(text))
    assert [label for _, label, _ in points] == ["adopted", "not_adopted", "adopted"]
    assert decision == "partially_adopted"
    assert (
        classify_sentence(
            "Wij nemen uw advies over: de nazorg wordt grotendeels uitgevoerd door vrijwilligers."
        )
        == "adopted"
    )


def test_a_table_without_a_head_row_keeps_its_first_numbered_point() -> None:
    from cp_textmine.classify.decision import points_from_tables

    rows = (
        ("1", "Licht het begrip toe in de beleidsregels.", "Overgenomen. Artikel 3.2 bevat nu een omschrijving."),
        ("2", "Noem de cliëntondersteuner in iedere uitnodiging.", "Akkoord. De uitnodiging is aangepast."),
        ("3", "Verhoog het tarief voor hulp uit het netwerk.", "Dit advies nemen wij niet over."),
    )  # fmt: skip
    points = points_from_tables((Table(1, rows),))
    assert [label for _, label, _ in points] == ["adopted", "adopted", "not_adopted"]


def test_a_reaction_labelled_in_capitals_without_a_colon_under_each_numbered_ask() -> None:
    text = (
        "Geachte mevrouw Verbiest,\nHieronder licht ik elk advies toe.\n"
        "1. Publiceer de wachttijden per aanbieder op de website.\n"
        "REACTIE De inkoop is belegd bij de regio. Ik neem uw advies mee naar het regionale "
        "overleg.\n"
        "2. Geef ieder gezin één vaste contactpersoon.\nREACTIE Dit neem ik over.\n"
        "3. Maak de klachtenprocedure eenvoudiger.\nREACTIE Dit advies neem ik niet over.\n"
        "Met vriendelijke groet,"
    )
    points = [label for _, label, _ in response_facts(doc(text), None, ())[0].point_decisions]
    assert points == ["noted", "adopted", "not_adopted"]


def test_asks_quoted_in_full_as_headings_as_many_as_the_letter_counts() -> None:
    text = (
        "Geachte heer Kosten,\nU doet ons drie voorstellen. Wij gaan hieronder op elk ervan in.\n"
        "Sluit als gemeente aan bij de landelijke Week tegen Eenzaamheid in het najaar\n"
        "Dat doen wij inmiddels. Vorig najaar waren er een koffieochtend en een wandeling.\n"
        "Stel een eenzaamheidscoördinator aan die activiteiten in de kernen met elkaar verbindt\n"
        "Die taak hebben wij bij de welzijnsorganisatie belegd. Wij zullen uw voorstel inbrengen "
        "in het subsidiegesprek over 2026.\n"
        "Stel voor de uitvoering van de aanpak een apart budget beschikbaar van vijftigduizend euro\n"
        "Een apart budget stellen wij niet beschikbaar. De maatregelen worden betaald uit de "
        "bestaande budgetten.\n"
        "Met vriendelijke groet,"
    )
    points = [label for _, label, _ in response_facts(doc(text), None, ())[0].point_decisions]
    assert points == ["noted", "noted", "not_adopted"]


def test_points_headed_with_the_advices_own_number_keep_it_when_answered_out_of_order() -> None:
    text = (
        "Geachte leden,\nWij behandelen uw voorstellen niet in de volgorde van uw advies.\n"
        'Uw voorstel 2 – reiskosten\n"Vergoed de reiskosten."\nDit voorstel nemen wij over.\n'
        'Uw voorstel 1 – een vaste klantmanager\n"Wijs iedereen een klantmanager toe."\n'
        "Dit voorstel nemen wij niet over.\nMet vriendelijke groet,"
    )
    points = response_facts(doc(text), None, ())[0].point_decisions
    assert [(n, label) for n, label, _ in points] == [(2, "adopted"), (1, "not_adopted")]


def test_a_table_whose_reader_broke_a_numbered_point_into_lines_joins_them() -> None:
    from cp_textmine.classify.decision import points_from_tables

    rows = (
        ("Advies Wmo-raad", "Reactie college"),
        ("1 Laat in 2025 een toegankelijkheidsscan", "Dit advies nemen wij over. De scan wordt"),
        ("uitvoeren van alle openbare gebouwen,", "in de eerste helft van 2025 uitgevoerd."),
        ("waaronder het gemeentehuis.", "De uitkomsten nemen wij over in het plan."),
        ("2 Betrek ervaringsdeskundigen bij ontwerpen.", "Dit advies nemen wij niet over."),
        ("3 Zorg voor een aangepast toilet.", "Dit advies nemen wij gedeeltelijk over."),
    )
    points = points_from_tables((Table(1, rows),))
    assert [label for _, label, _ in points] == ["adopted", "not_adopted", "partially_adopted"]


def test_a_reaction_cell_decides_by_the_sentence_naming_the_advice_not_an_inwoners_request() -> (
    None
):
    from cp_textmine.classify.decision import points_from_tables

    rows = (
        ("Nr.", "Advies", "Reactie college"),
        (
            "1",
            "Voer herindicaties altijd uit via een huisbezoek.",
            "Een inwoner die liever een huisbezoek wil, kan daarom vragen; dat verzoek wordt "
            "ingewilligd. Een huisbezoek in alle gevallen past niet binnen de capaciteit. Wij "
            "nemen dit advies niet over.",
        ),
        ("2", "Vermeld de cliëntondersteuning.", "Dit advies nemen wij over."),
    )
    points = points_from_tables((Table(1, rows),))
    assert [label for _, label, _ in points] == ["not_adopted", "adopted"]


def test_already_done_and_a_policy_change_not_needed_is_noted_and_a_summing_up_ends_the_last_point() -> (
    None
):
    from cp_textmine.classify.decision import points_from_text

    text = (
        "Hieronder gaan wij per punt op uw advies in.\n"
        "1. Betrek ook de signalen van het drinkwaterbedrijf.\nReactie. Dit gebeurt al. Wij zien "
        "uw aanbeveling als een bevestiging; een beleidswijziging is hiervoor niet nodig.\n"
        "2. Bespreek de uitkomsten elk jaar met de raad.\nDit advies neem ik graag over.\n"
        "Alles overziend neem ik een van uw twee adviezen over.\nMet vriendelijke groet,"
    )
    assert [label for _, label, _ in points_from_text(text)] == ["noted", "adopted"]


def test_the_decision_taken_on_a_point_outweighs_what_is_promised_around_it() -> None:
    from cp_textmine.classify.decision import points_from_text

    text = (
        "Hieronder ga ik op elk daarvan in.\n"
        "1. Inkomensgrens\nDaarover verschillen wij niet van mening. Toch heb ik besloten de grens "
        "van 120 procent te handhaven. Wel wordt in het plan een passage toegevoegd. Ik zeg u toe "
        "dat uw raad bij de evaluatie wordt betrokken.\n"
        "2. Kindpakket\nOok hiermee stem ik in.\n"
    )
    assert [label for _, label, _ in points_from_text(text)] == ["not_adopted", "adopted"]


def test_declining_what_is_asked_and_offering_something_smaller_instead_is_not_adopted() -> None:
    text = (
        "Geachte leden,\nU adviseert de zoektermijn voor jongeren niet langer toe te passen. Wij "
        "delen uw zorg. Toch kunnen wij niet doen wat u vraagt: de termijn volgt uit de wet. Wel "
        "willen wij binnen die grenzen doen wat mogelijk is. Wij zeggen u het volgende toe: iedere "
        "jongere krijgt binnen drie dagen een gesprek.\nMet vriendelijke groet,"
    )
    assert decide(doc(text))[0] == "not_adopted"


def test_the_advice_received_on_a_date_not_the_colleges_request_of_another() -> None:
    text = (
        "Geachte heer Te Winkel,\nNaar aanleiding van ons verzoek om advies van 28 april 2025 "
        "ontvingen wij op 2 juni jl. uw advies over de concept minimanota. Wij danken u."
    )
    assert cited_advice(doc(text), date(2025, 7, 15))[1] == date(2025, 6, 2)


def test_a_row_broken_over_lines_in_lower_case_under_a_numbers_column_joins_the_row_above() -> None:
    from cp_textmine.classify.decision import points_from_tables

    rows = (
        ("", "Advies", "Reactie college", "Verwerking"),
        ("1", "Werk de visie per kern uit.", "Wij zijn het met u eens.", "Overgenomen"),
        (
            "2",
            "Voorrang voor ouderen uit de",
            "Wij begrijpen de wens, maar nemen dit advies niet",
            "Niet",
        ),
        ("Gemee", "eigen kern.", "over. Er is geen verordening.", "overgenomen"),
        ("3", "Een klankbordgroep.", "Dit nemen wij over.", "Overgenomen"),
    )
    points = points_from_tables((Table(1, rows),))
    assert [label for _, label, _ in points] == ["adopted", "not_adopted", "adopted"]


def test_the_decision_to_adopt_the_advice_outweighs_the_conditions_the_college_sets() -> None:
    text = (
        "Geachte leden,\nWij vinden het een goed idee om de ondersteuning dichter bij de mensen "
        "te brengen, en wij hebben besloten uw advies over te nemen. Daaraan verbinden wij "
        "voorwaarden. Uitbreiding van de formatie is op dit moment niet aan de orde.\n"
        "Met vriendelijke groet,"
    )
    assert decide(doc(text))[0] == "adopted"


def test_taking_no_decision_about_it_is_no_refusal_to_adopt() -> None:
    """ "er een besluit over te nemen" takes a decision; "over te nemen" is no adopting there."""
    text = (
        "Geachte mevrouw Smeets,\nHet streekvervoer is een taak van de provincie. Het is dan "
        "ook niet aan ons om er een besluit over te nemen, en wij nemen uw advies voor "
        "kennisgeving aan.\nMet vriendelijke groet,"
    )
    assert decide(doc(text))[0] == "noted"


def test_parts_of_the_revised_plan_changed_per_proposal_adopt_each() -> None:
    from cp_textmine.classify.decision import points_from_text

    text = (
        "Hieronder leest u per voorstel wat er in het plan is veranderd.\n"
        "1. Meer aandacht voor jonge mantelzorgers\nU vroeg om een eigen aanpak.\n"
        "Aanpassing: in hoofdstuk 2 is een nieuwe paragraaf 2.5 over jonge mantelzorgers "
        "opgenomen.\n"
        "2. Een vaste contactpersoon\nU vroeg om één aanspreekpunt.\n"
        "Aanpassing: paragraaf 4.1 is herschreven.\nMet vriendelijke groet,"
    )
    assert [label for _, label, _ in points_from_text(text)] == ["adopted", "adopted"]


def test_a_later_review_of_an_ask_adopted_with_all_the_others_is_no_deferral() -> None:
    text = (
        "Geachte heer Ramakers,\nWij nemen uw advies volledig over. Per onderdeel lichten wij "
        "kort toe hoe wij dit aanpakken.\n\nInloop. Vanaf 1 maart houdt het wijkteam elke "
        "maandag een inloopspreekuur in de bibliotheek. Na een jaar bekijken wij samen met u of "
        "de tijden goed aansluiten.\n\nBereikbaarheid. Het wijkteam is vanaf 1 maart de hele "
        "werkdag telefonisch bereikbaar.\n\nMet vriendelijke groet,"
    )
    assert [label for _, label, _ in decide(doc(text))[2]] == ["adopted", "adopted"]


def test_what_tipped_the_balance_is_a_reason_for_not_adopting() -> None:
    text = (
        "Geachte leden,\nNa die afweging hebben wij besloten vast te houden aan het voorstel "
        "zoals wij het u hebben voorgelegd. Doorslaggevend is voor ons het geringe gebruik van "
        "de spreekuren in de dorpen.\nMet vriendelijke groet,"
    )
    decision, _, _, _, motivated = decide(doc(text))
    assert (decision, motivated) == ("not_adopted", True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In het overleg van 4 maart heeft de wethouder de adviesraad uitgenodigd om zijn "
         "zienswijze te geven op de bezuinigingen.", True),
        ("Datum 2 april 2025\nNaar aanleiding van: verzoek van de wethouder in het overleg van "
         "4 maart\n1 Inleiding\nDe bezuinigingen raken veel inwoners.", True),
        ("Geacht college,\nDe cliëntenraad wil in deze brief uw aandacht vragen voor inwoners "
         "die na een opname geen woning vinden.", False),
    ],
)  # fmt: skip
def test_requested_from_an_invitation_or_a_request_field_unasked_from_raising_a_matter(
    text: str, expected: bool
) -> None:
    assert detect_requested(doc(text))[0] is expected


def test_a_plea_by_the_council_counts_and_questions_it_calls_no_advice_do_not() -> None:
    text = (
        "Geacht college,\nWij hebben enkele vragen.\n1. Hoeveel bezwaren kwamen er binnen?\n"
        "2. Hoeveel klachten gingen over de toegang?\nDeze vragen zijn geen advies, maar wij "
        "zouden het op prijs stellen als de antwoorden in de evaluatie worden verwerkt.\n"
        "De adviesraad bepleit dat de begeleiding na een verhuizing de eerste zes maanden door "
        "een vertrouwde begeleider wordt geboden.\nMet vriendelijke groet,"
    )
    n, evidence = count_recommendations(doc(text))
    assert n == 1
    assert "bepleit" in evidence[0].snippet


def test_a_verdict_after_the_points_title_decides_the_point() -> None:
    from cp_textmine.classify.decision import points_from_text

    text = (
        "U gaf ons drie adviezen. Hieronder lichten wij dat per advies toe.\n"
        "1. Een plan van de inwoner — overgenomen\nHet plan wordt voortaan in het gesprek zelf "
        "opgesteld. Wij bespreken het jaarlijks.\n"
        "2. Werken moet lonen — gedeeltelijk overgenomen\nIedere inwoner krijgt een berekening "
        "vooraf. Loonstroken binnen vijf dagen verwerken kunnen wij niet toezeggen.\n"
        "3. Volgen en bijsturen – overgenomen\nWij brengen jaarlijks een rapportage uit.\n"
        "Met vriendelijke groet,"
    )
    labels = [label for _, label, _ in points_from_text(text)]
    assert labels == ["adopted", "partially_adopted", "adopted"]


def test_a_verdict_over_the_explanation_in_a_cell_and_a_column_of_bare_verdicts() -> None:
    from cp_textmine.classify.decision import points_from_tables

    run_in = Table(1, (("", "Advies", "Reactie college"),
                       ("1", "Verhoog de grens.", "Niet overgenomen Wij herkennen het beeld."),
                       ("2", "Houd een papieren formulier.", "Overgenomen Het formulier blijft."),
                       ("3", "Verkort de periode.", "Gedeeltelijk overgenomen Voor gezinnen wel.")))  # fmt: skip
    assert [label for _, label, _ in points_from_tables((run_in,))] == [
        "not_adopted", "adopted", "partially_adopted"]  # fmt: skip
    verdicts = Table(1, (("1", "Zorg dat inwoners die bellen binnen twee werkdagen worden teruggebeld.",
                          "Overgenomen", "Het keuzemenu verdwijnt."),
                         ("2", "Open de balie weer.", "Deels", "Op afspraak blijft de regel."),
                         ("3", "Meet de tevredenheid.", "Kennisname", "Dat doet de regio al."),
                         ("4", "Wijs een wethouder aan.", "Niet", "Dat past niet in de portefeuilles.")))  # fmt: skip
    assert [label for _, label, _ in points_from_tables((verdicts,))] == [
        "adopted", "partially_adopted", "noted", "not_adopted"]  # fmt: skip


def test_points_numbered_in_roman_numerals_or_split_in_parts_are_each_a_point() -> None:
    from cp_textmine.classify.decision import points_from_text

    roman = (
        "Uw advies bevat drie punten, met Romeinse cijfers genummerd. Wij volgen die nummering.\n"
        "I. Een geldbedrag\nHet college heeft besloten de waardebon te handhaven. Dit punt wordt "
        "niet overgenomen.\nII. Jonge mantelzorgers\nWij nemen dit adviespunt over.\n"
        "III. Respijtzorg\nWij nemen uw advies voor kennisgeving aan.\nMet vriendelijke groet,"
    )
    assert [label for _, label, _ in points_from_text(roman)] == [
        "not_adopted", "adopted", "noted"]  # fmt: skip
    parts = (
        "Hieronder lichten wij toe hoe wij met uw twee adviezen zijn omgegaan.\n"
        "1. Benoem aantallen woningen\nWij volgen dit advies.\n2. Zorg voor woningen\n"
        "Onder dit advies heeft u twee voorstellen gedaan.\n2a. Maak afspraken\nDit onderdeel "
        "nemen wij ter kennisgeving aan.\n2b. Geef voorrang\nDit nemen wij niet over.\n"
        "Met vriendelijke groet,"
    )
    assert [label for _, label, _ in points_from_text(parts)] == [
        "adopted", "noted", "not_adopted"]  # fmt: skip


def test_prose_paragraphs_opening_on_each_ask_by_place_topic_or_ask_told_again() -> None:
    text = (
        "Geachte mevrouw De Wit,\nDank voor uw advies. In deze brief laat ik u weten wat we "
        "ermee doen.\n"
        "Wat betreft uw voorstel om de inkomensgrens te verhogen naar 130 procent: ik begrijp "
        "het. Toch heeft het college hier niet voor gekozen. Het budget is verdeeld.\n"
        "Uw tweede punt neemt het college volledig over. Het tegoed komt automatisch.\n"
        "Uw voorstel om elk kwartaal de wachttijden te publiceren, nemen wij niet over.\n"
        "Tot slot vraagt u de brieven vooraf te laten lezen. Dat doen we.\n"
        "Met vriendelijke groet,"
    )
    assert [label for _, label, _ in decide(doc(text))[2]] == [
        "not_adopted", "adopted", "not_adopted", "adopted"]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Een termijn van twee werkdagen kunnen wij op dit moment niet waarmaken.", "not_adopted"),
        ("Daar hebben wij niet voor gekozen.", "not_adopted"),
        ("Dat doen we.", "adopted"),
    ],
)
def test_refusing_by_what_cannot_be_made_true_or_was_not_chosen_and_a_short_yes(
    sentence: str, expected: str
) -> None:
    assert classify_sentence(sentence, require_actor=False) == expected


def test_an_answer_quoting_the_kenmerk_links_though_an_interim_letter_quoted_it() -> None:
    from cp_textmine.classify.link import CandidateIndex, assign_links

    interim = _response(doc_id="r1", advice_reference="CR-2023-05", advice_date_cited=date(2023, 4, 2),
                        response_date=date(2023, 4, 20))  # fmt: skip
    answer = _response(doc_id="r2", advice_reference="CR-2023-05")
    links = assign_links([interim, answer], CandidateIndex(ADVICES))
    assert {lk.response_doc_id: lk.advice_doc_id for lk in links} == {"r1": "a2", "r2": "a2"}


def test_the_colleges_own_meeting_is_not_the_advices_date() -> None:
    text = (
        "Geachte leden,\nIn januari stuurde u mij uw advies. Het college heeft uw advies in zijn "
        "vergadering van 7 april besproken; in deze brief laat ik u weten wat wij ermee doen."
    )
    assert cited_advice(doc(text), date(2026, 4, 9))[1] is None


def test_an_advice_passed_on_to_the_regional_meeting_and_no_refusal_said_is_noted() -> None:
    text = (
        "Beste Henk,\nDank voor jullie advies. Toch moet ik jullie ook een beetje teleurstellen. "
        "Wat ik wel ga doen: jullie advies gaat als bijlage mee naar het regionale overleg van "
        "15 mei. Zie dit alsjeblieft niet als een afwijzing.\nHartelijke groet,"
    )
    assert decide(doc(text))[0] == "noted"


def test_a_wish_about_the_next_requests_for_advice_is_no_recommendation() -> None:
    text = (
        "Geacht college,\nDe adviestermijn van vier weken was krap. Wij vragen u daar bij "
        "volgende aanvragen rekening mee te houden.\nWij adviseren u de kostendelersnorm voor "
        "jongeren tot 27 jaar niet toe te passen.\nMet vriendelijke groet,"
    )
    n, evidence = count_recommendations(doc(text))
    assert n == 1
    assert "kostendelersnorm" in evidence[0].snippet


@pytest.mark.parametrize(
    "text",
    [
        "Sociale Adviesraad Eiland\nO N G E V R A A G D A D V IE S\nHet college van burgemeester "
        "en wethouders\nGeacht college,\nNieuwkomers vinden moeilijk werk.",
        "Geacht college,\nTijdens onze vergadering van 9 september hebben wij daarom besloten u "
        "hierover een brief te schrijven.",
        "Geacht college,\n"
        + "Inwoners wachten lang op een antwoord van het loket. " * 60
        + "\nTot slot\nWij hebben dit advies uit eigen beweging opgesteld.",
    ],
)
def test_unasked_from_a_spaced_title_a_decision_to_write_or_a_late_statement(text: str) -> None:
    assert detect_requested(doc(text))[0] is False


def test_a_view_that_cannot_wait_and_a_box_summing_up_the_asks_are_no_recommendations() -> None:
    text = (
        "Geacht college,\nDe nieuwe regeling komt pas in 2027. Maar wat wij horen kan volgens "
        "ons niet tot die tijd wachten.\nWij adviseren u:\n- de taallessen ook in de dorpen aan "
        "te bieden;\n- kinderopvang te regelen tijdens de lesuren.\nKern van ons advies: laat "
        "taal en werk tegelijk beginnen.\nMet vriendelijke groet,"
    )
    assert count_recommendations(doc(text))[0] == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the earlier advice was asked for; this one the council wrote of its own accord
        ("Adviesraad Sociaal Domein\nAanleiding\nEerder dit jaar adviseerden wij u, op uw "
         "verzoek, over de nieuwe Meedoenregeling. Tijdens de gesprekken die wij daarvoor voerden, "
         "kwam telkens een ander onderwerp op tafel: mensen die pas hulp krijgen als de schulden "
         "al hoog zijn opgelopen en de incasso al loopt. Daarom hebben wij besloten hierover op "
         "eigen initiatief een advies uit te brengen.", False),
        # a spaced title at the top outweighs the earlier advice's request told below it
        ("O N G E V RA A G D A D V I E S\nVroegsignalering\nIn ons vorige advies, dat u ons op "
         "uw verzoek liet schrijven, ging het om meedoen.", False),
        # the request for this advice told with "eerder": still asked
        ("Geacht college,\nEerder dit jaar vroeg u ons om advies over de Meedoenregeling. Hierbij "
         "ons advies.", True),
    ],
)  # fmt: skip
def test_an_earlier_advice_asked_for_says_nothing_of_this_one(text: str, expected: bool) -> None:
    assert detect_requested(doc(text))[0] is expected


def _points_of(text: str) -> tuple[str | None, list[str]]:
    facts = response_facts(doc(text), None, ())[0]
    return facts.decision, [label for _, label, _ in facts.point_decisions]


def test_points_that_only_tell_what_is_done_after_adopting_the_whole_advice_are_adopted() -> None:
    text = (
        "Geachte heer Hermans,\nWij danken u voor uw advies van 4 februari. Wij nemen uw advies "
        "volledig over. Per punt:\nAd 1. Jonge mantelzorgers worden als aparte doelgroep in de "
        "nota opgenomen.\nAd 2. Het Steunpunt wordt het vaste aanspreakpunt. Paragraaf 4.2 is "
        "hierop aangepast.\nAd 3. De Dag van de Mantelzorg wordt voortaan afwisselend in de "
        "kernen georganiseerd.\nHoogachtend,"
    )
    assert _points_of(text) == ("adopted", ["adopted", "adopted", "adopted"])


def test_lettered_items_under_what_the_college_decided_on_the_advice() -> None:
    """ "als volgt op uw advies besloten:" announces a verdict per item, and "Het advies onder
    a." does not end the sentence at its letter."""
    text = (
        "Geachte mevrouw Lardinois,\nOns college heeft op 3 december als volgt op uw advies "
        "besloten:\na. De trottoirbanden worden verlaagd. Het advies onder a. wordt hiermee "
        "overgenomen.\nb. Bij het gemeentehuis komt een tweede parkeerplaats. Ook dit advies "
        "wordt overgenomen.\nc. Het college besluit niet over te gaan tot een openbaar toilet. "
        "Dit onderdeel van het advies wordt niet overgenomen.\nHoogachtend,"
    )
    assert _points_of(text) == ("partially_adopted", ["adopted", "adopted", "not_adopted"])


def test_points_explained_after_declining_all_of_them_at_once_are_declined() -> None:
    text = (
        "Geachte leden van de adviesraad,\nHelaas moeten wij u laten weten dat wij geen van uw "
        "drie voorstellen overnemen. Hieronder leggen wij per voorstel uit waarom.\n"
        "1. Geen eigen bijdrage meer\nDaarvoor is in de begroting geen ruimte.\n"
        "2. Een buurtbus\nDe gemeente kan een lijn niet zelfstandig instellen.\n"
        "3. Een hogere vergoeding\nDe vrijwilligers ontvangen nu al de maximale vergoeding.\n"
        "Met vriendelijke groet,"
    )
    assert _points_of(text) == ("not_adopted", ["not_adopted"] * 3)


def test_that_we_have_done_adopts_the_ask_told_before_it() -> None:
    assert classify_sentence("Dat hebben wij gedaan.") == "adopted"
    assert classify_sentence("Dat hebben wij niet gedaan.") != "adopted"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an interim letter: going through the answer's outline together, a caution about what
        # could not be kept
        ("Graag ga ik na de zomer met uw voorzitter in gesprek om de contouren van onze reactie "
         "met u door te nemen.", None),
        ("Ik wil u niets toezeggen wat ik vervolgens regionaal niet kan waarmaken.", None),
        # still decided
        ("Wij nemen alles wat u voorstelt over.", "adopted"),
        ("Dat kunnen wij niet waarmaken.", "not_adopted"),
    ],
)  # fmt: skip
def test_what_an_interim_letter_says_decides_nothing(sentence: str, expected: str | None) -> None:
    assert classify_sentence(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # not now, and the answer waits for the evaluation
        ("Een frequentie van eens per jaar neem ik op dit moment niet als opdracht over; ik wacht "
         "eerst die evaluatie af en neem uw advies daarin mee.", "noted"),
        ("Dit nemen wij niet over; wij wachten de evaluatie af.", "not_adopted"),
        # the amended rule refrains from recovery, as the council asked
        ("In de beleidsregels is nu opgenomen dat wij bij een onbedoelde fout in beginsel afzien "
         "van terugvordering.", "adopted"),
        ("Wij zien af van uw voorstel.", "not_adopted"),
        # the ask told, and what already is
        ("Uw tweede advies is om een terugbelgarantie in te voeren.", None),
        ("Ook dit is bestaande praktijk.", "noted"),
    ],
)  # fmt: skip
def test_sentences_of_the_fifty_seventh_round(sentence: str, expected: str | None) -> None:
    assert classify_sentence(sentence) == expected


def test_a_closing_section_of_a_numbered_answer_is_no_point() -> None:
    text = (
        "Geachte heer Bos,\nHieronder gaan wij per advies in op uw punten.\n"
        "1. Vaste contactpersoon (uw advies 1)\nU adviseert een vaste "
        "contactpersoon. Dit is al zo geregeld.\n2. Spreekuur (uw advies 2)\nU adviseert een "
        "spreekuur in de kernen. Dit advies nemen wij niet over.\n3. Conclusie\nAlles overziend "
        "nemen wij uw advies voor kennisgeving aan.\nMet vriendelijke groet,"
    )
    assert _points_of(text)[1] == ["noted", "not_adopted"]


def test_keeping_what_is_done_now_instead_of_the_ask_declines_it() -> None:
    sentence = (
        "Wij kiezen er daarom voor om de bestaande activiteiten te blijven steunen zoals we dat "
        "nu doen."
    )
    assert classify_sentence(sentence) == "not_adopted"
    assert classify_sentence("Wij blijven de vrijwilligers steunen.") == "adopted"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a header field without its colon, and the request told as received
        ("Ons kenmerk ASD 25/031\nUw verzoek e-mail d.d. 4 juni 2025\nGeacht college,\n", True),
        (
            "Geacht college,\nOp 4 juni ontvingen wij van uw beleidsadviseur het verzoek om vóór "
            "1 juli een advies te geven over de notitie.\n",
            True,
        ),
        # going ahead of a request that has not come
        (
            "Geacht college,\nHet plan loopt af. Wij wachten niet af tot u ons om advies vraagt.\n",
            False,
        ),
    ],
)
def test_requested_in_the_fifty_ninth_round(text: str, expected: bool) -> None:
    assert detect_requested(doc(text))[0] is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # available at the desk is no keeping to a position; keeping to a figure is
        ("Een papieren versie blijft verkrijgbaar bij de balie.", None),
        ("Wij blijven op dit moment bij de huidige grens.", "not_adopted"),
        ("Dat willen wij voor een deel.", "partially_adopted"),
        # no new decision needed, or no new policy and the advice taken note of: noted
        ("Een nieuw besluit op uw aanbevelingen is niet nodig.", "noted"),
        ("Uw advies geeft ons daarom geen aanleiding tot nieuw beleid; wij nemen het voor "
         "kennisgeving aan.", "noted"),
        ("Wij nemen uw advies niet over en nemen het voor kennisgeving aan.", "not_adopted"),
    ],
)  # fmt: skip
def test_sentences_of_the_fifty_ninth_round(sentence: str, expected: str | None) -> None:
    assert classify_sentence(sentence, require_actor=False) == expected


def test_a_point_told_on_request_is_not_the_advice_named() -> None:
    """ "wordt op verzoek toegestuurd" (on request) names no ask: the point's verdict is the
    sentence that agrees with the council, not a stray status-quo reading."""
    text = (
        "Geachte leden,\nIn het kort: wij nemen uw aanbevelingen over.\nEén formulier\nWij delen "
        "uw opvatting dat inwoners niet telkens dezelfde papieren moeten aanleveren. Een "
        "papieren versie blijft verkrijgbaar bij de balie en wordt op verzoek toegestuurd.\n"
        "Met vriendelijke groet,"
    )
    assert decide(doc(text))[0] == "adopted"


def test_the_last_ask_named_by_tot_slot_after_the_first_and_second() -> None:
    text = (
        "Geachte leden,\nUw eerste voorstel is om de zone te verruimen. Het college neemt dit "
        "voorstel niet over.\nUw tweede voorstel betreft een rapportage over klachten. Dat is al "
        "zo geregeld.\nTot slot uw voorstel om vrijwilligersvervoer te verkennen. Het college "
        "wil er nu nog geen besluit over nemen; wij komen daar later op terug.\n"
        "Met vriendelijke groet,"
    )
    assert _points_of(text)[1] == ["not_adopted", "noted", "noted"]


def test_points_left_unexplained_are_the_ones_the_letter_counts_as_adopted() -> None:
    text = (
        "Geachte leden,\nUw advies bevat vijf aanbevelingen. Drie daarvan nemen wij zonder "
        "voorbehoud over. De andere twee lichten wij toe.\nAanbeveling 2: een vaste "
        "contactpersoon\nDat advies nemen wij niet over.\nAanbeveling 4: tien procent naar "
        "preventie\nDit nemen wij niet over; het budget staat onder druk.\nMet vriendelijke groet,"
    )
    assert _points_of(text)[1] == [
        "adopted", "not_adopted", "adopted", "not_adopted", "adopted",
    ]  # fmt: skip


def test_a_numbered_reaction_with_its_verdict_after_the_title_on_one_line() -> None:
    text = (
        "Beste mevrouw Verstegen,\nHieronder leest u kort per punt wat wij met uw drie "
        "aanbevelingen doen.\n1. Energiecoaches actief inzetten: neem ik over. Vanaf november "
        "benaderen de\ncoaches alle huishoudens met een achterstand.\n2. Lokale toeslag "
        "opnieuw openstellen: neem ik niet over. Het Rijk stelt\ngeen geld beschikbaar.\n"
        "3. Eén vast aanspreekpunt: gedeeltelijk. Er komt geen aparte functie, maar het\n"
        "wijkteam wordt het aanspreekpunt.\nMet vriendelijke groet,"
    )
    assert _points_of(text)[1] == ["adopted", "not_adopted", "partially_adopted"]


def test_theme_headings_that_name_their_asks_give_one_point_per_ask() -> None:
    text = (
        "Beste mevrouw Tak,\nUw aanbevelingen raken aan twee thema's.\n"
        "Eerder in beeld (aanbevelingen 1 en 3)\nU adviseert jonge mantelzorgers via de scholen "
        "op te sporen. Dat voeren wij uit. Ook wilt u de huisartsen een rol geven bij het "
        "signaleren. Dat willen wij voor een deel.\n"
        "Ontlasten (aanbeveling 2)\nU adviseert een eigen logeerhuis in de gemeente. Dat advies "
        "nemen wij niet over, want de logeerhuizen in de regio hebben plaats genoeg.\n"
        "Met hartelijke groet,"
    )
    assert _points_of(text)[1] == ["adopted", "not_adopted", "partially_adopted"]


def test_a_point_already_done_whose_rules_need_no_change_is_noted() -> None:
    text = (
        "Geachte leden,\nHieronder reageren wij per aanbeveling.\nAanbeveling 1 – reiskosten. "
        "U stelt vijf kilometer voor. Dit nemen wij over.\nAanbeveling 2 – taal en werk "
        "combineren. U adviseert statushouders de taal\nte laten leren naast werk. Zo werken wij "
        "al sinds 2022. De beleidsregels hoeven daarom niet te worden gewijzigd.\n"
        "Met vriendelijke groet,"
    )
    assert _points_of(text)[1] == ["adopted", "noted"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # staying involved is no keeping to a position
        ("Wij stellen het op prijs als uw raad betrokken blijft bij de uitwerking.", None),
        # another way to the same end: in part
        ("Wij hebben daarom gekozen voor een andere aanpak, die naar onze overtuiging in de "
         "geest van uw advies is.", "partially_adopted"),
        ("Een aanvullend besluit van ons college is hiervoor niet nodig; wij nemen uw advies "
         "op dit punt voor kennisgeving aan.", "noted"),
    ],
)  # fmt: skip
def test_sentences_of_the_sixtieth_round(sentence: str, expected: str | None) -> None:
    assert classify_sentence(sentence) == expected


def test_a_header_field_telling_the_wethouder_asked_makes_the_advice_requested() -> None:
    text = (
        "Datum 24-02-2025\nAanleiding verzoek van de wethouder in het periodiek overleg van 14 "
        "januari 2025\n1. Aanleiding\nWij presenteren hierbij ons advies.\n"
    )
    assert detect_requested(doc(text))[0] is True


def test_a_sentence_in_the_last_points_block_about_another_point_is_not_its_answer() -> None:
    text = (
        "Geachte leden,\nHieronder reageren wij per punt.\n1. Verleng de termijn.\nNiet "
        "overgenomen. Wij blijven bij drie maanden.\n2. Rapporteer over klachten.\nDit gebeurt "
        "al. Het aantal klachten staat in de jaarlijkse monitor.\nWij realiseren ons dat wij op "
        "het eerste punt een andere afweging maken dan u.\nMet vriendelijke groet,"
    )
    assert _points_of(text)[1] == ["not_adopted", "noted"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hiertoe gaan wij niet over.", "not_adopted"),
        ("Een afzonderlijk budget voor logeeropvang stellen wij niet in; de bestaande middelen "
         "volstaan.", "not_adopted"),
        ("Wij zien daarnaast binnen de huidige begroting geen ruimte om de subsidies te "
         "verhogen.", "not_adopted"),
        ("Een goed idee, dat wij willen koppelen aan de tussentijdse evaluatie in 2026.", "noted"),
        ("Daar sluiten wij ons bij aan.", "adopted"),
        ("Pakken wij later op.", "noted"),
        ("Een garantie dat er nooit een wachttijd is, kan ik niet geven.", "not_adopted"),
        ("Wij hebben in het plan een doorlooptijd van maximaal vier weken opgenomen, gerekend "
         "vanaf de meting.", "adopted"),
        # a clause that says whether is no stance; the clause before it still is
        ("Uw aanbeveling om dit in het gesprek te benoemen nemen wij over: het verslag vermeldt "
         "of de inwoner erop is gewezen.", "adopted"),
    ],
)  # fmt: skip
def test_sentences_of_the_sixty_first_round(sentence: str, expected: str | None) -> None:
    assert classify_sentence(sentence, require_actor=False) == expected


def test_a_verdict_column_of_short_words_and_a_first_row_numbered_in_its_ask() -> None:
    verdicts = Table(
        1,
        (
            ("Nr.", "Advies", "Toelichting college", "Oordeel"),
            ("1", "Verkort de termijn.", "Wij houden vast aan drie jaar.", "Nee"),
            ("2", "Trek de grens op.", "Voor de toeslag gaat de grens naar 120%.", "Voor een deel"),
            ("3", "Leg het uit.", "De beschikkingen bevatten dit al.", "Loopt al"),
            ("4", "Verruim de vergoeding.", "De polis wordt in 2025 geëvalueerd.", "Later"),
        ),
    )
    points = decide(doc("Geachte raad,\nZie de tabel."), (verdicts,))[2]
    assert [label for _, label, _ in points] == [
        "not_adopted", "partially_adopted", "noted", "noted",
    ]  # fmt: skip
    no_header = Table(
        1,
        (
            (
                "1. Beslis binnen vier weken over loonkostensubsidie.",
                "Een terecht punt. Wij hebben in het plan een termijn van vier weken opgenomen.",
            ),
            (
                "2. Verleng de jobcoach naar twee jaar.",
                "Dit nemen wij niet over; de inkoop loopt nog tot 2026.",
            ),
        ),
    )
    points = decide(doc("Geachte raad,\nZie de tabel."), (no_header,))[2]
    assert [label for _, label, _ in points] == ["adopted", "not_adopted"]


def test_prose_asks_retold_in_other_verbs_and_the_rest_answered_at_once() -> None:
    text = (
        "Geachte heer Kuipers,\nIn deze brief reageren wij op de vijf aanbevelingen van uw "
        "advies over de schuldhulp.\n"
        "U vraagt ons allereerst om elke aanvraag binnen drie dagen te beantwoorden. Dat doen "
        "wij al sinds maart.\n"
        "De wachtlijst zou volgens u binnen een jaar moeten verdwijnen. Daartoe zijn wij niet "
        "bereid.\n"
        "Uw voorstel om een budgetcursus in de bibliotheek te geven, nemen wij in aangepaste "
        "vorm over.\n"
        "Uw overige twee aanbevelingen, over de huisbezoeken en de folder, betrekken wij bij de "
        "evaluatie van volgend jaar.\n"
        "Met vriendelijke groet,"
    )
    assert _points_of(text)[1] == [
        "noted", "not_adopted", "partially_adopted", "noted", "noted",
    ]  # fmt: skip


def test_prose_asks_taken_up_by_article_and_one_suggestion_apart() -> None:
    text = (
        "Geachte mevrouw Dijkstra,\nUw opmerkingen volgen de artikelen van de verordening.\n"
        "Bij artikel 4, over de aanvraag, stelt u voor de termijn te verkorten. Wij houden vast "
        "aan de termijn van acht weken.\n"
        "Uw opmerking bij artikel 7 betreft de eigen bijdrage. Dit advies volgen wij wel.\n"
        "Los van de artikelen geeft u ons tot slot in overweging om een ouderpanel te vormen. "
        "Daarvan hebben wij kennisgenomen.\n"
        "Met vriendelijke groet,"
    )
    assert _points_of(text)[1] == ["not_adopted", "adopted", "noted"]


def test_a_heading_over_two_asks_answers_both() -> None:
    text = (
        "Geachte leden van de raad,\nHieronder gaan wij in op uw vier aanbevelingen.\n"
        "Aanbevelingen 1 en 2\nBeide nemen wij over: de brieven worden herschreven en getest.\n"
        "Aanbeveling 3\nDit advies volgen wij niet.\nAanbeveling 4\nDit punt nemen wij over.\n"
        "Met vriendelijke groet,"
    )
    assert _points_of(text)[1] == ["adopted", "adopted", "not_adopted", "adopted"]


def test_asks_taken_in_another_order_keep_their_places() -> None:
    text = (
        "Geachte raad,\nU deed drie aanbevelingen. Wij bespreken ze niet in de volgorde van uw "
        "brief. Wij beginnen met uw derde aanbeveling.\n"
        "In uw derde aanbeveling vraagt u om een vast spreekuur. Dit nemen wij volledig over.\n"
        "Dan uw eerste aanbeveling, de inkomensgrens. Wij kiezen voor een tussenstap: de grens "
        "gaat naar 115%.\n"
        "Tot slot uw tweede aanbeveling, over de folder. Dit advies nemen wij niet over.\n"
        "Met vriendelijke groet,"
    )
    assert _points_of(text)[1] == ["partially_adopted", "not_adopted", "adopted"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wij vinden dit terecht.", "adopted"),
        ("Wij kiezen daarom voor een tussenstap: de termijn gaat naar zes weken.",
         "partially_adopted"),
        ("Wij hebben de grens verhoogd, maar niet tot het door u genoemde bedrag.",
         "partially_adopted"),
        ("Daartoe zijn wij niet bereid.", "not_adopted"),
        ("Wij vinden het terecht dat u hier aandacht voor vraagt.", None),
    ],
)  # fmt: skip
def test_stances_of_agreement_middle_steps_and_unwillingness(
    sentence: str, expected: str | None
) -> None:
    assert classify_sentence(sentence) == expected


def test_a_point_already_arranged_needs_nothing_besides_so_it_is_noted() -> None:
    text = (
        "Geachte raad,\nWij reageren op uw twee aanbevelingen.\n"
        "Folder in eenvoudige taal\nDeze aanbeveling nemen wij over.\n"
        "Spreekuren in de kernen\nDit is in feite al geregeld: de vrijwilligers houden elke week "
        "een spreekuur in het dorpshuis. Een apart gemeentelijk spreekuur daarnaast vind ik niet "
        "nodig.\nMet vriendelijke groet,"
    )
    assert _points_of(text) == ("adopted", ["adopted", "noted"])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wij brengen dit in als eis voor de aanbesteding.", "adopted"),
        ("Wij zullen in het algemeen bestuur bepleiten de norm aan te scherpen.", "adopted"),
        ("Dit voorstel zullen wij in het algemeen bestuur niet bepleiten.", "not_adopted"),
        ("Tot dat moment blijven de huidige plekken open, betaald uit het lopende budget.", None),
        ("Dit is al geregeld; daarvoor hoeft het programma van eisen niet te worden aangepast.",
         "noted"),
    ],
)  # fmt: skip
def test_stances_where_another_body_decides_and_the_meantime(
    sentence: str, expected: str | None
) -> None:
    assert classify_sentence(sentence) == expected


def test_run_in_leads_read_across_a_page_break() -> None:
    text = (
        "Geachte heer Wassink,\nU doet drie aanbevelingen. Hieronder ons standpunt.\n"
        "Kortere reistijd. U adviseert een kortere omrijtijd. Wij nemen dit over.\n"
        "Vaste chauffeurs. Dit nemen wij niet over; de planning laat dat niet toe.\n\x0c\n"
        "Lager tarief. Dit advies volgen wij niet.\nMet vriendelijke groet,"
    )
    assert _points_of(text)[1] == ["adopted", "not_adopted", "not_adopted"]


def test_agreeing_with_what_already_happens_is_noted() -> None:
    text = (
        "Geachte raad,\nWij reageren op uw twee adviezen.\nAd 1. U adviseert een vaste "
        "contactpersoon. Dit advies nemen wij over.\nAd 2. U adviseert de gebruiksgoederen om "
        "niet te verstrekken. Wij zijn het met u eens. Dit is echter al staande praktijk: de "
        "beleidsregels voorzien hier al in.\nMet vriendelijke groet,"
    )
    assert _points_of(text)[1] == ["adopted", "noted"]


def test_asks_retold_in_prose_below_a_letterhead_each_get_their_answer() -> None:
    text = (
        "Stadskantoor\nMarkt 1\nPostbus 20\nGeachte heer Bakker,\nDank voor uw advies over de "
        "minimaregelingen. Hieronder leest u wat wij ermee doen.\n"
        "Uw eerste advies is om de inkomensgrens te verhogen. Dit advies nemen wij over.\n"
        "U adviseert verder een vast aanspreekpunt in te stellen. Dat doen wij niet, omdat het "
        "team te klein is.\n"
        "Wat u schrijft over de toon van onze brieven herkennen wij; de brieven zijn vorig jaar "
        "al herschreven.\n"
        "Tot slot adviseert u de regeling jaarlijks te evalueren. Wij nemen uw advies over.\n"
        "Met vriendelijke groet,"
    )
    assert _points_of(text)[1] == ["adopted", "not_adopted", "noted", "adopted"]


def test_a_dash_in_the_column_of_changes_names_no_change() -> None:
    table = Table(1, (("Nr.", "Advies", "Reactie van het college", "Gevolg voor de regels"),
                      ("1", "Verleng de termijn.", "Overgenomen.", "Artikel 4 aangepast."),
                      ("2", "Schrap de drempel.", "Niet overgenomen.", "—"),
                      ("3", "Evalueer na een jaar.", "Wij nemen kennis van dit advies.", "–")))  # fmt: skip
    _, _, points, _, _ = decide(doc("Geachte raad,\nZie de tabel."), (table,))
    assert [p[1] for p in points] == ["adopted", "not_adopted", "noted"]


def test_a_heading_over_two_asks_answered_in_turn_decides_each() -> None:
    text = (
        "Geachte leden van de raad,\nHieronder leest u per onderdeel wat wij met uw advies doen.\n"
        "Ad 1 – Drempelbedrag\nDit advies nemen wij over.\n"
        "Ad 2 en 3 – Termijnen en bedragen\nDe termijn van vier weken nemen wij over, maar de "
        "bedragen verhogen wij niet, omdat er geen ruimte in de begroting is.\n"
        "Ad 4 – Voorlichting\nOok dit advies nemen wij over.\n"
        "Met vriendelijke groet,"
    )
    assert _points_of(text)[1] == ["adopted", "adopted", "not_adopted", "adopted"]


def test_a_heading_over_two_asks_with_one_answer_decides_both_alike() -> None:
    text = (
        "Geachte leden van de raad,\nHieronder leest u per onderdeel wat wij met uw advies doen.\n"
        "Ad 1 – Drempelbedrag\nDit advies nemen wij niet over.\n"
        "Ad 2 en 3 – Termijnen\nBeide adviezen nemen wij over.\n"
        "Met vriendelijke groet,"
    )
    assert _points_of(text)[1] == ["not_adopted", "adopted", "adopted"]


def test_numbered_headings_one_over_two_asks_answered_a_paragraph_each() -> None:
    text = (
        "Geachte leden van de adviesraad,\nHieronder gaan wij in op uw adviespunten.\n\n"
        "1. Bereikbaarheid\nDit adviespunt nemen wij over.\n\n"
        "2 en 3. Normen en vergoedingen\nU vraagt de norm te verhogen en de vergoeding te "
        "verruimen. Een hogere norm nemen wij niet over, omdat daarvoor geen budget is.\n\n"
        "De ruimere vergoeding nemen wij wel over.\n\n"
        "4. Evaluatie\nWij nemen kennis van dit punt.\n\n"
        "Met vriendelijke groet,"
    )
    assert _points_of(text)[1] == ["adopted", "not_adopted", "adopted", "noted"]


def test_a_numbered_block_answering_the_asks_its_paragraphs_name_by_place() -> None:
    text = (
        "Geachte leden van de raad,\nHieronder per punt onze reactie.\n\n"
        "1. Dit advies nemen wij over.\n\n"
        "2. Ook dit advies nemen wij over.\n\n"
        "4. Dit advies nemen wij niet over.\n\n"
        "5. Tot slot uw adviespunten 3 en 5.\n\n"
        "Uw derde advies, een vast aanspreekpunt, nemen wij niet over. Daarvoor is geen ruimte.\n\n"
        "Uw vijfde advies nemen wij over.\n\n"
        "Met vriendelijke groet,"
    )
    assert _points_of(text)[1] == ["adopted", "adopted", "not_adopted", "not_adopted", "adopted"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a promise to work out what the asks would cost is a study first, no adoption
        ("Wij zeggen u toe dat ons team de kosten van uw voorstellen voor de zomer in kaart "
         "brengt.", "noted"),
        # what is missing is a reason: its infinitive is no act of the college
        ("Op dit moment ontbreekt een wettelijke basis om deze gegevens te gebruiken voor het "
         "toekennen van de toeslag.", None),
        # (what was missing, told in a clause of the act itself, is no reason)
        ("Met de scholen waar deze hulp nog ontbrak, hebben wij inmiddels afspraken gemaakt.",
         "adopted"),
    ],
)  # fmt: skip
def test_a_study_promised_and_a_basis_lacking_adopt_nothing(
    sentence: str, expected: str | None
) -> None:
    assert classify_sentence(sentence) == expected


def test_a_schedule_of_what_is_done_when_gives_no_verdicts() -> None:
    table = Table(1, (("Aanbeveling", "Wat", "Wanneer"),
                      ("1", "Voorlichting op scholen", "vanaf 2026"),
                      ("2", "Waardering loopt automatisch door", "bestaat al sinds 2024")))  # fmt: skip
    text = (
        "Geachte raad,\nWij nemen uw advies volledig over. Hieronder ziet u wat wij doen en "
        "wanneer.\nMet vriendelijke groet,"
    )
    decision, _, points, _, _ = decide(doc(text), (table,))
    assert decision == "adopted"
    assert "noted" not in [p[1] for p in points]


def test_endorsing_the_core_of_the_advice_adopts_none_of_its_asks() -> None:
    assert classify_sentence("Wij onderschrijven de kern van uw advies van harte.") is None
    assert classify_sentence("Wij onderschrijven uw advies.") == "adopted"


def test_points_with_the_ask_and_our_reaction_under_labels_of_their_own() -> None:
    text = (
        "Geachte leden van de cliëntenraad,\nHieronder ga ik in op elk van uw drie adviezen.\n"
        "Advies 1 – Terugbellen\nUw advies\nBel inwoners binnen twee dagen terug.\n"
        "Onze reactie\nDe termijn van twee werkdagen wordt per 1 april ingevoerd.\n"
        "Advies 2 – Spreekuur\nUw advies\nOpen iedere dag een spreekuur.\n"
        "Onze reactie\nDit advies nemen wij niet over, omdat er weinig bezoekers komen.\n"
        "Advies 3 – Onderzoek\nUw advies\nHoud ieder jaar een onderzoek.\n"
        "Onze reactie\nWij nemen dit over.\n"
        "Met vriendelijke groet,"
    )
    assert _points_of(text)[1] == ["adopted", "not_adopted", "adopted"]


def test_the_letters_closing_section_is_no_part_of_the_last_point() -> None:
    """Under "Tot slot" the letter speaks of the advice as a whole ("op een aantal punten een
    andere afweging"): the last ask's answer ends before it."""
    text = (
        "Geachte heer Wolthuis,\nHieronder reageren wij per aanbeveling.\n\n1. Eigen budget\n"
        "U adviseert een eigen budget voor scholing in te voeren.\nDaarvoor is in de begroting "
        "geen ruimte; wij nemen dit advies niet over.\n\n2. De monitor\nU adviseert de monitor "
        "ook aan de raad te sturen.\nDit advies nemen wij graag over. Vanaf september ontvangt "
        "u de monitor tegelijk met de gemeenteraad.\n\nTot slot\nWij realiseren ons dat wij op "
        "een aantal punten een andere afweging maken dan u.\n\nMet vriendelijke groet,"
    )
    assert _points_of(text) == ("partially_adopted", ["not_adopted", "adopted"])


def test_lettered_headings_after_saying_the_asks_come_next() -> None:
    """ "Voordat wij op uw aanbevelingen ingaan, ..." announces them; each lettered heading
    then quotes its ask on lines of its own, the answer after the closing quote."""
    text = (
        "Geachte heer Ortmans,\nU doet ons drie aanbevelingen. Voordat wij op uw aanbevelingen "
        "ingaan, merken wij op dat het vervoer regionaal is geregeld.\n"
        'a. Cijfers over klachten\n"ieder kwartaal inzicht te geven in het aantal klachten '
        'van\nKerkraadse reizigers"\nWij hebben kennisgenomen van uw verzoek en brengen het in '
        'bij het bestuur.\nb. Een taxi bij vertraging\n"een regeling te treffen waarbij de kosten '
        'van een taxi worden vergoed als\niemand na dertig minuten nog niet is opgehaald"\n'
        "Deze aanbeveling nemen wij niet over. Wij hebben daarvoor twee redenen.\n"
        'c. Een bijeenkomst\n"samen met de vervoerder een bijeenkomst te organiseren voor '
        'reizigers"\nWij hebben kennisgenomen van uw voorstel.\nMet vriendelijke groet,'
    )
    assert _points_of(text) == ("not_adopted", ["noted", "not_adopted", "noted"])


def test_a_table_row_without_a_verdict_keeps_the_numbers_of_the_rows_after_it() -> None:
    from cp_textmine.classify.decision import points_from_tables
    from cp_textmine.records import Table

    rows = (
        ("", "Uw aanbeveling", "Onze reactie"),
        ("1", "Een eenvoudige verlenging.", "Wij nemen dit advies over."),
        ("2", "Een langere termijn.", "In de regels geldt een termijn van zes maanden."),
        ("3", "Een hogere grens.", "Dit advies nemen wij niet over."),
    )
    points = points_from_tables((Table(1, rows),))
    assert [(n, label) for n, label, _ in points] == [(1, "adopted"), (3, "not_adopted")]


def test_a_reaction_cell_that_puts_a_point_off_until_an_evaluation_notes_it() -> None:
    from cp_textmine.classify.decision import _cell_answer

    cell = (
        "Wij nemen dit punt nu niet op in de verordening. Wij verwachten dat de voorziening "
        "volstaat. Bij de evaluatie in het najaar gaan wij na of deze groep goed wordt geholpen "
        "en komen daarna op dit punt bij u terug."
    )
    assert _cell_answer(cell) == "noted"
    assert _cell_answer("Wij nemen dit punt niet op. Het past niet in het beleid.") == "not_adopted"


def test_a_reaction_saying_the_asked_value_now_holds_adopts_the_row() -> None:
    from cp_textmine.classify.decision import _row_decision

    row = [
        "2",
        "De aanvraagtermijn voor bijzondere bijstand verlengen van drie naar zes maanden.",
        "In de vastgestelde beleidsregels geldt een termijn van zes maanden na het ontstaan van "
        "de kosten. Een latere aanvraag blijft in bijzondere gevallen mogelijk.",
    ]
    assert _row_decision(row, 2) == "adopted"
    # (another value, or the value denied, is no adoption)
    assert _row_decision([*row[:2], "In de regels geldt een termijn van vier maanden."], 2) is None


def test_an_advice_the_college_asked_for_in_a_few_words() -> None:
    text = (
        "Geacht college,\nBij brief van 26 augustus jl. vroeg u ons advies over de concept-"
        "beleidsregels bijzondere bijstand 2026.\nWij adviseren u de drempel te schrappen."
    )
    assert detect_requested(doc(text))[0] is True


def test_one_item_of_the_colleges_decision_list_is_no_answer_per_point() -> None:
    """A besluitenlijst: "1. kennis te nemen van het advies; 2. de aanbevelingen over te nemen":
    the lone "noted" item against the letter's adoption is no point list."""
    text = (
        "Geachte leden van de Participatieraad,\nKort samengevat: het college neemt uw "
        "aanbevelingen over en past het beleidsplan daarop aan.\nHet college besluit:\n"
        "1. kennis te nemen van het advies van de Participatieraad;\n2. de aanbevelingen van de "
        "Participatieraad over te nemen en het plan aan te passen;\n3. het plan aan de raad aan "
        "te bieden.\nMet vriendelijke groet,"
    )
    facts = response_facts(doc(text), None, ())[0]
    assert facts.decision == "adopted"
    assert [label for _, label, _ in facts.point_decisions] != ["noted"]


def test_an_ask_told_again_to_jullie() -> None:
    from cp_textmine.classify.decision import _opens_on_an_ask

    assert _opens_on_an_ask("Jullie vroegen om ruimte voor bijzondere bijstand voor witgoed.")
    assert _opens_on_an_ask("Jullie vraag om een jaarlijks overzicht neem ik mee.")


def test_each_municipality_of_a_joint_council_answers_its_advice() -> None:
    """An advice of the "Adviesraad Sociaal Domein Cranendonck & Heeze-Leende", answered by both
    colleges: each answer links to it, and the second municipality is no other place."""
    from cp_textmine.classify.link import CandidateIndex, assign_links

    joint = Candidate(
        "j1", "ASD-CHL 2025-14", date(2025, 11, 18), "Cranendonck",
        "Adviesraad Sociaal Domein Cranendonck & Heeze-Leende",
        "Advies beleidskader mantelzorg en respijtzorg 2026-2029",
    )  # fmt: skip
    first = _response(doc_id="r1", municipality="Cranendonck", response_date=date(2026, 1, 13),
                      advice_date_cited=date(2025, 11, 18),
                      subject="Reactie op advies beleidskader mantelzorg")  # fmt: skip
    second = _response(doc_id="r2", municipality="Heeze-Leende", response_date=date(2026, 2, 3),
                       advice_date_cited=date(2025, 11, 18),
                       subject="uw advies over het beleidskader mantelzorg en respijtzorg")  # fmt: skip
    links = assign_links([first, second], CandidateIndex([joint]))
    assert {lk.response_doc_id: lk.advice_doc_id for lk in links} == {"r1": "j1", "r2": "j1"}
    # (two answers of one municipality still share no advice unless one quotes its kenmerk)
    again = _response(doc_id="r3", municipality="Cranendonck", response_date=date(2026, 1, 20),
                      advice_date_cited=date(2025, 11, 18), subject="Reactie op advies")  # fmt: skip
    links = assign_links([first, again], CandidateIndex([joint]))
    assert sorted(lk.advice_doc_id or "-" for lk in links) == ["-", "j1"]


ADOPTED_ALL_THEN_HOW = (
    "Geachte mevrouw Bos,\n"
    "Dank voor uw advies over de inclusieagenda.\n"
    "Wij kunnen kort zijn over onze conclusie: wij nemen uw drie aanbevelingen over. In de rest "
    "van deze brief lichten wij per aanbeveling toe hoe, wanneer en onder welke voorwaarden.\n"
    "1. Ervaringsdeskundigen vergoeden\n"
    "U adviseert om ervaringsdeskundigen te betrekken en hun inbreng te vergoeden.\n"
    "Wij stellen een vergoeding in van 50 euro per bijeenkomst. Een vergoeding per uur kunnen "
    "wij niet direct toezeggen.\n"
    "2. Jaarlijkse schouw\n"
    "U adviseert om jaarlijks de toegankelijkheid van gemeentelijke gebouwen te laten toetsen.\n"
    "Wij organiseren elk jaar een schouw langs gemeentelijke gebouwen. Een extra lift kunnen wij "
    "niet direct toezeggen.\n"
    "3. Brieven in begrijpelijke taal\n"
    "U adviseert om alle standaardbrieven op taalniveau B1 te schrijven.\n"
    "Wij herschrijven de veertig meest verstuurde brieven in 2026 en de overige in 2027.\n"
    "Die kunnen wij niet tegelijk herschrijven.\n"
    "Met vriendelijke groet,\nburgemeester en wethouders\n"
)
DECLINED_ALL_THEN_WHY = (
    "Geachte mevrouw Van Rossum,\n"
    "Wij hebben uw advies over het uitvoeringsplan mantelzorg besproken. Uw aanbevelingen nemen "
    "wij op dit moment niet over. Hieronder gaan wij per aanbeveling in op uw advies.\n"
    "1. Respijtzorg als algemene voorziening\n"
    "Wij begrijpen dat een wachttijd van tien weken te lang is. Binnen het lopende contract is "
    "die verandering niet mogelijk. Wij nemen uw voorstel mee als inbreng voor de inkoop vanaf "
    "2027.\n"
    "2. Hogere mantelzorgwaardering\n"
    "Daarvoor is in de begroting geen ruimte. Wij zullen de hoogte betrekken bij de "
    "voorbereiding van de kadernota 2027.\n"
    "3. Een eigen gesprek voor de mantelzorger\n"
    "Dit vraagt veel extra tijd van de consulenten. Daarom voeren wij dit nu niet in.\n"
    "Met vriendelijke groet,\nburgemeester en wethouders\n"
)


@pytest.mark.parametrize(
    ("letter", "expected"),
    [
        # the letter's word on every ask decides over the terms of each (round GO)
        (ADOPTED_ALL_THEN_HOW, ("adopted", ["adopted"] * 3)),
        # and so does its refusal of every ask over what may come later
        (DECLINED_ALL_THEN_WHY, ("not_adopted", ["not_adopted"] * 3)),
        # a point already done is no adoption, whatever the letter says of all of them
        (
            ADOPTED_ALL_THEN_HOW.replace(
                "Wij organiseren elk jaar een schouw langs gemeentelijke gebouwen. Een extra lift "
                "kunnen wij niet direct toezeggen.",
                "Dit gebeurt al: sinds 2024 houden wij elk jaar een schouw. Een extra lift kunnen "
                "wij niet direct toezeggen.",
            ),
            ("adopted", ["adopted", "noted", "adopted"]),
        ),
    ],
)
def test_the_letters_word_on_every_ask_decides_over_the_details(
    letter: str, expected: tuple[str, list[str]]
) -> None:
    decision, _, points, _, _ = decide(doc(letter))
    assert (decision, [label for _, label, _ in points]) == expected


def test_no_position_yet_on_the_proposals_is_noted() -> None:
    letter = (
        "Geachte heer Blom,\nOp 15 september ontvingen wij uw ongevraagd advies. Wij nemen op dit "
        "moment nog geen standpunt in over uw vier voorstellen. Dat betekent niet dat wij ze "
        "afwijzen, en ook niet dat wij ze overnemen. De wet is nog niet definitief. Daarbij "
        "zullen wij per voorstel aangeven of en hoe het in het concept is verwerkt, en zo niet, "
        "waarom niet.\nMet vriendelijke groet,\nburgemeester en wethouders\n"
    )
    assert decide(doc(letter))[0] == "noted"


@pytest.mark.parametrize(
    ("letter", "expected"),
    [
        # a decision to decline the advice for now decides over what the letter shares or defers
        # (round GS)
        (
            "Geachte mevrouw,\nU schrijft dat mantelzorgers overbelast raken. Dat onderschrijven wij "
            "volledig. Wij hebben besloten uw advies op dit moment niet over te nemen. De "
            "begroting laat geen ruimte. Wij nemen uw suggestie dus mee in de evaluatie, maar doen "
            "nu geen toezegging.\nMet vriendelijke groet,\nburgemeester en wethouders\n",
            "not_adopted",
        ),
        # a decision not to adopt beside a measure taken is still a part
        (
            "Geachte mevrouw,\nWij hebben besloten uw advies niet over te nemen. Wel nemen wij uw "
            "voorstel voor een folder over.\nMet vriendelijke groet,\nburgemeester en wethouders\n",
            "partially_adopted",
        ),
    ],
)
def test_a_decision_to_decline_the_advice_for_now(letter: str, expected: str) -> None:
    assert decide(doc(letter))[0] == expected


def test_the_advice_declined_for_now_decides_over_each_points_details() -> None:
    letter = DECLINED_ALL_THEN_WHY.replace(
        "Uw aanbevelingen nemen wij op dit moment niet over.",
        "Tegelijk moeten wij u laten weten dat wij uw advies op dit moment niet overnemen.",
    )
    decision, _, points, _, _ = decide(doc(letter))
    assert (decision, [label for _, label, _ in points]) == ("not_adopted", ["not_adopted"] * 3)


CONCLUDED_REFUSAL_AFTER_EACH_ASK = (
    "Geachte heer Verbeek,\n"
    "Wij danken u voor uw advies over de nota armoedebeleid. Hieronder gaan wij in op uw "
    "aanbevelingen.\n"
    "1. Verhoog de inkomensgrens\n"
    "Een verhoging naar 130% kost ruim € 200.000 per jaar. Daarvoor is in de begroting geen "
    "dekking.\n"
    "2. Eén loket voor kinderen\n"
    "Via het Jeugdfonds is er nu al een ruim aanbod. Daar kiezen wij niet voor. In de nota "
    "nemen wij wel op dat wij de informatie bundelen in één overzicht.\n"
    "3. Schrap de vermogenstoets\n"
    "Toch handhaven wij de vermogenstoets, omdat de regeling bedoeld is voor wie weinig heeft.\n"
    "Conclusie\n"
    "Alles overziend komen wij tot de conclusie dat wij uw advies op dit moment niet overnemen. "
    "Dat is geen oordeel over uw aanbevelingen, die wij voor een groot deel begrijpen, maar een "
    "gevolg van afspraken die wij niet eenzijdig kunnen wijzigen.\n"
    "Met vriendelijke groet,\nburgemeester en wethouders\n"
)


def test_a_concluding_refusal_for_now_declines_every_ask_over_a_small_extra() -> None:
    """The letter's conclusion declines the advice for now (round GT/GU): each ask is declined
    with it, a small extra beside a refusal included, and the reasons given per ask above the
    conclusion count as its motivation; "die wij voor een groot deel begrijpen" is how far the
    college understands the council, no part adopted."""
    decision, _, points, _, motivated = decide(doc(CONCLUDED_REFUSAL_AFTER_EACH_ASK))
    assert (decision, [label for _, label, _ in points], motivated) == (
        "not_adopted", ["not_adopted"] * 3, True)  # fmt: skip


def test_a_whole_refusal_spreads_over_the_asks_the_letter_retold() -> None:
    """ "In uw advies doet u drie aanbevelingen: 1. ...; 2. ...; 3. ..." and the conclusion
    declines the advice: three points declined (round GU)."""
    letter = (
        "Geachte mevrouw Blaauboer,\nIn uw advies doet u drie aanbevelingen:\n"
        "1. het mantelzorgcompliment verhogen naar € 150;\n2. in iedere kern een aanspreekpunt "
        "aanwijzen;\n3. een budget voor respijtzorg reserveren.\n"
        "Laat ik vooropstellen dat ik uw zorg deel. In de begroting is geen ruimte voor een hoger "
        "compliment, en extra formatie kan ik in 2026 niet financieren.\n"
        "Alles overziend kom ik tot de conclusie dat ik uw advies op dit moment niet kan "
        "overnemen.\nMet vriendelijke groet,\nde wethouder\n"
    )
    decision, _, points, _, motivated = decide(doc(letter))
    assert (decision, [label for _, label, _ in points], motivated) == (
        "not_adopted", ["not_adopted"] * 3, True)  # fmt: skip


def test_a_verdict_between_brackets_after_the_asks_title_decides_the_point() -> None:
    """ "Ad 4 — Vrijwilligersvervoer (niet overgenomen). Wij steunen ..., maar ...": the title's
    verdict, also when a scan runs the title on into the answer (round GU)."""
    letter = (
        "Geachte heer De Vries,\nHieronder per aanbeveling onze reactie.\n"
        "Ad 1 — Woonlocaties (overgenomen). Wij nemen per kern een locatie op in de woonvisie.\n"
        "Ad 2 — Preventief huisbezoek (in aangepaste vorm overgenomen). Een bezoek bij alle "
        "75-plussers is niet uitvoerbaar. Wel starten wij een proef in twee kernen.\n"
        "Ad 3 — Vrijwilligersvervoer (niet overgenomen). Wij steunen de vervoersdienst bij de "
        "werving, maar kunnen een uitbreiding van het aanbod niet toezeggen.\n"
        "Met vriendelijke groet,\nburgemeester en wethouders\n"
    )
    _, _, points, _, _ = decide(doc(letter))
    assert [label for _, label, _ in points] == ["adopted", "partially_adopted", "not_adopted"]


def test_a_point_already_begun_and_now_extended_is_adopted_with_the_rest() -> None:
    """ "Sinds april loopt al een proef ... Wij breiden deze werkwijze uit naar de hele
    gemeente" under "wij nemen het advies in zijn geheel over": extended, so adopted (round GT)."""
    letter = ADOPTED_ALL_THEN_HOW.replace(
        "Wij organiseren elk jaar een schouw langs gemeentelijke gebouwen. Een extra lift kunnen "
        "wij niet direct toezeggen.",
        "Sinds april 2025 loopt in de kern Zaltbommel al een proef met een jaarlijkse schouw. "
        "Wij breiden deze werkwijze met ingang van 1 januari 2026 uit naar de hele gemeente.",
    )
    decision, _, points, _, _ = decide(doc(letter))
    assert (decision, [label for _, label, _ in points]) == ("adopted", ["adopted"] * 3)


def test_lettered_rows_of_a_table_keep_their_letters_places() -> None:
    """A table whose first row was lost on the page before ("b. ...", "c. ...") answers asks
    2 and 3, not 1 and 2 (round GT)."""
    table = Table(2, (
        ("b. Zie af van de verlaging van het tarief", "Niet overgenomen. De verlaging is nodig om "
         "het tarief in lijn te brengen met de andere gemeenten in de regio."),
        ("c. Wijs inwoners op cliëntondersteuning", "Overgenomen. De ontvangstbevestiging krijgt "
         "vanaf januari een aparte alinea over cliëntondersteuning."),
    ))  # fmt: skip
    assert [(n, label) for n, label, _ in points_from_tables((table,))] == [
        (2, "not_adopted"), (3, "adopted")]  # fmt: skip


def test_the_advice_date_after_the_kenmerk_on_its_header_line() -> None:
    """ "Uw kenmerk ASD-L 2025-19, 16 december 2025." (round GS); a date in a second column
    further on ("Datum ...") is not the advice's."""
    head = "Gemeente Leiden\nDatum 10 februari 2026\nUw kenmerk ASD-L 2025-19, 16 december 2025.\n"
    text = head + "Onderwerp Reactie op uw advies\nGeacht bestuur,\nWij danken u.\n"
    assert cited_advice(doc(text), date(2026, 2, 10))[:2] == ("ASD-L 2025-19", date(2025, 12, 16))


def test_the_skipped_ask_is_adopted_when_the_letter_counts_what_it_adopted() -> None:
    """ "Drie van uw vijf adviezen (a, c en d) hebben wij overgenomen", then the answers to the
    second to fifth: the first, not answered, is one of the three adopted (round GT)."""
    letter = (
        "Geachte mevrouw Van Heumen,\nDrie van uw vijf adviezen (1, 3 en 4) hebben wij "
        "overgenomen. Hieronder leest u per advies onze overwegingen.\n"
        "Advies 2\nNiet overgenomen. De verlaging is nodig om het tarief in lijn te brengen.\n"
        "Advies 3\nOvergenomen. De brief krijgt een alinea over cliëntondersteuning.\n"
        "Advies 4\nOvergenomen. Er komt een overgangstermijn van zes maanden.\n"
        "Advies 5\nNiet overgenomen. Een leeftijdsgrens past niet bij de Wmo.\n"
        "Met vriendelijke groet,\nburgemeester en wethouders\n"
    )
    _, _, points, _, _ = decide(doc(letter))
    assert [label for _, label, _ in points] == [
        "adopted", "not_adopted", "adopted", "adopted", "not_adopted"]  # fmt: skip


def test_years_shared_by_two_subjects_are_no_shared_subject() -> None:
    """ "Inclusieagenda 2025-2028" and "Uitvoeringsplan schulden 2025-2028" share two years and
    no subject: they do not make up for a kenmerk cited with another date (round GS)."""
    advice = Candidate("a9", "ASDL 2025-07", date(2025, 4, 10), "Leiden", "Adviesraad",
                       "Uitvoeringsplan schuldhulpverlening 2025-2028")  # fmt: skip
    response = _response(municipality="Leiden", response_date=date(2025, 6, 24),
                         advice_reference="ASD-L 2025-07", advice_date_cited=date(2025, 5, 8),
                         subject="Uw advies over de Lokale Inclusieagenda 2025-2028")  # fmt: skip
    assert best_link(response, [advice]).advice_doc_id is None
    same = {**response, "subject": "Uw advies over het uitvoeringsplan schuldhulpverlening"}
    assert best_link(same, [advice]).advice_doc_id == "a9"


def test_a_long_answer_to_a_point_is_read_whole_against_the_letters_word() -> None:
    """The extension stands past the first 300 characters of the point's answer (round GT)."""
    letter = ADOPTED_ALL_THEN_HOW.replace(
        "Wij organiseren elk jaar een schouw langs gemeentelijke gebouwen. Een extra lift kunnen "
        "wij niet direct toezeggen.",
        "Wij delen uw constatering dat een schouw alleen in de kern te weinig oplevert. Sinds "
        "april 2025 loopt in de kern Zaltbommel al een proef waarbij een medewerker samen met "
        "inwoners met een beperking de gebouwen langsloopt en knelpunten noteert. De eerste "
        "resultaten zijn bemoedigend: het aantal opgeloste knelpunten is in die periode ruim "
        "verdubbeld. Wij breiden deze werkwijze met ingang van 1 januari 2026 uit naar de hele "
        "gemeente.",
    )
    decision, _, points, _, _ = decide(doc(letter))
    assert (decision, [label for _, label, _ in points]) == ("adopted", ["adopted"] * 3)


def test_the_councils_advices_declined_for_now_over_a_measure_taken_meanwhile() -> None:
    """ "Het college neemt uw adviezen op dit moment echter niet over", then what it does
    meanwhile: every advice declined for now, no part adopted; the reasons that follow ("heeft
    alles te maken met de financiële vooruitzichten") motivate it (round GV)."""
    letter = (
        "Geachte mevrouw Smits,\nWij danken u voor uw twee adviezen over de meerkosten bij "
        "chronische ziekte en over de toegang tot de Wmo. Het college neemt uw adviezen op dit "
        "moment echter niet over. Dat heeft alles te maken met de financiële vooruitzichten van "
        "de gemeente. Ten derde richten wij in 2026 samen met de welzijnsorganisatie de toegang "
        "opnieuw in, met meer nadruk op de wijken.\nMet vriendelijke groet,\nde wethouder\n"
    )
    decision, _, _, _, motivated = decide(doc(letter))
    assert (decision, motivated) == ("not_adopted", True)


def test_an_ask_told_again_with_what_already_exists_is_no_answer_that_it_is_done() -> None:
    """ "In uw tweede advies stelt u voor een kindpakket in te voeren, bovenop wat Stichting
    Leergeld nu al biedt": the council's ask, not the college saying it already happens; under
    the refusal of both advices it is declined (round GW)."""
    letter = (
        "Geachte heer Van Dijk,\nIn uw eerste advies vraagt u de inkomensgrens te verhogen van "
        "120% naar 130% van het sociaal minimum.\nIn uw tweede advies stelt u voor een "
        "kindpakket in te voeren: € 150 per schoolgaand kind, bovenop wat Stichting Leergeld nu "
        "al biedt.\nMijn reactie\nHoezeer ik ook achter de bedoeling van beide adviezen sta, het "
        "college kiest ervoor ze op dit moment niet uit te voeren. Dat heeft alles te maken met "
        "de bezuinigingen die de gemeente moet doorvoeren.\nMet hartelijke groet,\nde wethouder\n"
    )
    decision, _, points, _, _ = decide(doc(letter))
    assert (decision, [label for _, label, _ in points]) == ("not_adopted", ["not_adopted"] * 2)
