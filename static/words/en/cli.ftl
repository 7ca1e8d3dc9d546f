# The command line's own words: its usage, and why a command stopped. The command line speaks
# English; its words are here so that they are kept in one place with the page's. Options,
# commands and file names ($option, $command, $name, $value, $argument) are as the reader typed
# them, never translated. $error is the system's own words.

## The usage, said after any mistake on the command line

# $formats is a line for each network format import reads, with its endings; $cutoff is the day
# apps could no longer ask for friends' data. A line starting with {"  "} keeps its spaces.
cli-usage = usage:
    {"  "}spillover-cli check FILE
    {"      "}Checks a scenario file; prints each problem on its own line.
    {"  "}spillover-cli exposure FILE [--date YYYY-MM-DD] [--collected]
    {"      "}Prints which company can see what on the date (the scenario's own date unless given)
    {"      "}as JSON; with --collected, what each company could have collected up to that date.
    {"  "}spillover-cli import FILE [FILE2]
    {"      "}Reads a friend network, one file or two CSV files (people and friendships), and
    {"      "}prints it as a scenario file; problems go to standard error, each with its line and
    {"      "}column. A file is known by its name's ending, or (standard input, no ending)
    {"      "}by what it holds:
    { $formats }
    {"  "}spillover-cli layout FILE
    {"      "}Prints where the page draws each person and company (layout units, 1000 by 640) as JSON.
    {"  "}spillover-cli view ADDRESS [FILE]
    {"      "}Prints, as JSON, what the page shows at ADDRESS (a link, or its part from the #): the
    {"      "}headline, the company table, the caption under the picture, the line under it for each
    {"      "}person and company, "why?" for the one selected and how many facts the table lists.
    {"      "}FILE is the scenario of an address that names the reader's sandbox (saved with "Save
    {"      "}as file").
    {"  "}spillover-cli link FILE
    {"      "}Prints the address part of a link that carries the whole scenario (#data=…), as the
    {"      "}page's Copy link writes it: add it to the app's address to share the file as a link.
    {"  "}spillover-cli prerender [SLUG] [--lang CODE]
    {"      "}Prints the first screen of the built-in scenario SLUG (friends unless given) as HTML:
    {"      "}what the page shows when it opens, which the build writes into index.html so it can be
    {"      "}read before and without scripts. With --lang, in that language (de, es; English unless
    {"      "}given), its element marked with the language's lang and dir.
    {"  "}spillover-cli generate --model MODEL --people N --friends K --seed S --install-rate R
    {"                        "}[--opt-out R] [--permissions open|closed] [--figures]
    {"      "}Prints a generated network as a scenario file: the same network, quiz installers and
    {"      "}settings as the page's "At scale" view shows for these choices. MODEL is
    {"      "}barabasi-albert, watts-strogatz or facebook-like; N people (10 to 100,000), K friends
    {"      "}each on average, S a whole number; R a share from 0 to 1 (--install-rate 0.01 is 1%);
    {"      "}--opt-out the share who narrowed "Apps others use" (0 unless given); friend
    {"      "}permissions open unless given. With --figures, prints only the whole network's
    {"      "}figures as JSON (people, friendships, installers, reached, reached_without_consent,
    {"      "}per_installer), as the page computes them, for any size the page makes (up to
    {"      "}1,000,000 people and 20,000,000 friendships; a scenario file holds 100,000 people).
    {"  "}spillover-cli mine PATH... [--names]
    {"      "}Reads your own Facebook export ("Download your information", format JSON): PATH is
    {"      "}its ZIP (or each of its parts), its unzipped folder, or JSON files from it. Prints as
    {"      "}JSON how many friends you have and how many from before { $cutoff }, the apps you
    {"      "}connected (before that day, after it, date unknown), the companies that sent Facebook
    {"      "}your activity and their events, the advertisers with your information, and the files
    {"      "}read and not understood. The names (of friends, apps, companies, advertisers) are
    {"      "}printed only with --names. Only the ZIP's directory and the few files needed are read.
    {"  "}FILE may be - to read standard input. Files over 64 MB are refused unread.

## The command line given

cli-no-command = no command given
cli-unknown-command = unknown command `{ $command }`
cli-unknown-option = unknown option { $option }
cli-unexpected = unexpected argument { $argument }
# $command is check, link or layout.
cli-takes-one-file = `{ $command }` takes exactly one FILE
cli-view-takes = `view` takes an ADDRESS and at most one FILE
cli-prerender-takes = `prerender` takes at most one built-in scenario's name
cli-import-takes = `import` takes one FILE, or two CSV files (people and friendships)
cli-mine-needs = `mine` needs a PATH: your export's ZIP (or its parts), its folder, or JSON files from it
cli-date-needs = --date needs a date, YYYY-MM-DD
cli-needs-value = { $option } needs a value
# $what is one of the options generate needs, as typed (--model, --people N, …).
cli-generate-needs = `generate` needs { $what }
cli-not-a-model = --model: "{ $value }" is not a model; the models are barabasi-albert, watts-strogatz and facebook-like
cli-not-a-seed = --seed: "{ $value }" is not a whole number from 0 to { $most }
cli-not-permissions = --permissions: "{ $value }" is neither open nor closed
cli-not-whole = { $option }: "{ $value }" is not a whole number
cli-not-a-share = { $option }: "{ $value }" is not a share from 0 to 1 (0.01 is 1%)
cli-not-an-address = { $address } is not an address: it has no #
cli-no-builtin = there is no built-in scenario called `{ $name }`; there are { $names }
cli-builtin-unreadable = the built-in scenario `{ $name }` could not be read
# $what is one of the four after it, or an option.
cli-not-utf8 = { $what } is not valid UTF-8: { $argument }
cli-the-command = the command
cli-the-address = the address
cli-the-scenario-name = the scenario's name
cli-an-option = an option

## Files read

# $kind is scenario or network.
cli-the-file = the { $kind ->
    [scenario] scenario file
   *[network] network file
} { $name }
cli-standard-input = the { $kind ->
    [scenario] scenario file
   *[network] network file
} on standard input
# The name a file read from standard input is printed by.
cli-standard-input-name = (standard input)
# $what is cli-the-file or cli-standard-input, or a path.
cli-cannot-read = cannot read { $what }: { $error }
cli-cannot-read-folder = cannot read the folder { $folder }: { $error }
cli-it-cannot-be-read = it cannot be read: { $error }
# $what is $megabytes (to one decimal) over the $most a file of $kind may be.
cli-too-big = { $what } is { NUMBER($megabytes, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB; spillover-cli reads { $kind ->
    [scenario] scenario files
   *[network] network files
} of up to { $most } MB, so it read none of it
cli-over = { $what } is over { $most } MB; spillover-cli reads { $kind ->
    [scenario] scenario files
   *[network] network files
} of up to { $most } MB, so it stopped there
cli-not-utf8-file = line { $line }, column { $column }: the file is not UTF-8 text; save it as UTF-8

## What a command found

# A valid scenario file, $name, and what it holds.
cli-valid = { $name }: valid ({ $people } people, { $companies } companies, { $friendships } friendships, { $grants } grants, { $agreements } agreements, { $transfers } transfers)
# $count problems were found in the scenario file $name.
cli-not-valid = { $name }: not a valid scenario ({ $count } { $count ->
    [one] problem
   *[other] problems
})
cli-not-imported = not imported ({ $count } { $count ->
    [one] problem
   *[other] problems
})
# A note on what was merged or left out of an imported network.
cli-note = note: { $note }
cli-cannot-write = cannot write the output: { $error }
cli-cannot-write-report = could not write the report: { $error }
cli-cannot-write-layout = could not write the layout: { $error }
cli-cannot-write-view = could not write the view: { $error }

## An address that names no scenario (spillover-cli view)

cli-view-scale = this address names "At scale", which has no scenario: `spillover-cli generate --figures` gives its figures
cli-view-mine = this address names "Your data", which reads the reader's own export in their browser: `spillover-cli mine PATH` gives its figures
cli-view-sandbox = this address names the reader's sandbox, which lives in their browser: give its scenario file ("Save as file") after the address

## --lang (spillover-cli prerender and view)

cli-lang-needs = --lang needs a language's code
cli-the-language = the language
# $code: what was asked for; $codes: the languages there are, "en, de, es".
cli-lang-unknown = Spillover does not speak `{ $code }`; it speaks { $codes }
