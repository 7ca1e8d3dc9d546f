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

# The real event a built-in story tells, beside its own figures, with its source after it.
real-event-scale = Tatsächlich sagte Facebook, etwa 270.000 Menschen hätten ein einziges Quiz installiert (16. März 2018), und die Informationen von bis zu 87 Millionen Menschen könnten unzulässig mit Cambridge Analytica geteilt worden sein (4. April 2018).
real-event-partners = Tatsächlich berichtete die New York Times am 18. Dezember 2018, dass Facebooks Unterlagen von 2017 Partner-Deals mit mehr als 150 Firmen aufführten.
