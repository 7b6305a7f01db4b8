"""Topic banks for the broader social domain (Wmo ... overig); format in topics.py."""

SD_TEXT = """
# topic: wmo_zorg
## label
Wmo en ondersteuning
## documents
de concept-Verordening maatschappelijke ondersteuning
de beleidsregels huishoudelijke ondersteuning
het beleidsplan Wmo
de nieuwe inkoop van begeleiding en dagbesteding
de notitie Mantelzorgondersteuning
het voorstel over de eigen bijdrage Wmo
de aanbesteding van de regiotaxi
## issues
de wachttijd voor een keukentafelgesprek
de kwaliteit van de huishoudelijke ondersteuning
de mantelzorgwaardering
het pgb en de administratieve lasten
de regiotaxi en het aanvullend vervoer
de overgang van beschermd wonen naar een eigen woning
het hulpmiddelenbeleid
## context
Sinds 2015 zijn gemeenten verantwoordelijk voor ondersteuning op grond van de Wmo 2015.
Steeds meer ouderen wonen langer thuis en doen een beroep op ondersteuning.
Mantelzorgers zijn onmisbaar, maar raken steeds vaker overbelast.
Het abonnementstarief voor de eigen bijdrage maakt ondersteuning voor sommige groepen goedkoper en voor de gemeente duurder.
Inwoners met een persoonsgebonden budget kopen zelf hun ondersteuning in.
## observations
Inwoners wachten soms drie maanden op een keukentafelgesprek.
Huishoudelijke hulpen wisselen zo vaak dat ouderen niet meer weten wie er komt.
Mantelzorgers weten niet waar zij terechtkunnen voor respijtzorg.
De regiotaxi komt regelmatig te laat, waardoor mensen afspraken missen.
Pgb-houders besteden veel tijd aan verantwoording en formulieren.
Mensen die uitstromen uit beschermd wonen vinden geen betaalbare woning.
Aanvragen voor een scootmobiel of traplift duren volgens onze achterban veel te lang.
## recs
de wachttijd voor een keukentafelgesprek terug te brengen tot maximaal vier weken | Zo voorkomt u dat problemen onnodig groter worden.
met aanbieders af te spreken dat huishoudelijke ondersteuning zoveel mogelijk door vaste hulpen wordt gegeven |
het mantelzorgcompliment te verhogen en ook respijtzorg actief aan te bieden | Overbelaste mantelzorgers vallen zelf uit.
de verantwoording voor pgb-houders te vereenvoudigen |
in de aanbesteding van de regiotaxi harde afspraken te maken over stiptheid en boetes bij te laat komen |
voor uitstromers uit beschermd wonen woningen te reserveren in de prestatieafspraken met corporaties |
de levertijd van hulpmiddelen vast te leggen in het contract met de leverancier |
bij elk keukentafelgesprek te wijzen op gratis onafhankelijke cliëntondersteuning |
de eigen bijdrage voor mensen met een inkomen tot 120 procent van het sociaal minimum te laten vervallen |
dagbesteding dichter bij huis te organiseren, zodat reistijd geen drempel is |
## reasons
de aanbieders zelf verantwoordelijk zijn voor hun personeelsinzet ~ hulpen
de hoogte van de eigen bijdrage landelijk is vastgesteld ~ eigen bijdrage
de huidige contracten nog twee jaar doorlopen
de woningmarkt reservering van woningen op dit moment niet toelaat ~ woningen te reserveren
## actions
In de nieuwe contracten leggen wij vast dat cliënten zoveel mogelijk een vaste hulp krijgen.
Wij verhogen het mantelzorgcompliment met ingang van volgend jaar.
De verantwoording voor pgb-houders wordt vereenvoudigd.
De vervoerder krijgt een boete bij structureel te laat komen.
## already
Bij elk keukentafelgesprek wijzen wij al op onafhankelijke cliëntondersteuning.
Respijtzorg wordt nu al actief aangeboden via het steunpunt mantelzorg.

# topic: jeugd
## label
jeugdhulp
## documents
de concept-Verordening jeugdhulp
het beleidsplan Jeugd
de regionale inkoop van jeugdhulp
de notitie Overgang 18-/18+
de nieuwe werkwijze van het Centrum voor Jeugd en Gezin
het plan voor de inzet van gezinscoaches
## issues
de wachtlijsten in de jeugdzorg
de overgang van jeugdhulp naar volwassenenzorg
de inzet van praktijkondersteuners jeugd bij de huisarts
pleegzorg en de pleegvergoeding
leerlingenvervoer en jeugdhulp
## context
Sinds 2015 voeren gemeenten de Jeugdwet uit.
De kosten van jeugdhulp zijn in veel gemeenten sterk gestegen.
Rond het achttiende jaar verandert voor jongeren veel tegelijk: zorg, inkomen, wonen en school.
Het Centrum voor Jeugd en Gezin is voor ouders de eerste plek voor vragen over opvoeden en opgroeien.
Gezinnen met schulden hebben vaker ook een hulpvraag rond hun kinderen.
## observations
Ouders wachten maanden op specialistische jeugdhulp, terwijl de problemen toenemen.
Jongeren die achttien worden, vallen tussen wal en schip omdat hun hulp abrupt stopt.
Gezinnen krijgen met te veel verschillende hulpverleners te maken.
Pleegouders vertellen dat de vergoeding de werkelijke kosten niet dekt.
Ouders weten niet dat zij bij het CJG zonder verwijzing terechtkunnen.
## recs
één vaste gezinscoach aan te wijzen voor gezinnen met meerdere hulpverleners | Eén gezin, één plan, één regisseur.
ruim voor het achttiende jaar met jongeren een toekomstplan te maken voor zorg, inkomen en wonen | Zo voorkomt u dat jongeren op hun achttiende tussen wal en schip vallen.
overbruggingszorg te bieden aan kinderen die op een wachtlijst staan |
de jeugdhulp waar mogelijk via de huisarts en de school laagdrempelig in te zetten |
pleegouders een aanvullende vergoeding te geven voor bijzondere kosten |
het CJG actiever te laten uitnodigen via scholen en kinderopvang |
ouders en jongeren te betrekken bij de regionale inkoop van jeugdhulp |
## reasons
de regionale afspraken geen ruimte bieden voor een lokale afwijking
de huidige contracten met jeugdhulpaanbieders nog doorlopen
de pleegvergoeding landelijk wordt vastgesteld ~ pleegouders
de beschikbare middelen voor jeugdhulp al zwaar overschreden worden
## actions
Wij werken vanaf volgend jaar met één gezinscoach per gezin.
Het toekomstplan voor jongeren vanaf zestien jaar wordt standaard onderdeel van de begeleiding.
Voor kinderen op de wachtlijst regelen wij overbruggingszorg.
## already
Jongeren krijgen al vanaf hun zeventiende een gesprek over de overgang naar volwassenheid.
Het CJG is nu al op alle basisscholen aanwezig.

# topic: inburgering
## label
inburgering
## documents
het beleidsplan Inburgering
de uitvoering van de Wet inburgering 2021
de notitie Brede intake en het PIP
de aanpak voor de huisvesting van statushouders
de verordening inburgering
## issues
de begeleiding van statushouders naar werk
de Z-route voor nieuwkomers met een lage leerbaarheid
taalonderwijs naast werk
de financiële ontzorging van statushouders
## context
Sinds de Wet inburgering 2021 hebben gemeenten weer de regie over de inburgering.
Iedere nieuwkomer krijgt een brede intake en een persoonlijk plan inburgering en participatie (PIP).
De B1-route combineert taalles met werk of vrijwilligerswerk.
De eerste zes maanden betaalt de gemeente de vaste lasten van statushouders door.
## observations
Statushouders vertellen dat de taallessen niet aansluiten bij hun werkrooster.
Nieuwkomers met een diploma uit hun herkomstland krijgen werk ver onder hun niveau aangeboden.
Na de periode van financiële ontzorging ontstaan vaak direct betalingsachterstanden.
De brede intake wordt zonder tolk afgenomen, waardoor mensen vragen verkeerd begrijpen.
## recs
bij de brede intake altijd een professionele tolk in te zetten |
taallessen ook in de avond en het weekend aan te bieden, zodat werken en leren samengaan | Werk en taal versterken elkaar.
diploma's van nieuwkomers snel te laten waarderen en begeleiding naar werk op niveau te bieden |
de financiële ontzorging geleidelijk af te bouwen met budgetbegeleiding | Een harde overgang leidt tot schulden.
statushouders te koppelen aan een maatje uit de buurt |
de Z-route zo in te richten dat deelnemers ook echt in de wijk meedoen |
## reasons
de middelen van het Rijk voor inburgering hiervoor ontoereikend zijn
de uitvoering van de inburgering regionaal is ingekocht
de inzet van tolken al is geregeld in het landelijke kader ~ tolk
## actions
Bij de brede intake zetten wij voortaan altijd een tolk in.
Wij bouwen de financiële ontzorging af in drie stappen met budgetbegeleiding.
## already
Statushouders worden nu al gekoppeld aan een maatje via VluchtelingenWerk.
Taallessen worden al in de avonduren aangeboden.

# topic: clientenparticipatie
## label
cliëntenparticipatie
## documents
de concept-Verordening cliëntenparticipatie sociaal domein
het voorstel voor een nieuwe adviesstructuur sociaal domein
de evaluatie van de cliëntenparticipatie
de regeling vergoedingen adviesraad
de samenwerkingsafspraken tussen college en adviesraad
## issues
de positie van de cliëntenraad bij de nieuwe adviesstructuur
de ondersteuning door een ambtelijk secretaris
de vergoeding voor leden van de raad
de termijnen voor advisering
het tijdig betrekken van de raad bij beleid
regionale cliëntenparticipatie
## context
De Participatiewet en de Wmo 2015 verplichten de gemeente om inwoners bij het beleid te betrekken.
Een goede adviesraad kan alleen functioneren als hij tijdig en volledig wordt geïnformeerd.
Steeds meer gemeenten vervangen de afzonderlijke raden door één adviesraad sociaal domein.
Onafhankelijke ondersteuning is een voorwaarde voor goede advisering.
Het contact met de achterban vraagt tijd en middelen.
## observations
De raad kreeg stukken de afgelopen periode vaak pas enkele dagen voor de besluitvorming.
Leden vragen zich af of hun adviezen werkelijk verschil maken.
Het lukt de raad niet om vacatures te vullen, vooral niet met jongere leden.
De ambtelijk secretaris heeft te weinig uren om de raad goed te ondersteunen.
In de brede adviesraad komen onderwerpen rond werk en inkomen steeds minder aan bod.
## recs
de raad in een vroeg stadium te betrekken, nog voordat er een concept ligt | Dan kan de raad nog echt invloed hebben.
de reactietermijn van zes weken strikt na te leven en bij afwijking gemotiveerd te reageren |
de ondersteuning door de ambtelijk secretaris uit te breiden tot ten minste zestien uur per week |
de vergoeding voor leden te verhogen en niet te laten verrekenen met een uitkering |
in de nieuwe adviesstructuur een aparte kamer voor werk en inkomen te behouden | Anders verdwijnen deze onderwerpen uit beeld.
jaarlijks een werkplan van de raad te bespreken met de wethouder |
de raad een eigen budget te geven voor achterbanraadpleging en scholing |
de verordening cliëntenparticipatie na twee jaar te evalueren met de raad |
## reasons
de beschikbare formatie geen uitbreiding van de ondersteuning toelaat ~ secretaris
de vergoeding al boven het landelijk gemiddelde ligt ~ vergoeding
wij de huidige werkwijze eerst samen met de raad willen evalueren
wij juist kiezen voor één integrale adviesraad zonder aparte kamers ~ kamer
## actions
Wij passen de verordening aan, zodat de raad voortaan in een vroeg stadium wordt betrokken.
De ondersteuning door de ambtelijk secretaris wordt uitgebreid.
Wij bespreken het werkplan voortaan jaarlijks in het bestuurlijk overleg.
## already
De raad beschikt al over een eigen budget voor scholing en achterbanraadpleging.
Het werkplan wordt nu al jaarlijks met de wethouder besproken.

# topic: overig_sociaal_domein
## label
overige onderwerpen sociaal domein
## documents
de Woonvisie
het gezondheidsbeleid
de aanpak eenzaamheid
het plan Digitale inclusie
de energietransitie en de wijkaanpak
het beleid voor leerlingenvervoer
de visie op vrijwilligerswerk
## issues
betaalbare woningen voor mensen met een laag inkomen
eenzaamheid onder ouderen en alleenstaanden
digitale inclusie
energiearmoede en isolatie van huurwoningen
leerlingenvervoer
de ondersteuning van vrijwilligers
## context
Wonen, gezondheid en inkomen hangen nauw met elkaar samen.
De energietransitie dreigt de kloof tussen arm en rijk te vergroten.
Steeds meer dienstverlening verloopt online, terwijl niet iedereen digitaal meekan.
Eenzaamheid komt in alle leeftijdsgroepen voor.
## observations
Huurders in slecht geïsoleerde woningen betalen de hoogste energierekening.
Ouderen voelen zich buitengesloten nu de bibliotheek minder open is.
Vrijwilligers haken af door de toenemende regeldruk.
Jongeren met een laag inkomen vinden geen betaalbare woning in de gemeente.
## recs
in de prestatieafspraken met corporaties voorrang te geven aan isolatie van woningen met de laagste energielabels | Zo pakt u energiearmoede bij de bron aan.
in elke wijk een laagdrempelig digitaal hulppunt in te richten |
een vast deel van de nieuwbouw te reserveren voor sociale huur |
vrijwilligers een vrijwilligersvergoeding te laten ontvangen zonder korting op hun uitkering |
eenzaamheid als vast thema op te nemen in het gezondheidsbeleid |
## reasons
de woningbouwprogrammering in regionaal verband is vastgesteld ~ nieuwbouw
dit onderwerp buiten de directe invloed van de gemeente ligt
de vrijwilligersvergoeding wettelijk is begrensd ~ vrijwilligers
## actions
Wij richten in iedere wijk een digitaal hulppunt in, samen met de bibliotheek.
In de nieuwe prestatieafspraken geven wij voorrang aan de slechtst geïsoleerde woningen.
## already
In de wijkcentra zijn al digitale spreekuren.
Het gezondheidsbeleid besteedt al aandacht aan eenzaamheid.
"""
