# "Why?": what the panel says about one person or company.
#
# $mode: "access" (what companies can see on the date) or "collected" (what they could have
# collected up to it). $person: a person's name, $you: "yes" when that person is the reader.
#
# German: a person's gender is not known, so "their" is never "ihre" or "seine": the messages
# say "von { $person }", "die Freunde", "dem Freundeskreis" or "diese Person" instead.

## For a person

# The panel's heading.
why-heading = { $mode ->
    [collected] Wer könnte { $you ->
        [yes] deine Daten
       *[other] die Daten von { $person }
    } bis zu diesem Tag gesammelt haben, und warum?
   *[access] Wer kann { $you ->
        [yes] deine Daten
       *[other] die Daten von { $person }
    } an diesem Tag sehen, und warum?
}

# The first line: $companies companies can see the person's data, and $without of them the
# person never said yes to.
why-person-summary = { $companies ->
    [0] Keine Firma { $mode ->
        [collected] könnte bis zu diesem Tag Daten von { $you ->
            [yes] dir
           *[other] { $person }
        } gesammelt haben.
       *[access] kann an diesem Tag Daten von { $you ->
            [yes] dir
           *[other] { $person }
        } sehen.
    }
    [one] { $companies } { $mode ->
        [collected] Firma könnte bis zu diesem Tag Daten von { $you ->
            [yes] dir
           *[other] { $person }
        } gesammelt haben
       *[access] Firma kann an diesem Tag Daten von { $you ->
            [yes] dir
           *[other] { $person }
        } sehen
    }{ $without ->
        [0] , und { $you ->
            [yes] du hast
           *[other] { $person } hat
        } zugestimmt.
       *[other] ; { $you ->
            [yes] du hast
           *[other] { $person } hat
        } nie zugestimmt.
    }
   *[other] { $companies } { $mode ->
        [collected] Firmen könnten bis zu diesem Tag Daten von { $you ->
            [yes] dir
           *[other] { $person }
        } gesammelt haben
       *[access] Firmen können an diesem Tag Daten von { $you ->
            [yes] dir
           *[other] { $person }
        } sehen
    }{ $without ->
        [0] , und { $you ->
            [yes] du hast
           *[other] { $person } hat
        } allen zugestimmt.
       *[other] ; bei { $without } davon { $you ->
            [yes] hast du
           *[other] hat { $person }
        } nie zugestimmt.
    }
}

# How data came to a company, beside the categories it came with. $on: when it began, as
# why-on-* says it (with its own space, or empty).
why-route-consent = { $you ->
    [yes] du hast
   *[other] { $person } hat
} bei der Anmeldung zugestimmt{ $on }
why-route-unasked = ohne Nachfrage verbunden{ $on }
why-route-deal = ein Deal mit der Plattform über alle Nutzer{ $on }
# Before the name of the friend or company the data came through (a link)...
why-route-through = über
why-route-handed-on = weitergegeben von
# ...and after it: the friend's sign-in to $company, or their mailbox opened to it.
why-route-friend-after = , mit einer Anmeldung bei { $company }{ $on }
why-route-mailbox-after = , mit einem für { $company } geöffneten Postfach{ $on }
why-on-given = {" "}({ $date })
why-on-illustrative = {" "}({ $date }, ein Datum zur Veranschaulichung)
why-on-unknown = {" "}(Beginn nicht bekannt; { $date } ist ein Platzhalter)

# Why no company can see anything of the person's.
why-kept-back = { $you ->
    [yes] Deine Einstellungen
   *[other] Die Einstellungen von { $person }
} hielten zurück, was Firmen sonst hätten sehen können (siehe unten).
# $case: "no-friends" (no friends on the platform on $date), "no-apps" (no friend used an app
# that asked for friends' data), or "apps" (friends did, and still nothing reached them).
why-not-signed-in = { $you ->
    [yes] Du hast dich
   *[other] { $person } hat sich
} bei keiner Firma angemeldet{ $case ->
    [no-friends] , { $you ->
        [yes] hattest
       *[other] hatte
    } am { $date } keine Freunde auf der Plattform, und kein Deal galt für alle Nutzer.
    [no-apps] , niemand aus { $you ->
        [yes] deinem Freundeskreis
       *[other] dem Freundeskreis von { $person }
    } hat eine App genutzt, die Freundesdaten abfragte, und kein Deal galt für alle Nutzer.
   *[apps] , und keine Firma, die { $you ->
        [yes] deine Freunde
       *[other] die Freunde von { $person }
    } nutzten, konnte { $you ->
        [yes] dich
       *[other] { $person }
    } an diesem Tag erreichen.
}
# Why a deal of $company over friends' data did not reach the person: none of their friends
# signed in to it, or the sign-ins of $names (the friends who did) do not ask for friends' data.
why-deal-no-friend-signed-in = Der Deal von { $company } über Freundesdaten erreicht die Freunde von Leuten, die sich bei { $company } angemeldet haben, und niemand aus { $you ->
    [yes] deinem
   *[other] dem
} Freundeskreis hat das getan.
why-deal-sign-in-does-not-ask = Der Deal von { $company } über Freundesdaten wirkt über eine Anmeldung, die Freundesdaten abfragt, und die Anmeldung von { $names } bei { $company } tut das nicht.

## For a company

why-company-summary = { $consented ->
    [one] { $consented } Person hat zugestimmt
   *[other] { $consented } Personen haben zugestimmt
}; { $reached ->
    [one] { $reached } Person wurde erreicht
   *[other] { $reached } Personen wurden erreicht
}, { $without } davon ohne Zustimmung.
why-company-nobody = Niemand hat sich bei { $company } angemeldet, und die Firma hatte keinen Deal mit der Plattform.
why-company-inactive = Am { $date } war keine Anmeldung bei { $company } aktiv.
why-company-apps-off = Die Leute, die sich bei { $company } angemeldet hatten, hatten Plattform-Apps ausgeschaltet, daher zählten ihre Anmeldungen nicht.

## The panel around those words

why-close = Schließen
# For a company: its $company name.
why-company-heading = Warum { $company }?
why-said-yes = Zugestimmt
why-without-yes = Erreicht ohne Zustimmung
why-select-person = Wähl eine Person aus, um zu lesen, wie ihre Daten dorthin kamen.
# Opens the chain for each of $kinds kinds of data a company holds of the person.
why-whole-chain = { $kinds ->
    [one] Die ganze Kette für diese Art von Daten
   *[other] Die ganze Kette für jede der { $kinds } Datenarten
}
# Before a way data came (reason-*).
why-reason = {" "}— { $reason }
# A company and what the person's settings kept from it ($categories, a list).
why-kept-from = { $company }: { $categories }
why-held-back = Was { $you ->
    [yes] deine Einstellungen
   *[other] die Einstellungen von { $person }
} zurückhielten

## What if this person had other settings?

why-settings = Was wäre, wenn { $you ->
    [yes] du
   *[other] { $person }
} andere Einstellungen { $you ->
    [yes] hättest
   *[other] hätte
}?
# After why-settings when the reader changed them.
why-settings-changed = {" "}(geändert)
why-platform-apps = Plattform-Apps an (aus: Keine App kann die Plattform für { $you ->
    [yes] dich
   *[other] diese Person
} nutzen)
# The name of a Facebook setting. German Facebook called it "Von anderen Nutzern verwendete
# Apps" (earlier "Von anderen Nutzern verwendete Anwendungen"); the English name is given once,
# here, beside it.
why-apps-others-use = „Von anderen Nutzern verwendete Apps“ (Apps others use): was die App eines Freundes von { $you ->
    [yes] dir
   *[other] dieser Person
} sehen darf
# Under "Said yes" or "Reached without saying yes": when there is nobody to list.
why-nobody = Niemand.
# A company holding the person's data, and whether the person said yes to it.
why-holder = { $company }{ $said_yes ->
    [yes] {" "}(zugestimmt)
   *[other] {" "}(nie zugestimmt)
}
