"""The stance reader on sentences the first version misread: decisions deferred, principles
agreed with, requests granted or kept, and the bare answers of a reaction cell."""

from __future__ import annotations

import pytest

from cp_textmine.classify.stance import sentence_stance


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "een besluit nemen over" is no taking over
        ("Na de evaluatie in het voorjaar nemen wij een besluit over de nieuwe regeling.", "noted"),
        ("Pas na afronding van het onderzoek maken wij de keuze.", "noted"),
        ("Wij laten uw advies in de herijking meewegen en kiezen pas daarna.", "noted"),
        ("Uw voorstellen nemen wij voor het grootste deel over.", "partially_adopted"),
        ("Het verzoek om elke brief te herschrijven willigen wij niet in.", "not_adopted"),
        ("Uw verzoek om een extra spreekuur willigen wij graag in.", "adopted"),
        ("Wij houden vast aan de bestaande termijn van acht weken.", "not_adopted"),
        ("Het college blijft de huidige toetsing hanteren.", "not_adopted"),
        # agreeing with a principle or a concern decides nothing about the advice
        ("Wij onderschrijven dat de regels begrijpelijk moeten zijn.", None),
        ("Wij delen uw zorg over de wachttijden.", None),
        ("Wij realiseren ons dat dit teleurstellend is.", None),
        # a hope about what may come is no answer, unless it names the advice
        ("Wij hopen dat een wachtlijst niet nodig zal zijn.", None),
        ("Wij hopen op begrip voor ons besluit uw advies niet te volgen.", "not_adopted"),
        # taken up, but in another form than asked
        (
            "Wij voeren de rapportage in, maar per jaar in plaats van per kwartaal.",
            "partially_adopted",
        ),
        # the decision named for a later moment; one taken then is no deferral
        ("Een besluit hierover nemen wij bij de vaststelling van de begroting 2026.", "noted"),
        ("Wij besluiten hierover bij het opstellen van de kadernota.", "noted"),
        ("Het besluit is genomen bij de vaststelling van de begroting.", None),
        # the college's own act, subject first: extending, writing the ask into its plan
        ("Op uw aanraden breiden wij de inloop uit met een avond.", "adopted"),
        ("In 2026 breiden wij de inloop uit naar de dorpen.", None),  # its own plan, told
        ("Wij hebben de termijn van vijf dagen in de beleidsregels opgenomen.", "adopted"),
        ("Met het nieuwe rooster geven wij invulling aan uw tweede advies.", "adopted"),
        # the practice already there, spelled out after a colon: no adoption in its acts
        (
            "Dat is al de vaste werkwijze: bij elke aanvraag wordt de mantelzorger gevraagd en in het "
            "verslag is een paragraaf over hem opgenomen.",
            "noted",
        ),
    ],
)
def test_college_sentences(sentence: str, expected: str | None) -> None:
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Eens. Het formulier wordt samengevoegd.", "adopted"),
        ("Graag. Twee leden lezen mee met de folder.", "adopted"),
        ("Nee, daarvoor ontbreekt het budget.", "not_adopted"),
        ("Het budget verhogen wij niet.", "not_adopted"),
        ("De werkgroep komt in maart bijeen.", None),
        ("Conform advies.", "adopted"),
        ("Conform.", "adopted"),
        # "conform" the national rule: which rule is followed, not the advice
        ("Conform het landelijke beleid worden er sinds maart 2020 geen boetes opgelegd.", None),
    ],
)
def test_reaction_cells_answer_without_an_actor(cell: str, expected: str | None) -> None:
    assert sentence_stance(cell, require_actor=False) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Op alle punten behalve punt 2 wordt uw advies overgenomen.", "partially_adopted"),
        ("Op punt 4 na wordt uw advies door ons overgenomen.", "partially_adopted"),
        ("Op uw voorstel om de termijn te verlengen gaan wij niet in.", "not_adopted"),
        ("Dat is niet gelukt, omdat wij uw advies eerst wilden verwerken.", None),
    ],
)
def test_inverted_passives_exceptions_and_reasons(sentence: str, expected: str | None) -> None:
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wij hebben besloten uw voorstellen niet uit te voeren.", "not_adopted"),
        ("Wij hebben besloten de regeling aan te passen zoals u voorstelt.", "adopted"),
        ("Wij hebben besloten de huidige werkwijze voort te zetten.", "not_adopted"),
    ],
)
def test_separable_verbs_with_te(sentence: str, expected: str) -> None:
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a "niet" inside the that-complement is not the college's refusal
        (
            "Wij delen uw mening dat niemand twee keer hetzelfde formulier hoeft in te vullen.",
            "adopted",
        ),
        # waiting for an evaluation before changing anything is deferral, even as "not now"
        (
            "Wij achten het niet verstandig om, vooruitlopend op het onderzoek, de norm te wijzigen.",
            "noted",
        ),
        ("In afwachting van de landelijke wet passen wij de regeling nog niet aan.", "noted"),
        # not deciding now defers; not doing it now refuses
        (
            "Wij vinden het niet verstandig om nu, los van deze ontwikkelingen, per aanbeveling "
            "een besluit te nemen.",
            "noted",
        ),
        ("Wij vinden het niet verstandig om nu het budget te verhogen.", "not_adopted"),
        # persuaded or not, with the council as subject after the verb; written into the rules
        ("Op alle drie punten heeft u ons overtuigd.", "adopted"),
        ("U heeft ons op dit punt niet kunnen overtuigen.", "not_adopted"),
        ("Die termijn hebben wij in artikel 4 opgenomen.", "adopted"),
        ("Wij hebben contact opgenomen met de uitvoering.", None),
        # a decision not to do what was asked declines it
        ("Wij hebben besloten de vergoeding dit jaar niet te verhogen.", "not_adopted"),
        # legends and announcements carry no stance
        ("In de derde kolom ziet u of het advies is overgenomen of niet.", None),
        ("Wij volgen hieronder de volgorde van uw brief.", None),
        ("Uw analyse sluit aan bij wat wij van de wijkteams horen.", None),
        # already done, in other words than "staand beleid"
        ("Wij bellen nu al binnen twee werkdagen terug.", "noted"),
        # a change dated before, not made on the advice, is already so
        ("De folders zijn in 2023 herschreven op taalniveau B1.", "noted"),
        ("Naar aanleiding van uw advies is de folder in 2024 herschreven.", "adopted"),
        # the asks put to an evaluation, a position only once it is done
        ("Uw vier aanbevelingen hebben wij als vragen aan de evaluatie toegevoegd.", "noted"),
        (
            "Over beide onderwerpen nemen wij pas een standpunt in als de evaluatie er ligt.",
            "noted",
        ),
        # a summing-up over several outcomes; one part of an advice carried out
        (
            "Samengevat: het aanvraagformulier en de publieksversie komen er; over de "
            "inkomensgrens besluiten wij bij de verdere uitwerking; het voorstel over "
            "kwijtschelding volgen wij niet.",
            "partially_adopted",
        ),
        ("Het eerste deel van dit advies voeren wij uit.", "partially_adopted"),
        # what was asked exists already, told in other words
        ("Ook de hulp in de wijk bestaat al.", "noted"),
        ("Het papieren formulier is nooit afgeschaft.", "noted"),
        (
            "Ik kan u op alle drie de punten geruststellen, al begrijp ik uit uw advies dat dit "
            "nog niet bij iedereen bekend is.",
            "noted",
        ),
        ("Deze verplichting volgt al uit artikel 2.3.2 van de Wmo 2015.", "noted"),
        ("Dat stond ook al in de concept-versie die u hebt ontvangen.", "noted"),
        # refusals in other words; the college's own reasoning put in a proposal adopts nothing
        (
            "Wij zijn ons ervan bewust dat deze brief u op geen van de drie punten tegemoetkomt.",
            "not_adopted",
        ),
        ("Hier hebben wij geen ruimte: dit criterium staat in de wet zelf.", "not_adopted"),
        ("Wij vinden de beleidsregels daarvoor niet de goede plek.", "not_adopted"),
        (
            "Uw advies heeft ons gedwongen onze keuzes te onderbouwen, en die onderbouwing is in "
            "het raadsvoorstel opgenomen.",
            None,
        ),
        ("Een telefoongesprek had laten zien dat er een andere oplossing is.", None),
        # input for a policy still to be written; a middle way
        ("Uw advies voegen wij als bouwsteen aan de voorbereiding van die nota toe.", "noted"),
        ("Wij kiezen daarom voor een tussenweg.", "partially_adopted"),
        ("Wij hebben daarom gekozen voor een tussenweg.", "partially_adopted"),
        # the council's view retold is no stance; agreement and refusal in other words
        ("U raadt ons af om een algemene voorziening in te voeren.", None),
        ("Dat vinden wij een redelijk voorstel.", "adopted"),
        ("Een harde eis in het bestek gaat ons echter te ver.", "not_adopted"),
        ("Samen met het jongerenwerk richten wij dit voorjaar een jongerenpanel op.", "adopted"),
        ("Daarin leggen wij vast dat het team een toekomstplan opstelt.", "adopted"),
        # already so, told of a letter inwoners get, or built in
        (
            "Sinds 1 maart 2023 staat in elke uitnodiging voor een gesprek een vaste alinea.",
            "noted",
        ),
        (
            "Bij het lezen viel ons op dat de meeste ervan in onze werkwijze al zijn ingebouwd.",
            "noted",
        ),
        ("De pagina's zijn in april 2024 vernieuwd.", "noted"),
        ("Onze werkwijze voldoet daarmee al aan uw voorstel.", "noted"),
        # passive inclusion later and open choices defer
        ("Uw punten worden meegenomen in de nieuwe nota.", "noted"),
        # starting work on the points follows them; a relative clause is no stance
        ("Wij gaan met uw drie voorstellen aan de slag.", "adopted"),
        (
            "Wij houden elk jaar een peiling, waarvan de uitkomsten in het werkplan terugkomen.",
            None,
        ),
    ],
)
def test_complements_waiting_legends_and_already(sentence: str, expected: str | None) -> None:
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what the council asked to change stays as it was: a refusal, even without "wij"
        ("Artikel 7 van de regeling blijft ongewijzigd.", "not_adopted"),
        ("De eigen bijdrage is gebleven zoals die in het ontwerp stond.", "not_adopted"),
        # taking a side remark to heart is an acknowledgement, not an adoption
        ("Uw opmerking over de korte termijn nemen wij ter harte.", "noted"),
    ],
)
def test_unchanged_rules_and_remarks_taken_to_heart(sentence: str, expected: str | None) -> None:
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause on a noun has its own subject: the staff, not the college
        ("Wij spraken hierover met de buurtteams die de aanvragen beoordelen.", None),
        ("Het voorstel over de website die u noemt voeren wij uit.", "adopted"),
        ("De onderdelen die wij overnemen staan in de bijlage.", "adopted"),
        # a value that stays as it is: the council asked for another one
        ("Over de leeftijdsgrens: die blijft voorlopig 27 jaar.", "not_adopted"),
        ("De toeslag blijft € 250 per jaar.", "not_adopted"),
        # not changing what was asked, in the infinitive or with the verb first
        (
            "Wij hebben besloten dat wij de intake nu niet aanpassen zoals u voorstelt.",
            "not_adopted",
        ),
        ("De beleidsregels wijzigen wij niet.", "not_adopted"),
        # ... unless the college only waits until it has the whole picture
        ("Wij willen de folders niet herschrijven voordat het onderzoek klaar is.", "noted"),
        (
            "Een belofte voor de toekomst: zodra de wet verandert, moeten wij de regels aanpassen.",
            None,
        ),
        # having it worked out first, coming back to the council later: deferral
        ("Wij laten eerst verkennen wat een gezamenlijke aanvraag kost.", "noted"),
        ("Wij komen in het najaar bij de adviesraad terug.", "noted"),
    ],
)
def test_relative_clauses_values_kept_and_changes_refused(
    sentence: str, expected: str | None
) -> None:
    assert sentence_stance(sentence) == expected


def test_a_reaction_cell_that_describes_the_change_adopts() -> None:
    cell = "Per 1 mei werkt het loket met vaste contactpersonen. Daarvoor is in de begroting geld opgenomen."
    assert sentence_stance(cell.split(". ")[1], require_actor=False) == "adopted"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the ask is already written down in the rules: already policy
        ("Die afspraak staat al in de huidige nadere regels.", "noted"),
        # coming back on the request later: deferred
        ("Wij komen op deze vraag terug na de begrotingsbehandeling.", "noted"),
        # a calculation the college had made is an account, not a study promised
        ("Wij hebben laten uitrekenen wat een hogere vergoeding zou kosten.", None),
        # announcing the act itself, with any verb
        ("Voor gezinnen met kinderen gaan wij de bijdrage verdubbelen.", "adopted"),
        ("Wij gaan de folder in drie talen laten vertalen.", "adopted"),
        # talking, or an assumption, is not doing
        ("Wij gaan hierover graag met u praten.", None),
        ("Wij gaan ervan uit dat de regeling volstaat.", None),
    ],
)
def test_already_written_down_coming_back_and_announced_acts(
    sentence: str, expected: str | None
) -> None:
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a short relative clause on the council's words ends after its verb
        ("Wij hebben de nota op de drie punten die u aandraagt aangepast.", "adopted"),
        ("De suggesties die u doet nemen wij niet over.", "not_adopted"),
    ],
)
def test_the_verdict_after_a_relative_clause_about_the_council(
    sentence: str, expected: str
) -> None:
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the college dates the start of an act: it does what was asked
        ("Na de zomer starten wij met een spreekuur in de bibliotheek.", "adopted"),
        ("We beginnen vanaf oktober met huisbezoeken bij nieuwe aanvragers.", "adopted"),
        # starting a letter's answer, or a start in the past, is no verdict
        ("Wij beginnen met de eerste vraag uit uw brief.", None),
    ],
)
def test_a_dated_start_of_an_act_adopts(sentence: str, expected: str | None) -> None:
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the law leaves no room: a refusal even when no "wij" declines
        ("De Jeugdwet geeft ons geen ruimte om deze eis te laten vallen.", "not_adopted"),
        ("Volgens de wet is het niet toegestaan de toeslag vaker uit te keren.", "not_adopted"),
        # keeping to the set budget or the policy in force
        ("Wij blijven daarbij binnen de afgesproken kaders van de begroting.", "not_adopted"),
        ("Wij houden vooralsnog de huidige werkwijze aan.", "not_adopted"),
        ("De bestaande regeling blijft gelden.", "not_adopted"),
        # going along with the advice, or not
        ("Wij gaan graag mee in deze suggestie.", "adopted"),
        ("In dit voorstel kunnen wij helaas niet meegaan.", "not_adopted"),
    ],
)
def test_no_room_keeping_policy_and_going_along(sentence: str, expected: str | None) -> None:
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Het college heeft besloten het in zijn geheel te volgen.", "adopted"),
        ("Het college besluit de lijn van de regio te volgen.", None),  # not the advice
        ("Het college neemt het advies op twee van de drie punten over.", "partially_adopted"),
        ("Wij nemen drie van de drie punten over.", "adopted"),
        # talking about how, not doing what was asked
        ("Wij gaan graag met u in gesprek over hoe de wachttijd kort kan blijven.", None),
        ("Wij gaan de regeling per 1 januari aanpassen.", "adopted"),
    ],
)
def test_decided_to_follow_counted_points_and_talks(sentence: str, expected: str | None) -> None:
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected", "actor"),
    [
        # a negated choice, and leaving a rule as it is, decline
        ("Wij kiezen er uiteindelijk niet voor de regeling uit te breiden.", "not_adopted", True),
        ("Het college heeft besloten de beleidsregel te laten zoals die is.", "not_adopted", True),
        ("Wij laten de verordening op dit punt ongewijzigd.", "not_adopted", True),
        ("Op dit punt kiezen wij een andere koers.", "not_adopted", True),
        ("Wij houden aan de huidige norm vast.", "not_adopted", True),
        # agreeing with what the council saw is no answer to what it asked
        ("Uw schets van de knelpunten is herkenbaar en wij onderschrijven die.", None, True),
        ("Wij herkennen ons in de signalen uit uw achterban.", None, True),
        ("Wij onderschrijven uw voorstel.", "adopted", True),
        # a concessive clause, or 'not yet', carries no refusal
        ("Wij nemen uw advies over, al zal de invoering pas in 2026 lukken.", "adopted", True),
        ("Wij nemen uw advies over, hoewel wij het niet direct kunnen invoeren.", "adopted", True),
        # the answer is still to come
        ("Uw advies wordt de komende weken ambtelijk bestudeerd.", "noted", True),
        ("Uw advies hebben wij doorgestuurd aan de projectgroep.", "noted", True),
        ("Binnenkort ontvangt u van ons een inhoudelijke reactie.", "noted", True),
        ("Inhoudelijk neemt het college nog geen standpunt in.", "noted", True),
        ("Wij hebben uw advies betrokken bij de definitieve regeling.", None, True),
        # the college's own verbs for doing what was asked, in a reaction cell
        ("Wij voegen een hoofdstuk over nazorg aan het plan toe.", "adopted", False),
        ("Een vaste contactpersoon wordt de standaard.", "adopted", False),
        ("Wij richten een cliëntenpanel in.", "adopted", False),
        ("Wij richten ons eerst op de uitvoering.", None, False),
    ],
)
def test_choices_analysis_concessions_and_answers_to_come(
    sentence: str, expected: str | None, actor: bool
) -> None:
    assert sentence_stance(sentence, require_actor=actor) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # announcing the answer is no answer: "als volgt" is "as follows", "ingaan op" discusses
        ("Tegen deze achtergrond reageren wij als volgt op uw advies.", None),
        ("Hieronder gaan wij in op uw vier adviespunten.", None),
        # a condition decides nothing; the noting beside it does
        ("In de bijlage leest u per punt hoe met uw opmerkingen is omgegaan en, als wij een advies niet "
         "volgen, waarom niet.", None),
        ("Wij nemen uw advies voor kennisgeving aan; indien wij het later niet volgen, laten wij u dat weten.",
         "noted"),
        # what is known qualifies a detail, not the adoption; a condition on the adoption does
        ("Het college neemt uw advies geheel over: wij schrijven de ouders, voor zover wij hun adres "
         "kennen, in maart aan.", "adopted"),
        ("Wij nemen uw advies over voor zover de wet dat toelaat.", "partially_adopted"),
        # following the execution in a clause of its own watches it, whatever the sentence
        # named before (round GX)
        ("Wij nemen uw advies voor kennisgeving aan, met de opmerking dat wij de uitvoering "
         "samen met u blijven volgen.", "noted"),
        # the passive of what is already done (round GZ's shape)
        ("Op grond van de huidige beleidsregels worden noodzakelijke reiskosten al vergoed.", "noted"),
        ("Een bijdrage in de kosten van kinderopvang wordt reeds verstrekt.", "noted"),
        # going into the points is answering them, also after the salutation on its line
        ("Beste leden van de adviesraad,\nHieronder gaan wij in op de twee punten die u noemt.", None),
        # a real act announced with "gaan wij" still adopts
        ("Voor deze groep gaan wij de toeslag voortaan automatisch toekennen.", "adopted"),
    ],
)  # fmt: skip
def test_announcements_and_conditions_take_no_stance(sentence: str, expected: str | None) -> None:
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Alles afwegende hebben wij besloten het programma vast te stellen zoals het aan u is voorgelegd, "
        "zonder de door u voorgestelde wijzigingen.",
        "Wij blijven dus werken met een inkomensgrens van 120% en met de aanpak via de wijkteams.",
        "Daar kiezen wij nu niet voor.",
        "Wij versterken liever die wijkteams, met in elk team een specialist, dan dat wij een nieuw loket openen.",
    ],
)
def test_keeping_the_colleges_own_plan_declines(sentence: str) -> None:
    assert sentence_stance(sentence) == "not_adopted"


def test_a_points_answer_about_the_advice_outweighs_how_it_is_carried_out() -> None:
    from cp_textmine.classify.decision import points_from_text

    text = (
        "Advies 1 – informeren bij uitval\nIk neem dit advies over. Cliënten worden voortaan gebeld.\n\n"
        "Advies 2 – geen verlaging van uren zonder gesprek\nOok dit advies neem ik over. Het was al de bedoeling dat er "
        "contact is, maar uw signalen laten zien dat dat in de praktijk niet altijd gebeurde. Een verlaging wordt "
        "niet meer doorgevoerd zonder gesprek.\n\nMet vriendelijke groet,\n"
    )
    assert [label for _, label, _ in points_from_text(text)] == ["adopted", "adopted"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ook dat volgt uit de wet en is dus niet iets wat de gemeente zelf bepaalt.", None),
        ("Wij zijn het met u eens dat de energielasten voor veel huishoudens nog steeds hoog zijn.", None),
        ("Op uw verzoek om een gesprek gaan wij graag in.", None),
        ("Het onderzoek naar niet-gebruik wordt jaarlijks uitgevoerd, zoals u adviseerde.", "adopted"),
        ("Een verhoging zoals u voorstelt, kost ruim € 290.000 per jaar.", None),
        ("Reeds gerealiseerd: de nieuwe pagina staat sinds april online.", "noted"),
    ],
)  # fmt: skip
def test_facts_procedure_compounds_and_already_done(sentence: str, expected: str | None) -> None:
    assert sentence_stance(sentence, require_actor=not sentence.startswith("Reeds")) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Aanbeveling 5 wordt niet gevolgd.", "not_adopted"),
        ("Ad b: Gedeeltelijk overgenomen.", "partially_adopted"),
        ("Punt 4: Wordt gerealiseerd, de klantmanagers krijgen in het najaar een training.", "adopted"),
        ("Kennisgenomen.", "noted"),
        ("De eerste twee aanbevelingen nemen wij over, de derde niet.", "partially_adopted"),
        ("Anders dan u adviseert, wordt de studietoeslag niet verhoogd.", "not_adopted"),
        ("Zoals u adviseerde, wordt de verordening voortaan om de twee jaar geëvalueerd.", "adopted"),
        ("Wij zien geen reden om van uw advies af te wijken.", "adopted"),
        ("Omdat de inkoop regionaal is belegd, hebben wij uw advies doorgestuurd naar de regiogemeenten.", "noted"),
        ("De inkomensgrens verhogen wij niet.", "not_adopted"),
        ("In plaats van de door u voorgestelde campagne kiest het college voor huisbezoeken.", "not_adopted"),
        ("Over de hoogte van de eigen bijdrage is nog geen besluit genomen.", "noted"),
    ],
)  # fmt: skip
def test_answers_in_the_many_ways_colleges_write_them(sentence: str, expected: str) -> None:
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De eigen bijdrage wordt, zoals u vroeg, niet verhoogd.", "adopted"),
        ("Uw aanbeveling om ervaringsdeskundigen te betrekken bij de aanbesteding wordt integraal overgenomen.", "adopted"),
        ("Op dit punt verschillen wij met u van mening.", "not_adopted"),
        ("Het college ziet af van een apart jongerenpanel, omdat jongeren al in de adviesraad zitten.", "not_adopted"),
        ("Ik begrijp waarom u dit vraagt, en het spijt mij dat ik u hierin niet tegemoet kan komen.", "not_adopted"),
        ("Wij komen hier vóór 1 juli in een afzonderlijke brief op terug.", "noted"),
        ("Wij laten onderzoeken of uw voorstel juridisch en financieel haalbaar is.", "noted"),
        ("Ten dele akkoord: de aanvraagtermijn gaat omlaag, de beslistermijn blijft acht weken.", "partially_adopted"),
        ("Ik ben bereid het loket op donderdag langer open te houden, maar niet op alle avonden.", "partially_adopted"),
        ("Zoals u weet, wordt de Participatiewet de komende jaren aangepast.", None),
        ("Hieronder lichten wij toe waarom wij op enkele punten tot een andere afweging komen.", None),
        ("Wij hebben besloten anders te handelen dan u adviseert.", "not_adopted"),
        ("Sinds 2022 werken alle wijkteams al met één vaste contactpersoon per gezin.", "noted"),
    ],
)  # fmt: skip
def test_answers_written_by_other_hands(sentence: str, expected: str | None) -> None:
    assert sentence_stance(sentence) == expected


def test_the_reader_keeps_its_reading_of_the_tuned_answer_sentences() -> None:
    """Regression guard over the blind writers' sentences the reader was mended on (S1-S6,
    S8 and S9: 960 sentences, 0.84-0.94 each when this test was last raised; S7 is held out
    and not guarded). A change that loses more than a handful of them fails here, not only
    in the evaluation."""
    import json
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "annotations" / "dev" / "stance"
    for name in ("S1", "S2", "S3", "S4", "S5", "S6", "S8", "S9"):
        rows = [
            json.loads(line)
            for line in (folder / f"sentences-{name}.jsonl").read_text("utf-8").splitlines()
        ]
        correct = sum((sentence_stance(r["sentence"]) or "none") == r["label"] for r in rows)
        assert correct / len(rows) >= 0.84, (name, correct, len(rows))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # impersonal decisions and decision lists
        ("Besloten wordt het advies van de Wmo-raad over de wachttijden te volgen.", "adopted"),
        ("Het college besluit: het advies over de reiskosten niet te volgen.", "not_adopted"),
        ("Het college besluit: 2. kennis te nemen van het advies over de Wmo-taxi;", "noted"),
        ("Het college besluit: punt 1 en 2 over te nemen en punt 3 niet over te nemen.",
         "partially_adopted"),
        # met halfway, or a part left out
        ("De eigen bijdrage daalt naar € 10, niet naar de € 5 die de raad voorstelde.",
         "partially_adopted"),
        ("Wij nemen de punten a en b over, maar niet punt c.", "partially_adopted"),
        ("Ik ga de inloop uitbreiden, alleen niet in alle wijken.", "partially_adopted"),
        # refusals in other words
        ("Wij kunnen niet anders dan uw voorstel naast ons neerleggen.", "not_adopted"),
        ("Een hogere norm vinden wij te kostbaar.", "not_adopted"),
        ("Uw voorstel past niet binnen de begroting en wordt daarom niet uitgevoerd.", "not_adopted"),
        ("Het is niet zo dat wij uw advies afwijzen; wij betrekken het bij de evaluatie.", "noted"),
        # done as advised, in the perfect or with a negated change
        ("Zoals u ons had aangeraden, hebben wij de termijn ingekort.", "adopted"),
        ("Wij hebben besloten de proef niet te beëindigen, zoals uw raad bepleitte.", "adopted"),
        # waiting, keeping an eye on it, already done
        ("Het advies wordt aangehouden tot de regio heeft besloten.", "noted"),
        ("Wij houden de wachtlijsten nauwlettend in de gaten.", "noted"),
        ("Reiskosten vergoeden wij al via de bijzondere bijstand.", "noted"),
        # answer labels and bare heads
        ("Antwoord: Nee, de regeling blijft een lening.", "not_adopted"),
        ("Reactie college: Ja, vanaf maart.", "adopted"),
        ("Deels; zie de toelichting hieronder.", "partially_adopted"),
        # someone else acts
        ("Het ministerie heeft het verzoek van onze gemeente afgewezen.", None),
        ("Overgenomen door de raad bij amendement.", None),
        # money that is not there, the answer not being what was asked, in place since a date
        ("Dat bedrag is niet beschikbaar binnen de begroting 2025.", "not_adopted"),
        ("Wij beseffen dat dit niet is wat de raad had gevraagd.", "not_adopted"),
        ("Sinds maart 2023 krijgt iedere aanvrager een vaste consulent.", "noted"),
        ("Wat u vraagt, is al grotendeels in uitvoering.", "noted"),
        ("Wij zien daarom geen aanleiding om aanvullende maatregelen te nemen.", "noted"),
        ("Wat we wel gaan doen: het advies wordt meegenomen in het plan voor 2026.", "noted"),
        # a regional board answering for the colleges (S9's genre, own wording)
        ("Het dagelijks bestuur neemt uw advies over.", "adopted"),
        ("Het algemeen bestuur blijft bij het besluit om de regeling te stoppen.", "not_adopted"),
        ("Het bestuur van de GGD heeft het voorstel overgenomen.", None),
        ("Een definitief standpunt kan pas worden ingenomen na de meicirculaire.", "noted"),
        ("Een hogere vrijlating zou in strijd zijn met de Participatiewet.", "not_adopted"),
        ("Dat het advies niet zou zijn overgenomen, is onjuist; wij besluiten na de zomer.", "noted"),
    ],
)  # fmt: skip
def test_answers_in_the_words_of_the_seventh_to_ninth_writers(
    sentence: str, expected: str | None
) -> None:
    """General forms the third blind round showed (own sentences, not the writers')."""
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what the college stresses after "dat" is a fact it asserts, not an act
        ("Tegelijkertijd willen wij benadrukken dat het normenkader beschrijft hoeveel tijd nodig is "
         "om een schoon huis te realiseren.", None),
        ("Ten aanzien van punt 3 merken wij op dat het advies volledig is verwerkt in de beleidsregels.", "adopted"),
        # agreeing that something matters decides nothing
        ("Wij onderschrijven het belang hiervan volledig.", None),
        # not acting ahead of an outcome is waiting for it
        ("Wij vinden het niet verstandig om op de uitkomsten van deze trajecten vooruit te lopen.", "noted"),
        ("Wij achten het niet verstandig om vooruitlopend daarop nu al besluiten te nemen over uw advies.", "noted"),
        ("Wel zeggen wij u toe dat uw aanbevelingen als bouwstenen worden betrokken bij de uitwerking van het plan.", "noted"),
        # keeping an eye on something is no following of the advice
        ("Het gebruik van de Regiotaxi in de tweede helft van: 2023 zullen wij volgen.", None),
        ("Dit advies zullen wij volgen.", "adopted"),
        # it already runs; nothing more is needed
        ("Dit traject loopt door in 2024 en is als doorlopende actie in het programma opgenomen.", "noted"),
        ("Een verdere uitbreiding achten wij op dit moment niet nodig.", "noted"),
    ],
)  # fmt: skip
def test_stances_of_answers_that_decide_nothing_yet(sentence: str, expected: str | None) -> None:
    assert sentence_stance(sentence) == expected


def test_an_answer_that_says_it_already_happens_and_so_changes_nothing_takes_note() -> None:
    from cp_textmine.classify.decision import decide
    from cp_textmine.read.doctext import DocText
    from cp_textmine.records import Page

    text = ("Geachte heer Slot,\nHieronder gaan wij per punt op uw advies in.\n"
            "Dit is nu al de werkwijze. Wij zien daarom geen reden de tekst aan te passen.\n"
            "De draagkrachtvrije voet blijft 120% van de bijstandsnorm.\n"
            "Dat gebeurt al. Bij iedere aanvraag gaat de consulent na of er signalen zijn.\n"
            "Met vriendelijke groet,\nburgemeester en wethouders")  # fmt: skip
    assert decide(DocText.from_pages([Page(1, text, "text", len(text))]))[0] == "noted"
    refusal = text.replace(
        "Dat gebeurt al.", "Uw advies om de voet te verhogen nemen wij niet over."
    )
    assert decide(DocText.from_pages([Page(1, refusal, "text", len(refusal))]))[0] == "not_adopted"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # it already is so, and the only "no" is that nothing needs to change
        ("Dit is nu al de werkwijze; wij zien daarom geen reden de tekst aan te passen.", "noted"),
        ("Omdat wat u voorstelt in de uitvoering al wordt toegepast, is er geen reden om de "
         "werkinstructies bij te stellen.", "noted"),
        ("Gelet op het voorgaande hoeven wij geen nieuw besluit te nemen en evenmin de regels aan te "
         "passen: het doel dat u nastreeft, is al verankerd in de verordening.", "noted"),
        ("Een nieuw besluit is daarom niet nodig.", "noted"),
        # keeping a rule as it is, without "already", still refuses
        ("Wij houden vast aan de termijn van acht weken.", "not_adopted"),
        # a position taken once something is known is a position still to come
        ("Een standpunt over uw voorstellen nemen wij in op het moment dat de evaluatie klaar is.", "noted"),
        ("Wij willen voorkomen dat nu een aanpassing wordt doorgevoerd die later weer moet worden herzien.", None),
    ],
)  # fmt: skip
def test_answers_that_say_it_already_is_so_or_that_wait(
    sentence: str, expected: str | None
) -> None:
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    "heading", ["Wat wij gaan verbeteren", "Wat er al geregeld is", "Hoe wij verder gaan"]
)
def test_a_heading_put_as_a_question_is_no_stance(heading: str) -> None:
    """Section titles of an answer (round BE): they announce a part of the letter."""
    assert sentence_stance(heading) is None


def test_valuing_the_councils_role_is_no_adoption() -> None:
    sentence = "Wel hechten wij eraan dat u kunt blijven volgen of de toegang in de praktijk werkt."
    assert sentence_stance(sentence) is None
    assert sentence_stance("Wij gaan de toegang in de praktijk verbeteren.") == "adopted"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what the council will see in a later plan is no adoption now
        ("Dan zult u zien hoe uw adviezen daarin zijn verwerkt.", None),
        ("Wij nemen uw advies over en passen de tabel aan.", "adopted"),
    ],
)
def test_what_the_council_will_see_later_decides_nothing(
    sentence: str, expected: str | None
) -> None:
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Overgenomen, onder voorwaarde dat het binnen het budget blijft.", "adopted"),
        ("Akkoord, behalve voor punt b.", None),  # the exception is read by the stance reader
        ("Niet overgenomen, omdat dit te duur is.", "not_adopted"),
        ("Deels overgenomen: de termijn gaat omlaag.", "partially_adopted"),
        ("De tekst wordt aangepast, zoals u vraagt.", None),
    ],
)
def test_an_opening_verdict_before_a_comma(cell: str, expected: str | None) -> None:
    from cp_textmine.classify.stance import opening_verdict

    assert opening_verdict(cell) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ik laat u weten dat ik uw advies overneem.", "adopted"),  # a wethouder writing as "ik"
        ("Ik deel u mee dat ik uw advies niet overneem.", "not_adopted"),
    ],
)
def test_the_first_person_singular_adopts(sentence: str, expected: str) -> None:
    assert sentence_stance(sentence) == expected


def test_meeting_a_concern_part_way_while_declining_the_advice_is_no_partial_adoption() -> None:
    from cp_textmine.classify.stance import sentence_stance

    declined = "Daarmee komen wij deels tegemoet aan uw zorg, al nemen wij uw advies niet over."
    assert sentence_stance(declined) == "not_adopted"
    assert sentence_stance("Daarmee komen wij deels tegemoet aan uw zorg.") == "partially_adopted"
    assert sentence_stance("Wij nemen uw advies deels over.") == "partially_adopted"


def test_no_reason_to_depart_from_the_rule_in_force_keeps_it() -> None:
    """'geen aanleiding ... daarvan af te wijken' keeps the current rule (declines the
    advice); 'geen reden om van uw advies af te wijken' follows the advice."""
    from cp_textmine.classify.stance import sentence_stance

    keeping = "Wij zien geen aanleiding om de raad voor te stellen daarvan af te wijken."
    assert sentence_stance(keeping) == "not_adopted"
    assert sentence_stance("Wij zien geen reden om van uw advies af te wijken.") == "adopted"


def test_nevertheless_is_no_negation() -> None:
    from cp_textmine.classify.stance import sentence_stance

    assert (
        sentence_stance("Dat neemt niet weg dat wij uw zorg over het niet-gebruik delen.") is None
    )


def test_already_worked_into_the_plan_so_no_change_is_noted() -> None:
    from cp_textmine.classify.stance import sentence_stance

    sentence = (
        "Omdat uw punten al in het plan zijn verwerkt, zien wij geen reden de tekst te wijzigen."
    )
    assert sentence_stance(sentence) == "noted"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the college drops its own cutback or proposal, which the council advised against
        ("Het college heeft daarom besloten de bezuiniging niet door te voeren.", "adopted"),
        ("Wij hebben dit punt opnieuw gewogen en het voorstel laten vallen.", "adopted"),
        ("De korting op de bijdrage gaat niet door, hebben wij besloten.", "adopted"),
        # choosing not to is declining
        ("Toch kiezen wij er op dit moment niet voor het budget te verhogen.", "not_adopted"),
        # agreeing in part, doing it otherwise in the advice's spirit
        ("Hierin geven wij u voor een deel gelijk.", "partially_adopted"),
        ("Wij doen het daarom anders, maar wel in de geest van uw advies.", "partially_adopted"),
        # intended already
        ("Dat is ook onze bedoeling; in de planning staat een evaluatie.", "noted"),
        # commissioning a study adopts nothing
        (
            "Het college heeft eind vorig jaar opdracht gegeven voor een evaluatie van de toegang.",
            None,
        ),
    ],
)
def test_dropped_plans_choices_and_spirit(sentence: str, expected: str | None) -> None:
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wij verhogen de grens daarom naar € 600.", "adopted"),
        ("Hiermee zijn wij het eens.", "adopted"),
        ("Daar zijn wij het niet mee eens.", "not_adopted"),
        ("Dat doen wij graag.", "adopted"),
        (
            "Voor jongeren met ambulante hulp kiezen wij niet voor een automatische verlenging.",
            "not_adopted",
        ),
        ("Dit is in Rotterdam sinds 2023 het uitgangspunt.", "noted"),
        ("Wij laten daartoe in 2025 een gegevensbeschermingseffectbeoordeling uitvoeren.", "noted"),
        ("Ik heb opdracht gegeven om per aanbieder na te gaan hoeveel plannen er liggen.", None),
        (
            "Dat principe gaan wij vanaf 1 juli 2025 ook toepassen op jongeren in een gezinshuis.",
            "adopted",
        ),
    ],
)
def test_sentences_of_point_by_point_answers(sentence: str, expected: str | None) -> None:
    assert sentence_stance(sentence) == expected


def test_an_existing_policy_cell_is_noted() -> None:
    assert sentence_stance("Bestaand beleid", require_actor=False) == "noted"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # announcing an explanation is no "Graag." of a table cell
        ("Graag lichten wij dat hieronder toe.", None),
        ("Graag.", "adopted"),
        # the verb of another, in a relative clause: a principle endorsed, nothing declined
        ("Wij delen uw uitgangspunt: een besluit dat de lezer niet kan volgen, is geen goed "
         "besluit.", None),
        # what the council asks is in force already
        ("Wij kunnen u melden dat de vier maatregelen die u noemt hier al gelden.", "noted"),
        # the idea followed in a smaller form
        ("Wij hebben besloten uw voorstel over te nemen, maar in een beperktere vorm.",
         "partially_adopted"),
        ("Wij voeren het idee uit, zij het op kleinere schaal.", "partially_adopted"),
        # not all of them: some
        ("Niet al uw voorstellen kunnen wij overnemen, maar een deel wel.", "partially_adopted"),
    ],
)  # fmt: skip
def test_sentences_of_the_thirty_fifth_round(sentence: str, expected: str | None) -> None:
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the decision whose reasons follow, announced in a "waarom" clause
        ("Hieronder leggen wij uit waarom wij geen van uw drie voorstellen overnemen.", "not_adopted"),
        ("Wij lichten graag toe waarom wij uw advies volgen.", "adopted"),
        ("Wij begrijpen goed waarom u dit vraagt.", None),
        # a verb named as a thing in a consequence weighed: nothing is done
        ("Het schrappen van de eigen bijdrage zou betekenen dat wij jaarlijks € 60.000 extra "
         "moeten vinden.", None),
        ("Wij zullen het schrappen.", "adopted"),
        # a choice to be made later
        ("Wij maken hierover een keuze bij de vaststelling van de begroting 2026.", "noted"),
        # the letter itself: its order, its endorsement by a wethouder
        ("De volgorde van deze brief wijkt daarom af van die in uw advies.", None),
        ("De wethouder Jeugd heeft deze reactie gelezen en onderschrijft haar.", None),
        ("Wij wijken op dit punt af van uw advies.", "not_adopted"),
        # a course taken, and nothing new needed where it already happens
        ("Vorig jaar hebben veertig medewerkers de training over laaggeletterdheid gevolgd.", None),
        ("Omdat wat u vraagt al tot onze werkwijze behoort, zien wij geen aanleiding nieuwe "
         "maatregelen te treffen.", "noted"),
    ],
)  # fmt: skip
def test_sentences_of_the_forty_third_round(sentence: str, expected: str | None) -> None:
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Daarover verschillen wij niet van mening.", None),  # agreeing, on the analysis
        ("Op dit punt verschillen wij van mening.", "not_adopted"),
        ("Ons college heeft besloten uw advies voorlopig te volgen en het spreekuur bij wijze "
         "van proef voor één jaar in te voeren.", "adopted"),  # a trial is adopting
        ("Wij houden dit voorlopig aan.", "noted"),
        ("Toch kunnen wij niet doen wat u vraagt.", "not_adopted"),
        ("Ook voor een aparte armoederegisseur kies ik niet.", "not_adopted"),
        ("Het eerste deel nemen wij over: de regeling komt er zonder aanvraag.", "partially_adopted"),
        ("Dit aanspreekpunt is er eigenlijk al.", "noted"),
        ("Dat advies hebben wij voor een groot deel kunnen gebruiken.", "partially_adopted"),
        ("Dat willen wij ook niet.", None),  # the council's own "niet" shared
        ("Dat willen wij niet.", "not_adopted"),
    ],
)  # fmt: skip
def test_agreeing_not_to_differ_a_trial_adopted_and_plain_refusals(
    sentence: str, expected: str | None
) -> None:
    from cp_textmine.classify.stance import sentence_stance

    assert sentence_stance(sentence, require_actor=False) == expected


def test_a_remembered_stance_is_the_one_the_words_give_whatever_was_read_before() -> None:
    """sentence_stance and clause_stance remember answers (a letter's readers ask about the same
    sentences several times, issue 14): that is only right if an answer depends on nothing but
    the words, not on the sentences read before it."""
    from cp_textmine.classify.stance import clause_stance

    sentences = [
        "Deze aanbeveling nemen wij over.",
        "Deze aanbeveling nemen wij niet over, omdat het budget ontbreekt.",
        "Dit doen wij al.",
        "Wij nemen uw advies voor kennisgeving aan.",
        "Wij komen hier bij de evaluatie op terug.",
        "Uw advies om de termijn te verlengen nemen wij gedeeltelijk over.",
        "Akkoord.",
        "De rechter heeft het bezwaar afgewezen.",
    ]
    sentence_stance.cache_clear()
    clause_stance.cache_clear()
    remembered = [sentence_stance(s) for s in sentences + sentences[::-1]]
    assert sentence_stance.cache_info().hits == len(sentences)
    fresh = []
    for s in sentences + sentences[::-1]:
        clause_stance.cache_clear()
        fresh.append(sentence_stance.__wrapped__(s))
    assert remembered == fresh
    assert remembered[:3] == ["adopted", "not_adopted", "noted"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # keeping things as they are, said as making no change
        ("Wij zien dit als de goede plek en gaan op dit punt geen wijziging aanbrengen.",
         "not_adopted"),
        ("Het college brengt in de nadere regels geen wijzigingen aan.", "not_adopted"),
        ("Wij voeren hier geen aanpassingen door.", "not_adopted"),
        # the law forbids what was asked, though no "wij" declines
        ("De Participatiewet staat zo'n vast bedrag voor een hele groep niet toe.", "not_adopted"),
        ("De wet laat een korting voor alle minima zonder toets niet toe.", "not_adopted"),
        # (the council changing nothing is no refusal of the college)
        ("Als u geen wijzigingen aanbrengt, gaan wij akkoord.", None),
    ],
)  # fmt: skip
def test_no_change_made_and_what_the_law_does_not_allow(
    sentence: str, expected: str | None
) -> None:
    from cp_textmine.classify.stance import sentence_stance

    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the thing asked put first, the college unable to do it
        ("Een brief aan alle huishoudens tot 120% kunnen wij echter niet sturen, omdat wij hun "
         "inkomen niet kennen.", "not_adopted"),
        # (unable to promise or foresee decides nothing)
        ("Een precieze datum kunnen wij nog niet noemen.", None),
        ("De uitkomst van het overleg kunnen wij niet voorspellen.", None),
        # the aim served another way
        ("Wij pakken het daarom anders aan.", "partially_adopted"),
        ("Daarom pakken wij dit op een andere manier aan.", "partially_adopted"),
        # disagreeing with the council's analysis or conclusions is no answer to its asks
        ("Uw conclusie dat er te weinig consulenten zijn, delen wij niet.", None),
        ("Wij zijn het op een aantal punten niet met uw analyse eens.", None),
        ("Uw voorstel om de regeling te verruimen delen wij niet.", "not_adopted"),
        # a check in a later evaluation
        ("Wij zullen bij de evaluatie van de nieuwe voorziening, die wij in het najaar uitvoeren, "
         "nagaan of deze groep voldoende wordt geholpen.", "noted"),
    ],
)  # fmt: skip
def test_means_declined_aims_served_and_analysis_disputed(
    sentence: str, expected: str | None
) -> None:
    from cp_textmine.classify.stance import sentence_stance

    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a later start than asked: all of it adopted
        ("Wij volgen dit advies, maar niet per 1 juli 2025.", "adopted"),
        ("Wij nemen uw voorstel over, maar niet al in 2026.", "adopted"),
        # (not for all, or not now without a date: part of it)
        ("Wij nemen uw advies over, maar niet voor alle wijken.", "partially_adopted"),
    ],
)  # fmt: skip
def test_a_later_start_is_no_partial_adoption(sentence: str, expected: str) -> None:
    from cp_textmine.classify.stance import sentence_stance

    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the aim endorsed is no adoption of the means asked (round GM)
        ("Wij onderschrijven wat u daarmee wilt bereiken: inwoners moeten de steun vinden.", None),
        ("Wij delen wat uw raad hiermee beoogt.", None),
        ("Wij onderschrijven uw advies.", "adopted"),
        # the means asked judged not the best way declines it
        (
            "Een eigen pand vinden wij echter niet de beste manier om dat te bereiken.",
            "not_adopted",
        ),
        ("Wij achten een tweede loket niet de juiste weg.", "not_adopted"),
        ("Wij vinden dit de beste manier.", None),
    ],
)
def test_the_aim_shared_and_the_means_declined(sentence: str, expected: str | None) -> None:
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a part denied declines the whole (round GO)
        ("Onze conclusie is dat wij uw advies op dit moment niet overnemen, ook niet gedeeltelijk.",
         "not_adopted"),
        ("Wij nemen uw advies gedeeltelijk over.", "partially_adopted"),
        # neither refused nor adopted: the answer is still open
        ("Dat betekent niet dat wij ze afwijzen, en ook niet dat wij ze overnemen.", "noted"),
        ("Wij hebben uw advies noch afgewezen, noch overgenomen.", "noted"),
        # whether it is taken up, told later, is no refusal now
        ("Daarbij zullen wij per voorstel aangeven of en hoe het in het concept is verwerkt, en "
         "zo niet, waarom niet.", None),
    ],
)  # fmt: skip
def test_a_part_denied_neither_way_and_whether_told_later(
    sentence: str, expected: str | None
) -> None:
    assert sentence_stance(sentence) == expected


def test_an_ask_told_again_between_commas_is_not_the_colleges_deferral() -> None:
    """Round GR: "voordat een besluit ... wordt genomen" belongs to the ask told again."""
    sentence = (
        "Uw tweede aanbeveling, om altijd eerst een gesprek met de inwoner te voeren voordat een "
        "besluit tot terugvordering wordt genomen, nemen wij over."
    )
    assert sentence_stance(sentence) == "adopted"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # how far the college understands the council is no part adopted (round GT)
        ("Dat is geen oordeel over uw aanbevelingen, die wij voor een groot deel begrijpen, maar "
         "een gevolg van de financiële ruimte die er nu is.", None),
        ("Wij nemen uw aanbevelingen voor een groot deel over.", "partially_adopted"),
        # a contrast that gives the circumstance takes no stance (round GU)
        ("Bij het huidige aantal toekenningen zou de verhoging € 70.000 per jaar kosten, terwijl "
         "wij een forse besparingsopgave moeten realiseren.", None),
        # the asks, each followed by the college's answer: an order, no adoption
        ("Hieronder vindt u de vijf adviezen van de Participatieraad, steeds gevolgd door de "
         "reactie van het college.", None),
        ("Uw advies is gevolgd door het college.", "adopted"),
        # declined for now, "voorlopig niet" as "op dit moment niet" (round GW)
        ("Toch hebben wij besloten uw adviezen voorlopig niet over te nemen.", "not_adopted"),
        ("Wij wachten voorlopig de evaluatie af.", "noted"),
        # whether, decided later, is deferred
        ("Na een jaar besluiten wij, mede op basis van uw oordeel, of wij de aanpak uitbreiden.",
         "noted"),
    ],
)  # fmt: skip
def test_understanding_a_contrast_and_whether_later(sentence: str, expected: str | None) -> None:
    assert sentence_stance(sentence) == expected
