# "At scale"'s sources: who published what, when (titles as published, never translated), and
# in brackets what each gives here; then each step's short citation.

scale-source-fb-suspend-2018 = Facebook Newsroom, "Suspending Cambridge Analytica and SCL Group from Facebook", 16. März 2018 (etwa 270.000 Menschen luden die App herunter; Facebook entfernte sie, als es 2015 von dem Verstoß erfuhr)
scale-source-zuckerberg-2018 = Mark Zuckerberg, Beitrag auf seiner Facebook-Seite, 21. März 2018 (die App 2013 entwickelt; von rund 300.000 Menschen installiert)
scale-source-fb-restrict-2018 = Facebook Newsroom, "An Update on Our Plans to Restrict Data Access on Facebook", 4. April 2018 (bis zu 87 Millionen Menschen, die meisten in den USA)
scale-source-guardian-2018 = The Guardian, "Revealed: 50 million Facebook profiles harvested for Cambridge Analytica", 17. März 2018 (die Datenernte, 2014)
scale-source-fb-q2-2014 = Facebook, "Facebook Reports Second Quarter 2014 Results", 23. Juli 2014 (1,32 Milliarden monatlich aktive Nutzer am 30. Juni 2014)
scale-source-pew-2014 = Pew Research Center, "6 new facts about Facebook", 3. Februar 2014 (seine Umfrage von 2013 unter Erwachsenen in den USA: im Schnitt 338 Freunde, im Median 200)
scale-source-ftc-2011 = Federal Trade Commission, "Facebook Settles FTC Charges That It Deceived Consumers By Failing To Keep Privacy Promises", 29. November 2011 (Apps konnten seit dem Start der Plattform im Mai 2007 an Freundesdaten kommen)
scale-source-fb-house-2018 = Facebook, "Responses to the House Energy and Commerce Committee", 29. Juni 2018 (Freundesberechtigungen für gewöhnliche Apps am 30. April 2015 geschlossen)
scale-source-ftc-2019 = Federal Trade Commission, "FTC Imposes $5 Billion Penalty and Sweeping New Privacy Restrictions on Facebook", 24. Juli 2019 (die Vorwürfe der FTC, die Facebook per Vergleich beilegte)

# A step of the story: where its facts come from.
scale-cites-one = Pew Research Center, "6 new facts about Facebook", 3. Februar 2014; Federal Trade Commission, 29. November 2011; Facebooks Antworten an das House Energy and Commerce Committee, 29. Juni 2018
scale-cites-installs = Facebook Newsroom, 16. März 2018; Mark Zuckerberg, 21. März 2018; The Guardian, 17. März 2018
scale-cites-87 = Facebook Newsroom, 4. April 2018
scale-cites-closed = Federal Trade Commission, 24. Juli 2019; Facebooks Antworten an das House Energy and Commerce Committee, 29. Juni 2018
