# Sharing a view: its link, and the code that embeds it in another page.

share-copy-link = Copy link
share-link-copied = Link copied: it opens this exact view.
share-copy-not-allowed = Copying is not allowed here; copy the link below.
share-link = Link to this view
embed = Embed
embed-title = Embed this view in a page
embed-hint = Paste this into your article's HTML. The script sizes the frame to fit; without it the frame keeps the height below. Nothing is loaded from anyone but this site.
embed-code = Code
embed-copy = Copy code
embed-copied = Copied.
embed-copy-failed = Select the code and copy it.
embed-close = Close
embed-height = Height
embed-theme = Theme
embed-theme-auto = as the reader's system
embed-theme-light = light
embed-theme-dark = dark
# Where an embedded story starts: the view shown, or one of its steps.
embed-start = Start at
embed-start-view = the view shown
embed-start-step = step { $step }
embed-controls = Controls
embed-controls-story = the story
embed-controls-timeline = the time line
embed-controls-both = both
embed-controls-none = none: the graph alone
embed-preview = Preview
embed-preview-width = Preview at the width of
embed-preview-article = an article's column (680 px)
embed-preview-phone = a phone (360 px)
# The preview fitted to $fitted px with the script; $height px without it.
embed-preview-fitted = As readers will see it: { $fitted } px high with the script, the frame fitted to its content (without the script, { $height } px).
embed-preview-loading = { $height } px high until the preview has loaded.
embed-preview-frame = Preview of the embedded view

## Saving a sandbox's network

save-gexf = Save as GEXF
save-graphml = Save as GraphML

## Finding someone on the graph

search = Find a person or company
