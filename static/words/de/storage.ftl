# Notes about the sandboxes kept in this browser: damage, a newer version, and other tabs.
#
# $reason: why something could not be read. $name: a sandbox's name (German: "ihn", "er",
# as for "der Sandkasten").

storage-damaged-all = Deine gespeicherten Sandkästen konnten nicht gelesen werden: { $reason }. Nichts wurde weggeworfen: Lade die gespeicherten Daten herunter, um sie zu behalten, und fang dann neu an.
storage-damaged-index = Die Liste deiner gespeicherten Sandkästen konnte nicht gelesen werden: { $reason }. Deine Sandkästen werden auch ohne sie gefunden, und sie bleibt, wie sie war: Lade die gespeicherten Daten herunter, um sie zu behalten.
storage-damaged-one = Einer deiner gespeicherten Sandkästen konnte nicht gelesen werden: { $reason }. Deine anderen Sandkästen sind wie gewohnt da, und dieser bleibt, wie er war: Lade die gespeicherten Daten herunter, um ihn zu behalten.
# Saved by storage version $version; this Spillover reads up to $reads.
storage-newer = Deine Sandkästen wurden von einer neueren Version von Spillover gespeichert (Speicherversion { $version }; diese hier liest bis { $reads }). Hier öffnen sie sich nur zum Lesen: Was du änderst, wird in diesem Browser nicht behalten, und nichts Gespeichertes wird überschrieben. Sichere deine Arbeit als Datei oder öffne das neuere Spillover.
storage-changed = Ein anderer Tab hat „{ $name }“ geändert: Dieser Tab zeigt jetzt die neueste Fassung.
# Both versions are kept: the other tab's as $name, this tab's as $copy.
storage-forked = Ein anderer Tab hat „{ $name }“ geändert, während du ihn hier geändert hast. Beide Fassungen bleiben erhalten: Die des anderen Tabs heißt „{ $name }“, deine „{ $copy }“.
storage-removed = Ein anderer Tab hat „{ $name }“ gelöscht.
storage-kept-deleted = Ein anderer Tab hat „{ $name }“ gelöscht, aber du hast ihn hier geändert, also bleibt er erhalten.
storage-not-deleted = Ein anderer Tab hat „{ $name }“ geändert, nachdem du ihn hier gelöscht hast, also bleibt er erhalten: Lösch ihn noch einmal, wenn du ihn nicht mehr brauchst.
storage-unwritable = „{ $name }“ wird in diesem Browser nicht behalten: An seiner Stelle ist etwas Unlesbares gespeichert. Sichere ihn als Datei, um ihn zu behalten.
# The name of this tab's copy of the sandbox $name.
storage-copy-name = { $name } (Kopie dieses Tabs)
