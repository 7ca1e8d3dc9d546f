# Warum eine Netzwerkdatei (eine Kantenliste, CSV, GraphML oder GEXF) nicht importiert werden
# kann, und was unterwegs zusammengeführt oder weggelassen wurde. Jedes Problem steht nach dem
# Namen seiner Datei und seiner Zeile (und Spalte), damit man es findet. $file, $id, $name,
# $value und $found gehören zur Datei, gekürzt, und werden nie übersetzt; Wörter der Formate in
# `Backticks` bleiben, wie die Dateien sie schreiben.

## Wo

# Der Ort eines Problems: der Name der Datei $file und ihre $line (und $column).
network-at-line = { $file }, Zeile { $line }
network-at-column = { $file }, Zeile { $line }, Spalte { $column }

## Welches Format

# Der Name der Kantenliste, wie die Hilfe und die README ihn nennen (CSV, GraphML und GEXF sind Namen).
network-edge-list = Kantenliste
network-unknown-format = Spillover erkennt nicht, welches Netzwerkformat das ist: Gib der Datei einen Namen, der auf .txt oder .edges (eine Kantenliste), .csv, .graphml oder .gexf endet
network-no-file = es wurde keine Datei angegeben
network-one-or-two = wähl eine Netzwerkdatei oder zwei CSV-Dateien zusammen (eine mit Personen, eine mit Freundschaften)
# $files ist, wie viele Dateien angegeben wurden.
network-nothing = { $files ->
    [one] die Datei nennt
   *[other] die Dateien nennen
} keine Personen und keine Freundschaften, es gibt also nichts zu importieren
# $detail sind die eigenen Worte des XML-Lesers (auf Englisch).
network-xml = das ist kein wohlgeformtes XML: { $detail }
# $format ist GraphML oder GEXF; $found ist das erste Element der Datei, $root das, das es sein muss.
network-xml-root = das ist kein { $format }: sein erstes Element ist <{ $found }>, nicht <{ $root }>

## Personen und Freundschaften

# $line ist, wo die ID zuerst angegeben wurde.
network-id-twice = `{ $id }` ist schon angegeben, in Zeile { $line }; jede ID wird einmal angegeben
# Höchstens $most Bytes; die ID (gekürzt gezeigt, $id…) hat $count.
network-id-too-long = eine ID hat höchstens { $most } Bytes; `{ $id }…` hat { $count }
network-name-too-long = der Name "{ $name }…" ist länger als { $most } Zeichen
network-name-control = der Name enthält ein Steuerzeichen oder ein Nichtzeichen
network-company-friend = `{ $id }` ist eine Firma; Freundschaften verbinden zwei Personen
# Eine Freundschaft, die ($until) am Tag ihres Beginns ($from) oder davor endet.
network-never-active = die Freundschaft endet ({ $until }) vor oder an dem Tag, an dem sie beginnt ({ $from })
network-messages = `messages` ist true oder false (yes oder no, 1 oder 0), nicht "{ $value }"
# Nach den ersten hundert Problemen: wie viele es noch gibt.
network-more-problems = und { $count } weitere Probleme
# Das Netzwerk ließ sich lesen, ergibt aber kein gültiges Szenario; $problem sagt, warum.
network-not-a-scenario = das Netzwerk ließ sich lesen, aber nicht als Szenario: { $problem }

## CSV und Kantenlisten

# Eine Zeile mit $cells Zellen, wobei die ID in Zelle $cell steht.
network-csv-no-id = diese Zeile hat { $cells } Zellen; die ID steht in Zelle { $cell }
network-csv-two-columns = die Datei der Freundschaften braucht zwei Spalten für die Freunde, mit den Namen `a,b`, `source,target` oder `from,to`
# $file ist der Name der Datei mit den Personen.
network-csv-no-person = keine Person in { $file } hat die ID `{ $id }`
# $delimiter ist das Trennzeichen der Datei (ein Komma oder ein Semikolon); $found, was stattdessen kam.
network-csv-after-quote = nach einem schließenden Anführungszeichen kommt `{ $delimiter }` oder das Zeilenende, nicht `{ $found }`; ein Anführungszeichen in einer Zelle in Anführungszeichen wird doppelt geschrieben ("")
network-csv-unclosed = diese Zelle in Anführungszeichen wird nie geschlossen: Ihr schließendes `"` fehlt
# Eine Zeile einer Kantenliste mit nur einer ID; $commas ist yes, wenn sie ein Komma oder Semikolon enthält.
network-edges-one-id = eine Zeile nennt eine Freundschaft als zwei IDs, `a b`; diese hat nur `{ $id }`{ $commas ->
    [yes] ; wenn die Datei kommagetrennt ist, gib ihr einen Namen, der auf .csv endet
   *[no] {""}
}

## Was zusammengeführt oder weggelassen wurde, in der Beschreibung des importierten Netzwerks

# $count erneut gelistete Freundschaften; die erste Wiederholung steht in $file in Zeile $line.
network-note-repeated = { $count } erneut { $count ->
    [one] gelistete Freundschaft
   *[other] gelistete Freundschaften
} (dieselben zwei Personen, in beliebiger Reihenfolge) mit der ersten zusammengeführt; die erste Wiederholung: { $file }, Zeile { $line }
# $count Zeilen, die jemanden mit sich selbst verbinden; die erste steht in $file in Zeile $line.
network-note-loops = { $count } { $count ->
    [one] Zeile, die jemanden mit sich selbst verbindet, weggelassen
   *[other] Zeilen, die jemanden mit sich selbst verbinden, weggelassen
}; die erste: { $file }, Zeile { $line }
# Der Anfang der Beschreibung des importierten Netzwerks: die Datei $file, aus der es kam.
network-imported-from = Importiert aus { $file }.

## Mehr zur Form der Dateien

network-csv-which-file = Spillover erkennt nicht, welche Datei die Personen und welche die Freundschaften enthält: Gib der Datei der Personen die Spalten `id,name` und der Datei der Freundschaften `a,b` (oder `source,target`)
# $format ist GEXF oder GraphML.
network-no-graph = diese { $format }-Datei enthält kein <graph>
network-xml-doctype = Spillover liest keine Dokumenttyp-Deklaration (`<!DOCTYPE …>`): Entferne sie und lade die Datei noch einmal
network-xml-node-id = ein <node> braucht ein Attribut `id`
network-xml-edge-ends = eine <edge> braucht die Attribute `source` und `target`
