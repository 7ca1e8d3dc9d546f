# "At scale": one quiz on a whole generated network, its controls, figures, plot and story.
#
# Could, not did: Facebook "said" its figures; what the plot places is "our arithmetic".
# German: "erklärte", "sprach von", "könnten ... geteilt worden sein", "warf vor", "unsere
# Rechnung". Numbers and dates written out in these texts are German (270.000, 16. März 2018).

scale-title = Im großen Maßstab: ein Quiz, ein ganzes Netzwerk
scale-lede = Facebook erklärte, etwa 270.000 Menschen hätten ein Quiz installiert (16. März 2018), und die Informationen von bis zu 87 Millionen Menschen könnten unzulässig geteilt worden sein (4. April 2018). Hier zeigt ein Netzwerk erfundener Personen, das in deinem Browser erzeugt wird, wie sich die Reichweite einer einzigen App über Freunde vervielfachen kann: Verschieb die Installationsrate und sieh zu, wer erreicht wird.
# $why: what the generator refused.
scale-refused = Dieses Netzwerk lässt sich nicht erzeugen: { $why }.
scale-generating = { $people } Personen werden erzeugt
scale-generating-status = { $people } Personen werden erzeugt …

## The controls

scale-controls = Netzwerk und Quiz
scale-install = Installationsrate: Anteil der Personen, die das Quiz installieren
scale-opt-out = Anteil, der „Von anderen Nutzern verwendete Apps“ eingeschränkt hat
scale-policy = Freundesberechtigungen
scale-open = {" "}Offen (wie die Freundesberechtigungen der Graph API, 2010 bis 2015)
scale-closed = {" "}Geschlossen (nach dem 30. April 2015)
scale-model = Netzwerkmodell
scale-people = Personen
scale-friends = Freunde pro Person, im Schnitt
# The friend count of Pew's survey, among the choices.
scale-friends-pew = { $friends } (Pew-Umfrage 2013)
scale-seed = Startwert
scale-seed-help = Derselbe Startwert ergibt dasselbe Netzwerk und dieselben Installierenden, hier und auf der Kommandozeile.
# $text: what was typed; $max: the largest seed.
scale-seed-problem = „{ $text }“ ist kein Startwert: Ein Startwert ist eine ganze Zahl von 0 bis { $max }. Das gezeigte Netzwerk bleibt, wie es ist.

## The results

# The network shown: $people people, $friendships friendships, its $model and $seed,
# generated in $seconds seconds.
scale-about = { $people } Personen, { $friendships } Freundschaften (Modell { $model }, Startwert { $seed }), erzeugt in { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s.
scale-whole = Das ganze Netzwerk
scale-plot-title = Erreichte Personen je nach Installationsrate, für dieses Netzwerk
# The plot's description: the reader's point and the 2018 range, each as the key says it.
scale-plot-desc = { $reader }. { $real }. Die Tabelle unter dem Diagramm enthält die Werte der Kurve.
scale-plot-curve = dieses Netzwerk mit deiner Einschränkung und deinen Freundesberechtigungen
scale-plot-table = Die Kurve als Tabelle
scale-plot-rate = Installationsrate
scale-plot-installers = Installierende
scale-plot-reached = Erreicht
scale-plot-share = Anteil erreicht
scale-dot-installed = installiert (Quadrat)
scale-dot-reached = ohne Zustimmung erreicht (gefüllt)
scale-dot-spared = verschont, obwohl jemand aus dem Freundeskreis installiert hat (Ring)
scale-dot-untouched = unberührt (kleiner Punkt)

## The story

scale-story = Von einer installierenden Person zu bis zu 87 Millionen
scale-source = Quelle:
# A step's button: $title is shown, or shows it.
scale-shown = Gezeigt: { $title }
scale-show-me = Zeig mir: { $title }

## The same network elsewhere

scale-reuse = Dasselbe Netzwerk anderswo
scale-reuse-before = Auf der Kommandozeile schreibt der Befehl unten das gezeigte Netzwerk mit seinen Installierenden und Einstellungen als Szenario-Datei (bis zu 100.000 Personen und 1.000.000 Freundschaften);
# Between scale-reuse-before and this comes the command's name, "exposure".
scale-reuse-after = auf diese Datei angewandt ergibt die Zahlen oben.
scale-embed = Diese Ansicht in eine Unterrichtsseite einbetten

## "At scale" embedded in a lesson page

scale-attribution = Spillover: eine interaktive Erklärung, wie Daten zu Firmen gelangten, mit denen die Menschen nie zu tun hatten. Die Personen sind erfunden; Quellen: Facebook Newsroom; Pew Research Center; Federal Trade Commission.

## The network models

model-facebook-like = Facebook-ähnlich (Pew-Umfrage 2013)
model-barabasi-albert = Barabási-Albert (Knotenpunkte)
model-watts-strogatz = Watts-Strogatz (kleine Welt)

## The whole network's figures ($share: a percentage, written with its sign)

# The figures the install rate moves, in one line pinned beside its slider.
scale-readout = { $installed } installiert ({ $installed_share }): { $reached } erreicht ({ $share })
scale-installed = Quiz installiert
scale-installed-note = { $share } von { $people } Personen
scale-reached = Erreichte Personen
scale-reached-note = { $share } von allen
scale-without = Erreicht, ohne je zugestimmt zu haben
scale-without-note = { $share } der Erreichten
scale-per-installer = Reichweite pro Installation
scale-none-installed = niemand hat installiert
scale-per-installer-value = { NUMBER($ratio, minimumFractionDigits: 1, maximumFractionDigits: 1) }
scale-per-installer-note = erreichte Personen pro Person, die installiert hat
# What a screen reader hears after a change.
scale-spoken = { $installed } installiert; { $reached } erreicht ({ $share }), { $without } davon ohne Zustimmung.

## The plot ($low, $high, $most, $install, $share, $chance: percentages, written with their sign)

scale-real = 2018, eine Spanne: etwa 270.000 bis 300.000 Installierende (Facebook, 16. März 2018; der Facebook-Chef, 21. März 2018) und bis zu 87 Millionen Menschen (Facebooks Obergrenze, 4. April 2018), nach unserer Rechnung übertragen auf Facebooks 1,32 Milliarden monatliche Nutzer von Mitte 2014: { $low } bis { $high } installieren, bis zu { $most } erreicht
scale-real-short = 2018: bis zu { $most }
scale-reader = Deine Einstellung: { $install } installiert, { $share } erreicht
# "Your data"'s point on the plot: the reader, with $friends friends.
scale-your-point = Du, mit { $friends ->
    [one] { $friends } Freund
   *[other] { $friends } Freunden
}: Bei einer Installationsrate von { $install } liegt die Wahrscheinlichkeit bei { $chance }, dass du oder jemand aus deinem Freundeskreis installiert hat, sodass die App nach deinen Daten hätte fragen können

## What the curve means ($friends: friends each, on average; $people: the network's people)

scale-meaning-start = Jede Person, die installiert, bringt alle Freunde mit, deren Einstellungen den Apps von Freunden Zugriff erlauben. Bei etwa { $friends } Freunden pro Person erreicht schon eine Handvoll Installierender Tausende: Das ist der steile Anfang der Kurve.
scale-meaning-bend = Je mehr Menschen installieren, desto mehr überschneiden sich ihre Freundeskreise: Die meisten Freunde einer neu installierenden Person waren schon erreicht. Deshalb biegt sich die Kurve und flacht ab, und die Reichweite pro Installation sinkt, obwohl alle erreicht sind, lange bevor alle installiert haben.
scale-meaning-bar = Der schattierte Balken zeigt 2018 als Spanne: Facebook erklärte, etwa 270.000 Menschen hätten „thisisyourdigitallife“ installiert (16. März 2018), der Facebook-Chef sprach von rund 300.000 (21. März 2018), und Facebook erklärte, die Informationen von bis zu 87 Millionen Menschen, überwiegend in den USA, könnten unzulässig geteilt worden sein (4. April 2018). Übertragen auf Facebooks 1,32 Milliarden monatliche Nutzer vom Juni 2014 sind das { $low } bis { $high }, die installieren, und bis zu { $most }, die erreicht werden: unsere Rechnung, und eine grobe.
scale-meaning-no-check = Nimm es nicht als Bestätigung des einen oder des anderen, wenn die Kurve nahe am Balken verläuft. 87 Millionen sind eine Obergrenze, keine Zählung, und sie zählen die Installierenden ebenso wie deren Freunde; die Installierenden waren keine Zufallsauswahl aus allen Nutzern; Pews Freundeszahlen gelten für erwachsene Amerikaner, der Balken aber ist auf Nutzer weltweit bezogen. Und dieses Netzwerk ist angenommen, nicht gemessen: Das Facebook-ähnliche Modell zieht die Zahl der Freunde aus einer Log-Normalverteilung mit Pews Mittelwert und Median (Pew nannte keine Verteilungsform) und verbindet Freunde zufällig; es hat also keine der Freundesgruppen, in denen sich die Freunde echter Freunde überschneiden.
scale-meaning-all = Dieses Netzwerk hat { $people } Personen: Jeder Punkt der Kurve ist für alle berechnet, nicht geschätzt.

## The picture of the network, a dot a person

scale-sample-all = Alle { $dots } Personen, jede ein Punkt
# Every $every-th person of $people, $dots dots.
scale-sample = Eine Stichprobe: jede { $every }. Person von { $people }, { $dots } Punkte, jeder eine Person
# $what: one of scale-sample-*; then how many of the dots each fate holds.
scale-sample-caption = { $what }. Davon: { $installed } installiert, { $reached } ohne Zustimmung erreicht, { $spared } verschont, obwohl jemand aus dem Freundeskreis installiert hat (Freundesberechtigungen geschlossen oder „Von anderen Nutzern verwendete Apps“ eingeschränkt), und { $untouched } unberührt.

## The story's steps (the sources' titles stay as published, in the code)

scale-step-one = Eine Person installiert ein Quiz
scale-step-one-text = Vom Start der Plattform im Mai 2007 an konnte eine App, die eine Person installierte, auch nach den Daten ihrer Freunde fragen: Alle Freunde, deren Einstellungen es erlaubten, kamen mit. „Offen“ steht in dieser Ansicht für die Freundesberechtigungen der Graph API vom 21. April 2010 bis zum 30. April 2015 und lässt die Jahre davor weg (eine Vereinfachung). In Pews Umfrage von 2013, veröffentlicht im Februar 2014, hatten erwachsene Amerikaner auf Facebook im Schnitt 338 Freunde, im Median 200.
scale-step-installs = Etwa 270.000 Menschen installieren es
scale-step-installs-text = Facebook erklärte, etwa 270.000 Menschen hätten Aleksandr Kogans Quiz „thisisyourdigitallife“ heruntergeladen (16. März 2018); der Facebook-Chef sprach von rund 300.000 und sagte, Kogan habe die App 2013 erstellt (21. März 2018). Der Guardian berichtete, dass die Daten 2014 abgegriffen wurden. Bei 1,32 Milliarden monatlichen Nutzern sind 270.000 etwa eine Person von 5.000: in diesem Netzwerk 0,02 %.
scale-step-87 = Bis zu 87 Millionen Menschen
scale-step-87-text = Facebook erklärte, die Informationen von bis zu 87 Millionen Menschen, überwiegend in den USA, könnten unzulässig mit Cambridge Analytica geteilt worden sein. Geteilt durch 270.000 Installierende sind das höchstens etwa 322 Menschen pro installierender Person, diese eingeschlossen: unsere Rechnung, keine Zahl, die Facebook genannt hat. Der schattierte Balken im Diagramm zeigt diese Spanne; der Verlauf der Kurve dieses Netzwerks bestätigt sie nicht und widerlegt sie nicht (siehe unter dem Diagramm: eine Obergrenze, Installierende, die keine Zufallsauswahl waren, Pews erwachsene Amerikaner und ein Netzwerk, das ohne Freundesgruppen angenommen ist).
scale-step-closed = Einstellungen und die geschlossene Tür
scale-step-closed-text = Man konnte „Von anderen Nutzern verwendete Apps“ einschränken, doch 2019 warf die FTC Facebook vor, Daten von Freunden auch dann mit Apps geteilt zu haben, wenn diese Freunde strengere Einstellungen gewählt hatten; Facebook beendete das Verfahren der FTC mit einem Vergleich und einer Strafe von 5 Milliarden Dollar. Am 30. April 2015 wurden die Freundesdaten für gewöhnliche Apps geschlossen: Mit geschlossenen Freundesberechtigungen erreicht das Quiz die Installierenden und sonst niemanden.
# The plot's horizontal axis.
scale-plot-axis-install = Installationsrate (log. Skala)
