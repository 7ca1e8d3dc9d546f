# Notes on a link (the page's address after #) whose parts could not all be used. $value: the
# part of the link, clipped; each note says what was done instead.

address-too-long = La parte del enlace que va tras # tiene { $length } caracteres, más de { $limit }; se ha ignorado.
address-unknown = El enlace contiene «{ $value }», que esta versión de Spillover no conoce; se ha ignorado.
# A story of $steps steps, asked for step $step.
address-no-such-step = Esta historia tiene { $steps ->
    [one] { $steps } paso
   *[other] { $steps } pasos
}, así que no hay paso { $step }; se muestra el comienzo.
# $value is not $what (one of address-what-*).
address-ignored = «{ $value }» no es { $what }; se ha ignorado.
address-what-date = una fecha (AAAA-MM-DD)
address-what-mode = una vista (access o collected)
address-what-view = una vista (graph o table)
address-what-friend-permissions = un ajuste de permisos de amigos (never o always)
address-what-on-off = on u off
address-what-settings = una configuración de persona (id:1:name.likes)
address-what-embed = una opción de inserción (story, timeline, both o none)
address-what-theme = un tema (light, dark o auto)
address-no-such-scenario = No hay ningún escenario incluido llamado «{ $value }»; se muestra el primero.
address-not-a-step = «{ $value }» no es un número de paso; los pasos se cuentan desde 1.
address-sandbox-and-builtin = El enlace nombra a la vez tu laboratorio y un escenario incluido; se muestra tu laboratorio.
# $other: "sandbox" (the reader's) or "builtin" (a built-in scenario).
address-two-scenarios = El enlace nombra a la vez { $other ->
    [sandbox] tu laboratorio
   *[builtin] un escenario incluido
} y un escenario propio; se muestra el escenario que contiene.
# The scenario a link carries could not be read, for $reason (one of link-*).
address-bad-scenario = No se ha podido leer el escenario de este enlace: { $reason }. Se muestra uno de los incluidos.
# Nobody in the scenario has the $id the link names.
address-no-such-id = Nadie en este escenario tiene el id «{ $id }», así que no se selecciona nada.
address-no-such-id-settings = Nadie en este escenario tiene el id «{ $id }», así que no se ha cambiado su configuración.

## "At scale"'s address

address-what-model = un modelo de red (facebook-like, barabasi-albert o watts-strogatz)
address-what-people = un número de personas
address-what-friends = un número de amigos
address-what-seed = una semilla (un número entero)
address-what-install = una tasa de instalación entre 0 y 1
address-what-share = una proporción entre 0 y 1
address-what-open-closed = open o closed
address-scale-unknown = El enlace contiene «{ $value }», que la vista «A gran escala» no conoce; se ha ignorado.
# $people people with $friends friends each cannot be generated (as the link wrote them).
address-scale-too-big = El enlace pide { $people } personas con { $friends } amigos cada una, algo que no se puede generar; se muestra la red predeterminada.
