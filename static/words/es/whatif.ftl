# The what-if switches beside the graph.

whatif = ¿Y si…?
# Before the choice of how friend permissions go.
whatif-friend-permissions = Permisos de amigos
whatif-as-they-were = como eran
whatif-never-open = nunca abiertos a las aplicaciones
whatif-never-closed = nunca cerrados
whatif-deals = Acuerdos con socios y conexiones sobre las que no se preguntó a nadie
whatif-opt-out = Todos desactivaron «Aplicaciones que usan otras personas»
whatif-nothing-changes = Ninguno de estos interruptores cambiaría nada en este escenario; selecciona a una persona para probar otra configuración para ella.
# $people people's own settings were changed by a what-if.
whatif-people = { $people ->
    [one] Se cambió la configuración de { $people } persona (selecciónala para verla).
   *[other] Se cambió la configuración de { $people } personas (selecciónalas para verla).
}
whatif-on = Hay un «¿y si…?» activo: el grafo y las cifras lo muestran; los números entre paréntesis son la diferencia con lo que ocurrió.
whatif-reset = Volver a lo que ocurrió
