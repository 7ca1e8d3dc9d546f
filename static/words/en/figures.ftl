# The figures beside the graph: the companies' table, the caption after the view changed,
# and what a screen reader hears.
#
# $company: a company's name. $date: a date (2015-04-30).

## The companies' table

figures-company = Company
figures-reached = Reached
figures-said-yes = Said yes
figures-never-said-yes = Never said yes
figures-reach-per-yes = Reach per yes
# What "Reach per yes" means (the heading's title).
figures-reach-per-yes-means = people reached for each person who said yes
# A company's reach per yes: $ratio people reached for each person who said yes.
figures-ratio = ×{ NUMBER($ratio, minimumFractionDigits: 1, maximumFractionDigits: 1) }
# The reach-per-yes cell of a company nobody said yes to: there is no "per yes" to count.
figures-none-said-yes = none said yes

# While the collected view over many change days is counted ($percent done).
figures-counting = Counting what companies could have collected up to { $date }: { $percent }% done. Until then, the picture and the figures show what they can see on { $date }.

## The caption under the graph: the date, the era that starts on it, and each company whose
## reach differs from the scenario as it happened (a what-if is on) or from the day before
## (something starts or ends on the date), joined by semicolons; else each company's reach.

# The caption's start: the date shown ($date), then what follows.
caption-date = { $date }:
# The same when a what-if is on: the figures are compared with the scenario as it happened.
caption-date-what-if = { $date }, with the what-if:
# After an era's start (caption-era), when a what-if is on.
caption-what-if-start = With the what-if:
# $era: the era's words (era-*); $illustrative: "yes" when its first day is illustrative.
caption-era = { $era } from this day{ $illustrative ->
    [yes] {" "}(an illustrative date)
   *[no] {""}
}.
# A company whose sign-in or deal starts on the day by a stand-in for an unknown start, marked.
caption-stand-in = { $company }*
# After the changes, when one of them is marked so.
caption-stand-in-note = *Start not known: a stand-in day.
caption-change = { $company } { $before } → { $after }
caption-reaches = { $company } reaches { $after }
# After the first three changes.
caption-more = { $count } more
caption-none-changed = no company's reach changed.
caption-nobody-reached = no company reaches anyone.
# The same, after a sentence (an era's start).
caption-none-changed-start = No company's reach changed.
caption-nobody-reached-start = No company reaches anyone.

## What a screen reader hears after the view changed

describe-none-changed = No company's reach changed.
# $now: "yes" when the reach changed from an earlier view.
describe-company = { $company } { $now ->
    [yes] now reaches
   *[no] reaches
} { $reached ->
    [one] { $reached } person
   *[other] { $reached } people
}; { $without } never said yes.
describe-more = { $count ->
    [one] { $count } more company changed.
   *[other] { $count } more companies changed.
}
