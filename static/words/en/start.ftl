# What the page says while the app starts, and if it cannot (the browser runs no WebAssembly, a
# filter blocks its files, an error stops it). The still first screen carries these words for
# the page's scripts, which run before the app: a { $name } below is filled in by them.

# While the app starts (its files are fetched, then it starts).
start-starting = Starting the explorer…

# How much of the app has come, beside the words above: $loaded is a number of KiB, written by
# the page in the language's way.
start-loaded = { $loaded } KiB

# The same, when the whole size is known ($total KiB).
start-loaded-of = { $loaded } of { $total } KiB

# When the app could not start and the page's start watch is missing: $error is the browser's
# words for the error.
start-could-not = The explorer could not start ({ $error }). This still page stays readable; reload to try again.

# The first words of the notice that the app could not start.
start-failed = The interactive explorer could not start.

# Why: the browser runs no WebAssembly.
start-nowasm = This browser runs no WebAssembly, which the explorer is made of: it may be switched off in the browser’s settings, or by the administrator of this computer or network.

# Why: the app's files did not arrive.
start-download = Its files did not arrive: the connection may have dropped, or a filter on this network (as some schools and offices have) may block WebAssembly files.

# Why: the browser refused its WebAssembly.
start-refused = The browser could not run its WebAssembly: a filter on this network may have replaced the file on its way, or a setting of the browser blocks it.

# Why: any other error.
start-error = An error stopped it before it started.

# What stays below the notice: the view the address asked for, as a still page.
start-stays-same = Below is its first view as a still page: the story’s steps by title, the picture, the figures and the sources.

# What stays below the notice: the story's first view, where the address asked for another step, date or setting.
start-stays-first = Below is a still copy of this story’s first view, with its steps by title, picture, figures and sources; the step, date or settings this link opens need the explorer.

# What stays below the notice: another story than the address asked for (a scenario in the link, the sandbox, "At scale").
start-stays-other = Below is a still copy of Spillover’s opening story, not the view this link opens, which needs the explorer.

# The same, with the opening story's $title.
start-stays-other-titled = Below is a still copy of Spillover’s opening story, “{ $title }”, not the view this link opens, which needs the explorer.

# Before what the browser said about the error ($said, in the browser's words).
start-said = The browser said: { $said }

# The button that reloads the page.
start-again = Try again
