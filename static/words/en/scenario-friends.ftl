# The built-in story "You and your friends" (static/scenarios/friends.json).
# Each message is a text of the story that the scenario file names as "@id"; the sources' titles
# stay as published, in the file. Keep every "could", "may have" and "illustrative" a possibility.

# The story's title.
friends-title = You and your friends

# What the story is, and what it rests on: shown under its title.
friends-description = The smallest case of data spilling through friends. You never installed anything. Your friend Ben signed in to a personality quiz in 2013 with his account. Until 30 April 2015, an app that a friend authorised could ask for his friends' data too, limited only by each friend's "Apps others use" setting (Facebook's 2018 account of the Cambridge Analytica case). Chloé had narrowed that setting; Dev had turned apps off altogether. The people and the quiz are invented, and so is every day they act on (illustrative: the quiz on 10 June 2013, its end on 1 December 2015, the friendships); the rule and its dates are real. Simplified: apps could reach friends' data from the platform's launch in May 2007, and here friend permissions open with the Graph API on 21 April 2010; apps created after 30 April 2014 lost friend permissions a year earlier than 30 April 2015, and here the quiz is an older app.

# A person of the story: the reader (the page says "your" for this person).
friends-person-you = You

# The invented app of the story, a generic name.
friends-company-quiz = Personality quiz

# Step 1's title.
friends-step-1-title = This is you

# Step 1's text.
friends-step-1-text = You are on a social platform with two friends, Ben and Esi. You have never installed an app. Select You on the graph (or press Tab until You is focused, then Enter) to check which companies can see your data: none yet.

# Step 2's title.
friends-step-2-title = Ben takes a quiz

# Step 2's text.
friends-step-2-text = Ben signs in to a personality quiz with his account and says yes to what it asks: his own profile, and his friends' birthdays, likes and locations. Select You again: the quiz can now see your birthday, location and likes, though you never installed it.

# Step 3's title.
friends-step-3-title = Settings were the only brake

# Step 3's text.
friends-step-3-text = Chloé had narrowed her "Apps others use" setting, so the quiz could get only her name. Dev had turned apps off altogether, so nothing of Dev's reached it. Ben's other friends had left the setting open. Choosing "Friends Only" was no brake either, the FTC charged in 2011: it did not stop apps that friends used (charges Facebook settled without admitting them).

# Step 4's title.
friends-step-4-title = What if everyone had opted out?

# Step 4's text.
friends-step-4-text = Had every friend turned "Apps others use" off, the quiz would have got only Ben's own data. Compare the figures with the original. Simplified: in reality a friend's name and user ID stayed visible to apps whatever the setting; this model lets the setting hold back every category.

# Step 5's title.
friends-step-5-title = The door closes

# Step 5's text.
friends-step-5-text = On 30 April 2015 the platform stopped letting the remaining apps ask for friends' data (apps created after 30 April 2014 never could). From this day the quiz can see only Ben's own profile. Show "what companies could have collected up to this date": in this model, what it could have collected before stays with it.
