# A story told over a network: "Your story" in the sandbox (writing and ordering its steps, its
# sources), reading it as a reader, presenting it to a room, and its printed handout, a page per
# step. $step is a step's place, counting from 1; $title a step's title, as its author wrote it.

# What adding a step did.
storyteller-added = Added step { $step }, "{ $title }"

# What changing a step did.
storyteller-changed = Changed step { $step }, "{ $title }"

# What moving a step did: $way is "up" or "down"; $step the place it moved to.
storyteller-moved = Moved "{ $title }" { $way ->
    [up] up
   *[down] down
} to step { $step }

# What adding a source did: $title is the source's title.
storyteller-added-source = Added the source "{ $title }"

# What removing a step did.
storyteller-removed = Removed step { $step }, "{ $title }"

# Where a step is in its story: $steps is how many it has.
storyteller-position = Step { $step } of { $steps }

# How a step shows its figures: what companies can see on its date.
storyteller-view-access = What companies can see on this date

# How a step shows its figures: what companies could have collected up to its date.
storyteller-view-collected = What companies could have collected up to this date

# A step's date ($date, year-month-day) and how it shows its figures ($view, one of the two above).
storyteller-when = { $date }: { $view }

# A step as its buttons name it, for screen readers: "Edit step 2, Ben takes a quiz".
storyteller-step-name = step { $step }, { $title }

# A step in the story's list.
storyteller-step-line = { $step }. { $title }

# A step's form, named by the step it writes.
storyteller-form-label = Step { $step }

# A button that acts on a step ($action: Edit, Move up, Move down, Delete; $step: a step as
# storyteller-step-name names it).
storyteller-acts-on = { $action } { $step }

# The region a story is presented in, with the story's title.
storyteller-presenting = Present { $title }

# The handout's name, for screen readers.
storyteller-handout = Handout

# A step's source on the handout: its title as published, then its publisher and its address
# when it has them ($has_publisher, $has_url: "yes" or "no").
storyteller-cited = Source: { $title }{ $has_publisher ->
    [yes] {" "}({ $publisher })
   *[no] {""}
}{ $has_url ->
    [yes] , { $url }
   *[no] {""}
}

# A step's what-if switches, in a question: $switches is a list of the ones on (below).
storyteller-what-if = What if { $switches }?

# Joins one more switch ($part) to the list so far ($list).
storyteller-if-and = { $list }, and { $part }

# A switch on, in the question: friend permissions never opened.
storyteller-if-never-open = friend permissions were never open to apps

# A switch on, in the question: friend permissions never closed.
storyteller-if-never-closed = friend permissions never closed

# A switch on, in the question: no deals.
storyteller-if-no-deals = there were no partner deals or connections nobody was asked about

# A switch on, in the question: everyone opted out.
storyteller-if-opted-out = everyone had turned "Apps others use" off

# A switch on, in the question: some people's settings changed.
storyteller-if-people = some people's settings were changed

# The handout's line for a network too big to draw on paper for every step.
storyteller-too-big-to-print = This network has { $people } people, too many to draw on paper for every step; the figures below say what the picture shows.

# A field of the step form over a network too big to list: $field its label, $now what it
# holds (or storyteller-nobody), $add_view the button's words.
storyteller-choose-on-graph = { $field }: { $now } (select someone on the graph, then "{ $add_view }")

# The handout's table's heads: the company.
storyteller-head-company = Company

# The handout's table's heads: people reached.
storyteller-head-reached = Reached

# The handout's table's heads: people who said yes.
storyteller-head-said-yes = Said yes

# The handout's table's heads: people reached without a yes.
storyteller-head-without-yes = Reached without a yes

# After a story edit: what it did ($done, one of the messages above) and that it changed no figure.
storyteller-changes-no-figure = { $done }. A story changes no figure.

# The story part's heading.
storyteller-heading = Your story

# What the story part is for.
storyteller-intro = Tell a story over this network, one step at a time: each step shows a date, who or what it points at, a view and any what-if switches, with your words beside the picture. The story travels with the sandbox: in its link, its embed snippet and its file.

# The story part when it has no step yet.
storyteller-empty = No steps yet.

# Adds a step from the form.
storyteller-add = Add a step

# Adds a step showing what the page shows now.
storyteller-add-view = Add this view as a step

# Opens the story as a reader sees it.
storyteller-preview = Read it as a reader

# Presents the story full screen.
storyteller-present = Present

# Prints the story as a handout.
storyteller-print = Print this story

# Leaves presenting.
storyteller-leave-present = Leave (Esc)

# How to move while presenting.
storyteller-present-keys = →, Space or Page Down: next · ←, Page Up: back · Esc: leave

# Above the sandbox's story read as a reader.
storyteller-previewing = You are reading your story as a reader will: this is what your link, your embed and your file open on.

# Back from the preview.
storyteller-back-to-editing = Back to editing

# Adds a source steps can cite.
storyteller-add-source = Add a source

# A source's title field.
storyteller-source-title = Title of the source{" "}

# A source's publisher field.
storyteller-source-publisher = Published by (optional){" "}

# A source's address field.
storyteller-source-url = Web address, https://… (optional){" "}

# The form's fields.
storyteller-title = Title

# The text field's label.
storyteller-text = Text

# Under the text field.
storyteller-text-hint = Plain words; a blank line starts a new paragraph. Link a source by choosing it below.

# The date field's label.
storyteller-date = Date shown (year-month-day; empty: the sandbox's date)

# The pointed-at field's label.
storyteller-point-at = Points at

# No one pointed at.
storyteller-nobody = Nobody

# The view field's legend.
storyteller-view = Shows what companies

# The access view, as a choice.
storyteller-can-see = can see on the date

# The collected view, as a choice.
storyteller-collected = could have collected up to the date

# The source field's label.
storyteller-source = Source

# No source.
storyteller-no-source = None

# The switches' legend.
storyteller-switches = What-if switches

# The guess field's label.
storyteller-guess = Ask the reader to guess how many people this company reached

# No guess.
storyteller-no-guess = No question

# The guess date's label.
storyteller-guess-by = by (year-month-day)

# Saves an edited step.
storyteller-save = Save step

# Leaves a step's form without saving.
storyteller-cancel = Cancel

# Edits a step.
storyteller-edit = Edit

# Moves a step up.
storyteller-up = Move up

# Moves a step down.
storyteller-down = Move down

# Removes a step.
storyteller-delete = Delete

# How to move a step by keyboard.
storyteller-keys-hint = With a step's Edit button focused, Alt+↑ and Alt+↓ move it.

# What the handout says about its address.
storyteller-live = Open it live:

# The handout's sources heading.
storyteller-sources = Sources

# The switch "friend permissions" in the step form.
storyteller-friend-permissions = Friend permissions{" "}

# Friend permissions as the scenario has them.
storyteller-as-they-were = as they were

# Friend permissions never open.
storyteller-never-open = never open to apps

# Friend permissions never closed.
storyteller-never-closed = never closed

# The switch that takes the deals away.
storyteller-no-deals = No partner deals or connections nobody was asked about

# The switch that opts everyone out.
storyteller-opted-out = Everyone turned "Apps others use" off

# The handout's figures' caption.
storyteller-figures = Figures
