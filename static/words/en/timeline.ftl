# The time line's eras, deals and dated sources, as its key lists them.

era-open = friend permissions open to apps
era-partners = closed for ordinary apps; partners continue
era-closed = closed for ordinary apps

# An era in the key: its words ($era), from its first day to its last ($from, $until), each
# day followed by its mark (era-mark-*, with its own space, or empty). One day alone when it
# is the time line's only day of the era.
era-span = { $era }: { $from }{ $from_mark } to { $until }{ $until_mark }
era-day = { $era }: { $from }{ $from_mark }
era-mark-unknown = {" "}(a stand-in: not known)
era-mark-illustrative = {" "}(illustrative)

# A deal in the key: $company's deal, from $start to $end (each as deal-start-* or deal-end-*
# says it).
deal-span = { $company }'s deal: { $start } to { $end }
deal-start-before = since before the time line
deal-start-illustrative = { $date } (illustrative)
deal-start-unknown = start not known ({ $date } is a stand-in)
# A deal the scenario gives no end.
deal-end-still = beyond the time line, no end given
# A deal that runs past the time line's last day ($date).
deal-end-past = past { $date }
deal-end-illustrative = { $date } (illustrative)
deal-end-unknown = end not known ({ $date } is a stand-in)

# A source's mark on the time line: on $date, $publisher publishes $title.
marker-published-by = { $date }: { $publisher } publishes "{ $title }"
marker-published = { $date }: "{ $title }" is published
