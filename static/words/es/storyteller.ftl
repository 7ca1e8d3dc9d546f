# A story told over a network: "Your story" in the sandbox (writing and ordering its steps, its
# sources), reading it as a reader, presenting it to a room, and its printed handout, a page per
# step. $step is a step's place, counting from 1; $title a step's title, as its author wrote it.

# What adding a step did.
storyteller-added = Paso { $step } añadido: «{ $title }»

# What changing a step did.
storyteller-changed = Paso { $step } cambiado: «{ $title }»

# What moving a step did: $way is "up" or "down"; $step the place it moved to.
storyteller-moved = «{ $title }» movido hacia { $way ->
    [up] arriba
   *[down] abajo
}, al paso { $step }

# What adding a source did: $title is the source's title.
storyteller-added-source = Fuente «{ $title }» añadida

# What removing a step did.
storyteller-removed = Paso { $step } eliminado: «{ $title }»

# Where a step is in its story: $steps is how many it has.
storyteller-position = Paso { $step } de { $steps }

# How a step shows its figures: what companies can see on its date.
storyteller-view-access = Lo que las empresas pueden ver en esta fecha

# How a step shows its figures: what companies could have collected up to its date.
storyteller-view-collected = Lo que las empresas podrían haber recopilado hasta esta fecha

# A step's date ($date, year-month-day) and how it shows its figures ($view, one of the two above).
storyteller-when = { $date }: { $view }

# A step as its buttons name it, for screen readers: "Edit step 2, Ben takes a quiz".
storyteller-step-name = paso { $step }, { $title }

# A step in the story's list.
storyteller-step-line = { $step }. { $title }

# A step's form, named by the step it writes.
storyteller-form-label = Paso { $step }

# A button that acts on a step ($action: Edit, Move up, Move down, Delete; $step: a step as
# storyteller-step-name names it).
storyteller-acts-on = { $action }: { $step }

# The region a story is presented in, with the story's title.
storyteller-presenting = Presentar { $title }

# The handout's name, for screen readers.
storyteller-handout = Material impreso

# A step's source on the handout: its title as published, then its publisher and its address
# when it has them ($has_publisher, $has_url: "yes" or "no").
storyteller-cited = Fuente: { $title }{ $has_publisher ->
    [yes] {" "}({ $publisher })
   *[no] {""}
}{ $has_url ->
    [yes] , { $url }
   *[no] {""}
}

# A step's what-if switches, in a question: $switches is a list of the ones on (below).
storyteller-what-if = ¿Y si { $switches }?

# Joins one more switch ($part) to the list so far ($list).
storyteller-if-and = { $list } y { $part }

# A switch on, in the question: friend permissions never opened.
storyteller-if-never-open = los permisos de amigos nunca hubieran estado abiertos a las aplicaciones

# A switch on, in the question: friend permissions never closed.
storyteller-if-never-closed = los permisos de amigos nunca se hubieran cerrado

# A switch on, in the question: no deals.
storyteller-if-no-deals = no hubiera habido acuerdos con socios ni conexiones sobre las que no se preguntó a nadie

# A switch on, in the question: everyone opted out.
storyteller-if-opted-out = todos hubieran desactivado «Aplicaciones que usan otras personas»

# A switch on, in the question: some people's settings changed.
storyteller-if-people = se hubiera cambiado la configuración de algunas personas

# The handout's line for a network too big to draw on paper for every step.
storyteller-too-big-to-print = Esta red tiene { $people } personas, demasiadas para dibujarla en papel en cada paso; las cifras de abajo dicen lo que muestra la imagen.

# A field of the step form over a network too big to list: $field its label, $now what it
# holds (or storyteller-nobody), $add_view the button's words.
storyteller-choose-on-graph = { $field }: { $now } (selecciona a alguien en el grafo y luego «{ $add_view }»)

# The handout's table's heads: the company.
storyteller-head-company = Empresa

# The handout's table's heads: people reached.
storyteller-head-reached = Alcanzadas

# The handout's table's heads: people who said yes.
storyteller-head-said-yes = Dijeron que sí

# The handout's table's heads: people reached without a yes.
storyteller-head-without-yes = Alcanzadas sin un sí

# After a story edit: what it did ($done, one of the messages above) and that it changed no figure.
storyteller-changes-no-figure = { $done }. Una historia no cambia ninguna cifra.

# The story part's heading.
storyteller-heading = Tu historia

# What the story part is for.
storyteller-intro = Cuenta una historia sobre esta red, paso a paso: cada paso muestra una fecha, a quién o a qué señala, una vista y los interruptores de «¿Y si…?» que quieras, con tus palabras junto a la imagen. La historia viaja con el laboratorio: en su enlace, en su código para insertar y en su archivo.

# The story part when it has no step yet.
storyteller-empty = Todavía no hay pasos.

# Adds a step from the form.
storyteller-add = Añadir un paso

# Adds a step showing what the page shows now.
storyteller-add-view = Añadir esta vista como paso

# Opens the story as a reader sees it.
storyteller-preview = Leerla como un lector

# Presents the story full screen.
storyteller-present = Presentar

# Prints the story as a handout.
storyteller-print = Imprimir esta historia

# Leaves presenting.
storyteller-leave-present = Salir (Esc)

# How to move while presenting.
storyteller-present-keys = →, Espacio o Av Pág: siguiente · ←, Re Pág: atrás · Esc: salir

# Above the sandbox's story read as a reader.
storyteller-previewing = Estás leyendo tu historia como la leerán tus lectores: esto es lo que abren tu enlace, tu inserción y tu archivo.

# Back from the preview.
storyteller-back-to-editing = Volver a editar

# Adds a source steps can cite.
storyteller-add-source = Añadir una fuente

# A source's title field.
storyteller-source-title = Título de la fuente{" "}

# A source's publisher field.
storyteller-source-publisher = Publicada por (opcional){" "}

# A source's address field.
storyteller-source-url = Dirección web, https://… (opcional){" "}

# The form's fields.
storyteller-title = Título

# The text field's label.
storyteller-text = Texto

# Under the text field.
storyteller-text-hint = Palabras sencillas; una línea en blanco empieza un párrafo nuevo. Enlaza una fuente eligiéndola abajo.

# The date field's label.
storyteller-date = Fecha que se muestra (año-mes-día; vacía: la fecha del laboratorio)

# The pointed-at field's label.
storyteller-point-at = Señala a

# No one pointed at.
storyteller-nobody = Nadie

# The view field's legend.
storyteller-view = Muestra lo que las empresas

# The access view, as a choice.
storyteller-can-see = pueden ver en la fecha

# The collected view, as a choice.
storyteller-collected = podrían haber recopilado hasta la fecha

# The source field's label.
storyteller-source = Fuente

# No source.
storyteller-no-source = Ninguna

# The switches' legend.
storyteller-switches = Interruptores de «¿Y si…?»

# The guess field's label.
storyteller-guess = Pedir a quien lee que adivine a cuántas personas alcanzó esta empresa

# No guess.
storyteller-no-guess = Sin pregunta

# The guess date's label.
storyteller-guess-by = para el (año-mes-día)

# Saves an edited step.
storyteller-save = Guardar el paso

# Leaves a step's form without saving.
storyteller-cancel = Cancelar

# Edits a step.
storyteller-edit = Editar

# Moves a step up.
storyteller-up = Subir

# Moves a step down.
storyteller-down = Bajar

# Removes a step.
storyteller-delete = Eliminar

# How to move a step by keyboard.
storyteller-keys-hint = Con el botón Editar de un paso enfocado, Alt+↑ y Alt+↓ lo mueven.

# What the handout says about its address.
storyteller-live = Ábrelo en directo:

# The handout's sources heading.
storyteller-sources = Fuentes

# The switch "friend permissions" in the step form.
storyteller-friend-permissions = Permisos de amigos{" "}

# Friend permissions as the scenario has them.
storyteller-as-they-were = como eran

# Friend permissions never open.
storyteller-never-open = nunca abiertos a las aplicaciones

# Friend permissions never closed.
storyteller-never-closed = nunca cerrados

# The switch that takes the deals away.
storyteller-no-deals = Sin acuerdos con socios ni conexiones sobre las que no se preguntó a nadie

# The switch that opts everyone out.
storyteller-opted-out = Todos desactivaron «Aplicaciones que usan otras personas»

# The handout's figures' caption.
storyteller-figures = Cifras
