# Sharing a view: its link, and the code that embeds it in another page.

share-copy-link = Link kopieren
share-link-copied = Link kopiert: Er öffnet genau diese Ansicht.
share-copy-not-allowed = Kopieren ist hier nicht erlaubt; kopier den Link unten.
share-link = Link zu dieser Ansicht
embed = Einbetten
embed-title = Diese Ansicht in eine Seite einbetten
embed-hint = Füg das in das HTML deines Artikels ein. Das Skript passt die Größe des Rahmens an; ohne das Skript behält der Rahmen die Höhe unten. Geladen wird nur etwas von dieser Website.
embed-code = Code
embed-copy = Code kopieren
embed-copied = Kopiert.
embed-copy-failed = Markier den Code und kopier ihn.
embed-close = Schließen
embed-height = Höhe
embed-theme = Farbschema
embed-theme-auto = wie im System eingestellt
embed-theme-light = hell
embed-theme-dark = dunkel
# Where an embedded story starts: the view shown, or one of its steps.
embed-start = Start
embed-start-view = die gezeigte Ansicht
embed-start-step = Schritt { $step }
embed-controls = Bedienelemente
embed-controls-story = die Geschichte
embed-controls-timeline = die Zeitleiste
embed-controls-both = beides
embed-controls-none = keine: nur der Graph
embed-preview = Vorschau
embed-preview-width = Vorschaubreite
embed-preview-article = Artikelspalte (680 px)
embed-preview-phone = Handy (360 px)
# The preview fitted to $fitted px with the script; $height px without it.
embed-preview-fitted = So sehen es die Leser: mit dem Skript { $fitted } px hoch, der Rahmen an seinen Inhalt angepasst (ohne das Skript { $height } px).
embed-preview-loading = { $height } px hoch, bis die Vorschau geladen ist.
embed-preview-frame = Vorschau der eingebetteten Ansicht

## Saving a sandbox's network

save-gexf = Als GEXF speichern
save-graphml = Als GraphML speichern

## Finding someone on the graph

search = Person oder Firma finden
