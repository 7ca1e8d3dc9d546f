# Por qué no se puede leer un archivo de escenario (o un escenario en un enlace): cada problema
# va tras la ruta JSON del valor que falla (`grants[3].scopes[1]: …`), para poder encontrarlo.
# Los nombres de campos, los ids y las palabras del formato entre `comillas invertidas` o
# "comillas" son del archivo y se quedan en inglés; $value, $id y $found son lo que contiene el
# archivo, acortado, y nunca se traducen.

## Dónde

# Un problema en un archivo que no es JSON en absoluto, en su $line y $column.
problem-at-position = línea { $line }, columna { $column }
problem-unnamed = algo falla en este escenario, pero no se nombró ningún problema

## Su forma

# Lo que dice serde mismo es $detail (en inglés).
problem-json-eof = el archivo termina demasiado pronto ({ $detail }); ¿está cortado?
problem-json-syntax = esto no es JSON válido: { $detail }
# $format es spillover-scenario; $found es uno de los mensajes problem-kind.
problem-not-an-object = un archivo de escenario contiene un objeto JSON ({"{"} "format": "{ $format }", … {"}"}), no { $found }
# $field es el del archivo; $fields son los campos de un escenario.
problem-unknown-field = campo desconocido `{ $field }`; los campos de un escenario son { $fields }
problem-missing-field = falta el campo `{ $field }`
problem-not-a-list = se esperaba una lista, se encontró { $found }
# Qué es un valor JSON, como lo dice «se encontró» arriba.
problem-kind-null = null
problem-kind-bool = true o false
problem-kind-number = un número
problem-kind-string = un texto
problem-kind-list = una lista
problem-kind-object = un objeto

## Su significado

problem-not-ours = esto no es un escenario de Spillover: `format` debe ser "{ $expected }", no "{ $found }"
problem-version = este archivo tiene la versión de formato { $version }; este Spillover lee la versión { $reads }
# $first es la ruta JSON del elemento que ya tiene el id.
problem-source-id-taken = `{ $id }` ya es el id de { $first }
problem-id-taken = `{ $id }` ya es el id de { $first }; los ids son únicos entre personas y empresas
problem-not-web-address = "{ $value }" no es una dirección web que empiece por https:// o http://
problem-company-kind = "{ $value }" no es un tipo de empresa; usa "app", "partner" o "broker"
problem-friendship-two = una amistad es entre exactamente dos personas, no { $count }
problem-friends-with-self = `{ $id }` no puede ser amigo de sí mismo
problem-grant-no-scope = un permiso necesita al menos un ámbito, como "likes" o "friends.likes"
problem-transfer-same = una cesión va de una empresa a otra, pero las dos son `{ $id }`
problem-transfer-no-category = una cesión necesita al menos una categoría
problem-no-such-id = ninguna persona ni empresa tiene el id `{ $id }`
problem-what-if-choice = "{ $value }" no es una opción aquí; usa "as_scenario", "never" o "always"
problem-step-no-text = un paso necesita algo de texto
# Como mucho $most caracteres; este texto tiene $count.
problem-step-too-long = el texto de un paso tiene como mucho { $most } caracteres; este tiene { $count }
problem-step-control = el texto de un paso contiene un carácter de control o un no-carácter (solo pueden ir saltos de línea y tabulaciones)
problem-step-mode = "{ $value }" no es una vista; usa "access" (lo que las empresas pueden ver en la fecha) o "collected" (lo que podrían haber recopilado hasta ella)
problem-id-empty = un id no puede estar vacío
# Como mucho $most bytes; este id tiene $count.
problem-id-too-long = un id tiene como mucho { $most } bytes; este tiene { $count }
problem-id-control = el id "{ $id }" empieza o termina con un espacio, o contiene un carácter de control o un no-carácter
# Un nombre o un título.
problem-name-empty = esto no puede estar vacío
problem-name-too-long = esto tiene más de { $most } caracteres
problem-name-control = esto contiene un carácter de control o un no-carácter
# Un elemento que termina ($until) el día en que empieza ($from) o antes: $when es same o before.
problem-never-active = esto termina ({ $until }) { $when ->
    [same] el mismo día en que
   *[before] antes de que
} empieza ({ $from }), así que nunca está activo; `until` es el primer día en que ya no vale
# $end es "from" o "until", las palabras del archivo.
problem-illustrative-and-unknown = "{ $end }" figura como ilustrativo y como desconocido; una fecha desconocida es una fecha supuesta, así que ponla una vez, en `unknown`
problem-not-an-end = "{ $value }" no es una fecha de este elemento; la lista puede contener "from" y "until"
problem-end-twice = "{ $end }" figura dos veces
# $list es illustrative o unknown, las palabras del archivo.
problem-end-missing = esto marca "{ $end }" como { $list }, pero el elemento no tiene fecha `{ $end }`
# $all son las categorías, como las escribe el archivo.
problem-unknown-category = "{ $value }" no es una categoría; las categorías son { $all }
# $category es problem-unknown-category, dicho antes.
problem-unknown-scope = { $category }; los datos de un amigo se piden con "friends." y una categoría, como "friends.likes"
problem-friends-messages = "friends.messages" no existe: los mensajes llegan a una empresa por la regla del buzón, así que da permiso para "messages" en su lugar
problem-needs-person = `{ $id }` es una empresa, y aquí hace falta una persona
problem-no-such-person = ninguna persona tiene el id `{ $id }`
problem-needs-company = `{ $id }` es una persona, y aquí hace falta una empresa
problem-no-such-company = ninguna empresa tiene el id `{ $id }`
problem-no-such-source = ninguna entrada de `sources` tiene el id `{ $id }`

# A date in a file (or on the command line) that is not year-month-day, or not a real day.
problem-date-shape = «{ $text }» no es una fecha de la forma AAAA-MM-DD
problem-date-calendar = «{ $text }» no es un día del calendario
