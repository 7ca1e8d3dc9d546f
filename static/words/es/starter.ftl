# A new sandbox, and the one-click first lesson a sandbox can start from. The names of people
# (Ana, Ben, Cat, Dev, Eli) are names, not words; "You" is the reader.

# A new, empty sandbox's title and description ($opened, $closed: the days friends' data opened
# to apps and closed, 2010-04-21 and 2015-04-30).
sandbox-new-title = Mi escenario
sandbox-new-description = Creado en el laboratorio de Spillover. Las personas y las empresas son inventadas. Las aplicaciones pueden pedir datos de los amigos desde el { $opened } hasta el { $closed }, como en la plataforma real (el inicio está simplificado: las aplicaciones podían llegar a los datos de los amigos desde 2007).

# The first lesson: its title, the reader, and the quiz Ana signs in to.
starter-name = Un cuestionario, cinco amigos
starter-you = Tú
starter-quiz = Cuestionario de personalidad
