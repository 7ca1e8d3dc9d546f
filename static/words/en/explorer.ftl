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
