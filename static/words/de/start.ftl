# What the page says while the app starts, and if it cannot (the browser runs no WebAssembly, a
# filter blocks its files, an error stops it). The still first screen carries these words for
# the page's scripts, which run before the app: a { $name } below is filled in by them.

# While the app starts (its files are fetched, then it starts).
start-starting = Der Explorer startet…

# How much of the app has come, beside the words above: $loaded is a number of KiB, written by
# the page in the language's way.
start-loaded = { $loaded } KiB

# The same, when the whole size is known ($total KiB).
start-loaded-of = { $loaded } von { $total } KiB

# When the app could not start and the page's start watch is missing: $error is the browser's
# words for the error.
start-could-not = Der Explorer konnte nicht starten ({ $error }). Dieses Standbild bleibt lesbar; lade die Seite neu, um es noch einmal zu versuchen.

# The first words of the notice that the app could not start.
start-failed = Der interaktive Explorer konnte nicht starten.

# Why: the browser runs no WebAssembly.
start-nowasm = Dieser Browser führt kein WebAssembly aus, aus dem der Explorer besteht: Es ist vielleicht in den Einstellungen des Browsers abgeschaltet, oder von der Person, die diesen Computer oder dieses Netzwerk verwaltet.

# Why: the app's files did not arrive.
start-download = Seine Dateien sind nicht angekommen: Vielleicht ist die Verbindung abgebrochen, oder ein Filter in diesem Netzwerk (wie ihn manche Schulen und Büros haben) sperrt WebAssembly-Dateien.

# Why: the browser refused its WebAssembly.
start-refused = Der Browser konnte sein WebAssembly nicht ausführen: Vielleicht hat ein Filter in diesem Netzwerk die Datei unterwegs ersetzt, oder eine Einstellung des Browsers sperrt es.

# Why: any other error.
start-error = Ein Fehler hat ihn vor dem Start angehalten.

# What stays below the notice: the view the address asked for, as a still page.
start-stays-same = Unten steht seine erste Ansicht als Standbild: die Schritte der Geschichte mit ihren Titeln, das Bild, die Zahlen und die Quellen.

# What stays below the notice: the story's first view, where the address asked for another step, date or setting.
start-stays-first = Unten steht ein Standbild der ersten Ansicht dieser Geschichte, mit den Titeln ihrer Schritte, Bild, Zahlen und Quellen; für den Schritt, das Datum oder die Einstellungen, die dieser Link öffnet, braucht es den Explorer.

# What stays below the notice: another story than the address asked for (a scenario in the link, the sandbox, "At scale").
start-stays-other = Unten steht ein Standbild der Eröffnungsgeschichte von Spillover, nicht die Ansicht, die dieser Link öffnet; dafür braucht es den Explorer.

# The same, with the opening story's $title.
start-stays-other-titled = Unten steht ein Standbild der Eröffnungsgeschichte von Spillover, „{ $title }“, nicht die Ansicht, die dieser Link öffnet; dafür braucht es den Explorer.

# Before what the browser said about the error ($said, in the browser's words).
start-said = Der Browser meldete: { $said }

# The button that reloads the page.
start-again = Noch einmal versuchen
