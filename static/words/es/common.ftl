# Words shared by every part of Spillover: what it is, and the names of the core's values.
#
# Grammar lives here: plurals by CLDR category ([one], *[other]), and a selector where a
# sentence changes with what a value is. Arguments are named with a dollar sign; numbers in
# them are written the language's way by Spillover (4039 and 40.390 in Spanish).
#
# Spanish: the kinds of data are bare nouns without an article, so that they read well in
# tables, legends and comma-separated lists; sentences that insert one put it after a colon
# or in a phrase that needs no agreement with it.

## What Spillover is

tagline = Cómo tus datos llegaron a empresas con las que nunca trataste
honesty = Spillover simplifica: las personas de cada escenario son inventadas, y cada regla es un modelo de cómo funcionaba la plataforma, no su código. Lo que se afirma sobre empresas y hechos reales procede de las fuentes citadas en cada escenario; cuando algo es incierto, se indica.

## The kinds of data a company can hold (short, lower case, for running text and tables)

category-user-id = ID de usuario
category-name = nombre
category-contact = datos de contacto
category-friends = lista de amigos
category-birthday = cumpleaños
category-location = ubicación
category-likes = me gusta
category-photos = fotos
category-posts = publicaciones
category-messages = mensajes

## How data reached a company (short, lower case)

reason-consent = con consentimiento
reason-friend = por la aplicación de un amigo
reason-mailbox = por el buzón de un amigo
reason-deal = por un acuerdo con la plataforma
reason-transfer = cedidos por otra empresa
