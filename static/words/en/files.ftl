# Refusals: why a file or a link was not read. Each names the limit passed and the file's own
# figure, so a reader can tell what to change.

# A file called $name of $megabytes MB, over the $limit MB Spillover reads.
refusal-file-size = { $name } is { NUMBER($megabytes, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB; Spillover reads files up to { $limit } MB. Nothing was read.
# A network with $figure people (companies, friendships), over Spillover's $limit.
refusal-people = the file holds { $figure } people; Spillover takes up to { $limit } people
refusal-companies = the file holds { $figure } companies; Spillover takes up to { $limit } companies
refusal-friendships = the file holds { $figure } friendships; Spillover takes up to { $limit } friendships
# Deals over every user that would make $facts facts: $people people times $categories
# categories over all such deals, over the $limit Spillover takes.
refusal-deal-facts = the deals over every user would give companies { $facts } facts ({ $people } people times { $categories } categories over all such deals); Spillover takes up to { $limit } of them

## A scenario carried in a link

link-not-ours = it is not in the form Spillover writes (the link may have been cut short)
link-does-not-unpack = it does not unpack (the link may have been cut short, or holds more than 2 MB)
link-not-text = it does not unpack to text
# The first few $problems, joined by semicolons.
link-not-valid = its scenario is not valid: { $problems }
