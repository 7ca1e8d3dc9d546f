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

## The editor around the forms

editor-title = Build your own
editor-to-forms = Add people and companies ↓
editor-forms-title = Add and remove
editor-forms-hint = Every form here does what a gesture on the graph does, by keyboard alone. Changes count at once; Undo takes them back.
editor-date-hint = Dates are written year-month-day, as 2014-05-13; leave one empty for no limit.
editor-to-graph = Back to the picture ↑
# The button that undoes the change said in $change.
editor-undo = Undo
editor-undo-label = Undo: { $change }

## The lists of what a sandbox holds

# A list's $title and how many it holds ($count).
list-heading = { $title } ({ $count })
list-filter = Filter
# $noun: what the list holds, as its title says it in lower case.
list-filter-label = Filter { $noun } by name
list-pages = Pages of { $noun }
# An entry's dates, each field named with the entry's words ($entry).
list-from = From: { $entry }
list-until = Until: { $entry }
list-remove = Remove
list-remove-entry = Remove: { $entry }
# A person or company in the list, by $name.
list-name-of = Name of { $name }
list-remove-named = Remove { $name }
list-platform-apps = platform apps on
list-apps-others-use = "Apps others use":

## Entries in words

# $first and $second are friends; $messages: "yes" when they message each other.
entry-friendship = { $first } and { $second }{ $messages ->
    [yes] , who message each other
   *[no] {""}
}
# A sign-in of $person to $company, for $scopes (a list); $asked: "no" when nobody asked them.
entry-grant = { $person } → { $company }: { $scopes }{ $asked ->
    [no] {" "}(never asked)
   *[yes] {""}
}
# Friends' data of a kind, in a sign-in or a deal.
entry-friends = friends' { $categories }
entry-friends-whatever = friends' { $categories } whatever their settings
entry-every-user = every user's { $categories }
# $company's deal, over $parts (joined by semicolons).
entry-deal = { $company }'s deal: { $parts }
entry-transfer = { $from } → { $to }: { $categories }
# Each list's title, and what it holds in running text.
list-people = People
list-people-noun = people
list-companies = Companies
list-companies-noun = companies
list-friendships = Friendships
list-friendships-noun = friendships
list-grants = Grants
list-grants-noun = grants
list-deals = Deals
list-deals-noun = deals
list-transfers = Transfers
list-transfers-noun = transfers

## Rules in bulk, for big networks

bulk = Rules in bulk
bulk-hint = For big networks: one rule over a share of people, picked by a numbered draw (the same number picks the same people). One Undo takes a rule back.
bulk-quiz-title = A quiz installed by a share of people
bulk-quiz-app = App
bulk-quiz-share = installed by (% of people)
bulk-draw = draw number
bulk-quiz-own = asks for their own
bulk-quiz-friends = and their friends'
bulk-quiz-add = Install the quiz
# The form's name for assistive technology.
bulk-narrow-label = A share of people narrow Apps others use
bulk-narrow-title = A share of people narrow "Apps others use"
bulk-narrow-share = share (% of people)
bulk-narrow-keep = and let friends' apps see only
bulk-narrow-add = Narrow their settings
bulk-deal-title = A partner deal over everyone
bulk-deal-partner = Partner
bulk-deal-data = gets every user's
bulk-deal-add = Add the deal
bulk-refuse-nobody = There is nobody to pick from yet: add people, or load a network.
# A $share that is not 1% to 100%.
bulk-refuse-share = A share is 1% to 100% of people, not { $share }%.
bulk-refuse-no-scopes = Pick at least one thing the quiz asks for.
bulk-refuse-no-data = Pick at least one kind of data the deal gives.
bulk-refuse-person-id = "{ $id }" is a person's id; choose another.
# The empty first choice of a form's drop-down list.
form-choose = choose…
