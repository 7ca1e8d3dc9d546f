# Why a scenario file (or a scenario in a link) cannot be read: each problem is said after the
# JSON path of the value at fault (`grants[3].scopes[1]: …`), so a reader can find it. Field
# names, ids and words of the format in `backticks` or "quotes" are the file's own and stay in
# English; $value, $id and $found are what the file holds, shortened, and are never translated.

## Where

# A problem in a file that is not JSON at all, at its $line and $column.
problem-at-position = line { $line }, column { $column }
problem-unnamed = something is wrong with this scenario, but no problem was named

## Its shape

# serde's own words on what is wrong are $detail (in English).
problem-json-eof = the file ends too early ({ $detail }); is it cut short?
problem-json-syntax = this is not valid JSON: { $detail }
# $format is spillover-scenario; $found is one of the problem-kind messages.
problem-not-an-object = a scenario file holds one JSON object ({"{"} "format": "{ $format }", … {"}"}), not { $found }
# $field is the file's; $fields are the fields a scenario has.
problem-unknown-field = unknown field `{ $field }`; a scenario's fields are { $fields }
problem-missing-field = missing field `{ $field }`
problem-not-a-list = expected a list, found { $found }
# What a JSON value is, as "found" above says it.
problem-kind-null = null
problem-kind-bool = true or false
problem-kind-number = a number
problem-kind-string = a string
problem-kind-list = a list
problem-kind-object = an object

## Its meaning

problem-not-ours = this is not a Spillover scenario: `format` must be "{ $expected }", not "{ $found }"
problem-version = this file is format version { $version }; this Spillover reads version { $reads }
# $first is the JSON path of the element that has the id already.
problem-source-id-taken = `{ $id }` is already the id of { $first }
problem-id-taken = `{ $id }` is already the id of { $first }; ids are unique among people and companies
problem-not-web-address = "{ $value }" is not a web address starting with https:// or http://
problem-company-kind = "{ $value }" is not a kind of company; use "app", "partner" or "broker"
problem-friendship-two = a friendship is between exactly two people, not { $count }
problem-friends-with-self = `{ $id }` cannot be friends with themselves
problem-grant-no-scope = a grant needs at least one scope, such as "likes" or "friends.likes"
problem-transfer-same = a transfer goes from one company to another, but both are `{ $id }`
problem-transfer-no-category = a transfer needs at least one category
problem-no-such-id = no person or company has the id `{ $id }`
problem-what-if-choice = "{ $value }" is not a choice here; use "as_scenario", "never" or "always"
problem-step-no-text = a step needs some text
# $most characters at most; this text has $count.
problem-step-too-long = a step's text is at most { $most } characters long; this one has { $count }
problem-step-control = a step's text holds a control character or a noncharacter (only line breaks and tabs may stand in it)
problem-step-mode = "{ $value }" is not a view; use "access" (what companies can see on the date) or "collected" (what they could have collected up to it)
problem-id-empty = an id cannot be empty
# $most bytes at most; this id has $count.
problem-id-too-long = an id is at most { $most } bytes long; this one has { $count }
problem-id-control = the id "{ $id }" starts or ends with a space, or holds a control character or a noncharacter
# A name or a title.
problem-name-empty = this cannot be empty
problem-name-too-long = this is longer than { $most } characters
problem-name-control = this holds a control character or a noncharacter
# An element that ends ($until) on the day it starts ($from) or before: $when is same or before.
problem-never-active = this ends ({ $until }) { $when ->
    [same] on the day
   *[before] before
} it starts ({ $from }), so it is never active; `until` is the first day it no longer holds
# $end is "from" or "until", the file's words.
problem-illustrative-and-unknown = "{ $end }" is listed as illustrative and as unknown; an unknown date is a stand-in, so list it once, under `unknown`
problem-not-an-end = "{ $value }" is not a date of this element; the list can hold "from" and "until"
problem-end-twice = "{ $end }" is listed twice
# $list is illustrative or unknown, the file's words.
problem-end-missing = this marks "{ $end }" as { $list }, but the element has no `{ $end }` date
# $all are the categories, as the file writes them.
problem-unknown-category = "{ $value }" is not a category; the categories are { $all }
# $category is problem-unknown-category, said first.
problem-unknown-scope = { $category }; a friend's data is asked for as "friends." and a category, such as "friends.likes"
problem-friends-messages = "friends.messages" does not exist: messages reach a company through the mailbox rule, so grant "messages" instead
problem-needs-person = `{ $id }` is a company, and this needs a person
problem-no-such-person = no person has the id `{ $id }`
problem-needs-company = `{ $id }` is a person, and this needs a company
problem-no-such-company = no company has the id `{ $id }`
problem-no-such-source = no entry of `sources` has the id `{ $id }`

# A date in a file (or on the command line) that is not year-month-day, or not a real day.
problem-date-shape = "{ $text }" is not a date of the form YYYY-MM-DD
problem-date-calendar = "{ $text }" is not a day of the calendar
