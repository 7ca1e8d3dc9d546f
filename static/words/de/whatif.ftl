# The what-if switches beside the graph.

whatif = Was wäre, wenn …
# Before the choice of how friend permissions go.
whatif-friend-permissions = Freundesberechtigungen
whatif-as-they-were = wie sie waren
whatif-never-open = nie für Apps offen
whatif-never-closed = nie geschlossen
whatif-deals = Partner-Deals und Verbindungen, bei denen niemand gefragt wurde
whatif-opt-out = Alle hätten „Von anderen Nutzern verwendete Apps“ ausgeschaltet
whatif-nothing-changes = Keiner dieser Schalter würde in diesem Szenario etwas ändern; wähl eine Person aus, um für sie andere Einstellungen auszuprobieren.
# $people people's own settings were changed by a what-if.
whatif-people = { $people ->
    [one] Die Einstellungen von { $people } Person wurden geändert (wähl sie aus, um sie zu sehen).
   *[other] Die Einstellungen von { $people } Personen wurden geändert (wähl sie aus, um sie zu sehen).
}
whatif-on = Ein Was-wäre-wenn-Schalter ist an: Graph und Zahlen zeigen, was dann wäre; die Zahlen in Klammern sind der Unterschied zu dem, was geschah.
whatif-reset = Zurück zu dem, was geschah
