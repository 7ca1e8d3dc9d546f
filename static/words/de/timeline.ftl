# The time line's eras, deals and dated sources, as its key lists them.

era-open = Freundesberechtigungen für Apps offen
era-partners = für gewöhnliche Apps geschlossen; Partner machen weiter
era-closed = für gewöhnliche Apps geschlossen

# An era in the key: its words ($era), from its first day to its last ($from, $until), each
# day followed by its mark (era-mark-*, with its own space, or empty). One day alone when it
# is the time line's only day of the era.
era-span = { $era }: { $from }{ $from_mark } bis { $until }{ $until_mark }
era-day = { $era }: { $from }{ $from_mark }
era-mark-unknown = {" "}(Platzhalter: nicht bekannt)
era-mark-illustrative = {" "}(zur Veranschaulichung)

# A deal in the key: $company's deal, from $start to $end (each as deal-start-* or deal-end-*
# says it). German: a dash rather than "bis", so that deal-end-still reads.
deal-span = Deal von { $company }: { $start } – { $end }
deal-start-before = schon vor Beginn der Zeitleiste
deal-start-illustrative = { $date } (zur Veranschaulichung)
deal-start-unknown = Beginn nicht bekannt ({ $date } ist ein Platzhalter)
deal-end-still = läuft weiter
# A deal that runs past the time line's last day ($date).
deal-end-past = über { $date } hinaus
deal-end-illustrative = { $date } (zur Veranschaulichung)
deal-end-unknown = Ende nicht bekannt ({ $date } ist ein Platzhalter)

# A source's mark on the time line: on $date, $publisher publishes $title.
marker-published-by = { $date }: { $publisher } veröffentlicht „{ $title }“
marker-published = { $date }: „{ $title }“ erscheint
