# Die Sprache selbst: ihr eigener Name in der Auswahl, ihre Schreibrichtung und wie sie Zahlen
# schreibt (CLDR: Tausendertrennzeichen, Dezimalzeichen und die Zahl der Stellen, ab der
# gruppiert wird; Deutsch schreibt 4.039). Spillover liest diese fünf beim Bauen.

language-name = Deutsch
language-direction = ltr
number-group = .
number-decimal = ,
number-grouped-from = 4

## Eine Sprache wählen

# Der Name der Sprachauswahl, für Screenreader.
language-picker = Sprache
# Wenn die Wörter der gewählten Sprache nicht geladen werden konnten. $language ist ihr eigener Name.
language-not-loaded = { $language } konnte nicht geladen werden, deshalb bleibt die Seite auf Englisch.
# In einer Notiz zur Adresse: was ein lang=-Wert nicht ist (nach „… ist nicht“).
address-what-language = eine Sprache, die Spillover spricht
