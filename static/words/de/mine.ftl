# „Deine Daten“: was der eigene Facebook-Export einer Leserin oder eines Lesers zeigt. Der
# Export zeigt, was verbunden, gesendet und gelistet wurde, nie, was jemand damit tat: Apps und
# Firmen „konnten“, und keine Nachricht sagt, dass sie es taten. $cutoff ist der Tag, ab
# dem Apps nicht mehr nach den Daten von Freunden fragen konnten (2015-04-30); Namen von Apps,
# Firmen und Dateien stammen aus dem Export und bleiben, wie sie sind.

## Was du bei Facebook anfragst, und was mit dem Export geschieht

mine-step-ask = Öffne auf Facebook die Einstellungen, dann „Deine Informationen herunterladen“ (in der Kontenübersicht), und fordere eine Kopie deiner Informationen an.
mine-step-format = Wähl das Format JSON, nicht HTML, und den Zeitraum „Gesamter Zeitraum“. Fotos und Videos kannst du weglassen: Spillover liest sie nicht.
mine-step-give = Wenn Facebook meldet, dass die Kopie bereit ist, lade sie herunter und gib sie dieser Seite: die ZIP-Datei (oder alle ihre Teile), den entpackten Ordner oder einzelne JSON-Dateien daraus.
mine-privacy = Dein Export wird in dieser Seite gelesen und nirgendwohin gesendet: Nichts verlässt dein Gerät, und nichts wird aufbewahrt, außer du wählst „Auf diesem Gerät behalten“. Die Namen deiner Freunde sind Daten anderer Menschen: Links, Einbettungen und Exporte dieser Ansicht enthalten nur Zahlen.

## Worauf eine Zeile beruht, neben ihr angezeigt

mine-basis-export = Aus deinem Export
mine-basis-arithmetic = Rechnung, nicht aus deinem Export

## Die Zeilen

# Ein Teil des Exports fehlt, ist leer oder konnte nicht gelesen werden. $section ist friends,
# apps, off_meta oder advertisers.
mine-absent-missing = Dein Export enthält { $section ->
    [friends] keine Freundesliste
    [apps] keine Liste verbundener Apps
    [off_meta] keine Aktivitäten außerhalb von Facebook
   *[advertisers] keine Liste von Werbetreibenden
}: Vielleicht war sie nicht ausgewählt, als du deine Informationen angefordert hast.
mine-absent-empty = Facebook hat { $section ->
    [friends] keine Freundesliste
    [apps] keine Liste verbundener Apps
    [off_meta] keine Aktivitäten außerhalb von Facebook
   *[advertisers] keine Liste von Werbetreibenden
} in deinen Export gelegt: Der Ordner sagt, dass es keine Daten gibt.
mine-absent-not-understood = { $section ->
    [friends] Die Freundesliste
    [apps] Die Liste verbundener Apps
    [off_meta] Die Aktivitäten außerhalb von Facebook
   *[advertisers] Die Liste von Werbetreibenden
} in deinem Export konnte nicht gelesen werden; die Liste der Dateien sagt, warum.
mine-absent-why = Fordere deine Informationen bei Facebook noch einmal an, als JSON und mit allen Arten von Informationen; nur Fotos und Videos kannst du weglassen.
# $friends Freunde insgesamt, $before davon schon vor dem Stichtag.
mine-line-friends = Du hast { $friends } { $friends ->
    [one] Freund
   *[other] Freunde
} in deinem Export; { $before } davon { $before ->
    [one] war schon vor dem { $cutoff } mit dir befreundet
   *[other] waren schon vor dem { $cutoff } mit dir befreundet
}.
# $count Freunde, deren Datum der Export nicht nennt.
mine-line-friends-unknown = Bei { $count } ist das Datum unbekannt.
mine-line-friends-why = Bis zum { $cutoff } konnte eine App, die irgendeiner dieser Freunde nutzte, Facebook über ihn nach deinen Daten fragen (etwa deinen Likes, Geburtsdaten und Standortdaten), außer du hattest das unter „Von anderen Nutzern verwendete Apps“ abgeschaltet. Dein Export zeigt die Freundschaften und ihre Daten, nicht, ob eine App tatsächlich gefragt hat.
mine-line-apps = Du hast { $apps } { $apps ->
    [one] App oder Website
   *[other] Apps und Websites
} mit Facebook Login verbunden: { $before } vor dem { $cutoff }, { $after } an oder nach diesem Tag und { $unknown } mit unbekanntem Datum.
mine-line-apps-why = Eine App, die du vor dem { $cutoff } verbunden hast, konnte Facebook über dich nach den Daten deiner Freunde fragen, nicht nur nach deinen: So könnten die 270.000 Nutzer eines Quiz ihm die Daten von bis zu 87 Millionen Menschen gegeben haben. Ab diesem Tag konnten Apps nur noch nach deinen eigenen fragen. Dein Export zeigt, dass und wann du jede verbunden hast, nicht, wonach sie gefragt hat. Ein Datum von 0 oder keins wird als „Datum unbekannt“ angezeigt.
# $count Apps mit einem Datum im Oktober oder November 2013.
mine-line-cluster = { $count } deiner Apps { $count ->
    [one] ist
   *[other] sind
} auf Oktober oder November 2013 datiert.
mine-line-cluster-why = Viele Exporte datieren eine Gruppe älterer Apps auf diese zwei Monate. Ein solches Datum kann sein, wann Facebook die Verbindung erfasst hat, nicht, wann du sie hergestellt hast: Vielleicht hast du diese Apps früher verbunden. So oder so liegt es vor dem Stichtag.
mine-line-companies = { $companies } { $companies ->
    [one] Firma hat Facebook deine Aktivitäten in ihren eigenen Apps und Websites gesendet
   *[other] Firmen haben Facebook deine Aktivitäten in ihren eigenen Apps und Websites gesendet
}: insgesamt { $events } { $events ->
    [one] Ereignis
   *[other] Ereignisse
}.
mine-line-companies-why = Jedes Ereignis ist etwas, das du anderswo getan hast (eine App geöffnet, eine Seite besucht, etwas gekauft) und das die Firma mit ihren Werkzeugen an Facebook gemeldet hat, und das Facebook mit dir verknüpfen konnte, etwa um die Werbung auszuwählen, die du siehst. Dein Export zeigt, was gemeldet wurde, nicht, was damit geschah.
mine-line-advertisers = Dein Export nennt { $advertisers } { $advertisers ->
    [one] Werbetreibenden
   *[other] Werbetreibende
}, die deine Aktivitäten oder Informationen nutzen; { $with_a_list } davon haben eine Liste mit deinen Informationen hochgeladen oder genutzt (etwa deiner E-Mail-Adresse oder Telefonnummer).
mine-line-advertisers-why = Ein Werbetreibender mit einer solchen Liste konnte Facebook bitten, seine Werbung dir oder Menschen wie dir zu zeigen. Dein Export nennt die Werbetreibenden; er sagt nicht, woher ihre Listen stammen.
# Die Rechnung: Wenn 1 von $one_in der $friends Freunde eine solche App nutzte, wären es etwa
# $expected (eine Zahl mit Nachkommastellen), und die Wahrscheinlichkeit, dass mindestens einer
# es tat, ist $chance (ein Prozentwert).
mine-if-friends-used = Wenn 1 von { $one_in } deiner { $friends } { $friends ->
    [one] Freunde
   *[other] Freunde
} eine App nutzte, die nach den Daten von Freunden fragte, wären das etwa { $expected } von ihnen, und die Wahrscheinlichkeit, dass mindestens einer es tat, läge bei { $chance }.
mine-if-friends-used-why = Das ist eine Rechnung, nicht dein Export: Für jeden Freund wird angenommen, dass er eine solche App mit einer Wahrscheinlichkeit von 1 zu { $one_in } nutzt, jeder für sich. Jeder einzelne hätte gereicht, damit die App vor dem { $cutoff } nach deinen Daten fragen konnte. Gezählt werden alle { $friends } Freunde in deinem Export, von denen { $before } damals schon mit dir befreundet waren. „Im großen Maßstab“ macht dieselbe Rechnung über ein ganzes Netzwerk.
# Ein Datum, das der Export nicht nennt.
mine-date-unknown = Datum unbekannt

## Die Seite um die Zeilen

# Die Überschrift der Ansicht.
mine-title = Deine Daten: wohin deine Facebook-Daten gelangen konnten
# Die Überschrift dessen, was du herunterlädst.
mine-steps-title = Was du bei Facebook anfragst
# Die Überschrift des Orts, an dem du den Export gibst.
mine-give-title = Gib dieser Seite deinen Export
# Die Beschriftung der Dateiauswahl: die ZIP-Datei (oder ihre Teile) oder JSON-Dateien.
mine-pick-files = Die ZIP-Datei deines Exports (oder alle ihre Teile) oder JSON-Dateien daraus
# Die Beschriftung der Ordnerauswahl.
mine-pick-folder = Oder ihr entpackter Ordner
# Unter den Auswahlfeldern.
mine-drop-hint = Du kannst die ZIP-Datei, ihre Teile, den Ordner oder JSON-Dateien auch irgendwo auf diese Ansicht ziehen. Spillover öffnet nur die wenigen Dateien, die es braucht, Stück für Stück: Exporte von mehreren Gigabyte öffnen sich in Sekunden.
# Der Name der Ablagefläche für Screenreader.
mine-drop-zone = Dein Export: hier auswählen oder ablegen
# Solange das Lesen noch keinen ersten Schritt gemeldet hat.
mine-starting = Der Export wird gelesen …
# Die Überschrift über den Zeilen.
mine-lines-title = Was dein Export zeigt
# Die Auswahlfelder, eingeklappt, sobald ein Export gelesen ist.
mine-another = Einen anderen Export öffnen
# Die waagrechte Achse des Diagramms.
mine-plot-x = Anteil der Menschen, die installieren (logarithmische Skala)
# Die senkrechte Achse des Diagramms.
mine-plot-y = Wahrscheinlichkeit, dass du erreicht wirst
# Was die Zeilen der Listen sind, wie „25 von 80 Einträgen angezeigt“ sagt.
mine-noun-entries = Einträge
# Was die Namen sind.
mine-noun-friends = Freunde
# Was die Dateien sind.
mine-noun-files = Dateien
# Das Aufklappen einer Zeile.
mine-why = Warum?
# Die Überschrift des Bildes.
mine-picture-title = Wer deine Daten haben könnte
# Die Überschrift des Diagramms.
mine-plot-title = Dein Punkt im Diagramm von „Im großen Maßstab“
# Die Beschriftung der Installationsrate.
mine-rate-label = Wenn dieser Anteil deiner Freunde eine solche App nutzte
# Die Überschrift der Listen.
mine-lists-title = Die Listen hinter den Zahlen
# Die Überschrift der Dateien.
mine-files-title = Die geöffneten Dateien
# Die Überschrift von Behalten und Vergessen.
mine-keep-title = Behalten oder vergessen
# Das Kästchen, das den Export behält.
mine-keep = Auf diesem Gerät behalten
# Was Behalten bedeutet.
mine-keep-hint = Speichert, was gefunden wurde (auch die Namen deiner Freunde), im Speicher dieses Browsers auf diesem Gerät und nirgendwo sonst, bis du auf „Diesen Export vergessen“ drückst. Ohne das ist der Export weg, sobald du diese Seite schließt.
# Warum er nicht behalten werden kann: Der Browser speichert nichts für die Seite.
mine-no-storage = Dieser Browser speichert nichts für diese Seite (ein privates Fenster oder ausgeschalteter Speicher), daher kann der Export nicht behalten werden; er bleibt in dieser Seite, bis du sie schließt.
# Warum er nicht behalten werden kann: Der Speicher ist voll.
mine-storage-full = Der Speicher deines Browsers für diese Website ist voll, daher wird der Export nicht gespeichert; er bleibt in dieser Seite, bis du sie schließt.
# Die Schaltfläche, die ihn vergisst.
mine-forget = Diesen Export vergessen
# Was Vergessen bedeutet.
mine-forget-hint = Entfernt ihn aus dieser Seite und von diesem Gerät, falls du ihn behalten wolltest.
# Gesagt, sobald der Export vergessen ist.
mine-forgotten = Der Export ist vergessen: Nichts davon ist in dieser Seite oder auf diesem Gerät übrig.
# Über einem Export, der aus dem Speicher dieses Geräts gelesen wurde.
mine-restored = Das ist der Export, den du auf diesem Gerät behalten wolltest. Drück auf „Diesen Export vergessen“, um ihn zu löschen.
# Die Schaltfläche, die ein Problem ausblendet.
mine-dismiss = Ausblenden
# Die Überschrift von Speichern und Teilen.
mine-save-title = Speichern oder teilen
# Die Schaltfläche, die die Namen zeigt.
mine-show-names = Die Namen deiner Freunde zeigen
# Die Schaltfläche, die sie verbirgt.
mine-hide-names = Die Namen deiner Freunde verbergen
# Warum Namen verborgen sind, bis du nach ihnen fragst.
mine-names-hint = Die Namen deiner Freunde sind Daten anderer Menschen: Sie werden nur gezeigt, wenn du darum bittest, bleiben in dieser Seite und stehen nie in einem Link, einer Einbettung oder einem gespeicherten Bild; eine CSV-Datei listet sie nur, wenn du das Kästchen ankreuzt.
# Was eine geteilte Zusammenfassung enthält.
mine-share-hint = Eine Zusammenfassung deiner Zahlen, mit einem Link zu dieser Ansicht, damit andere ihre eigenen sehen: keine Namen und nichts, was ein Link zu dir zurücktragen könnte.
# Die Schaltfläche, die sie kopiert.
mine-copy-summary = Eine Zusammenfassung kopieren (nur Zahlen)
# Gesagt, wenn sie kopiert wurde.
mine-copied = Kopiert.
# Gesagt, wenn das nicht ging.
mine-not-copied = Dein Browser hat die Seite nicht kopieren lassen: Markier die Zusammenfassung und kopier sie selbst.
# Die Auswahl beim Speichern: welche Datei.
mine-save-what = Was gespeichert wird
# Die Wahl des Bildes als SVG.
mine-save-svg = Das Bild (SVG)
# Die Wahl des Bildes als PNG.
mine-save-png = Das Bild (PNG)
# Die Wahl der CSV-Datei.
mine-save-csv = Die Listen (CSV)
# Das Kästchen, das die Namen deiner Freunde in die CSV-Datei nimmt.
mine-save-names = Die Namen deiner Freunde aufnehmen
# Die Schaltfläche, die speichert, sobald du gesehen hast, was die Datei enthält.
mine-save = Speichern
# Was das Bild enthält.
mine-save-picture-holds = Das Bild zeigt nur deine Zahlen: niemandes Namen.
# Die Überschrift der geöffneten Dateien.
mine-read-title = Geöffnete Dateien

# Warum eine auf diesem Gerät behaltene Kopie nicht gezeigt wird; $why ist der Grund.
mine-kept-unreadable = Der auf diesem Gerät gespeicherte Export konnte nicht gezeigt werden: { $why }. Drück auf „Diesen Export vergessen“, um ihn zu löschen.
# Was die CSV-Datei enthält, mit den Namen deiner Freunde und ohne sie.
mine-save-csv-holds-names = Die CSV-Datei listet die Namen deiner Apps, Firmen und Werbetreibenden mit ihren Daten und Zahlen und die Namen deiner Freunde mit ihren Daten: Daten anderer Menschen. Behalte sie für dich.
mine-save-csv-holds = Die CSV-Datei listet die Namen deiner Apps, Firmen und Werbetreibenden mit ihren Daten und Zahlen. Deine Freunde werden gezählt, nicht genannt.
# Die Schaltfläche, die „Im großen Maßstab“ mit je $friends Freunden öffnet, so vielen, wie du hast.
mine-see-at-scale = „Im großen Maßstab“ mit je { $friends } { $friends ->
    [one] Freund
   *[other] Freunden
} ansehen

## Die Tabelle der Zahlen

mine-figures-title = Dein Export in Zahlen
mine-figure-friends = Freunde
mine-figure-friends-before = Schon vor dem { $cutoff } befreundet
mine-figure-apps = Verbundene Apps und Websites
mine-figure-apps-before = Vor dem { $cutoff } verbunden
mine-figure-apps-unknown = Verbunden, Datum unbekannt
mine-figure-companies = Firmen, die deine Aktivitäten gesendet haben
mine-figure-events = Von ihnen gesendete Ereignisse
mine-figure-advertisers = Werbetreibende, die deine Aktivitäten oder Informationen nutzen
mine-figure-advertisers-list = Werbetreibende mit einer Liste

## Das Lesen des Exports

# Eine ZIP-Datei in Teilen öffnen: Teil $part von $of.
mine-progress-part = Der Export wird geöffnet: Teil { $part } von { $of }
mine-progress-listing = Der Export wird geöffnet: Die Liste seiner Dateien wird gelesen
# Datei $file von $of wird gelesen.
mine-progress-file = Der Export wird gelesen: { $file } von { $of } { $of ->
    [one] Datei
   *[other] Dateien
}
# Warum nichts von einem Export gezeigt werden kann; $why ist der Grund.
mine-refused = Spillover konnte diesen Export nicht zeigen: { $why }.
# Was ein Screenreader hört, sobald ein Export gelesen ist.
mine-spoken = Dein Export zeigt { $friends } { $friends ->
    [one] Freund
   *[other] Freunde
}, { $apps } { $apps ->
    [one] App oder Website
   *[other] Apps und Websites
}, { $companies } { $companies ->
    [one] Firma, die deine Aktivitäten gesendet hat
   *[other] Firmen, die deine Aktivitäten gesendet haben
}, und { $advertisers } { $advertisers ->
    [one] Werbetreibenden
   *[other] Werbetreibende
}.

## Die geöffneten Dateien

# $opened Dateien geöffnet, $not, bei denen das nicht ging, $others nur gelistet und nie geöffnet.
mine-files-summary = { $opened } { $opened ->
    [one] Datei wurde
   *[other] Dateien wurden
} geöffnet{ $not ->
    [0] {""}
   *[other] ; { $not } konnten es nicht, jede unten mit dem Grund gelistet
}. { $others } { $others ->
    [one] andere Datei (Fotos, Nachrichten, der Rest des Exports) wurde
   *[other] andere Dateien (Fotos, Nachrichten, der Rest des Exports) wurden
} gelistet und nie geöffnet.
# Eine gelesene Datei: ihr $path und die $rows der $list, die sie enthielt (friends, apps,
# off_meta, advertisers_uploaded, advertisers_using oder other); mit einer $note, was weggelassen wurde.
mine-file-opened = { $path }: { $rows } { $list ->
    [friends] { $rows ->
        [one] Freund
       *[other] Freunde
    }
    [apps] { $rows ->
        [one] App oder Website
       *[other] Apps und Websites
    }
    [off_meta] { $rows ->
        [one] Firma
       *[other] Firmen
    }
    [advertisers_uploaded] { $rows ->
        [one] Werbetreibender
       *[other] Werbetreibende
    }
    [advertisers_using] { $rows ->
        [one] Werbetreibender
       *[other] Werbetreibende
    }
   *[other] { $rows ->
        [one] Zeile
       *[other] Zeilen
    }
}
mine-file-opened-note = { mine-file-opened } ({ $note })
# Eine nicht gelesene Datei: ihr $path und $why.
mine-file-left-out = { $path }: { $why }.
# Die Überschrift der $count weggelassenen Dateien.
mine-not-read-title = { $count } { $count ->
    [one] Datei
   *[other] Dateien
} weggelassen

## Die Listen hinter den Zahlen ($name ist der des Exports, so wie er ihn schrieb)

mine-friend-since = { $name }, befreundet seit { $since }
mine-friend-unknown = { $name }, Datum unbekannt
mine-app = { $name }: verbunden { $added }
mine-app-removed = { $name }: verbunden { $added }, entfernt { $removed }
mine-company = { $name }: { $events } { $events ->
    [one] Ereignis
   *[other] Ereignisse
}
mine-advertiser-list = { $name }: hat eine Liste mit deinen Informationen hochgeladen oder genutzt
mine-advertiser = { $name }: deine Aktivitäten oder Informationen, keine Liste
# Ein Name, den der Export leer ließ.
mine-no-name = (kein Name)
# Die Überschrift einer Liste mit der Zahl $count ihrer Zeilen; $list sagt, welche.
mine-listing-title = { $list ->
    [apps-before] Vor dem { $cutoff } verbundene Apps und Websites
    [apps-after] Am oder nach dem { $cutoff } verbundene Apps und Websites
    [apps-unknown] Apps und Websites mit unbekanntem Datum
    [companies] Firmen, die deine Aktivitäten gesendet haben, die mit den meisten Ereignissen zuerst
   *[advertisers] Werbetreibende, die mit einer Liste zuerst
} ({ $count })
# Die Überschrift der Namen deiner $count Freunde.
mine-friends-title = Deine Freunde ({ $count })
# Eine wählbare Installationsrate: 1 von $one_in, und dasselbe als $percent.
mine-one-in = 1 von { $one_in } ({ $percent })
# Die Zusammenfassung der Zahlen, die du kopieren und teilen kannst, mit der $address dieser Ansicht am Ende.
mine-summary = Mein Facebook-Export: { $friends } { $friends ->
    [one] Freund
   *[other] Freunde
} ({ $friends_before } vor dem { $cutoff }); { $apps } { $apps ->
    [one] App oder Website
   *[other] Apps und Websites
} mit Facebook Login verbunden ({ $apps_before } vor dem { $cutoff }, als sie auch nach den Daten von Freunden fragen konnten); { $companies } { $companies ->
    [one] Firma hat
   *[other] Firmen haben
} Facebook meine Aktivitäten anderswo gesendet ({ $events } { $events ->
    [one] Ereignis
   *[other] Ereignisse
}); er nennt { $advertisers } { $advertisers ->
    [one] Werbetreibenden
   *[other] Werbetreibende
}, die meine Aktivitäten oder Informationen nutzen ({ $with_a_list } mit einer Liste). Sieh dir deine an, in deinem eigenen Browser, ohne dass etwas irgendwohin gesendet wird: { $address }

## Die Adresse von „Deine Daten“ ($value, wie der Link es schrieb)

mine-address-one-in = „{ $value }“ ist keine Installationsrate, die „Deine Daten“ anbietet (1 von 10, 100, 1000 oder 10000); es wurde ignoriert.
mine-address-theme = „{ $value }“ ist kein Farbschema (light, dark oder auto); es wurde ignoriert.
mine-address-unknown = Der Link enthält „{ $value }“, was die Ansicht „Deine Daten“ nicht kennt; es wurde ignoriert. Ein Link zu dieser Ansicht enthält nie etwas aus einem Export: Jede und jeder gibt den eigenen.

## Die Bilder

# Die Legende unter dem Bild: was jede Art von Linie bedeutet.
mine-key-connected = du hast es mit Facebook Login verbunden
mine-key-through-friends = über Freunde, vor dem { $cutoff }: Eine App konnte über die Person, die sie nutzte, nach den Daten eines Freundes fragen
mine-key-sent = hat Facebook deine Aktivitäten in ihren eigenen Apps und Websites gesendet
mine-key-listed = hat eine Liste mit deinen Informationen hochgeladen oder genutzt
mine-key-plain = Freunde; Werbetreibende ohne Liste
# Eine Gruppe im Bild, in drei kurzen Zeilen: ihre Zahl, was sie ist ($kind: friends, apps,
# companies oder advertisers; $count davon) und welche davon.
mine-group-what = { $kind ->
    [friends] { $count ->
        [one] Freund
       *[other] Freunde
    }
    [apps] { $count ->
        [one] App oder Website
       *[other] Apps und Websites
    }
    [companies] { $count ->
        [one] Firma
       *[other] Firmen
    }
   *[advertisers] { $count ->
        [one] Werbetreibender
       *[other] Werbetreibende
    }
}
mine-group-before = vor dem { $cutoff }
mine-group-since = seit dem { $cutoff }
mine-group-sent = haben deine Aktivitäten gesendet
mine-group-with-list = mit einer Liste
mine-group-without-list = ohne Liste
# Eine Gruppe im Fließtext: $count, $what (mine-group-what) und $which.
mine-group = { $count } { $what } { $which }
# Was jede Linie des Bildes bedeutet.
mine-flow-friends-before = bis zum { $cutoff } konnte eine App, die einer dieser Freunde nutzte, über ihn nach deinen Daten fragen
mine-flow-friends-since = Freunde, seit Apps nicht mehr nach den Daten von Freunden fragen konnten
mine-flow-friends-unknown = Freunde, deren Datum der Export nicht nennt
# Die $count Apps einer Gruppe, von dir verbunden.
mine-flow-connected = du hast { $count ->
    [one] sie
   *[other] sie alle
} mit Facebook Login verbunden
mine-flow-apps-before = diese konnten über dich nach den Daten deiner Freunde fragen, nicht nur nach deinen
mine-flow-sent = { $events } { $events ->
    [one] Ereignis
   *[other] Ereignisse
} deiner Aktivitäten anderswo, an Facebook gesendet
mine-flow-unlisted = hat deine Aktivitäten oder Informationen genutzt, ohne Liste
# Du, in der Mitte des Bildes.
mine-you = Du
# Das Bild in Worten, für Screenreader: zuerst du, dann jede $group mit ihren $flows
# (verbunden durch mine-picture-flows-joined).
mine-picture-you = Du, in der Mitte.
mine-picture-group = { $group }: { $flows }.
mine-picture-flows-joined = {"; "}
mine-picture-svg-title = Wer deine Daten haben könnte, laut deinem Export
# Unter dem gespeicherten Bild: worauf es beruht.
mine-footnote = Zahlen aus dem eigenen Facebook-Export der Person, so wie Spillover sie zählt: was verbunden, gesendet und gelistet wurde, nicht, was jemand damit tat.
# Dein Punkt im Diagramm von „Im großen Maßstab“, für $friends Freunde.
mine-plot-svg-title = Die Wahrscheinlichkeit, dass du oder einer deiner { $friends } { $friends ->
    [one] Freunde
   *[other] Freunde
} eine solche App installiert hat, gegen den Anteil derer, die installieren
mine-plot-curve = du, mit { $friends } { $friends ->
    [one] Freund
   *[other] Freunden
}: die Wahrscheinlichkeit bei jeder Installationsrate (Rechnung, jede Person installiert für sich)
# Das Diagramm in Worten: dein Punkt ($you) und der Punkt von 2018 ($real).
mine-plot-description = { $you }. { $real }.
