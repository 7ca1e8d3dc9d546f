# Zahlen neben Wörtern, wie die Sprache sie schreibt: Spillover gibt die Zahl ($value, schon
# so gerundet, wie sie gezeigt wird), und die Nachricht setzt sie.

# Ein Anteil in Prozent: „0,02 %“, „6,6 %“, „100 %“.
number-percent = { $value } %
