# The built-in story "Partners behind the wall" (static/scenarios/partners.json).
# Each message is a text of the story that the scenario file names as "@id"; the sources' titles
# stay as published, in the file. Keep every "could", "may have" and "illustrative" a possibility.

# The story's title.
partners-title = Socios tras el muro

# What the story is, and what it rests on: shown under its title.
partners-description = El 30 de abril de 2015 las aplicaciones comunes perdieron el acceso a los datos de los amigos. The New York Times informó el 18 de diciembre de 2018 de que los registros de Facebook de 2017 enumeraban acuerdos con socios de más de 150 empresas, los más antiguos de 2010, todos activos en 2017 y algunos en 2018. Según los registros de los que informó el Times, Spotify, Netflix y el Royal Bank of Canada podían leer, escribir y borrar los mensajes privados de los usuarios; Amazon podía obtener los nombres y datos de contacto de los usuarios a través de sus amigos; Bing, de Microsoft, podía ver los nombres de prácticamente todos los amigos de los usuarios sin su consentimiento; Yahoo podía ver los flujos de publicaciones de los amigos; Yandex podía obtener los ID de usuario. Spillover muestra lo que los acuerdos permitían, no lo que hizo con ellos ninguna empresa. Las respuestas de las empresas: Spotify dijo que no tenía «no evidence that Spotify ever accessed users' private Facebook messages» (ninguna prueba de que Spotify accediera nunca a los mensajes privados de Facebook de los usuarios); Spotify y Netflix dijeron al Times que no sabían de los amplios poderes que Facebook les había concedido, y Netflix dijo que nunca accedió a los mensajes privados de la gente; RBC negó haber tenido ese acceso; Amazon dijo que usó la información solo de acuerdo con su política de privacidad; Microsoft dice que el acuerdo de Bing terminó en febrero de 2017; Yandex dijo que no sabía de ese acceso; Apple dijo que no sabía de ningún acceso especial; de Yahoo, las fuentes citadas aquí no recogen ninguna respuesta. La respuesta de Facebook: la gente inició sesión para usar estas funciones; llamó a Amazon, Apple y Yahoo socios de integración, a través de cuyos dispositivos y servicios la gente usaba Facebook; ninguna de estas alianzas dio a las empresas acceso a información sin el permiso de la gente ni incumplió su acuerdo de 2012 con la FTC; y no encontró pruebas de abusos por parte de sus socios. Las ocho personas son inventadas. Las fechas, y cuán seguras son: el inicio de Spotify no se conoce (aquí 2012, una fecha supuesta) y su fin es incierto (aquí el comienzo de 2016: Facebook dijo el 19 de diciembre de 2018 que sus integraciones de mensajería llevaban casi tres años cerradas); Netflix de 2014 a 2015, y RBC de 2013 a 2015 (Facebook a The Tyee); Bing desde 2010 hasta febrero de 2017, cuando Microsoft dice que terminó; los inicios de los acuerdos de Amazon, Yahoo y Yandex no se conocen (el Times fecha los acuerdos desde 2010, no cada uno), así que la línea de tiempo los dibuja sin inicio, desde una fecha supuesta, el 30 de abril de 2015; Amazon hasta finales de 2018 (aún activo entonces), Yahoo hasta el 1 de julio de 2018 (la fuente dice verano de 2018), Yandex hasta finales de 2017 (incierto: las fechas de Yandex vienen de resúmenes de segunda mano). Cualquier otro día y mes que Spillover muestre para estos acuerdos es ilustrativo; solo los años de arriba tienen fuente. Incierto: ninguna fuente dice si los socios respetaban la configuración «Aplicaciones que usan otras personas» de una persona. El Times informó de que los dispositivos de Apple podían llegar a los contactos y las entradas de calendario de personas que habían desactivado todo uso compartido; Facebook dijo que los socios no pueden saltarse la configuración de privacidad. Aquí los acuerdos de Amazon y Yahoo pasan por encima de esa configuración: una elección del escenario, no un hallazgo. Simplificado: Bing se dibuja con un acuerdo sobre el nombre de cada usuario, por «prácticamente todos los amigos de los usuarios», y Yandex con un acuerdo sobre el ID de cada usuario; Apple se cuenta, no se dibuja.

# Step 1's title.
partners-step-1-title = Se levanta el muro

# Step 1's text.
partners-step-1-text = El 30 de abril de 2015 las aplicaciones comunes perdieron el acceso a los datos de los amigos. Ana nunca ha iniciado sesión en ninguna de estas empresas. Selecciona a Ana: ¿qué empresas pueden seguir viendo sus datos?

# Step 2's title.
partners-step-2-title = Buzones

# Step 2's text.
partners-step-2-text = Según los registros de los que informó el Times, Spotify, Netflix y el Royal Bank of Canada podían leer, escribir y borrar los mensajes privados de los usuarios que los conectaban, y por tanto también los mensajes de todos los que escribían a esos usuarios. Femi desactivó las aplicaciones y, aun así, en este modelo Spotify podía leer los mensajes de Femi con Ben. La respuesta de Facebook: para usar la función de mensajería de un socio, la gente tenía que iniciar sesión antes en Facebook de forma explícita, y en diciembre de 2018 dijo que esas integraciones llevaban casi tres años cerradas. Las respuestas de las empresas: Spotify dijo que no tenía «no evidence that Spotify ever accessed users' private Facebook messages» (ninguna prueba de que Spotify accediera nunca a los mensajes privados de Facebook de los usuarios; Variety); Spotify y Netflix dijeron al Times que no sabían de los amplios poderes que Facebook les había concedido; Netflix dijo que nunca accedió a los mensajes privados de la gente; RBC negó haber tenido ese acceso. No se sabe cuándo empezó el acceso de Spotify (su fecha aquí es supuesta); los demás días de inicio y fin de aquí son ilustrativos.

# Step 3's title.
partners-step-3-title = Datos de amigos, por acuerdo

# Step 3's text.
partners-step-3-text = Después de que las aplicaciones comunes perdieran los datos de los amigos, Amazon aún podía obtener los nombres y datos de contacto de los usuarios a través de sus amigos, Yahoo podía ver los flujos de publicaciones de los amigos y Yandex podía obtener los ID de los usuarios; no se sabe cuándo empezaron estos acuerdos, y la línea de tiempo dibuja así sus inicios. Dan restringió su configuración «Aplicaciones que usan otras personas» y, aun así, aquí Amazon puede obtener sus datos de contacto a través de Gus: ninguna fuente dice si los socios respetaban esa configuración, así que es una elección del escenario. La respuesta de Facebook: llamó a Amazon y Yahoo socios de integración, a través de cuyos dispositivos y servicios la gente usaba Facebook, y dijo que los socios no pueden saltarse la configuración de privacidad de la gente. Amazon dijo que usó esa información solo de acuerdo con su política de privacidad; Yandex dijo que no sabía de ese acceso; de Yahoo, las fuentes citadas aquí no recogen ninguna respuesta. (El Times también informó de que los dispositivos de Apple podían llegar a los contactos y las entradas de calendario de personas que habían desactivado todo uso compartido; Apple dijo que no sabía de ningún acceso especial.)

# Step 4's title.
partners-step-4-title = Sin consentimiento, según los registros

# Step 4's text.
partners-step-4-text = Según los registros de los que informó el Times, Bing, de Microsoft, podía ver los nombres de prácticamente todos los amigos de los usuarios sin su consentimiento. Selecciona Bing: cuenta a las personas que le dijeron que sí. La respuesta de Facebook: las funciones de Bing venían de la personalización instantánea, una función de 2010 que cerró en 2014, y no debería haber dejado en su sitio la interfaz que había detrás. Microsoft dice que el acuerdo terminó en febrero de 2017. El inicio del acuerdo el 21 de abril de 2010 es ilustrativo: la fuente da el año.

# Step 5's title.
partners-step-5-title = ¿Y si no hubiera habido acuerdos?

# Step 5's text.
partners-step-5-text = Desactiva los acuerdos y la regla propia de la plataforma se aplica a todos: en este modelo Bing, Amazon, Yahoo y Yandex pierden lo que les llegó a través de amigos y acuerdos. Las cifras muestran la diferencia.

# Step 6's title.
partners-step-6-title = Revelado

# Step 6's text.
partners-step-6-text = The New York Times informó de estos acuerdos el 18 de diciembre de 2018: más de 150 empresas, todos los acuerdos activos en 2017, algunos en 2018. Facebook respondió que ninguna de estas alianzas dio a las empresas acceso a información sin el permiso de la gente ni incumplió su acuerdo de 2012 con la FTC, y que no había encontrado pruebas de abusos por parte de sus socios; la gente inició sesión para usar estas funciones.
