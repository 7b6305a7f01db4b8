"""Phrase bank for advice letters (council -> college). Format: see phrases.py."""

from cp_textmine.synth.phrases import parse_bank

ADVIES = parse_bank("""
## salutation
Geacht college,
Geacht college van burgemeester en wethouders,
Geacht college,
Geachte heer, mevrouw,
Beste wethouder,
{weth_salutation},
Geachte leden van het college,
## salutation_board
Geacht bestuur,
Geachte leden van het bestuur,
Geachte heer, mevrouw,
## open_requested
In uw brief van {req_date} vraagt u {raad} om advies over {doc}.
Bij brief van {req_date} (kenmerk {req_ref}) heeft u ons gevraagd te adviseren over {doc}.
Op {req_date} ontvingen wij uw adviesaanvraag over {doc}.
U heeft ons op {req_date} om advies gevraagd over {doc}. Met deze brief geven wij graag gehoor aan dat verzoek.
Hartelijk dank voor uw adviesaanvraag van {req_date} over {doc}.
Naar aanleiding van uw verzoek van {req_date} brengen wij hierbij advies uit over {doc}.
Met uw brief met kenmerk {req_ref} legde u {doc} aan ons voor.
U vroeg ons om advies over {doc}.
Onlangs heeft u {raad} gevraagd advies uit te brengen over {doc}.
Hierbij ontvangt u ons gevraagd advies over {doc}.
Wij danken u voor de gelegenheid om te adviseren over {doc}, die wij op {req_date} van u ontvingen.
Uw adviesaanvraag van {req_date} over {doc} is in onze raad uitvoerig besproken.
Conform de verordening heeft u ons om advies gevraagd over {doc}. Hieronder treft u ons advies aan.
Per e-mail van {req_date} stuurde uw beleidsadviseur ons {doc} met het verzoek om advies.
## open_unsolicited
{Raad} brengt u hierbij ongevraagd advies uit over {np}.
Op eigen initiatief vragen wij uw aandacht voor {np}.
Met deze brief geven wij u ongevraagd advies over {np}.
Uit eigen beweging willen wij u adviseren over {np}.
Signalen uit onze achterban zijn voor ons aanleiding om u ongevraagd te adviseren over {np}.
De afgelopen maanden bereikten ons zorgwekkende signalen over {np}. Daarom brengen wij een ongevraagd advies uit.
Hoewel u ons hierover niet om advies heeft gevraagd, willen wij u graag onze zienswijze geven op {np}.
In onze vergadering van {meeting_date} hebben wij besloten u ongevraagd te adviseren over {np}.
{Raad} maakt gebruik van het recht om ongevraagd te adviseren en richt zich met deze brief tot u over {np}.
Graag brengen wij, zonder dat daar een verzoek aan ten grondslag ligt, een advies uit over {np}.
Wij vragen op eigen initiatief uw aandacht voor een onderwerp dat onze achterban zeer bezighoudt: {np}.
## process
Wij hebben het voorstel besproken in onze vergadering van {meeting_date}.
Ter voorbereiding hebben wij gesproken met beleidsmedewerkers en met inwoners die met {topic_label} te maken hebben.
Op {meeting_date} organiseerden wij een bijeenkomst voor onze achterban, die door ruim {k} mensen werd bezocht.
Een werkgroep uit onze raad heeft de stukken bestudeerd en een conceptadvies voorbereid, dat in de plenaire vergadering is vastgesteld.
Wij danken de beleidsmedewerker voor de toelichting tijdens onze vergadering van {meeting_date}.
De termijn die u ons gaf was kort; wij hebben ons best gedaan om toch zorgvuldig te adviseren.
Dit advies is tot stand gekomen na overleg met maatschappelijk werk, de voedselbank en enkele ervaringsdeskundigen.
Bij de voorbereiding hebben wij ook de cijfers uit de laatste monitor sociaal domein betrokken.
Wij hebben onze leden via een korte vragenlijst gevraagd naar hun ervaringen; {k} mensen vulden die in.
Het advies is vastgesteld in de vergadering van {meeting_date}, waarbij alle leden aanwezig waren.
## positive
Wij waarderen het dat u ons in een vroeg stadium betrekt.
Wij zijn blij dat er aandacht is voor {topic_label}.
Het voorstel is helder geschreven en goed onderbouwd.
Wij onderschrijven de uitgangspunten van het voorstel.
In grote lijnen kunnen wij ons vinden in de voorgestelde koers.
Het is goed om te zien dat de gemeente het gesprek over {topic_label} serieus oppakt.
Wij herkennen veel van onze eigen signalen in de analyse.
De ambities in het stuk spreken ons aan.
## critical
Wel missen wij in het voorstel het perspectief van de inwoners zelf.
Het stuk is vooral vanuit de organisatie geschreven en minder vanuit de mensen om wie het gaat.
Wij maken ons zorgen over de gevolgen voor huishoudens met een laag inkomen.
Het is ons niet duidelijk hoe de voorgestelde maatregelen worden gevolgd en geëvalueerd.
De financiële paragraaf is summier; wij kunnen niet beoordelen of er voldoende middelen zijn.
Het taalgebruik in het stuk is voor veel inwoners te ingewikkeld.
Wij vinden dat de gemeente hier te afwachtend opstelt.
In het voorstel ontbreekt een concrete planning.
## obs_intro
Uit gesprekken met onze achterban komt het volgende beeld naar voren:
Wat horen wij van inwoners?
Onze leden en hun netwerk brachten de volgende signalen in:
Tijdens onze achterbanbijeenkomst werd onder meer het volgende gezegd:
Enkele ervaringen die ons ter ore kwamen:
Wij noemen een paar voorbeelden uit de praktijk.
De signalen die wij ontvingen, laten zich als volgt samenvatten.
Wat wij zien en horen:
## obs_heading
Signalen uit de achterban
Wat wij horen
Ervaringen van inwoners
Bevindingen
Achtergrond
Constateringen
## rec_heading
Onze adviezen
Advies
Aanbevelingen
Ons advies
Adviezen aan het college
## rec_intro
Op grond hiervan adviseren wij u het volgende:
{Raad} adviseert u:
Onze adviezen:
Wij komen tot de volgende {n_word} adviezen:
Wij adviseren het college:
Samengevat luidt ons advies als volgt:
Ons advies bestaat uit {n_word} onderdelen:
Wij geven u de volgende adviezen mee:
Daarom adviseren wij u:
Wij doen u de volgende aanbevelingen:
## rec_intro_one
Ons advies luidt als volgt:
Wij adviseren u:
{Raad} adviseert het college:
## prose_first
Wij adviseren u {rec}.
{Raad} adviseert u {rec}.
Ons advies is om {rec}.
Wij raden u aan {rec}.
Wij stellen voor om {rec}.
In de eerste plaats adviseren wij u {rec}.
Allereerst adviseert {raad} om {rec}.
## prose_next
Daarnaast adviseren wij u {rec}.
Verder adviseert {raad} om {rec}.
Ook raden wij u aan {rec}.
Voorts adviseren wij {rec}.
Een volgend advies is om {rec}.
Wij adviseren u bovendien {rec}.
Vervolgens adviseren wij om {rec}.
Ook adviseert {raad} u {rec}.
## prose_last
Tot slot adviseren wij u {rec}.
Ten slotte raden wij u aan {rec}.
Als laatste adviseren wij om {rec}.
Tot besluit adviseert {raad} om {rec}.
## rec_label
Advies {i}
Advies {i}:
Aanbeveling {i}
Advies {i}.
## previous
In ons advies van {prev_date} adviseerden wij u al om {prev_rec}. Wij stellen vast dat daar nog weinig mee is gebeurd.
Eerder, op {prev_date}, hebben wij u geadviseerd om {prev_rec}; dat advies is nog altijd actueel.
Wij herinneren u eraan dat wij op {prev_date} adviseerden om {prev_rec}.
## closing
Wij zien uw reactie met belangstelling tegemoet.
Wij vertrouwen erop dat u ons advies meeneemt in uw besluitvorming.
Graag ontvangen wij binnen de afgesproken termijn uw schriftelijke reactie.
Wij horen graag wat u met ons advies doet.
Wij gaan ervan uit dat u ons op de hoogte houdt van de verdere ontwikkelingen.
Wij verwachten uw reactie binnen de termijn die de verordening noemt.
Wij hopen dat dit advies bijdraagt aan beleid dat werkt voor alle inwoners.
Wij rekenen op een inhoudelijke reactie op elk van onze adviezen.
## offer
Uiteraard zijn wij bereid ons advies mondeling toe te lichten.
Voor een toelichting zijn wij altijd beschikbaar.
Mocht u vragen hebben over dit advies, dan kunt u contact opnemen met onze secretaris, {secretary}.
Wij lichten ons advies graag toe in het eerstvolgende overleg met de wethouder.
Een gesprek over dit advies stellen wij zeer op prijs.
## signoff
Met vriendelijke groet,
Met vriendelijke groeten,
Hoogachtend,
Met een vriendelijke groet,
Vriendelijke groet,
## cc
Afschrift: de leden van de gemeenteraad
c.c. gemeenteraad {place}
Kopie aan: de raadsfracties
Cc: de griffie, ter informatie aan de gemeenteraad
Afschrift aan: de commissie Sociaal Domein
c.c.: de raadsleden van {place}
## legal
Op grond van artikel 47 van de Participatiewet heeft {raad} het recht gevraagd en ongevraagd te adviseren.
De verordening cliëntenparticipatie geeft ons de taak om de belangen van inwoners met een laag inkomen te behartigen.
Wij adviseren vanuit het perspectief van de inwoners die met deze regels te maken krijgen.
Het is goed om te beseffen dat achter elke regel mensen schuilgaan die vaak al jaren rond moeten komen van een minimum.
Ons advies beperkt zich tot de hoofdpunten; op details gaan wij graag in een gesprek nader in.
## appendix_title
Bijlage: verslag van de achterbanbijeenkomst
Bijlage 1. Signalen uit de achterban
Bijlage: wat inwoners ons vertelden
Bijlage – uitkomsten van de raadpleging
## appendix_intro
Op {meeting_date} spraken wij met {k} inwoners. Hieronder een samenvatting van wat zij ons vertelden.
Deze bijlage bevat de signalen die wij bij de voorbereiding van dit advies hebben verzameld.
De onderstaande punten zijn genoemd tijdens gesprekken met inwoners en hulpverleners.
Voor de volledigheid geven wij hieronder de belangrijkste uitkomsten van onze raadpleging weer.
## appendix_close
De namen van deelnemers zijn bij de raad bekend.
Het volledige verslag is op te vragen bij het secretariaat.
Wij danken alle deelnemers voor hun openheid.
## subject_requested
Gevraagd advies {doc_bare}
Advies over {doc}
Advies inzake {doc}
Gevraagd advies over {doc}
Advies {doc_bare}
Reactie {abbr} op {doc}
Uw adviesaanvraag over {doc}
Advies {abbr} {doc_bare}
## subject_unsolicited
Ongevraagd advies {np_bare}
Ongevraagd advies over {np}
Ongevraagd advies inzake {np}
Advies over {np}
Ongevraagd advies: {np_bare}
Signalen en advies over {np}
""")
