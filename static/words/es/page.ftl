# The page around every view: the top bar, the scenario's introduction, the sources, and the
# still first screen a reader sees before the app starts.

## The top bar

# The switch between the views.
page-what-to-see = Qué ver
tab-stories = Historias
tab-build = Crea el tuyo
tab-scale = A gran escala
tab-mine = Tus datos
page-scenario = Escenario
# In the scenario picker, for a scenario a link carried ($title).
page-from-link = Del enlace: { $title }

## The scenario's introduction

page-about = Sobre este escenario: qué es real, qué es inventado y qué es incierto
page-sources = Fuentes

## The still first screen

# Said to a reader whose browser runs no scripts.
still-no-script = Esta es una copia fija de la primera vista de Spillover. Para moverte en el tiempo, seguir la historia paso a paso y probar los «¿Y si…?», activa JavaScript y WebAssembly: Spillover funciona en tu navegador y no envía nada a ningún sitio.
# What stands for the picture: the graph of $title on $date, with $people people and
# $companies companies.
still-picture = El grafo de { $title } el { $date }: { $people ->
    [one] { $people } persona
   *[other] { $people } personas
} y { $companies ->
    [one] { $companies } empresa
   *[other] { $companies } empresas
}, con una línea de cada persona a cada empresa que puede ver sus datos en esa fecha. La tabla de abajo da las mismas cifras.
# The caption of the figures' table on $date.
still-figures = A quién puede alcanzar cada empresa el { $date }

# The real event a built-in story tells, beside its own figures, with its source after it.
real-event-scale = En realidad, Facebook dijo que unas 270.000 personas instalaron un cuestionario (16 de marzo de 2018) y que la información de hasta 87 millones de personas podría haberse compartido indebidamente con Cambridge Analytica (4 de abril de 2018).
real-event-partners = En realidad, The New York Times informó el 18 de diciembre de 2018 de que los registros de Facebook de 2017 enumeraban acuerdos de socios con más de 150 empresas.
