//! The still first screen's controls (`present::first_screen`): the address of each view they
//! open, as the app itself writes it.

use crate::present::first_screen::Doors;
use crate::view::mine::{self, MineView};
use crate::view::route::{format, Route};
use crate::view::scale::{self, ScaleView};

/// The still first screen's doors into the app when it shows built-in `shown` (see [`Doors`]):
/// each control's address as the app itself writes it. `titles` are the built-ins' titles.
pub fn doors(shown: usize, titles: &[String], has_story: bool) -> Doors {
    let builtin = |scenario: usize| Route {
        scenario,
        ..Route::default()
    };
    Doors {
        stories: titles
            .iter()
            .enumerate()
            .map(|(i, t)| (t.clone(), format(&builtin(i))))
            .collect(),
        shown,
        sandbox: format(&Route {
            sandbox: true,
            ..Route::default()
        }),
        scale: scale::format(&ScaleView::default()),
        mine: mine::format(&MineView::default()),
        story: has_story.then(|| {
            format(&Route {
                step: Some(0),
                ..builtin(shown)
            })
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_door_is_an_address_the_app_reads_back() {
        let titles = vec!["A".to_string(), "B".to_string()];
        let d = doors(1, &titles, true);
        assert_eq!(
            d.stories[1],
            ("B".to_string(), "#scenario=digital-life".to_string())
        );
        assert_eq!(d.sandbox, "#sandbox");
        assert_eq!(d.scale, "#scale");
        assert_eq!(d.mine, "#mine");
        assert_eq!(d.story.as_deref(), Some("#scenario=digital-life&step=1"));
        let (route, notes) = crate::view::route::parse(d.story.as_deref().unwrap(), |_| 3);
        assert!(notes.is_empty());
        assert_eq!((route.scenario, route.step), (1, Some(0)));
        assert_eq!(doors(0, &titles, false).story, None);
    }
}
