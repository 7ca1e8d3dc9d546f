# The built-in story "You and your friends" (static/scenarios/friends.json).
# Each message is a text of the story that the scenario file names as "@id"; the sources' titles
# stay as published, in the file. Keep every "could", "may have" and "illustrative" a possibility.

# The story's title.
friends-title = Tú y tus amigos

# What the story is, and what it rests on: shown under its title.
friends-description = El caso más pequeño de datos que se escapan a través de los amigos. Tú nunca instalaste nada. Tu amigo Ben inició sesión con su cuenta en un cuestionario de personalidad en 2013. Hasta el 30 de abril de 2015, una aplicación a la que un amigo había dado permiso podía pedir también los datos de sus amigos, limitada solo por la configuración «Aplicaciones que usan otras personas» de cada amigo (según el relato de Facebook de 2018 sobre el caso Cambridge Analytica). Chloé había restringido esa configuración; Dev había desactivado las aplicaciones por completo. Las personas y el cuestionario son inventados, y también cada día en que actúan (ilustrativos: el cuestionario el 10 de junio de 2013, su fin el 1 de diciembre de 2015, las amistades); la regla y sus fechas son reales. Simplificado: las aplicaciones podían llegar a los datos de los amigos desde el lanzamiento de la plataforma en mayo de 2007, y aquí los permisos de amigos se abren con la Graph API el 21 de abril de 2010; las aplicaciones creadas después del 30 de abril de 2014 perdieron los permisos de amigos un año antes del 30 de abril de 2015, y aquí el cuestionario es una aplicación más antigua.

# A person of the story: the reader (the page says "your" for this person).
friends-person-you = Tú

# The invented app of the story, a generic name.
friends-company-quiz = Cuestionario de personalidad

# Step 1's title.
friends-step-1-title = Este eres tú

# Step 1's text.
friends-step-1-text = Estás en una plataforma social con dos amigos, Ben y Esi. Nunca has instalado ninguna aplicación. Selecciona «Tú» en el grafo (o pulsa Tab hasta que «Tú» tenga el foco, y luego Intro) para ver qué empresas pueden ver tus datos: todavía ninguna.

# Step 2's title.
friends-step-2-title = Ben hace un cuestionario

# Step 2's text.
friends-step-2-text = Ben inicia sesión con su cuenta en un cuestionario de personalidad y dice que sí a lo que le pide: su propio perfil, y los cumpleaños, los «me gusta» y las ubicaciones de sus amigos. Vuelve a seleccionar «Tú»: el cuestionario puede ver ahora tu cumpleaños, tu ubicación y tus «me gusta», aunque nunca lo instalaste.

# Step 3's title.
friends-step-3-title = Solo frenaba la configuración

# Step 3's text.
friends-step-3-text = Chloé había restringido su configuración «Aplicaciones que usan otras personas», así que el cuestionario solo podía obtener su nombre. Dev había desactivado las aplicaciones por completo, así que nada de Dev le llegó. Los demás amigos de Ben habían dejado la configuración abierta. Elegir «Solo amigos» tampoco frenaba nada, según acusó la FTC en 2011: no detenía a las aplicaciones que usaban los amigos (acusaciones que Facebook resolvió con un acuerdo sin admitirlas).

# Step 4's title.
friends-step-4-title = ¿Y si todos se hubieran excluido?

# Step 4's text.
friends-step-4-text = Si todos los amigos hubieran desactivado «Aplicaciones que usan otras personas», el cuestionario solo habría obtenido los datos propios de Ben. Compara las cifras con el original. Simplificado: en realidad, el nombre y el ID de usuario de un amigo seguían visibles para las aplicaciones, fuera cual fuera la configuración; este modelo deja que la configuración retenga todas las categorías.

# Step 5's title.
friends-step-5-title = La puerta se cierra

# Step 5's text.
friends-step-5-text = El 30 de abril de 2015 la plataforma dejó de permitir que las aplicaciones que quedaban pidieran los datos de los amigos (las aplicaciones creadas después del 30 de abril de 2014 nunca pudieron). Desde este día el cuestionario solo puede ver el perfil propio de Ben. Muestra «lo que las empresas podrían haber recopilado hasta esta fecha»: en este modelo, lo que podría haber recopilado antes se queda con él.
