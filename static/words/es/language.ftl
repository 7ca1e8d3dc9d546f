# El idioma en sí: su propio nombre en el selector, su dirección de escritura y cómo escribe los
# números (CLDR: separador de miles, separador decimal y cuántas cifras ha de tener un número
# para agrupar sus miles; el español escribe 4039 pero 40.390). Spillover los lee al compilarse.

language-name = Español
language-direction = ltr
number-group = .
number-decimal = ,
number-grouped-from = 5

## Elegir un idioma

# El nombre del selector de idioma, para lectores de pantalla.
language-picker = Idioma
# Cuando no se pudieron cargar las palabras del idioma elegido. $language es su propio nombre.
language-not-loaded = No se pudo cargar { $language }, así que la página sigue en inglés.
# En una nota sobre la dirección: lo que no es un valor de lang= (tras «… no es»).
address-what-language = un idioma que Spillover habla
