### The phone reader: what the still first screen says while the app loads.

# How much of the app has come so far, while the page does not know its whole size.
# $loaded: kibibytes so far, a number the page writes.
loader-kib = { $loaded } KiB
# How much of the app has come so far, of its whole size.
# $loaded: kibibytes so far; $total: the app's whole size in kibibytes.
loader-kib-of = { $loaded } von { $total } KiB
