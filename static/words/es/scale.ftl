# "At scale": one quiz on a whole generated network, its controls, figures, plot and story.
#
# Could, not did: Facebook "said" its figures; what the plot places is "our arithmetic".

scale-title = A gran escala: un cuestionario, toda una red
scale-lede = Facebook dijo que unas 270.000 personas instalaron un cuestionario (16 de marzo de 2018) y que la información de hasta 87 millones de personas podría haberse compartido indebidamente (4 de abril de 2018). Aquí, una red de personas inventadas, generada en tu navegador, muestra cómo el alcance de una sola aplicación puede multiplicarse a través de los amigos: mueve la tasa de instalación y observa a quién se alcanza.
# $why: what the generator refused.
scale-refused = No se puede generar esta red: { $why }.
scale-generating = Generando { $people } personas
scale-generating-status = Generando { $people } personas…

## The controls

scale-controls = Red y cuestionario
scale-install = Tasa de instalación: proporción de personas que instalan el cuestionario
scale-opt-out = Proporción que restringió «Aplicaciones que usan otras personas»
scale-policy = Permisos de amigos
scale-open = {" "}Abiertos (como los permisos de amigos de la Graph API, de 2010 a 2015)
scale-closed = {" "}Cerrados (después del 30 de abril de 2015)
scale-model = Modelo de red
scale-people = Personas
scale-friends = Amigos por persona, de media
# The friend count of Pew's survey, among the choices.
scale-friends-pew = { $friends } (encuesta de Pew de 2013)
scale-seed = Semilla
scale-seed-help = La misma semilla da la misma red y los mismos instaladores, aquí y en la línea de comandos.
# $text: what was typed; $max: the largest seed.
scale-seed-problem = «{ $text }» no es una semilla: una semilla es un número entero de 0 a { $max }. La red mostrada no cambia.

## The results

# The network shown: $people people, $friendships friendships, its $model and $seed,
# generated in $seconds seconds.
scale-about = { $people } personas, { $friendships } amistades (modelo { $model }, semilla { $seed }), generada en { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s.
scale-whole = Toda la red
scale-plot-title = Personas alcanzadas según la tasa de instalación, en esta red
# The plot's description: the reader's point and the 2018 range, each as the key says it.
scale-plot-desc = { $reader }. { $real }. La tabla bajo el gráfico da los valores de la curva.
scale-plot-curve = esta red, con tu restricción y tus permisos de amigos
scale-plot-table = La curva en forma de tabla
scale-plot-rate = tasa de instalación
scale-plot-installers = instaladores
scale-plot-reached = alcanzadas
scale-plot-share = proporción alcanzada
scale-dot-installed = lo instaló (cuadrado)
scale-dot-reached = alcanzada sin decir que sí (relleno)
scale-dot-spared = un amigo lo instaló, pero se salvó (anillo)
scale-dot-untouched = no afectada (punto pequeño)

## The story

scale-story = De una persona que instala a hasta 87 millones
scale-source = Fuente:
# A step's button: $title is shown, or shows it.
scale-shown = Se muestra: { $title }
scale-show-me = Muéstrame: { $title }

## The same network elsewhere

scale-reuse = La misma red en otro sitio
scale-reuse-before = En la línea de comandos, esto escribe la red mostrada, con sus instaladores y su configuración, como archivo de escenario (hasta 100.000 personas y 1.000.000 de amistades);
# Between scale-reuse-before and this comes the command's name, "exposure".
scale-reuse-after = sobre ese archivo da las cifras de arriba.
scale-embed = Insertar esta vista en una página de clase

## "At scale" embedded in a lesson page

scale-attribution = Spillover: una explicación interactiva de cómo los datos llegaron a empresas con las que la gente nunca trató. Las personas son inventadas; fuentes: Facebook Newsroom; Pew Research Center; Federal Trade Commission.

## The network models

model-facebook-like = Tipo Facebook (encuesta de Pew de 2013)
model-barabasi-albert = Barabási-Albert (nodos muy conectados)
model-watts-strogatz = Watts-Strogatz (mundo pequeño)

## The whole network's figures ($share: a percentage, written with its sign)

# The figures the install rate moves, in one line pinned beside its slider.
scale-readout = { $installed ->
    [one] { $installed } instalación
   *[other] { $installed } instalaciones
} ({ $installed_share }): { $reached ->
    [one] { $reached } alcanzada
   *[other] { $reached } alcanzadas
} ({ $share })
scale-installed = Instalaron el cuestionario
scale-installed-note = { $share } de { $people } personas
scale-reached = Personas alcanzadas
scale-reached-note = { $share } de todas
scale-without = Alcanzadas sin haber dicho nunca que sí
scale-without-note = { $share } de las alcanzadas
scale-per-installer = Alcance por instalador
scale-none-installed = nadie lo instaló
scale-per-installer-value = { NUMBER($ratio, minimumFractionDigits: 1, maximumFractionDigits: 1) }
scale-per-installer-note = personas alcanzadas por cada persona que lo instaló
# What a screen reader hears after a change.
scale-spoken = { $installed ->
    [one] { $installed } instalación
   *[other] { $installed } instalaciones
}; { $reached ->
    [one] { $reached } persona alcanzada
   *[other] { $reached } personas alcanzadas
} ({ $share }), { $without } de ellas sin haber dicho que sí.

## The plot ($low, $high, $most, $install, $share, $chance: percentages, written with their sign)

scale-real = 2018, como intervalo: entre unas 270.000 y 300.000 personas que lo instalaron (Facebook, 16 de marzo de 2018; su director ejecutivo, 21 de marzo de 2018) y hasta 87 millones de personas (la cota superior de Facebook, 4 de abril de 2018), situado según nuestra aritmética sobre los 1320 millones de usuarios mensuales que tenía Facebook a mediados de 2014: lo instala entre el { $low } y el { $high }, y se alcanza hasta el { $most }
scale-real-short = 2018: hasta el { $most }
scale-reader = Tu ajuste: lo instala el { $install }, se alcanza el { $share }
# "Your data"'s point on the plot: the reader, with $friends friends.
scale-your-point = Tú, con { $friends ->
    [one] { $friends } amigo
   *[other] { $friends } amigos
}: si lo instala el { $install }, hay una probabilidad del { $chance } de que lo instalaras tú o un amigo tuyo, de modo que la aplicación pudiera pedir tus datos

## What the curve means ($friends: friends each, on average; $people: the network's people)

scale-meaning-start = Cada persona que lo instala se lleva consigo a todos los amigos cuya configuración permite que los vean las aplicaciones de sus amigos. Con unos { $friends } amigos por persona, un puñado de instaladores ya alcanza a miles: es el arranque empinado de la curva.
scale-meaning-bend = A medida que más personas lo instalan, sus círculos de amigos se solapan: la mayoría de los amigos de un nuevo instalador ya estaban alcanzados. Por eso la curva se dobla y se aplana, y el alcance por instalador cae, aunque todo el mundo queda alcanzado mucho antes de que todo el mundo lo instale.
scale-meaning-bar = La barra sombreada es 2018, como intervalo: Facebook dijo que unas 270.000 personas instalaron «thisisyourdigitallife» (16 de marzo de 2018), su director ejecutivo habló de unas 300.000 (21 de marzo de 2018), y Facebook dijo que la información de hasta 87 millones de personas, la mayoría en Estados Unidos, podría haberse compartido indebidamente (4 de abril de 2018). Situado sobre los 1320 millones de usuarios mensuales de Facebook en junio de 2014, eso supone que lo instala entre el { $low } y el { $high } y que se alcanza hasta el { $most }: nuestra aritmética, y aproximada.
scale-meaning-no-check = Que la curva pase cerca de la barra no confirma ni lo uno ni lo otro. 87 millones es una cota superior, no un recuento, y cuenta a los instaladores además de a sus amigos; los instaladores no fueron una muestra al azar de todos los usuarios; las cifras de amigos de Pew son de adultos estadounidenses, mientras que la barra se sitúa sobre usuarios de todo el mundo. Y esta red es supuesta, no medida: el modelo tipo Facebook toma el número de amigos de una distribución lognormal con la media y la mediana de Pew (Pew no dio la forma) y une a los amigos al azar, así que no tiene ninguno de los grupos de amigos en los que los amigos de los amigos reales se solapan.
scale-meaning-all = Esta red tiene { $people } personas: cada punto de la curva se calcula para todas ellas, no se estima.

## The picture of the network, a dot a person

scale-sample-all = Las { $dots } personas, cada una un punto
# Every $every-th person of $people, $dots dots.
scale-sample = Una muestra: una de cada { $every } de las { $people } personas, { $dots } puntos, cada uno una persona
# $what: one of scale-sample-*; then how many of the dots each fate holds.
scale-sample-caption = { $what }. De ellas, { $installed } lo instalaron, { $reached } fueron alcanzadas sin haber dicho que sí, { $spared } tenían un amigo que lo instaló pero se salvaron (permisos de amigos cerrados o «Aplicaciones que usan otras personas» restringido) y { $untouched } no se vieron afectadas.

## The story's steps (the sources' titles stay as published, in the code)

scale-step-one = Una persona instala un cuestionario
scale-step-one-text = Desde el lanzamiento de la plataforma en mayo de 2007, una aplicación que instalaba una persona podía pedir también los datos de sus amigos: cada amigo cuya configuración lo permitía entraba también. En esta vista, «Abiertos» representa los permisos de amigos de la Graph API, del 21 de abril de 2010 al 30 de abril de 2015, y deja fuera los años anteriores (una simplificación). En la encuesta de Pew de 2013, publicada en febrero de 2014, los adultos estadounidenses en Facebook tenían 338 amigos de media y 200 de mediana.
scale-step-installs = Unas 270.000 personas lo instalan
scale-step-installs-text = Facebook dijo que unas 270.000 personas descargaron el cuestionario de Aleksandr Kogan «thisisyourdigitallife» (16 de marzo de 2018); su director ejecutivo habló de unas 300.000, y dijo que Kogan creó la aplicación en 2013 (21 de marzo de 2018). The Guardian informó de que la recopilación de datos tuvo lugar en 2014. Sobre 1320 millones de usuarios mensuales, 270.000 es más o menos una persona de cada 5000: en esta red, el 0,02 %.
scale-step-87 = Hasta 87 millones de personas
scale-step-87-text = Facebook dijo que la información de hasta 87 millones de personas, la mayoría en Estados Unidos, podría haberse compartido indebidamente con Cambridge Analytica. Dividido entre 270.000 instaladores, eso da como mucho unas 322 personas por instalador, contando al propio instalador: nuestra aritmética, no una cifra que diera Facebook. La barra sombreada del gráfico es este intervalo; por dónde pase la curva de esta red no lo confirma (véase bajo el gráfico: una cota superior, instaladores que no fueron una muestra al azar, los adultos estadounidenses de Pew y una red que se supone sin grupos de amigos).
scale-step-closed = La configuración y la puerta cerrada
scale-step-closed-text = Una persona podía restringir «Aplicaciones que usan otras personas», pero en 2019 la FTC sostuvo en su denuncia que Facebook compartía datos de amigos con aplicaciones incluso cuando esos amigos habían elegido una configuración más restrictiva; Facebook resolvió las acusaciones de la FTC con una multa de 5000 millones de dólares. Los datos de amigos se cerraron a las aplicaciones comunes el 30 de abril de 2015: con los permisos de amigos cerrados, el cuestionario alcanza a quienes lo instalan y a nadie más.
# The plot's horizontal axis.
scale-plot-axis-install = tasa de instalación (escala log.)
