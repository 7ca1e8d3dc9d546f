//! The first screen as plain HTML: what the page shows when it opens on a scenario (its title
//! and headline, the story's steps by title, the picture, who each company reaches, the sources),
//! written at build time into `index.html` so it can be read before, and without, any script.
//!
//! Everything comes from the same places the app takes it from: the headline from
//! [`headline`], the figures from [`company_figures`], the picture from [`export::svg`] of the
//! scene [`build`] makes. The markup uses the page's own classes and no inline style or script,
//! so the strict Content-Security-Policy holds; the app clears it when it starts (`web::start`).

use std::fmt::Write as _;

use crate::core::engine::{Engine, Exposure, Mode, ReasonKind};
use crate::core::model::Source;
use crate::core::whatif::settings_open;
use crate::files::network::escape_xml as esc;
use crate::present::export;
use crate::present::figures::{
    headings, reach_per_yes, reach_per_yes_means, CompanyFigures, Figures,
};
use crate::present::headline::{headline, real_event};
use crate::present::layout::Layout;
use crate::present::scene::{build, compare, Focus};
use crate::present::style;
use crate::present::words::{honesty, tagline, Label};
use crate::{say, word};

/// The doors from the still page into the app: the address (the hash, with its `#`) of each
/// view a control opens. The page's loader fetches the app when a reader reaches for one, and
/// starts it at that address when they use it; without scripts the style sheet hides them. An empty address opens the scenario the page shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Doors {
    /// Each built-in story's title and address.
    pub stories: Vec<(String, String)>,
    /// Which of `stories` the page shows.
    pub shown: usize,
    /// "Build your own".
    pub sandbox: String,
    /// "At scale".
    pub scale: String,
    /// "Your data".
    pub mine: String,
    /// The story's first step, when the scenario has a story.
    pub story: Option<String>,
}

/// What the page's scripts say while the app starts and if it cannot (the loader that
/// `scripts/finish-build.mjs` writes, and `static/start-watch.js`), in the catalogue's language,
/// as a JSON object the still status carries in `data-start-words`: each script runs before the
/// catalogue (the WebAssembly) is there. A `{name}` in a text is filled in by the script: the
/// KiB loaded and in all, an error, the opening story's title, what the browser said.
pub fn start_words() -> String {
    let js = |name: &str| format!("{{{name}}}");
    let words = serde_json::json!({
        "starting": word!("start-starting"),
        "loaded": say!("start-loaded", loaded = js("loaded")),
        "loaded_of": say!("start-loaded-of", loaded = js("loaded"), total = js("total")),
        "could_not": say!("start-could-not", error = js("error")),
        "failed": word!("start-failed"),
        "nowasm": word!("start-nowasm"),
        "download": word!("start-download"),
        "refused": word!("start-refused"),
        "error": word!("start-error"),
        "stays_same": word!("start-stays-same"),
        "stays_first": word!("start-stays-first"),
        "stays_other": word!("start-stays-other"),
        "stays_other_titled": say!("start-stays-other-titled", title = js("title")),
        "said": say!("start-said", said = js("said")),
        "again": word!("start-again"),
    });
    words.to_string()
}

/// The first screen of the scenario `engine` holds, drawn where `layout` puts it, with `doors`
/// into the app: the content of the page's `<div id="app">` before the app starts. `slug` names
/// the built-in it is, written as `data-scenario` so the page's start watch
/// (`static/start-watch.js`) can tell whether this still copy is the view a link asked for.
pub fn html(slug: &str, engine: &Engine, layout: &Layout, doors: &Doors) -> String {
    let s = engine.scenario();
    let mut out = String::new();
    let _ = write!(
        out,
        "<div class=\"app first-screen\" data-scenario=\"{}\" data-address=\"{}\">\n<header class=\"top\"><div class=\"brand\"><h1>Spillover</h1>\
         <p class=\"tagline\">{}</p></div>",
        esc(slug),
        esc(doors.stories.get(doors.shown).map_or("", |(_, a)| a.as_str())),
        esc(tagline())
    );
    top_doors(&mut out, doors);
    let _ = write!(
        out,
        "</header>\n<p class=\"still-note\" role=\"status\" data-still-status data-start-words=\"{}\" hidden></p>\n\
         <noscript><p class=\"still-note\">{}</p></noscript>\n<main>\n",
        esc(&start_words()),
        esc(word!("still-no-script"))
    );
    // The opening view, counted once: what companies can see on the scenario's own date, as
    // the app opens on it. The headline, the picture and the table all say this one result.
    let exposure = engine.access(s.date);
    let counted = Figures::of(s, &exposure);
    intro(&mut out, engine, &counted);
    story_doors(&mut out, engine, doors);
    story_outline(&mut out, engine);
    picture(&mut out, engine, layout, (&exposure, &counted));
    figures(&mut out, &counted.companies, engine);
    sources(&mut out, &s.sources);
    let _ = write!(
        out,
        "</main>\n<footer class=\"honesty\"><p>{}</p></footer>\n</div>\n",
        esc(honesty())
    );
    out
}

/// The title, the headline with the real event it tells (if any), and what the scenario is.
fn intro(out: &mut String, engine: &Engine, counted: &Figures) {
    let s = engine.scenario();
    let lede = headline(s, counted).text();
    let event = real_event(s).map_or(String::new(), |c| {
        format!(
            " <span class=\"scale\">{} (<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>)</span>",
            esc(&(c.text)()),
            esc(c.url),
            esc(&say!(
                "intro-scale-source",
                publisher = c.publisher,
                date = c.date
            ))
        )
    });
    let _ = write!(
        out,
        "<section class=\"intro\" aria-labelledby=\"scenario-title\">\n<h2 id=\"scenario-title\">{}</h2>\n\
         <p class=\"lede\">{}{event}</p>\n\
         <details class=\"about\"><summary>{}</summary>\
         <p class=\"description\">{}</p></details>\n</section>\n",
        esc(&s.title),
        esc(&lede),
        esc(word!("page-about")),
        esc(&s.description)
    );
}

/// The top bar's controls as the app has them: what to see, and which story.
fn top_doors(out: &mut String, doors: &Doors) {
    let tab = |label: &str, route: &str, current: bool| {
        format!(
            "<button type=\"button\" class=\"tab{}\" aria-pressed=\"{current}\" data-route=\"{}\">{label}</button>",
            if current { " current" } else { "" },
            esc(route)
        )
    };
    let _ = write!(
        out,
        "<nav class=\"modes-switch\" aria-label=\"{}\" data-door>{}{}{}{}</nav>",
        esc(word!("page-what-to-see")),
        tab(word!("tab-stories"), "", true),
        tab(word!("tab-build"), &doors.sandbox, false),
        tab(word!("tab-scale"), &doors.scale, false),
        tab(word!("tab-mine"), &doors.mine, false)
    );
    let _ = write!(
        out,
        "<div class=\"picker\" data-door><label for=\"scenario-picker\">{}</label><select id=\"scenario-picker\">",
        esc(word!("page-scenario"))
    );
    for (i, (title, route)) in doors.stories.iter().enumerate() {
        let _ = write!(
            out,
            "<option value=\"{}\"{}>{}</option>",
            esc(route),
            if i == doors.shown { " selected" } else { "" },
            esc(title)
        );
    }
    out.push_str("</select></div>");
}

/// "Start the story" and "explore freely", as the app opens.
fn story_doors(out: &mut String, engine: &Engine, doors: &Doors) {
    let n = engine.scenario().steps.len();
    let _ = write!(
        out,
        "<section class=\"story closed\" aria-label=\"{}\" data-door>",
        esc(word!("story"))
    );
    if let Some(route) = doors.story.as_ref().filter(|_| n > 0) {
        let _ = write!(
            out,
            "<button type=\"button\" class=\"primary\" data-route=\"{}\">{}</button>",
            esc(route),
            esc(&say!("story-start", steps = n))
        );
    }
    let _ = writeln!(
        out,
        "<button type=\"button\" data-route=\"\">{}</button><span class=\"hint\">{}</span></section>",
        esc(word!("story-explore")),
        esc(word!("story-explore-hint"))
    );
}

/// The story's steps by title, for a reader the explorer cannot reach (no scripts, or it could
/// not start): not the first step's text, which asks for what only the explorer can do ("Select
/// You") and tells of its own date, not the opening view the picture and figures show.
fn story_outline(out: &mut String, engine: &Engine) {
    let s = engine.scenario();
    if s.steps.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<section class=\"story still-step\" aria-labelledby=\"still-story\">\n<h2 id=\"still-story\">{}</h2>\n<ol class=\"still-steps\">",
        esc(word!("story-outline"))
    );
    for step in &s.steps {
        let _ = write!(out, "<li>{}</li>", esc(&step.title));
    }
    let _ = writeln!(
        out,
        "</ol>\n<p class=\"hint\">{}</p>\n</section>",
        esc(&say!("story-in-all", steps = s.steps.len()))
    );
}

/// A source's title, a link when it has an address (opened apart, telling the site nothing).
fn source_title(src: &Source) -> String {
    match &src.url {
        Some(url) => format!(
            "<a href=\"{}\" rel=\"noopener noreferrer external\" target=\"_blank\">{}</a>",
            esc(url),
            esc(&src.title)
        ),
        None => format!("<cite>{}</cite>", esc(&src.title)),
    }
}

/// The words that stand for the picture for a reader who cannot see it.
pub fn picture_words(engine: &Engine) -> String {
    let s = engine.scenario();
    let (people, companies) = (s.people.len(), s.companies.len());
    say!(
        "still-picture",
        title = s.title.as_str(),
        date = s.date.to_string(),
        people = people,
        companies = companies,
    )
}

/// The picture the app's "Picture (SVG)" export writes of the opening view, in a figure.
fn picture(
    out: &mut String,
    engine: &Engine,
    layout: &Layout,
    (exposure, counted): (&Exposure, &Figures),
) {
    let s = engine.scenario();
    let open = Engine::new(settings_open(s)).access(s.date);
    let mut scene = build(
        engine,
        (exposure, counted),
        &open,
        layout,
        &Focus::default(),
    );
    compare(&mut scene, s, exposure, None, None, layout);
    let subtitle = export::subtitle(s.date, Mode::Access);
    let svg = export::svg(
        (&scene, layout),
        &s.title,
        &subtitle,
        &export::source_lines(&s.sources),
    );
    // On a phone the whole picture's names would be 5 px high: there it is the graph alone,
    // its names placed for a phone's width and its key written under it (the style sheet shows
    // the one that fits).
    let narrow = export::graph_svg((&scene, layout), PHONE_PX);
    // The picture is one image to assistive technology, named by its own words.
    let named = |svg: String, class: &str| {
        svg.replacen(
            "<svg ",
            &format!(
                "<svg class=\"{class}\" role=\"img\" aria-label=\"{}\" ",
                esc(&picture_words(engine))
            ),
            1,
        )
    };
    let _ = write!(
        out,
        "<figure class=\"still\">\n{}{}{}<figcaption>{}</figcaption>\n</figure>\n",
        named(svg, "wide"),
        named(narrow, "narrow"),
        key(),
        esc(&format!("{}, {subtitle}", s.title))
    );
}

/// The width the phone's still picture is drawn for: about what a phone 360 px wide gives it, so
/// its names are 12.5 px high there and more on a wider one.
const PHONE_PX: f64 = 326.0;

/// The reasons' lines and names under the phone's picture, as the app's legend draws them.
fn key() -> String {
    let mut out = String::from("<ul class=\"reasons still-key\">");
    for r in ReasonKind::ALL {
        let _ = write!(
            out,
            "<li><svg class=\"swatch\" viewBox=\"0 0 40 10\" aria-hidden=\"true\"><line class=\"flow {}\" x1=\"0\" y1=\"5\" x2=\"40\" y2=\"5\"/></svg>{}</li>",
            style::reason_class(r),
            esc(r.label())
        );
    }
    out.push_str("</ul>\n");
    out
}

/// Who each company can reach on the scenario's date, as the app's table shows it.
fn figures(out: &mut String, rows: &[CompanyFigures], engine: &Engine) {
    let s = engine.scenario();
    let _ = write!(
        out,
        "<div class=\"figures\">\n<table>\n<caption>{}</caption>\n<thead><tr>",
        esc(&say!("still-figures", date = s.date.to_string()))
    );
    let headings = headings();
    for (i, h) in headings.iter().enumerate() {
        if i + 1 == headings.len() {
            let _ = write!(
                out,
                "<th scope=\"col\"><abbr title=\"{}\">{}</abbr></th>",
                esc(reach_per_yes_means()),
                esc(h)
            );
        } else {
            let _ = write!(out, "<th scope=\"col\">{}</th>", esc(h));
        }
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for f in rows {
        let c = s.company(f.company);
        let _ = writeln!(
            out,
            "<tr data-company=\"{}\"><th scope=\"row\">{}</th><td class=\"reached\">{}</td><td class=\"consented\">{}</td>\
             <td class=\"without-consent\">{}</td><td class=\"amplification\">{}</td></tr>",
            esc(&c.id),
            esc(&c.name),
            f.reached,
            f.consented,
            f.without_consent,
            reach_per_yes(f)
        );
    }
    out.push_str("</tbody>\n</table>\n</div>\n");
}

/// The scenario's sources, numbered and linked as the app lists them.
fn sources(out: &mut String, sources: &[Source]) {
    if sources.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<section class=\"sources\" aria-labelledby=\"sources-title\">\n<h2 id=\"sources-title\">{}</h2>\n<ol>\n",
        esc(word!("page-sources"))
    );
    for src in sources {
        let by = [src.publisher.clone(), src.date.map(|d| d.to_string())]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        let by = if by.is_empty() {
            String::new()
        } else {
            esc(&say!("source-by", by = by))
        };
        let _ = writeln!(
            out,
            "<li id=\"source-{}\">{}{by}</li>",
            esc(&src.id),
            source_title(src)
        );
    }
    out.push_str("</ol>\n</section>\n");
}
