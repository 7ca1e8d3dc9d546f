# The sandbox's editor: its bar (which sandbox, its title, date and friend permissions), and
# the forms that add people, friendships, sign-ins, deals and handovers.

## The bar

# The name of a new sandbox: a copy of the built-in $title, or the $number-th sandbox.
sandbox-copy-of = My copy of { $title }
sandbox-numbered = Sandbox { $number }
sandbox-from-empty = an empty network
sandbox = Sandbox
sandbox-name = Name
sandbox-new-from = New from
sandbox-new = New sandbox
sandbox-undo = ↶ Undo
sandbox-redo = ↷ Redo
sandbox-save = Save as file
sandbox-load = Load a file
sandbox-load-hint = or drop one on the page: a scenario, or a network as an edge list, CSV (people and friendships together), GraphML or GEXF
# Asks before the sandbox called $name is deleted.
sandbox-delete-ask = Delete "{ $name }" for good?
sandbox-delete-yes = Yes, delete
sandbox-delete-no = No
sandbox-delete = Delete…
sandbox-title = Title
sandbox-date = Date shown
sandbox-date-needed = The sandbox needs a date to show: write one as year-month-day, for example 2014-05-13.
sandbox-policy = Apps may ask for friends' data
sandbox-policy-from = from
sandbox-policy-until = until
# What a date field shows when empty.
date-placeholder = yyyy-mm-dd

## The forms

# Before the name a person or company would share ($words: whose name it already is):
# "Press "Add person" again" ($button: the form's button).
form-name-taken = { $words } Press "{ $button }" again to add a second one, or change the name.
form-name = Name
form-kind = Kind
form-from = from
form-until = until
form-add-person-title = Add a person
form-add-person = Add person
form-add-company-title = Add a company
form-add-company = Add company
company-kind-app = an app
company-kind-partner = a partner
company-kind-broker = a data broker
form-friends-title = Make two people friends
form-friends-first = First friend
# Between the two friends' pickers (with its spaces).
form-friends-and = {" "}and{" "}
form-friends-message = they message each other
form-friends-add = Add friendship
form-grant-title = A person signs in to a company
form-grant-person = Person who signs in
# Between the person's picker and the company's.
form-grant-signs-in-to = {" "}signs in to{" "}
form-grant-own = and lets it see their own
form-grant-friends = and their friends'
form-grant-no-messages = There is no box for friends' messages: a person's own messages already hold what everyone writes to them.
form-grant-asked = they were asked (untick for a connection nobody asked them about: a deal)
form-grant-add = Add grant
form-deal-title = A deal with the platform
# Before the company's picker.
form-deal-for = for{" "}
form-deal-friends = friends' data it may reach through its users, even when apps may not
form-deal-ignores = even where friends' settings say no
form-deal-all = data of every user, without asking
form-deal-add = Add deal
form-transfer-title = One company hands data to another
form-transfer-from = Company that hands data on
# Between the two companies' pickers.
form-transfer-hands-to = {" "}hands to{" "}
form-transfer-data = this data
form-transfer-add = Add transfer
