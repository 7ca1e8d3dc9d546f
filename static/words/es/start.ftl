# What the page says while the app starts, and if it cannot (the browser runs no WebAssembly, a
# filter blocks its files, an error stops it). The still first screen carries these words for
# the page's scripts, which run before the app: a { $name } below is filled in by them.

# While the app starts (its files are fetched, then it starts).
start-starting = Iniciando el explorador…

# How much of the app has come, beside the words above: $loaded is a number of KiB, written by
# the page in the language's way.
start-loaded = { $loaded } KiB

# The same, when the whole size is known ($total KiB).
start-loaded-of = { $loaded } de { $total } KiB

# When the app could not start and the page's start watch is missing: $error is the browser's
# words for the error.
start-could-not = El explorador no pudo iniciarse ({ $error }). Esta página fija sigue siendo legible; recarga para intentarlo de nuevo.

# The first words of the notice that the app could not start.
start-failed = El explorador interactivo no pudo iniciarse.

# Why: the browser runs no WebAssembly.
start-nowasm = Este navegador no ejecuta WebAssembly, de lo que está hecho el explorador: puede que esté desactivado en la configuración del navegador o por quien administra este equipo o esta red.

# Why: the app's files did not arrive.
start-download = Sus archivos no llegaron: puede que se cortara la conexión, o que un filtro de esta red (como los que tienen algunos centros educativos y oficinas) bloquee los archivos WebAssembly.

# Why: the browser refused its WebAssembly.
start-refused = El navegador no pudo ejecutar su WebAssembly: puede que un filtro de esta red sustituyera el archivo por el camino, o que una configuración del navegador lo bloquee.

# Why: any other error.
start-error = Un error lo detuvo antes de que se iniciara.

# What stays below the notice: the view the address asked for, as a still page.
start-stays-same = Abajo está su primera vista como página fija: los pasos de la historia por título, la imagen, las cifras y las fuentes.

# What stays below the notice: the story's first view, where the address asked for another step, date or setting.
start-stays-first = Abajo hay una copia fija de la primera vista de esta historia, con los títulos de sus pasos, su imagen, sus cifras y sus fuentes; el paso, la fecha o la configuración que abre este enlace necesitan el explorador.

# What stays below the notice: another story than the address asked for (a scenario in the link, the sandbox, "At scale").
start-stays-other = Abajo hay una copia fija de la historia inicial de Spillover, no la vista que abre este enlace, que necesita el explorador.

# The same, with the opening story's $title.
start-stays-other-titled = Abajo hay una copia fija de la historia inicial de Spillover, «{ $title }», no la vista que abre este enlace, que necesita el explorador.

# Before what the browser said about the error ($said, in the browser's words).
start-said = El navegador dijo: { $said }

# The button that reloads the page.
start-again = Intentar de nuevo
