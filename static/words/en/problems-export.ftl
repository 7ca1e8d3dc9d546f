# Why a reader's own Facebook export, or one of its files, was not read ("Your data"). Each is
# said of one file, after its path. Field names in `backticks` are the export's own, as Facebook
# writes them; $path and $why are the export's or another reader's words.

## A file of the export

# $megabytes to one decimal; $most is the limit in whole megabytes.
export-too-big = it is { NUMBER($megabytes, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB; Spillover reads files of an export up to { $most } MB, so it was not read
export-elsewhere = it is named as a file Spillover reads, but lies in a folder where Facebook's exports do not put it (is it another platform's export?)
# $why is what the file's reader said.
export-not-understood = it could not be understood: { $why }
# $count rows of a list with no name.
export-unnamed = { $count } { $count ->
    [one] row
   *[other] rows
} without a name left out
export-no-activity-lists = it holds neither `off_facebook_activity` nor `off_facebook_activity_v2`, the lists of an off-Facebook activity file
export-advertisers-list = it holds a list, where an advertisers file holds an object
export-no-uploaded-lists = it holds neither `custom_audiences` nor `custom_audiences_v2` nor `label_values`, the lists of this file
export-no-using-lists = it holds neither `custom_audiences_all_types_v2` nor `label_values`, the lists of this file
export-apps-list = it holds a list, where an apps file holds an object with `installed_apps_v2`
export-no-apps-lists = it holds neither `installed_apps` nor `installed_apps_v2`, the lists of an apps file
export-friends-list = it holds a list, where a friends file holds an object with `friends_v2`
export-no-friends-lists = it holds neither `friends` nor `friends_v2`, the lists of a friends file

## Its JSON

# A $problem at the JSON $path of a value.
export-json-at = at { $path }: { $problem }
# $at is where, as problem-at-position says it; $detail is the JSON reader's own words (English).
export-json-deep = it is nested more than 128 levels deep ({ $at }); no export is, so it was not read
export-json-eof = it ends too early ({ $at }); is it cut short?
export-json-syntax = it is not valid JSON: { $detail } ({ $at })
export-json-data = { $detail } ({ $at })

## The export as a whole

export-none-understood = none of the export's files that Spillover reads could be understood; each is listed with the reason
export-nothing-opened = nothing given could be opened; each part is listed with the reason
# $files files were given, none of them part of a Facebook export.
export-not-found = no part of a Facebook export was found among { $files } { $files ->
    [one] file
   *[other] files
}: Spillover reads the friends list, connected apps, off-Facebook activity and advertisers of the JSON export (such as connections/friends/your_friends.json)
export-html = this is an HTML export: Facebook wrote it to be read in a browser, and Spillover reads the JSON export. Ask Facebook for your information again with the format set to JSON (Settings, "Download your information", Format: JSON, Date range: All time)
# A part given that is not a ZIP; $why is the ZIP reader's words.
export-not-a-zip = it could not be opened as a ZIP: { $why }
export-lost = it was lost

## The copy kept on this device

# $error is the JSON reader's own words.
export-kept-damaged = the copy kept on this device is damaged ({ $error })
export-kept-version = the copy kept on this device is of another version ({ $format } { $version }) than this page reads
export-kept-list = the copy kept on this device names a list this page does not know
export-kept-both = the copy kept on this device is damaged (a file both read and not)
export-kept-section = the copy kept on this device names a section this page does not know
# A part of the export, a ZIP, that was no longer there when it was read.
export-zip-lost = its ZIP was lost
