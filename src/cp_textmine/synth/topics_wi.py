"""Topic banks for work and income (bijstand ... dienstverlening); format in topics.py."""

WI_TEXT = """
# topic: bijstand
## label
bijstand en inkomen
## documents
de concept-Toeslagenverordening Participatiewet
de beleidsregels kostendelersnorm
de beleidsregels giften en schenkingen in de bijstand
de uitvoeringsregels zoektermijn jongeren
de concept-beleidsregels vermogen en bijzondere situaties
de nota Bijstand op maat
de beleidsregels Bbz voor zelfstandige ondernemers
het voorstel tot wijziging van de Verordening maatregelen en verlaging
## issues
de kostendelersnorm bij inwonende kinderen
het giftenbeleid in de bijstand
de zoektermijn voor jongeren tot 27 jaar
de doorlooptijd van bijstandsaanvragen
de vermogenstoets voor zelfstandigen
de vrijlating van bijverdiensten
de IOAW en IOAZ voor oudere werklozen
## context
Veel inwoners met een bijstandsuitkering leven al jaren rond het sociaal minimum.
Sinds de invoering van de Participatiewet is de kostendelersnorm een terugkerend punt van zorg.
De vereenvoudiging van de Participatiewet geeft gemeenten meer ruimte voor maatwerk.
Jongeren tot 27 jaar krijgen na hun aanvraag eerst een zoektermijn van vier weken.
Tussen de regels op papier en de praktijk aan het loket zit voor aanvragers vaak een groot verschil.
De bijstandsnorm is sinds 1 januari opnieuw geïndexeerd, maar de vaste lasten stegen harder.
Zelfstandigen die tijdelijk niet rond kunnen komen, zijn aangewezen op het Besluit bijstandverlening zelfstandigen.
Wie bijstand aanvraagt, moet een lange lijst bewijsstukken aanleveren.
## observations
Leden van onze achterban weten vaak niet welke giften zij moeten melden en welke niet.
Ouders met een inwonend meerderjarig kind zien hun uitkering dalen, terwijl dat kind zelf nauwelijks inkomen heeft.
Jongeren die tijdens de zoektermijn geen inkomen hebben, lopen al snel een huurachterstand op.
Meerdere mensen vertelden ons dat het digitale aanvraagformulier vastloopt bij het uploaden van bankafschriften.
Een alleenstaande moeder moest bijna drie maanden wachten op een beslissing over haar aanvraag.
Zelfstandigen ervaren de aanvraag voor Bbz-ondersteuning als ingewikkeld en traag.
Mensen schrikken van een terugvordering omdat een familielid een keer boodschappen betaalde.
Oudere werklozen voelen zich door de sollicitatieplicht niet serieus genomen.
Deelnemers aan ons spreekuur begrijpen de betaalspecificatie van hun uitkering niet.
Wie een paar uur per week bijverdient, houdt daar door de verrekening vrijwel niets van over.
## recs
giften tot een vast bedrag per jaar vrij te laten en dat bedrag helder te communiceren | Dan weten mensen waar zij aan toe zijn en voorkomt u onnodige terugvorderingen.
bij de kostendelersnorm maatwerk te bieden wanneer een inwonend kind een opleiding volgt | Anders worden gezinnen gestraft omdat hun studerende kinderen thuis blijven wonen.
jongeren tijdens de zoektermijn actief te begeleiden en in schrijnende gevallen een voorschot te verstrekken | Vier weken zonder inkomen leidt bijna altijd tot nieuwe schulden.
aanvragers binnen twee weken een voorschot te verlenen als de beslissing langer op zich laat wachten | Het wettelijke recht op een voorschot is bij veel aanvragers onbekend.
de lijst met op te vragen bewijsstukken kritisch door te lichten en te beperken tot wat echt nodig is | Elk extra document vertraagt de aanvraag en vergroot de kans op afhaken.
de betaalspecificatie zo in te richten dat norm, vakantiegeld en inhoudingen op een aparte regel staan |
bij een wijziging van de norm inwoners persoonlijk en in eenvoudige taal te informeren | Een standaardbrief met wetsartikelen bereikt deze groep niet.
de vermogensgrens voor zelfstandigen in de Bbz ruimhartig toe te passen | Het bedrijfsvermogen is vaak nodig om na een dip weer op gang te komen.
nieuwe aanvragers een vast aanspreekpunt te geven gedurende de eerste drie maanden |
de ruimte in de wet voor het vrijlaten van bijverdiensten volledig te benutten | Werken moet ook voor mensen in de bijstand lonen.
oudere werklozen met een IOAW-uitkering vrij te stellen van de sollicitatieplicht waar dat redelijk is |
de toeslagenverordening zo aan te passen dat alleenstaande ouders geen lagere toeslag krijgen dan nu |
bij vermoedelijk onterechte giftenmelding eerst een gesprek te voeren voordat u terugvordert | Een gesprek voorkomt veel bezwaarprocedures.
## reasons
de Participatiewet ons op dit punt geen beleidsruimte laat
de kostendelersnorm een wettelijke verplichting is waarvan wij niet mogen afwijken ~ kostendelersnorm
een voorschot alleen mogelijk is als het recht op bijstand voldoende aannemelijk is ~ voorschot
een algemene vrijlating de uitgaven aan uitkeringen fors zou verhogen ~ vrij
de landelijke wetswijziging eerst moet worden afgewacht
de uitvoering van een aparte regeling voor deze kleine groep onevenredig veel kost
## actions
Wij passen de beleidsregels aan, zodat giften tot een vast bedrag per jaar worden vrijgelaten.
De betaalspecificatie wordt met ingang van het nieuwe kwartaal vereenvoudigd.
Klantmanagers krijgen de uitdrukkelijke opdracht om bij inwonende studerende kinderen maatwerk toe te passen.
De lijst met bewijsstukken is inmiddels ingekort van vijftien naar negen documenten.
Wij nemen in de uitvoeringsregels op dat jongeren tijdens de zoektermijn een vaste contactpersoon krijgen.
## already
Aanvragers kunnen nu al een voorschot krijgen als de beslissing langer dan vier weken op zich laat wachten.
Jongeren worden tijdens de zoektermijn al begeleid door het jongerenloket.
De vrijlating van inkomsten uit deeltijdwerk passen wij al toe zoals de wet die toestaat.

# topic: werk_reintegratie
## label
werk en re-integratie
## documents
het concept-beleidsplan Participatie en werk
de re-integratieverordening Participatiewet
de notitie Beschut werk
de regionale uitvoeringsagenda van het Werkbedrijf
de beleidsregels loonkostensubsidie
het plan van aanpak banenafspraak
de concept-verordening tegenprestatie
het voorstel voor een participatiebaan met behoud van uitkering
## issues
de begeleiding naar werk van mensen met een grote afstand tot de arbeidsmarkt
het aantal plekken voor beschut werk
de inzet van jobcoaches na plaatsing
de tegenprestatie naar vermogen
proefplaatsingen bij werkgevers
de toekomst van het sw-bedrijf
de premie voor uitstroom naar betaald werk
## context
De arbeidsmarkt is krap, maar voor veel mensen in de bijstand blijft de stap naar werk groot.
Het Werkbedrijf in de arbeidsmarktregio bemiddelt werkzoekenden naar banen bij regionale werkgevers.
Sinds de afsluiting van de Wsw is beschut werk de belangrijkste voorziening voor mensen die alleen met veel begeleiding kunnen werken.
Loonkostensubsidie compenseert werkgevers voor een lagere loonwaarde.
Een proefplaatsing geeft werkgever en werkzoekende de kans om elkaar te leren kennen.
Werk is voor veel mensen meer dan inkomen: het geeft structuur, contacten en eigenwaarde.
## observations
Mensen die via een proefplaatsing aan de slag gingen, vertellen dat de begeleiding na de eerste maand wegviel.
Deelnemers aan onze bijeenkomst ervoeren trajecten als een verplichting zonder perspectief op echt werk.
Een deelnemer werkte een half jaar met behoud van uitkering zonder dat er een vaste baan uitzicht kwam.
Werkzoekenden met een beperking missen een vaste jobcoach die hen ook na plaatsing blijft steunen.
Parttime werkenden krijgen door wisselende inkomsten telkens te maken met verrekeningen en terugvorderingen.
Oudere werkzoekenden hebben het gevoel dat zij bij het Werkbedrijf achteraan in de rij staan.
De wachtlijst voor beschut werk is volgens onze achterban langer dan de gemeente aangeeft.
Mensen weten niet dat zij na werkaanvaarding nog een jaar aanspraak houden op begeleiding.
## recs
een jobcoach ten minste twaalf maanden na plaatsing beschikbaar te houden | Juist na de eerste maanden vallen mensen uit als de steun wegvalt.
proefplaatsingen te beperken tot maximaal drie maanden en vooraf afspraken te maken over een vervolg | Anders wordt een proefplaatsing gratis arbeid.
het aantal plekken voor beschut werk af te stemmen op de werkelijke vraag en de wachtlijst openbaar te maken |
de tegenprestatie vrijwillig te laten zijn en te laten aansluiten bij wat mensen zelf willen en kunnen | Dwang werkt averechts en kost de verhouding met de klantmanager.
bij wisselende inkomsten een vast voorschot te hanteren en pas achteraf te verrekenen | Zo houden mensen zekerheid over hun inkomen terwijl zij aan het werk zijn.
werkzoekenden zelf te laten meebeslissen over hun re-integratietraject | Een traject waar iemand zelf achter staat, heeft meer kans op succes.
een uitstroompremie in te voeren voor mensen die na langdurige bijstand betaald werk vinden |
werkgevers actief te benaderen voor banen in het kader van de banenafspraak | De banenafspraak loopt in de regio achter op de doelstelling.
oudere werkzoekenden een eigen aanbod te doen met scholing en werkervaringsplekken |
te zorgen dat niemand langer dan een jaar in een participatiebaan met behoud van uitkering werkt zonder perspectief op een betaalde baan |
de loonkostensubsidie zo in te zetten dat werknemers volwaardig in dienst komen van de werkgever |
na werkaanvaarding actief te wijzen op de mogelijkheid van nazorg en terugval in de uitkering zonder nieuwe wachttijd |
## reasons
de middelen uit het participatiebudget volledig zijn uitgeput
de duur van een proefplaatsing afhangt van de individuele situatie en wij die niet vooraf willen begrenzen ~ proefplaats
een uitstroompremie volgens de wet alleen bij uitzondering mogelijk is ~ premie
het aantal plekken voor beschut werk in de regio gezamenlijk wordt vastgesteld ~ beschut
wij de tegenprestatie als een belangrijk onderdeel van ons participatiebeleid beschouwen ~ tegenprestatie
## actions
Wij verlengen de inzet van jobcoaches na plaatsing naar twaalf maanden.
In de nieuwe re-integratieverordening leggen wij vast dat een proefplaatsing maximaal drie maanden duurt.
Het Werkbedrijf gaat de wachtlijst voor beschut werk elk kwartaal publiceren.
Vanaf volgend jaar maken wij met iedere werkzoekende een plan dat hij of zij zelf mede ondertekent.
## already
Nazorg na werkaanvaarding maakt al standaard deel uit van ieder traject.
De tegenprestatie is in onze gemeente nu al vrijwillig.
Werkzoekenden stellen hun plan van aanpak nu al samen met hun klantmanager op.

# topic: armoede_minima
## label
armoede en minimabeleid
## documents
de nota Armoedebeleid
het concept-minimabeleid voor de komende raadsperiode
de beleidsregels bijzondere bijstand
de verordening individuele inkomenstoeslag
de uitvoering van de energietoeslag
de herziening van het kindpakket
de collectieve zorgverzekering voor minima
het voorstel tot wijziging van de meedoenregeling
## issues
de toegankelijkheid van de meedoenregeling
de hoogte van de individuele inkomenstoeslag
het bereik van de collectieve zorgverzekering
kinderen in armoede
de uitvoering van de energietoeslag
niet-gebruik van minimaregelingen
de kwijtscheldingsregels voor gemeentelijke belastingen
de inkomensgrens voor minimaregelingen
## context
In onze gemeente groeit ongeveer één op de tien kinderen op in een gezin met een laag inkomen.
De stijgende kosten voor energie en boodschappen treffen huishoudens met een minimuminkomen het hardst.
Minimaregelingen zijn er pas echt voor iedereen als mensen ze ook weten te vinden.
De individuele inkomenstoeslag is bedoeld voor mensen die langdurig op een laag inkomen zijn aangewezen.
Via de collectieve zorgverzekering kunnen minima tegen een lagere premie een goede aanvullende verzekering afsluiten.
De stadspas geeft korting op sport, cultuur en vervoer.
## observations
Veel ouders weten niet dat hun kinderen via het kindpakket een fiets of laptop kunnen krijgen.
Werkende armen vallen met een inkomen net boven de grens buiten alle regelingen.
Het aanvraagformulier voor de inkomenstoeslag is lang en lastig in te vullen.
Een deelnemer aan onze bijeenkomst vertelde dat zij de energietoeslag pas na vijf maanden ontving.
Mensen schamen zich om een stadspas te laten zien bij de kassa.
Gepensioneerden met alleen AOW en een klein pensioen horen pas laat dat zij recht hebben op kwijtschelding.
De collectieve zorgverzekering is duur voor mensen die weinig zorg gebruiken.
Alleenstaanden met een laag inkomen kunnen de stijgende huur en energiekosten nauwelijks opbrengen.
## recs
de inkomensgrens voor de minimaregelingen te verhogen naar 130 procent van het sociaal minimum | Zo bereikt u ook de werkende armen die nu buiten de boot vallen.
één aanvraagformulier te maken voor alle minimaregelingen | Dat verlaagt de drempel en vermindert niet-gebruik.
de individuele inkomenstoeslag automatisch toe te kennen aan mensen van wie de gemeente het inkomen al kent |
het kindpakket actief onder de aandacht te brengen via scholen, sportclubs en het consultatiebureau |
de energietoeslag zonder aanvraag uit te betalen aan huishoudens die al bekend zijn bij de gemeente | De toeslag is bedoeld voor nu en niet voor over een half jaar.
de stadspas te vervangen door een digitale pas die niet als minimapas herkenbaar is |
de eigen bijdrage in de collectieve zorgverzekering voor de laagste inkomens te verlagen |
kwijtschelding van gemeentelijke belastingen automatisch te toetsen voor mensen met alleen AOW |
een ruimere regeling voor bijzondere bijstand te maken voor duurzame gebruiksgoederen zoals een koelkast of wasmachine |
ervaringsdeskundigen te betrekken bij de evaluatie van het minimabeleid | Zij zien als eersten waar regelingen niet aansluiten.
het budget voor het kindpakket niet te laten afhangen van de jaarlijkse begrotingsronde |
## reasons
de gemeentelijke begroting geen ruimte biedt voor een hogere inkomensgrens ~ inkomensgrens
automatische toekenning zonder aanvraag in strijd is met de privacyregels ~ automatisch
de individuele inkomenstoeslag wettelijk een aanvraag vereist ~ inkomenstoeslag
de collectieve zorgverzekering op regionaal niveau is aanbesteed ~ zorgverzekering
wij eerst de evaluatie van het huidige minimabeleid willen afwachten
## actions
Met ingang van volgend jaar maken wij één aanvraagformulier voor alle minimaregelingen.
Wij gaan het kindpakket samen met scholen en sportverenigingen breder bekendmaken.
De energietoeslag wordt aan bekende huishoudens ambtshalve uitbetaald.
De nieuwe stadspas wordt een digitale pas in de huisstijl van de gemeente.
## already
Huishoudens met een bijstandsuitkering ontvangen de energietoeslag al zonder aanvraag.
Kwijtschelding wordt voor mensen in de bijstand nu al automatisch getoetst.
Het kindpakket wordt al jaarlijks onder de aandacht gebracht via alle basisscholen.

# topic: schulden
## label
schuldhulpverlening
## documents
het beleidsplan schuldhulpverlening
de beleidsregels Wet gemeentelijke schuldhulpverlening
het plan van aanpak vroegsignalering
de nieuwe werkwijze voor budgetbeheer
de samenwerkingsafspraken met de Kredietbank
het concept-beleidsplan Schulden de baas
## issues
vroegsignalering van betalingsachterstanden
de wachttijd bij schuldhulpverlening
de beslagvrije voet
beschermingsbewind en de kosten daarvan
nazorg na een schuldregeling
schulden bij jongeren
het saneringskrediet
## context
Volgens de Wet gemeentelijke schuldhulpverlening moet een eerste gesprek binnen drie werkdagen plaatsvinden bij dreigende huisuitzetting.
Sinds 2021 ontvangt de gemeente signalen van woningcorporaties, energieleveranciers en zorgverzekeraars over betalingsachterstanden.
Mensen met schulden zoeken gemiddeld pas na jaren hulp.
De vereenvoudigde beslagvrije voet moet voorkomen dat mensen door beslag onder het bestaansminimum zakken.
Een saneringskrediet lost alle schulden in één keer af, zodat iemand nog maar één schuldeiser heeft.
Schaamte is een van de grootste drempels om hulp te vragen bij geldzorgen.
## observations
Onze achterban vertelt dat de deurwaarder vaak eerder aan de deur staat dan de schuldhulpverlener.
Een deelnemer wachtte negen weken op een intakegesprek bij de schuldhulpverlening.
Mensen in een schuldregeling voelen zich na afloop alleen gelaten en vallen terug in oude patronen.
Bewindvoerders rekenen hoge kosten, die uiteindelijk uit de bijzondere bijstand worden betaald.
Jongeren met schulden vinden de weg naar hulp niet, omdat de website alleen over formulieren gaat.
Bij beslag op de uitkering blijft in de praktijk vaak minder over dan de beslagvrije voet.
Huisbezoeken na een signaal van de woningcorporatie worden als bedreigend ervaren wanneer ze onaangekondigd zijn.
Mensen weten niet dat de gemeente ook kan bemiddelen bij schulden aan de Belastingdienst.
## recs
de wachttijd voor een eerste gesprek terug te brengen tot maximaal twee weken | Hoe langer mensen wachten, hoe hoger de schulden oplopen.
vroegsignalering uit te breiden met signalen van drinkwaterbedrijven en de gemeentelijke belastingen |
bij elk signaal binnen vijf werkdagen persoonlijk contact op te nemen met een aangekondigd huisbezoek |
standaard een saneringskrediet aan te bieden wanneer een minnelijke regeling mogelijk is | Zo hebben mensen meteen rust en nog maar één schuldeiser.
bij beslag op de uitkering zelf te controleren of de beslagvrije voet juist is berekend | Fouten in de berekening komen vaak voor en treffen mensen direct.
nazorg van minstens een jaar aan te bieden na afloop van een schuldregeling |
budgetbeheer als vrijwillige en laagdrempelige voorziening aan te bieden |
een vast loket voor jongeren met schulden te openen, met een schuldhulpverlener die hun taal spreekt |
de kosten van beschermingsbewind te beperken door meer in te zetten op lichtere vormen van ondersteuning |
ervaringsdeskundigen in te zetten bij de eerste contacten na een vroegsignaal | Zij krijgen sneller het vertrouwen van mensen die zich schamen.
een regeling voor schuldenrust af te spreken met de grootste schuldeisers in de gemeente |
## reasons
de capaciteit bij de Kredietbank een kortere wachttijd op dit moment niet toelaat ~ wachttijd
een saneringskrediet niet in alle gevallen verantwoord is ~ saneringskrediet
de beslagvrije voet door de beslaglegger wordt vastgesteld en niet door de gemeente ~ beslagvrije
de middelen voor nazorg in de begroting niet beschikbaar zijn ~ nazorg
wij eerst de landelijke evaluatie van de Wgs willen afwachten
## actions
De wachttijd voor een eerste gesprek wordt teruggebracht tot maximaal twee weken.
Wij breiden vroegsignalering uit met signalen van het drinkwaterbedrijf.
Na afloop van een schuldregeling bieden wij voortaan een jaar nazorg aan.
Wij starten dit najaar met een jongerenloket voor geldzaken.
## already
Een saneringskrediet wordt al standaard aangeboden als de situatie dat toelaat.
Bij signalen over betalingsachterstanden nemen wij nu al binnen vijf werkdagen contact op.
Budgetbeheer is al vrijwillig en wordt alleen in overleg ingezet.

# topic: handhaving
## label
handhaving en rechtmatigheid
## documents
de Handhavingsverordening Participatiewet
het handhavingsbeleidsplan
de beleidsregels terugvordering en verhaal
de beleidsregels bestuurlijke boete
de notitie Menselijke maat in de handhaving
het voorstel voor de Verordening maatregelen
## issues
de menselijke maat bij terugvordering
onaangekondigde huisbezoeken
de inlichtingenplicht en kleine vergissingen
de hoogte van bestuurlijke boetes
het gebruik van risicoprofielen bij controles
## context
De toeslagenaffaire heeft laten zien hoe hard een systeem van wantrouwen mensen kan raken.
De wet geeft gemeenten sinds kort meer ruimte om bij terugvordering rekening te houden met de omstandigheden.
Wie bijstand ontvangt, moet alle wijzigingen doorgeven die van invloed kunnen zijn op de uitkering.
Een maatregel verlaagt de uitkering tijdelijk als iemand zich niet aan de verplichtingen houdt.
Rechtmatigheid en vertrouwen hoeven elkaar niet uit te sluiten.
## observations
Mensen durven geen fouten meer te maken uit angst voor een boete.
Een deelnemer kreeg een terugvordering van enkele duizenden euro's voor een vergeten melding van een kleine bijverdienste.
Huisbezoeken worden als intimiderend ervaren, vooral als er kinderen thuis zijn.
Het is voor veel mensen onduidelijk welke wijzigingen zij precies moeten doorgeven.
Leden van onze achterban hebben het gevoel dat zij bij voorbaat worden gewantrouwd.
## recs
bij kleine vergissingen eerst een waarschuwing te geven in plaats van direct een boete op te leggen | Niet elke fout is fraude.
van terugvordering af te zien wanneer iemand te goeder trouw heeft gehandeld |
huisbezoeken altijd vooraf aan te kondigen, tenzij er een concreet vermoeden van fraude is |
geen risicoprofielen te gebruiken die kunnen leiden tot discriminatie op afkomst of woonwijk | Het vertrouwen van inwoners in de gemeente staat op het spel.
een eenvoudige lijst op te stellen van wijzigingen die mensen moeten doorgeven |
de hoogte van de boete te begrenzen tot wat iemand redelijkerwijs kan betalen |
bij elke maatregel eerst een gesprek te voeren over de omstandigheden |
jaarlijks te rapporteren hoe vaak de hardheidsclausule is toegepast |
## reasons
de wet bij schending van de inlichtingenplicht een boete verplicht stelt ~ boete
onaangekondigde huisbezoeken nodig zijn om de rechtmatigheid te kunnen toetsen ~ huisbezoek
terugvordering volgens de wet in beginsel verplicht is ~ terugvorder
wij de risicoanalyse juist inzetten om gerichter en minder vaak te controleren ~ risicoprofiel
## actions
Wij nemen in de beleidsregels op dat bij een eerste kleine vergissing een waarschuwing volstaat.
Huisbezoeken worden voortaan vooraf aangekondigd.
Wij publiceren jaarlijks een overzicht van de toepassing van de hardheidsclausule.
Er komt een overzichtelijke lijst met wijzigingen die inwoners moeten doorgeven.
## already
Bij kleine vergissingen volstaat nu al een waarschuwing.
Wij maken geen gebruik van geautomatiseerde risicoprofielen.
Huisbezoeken worden al in de regel vooraf aangekondigd.

# topic: dienstverlening
## label
dienstverlening en bejegening
## documents
de nieuwe dienstverleningsvisie van het Werkplein
het voorstel voor het digitale loket
de notitie Begrijpelijke brieven
het klanttevredenheidsonderzoek
de nieuwe werkwijze bij de klachtafhandeling
het concept-plan Bereikbaarheid van het sociaal domein
## issues
de telefonische bereikbaarheid van de klantmanagers
de bejegening aan het loket
de begrijpelijkheid van brieven
het digitale loket en mensen die niet digitaal vaardig zijn
de afhandeling van bezwaarschriften
niet-gebruik van voorzieningen
wisselende klantmanagers
## context
Goede dienstverlening begint bij een bereikbare en vriendelijke gemeente.
Steeds meer contact met de gemeente verloopt digitaal.
Ongeveer één op de vier volwassenen heeft moeite met lezen, schrijven of rekenen.
Bezwaar maken is voor veel mensen een grote stap.
Wie steeds een andere klantmanager krijgt, moet zijn verhaal telkens opnieuw vertellen.
## observations
Onze achterban klaagt over lange wachttijden aan de telefoon, soms meer dan een half uur.
Brieven van de gemeente staan vol juridische termen en wetsartikelen.
Mensen zonder computer kunnen sommige formulieren alleen nog digitaal invullen.
Klantmanagers wisselen zo vaak dat mensen hun verhaal telkens opnieuw moeten vertellen.
Terugbelverzoeken worden niet altijd nagekomen.
Mensen voelen zich aan het loket niet altijd serieus genomen.
Een bezwaarschrift bleef maanden liggen zonder ontvangstbevestiging.
## recs
alle brieven aan inwoners te laten toetsen op taalniveau B1 | Een brief die niet wordt begrepen, leidt tot fouten en bezwaar.
een terugbelgarantie binnen twee werkdagen in te voeren |
naast het digitale loket altijd een papieren en een persoonlijke route open te houden | Niet iedereen kan of wil digitaal zaken doen.
iedere inwoner een vaste klantmanager te geven en bij wisseling een warme overdracht te regelen |
bij bezwaar eerst telefonisch contact op te nemen om te kijken of een oplossing mogelijk is |
de resultaten van klanttevredenheidsonderzoek jaarlijks met de cliëntenraad te bespreken |
medewerkers te trainen in klantvriendelijke bejegening, samen met ervaringsdeskundigen |
in elke beschikking duidelijk te vermelden bij wie iemand terecht kan met vragen |
een onafhankelijke cliëntondersteuner actief aan te bieden bij elk eerste gesprek |
## reasons
de formatie van het klantcontactcentrum een terugbelgarantie niet toelaat ~ terugbel
een vaste klantmanager organisatorisch niet haalbaar is ~ klantmanager
het papieren formulier in de praktijk nauwelijks meer wordt gebruikt ~ papieren
wij de klachtenregeling onlangs al hebben herzien ~ bezwaar
## actions
Alle standaardbrieven worden dit jaar herschreven op taalniveau B1.
Wij voeren een terugbelgarantie van twee werkdagen in.
Naast het digitale loket blijft een papieren aanvraag mogelijk.
Vanaf het nieuwe jaar werken wij met vaste klantmanagers per wijk.
## already
Wij bieden nu al bij elk eerste gesprek onafhankelijke cliëntondersteuning aan.
Bij bezwaar bellen wij nu al eerst met de indiener.
Medewerkers volgen al jaarlijks een training klantvriendelijkheid.
"""
