from datetime import date

import pytest

from cp_textmine.read.doctext import DocText
from cp_textmine.read.header import header_fields
from cp_textmine.read.metadata import extract_metadata, find_subject
from cp_textmine.records import Page

from .conftest import ADVICE_LETTER, RESPONSE_LETTER


def doc(text: str) -> DocText:
    return DocText.from_pages([Page(1, text, "text", len(text))])


def test_advice_header() -> None:
    meta = extract_metadata(doc(ADVICE_LETTER), "advies")
    assert meta.doc_date == date(2023, 3, 14)
    assert meta.reference == "CR-2023-04"
    assert meta.subject == "Ongevraagd advies vroegsignalering schulden"
    assert meta.council == "Cliëntenraad Werk en Inkomen Zaanstad"
    assert meta.municipality == "Zaanstad"


def test_response_own_reference_not_uw_kenmerk() -> None:
    meta = extract_metadata(doc(RESPONSE_LETTER), "reactie")
    assert meta.reference == "2023/SD/1187"
    assert meta.doc_date == date(2023, 4, 20)


def test_label_row_over_value_row() -> None:
    text = (
        "Gemeente Leeuwarden\nDatum Ons kenmerk Uw kenmerk Behandeld door\n"
        "2 maart 2023 2023/WI/0214 CRWI 2023-01 S. de Jong\nOnderwerp: Reactie op uw advies\n"
    )
    fields = header_fields(doc(text))
    assert fields["datum"].value == "2 maart 2023"
    assert fields["ons kenmerk"].value == "2023/WI/0214"
    assert fields["uw kenmerk"].value == "CRWI 2023-01"
    meta = extract_metadata(doc(text), "reactie")
    assert (meta.doc_date, meta.reference) == (date(2023, 3, 2), "2023/WI/0214")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Kenmerk: CRA 2022-05", "CRA 2022-05"),
        ("Ons kenmerk: Z-19-050969/D/19/157082", "Z-19-050969/D/19/157082"),
        ("Ons nummer: 15/458", "15/458"),
        ("Ons kenmerk: CRWI/2013 nr. III.2", "CRWI/2013 nr. III.2"),
        ("Kenmerk: LCR/TK14-0033/GM", "LCR/TK14-0033/GM"),
        ("Ons kenmerk: W&I/23.41877 Datum: 3 mei 2023", "W&I/23.41877"),
        # a department's code after the number is part of the kenmerk
        ("Ons kenmerk: 2025/187344 MO", "2025/187344 MO"),
        ("Ons kenmerk: 2024-118306 / SD-WI", "2024-118306 / SD-WI"),
        # two words of a council's code, and a label that names the council's code itself
        ("Kenmerk: CR W&I 2024-12", "CR W&I 2024-12"),
        ("Kenmerk ASD        ASD 2025-09", "ASD 2025-09"),
        ("Adviesnummer: ASD 25.09 Datum: 2 juni 2025", "ASD 25.09"),
        # the case number and the document number, one kenmerk in two halves
        ("Ons kenmerk Z25-004187 / U25-011392", "Z25-004187 / U25-011392"),
        ("Kenmerk: MG25.01942 / zk 2025-0388", "MG25.01942 / zk 2025-0388"),
        ("Ons kenmerk: Z/24/118402 - U25.01193", "Z/24/118402 - U25.01193"),
        ("Ons kenmerk Z/25/187342 – U25.011906", "Z/25/187342 – U25.011906"),
    ],
)
def test_reference_schemes(line: str, expected: str) -> None:
    assert extract_metadata(doc(f"Gemeente Ede\n{line}\nGeacht college,")).reference == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # both halves of the kenmerk in a row of values, other columns after them
        ("Uw brief van Uw kenmerk Ons kenmerk Verzenddatum\n"
         "4 maart 2025 ASD 25/03 UIT-25-10422 / Z-25-01876 9 april 2025", "UIT-25-10422 / Z-25-01876"),
        # a dash where a column has no value
        ("Uw kenmerk Ons kenmerk Behandeld door Verzenddatum\n"
         "– UIT-25-30117 / Z-25-05521 P. Smits 03-11-2025", "UIT-25-30117 / Z-25-05521"),
    ],
)  # fmt: skip
def test_reference_in_a_row_of_values(rows: str, expected: str) -> None:
    text = f"Gemeente Ede\n{rows}\nOnderwerp: uw advies\nGeacht college,"
    assert extract_metadata(doc(text), "reactie").reference == expected


def test_letter_date_beats_earlier_dates() -> None:
    text = (
        "Cliëntenraad Ede\nIn uw brief van 3 februari 2023 vroeg u ons advies.\n"
        "Ede, 1 maart 2023\nOnderwerp: advies\nOp 12 januari 2023 spraken wij de wethouder."
    )
    assert extract_metadata(doc(text), "advies").doc_date == date(2023, 3, 1)


def test_verordening_date_is_enactment() -> None:
    text = (
        "Verordening cliëntenparticipatie Tilburg 2021\nDe raad van de gemeente Tilburg;\n"
        "gelezen het voorstel van 2 februari 2021;\nbesluit: vast te stellen de verordening.\n"
        "Artikel 9\nDeze verordening treedt in werking op 1 april 2021.\n"
        "Aldus vastgesteld in de openbare vergadering van 22 maart 2021."
    )
    meta = extract_metadata(doc(text), "verordening")
    assert meta.doc_date == date(2021, 3, 22)
    assert meta.subject == "Verordening cliëntenparticipatie Tilburg 2021"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aan het college van burgemeester en wethouders van de gemeente Peel en Maas",
            "Peel en Maas",
        ),
        ("College van B&W van Zaanstad\nPostbus 2000", "Zaanstad"),
        ("Cliëntenraad Werk en Inkomen 's-Hertogenbosch\nAan het college", "'s-Hertogenbosch"),
        ("Participatieraad Súdwest-Fryslân\nSneek", "Súdwest-Fryslân"),
        ("Gemeente Den Haag\nAfdeling SZW", "'s-Gravenhage"),
    ],
)
def test_municipality_as_written_in_letterheads(text: str, expected: str) -> None:
    assert extract_metadata(doc(text)).municipality == expected


def test_common_word_is_not_a_municipality() -> None:
    text = "Cliëntenraad Zaanstad\nWij doen ons best om de beek schoon te houden."
    assert extract_metadata(doc(text)).municipality == "Zaanstad"


def test_regional_body_maps_to_member_municipality() -> None:
    text = (
        "Cliëntenraad Sociale Dienst Drechtsteden\nAan het Drechtstedenbestuur\n"
        "Postbus 619, 3300 AP Dordrecht\nOnderwerp: advies"
    )
    meta = extract_metadata(doc(text))
    assert meta.region == "Sociale Dienst Drechtsteden"
    assert meta.municipality == "Dordrecht"


def test_subject_wrapping_onto_next_line() -> None:
    text = "Onderwerp: Reactie op uw ongevraagd advies collectieve\nzorgverzekering minima 2019\nGeachte heer,"
    assert extract_metadata(doc(text)).subject == (
        "Reactie op uw ongevraagd advies collectieve zorgverzekering minima 2019"
    )


def test_a_one_word_heading_under_the_subject_field_is_no_part_of_it() -> None:
    text = (
        "Betreft Verordening participatieraad 2025, samenstelling en werkbudget\nInleiding\n"
        "De verordening op grond waarvan de participatieraad functioneert, stamt uit 2021.\n"
    )
    assert extract_metadata(doc(text)).subject == (
        "Verordening participatieraad 2025, samenstelling en werkbudget"
    )


def test_a_short_subject_goes_on_with_the_quoted_title_under_it() -> None:
    text = "Betreft: ongevraagd advies\n‘Terugvorderen met de menselijke maat’\nGeacht college,"
    assert extract_metadata(doc(text)).subject == (
        "ongevraagd advies ‘Terugvorderen met de menselijke maat’"
    )


def test_a_label_printed_between_the_two_lines_of_its_value() -> None:
    text = (
        "Datum 14 november 2024\nNummer CSW-adv 2024-09\nAdvies concept-beleidsregels "
        "bijzondere bijstand en inkomenstoeslag\nOnderwerp\n2025\nGeacht college,"
    )
    meta = extract_metadata(doc(text))
    assert (
        meta.subject == "Advies concept-beleidsregels bijzondere bijstand en inkomenstoeslag 2025"
    )
    assert meta.reference == "CSW-adv 2024-09"  # "Nummer" heading the line is a field label


def test_a_title_after_the_genre_line_skips_the_address_block_beside_the_fields() -> None:
    text = (
        "Adviesraad Sociaal Domein Barneveld\nONGEVRAAGD ADVIES\nAan Datum 3 maart 2025\n"
        "Het college van burgemeester en wethouders van Kenmerk ASD-B 2025/006\n"
        "Bereikbaarheid van de gemeente en de afhandeling van Wmo-meldingen\nGeacht college,"
    )
    assert extract_metadata(doc(text), "advies").subject == (
        "Bereikbaarheid van de gemeente en de afhandeling van Wmo-meldingen"
    )


def test_an_attachment_line_is_no_title() -> None:
    text = (
        "Adviesraad Sociaal Domein Zaanstad\nDatum 9 oktober 2023\nBijlage verslag gesprek "
        "inburgeraars\nAdvies Uitvoeringsplan inburgering 2024–2026\nGeacht college,"
    )
    assert (
        extract_metadata(doc(text), "advies").subject
        == "Advies Uitvoeringsplan inburgering 2024–2026"
    )


def test_evidence_points_at_the_page_and_sentence() -> None:
    meta = extract_metadata(doc(ADVICE_LETTER), "advies")
    by_field = {e.field: e for e in meta.evidence}
    assert by_field["doc_date"].page_no == 1
    assert "14 maart 2023" in by_field["doc_date"].snippet
    assert "CR-2023-04" in by_field["reference"].snippet


def test_a_member_named_after_a_town_does_not_move_the_document() -> None:
    from cp_textmine.read.doctext import DocText
    from cp_textmine.read.metadata import find_municipality
    from cp_textmine.records import Page

    text = ("Verslag vergadering Adviesraad Sociaal Domein Stichtse Vecht\n"
            "Aanwezig: M. Bos (voorzitter), W. van Oosterhout, J. Tiemens\n"
            "De voorzitter heet de heer Van Oosterhout welkom. Dhr. Van Oosterhout neemt de "
            "vacature over.\n| 24-06 | Vacaturetekst opstellen | Van Oosterhout |")  # fmt: skip
    doc = DocText.from_pages([Page(1, text, "text", len(text))])
    assert find_municipality(doc, None)[0] == "Stichtse Vecht"
    college = "Aan het college van B. en W. van Oosterhout\nPostbus 10\n\nGeachte college,"
    doc = DocText.from_pages([Page(1, college, "text", len(college))])
    assert find_municipality(doc, None)[0] == "Oosterhout"


def test_a_letterhead_tagline_is_no_subject_and_a_bare_genre_line_leads_to_the_title() -> None:
    from cp_textmine.read.metadata import find_subject

    tagline = DocText.from_pages([Page(1, (
        "Adviesraad Sociaal Domein Den Helder\n"
        "onafhankelijk advies aan college en gemeenteraad over zorg, jeugd, werk en inkomen\n"
        "Aan het college van burgemeester en wethouders\nDen Helder, 12 mei 2025\n"
        "Ongevraagd advies: werken naast de bijstand\nGeacht college,\nWij adviseren u ..."
    ), "text", 300)])  # fmt: skip
    assert find_subject(tagline, "advies")[0] == "Ongevraagd advies: werken naast de bijstand"
    genre = DocText.from_pages([Page(1, (
        "Cliëntenraad Sociaal Domein Lelystad\nwww.clientenraadlelystad.nl\nGEVRAAGD ADVIES\n"
        "Conceptnota Rondkomen en meedoen\nAan het college van burgemeester en wethouders\n"
    ), "text", 200)])  # fmt: skip
    assert find_subject(genre, "advies")[0] == "Conceptnota Rondkomen en meedoen"


def test_a_copy_line_under_the_subject_is_no_part_of_it() -> None:
    from cp_textmine.read.metadata import find_subject

    text = (
        "Adviesraad Sociaal Domein Zwolle\nDatum 22 april 2025\nOns kenmerk ASDZ/2025/011\n"
        "Betreft Toegankelijkheid van de individuele inkomenstoeslag en de bijzondere bijstand\n"
        "Afschrift de heer S. Wolters, wethouder Werk en Inkomen\nGeacht college,\n"
    )
    subject, _ = find_subject(doc(text), "advies")
    assert (
        subject == "Toegankelijkheid van de individuele inkomenstoeslag en de bijzondere bijstand"
    )


def test_an_annual_reports_subject_column_without_a_colon_is_its_title() -> None:
    from cp_textmine.read.metadata import find_subject

    text = (
        "Adviesraad Sociaal Domein Doetinchem\nAan de gemeenteraad van Doetinchem\n"
        "Datum              3 februari 2025\nOns kenmerk        ASD-2025-004\n"
        "Onderwerp          Jaarverslag 2024\nGeachte leden van de raad,\n"
    )
    assert find_subject(doc(text), "jaarverslag")[0] == "Jaarverslag 2024"


def test_the_letters_own_number_goes_before_its_case_number_and_a_cited_kenmerk() -> None:
    """'Ons nummer' after 'Zaaknummer' on the header's lines is the letter's own reference; a
    kenmerk cited in the body is another document's, and a bare 'Nummer' ranks below both."""
    text = (
        "Gemeente Westerkwartier\nDatum 20 mei 2025 Zaaknummer 1027364\n"
        "Uw schrijven 2 april 2025 Ons nummer UIT/2025/08841\nGeachte heer Scholtens,\n"
    )
    assert extract_metadata(doc(text), "reactie").reference == "UIT/2025/08841"
    cited = (
        "Gemeente Vlaardingen\nNummer 2024-087\nZaaknummer Z.24-31877\nAan de raad\n"
        "Op 3 juni is ons het rapport aangeboden (kenmerk PR-VL 2024-11).\n"
    )
    assert extract_metadata(doc(cited), "overig").reference == "Z.24-31877"


def test_a_label_row_ending_on_the_handler_reads_its_document_number() -> None:
    text = (
        "Gemeente Het Hogeland\nVerzonden Zaaknummer Documentnummer Uw brief Behandelaar\n"
        "8 juli 2025 HH-2025-03184 UIT-25-21907 28-05-2025, ASD-HH 2025/07 mw. T. Zijlstra\n"
        "Onderwerp: reactie op uw advies\nGeachte heer Bolhuis,\n"
    )
    fields = header_fields(doc(text))
    assert fields["zaaknummer"].value == "HH-2025-03184"
    assert extract_metadata(doc(text), "reactie").reference == "UIT-25-21907"


def test_a_title_goes_on_when_its_next_line_starts_in_lower_case() -> None:
    text = (
        "Cliëntenraad Werk en Inkomen Horst aan de Maas\nKenmerk: CR-W&I 2025-07\n"
        "Ongevraagd advies: ‘Begrijpen en begrepen worden’\n"
        "over de communicatie van team Werk en Inkomen met inwoners\nGeacht college,\n"
    )
    assert extract_metadata(doc(text), "advies").subject == (
        "Ongevraagd advies: ‘Begrijpen en begrepen worden’ over de communicatie van team Werk en "
        "Inkomen met inwoners"
    )


def test_a_date_label_followed_by_dd_is_the_letters_own_date() -> None:
    text = (
        "Aan het college van Wierden\nDatum d.d. 6 mei 2025\nKenmerk ASDW 25.014\nGeacht college,\n"
        "In het overleg van 27 maart 2025 vroeg de wethouder ons om advies.\n"
    )
    assert extract_metadata(doc(text), "advies").doc_date == date(2025, 5, 6)


def test_a_label_wrapped_in_a_narrow_column_with_its_value_on_the_next_line() -> None:
    text = (
        "Cliëntenraad Maassluis\nAan: het college van Maassluis\nDatum: 18-11-2025\n"
        "Uw verzoek: d.d. 23 oktober 2025, nr. 2025-0042190\nOns\nnummer:\nCRWI-M 25/12\n"
        "Geacht college,"
    )
    assert extract_metadata(doc(text), "advies").reference == "CRWI-M 25/12"


def test_a_number_cited_in_running_text_and_wrapped_is_no_reference() -> None:
    text = (
        "Besluitenlijst van de collegevergadering\nIn te stemmen met de reactie op het advies over "
        "kwijtschelding (reg.nr.\n2024/139025) en deze openbaar te maken."
    )
    assert extract_metadata(doc(text), "overig").reference is None


def test_a_regulation_named_on_its_own_line_after_a_long_preamble() -> None:
    """The line the title reader would take is a clause of the preamble; the regulation's
    name stands on its own line before the first article, its number after "Raadsbesluit"."""
    text = (
        "Gemeente Velsen\nRaadsbesluit: 2024/R/48 | Raadsvoorstel: D24.031877\n"
        "De raad van de gemeente Velsen;\ngezien het advies van de Adviesraad Sociaal Domein Velsen "
        "over het\nconcept van deze verordening;\nbesluit:\nvast te stellen de volgende "
        "verordening:\nVerordening Adviesraad Sociaal Domein Velsen 2024\nArtikel 1 Begrippen\n"
        "In deze verordening wordt verstaan onder: ..."
    )
    meta = extract_metadata(doc(text), "verordening")
    assert meta.subject == "Verordening Adviesraad Sociaal Domein Velsen 2024"
    assert meta.reference == "2024/R/48"


@pytest.mark.parametrize(
    ("text", "subject", "reference"),
    [
        # a row of labels over a row of values, the subject before a column of one word
        ("Gemeente Woerden\ndatum uw kenmerk ons kenmerk\n28-01-2025 ASD-W 2024-17 D/25/003311\n"
         "onderwerp bijlagen\nReactie op uw advies over de brieven -\nGeachte leden,",
         "Reactie op uw advies over de brieven", "D/25/003311"),
        # the case number labelled "Zaak" in the header's column of fields
        ("Gemeente Oudewater\nVerzonden 10 februari 2025\nZaak 2025-0917/SD\n"
         "Onderwerp Uw advies over respijtzorg\nGeachte leden,",
         "Uw advies over respijtzorg", "2025-0917/SD"),
        # a department's name after the slash
        ("Gemeente Oudewater\nOns kenmerk: OW25.07.1184 / Wmo\nOnderwerp: uw brief\nBeste leden,",
         "uw brief", "OW25.07.1184 / Wmo"),
    ],
)  # fmt: skip
def test_header_fields_of_the_thirty_seventh_round(text: str, subject: str, reference: str) -> None:
    meta = extract_metadata(doc(text), "reactie")
    assert (meta.subject, meta.reference) == (subject, reference)


def test_a_subject_wrapped_word_by_word_in_a_narrow_column_is_read_whole() -> None:
    from cp_textmine.read.metadata import find_subject

    text = (
        "Datum 02-04-2025\nOnderwerp Uw advies\nover\nde schuldhulp aan jongeren\n"
        "Beste mevrouw Smit,\nDank voor uw advies.\n"
    )
    assert find_subject(doc(text), "reactie")[0] == "Uw advies over de schuldhulp aan jongeren"


def test_a_subject_label_after_another_fields_value_on_its_line() -> None:
    """A line of fields without colons: "contact ... onderwerp ..." gives only the subject."""
    from cp_textmine.read.metadata import find_subject

    text = (
        "datum 3 april 2025 ons kenmerk Z-2025-0412 uw kenmerk CR/2025/7\n"
        "contact P. de Wit, 0118 123 456 onderwerp advies over de energietoeslag\n"
        "Geachte heer Bakker,\nWij danken u voor uw advies.\n"
    )
    assert find_subject(doc(text), "reactie")[0] == "advies over de energietoeslag"


def test_a_kenmerk_label_beside_the_address_takes_the_value_after_the_address_line() -> None:
    """The fields' column runs beside the address block: "ONS KENMERK" / "Postbus 12" /
    "Z-2025-0412": the postbox is the address's, the kenmerk is below it."""
    from cp_textmine.read.metadata import find_reference

    text = (
        "Cliëntenraad Oosterdorp DATUM\n3 april 2025\nt.a.v. de voorzitter\nONS KENMERK\n"
        "Postbus 12\nZ-2025-0412\n1234 AB Oosterdorp\nGeachte heer Bakker,\n"
    )
    assert find_reference(doc(text))[0] == "Z-2025-0412"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # the official publication names the regulation, wherever its line stands
        (
            "GEMEENTEBLAD Nr. 204417\nOfficiële uitgave van de gemeente Oosterwijk\n",
            "GEMEENTEBLAD Nr. 204417",
        ),
        ("Gemeenteblad 2025, 331870   Verordeningen\n", "Gemeenteblad 2025, 331870"),
        # the council decision's number before the proposal's and the case's
        (
            "Raadsvoorstel: 2025/014\nZaaknummer: Z.25-00981\nBesluitnummer: RB-25.0032\n",
            "RB-25.0032",
        ),
        ("Zaaknummer: 2025-118402\nRegistratienummer raad: RAAD-25-0077\n", "RAAD-25-0077"),
        ("Voorstelnummer: 25RAAD0044\n", "25RAAD0044"),
        # the college's proposal cited in the preamble numbers that proposal, not this regulation
        ("", None),
        # the publication's row in its table; an older regulation's publication cited in prose
        (
            "Datum publicatie Organisatie Jaargang en nummer Rubriek\n6 december 2024 Oosterwijk "
            "Gemeenteblad 2024, 518274 algemeen verbindend voorschrift (verordening)\n",
            "Gemeenteblad 2024, 518274",
        ),
        (
            "Zaaknummer Z/25/138207\noverwegende dat de verordening van 2016, bekendgemaakt in "
            "Gemeenteblad 2016, nr. 98844, niet meer aansluit;\n",
            "Z/25/138207",
        ),
    ],
)
def test_a_regulations_own_number(header: str, expected: str | None) -> None:
    text = (
        f"{header}De raad van de gemeente Oosterwijk;\ngelezen het voorstel van burgemeester en "
        "wethouders van 3 maart 2025, nr. RV 25.0412;\nbesluit: vast te stellen de Verordening "
        "cliëntenparticipatie Oosterwijk 2025.\nArtikel 1 Begrippen\nDe Verordening "
        "cliëntenparticipatie 2015 (Gemeenteblad 2015, 88231) wordt ingetrokken.\n"
    )
    assert extract_metadata(doc(text), "verordening").reference == expected


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # labels on lines of their own: the line over "Onderwerp" is the handler's name
        ("Datum\n2 mei 2025\nBehandeld door\nP. (Pieter) de Graaf, secretaris\nOnderwerp\n"
         "Advies beleidsregels bijzondere bijstand en\nde toeslagenverordening 2025\n"
         "Geacht college,\n", "Advies beleidsregels bijzondere bijstand en"),
        # the council's motto under its name, in lower case, is no title
        ("Wmo-raad Oosterwijk\nadvies over zorg en welzijn, dichtbij de inwoner\nOngevraagd advies\n"
         "Thuis wonen: de wachtlijst voor woningaanpassingen\nDatum 3 juni 2025\n",
         "Thuis wonen: de wachtlijst voor woningaanpassingen"),
        # the council's name and the genre on one line, then the title
        ("Cliëntenraad Werk en Inkomen Oosterwijk gevraagd advies\nEerst de mens, dan de regel\n"
         "Aan College van burgemeester en wethouders\n", "Eerst de mens, dan de regel"),
        # a quoted title broken after a dash goes on to its closing quote
        ("Wmo-raad Oosterwijk\nDatum: 3 juni 2025\nAdvies concept-nota ‘Thuis in de wijk 2026–\n2029’\n"
         "Geacht college,\nWat ons\nbetreft kan de nota concreter.\n",
         "Advies concept-nota ‘Thuis in de wijk 2026– 2029’"),
        # the subject's label after the request's field on one line
        ("Cliëntenraad Oosterwijk\nAan College van B&W Datum 3 maart 2025\n"
         "Adviesaanvraag d.d. 30 januari 2025 Onderwerp Advies concept-nota Armoedebeleid\n"
         "Oosterwijk 2025–2028\nGeacht college,\n", "Advies concept-nota Armoedebeleid Oosterwijk 2025–2028"),
        # a title that ends on the plan it is about, whose name follows
        ("Wmo-raad Oosterwijk\nKenmerk: WR 25.004\nAdvies over het concept-beleidsplan\n"
         "Mantelzorgondersteuning\n“Samen zorgen” – periode 2025–2028\nGeacht college,\n",
         "Advies over het concept-beleidsplan Mantelzorgondersteuning “Samen zorgen” – periode 2025–2028"),
        # under "Advies": the advice's number, "ongevraagd" and spaced capitals are no title
        ("Adviesraad Oosterwijk\nAdvies\nASD-OW 2024-14\nongevraagd\nA A N H E T C O L L E G E\n"
         "Iedereen doet mee – het bereik van de\nminimaregelingen\nVastgesteld op 3 juni 2025\n",
         "Iedereen doet mee – het bereik van de minimaregelingen"),
        # a line of the genre and the advice's number, then the title wrapped in lower case
        ("Adviesraad Sociaal Domein Oosterwijk\nADVIES 2025-04 · GEVRAAGD ADVIES\n"
         "Conceptbeleidsplan Schuldhulp 2025–2028 ‘Grip\nop geld’\nAan Het college\n",
         "Conceptbeleidsplan Schuldhulp 2025–2028 ‘Grip op geld’"),
        # the genre in spaced capitals over the title; a quoted name under the title
        ("Cliëntenraad Oosterwijk\nO N G E V R A A G D A D V I E S\nWisselende inkomsten in de bijstand\n"
         "Aan het college\n", "Wisselende inkomsten in de bijstand"),
        ("Cliëntenraad Oosterwijk\nAdvies concept Beleidsplan Armoede 2026–2029\n"
         "‘Samen rondkomen’ – gevraagd advies\nAan het college\n",
         "Advies concept Beleidsplan Armoede 2026–2029 ‘Samen rondkomen’"),
        # a title wrapped before its period and its quoted name
        ("Advies concept-Uitvoeringsprogramma Jeugd\n2026–2029\n‘Sterk opgroeien’\nAan\n"
         "College van burgemeester en wethouders\n",
         "Advies concept-Uitvoeringsprogramma Jeugd 2026–2029 ‘Sterk opgroeien’"),
    ],
)  # fmt: skip
def test_advice_titles_of_the_forty_third_round(text: str, subject: str) -> None:
    assert extract_metadata(doc(text), "advies").subject.startswith(subject)


def test_the_letters_own_number_before_its_case_number() -> None:
    text = (
        "Datum 21-01-2025\nUw kenmerk ASD-OW 2024-14\nZaaknummer OW/SD/2024/018822\n"
        "Briefnummer OW/SD/2025/000341\nOnderwerp: uw advies\nGeachte mevrouw Dekker,\n"
    )
    assert extract_metadata(doc(text), "reactie").reference == "OW/SD/2025/000341"


def test_an_unlabelled_subject_over_the_salutation() -> None:
    text = (
        "Datum\n8 juli 2025\nKenmerk\nU25.014562\nCliëntenraad Oosterwijk\nPostbus 9\n"
        "1234 AB Oosterwijk\nAntwoord op uw advies over bereikbaarheid en brieven van\n"
        "Werk en Inkomen\nBeste heer Teunissen,\nEind mei ontving ik uw brief.\n"
    )
    assert extract_metadata(doc(text), "reactie").subject == (
        "Antwoord op uw advies over bereikbaarheid en brieven van Werk en Inkomen"
    )


def test_a_subject_under_the_row_of_values_of_a_label_row() -> None:
    text = (
        "Sociale Adviesraad Westwoud\nDatum Kenmerk Onderwerp\n15 april 2025 SAD 2025-011\n"
        "Concept-beleidsregels bijzondere bijstand 2025 en collectieve zorgverzekering minima\n"
        "2026\nGeacht college,\nHierbij ontvangt u onze reactie op de concept-beleidsregels."
    )
    assert extract_metadata(doc(text), "advies").subject == (
        "Concept-beleidsregels bijzondere bijstand 2025 en collectieve zorgverzekering minima 2026"
    )


def test_a_genre_in_unevenly_spaced_capitals_is_no_subject() -> None:
    text = (
        "Adviesraad Sociaal Domein Noorderdorp ASDN 25-12\nA D VIES\n"
        "Werk voor inwoners met een arbeidsbeperking\nAanleiding\n"
        "In de Banenafspraak hebben werkgevers en overheid afgesproken extra banen te creëren."
    )
    assert (
        extract_metadata(doc(text), "advies").subject
        == "Werk voor inwoners met een arbeidsbeperking"
    )


def test_the_letters_own_number_before_its_case_number_and_no_brief_in_running_text() -> None:
    from cp_textmine.read.metadata import find_reference

    header = (
        "Reuver, 25 november 2026\nZaak Z.26-1893\nBrief U.26-4410\nUw ref. ASD-B/26-011\n"
        "Geachte mevrouw Peeters,\nDank voor uw advies."
    )
    assert find_reference(doc(header))[0] == "U.26-4410"
    cited = (
        "Wmo-adviesraad Peelrand\nJaarverslag 2024\nDit verslag is aangeboden bij onze "
        "brief van 28 januari 2025, kenmerk WAR-PR 2025/02.\n"
    )
    assert find_reference(doc(cited))[0] == "WAR-PR 2025/02"


def test_a_regulations_title_under_its_gemeenteblad_row_and_its_council_decision_number() -> None:
    from cp_textmine.read.metadata import find_regulation_reference, find_subject

    text = (
        "GEMEENTEBLAD\nOfficiële uitgave van de gemeente Zeedorp\n"
        "Organisatie Gemeenteblad Datum publicatie Rubriek\n"
        "Gemeente Zeedorp 2024, nr. 517093 2 december 2024 Algemeen verbindend voorschrift (verordening)\n"
        "Verordening Adviesraad Sociaal Domein Zeedorp 2025\nDe raad van de gemeente Zeedorp;\n"
    )
    assert find_subject(doc(text), "verordening")[0] == (
        "Verordening Adviesraad Sociaal Domein Zeedorp 2025"
    )
    numbered = "Gemeente Oostdorp Zaaknummer: Z-24-03317\nRaadsbesluit: 2024/RB/019\nDe raad;\n"
    assert find_regulation_reference(doc(numbered))[0] == "2024/RB/019"


def test_prose_wrapped_before_the_word_onderwerp_is_no_subject_field() -> None:
    text = (
        "Adviesraad Sociaal Domein\nAdvies over de nota Mantelzorg\nGeacht college,\n"
        "De adviesraad vroeg eerder aandacht voor mantelzorgers. Het verheugt ons dat het\n"
        "onderwerp nu in een bredere nota wordt uitgewerkt.\n"
    )
    subject = find_subject(doc(text), "advies")[0]
    assert subject is None or not subject.startswith("nu in een bredere nota")


def test_fields_without_colons_cite_the_advice_answered() -> None:
    """ "Uw brief 22 januari 2026 Behandeld door ..." names the advice answered; a kenmerk
    quoted for an earlier advice ("uw eerdere advies van 10 februari 2025") does not."""
    from cp_textmine.classify.decision import cited_advice

    text = (
        "Gemeente Den Haag\nDatum 17 maart 2026 Ons kenmerk SZW/2026.0031177\n"
        "Uw brief 22 januari 2026 Behandeld door drs. R. Blankenstijn\nOnderwerp Reactie op uw "
        "advies over de tussenevaluatie\nGeachte mevrouw Ramdin,\nIn uw eerdere advies van 10 "
        "februari 2025 (HASD 2025/03) vroeg u om vrijwillige deelname.\n"
    )
    assert header_fields(doc(text))["uw brief"].value == "22 januari 2026"
    assert cited_advice(doc(text), date(2026, 3, 17))[1] == date(2026, 1, 22)
    without_field = text.replace("Uw brief 22 januari 2026 ", "")
    assert cited_advice(doc(without_field), date(2026, 3, 17))[1] != date(2025, 2, 10)


def test_whose_kenmerk_it_is_in_lower_case_is_no_part_of_it() -> None:
    from cp_textmine.read.metadata import clean_reference

    assert clean_reference("adviesraad AWmoNB/2025/11") == "AWmoNB/2025/11"
    assert clean_reference("ASD 2025-04") == "ASD 2025-04"


@pytest.mark.parametrize(
    "line",
    ["Zaaknummer _ Z-2025-011930", "Zaaknummer __Z-2025-011930", "Zaaknummer Z-2025-011930"],
)
def test_a_scanned_forms_leader_line_before_the_reference(line: str) -> None:
    """Tesseract reads the dotted or ruled line between a field's label and its value as "_"
    (round GO's scans)."""
    from cp_textmine.read.metadata import find_reference

    text = f"Gemeente Houten\n\nDatum 8 juli 2025\n{line}\nOnderwerp Uw advies\n\nGeachte heer,\n"
    assert find_reference(doc(text))[0] == "Z-2025-011930"


def test_an_address_read_into_the_kenmerk_line_is_no_reference() -> None:
    """A scan's two columns read as one line, "ONS KENMERK Postbus 10": the address, not the
    letter's kenmerk (round GU)."""
    text = "GEMEENTE\nStede Broec\nDATUM Wmo-raad Stede Broec\nONS KENMERK Postbus 10\nGeachte mevrouw,"
    assert extract_metadata(doc(text)).reference is None
