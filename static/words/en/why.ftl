# "Why?": what the panel says about one person or company.
#
# $mode: "access" (what companies can see on the date) or "collected" (what they could have
# collected up to it). $person: a person's name, $you: "yes" when that person is the reader.

## For a person

# The panel's heading.
why-heading = { $mode ->
    [collected] Who could have collected { $you ->
        [yes] your
       *[other] { $person }'s
    } data up to this date, and why?
   *[access] Who can see { $you ->
        [yes] your
       *[other] { $person }'s
    } data on this date, and why?
}

# The first line: $companies companies can see the person's data, and $without of them the
# person never said yes to.
why-person-summary = { $companies ->
    [0] No company { $mode ->
        [collected] could have collected
       *[access] can see
    } any of { $you ->
        [yes] your
       *[other] { $person }'s
    } data { $mode ->
        [collected] up to this date
       *[access] on this date
    }.
    [one] { $companies } { $mode ->
        [collected] company could have collected
       *[access] company can see
    } { $you ->
        [yes] your
       *[other] { $person }'s
    } data { $mode ->
        [collected] up to this date
       *[access] on this date
    }{ $without ->
        [0] , and { $you ->
            [yes] you
           *[other] { $person }
        } said yes to it.
       *[other] ; { $you ->
            [yes] you
           *[other] { $person }
        } never said yes to it.
    }
   *[other] { $companies } { $mode ->
        [collected] companies could have collected
       *[access] companies can see
    } { $you ->
        [yes] your
       *[other] { $person }'s
    } data { $mode ->
        [collected] up to this date
       *[access] on this date
    }{ $without ->
        [0] , and { $you ->
            [yes] you
           *[other] { $person }
        } said yes to each of them.
       *[other] ; { $you ->
            [yes] you
           *[other] { $person }
        } never said yes to { $without } of them.
    }
}

# How data came to a company, beside the categories it came with. $on: when it began, as
# why-on-* says it (with its own space, or empty).
why-route-consent = { $you ->
    [yes] you
   *[other] { $person }
} said yes, signing in{ $on }
why-route-unasked = connected without being asked{ $on }
why-route-deal = a deal with the platform over every user{ $on }
# Before the name of the friend or company the data came through (a link)...
why-route-through = through
why-route-handed-on = handed on by
# ...and after it: the friend's sign-in to $company, or their mailbox opened to it.
why-route-friend-after = {" "}signing in to { $company }{ $on }
why-route-mailbox-after = 's mailbox, opened to { $company }{ $on }
why-on-given = {" "}({ $date })
why-on-illustrative = {" "}({ $date }, an illustrative date)
why-on-unknown = {" "}(start not known; { $date } is a stand-in)

# Why no company can see anything of the person's.
why-kept-back = { $you ->
    [yes] Your
   *[other] { $person }'s
} settings held back what companies could otherwise have seen (below).
# $case: "no-friends" (no friends on the platform on $date), "no-apps" (no friend used an app
# that asked for friends' data), or "apps" (friends did, and still nothing reached them).
why-not-signed-in = { $person } did not sign in to any company{ $case ->
    [no-friends] , had no friends on the platform on { $date }, and no deal covered every user.
    [no-apps] , none of { $you ->
        [yes] your
       *[other] their
    } friends used an app that asked for friends' data, and no deal covered every user.
   *[apps] , and no company that { $you ->
        [yes] your
       *[other] their
    } friends used could reach { $you ->
        [yes] you
       *[other] them
    } on this date.
}
# Why a deal of $company over friends' data did not reach the person: none of their friends
# signed in to it, or the sign-ins of $names (the friends who did) do not ask for friends' data.
why-deal-no-friend-signed-in = { $company }'s deal over friends' data reaches the friends of people who signed in to { $company }, and none of { $you ->
    [yes] your
   *[other] their
} friends did.
why-deal-sign-in-does-not-ask = { $company }'s deal over friends' data works through a sign-in that asks for friends' data, and the sign-in of { $names } to { $company } does not.

## For a company

why-company-summary = { $consented ->
    [one] { $consented } person said yes
   *[other] { $consented } people said yes
}; { $reached ->
    [one] { $reached } person was reached
   *[other] { $reached } people were reached
}, { $without } of them without saying yes.
why-company-nobody = Nobody signed in to { $company }, and it had no deal with the platform.
why-company-inactive = No sign-in to { $company } was active on { $date }.
why-company-apps-off = The people who signed in to { $company } had turned platform apps off, so their sign-ins counted for nothing.

## The panel around those words

why-close = Close
# For a company: its $company name.
why-company-heading = Why { $company }?
why-said-yes = Said yes
why-without-yes = Reached without saying yes
why-select-person = Select a person to read how their data got there.
# Opens the chain for each of $kinds kinds of data a company holds of the person.
why-whole-chain = { $kinds ->
    [one] The whole chain for this kind of data
   *[other] The whole chain for each of the { $kinds } kinds of data
}
# Before a way data came (reason-*).
why-reason = {" "}— { $reason }
# A company and what the person's settings kept from it ($categories, a list).
why-kept-from = { $company }: { $categories }
why-held-back = What { $you ->
    [yes] your
   *[other] { $person }'s
} settings held back

## What if this person had other settings?

why-settings = What if { $you ->
    [yes] you
   *[other] { $person }
} had other settings?
# After why-settings when the reader changed them.
why-settings-changed = {" "}(changed)
why-platform-apps = Platform apps on (off: no app can use the platform for { $you ->
    [yes] you
   *[other] them
})
why-apps-others-use = "Apps others use": what a friend's app may see of { $you ->
    [yes] you
   *[other] them
}
# Under "Said yes" or "Reached without saying yes": when there is nobody to list.
why-nobody = Nobody.
# A company holding the person's data, and whether the person said yes to it.
why-holder = { $company }{ $said_yes ->
    [yes] {" "}(said yes)
   *[other] {" "}(never said yes)
}
