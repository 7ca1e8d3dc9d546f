# "At scale"'s sources: who published what, when (titles as published, never translated), and
# in brackets what each gives here; then each step's short citation.

scale-source-fb-suspend-2018 = Facebook Newsroom, "Suspending Cambridge Analytica and SCL Group from Facebook", 16 March 2018 (about 270,000 people downloaded the app; Facebook removed it when it learned of the violation in 2015)
scale-source-zuckerberg-2018 = Mark Zuckerberg, post on his Facebook page, 21 March 2018 (the app created in 2013; installed by around 300,000 people)
scale-source-fb-restrict-2018 = Facebook Newsroom, "An Update on Our Plans to Restrict Data Access on Facebook", 4 April 2018 (up to 87 million people, mostly in the US)
scale-source-guardian-2018 = The Guardian, "Revealed: 50 million Facebook profiles harvested for Cambridge Analytica", 17 March 2018 (the harvest, in 2014)
scale-source-fb-q2-2014 = Facebook, "Facebook Reports Second Quarter 2014 Results", 23 July 2014 (1.32 billion monthly active users on 30 June 2014)
scale-source-pew-2014 = Pew Research Center, "6 new facts about Facebook", 3 February 2014 (its 2013 survey of American adults: 338 friends on average, 200 at the median)
scale-source-ftc-2011 = Federal Trade Commission, "Facebook Settles FTC Charges That It Deceived Consumers By Failing To Keep Privacy Promises", 29 November 2011 (apps reached friends' data from the platform's launch in May 2007)
scale-source-fb-house-2018 = Facebook, "Responses to the House Energy and Commerce Committee", 29 June 2018 (friend permissions closed to ordinary apps on 30 April 2015)
scale-source-ftc-2019 = Federal Trade Commission, "FTC Imposes $5 Billion Penalty and Sweeping New Privacy Restrictions on Facebook", 24 July 2019 (the FTC's charges, which Facebook settled)

# A step of the story: where its facts come from.
scale-cites-one = Pew Research Center, "6 new facts about Facebook", 3 February 2014; Federal Trade Commission, 29 November 2011; Facebook's answers to the House Energy and Commerce Committee, 29 June 2018
scale-cites-installs = Facebook Newsroom, 16 March 2018; Mark Zuckerberg, 21 March 2018; The Guardian, 17 March 2018
scale-cites-87 = Facebook Newsroom, 4 April 2018
scale-cites-closed = Federal Trade Commission, 24 July 2019; Facebook's answers to the House Energy and Commerce Committee, 29 June 2018
