# The time line's eras, deals and dated sources, as its key lists them.

era-open = permisos de amigos abiertos a las aplicaciones
era-partners = cerrado a las aplicaciones comunes; los socios siguen
era-closed = cerrado a las aplicaciones comunes

# An era in the key: its words ($era), from its first day to its last ($from, $until), each
# day followed by its mark (era-mark-*, with its own space, or empty). One day alone when it
# is the time line's only day of the era.
era-span = { $era }: del { $from }{ $from_mark } al { $until }{ $until_mark }
era-day = { $era }: { $from }{ $from_mark }
era-mark-unknown = {" "}(fecha supuesta: no se conoce)
era-mark-illustrative = {" "}(ilustrativa)

# A deal in the key: $company's deal, from $start to $end (each as deal-start-* or deal-end-*
# says it).
deal-span = Acuerdo de { $company }: { $start } – { $end }
deal-start-before = antes de la línea de tiempo
deal-start-illustrative = { $date } (ilustrativa)
deal-start-unknown = inicio desconocido ({ $date } es una fecha supuesta)
deal-end-still = vigente
# A deal that runs past the time line's last day ($date).
deal-end-past = después del { $date }
deal-end-illustrative = { $date } (ilustrativa)
deal-end-unknown = fin desconocido ({ $date } es una fecha supuesta)

# A source's mark on the time line: on $date, $publisher publishes $title.
marker-published-by = { $date }: { $publisher } publica «{ $title }»
marker-published = { $date }: se publica «{ $title }»
