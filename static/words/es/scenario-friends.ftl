# The built-in story "You and your friends" (static/scenarios/friends.json).
# Each message is a text of the story that the scenario file names as "@id"; the sources' titles
# stay as published, in the file. Keep every "could", "may have" and "illustrative" a possibility.

# The story's title.
friends-title = Tú y tus amigos

# What the story is, and what it rests on: shown under its title.
friends-description = El caso más pequeño de datos que se escapan a través de los amigos. Tú nunca instalaste nada. Tu amigo Ben inició sesión en un test de personalidad en 2013 con su cuenta. Hasta el 30 de abril de 2015, una app que un amigo había autorizado podía pedir también los datos de sus amigos, limitada solo por la configuración «Aplicaciones que usan otros» de cada amigo (según el relato de Facebook de 2018 sobre el caso Cambridge Analytica). Chloé había restringido esa configuración; Dev había desactivado las apps por completo. Las personas y el test son inventados, y también cada día en que actúan (ilustrativos: el test el 10 de junio de 2013, su fin el 1 de diciembre de 2015, las amistades); la regla y sus fechas son reales. Simplificado: las apps podían llegar a los datos de los amigos desde el lanzamiento de la plataforma en mayo de 2007, y aquí los permisos de amigos se abren con la Graph API el 21 de abril de 2010; las apps creadas después del 30 de abril de 2014 perdieron los permisos de amigos un año antes del 30 de abril de 2015, y aquí el test es una app más antigua.

# A person of the story: the reader (the page says "your" for this person).
friends-person-you = Tú

# The invented app of the story, a generic name.
friends-company-quiz = Test de personalidad

# Step 1's title.
friends-step-1-title = Este eres tú

# Step 1's text.
friends-step-1-text = Estás en una plataforma social con dos amigos, Ben y Esi. Nunca has instalado una app. Selecciona «Tú» en el grafo (o pulsa Tab hasta que «Tú» tenga el foco, y luego Intro) para ver qué empresas pueden ver tus datos: todavía ninguna.

# Step 2's title.
friends-step-2-title = Ben hace un test

# Step 2's text.
friends-step-2-text = Ben inicia sesión con su cuenta en un test de personalidad y dice que sí a lo que le pide: su propio perfil, y los cumpleaños, los «me gusta» y las ubicaciones de sus amigos. Vuelve a seleccionar «Tú»: el test puede ver ahora tu cumpleaños, tu ubicación y tus «me gusta», aunque nunca lo instalaste.

# Step 3's title.
friends-step-3-title = Solo frenaba la configuración

# Step 3's text.
friends-step-3-text = Chloé había restringido su configuración «Aplicaciones que usan otros», así que el test solo podía obtener su nombre. Dev había desactivado las apps por completo, así que nada de Dev le llegó. Los demás amigos de Ben habían dejado la configuración abierta. Elegir «Solo amigos» tampoco frenaba nada, según acusó la FTC en 2011: no detenía a las apps que usaban los amigos (acusaciones que Facebook resolvió con un acuerdo sin admitirlas).

# Step 4's title.
friends-step-4-title = ¿Y si todos se hubieran excluido?

# Step 4's text.
friends-step-4-text = Si todos los amigos hubieran desactivado «Aplicaciones que usan otros», el test solo habría obtenido los datos propios de Ben. Compara las cifras con el original. Simplificado: en realidad, el nombre y el ID de usuario de un amigo seguían visibles para las apps, fuera cual fuera la configuración; este modelo deja que la configuración retenga todas las categorías.

# Step 5's title.
friends-step-5-title = La puerta se cierra

# Step 5's text.
friends-step-5-text = El 30 de abril de 2015 la plataforma dejó de permitir que las apps que quedaban pidieran los datos de los amigos (las apps creadas después del 30 de abril de 2014 nunca pudieron). Desde este día el test solo puede ver el perfil propio de Ben. Muestra «lo que las empresas podrían haber recopilado hasta esta fecha»: en este modelo, lo que pudo haber recopilado antes se queda con él.
