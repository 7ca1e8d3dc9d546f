//! A story's words, in one place: a step's text as paragraphs, what a story edit did, and the
//! words of the story part of "Build your own", of presenting a story and of its printed
//! handout. The story's model is `core::model::Step`, its file `files::scenario`; what a
//! step shows is the view's business. Nothing here draws.

use crate::core::model::Step;
use crate::{say, word};

/// A step's text as the paragraphs a reader sees: split at blank lines, each trimmed, the
/// empty left out. The text is plain words: nothing in it is ever read as markup.
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(line);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// What adding a step at place `at` did: "Added step 2, "Ana's quiz"".
pub fn added(at: usize, title: &str) -> String {
    say!("storyteller-added", step = at + 1, title = title)
}

/// What changing the step at `index` did.
pub fn changed(index: usize, title: &str) -> String {
    say!("storyteller-changed", step = index + 1, title = title)
}

/// What moving the step titled `title` from place `index` to place `to` did.
pub fn moved(title: &str, index: usize, to: usize) -> String {
    let way = if to < index { "up" } else { "down" };
    say!("storyteller-moved", title = title, way = way, step = to + 1)
}

/// What adding a source did.
pub fn added_source(title: &str) -> String {
    say!("storyteller-added-source", title = title.trim())
}

/// What removing the step at `index` did.
pub fn removed(index: usize, title: &str) -> String {
    say!("storyteller-removed", step = index + 1, title = title)
}

/// After a story edit, what it did (`done`, as [`added`] says it) and that it changed no
/// figure: "Added step 2, "Ana's quiz". A story changes no figure."
pub fn changes_no_figure(done: &str) -> String {
    say!("storyteller-changes-no-figure", done = done)
}

/// The handout's name, for readers of the page's regions.
pub fn handout() -> &'static str {
    word!("storyteller-handout")
}

/// "Step 2 of 3".
pub fn position(i: usize, n: usize) -> String {
    say!("storyteller-position", step = i + 1, steps = n)
}

/// How a step shows its figures: "can see" on its date or "could have collected" up to it.
pub fn view_words(step: &Step) -> &'static str {
    if step.collected {
        word!("storyteller-view-collected")
    } else {
        word!("storyteller-view-access")
    }
}

/// How a step shows its figures, after its date: "2013-06-10: What companies can see on this
/// date".
pub fn when(date: &str, step: &Step) -> String {
    say!("storyteller-when", date = date, view = view_words(step))
}

/// A step as its buttons name it: "step 2, Ben takes a quiz".
pub fn step_name(i: usize, title: &str) -> String {
    say!("storyteller-step-name", step = i + 1, title = title)
}

/// A step in the story's list: "2. Ben takes a quiz".
pub fn step_line(i: usize, title: &str) -> String {
    say!("storyteller-step-line", step = i + 1, title = title)
}

/// A step's form, by its place: "Step 3".
pub fn form_label(i: usize) -> String {
    say!("storyteller-form-label", step = i + 1)
}

/// A step's button, with the step it acts on (`step_name`): "Edit step 2, Ben takes a quiz".
pub fn acts_on(action: &str, step: &str) -> String {
    say!("storyteller-acts-on", action = action, step = step)
}

/// The region a story is presented in: "Present You and your friends".
pub fn presenting(title: &str) -> String {
    say!("storyteller-presenting", title = title)
}

/// A handout's source: "Source: An Update… (Facebook Newsroom), https://…".
pub fn cited(title: &str, publisher: Option<&str>, url: Option<&str>) -> String {
    let yes = |x: Option<&str>| if x.is_some() { "yes" } else { "no" };
    say!(
        "storyteller-cited",
        title = title,
        has_publisher = yes(publisher),
        publisher = publisher.unwrap_or(""),
        has_url = yes(url),
        url = url.unwrap_or("")
    )
}

/// The story part's heading.
pub fn heading() -> &'static str {
    word!("storyteller-heading")
}
/// What the story part is for.
pub fn intro() -> &'static str {
    word!("storyteller-intro")
}
/// The story part when it has no step yet.
pub fn empty() -> &'static str {
    word!("storyteller-empty")
}
/// Adds a step from the form.
pub fn add() -> &'static str {
    word!("storyteller-add")
}
/// Adds a step showing what the page shows now.
pub fn add_view() -> &'static str {
    word!("storyteller-add-view")
}
/// Opens the story as a reader sees it.
pub fn preview() -> &'static str {
    word!("storyteller-preview")
}
/// Presents the story full screen.
pub fn present() -> &'static str {
    word!("storyteller-present")
}
/// Prints the story as a handout.
pub fn print() -> &'static str {
    word!("storyteller-print")
}
/// Leaves presenting.
pub fn leave_present() -> &'static str {
    word!("storyteller-leave-present")
}
/// How to move while presenting.
pub fn present_keys() -> &'static str {
    word!("storyteller-present-keys")
}
/// Above the sandbox's story read as a reader.
pub fn previewing() -> &'static str {
    word!("storyteller-previewing")
}
/// Back from the preview.
pub fn back_to_editing() -> &'static str {
    word!("storyteller-back-to-editing")
}
/// Adds a source steps can cite.
pub fn add_source() -> &'static str {
    word!("storyteller-add-source")
}
/// A source's title field.
pub fn source_title() -> &'static str {
    word!("storyteller-source-title")
}
/// A source's publisher field.
pub fn source_publisher() -> &'static str {
    word!("storyteller-source-publisher")
}
/// A source's address field.
pub fn source_url() -> &'static str {
    word!("storyteller-source-url")
}
/// The form's fields.
pub fn title() -> &'static str {
    word!("storyteller-title")
}
/// The text field's label.
pub fn text() -> &'static str {
    word!("storyteller-text")
}
/// Under the text field.
pub fn text_hint() -> &'static str {
    word!("storyteller-text-hint")
}
/// The date field's label.
pub fn date() -> &'static str {
    word!("storyteller-date")
}
/// The pointed-at field's label.
pub fn point_at() -> &'static str {
    word!("storyteller-point-at")
}
/// No one pointed at.
pub fn nobody() -> &'static str {
    word!("storyteller-nobody")
}
/// The view field's legend.
pub fn view() -> &'static str {
    word!("storyteller-view")
}
/// The access view, as a choice.
pub fn can_see() -> &'static str {
    word!("storyteller-can-see")
}
/// The collected view, as a choice.
pub fn collected() -> &'static str {
    word!("storyteller-collected")
}
/// The source field's label.
pub fn source() -> &'static str {
    word!("storyteller-source")
}
/// No source.
pub fn no_source() -> &'static str {
    word!("storyteller-no-source")
}
/// The switches' legend.
pub fn switches() -> &'static str {
    word!("storyteller-switches")
}
/// The guess field's label.
pub fn guess() -> &'static str {
    word!("storyteller-guess")
}
/// No guess.
pub fn no_guess() -> &'static str {
    word!("storyteller-no-guess")
}
/// The guess date's label.
pub fn guess_by() -> &'static str {
    word!("storyteller-guess-by")
}
/// Saves an edited step.
pub fn save() -> &'static str {
    word!("storyteller-save")
}
/// Leaves a step's form without saving.
pub fn cancel() -> &'static str {
    word!("storyteller-cancel")
}
/// Edits a step.
pub fn edit() -> &'static str {
    word!("storyteller-edit")
}
/// Moves a step up.
pub fn up() -> &'static str {
    word!("storyteller-up")
}
/// Moves a step down.
pub fn down() -> &'static str {
    word!("storyteller-down")
}
/// Removes a step.
pub fn delete() -> &'static str {
    word!("storyteller-delete")
}
/// How to move a step by keyboard.
pub fn keys_hint() -> &'static str {
    word!("storyteller-keys-hint")
}
/// What the handout says about its address.
pub fn live() -> &'static str {
    word!("storyteller-live")
}
/// The handout's sources heading.
pub fn sources() -> &'static str {
    word!("storyteller-sources")
}

/// A step's what-if switches in words, or `None` when none is on: "What if friend
/// permissions were never open to apps, and there were no partner deals?"
pub fn what_if_words(w: &crate::core::model::WhatIf) -> Option<String> {
    use crate::core::model::FriendPermissions;
    let mut parts = Vec::new();
    match w.friend_permissions {
        FriendPermissions::AsScenario => {}
        FriendPermissions::Never => parts.push(word!("storyteller-if-never-open")),
        FriendPermissions::Always => parts.push(word!("storyteller-if-never-closed")),
    }
    if w.no_deals {
        parts.push(word!("storyteller-if-no-deals"));
    }
    if w.everyone_opted_out {
        parts.push(word!("storyteller-if-opted-out"));
    }
    if !w.people.is_empty() {
        parts.push(word!("storyteller-if-people"));
    }
    // The language joins the list: "a, and b".
    let list = parts
        .iter()
        .skip(1)
        .fold(parts.first()?.to_string(), |list, part| {
            say!("storyteller-if-and", list = list, part = *part)
        });
    Some(say!("storyteller-what-if", switches = list))
}

/// The handout's line for a network too big to draw on paper a step at a time.
pub fn too_big_to_print(people: usize) -> String {
    say!("storyteller-too-big-to-print", people = people)
}

/// A field of the step form over a network too big to list: "Points at: ana (select someone
/// on the graph, then "Add this view as a step")".
pub fn choose_on_graph(label: &str, value: &str) -> String {
    let now = if value.is_empty() { nobody() } else { value };
    say!(
        "storyteller-choose-on-graph",
        field = label.trim(),
        now = now,
        add_view = add_view()
    )
}

/// The switch "friend permissions" in the step form.
pub fn friend_permissions() -> &'static str {
    word!("storyteller-friend-permissions")
}
/// Friend permissions as the scenario has them.
pub fn as_they_were() -> &'static str {
    word!("storyteller-as-they-were")
}
/// Friend permissions never open.
pub fn never_open() -> &'static str {
    word!("storyteller-never-open")
}
/// Friend permissions never closed.
pub fn never_closed() -> &'static str {
    word!("storyteller-never-closed")
}
/// The switch that takes the deals away.
pub fn no_deals() -> &'static str {
    word!("storyteller-no-deals")
}
/// The switch that opts everyone out.
pub fn opted_out() -> &'static str {
    word!("storyteller-opted-out")
}
/// The handout's figures' caption.
pub fn figures() -> &'static str {
    word!("storyteller-figures")
}
/// The handout's table's heads.
pub fn heads() -> [&'static str; 4] {
    [
        word!("storyteller-head-company"),
        word!("storyteller-head-reached"),
        word!("storyteller-head-said-yes"),
        word!("storyteller-head-without-yes"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_plain_paragraphs() {
        assert_eq!(
            paragraphs("  One line\nand its next.\n\n\n<b>Two</b>  \r\n\t\nThree"),
            ["One line and its next.", "<b>Two</b>", "Three"]
        );
        assert!(paragraphs("\n \n").is_empty());
    }

    #[test]
    fn a_story_says_its_edits_switches_and_sources_in_words() {
        use crate::core::model::{FriendPermissions, WhatIf};
        assert_eq!(moved("Quiz", 2, 0), "Moved \"Quiz\" up to step 1");
        assert_eq!(
            changes_no_figure(&added(1, "Quiz")),
            "Added step 2, \"Quiz\". A story changes no figure."
        );
        let mut w = WhatIf::default();
        assert_eq!(what_if_words(&w), None);
        w.friend_permissions = FriendPermissions::Never;
        w.everyone_opted_out = true;
        assert_eq!(
            what_if_words(&w).unwrap(),
            "What if friend permissions were never open to apps, and everyone had turned \"Apps others use\" off?"
        );
        assert_eq!(cited("T", None, None), "Source: T");
        assert_eq!(
            cited("T", Some("P"), Some("https://x")),
            "Source: T (P), https://x"
        );
    }
}
