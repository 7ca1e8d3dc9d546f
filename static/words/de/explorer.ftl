# The scenarios' page: the headline above the graph.

## The headline: what a scenario comes to, in one line.

# $said_yes: people who said yes to some company; $reached: people some company holds;
# $without_consent: of those, people held by a company they never said yes to.
headline = { $said_yes ->
    [one] { $said_yes } Person hat zugestimmt.
   *[other] { $said_yes } Personen haben zugestimmt.
} { $reached ->
    [one] { $reached } wurde erreicht
   *[other] { $reached } wurden erreicht
}{ $without_consent ->
    [0] .
   *[other] , { $without_consent } davon von einer Firma, die nie ihre Zustimmung hatte.
}
# Follows the headline: the company that reached most people who never said yes to it, and
# how many of them ($consented) said yes.
headline-top = { $company }: { $reached } erreicht, { $consented ->
    [0] niemand hat zugestimmt.
    [one] { $consented } hat zugestimmt.
   *[other] { $consented } haben zugestimmt.
}

## The time line

timeline = Zeitleiste
timeline-play = ▶ Abspielen
timeline-play-label = Durch die Zeit abspielen
timeline-pause = ❚❚ Pause
timeline-pause-label = Pause
# Before the date shown.
timeline-date = Datum
timeline-previous = ◀ Vorige Änderung
timeline-previous-title = Zum vorigen Datum, an dem sich etwas geändert hat
timeline-next = Nächste Änderung ▶
timeline-next-title = Zum nächsten Datum, an dem sich etwas ändert
# What the slider says: the $date, and the $era it falls in.
timeline-date-era = { $date }, { $era }
# An era on the band: its words, from $from to $until.
timeline-era-span = { $era } ({ $from } bis { $until })

## What the view shows

modes = Zeigen
mode-access = was Firmen an diesem Tag sehen können
mode-collected = was Firmen bis zu diesem Tag gesammelt haben könnten

## The companies' table

figures-caption = { $mode ->
    [collected] Wen jede Firma bis zu diesem Tag erreicht haben könnte
   *[access] Wen jede Firma an diesem Tag erreichen kann
}

## How to read the graph

legend = So liest du den Graphen
legend-note = Jede Linie von einer Person zu einer Firma steht für Daten, die diese Firma an diesem Tag sehen kann (in der Ansicht „gesammelt“: bis dahin gesammelt haben könnte), gezeichnet nach dem stärksten Grund:
legend-exposed = eine Person, deren Daten ohne ihre Zustimmung eine Firma erreichten
legend-consented = eine Person, die zugestimmt hat und von niemand anderem erreicht wurde
legend-untouched = eine Person, die nirgends zugestimmt hat und nicht erreicht wurde
legend-shield = äußerer blauer Ring: Die Einstellungen der Person hielten einige Daten zurück
legend-company = eine Firma: eine App, ein Partner oder ein Datenhändler
legend-friends = Freunde (dick, wenn sie einander Nachrichten schreiben)
legend-transfer = eine Firma gibt Daten an eine andere weiter
legend-kept = gepunktet, mit einem Ring am Ende: Daten, die die Firma früher gesammelt haben könnte, an diesem Tag aber nicht mehr sehen kann (Ansicht „gesammelt“)
legend-ghost = dünne graue Striche: was ein Was-wäre-wenn wegnimmt

## A source in the list: its title, then who published it and when ($by)

source-by = {" "}({ $by })

## The key to the time line

timeline-key = Legende der Zeitleiste
# The era of the date shown ($era, as era-* says it).
timeline-now = Jetzt: { $era }
timeline-now-before = Jetzt: vor der Öffnung der Freundesberechtigungen
timeline-sources = Auf dem Band nummeriert: wann welche Quelle erschien (zum Hinspringen):
# A source's mark on the band: its $number and its $label.
timeline-source = ◆ { $number } { $label }
timeline-deals = Deals, je eine Linie unter dem Band (ein blasser, gepunkteter Anfang: Keine Quelle nennt den Tag, und die durchgezogene Linie beginnt an einem Platzhalter):

# Beside a figure a what-if changed: the change, against the scenario as it happened.
figures-against = im Vergleich zum Szenario, wie es geschah

## The scenario's introduction

# The real event's source: its $publisher and $date.
intro-scale-source = { $publisher }, { $date }
intro-shared = Dieses Szenario kam im Link mit, den du geöffnet hast; nichts wurde von irgendwoher geladen.
intro-keep-copy = Eine Kopie in meinen Sandkästen behalten
intro-sandbox-kept = Dein Sandkasten wird in diesem Browser aufbewahrt. „Link kopieren“ packt den ganzen Sandkasten in den Link, sodass ihn alle sehen, die ihn öffnen; nichts läuft über einen Server.
intro-sandbox-period = Apps dürfen von 2010-04-21 bis 2015-04-30 Freundesdaten abfragen, so wie es die Freundesberechtigungen der Graph API auf der echten Plattform erlaubten (vereinfacht: Apps konnten Freundesdaten schon ab 2007 erreichen). Ein Quiz, das ein Freund installiert, erreicht so die anderen. Ändern kannst du das unten bei „Apps dürfen Freundesdaten abfragen“.
intro-sandbox-empty = Dieser Sandkasten ist leer.
intro-sandbox-start = Mit einem Quiz und fünf Freunden beginnen
# After intro-sandbox-start, a button.
intro-sandbox-or-add = {" "}oder unten Personen hinzufügen.

## Dragging on the graph (in a sandbox)

drag = Ziehen auf dem Graphen
drag-moves = verschiebt Personen und Firmen
drag-connects = verbindet sie: Person zu Person macht sie zu Freunden, Person zu Firma beginnt eine Freigabe

## Saving what is shown

save = Speichern
save-label = Speichern:
save-png = Bild (PNG)
save-svg = Bild (SVG)
save-csv = Tabelle (CSV)
# $what: one of save-png, save-svg, save-csv.
save-done = { $what } gespeichert.
save-failed = { $what } konnte in diesem Browser nicht gespeichert werden.

## The embedded view

embed-open-full = Ganz öffnen ↗
embed-shared = Dieses Szenario kam in dem Link mit, der es zeigt, nicht aus den eingebauten Geschichten von Spillover: Was es behauptet und zitiert, verantwortet, wer den Link gemacht hat.
# At the foot of an embedded view: what Spillover is, and the scenario's sources ($sources,
# their publishers joined by semicolons; $count of them).
embed-attribution = Spillover: eine interaktive Erklärung, wie Daten zu Firmen gelangten, mit denen die Menschen nie zu tun hatten. Die Personen sind erfunden; { $count ->
    [0] dieses Szenario nennt keine Quellen.
   *[other] Quellen: { $sources }.
}
announcements = Mitteilungen

## Notices

notice-link = Ein Teil dieses Links konnte nicht verwendet werden:
notice-dismiss = Ausblenden
notice-download = Gespeicherte Daten herunterladen
notice-start-afresh = Neu anfangen (sie vergessen)
notice-forget = Vergessen
notice-not-loaded = Diese Datei wurde nicht geladen; deine Arbeit ist unverändert. Was mit der Datei nicht stimmt:

## The facts' table

table-company = Firma
table-person = Person
table-data = Daten
table-why = Warum
table-how = Wie
# After the way data came, the friend or company it came through.
table-via = {" "}(über { $via })
table-pages = Seiten der Datenpunkte
# The table's caption: $facts facts.
table-caption = { $facts ->
    [one] { $facts } Datenpunkt: welche Firma welche Daten von wem erreichen konnte, und warum
   *[other] { $facts } Datenpunkte: welche Firma welche Daten von wem erreichen konnte, und warum
}
