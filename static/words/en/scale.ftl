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
