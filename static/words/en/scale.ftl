# "At scale": one quiz on a whole generated network, its controls, figures, plot and story.
#
# Could, not did: Facebook "said" its figures; what the plot places is "our arithmetic".

scale-title = At scale: one quiz, a whole network
scale-lede = Facebook said about 270,000 people installed one quiz (16 March 2018), and that the information of up to 87 million people may have been improperly shared (4 April 2018). Here a network of invented people, generated in your browser, shows how one app's reach can multiply through friends: move the install rate and watch who is reached.
# $why: what the generator refused.
scale-refused = This network cannot be generated: { $why }.
scale-generating = Generating { $people } people
scale-generating-status = Generating { $people } people…

## The controls

scale-controls = Network and quiz
scale-install = Install rate: share of people who install the quiz
scale-opt-out = Share who narrowed "Apps others use"
scale-policy = Friend permissions
scale-open = {" "}Open (as the Graph API's friends permissions, 2010 to 2015)
scale-closed = {" "}Closed (after 30 April 2015)
scale-model = Network model
scale-people = People
scale-friends = Friends each, on average
# The friend count of Pew's survey, among the choices.
scale-friends-pew = { $friends } (Pew's 2013 survey)
scale-seed = Seed
scale-seed-help = The same seed gives the same network and the same installers, here and on the command line.
# $text: what was typed; $max: the largest seed.
scale-seed-problem = "{ $text }" is not a seed: a seed is a whole number from 0 to { $max }. The network shown is unchanged.

## The results

# The network shown: $people people, $friendships friendships, its $model and $seed,
# generated in $seconds seconds.
scale-about = { $people } people, { $friendships } friendships ({ $model } model, seed { $seed }), generated in { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s.
scale-whole = The whole network
scale-plot-title = People reached against install rate, for this network
# The plot's description: the reader's point and the 2018 range, each as the key says it.
scale-plot-desc = { $reader }. { $real }. The table below the plot gives the curve's values.
scale-plot-curve = this network at your narrowing and friend permissions
scale-plot-table = The curve as a table
scale-plot-rate = install rate
scale-plot-installers = installers
scale-plot-reached = reached
scale-plot-share = share reached
scale-dot-installed = installed (square)
scale-dot-reached = reached without saying yes (filled)
scale-dot-spared = a friend installed, but spared (ring)
scale-dot-untouched = not touched (small dot)

## The story

scale-story = From one installer to up to 87 million
scale-source = Source:
# A step's button: $title is shown, or shows it.
scale-shown = Shown: { $title }
scale-show-me = Show me: { $title }

## The same network elsewhere

scale-reuse = The same network elsewhere
scale-reuse-before = On the command line, this writes the network shown, with its installers and settings, as a scenario file (up to 100,000 people and 1,000,000 friendships);
# Between scale-reuse-before and this comes the command's name, "exposure".
scale-reuse-after = on that file gives the figures above.
scale-embed = Embed this view in a lesson page

## "At scale" embedded in a lesson page

scale-attribution = Spillover: an explorable of how data spread to companies people never dealt with. People are invented; sources: Facebook Newsroom; Pew Research Center; Federal Trade Commission.

## The network models

model-facebook-like = Facebook-like (Pew's 2013 survey)
model-barabasi-albert = Barabási-Albert (hubs)
model-watts-strogatz = Watts-Strogatz (small world)

## The whole network's figures ($share: a percentage, written with its sign)

# The figures the install rate moves, in one line pinned beside its slider: $installed_share is
# the share who did install (each person installs at the rate by chance, so it can differ).
scale-readout = { $installed } installed ({ $installed_share }): { $reached } reached ({ $share })
scale-installed = Installed the quiz
scale-installed-note = { $share } of { $people } people
scale-reached = People reached
scale-reached-note = { $share } of everyone
scale-without = Reached without ever saying yes
scale-without-note = { $share } of those reached
scale-per-installer = Reach per installer
scale-none-installed = none installed
scale-per-installer-value = { NUMBER($ratio, minimumFractionDigits: 1, maximumFractionDigits: 1) }
scale-per-installer-note = people reached for each person who installed
# What a screen reader hears after a change.
scale-spoken = { $installed } installed; { $reached } reached ({ $share }), { $without } of them without saying yes.

## The plot ($low, $high, $most, $install, $share, $chance: percentages, written with their sign)

scale-real = 2018, a range: about 270,000 to 300,000 installers (Facebook, 16 March 2018; its chief executive, 21 March 2018) and up to 87 million people (Facebook's upper bound, 4 April 2018), placed by our arithmetic on Facebook's 1.32 billion monthly users of mid-2014: { $low } to { $high } installing, up to { $most } reached
scale-real-short = 2018: up to { $most }
scale-reader = Your setting: { $install } installed, { $share } reached
# "Your data"'s point on the plot: the reader, with $friends friends.
scale-your-point = You, with { $friends ->
    [one] { $friends } friend
   *[other] { $friends } friends
}: at { $install } installing, a { $chance } chance that you or a friend installed, so that the app could ask for your data

## What the curve means ($friends: friends each, on average; $people: the network's people)

scale-meaning-start = Each person who installs brings along every friend whose settings let friends' apps see them. With about { $friends } friends each, a handful of installers already reaches thousands: that is the steep start of the curve.
scale-meaning-bend = As more people install, their circles of friends overlap: most friends of a new installer were already reached. So the curve bends and flattens, and reach per installer falls, even though everyone is reached long before everyone installs.
scale-meaning-bar = The shaded bar is 2018, as a range: Facebook said about 270,000 people installed "thisisyourdigitallife" (16 March 2018), its chief executive said around 300,000 (21 March 2018), and Facebook said the information of up to 87 million people, mostly in the United States, may have been improperly shared (4 April 2018). Placed on Facebook's 1.32 billion monthly users of June 2014, that is { $low } to { $high } installing and up to { $most } reached: our arithmetic, and rough.
scale-meaning-no-check = Do not take the curve passing near the bar as a check of either. 87 million is an upper bound, not a count, and it counts the installers as well as their friends; the installers were not a random draw from every user; Pew's friend counts are of American adults, while the bar is placed on users worldwide. And this network is assumed, not measured: the Facebook-like model draws friend counts from a log-normal shape with Pew's mean and median (Pew gave no shape) and joins friends at random, so it has none of the friend groups in which real friends' friends overlap.
scale-meaning-all = This network has { $people } people: each dot of the curve is computed for all of them, not estimated.

## The picture of the network, a dot a person

scale-sample-all = All { $dots } people, each a dot
# Every $every-th person of $people, $dots dots.
scale-sample = A sample: every { $every }th person of { $people }, { $dots } dots, each one person
# $what: one of scale-sample-*; then how many of the dots each fate holds.
scale-sample-caption = { $what }. Of them, { $installed } installed, { $reached } were reached without saying yes, { $spared } had a friend who installed but were spared (friend permissions closed or "Apps others use" narrowed), and { $untouched } were not touched.

## The story's steps (the sources' titles stay as published, in the code)

scale-step-one = One person installs a quiz
scale-step-one-text = From the platform's launch in May 2007, an app one person installed could ask for their friends' data too: each friend whose settings allowed it came along. This view's "Open" stands for the Graph API's friends permissions, from 21 April 2010 to 30 April 2015, and leaves the years before out (a simplification). In Pew's survey of 2013, published in February 2014, American adults on Facebook had 338 friends on average, 200 at the median.
scale-step-installs = About 270,000 people install it
scale-step-installs-text = Facebook said about 270,000 people downloaded Aleksandr Kogan's quiz "thisisyourdigitallife" (16 March 2018); its chief executive said around 300,000, and that Kogan created the app in 2013 (21 March 2018). The Guardian reported that the harvest ran in 2014. On 1.32 billion monthly users, 270,000 is about one person in 5,000: on this network, 0.02%.
scale-step-87 = Up to 87 million people
scale-step-87-text = Facebook said the information of up to 87 million people, mostly in the United States, may have been improperly shared with Cambridge Analytica. Divided by 270,000 installers, that is at most about 322 people for each installer, the installer included: our arithmetic, not a figure Facebook gave. The shaded bar on the plot is this range; where the curve of this network passes is no check of it (see under the plot: an upper bound, installers who were not a random draw, Pew's American adults, and a network assumed to have no friend groups).
scale-step-closed = Settings and the closed door
scale-step-closed-text = A person could narrow "Apps others use", but in 2019 the FTC alleged that Facebook shared friends' data with apps even when those friends had chosen more restrictive settings; Facebook settled the FTC's charges with a $5 billion penalty. Friends' data closed to ordinary apps on 30 April 2015: with friend permissions closed, the quiz reaches its installers and nobody else.
# The plot's horizontal axis.
scale-plot-axis-install = share of people who install (log scale)
