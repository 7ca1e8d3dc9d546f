# Sharing a view: its link, and the code that embeds it in another page.

share-copy-link = Copiar enlace
share-link-copied = Enlace copiado: abre exactamente esta vista.
share-copy-not-allowed = Aquí no se permite copiar; copia el enlace de abajo.
share-link = Enlace a esta vista
embed = Insertar
embed-title = Insertar esta vista en una página
embed-hint = Pega esto en el HTML de tu artículo. El script ajusta el marco a su contenido; sin él, el marco mantiene la altura indicada abajo. No se carga nada de nadie más que de este sitio.
embed-code = Código
embed-copy = Copiar código
embed-copied = Copiado.
embed-copy-failed = Selecciona el código y cópialo.
embed-close = Cerrar
embed-height = Altura
embed-theme = Tema
embed-theme-auto = como el sistema del lector
embed-theme-light = claro
embed-theme-dark = oscuro
# Where an embedded story starts: the view shown, or one of its steps.
embed-start = Empezar en
embed-start-view = la vista mostrada
embed-start-step = el paso { $step }
embed-controls = Controles
embed-controls-story = la historia
embed-controls-timeline = la línea de tiempo
embed-controls-both = ambos
embed-controls-none = ninguno: solo el grafo
embed-preview = Vista previa
embed-preview-width = Vista previa con el ancho de
embed-preview-article = la columna de un artículo (680 px)
embed-preview-phone = un teléfono (360 px)
# The preview fitted to $fitted px with the script; $height px without it.
embed-preview-fitted = Como lo verán los lectores: { $fitted } px de alto con el script, con el marco ajustado a su contenido (sin el script, { $height } px).
embed-preview-loading = { $height } px de alto hasta que cargue la vista previa.
embed-preview-frame = Vista previa de la vista insertada

## Saving a sandbox's network

save-gexf = Guardar como GEXF
save-graphml = Guardar como GraphML

## Finding someone on the graph

search = Buscar una persona o empresa
