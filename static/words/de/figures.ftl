# The figures beside the graph: the companies' table, the caption after the view changed,
# and what a screen reader hears.
#
# $company: a company's name. $date: a date (2015-04-30).

## The companies' table
# The headings may hold soft hyphens (U+00AD), where a narrow phone may break a long word.

figures-company = Firma
figures-reached = Erreicht
figures-said-yes = Zu­ge­stimmt
figures-never-said-yes = Nie zu­ge­stimmt
figures-reach-per-yes = Reich­weite pro Zu­stim­mung
# What "Reach per yes" means (the heading's title).
figures-reach-per-yes-means = erreichte Personen pro Person, die zugestimmt hat
# A company's reach per yes: $ratio people reached for each person who said yes.
figures-ratio = ×{ NUMBER($ratio, minimumFractionDigits: 1, maximumFractionDigits: 1) }
# The reach-per-yes cell of a company nobody said yes to: there is no "per yes" to count.
figures-none-said-yes = keiner stimmte zu

# While the collected view over many change days is counted ($percent done).
figures-counting = Berechnung läuft ({ $percent } %): was Firmen bis zum { $date } gesammelt haben könnten. Bis dahin zeigen Bild und Zahlen, was sie am { $date } sehen können.

## The caption under the graph: the date, the era that starts on it, and each company whose
## reach differs from the scenario as it happened (a what-if is on) or from the day before
## (something starts or ends on the date), joined by semicolons; else each company's reach.

# The caption's start: the date shown ($date), then what follows.
caption-date = { $date }:
# The same when a what-if is on: the figures are compared with the scenario as it happened.
caption-date-what-if = { $date }, mit dem Was-wäre-wenn:
# After an era's start (caption-era), when a what-if is on.
caption-what-if-start = Mit dem Was-wäre-wenn:
# $era: the era's words (era-*); $illustrative: "yes" when its first day is illustrative.
caption-era = { $era } ab diesem Tag{ $illustrative ->
    [yes] {" "}(ein Datum zur Veranschaulichung)
   *[no] {""}
}.
# A company whose sign-in or deal starts on the day by a stand-in for an unknown start.
caption-stand-in = { $company }*
# After the changes, when one of them is marked so.
caption-stand-in-note = *Beginn nicht bekannt: ein Platzhaltertag.
caption-change = { $company } { $before } → { $after }
caption-reaches = { $company } erreicht { $after }
# After the first three changes.
caption-more = { $count } weitere
caption-none-changed = bei keiner Firma hat sich die Reichweite geändert.
caption-nobody-reached = keine Firma erreicht jemanden.
# The same, after a sentence (an era's start).
caption-none-changed-start = Bei keiner Firma hat sich die Reichweite geändert.
caption-nobody-reached-start = Keine Firma erreicht jemanden.

## What a screen reader hears after the view changed

describe-none-changed = Bei keiner Firma hat sich die Reichweite geändert.
# $now: "yes" when the reach changed from an earlier view.
describe-company = { $company } { $now ->
    [yes] erreicht jetzt
   *[no] erreicht
} { $reached ->
    [one] { $reached } Person
   *[other] { $reached } Personen
}, { $without } davon ohne Zustimmung.
describe-more = { $count ->
    [one] Bei { $count } weiteren Firma hat sich etwas geändert.
   *[other] Bei { $count } weiteren Firmen hat sich etwas geändert.
}
