# Numbers beside words, written the language's way: Spillover gives the number ($value, already
# rounded as it is shown) and the message places it.

# A share as a percentage: "0.02%", "6.6%", "100%".
number-percent = { $value }%
