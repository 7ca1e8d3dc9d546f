# The what-if switches beside the graph.

whatif = What if…
# Before the choice of how friend permissions go.
whatif-friend-permissions = Friend permissions
whatif-as-they-were = as they were
whatif-never-open = never open to apps
whatif-never-closed = never closed
whatif-deals = Partner deals and connections nobody was asked about
whatif-opt-out = Everyone turned "Apps others use" off
whatif-nothing-changes = None of these switches would change anything in this scenario; select a person to try other settings for them.
# $people people's own settings were changed by a what-if.
whatif-people = { $people ->
    [one] { $people } person's settings changed (select them to see).
   *[other] { $people } people's settings changed (select them to see).
}
whatif-on = A what-if is on: the graph and figures show it; the numbers in brackets are the difference against what happened.
whatif-reset = Back to what happened
