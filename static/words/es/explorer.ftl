# The scenarios' page: the headline above the graph.

## The headline: what a scenario comes to, in one line.

# $said_yes: people who said yes to some company; $reached: people some company holds;
# $without_consent: of those, people held by a company they never said yes to.
headline = { $said_yes ->
    [one] { $said_yes } persona dijo que sí.
   *[other] { $said_yes } personas dijeron que sí.
} Se alcanzó a { $reached }{ $without_consent ->
    [0] .
   *[other] , { $without_consent } de ellas por una empresa a la que nunca dijeron que sí.
}
# Follows the headline: the company that reached most people who never said yes to it, and
# how many of them ($consented) said yes.
headline-top = { $company }: { $reached ->
    [one] { $reached } alcanzada
   *[other] { $reached } alcanzadas
}, { $consented ->
    [0] ninguna dijo que sí.
    [one] { $consented } dijo que sí.
   *[other] { $consented } dijeron que sí.
}

## The time line

timeline = Línea de tiempo
timeline-play = ▶ Reproducir
timeline-play-label = Reproducir a lo largo del tiempo
timeline-pause = ❚❚ Pausa
timeline-pause-label = Pausa
# Before the date shown.
timeline-date = Fecha
timeline-previous = ◀ Cambio anterior
timeline-previous-title = Ir a la fecha anterior en la que algo cambió
timeline-next = Cambio siguiente ▶
timeline-next-title = Ir a la fecha siguiente en la que algo cambió
# What the slider says: the $date, and the $era it falls in.
timeline-date-era = { $date }, { $era }
# An era on the band: its words, from $from to $until.
timeline-era-span = { $era } (del { $from } al { $until })

## What the view shows

modes = Mostrar
mode-access = lo que las empresas pueden ver en esta fecha
mode-collected = lo que las empresas podrían haber recopilado hasta esta fecha

## The companies' table

figures-caption = { $mode ->
    [collected] A quién podría haber alcanzado cada empresa hasta esta fecha
   *[access] A quién puede alcanzar cada empresa en esta fecha
}

## How to read the graph

legend = Cómo leer el grafo
legend-note = Cada línea de una persona a una empresa representa datos que esa empresa puede ver en esta fecha (en la vista de lo recopilado: que podría haber recopilado hasta ella); se dibuja según el motivo más fuerte:
legend-exposed = una persona cuyos datos llegaron a una empresa a la que nunca dijo que sí
legend-consented = una persona que dijo que sí y a la que nadie más alcanzó
legend-untouched = una persona que no dijo que sí a nada y a la que nadie alcanzó
legend-shield = anillo azul exterior: su configuración retuvo algunos datos
legend-company = una empresa: una aplicación, un socio o un intermediario de datos
legend-friends = amigos (línea gruesa: se escriben mensajes)
legend-transfer = una empresa que cede datos a otra
legend-kept = punteada y terminada en un anillo: datos que la empresa podría haber recopilado antes pero que ya no puede ver en esta fecha (en la vista de lo recopilado)
legend-ghost = trazos grises finos: lo que un «¿Y si…?» quita

## A source in the list: its title, then who published it and when ($by)

source-by = {" "}({ $by })

## The key to the time line

timeline-key = Leyenda de la línea de tiempo
# The era of the date shown ($era, as era-* says it).
timeline-now = Ahora: { $era }
timeline-now-before = Ahora: antes de que se abrieran los permisos de amigos
timeline-sources = Numeradas en la franja: cuándo se publicó cada fuente (ir a esa fecha):
# A source's mark on the band: its $number and its $label.
timeline-source = ◆ { $number } { $label }
timeline-deals = Acuerdos, una línea cada uno bajo la franja (un inicio punteado tenue: ninguna fuente da el día, y la línea continua empieza en una fecha supuesta):

# Beside a figure a what-if changed: the change, against the scenario as it happened.
figures-against = frente al escenario tal como ocurrió

## The scenario's introduction

# The real event's source: its $publisher and $date.
intro-scale-source = { $publisher }, { $date }
intro-shared = Este escenario venía dentro del enlace que abriste; no se ha descargado nada de ningún sitio.
intro-keep-copy = Guardar una copia en mis laboratorios
intro-sandbox-kept = Tu laboratorio se guarda en este navegador. «Copiar enlace» incluye el laboratorio entero en el enlace, así que quien lo abra también lo verá; nada pasa por un servidor.
intro-sandbox-period = Las aplicaciones pueden pedir datos de amigos desde el 2010-04-21 hasta el 2015-04-30, como permitían los permisos de amigos de la Graph API de la plataforma real (simplificado: las aplicaciones podían llegar a datos de amigos desde 2007): un cuestionario que instala un amigo alcanza a los demás. Cámbialo abajo, en «Las aplicaciones pueden pedir datos de amigos».
intro-sandbox-empty = Este laboratorio está vacío.
intro-sandbox-start = Empezar con un cuestionario y cinco amigos
# After intro-sandbox-start, a button.
intro-sandbox-or-add = {" "}o añade personas abajo.

## Dragging on the graph (in a sandbox)

drag = Arrastrar en el grafo
drag-moves = mueve personas y empresas
drag-connects = las conecta: de persona a persona crea una amistad; de persona a empresa, un permiso

## Saving what is shown

save = Guardar
save-label = Guardar:
save-png = Imagen (PNG)
save-svg = Imagen (SVG)
save-csv = Tabla (CSV)
# $what: one of save-png, save-svg, save-csv.
save-done = Se ha guardado: { $what }.
save-failed = No se ha podido guardar en este navegador: { $what }.

## The embedded view

embed-open-full = Abrir completo ↗
embed-shared = Este escenario venía dentro del enlace que lo muestra, no de las historias incluidas en Spillover: lo que afirma y cita es responsabilidad de quien hizo el enlace.
# At the foot of an embedded view: what Spillover is, and the scenario's sources ($sources,
# their publishers joined by semicolons; $count of them).
embed-attribution = Spillover: una explicación interactiva de cómo los datos llegaron a empresas con las que la gente nunca trató. Las personas son inventadas; { $count ->
    [0] este escenario no cita fuentes.
   *[other] fuentes: { $sources }.
}
announcements = Avisos

## Notices

notice-link = No se ha podido usar parte de este enlace:
notice-dismiss = Cerrar aviso
notice-download = Descargar los datos guardados
notice-start-afresh = Empezar de cero (olvidarlos)
notice-forget = Olvidarlo
notice-not-loaded = Ese archivo no se ha cargado; tu trabajo sigue como estaba. Qué tiene de malo:

## The facts' table

table-company = Empresa
table-person = Persona
table-data = Dato
table-why = Por qué
table-how = Cómo
# After the way data came, the friend or company it came through.
table-via = {" "}(vía { $via })
table-pages = Páginas de la tabla
# The table's caption: $facts facts.
table-caption = { $facts ->
    [one] { $facts } fila: qué empresa podía alcanzar qué dato de quién, y por qué
   *[other] { $facts } filas: qué empresa podía alcanzar qué dato de quién, y por qué
}
