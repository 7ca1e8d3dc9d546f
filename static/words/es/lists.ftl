# Long lists shown a page at a time: where the reader is, the pages, and "show more".
#
# $noun: what the list holds, in the plural and lower case ("rows", "people"), as the list
# gives it (list-*-noun, pager-rows, pager-problems).

pager-rows = filas
pager-problems = problemas
# Where the reader is: rows $from to $to of $total.
pager-where = { $total ->
    [0] sin { $noun }
   *[other] { $noun } { $from }–{ $to } de { $total }
}
pager-first = Primera página
pager-previous = Página anterior
pager-next = Página siguiente
pager-last = Última página
pager-page-of = página { $page } de { $pages }
# Before the choice of how many a page holds.
pager-per-page = { $noun } por página
# $shown of $total lines are shown; a button shows $more more.
more-shown = Se muestran { $shown } de { $total } { $noun }.
more-show = Mostrar { $more } más

## Finding among many by part of a name

find-placeholder = escribe parte de un nombre
find-matches = Coincidencias
# How many match: $shown of $total.
find-status = { $total ->
    [0] nadie con ese nombre
   *[other] { $shown ->
        [one] { $shown } coincidencia
       *[other] { $shown } coincidencias
    }
}
find-status-some = { $shown } de { $total } coincidencias
# The summary that opens a person's settings in the sandbox's list of people.
list-settings = configuración
# The kind of a company in the sandbox's list of companies ($kind: app, partner or broker).
list-company-kind = { $kind ->
    [partner] socio
    [broker] intermediario de datos
   *[app] aplicación
}
