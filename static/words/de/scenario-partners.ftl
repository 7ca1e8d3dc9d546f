# The built-in story "Partners behind the wall" (static/scenarios/partners.json).
# Each message is a text of the story that the scenario file names as "@id"; the sources' titles
# stay as published, in the file. Keep every "could", "may have" and "illustrative" a possibility.

# The story's title.
partners-title = Partner hinter der Mauer

# What the story is, and what it rests on: shown under its title.
partners-description = Am 30. April 2015 verloren gewöhnliche Apps den Zugang zu den Daten von Freunden. Die New York Times berichtete am 18. Dezember 2018, dass Facebooks Unterlagen von 2017 Partner-Deals mit mehr als 150 Firmen aufführten, die ältesten von 2010, alle 2017 aktiv und einige noch 2018. Nach den Unterlagen, über die die Times berichtete, konnten Spotify, Netflix und die Royal Bank of Canada private Nachrichten von Nutzern lesen, schreiben und löschen; Amazon konnte Namen und Kontaktdaten von Nutzern über deren Freunde erhalten; Microsofts Bing konnte die Namen praktisch aller Freunde der Nutzer ohne Zustimmung sehen; Yahoo konnte Ströme der Beiträge von Freunden einsehen; Yandex konnte Nutzer-IDs bekommen. Die App zeigt, was die Deals erlaubten, nicht, was irgendeine Firma damit tat. Die Antworten der Firmen: Spotify sagte, es habe „no evidence that Spotify ever accessed users' private Facebook messages“ (keinen Hinweis, dass Spotify je auf private Facebook-Nachrichten von Nutzern zugegriffen habe); Spotify und Netflix sagten der Times, sie hätten von den weitreichenden Befugnissen, die Facebook ihnen eingeräumt hatte, nichts gewusst, und Netflix sagte, es habe nie auf private Nachrichten zugegriffen; RBC bestritt, einen solchen Zugang gehabt zu haben; Amazon sagte, es habe die Informationen nur im Einklang mit seiner Datenschutzrichtlinie genutzt; Microsoft sagt, der Bing-Deal sei im Februar 2017 ausgelaufen; Yandex sagte, es habe von dem Zugang nichts gewusst; Apple sagte, es habe von keinem besonderen Zugang gewusst; für Yahoo verzeichnen die hier zitierten Quellen keine Antwort. Facebooks Antwort: Die Menschen meldeten sich an, um diese Funktionen zu nutzen; es nannte Amazon, Apple und Yahoo Integrationspartner, über deren Geräte und Dienste Menschen Facebook nutzten; keine dieser Partnerschaften habe Firmen ohne die Erlaubnis der Menschen Zugang zu Informationen gegeben oder gegen seine Vereinbarung von 2012 mit der FTC verstoßen; und es habe keinen Hinweis auf Missbrauch durch seine Partner gefunden. Die acht Menschen sind erfunden. Die Daten, und wie sicher sie sind: Spotifys Beginn ist nicht bekannt (hier 2012, ein Platzhalter), und sein Ende ist ungewiss (hier Anfang 2016: Facebook sagte am 19. Dezember 2018, seine Nachrichten-Integrationen seien seit fast drei Jahren abgeschaltet); Netflix 2014 bis 2015 und RBC 2013 bis 2015 (Facebook gegenüber The Tyee); Bing von 2010 bis Februar 2017, als es laut Microsoft auslief; die Anfänge der Deals von Amazon, Yahoo und Yandex sind nicht bekannt (die Times datiert die Deals ab 2010, nicht jeden einzelnen), deshalb zeichnet die Zeitleiste sie ohne Anfang, ab einem Platzhalter-Tag, dem 30. April 2015; Amazon bis Ende 2018 (damals noch aktiv), Yahoo bis 1. Juli 2018 (die Quelle sagt Sommer 2018), Yandex bis Ende 2017 (ungewiss: Yandex' Daten stammen aus Zusammenfassungen aus zweiter Hand). Jeder andere Tag und Monat, den die App für diese Deals zeigt, ist zur Veranschaulichung gewählt; belegt sind nur die Jahre oben. Ungewiss: Keine Quelle sagt, ob Partner die Einstellung „Von anderen Nutzern verwendete Apps“ einer Person beachteten. Die Times berichtete, dass Apples Geräte die Kontakte und Kalendereinträge von Menschen erreichen konnten, die jedes Teilen abgeschaltet hatten; Facebook sagte, Partner dürften Datenschutzeinstellungen nicht übergehen. Hier übergehen die Deals von Amazon und Yahoo diese Einstellung: die Wahl des Szenarios, kein Befund. Vereinfacht: Bing ist mit einem Deal über den Namen jedes Nutzers gezeichnet, für „praktisch alle Freunde der Nutzer“, und Yandex mit einem Deal über die ID jedes Nutzers; Apple wird erzählt, nicht gezeichnet.

# Step 1's title.
partners-step-1-title = Die Mauer geht hoch

# Step 1's text.
partners-step-1-text = Am 30. April 2015 verloren gewöhnliche Apps den Zugang zu den Daten von Freunden. Ana hat sich nie bei einer dieser Firmen angemeldet. Wähl Ana aus: Welche Firmen können ihre Daten noch sehen?

# Step 2's title.
partners-step-2-title = Postfächer

# Step 2's text.
partners-step-2-text = Nach den Unterlagen, über die die Times berichtete, konnten Spotify, Netflix und die Royal Bank of Canada die privaten Nachrichten von Nutzern lesen, schreiben und löschen, die sie verbunden hatten, also auch die Nachrichten aller, die diesen Nutzern schrieben. Femi hatte Apps abgeschaltet, und doch konnte Spotify in diesem Modell Femis Nachrichten mit Ben lesen. Facebooks Antwort: Die Menschen mussten sich zuerst ausdrücklich bei Facebook anmelden, um die Nachrichtenfunktion eines Partners zu nutzen, und im Dezember 2018 sagte es, diese Integrationen seien seit fast drei Jahren abgeschaltet. Die Antworten der Firmen: Spotify sagte, es habe „no evidence that Spotify ever accessed users' private Facebook messages“ (keinen Hinweis, dass Spotify je auf private Facebook-Nachrichten von Nutzern zugegriffen habe; Variety); Spotify und Netflix sagten der Times, sie hätten von den weitreichenden Befugnissen, die Facebook ihnen eingeräumt hatte, nichts gewusst; Netflix sagte, es habe nie auf private Nachrichten zugegriffen; RBC bestritt, einen solchen Zugang gehabt zu haben. Wann Spotifys Zugang begann, ist nicht bekannt (sein Tag hier ist ein Platzhalter); die anderen Anfangs- und Endtage hier sind zur Veranschaulichung gewählt.

# Step 3's title.
partners-step-3-title = Daten von Freunden, per Deal

# Step 3's text.
partners-step-3-text = Nachdem gewöhnliche Apps die Daten von Freunden verloren hatten, konnte Amazon weiterhin Namen und Kontaktdaten von Nutzern über deren Freunde erhalten, Yahoo konnte Ströme der Beiträge von Freunden einsehen, und Yandex konnte Nutzer-IDs bekommen; wann diese Deals begannen, ist nicht bekannt, und so zeichnet die Zeitleiste ihre Anfänge. Dan hatte seine Einstellung „Von anderen Nutzern verwendete Apps“ eingeschränkt, und doch kann Amazon hier über Gus an seine Kontaktdaten kommen: Keine Quelle sagt, ob Partner diese Einstellung beachteten, also ist das die Wahl des Szenarios. Facebooks Antwort: Es nannte Amazon und Yahoo Integrationspartner, über deren Geräte und Dienste Menschen Facebook nutzten, und sagte, Partner dürften die Datenschutzeinstellungen der Menschen nicht übergehen. Amazon sagte, es habe solche Informationen nur im Einklang mit seiner Datenschutzrichtlinie genutzt; Yandex sagte, es habe von dem Zugang nichts gewusst; für Yahoo verzeichnen die hier zitierten Quellen keine Antwort. (Die Times berichtete auch, dass Apples Geräte die Kontakte und Kalendereinträge von Menschen erreichen konnten, die jedes Teilen abgeschaltet hatten; Apple sagte, es habe von keinem besonderen Zugang gewusst.)

# Step 4's title.
partners-step-4-title = Ohne Zustimmung, laut den Unterlagen

# Step 4's text.
partners-step-4-text = Nach den Unterlagen, über die die Times berichtete, konnte Microsofts Bing die Namen praktisch aller Freunde der Nutzer ohne deren Zustimmung sehen. Wähl Bing aus: Zähl die Menschen, die dem zugestimmt haben. Facebooks Antwort: Bings Funktionen stammten aus der sofortigen Personalisierung, einer Funktion von 2010, die es 2014 beendete, und es hätte die Schnittstelle dahinter nicht bestehen lassen sollen. Microsoft sagt, der Deal sei im Februar 2017 ausgelaufen. Der Beginn des Deals am 21. April 2010 ist zur Veranschaulichung gewählt: Die Quelle nennt das Jahr.

# Step 5's title.
partners-step-5-title = Was wäre, wenn es keine Deals gegeben hätte?

# Step 5's text.
partners-step-5-text = Schalt die Deals ab, und die eigene Regel der Plattform gilt für alle: In diesem Modell verlieren Bing, Amazon, Yahoo und Yandex, was über Freunde und Deals kam. Die Zahlen zeigen den Unterschied.

# Step 6's title.
partners-step-6-title = Aufgedeckt

# Step 6's text.
partners-step-6-text = Die New York Times berichtete am 18. Dezember 2018 über diese Deals: mehr als 150 Firmen, alle Deals 2017 aktiv, einige noch 2018. Facebook antwortete, keine dieser Partnerschaften habe Firmen ohne die Erlaubnis der Menschen Zugang zu Informationen gegeben oder gegen seine Vereinbarung von 2012 mit der FTC verstoßen, und es habe keinen Hinweis auf Missbrauch durch seine Partner gefunden; die Menschen hätten sich angemeldet, um diese Funktionen zu nutzen.
