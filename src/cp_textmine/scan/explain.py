"""Plain-Dutch explanations of each indicator, shown in the HTML report and the README."""

INDICATORS = {
    "n_advices": "Aantal adviezen dat de raad in dit jaar uitbracht (brieven gevonden in de stukken).",
    "share_requested": "Deel van de adviezen waar het college om vroeg. Een laag deel kan wijzen op een "
    "actieve raad, of op een college dat zelden om advies vraagt.",
    "response_rate": "Deel van de adviezen waarop een reactie van het college is gevonden.",
    "timely_rate": "Deel van de beantwoorde (of verlopen) adviezen waarop het college binnen de termijn "
    "van de verordening reageerde (zonder verordening: 42 dagen). Adviezen die nog binnen de termijn "
    "vallen tellen niet mee.",
    "median_response_days": "Mediaan van het aantal dagen tussen advies en reactie.",
    "p90_response_days": "90e percentiel van het aantal dagen tussen advies en reactie: hoe lang de "
    "traagste reacties duren.",
    "share_adopted": "Deel van de beantwoorde adviezen dat het college volledig overnam.",
    "share_partially_adopted": "Deel dat het college gedeeltelijk overnam.",
    "share_not_adopted": "Deel dat het college niet overnam.",
    "share_noted": "Deel waarop het college alleen reageerde met kennisname, 'nemen wij mee' of "
    "'is al beleid', zonder besluit.",
    "share_motivated_rejections": "Van de (gedeeltelijk) niet overgenomen adviezen: het deel waarbij "
    "het college zijn redenen gaf.",
    "median_lead_days": "Bij gevraagde adviezen: mediaan van de dagen tussen de adviesaanvraag en het "
    "advies. Minder dan 28 dagen is krap.",
    "work_income_share": "Deel van de adviezen over werk en inkomen (bijstand, werk en re-integratie, "
    "armoede, schulden, handhaving). Bij brede adviesraden sociaal domein: raken deze onderwerpen "
    "ondergesneeuwd door Wmo en Jeugd?",
}
