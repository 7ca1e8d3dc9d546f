# A scenario's story: its steps, the controls that move through them, and a step's guess.
#
# $steps: how many steps the story has; $step: the step shown, counted from 1.

story = Story
story-start = ▶ Start the story ({ $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
})
story-explore = Explore freely
# Beside "Explore freely" on the still first screen.
story-explore-hint = move the date, select anyone, flip the switches.
# Beside "Start the story" in the app.
story-or-explore = or explore freely: move the date, select anyone, flip the switches.
story-step-count = Step { $step } of { $steps }
# Each dot of the step's navigation: its number and $title.
story-dot = Step { $step } of { $steps }: { $title }
# Before the step's source, a link.
story-source = Source:
# After the source's title, its $publisher.
story-publisher = {" "}({ $publisher })
story-steps = Story steps
story-back = ← Back
story-next = Next →
story-leave = Leave the story and explore
# The still first screen's list of the story's steps by title (without scripts, or when the
# explorer could not start).
story-outline = The story, step by step
# Under the still first screen's list of steps.
story-in-all = The story has { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
} in all; the explorer shows them one at a time.

## A step's guess

guess = Your guess
guess-check = Check my guess
# What the reader's $guessed number comes to: by $date, $company had reached $reached of the
# scenario's $people people.
guess-verdict = You guessed { $guessed }. By { $date }, { $company } had reached { $reached } of the { $people ->
    [one] { $people } person
   *[other] { $people } people
}: { $difference ->
    [0] exactly your guess.
   *[other] { $more ->
        [yes] { $difference } more than you guessed.
       *[no] { $difference } fewer than you guessed.
    }
}
