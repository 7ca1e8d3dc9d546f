# Refusals: why a file or a link was not read. Each names the limit passed and the file's own
# figure, so a reader can tell what to change.

# A file called $name of $megabytes MB, over the $limit MB Spillover reads.
refusal-file-size = { $name } ist { NUMBER($megabytes, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB groß; Spillover liest Dateien bis { $limit } MB. Es wurde nichts gelesen.
# A network with $figure people (companies, friendships), over Spillover's $limit.
refusal-people = die Datei enthält { $figure } Personen; Spillover nimmt höchstens { $limit } Personen
refusal-companies = die Datei enthält { $figure } Firmen; Spillover nimmt höchstens { $limit } Firmen
refusal-friendships = die Datei enthält { $figure } Freundschaften; Spillover nimmt höchstens { $limit } Freundschaften
# Deals over every user that would make $facts facts: $people people times $categories
# categories over all such deals, over the $limit Spillover takes.
refusal-deal-facts = die Deals über alle Nutzer würden Firmen { $facts } Datenpunkte geben ({ $people } Personen mal { $categories } Kategorien über alle diese Deals); Spillover nimmt höchstens { $limit } davon

## A scenario carried in a link (each follows a colon)

link-not-ours = der Inhalt hat nicht die Form, die Spillover schreibt (vielleicht wurde der Link abgeschnitten)
link-does-not-unpack = der Inhalt lässt sich nicht entpacken (vielleicht wurde der Link abgeschnitten, oder er enthält mehr als 2 MB)
link-not-text = entpackt ergibt der Inhalt keinen Text
# The first few $problems, joined by semicolons.
link-not-valid = das Szenario ist nicht gültig: { $problems }
