# Why a company can see a piece of someone's data: the command line's explanations and the
# "why?" panel's chain of steps.
#
# Could, never did: a company "can see" data on a date, or "could have collected" it up to a
# date; what only the model decides is said to be the model's.
#
# $company: a company's name. $person: a person's name, and $you: "yes" when that person is
# the reader ("You" in the built-in stories), so a sentence says "your" rather than "You's".
# $friend and $friend_you the same for the friend the data went through. $category: the kind
# of data, as category-* says it. $on and $since: when something began, as explain-on-* and
# explain-since-* say it (each begins with its own space, or is empty).

# What holds. $mode: "access" (on the date) or "collected" (up to it).
explain-headline = { $mode ->
    [collected] { $company } could have collected { $you ->
        [yes] your
       *[other] { $person }'s
    } { $category }
   *[access] { $company } can see { $you ->
        [yes] your
       *[other] { $person }'s
    } { $category }
}

explain-consent = { $person } signed in to { $company }{ $on } and granted it { $you ->
    [yes] your
   *[other] their
} { $category }.
explain-unasked = { $you ->
    [yes] Your
   *[other] { $person }'s
} account was connected to { $company }{ $on } without { $you ->
    [yes] you
   *[other] { $person }
} being asked, giving it { $you ->
    [yes] your
   *[other] their
} { $category }.
explain-deal = { $company } had a deal with the platform{ $since } that let it see the { $category } of every user, { $you ->
    [yes] you
   *[other] { $person }
} included; in this model such a deal needs no one's sign-in.
# Followed by explain-open-* and explain-allowed or explain-passed-over.
explain-friend = { $you ->
    [yes] You
   *[other] { $person }
} and { $friend_you ->
    [yes] you
   *[other] { $friend }
} are friends, and { $friend } signed in to { $company }{ $on }, granting it { $friend_you ->
    [yes] your
   *[other] their
} friends' { $category }.
explain-mailbox = { $person } and { $friend_you ->
    [yes] you
   *[other] { $friend }
} message each other, and { $friend } signed in to { $company }{ $on }, letting it read { $friend_you ->
    [yes] your
   *[other] their
} messages. In this model, { $you ->
    [yes] your
   *[other] { $person }'s
} settings cannot stop a friend's mailbox.
# $from: the company that handed the data on.
explain-transfer = { $from } handed { $you ->
    [yes] your
   *[other] { $person }'s
} { $category } on to { $company }{ $since }.

# Why friends' data was open to the app then. $until: the day apps could no longer ask.
explain-open-until = Apps could still ask for friends' data then (until { $until }).
explain-open = Apps could ask for friends' data then.
explain-open-by-deal = Ordinary apps could no longer ask for friends' data, but { $company }'s deal with the platform{ $since } still let it ask for friends' { $category }.

# Why the person's settings let it through.
explain-allowed = { $you ->
    [yes] Your
   *[other] { $person }'s
} "Apps others use" setting allowed { $you ->
    [yes] your
   *[other] their
} { $category }.
explain-passed-over = { $you ->
    [yes] Your
   *[other] { $person }'s
} settings said no to { $you ->
    [yes] your
   *[other] their
} { $category }, but in this scenario { $company }'s deal with the platform passes over settings.

# The day something began ($date), and how sure the scenario is of it.
explain-on-given = {" "}on { $date }
explain-on-illustrative = {" "}on { $date } (an illustrative date)
explain-on-unknown = {" "}(when is not known: this scenario starts it on { $date }, a stand-in)
# The start of a deal or a transfer, as the scenario dates it.
explain-since-given = {" "}(from { $date } in this scenario)
explain-since-illustrative = {" "}(from { $date }, an illustrative date)
explain-since-unknown = {" "}(its start is not known: this scenario starts it on { $date }, a stand-in)
