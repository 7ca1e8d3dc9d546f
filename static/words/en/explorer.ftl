# The scenarios' page: the headline above the graph.

## The headline: what a scenario comes to, in one line.

# $said_yes: people who said yes to some company; $reached: people some company holds;
# $without_consent: of those, people held by a company they never said yes to.
headline = { $said_yes ->
    [one] { $said_yes } person said yes.
   *[other] { $said_yes } people said yes.
} { $reached ->
    [one] { $reached } was reached
   *[other] { $reached } were reached
}{ $without_consent ->
    [0] .
   *[other] , { $without_consent } of them by a company they never said yes to.
}
# Follows the headline: the company that reached most people who never said yes to it, and
# how many of them ($consented) said yes.
headline-top = { $company }: { $reached } reached, { $consented ->
    [0] none said yes.
   *[other] { $consented } said yes.
}

## The time line

timeline = Time line
timeline-play = ▶ Play
timeline-play-label = Play through time
timeline-pause = ❚❚ Pause
timeline-pause-label = Pause
# Before the date shown.
timeline-date = Date
timeline-previous = ◀ Previous change
timeline-previous-title = Go to the previous date where something changed
timeline-next = Next change ▶
timeline-next-title = Go to the next date where something changed
# What the slider says: the $date, and the $era it falls in.
timeline-date-era = { $date }, { $era }
# An era on the band: its words, from $from to $until.
timeline-era-span = { $era } ({ $from } to { $until })

## What the view shows

modes = Show
mode-access = what companies can see on this date
mode-collected = what companies could have collected up to this date

## The companies' table

figures-caption = { $mode ->
    [collected] Who each company could have reached up to this date
   *[access] Who each company can reach on this date
}

## How to read the graph

legend = How to read the graph
legend-note = Each line from a person to a company is data that company can see on this date (in "what companies could have collected up to this date": data it could have collected up to it), drawn by the strongest reason:
legend-exposed = a person whose data reached a company they never said yes to
legend-consented = a person who said yes, reached by nobody else
legend-untouched = a person who said yes to nothing and was not reached
legend-shield = outer blue ring: their settings held some data back
legend-company = a company: an app, a partner or a data broker
legend-friends = friends (thick: they message each other)
legend-transfer = one company handing data to another
legend-kept = dotted, ending in a ring: data the company could have collected earlier but can no longer see on this date (in "what companies could have collected up to this date")
legend-ghost = thin grey dashes: what a what-if takes away

## A source in the list: its title, then who published it and when ($by)

source-by = {" "}({ $by })

## The key to the time line

timeline-key = Key to the time line
# The era of the date shown ($era, as era-* says it).
timeline-now = Now: { $era }
timeline-now-before = Now: before friend permissions opened
timeline-sources = Numbered on the band: when each source was published (go there):
# A source's mark on the band: its $number and its $label.
timeline-source = ◆ { $number } { $label }
timeline-deals = Deals, one line each under the band (a faint dotted start: no source gives the day, and the solid line starts on a stand-in):

# Beside a figure a what-if changed: the change, against the scenario as it happened.
figures-against = against the scenario as it happened

## The scenario's introduction

# The real event's source: its $publisher and $date.
intro-scale-source = { $publisher }, { $date }
intro-shared = This scenario came inside the link you opened; nothing was fetched from anywhere.
intro-keep-copy = Keep a copy in my sandboxes
intro-sandbox-kept = Your sandbox is kept in this browser. Copy link puts the whole sandbox inside the link, so whoever opens it sees it too; nothing goes through a server.
intro-sandbox-period = Apps may ask for friends' data from 2010-04-21 until 2015-04-30, as the real platform's Graph API friends permissions did (simplified: apps could reach friends' data from 2007): a quiz one friend installs reaches the others. Change it with "Apps may ask for friends' data" below.
intro-sandbox-empty = This sandbox is empty.
intro-sandbox-start = Start from one quiz and five friends
# After intro-sandbox-start, a button.
intro-sandbox-or-add = {" "}or add people below.

## Dragging on the graph (in a sandbox)

drag = Dragging on the graph
drag-moves = moves people and companies
drag-connects = connects them: person to person befriends, person to company starts a grant

## Saving what is shown

save = Save
save-label = Save:
save-png = Picture (PNG)
save-svg = Picture (SVG)
save-csv = Table (CSV)
# $what: one of save-png, save-svg, save-csv.
save-done = { $what } saved.
save-failed = { $what } could not be saved in this browser.

## The embedded view

embed-open-full = Open in full ↗
embed-shared = This scenario came inside the link that shows it, not from Spillover's built-in stories: what it claims and cites is the link maker's.
# At the foot of an embedded view: what Spillover is, and the scenario's sources ($sources,
# their publishers joined by semicolons; $count of them).
embed-attribution = Spillover: an explorable of how data spread to companies people never dealt with. People are invented; { $count ->
    [0] this scenario cites no sources.
   *[other] sources: { $sources }.
}
announcements = Announcements

## Notices

notice-link = Part of this link could not be used:
notice-dismiss = Dismiss
notice-download = Download the saved data
notice-start-afresh = Start afresh (forget it)
notice-forget = Forget it
notice-not-loaded = That file was not loaded; your work is as it was. What is wrong with it:

## The facts' table

table-company = Company
table-person = Person
table-data = Data
table-why = Why
table-how = How
# After the way data came, the friend or company it came through.
table-via = {" "}(via { $via })
table-pages = Pages of the facts
# The table's caption: $facts facts.
table-caption = { $facts ->
    [one] { $facts } fact: which company could reach which data of whom, and why
   *[other] { $facts } facts: which company could reach which data of whom, and why
}
