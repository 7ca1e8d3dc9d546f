# The sandbox: what an edit did, and why one that changed nobody's reach did so.
#
# $person: a person's name, $you: "yes" when that person is the reader. $company: a
# company's name. $date: the date shown. $categories: kinds of data, a list of category-*.
#
# German: "exposed without consent" is "ohne Zustimmung erreicht", as in the figures; a
# person's gender is not known, so "their" is "von { $person }", never "ihre" or "seine".

## What an edit did, counted at the view shown

# Nobody's count changed: $after people are exposed without consent.
effect-no-change = Keine Änderung: { $after ->
    [one] { $after } Person
   *[other] { $after } Personen
} ohne Zustimmung erreicht.
# $change more (or fewer) people are exposed without consent, $after in all.
effect-more = +{ $change ->
    [one] { $change } Person
   *[other] { $change } Personen
} ohne Zustimmung erreicht (jetzt { $after }).
effect-fewer = -{ $change ->
    [one] { $change } Person
   *[other] { $change } Personen
} ohne Zustimmung erreicht (jetzt { $after }).
# What was done ($done, "Ana hinzugefügt") and then what it did ($effect, one of effect-*).
effect-after-done = { $done }. { $effect }

## Why an addition changed nobody's reach, and the button that fixes the usual cause

unchanged-starts-later = Das beginnt am { $from }, nach dem gezeigten Datum ({ $date }), also ändert sich noch nichts.
unchanged-ended = Das endete am { $until }, vor dem gezeigten Datum ({ $date }).
# The button that shows another date.
unchanged-show-date = { $date } zeigen
# A handover from $from, which has none of the data on the date.
unchanged-nothing-to-hand-on = { $from } kann am { $date } nichts davon sehen ({ $categories }) und hat daher nichts davon weiterzugeben.
# A friendship of $first and $second (each with their $first_you, $second_you).
unchanged-friendship = Keine der beiden Personen ({ $first_you ->
    [yes] du
   *[other] { $first }
} und { $second_you ->
    [yes] du
   *[other] { $second }
}) war am { $date } bei einer App angemeldet, die Freundesdaten abfragt, also überträgt ihre Freundschaft noch nichts.
unchanged-apps-off = { $you ->
    [yes] Deine Plattform-Apps sind
   *[other] Die Plattform-Apps von { $person } sind
} ausgeschaltet, also zählt eine Anmeldung von { $you ->
    [yes] dir
   *[other] { $person }
} nicht.
unchanged-no-friends = { $you ->
    [yes] Du hast
   *[other] { $person } hat
} am { $date } keine Freunde auf der Plattform, also erreicht eine Abfrage von Freundesdaten niemanden.
unchanged-closed = Am { $date } konnten Apps keine Freundesdaten abfragen (die Freundesberechtigungen waren da geschlossen), und kein Deal von { $company } hat sie geöffnet.
unchanged-friends-settings = Jede Person { $you ->
    [yes] in deinem Freundeskreis
   *[other] im Freundeskreis von { $person }
} sperrt ihre { $categories } in der Einstellung „Von anderen Nutzern verwendete Apps“, also erreicht { $company } niemanden davon.
unchanged-nobody-signed-in = Ein Deal über Freundesdaten erreicht die Freunde von Leuten, die sich bei { $company } mit Zugriff auf Freundesdaten angemeldet haben, und am { $date } war niemand bei { $company } angemeldet.
# A deal of $company over friends' $categories, and a sign-in of the person that does not ask.
unchanged-sign-in-does-not-ask = Der Deal von { $company } betrifft die { $categories } der Freunde, aber { $you ->
    [yes] deine Anmeldung
   *[other] die Anmeldung von { $person }
} bei { $company } fragt keine Freundesdaten ab: Der Deal erreicht Freunde nur über eine Anmeldung, die das tut.
# The button that asks for friends' $categories in that sign-in.
unchanged-ask-friends = { $categories } der Freunde in { $you ->
    [yes] deiner Anmeldung
   *[other] der Anmeldung von { $person }
} abfragen

## What an edit did, in words (before effect-after-done's count)

edit-added = { $name } hinzugefügt
edit-friends = { $first } und { $second } sind befreundet
edit-signs-in = { $person } meldet sich bei { $company } an
edit-deal = Deal für { $company } hinzugefügt
edit-transfer = { $from } gibt Daten an { $to } weiter
# A sign-in of $person (with $you) to $company now asks for more.
edit-asks-for-more = { $you ->
    [yes] Deine Anmeldung
   *[other] Die Anmeldung von { $person }
} bei { $company } fragt mehr ab
edit-removed = { $name } entfernt
edit-removed-it = Eintrag entfernt

## Why an edit was refused

refuse-sandbox-name = Ein Sandkasten braucht einen Namen.
refuse-no-scopes = Wähl mindestens eine Sache, die die Freigabe erlaubt.
refuse-sign-in-gone = Diese Anmeldung gibt es nicht mehr.
refuse-entry-gone = Diesen Eintrag gibt es nicht mehr.
refuse-self-friend = { $person } kann nicht mit sich selbst befreundet sein.
refuse-already-friends = { $first } und { $second } sind da schon befreundet.
refuse-empty-deal = Ein Deal muss etwas liefern: Freundesdaten oder Daten aller Nutzer.
refuse-same-company = Eine Weitergabe geht von einer Firma an eine andere.
refuse-no-categories = Wähl mindestens eine Art von Daten, die weitergegeben wird.
# $text: what was typed in a date field.
refuse-not-a-date = „{ $text }“ ist kein Datum. Schreib es als Jahr-Monat-Tag, zum Beispiel 2014-05-13, oder lass das Feld leer.
refuse-ends-on-start = Das endet an dem Tag, an dem es beginnt ({ $from }): Wähl ein Enddatum nach dem Anfangsdatum.
refuse-ends-before = Das endet ({ $until }), bevor es beginnt ({ $from }): Wähl ein Enddatum nach dem Anfangsdatum.
name-taken-person = Es gibt schon eine Person namens { $name }.
name-taken-company = Es gibt schon eine Firma namens { $name }.
refuse-choose-person = Wähl zuerst eine Person.
refuse-person-gone = Diese Person ist nicht mehr in diesem Sandkasten: Wähl eine andere.
refuse-choose-company = Wähl zuerst eine Firma.
refuse-company-gone = Diese Firma ist nicht mehr in diesem Sandkasten: Wähl eine andere.
# An $id already given to $owner.
refuse-id-taken = „{ $id }“ ist schon die ID von { $owner }; wähl eine andere.
