# The sandbox: what an edit did, and why one that changed nobody's reach did so.
#
# $person: a person's name, $you: "yes" when that person is the reader. $company: a
# company's name. $date: the date shown. $categories: kinds of data, a list of category-*.

## What an edit did, counted at the view shown

# Nobody's count changed: $after people are exposed without consent.
effect-no-change = Sin cambios: { $after ->
    [one] { $after } persona expuesta
   *[other] { $after } personas expuestas
} sin consentimiento.
# $change more (or fewer) people are exposed without consent, $after in all.
effect-more = +{ $change ->
    [one] { $change } persona expuesta
   *[other] { $change } personas expuestas
} sin consentimiento (ahora { $after }).
effect-fewer = -{ $change ->
    [one] { $change } persona expuesta
   *[other] { $change } personas expuestas
} sin consentimiento (ahora { $after }).
# What was done ($done, "Added Ana") and then what it did ($effect, one of effect-*).
effect-after-done = { $done }. { $effect }

## Why an addition changed nobody's reach, and the button that fixes the usual cause

unchanged-starts-later = Empieza el { $from }, después de la fecha mostrada ({ $date }), así que todavía no cambia nada.
unchanged-ended = Terminó el { $until }, antes de la fecha mostrada ({ $date }).
# The button that shows another date.
unchanged-show-date = Mostrar { $date }
# A handover from $from, which has none of the data on the date.
unchanged-nothing-to-hand-on = { $from } no puede ver ninguno de estos datos el { $date } ({ $categories }), así que no tiene nada que ceder.
# A friendship of $first and $second (each with their $first_you, $second_you).
unchanged-friendship = { $first_you ->
    [yes] Tú
   *[other] { $first }
} y { $second_you ->
    [yes] tú
   *[other] { $second }
}: ninguno de los dos había iniciado sesión el { $date } en una aplicación que pida datos de amigos, así que esa amistad todavía no transmite nada.
unchanged-apps-off = { $you ->
    [yes] Tienes desactivadas las aplicaciones de la plataforma, así que tus inicios de sesión no cuentan para nada.
   *[other] { $person } tiene desactivadas las aplicaciones de la plataforma, así que sus inicios de sesión no cuentan para nada.
}
unchanged-no-friends = { $you ->
    [yes] No tienes
   *[other] { $person } no tiene
} amigos en la plataforma el { $date }, así que pedir datos de amigos no alcanza a nadie.
unchanged-closed = Las aplicaciones no podían pedir datos de amigos el { $date } (los permisos de amigos estaban cerrados entonces), y ningún acuerdo de { $company } los abría.
unchanged-friends-settings = { $you ->
    [yes] Todos tus amigos ocultan
   *[other] Todos los amigos de { $person } ocultan
} estos datos ({ $categories }) a las aplicaciones que usan otras personas (por su configuración), así que { $company } no llega a ninguno.
unchanged-nobody-signed-in = Un acuerdo sobre datos de amigos llega a los amigos de quienes iniciaron sesión en { $company } pidiendo datos de amigos, y nadie había iniciado sesión en { $company } el { $date }.
# A deal of $company over friends' $categories, and a sign-in of the person that does not ask.
unchanged-sign-in-does-not-ask = El acuerdo de { $company } trata de datos de amigos ({ $categories }), pero { $you ->
    [yes] tu inicio de sesión
   *[other] el inicio de sesión de { $person }
} en { $company } no pide datos de amigos: el acuerdo solo llega a los amigos a través de un inicio de sesión que sí los pida.
# The button that asks for friends' $categories in that sign-in.
unchanged-ask-friends = Pedir datos de amigos ({ $categories }) en { $you ->
    [yes] tu inicio de sesión
   *[other] el inicio de sesión de { $person }
}

## What an edit did, in words (before effect-after-done's count)

edit-added = Añadido: { $name }
edit-friends = { $first } y { $second } son amigos
edit-signs-in = { $person } inicia sesión en { $company }
edit-deal = Acuerdo añadido para { $company }
edit-transfer = { $from } cede datos a { $to }
# A sign-in of $person (with $you) to $company now asks for more.
edit-asks-for-more = { $you ->
    [yes] Tu inicio de sesión
   *[other] El inicio de sesión de { $person }
} en { $company } pide más
edit-removed = Quitado: { $name }
edit-removed-it = Quitado

## Why an edit was refused

refuse-sandbox-name = Un laboratorio necesita un nombre.
refuse-no-scopes = Elige al menos una cosa que dé el permiso.
refuse-sign-in-gone = Ese inicio de sesión ya no existe.
refuse-entry-gone = Esa entrada ya no existe.
refuse-self-friend = Una persona no puede ser amiga de sí misma ({ $person }).
refuse-already-friends = { $first } y { $second } ya son amigos en esas fechas.
refuse-empty-deal = Un acuerdo tiene que dar algo: datos de amigos o datos de todos los usuarios.
refuse-same-company = Una cesión va de una empresa a otra distinta.
refuse-no-categories = Elige al menos un tipo de dato que ceder.
# $text: what was typed in a date field.
refuse-not-a-date = «{ $text }» no es una fecha. Escríbela como año-mes-día, por ejemplo 2014-05-13, o déjala vacía.
refuse-ends-on-start = Termina el mismo día en que empieza ({ $from }): elige una fecha de fin posterior a la de inicio.
refuse-ends-before = Termina ({ $until }) antes de empezar ({ $from }): elige una fecha de fin posterior a la de inicio.
name-taken-person = Ya hay una persona llamada { $name }.
name-taken-company = Ya hay una empresa llamada { $name }.
refuse-choose-person = Primero elige una persona.
refuse-person-gone = Esa persona ya no está en este laboratorio: elige a otra.
refuse-choose-company = Primero elige una empresa.
refuse-company-gone = Esa empresa ya no está en este laboratorio: elige otra.
# An $id already given to $owner.
refuse-id-taken = «{ $id }» ya es el id de { $owner }; elige otro.
