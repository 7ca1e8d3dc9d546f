# Long lists shown a page at a time: where the reader is, the pages, and "show more".
#
# $noun: what the list holds, in the plural and lower case ("rows", "people"), as the list
# gives it (list-*-noun, pager-rows, pager-problems).

pager-rows = rows
pager-problems = problems
# Where the reader is: rows $from to $to of $total.
pager-where = { $total ->
    [0] no { $noun }
   *[other] { $noun } { $from }–{ $to } of { $total }
}
pager-first = First page
pager-previous = Previous page
pager-next = Next page
pager-last = Last page
pager-page-of = page { $page } of { $pages }
# Before the choice of how many a page holds.
pager-per-page = { $noun } per page
# $shown of $total lines are shown; a button shows $more more.
more-shown = { $shown } of { $total } { $noun } shown.
more-show = Show { $more } more

## Finding among many by part of a name

find-placeholder = type part of a name
find-matches = Matches
# How many match: $shown of $total.
find-status = { $total ->
    [0] nobody by that name
   *[other] { $shown ->
        [one] { $shown } match
       *[other] { $shown } matches
    }
}
find-status-some = { $shown } of { $total } matches
# The summary that opens a person's settings in the sandbox's list of people.
list-settings = settings
# The kind of a company in the sandbox's list of companies ($kind: app, partner or broker).
list-company-kind = { $kind ->
    [partner] partner
    [broker] data broker
   *[app] app
}
