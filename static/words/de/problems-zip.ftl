# Warum eine ZIP-Datei eines Exports oder einer ihrer Einträge nicht gelesen wurde. $name ist der
# Name eines Eintrags in der ZIP-Datei, wie er geschrieben wurde, nie übersetzt; Bytepositionen
# und Größen stehen als Zahlen ohne Gruppierung, wie Werkzeuge für ZIP-Dateien sie zeigen.

## Ein abgelehnter Eintrag

# $name und $why, warum er abgelehnt wurde (eine der drei Nachrichten danach).
zip-entry-refused = "{ $name }": { $why }
zip-path-outside = sein Pfad führt aus dem Export hinaus (ein absoluter Pfad oder `..`), daher wurde er nie verwendet
zip-encrypted = er ist verschlüsselt, daher konnte er nicht gelesen werden
# $method ist die Nummer, mit der ZIP angibt, wie ein Eintrag komprimiert ist.
zip-method = er ist mit Methode { $method }{ $known ->
    [deflate64] {" "}(deflate64)
    [bzip2] {" "}(bzip2)
    [lzma] {" "}(LZMA)
    [zstandard] {" "}(Zstandard)
    [xz] {" "}(XZ)
    [aes] {" "}(AES-Verschlüsselung)
   *[none] {""}
} komprimiert, die Spillover nicht liest (nur stored und deflate)
zip-no-entry = es gibt keinen Eintrag { $index } in dieser ZIP-Datei
zip-folder = "{ $name }" ist ein Ordner, keine Datei
# $size entpackt, über den $most, die Spillover liest (jeweils zip-megabytes).
zip-too-big = "{ $name }" ist entpackt { $size } groß; Spillover liest Dateien eines Exports bis { $most }, daher wurde sie nicht gelesen
zip-stored-size = "{ $name }" ist in { $compressed } Bytes für { $size } entpackte gespeichert, was kein ZIP-Programm tut; die Datei ist beschädigt
zip-runs-into-next = die Daten von "{ $name }" reichen in den nächsten Eintrag (bis Byte { $end }, über Byte { $limit } hinaus): der Trick einer ZIP-Bombe oder eine beschädigte Datei; sie wurden nicht gelesen
zip-no-local-header = es gibt keinen Header für "{ $name }" an Byte { $byte }, wo das Verzeichnis ihn angibt; die Datei ist beschädigt
zip-headers-disagree = die beiden Header von "{ $name }" widersprechen sich darin, wie er komprimiert ist; die Datei ist beschädigt
zip-does-not-unpack = "{ $name }" lässt sich nicht entpacken: seine komprimierten Daten sind beschädigt
zip-unpacks-short = "{ $name }" ergibt entpackt { $bytes } Bytes, nicht die { $size }, die sein Verzeichnis angibt; die Datei ist beschädigt
zip-checksum = "{ $name }" ist beschädigt: seine Prüfsumme passt nicht zu seinen Daten
zip-bomb = "{ $name }" ergibt entpackt mehr als die { $size } Bytes, die sein Verzeichnis angibt: eine ZIP-Bombe oder eine beschädigte Datei; er wurde nicht gelesen

## Die ZIP-Datei als Ganzes

zip-not-a-zip = kein ZIP-Verzeichnis am Ende ihrer { $bytes } Bytes: Das ist keine ZIP-Datei, oder sie ist abgeschnitten (ein Download, der nicht fertig wurde)
zip-too-short = sie ist { $bytes } Bytes lang, zu kurz für eine ZIP-Datei
zip-split = diese ZIP-Datei ist über mehrere Datenträger oder Dateien verteilt (.z01, .z02, …), was Spillover nicht liest; die Teile von Facebook sind ganze ZIP-Dateien, jede für sich gelesen
zip-no-record64 = die ZIP-Datei sagt, ihr Verzeichnis stehe in einem ZIP64-Eintrag, hat aber keinen; die Datei ist beschädigt
zip-locator-past = der ZIP64-Verweis (an Byte { $locator }) zeigt auf Byte { $record }, hinter sich selbst; die Datei ist beschädigt
zip-no-end64 = es gibt keinen ZIP64-Endeintrag an Byte { $record }, wohin sein Verweis zeigt; die Datei ist beschädigt
zip-too-many = die ZIP-Datei listet { $entries } Einträge; Spillover liest ZIP-Dateien mit bis zu { $most }
zip-directory-too-many = das Verzeichnis der ZIP-Datei listet mehr als { $most } Einträge; Spillover liest ZIP-Dateien mit bis zu so vielen
zip-directory-too-big = das Verzeichnis der ZIP-Datei ist { $size } groß; Spillover liest Verzeichnisse bis { $most }
zip-directory-past-end = das Verzeichnis der ZIP-Datei (Bytes { $start } bis { $end }) reicht über ihren Endeintrag hinaus (an Byte { $record }); die Datei ist beschädigt oder abgeschnitten
# Der Eintrag Nummer $entry des Verzeichnisses, an $byte, ist beschädigt: $why (eine der zwei
# danach oder zip-field-missing).
zip-directory-damaged = das Verzeichnis der ZIP-Datei ist bei seinem Eintrag { $entry } beschädigt (Byte { $byte }): { $why }
zip-no-file-header = dort steht kein Dateikopf
zip-name-past-end = sein Name und seine Felder reichen über das Ende des Verzeichnisses hinaus
# $what ist size, compressed oder position.
zip-field-missing = { $what ->
    [size] seine Größe steht
    [compressed] seine komprimierte Größe steht
   *[position] seine Position steht
} in einem ZIP64-Feld, das fehlt oder zu kurz ist
zip-count-disagrees = das Verzeichnis der ZIP-Datei enthält { $counted } Einträge, aber ihr Endeintrag sagt { $said }; die Datei ist beschädigt
zip-overlap = die Einträge "{ $name }" und "{ $other }" überlappen: der Trick einer ZIP-Bombe oder eine beschädigte Datei; nichts aus dieser ZIP-Datei wurde verwendet
zip-past-directory = der Eintrag "{ $name }" reicht über den Anfang des Verzeichnisses hinaus (Byte { $byte }); die Datei ist beschädigt, und nichts daraus wurde verwendet
zip-out-of-order = die ZIP-Datei wurde in der falschen Reihenfolge gelesen
zip-open-already = die ZIP-Datei ist schon geöffnet

## Ihre Bytes lesen

# $what brauchte die Bytes $start bis $end, und nur $there waren da: $what ist zip-its-end oder
# der Name eines Eintrags.
zip-ended-early = die Datei endete zu früh: { $what } brauchte die Bytes { $start } bis { $end }, und { $there } waren da; ist der Download abgeschnitten?
zip-its-end = das Ende der ZIP-Datei
# Die eigenen Worte des Systems, was schiefging, sind $error.
zip-no-length = die Länge der Datei lässt sich nicht bestimmen: { $error }
zip-cannot-read = die Bytes { $start } bis { $end } lassen sich nicht lesen: { $error }
# Eine Größe in Megabyte, mit einer Nachkommastelle.
zip-megabytes = { NUMBER($megabytes, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
