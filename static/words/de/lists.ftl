# Long lists shown a page at a time: where the reader is, the pages, and "show more".
#
# $noun: what the list holds, in the plural ("Zeilen", "Personen"), as the list gives it
# (list-*-noun, pager-rows, pager-problems).

pager-rows = Zeilen
pager-problems = Probleme
# Where the reader is: rows $from to $to of $total.
pager-where = { $total ->
    [0] keine { $noun }
   *[other] { $noun } { $from }–{ $to } von { $total }
}
pager-first = Erste Seite
pager-previous = Vorige Seite
pager-next = Nächste Seite
pager-last = Letzte Seite
pager-page-of = Seite { $page } von { $pages }
# Before the choice of how many a page holds.
pager-per-page = { $noun } pro Seite
# $shown of $total lines are shown; a button shows $more more.
more-shown = { $shown } von { $total } { $noun } angezeigt.
more-show = { $more } weitere zeigen

## Finding among many by part of a name

find-placeholder = Teil eines Namens eingeben
find-matches = Treffer
# How many match: $shown of $total.
find-status = { $total ->
    [0] niemand mit diesem Namen
   *[other] { $shown ->
        [one] { $shown } Treffer
       *[other] { $shown } Treffer
    }
}
find-status-some = { $shown } von { $total } Treffern
# The summary that opens a person's settings in the sandbox's list of people.
list-settings = Einstellungen
# The kind of a company in the sandbox's list of companies ($kind: app, partner or broker).
list-company-kind = { $kind ->
    [partner] Partner
    [broker] Datenhändler
   *[app] App
}
