# Words shared by every part of Spillover: what it is, and the names of the core's values.
#
# Grammar lives here: plurals by CLDR category ([one], *[other]), and a selector where a
# sentence changes with what a value is. Arguments are named with a dollar sign; numbers in
# them are written the language's way by Spillover (4,039 in English).

## What Spillover is

tagline = How your data reached companies you never dealt with
honesty = Spillover simplifies: the people in every scenario are invented, and each rule is a model of how the platform worked, not its code. Claims about real companies and events come from the sources listed with each scenario; what is uncertain says so.

## The kinds of data a company can hold (short, lower case, for running text and tables)

category-user-id = user ID
category-name = name
category-contact = contact details
category-friends = friend list
category-birthday = birthday
category-location = location
category-likes = likes
category-photos = photos
category-posts = posts
category-messages = messages

## How data reached a company (short, lower case)

reason-consent = they said yes
reason-friend = through a friend's app
reason-mailbox = through a friend's mailbox
reason-deal = through a deal with the platform
reason-transfer = handed on by another company
