# Why a ZIP file of an export, or one of its entries, was not read. $name is an entry's name in
# the ZIP, as it was written, never translated; byte positions and sizes are written as figures
# without grouping, as tools that inspect ZIP files show them.

## An entry refused

# $name, and $why it was refused (one of the three messages after it).
zip-entry-refused = "{ $name }": { $why }
zip-path-outside = its path leads outside the export (an absolute path, or `..`), so it was never used
zip-encrypted = it is encrypted, so it could not be read
# $method is the ZIP's number for how an entry is compressed; $known names the method when it is a known one.
zip-method = it is compressed with method { $method }{ $known ->
    [deflate64] {" "}(deflate64)
    [bzip2] {" "}(bzip2)
    [lzma] {" "}(LZMA)
    [zstandard] {" "}(Zstandard)
    [xz] {" "}(XZ)
    [aes] {" "}(AES encryption)
   *[none] {""}
}, which Spillover does not read (only stored and deflate)
zip-no-entry = there is no entry { $index } in this ZIP
zip-folder = "{ $name }" is a folder, not a file
# $size unpacked, over the $most Spillover reads (each zip-megabytes).
zip-too-big = "{ $name }" is { $size } unpacked; Spillover reads files of an export up to { $most }, so it was not read
zip-stored-size = "{ $name }" is stored in { $compressed } bytes for { $size } unpacked, which no ZIP writer does; the file is damaged
zip-runs-into-next = the data of "{ $name }" runs into the next entry (to byte { $end }, past byte { $limit }): the trick of a ZIP bomb, or a damaged file; it was not read
zip-no-local-header = there is no header for "{ $name }" at byte { $byte }, where the directory puts it; the file is damaged
zip-headers-disagree = the two headers of "{ $name }" disagree on how it is compressed; the file is damaged
zip-does-not-unpack = "{ $name }" does not unpack: its compressed data is damaged
zip-unpacks-short = "{ $name }" unpacks to { $bytes } bytes, not the { $size } its directory gives; the file is damaged
zip-checksum = "{ $name }" is damaged: its checksum does not match its data
zip-bomb = "{ $name }" unpacks to more than the { $size } bytes its directory gives: a ZIP bomb, or a damaged file; it was not read

## The ZIP as a whole

zip-not-a-zip = no ZIP directory at the end of its { $bytes } bytes: this is not a ZIP file, or it is cut short (a download that did not finish)
zip-too-short = it is { $bytes } bytes long, too short to be a ZIP file
zip-split = this ZIP is split over several disks or files (.z01, .z02, …), which Spillover does not read; Facebook's parts are whole ZIPs, each read on its own
zip-no-record64 = the ZIP says its directory is in a ZIP64 record, but it has none; the file is damaged
zip-locator-past = the ZIP64 locator (at byte { $locator }) points to byte { $record }, past itself; the file is damaged
zip-no-end64 = there is no ZIP64 end record at byte { $record }, where its locator points; the file is damaged
zip-too-many = the ZIP lists { $entries } entries; Spillover reads ZIPs of up to { $most }
zip-directory-too-many = the ZIP's directory lists more than { $most } entries; Spillover reads ZIPs of up to that many
zip-directory-too-big = the ZIP's directory is { $size }; Spillover reads directories up to { $most }
zip-directory-past-end = the ZIP's directory (bytes { $start } to { $end }) runs past its end record (at byte { $record }); the file is damaged or cut short
# The directory's entry number $entry, at $byte, is damaged: $why (one of the two after it,
# or zip-field-missing).
zip-directory-damaged = the ZIP's directory is damaged at its entry { $entry } (byte { $byte }): { $why }
zip-no-file-header = no file header there
zip-name-past-end = its name and fields run past the directory's end
# $what is size, compressed or position.
zip-field-missing = its { $what ->
    [size] size
    [compressed] compressed size
   *[position] position
} is in a ZIP64 field, which is missing or too short
zip-count-disagrees = the ZIP's directory holds { $counted } entries, but its end record says { $said }; the file is damaged
zip-overlap = the entries "{ $name }" and "{ $other }" overlap: the trick of a ZIP bomb, or a damaged file; nothing in this ZIP was used
zip-past-directory = the entry "{ $name }" runs past the start of the directory (byte { $byte }); the file is damaged, and nothing in it was used
zip-out-of-order = the ZIP was read out of order
zip-open-already = the ZIP is open already

## Reading its bytes

# $what needed bytes $start to $end, and only $there were there: $what is zip-its-end or an
# entry's name.
zip-ended-early = the file ended early: { $what } needed bytes { $start } to { $end }, and { $there } were there; is the download cut short?
zip-its-end = the ZIP's end
# The system's own words on what went wrong are $error.
zip-no-length = cannot find the file's length: { $error }
zip-cannot-read = cannot read bytes { $start } to { $end }: { $error }
# A size in megabytes, to one decimal.
zip-megabytes = { NUMBER($megabytes, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
