# Warum der eigene Facebook-Export oder eine seiner Dateien nicht gelesen wurde („Deine Daten“).
# Jede Nachricht gilt einer Datei und steht nach ihrem Pfad. Feldnamen in `Backticks` gehören
# zum Export, wie Facebook sie schreibt; $path und $why sind Worte des Exports oder eines
# anderen Lesers.

## Eine Datei des Exports

# $megabytes mit einer Nachkommastelle; $most ist die Grenze in ganzen Megabyte.
export-too-big = sie ist { NUMBER($megabytes, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB groß; Spillover liest Dateien eines Exports bis { $most } MB, daher wurde sie nicht gelesen
export-elsewhere = sie heißt wie eine Datei, die Spillover liest, liegt aber in einem Ordner, in den Facebook-Exporte sie nicht legen (ist es der Export einer anderen Plattform?)
# $why ist, was der Leser der Datei sagte.
export-not-understood = sie konnte nicht verstanden werden: { $why }
# $count Zeilen einer Liste ohne Namen.
export-unnamed = { $count } { $count ->
    [one] Zeile
   *[other] Zeilen
} ohne Namen weggelassen
export-no-activity-lists = sie enthält weder `off_facebook_activity` noch `off_facebook_activity_v2`, die Listen einer Datei mit Aktivitäten außerhalb von Facebook
export-advertisers-list = sie enthält eine Liste, wo eine Datei der Werbetreibenden ein Objekt enthält
export-no-uploaded-lists = sie enthält weder `custom_audiences` noch `custom_audiences_v2` noch `label_values`, die Listen dieser Datei
export-no-using-lists = sie enthält weder `custom_audiences_all_types_v2` noch `label_values`, die Listen dieser Datei
export-apps-list = sie enthält eine Liste, wo eine Datei der Apps ein Objekt mit `installed_apps_v2` enthält
export-no-apps-lists = sie enthält weder `installed_apps` noch `installed_apps_v2`, die Listen einer Datei der Apps
export-friends-list = sie enthält eine Liste, wo eine Datei der Freunde ein Objekt mit `friends_v2` enthält
export-no-friends-lists = sie enthält weder `friends` noch `friends_v2`, die Listen einer Datei der Freunde

## Ihr JSON

# Ein $problem am JSON-Pfad $path eines Werts.
export-json-at = bei { $path }: { $problem }
# $at ist, wo, wie problem-at-position es sagt; $detail sind die eigenen Worte des JSON-Lesers (Englisch).
export-json-deep = sie ist mehr als 128 Ebenen tief verschachtelt ({ $at }); kein Export ist das, daher wurde sie nicht gelesen
export-json-eof = sie endet zu früh ({ $at }); ist sie abgeschnitten?
export-json-syntax = sie ist kein gültiges JSON: { $detail } ({ $at })
export-json-data = { $detail } ({ $at })

## Der Export als Ganzes

export-none-understood = keine der Dateien des Exports, die Spillover liest, konnte verstanden werden; jede ist mit dem Grund gelistet
export-nothing-opened = nichts von dem, was du gegeben hast, ließ sich öffnen; jeder Teil ist mit dem Grund gelistet
# $files Dateien wurden gegeben, keine davon Teil eines Facebook-Exports.
export-not-found = unter { $files } { $files ->
    [one] Datei
   *[other] Dateien
} wurde kein Teil eines Facebook-Exports gefunden: Spillover liest die Freundesliste, die verbundenen Apps, die Aktivitäten außerhalb von Facebook und die Werbetreibenden des JSON-Exports (etwa connections/friends/your_friends.json)
export-html = das ist ein HTML-Export: Facebook hat ihn zum Lesen in einem Browser geschrieben, und Spillover liest den JSON-Export. Fordere deine Informationen bei Facebook noch einmal an, mit dem Format JSON (Einstellungen, „Deine Informationen herunterladen“, Format: JSON, Zeitraum: Gesamter Zeitraum)
# Ein gegebener Teil, der keine ZIP-Datei ist; $why sind die Worte des ZIP-Lesers.
export-not-a-zip = er konnte nicht als ZIP-Datei geöffnet werden: { $why }
export-lost = er ging verloren

## Die auf diesem Gerät behaltene Kopie

# $error sind die eigenen Worte des JSON-Lesers.
export-kept-damaged = die auf diesem Gerät behaltene Kopie ist beschädigt ({ $error })
export-kept-version = die auf diesem Gerät behaltene Kopie hat eine andere Version ({ $format } { $version }), als diese Seite liest
export-kept-list = die auf diesem Gerät behaltene Kopie nennt eine Liste, die diese Seite nicht kennt
export-kept-both = die auf diesem Gerät behaltene Kopie ist beschädigt (eine Datei zugleich gelesen und nicht)
export-kept-section = die auf diesem Gerät behaltene Kopie nennt einen Teil, den diese Seite nicht kennt
# Ein Teil des Exports, eine ZIP-Datei, der beim Lesen nicht mehr da war.
export-zip-lost = seine ZIP-Datei ging verloren
