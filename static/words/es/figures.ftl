# The figures beside the graph: the companies' table, the caption after the view changed,
# and what a screen reader hears.
#
# $company: a company's name. $date: a date (2015-04-30).

## The companies' table
# The headings may hold soft hyphens (U+00AD), where a narrow phone may break a long word.

figures-company = Empresa
figures-reached = Al­can­za­das
figures-said-yes = Dijeron que sí
figures-never-said-yes = Nunca dijeron que sí
figures-reach-per-yes = Alcance por cada sí
# What "Reach per yes" means (the heading's title).
figures-reach-per-yes-means = personas alcanzadas por cada persona que dijo que sí
# A company's reach per yes: $ratio people reached for each person who said yes.
figures-ratio = ×{ NUMBER($ratio, minimumFractionDigits: 1, maximumFractionDigits: 1) }
# The reach-per-yes cell of a company nobody said yes to: there is no "per yes" to count.
figures-none-said-yes = nadie dijo que sí

# While the collected view over many change days is counted ($percent done).
figures-counting = Calculando lo que las empresas podrían haber recopilado hasta el { $date }: { $percent } % completado. Mientras tanto, la imagen y las cifras muestran lo que pueden ver el { $date }.

## The caption under the graph: the date, the era that starts on it, and each company whose
## reach differs from the scenario as it happened (a what-if is on) or from the day before
## (something starts or ends on the date), joined by semicolons; else each company's reach.

# The caption's start: the date shown ($date), then what follows.
caption-date = { $date }:
# The same when a what-if is on: the figures are compared with the scenario as it happened.
caption-date-what-if = { $date }, con el «¿Y si…?»:
# After an era's start (caption-era), when a what-if is on.
caption-what-if-start = Con el «¿Y si…?»:
# $era: the era's words (era-*); $illustrative: "yes" when its first day is illustrative.
caption-era = { $era } a partir de este día{ $illustrative ->
    [yes] {" "}(una fecha ilustrativa)
   *[no] {""}
}.
# A company whose sign-in or deal starts on the day by a stand-in for an unknown start.
caption-stand-in = { $company }*
# After the changes, when one of them is marked so.
caption-stand-in-note = *Inicio desconocido: una fecha supuesta.
caption-change = { $company } { $before } → { $after }
caption-reaches = { $company } alcanza a { $after }
# After the first three changes.
caption-more = { $count } más
caption-none-changed = ninguna empresa cambió de alcance.
caption-nobody-reached = ninguna empresa alcanza a nadie.
# The same, after a sentence (an era's start).
caption-none-changed-start = Ninguna empresa cambió de alcance.
caption-nobody-reached-start = Ninguna empresa alcanza a nadie.

## What a screen reader hears after the view changed

describe-none-changed = Ninguna empresa cambió de alcance.
# $now: "yes" when the reach changed from an earlier view.
describe-company = { $company } { $now ->
    [yes] ahora alcanza a
   *[no] alcanza a
} { $reached ->
    [one] { $reached } persona
   *[other] { $reached } personas
}; { $without ->
    [one] { $without } nunca dijo que sí.
   *[other] { $without } nunca dijeron que sí.
}
describe-more = { $count ->
    [one] Cambió { $count } empresa más.
   *[other] Cambiaron { $count } empresas más.
}
