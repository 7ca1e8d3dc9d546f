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

## What an edit did, in words (before effect-after-done's count)

edit-added = Added { $name }
edit-friends = { $first } and { $second } are friends
edit-signs-in = { $person } signs in to { $company }
edit-deal = Added a deal for { $company }
edit-transfer = { $from } hands data to { $to }
# A sign-in of $person (with $you) to $company now asks for more.
edit-asks-for-more = { $you ->
    [yes] Your
   *[other] { $person }'s
} sign-in to { $company } asks for more
edit-removed = Removed { $name }
edit-removed-it = Removed it

## Why an edit was refused

refuse-sandbox-name = A sandbox needs a name.
refuse-no-scopes = Choose at least one thing the grant gives.
refuse-sign-in-gone = That sign-in is no longer there.
refuse-entry-gone = That entry no longer exists.
refuse-self-friend = { $person } cannot be friends with themselves.
refuse-already-friends = { $first } and { $second } are already friends then.
refuse-empty-deal = A deal must give something: friends' data, or data of every user.
refuse-same-company = A transfer goes from one company to another.
refuse-no-categories = Choose at least one kind of data to hand on.
# $text: what was typed in a date field.
refuse-not-a-date = "{ $text }" is not a date. Write it as year-month-day, for example 2014-05-13, or leave it empty.
refuse-ends-on-start = This ends on the day it starts ({ $from }): choose an end date after the start date.
refuse-ends-before = This ends ({ $until }) before it starts ({ $from }): choose an end date after the start date.
name-taken-person = There is already a person called { $name }.
name-taken-company = There is already a company called { $name }.
refuse-choose-person = Choose a person first.
refuse-person-gone = That person is no longer in this sandbox: choose someone else.
refuse-choose-company = Choose a company first.
refuse-company-gone = That company is no longer in this sandbox: choose another.
# An $id already given to $owner.
refuse-id-taken = "{ $id }" is already the id of { $owner }; choose another.
