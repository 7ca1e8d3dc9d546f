# The built-in story "This is your digital life" (static/scenarios/digital-life.json).
# Each message is a text of the story that the scenario file names as "@id"; the sources' titles
# stay as published, in the file. Keep every "could", "may have" and "illustrative" a possibility.

# The story's title.
digital-life-title = This is your digital life

# What the story is, and what it rests on: shown under its title.
digital-life-description = Facebook sagte, etwa 270.000 Menschen hätten Aleksandr Kogans Quiz-App „thisisyourdigitallife“ heruntergeladen (16. März 2018); sein Vorstandschef Mark Zuckerberg sprach von rund 300.000 und sagte, Kogan habe die App 2013 erstellt (21. März 2018); der Guardian berichtete, dass das Abgreifen der Daten 2014 lief. Die App bat jede Person, die sie installierte, um ihr öffentliches Profil, ihre Seiten-Likes, ihren Geburtstag und ihren aktuellen Wohnort, und um dasselbe von jedem Freund, dessen Einstellungen es erlaubten. Kogans Firma GSR gab die Daten 2014 an Cambridge Analytica weiter. Am 4. April 2018 sagte Facebook, die Informationen von bis zu 87 Millionen Menschen könnten unzulässig mit Cambridge Analytica geteilt worden sein. 87 Millionen geteilt durch 270.000 sind höchstens etwa 322 Menschen je installierender Person, diese mitgezählt: Das ist unsere Rechnung, keine Zahl, die Facebook nannte (in seiner Umfrage von 2013, veröffentlicht im Februar 2014, fand Pew, dass erwachsene Amerikaner auf Facebook im Durchschnitt 338 Freunde hatten, im Median 200). Im Juli 2019 stimmte Facebook zu, eine Strafe von 5 Milliarden Dollar zu zahlen, um die Vorwürfe der FTC beizulegen, es habe Nutzer darüber getäuscht, wie sehr sie die Privatsphäre ihrer persönlichen Informationen kontrollieren konnten; unter anderem warf die FTC Facebook vor, Daten von Freunden mit Apps geteilt zu haben, selbst wenn diese Freunde strengere Einstellungen gewählt hatten. Hier installieren drei von 32 erfundenen Menschen das Quiz; sieh dir an, wie viele erreicht werden. Zur Veranschaulichung gewählt: die Tage, an denen jede erfundene Person die App installiert, und die Monate der Weitergabe (die Quellen nennen nur das Jahr, 2014). Der Guardian berichtete zuerst am 11. Dezember 2015 über das Abgreifen der Daten; Facebook sagt, es habe die App entfernt, als es 2015 von dem Verstoß erfuhr (16. März 2018). Hier endet der Zugriff der App am 1. Dezember 2015 (der Tag ist zur Veranschaulichung gewählt). Vereinfacht: Apps, die nach dem 30. April 2014 entstanden, verloren die Freundesberechtigungen schon dann; das Quiz, 2013 erstellt, konnte sie bis zum 30. April 2015 nutzen.

# Step 1's title.
digital-life-step-1-title = Ein Quiz und 32 Menschen

# Step 1's text.
digital-life-step-1-text = Bruno, Priya und Wen werden ein Quiz namens thisisyourdigitallife machen. Sonst niemand hier. Rate: Wie viele der 32 Menschen wird das Quiz erreichen?

# Step 2's title.
digital-life-step-2-title = Drei Menschen stimmen zu

# Step 2's text.
digital-life-step-2-text = Bis März 2014 haben alle drei es installiert und dabei ihr eigenes Profil, ihre Likes, ihre Geburtsdaten und ihre Standortdaten freigegeben, und dasselbe von ihren Freunden (die Tage, an denen sie es installieren, sind zur Veranschaulichung gewählt). Wähl GSR aus, um zu sehen, wie viele Menschen die Firma erreicht und wie viele davon zugestimmt haben.

# Step 3's title.
digital-life-step-3-title = Die Daten wechseln den Besitzer

# Step 3's text.
digital-life-step-3-text = Im Jahr 2014 gab Kogans Firma GSR die Daten an Cambridge Analytica weiter, eine Firma, mit der keiner dieser Menschen je zu tun hatte. Bekannt ist nur das Jahr; der Monat hier ist zur Veranschaulichung gewählt. Wähl jemanden aus, der das Quiz nie installiert hat, und sieh nach, warum Cambridge Analytica die Likes dieser Person sehen kann.

# Step 4's title.
digital-life-step-4-title = Was wäre, wenn die Daten von Freunden nie offen gewesen wären?

# Step 4's text.
digital-life-step-4-text = Ohne Freundesberechtigungen erreicht das Quiz nur die drei, die es installiert haben, und Cambridge Analytica ebenso. Die Zahlen zeigen den Unterschied zu dem, was geschah.

# Step 5's title.
digital-life-step-5-title = Aufgedeckt

# Step 5's text.
digital-life-step-5-text = Der Guardian berichtete zuerst am 11. Dezember 2015 über das Abgreifen der Daten, und am 17. März 2018, dass 50 Millionen Profile betroffen waren. Am 4. April 2018 sagte Facebook, die Informationen von bis zu 87 Millionen Menschen könnten unzulässig mit Cambridge Analytica geteilt worden sein. In diesem Szenario war der Zugriff längst beendet, also zeigt dieser Schritt, was Firmen bis zu diesem Tag gesammelt haben könnten: was Cambridge Analytica gesammelt haben könnte, bevor er endete. Zeig „was Firmen an diesem Tag sehen können“, und der Graph leert sich: In diesem Modell stand ihnen zu dieser Zeit nichts mehr offen.
