//! Where a new sandbox starts: a scenario with no one in it, with friend permissions open as
//! they were on the real platform, so a teacher's first quiz reaches friends without a setting
//! to find. A fuller first lesson is [`crate::sandbox::starter`]'s.

use crate::core::date::{Date, Interval, FRIENDS_DATA_CLOSED, FRIENDS_DATA_OPENED};
use crate::core::model::Scenario;

/// When a new sandbox lets apps ask for friends' data: as on the real platform, from the Graph
/// API's launch (2010-04-21) until friend permissions closed for ordinary apps (2015-04-30). A
/// teacher's first quiz then reaches friends, as the stories show, without a setting to find.
pub const OPEN_AS_IN_2010_TO_2015: Interval = Interval {
    from: Some(FRIENDS_DATA_OPENED),
    until: Some(FRIENDS_DATA_CLOSED),
    illustrative: crate::core::date::Illustrative::NONE,
};

/// A scenario with no one in it, to start from.
pub fn empty(date: Date) -> Scenario {
    Scenario {
        title: "My scenario".into(),
        description: "Built in Spillover's sandbox. The people and companies are made up. Apps may ask for friends' data from 2010-04-21 until 2015-04-30, as on the real platform (the start is simplified: apps could reach friends' data from 2007).".into(),
        date,
        sources: Vec::new(),
        friend_permissions: vec![OPEN_AS_IN_2010_TO_2015],
        people: Vec::new(),
        companies: Vec::new(),
        friendships: Vec::new(),
        grants: Vec::new(),
        agreements: Vec::new(),
        transfers: Vec::new(),
        steps: Vec::new(),
    }
}
