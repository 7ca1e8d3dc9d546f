# Refusals: why a file or a link was not read. Each names the limit passed and the file's own
# figure, so a reader can tell what to change.

# A file called $name of $megabytes MB, over the $limit MB Spillover reads.
refusal-file-size = { $name } ocupa { NUMBER($megabytes, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB; Spillover lee archivos de hasta { $limit } MB. No se ha leído nada.
# A network with $figure people (companies, friendships), over Spillover's $limit.
refusal-people = el archivo contiene { $figure } personas; Spillover admite hasta { $limit }
refusal-companies = el archivo contiene { $figure } empresas; Spillover admite hasta { $limit }
refusal-friendships = el archivo contiene { $figure } amistades; Spillover admite hasta { $limit }
# Deals over every user that would make $facts facts: $people people times $categories
# categories over all such deals, over the $limit Spillover takes.
refusal-deal-facts = los acuerdos sobre todos los usuarios darían a las empresas { $facts } datos ({ $people } personas por { $categories } categorías en el conjunto de esos acuerdos); Spillover admite hasta { $limit }

## A scenario carried in a link

link-not-ours = no tiene el formato que escribe Spillover (puede que el enlace esté cortado)
link-does-not-unpack = no se puede descomprimir (puede que el enlace esté cortado o que contenga más de 2 MB)
link-not-text = al descomprimirlo no da texto
# The first few $problems, joined by semicolons.
link-not-valid = su escenario no es válido: { $problems }
