# The sandbox's editor: its bar (which sandbox, its title, date and friend permissions), and
# the forms that add people, friendships, sign-ins, deals and handovers.
#
# Spanish: a sandbox is a "laboratorio"; a grant (a sign-in with what it lets a company see)
# is a "permiso".

## The bar

# The name of a new sandbox: a copy of the built-in $title, or the $number-th sandbox.
sandbox-copy-of = Mi copia de { $title }
sandbox-numbered = Laboratorio { $number }
sandbox-from-empty = una red vacía
sandbox = Laboratorio
sandbox-name = Nombre
sandbox-new-from = Nuevo a partir de
sandbox-new = Nuevo laboratorio
sandbox-undo = ↶ Deshacer
sandbox-redo = ↷ Rehacer
sandbox-save = Guardar como archivo
sandbox-load = Cargar un archivo
sandbox-load-hint = o arrastra uno a la página: un escenario o una red como lista de aristas, CSV (personas y amistades juntas), GraphML o GEXF
# Asks before the sandbox called $name is deleted.
sandbox-delete-ask = ¿Eliminar «{ $name }» para siempre?
sandbox-delete-yes = Sí, eliminar
sandbox-delete-no = No
sandbox-delete = Eliminar…
sandbox-title = Título
sandbox-date = Fecha mostrada
sandbox-date-needed = El laboratorio necesita una fecha que mostrar: escríbela como año-mes-día, por ejemplo 2014-05-13.
sandbox-policy = Las aplicaciones pueden pedir datos de amigos
sandbox-policy-from = desde
sandbox-policy-until = hasta
# What a date field shows when empty.
date-placeholder = aaaa-mm-dd

## The forms

# Before the name a person or company would share ($words: whose name it already is):
# "Press "Add person" again" ($button: the form's button).
form-name-taken = { $words } Pulsa «{ $button }» otra vez para añadirlo de todos modos, o cambia el nombre.
form-name = Nombre
form-kind = Tipo
form-from = desde
form-until = hasta
form-add-person-title = Añadir una persona
form-add-person = Añadir persona
form-add-company-title = Añadir una empresa
form-add-company = Añadir empresa
company-kind-app = una aplicación
company-kind-partner = un socio
company-kind-broker = un intermediario de datos
form-friends-title = Crear una amistad entre dos personas
form-friends-first = Primera persona
# Between the two friends' pickers (with its spaces).
form-friends-and = {" "}y{" "}
form-friends-message = se escriben mensajes
form-friends-add = Añadir amistad
form-grant-title = Una persona inicia sesión en una empresa
form-grant-person = Persona que inicia sesión
# Between the person's picker and the company's.
form-grant-signs-in-to = {" "}inicia sesión en{" "}
form-grant-own = y le deja ver, de sus propios datos:
form-grant-friends = y de los de sus amigos:
form-grant-no-messages = No hay casilla para los mensajes de los amigos: los mensajes de una persona ya incluyen lo que todos le escriben.
form-grant-asked = se le preguntó (desmarca para una conexión sobre la que nadie preguntó: un acuerdo)
form-grant-add = Añadir permiso
form-deal-title = Un acuerdo con la plataforma
# Before the company's picker.
form-deal-for = para{" "}
form-deal-friends = datos de amigos a los que puede llegar a través de sus usuarios, aunque las aplicaciones no puedan
form-deal-ignores = aunque la configuración de los amigos diga que no
form-deal-all = datos de todos los usuarios, sin preguntar
form-deal-add = Añadir acuerdo
form-transfer-title = Una empresa cede datos a otra
form-transfer-from = Empresa que cede los datos
# Between the two companies' pickers.
form-transfer-hands-to = {" "}cede a{" "}
form-transfer-data = estos datos
form-transfer-add = Añadir cesión

## The editor around the forms

editor-title = Crea el tuyo
editor-to-forms = Añadir personas y empresas ↓
editor-forms-title = Añadir y quitar
editor-forms-hint = Cada formulario hace lo mismo que un gesto en el grafo, solo con el teclado. Los cambios cuentan al momento; «Deshacer» los revierte.
editor-date-hint = Las fechas se escriben año-mes-día, como 2014-05-13; deja una vacía para no poner límite.
editor-to-graph = Volver a la imagen ↑
# The button that undoes the change said in $change.
editor-undo = Deshacer
editor-undo-label = Deshacer: { $change }

## The lists of what a sandbox holds

# A list's $title and how many it holds ($count).
list-heading = { $title } ({ $count })
list-filter = Filtrar
# $noun: what the list holds, as its title says it in lower case.
list-filter-label = Filtrar { $noun } por nombre
list-pages = Páginas de { $noun }
# An entry's dates, each field named with the entry's words ($entry).
list-from = Desde: { $entry }
list-until = Hasta: { $entry }
list-remove = Quitar
list-remove-entry = Quitar: { $entry }
# A person or company in the list, by $name.
list-name-of = Nombre de { $name }
list-remove-named = Quitar a { $name }
list-platform-apps = aplicaciones de la plataforma activadas
list-apps-others-use = «Aplicaciones que usan otras personas»:

## Entries in words

# $first and $second are friends; $messages: "yes" when they message each other.
entry-friendship = { $first } y { $second }{ $messages ->
    [yes] , que se escriben mensajes
   *[no] {""}
}
# A sign-in of $person to $company, for $scopes (a list); $asked: "no" when nobody asked them.
entry-grant = { $person } → { $company }: { $scopes }{ $asked ->
    [no] {" "}(nunca se le preguntó)
   *[yes] {""}
}
# Friends' data of a kind, in a sign-in or a deal.
entry-friends = de amigos ({ $categories })
entry-friends-whatever = de amigos ({ $categories }), sea cual sea su configuración
entry-every-user = de todos los usuarios ({ $categories })
# $company's deal, over $parts (joined by semicolons).
entry-deal = Acuerdo de { $company }: { $parts }
entry-transfer = { $from } → { $to }: { $categories }
# Each list's title, and what it holds in running text.
list-people = Personas
list-people-noun = personas
list-companies = Empresas
list-companies-noun = empresas
list-friendships = Amistades
list-friendships-noun = amistades
list-grants = Permisos
list-grants-noun = permisos
list-deals = Acuerdos
list-deals-noun = acuerdos
list-transfers = Cesiones
list-transfers-noun = cesiones

## Rules in bulk, for big networks

bulk = Reglas en bloque
bulk-hint = Para redes grandes: una regla sobre una parte de la gente, elegida por un sorteo numerado (el mismo número elige a las mismas personas). Un solo «Deshacer» revierte una regla.
bulk-quiz-title = Un cuestionario instalado por una parte de la gente
bulk-quiz-app = Aplicación
bulk-quiz-share = instalado por (% de personas)
bulk-draw = número de sorteo
bulk-quiz-own = pide sus propios datos:
bulk-quiz-friends = y los de sus amigos:
bulk-quiz-add = Instalar el cuestionario
# The form's name for assistive technology.
bulk-narrow-label = Una parte de la gente restringe Aplicaciones que usan otras personas
bulk-narrow-title = Una parte de la gente restringe «Aplicaciones que usan otras personas»
bulk-narrow-share = parte (% de personas)
bulk-narrow-keep = y deja que las aplicaciones de los amigos vean solo
bulk-narrow-add = Restringir su configuración
bulk-deal-title = Un acuerdo de un socio sobre todos los usuarios
bulk-deal-partner = Socio
bulk-deal-data = obtiene de todos los usuarios
bulk-deal-add = Añadir el acuerdo
bulk-refuse-nobody = Todavía no hay nadie entre quien elegir: añade personas o carga una red.
# A $share that is not 1% to 100%.
bulk-refuse-share = Una parte va del 1 % al 100 % de las personas, no { $share } %.
bulk-refuse-no-scopes = Elige al menos una cosa que pida el cuestionario.
bulk-refuse-no-data = Elige al menos un tipo de dato que dé el acuerdo.
bulk-refuse-person-id = «{ $id }» es el id de una persona; elige otro.
# The empty first choice of a form's drop-down list.
form-choose = elige…
