# The built-in story "You and your friends" (static/scenarios/friends.json).
# Each message is a text of the story that the scenario file names as "@id"; the sources' titles
# stay as published, in the file. Keep every "could", "may have" and "illustrative" a possibility.

# The story's title.
friends-title = Du und deine Freunde

# What the story is, and what it rests on: shown under its title.
friends-description = Der kleinste Fall von Daten, die über Freunde abfließen. Du hast nie etwas installiert. Dein Freund Ben hat sich 2013 mit seinem Konto bei einem Persönlichkeitsquiz angemeldet. Bis zum 30. April 2015 konnte eine App, die ein Freund zugelassen hatte, auch die Daten seiner Freunde anfordern, begrenzt nur durch die Einstellung „Von anderen Nutzern verwendete Apps“ jedes Freundes (so Facebooks Darstellung des Falls Cambridge Analytica von 2018). Chloé hatte diese Einstellung eingeschränkt; Dev hatte Apps ganz abgeschaltet. Die Personen und das Quiz sind erfunden, ebenso jeder Tag, an dem sie handeln (zur Veranschaulichung: das Quiz am 10. Juni 2013, sein Ende am 1. Dezember 2015, die Freundschaften); die Regel und ihre Daten sind echt. Vereinfacht: Apps konnten die Daten von Freunden seit dem Start der Plattform im Mai 2007 erreichen, und hier öffnen sich die Freundesberechtigungen mit der Graph API am 21. April 2010; Apps, die nach dem 30. April 2014 entstanden, verloren die Freundesberechtigungen ein Jahr früher als am 30. April 2015, und das Quiz hier ist eine ältere App.

# A person of the story: the reader (the page says "your" for this person).
friends-person-you = Du

# The invented app of the story, a generic name.
friends-company-quiz = Persönlichkeitsquiz

# Step 1's title.
friends-step-1-title = Das bist du

# Step 1's text.
friends-step-1-text = Du bist auf einer sozialen Plattform, mit zwei Freunden, Ben und Esi. Du hast noch nie eine App installiert. Wähl „Du“ im Graphen aus (oder drück Tab, bis „Du“ den Fokus hat, dann Enter), um zu sehen, welche Firmen deine Daten sehen können: noch keine.

# Step 2's title.
friends-step-2-title = Ben macht ein Quiz

# Step 2's text.
friends-step-2-text = Ben meldet sich mit seinem Konto bei einem Persönlichkeitsquiz an und stimmt zu, als es um sein eigenes Profil und die Geburtsdaten, Likes und Standortdaten seiner Freunde bittet. Wähl wieder „Du“ aus: Das Quiz kann jetzt deine Geburtsdaten, Standortdaten und Likes sehen, obwohl du es nie installiert hast.

# Step 3's title.
friends-step-3-title = Nur die Einstellungen bremsten

# Step 3's text.
friends-step-3-text = Chloé hatte ihre Einstellung „Von anderen Nutzern verwendete Apps“ eingeschränkt, also konnte das Quiz nur ihren Namen bekommen. Dev hatte Apps ganz abgeschaltet, also erreichte es nichts von Dev. Bens andere Freunde hatten die Einstellung offen gelassen. Auch die Einstellung „Nur Freunde“ bremste nicht, warf die FTC Facebook 2011 vor: Sie hielt Apps nicht auf, die Freunde nutzten (Vorwürfe, die Facebook mit einem Vergleich beilegte, ohne sie einzuräumen).

# Step 4's title.
friends-step-4-title = Was wäre, wenn alle widersprochen hätten?

# Step 4's text.
friends-step-4-text = Hätte jeder Freund „Von anderen Nutzern verwendete Apps“ abgeschaltet, hätte das Quiz nur Bens eigene Daten bekommen. Vergleich die Zahlen mit dem Original. Vereinfacht: In Wirklichkeit blieben Name und Nutzer-ID eines Freundes für Apps sichtbar, wie auch immer die Einstellung war; dieses Modell lässt die Einstellung jede Kategorie zurückhalten.

# Step 5's title.
friends-step-5-title = Die Tür geht zu

# Step 5's text.
friends-step-5-text = Am 30. April 2015 hörte die Plattform auf, die verbliebenen Apps nach den Daten von Freunden fragen zu lassen (Apps, die nach dem 30. April 2014 entstanden, konnten es nie). Ab diesem Tag kann das Quiz nur Bens eigenes Profil sehen. Zeig „was Firmen bis zu diesem Tag gesammelt haben könnten“: In diesem Modell bleibt ihm, was es vorher gesammelt haben könnte.
