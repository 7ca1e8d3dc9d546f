# Por qué no se leyó la propia exportación de Facebook de quien lee, o uno de sus archivos
# («Tus datos»). Cada mensaje es de un archivo y va tras su ruta. Los nombres de campos entre
# `comillas invertidas` son de la exportación, como los escribe Facebook; $path y $why son
# palabras de la exportación o de otro lector.

## Un archivo de la exportación

# $megabytes con un decimal; $most es el límite en megabytes enteros.
export-too-big = ocupa { NUMBER($megabytes, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB; Spillover lee archivos de una exportación de hasta { $most } MB, así que no se leyó
export-elsewhere = se llama como un archivo que lee Spillover, pero está en una carpeta donde las exportaciones de Facebook no lo ponen (¿es la exportación de otra plataforma?)
# $why es lo que dijo el lector del archivo.
export-not-understood = no se pudo entender: { $why }
# $count filas de una lista sin nombre.
export-unnamed = { $count } { $count ->
    [one] fila sin nombre dejada fuera
   *[other] filas sin nombre dejadas fuera
}
export-no-activity-lists = no contiene ni `off_facebook_activity` ni `off_facebook_activity_v2`, las listas de un archivo de actividad fuera de Facebook
export-advertisers-list = contiene una lista, donde un archivo de anunciantes contiene un objeto
export-no-uploaded-lists = no contiene ni `custom_audiences` ni `custom_audiences_v2` ni `label_values`, las listas de este archivo
export-no-using-lists = no contiene ni `custom_audiences_all_types_v2` ni `label_values`, las listas de este archivo
export-apps-list = contiene una lista, donde un archivo de aplicaciones contiene un objeto con `installed_apps_v2`
export-no-apps-lists = no contiene ni `installed_apps` ni `installed_apps_v2`, las listas de un archivo de aplicaciones
export-friends-list = contiene una lista, donde un archivo de amigos contiene un objeto con `friends_v2`
export-no-friends-lists = no contiene ni `friends` ni `friends_v2`, las listas de un archivo de amigos

## Su JSON

# Un $problem en la ruta JSON $path de un valor.
export-json-at = en { $path }: { $problem }
# $at es dónde, como lo dice problem-at-position; $detail son las palabras del lector de JSON (en inglés).
export-json-deep = está anidado a más de 128 niveles ({ $at }); ninguna exportación lo está, así que no se leyó
export-json-eof = termina antes de tiempo ({ $at }); ¿está cortado?
export-json-syntax = no es JSON válido: { $detail } ({ $at })
export-json-data = { $detail } ({ $at })

## La exportación en su conjunto

export-none-understood = no se pudo entender ninguno de los archivos de la exportación que lee Spillover; cada uno está listado con el motivo
export-nothing-opened = no se pudo abrir nada de lo dado; cada parte está listada con el motivo
# Se dieron $files archivos, ninguno parte de una exportación de Facebook.
export-not-found = no se encontró ninguna parte de una exportación de Facebook entre { $files } { $files ->
    [one] archivo
   *[other] archivos
}: Spillover lee la lista de amigos, las aplicaciones conectadas, la actividad fuera de Facebook y los anunciantes de la exportación en JSON (como connections/friends/your_friends.json)
export-html = esta es una exportación en HTML: Facebook la escribió para leerla en un navegador, y Spillover lee la exportación en JSON. Vuelve a pedirle tu información a Facebook con el formato JSON (Configuración, «Descargar tu información», Formato: JSON, Intervalo de fechas: Desde el principio)
# Una parte dada que no es un ZIP; $why son las palabras del lector de ZIP.
export-not-a-zip = no se pudo abrir como ZIP: { $why }
export-lost = se perdió

## La copia guardada en este dispositivo

# $error son las palabras del propio lector de JSON.
export-kept-damaged = la copia guardada en este dispositivo está dañada ({ $error })
export-kept-version = la copia guardada en este dispositivo es de otra versión ({ $format } { $version }) que la que lee esta página
export-kept-list = la copia guardada en este dispositivo nombra una lista que esta página no conoce
export-kept-both = la copia guardada en este dispositivo está dañada (un archivo leído y no leído a la vez)
export-kept-section = la copia guardada en este dispositivo nombra una sección que esta página no conoce
# Una parte de la exportación, un ZIP, que ya no estaba al leerla.
export-zip-lost = su ZIP se perdió
