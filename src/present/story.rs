//! A story's words, in one place: a step's text as paragraphs, what a story edit did, and the
//! words of the story part of "Build your own", of presenting a story and of its printed
//! handout. The story's model is `core::model::Step`, its file `files::scenario`; what a
//! step shows is the view's business. Nothing here draws.

use crate::core::model::Step;

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
    format!("Added step {}, \"{title}\"", at + 1)
}

/// What changing the step at `index` did.
pub fn changed(index: usize, title: &str) -> String {
    format!("Changed step {}, \"{title}\"", index + 1)
}

/// What moving the step titled `title` from place `index` to place `to` did.
pub fn moved(title: &str, index: usize, to: usize) -> String {
    let way = if to < index { "up" } else { "down" };
    format!("Moved \"{title}\" {way} to step {}", to + 1)
}

/// What adding a source did.
pub fn added_source(title: &str) -> String {
    format!("Added the source \"{}\"", title.trim())
}

/// What removing the step at `index` did.
pub fn removed(index: usize, title: &str) -> String {
    format!("Removed step {}, \"{title}\"", index + 1)
}

/// After a story edit: what it did to the figures.
pub const CHANGES_NO_FIGURE: &str = "A story changes no figure.";

/// "Step 2 of 3".
pub fn position(i: usize, n: usize) -> String {
    format!("Step {} of {n}", i + 1)
}

/// How a step shows its figures: "can see" on its date or "could have collected" up to it.
pub fn view_words(step: &Step) -> &'static str {
    if step.collected {
        "What companies could have collected up to this date"
    } else {
        "What companies can see on this date"
    }
}

/// The story part's heading.
pub const HEADING: &str = "Your story";
/// What the story part is for.
pub const INTRO: &str = "Tell a story over this network, one step at a time: each step shows a date, who or what it points at, a view and any what-if switches, with your words beside the picture. The story travels with the sandbox: in its link, its embed snippet and its file.";
/// The story part when it has no step yet.
pub const EMPTY: &str = "No steps yet.";
/// Adds a step from the form.
pub const ADD: &str = "Add a step";
/// Adds a step showing what the page shows now.
pub const ADD_VIEW: &str = "Add this view as a step";
/// Opens the story as a reader sees it.
pub const PREVIEW: &str = "Read it as a reader";
/// Presents the story full screen.
pub const PRESENT: &str = "Present";
/// Prints the story as a handout.
pub const PRINT: &str = "Print this story";
/// Leaves presenting.
pub const LEAVE_PRESENT: &str = "Leave (Esc)";
/// How to move while presenting.
pub const PRESENT_KEYS: &str = "→, Space or Page Down: next · ←, Page Up: back · Esc: leave";
/// Above the sandbox's story read as a reader.
pub const PREVIEWING: &str = "You are reading your story as a reader will: this is what your link, your embed and your file open on.";
/// Back from the preview.
pub const BACK_TO_EDITING: &str = "Back to editing";
/// Adds a source steps can cite.
pub const ADD_SOURCE: &str = "Add a source";
/// A source's title field.
pub const SOURCE_TITLE: &str = "Title of the source ";
/// A source's publisher field.
pub const SOURCE_PUBLISHER: &str = "Published by (optional) ";
/// A source's address field.
pub const SOURCE_URL: &str = "Web address, https://… (optional) ";
/// The form's fields.
pub const TITLE: &str = "Title";
/// The text field's label.
pub const TEXT: &str = "Text";
/// Under the text field.
pub const TEXT_HINT: &str =
    "Plain words; a blank line starts a new paragraph. Link a source by choosing it below.";
/// The date field's label.
pub const DATE: &str = "Date shown (year-month-day; empty: the sandbox's date)";
/// The pointed-at field's label.
pub const POINT_AT: &str = "Points at";
/// No one pointed at.
pub const NOBODY: &str = "Nobody";
/// The view field's legend.
pub const VIEW: &str = "Shows what companies";
/// The access view, as a choice.
pub const CAN_SEE: &str = "can see on the date";
/// The collected view, as a choice.
pub const COLLECTED: &str = "could have collected up to the date";
/// The source field's label.
pub const SOURCE: &str = "Source";
/// No source.
pub const NO_SOURCE: &str = "None";
/// The switches' legend.
pub const SWITCHES: &str = "What-if switches";
/// The guess field's label.
pub const GUESS: &str = "Ask the reader to guess how many people this company reached";
/// No guess.
pub const NO_GUESS: &str = "No question";
/// The guess date's label.
pub const GUESS_BY: &str = "by (year-month-day)";
/// Saves an edited step.
pub const SAVE: &str = "Save step";
/// Leaves a step's form without saving.
pub const CANCEL: &str = "Cancel";
/// Edits a step.
pub const EDIT: &str = "Edit";
/// Moves a step up.
pub const UP: &str = "Move up";
/// Moves a step down.
pub const DOWN: &str = "Move down";
/// Removes a step.
pub const DELETE: &str = "Delete";
/// How to move a step by keyboard.
pub const KEYS_HINT: &str = "With a step's Edit button focused, Alt+↑ and Alt+↓ move it.";
/// What the handout says about its address.
pub const LIVE: &str = "Open it live:";
/// The handout's sources heading.
pub const SOURCES: &str = "Sources";

/// A step's what-if switches in words, or `None` when none is on: "What if friend
/// permissions were never open to apps, and there were no partner deals?"
pub fn what_if_words(w: &crate::core::model::WhatIf) -> Option<String> {
    use crate::core::model::FriendPermissions;
    let mut parts = Vec::new();
    match w.friend_permissions {
        FriendPermissions::AsScenario => {}
        FriendPermissions::Never => parts.push("friend permissions were never open to apps"),
        FriendPermissions::Always => parts.push("friend permissions never closed"),
    }
    if w.no_deals {
        parts.push("there were no partner deals or connections nobody was asked about");
    }
    if w.everyone_opted_out {
        parts.push("everyone had turned \"Apps others use\" off");
    }
    if !w.people.is_empty() {
        parts.push("some people's settings were changed");
    }
    (!parts.is_empty()).then(|| format!("What if {}?", parts.join(", and ")))
}

/// The handout's line for a network too big to draw on paper a step at a time.
pub fn too_big_to_print(people: usize) -> String {
    format!("This network has {people} people, too many to draw on paper for every step; the figures below say what the picture shows.")
}

/// A field of the step form over a network too big to list: "Points at: ana (select someone
/// on the graph, then "Add this view as a step")".
pub fn choose_on_graph(label: &str, value: &str) -> String {
    let now = if value.is_empty() { NOBODY } else { value };
    format!("{label}: {now} (select someone on the graph, then \"{ADD_VIEW}\")")
}

/// The switch "friend permissions" in the step form.
pub const FRIEND_PERMISSIONS: &str = "Friend permissions ";
/// Friend permissions as the scenario has them.
pub const AS_THEY_WERE: &str = "as they were";
/// Friend permissions never open.
pub const NEVER_OPEN: &str = "never open to apps";
/// Friend permissions never closed.
pub const NEVER_CLOSED: &str = "never closed";
/// The switch that takes the deals away.
pub const NO_DEALS: &str = "No partner deals or connections nobody was asked about";
/// The switch that opts everyone out.
pub const OPTED_OUT: &str = "Everyone turned \"Apps others use\" off";
/// The handout's figures' caption.
pub const FIGURES: &str = "Figures";
/// The handout's table's heads.
pub const HEADS: [&str; 4] = ["Company", "Reached", "Said yes", "Reached without a yes"];

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
}
