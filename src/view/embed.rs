//! The embed snippet an educator pastes into an article: an iframe of the current view and the
//! loader script that sizes it (`static/embed.js`; the protocol is in docs/embed.md).

use crate::view::route::{format, Controls, Route, Theme};

/// The iframe height used when the loader script does not run.
pub const DEFAULT_HEIGHT: u32 = 640;

/// Options of the embed dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmbedOptions {
    /// The iframe's height in CSS pixels before the loader resizes it.
    pub height: u32,
    /// The colour theme.
    pub theme: Theme,
    /// The story step the embed starts at (from 0), instead of the view shown.
    pub start: Option<usize>,
    /// Which controls show.
    pub controls: Controls,
}

impl Default for EmbedOptions {
    fn default() -> Self {
        EmbedOptions {
            height: DEFAULT_HEIGHT,
            theme: Theme::Auto,
            start: None,
            controls: Controls::Story,
        }
    }
}

impl EmbedOptions {
    /// The options an embed of a view starts from: the story's controls for a story's step, the
    /// story and the time line for a scenario with a story seen outside it, the time line's
    /// where there is no story (a sandbox, most links), so the default never shows an empty
    /// frame nor hides the date the reader chose.
    pub fn for_view(has_story: bool, in_step: bool) -> EmbedOptions {
        EmbedOptions {
            controls: match (has_story, in_step) {
                (true, true) => Controls::Story,
                (true, false) => Controls::Both,
                (false, _) => Controls::Timeline,
            },
            ..EmbedOptions::default()
        }
    }
}

/// The address of the embedded view: `base` (the app's folder, ending in `/`) and the view.
pub fn address(base: &str, view: &Route, options: EmbedOptions) -> String {
    // Starting at a step shows that step as the story has it, not the view's own changes.
    let view = match options.start {
        Some(step) => Route {
            step: Some(step),
            date: None,
            mode: None,
            select: None,
            what_if_given: false,
            people: Vec::new(),
            table: false,
            ..view.clone()
        },
        None => view.clone(),
    };
    let route = Route {
        embed: Some(options.controls),
        theme: options.theme,
        ..view
    };
    format!("{base}{}", format(&route))
}

/// The HTML to paste: the iframe and the loader.
pub fn snippet(base: &str, view: &Route, title: &str, options: EmbedOptions) -> String {
    let height = options.height.clamp(200, 4000);
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" style=\"border:0;width:100%\" loading=\"lazy\" data-spillover></iframe>\n<script src=\"{}embed.js\" async></script>",
        escape(&address(base, view, options)),
        escape(&format!("Spillover: {title}")),
        escape(base)
    )
}

/// Escapes text for an HTML attribute value in double quotes.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_without_a_story_embeds_its_time_line_by_default() {
        assert_eq!(EmbedOptions::for_view(true, true).controls, Controls::Story);
        assert_eq!(EmbedOptions::for_view(true, false).controls, Controls::Both);
        assert_eq!(
            EmbedOptions::for_view(false, false).controls,
            Controls::Timeline
        );
        assert_eq!(
            EmbedOptions::for_view(false, true).controls,
            Controls::Timeline
        );
        assert_eq!(
            EmbedOptions::for_view(false, false).height,
            EmbedOptions::default().height
        );
    }

    #[test]
    fn an_embed_can_start_at_a_step_of_its_own() {
        let view = Route {
            data: Some("abc".into()),
            step: Some(2),
            date: Some(crate::core::date::Date::parse("2014-01-01").unwrap()),
            ..Route::default()
        };
        let options = EmbedOptions {
            start: Some(0),
            ..EmbedOptions::default()
        };
        assert_eq!(
            address("https://example.org/", &view, options),
            "https://example.org/#data=abc&step=1&embed=story"
        );
        assert_eq!(
            address("https://example.org/", &view, EmbedOptions::default()),
            "https://example.org/#data=abc&step=3&date=2014-01-01&embed=story"
        );
    }

    #[test]
    fn the_snippet_holds_the_view_the_options_and_the_loader() {
        let view = Route {
            scenario: 2,
            step: Some(1),
            ..Route::default()
        };
        let options = EmbedOptions {
            height: 500,
            start: None,
            theme: Theme::Dark,
            controls: Controls::Timeline,
        };
        let html = snippet(
            "https://example.org/spillover/",
            &view,
            "Partners \"behind\" <the> wall",
            options,
        );
        assert_eq!(
            html,
            "<iframe src=\"https://example.org/spillover/#scenario=partners&amp;step=2&amp;embed=timeline&amp;theme=dark\" \
             title=\"Spillover: Partners &quot;behind&quot; &lt;the&gt; wall\" width=\"100%\" height=\"500\" \
             style=\"border:0;width:100%\" loading=\"lazy\" data-spillover></iframe>\n\
             <script src=\"https://example.org/spillover/embed.js\" async></script>"
        );
        let huge = snippet(
            "/",
            &view,
            "t",
            EmbedOptions {
                height: 1_000_000,
                ..options
            },
        );
        assert!(huge.contains("height=\"4000\""));
    }
}
