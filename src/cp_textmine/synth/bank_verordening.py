"""Phrase bank for verordeningen cliëntenparticipatie. {ar} is the council noun
('adviesraad', 'cliëntenraad', ...), {Ar} its capitalised form. Format: phrases.py."""

from cp_textmine.synth.phrases import parse_bank

VO = parse_bank("""
## instelling
Er is een {council}.
Het college stelt een {ar} in onder de naam {council}.
Er is een {ar}, genaamd de {council}.
Ten behoeve van de cliëntenparticipatie bestaat de {council}.
De {council} is ingesteld om het college te adviseren.
## taak
De {ar} adviseert het college gevraagd en ongevraagd over beleid en uitvoering op het terrein van {terrein}.
De {ar} heeft tot taak het college te adviseren over voorgenomen beleid en verordeningen die gevolgen hebben voor {doelgroep}.
De {ar} behartigt de belangen van {doelgroep} door het college te adviseren over {terrein}.
Het doel van de {ar} is de invloed van {doelgroep} op het gemeentelijk beleid te vergroten.
De {ar} signaleert knelpunten in de uitvoering en brengt deze onder de aandacht van het college.
De {ar} richt zich op collectieve belangen en behandelt geen individuele klachten of bezwaren.
De {ar} onderhoudt contact met de achterban en betrekt hun ervaringen bij de advisering.
De {ar} kan op eigen initiatief onderzoek doen naar de kwaliteit van de dienstverlening.
## samenstelling
De {ar} bestaat uit ten minste {min} en ten hoogste {max} leden, onder wie een voorzitter.
De {ar} telt maximaal {max} leden; gestreefd wordt naar een evenwichtige vertegenwoordiging van de doelgroepen.
Het college benoemt op voordracht van de {ar} ten hoogste {max} leden.
Ten minste de helft van de leden behoort zelf tot de doelgroep of heeft daar aantoonbaar ervaring mee.
Leden wonen in de gemeente of zijn daar op een andere wijze nauw bij betrokken.
Personen die werkzaam zijn bij de gemeente of bij een door de gemeente gesubsidieerde instelling kunnen geen lid zijn.
Bij de samenstelling wordt rekening gehouden met een spreiding naar leeftijd, achtergrond en woonkern.
## benoeming
Leden worden benoemd voor een periode van {years} jaar en kunnen eenmaal worden herbenoemd.
De zittingstermijn bedraagt {years} jaar; herbenoeming is ten hoogste twee keer mogelijk.
Een lid treedt af na een zittingsperiode van {years} jaar.
De {ar} draagt kandidaten voor; het college benoemt, tenzij zwaarwegende redenen zich daartegen verzetten.
Het lidmaatschap eindigt door overlijden, door opzegging of wanneer het lid niet langer aan de vereisten voldoet.
Vacatures worden openbaar bekendgemaakt.
## voorzitter
De {ar} kiest uit zijn midden een voorzitter en een plaatsvervangend voorzitter.
De voorzitter wordt op voordracht van de {ar} door het college benoemd.
De voorzitter is onafhankelijk en heeft geen stemrecht.
De voorzitter vertegenwoordigt de {ar} in het overleg met het college.
## onafhankelijkheid
De {ar} functioneert onafhankelijk van het college.
De {ar} bepaalt zelf zijn werkwijze en stelt daartoe een huishoudelijk reglement vast.
Het college respecteert de onafhankelijke positie van de {ar}.
De vergaderingen van de {ar} zijn in beginsel openbaar.
De {ar} kan werkgroepen instellen voor specifieke onderwerpen.
## request
Het college vraagt de {ar} ten minste {t} voordat het een besluit neemt om advies.
Het college legt een adviesaanvraag uiterlijk {t} voor de voorgenomen besluitvorming aan de {ar} voor.
Een verzoek om advies wordt ten minste {t} voor de besluitvorming verzonden.
Het college zendt een adviesaanvraag zodanig tijdig, en in ieder geval {t} voor het besluit, dat het advies van invloed kan zijn.
## advice
De {ar} brengt binnen {t} na ontvangst van de adviesaanvraag schriftelijk advies uit.
De {ar} adviseert uiterlijk {t} na ontvangst van het verzoek.
De termijn waarbinnen de {ar} advies uitbrengt, bedraagt {t}.
Het advies van de {ar} wordt binnen een termijn van {t} uitgebracht.
De {ar} zendt zijn advies binnen {t} na de datum van de adviesaanvraag aan het college.
## response
Het college reageert binnen {t} na ontvangst van het advies schriftelijk en gemotiveerd.
Het college deelt binnen {t} na ontvangst van een advies schriftelijk zijn standpunt mee aan de {ar}.
Uiterlijk {t} na ontvangst van het advies ontvangt de {ar} een schriftelijke reactie van het college.
Het college beslist binnen {t} over het advies en brengt de {ar} daarvan schriftelijk op de hoogte.
Het college reageert op een gevraagd of ongevraagd advies binnen een termijn van {t}.
Op een ongevraagd advies ontvangt de {ar} binnen {t} een schriftelijke en gemotiveerde reactie.
## extension
De in dit artikel genoemde termijnen kunnen in onderling overleg eenmalig met ten hoogste {t} worden verlengd.
In spoedeisende gevallen kan de termijn voor het uitbrengen van advies in overleg worden bekort tot {t}.
Indien het college de reactietermijn niet kan halen, meldt het dit binnen {t} na ontvangst van het advies.
Bij zwaarwegende redenen kan de {ar} om uitstel van ten hoogste {t} vragen.
## deviation
Indien het college een advies niet of niet geheel overneemt, geeft het daarvoor schriftelijk de redenen aan.
Wijkt het college af van het advies, dan motiveert het dit schriftelijk.
Het college geeft in zijn reactie aan welke onderdelen van het advies worden overgenomen en waarom andere onderdelen niet worden overgenomen.
Het advies van de {ar} wordt meegezonden met het voorstel aan de gemeenteraad.
## overleg
Het college en de {ar} overleggen ten minste {k} keer per jaar over het beleid in het sociaal domein.
De portefeuillehouder woont ten minste {k} keer per jaar een vergadering van de {ar} bij.
Er vindt {k} keer per jaar periodiek overleg plaats tussen de {ar} en de verantwoordelijke wethouder.
Het periodiek overleg wordt voorbereid door de voorzitter van de {ar} en de ambtelijk contactpersoon.
Van het overleg wordt een verslag gemaakt dat aan beide partijen wordt gezonden.
Op verzoek van de {ar} vindt aanvullend overleg plaats.
## agenda
De {ar} kan onderwerpen voor het periodiek overleg agenderen.
Beide partijen kunnen agendapunten inbrengen voor het periodiek overleg.
De {ar} heeft het recht zelf onderwerpen op de agenda van het overleg te plaatsen.
Onderwerpen die de {ar} aandraagt, worden in het eerstvolgende overleg besproken.
## informatie
Het college verstrekt de {ar} tijdig en kosteloos alle informatie die nodig is voor een goede taakuitoefening.
De {ar} ontvangt tijdig alle relevante stukken, in begrijpelijke taal en waar nodig voorzien van een toelichting.
Het college informeert de {ar} over voorgenomen beleid zo vroeg mogelijk, zodat de {ar} invloed kan uitoefenen.
De {ar} ontvangt de raadsinformatiebrieven en de beleidsstukken die voor zijn taak van belang zijn.
Informatie wordt niet verstrekt voor zover de wet of de privacy van inwoners zich daartegen verzet.
De ambtelijke organisatie beantwoordt vragen van de {ar} binnen een redelijke termijn.
## faciliteiten
Het college stelt jaarlijks een budget beschikbaar voor de werkzaamheden van de {ar}.
De leden ontvangen een vergoeding van € {fee} per bijgewoonde vergadering.
De {ar} wordt ondersteund door een ambtelijk secretaris die door het college beschikbaar wordt gesteld.
De {ar} kan kosteloos gebruikmaken van vergaderruimte in het gemeentehuis.
Reiskosten en kosten voor kinderopvang worden op declaratiebasis vergoed.
De vergoeding wordt zo vormgegeven dat zij niet wordt gekort op een uitkering.
Leden kunnen deelnemen aan scholing die nodig is voor hun taak.
## achterban
De {ar} raadpleegt regelmatig zijn achterban.
De {ar} organiseert ten minste eenmaal per jaar een openbare bijeenkomst voor inwoners.
Het college ondersteunt de {ar} bij het bereiken van de achterban.
De {ar} maakt zijn adviezen openbaar, tenzij de privacy van betrokkenen zich daartegen verzet.
## jaarverslag
De {ar} stelt jaarlijks voor 1 april een jaarverslag op over het voorgaande jaar en zendt dit aan het college en de gemeenteraad.
De {ar} stelt jaarlijks een werkplan en een jaarverslag op.
Voor 1 {month} van elk jaar brengt de {ar} verslag uit van zijn werkzaamheden in het afgelopen jaar.
Het werkplan bevat de onderwerpen waarop de {ar} zich het komende jaar richt en een begroting.
Het jaarverslag bevat in ieder geval een overzicht van de uitgebrachte adviezen en de reacties daarop.
## geschillen
Bij een geschil over de toepassing van deze verordening treden college en {ar} in overleg; leidt dit niet tot een oplossing, dan beslist de gemeenteraad.
Geschillen tussen het college en de {ar} worden voorgelegd aan een onafhankelijke bemiddelaar.
In geval van een geschil kan de {ar} zich wenden tot de gemeenteraad.
Het college en de {ar} spannen zich in om geschillen in onderling overleg op te lossen.
## evaluatie
Het college evalueert deze verordening binnen {years} jaar na inwerkingtreding, samen met de {ar}.
Deze verordening wordt elke {years} jaar geëvalueerd.
De werking van de cliëntenparticipatie wordt periodiek geëvalueerd; de uitkomsten worden aan de gemeenteraad gezonden.
## privacy
Leden gaan vertrouwelijk om met persoonlijke gegevens die zij bij hun werk verkrijgen.
Leden zijn verplicht tot geheimhouding van informatie die als vertrouwelijk is aangemerkt.
De {ar} verwerkt persoonsgegevens met inachtneming van de Algemene verordening gegevensbescherming.
## hardheid
Het college kan in bijzondere gevallen afwijken van deze verordening, als toepassing tot onbillijke situaties leidt.
In gevallen waarin deze verordening niet voorziet, beslist het college na overleg met de {ar}.
## toelichting_algemeen
Met deze verordening geeft de gemeente invulling aan de wettelijke opdracht om inwoners te betrekken bij het beleid.
De wet schrijft niet voor in welke vorm de cliëntenparticipatie wordt georganiseerd; de gemeente kiest hier voor een {ar}.
Cliëntenparticipatie gaat verder dan inspraak: het gaat om invloed op beleid in alle fasen, van voorbereiding tot evaluatie.
De ervaringsdeskundigheid van inwoners is een waardevolle aanvulling op de kennis van de ambtelijke organisatie.
Bij de totstandkoming van deze verordening is de {ar} zelf nauw betrokken geweest.
De verordening is gebaseerd op de modelverordening van de VNG, aangevuld met lokale afspraken.
Met de decentralisaties in het sociaal domein is het belang van goede cliëntenparticipatie verder toegenomen.
Deze verordening vervangt de afzonderlijke regelingen die eerder golden voor de verschillende raden.
Het college hecht aan een open en constructieve samenwerking met de {ar}.
Een goede adviesrelatie vraagt om heldere afspraken over termijnen, informatie en ondersteuning.
De gemeente wil ook inwoners bereiken die niet gewend zijn hun stem te laten horen.
Nadrukkelijk is gekozen voor een brede samenstelling, zodat verschillende doelgroepen vertegenwoordigd zijn.
## toelichting_artikel
Het begrip achterban is ruim bedoeld; het omvat alle inwoners die met de regelingen te maken hebben.
Het recht op ongevraagd advies betekent dat de {ar} zelf onderwerpen kan kiezen.
De termijnen zijn zo gekozen dat de {ar} voldoende tijd heeft om zijn achterban te raadplegen.
Het periodiek overleg is bedoeld voor de grote lijnen; praktische zaken worden ambtelijk afgestemd.
De vergoeding is bedoeld als waardering en niet als beloning voor arbeid.
De geschillenregeling is bedoeld als uiterste middel; in de praktijk worden verschillen meestal in overleg opgelost.
De evaluatie vindt plaats samen met de {ar} en betrekt ook de ervaringen van de achterban.
""")
