# "At scale"'s sources: who published what, when (titles as published, never translated), and
# in brackets what each gives here; then each step's short citation.

scale-source-fb-suspend-2018 = Facebook Newsroom, "Suspending Cambridge Analytica and SCL Group from Facebook", 16 de marzo de 2018 (unas 270.000 personas descargaron la aplicación; Facebook la retiró cuando supo de la infracción en 2015)
scale-source-zuckerberg-2018 = Mark Zuckerberg, publicación en su página de Facebook, 21 de marzo de 2018 (la aplicación, creada en 2013; instalada por unas 300.000 personas)
scale-source-fb-restrict-2018 = Facebook Newsroom, "An Update on Our Plans to Restrict Data Access on Facebook", 4 de abril de 2018 (hasta 87 millones de personas, la mayoría en EE. UU.)
scale-source-guardian-2018 = The Guardian, "Revealed: 50 million Facebook profiles harvested for Cambridge Analytica", 17 de marzo de 2018 (la recopilación, en 2014)
scale-source-fb-q2-2014 = Facebook, "Facebook Reports Second Quarter 2014 Results", 23 de julio de 2014 (1320 millones de usuarios activos al mes el 30 de junio de 2014)
scale-source-pew-2014 = Pew Research Center, "6 new facts about Facebook", 3 de febrero de 2014 (su encuesta de 2013 a adultos de EE. UU.: 338 amigos de media, 200 de mediana)
scale-source-ftc-2011 = Federal Trade Commission, "Facebook Settles FTC Charges That It Deceived Consumers By Failing To Keep Privacy Promises", 29 de noviembre de 2011 (las aplicaciones podían llegar a los datos de los amigos desde el lanzamiento de la plataforma en mayo de 2007)
scale-source-fb-house-2018 = Facebook, "Responses to the House Energy and Commerce Committee", 29 de junio de 2018 (los permisos de amigos se cerraron a las aplicaciones comunes el 30 de abril de 2015)
scale-source-ftc-2019 = Federal Trade Commission, "FTC Imposes $5 Billion Penalty and Sweeping New Privacy Restrictions on Facebook", 24 de julio de 2019 (las acusaciones de la FTC, que Facebook resolvió mediante un acuerdo)

# A step of the story: where its facts come from.
scale-cites-one = Pew Research Center, "6 new facts about Facebook", 3 de febrero de 2014; Federal Trade Commission, 29 de noviembre de 2011; respuestas de Facebook al House Energy and Commerce Committee, 29 de junio de 2018
scale-cites-installs = Facebook Newsroom, 16 de marzo de 2018; Mark Zuckerberg, 21 de marzo de 2018; The Guardian, 17 de marzo de 2018
scale-cites-87 = Facebook Newsroom, 4 de abril de 2018
scale-cites-closed = Federal Trade Commission, 24 de julio de 2019; respuestas de Facebook al House Energy and Commerce Committee, 29 de junio de 2018
