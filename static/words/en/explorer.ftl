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
legend-note = Each line from a person to a company is data that company can see on this date (shown collected: could have collected up to it), drawn by the strongest reason:
legend-exposed = a person whose data reached a company they never said yes to
legend-consented = a person who said yes, reached by nobody else
legend-untouched = a person who said yes to nothing and was not reached
legend-shield = outer blue ring: their settings held some data back
legend-company = a company: an app, a partner or a data broker
legend-friends = friends (thick: they message each other)
legend-transfer = one company handing data to another
legend-kept = dotted, ending in a ring: data the company could have collected earlier but can no longer see on this date (shown collected)
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
