# Por qué no se leyó un archivo ZIP de una exportación, o una de sus entradas. $name es el
# nombre de una entrada del ZIP, tal como se escribió, nunca traducido; las posiciones de bytes
# y los tamaños van como cifras sin agrupar, como los muestran las herramientas de ZIP.

## Una entrada rechazada

# $name, y $why, por qué se rechazó (uno de los tres mensajes siguientes).
zip-entry-refused = «{ $name }»: { $why }
zip-path-outside = su ruta sale de la exportación (una ruta absoluta, o `..`), así que nunca se usó
zip-encrypted = está cifrada, así que no se pudo leer
# $method es el número con que ZIP dice cómo está comprimida una entrada.
zip-method = está comprimida con el método { $method }{ $known ->
    [deflate64] {" "}(deflate64)
    [bzip2] {" "}(bzip2)
    [lzma] {" "}(LZMA)
    [zstandard] {" "}(Zstandard)
    [xz] {" "}(XZ)
    [aes] {" "}(cifrado AES)
   *[none] {""}
}, que Spillover no lee (solo stored y deflate)
zip-no-entry = no hay ninguna entrada { $index } en este ZIP
zip-folder = «{ $name }» es una carpeta, no un archivo
# $size descomprimido, por encima de los $most que lee Spillover (cada uno zip-megabytes).
zip-too-big = «{ $name }» ocupa { $size } descomprimido; Spillover lee archivos de una exportación de hasta { $most }, así que no se leyó
zip-stored-size = «{ $name }» está guardado en { $compressed } bytes para { $size } descomprimidos, cosa que no hace ningún programa de ZIP; el archivo está dañado
zip-runs-into-next = los datos de «{ $name }» invaden la entrada siguiente (hasta el byte { $end }, más allá del byte { $limit }): el truco de una bomba ZIP, o un archivo dañado; no se leyó
zip-no-local-header = no hay cabecera para «{ $name }» en el byte { $byte }, donde la pone el directorio; el archivo está dañado
zip-headers-disagree = las dos cabeceras de «{ $name }» no coinciden en cómo está comprimido; el archivo está dañado
zip-does-not-unpack = «{ $name }» no se descomprime: sus datos comprimidos están dañados
zip-unpacks-short = «{ $name }» se descomprime en { $bytes } bytes, no en los { $size } que da su directorio; el archivo está dañado
zip-checksum = «{ $name }» está dañado: su suma de comprobación no coincide con sus datos
zip-bomb = «{ $name }» se descomprime en más de los { $size } bytes que da su directorio: una bomba ZIP, o un archivo dañado; no se leyó

## El ZIP en su conjunto

zip-not-a-zip = no hay directorio ZIP al final de sus { $bytes } bytes: esto no es un archivo ZIP, o está cortado (una descarga que no terminó)
zip-too-short = tiene { $bytes } bytes, demasiado corto para ser un archivo ZIP
zip-split = este ZIP está dividido en varios discos o archivos (.z01, .z02, …), que Spillover no lee; las partes de Facebook son ZIP completos, cada uno leído por separado
zip-no-record64 = el ZIP dice que su directorio está en un registro ZIP64, pero no tiene ninguno; el archivo está dañado
zip-locator-past = el localizador ZIP64 (en el byte { $locator }) apunta al byte { $record }, más allá de sí mismo; el archivo está dañado
zip-no-end64 = no hay registro final ZIP64 en el byte { $record }, adonde apunta su localizador; el archivo está dañado
zip-too-many = el ZIP lista { $entries } entradas; Spillover lee ZIP de hasta { $most }
zip-directory-too-many = el directorio del ZIP lista más de { $most } entradas; Spillover lee ZIP de hasta esa cantidad
zip-directory-too-big = el directorio del ZIP ocupa { $size }; Spillover lee directorios de hasta { $most }
zip-directory-past-end = el directorio del ZIP (bytes { $start } a { $end }) va más allá de su registro final (en el byte { $record }); el archivo está dañado o cortado
# La entrada número $entry del directorio, en $byte, está dañada: $why (uno de los dos
# siguientes, o zip-field-missing).
zip-directory-damaged = el directorio del ZIP está dañado en su entrada { $entry } (byte { $byte }): { $why }
zip-no-file-header = no hay ninguna cabecera de archivo ahí
zip-name-past-end = su nombre y sus campos van más allá del final del directorio
# $what es size, compressed o position.
zip-field-missing = { $what ->
    [size] su tamaño está
    [compressed] su tamaño comprimido está
   *[position] su posición está
} en un campo ZIP64 que falta o es demasiado corto
zip-count-disagrees = el directorio del ZIP contiene { $counted } entradas, pero su registro final dice { $said }; el archivo está dañado
zip-overlap = las entradas «{ $name }» y «{ $other }» se solapan: el truco de una bomba ZIP, o un archivo dañado; no se usó nada de este ZIP
zip-past-directory = la entrada «{ $name }» va más allá del comienzo del directorio (byte { $byte }); el archivo está dañado, y no se usó nada de él
zip-out-of-order = el ZIP se leyó en desorden
zip-open-already = el ZIP ya está abierto

## La lectura de sus bytes

# $what necesitaba los bytes $start a $end, y solo había $there: $what es zip-its-end o el
# nombre de una entrada.
zip-ended-early = el archivo terminó antes de tiempo: { $what } necesitaba los bytes { $start } a { $end }, y había { $there }; ¿está cortada la descarga?
zip-its-end = el final del ZIP
# Las palabras del propio sistema sobre lo que falló son $error.
zip-no-length = no se puede saber la longitud del archivo: { $error }
zip-cannot-read = no se pueden leer los bytes { $start } a { $end }: { $error }
# Un tamaño en megabytes, con un decimal.
zip-megabytes = { NUMBER($megabytes, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
