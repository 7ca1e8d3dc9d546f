# Por qué no se puede importar un archivo de red (una lista de aristas, CSV, GraphML o GEXF), y
# qué se fusionó o se dejó fuera por el camino. Cada problema va tras el nombre de su archivo y
# su línea (y columna), para poder encontrarlo. $file, $id, $name, $value y $found son del
# archivo, acortados, y nunca se traducen; las palabras de los formatos entre `comillas
# invertidas` se quedan como las escriben los archivos.

## Dónde

# El lugar de un problema: el nombre del archivo $file, y su $line (y $column).
network-at-line = { $file }, línea { $line }
network-at-column = { $file }, línea { $line }, columna { $column }

## Qué formato

# El nombre de la lista de aristas, como lo dan la ayuda y el README (CSV, GraphML y GEXF son nombres).
network-edge-list = lista de aristas
network-unknown-format = Spillover no sabe qué formato de red es este: dale un nombre que termine en .txt o .edges (una lista de aristas), .csv, .graphml o .gexf
network-no-file = no se dio ningún archivo
network-one-or-two = elige un archivo de red, o dos archivos CSV juntos (uno de personas, otro de amistades)
# $files es cuántos archivos se dieron.
network-nothing = { $files ->
    [one] el archivo no nombra
   *[other] los archivos no nombran
} ninguna persona ni ninguna amistad, así que no hay nada que importar
# $detail son las palabras del lector de XML (en inglés).
network-xml = esto no es XML bien formado: { $detail }
# $format es GraphML o GEXF; $found es el primer elemento del archivo, $root el que debe ser.
network-xml-root = esto no es { $format }: su primer elemento es <{ $found }>, no <{ $root }>

## Sus personas y amistades

# $line es donde se dio el id por primera vez.
network-id-twice = `{ $id }` ya está dado, en la línea { $line }; cada id se da una vez
# Como mucho $most bytes; el id (mostrado cortado, $id…) tiene $count.
network-id-too-long = un id tiene como mucho { $most } bytes; `{ $id }…` tiene { $count }
network-name-too-long = el nombre "{ $name }…" tiene más de { $most } caracteres
network-name-control = el nombre contiene un carácter de control o un no-carácter
network-company-friend = `{ $id }` es una empresa; las amistades unen a dos personas
# Una amistad que termina ($until) el día en que empieza ($from) o antes.
network-never-active = la amistad termina ({ $until }) antes o el mismo día en que empieza ({ $from })
network-messages = `messages` es true o false (yes o no, 1 o 0), no "{ $value }"
# Tras los cien primeros problemas: cuántos más hay.
network-more-problems = y { $count } problemas más
# La red se pudo leer, pero no da un escenario válido; $problem dice por qué.
network-not-a-scenario = la red se leyó, pero no como escenario: { $problem }

## CSV y listas de aristas

# Una línea con $cells celdas, cuando el id está en la celda $cell.
network-csv-no-id = esta línea tiene { $cells } celdas; el id está en la celda { $cell }
network-csv-two-columns = el archivo de amistades necesita dos columnas para los amigos, llamadas `a,b`, `source,target` o `from,to`
# $file es el nombre del archivo de personas.
network-csv-no-person = ninguna persona de { $file } tiene el id `{ $id }`
# $delimiter es el separador del archivo (una coma o un punto y coma); $found, lo que vino en su lugar.
network-csv-after-quote = tras unas comillas de cierre va `{ $delimiter }` o el final de la línea, no `{ $found }`; unas comillas dentro de una celda entre comillas se escriben dos veces ("")
network-csv-unclosed = esta celda entre comillas nunca se cierra: falta su `"` de cierre
# Una línea de una lista de aristas con un solo id; $commas es yes si contiene una coma o un punto y coma.
network-edges-one-id = una línea nombra una amistad como dos ids, `a b`; esta solo tiene `{ $id }`{ $commas ->
    [yes] ; si el archivo está separado por comas, dale un nombre que termine en .csv
   *[no] {""}
}

## Qué se fusionó o se dejó fuera, en la descripción de la red importada

# $count amistades listadas de nuevo; la primera repetición está en $file, en la línea $line.
network-note-repeated = { $count } { $count ->
    [one] amistad listada de nuevo (las mismas dos personas, en cualquier orden) fusionada
   *[other] amistades listadas de nuevo (las mismas dos personas, en cualquier orden) fusionadas
} con la primera; la primera repetición: { $file }, línea { $line }
# $count líneas que unen a alguien consigo mismo; la primera está en $file, en la línea $line.
network-note-loops = { $count } { $count ->
    [one] línea que une a alguien consigo mismo dejada fuera
   *[other] líneas que unen a alguien consigo mismo dejadas fuera
}; la primera: { $file }, línea { $line }
# El comienzo de la descripción de la red importada: el archivo $file del que vino.
network-imported-from = Importada de { $file }.

## Más sobre la forma de los archivos

network-csv-which-file = Spillover no sabe qué archivo contiene las personas y cuál las amistades: dale al archivo de personas las columnas `id,name` y al de amistades `a,b` (o `source,target`)
# $format es GEXF o GraphML.
network-no-graph = este archivo { $format } no contiene ningún <graph>
network-xml-doctype = Spillover no lee declaraciones de tipo de documento (`<!DOCTYPE …>`): quítala y vuelve a cargar el archivo
network-xml-node-id = un <node> necesita un atributo `id`
network-xml-edge-ends = un <edge> necesita los atributos `source` y `target`
