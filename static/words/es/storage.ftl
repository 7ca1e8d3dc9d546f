# Notes about the sandboxes kept in this browser: damage, a newer version, and other tabs.
#
# $reason: why something could not be read. $name: a sandbox's name.

storage-damaged-all = No se han podido leer tus laboratorios guardados: { $reason }. No se ha borrado nada: descarga los datos guardados para conservarlos y luego empieza de cero.
storage-damaged-index = No se ha podido leer la lista de tus laboratorios guardados: { $reason }. Tus laboratorios se recuperan sin ella, y la lista se conserva tal como estaba: descarga los datos guardados para no perderlos.
storage-damaged-one = No se ha podido leer uno de tus laboratorios guardados: { $reason }. Los demás están aquí como siempre, y este se conserva tal como estaba: descarga los datos guardados para no perderlo.
# Saved by storage version $version; this Spillover reads up to $reads.
storage-newer = Tus laboratorios se guardaron con una versión más reciente de Spillover (versión de almacenamiento { $version }; esta lee hasta la { $reads }). Aquí se abren solo para lectura: nada de lo que cambies se guarda en este navegador y no se sobrescribe nada de lo guardado. Guarda tu trabajo como archivo o abre la versión más reciente de Spillover.
storage-changed = Otra pestaña ha cambiado «{ $name }»: esta pestaña muestra ahora su última versión.
# Both versions are kept: the other tab's as $name, this tab's as $copy.
storage-forked = Otra pestaña ha cambiado «{ $name }» mientras lo cambiabas aquí. Se conservan las dos versiones: la de la otra pestaña es «{ $name }» y la tuya, «{ $copy }».
storage-removed = Otra pestaña ha eliminado «{ $name }».
storage-kept-deleted = Otra pestaña ha eliminado «{ $name }», pero lo habías cambiado aquí, así que se conserva.
storage-not-deleted = Otra pestaña ha cambiado «{ $name }» después de que lo eliminaras aquí, así que se conserva: elimínalo de nuevo si ya no lo necesitas.
storage-unwritable = «{ $name }» no se guarda en este navegador: en su lugar hay algo guardado que no se puede leer. Guárdalo como archivo para conservarlo.
# The name of this tab's copy of the sandbox $name.
storage-copy-name = { $name } (copia de esta pestaña)
