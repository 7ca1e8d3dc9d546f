# The built-in story "This is your digital life" (static/scenarios/digital-life.json).
# Each message is a text of the story that the scenario file names as "@id"; the sources' titles
# stay as published, in the file. Keep every "could", "may have" and "illustrative" a possibility.

# The story's title.
digital-life-title = This is your digital life

# What the story is, and what it rests on: shown under its title.
digital-life-description = Facebook dijo que unas 270.000 personas descargaron «thisisyourdigitallife», el cuestionario de Aleksandr Kogan (16 de marzo de 2018); su director ejecutivo, Mark Zuckerberg, habló de unas 300.000 y dijo que Kogan creó la aplicación en 2013 (21 de marzo de 2018); The Guardian informó de que la recopilación de datos se hizo en 2014. La aplicación pedía a cada persona que la instalaba su perfil público, los «me gusta» de páginas, su cumpleaños y su ciudad actual, y lo mismo de cada amigo cuya configuración lo permitiera. La empresa de Kogan, GSR, cedió los datos a Cambridge Analytica en 2014. El 4 de abril de 2018 Facebook dijo que la información de hasta 87 millones de personas podría haberse compartido indebidamente con Cambridge Analytica. 87 millones divididos entre 270.000 son como mucho unas 322 personas por cada persona que la instaló, ella incluida: es nuestra aritmética, no una cifra que diera Facebook (en su encuesta de 2013, publicada en febrero de 2014, Pew halló que los adultos estadounidenses en Facebook tenían 338 amigos de media, 200 de mediana). En julio de 2019 Facebook aceptó pagar una multa de 5000 millones de dólares para resolver las acusaciones de la FTC de que había engañado a los usuarios sobre su capacidad de controlar la privacidad de su información personal; entre otras cosas, la FTC alegó que Facebook compartía datos de amigos con aplicaciones incluso cuando esos amigos habían elegido una configuración más restrictiva. Aquí tres de 32 personas inventadas instalan el cuestionario; observa a cuántas se alcanza. Ilustrativos: los días en que cada persona inventada instala la aplicación y los meses de la cesión (las fuentes solo dan el año, 2014). The Guardian informó por primera vez de la recopilación el 11 de diciembre de 2015; Facebook dice que, cuando supo de la infracción en 2015, retiró la aplicación (16 de marzo de 2018). Aquí el acceso de la aplicación termina el 1 de diciembre de 2015 (el día es ilustrativo). Simplificado: las aplicaciones creadas después del 30 de abril de 2014 perdieron entonces los permisos de amigos; el cuestionario, hecho en 2013, podía usarlos hasta el 30 de abril de 2015.

# Step 1's title.
digital-life-step-1-title = Un cuestionario y 32 personas

# Step 1's text.
digital-life-step-1-text = Bruno, Priya y Wen harán un cuestionario llamado thisisyourdigitallife. Nadie más de aquí lo hará. Adivina: ¿a cuántas de las 32 personas alcanzará el cuestionario?

# Step 2's title.
digital-life-step-2-title = Tres personas dicen que sí

# Step 2's text.
digital-life-step-2-text = Para marzo de 2014 los tres lo han instalado y le han dado permiso para ver su propio perfil, sus «me gusta», su cumpleaños y su ciudad, y lo mismo de sus amigos (los días en que lo instalan son ilustrativos). Selecciona GSR para ver a cuántas personas alcanza y cuántas de ellas dijeron que sí.

# Step 3's title.
digital-life-step-3-title = Los datos cambian de manos

# Step 3's text.
digital-life-step-3-text = En 2014 la empresa de Kogan, GSR, cedió los datos a Cambridge Analytica, una empresa con la que ninguna de estas personas había tratado. Solo se conoce el año; el mes de aquí es ilustrativo. Selecciona a alguien que nunca instaló el cuestionario y mira por qué Cambridge Analytica puede ver sus «me gusta».

# Step 4's title.
digital-life-step-4-title = ¿Y si los datos de los amigos nunca hubieran estado abiertos?

# Step 4's text.
digital-life-step-4-text = Sin permisos de amigos, el cuestionario solo alcanza a las tres personas que lo instalaron, y Cambridge Analytica también. Las cifras muestran la diferencia con lo que pasó.

# Step 5's title.
digital-life-step-5-title = Revelado

# Step 5's text.
digital-life-step-5-text = The Guardian informó por primera vez de la recopilación el 11 de diciembre de 2015, y el 17 de marzo de 2018, de que había 50 millones de perfiles implicados. El 4 de abril de 2018 Facebook dijo que la información de hasta 87 millones de personas podría haberse compartido indebidamente con Cambridge Analytica. En este escenario el acceso había terminado hacía tiempo, así que este paso muestra lo que las empresas podrían haber recopilado hasta esta fecha: lo que Cambridge Analytica podría haber recopilado antes de que terminara. Muestra «lo que las empresas pueden ver en esta fecha» y el grafo se vacía: en este modelo ya no tenían nada abierto para entonces.
