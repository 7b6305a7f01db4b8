"""Plain-Dutch explanations of each indicator, shown in the HTML report and the README."""

INDICATORS = {
    "n_advices": "Aantal adviezen dat de raad in dit jaar uitbracht (brieven gevonden in de stukken).",
    "share_requested": "Deel van de adviezen waar het college om vroeg. Een laag deel kan wijzen op een "
    "actieve raad, of op een college dat zelden om advies vraagt.",
    "response_rate": "Deel van de adviezen waarop een reactie van het college is gevonden.",
    "timely_rate": "Deel van de beantwoorde (of verlopen) adviezen waarop het college binnen de termijn "
    "van de verordening reageerde (zonder verordening: 42 dagen). Adviezen die nog binnen de termijn "
    "vallen tellen niet mee.",
    "timely_rate_28": "Hetzelfde, maar alsof de termijn 4 weken (28 dagen) was. Laat zien hoe gevoelig "
    "het oordeel 'tijdig' is voor de gekozen termijn.",
    "timely_rate_56": "Hetzelfde, maar alsof de termijn 8 weken (56 dagen) was.",
    "median_response_days": "Mediaan van het aantal dagen tussen advies en reactie: de helft van de "
    "reacties kwam sneller, de helft trager.",
    "p90_response_days": "90e percentiel van het aantal dagen tussen advies en reactie: hoe lang de "
    "traagste reacties duren.",
    "n_unanswered": "Aantal adviezen waarop (nog) geen reactie is gevonden.",
    "share_adopted": "Deel van de beantwoorde adviezen dat het college volledig overnam.",
    "share_partially_adopted": "Deel dat het college gedeeltelijk overnam.",
    "share_not_adopted": "Deel dat het college niet overnam.",
    "share_noted": "Deel waarop het college alleen reageerde met kennisname, 'nemen wij mee' of "
    "'is al beleid', zonder besluit.",
    "share_adopted_incl_partial": "Deel dat het college geheel of gedeeltelijk overnam.",
    "share_motivated_rejections": "Van de (gedeeltelijk) niet overgenomen adviezen: het deel waarbij "
    "het college zijn redenen gaf. Zwijgen over de reden telt als niet gemotiveerd.",
    "median_lead_days": "Bij gevraagde adviezen met een bekende aanvraagdatum: mediaan van de dagen "
    "tussen de adviesaanvraag en het advies. Minder dan 28 dagen is krap.",
    "share_lead_under_28": "Deel van die gevraagde adviezen waarvoor de raad minder dan 28 dagen had.",
    "work_income_share": "Deel van de adviezen (met een onderwerp) over werk en inkomen: bijstand, werk "
    "en re-integratie, armoede en minima, schulden, handhaving.",
    "care_share": "Deel van de adviezen (met een onderwerp) over Wmo-zorg of Jeugd.",
    "snowed_under": "Alleen bij brede raden (raden die ook over Wmo of Jeugd adviseren): 'ja' als "
    "minder dan een derde van de adviezen over werk en inkomen gaat. Raken deze onderwerpen "
    "ondergesneeuwd door Wmo en Jeugd?",
}

GENERAL = [
    "Elk cijfer staat bij het aantal adviezen waarover het is berekend (n). Een cijfer over minder dan "
    "5 adviezen is wel getoond, maar gemarkeerd met *: één advies meer of minder verandert het flink.",
    "De peildatum bepaalt welke adviezen nog binnen hun termijn vallen; die tellen niet mee voor "
    "'tijdig'.",
    "Het jaarverslag van de raad is een tweede bron: de adviezen in het overzicht van het jaarverslag "
    "zijn gekoppeld aan de gevonden brieven (zelfde raad of gemeente en jaar; datum tot 3 dagen "
    "verschil, anders een gelijkend onderwerp). Waar de bronnen verschillen of een brief ontbreekt, "
    "staat dat in de vergelijking.",
]
