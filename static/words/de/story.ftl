# A scenario's story: its steps, the controls that move through them, and a step's guess.
#
# $steps: how many steps the story has; $step: the step shown, counted from 1.

story = Geschichte
story-start = ▶ Geschichte starten ({ $steps ->
    [one] { $steps } Schritt
   *[other] { $steps } Schritte
})
story-explore = Frei erkunden
# Beside "Explore freely" on the still first screen.
story-explore-hint = verschieb das Datum, wähl jemanden aus, leg die Schalter um.
# Beside "Start the story" in the app.
story-or-explore = oder frei erkunden: verschieb das Datum, wähl jemanden aus, leg die Schalter um.
story-step-count = Schritt { $step } von { $steps }
# Each dot of the step's navigation: its number and $title.
story-dot = Schritt { $step } von { $steps }: { $title }
# Before the step's source, a link.
story-source = Quelle:
# After the source's title, its $publisher.
story-publisher = {" "}({ $publisher })
story-steps = Schritte der Geschichte
story-back = ← Zurück
story-next = Weiter →
story-leave = Geschichte verlassen und frei erkunden
story-outline = Die Geschichte, Schritt für Schritt
# Under the still first screen's list of steps.
story-in-all = Die Geschichte hat insgesamt { $steps ->
    [one] { $steps } Schritt
   *[other] { $steps } Schritte
}; die App zeigt sie einzeln nacheinander.

## A step's guess

guess = Dein Tipp
guess-check = Tipp prüfen
# What the reader's $guessed number comes to: by $date, $company had reached $reached of the
# scenario's $people people.
guess-verdict = Du hast { $guessed } getippt. Bis zum { $date } hatte { $company } { $reached } von { $people ->
    [one] { $people } Person
   *[other] { $people } Personen
} erreicht: { $difference ->
    [0] genau dein Tipp.
   *[other] { $more ->
        [yes] { $difference } mehr, als du getippt hast.
       *[no] { $difference } weniger, als du getippt hast.
    }
}
