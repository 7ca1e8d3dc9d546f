# A new sandbox, and the one-click first lesson a sandbox can start from. The names of people
# (Ana, Ben, Cat, Dev, Eli) are names, not words; "You" is the reader.

# A new, empty sandbox's title and description ($opened, $closed: the days friends' data opened
# to apps and closed, 2010-04-21 and 2015-04-30).
sandbox-new-title = Mein Szenario
sandbox-new-description = Im Sandkasten von Spillover gebaut. Die Menschen und Firmen sind erfunden. Apps dürfen vom { $opened } bis zum { $closed } nach den Daten von Freunden fragen, wie auf der echten Plattform (der Beginn ist vereinfacht: Apps konnten schon ab 2007 an Freundesdaten kommen).

# The first lesson: its title, the reader, and the quiz Ana signs in to.
starter-name = Ein Quiz, fünf Freunde
starter-you = Du
starter-quiz = Persönlichkeitsquiz
