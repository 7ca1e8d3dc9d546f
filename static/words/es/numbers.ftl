# Números junto a palabras, escritos a la manera del idioma: Spillover da el número ($value, ya
# redondeado como se muestra) y el mensaje lo coloca.

# Una proporción en porcentaje: «0,02 %», «6,6 %», «100 %».
number-percent = { $value } %
