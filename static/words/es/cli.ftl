# Las palabras propias de la línea de comandos: su ayuda, y por qué se detuvo una orden. La línea
# de comandos habla inglés; sus palabras están aquí para que sigan en un solo sitio con las de
# la página. Las opciones, órdenes y nombres de archivo ($option, $command, $name, $value,
# $argument) van como se escribieron, nunca traducidos. $error son las palabras del sistema.

## La ayuda, mostrada tras cualquier error en la línea de comandos

# $formats es una línea por cada formato de red que lee import, con sus terminaciones; $cutoff
# es el día desde el que las aplicaciones ya no podían pedir los datos de los amigos. Una línea
# que empieza con {"  "} conserva sus espacios.
cli-usage = uso:
    {"  "}spillover-cli check FILE
    {"      "}Comprueba un archivo de escenario; escribe cada problema en su propia línea.
    {"  "}spillover-cli exposure FILE [--date YYYY-MM-DD] [--collected]
    {"      "}Escribe en JSON qué empresa puede ver qué en la fecha (la del propio escenario si no
    {"      "}se da otra); con --collected, lo que cada empresa podría haber recopilado hasta esa fecha.
    {"  "}spillover-cli import FILE [FILE2]
    {"      "}Lee una red de amigos, un archivo o dos archivos CSV (personas y amistades), y la
    {"      "}escribe como archivo de escenario; los problemas van a la salida de errores, cada uno
    {"      "}con su línea y columna. Un archivo se reconoce por la terminación de su nombre, o
    {"      "}(entrada estándar, sin terminación) por lo que contiene:
    { $formats }
    {"  "}spillover-cli layout FILE
    {"      "}Escribe en JSON dónde dibuja la página a cada persona y empresa (en unidades de
    {"      "}diseño, 1000 por 640).
    {"  "}spillover-cli view ADDRESS [FILE]
    {"      "}Escribe en JSON lo que muestra la página en ADDRESS (un enlace, o su parte desde el #):
    {"      "}el titular, la tabla de empresas, el pie de la imagen, la línea bajo ella de cada
    {"      "}persona y empresa, el «¿Por qué?» de la persona o empresa seleccionada y cuántos
    {"      "}hechos lista la tabla. FILE es el escenario de una dirección que nombra el laboratorio
    {"      "}de quien lee (guardado con «Guardar como archivo»).
    {"  "}spillover-cli link FILE
    {"      "}Escribe la parte de dirección de un enlace que lleva el escenario entero (#data=…),
    {"      "}como la escribe «Copiar enlace» de la página: añádela a la dirección de Spillover
    {"      "}para compartir el archivo como enlace.
    {"  "}spillover-cli prerender [SLUG] [--lang CODE]
    {"      "}Escribe en HTML la primera pantalla del escenario incluido SLUG (friends si no se
    {"      "}da otro): lo que muestra la página al abrirse, que la compilación escribe en
    {"      "}index.html para que se pueda leer antes de los scripts y sin ellos. Con --lang, en ese
    {"      "}idioma (de, es; inglés si no se da), con el lang y el dir del idioma en su elemento.
    {"  "}spillover-cli generate --model MODEL --people N --friends K --seed S --install-rate R
    {"                        "}[--opt-out R] [--permissions open|closed] [--figures]
    {"      "}Escribe una red generada como archivo de escenario: la misma red, las mismas personas
    {"      "}que instalan el cuestionario y la misma configuración que muestra la vista «A gran escala» de la página
    {"      "}para esas opciones. MODEL es barabasi-albert, watts-strogatz o facebook-like;
    {"      "}N personas (de 10 a 100.000), K amigos de media por persona, S un número entero;
    {"      "}R una proporción de 0 a 1 (--install-rate 0.01 es el 1 %); --opt-out la proporción de
    {"      "}quienes restringieron «Aplicaciones que usan otras personas» (0 si no se da); los permisos de
    {"      "}amigos abiertos si no se da otra cosa. Con --figures, escribe solo las cifras de la
    {"      "}red entera en JSON (people, friendships, installers, reached, reached_without_consent,
    {"      "}per_installer), como las calcula la página, para cualquier tamaño que genere la
    {"      "}página (hasta 1.000.000 de personas y 20.000.000 de amistades; un archivo de
    {"      "}escenario admite 100.000 personas).
    {"  "}spillover-cli mine PATH... [--names]
    {"      "}Lee tu propia exportación de Facebook («Descargar tu información», formato JSON):
    {"      "}PATH es su ZIP (o cada una de sus partes), su carpeta descomprimida o archivos JSON de
    {"      "}ella. Escribe en JSON cuántos amigos tienes y cuántos desde antes del { $cutoff }, las
    {"      "}aplicaciones que conectaste (antes de ese día, después, fecha desconocida), las
    {"      "}empresas que enviaron a Facebook tu actividad y sus eventos, los anunciantes con tu
    {"      "}información, y los archivos leídos y no entendidos. Los nombres (de amigos,
    {"      "}aplicaciones, empresas, anunciantes) solo se escriben con --names. Solo se leen el
    {"      "}directorio del ZIP y los pocos archivos necesarios.
    {"  "}FILE puede ser - para leer la entrada estándar. Los archivos de más de 64 MB se rechazan sin leerlos.

## La línea de comandos dada

cli-no-command = no se dio ninguna orden
cli-unknown-command = orden desconocida `{ $command }`
cli-unknown-option = opción desconocida { $option }
cli-unexpected = argumento inesperado { $argument }
# $command es check, link o layout.
cli-takes-one-file = `{ $command }` toma exactamente un FILE
cli-view-takes = `view` toma una ADDRESS y como mucho un FILE
cli-prerender-takes = `prerender` toma como mucho el nombre de un escenario incluido
cli-import-takes = `import` toma un FILE, o dos archivos CSV (personas y amistades)
cli-mine-needs = `mine` necesita un PATH: el ZIP de tu exportación (o sus partes), su carpeta, o archivos JSON de ella
cli-date-needs = --date necesita una fecha, YYYY-MM-DD
cli-needs-value = { $option } necesita un valor
# $what es una de las opciones que necesita generate, como se escribió (--model, --people N, …).
cli-generate-needs = `generate` necesita { $what }
cli-not-a-model = --model: «{ $value }» no es un modelo; los modelos son barabasi-albert, watts-strogatz y facebook-like
cli-not-a-seed = --seed: «{ $value }» no es un número entero de 0 a { $most }
cli-not-permissions = --permissions: «{ $value }» no es ni open ni closed
cli-not-whole = { $option }: «{ $value }» no es un número entero
cli-not-a-share = { $option }: «{ $value }» no es una proporción de 0 a 1 (0.01 es el 1 %)
cli-not-an-address = { $address } no es una dirección: no tiene #
cli-no-builtin = no hay ningún escenario incluido llamado `{ $name }`; hay { $names }
cli-builtin-unreadable = no se pudo leer el escenario incluido `{ $name }`
# $what es uno de los cuatro siguientes, o una opción.
cli-not-utf8 = { $what } no es UTF-8 válido: { $argument }
cli-the-command = la orden
cli-the-address = la dirección
cli-the-scenario-name = el nombre del escenario
cli-an-option = una opción

## Archivos leídos

# $kind es scenario o network.
cli-the-file = el { $kind ->
    [scenario] archivo de escenario
   *[network] archivo de red
} { $name }
cli-standard-input = el { $kind ->
    [scenario] archivo de escenario
   *[network] archivo de red
} de la entrada estándar
# El nombre con que se escribe un archivo leído de la entrada estándar.
cli-standard-input-name = (entrada estándar)
# $what es cli-the-file o cli-standard-input, o una ruta.
cli-cannot-read = no se puede leer { $what }: { $error }
cli-cannot-read-folder = no se puede leer la carpeta { $folder }: { $error }
cli-it-cannot-be-read = no se puede leer: { $error }
# $what ocupa $megabytes (con un decimal), más de los $most que puede ocupar un archivo de tipo $kind.
cli-too-big = { $what } ocupa { NUMBER($megabytes, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB; spillover-cli lee { $kind ->
    [scenario] archivos de escenario
   *[network] archivos de red
} de hasta { $most } MB, así que no leyó nada de él
cli-over = { $what } ocupa más de { $most } MB; spillover-cli lee { $kind ->
    [scenario] archivos de escenario
   *[network] archivos de red
} de hasta { $most } MB, así que se detuvo ahí
cli-not-utf8-file = línea { $line }, columna { $column }: el archivo no es texto UTF-8; guárdalo como UTF-8

## Lo que encontró una orden

# Un archivo de escenario válido, $name, y lo que contiene.
cli-valid = { $name }: válido ({ $people } personas, { $companies } empresas, { $friendships } amistades, { $grants } permisos, { $agreements } acuerdos, { $transfers } cesiones)
# Se encontraron $count problemas en el archivo de escenario $name.
cli-not-valid = { $name }: no es un escenario válido ({ $count } { $count ->
    [one] problema
   *[other] problemas
})
cli-not-imported = no importado ({ $count } { $count ->
    [one] problema
   *[other] problemas
})
# Una nota sobre lo que se fusionó o se dejó fuera de una red importada.
cli-note = nota: { $note }
cli-cannot-write = no se puede escribir la salida: { $error }
cli-cannot-write-report = no se pudo escribir el informe: { $error }
cli-cannot-write-layout = no se pudo escribir el diseño: { $error }
cli-cannot-write-view = no se pudo escribir la vista: { $error }

## Una dirección que no nombra ningún escenario (spillover-cli view)

cli-view-scale = esta dirección nombra «A gran escala», que no tiene escenario: `spillover-cli generate --figures` da sus cifras
cli-view-mine = esta dirección nombra «Tus datos», que lee la propia exportación de quien lee en su navegador: `spillover-cli mine PATH` da sus cifras
cli-view-sandbox = esta dirección nombra el laboratorio de quien lee, que vive en su navegador: da su archivo de escenario («Guardar como archivo») después de la dirección

## --lang (spillover-cli prerender and view)

cli-lang-needs = --lang necesita el código de un idioma
cli-the-language = el idioma
# $code: what was asked for; $codes: the languages there are, "en, de, es".
cli-lang-unknown = Spillover no habla `{ $code }`; habla { $codes }
