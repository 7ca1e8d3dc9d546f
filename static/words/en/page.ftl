# The page around every view: the top bar, the scenario's introduction, the sources, and the
# still first screen a reader sees before the app starts.

## The top bar

# The switch between the views.
page-what-to-see = What to see
tab-stories = Stories
tab-build = Build your own
tab-scale = At scale
tab-mine = Your data
page-scenario = Scenario
# In the scenario picker, for a scenario a link carried ($title).
page-from-link = From the link: { $title }

## The scenario's introduction

page-about = About this scenario: what is real, invented and uncertain
page-sources = Sources

## The still first screen

# Said to a reader whose browser runs no scripts.
still-no-script = This is a still copy of Spillover's first view. To move through time, follow the story step by step and try the what-ifs, turn on JavaScript and WebAssembly: Spillover runs in your browser and sends nothing anywhere.
# What stands for the picture: the graph of $title on $date, with $people people and
# $companies companies.
still-picture = The graph of { $title } on { $date }: { $people ->
    [one] { $people } person
   *[other] { $people } people
} and { $companies ->
    [one] { $companies } company
   *[other] { $companies } companies
}, with a line from a person to each company that can see their data on that date. The table below gives the same figures.
# The caption of the figures' table on $date.
still-figures = Who each company can reach on { $date }

# The real event a built-in story tells, beside its own figures, with its source after it.
real-event-scale = In reality, Facebook said about 270,000 people installed one quiz (16 March 2018), and that the information of up to 87 million people may have been improperly shared with Cambridge Analytica (4 April 2018).
real-event-partners = In reality, the New York Times reported on 18 December 2018 that Facebook's records of 2017 listed partner deals with more than 150 companies.
