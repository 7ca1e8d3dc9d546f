//! The root component: it owns the page's one store (a [`Page`] in one reducer), runs the
//! page's hooks (address, storage, evaluation, play, keys, announcements, frame height), and
//! hands data and callbacks to the components that draw. In an article's frame it draws the
//! [`Embedded`] app; otherwise the header, the notices and the [`Explorer`].
//!
//! Children never see the reducer: they get data and callbacks ([`Sends`]: an action of the
//! view, of the sandboxes, of "At scale", or any [`Do`] of the page), made once for the page's
//! life.
//!
//! [`Sends`]: super::hooks::Sends

use std::rc::Rc;

use yew::prelude::*;

use super::components::editor::Sandbox;
use super::components::embedded::Embedded;
use super::components::explorer::Explorer;
use super::components::mine::YourData;
use super::components::notices::{LinkNotes, LoadProblems, StorageNotices};
use super::components::scale::{AtScale, EmbeddedScale};
use super::components::top_bar::TopBar;
use super::hooks::address::{self, use_address};
use super::hooks::announce::{use_announcement, Answer};
use super::hooks::evaluation::{use_evaluation, use_sandbox_effect};
use super::hooks::focus::{use_focus_in_sight, use_focus_rescue};
use super::hooks::frame::use_frame_height;
use super::hooks::keys::{use_global_keys, Keys};
use super::hooks::mine::{self as mine_hooks, use_kept};
use super::hooks::play::use_play;
use super::hooks::print::use_printing;
use super::hooks::sandboxes::{use_scenario_files, use_storage, use_stored};
use super::hooks::words::{self, use_words};
use super::hooks::{use_sends, Sends};
use crate::view::derive::Effect;
use crate::view::page::{Do, Page};
use crate::web::browser;

impl Reducible for Page {
    type Action = Do;

    fn reduce(self: Rc<Self>, action: Do) -> Rc<Self> {
        // Pointing at what is already pointed at changes nothing: no render.
        if matches!(&action, Do::Point(n) if *n == self.pointed) {
            return self;
        }
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

/// The page's one store, opened on the address and what storage kept, and kept in step with
/// storage; and the callbacks to change it by.
#[hook]
fn use_page() -> (UseReducerHandle<Page>, Sends) {
    let tab = use_memo((), |_| super::browser::storage::tab_mark());
    let storage = use_stored(&tab);
    let page = {
        let (opened, tab) = (storage.opened.clone(), (*tab).clone());
        use_reducer(move || {
            let notices = opened.notices.clone();
            let at = address::current();
            let mut page = Page::open(&at, tab, opened.store.clone(), notices);
            page.apply(Do::DefaultLanguage(words::default_language()));
            // On a phone, an At scale link that names no size opens a phone-sized network.
            if let Some(v) = address::on_phone(&at) {
                page.apply(Do::Scale(v));
            }
            // The export the reader chose to keep on this device, if any.
            if let Some(kept) = mine_hooks::restored() {
                page.apply(Do::Mine(kept));
            }
            page
        })
    };
    let sends = use_sends(&page);
    use_storage(&storage, &page.work, &sends.page);
    use_kept(&page.export, &sends.page);
    use_words(page.language, &sends.page);
    (page, sends)
}

/// The editor's view of the open sandbox with what its last `change` did, made again only
/// when the workspace changed.
#[hook]
fn use_sandbox(page: &Page, change: Option<Effect>) -> Rc<Option<Sandbox>> {
    let w = &page.work;
    let key = (
        page.view.shown.is_sandbox(),
        w.revision,
        w.current.clone(),
        w.refusal.clone(),
        change,
        // Its words are in the language spoken.
        page.language.speaks,
    );
    let work = page.work.clone();
    use_memo(key, move |(shown, _, _, _, change, _)| {
        shown.then(|| Sandbox::of(&work, change.clone())).flatten()
    })
}

/// Files dropped anywhere on the page: an export (a folder, or a ZIP, which no scenario is, or
/// anything while "Your data" is shown) read there; a scenario or network file loaded by
/// `on_load` as a new sandbox.
fn dropped(
    on_load: &Callback<Vec<web_sys::File>>,
    send: &Callback<Do>,
    mine_shown: bool,
) -> Callback<DragEvent> {
    let (on_load, send) = (on_load.clone(), send.clone());
    Callback::from(move |e: DragEvent| {
        e.prevent_default();
        let dropped = browser::files::dropped(&e);
        if mine_shown || dropped.holds_an_export() {
            send.emit(Do::YourData);
            mine_hooks::read_dropped(dropped, &send);
        } else if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
            on_load.emit((0..files.length()).filter_map(|i| files.get(i)).collect());
        }
    })
}

/// The app.
#[component]
pub fn App() -> Html {
    let (page, sends) = use_page();
    let (printing, print) = use_printing();
    let files = use_scenario_files(&page.work, &sends.page);
    let evaluation = use_evaluation(&page);
    let ready = &evaluation.ready;
    let loaded = &evaluation.loaded;
    let change = use_sandbox_effect(&page, ready);
    let sandbox = use_sandbox(&page, change);
    let at_scale = page.scale.clone();
    use_address(&page, &sends.page, Some(loaded.engine.shared().clone()));
    use_play(
        &page.view,
        &sends.view,
        Some(loaded.timeline.clone()),
        ready.date,
    );
    use_global_keys(Keys {
        steps: page
            .in_scenarios()
            .then(|| (loaded.steps.clone(), loaded.engine.scenario().date)),
        step: page.view.step,
        sandbox: page.in_sandbox(),
        presenting: page.presenting,
        on_page: sends.page.clone(),
        dispatch: sends.view.clone(),
        on_work: sends.work.clone(),
    });
    let announcement = use_announcement(
        (
            page.view.shown.is_sandbox(),
            page.view.shown.builtin(),
            page.work.current.clone(),
        ),
        Answer {
            engine: ready.loaded.engine.clone(),
            timeline: ready.loaded.timeline.clone(),
            date: ready.date,
            mode: ready.mode,
            evaluated: ready.evaluated.clone(),
        },
        page.view.playing,
    );
    use_frame_height();
    use_focus_rescue();
    use_focus_in_sight();

    // A component draws its words when its inputs change; a new language changes none of them,
    // so what draws words is made again, keyed by the language spoken (the top bar, with the
    // picker and its focus, draws its words from an input that changed: the language).
    let words = page.language.speaks.code();
    if let Some(view) = at_scale.clone().filter(|v| v.embed) {
        return html! { <EmbeddedScale key={words} {view} on_change={sends.scale.clone()} /> };
    }
    if let Some(controls) = page.view.embed {
        return html! {
            <Embedded key={words} ready={ready.clone()} state={page.view.clone()} {controls} dispatch={sends.view.clone()}
                pointed={page.pointed} on_page={sends.page.clone()} announcement={(*announcement).clone()} />
        };
    }
    let body = match (at_scale, page.mine.clone()) {
        (Some(view), _) => html! { <AtScale key={words} {view} on_change={sends.scale.clone()} /> },
        (None, Some(view)) => html! {
            <YourData key={words} {view} export={page.export.clone()} on_page={sends.page.clone()} />
        },
        (None, None) => {
            let sandbox = (*sandbox).clone();
            html! {
                <Explorer key={words} ready={ready.clone()} state={page.view.clone()} sends={sends.clone()} {sandbox}
                    pointed={page.pointed} connect={page.connect} grant_for={page.grant_for.clone()}
                    file_stem={page.view.shown.file_stem(page.work.open_name(), ready.date)}
                    caption={announcement.caption.clone()}
                    on_load={files.on_load.clone()} on_save={files.on_save.clone()}
                    presenting={page.presenting} preview={page.preview} {printing} {print} />
            }
        }
    };
    let on_drop = dropped(&files.on_load, &sends.page, page.mine.is_some());
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    html! {
        <div class="app" ondrop={on_drop} ondragover={on_drag_over}>
            <TopBar shown={page.view.shown.clone()} at_scale={page.scale.is_some()} mine={page.mine.is_some()} language={page.language} on_page={sends.page.clone()} />
            <LinkNotes key={format!("notes-{words}")} notes={page.notes.clone()} on_page={sends.page.clone()} />
            <StorageNotices key={format!("notices-{words}")} notices={page.notices.clone()} on_page={sends.page.clone()} />
            <LoadProblems key={format!("problems-{words}")} problems={page.problems.clone()} on_page={sends.page.clone()} />
            <main>{ body }</main>
            <div id="announcer" class="sr-only" role="status" aria-label={crate::word!("announcements")} aria-live="polite" aria-atomic="true">{ announcement.spoken.clone() }</div>
            <footer class="honesty">
                <p>{ crate::present::words::honesty() }</p>
            </footer>
        </div>
    }
}
