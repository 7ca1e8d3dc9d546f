//! Sharing: copy the link to the current view, and the embed dialog with its snippet and
//! preview.

use yew::prelude::*;
use yew::TargetCast;

use crate::core::engine::Engine;
use crate::view::embed::{address, snippet, EmbedOptions};
use crate::view::route::{Controls, Route, Theme};
use crate::web::browser;
use crate::web::hooks::Same;
use crate::{say, word};

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    /// The current view.
    pub view: Route,
    /// The sandbox shown, whose scenario the link carries: packed into it only when the reader
    /// copies the link or opens Embed, since packing thousands of people takes a while.
    #[prop_or_default]
    pub sandbox: Option<Same<Engine>>,
    /// The scenario's title.
    pub title: String,
    /// Whether the scenario tells a story (an embed then shows it by default).
    pub has_story: bool,
    /// How many steps the story has (an embed may start at any).
    #[prop_or_default]
    pub steps: usize,
}

#[component]
pub fn Share(props: &ShareProps) -> Html {
    // Local: what became of Copy link, the link to copy by hand, and whether Embed is open.
    let status = use_state(String::new);
    let fallback = use_state(|| None::<String>);
    let open = use_state(|| false);
    // Closing the dialog gives focus back to the button that opened it.
    let embed_button = use_node_ref();
    // The view with the sandbox's scenario in it, packed once per version while Embed is open.
    let packed = use_memo(
        (props.sandbox.clone(), *open),
        |(sandbox, open)| match sandbox {
            Some(engine) if *open => Some(crate::files::link::pack(engine.0.scenario())),
            _ => None,
        },
    );
    let full_view = |packed: Option<String>| Route {
        data: packed.or_else(|| props.view.data.clone()),
        ..props.view.clone()
    };
    let copy_link = {
        let (status, fallback) = (status.clone(), fallback.clone());
        let (view, sandbox) = (props.view.clone(), props.sandbox.clone());
        Callback::from(move |_: MouseEvent| {
            let mut view = view.clone();
            if let Some(engine) = &sandbox {
                view.data = Some(crate::files::link::pack(engine.0.scenario()));
            }
            let url = format!(
                "{}{}",
                browser::base_address(),
                crate::view::route::format(&view)
            );
            let (status, fallback) = (status.clone(), fallback.clone());
            browser::time::spawn(async move {
                if browser::files::copy(&url).await {
                    status.set(word!("share-link-copied").into());
                    fallback.set(None);
                } else {
                    status.set(word!("share-copy-not-allowed").into());
                    fallback.set(Some(url));
                }
            });
        })
    };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    // A page opened from disk cannot be embedded in anyone's article: no Embed there.
    let from_disk = browser::dom::from_disk();
    html! {
        <div class="share">
            <button type="button" onclick={copy_link}>{ word!("share-copy-link") }</button>
            if !from_disk {
                <button type="button" ref={embed_button.clone()} onclick={toggle} aria-expanded={(*open).to_string()} aria-controls="embed-dialog">{ word!("embed") }</button>
            }
            <span class="share-status" role="status">{ (*status).clone() }</span>
            if let Some(url) = (*fallback).clone() {
                <input class="fallback-link" type="text" readonly=true value={url} aria-label={word!("share-link")}
                    onfocus={Callback::from(|e: FocusEvent| { let i: web_sys::HtmlInputElement = e.target_unchecked_into(); i.select(); })} />
            }
            if *open {
                <EmbedDialog view={full_view((*packed).clone())} title={props.title.clone()} has_story={props.has_story} steps={props.steps}
                    on_close={{
                        let (open, embed_button) = (open.clone(), embed_button.clone());
                        Callback::from(move |_| {
                            open.set(false);
                            if let Some(b) = embed_button.cast::<web_sys::HtmlElement>() {
                                // Focus lost is only a worse place to continue from; nothing to report.
                                let _ = b.focus();
                            }
                        })
                    }} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct EmbedDialogProps {
    view: Route,
    title: String,
    has_story: bool,
    steps: usize,
    on_close: Callback<()>,
}

#[component]
fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let (has_story, in_step) = (props.has_story, props.view.step.is_some());
    // Local: the embed's options as the teacher sets them, and what became of Copy.
    let options = use_state(move || EmbedOptions::for_view(has_story, in_step));
    let copied = use_state(String::new);
    let base = browser::base_address();
    let code = snippet(&base, &props.view, &props.title, *options);
    let preview = address(&base, &props.view, *options);
    let copy = {
        let (code, copied) = (code.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let (code, copied) = (code.clone(), copied.clone());
            browser::time::spawn(async move {
                copied.set(
                    if browser::files::copy(&code).await {
                        word!("embed-copied")
                    } else {
                        word!("embed-copy-failed")
                    }
                    .into(),
                );
            });
        })
    };
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    // Escape closes the dialog, and only the dialog (not also "why?" behind it).
    let on_key = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                e.stop_propagation();
                on_close.emit(());
            }
        })
    };
    // The dialog takes focus when it opens, so a keyboard or screen reader user lands in it.
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            if let Some(d) = dialog.cast::<web_sys::HtmlElement>() {
                // Focus lost is only a worse place to start from; nothing to report.
                let _ = d.focus();
            }
        });
    }
    let o = *options;
    html! {
        <section id="embed-dialog" class="embed-dialog" role="dialog" aria-labelledby="embed-title"
            ref={dialog} tabindex="-1" onkeydown={on_key}>
            <h2 id="embed-title">{ word!("embed-title") }</h2>
            <p class="hint">{ word!("embed-hint") }</p>
            { embed_options(&options, props.steps) }
            <label class="field code-label" for="embed-code">{ word!("embed-code") }</label>
            <textarea id="embed-code" readonly=true rows="4" value={code} />
            <div class="embed-actions">
                <button type="button" class="primary" onclick={copy}>{ word!("embed-copy") }</button>
                <span role="status">{ (*copied).clone() }</span>
                <button type="button" onclick={close}>{ word!("embed-close") }</button>
            </div>
            <EmbedPreview src={preview} height={o.height.clamp(200, 4000)} />
        </section>
    }
}

/// The embed's height, theme and controls, as the teacher sets them in `options`.
fn embed_options(options: &UseStateHandle<EmbedOptions>, steps: usize) -> Html {
    let o = **options;
    let on_start = {
        let options = options.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let start = select.value().parse::<usize>().ok().filter(|n| *n < steps);
            options.set(EmbedOptions { start, ..*options });
        })
    };
    let on_height = {
        let options = options.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Ok(height) = input.value().parse::<u32>() {
                options.set(EmbedOptions { height, ..*options });
            }
        })
    };
    let on_theme = {
        let options = options.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let theme = Theme::parse(&select.value()).unwrap_or(Theme::Auto);
            options.set(EmbedOptions { theme, ..*options });
        })
    };
    let on_controls = {
        let options = options.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let controls = Controls::parse(&select.value()).unwrap_or(Controls::Story);
            options.set(EmbedOptions {
                controls,
                ..*options
            });
        })
    };
    html! {
        <div class="embed-options">
            <label class="field">{ word!("embed-height") }{ " " }
                <input id="embed-height" type="number" min="200" max="4000" step="10" value={o.height.to_string()} oninput={on_height} />
            </label>
            <label class="field">{ word!("embed-theme") }{ " " }
                <select id="embed-theme" onchange={on_theme}>
                    <option value={Theme::Auto.as_str()} selected={o.theme == Theme::Auto}>{ word!("embed-theme-auto") }</option>
                    <option value={Theme::Light.as_str()} selected={o.theme == Theme::Light}>{ word!("embed-theme-light") }</option>
                    <option value={Theme::Dark.as_str()} selected={o.theme == Theme::Dark}>{ word!("embed-theme-dark") }</option>
                </select>
            </label>
            if steps > 0 {
                <label class="field">{ word!("embed-start") }{ " " }
                    <select id="embed-start" onchange={on_start}>
                        <option value="" selected={o.start.is_none()}>{ word!("embed-start-view") }</option>
                        { for (0..steps).map(|i| html! { <option value={i.to_string()} selected={o.start == Some(i)}>{ say!("embed-start-step", step = i + 1) }</option> }) }
                    </select>
                </label>
            }
            <label class="field">{ word!("embed-controls") }{ " " }
                <select id="embed-controls" onchange={on_controls}>
                    <option value={Controls::Story.as_str()} selected={o.controls == Controls::Story}>{ word!("embed-controls-story") }</option>
                    <option value={Controls::Timeline.as_str()} selected={o.controls == Controls::Timeline}>{ word!("embed-controls-timeline") }</option>
                    <option value={Controls::Both.as_str()} selected={o.controls == Controls::Both}>{ word!("embed-controls-both") }</option>
                    <option value={Controls::None.as_str()} selected={o.controls == Controls::None}>{ word!("embed-controls-none") }</option>
                </select>
            </label>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PreviewProps {
    /// The embedded view's address.
    src: String,
    /// The frame's height without the loader script.
    height: u32,
}

/// The embed's preview, sized as the loader sizes the real frame in an article: to the height
/// its page asks for, at the width the teacher picks (a phone or an article's column).
#[component]
fn EmbedPreview(props: &PreviewProps) -> Html {
    let frame = use_node_ref();
    // Local: the height the preview's page asked for.
    let fitted = use_state(|| None::<u32>);
    {
        let (frame, fitted) = (frame.clone(), fitted.clone());
        use_effect_with((), move |_| {
            let listener = browser::events::on_message(move |e| {
                let Some(f) = frame.cast::<web_sys::HtmlIFrameElement>() else {
                    return;
                };
                if let Some(h) = browser::frame_height(e, &f) {
                    fitted.set(Some(h));
                }
            });
            move || drop(listener)
        });
    }
    // Local: the width the teacher previews at.
    let width = use_state(|| "article");
    let on_width = {
        let width = width.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            width.set(if select.value() == "phone" {
                "phone"
            } else {
                "article"
            });
        })
    };
    html! {
        <>
            <h3>{ word!("embed-preview") }</h3>
            <label class="field">{ word!("embed-preview-width") }{ " " }
                <select id="embed-preview-width" onchange={on_width}>
                    <option value="article" selected={*width == "article"}>{ word!("embed-preview-article") }</option>
                    <option value="phone" selected={*width == "phone"}>{ word!("embed-preview-phone") }</option>
                </select>
            </label>
            <p class="hint">{ match *fitted {
                Some(h) => say!("embed-preview-fitted", fitted = h, height = props.height),
                None => say!("embed-preview-loading", height = props.height),
            } }</p>
            <div class="embed-preview-box">
                <iframe ref={frame} class={classes!("embed-preview", *width)} src={props.src.clone()} title={word!("embed-preview-frame")}
                    height={fitted.unwrap_or(props.height).to_string()}></iframe>
            </div>
        </>
    }
}
