# The sandbox: what an edit did, and why one that changed nobody's reach did so.
#
# $person: a person's name, $you: "yes" when that person is the reader. $company: a
# company's name. $date: the date shown. $categories: kinds of data, a list of category-*.

## What an edit did, counted at the view shown

# Nobody's count changed: $after people are exposed without consent.
effect-no-change = No change: { $after ->
    [one] { $after } person
   *[other] { $after } people
} exposed without consent.
# $change more (or fewer) people are exposed without consent, $after in all.
effect-more = +{ $change ->
    [one] { $change } person
   *[other] { $change } people
} exposed without consent (now { $after }).
effect-fewer = -{ $change ->
    [one] { $change } person
   *[other] { $change } people
} exposed without consent (now { $after }).
# What was done ($done, "Added Ana") and then what it did ($effect, one of effect-*).
effect-after-done = { $done }. { $effect }

## Why an addition changed nobody's reach, and the button that fixes the usual cause

unchanged-starts-later = It starts on { $from }, after the date shown ({ $date }), so nothing changes yet.
unchanged-ended = It ended on { $until }, before the date shown ({ $date }).
# The button that shows another date.
unchanged-show-date = Show { $date }
# A handover from $from, which has none of the data on the date.
unchanged-nothing-to-hand-on = { $from } can see none of { $categories } on { $date }, so it has none of it to hand on.
# A friendship of $first and $second (each with their $first_you, $second_you).
unchanged-friendship = Neither { $first_you ->
    [yes] you
   *[other] { $first }
} nor { $second_you ->
    [yes] you
   *[other] { $second }
} signed in to an app that asks for friends' data on { $date }, so their friendship carries nothing yet.
unchanged-apps-off = { $you ->
    [yes] Your
   *[other] { $person }'s
} platform apps are turned off, so a sign-in of { $you ->
    [yes] you
   *[other] { $person }
} counts for nothing.
unchanged-no-friends = { $you ->
    [yes] You have
   *[other] { $person } has
} no friends on the platform on { $date }, so asking for friends' data reaches nobody.
unchanged-closed = Apps could not ask for friends' data on { $date } (friend permissions were closed then), and no deal of { $company }'s opened it.
unchanged-friends-settings = Each of { $you ->
    [yes] your
   *[other] { $person }'s
} friends keeps their { $categories } from apps others use (their settings), so { $company } reaches none of them.
unchanged-nobody-signed-in = A deal over friends' data reaches the friends of people who signed in to { $company } asking for friends' data, and nobody signed in to { $company } on { $date }.
# A deal of $company over friends' $categories, and a sign-in of the person that does not ask.
unchanged-sign-in-does-not-ask = { $company }'s deal is about friends' { $categories }, but { $you ->
    [yes] your
   *[other] { $person }'s
} sign-in to { $company } does not ask for friends' data: the deal reaches friends only through a sign-in that does.
# The button that asks for friends' $categories in that sign-in.
unchanged-ask-friends = Ask for friends' { $categories } in { $you ->
    [yes] your
   *[other] { $person }'s
} sign-in
