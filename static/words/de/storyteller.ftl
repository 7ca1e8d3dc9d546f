# A story told over a network: "Your story" in the sandbox (writing and ordering its steps, its
# sources), reading it as a reader, presenting it to a room, and its printed handout, a page per
# step. $step is a step's place, counting from 1; $title a step's title, as its author wrote it.

# What adding a step did.
storyteller-added = Schritt { $step } hinzugefügt: „{ $title }“

# What changing a step did.
storyteller-changed = Schritt { $step } geändert: „{ $title }“

# What moving a step did: $way is "up" or "down"; $step the place it moved to.
storyteller-moved = „{ $title }“ { $way ->
    [up] nach oben
   *[down] nach unten
} verschoben, jetzt Schritt { $step }

# What adding a source did: $title is the source's title.
storyteller-added-source = Quelle „{ $title }“ hinzugefügt

# What removing a step did.
storyteller-removed = Schritt { $step } gelöscht: „{ $title }“

# Where a step is in its story: $steps is how many it has.
storyteller-position = Schritt { $step } von { $steps }

# How a step shows its figures: what companies can see on its date.
storyteller-view-access = Was Firmen an diesem Tag sehen können

# How a step shows its figures: what companies could have collected up to its date.
storyteller-view-collected = Was Firmen bis zu diesem Tag gesammelt haben könnten

# A step's date ($date, year-month-day) and how it shows its figures ($view, one of the two above).
storyteller-when = { $date }: { $view }

# A step as its buttons name it, for screen readers: "Edit step 2, Ben takes a quiz".
storyteller-step-name = Schritt { $step }, { $title }

# A step in the story's list.
storyteller-step-line = { $step }. { $title }

# A step's form, named by the step it writes.
storyteller-form-label = Schritt { $step }

# A button that acts on a step ($action: Edit, Move up, Move down, Delete; $step: a step as
# storyteller-step-name names it).
storyteller-acts-on = { $action }: { $step }

# The region a story is presented in, with the story's title.
storyteller-presenting = { $title } präsentieren

# The handout's name, for screen readers.
storyteller-handout = Handout

# A step's source on the handout: its title as published, then its publisher and its address
# when it has them ($has_publisher, $has_url: "yes" or "no").
storyteller-cited = Quelle: { $title }{ $has_publisher ->
    [yes] {" "}({ $publisher })
   *[no] {""}
}{ $has_url ->
    [yes] , { $url }
   *[no] {""}
}

# A step's what-if switches, in a question: $switches is a list of the ones on (below).
storyteller-what-if = Was wäre, wenn { $switches }?

# Joins one more switch ($part) to the list so far ($list).
storyteller-if-and = { $list } und { $part }

# A switch on, in the question: friend permissions never opened.
storyteller-if-never-open = die Freundesberechtigungen nie für Apps offen gewesen wären

# A switch on, in the question: friend permissions never closed.
storyteller-if-never-closed = die Freundesberechtigungen nie geschlossen worden wären

# A switch on, in the question: no deals.
storyteller-if-no-deals = es keine Partner-Deals und keine Verbindungen gegeben hätte, bei denen niemand gefragt wurde

# A switch on, in the question: everyone opted out.
storyteller-if-opted-out = alle „Von anderen Nutzern verwendete Apps“ abgeschaltet hätten

# A switch on, in the question: some people's settings changed.
storyteller-if-people = die Einstellungen einiger Menschen geändert worden wären

# The handout's line for a network too big to draw on paper for every step.
storyteller-too-big-to-print = Dieses Netzwerk hat { $people } Personen, zu viele, um es für jeden Schritt auf Papier zu zeichnen; die Zahlen unten sagen, was das Bild zeigt.

# A field of the step form over a network too big to list: $field its label, $now what it
# holds (or storyteller-nobody), $add_view the button's words.
storyteller-choose-on-graph = { $field }: { $now } (wähle jemanden im Graphen aus, dann „{ $add_view }“)

# The handout's table's heads: the company.
storyteller-head-company = Firma

# The handout's table's heads: people reached.
storyteller-head-reached = Erreicht

# The handout's table's heads: people who said yes.
storyteller-head-said-yes = Zugestimmt

# The handout's table's heads: people reached without a yes.
storyteller-head-without-yes = Erreicht ohne Zustimmung

# After a story edit: what it did ($done, one of the messages above) and that it changed no figure.
storyteller-changes-no-figure = { $done }. Eine Geschichte ändert keine Zahl.

# The story part's heading.
storyteller-heading = Deine Geschichte

# What the story part is for.
storyteller-intro = Erzähl über dieses Netzwerk eine Geschichte, Schritt für Schritt: Jeder Schritt zeigt ein Datum, auf wen oder was er zeigt, eine Ansicht und etwaige Was-wäre-wenn-Schalter, mit deinen Worten neben dem Bild. Die Geschichte reist mit dem Sandkasten: in seinem Link, seinem Einbettungscode und seiner Datei.

# The story part when it has no step yet.
storyteller-empty = Noch keine Schritte.

# Adds a step from the form.
storyteller-add = Schritt hinzufügen

# Adds a step showing what the page shows now.
storyteller-add-view = Diese Ansicht als Schritt hinzufügen

# Opens the story as a reader sees it.
storyteller-preview = Aus Sicht der Leser ansehen

# Presents the story full screen.
storyteller-present = Präsentieren

# Prints the story as a handout.
storyteller-print = Diese Geschichte drucken

# Leaves presenting.
storyteller-leave-present = Beenden (Esc)

# How to move while presenting.
storyteller-present-keys = →, Leertaste oder Bild ab: weiter · ←, Bild auf: zurück · Esc: beenden

# Above the sandbox's story read as a reader.
storyteller-previewing = Du liest deine Geschichte so, wie Leser sie lesen werden: So öffnen sich dein Link, deine Einbettung und deine Datei.

# Back from the preview.
storyteller-back-to-editing = Zurück zum Bearbeiten

# Adds a source steps can cite.
storyteller-add-source = Quelle hinzufügen

# A source's title field.
storyteller-source-title = Titel der Quelle{" "}

# A source's publisher field.
storyteller-source-publisher = Veröffentlicht von (optional){" "}

# A source's address field.
storyteller-source-url = Webadresse, https://… (optional){" "}

# The form's fields.
storyteller-title = Titel

# The text field's label.
storyteller-text = Text

# Under the text field.
storyteller-text-hint = Schlichte Worte; eine Leerzeile beginnt einen neuen Absatz. Verknüpfe eine Quelle, indem du sie unten auswählst.

# The date field's label.
storyteller-date = Gezeigtes Datum (Jahr-Monat-Tag; leer: das Datum des Sandkastens)

# The pointed-at field's label.
storyteller-point-at = Zeigt auf

# No one pointed at.
storyteller-nobody = Niemanden

# The view field's legend.
storyteller-view = Zeigt, was Firmen

# The access view, as a choice.
storyteller-can-see = an diesem Tag sehen können

# The collected view, as a choice.
storyteller-collected = bis zu diesem Tag gesammelt haben könnten

# The source field's label.
storyteller-source = Quelle

# No source.
storyteller-no-source = Keine

# The switches' legend.
storyteller-switches = Was-wäre-wenn-Schalter

# The guess field's label.
storyteller-guess = Leser schätzen lassen, wie viele Menschen diese Firma erreicht hat

# No guess.
storyteller-no-guess = Keine Frage

# The guess date's label.
storyteller-guess-by = bis (Jahr-Monat-Tag)

# Saves an edited step.
storyteller-save = Schritt speichern

# Leaves a step's form without saving.
storyteller-cancel = Abbrechen

# Edits a step.
storyteller-edit = Bearbeiten

# Moves a step up.
storyteller-up = Nach oben

# Moves a step down.
storyteller-down = Nach unten

# Removes a step.
storyteller-delete = Löschen

# How to move a step by keyboard.
storyteller-keys-hint = Hat die Schaltfläche „Bearbeiten“ eines Schritts den Fokus, verschieben ihn Alt+↑ und Alt+↓.

# What the handout says about its address.
storyteller-live = Live öffnen:

# The handout's sources heading.
storyteller-sources = Quellen

# The switch "friend permissions" in the step form.
storyteller-friend-permissions = Freundesberechtigungen{" "}

# Friend permissions as the scenario has them.
storyteller-as-they-were = wie sie waren

# Friend permissions never open.
storyteller-never-open = nie für Apps offen

# Friend permissions never closed.
storyteller-never-closed = nie geschlossen

# The switch that takes the deals away.
storyteller-no-deals = Keine Partner-Deals und keine Verbindungen, bei denen niemand gefragt wurde

# The switch that opts everyone out.
storyteller-opted-out = Alle hätten „Von anderen Nutzern verwendete Apps“ abgeschaltet

# The handout's figures' caption.
storyteller-figures = Zahlen
