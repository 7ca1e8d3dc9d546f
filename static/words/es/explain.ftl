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
# Spanish: $category is a bare noun of either gender and number ("ubicación", "me gusta"), so
# it comes after a colon or in parentheses, where nothing has to agree with it.

# What holds. $mode: "access" (on the date) or "collected" (up to it).
explain-headline = { $mode ->
    [collected] { $company } podría haber recopilado { $you ->
        [yes] datos tuyos
       *[other] datos de { $person }
    }: { $category }
   *[access] { $company } puede ver { $you ->
        [yes] datos tuyos
       *[other] datos de { $person }
    }: { $category }
}

explain-consent = { $you ->
    [yes] Iniciaste sesión en { $company }{ $on } y le diste acceso a tus datos: { $category }.
   *[other] { $person } inició sesión en { $company }{ $on } y le dio acceso a sus datos: { $category }.
}
explain-unasked = { $you ->
    [yes] Tu cuenta se conectó a { $company }{ $on } sin que nadie te preguntara, lo que le dio acceso a tus datos: { $category }.
   *[other] La cuenta de { $person } se conectó a { $company }{ $on } sin que nadie le preguntara, lo que le dio acceso a sus datos: { $category }.
}
explain-deal = { $company } tenía un acuerdo con la plataforma{ $since } que le permitía ver estos datos de todos los usuarios, { $you ->
    [yes] también los tuyos
   *[other] también los de { $person }
}: { $category }. En este modelo, un acuerdo así no necesita que nadie inicie sesión.
# Followed by explain-open-* and explain-allowed or explain-passed-over.
explain-friend = { $you ->
    [yes] Estás
   *[other] { $person } está
} entre { $friend_you ->
    [yes] tus amigos, y tú iniciaste
   *[other] los amigos de { $friend }, y { $friend } inició
} sesión en { $company }{ $on }, lo que le dio acceso a estos datos de { $friend_you ->
    [yes] tus
   *[other] sus
} amigos: { $category }.
explain-mailbox = { $you ->
    [yes] Intercambias
   *[other] { $person } intercambia
} mensajes { $friend_you ->
    [yes] contigo, y tú iniciaste
   *[other] con { $friend }, y { $friend } inició
} sesión en { $company }{ $on }, lo que le permitía leer { $friend_you ->
    [yes] tus
   *[other] sus
} mensajes. En este modelo, { $you ->
    [yes] tu configuración
   *[other] la configuración de { $person }
} no puede cerrar el paso al buzón de un amigo.
# $from: the company that handed the data on.
explain-transfer = { $from } cedió { $you ->
    [yes] datos tuyos
   *[other] datos de { $person }
} a { $company }{ $since }: { $category }.

# Why friends' data was open to the app then. $until: the day apps could no longer ask.
explain-open-until = Por entonces, las aplicaciones aún podían pedir datos de amigos (hasta el { $until }).
explain-open = Por entonces, las aplicaciones podían pedir datos de amigos.
explain-open-by-deal = Las aplicaciones comunes ya no podían pedir datos de amigos, pero el acuerdo de { $company } con la plataforma{ $since } aún le permitía pedir este dato de los amigos: { $category }.

# Why the person's settings let it through.
explain-allowed = { $you ->
    [yes] Tu ajuste
   *[other] El ajuste
} «Aplicaciones que usan otras personas»{ $you ->
    [yes] {""}
   *[other] {" "}de { $person }
} permitía compartir este dato: { $category }.
explain-passed-over = { $you ->
    [yes] Tu configuración
   *[other] La configuración de { $person }
} no permitía compartir este dato ({ $category }), pero en este escenario el acuerdo de { $company } con la plataforma pasa por encima de la configuración.

# The day something began ($date), and how sure the scenario is of it.
explain-on-given = {" "}el { $date }
explain-on-illustrative = {" "}el { $date } (una fecha ilustrativa)
explain-on-unknown = {" "}(no se sabe cuándo: este escenario lo sitúa el { $date }, una fecha supuesta)
# The start of a deal or a transfer, as the scenario dates it.
explain-since-given = {" "}(desde el { $date } en este escenario)
explain-since-illustrative = {" "}(desde el { $date }, una fecha ilustrativa)
explain-since-unknown = {" "}(no se sabe cuándo empezó: este escenario lo sitúa el { $date }, una fecha supuesta)
