# The graph: the words under it when someone or something is pointed at, and the names of
# its lines (read by screen readers and shown on hover).
#
# $mode: "access" (what companies can see on the date) or "collected" (what they could have
# collected up to it). $person: a person's name, $you: "yes" when that person is the reader.
#
# German: a person's gender is not known, so "their" is never "ihre" or "seine": the messages
# say "die Daten", "von { $person }" or "diese Person" instead.

# Under the graph when nobody is pointed at or selected: on the drawn graph, whose nodes take
# focus by Tab, and on a big network's canvas, whose do not.
graph-hint-keyboard = Zeig auf eine Person oder Firma, tipp darauf oder spring mit Tab hin, um eine Zusammenfassung zu sehen; wähl sie aus, um zu lesen, warum.
graph-hint = Zeig auf eine Person oder Firma oder tipp darauf, um eine Zusammenfassung zu sehen; wähl sie aus, um zu lesen, warum.

# A person: $companies companies can see their data, $without of them without their yes.
graph-person = { $person }: { $companies ->
    [0] keine Firma { $mode ->
        [collected] könnte { $you ->
            [yes] deine
           *[other] die
        } Daten gesammelt haben
       *[access] kann { $you ->
            [yes] deine
           *[other] die
        } Daten sehen
    }
    [one] { $companies } Firma { $mode ->
        [collected] könnte { $you ->
            [yes] deine
           *[other] die
        } Daten gesammelt haben
       *[access] kann { $you ->
            [yes] deine
           *[other] die
        } Daten sehen
    }{ $without ->
        [0] , mit { $you ->
            [yes] deiner Zustimmung
           *[other] Zustimmung
        }
       *[other] ; { $without } davon ohne { $you ->
            [yes] deine Zustimmung
           *[other] Zustimmung
        }
    }
   *[other] { $companies } Firmen { $mode ->
        [collected] könnten { $you ->
            [yes] deine
           *[other] die
        } Daten gesammelt haben
       *[access] können { $you ->
            [yes] deine
           *[other] die
        } Daten sehen
    }{ $without ->
        [0] , alle mit { $you ->
            [yes] deiner Zustimmung
           *[other] Zustimmung
        }
       *[other] ; { $without } davon ohne { $you ->
            [yes] deine Zustimmung
           *[other] Zustimmung
        }
    }
}
# After graph-person, when the person's settings kept something from some company.
graph-person-held-back = ; { $you ->
    [yes] deine
   *[other] die
} Einstellungen hielten einige Daten zurück
# A company: it reaches $reached people, $consented of whom said yes.
graph-company = { $company }: erreicht { $reached ->
    [one] { $reached } Person
   *[other] { $reached } Personen
}, { $consented } davon mit Zustimmung

# A friendship between $first and $second; $messages: "yes" when they message each other.
graph-friendship = { $first } und { $second } sind befreundet{ $messages ->
    [yes] {" "}und schreiben einander Nachrichten
   *[no] {""}
}
# A transfer: $from hands $categories (a list) on to $to.
graph-transfer = { $from } gibt { $categories } an { $to } weiter
# A flow from a person to a company: what it holds of theirs ($categories, a list), and how it
# came ($reason, as reason-* says it).
graph-flow = { $company }: { $categories } von { $you ->
    [yes] dir
   *[other] { $person }
} ({ $reason })
# After graph-flow in the collected view, for data the company can no longer reach on the date.
graph-flow-kept = ; könnte früher gesammelt worden sein: An diesem Tag kann die Firma das nicht mehr sehen
# Before graph-flow, for what a what-if took away.
graph-ghost = Ohne das Was-wäre-wenn: { $flow }

## Around the graph

# The graph's name for assistive technology: the network of $title.
graph-label = Netzwerk von „{ $title }“: Personen, Firmen und die Datenflüsse zwischen ihnen. Pfeiltasten verschieben die Ansicht, Plus und Minus zoomen; Tab springt von Knoten zu Knoten.
zoom = Zoom
zoom-left = Ansicht nach links verschieben
zoom-up = Ansicht nach oben verschieben
zoom-down = Ansicht nach unten verschieben
zoom-right = Ansicht nach rechts verschieben
zoom-in = Vergrößern
zoom-out = Verkleinern
zoom-reset = Zurücksetzen
zoom-reset-label = Ansicht zurücksetzen: ganzes Netzwerk, Knoten wieder an ihrem Platz
# On a big network's canvas, whose nodes stay where the layout put them.
zoom-reset-canvas = Ansicht zurücksetzen: ganzes Netzwerk
layout-progress = Anordnung
show-as = Zeigen als
show-graph = Graph
show-table = Tabelle

## A big network's canvas

# When the canvas does not draw every flow: $flows flows, over the $limit it draws.
canvas-flows-selected = Zu viele Datenflüsse ({ $flows }), um alle auf einmal zu zeichnen (höchstens { $limit }): Gezeichnet werden die der Auswahl. Die Ringe und die Tabelle zeigen alle.
canvas-flows-none = Zu viele Datenflüsse ({ $flows }), um alle auf einmal zu zeichnen (höchstens { $limit }): Wähl eine Person oder eine Firma aus, um ihre zu sehen. Die Ringe und die Tabelle zeigen alle.
# While a big network is laid out: $people people, $percent done.
canvas-laying-out = { $people } Personen werden angeordnet: { $percent } %
# The canvas's text alternative: the network of $title.
canvas-label = Netzwerk von „{ $title }“: { $people } Personen, { $companies ->
    [one] { $companies } Firma
   *[other] { $companies } Firmen
} und { $friendships } Freundschaften, als Bild gezeichnet. Über die Suche oder die Tabelle erreichst du alle; Pfeiltasten verschieben die Ansicht, Plus und Minus zoomen.

## The picture as saved (SVG, PNG)

# Under the picture's title: the $date and what is shown ($mode).
picture-subtitle = { $date }: { $mode ->
    [collected] was Firmen bis zu diesem Tag gesammelt haben könnten
   *[access] was Firmen an diesem Tag sehen können
}
# A source, as the picture lists it: its $publisher, then its $title.
picture-source = { $publisher }, { $title }
picture-credit = Erstellt mit Spillover. Die Personen sind erfunden; { $sources ->
    [0] dieses Szenario nennt keine Quellen.
   *[other] Quellen:
}

## Reading on a small screen: the picture pinned small above a story's words

# The button that lets go of the pinned picture and shows it large, with its zoom buttons.
picture-enlarge = Bild vergrößern
# The button that pins the picture small again above the story's words.
picture-pin-small = Bild wieder klein anheften
