# Words shared by every part of Spillover: what it is, and the names of the core's values.
#
# Grammar lives here: plurals by CLDR category ([one], *[other]), and a selector where a
# sentence changes with what a value is. Arguments are named with a dollar sign; numbers in
# them are written the language's way by Spillover (4.039 in German).
#
# German: every kind of data below is a feminine or a plural noun, so that "deine", "ihre" and
# "die" fit it in the nominative, accusative and genitive wherever a sentence puts it (and in a
# list joined by commas). Sentences avoid the dative of a kind of data (where "deiner" and
# "deinen" would differ). Keep it so if you change a name.

## What Spillover is

tagline = Wie deine Daten bei Firmen landeten, mit denen du nie zu tun hattest
honesty = Spillover vereinfacht: Die Menschen in jedem Szenario sind erfunden, und jede Regel ist ein Modell davon, wie die Plattform funktionierte, nicht ihr Code. Aussagen über echte Firmen und Ereignisse stammen aus den Quellen, die bei jedem Szenario stehen; was unsicher ist, ist als unsicher gekennzeichnet.

## The kinds of data a company can hold (short, for running text and tables)

category-user-id = Nutzer-ID
category-name = Namensangaben
category-contact = Kontaktdaten
category-friends = Freundesliste
category-birthday = Geburtsdaten
category-location = Standortdaten
category-likes = Likes
category-photos = Fotos
category-posts = Beiträge
category-messages = Nachrichten

## How data reached a company (short, lower case)

reason-consent = selbst zugestimmt
reason-friend = über eine App im Freundeskreis
reason-mailbox = über ein Postfach im Freundeskreis
reason-deal = durch einen Deal mit der Plattform
reason-transfer = von einer anderen Firma weitergegeben
