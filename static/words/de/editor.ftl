# The sandbox's editor: its bar (which sandbox, its title, date and friend permissions), and
# the forms that add people, friendships, sign-ins, deals and handovers.

## The bar

# The name of a new sandbox: a copy of the built-in $title, or the $number-th sandbox.
sandbox-copy-of = Meine Kopie von „{ $title }“
sandbox-numbered = Sandkasten { $number }
# An option after sandbox-new-from, beside the built-in scenarios' titles.
sandbox-from-empty = leeres Netzwerk
sandbox = Sandkasten
sandbox-name = Name
sandbox-new-from = Neu aus
sandbox-new = Neuer Sandkasten
sandbox-undo = ↶ Rückgängig
sandbox-redo = ↷ Wiederholen
sandbox-save = Als Datei speichern
sandbox-load = Datei laden
sandbox-load-hint = oder zieh eine auf die Seite: ein Szenario oder ein Netzwerk als Kantenliste, CSV (Personen und Freundschaften zusammen), GraphML oder GEXF
# Asks before the sandbox called $name is deleted.
sandbox-delete-ask = „{ $name }“ endgültig löschen?
sandbox-delete-yes = Ja, löschen
sandbox-delete-no = Nein
sandbox-delete = Löschen …
sandbox-title = Titel
sandbox-date = Gezeigtes Datum
sandbox-date-needed = Der Sandkasten braucht ein Datum, das er zeigen kann: Schreib es als Jahr-Monat-Tag, zum Beispiel 2014-05-13.
sandbox-policy = Apps dürfen Freundesdaten abfragen
sandbox-policy-from = von
sandbox-policy-until = bis
# What a date field shows when empty.
date-placeholder = jjjj-mm-tt

## The forms

# Before the name a person or company would share ($words: whose name it already is):
# "Press "Add person" again" ($button: the form's button). German: "eine zweite" fits both
# a Person and a Firma.
form-name-taken = { $words } Drück noch einmal auf „{ $button }“, um eine zweite hinzuzufügen, oder ändere den Namen.
form-name = Name
form-kind = Art
form-from = von
form-until = bis
form-add-person-title = Eine Person hinzufügen
form-add-person = Person hinzufügen
form-add-company-title = Eine Firma hinzufügen
form-add-company = Firma hinzufügen
company-kind-app = eine App
company-kind-partner = ein Partner
company-kind-broker = ein Datenhändler
form-friends-title = Zwei Personen zu Freunden machen
form-friends-first = Erste Person
# Between the two friends' pickers (with its spaces).
form-friends-and = {" "}und{" "}
form-friends-message = sie schreiben einander Nachrichten
form-friends-add = Freundschaft hinzufügen
form-grant-title = Eine Person meldet sich bei einer Firma an
form-grant-person = Person, die sich anmeldet
# Between the person's picker and the company's.
form-grant-signs-in-to = {" "}meldet sich an bei{" "}
# The headings of the two sets of boxes of kinds of data.
form-grant-own = und gibt der Firma eigene Daten frei
form-grant-friends = und Daten von Freunden
form-grant-no-messages = Ein Kästchen für Nachrichten von Freunden gibt es nicht: Die eigenen Nachrichten einer Person enthalten schon alles, was andere ihr schreiben.
form-grant-asked = die Person wurde gefragt (Haken weg für eine Verbindung, nach der sie niemand gefragt hat: ein Deal)
form-grant-add = Freigabe hinzufügen
form-deal-title = Ein Deal mit der Plattform
# Before the company's picker.
form-deal-for = für{" "}
form-deal-friends = Freundesdaten, die die Firma über ihre Nutzer erreichen darf, auch wenn Apps es nicht dürfen
form-deal-ignores = auch wo die Einstellungen der Freunde Nein sagen
form-deal-all = Daten aller Nutzer, ohne Nachfrage
form-deal-add = Deal hinzufügen
form-transfer-title = Eine Firma gibt Daten an eine andere weiter
form-transfer-from = Firma, die Daten weitergibt
# Between the two companies' pickers.
form-transfer-hands-to = {" "}gibt weiter an{" "}
form-transfer-data = diese Daten
form-transfer-add = Weitergabe hinzufügen

## The editor around the forms

editor-title = Selbst bauen
editor-to-forms = Personen und Firmen hinzufügen ↓
editor-forms-title = Hinzufügen und entfernen
editor-forms-hint = Jedes Formular hier kann, was eine Geste auf dem Graphen kann, allein mit der Tastatur. Änderungen gelten sofort; „Rückgängig“ nimmt sie zurück.
editor-date-hint = Datumsangaben schreibst du als Jahr-Monat-Tag, etwa 2014-05-13; lass ein Feld leer, wenn es keine Grenze geben soll.
editor-to-graph = Zurück zum Bild ↑
# The button that undoes the change said in $change.
editor-undo = Rückgängig
editor-undo-label = Rückgängig: { $change }

## The lists of what a sandbox holds

# A list's $title and how many it holds ($count).
list-heading = { $title } ({ $count })
list-filter = Filtern
# $noun: what the list holds, as its title says it (list-*-noun).
list-filter-label = { $noun } nach Namen filtern
list-pages = Seiten der { $noun }
# An entry's dates, each field named with the entry's words ($entry).
list-from = Von: { $entry }
list-until = Bis: { $entry }
list-remove = Entfernen
list-remove-entry = Entfernen: { $entry }
# A person or company in the list, by $name.
list-name-of = Name von { $name }
list-remove-named = { $name } entfernen
list-platform-apps = Plattform-Apps an
list-apps-others-use = „Von anderen Nutzern verwendete Apps“:

## Entries in words

# $first and $second are friends; $messages: "yes" when they message each other.
entry-friendship = { $first } und { $second }{ $messages ->
    [yes] , die einander Nachrichten schreiben
   *[no] {""}
}
# A sign-in of $person to $company, for $scopes (a list); $asked: "no" when nobody asked them.
entry-grant = { $person } → { $company }: { $scopes }{ $asked ->
    [no] {" "}(nie gefragt)
   *[yes] {""}
}
# Friends' data of a kind, in a sign-in or a deal.
entry-friends = { $categories } der Freunde
entry-friends-whatever = { $categories } der Freunde, egal was ihre Einstellungen sagen
entry-every-user = { $categories } aller Nutzer
# $company's deal, over $parts (joined by semicolons).
entry-deal = Deal von { $company }: { $parts }
entry-transfer = { $from } → { $to }: { $categories }
# Each list's title, and what it holds in running text (German nouns keep their capital).
list-people = Personen
list-people-noun = Personen
list-companies = Firmen
list-companies-noun = Firmen
list-friendships = Freundschaften
list-friendships-noun = Freundschaften
list-grants = Freigaben
list-grants-noun = Freigaben
list-deals = Deals
list-deals-noun = Deals
list-transfers = Weitergaben
list-transfers-noun = Weitergaben

## Rules in bulk, for big networks

bulk = Regeln für viele
bulk-hint = Für große Netzwerke: eine Regel für einen Anteil der Personen, ausgewählt per nummerierter Ziehung (dieselbe Nummer wählt dieselben Personen). Ein „Rückgängig“ nimmt eine Regel zurück.
bulk-quiz-title = Ein Quiz, das ein Anteil der Personen installiert
bulk-quiz-app = App
bulk-quiz-share = installiert von (% der Personen)
bulk-draw = Ziehungsnummer
bulk-quiz-own = fragt die eigenen Daten ab
bulk-quiz-friends = und Daten von Freunden
bulk-quiz-add = Quiz installieren
# The form's name for assistive technology.
bulk-narrow-label = Ein Anteil der Personen schränkt die Einstellung für von anderen Nutzern verwendete Apps ein
bulk-narrow-title = Ein Anteil der Personen schränkt „Von anderen Nutzern verwendete Apps“ ein
bulk-narrow-share = Anteil (% der Personen)
bulk-narrow-keep = und lässt Apps von Freunden nur das sehen
bulk-narrow-add = Einstellungen einschränken
bulk-deal-title = Ein Partner-Deal über alle
bulk-deal-partner = Partner
bulk-deal-data = bekommt von allen Nutzern
bulk-deal-add = Deal hinzufügen
bulk-refuse-nobody = Noch gibt es niemanden zum Auswählen: Füg Personen hinzu oder lade ein Netzwerk.
# A $share that is not 1% to 100%.
bulk-refuse-share = Ein Anteil liegt zwischen 1 % und 100 % der Personen, nicht bei { $share } %.
bulk-refuse-no-scopes = Wähl mindestens eine Sache, nach der das Quiz fragt.
bulk-refuse-no-data = Wähl mindestens eine Art von Daten, die der Deal liefert.
bulk-refuse-person-id = „{ $id }“ ist die ID einer Person; wähl eine andere.
# The empty first choice of a form's drop-down list.
form-choose = auswählen …
