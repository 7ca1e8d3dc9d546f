# The language itself: its own name in the picker, which way it is written, how it writes
# numbers (CLDR: the group separator, the decimal separator, and the fewest digits a number has
# before its thousands are grouped; English writes 4,039). Spillover reads these five when it is
# built; they are not shown as sentences.

language-name = English
language-direction = ltr
number-group = ,
number-decimal = .
number-grouped-from = 4

## Choosing a language

# The language picker's name, for screen readers.
language-picker = Language
# When the words of the language chosen could not be fetched. $language is its own name.
language-not-loaded = { $language } could not be loaded, so the page stays in English.
# In a note on the address: what a lang= value is not (after "… is not").
address-what-language = a language Spillover speaks
