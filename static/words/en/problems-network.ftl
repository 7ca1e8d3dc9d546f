# Why a network file (an edge list, CSV, GraphML or GEXF) cannot be imported, and what was
# merged or left out on the way. Each problem is said after its file's name and its line (and
# column), so a reader can find it. $file, $id, $name, $value and $found are the file's own,
# shortened, and never translated; words of the formats in `backticks` stay as the files spell
# them.

## Where

# The place of a problem: the $file's name, and its $line (and $column).
network-at-line = { $file }, line { $line }
network-at-column = { $file }, line { $line }, column { $column }

## Which format

# The edge list's name, as the usage and the README give it (CSV, GraphML and GEXF are names).
network-edge-list = edge list
network-unknown-format = Spillover cannot tell what network format this is: give it a name ending in .txt or .edges (an edge list), .csv, .graphml or .gexf
network-no-file = no file was given
network-one-or-two = pick one network file, or two CSV files together (one of people, one of friendships)
# $files is how many files were given.
network-nothing = { $files ->
    [one] the file names
   *[other] the files name
} no people and no friendships, so there is nothing to import
# $detail is the XML reader's own words (in English).
network-xml = this is not well-formed XML: { $detail }
# $format is GraphML or GEXF; $found is the file's first element, $root the one it must be.
network-xml-root = this is not { $format }: its first element is <{ $found }>, not <{ $root }>

## Its people and friendships

# $line is where the id was given first.
network-id-twice = `{ $id }` is given already, on line { $line }; each id is given once
# $most bytes at most; the id (shown cut, $id…) has $count.
network-id-too-long = an id is at most { $most } bytes long; `{ $id }…` has { $count }
network-name-too-long = the name "{ $name }…" is longer than { $most } characters
network-name-control = the name holds a control character or a noncharacter
network-company-friend = `{ $id }` is a company; friendships join two people
# A friendship that ends ($until) on the day it starts ($from) or before.
network-never-active = the friendship ends ({ $until }) before or on the day it starts ({ $from })
network-messages = `messages` is true or false (yes or no, 1 or 0), not "{ $value }"
# After the first hundred problems: how many more there are.
network-more-problems = and { $count } more problems
# The network could be read but makes no valid scenario; $problem says why.
network-not-a-scenario = the network read, but not as a scenario: { $problem }

## CSV and edge lists

# A line with $cells cells, where the id is in cell $cell.
network-csv-no-id = this line has { $cells } cells; the id is in cell { $cell }
network-csv-two-columns = the friendships file needs two columns for the friends, named `a,b`, `source,target` or `from,to`
# $file is the people's file's name.
network-csv-no-person = no person in { $file } has the id `{ $id }`
# $delimiter is the file's (a comma or a semicolon); $found is what came instead.
network-csv-after-quote = after a closing quote comes `{ $delimiter }` or the end of the line, not `{ $found }`; a quote inside a quoted cell is written twice ("")
network-csv-unclosed = this quoted cell is never closed: its closing `"` is missing
# A line of an edge list with only one id; $commas is yes when it holds a comma or semicolon.
network-edges-one-id = a line names a friendship as two ids, `a b`; this one has only `{ $id }`{ $commas ->
    [yes] ; if the file is comma-separated, give it a name ending in .csv
   *[no] {""}
}

## What was merged or left out, in the imported network's description

# $count friendships listed again; the first repeat is in $file at $line.
network-note-repeated = { $count } { $count ->
    [one] friendship
   *[other] friendships
} listed again (the same two people, either way round) merged with the first; the first repeat: { $file }, line { $line }
# $count lines joining someone to themselves; the first is in $file at $line.
network-note-loops = { $count } { $count ->
    [one] line
   *[other] lines
} joining someone to themselves left out; the first: { $file }, line { $line }
# The start of the imported network's description: the $file it came from.
network-imported-from = Imported from { $file }.

## More of the files' shape

network-csv-which-file = Spillover cannot tell which file holds the people and which the friendships: give the people file the columns `id,name` and the friendships file `a,b` (or `source,target`)
# $format is GEXF or GraphML.
network-no-graph = this { $format } file holds no <graph>
network-xml-doctype = Spillover reads no document type declaration (`<!DOCTYPE …>`): remove it and load the file again
network-xml-node-id = a <node> needs an `id` attribute
network-xml-edge-ends = an <edge> needs a `source` and a `target` attribute
