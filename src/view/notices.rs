//! The notices about the reader's stored sandboxes: trouble reading them, and what other tabs
//! did to them. Each stays until the reader dismisses it; the same words are never shown twice.
//!
//! What a notice offers (its download, the key it may forget) is decided where the notice is
//! made, in the web layer, which alone can read the browser's storage.

/// A notice about the reader's stored sandboxes.
#[derive(Clone, Debug, PartialEq)]
pub struct StorageNotice {
    /// Tells notices apart, for dismissing one (given when it is shown).
    pub id: u64,
    /// What happened, in words.
    pub message: String,
    /// Stored text offered for download: file name and text.
    pub download: Option<(String, String)>,
    /// The storage key of damaged text the reader may forget.
    pub forget: Option<String>,
}

/// The notices shown, oldest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Notices {
    /// Oldest first.
    pub list: Vec<StorageNotice>,
    next: u64,
}

/// A change to the notices.
#[derive(Clone, Debug, PartialEq)]
pub enum NoticeAction {
    /// Shows these, unless the same words are shown already.
    Add(Vec<StorageNotice>),
    /// Takes away the notice with this id.
    Dismiss(u64),
}

impl Notices {
    /// Applies `action`.
    pub fn apply(&mut self, action: NoticeAction) {
        match action {
            NoticeAction::Add(list) => {
                for mut n in list {
                    if self.list.iter().all(|m| m.message != n.message) {
                        self.next += 1;
                        n.id = self.next;
                        self.list.push(n);
                    }
                }
            }
            NoticeAction::Dismiss(id) => self.list.retain(|n| n.id != id),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notice(message: &str) -> StorageNotice {
        StorageNotice {
            id: 0,
            message: message.into(),
            download: None,
            forget: None,
        }
    }

    #[test]
    fn a_notice_shows_once_until_dismissed() {
        let mut n = Notices::default();
        n.apply(NoticeAction::Add(vec![
            notice("a"),
            notice("b"),
            notice("a"),
        ]));
        assert_eq!(n.list.len(), 2);
        let first = n.list[0].id;
        n.apply(NoticeAction::Dismiss(first));
        assert_eq!(
            n.list
                .iter()
                .map(|m| m.message.as_str())
                .collect::<Vec<_>>(),
            ["b"]
        );
        n.apply(NoticeAction::Add(vec![notice("a")]));
        assert_eq!(n.list.len(), 2);
        assert_ne!(n.list[1].id, first, "ids are never reused");
    }
}
