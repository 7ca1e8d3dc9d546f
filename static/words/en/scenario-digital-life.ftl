# The built-in story "This is your digital life" (static/scenarios/digital-life.json).
# Each message is a text of the story that the scenario file names as "@id"; the sources' titles
# stay as published, in the file. Keep every "could", "may have" and "illustrative" a possibility.

# The story's title.
digital-life-title = This is your digital life

# What the story is, and what it rests on: shown under its title.
digital-life-description = Facebook said about 270,000 people downloaded Aleksandr Kogan's quiz app "thisisyourdigitallife" (16 March 2018); its chief executive, Mark Zuckerberg, said around 300,000, and that Kogan created the app in 2013 (21 March 2018); the Guardian reported that the harvest ran in 2014. The app asked each installer for their public profile, page likes, birthday and current city, and the same of every friend whose settings allowed it. Kogan's company, GSR, passed the data to Cambridge Analytica in 2014. On 4 April 2018 Facebook said the information of up to 87 million people may have been improperly shared with Cambridge Analytica. 87 million divided by 270,000 is at most about 322 people for each installer, the installer included: that is our arithmetic, not a figure Facebook gave (in its survey of 2013, published in February 2014, Pew found that American adults on Facebook had 338 friends on average, 200 at the median). In July 2019 Facebook agreed to pay a $5 billion penalty to settle the FTC's charges that it had deceived users about their ability to control the privacy of their personal information; among other things, the FTC alleged that Facebook shared friends' data with apps even when those friends had chosen more restrictive settings. Here three of 32 invented people install the quiz; watch how many are reached. Illustrative: the days each invented person installs the app, and the months of the handover (the sources give only the year, 2014). The Guardian first reported the harvest on 11 December 2015; Facebook says that when it learned of the violation in 2015 it removed the app (16 March 2018). Here the app's access ends on 1 December 2015 (the day is illustrative). Simplified: apps created after 30 April 2014 lost friend permissions then; the quiz, made in 2013, could use them until 30 April 2015.

# Step 1's title.
digital-life-step-1-title = A quiz, and 32 people

# Step 1's text.
digital-life-step-1-text = Bruno, Priya and Wen will take a quiz called thisisyourdigitallife. Nobody else here will. Guess: how many of the 32 people will the quiz reach?

# Step 2's title.
digital-life-step-2-title = Three people say yes

# Step 2's text.
digital-life-step-2-text = By March 2014 all three have installed it, granting their own profile, likes, birthday and city, and the same of their friends (the days they install it are illustrative). Select GSR to see how many people it reaches, and how many of them said yes.

# Step 3's title.
digital-life-step-3-title = The harvest changes hands

# Step 3's text.
digital-life-step-3-text = In 2014 Kogan's company GSR passed the data to Cambridge Analytica, a company none of these people had dealt with. Only the year is known; the month here is illustrative. Select someone who never installed the quiz and see why Cambridge Analytica can see their likes.

# Step 4's title.
digital-life-step-4-title = What if friends' data had never been open?

# Step 4's text.
digital-life-step-4-text = Without friend permissions the quiz reaches only its three installers, and so does Cambridge Analytica. The figures show the difference against what happened.

# Step 5's title.
digital-life-step-5-title = Revealed

# Step 5's text.
digital-life-step-5-text = The Guardian first reported the harvest on 11 December 2015, and on 17 March 2018 that 50 million profiles were involved. On 4 April 2018 Facebook said the information of up to 87 million people may have been improperly shared with Cambridge Analytica. In this scenario access had long ended, so this step shows what companies could have collected up to this date: what Cambridge Analytica could have collected before it ended. Show "what companies can see on this date" and the graph empties: in this model nothing was still open to them by then.
