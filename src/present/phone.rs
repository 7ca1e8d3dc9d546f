//! The words of the page's ways of reading on a small screen: the picture pinned small above a
//! story's words, and how to have it large. Where they show (a phone's width) is the style
//! sheet's business; what they say is here.

/// The button that lets go of the pinned picture and shows it large, with its zoom buttons.
pub const ENLARGE: &str = "Enlarge the picture";

/// The button that pins the picture small again above the story's words.
pub const PIN_SMALL: &str = "Pin the picture small";
