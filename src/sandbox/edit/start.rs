//! Where a new sandbox starts: a scenario with no one in it, with friend permissions open as
//! they were on the real platform, so a teacher's first quiz reaches friends without a setting
//! to find. A fuller first lesson is [`crate::sandbox::starter`]'s.

use crate::core::date::{Date, FRIENDS_DATA_CLOSED, FRIENDS_DATA_OPEN, FRIENDS_DATA_OPENED};
use crate::core::model::Scenario;
use crate::{say, word};

/// A scenario with no one in it, to start from, with friend permissions open as in 2010 to 2015
/// (the core's `FRIENDS_DATA_OPEN`): as on the real platform, from the Graph API's launch until
/// friend permissions closed for ordinary apps, so a teacher's first quiz reaches friends, as the
/// stories show, without a setting to find.
pub fn empty(date: Date) -> Scenario {
    Scenario {
        title: word!("sandbox-new-title").into(),
        description: say!(
            "sandbox-new-description",
            opened = FRIENDS_DATA_OPENED.to_string(),
            closed = FRIENDS_DATA_CLOSED.to_string()
        ),
        date,
        sources: Vec::new(),
        friend_permissions: vec![FRIENDS_DATA_OPEN],
        people: Vec::new(),
        companies: Vec::new(),
        friendships: Vec::new(),
        grants: Vec::new(),
        agreements: Vec::new(),
        transfers: Vec::new(),
        steps: Vec::new(),
    }
}
