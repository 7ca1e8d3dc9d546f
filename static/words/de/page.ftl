# The page around every view: the top bar, the scenario's introduction, the sources, and the
# still first screen a reader sees before the app starts.

## The top bar

# The switch between the views.
page-what-to-see = Ansicht
tab-stories = Geschichten
tab-build = Selbst bauen
tab-scale = Im großen Maßstab
tab-mine = Deine Daten
page-scenario = Szenario
# In the scenario picker, for a scenario a link carried ($title).
page-from-link = Aus dem Link: { $title }

## The scenario's introduction

page-about = Über dieses Szenario: was echt ist, was erfunden und was unsicher
page-sources = Quellen

## The still first screen

# Said to a reader whose browser runs no scripts.
still-no-script = Dies ist ein Standbild der ersten Ansicht von Spillover. Um dich durch die Zeit zu bewegen, der Geschichte Schritt für Schritt zu folgen und die Was-wäre-wenn-Schalter auszuprobieren, schalte JavaScript und WebAssembly ein: Spillover läuft in deinem Browser und schickt nichts irgendwohin.
# What stands for the picture: the graph of $title on $date, with $people people and
# $companies companies.
still-picture = Der Graph von „{ $title }“ am { $date }: { $people ->
    [one] { $people } Person
   *[other] { $people } Personen
} und { $companies ->
    [one] { $companies } Firma
   *[other] { $companies } Firmen
}, mit einer Linie von einer Person zu jeder Firma, die an diesem Tag ihre Daten sehen kann. Die Tabelle darunter enthält dieselben Zahlen.
# The caption of the figures' table on $date.
still-figures = Wen jede Firma am { $date } erreichen kann
