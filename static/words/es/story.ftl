# A scenario's story: its steps, the controls that move through them, and a step's guess.
#
# $steps: how many steps the story has; $step: the step shown, counted from 1.

story = Historia
story-start = ▶ Empezar la historia ({ $steps ->
    [one] { $steps } paso
   *[other] { $steps } pasos
})
story-explore = Explorar libremente
# Beside "Explore freely" on the still first screen.
story-explore-hint = mueve la fecha, selecciona a quien quieras, activa los interruptores.
# Beside "Start the story" in the app.
story-or-explore = o explora libremente: mueve la fecha, selecciona a quien quieras, activa los interruptores.
story-step-count = Paso { $step } de { $steps }
# Each dot of the step's navigation: its number and $title.
story-dot = Paso { $step } de { $steps }: { $title }
# Before the step's source, a link.
story-source = Fuente:
# After the source's title, its $publisher.
story-publisher = {" "}({ $publisher })
story-steps = Pasos de la historia
story-back = ← Atrás
story-next = Siguiente →
story-leave = Salir de la historia y explorar
story-outline = La historia, paso a paso
# Under the still first screen's list of steps.
story-in-all = La historia tiene { $steps ->
    [one] { $steps } paso
   *[other] { $steps } pasos
} en total; el explorador los muestra de uno en uno.

## A step's guess

guess = Tu estimación
guess-check = Comprobar
# What the reader's $guessed number comes to: by $date, $company had reached $reached of the
# scenario's $people people.
guess-verdict = Dijiste { $guessed }. Hasta el { $date }, { $company } había alcanzado a { $reached } de { $people ->
    [one] { $people } persona
   *[other] las { $people } personas
}: { $difference ->
    [0] justo lo que dijiste.
   *[other] { $more ->
        [yes] { $difference } más de lo que dijiste.
       *[no] { $difference } menos de lo que dijiste.
    }
}
