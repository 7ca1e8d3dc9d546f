# «Tus datos»: lo que muestra la exportación de Facebook de quien lee. La exportación muestra lo
# que se conectó, se envió y se listó, nunca lo que alguien hizo con ello: las aplicaciones y las
# empresas «podían», y ningún mensaje dice que lo hicieran. $cutoff es el día desde el que las
# aplicaciones ya no podían pedir los datos de los amigos (2015-04-30); los nombres de
# aplicaciones, empresas y archivos son los de la exportación y se quedan como están.

## Qué pedirle a Facebook, y qué pasa con la exportación

mine-step-ask = En Facebook, abre la Configuración, luego «Descargar tu información» (en el Centro de cuentas), y pide una copia de tu información.
mine-step-format = Elige el formato JSON, no HTML, y el intervalo de fechas «Desde el principio». Puedes dejar fuera las fotos y los videos: Spillover no los lee.
mine-step-give = Cuando Facebook diga que está lista, descárgala y dásela a esta página: el ZIP (o todas sus partes), la carpeta descomprimida o archivos JSON sueltos de ella.
mine-privacy = Tu exportación se lee en esta página y no se envía a ninguna parte: nada sale de tu dispositivo, y nada se guarda a menos que elijas «Guardar en este dispositivo». Los nombres de tus amigos son datos de otras personas: los enlaces, las inserciones y las exportaciones de esta vista llevan solo cifras.

## En qué se basa una línea, mostrado a su lado

mine-basis-export = De tu exportación
mine-basis-arithmetic = Aritmética, no de tu exportación

## Las líneas

# Una sección de la exportación falta, está vacía o no se pudo leer. $section es friends, apps,
# off_meta o advertisers.
mine-absent-missing = Tu exportación no tiene { $section ->
    [friends] lista de amigos
    [apps] lista de aplicaciones conectadas
    [off_meta] actividad fuera de Facebook
   *[advertisers] lista de anunciantes
}: puede que no estuviera elegida cuando pediste tu información.
mine-absent-empty = Facebook no puso { $section ->
    [friends] ninguna lista de amigos
    [apps] ninguna lista de aplicaciones conectadas
    [off_meta] ninguna actividad fuera de Facebook
   *[advertisers] ninguna lista de anunciantes
} en tu exportación: su carpeta dice que no hay datos.
mine-absent-not-understood = No se pudo leer { $section ->
    [friends] la lista de amigos
    [apps] la lista de aplicaciones conectadas
    [off_meta] la actividad fuera de Facebook
   *[advertisers] la lista de anunciantes
} de tu exportación; la lista de archivos dice por qué.
mine-absent-why = Vuelve a pedirle tu información a Facebook, en JSON, con todos los tipos de información elegidos; solo puedes dejar fuera las fotos y los videos.
# $friends amigos en total, $before de los cuales ya lo eran antes de la fecha límite.
mine-line-friends = Tienes { $friends } { $friends ->
    [one] amigo
   *[other] amigos
} en tu exportación; { $before } de ellos { $before ->
    [one] ya era tu amigo
   *[other] ya eran tus amigos
} antes del { $cutoff }.
# $count amigos cuya fecha no da la exportación.
mine-line-friends-unknown = De { $count } no se sabe la fecha.
mine-line-friends-why = Hasta el { $cutoff }, una aplicación que usara cualquiera de estos amigos podía pedirle a Facebook tus datos a través de él (como tus «me gusta», tu cumpleaños y tu ciudad), a menos que lo hubieras desactivado en «Aplicaciones que usan otras personas». Tu exportación muestra las amistades y sus fechas, no si alguna aplicación llegó a pedirlos.
mine-line-apps = Conectaste { $apps } { $apps ->
    [one] aplicación o sitio
   *[other] aplicaciones y sitios
} con el inicio de sesión de Facebook: { $before } antes del { $cutoff }, { $after } ese día o después, y { $unknown } de fecha desconocida.
mine-line-apps-why = Una aplicación que conectaste antes del { $cutoff } podía pedirle a Facebook los datos de tus amigos a través de ti, además de los tuyos: así es como los 270.000 usuarios de un cuestionario podrían haberle dado los datos de hasta 87 millones de personas. Desde ese día, las aplicaciones solo podían pedir los tuyos. Tu exportación muestra que conectaste cada una y cuándo, no lo que pidió. Una fecha de 0, o ninguna, se muestra como «fecha desconocida».
# $count aplicaciones con fecha de octubre o noviembre de 2013.
mine-line-cluster = { $count } de tus aplicaciones { $count ->
    [one] tiene
   *[other] tienen
} fecha de octubre o noviembre de 2013.
mine-line-cluster-why = Muchas exportaciones fechan un grupo de aplicaciones antiguas en esos dos meses. Esa fecha puede ser cuando Facebook registró la conexión, no cuando la hiciste: puede que conectaras estas aplicaciones antes. En cualquier caso, es antes de la fecha límite.
mine-line-companies = { $companies } { $companies ->
    [one] empresa le envió a Facebook tu actividad en sus propias aplicaciones y sitios
   *[other] empresas le enviaron a Facebook tu actividad en sus propias aplicaciones y sitios
}: { $events } { $events ->
    [one] evento
   *[other] eventos
} en total.
mine-line-companies-why = Cada evento es algo que hiciste en otro sitio (abrir una aplicación, visitar una página, comprar algo) que la empresa comunicó a Facebook con sus herramientas, y que Facebook podía vincular contigo, por ejemplo para elegir los anuncios que ves. Tu exportación muestra lo que se comunicó, no lo que se hizo con ello.
mine-line-advertisers = Tu exportación nombra { $advertisers } { $advertisers ->
    [one] anunciante que usa
   *[other] anunciantes que usan
} tu actividad o tu información; { $with_a_list } de ellos subieron o usaron una lista con tu información (como tu correo electrónico o tu número de teléfono).
mine-line-advertisers-why = Un anunciante con una lista así podía pedirle a Facebook que te mostrara sus anuncios a ti, o a personas como tú. Tu exportación nombra a los anunciantes; no dice de dónde salieron sus listas.
# La aritmética: si 1 de cada $one_in de tus $friends amigos usara una aplicación así, lo harían
# unos $expected (un número con decimales), y la probabilidad de que al menos uno lo hiciera es
# $chance (un porcentaje).
mine-if-friends-used = Si 1 de cada { $one_in } de tus { $friends } { $friends ->
    [one] amigo
   *[other] amigos
} usara una aplicación que pidiera los datos de los amigos, lo harían unos { $expected }, y la probabilidad de que al menos uno lo hiciera es { $chance }.
mine-if-friends-used-why = Esto es aritmética, no tu exportación: se supone que cada amigo usa una aplicación así con una probabilidad de 1 entre { $one_in }, cada uno por su cuenta. Cualquiera de ellos habría bastado para que la aplicación pudiera pedir tus datos, antes del { $cutoff }. Cuenta a los { $friends } amigos de tu exportación, de los cuales { $before } ya eran tus amigos entonces. «A gran escala» hace la misma aritmética sobre una red entera.
# Una fecha que la exportación no da.
mine-date-unknown = fecha desconocida

## La página alrededor de las líneas

# El título de la vista.
mine-title = Tus datos: adónde podían llegar tus datos de Facebook
# El título de lo que hay que descargar.
mine-steps-title = Qué pedirle a Facebook
# El título del lugar donde das la exportación.
mine-give-title = Dale tu exportación a esta página
# La etiqueta del selector de archivos: el ZIP (o sus partes), o archivos JSON.
mine-pick-files = El ZIP de tu exportación (o todas sus partes), o archivos JSON de ella
# La etiqueta del selector de carpetas.
mine-pick-folder = O su carpeta descomprimida
# Bajo los selectores.
mine-drop-hint = También puedes soltar el ZIP, sus partes, la carpeta o archivos JSON en cualquier parte de esta vista. Spillover abre solo los pocos archivos que necesita, un trozo cada vez: las exportaciones de varios gigabytes se abren en segundos.
# El nombre de la zona para soltar, para lectores de pantalla.
mine-drop-zone = Tu exportación: elígela o suéltala aquí
# Mientras la lectura aún no ha dicho su primer paso.
mine-starting = Leyendo la exportación…
# El título sobre las líneas.
mine-lines-title = Lo que muestra tu exportación
# Los selectores, plegados, una vez leída una exportación.
mine-another = Abrir otra exportación
# El eje horizontal del gráfico.
mine-plot-x = proporción de personas que instalan (escala logarítmica)
# El eje vertical del gráfico.
mine-plot-y = probabilidad de que te alcancen
# Qué son las líneas de las listas, como dice «25 de 80 entradas mostradas».
mine-noun-entries = entradas
# Qué son los nombres.
mine-noun-friends = amigos
# Qué son los archivos.
mine-noun-files = archivos
# El desplegable de una línea.
mine-why = ¿Por qué?
# El título de la imagen.
mine-picture-title = Quién podría tener tus datos
# El título del gráfico.
mine-plot-title = Tu punto en el gráfico de «A gran escala»
# La etiqueta de la tasa de instalación.
mine-rate-label = Si esta proporción de tus amigos usara una aplicación así
# El título de las listas.
mine-lists-title = Las listas detrás de las cifras
# El título de los archivos.
mine-files-title = Los archivos abiertos
# El título de guardar y olvidar.
mine-keep-title = Guardar u olvidar
# La casilla que guarda la exportación.
mine-keep = Guardar en este dispositivo
# Qué significa guardar.
mine-keep-hint = Guarda lo encontrado (también los nombres de tus amigos) en el almacenamiento de este navegador en este dispositivo, y en ningún otro sitio, hasta que pulses Olvidar. Sin ello, la exportación desaparece al cerrar esta página.
# Por qué no se puede guardar: el navegador no guarda nada para la página.
mine-no-storage = Este navegador no guarda nada para esta página (una ventana privada, o el almacenamiento desactivado), así que la exportación no se puede guardar; se queda en esta página hasta que la cierres.
# Por qué no se puede guardar: el almacenamiento está lleno.
mine-storage-full = El almacenamiento de tu navegador para este sitio está lleno, así que la exportación no se guarda; se queda en esta página hasta que la cierres.
# El botón que la olvida.
mine-forget = Olvidar esta exportación
# Qué significa olvidar.
mine-forget-hint = La borra de esta página, y de este dispositivo si elegiste guardarla.
# Dicho una vez olvidada la exportación.
mine-forgotten = La exportación está olvidada: no queda nada de ella en esta página ni en este dispositivo.
# Sobre una exportación leída del almacenamiento de este dispositivo.
mine-restored = Esta es la exportación que elegiste guardar en este dispositivo. Pulsa Olvidar para borrarla.
# El botón que descarta un problema.
mine-dismiss = Descartar
# El título de guardar y compartir.
mine-save-title = Guardar o compartir
# El botón que muestra los nombres.
mine-show-names = Mostrar los nombres de tus amigos
# El botón que los oculta.
mine-hide-names = Ocultar los nombres de tus amigos
# Por qué los nombres están ocultos hasta que los pides.
mine-names-hint = Los nombres de tus amigos son datos de otras personas: solo se muestran cuando lo pides, se quedan en esta página y nunca van en un enlace, una inserción ni una imagen guardada; un CSV los lista solo si marcas la casilla.
# Qué contiene un resumen compartido.
mine-share-hint = Un resumen de tus cifras, con un enlace a esta vista para que otras personas vean las suyas: sin nombres, y sin nada que un enlace pudiera llevar de vuelta a ti.
# El botón que lo copia.
mine-copy-summary = Copiar un resumen (solo cifras)
# Dicho cuando se copió.
mine-copied = Copiado.
# Dicho cuando no se pudo.
mine-not-copied = Tu navegador no dejó copiar a la página: selecciona el resumen y cópialo tú.
# La elección al guardar: qué archivo.
mine-save-what = Qué guardar
# La elección de la imagen en SVG.
mine-save-svg = La imagen (SVG)
# La elección de la imagen en PNG.
mine-save-png = La imagen (PNG)
# La elección del CSV.
mine-save-csv = Las listas (CSV)
# La casilla que pone los nombres de tus amigos en el CSV.
mine-save-names = Incluir los nombres de tus amigos
# El botón que guarda, una vez que has visto lo que contiene el archivo.
mine-save = Guardar
# Qué contiene la imagen.
mine-save-picture-holds = La imagen muestra solo tus cifras: ningún nombre de nadie.
# El título de los archivos abiertos.
mine-read-title = Archivos abiertos

# Por qué no se muestra una copia guardada en este dispositivo; $why es el motivo.
mine-kept-unreadable = No se pudo mostrar la exportación guardada en este dispositivo: { $why }. Pulsa Olvidar para borrarla.
# Qué contiene el CSV, con los nombres de tus amigos y sin ellos.
mine-save-csv-holds-names = El CSV listará los nombres de tus aplicaciones, empresas y anunciantes con sus fechas y cifras, y los nombres de tus amigos con sus fechas: datos de otras personas. Guárdalo para ti.
mine-save-csv-holds = El CSV listará los nombres de tus aplicaciones, empresas y anunciantes con sus fechas y cifras. Tus amigos se cuentan, no se nombran.
# El botón que abre «A gran escala» con $friends amigos cada uno, tu propia cifra.
mine-see-at-scale = Ver «A gran escala» con { $friends } { $friends ->
    [one] amigo
   *[other] amigos
} cada uno

## La tabla de cifras

mine-figures-title = Tu exportación en cifras
mine-figure-friends = Amigos
mine-figure-friends-before = Amigos desde antes del { $cutoff }
mine-figure-apps = Aplicaciones y sitios conectados
mine-figure-apps-before = Conectados antes del { $cutoff }
mine-figure-apps-unknown = Conectados, fecha desconocida
mine-figure-companies = Empresas que enviaron tu actividad
mine-figure-events = Eventos que enviaron
mine-figure-advertisers = Anunciantes que usan tu actividad o tu información
mine-figure-advertisers-list = Anunciantes con una lista

## La lectura de la exportación

# Abriendo un ZIP en partes: parte $part de $of.
mine-progress-part = Abriendo la exportación: parte { $part } de { $of }
mine-progress-listing = Abriendo la exportación: leyendo su lista de archivos
# Leyendo el archivo $file de $of.
mine-progress-file = Leyendo la exportación: { $file } de { $of } { $of ->
    [one] archivo
   *[other] archivos
}
# Por qué no se puede mostrar nada de una exportación; $why es el motivo.
mine-refused = Spillover no pudo mostrar esta exportación: { $why }.
# Lo que oye un lector de pantalla una vez leída una exportación.
mine-spoken = Tu exportación muestra { $friends } { $friends ->
    [one] amigo
   *[other] amigos
}, { $apps } { $apps ->
    [one] aplicación o sitio
   *[other] aplicaciones y sitios
}, { $companies } { $companies ->
    [one] empresa que envió
   *[other] empresas que enviaron
} tu actividad, { $advertisers } { $advertisers ->
    [one] anunciante
   *[other] anunciantes
}.

## Los archivos abiertos

# $opened archivos abiertos, $not que no se pudieron abrir, $others listados y nunca abiertos.
mine-files-summary = { $opened ->
    [one] Se abrió { $opened } archivo
   *[other] Se abrieron { $opened } archivos
}{ $not ->
    [0] {""}
   *[other] ; { $not } no se pudieron abrir, cada uno listado abajo con el motivo
}. { $others ->
    [one] { $others } archivo más (fotos, mensajes, el resto de la exportación) se listó
   *[other] { $others } archivos más (fotos, mensajes, el resto de la exportación) se listaron
} y nunca se abrieron.
# Un archivo leído: su $path, y las $rows de la $list que contenía (friends, apps, off_meta,
# advertisers_uploaded, advertisers_using u other); con una $note de lo que se dejó fuera.
mine-file-opened = { $path }: { $rows } { $list ->
    [friends] { $rows ->
        [one] amigo
       *[other] amigos
    }
    [apps] { $rows ->
        [one] aplicación o sitio
       *[other] aplicaciones y sitios
    }
    [off_meta] { $rows ->
        [one] empresa
       *[other] empresas
    }
    [advertisers_uploaded] { $rows ->
        [one] anunciante
       *[other] anunciantes
    }
    [advertisers_using] { $rows ->
        [one] anunciante
       *[other] anunciantes
    }
   *[other] { $rows ->
        [one] fila
       *[other] filas
    }
}
mine-file-opened-note = { mine-file-opened } ({ $note })
# Un archivo no leído: su $path, y $why.
mine-file-left-out = { $path }: { $why }.
# El título de los $count archivos dejados fuera.
mine-not-read-title = { $count } { $count ->
    [one] archivo dejado fuera
   *[other] archivos dejados fuera
}

## Las listas detrás de las cifras ($name es el de la exportación, tal como lo escribió)

mine-friend-since = { $name }, amigos desde el { $since }
mine-friend-unknown = { $name }, fecha desconocida
mine-app = { $name }: conectada el { $added }
mine-app-removed = { $name }: conectada el { $added }, quitada el { $removed }
mine-company = { $name }: { $events } { $events ->
    [one] evento
   *[other] eventos
}
mine-advertiser-list = { $name }: subió o usó una lista con tu información
mine-advertiser = { $name }: tu actividad o tu información, sin lista
# Un nombre que la exportación dejó vacío.
mine-no-name = (sin nombre)
# El título de una lista con su cantidad $count de líneas; $list dice cuál.
mine-listing-title = { $list ->
    [apps-before] Aplicaciones y sitios conectados antes del { $cutoff }
    [apps-after] Aplicaciones y sitios conectados el { $cutoff } o después
    [apps-unknown] Aplicaciones y sitios de fecha desconocida
    [companies] Empresas que enviaron tu actividad, primero las de más eventos
   *[advertisers] Anunciantes, primero los que tienen una lista
} ({ $count })
# El título de los nombres de tus $count amigos.
mine-friends-title = Tus amigos ({ $count })
# Una tasa de instalación para elegir: 1 de cada $one_in, y lo mismo como $percent.
mine-one-in = 1 de cada { $one_in } ({ $percent })
# El resumen de cifras que puedes copiar y compartir, terminado en la $address de esta vista.
mine-summary = Mi exportación de Facebook: { $friends } { $friends ->
    [one] amigo
   *[other] amigos
} ({ $friends_before } antes del { $cutoff }); { $apps } { $apps ->
    [one] aplicación o sitio conectado
   *[other] aplicaciones y sitios conectados
} con el inicio de sesión de Facebook ({ $apps_before } antes del { $cutoff }, cuando también podían pedir los datos de los amigos); { $companies } { $companies ->
    [one] empresa le envió
   *[other] empresas le enviaron
} a Facebook mi actividad en otros sitios ({ $events } { $events ->
    [one] evento
   *[other] eventos
}); nombra { $advertisers } { $advertisers ->
    [one] anunciante que usa
   *[other] anunciantes que usan
} mi actividad o mi información ({ $with_a_list } con una lista). Mira la tuya, en tu propio navegador, sin enviar nada a ninguna parte: { $address }

## La dirección de «Tus datos» ($value tal como lo escribió el enlace)

mine-address-one-in = «{ $value }» no es una tasa de instalación que ofrezca «Tus datos» (1 de cada 10, 100, 1000 o 10000); se ha ignorado.
mine-address-theme = «{ $value }» no es un tema (light, dark o auto); se ha ignorado.
mine-address-unknown = El enlace contiene «{ $value }», que la vista «Tus datos» no conoce; se ha ignorado. Un enlace a esta vista nunca lleva nada de una exportación: cada persona da la suya.

## Las imágenes

# La leyenda bajo la imagen: qué significa cada tipo de línea.
mine-key-connected = la conectaste con el inicio de sesión de Facebook
mine-key-through-friends = a través de amigos, antes del { $cutoff }: una aplicación podía pedir los datos de un amigo a través de quien la usaba
mine-key-sent = le envió a Facebook tu actividad en sus propias aplicaciones y sitios
mine-key-listed = subió o usó una lista con tu información
mine-key-plain = amigos; anunciantes sin lista
# Un grupo de la imagen, en tres líneas cortas: su cantidad, qué es ($kind: friends, apps,
# companies o advertisers; $count de ellos) y cuáles.
mine-group-what = { $kind ->
    [friends] { $count ->
        [one] amigo
       *[other] amigos
    }
    [apps] { $count ->
        [one] aplicación o sitio
       *[other] aplicaciones y sitios
    }
    [companies] { $count ->
        [one] empresa
       *[other] empresas
    }
   *[advertisers] { $count ->
        [one] anunciante
       *[other] anunciantes
    }
}
mine-group-before = antes del { $cutoff }
mine-group-since = desde el { $cutoff }
mine-group-sent = enviaron tu actividad
mine-group-with-list = con una lista
mine-group-without-list = sin lista
# Un grupo en el texto: $count, $what (mine-group-what) y $which.
mine-group = { $count } { $what } { $which }
# Qué significa cada línea de la imagen.
mine-flow-friends-before = hasta el { $cutoff }, una aplicación que usara cualquiera de estos amigos podía pedir tus datos a través de él
mine-flow-friends-since = amigos desde que las aplicaciones ya no podían pedir los datos de los amigos
mine-flow-friends-unknown = amigos cuya fecha no da la exportación
# Las $count aplicaciones de un grupo, conectadas por ti.
mine-flow-connected = { $count ->
    [one] la conectaste
   *[other] las conectaste
} con el inicio de sesión de Facebook
mine-flow-apps-before = estas podían pedir los datos de tus amigos a través de ti, además de los tuyos
mine-flow-sent = { $events } { $events ->
    [one] evento
   *[other] eventos
} de tu actividad en otros sitios, enviados a Facebook
mine-flow-unlisted = usó tu actividad o tu información, sin lista
# Tú, en el centro de la imagen.
mine-you = Tú
# La imagen en palabras, para lectores de pantalla: primero tú, luego cada $group con sus
# $flows (unidos por mine-picture-flows-joined).
mine-picture-you = Tú, en el centro.
mine-picture-group = { $group }: { $flows }.
mine-picture-flows-joined = {"; "}
mine-picture-svg-title = Quién podría tener tus datos, según tu exportación
# Bajo la imagen guardada: en qué se basa.
mine-footnote = Cifras de la propia exportación de Facebook de quien lee, tal como las cuenta Spillover: lo que se conectó, se envió y se listó, no lo que alguien hizo con ello.
# Tu punto en el gráfico de «A gran escala», para $friends amigos.
mine-plot-svg-title = La probabilidad de que tú o uno de tus { $friends } { $friends ->
    [one] amigo
   *[other] amigos
} instalara una aplicación así, frente a la proporción de quienes instalan
mine-plot-curve = tú, con { $friends } { $friends ->
    [one] amigo
   *[other] amigos
}: la probabilidad con cada tasa de instalación (aritmética, cada persona instala por su cuenta)
# El gráfico en palabras: tu punto ($you) y el punto de 2018 ($real).
mine-plot-description = { $you }. { $real }.
