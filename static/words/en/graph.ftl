# The graph: the words under it when someone or something is pointed at, and the names of
# its lines (read by screen readers and shown on hover).
#
# $mode: "access" (what companies can see on the date) or "collected" (what they could have
# collected up to it). $person: a person's name, $you: "yes" when that person is the reader.

# Under the graph when nobody is pointed at or selected: on the drawn graph, whose nodes take
# focus by Tab, and on a big network's canvas, whose do not.
graph-hint-keyboard = Point at, tap or Tab to anyone for a summary; select them to read why.
graph-hint = Point at or tap anyone for a summary; select them to read why.

# A person: $companies companies can see their data, $without of them without their yes. Every
# language says both numbers (a test reads them back from the page).
graph-person = { $person }: { $companies ->
    [0] no { $mode ->
        [collected] company could have collected
       *[access] company can see
    } { $you ->
        [yes] your
       *[other] their
    } data
    [one] { $companies } { $mode ->
        [collected] company could have collected
       *[access] company can see
    } { $you ->
        [yes] your
       *[other] their
    } data{ $without ->
        [0] , all with { $you ->
            [yes] your
           *[other] their
        } yes
       *[other] ; { $without } without { $you ->
            [yes] your
           *[other] their
        } yes
    }
   *[other] { $companies } { $mode ->
        [collected] companies could have collected
       *[access] companies can see
    } { $you ->
        [yes] your
       *[other] their
    } data{ $without ->
        [0] , all with { $you ->
            [yes] your
           *[other] their
        } yes
       *[other] ; { $without } without { $you ->
            [yes] your
           *[other] their
        } yes
    }
}
# After graph-person, when the person's settings kept something from some company.
graph-person-held-back = ; { $you ->
    [yes] your
   *[other] their
} settings held some data back
# A company: it reaches $reached people, $consented of whom said yes.
graph-company = { $company }: reaches { $reached ->
    [one] { $reached } person
   *[other] { $reached } people
}; { $consented } said yes

# A friendship between $first and $second; $messages: "yes" when they message each other.
graph-friendship = { $first } and { $second } are friends{ $messages ->
    [yes] {" "}and message each other
   *[no] {""}
}
# A transfer: $from hands $categories (a list) on to $to.
graph-transfer = { $from } hands { $categories } on to { $to }
# A flow from a person to a company: what it holds of theirs ($categories, a list), and how it
# came ($reason, as reason-* says it).
graph-flow = { $company }: { $you ->
    [yes] your
   *[other] { $person }'s
} { $categories } ({ $reason })
# After graph-flow in the collected view, for data the company can no longer reach on the date.
graph-flow-kept = ; could have been collected earlier: it can no longer see this on this date
# Before graph-flow, for what a what-if took away.
graph-ghost = Without the what-if: { $flow }

## Around the graph

# The graph's name for assistive technology: the network of $title.
graph-label = Network of { $title }: people, companies and the data flows between them. Arrow keys pan, plus and minus zoom; Tab moves from node to node.
zoom = Zoom
zoom-left = Move the view left
zoom-up = Move the view up
zoom-down = Move the view down
zoom-right = Move the view right
zoom-in = Zoom in
zoom-out = Zoom out
zoom-reset = Reset
zoom-reset-label = Reset the view: whole network, nodes back in place
# On a big network's canvas, whose nodes stay where the layout put them.
zoom-reset-canvas = Reset the view: whole network
layout-progress = Layout
show-as = Show as
show-graph = Graph
show-table = Table

## A big network's canvas

# When the canvas does not draw every flow: $flows flows, over the $limit it draws.
canvas-flows-selected = { $flows } data flows are too many to draw at once (up to { $limit }): the selection's are drawn. The rings and the table show everyone's.
canvas-flows-none = { $flows } data flows are too many to draw at once (up to { $limit }): select a person or a company to see theirs. The rings and the table show everyone's.
# While a big network is laid out: $people people, $percent done.
canvas-laying-out = Laying out { $people } people: { $percent }%
# The canvas's text alternative: the network of $title.
canvas-label = Network of { $title }: { $people } people, { $companies ->
    [one] { $companies } company
   *[other] { $companies } companies
} and { $friendships } friendships, drawn as a picture. Use the search or the table to reach anyone; arrow keys pan, plus and minus zoom.

## The picture as saved (SVG, PNG)

# Under the picture's title: the $date and what is shown ($mode).
picture-subtitle = { $date }: { $mode ->
    [collected] what companies could have collected up to this date
   *[access] what companies can see on this date
}
# A source, as the picture lists it: its $publisher, then its $title.
picture-source = { $publisher }, { $title }
picture-credit = Made with Spillover. People are invented; { $sources ->
    [0] this scenario cites no sources.
   *[other] sources:
}

## Reading on a small screen: the picture pinned small above a story's words

# The button that lets go of the pinned picture and shows it large, with its zoom buttons.
picture-enlarge = Enlarge the picture
# The button that pins the picture small again above the story's words.
picture-pin-small = Pin the picture small
