# Notes on a link (the page's address after #) whose parts could not all be used. $value: the
# part of the link, clipped; each note says what was done instead.

address-too-long = The link's part after # is { $length } characters long, more than { $limit }; it was ignored.
address-unknown = The link holds "{ $value }", which this version of Spillover does not know; it was ignored.
# A story of $steps steps, asked for step $step.
address-no-such-step = This story has { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
}, so there is no step { $step }; showing the start.
# $value is not $what (one of address-what-*).
address-ignored = "{ $value }" is not { $what }; it was ignored.
address-what-date = a date (YYYY-MM-DD)
address-what-mode = a view (access or collected)
address-what-view = a view (graph or table)
address-what-friend-permissions = a friend permission switch (never or always)
address-what-on-off = on or off
address-what-settings = a person's settings (id:1:name.likes)
address-what-embed = an embed choice (story, timeline, both or none)
address-what-theme = a theme (light, dark or auto)
address-no-such-scenario = There is no built-in scenario called "{ $value }"; showing the first one.
address-not-a-step = "{ $value }" is not a step number; steps count from 1.
address-sandbox-and-builtin = The link names both your sandbox and a built-in scenario; showing your sandbox.
# $other: "sandbox" (the reader's) or "builtin" (a built-in scenario).
address-two-scenarios = The link names both { $other ->
    [sandbox] your sandbox
   *[builtin] a built-in scenario
} and a scenario of its own; showing the scenario it carries.
# The scenario a link carries could not be read, for $reason (one of link-*).
address-bad-scenario = The scenario in this link could not be read: { $reason }. Showing a built-in one instead.
# Nobody in the scenario has the $id the link names.
address-no-such-id = Nobody in this scenario has the id "{ $id }", so nothing is selected.
address-no-such-id-settings = Nobody in this scenario has the id "{ $id }", so their settings were not changed.

## "At scale"'s address

address-what-model = a network model (facebook-like, barabasi-albert or watts-strogatz)
address-what-people = a number of people
address-what-friends = a number of friends
address-what-seed = a seed (a whole number)
address-what-install = an install rate from 0 to 1
address-what-share = a share from 0 to 1
address-what-open-closed = open or closed
address-scale-unknown = The link holds "{ $value }", which the "At scale" view does not know; it was ignored.
# $people people with $friends friends each cannot be generated (as the link wrote them).
address-scale-too-big = The link asks for { $people } people with { $friends } friends each, which cannot be generated; showing the default network.
