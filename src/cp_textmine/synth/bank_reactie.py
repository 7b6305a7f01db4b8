"""Phrase bank for the college's responses to advice. Format: see phrases.py.

Decision slots are strict: a sentence in `adopted` must read as adoption, and
the negation traps ("wij zien geen bezwaar om ... over te nemen") are placed in
the slot of what they mean, not of the words they contain.
"""

from cp_textmine.synth.phrases import parse_bank

REACTIE = parse_bank("""
## salutation
Geachte leden van {council_the},
Geachte voorzitter,
{chair_salutation},
Beste leden van {council_the},
Geachte heer, mevrouw,
Geachte leden van de raad,
## thanks_kenmerk
Wij danken u voor uw advies met kenmerk {adv_ref}.
Hartelijk dank voor uw advies (uw kenmerk {adv_ref}).
Uw advies onder kenmerk {adv_ref} is in ons college besproken.
Uw brief met kenmerk {adv_ref} hebben wij in goede orde ontvangen.
In deze brief reageren wij op uw advies met kenmerk {adv_ref}.
## thanks_date
Op {adv_date} ontvingen wij uw advies.
Hartelijk dank voor uw brief van {adv_date}.
Wij danken u voor uw advies d.d. {adv_date}.
Met deze brief reageren wij op uw advies van {adv_date}.
Uw advies van {adv_date} is in ons college besproken.
In uw brief van {adv_date} heeft u ons geadviseerd; graag geven wij hierop onze reactie.
## thanks_kenmerk_date
Wij danken u voor uw advies van {adv_date} met kenmerk {adv_ref}.
Op {adv_date} ontvingen wij uw advies (kenmerk {adv_ref}).
Hartelijk dank voor uw brief van {adv_date}, kenmerk {adv_ref}.
Met belangstelling hebben wij uw advies van {adv_date} ({adv_ref}) gelezen.
## thanks_subject
Wij hebben uw advies over {np} met belangstelling gelezen.
Hartelijk dank voor uw advies over {np}.
U heeft ons geadviseerd over {np}. Wij danken u voor de zorgvuldige voorbereiding.
Graag reageren wij op uw advies inzake {np}.
Wij waarderen het dat u de moeite heeft genomen ons te adviseren over {np}.
## thanks_plain
Wij danken u voor uw betrokkenheid en de zorgvuldige wijze waarop u tot uw advies bent gekomen.
Wij waarderen uw inzet en de signalen die u uit uw achterban meebrengt.
Uw advies is in de collegevergadering van {meeting_date} besproken.
Het is goed dat u ons scherp houdt op de gevolgen voor inwoners.
## adopted
Wij nemen uw advies over.
Het college neemt uw advies volledig over.
Wij volgen uw advies.
Wij sluiten ons graag aan bij uw advies.
Conform uw advies passen wij het voorstel aan.
Uw adviezen hebben wij verwerkt in het definitieve voorstel.
Wij zien geen bezwaar om uw advies over te nemen en doen dat ook.
Er is voor ons geen reden om van uw advies af te wijken; wij nemen het dan ook over.
Wij kunnen ons goed vinden in uw advies en nemen het over.
Wij delen uw analyse en besluiten overeenkomstig uw advies.
Uw advies is voor ons aanleiding geweest om het voorstel op alle punten aan te passen.
## partial_except
Wij nemen uw advies over, met uitzondering van punt {k}.
Op één punt na volgen wij uw advies: het advies onder {k} nemen wij niet over.
Uw adviezen nemen wij over, behalve advies {k}.
Wij volgen uw advies, maar niet op punt {k}.
## partial_mostly
Uw advies is grotendeels overgenomen.
Wij nemen uw advies grotendeels over.
Het merendeel van uw aanbevelingen nemen wij over.
Een groot deel van uw advies nemen wij over; op enkele onderdelen kiezen wij een andere lijn.
## partial_partly
Wij nemen uw advies gedeeltelijk over.
Uw advies nemen wij ten dele over.
Op onderdelen volgen wij uw advies.
Wij volgen uw advies deels.
Wij kunnen uw advies voor een deel overnemen.
## not_adopted
Wij nemen uw advies niet over.
Het college ziet geen aanleiding het voorstel aan te passen.
Wij kunnen uw advies niet volgen.
Wij delen uw opvatting niet.
Hoewel wij uw betrokkenheid zeer waarderen, nemen wij uw advies niet over.
Wij hebben besloten af te wijken van uw advies.
Wij hebben uw advies zorgvuldig gewogen, maar besluiten het voorstel ongewijzigd vast te stellen.
Uw advies leidt niet tot aanpassing van ons besluit.
## noted_acknowledged
Wij nemen kennis van uw advies.
Uw advies hebben wij voor kennisgeving aangenomen.
Wij hebben kennisgenomen van uw advies en danken u voor de signalen.
Wij hebben uw advies met belangstelling gelezen en ter kennisgeving aangenomen.
## noted_already
Wat u adviseert, gebeurt al.
Dit is reeds staand beleid.
Uw advies sluit aan bij wat wij al doen.
Dit staat al in ons verbeterplan.
Hetgeen u voorstelt, maakt al deel uit van onze werkwijze.
## noted_deferred
Wij nemen uw advies mee bij de evaluatie van het beleid volgend jaar.
Wij betrekken uw advies bij de uitwerking van het nieuwe beleidsplan.
Wij komen hierop terug bij de evaluatie.
Wij nemen uw advies mee in de verdere besluitvorming.
Uw advies betrekken wij bij de herziening van de regeling, waarover u later een adviesaanvraag ontvangt.
## view
Het college vindt {topic_label} een belangrijk onderwerp.
De afgelopen jaren hebben wij fors geïnvesteerd in {topic_label}.
{topic_label_cap} heeft onze volle aandacht, zeker nu steeds meer huishoudens moeite hebben rond te komen.
Wij herkennen het beeld dat u schetst.
De signalen die u uit uw achterban ophaalt, zijn voor ons van grote waarde.
Wij delen uw zorg over de positie van inwoners met een laag inkomen.
Ook maatschappelijke partners hebben ons de afgelopen tijd op dit onderwerp gewezen.
Bij de voorbereiding van het besluit hebben wij ook de uitkomsten van de cliëntervaringsmonitor betrokken.
## next_steps
Het voorstel wordt in de raadsvergadering van {raad_date} behandeld.
Bij de evaluatie van de regeling nodigen wij u graag uit.
Onze beleidsmedewerker neemt binnenkort contact met u op om de uitwerking te bespreken.
Het aangepaste beleid treedt met ingang van het nieuwe jaar in werking.
In het eerstvolgende periodiek overleg lichten wij onze reactie graag nader toe.
De gemeenteraad ontvangt een afschrift van deze brief.
Over de voortgang informeren wij u in de loop van het jaar.
Wij nodigen u uit om over een half jaar samen te bekijken hoe de uitvoering verloopt.
## reason_frame
Wij doen dit niet, omdat {reason}.
Reden hiervoor is dat {reason}.
Dit heeft te maken met het feit dat {reason}.
Aangezien {reason}, zien wij daartoe geen mogelijkheid.
Wij kiezen hiervoor omdat {reason}.
Gelet op het feit dat {reason}, is dit niet haalbaar.
De reden is dat {reason}.
## generic_reason
er binnen de begroting geen financiële ruimte is
dit wettelijk niet mogelijk is
de uitvoeringskosten niet opwegen tegen de opbrengst
de regionale afspraken hierin niet voorzien
wij eerst de resultaten van een lopend onderzoek willen afwachten
## point_adopted
Dit advies nemen wij over.
Overgenomen.
Wij volgen dit advies.
Akkoord.
Wij zijn het met u eens en passen dit aan.
Conform advies.
Dit nemen wij over.
## point_partial
Gedeeltelijk overgenomen.
Dit advies nemen wij deels over.
Ten dele overgenomen.
Wij volgen dit advies op onderdelen.
## point_not
Niet overgenomen.
Dit advies nemen wij niet over.
Hier gaan wij niet in mee.
Dit advies volgen wij niet.
Wij zien geen aanleiding dit over te nemen.
## point_noted
Dit gebeurt al.
Wij nemen dit mee bij de evaluatie.
Kennisgenomen.
Dit is staand beleid.
Wij betrekken dit bij de verdere uitwerking.
Voor kennisgeving aangenomen.
## points_intro
Hieronder gaan wij per advies in op uw voorstellen.
Per onderdeel van uw advies geven wij hieronder onze reactie.
In onderstaand overzicht leest u per advies ons standpunt.
Wij lopen uw adviezen een voor een langs.
Onze reactie op de afzonderlijke adviezen treft u hieronder aan.
## echo
Concreet gaan wij aan de slag om {rec}.
Dat betekent dat wij ons gaan inzetten om {rec}.
Wij hebben de afdeling opdracht gegeven om {rec}.
Wij maken er werk van om {rec}.
## implicit
Wij hebben besloten {rec}.
In het definitieve besluit is vastgelegd om {rec}.
Het college heeft besloten {rec}.
Met ingang van het nieuwe jaar gaan wij over tot het voorstel om {rec}.
Na uw advies is besloten {rec}.
## implicit_intro
Naar aanleiding van uw advies hebben wij het volgende gedaan.
Inmiddels is het voorstel op de volgende punten gewijzigd.
In het definitieve besluit is het volgende opgenomen.
Wij informeren u over de aanpassingen in het definitieve voorstel.
## closing
Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.
Wij danken u nogmaals voor uw betrokkenheid.
Wij zien uit naar de verdere samenwerking.
Wij waarderen uw inzet voor de inwoners van onze gemeente.
Wij houden u op de hoogte van de verdere uitwerking.
Voor vragen over deze brief kunt u contact opnemen met {contact}.
Met de inhoud van deze brief informeren wij ook de gemeenteraad.
## signoff
Met vriendelijke groet,
Hoogachtend,
Met vriendelijke groeten,
## cc
Afschrift: gemeenteraad
c.c. de leden van de gemeenteraad
Kopie: raadsinformatiebrief aan de gemeenteraad
Afschrift aan: de griffie
## subject_subject
Reactie op uw {kind} advies over {np}
Uw advies over {np}
Beantwoording advies {np_bare}
Reactie college op advies {np_bare}
Advies {abbr} inzake {np}
Reactie op advies {np_bare}
## subject_generic
Reactie op uw advies
Beantwoording van uw advies
Uw {kind} advies
Reactie op uw brief
Reactie op ingekomen advies
""")
