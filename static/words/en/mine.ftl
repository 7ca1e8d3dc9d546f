# "Your data": what a reader's own Facebook export shows. The export shows what was connected,
# sent and listed, never what anyone did with it: apps and companies "could", and no message
# says they did. $cutoff is the day apps could no longer ask for friends' data (2015-04-30);
# names of apps, companies and files are the export's own and stay as they are.

## What to ask Facebook for, and what happens to the export

mine-step-ask = On Facebook, open Settings, then "Download your information" (in the Accounts Centre), and ask for a copy of your information.
mine-step-format = Choose the format JSON, not HTML, and the date range "All time". You may leave out photos and videos: Spillover does not read them.
mine-step-give = When Facebook says it is ready, download it and give it to this page: the ZIP (or all its parts), the unzipped folder, or single JSON files from it.
mine-privacy = Your export is read in this page and sent nowhere: nothing leaves your device, and nothing is kept unless you choose "Keep on this device". Your friends' names are other people's data: links, embeds and exports of this view carry counts only.

## What a line is built on, shown beside it

mine-basis-export = From your export
mine-basis-arithmetic = Arithmetic, not from your export

## The lines

# A section of the export is missing, empty, or could not be read. $section is friends, apps,
# off_meta or advertisers.
mine-absent-missing = Your export has no { $section ->
    [friends] friends list
    [apps] list of connected apps
    [off_meta] off-Facebook activity
   *[advertisers] list of advertisers
}: it may not have been chosen when you asked for your information.
mine-absent-empty = Facebook put no { $section ->
    [friends] friends list
    [apps] list of connected apps
    [off_meta] off-Facebook activity
   *[advertisers] list of advertisers
} in your export: its folder says there is no data.
mine-absent-not-understood = Your export's { $section ->
    [friends] friends list
    [apps] list of connected apps
    [off_meta] off-Facebook activity
   *[advertisers] list of advertisers
} could not be read; the list of files says why.
mine-absent-why = Ask Facebook for your information again, in JSON, with every kind of information chosen; only photos and videos may be left out.
# $friends friends in all, $before of whom were friends before the cut-off.
mine-line-friends = You have { $friends } { $friends ->
    [one] friend
   *[other] friends
} in your export; { $before } of them { $before ->
    [one] was your friend
   *[other] were your friends
} before { $cutoff }.
# $count friends whose date the export does not give.
mine-line-friends-unknown = For { $count } the date is unknown.
mine-line-friends-why = Until { $cutoff }, an app that any one of these friends used could ask Facebook for your data through them (such as your likes, birthday and city), unless you had turned that off under "Apps others use". Your export shows the friendships and their dates, not whether any app did ask.
mine-line-apps = You connected { $apps } { $apps ->
    [one] app or site
   *[other] apps and sites
} with Facebook login: { $before } before { $cutoff }, { $after } on or after it, and { $unknown } whose date is unknown.
mine-line-apps-why = An app you connected before { $cutoff } could ask Facebook for your friends' data through you, as well as for yours: that is how one quiz's 270,000 users may have given it the data of up to 87 million people. From that day apps could ask only for your own. Your export shows that you connected each one and when, not what it asked for. A date of 0, or none, is shown as "date unknown".
# $count apps dated October or November 2013.
mine-line-cluster = { $count } of your apps { $count ->
    [one] is
   *[other] are
} dated October or November 2013.
mine-line-cluster-why = Many exports date a cluster of older apps to those two months. Such a date may be when Facebook recorded the connection, not when you made it: you may have connected these apps earlier. Either way, it is before the cut-off.
mine-line-companies = { $companies } { $companies ->
    [one] company sent Facebook your activity on its own apps and sites
   *[other] companies sent Facebook your activity on their own apps and sites
}: { $events } { $events ->
    [one] event
   *[other] events
} in all.
mine-line-companies-why = Each event is something you did elsewhere (opened an app, visited a page, bought something) that the company reported to Facebook with its tools, and that Facebook could link to you, for instance to choose the ads you see. Your export shows what was reported, not what was done with it.
mine-line-advertisers = Your export names { $advertisers } { $advertisers ->
    [one] advertiser
   *[other] advertisers
} using your activity or information; { $with_a_list } of them uploaded or used a list with your information (such as your e-mail address or phone number).
mine-line-advertisers-why = An advertiser with such a list could ask Facebook to show its ads to you, or to people like you. Your export names the advertisers; it does not say where their lists came from.
# The arithmetic: if 1 in $one_in of $friends friends used such an app, about $expected would
# have (a number with decimals), and the chance that at least one did is $chance (a percentage).
mine-if-friends-used = If 1 in { $one_in } of your { $friends } { $friends ->
    [one] friend
   *[other] friends
} used an app that asked for friends' data, about { $expected } of them would have, and the chance that at least one did is { $chance }.
mine-if-friends-used-why = This is arithmetic, not your export: each friend is taken to use such an app with a chance of 1 in { $one_in }, each on their own. Any one of them would have been enough for the app to ask for your data, before { $cutoff }. It counts all { $friends } friends in your export, of whom { $before } were your friends then. "At scale" does the same arithmetic over a whole network.
# A date the export does not give.
mine-date-unknown = date unknown

## The page around the lines

# The view's heading.
mine-title = Your data: where your Facebook data could reach

# The heading of what to download.
mine-steps-title = What to ask Facebook for

# The heading of the place to give the export.
mine-give-title = Give this page your export

# The file picker's label: the ZIP (or its parts), or JSON files.
mine-pick-files = Your export's ZIP (or all its parts), or JSON files from it

# The folder picker's label.
mine-pick-folder = Or its unzipped folder

# Under the pickers.
mine-drop-hint = You can also drop the ZIP, its parts, the folder or JSON files anywhere on this view. Spillover opens only the few files it needs, a slice at a time: exports of several gigabytes open in seconds.

# The drop zone's name for screen readers.
mine-drop-zone = Your export: choose or drop it here

# While a reading has not yet told its first step.
mine-starting = Reading the export…

# The heading over the lines.
mine-lines-title = What your export shows

# The pickers, folded, once an export is read.
mine-another = Open another export

# The plot's axes.
mine-plot-x = share of people who install (log scale)

# The plot's upright axis.
mine-plot-y = chance you are reached

# What the lists' lines are, as "25 of 80 entries shown" says.
mine-noun-entries = entries

# What the names are.
mine-noun-friends = friends

# What the files are.
mine-noun-files = files

# A line's disclosure.
mine-why = Why?

# The picture's heading.
mine-picture-title = Who could hold your data

# The heading of the plot.
mine-plot-title = Your point on the "At scale" plot

# The install rate's label.
mine-rate-label = If this share of your friends used such an app

# The heading of the lists.
mine-lists-title = The lists behind the figures

# The heading of the files.
mine-files-title = The files opened

# The heading of keeping and forgetting.
mine-keep-title = Keep or forget

# The checkbox that keeps the export.
mine-keep = Keep on this device

# What keeping means.
mine-keep-hint = Stores what was found (your friends' names too) in this browser's storage on this device, and nowhere else, until you press "Forget this export". Without it, the export is gone when you close this page.

# Why it cannot be kept: the browser keeps nothing for the page.
mine-no-storage = This browser stores nothing for this page (a private window, or storage turned off), so the export cannot be kept; it stays in this page until you close it.

# Why it cannot be kept: storage is full.
mine-storage-full = Your browser's storage for this site is full, so the export is not stored; it stays in this page until you close it.

# The button that forgets it.
mine-forget = Forget this export

# What forgetting means.
mine-forget-hint = Clears it from this page, and from this device if you chose to keep it.

# Said once the export is forgotten.
mine-forgotten = The export is forgotten: nothing of it is left in this page or on this device.

# Above an export read from this device's storage.
mine-restored = This is the export you chose to keep on this device. Press "Forget this export" to delete it.

# The button that dismisses a problem.
mine-dismiss = Dismiss

# The heading of saving and sharing.
mine-save-title = Save or share

# The button that shows the names.
mine-show-names = Show your friends' names

# The button that hides them.
mine-hide-names = Hide your friends' names

# Why names are hidden until asked for.
mine-names-hint = Your friends' names are other people's data: they are shown only when you ask, stay in this page, and are never in a link, an embed or a saved picture; a CSV lists them only if you tick the box.

# What a shared summary holds.
mine-share-hint = A summary of your counts, with a link to this view for others to see their own: no names, and nothing a link could carry back to you.

# The button that copies it.
mine-copy-summary = Copy a summary (counts only)

# Said when it was copied.
mine-copied = Copied.

# Said when it could not be.
mine-not-copied = Your browser did not let the page copy: select the summary and copy it yourself.

# The file picker of saving: which file.
mine-save-what = What to save

# The choice of the picture as SVG.
mine-save-svg = The picture (SVG)

# The choice of the picture as PNG.
mine-save-png = The picture (PNG)

# The choice of the CSV.
mine-save-csv = The lists (CSV)

# The checkbox that puts friends' names in the CSV.
mine-save-names = Include your friends' names

# The button that saves, once the reader has seen what the file holds.
mine-save = Save

# What the picture holds.
mine-save-picture-holds = The picture shows your counts only: no names of anyone.

# The heading of the files read.
mine-read-title = Files opened

# Why a copy kept on this device is not shown; $why is the reason.
mine-kept-unreadable = The export stored on this device could not be shown: { $why }. Press "Forget this export" to delete it.
# What the CSV holds, with friends' names and without.
mine-save-csv-holds-names = The CSV will list the names of your apps, companies and advertisers with their dates and counts, and your friends' names and dates: other people's data. Keep it to yourself.
mine-save-csv-holds = The CSV will list the names of your apps, companies and advertisers with their dates and counts. Your friends are counted, not named.
# The button that opens "At scale" with $friends friends each, the reader's own count.
mine-see-at-scale = See "At scale" with { $friends } { $friends ->
    [one] friend
   *[other] friends
} each

## The figures' table

mine-figures-title = Your export in figures
mine-figure-friends = Friends
mine-figure-friends-before = Friends since before { $cutoff }
mine-figure-apps = Apps and sites connected
mine-figure-apps-before = Connected before { $cutoff }
mine-figure-apps-unknown = Connected, date unknown
mine-figure-companies = Companies that sent your activity
mine-figure-events = Events they sent
mine-figure-advertisers = Advertisers using your activity or information
mine-figure-advertisers-list = Advertisers with a list

## Reading the export

# Opening a ZIP in parts: part $part of $of.
mine-progress-part = Opening the export: part { $part } of { $of }
mine-progress-listing = Opening the export: reading its list of files
# Reading file $file of $of.
mine-progress-file = Reading the export: { $file } of { $of } { $of ->
    [one] file
   *[other] files
}
# Why nothing of an export can be shown; $why is the reason.
mine-refused = Spillover could not show this export: { $why }.
# What a screen reader hears once an export is read.
mine-spoken = Your export shows { $friends } { $friends ->
    [one] friend
   *[other] friends
}, { $apps } { $apps ->
    [one] app or site
   *[other] apps and sites
}, { $companies } { $companies ->
    [one] company
   *[other] companies
} that sent your activity, { $advertisers } { $advertisers ->
    [one] advertiser
   *[other] advertisers
}.

## The files opened

# $opened files opened, $not that could not be, $others listed and never opened.
mine-files-summary = { $opened } { $opened ->
    [one] file was
   *[other] files were
} opened{ $not ->
    [0] {""}
   *[other] ; { $not } could not be, each listed below with the reason
}. { $others } other { $others ->
    [one] file (photos, messages, the rest of the export) was
   *[other] files (photos, messages, the rest of the export) were
} listed and never opened.
# A file read: its $path, and the $rows of the $list it held (friends, apps, off_meta,
# advertisers_uploaded, advertisers_using, or other); with a $note on what was left out.
mine-file-opened = { $path }: { $rows } { $list ->
    [friends] { $rows ->
        [one] friend
       *[other] friends
    }
    [apps] { $rows ->
        [one] app or site
       *[other] apps and sites
    }
    [off_meta] { $rows ->
        [one] company
       *[other] companies
    }
    [advertisers_uploaded] { $rows ->
        [one] advertiser
       *[other] advertisers
    }
    [advertisers_using] { $rows ->
        [one] advertiser
       *[other] advertisers
    }
   *[other] { $rows ->
        [one] row
       *[other] rows
    }
}
mine-file-opened-note = { mine-file-opened } ({ $note })
# A file not read: its $path, and $why.
mine-file-left-out = { $path }: { $why }.
# The heading of the $count files left out.
mine-not-read-title = { $count } { $count ->
    [one] file
   *[other] files
} left out

## The lists behind the figures ($name is the export's, as it wrote it)

mine-friend-since = { $name }, friends since { $since }
mine-friend-unknown = { $name }, date unknown
mine-app = { $name }: connected { $added }
mine-app-removed = { $name }: connected { $added }, removed { $removed }
mine-company = { $name }: { $events } { $events ->
    [one] event
   *[other] events
}
mine-advertiser-list = { $name }: uploaded or used a list with your information
mine-advertiser = { $name }: your activity or information, no list
# A name the export left empty.
mine-no-name = (no name)
# A list's heading with its $count of lines; $list is which.
mine-listing-title = { $list ->
    [apps-before] Apps and sites connected before { $cutoff }
    [apps-after] Apps and sites connected on or after { $cutoff }
    [apps-unknown] Apps and sites whose date is unknown
    [companies] Companies that sent your activity, most events first
   *[advertisers] Advertisers, those with a list first
} ({ $count })
# The heading of the $count friends' names.
mine-friends-title = Your friends ({ $count })
# An install rate to choose: 1 in $one_in, and the same as a $percent.
mine-one-in = 1 in { $one_in } ({ $percent })
# The summary of counts a reader may copy and share, ending with the $address of this view.
mine-summary = My Facebook export: { $friends } { $friends ->
    [one] friend
   *[other] friends
} ({ $friends_before } before { $cutoff }); { $apps } { $apps ->
    [one] app or site
   *[other] apps and sites
} connected with Facebook login ({ $apps_before } before { $cutoff }, when they could ask for friends' data too); { $companies } { $companies ->
    [one] company
   *[other] companies
} sent Facebook my activity elsewhere ({ $events } { $events ->
    [one] event
   *[other] events
}); it names { $advertisers } { $advertisers ->
    [one] advertiser
   *[other] advertisers
} using my activity or information ({ $with_a_list } with a list). See yours, in your own browser, with nothing sent anywhere: { $address }

## The address of "Your data" ($value as the link wrote it)

mine-address-one-in = "{ $value }" is not an install rate "Your data" offers (one in 10, 100, 1000 or 10000); it was ignored.
mine-address-theme = "{ $value }" is not a theme (light, dark or auto); it was ignored.
mine-address-unknown = The link holds "{ $value }", which the "Your data" view does not know; it was ignored. A link to this view never holds anything of an export: each reader gives their own.

## The pictures

# The key under the picture: what each kind of line means.
mine-key-connected = you connected it with Facebook login
mine-key-through-friends = through friends, before { $cutoff }: an app could ask for a friend's data through the one who used it
mine-key-sent = sent Facebook your activity on its own apps and sites
mine-key-listed = uploaded or used a list with your information
mine-key-plain = friends; advertisers without a list
# A group of the picture, in three short lines: its count, what it is ($kind: friends, apps,
# companies or advertisers; $count of them) and which of them.
mine-group-what = { $kind ->
    [friends] { $count ->
        [one] friend
       *[other] friends
    }
    [apps] { $count ->
        [one] app or site
       *[other] apps and sites
    }
    [companies] { $count ->
        [one] company
       *[other] companies
    }
   *[advertisers] { $count ->
        [one] advertiser
       *[other] advertisers
    }
}
mine-group-before = before { $cutoff }
mine-group-since = since { $cutoff }
mine-group-sent = sent your activity
mine-group-with-list = with a list
mine-group-without-list = without a list
# A group in running text: $count, $what (mine-group-what) and $which.
mine-group = { $count } { $what } { $which }
# What each line of the picture means.
mine-flow-friends-before = until { $cutoff }, an app any of these friends used could ask for your data through them
mine-flow-friends-since = friends since apps could no longer ask for friends' data
mine-flow-friends-unknown = friends whose date the export does not give
# The $count apps of a group, connected by the reader.
mine-flow-connected = you connected { $count ->
    [one] it
   *[other] them
} with Facebook login
mine-flow-apps-before = these could ask for your friends' data through you, as well as yours
mine-flow-sent = { $events } { $events ->
    [one] event
   *[other] events
} of your activity elsewhere, sent to Facebook
mine-flow-unlisted = used your activity or information, with no list
# The reader, in the middle of the picture.
mine-you = You
# The picture in words, for screen readers: first the reader, then each $group with its
# $flows (joined by mine-picture-flows-joined).
mine-picture-you = You, in the middle.
mine-picture-group = { $group }: { $flows }.
mine-picture-flows-joined = {"; "}
mine-picture-svg-title = Who could hold your data, by your export
# Under the saved picture: what it rests on.
mine-footnote = Counts from the reader's own Facebook export, as Spillover counts them: what was connected, sent and listed, not what anyone did with it.
# The reader's point on "At scale"'s plot, for $friends friends.
mine-plot-svg-title = The chance that you or one of your { $friends } { $friends ->
    [one] friend
   *[other] friends
} installed such an app, against the share who install
mine-plot-curve = you, with { $friends } { $friends ->
    [one] friend
   *[other] friends
}: the chance at each install rate (arithmetic, each person installing on their own)
# The plot in words: the reader's point ($you), and the 2018 point ($real).
mine-plot-description = { $you }. { $real }.
