# Notes on a link (the page's address after #) whose parts could not all be used. $value: the
# part of the link, clipped; each note says what was done instead.

address-too-long = Der Teil des Links nach # ist { $length } Zeichen lang, mehr als { $limit }; er wurde ignoriert.
address-unknown = Der Link enthält „{ $value }“, was diese Version von Spillover nicht kennt; es wurde ignoriert.
# A story of $steps steps, asked for step $step.
address-no-such-step = Diese Geschichte hat { $steps ->
    [one] { $steps } Schritt
   *[other] { $steps } Schritte
}, einen Schritt { $step } gibt es also nicht; gezeigt wird der Anfang.
# $value is not $what (one of address-what-*). German: $what is the subject of "erwartet
# wird", so each address-what-* is in the nominative singular.
address-ignored = „{ $value }“ wurde ignoriert: Erwartet wird { $what }.
address-what-date = ein Datum (JJJJ-MM-TT)
address-what-mode = eine Ansicht (access oder collected)
address-what-view = eine Ansicht (graph oder table)
address-what-friend-permissions = ein Schalter für Freundesberechtigungen (never oder always)
address-what-on-off = on oder off
address-what-settings = eine Angabe der Einstellungen einer Person (id:1:name.likes)
address-what-embed = eine Wahl fürs Einbetten (story, timeline, both oder none)
address-what-theme = ein Farbschema (light, dark oder auto)
address-no-such-scenario = Es gibt kein eingebautes Szenario namens „{ $value }“; gezeigt wird das erste.
address-not-a-step = „{ $value }“ ist keine Schrittnummer; Schritte zählen ab 1.
address-sandbox-and-builtin = Der Link nennt deinen Sandkasten und zugleich ein eingebautes Szenario; gezeigt wird dein Sandkasten.
# $other: "sandbox" (the reader's) or "builtin" (a built-in scenario).
address-two-scenarios = Der Link nennt { $other ->
    [sandbox] deinen Sandkasten
   *[builtin] ein eingebautes Szenario
} und zugleich ein eigenes Szenario; gezeigt wird das Szenario, das er mitbringt.
# The scenario a link carries could not be read, for $reason (one of link-*).
address-bad-scenario = Das Szenario in diesem Link konnte nicht gelesen werden: { $reason }. Stattdessen wird ein eingebautes gezeigt.
# Nobody in the scenario has the $id the link names.
address-no-such-id = Niemand in diesem Szenario hat die ID „{ $id }“, daher ist nichts ausgewählt.
address-no-such-id-settings = Niemand in diesem Szenario hat die ID „{ $id }“, daher wurden keine Einstellungen geändert.

## "At scale"'s address

address-what-model = ein Netzwerkmodell (facebook-like, barabasi-albert oder watts-strogatz)
address-what-people = eine Anzahl Personen
address-what-friends = eine Anzahl Freunde
address-what-seed = ein Startwert (eine ganze Zahl)
address-what-install = eine Installationsrate von 0 bis 1
address-what-share = ein Anteil von 0 bis 1
address-what-open-closed = open oder closed
address-scale-unknown = Der Link enthält „{ $value }“, was die Ansicht „Im großen Maßstab“ nicht kennt; es wurde ignoriert.
# $people people with $friends friends each cannot be generated (as the link wrote them).
address-scale-too-big = Der Link verlangt { $people } Personen mit je { $friends } Freunden; so ein Netzwerk lässt sich nicht erzeugen. Gezeigt wird das Standardnetzwerk.
