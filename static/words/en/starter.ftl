# A new sandbox, and the one-click first lesson a sandbox can start from. The names of people
# (Ana, Ben, Cat, Dev, Eli) are names, not words; "You" is the reader.

# A new, empty sandbox's title and description ($opened, $closed: the days friends' data opened
# to apps and closed, 2010-04-21 and 2015-04-30).
sandbox-new-title = My scenario
sandbox-new-description = Built in Spillover's sandbox. The people and companies are made up. Apps may ask for friends' data from { $opened } until { $closed }, as on the real platform (the start is simplified: apps could reach friends' data from 2007).

# The first lesson: its title, the reader, and the quiz Ana signs in to.
starter-name = One quiz, five friends
starter-you = You
starter-quiz = Personality quiz
