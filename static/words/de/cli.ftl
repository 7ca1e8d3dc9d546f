# Die eigenen Worte der Kommandozeile: ihre Hilfe und warum ein Befehl anhielt. Die
# Kommandozeile spricht Englisch; ihre Worte stehen hier, damit sie an einem Ort mit denen der
# Seite bleiben. Optionen, Befehle und Dateinamen ($option, $command, $name, $value, $argument)
# sind, wie sie eingegeben wurden, nie übersetzt. $error sind die eigenen Worte des Systems.

## Die Hilfe, nach jedem Fehler in der Kommandozeile gezeigt

# $formats ist eine Zeile für jedes Netzwerkformat, das import liest, mit seinen Endungen;
# $cutoff ist der Tag, ab dem Apps nicht mehr nach den Daten von Freunden fragen konnten. Eine
# Zeile, die mit {"  "} beginnt, behält ihre Leerzeichen.
cli-usage = Aufruf:
    {"  "}spillover-cli check FILE
    {"      "}Prüft eine Szenariodatei; gibt jedes Problem auf einer eigenen Zeile aus.
    {"  "}spillover-cli exposure FILE [--date YYYY-MM-DD] [--collected]
    {"      "}Gibt als JSON aus, welche Firma am Datum was sehen kann (das eigene Datum des
    {"      "}Szenarios, wenn keins angegeben ist); mit --collected, was jede Firma bis zu
    {"      "}diesem Datum gesammelt haben könnte.
    {"  "}spillover-cli import FILE [FILE2]
    {"      "}Liest ein Freundesnetzwerk, eine Datei oder zwei CSV-Dateien (Personen und
    {"      "}Freundschaften), und gibt es als Szenariodatei aus; Probleme gehen auf die
    {"      "}Standardfehlerausgabe, jedes mit Zeile und Spalte. Eine Datei wird an der Endung
    {"      "}ihres Namens erkannt oder (Standardeingabe, keine Endung) an ihrem Inhalt:
    { $formats }
    {"  "}spillover-cli layout FILE
    {"      "}Gibt als JSON aus, wo die Seite jede Person und jede Firma zeichnet (in
    {"      "}Layout-Einheiten, 1000 mal 640).
    {"  "}spillover-cli view ADDRESS [FILE]
    {"      "}Gibt als JSON aus, was die Seite unter ADDRESS zeigt (ein Link oder sein Teil ab dem
    {"      "}#): die Schlagzeile, die Tabelle der Firmen, die Bildunterschrift, die Zeile unter dem
    {"      "}Bild für jede Person und jede Firma, „Warum?“ für die Auswahl und wie viele
    {"      "}Datenpunkte die Tabelle listet. FILE ist das Szenario einer Adresse, die den
    {"      "}Sandkasten der Leserin oder des Lesers nennt (gespeichert mit „Als Datei speichern“).
    {"  "}spillover-cli link FILE
    {"      "}Gibt den Adressteil eines Links aus, der das ganze Szenario trägt (#data=…), wie
    {"      "}„Link kopieren“ der Seite ihn schreibt: Häng ihn an die Adresse der App, um die Datei
    {"      "}als Link zu teilen.
    {"  "}spillover-cli prerender [SLUG] [--lang CODE]
    {"      "}Gibt den ersten Bildschirm des eingebauten Szenarios SLUG (friends, wenn keins
    {"      "}angegeben ist) als HTML aus: was die Seite beim Öffnen zeigt, was der Build in
    {"      "}index.html schreibt, damit es vor und ohne Skripte lesbar ist. Mit --lang in dieser
    {"      "}Sprache (de, es; sonst Englisch), das Element mit lang und dir der Sprache markiert.
    {"  "}spillover-cli generate --model MODEL --people N --friends K --seed S --install-rate R
    {"                        "}[--opt-out R] [--permissions open|closed] [--figures]
    {"      "}Gibt ein erzeugtes Netzwerk als Szenariodatei aus: dasselbe Netzwerk, dieselben
    {"      "}Quiz-Installierenden und Einstellungen, die die Ansicht „Im großen Maßstab“ der Seite
    {"      "}für diese Wahl zeigt. MODEL ist barabasi-albert, watts-strogatz oder facebook-like;
    {"      "}N Personen (10 bis 100.000), K Freunde je Person im Durchschnitt, S eine ganze Zahl;
    {"      "}R ein Anteil von 0 bis 1 (--install-rate 0.01 ist 1 %); --opt-out der Anteil derer,
    {"      "}die „Von anderen Nutzern verwendete Apps“ eingeschränkt haben (0, wenn nicht angegeben);
    {"      "}Freundesberechtigungen offen, wenn nicht angegeben. Mit --figures gibt es nur die
    {"      "}Zahlen des ganzen Netzwerks als JSON aus (people, friendships, installers, reached,
    {"      "}reached_without_consent, per_installer), wie die Seite sie berechnet, für jede Größe,
    {"      "}die die Seite erzeugt (bis 1.000.000 Personen und 20.000.000 Freundschaften; eine
    {"      "}Szenariodatei fasst 100.000 Personen).
    {"  "}spillover-cli mine PATH... [--names]
    {"      "}Liest deinen eigenen Facebook-Export („Deine Informationen herunterladen“, Format
    {"      "}JSON): PATH ist seine ZIP-Datei (oder jeder ihrer Teile), sein entpackter Ordner oder
    {"      "}JSON-Dateien daraus. Gibt als JSON aus, wie viele Freunde du hast und wie viele schon
    {"      "}vor dem { $cutoff }, die Apps, die du verbunden hast (vor diesem Tag, danach, Datum
    {"      "}unbekannt), die Firmen, die Facebook deine Aktivitäten gesendet haben, und ihre
    {"      "}Ereignisse, die Werbetreibenden mit deinen Informationen und die gelesenen und nicht
    {"      "}verstandenen Dateien. Die Namen (von Freunden, Apps, Firmen, Werbetreibenden)
    {"      "}werden nur mit --names ausgegeben. Nur das Verzeichnis der ZIP-Datei und die wenigen
    {"      "}nötigen Dateien werden gelesen.
    {"  "}FILE darf - sein, um die Standardeingabe zu lesen. Dateien über 64 MB werden ungelesen abgelehnt.

## Die angegebene Kommandozeile

cli-no-command = kein Befehl angegeben
cli-unknown-command = unbekannter Befehl `{ $command }`
cli-unknown-option = unbekannte Option { $option }
cli-unexpected = unerwartetes Argument { $argument }
# $command ist check, link oder layout.
cli-takes-one-file = `{ $command }` nimmt genau eine FILE
cli-view-takes = `view` nimmt eine ADDRESS und höchstens eine FILE
cli-prerender-takes = `prerender` nimmt höchstens den Namen eines eingebauten Szenarios
cli-import-takes = `import` nimmt eine FILE oder zwei CSV-Dateien (Personen und Freundschaften)
cli-mine-needs = `mine` braucht einen PATH: die ZIP-Datei deines Exports (oder ihre Teile), seinen Ordner oder JSON-Dateien daraus
cli-date-needs = --date braucht ein Datum, YYYY-MM-DD
cli-needs-value = { $option } braucht einen Wert
# $what ist eine der Optionen, die generate braucht, wie eingegeben (--model, --people N, …).
cli-generate-needs = `generate` braucht { $what }
cli-not-a-model = --model: "{ $value }" ist kein Modell; die Modelle sind barabasi-albert, watts-strogatz und facebook-like
cli-not-a-seed = --seed: "{ $value }" ist keine ganze Zahl von 0 bis { $most }
cli-not-permissions = --permissions: "{ $value }" ist weder open noch closed
cli-not-whole = { $option }: "{ $value }" ist keine ganze Zahl
cli-not-a-share = { $option }: "{ $value }" ist kein Anteil von 0 bis 1 (0.01 ist 1 %)
cli-not-an-address = { $address } ist keine Adresse: Sie hat kein #
cli-no-builtin = es gibt kein eingebautes Szenario namens `{ $name }`; es gibt { $names }
cli-builtin-unreadable = das eingebaute Szenario `{ $name }` konnte nicht gelesen werden
# $what ist eine der vier danach oder eine Option.
cli-not-utf8 = { $what } ist kein gültiges UTF-8: { $argument }
cli-the-command = der Befehl
cli-the-address = die Adresse
cli-the-scenario-name = der Name des Szenarios
cli-an-option = eine Option

## Gelesene Dateien

# $kind ist scenario oder network.
cli-the-file = die { $kind ->
    [scenario] Szenariodatei
   *[network] Netzwerkdatei
} { $name }
cli-standard-input = die { $kind ->
    [scenario] Szenariodatei
   *[network] Netzwerkdatei
} auf der Standardeingabe
# Der Name, unter dem eine Datei von der Standardeingabe ausgegeben wird.
cli-standard-input-name = (Standardeingabe)
# $what ist cli-the-file oder cli-standard-input oder ein Pfad.
cli-cannot-read = { $what } lässt sich nicht lesen: { $error }
cli-cannot-read-folder = der Ordner { $folder } lässt sich nicht lesen: { $error }
cli-it-cannot-be-read = sie lässt sich nicht lesen: { $error }
# $what ist $megabytes groß (mit einer Nachkommastelle), über den $most, die eine Datei der Art $kind haben darf.
cli-too-big = { $what } ist { NUMBER($megabytes, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB groß; spillover-cli liest { $kind ->
    [scenario] Szenariodateien
   *[network] Netzwerkdateien
} bis { $most } MB, daher hat es nichts davon gelesen
cli-over = { $what } ist über { $most } MB groß; spillover-cli liest { $kind ->
    [scenario] Szenariodateien
   *[network] Netzwerkdateien
} bis { $most } MB, daher hat es dort aufgehört
cli-not-utf8-file = Zeile { $line }, Spalte { $column }: die Datei ist kein UTF-8-Text; speichere sie als UTF-8

## Was ein Befehl fand

# Eine gültige Szenariodatei, $name, und was sie enthält.
cli-valid = { $name }: gültig ({ $people } Personen, { $companies } Firmen, { $friendships } Freundschaften, { $grants } Freigaben, { $agreements } Deals, { $transfers } Weitergaben)
# In der Szenariodatei $name wurden $count Probleme gefunden.
cli-not-valid = { $name }: kein gültiges Szenario ({ $count } { $count ->
    [one] Problem
   *[other] Probleme
})
cli-not-imported = nicht importiert ({ $count } { $count ->
    [one] Problem
   *[other] Probleme
})
# Eine Anmerkung, was in einem importierten Netzwerk zusammengeführt oder weggelassen wurde.
cli-note = Anmerkung: { $note }
cli-cannot-write = die Ausgabe lässt sich nicht schreiben: { $error }
cli-cannot-write-report = der Bericht ließ sich nicht schreiben: { $error }
cli-cannot-write-layout = das Layout ließ sich nicht schreiben: { $error }
cli-cannot-write-view = die Ansicht ließ sich nicht schreiben: { $error }

## Eine Adresse, die kein Szenario nennt (spillover-cli view)

cli-view-scale = diese Adresse nennt „Im großen Maßstab“, das kein Szenario hat: `spillover-cli generate --figures` gibt seine Zahlen
cli-view-mine = diese Adresse nennt „Deine Daten“, das den eigenen Export der Person in ihrem Browser liest: `spillover-cli mine PATH` gibt seine Zahlen
cli-view-sandbox = diese Adresse nennt den Sandkasten der Person, der in ihrem Browser lebt: Gib seine Szenariodatei („Als Datei speichern“) nach der Adresse an

## --lang (spillover-cli prerender and view)

cli-lang-needs = --lang braucht den Code einer Sprache
cli-the-language = die Sprache
# $code: what was asked for; $codes: the languages there are, "en, de, es".
cli-lang-unknown = Spillover spricht kein `{ $code }`; es spricht { $codes }
