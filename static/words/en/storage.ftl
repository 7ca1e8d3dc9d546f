# Notes about the sandboxes kept in this browser: damage, a newer version, and other tabs.
#
# $reason: why something could not be read. $name: a sandbox's name.

storage-damaged-all = Your saved sandboxes could not be read: { $reason }. Nothing was thrown away: download the saved data to keep it, then start afresh.
storage-damaged-index = The list of your saved sandboxes could not be read: { $reason }. Your sandboxes are found without it, and it is kept as it was: download the saved data to keep it.
storage-damaged-one = One of your saved sandboxes could not be read: { $reason }. Your other sandboxes are here as usual, and this one is kept as it was: download the saved data to keep it.
# Saved by storage version $version; this Spillover reads up to $reads.
storage-newer = Your sandboxes were saved by a newer version of Spillover (storage version { $version }; this one reads up to { $reads }). They open here read-only: nothing you change is kept in this browser, and nothing saved is written over. Save your work as a file, or open the newer Spillover.
storage-changed = Another tab changed "{ $name }": this tab now shows its latest version.
# Both versions are kept: the other tab's as $name, this tab's as $copy.
storage-forked = Another tab changed "{ $name }" while you were changing it here. Both are kept: the other tab's is "{ $name }", and yours is "{ $copy }".
storage-removed = Another tab deleted "{ $name }".
storage-kept-deleted = Another tab deleted "{ $name }", but you changed it here, so it is kept.
storage-not-deleted = Another tab changed "{ $name }" after you deleted it here, so it is kept: delete it again if you no longer need it.
storage-unwritable = "{ $name }" is not kept in this browser: something unreadable is saved in its place. Save it as a file to keep it.
# The name of this tab's copy of the sandbox $name.
storage-copy-name = { $name } (this tab's copy)
