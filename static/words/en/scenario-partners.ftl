# The built-in story "Partners behind the wall" (static/scenarios/partners.json).
# Each message is a text of the story that the scenario file names as "@id"; the sources' titles
# stay as published, in the file. Keep every "could", "may have" and "illustrative" a possibility.

# The story's title.
partners-title = Partners behind the wall

# What the story is, and what it rests on: shown under its title.
partners-description = On 30 April 2015 ordinary apps lost access to friends' data. The New York Times reported on 18 December 2018 that Facebook's records of 2017 listed partner deals with more than 150 companies, the oldest from 2010, all active in 2017 and some in 2018. By the records the Times reported, Spotify, Netflix and the Royal Bank of Canada could read, write and delete users' private messages; Amazon could obtain users' names and contact details through their friends; Microsoft's Bing could see the names of virtually all users' friends without consent; Yahoo could view streams of friends' posts; Yandex could get user IDs. Spillover shows what the deals allowed, not what any company did with them. The companies' answers: Spotify said it had "no evidence that Spotify ever accessed users' private Facebook messages"; Spotify and Netflix told the Times they were unaware of the broad powers Facebook had granted them, and Netflix said it never accessed people's private messages; RBC disputed that it had such access; Amazon said it used the information only in line with its privacy policy; Microsoft says the Bing deal ended in February 2017; Yandex said it did not know of the access; Apple said it did not know of any special access; for Yahoo, no answer is recorded in the sources cited here. Facebook's answer: people signed in to use these features; it called Amazon, Apple and Yahoo integration partners, through whose devices and services people used Facebook; none of these partnerships gave companies access to information without people's permission or broke its 2012 agreement with the FTC; and it found no evidence of abuse by its partners. The eight people are invented. Dates, and how sure they are: Spotify's start is not known (here 2012, a stand-in) and its end is uncertain (here the start of 2016: Facebook said on 19 December 2018 that its messaging integrations had been shut down for nearly three years); Netflix 2014 to 2015, and RBC 2013 to 2015 (Facebook to The Tyee); Bing from 2010 until February 2017, when Microsoft says it ended; the starts of Amazon's, Yahoo's and Yandex's deals are not known (the Times dates the deals from 2010, not each one), so the time line draws them without a start, from a stand-in day, 30 April 2015; Amazon until the end of 2018 (still active then), Yahoo until 1 July 2018 (the source says summer 2018), Yandex until the end of 2017 (uncertain: Yandex's dates come from secondary summaries). Every other day and month Spillover shows for these deals is illustrative; only the years above are sourced. Uncertain: no source says whether partners heeded a person's "Apps others use" setting. The Times reported that Apple's devices could reach the contacts and calendar entries of people who had disabled all sharing; Facebook said partners do not get to ignore privacy settings. Here Amazon's and Yahoo's deals pass over that setting: the scenario's choice, not a finding. Simplified: Bing is drawn with a deal over every user's name, for "virtually all users' friends", and Yandex with a deal over every user's ID; Apple is told, not drawn.

# Step 1's title.
partners-step-1-title = The wall goes up

# Step 1's text.
partners-step-1-text = On 30 April 2015 ordinary apps lost access to friends' data. Ana has never signed in to any of these companies. Select Ana: which companies can still see her data?

# Step 2's title.
partners-step-2-title = Mailboxes

# Step 2's text.
partners-step-2-text = By the records the Times reported, Spotify, Netflix and the Royal Bank of Canada could read, write and delete the private messages of users who connected them, so also the messages of everyone who wrote to those users. Femi turned apps off, yet in this model Spotify could read Femi's messages with Ben. Facebook's answer: people had to explicitly sign in to Facebook first to use a partner's messaging feature, and in December 2018 it said these integrations had been shut down for nearly three years. The companies' answers: Spotify said it had "no evidence that Spotify ever accessed users' private Facebook messages" (Variety); Spotify and Netflix told the Times they were unaware of the broad powers Facebook had granted them; Netflix said it never accessed people's private messages; RBC disputed that it had such access. When Spotify's access began is not known (its day here is a stand-in); the other start and end days here are illustrative.

# Step 3's title.
partners-step-3-title = Friends' data, by deal

# Step 3's text.
partners-step-3-text = After ordinary apps lost friends' data, Amazon could still obtain users' names and contact details through their friends, Yahoo could view streams of friends' posts, and Yandex could get users' IDs; when these deals began is not known, and the time line draws their starts so. Dan narrowed his "Apps others use" setting, yet here Amazon can get his contact details through Gus: no source says whether partners heeded that setting, so this is the scenario's choice. Facebook's answer: it called Amazon and Yahoo integration partners, through whose devices and services people used Facebook, and said partners do not get to ignore people's privacy settings. Amazon said it used such information only in line with its privacy policy; Yandex said it did not know of the access; for Yahoo, no answer is recorded in the sources cited here. (The Times also reported that Apple's devices could reach the contacts and calendar entries of people who had disabled all sharing; Apple said it did not know of any special access.)

# Step 4's title.
partners-step-4-title = Without consent, by the records

# Step 4's text.
partners-step-4-text = By the records the Times reported, Microsoft's Bing could see the names of virtually all users' friends without their consent. Select Bing: count the people who said yes to it. Facebook's answer: Bing's features came from instant personalization, a 2010 feature it ended in 2014, and it should not have left the interface behind it in place. Microsoft says the deal ended in February 2017. The deal's start on 21 April 2010 is illustrative: the source gives the year.

# Step 5's title.
partners-step-5-title = What if there had been no deals?

# Step 5's text.
partners-step-5-text = Switch the deals off and the platform's own rule applies to everyone: in this model Bing, Amazon, Yahoo and Yandex lose what came through friends and deals. The figures show the difference.

# Step 6's title.
partners-step-6-title = Revealed

# Step 6's text.
partners-step-6-text = The New York Times reported these deals on 18 December 2018: more than 150 companies, all deals active in 2017, some in 2018. Facebook answered that none of these partnerships gave companies access to information without people's permission or broke its 2012 agreement with the FTC, and that it had found no evidence of abuse by its partners; people signed in to use these features.
