# "Why?": what the panel says about one person or company.
#
# $mode: "access" (what companies can see on the date) or "collected" (what they could have
# collected up to it). $person: a person's name, $you: "yes" when that person is the reader.

## For a person

# The panel's heading.
why-heading = { $mode ->
    [collected] ¿Quién podría haber recopilado { $you ->
        [yes] tus datos
       *[other] los datos de { $person }
    } hasta esta fecha y por qué?
   *[access] ¿Quién puede ver { $you ->
        [yes] tus datos
       *[other] los datos de { $person }
    } en esta fecha y por qué?
}

# The first line: $companies companies can see the person's data, and $without of them the
# person never said yes to.
why-person-summary = { $companies ->
    [0] Ninguna empresa { $mode ->
        [collected] podría haber recopilado
       *[access] puede ver
    } ningún dato { $you ->
        [yes] tuyo
       *[other] de { $person }
    } { $mode ->
        [collected] hasta esta fecha
       *[access] en esta fecha
    }.
    [one] { $companies } empresa { $mode ->
        [collected] podría haber recopilado
       *[access] puede ver
    } { $you ->
        [yes] tus datos
       *[other] los datos de { $person }
    } { $mode ->
        [collected] hasta esta fecha
       *[access] en esta fecha
    }{ $without ->
        [0] , y { $you ->
            [yes] le dijiste que sí.
           *[other] { $person } le dijo que sí.
        }
       *[other] ; { $you ->
            [yes] nunca le dijiste que sí.
           *[other] { $person } nunca le dijo que sí.
        }
    }
   *[other] { $companies } empresas { $mode ->
        [collected] podrían haber recopilado
       *[access] pueden ver
    } { $you ->
        [yes] tus datos
       *[other] los datos de { $person }
    } { $mode ->
        [collected] hasta esta fecha
       *[access] en esta fecha
    }{ $without ->
        [0] , y { $you ->
            [yes] les dijiste que sí a todas.
           *[other] { $person } les dijo que sí a todas.
        }
       *[other] ; { $you ->
            [yes] nunca dijiste que sí a { $without } de ellas.
           *[other] { $person } nunca dijo que sí a { $without } de ellas.
        }
    }
}

# How data came to a company, beside the categories it came with. $on: when it began, as
# why-on-* says it (with its own space, or empty).
why-route-consent = { $you ->
    [yes] dijiste que sí
   *[other] { $person } dijo que sí
} al iniciar sesión{ $on }
why-route-unasked = conexión sin que nadie preguntara{ $on }
why-route-deal = un acuerdo con la plataforma sobre todos los usuarios{ $on }
# Before the name of the friend or company the data came through (a link)...
why-route-through = a través de
why-route-handed-on = cedidos por
# ...and after it: the friend's sign-in to $company, or their mailbox opened to it.
why-route-friend-after = {" "}al iniciar sesión en { $company }{ $on }
# Spanish: after the friend's name, so "a través de Ben, cuyo buzón…".
why-route-mailbox-after = , cuyo buzón quedó abierto a { $company }{ $on }
why-on-given = {" "}({ $date })
why-on-illustrative = {" "}({ $date }, una fecha ilustrativa)
why-on-unknown = {" "}(inicio desconocido; { $date } es una fecha supuesta)

# Why no company can see anything of the person's.
why-kept-back = { $you ->
    [yes] Tu configuración
   *[other] La configuración de { $person }
} retuvo lo que, si no, las empresas podrían haber visto (abajo).
# $case: "no-friends" (no friends on the platform on $date), "no-apps" (no friend used an app
# that asked for friends' data), or "apps" (friends did, and still nothing reached them).
why-not-signed-in = { $you ->
    [yes] No iniciaste
   *[other] { $person } no inició
} sesión en ninguna empresa{ $case ->
    [no-friends] , no { $you ->
        [yes] tenías
       *[other] tenía
    } amigos en la plataforma el { $date } y ningún acuerdo cubría a todos los usuarios.
    [no-apps] , ninguno de { $you ->
        [yes] tus
       *[other] sus
    } amigos usó una aplicación que pidiera datos de amigos y ningún acuerdo cubría a todos los usuarios.
   *[apps] , y ninguna de las empresas que usaban { $you ->
        [yes] tus
       *[other] sus
    } amigos podía llegar { $you ->
        [yes] hasta ti
       *[other] hasta { $person }
    } en esta fecha.
}
# Why a deal of $company over friends' data did not reach the person: none of their friends
# signed in to it, or the sign-ins of $names (the friends who did) do not ask for friends' data.
why-deal-no-friend-signed-in = El acuerdo de { $company } sobre datos de amigos llega a los amigos de quienes iniciaron sesión en { $company }, y ninguno de { $you ->
    [yes] tus
   *[other] sus
} amigos lo hizo.
why-deal-sign-in-does-not-ask = El acuerdo de { $company } sobre datos de amigos funciona a través de un inicio de sesión que pida datos de amigos, y el inicio de sesión de { $names } en { $company } no los pide.

## For a company

why-company-summary = { $consented ->
    [one] { $consented } persona dijo que sí
   *[other] { $consented } personas dijeron que sí
}; { $reached ->
    [one] se alcanzó a { $reached } persona
   *[other] se alcanzó a { $reached } personas
}, { $without } de ellas sin haber dicho que sí.
why-company-nobody = Nadie inició sesión en { $company } y la empresa no tenía ningún acuerdo con la plataforma.
why-company-inactive = Ningún inicio de sesión en { $company } estaba activo el { $date }.
why-company-apps-off = Quienes iniciaron sesión en { $company } habían desactivado las aplicaciones de la plataforma, así que sus inicios de sesión no contaban.

## The panel around those words

why-close = Cerrar
# For a company: its $company name.
why-company-heading = ¿Por qué { $company }?
why-said-yes = Dijeron que sí
why-without-yes = Alcanzadas sin decir que sí
why-select-person = Selecciona a una persona para leer cómo llegaron allí sus datos.
# Opens the chain for each of $kinds kinds of data a company holds of the person.
why-whole-chain = { $kinds ->
    [one] La cadena completa de este tipo de dato
   *[other] La cadena completa de cada uno de los { $kinds } tipos de datos
}
# Before a way data came (reason-*).
why-reason = {" "}— { $reason }
# A company and what the person's settings kept from it ($categories, a list).
why-kept-from = { $company }: { $categories }
why-held-back = Lo que { $you ->
    [yes] tu configuración
   *[other] la configuración de { $person }
} retuvo

## What if this person had other settings?

why-settings = ¿Y si { $you ->
    [yes] tuvieras
   *[other] { $person } tuviera
} otra configuración?
# After why-settings when the reader changed them.
why-settings-changed = {" "}(cambiada)
why-platform-apps = Aplicaciones de la plataforma activadas (si no, ninguna aplicación puede usar la plataforma { $you ->
    [yes] en tu nombre
   *[other] en su nombre
})
why-apps-others-use = «Aplicaciones que usan otras personas»: lo que la aplicación de un amigo puede ver { $you ->
    [yes] de ti
   *[other] de esa persona
}
# Under "Said yes" or "Reached without saying yes": when there is nobody to list.
why-nobody = Nadie.
# A company holding the person's data, and whether the person said yes to it.
why-holder = { $company }{ $said_yes ->
    [yes] {" "}(dijo que sí)
   *[other] {" "}(nunca dijo que sí)
}
