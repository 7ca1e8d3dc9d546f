# The graph: the words under it when someone or something is pointed at, and the names of
# its lines (read by screen readers and shown on hover).
#
# $mode: "access" (what companies can see on the date) or "collected" (what they could have
# collected up to it). $person: a person's name, $you: "yes" when that person is the reader.

# Under the graph when nobody is pointed at or selected: on the drawn graph, whose nodes take
# focus by Tab, and on a big network's canvas, whose do not.
graph-hint-keyboard = Pasa el puntero, toca o usa Tab sobre cualquiera para ver un resumen; selecciónalo para saber por qué.
graph-hint = Pasa el puntero o toca sobre cualquiera para ver un resumen; selecciónalo para saber por qué.

# A person: $companies companies can see their data, $without of them without their yes.
graph-person = { $you ->
    [yes] Tú
   *[other] { $person }
}: { $companies ->
    [0] ninguna empresa { $mode ->
        [collected] podría haber recopilado
       *[access] puede ver
    } { $you ->
        [yes] tus
       *[other] sus
    } datos
    [one] { $companies } empresa { $mode ->
        [collected] podría haber recopilado
       *[access] puede ver
    } { $you ->
        [yes] tus
       *[other] sus
    } datos{ $without ->
        [0] , con { $you ->
            [yes] tu
           *[other] su
        } consentimiento
       *[other] ; { $without } sin { $you ->
            [yes] tu
           *[other] su
        } consentimiento
    }
   *[other] { $companies } empresas { $mode ->
        [collected] podrían haber recopilado
       *[access] pueden ver
    } { $you ->
        [yes] tus
       *[other] sus
    } datos{ $without ->
        [0] , todas con { $you ->
            [yes] tu
           *[other] su
        } consentimiento
       *[other] ; { $without } sin { $you ->
            [yes] tu
           *[other] su
        } consentimiento
    }
}
# After graph-person, when the person's settings kept something from some company.
graph-person-held-back = ; { $you ->
    [yes] tu
   *[other] su
} configuración retuvo algunos datos
# A company: it reaches $reached people, $consented of whom said yes.
graph-company = { $company }: alcanza a { $reached ->
    [one] { $reached } persona
   *[other] { $reached } personas
}; { $consented ->
    [one] { $consented } dijo que sí
   *[other] { $consented } dijeron que sí
}

# A friendship between $first and $second; $messages: "yes" when they message each other.
graph-friendship = { $first } y { $second } son amigos{ $messages ->
    [yes] {" "}y se escriben mensajes
   *[no] {""}
}
# A transfer: $from hands $categories (a list) on to $to.
graph-transfer = { $from } cede a { $to }: { $categories }
# A flow from a person to a company: what it holds of theirs ($categories, a list), and how it
# came ($reason, as reason-* says it).
graph-flow = { $company }: { $you ->
    [yes] tus datos
   *[other] datos de { $person }
} ({ $categories }), { $reason }
# After graph-flow in the collected view, for data the company can no longer reach on the date.
graph-flow-kept = ; podría haberlos recopilado antes: en esta fecha ya no puede verlos
# Before graph-flow, for what a what-if took away.
graph-ghost = Sin el «¿y si…?»: { $flow }

## Around the graph

# The graph's name for assistive technology: the network of $title.
graph-label = Red de { $title }: personas, empresas y los flujos de datos entre ellas. Las flechas desplazan la vista; más y menos, el zoom; Tab pasa de un nodo a otro.
zoom = Zoom
zoom-left = Mover la vista a la izquierda
zoom-up = Mover la vista hacia arriba
zoom-down = Mover la vista hacia abajo
zoom-right = Mover la vista a la derecha
zoom-in = Acercar
zoom-out = Alejar
zoom-reset = Restablecer
zoom-reset-label = Restablecer la vista: toda la red, nodos en su sitio
# On a big network's canvas, whose nodes stay where the layout put them.
zoom-reset-canvas = Restablecer la vista: toda la red
layout-progress = Distribución
show-as = Mostrar como
show-graph = Grafo
show-table = Tabla

## A big network's canvas

# When the canvas does not draw every flow: $flows flows, over the $limit it draws.
canvas-flows-selected = { $flows } flujos de datos son demasiados para dibujarlos a la vez (máximo { $limit }): se dibujan los de la selección. Los anillos y la tabla muestran los de todos.
canvas-flows-none = { $flows } flujos de datos son demasiados para dibujarlos a la vez (máximo { $limit }): selecciona una persona o una empresa para ver los suyos. Los anillos y la tabla muestran los de todos.
# While a big network is laid out: $people people, $percent done.
canvas-laying-out = Colocando a { $people } personas: { $percent } %
# The canvas's text alternative: the network of $title.
canvas-label = Red de { $title }: { $people } personas, { $companies ->
    [one] { $companies } empresa
   *[other] { $companies } empresas
} y { $friendships } amistades, dibujadas como imagen. Usa la búsqueda o la tabla para llegar a cualquiera; las flechas desplazan la vista; más y menos, el zoom.

## The picture as saved (SVG, PNG)

# Under the picture's title: the $date and what is shown ($mode).
picture-subtitle = { $date }: { $mode ->
    [collected] lo que las empresas podrían haber recopilado hasta esta fecha
   *[access] lo que las empresas pueden ver en esta fecha
}
# A source, as the picture lists it: its $publisher, then its $title.
picture-source = { $publisher }, { $title }
picture-credit = Hecho con Spillover. Las personas son inventadas; { $sources ->
    [0] este escenario no cita fuentes.
   *[other] fuentes:
}

## Reading on a small screen: the picture pinned small above a story's words

# The button that lets go of the pinned picture and shows it large, with its zoom buttons.
picture-enlarge = Ampliar la imagen
# The button that pins the picture small again above the story's words.
picture-pin-small = Fijar la imagen en pequeño
