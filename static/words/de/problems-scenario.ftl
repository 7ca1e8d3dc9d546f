# Warum eine Szenariodatei (oder ein Szenario in einem Link) nicht gelesen werden kann: Jedes
# Problem steht nach dem JSON-Pfad des fehlerhaften Werts (`grants[3].scopes[1]: …`), damit man
# ihn findet. Feldnamen, IDs und Wörter des Formats in `Backticks` oder "Anführungszeichen"
# gehören zur Datei und bleiben Englisch; $value, $id und $found sind, was die Datei enthält,
# gekürzt, und werden nie übersetzt.

## Wo

# Ein Problem in einer Datei, die gar kein JSON ist, an ihrer $line und $column.
problem-at-position = Zeile { $line }, Spalte { $column }
problem-unnamed = etwas stimmt mit diesem Szenario nicht, aber es wurde kein Problem genannt

## Die Form

# Was serde selbst sagt, ist $detail (auf Englisch).
problem-json-eof = die Datei endet zu früh ({ $detail }); ist sie abgeschnitten?
problem-json-syntax = das ist kein gültiges JSON: { $detail }
# $format ist spillover-scenario; $found ist eine der problem-kind-Nachrichten.
problem-not-an-object = eine Szenariodatei enthält ein JSON-Objekt ({"{"} "format": "{ $format }", … {"}"}), nicht { $found }
# $field ist das der Datei; $fields sind die Felder eines Szenarios.
problem-unknown-field = unbekanntes Feld `{ $field }`; die Felder eines Szenarios sind { $fields }
problem-missing-field = das Feld `{ $field }` fehlt
problem-not-a-list = hier wird eine Liste erwartet, gefunden wurde { $found }
# Was ein JSON-Wert ist, wie „gefunden wurde“ oben es sagt.
problem-kind-null = null
problem-kind-bool = true oder false
problem-kind-number = eine Zahl
problem-kind-string = ein Text
problem-kind-list = eine Liste
problem-kind-object = ein Objekt

## Die Bedeutung

problem-not-ours = das ist kein Spillover-Szenario: `format` muss "{ $expected }" sein, nicht "{ $found }"
problem-version = diese Datei hat die Formatversion { $version }; dieses Spillover liest Version { $reads }
# $first ist der JSON-Pfad des Elements, das die ID schon hat.
problem-source-id-taken = `{ $id }` ist schon die ID von { $first }
problem-id-taken = `{ $id }` ist schon die ID von { $first }; IDs sind unter Personen und Firmen eindeutig
problem-not-web-address = "{ $value }" ist keine Webadresse, die mit https:// oder http:// beginnt
problem-company-kind = "{ $value }" ist keine Art von Firma; verwende "app", "partner" oder "broker"
problem-friendship-two = eine Freundschaft besteht zwischen genau zwei Personen, nicht { $count }
problem-friends-with-self = `{ $id }` kann nicht mit sich selbst befreundet sein
problem-grant-no-scope = eine Freigabe braucht mindestens einen Bereich, etwa "likes" oder "friends.likes"
problem-transfer-same = eine Weitergabe geht von einer Firma an eine andere, aber beide sind `{ $id }`
problem-transfer-no-category = eine Weitergabe braucht mindestens eine Kategorie
problem-no-such-id = keine Person und keine Firma hat die ID `{ $id }`
problem-what-if-choice = "{ $value }" ist hier keine Wahl; verwende "as_scenario", "never" oder "always"
problem-step-no-text = ein Schritt braucht etwas Text
# Höchstens $most Zeichen; dieser Text hat $count.
problem-step-too-long = der Text eines Schritts hat höchstens { $most } Zeichen; dieser hat { $count }
problem-step-control = der Text eines Schritts enthält ein Steuerzeichen oder ein Nichtzeichen (nur Zeilenumbrüche und Tabulatoren dürfen darin stehen)
problem-step-mode = "{ $value }" ist keine Ansicht; verwende "access" (was Firmen an diesem Tag sehen können) oder "collected" (was sie bis dahin gesammelt haben könnten)
problem-id-empty = eine ID darf nicht leer sein
# Höchstens $most Bytes; diese ID hat $count.
problem-id-too-long = eine ID hat höchstens { $most } Bytes; diese hat { $count }
problem-id-control = die ID "{ $id }" beginnt oder endet mit einem Leerzeichen oder enthält ein Steuerzeichen oder ein Nichtzeichen
# Ein Name oder ein Titel.
problem-name-empty = das darf nicht leer sein
problem-name-too-long = das ist länger als { $most } Zeichen
problem-name-control = das enthält ein Steuerzeichen oder ein Nichtzeichen
# Ein Element, das ($until) am Tag seines Beginns ($from) oder davor endet: $when ist same oder before.
problem-never-active = das endet ({ $until }) { $when ->
    [same] am selben Tag, an dem
   *[before] bevor
} es beginnt ({ $from }), ist also nie gültig; `until` ist der erste Tag, an dem es nicht mehr gilt
# $end ist "from" oder "until", die Wörter der Datei.
problem-illustrative-and-unknown = "{ $end }" ist zugleich als zur Veranschaulichung und als unbekannt markiert; ein unbekanntes Datum ist ein Platzhalter, also nenne es einmal, unter `unknown`
problem-not-an-end = "{ $value }" ist kein Datum dieses Elements; die Liste kann "from" und "until" enthalten
problem-end-twice = "{ $end }" steht zweimal da
# $list ist illustrative oder unknown, die Wörter der Datei.
problem-end-missing = das markiert "{ $end }" als { $list }, aber das Element hat kein Datum `{ $end }`
# $all sind die Kategorien, wie die Datei sie schreibt.
problem-unknown-category = "{ $value }" ist keine Kategorie; die Kategorien sind { $all }
# $category ist problem-unknown-category, vorher gesagt.
problem-unknown-scope = { $category }; nach den Daten eines Freundes wird mit "friends." und einer Kategorie gefragt, etwa "friends.likes"
problem-friends-messages = "friends.messages" gibt es nicht: Nachrichten erreichen eine Firma über die Postfach-Regel, erlaube also stattdessen "messages"
problem-needs-person = `{ $id }` ist eine Firma, und hier wird eine Person gebraucht
problem-no-such-person = keine Person hat die ID `{ $id }`
problem-needs-company = `{ $id }` ist eine Person, und hier wird eine Firma gebraucht
problem-no-such-company = keine Firma hat die ID `{ $id }`
problem-no-such-source = kein Eintrag von `sources` hat die ID `{ $id }`

# A date in a file (or on the command line) that is not year-month-day, or not a real day.
problem-date-shape = „{ $text }“ ist kein Datum der Form JJJJ-MM-TT
problem-date-calendar = „{ $text }“ ist kein Tag im Kalender
