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
#
# German: every category-* is a feminine or a plural noun, so "deine" and "die" fit it; a
# person's gender is not known, so "their" is "die" or "von { $person }", never "ihre".

# What holds. $mode: "access" (on the date) or "collected" (up to it).
explain-headline = { $mode ->
    [collected] { $company } könnte { $you ->
        [yes] deine { $category }
       *[other] die { $category } von { $person }
    } gesammelt haben
   *[access] { $company } kann { $you ->
        [yes] deine { $category }
       *[other] die { $category } von { $person }
    } sehen
}

explain-consent = { $you ->
    [yes] Du hast dich
   *[other] { $person } hat sich
}{ $on } bei { $company } angemeldet und der Firma { $you ->
    [yes] deine
   *[other] die
} { $category } freigegeben.
explain-unasked = { $you ->
    [yes] Dein Konto
   *[other] Das Konto von { $person }
} wurde{ $on } mit { $company } verbunden, ohne dass { $you ->
    [yes] du gefragt wurdest
   *[other] { $person } gefragt wurde
}, und die Firma bekam so { $you ->
    [yes] deine
   *[other] die
} { $category }.
explain-deal = { $company } hatte{ $since } einen Deal mit der Plattform, durch den die Firma die { $category } aller Nutzer sehen konnte, { $you ->
    [yes] auch deine
   *[other] auch die von { $person }
}; in diesem Modell braucht so ein Deal keine einzige Anmeldung.
# Followed by explain-open-* and explain-allowed or explain-passed-over.
explain-friend = { $you ->
    [yes] Du bist
   *[other] { $person } ist
} mit { $friend_you ->
    [yes] dir
   *[other] { $friend }
} befreundet, und { $friend_you ->
    [yes] du hast dich
   *[other] { $friend } hat sich
}{ $on } bei { $company } angemeldet und der Firma dabei die { $category } { $friend_you ->
    [yes] deiner
   *[other] der eigenen
} Freunde freigegeben.
explain-mailbox = { $you ->
    [yes] Du schreibst
   *[other] { $person } schreibt
} mit { $friend_you ->
    [yes] dir
   *[other] { $friend }
} Nachrichten, und { $friend_you ->
    [yes] du hast dich
   *[other] { $friend } hat sich
}{ $on } bei { $company } angemeldet, wodurch die Firma { $friend_you ->
    [yes] deine Nachrichten
   *[other] die Nachrichten von { $friend }
} lesen konnte. In diesem Modell können { $you ->
    [yes] deine Einstellungen
   *[other] die Einstellungen von { $person }
} das Postfach eines Freundes nicht sperren.
# $from: the company that handed the data on.
explain-transfer = { $from } gab { $you ->
    [yes] deine { $category }
   *[other] die { $category } von { $person }
}{ $since } an { $company } weiter.

# Why friends' data was open to the app then. $until: the day apps could no longer ask.
explain-open-until = Apps konnten damals noch Freundesdaten abfragen (bis { $until }).
explain-open = Apps konnten damals Freundesdaten abfragen.
explain-open-by-deal = Gewöhnliche Apps konnten keine Freundesdaten mehr abfragen, aber der Deal von { $company } mit der Plattform{ $since } erlaubte der Firma weiterhin, die { $category } von Freunden abzufragen.

# Why the person's settings let it through.
explain-allowed = { $you ->
    [yes] Deine Einstellung „Von anderen Nutzern verwendete Apps“ ließ deine
   *[other] Bei { $person } ließ die Einstellung „Von anderen Nutzern verwendete Apps“ die
} { $category } durch.
explain-passed-over = { $you ->
    [yes] Deine Einstellungen
   *[other] Die Einstellungen von { $person }
} sperrten { $you ->
    [yes] deine
   *[other] die
} { $category }, aber in diesem Szenario setzt sich der Deal von { $company } mit der Plattform über Einstellungen hinweg.

# The day something began ($date), and how sure the scenario is of it. German: these stand
# in the middle of a sentence ("hat sich am 2014-05-13 bei Spotify angemeldet").
explain-on-given = {" "}am { $date }
explain-on-illustrative = {" "}am { $date } (ein Datum zur Veranschaulichung)
explain-on-unknown = {" "}(wann, ist nicht bekannt: Dieses Szenario setzt dafür den { $date } als Platzhalter)
# The start of a deal or a transfer, as the scenario dates it.
explain-since-given = {" "}(ab { $date } in diesem Szenario)
explain-since-illustrative = {" "}(ab { $date }, ein Datum zur Veranschaulichung)
explain-since-unknown = {" "}(der Beginn ist nicht bekannt: Dieses Szenario setzt dafür den { $date } als Platzhalter)
