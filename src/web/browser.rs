//! The few things the app asks of the browser directly: the URL's hash and the reader's
//! motion preference. Everything else goes through Yew.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};

use crate::view::route::Theme;

/// Work waiting for the next frame to be painted ([`after_paint`]); dropped before then, it is
/// not done.
pub struct AfterPaint {
    _frame: AnimationFrame,
    _task: Rc<RefCell<Option<Timeout>>>,
}

/// Runs `f` in a task of its own just after the next frame is painted: a frame callback runs
/// before the painting, and a task queued from it after.
pub fn after_paint(f: impl FnOnce() + 'static) -> AfterPaint {
    let task = Rc::new(RefCell::new(None));
    let slot = task.clone();
    let frame = request_animation_frame(move |_| {
        *slot.borrow_mut() = Some(Timeout::new(0, f));
    });
    AfterPaint {
        _frame: frame,
        _task: task,
    }
}

/// The current hash, with its `#`, or empty.
pub fn hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Replaces the hash without adding a history entry or reloading.
pub fn set_hash(hash: &str) {
    if self::hash() == hash {
        return;
    }
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(hash));
    }
}

/// Whether the reader asked their system for less motion.
pub fn prefers_reduced_motion() -> bool {
    gloo::utils::window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Whether keyboard focus is in a field where text is typed, which has its own undo.
pub fn focus_in_text() -> bool {
    gloo::utils::document().active_element().is_some_and(|e| {
        let tag = e.tag_name().to_ascii_lowercase();
        tag == "textarea"
            || (tag == "input"
                && matches!(
                    e.get_attribute("type").as_deref(),
                    None | Some("text") | Some("number") | Some("date")
                ))
    })
}

/// Whether keyboard focus is in a control that uses arrow keys itself.
pub fn focus_in_control() -> bool {
    gloo::utils::document()
        .active_element()
        .map(|e| {
            matches!(
                e.tag_name().to_ascii_lowercase().as_str(),
                "input" | "select" | "textarea"
            )
        })
        .unwrap_or(false)
}

/// Whether the page's query string (`?…`) holds `key`, as `key` or `key=…`.
pub fn query_has(key: &str) -> bool {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .any(|p| p == key || p.split_once('=').is_some_and(|(k, v)| k == key && v != "0"))
}

/// Forces the light or dark theme, or follows the system, by a class on `<html>`.
pub fn set_theme(theme: Theme) {
    if let Some(root) = gloo::utils::document().document_element() {
        // The class forces a theme; following the system needs none.
        let class = match theme {
            Theme::Auto => "",
            forced => forced.as_str(),
        };
        if root.class_name() != class {
            root.set_class_name(class);
        }
    }
}

/// The page's address without its hash and query, and without a trailing `index.html`.
pub fn base_address() -> String {
    let location = gloo::utils::window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let path = path.strip_suffix("index.html").unwrap_or(&path).to_string();
    format!("{origin}{path}")
}

/// Tells the embedding page how tall this page is: in Spillover's own message, and in the
/// Datawrapper-style message many publishing systems already listen for.
pub fn post_height() {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    // The body's own box, not the document's scroll height: the latter is never less than
    // the frame, so a frame could grow but never shrink back.
    let height = gloo::utils::body()
        .get_bounding_client_rect()
        .height()
        .ceil() as i32;
    let ours = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&ours, &"type".into(), &"spillover:height".into());
    let _ = js_sys::Reflect::set(&ours, &"height".into(), &height.into());
    let _ = parent.post_message(&ours, "*");
    let theirs = js_sys::Object::new();
    let inner = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&inner, &"spillover".into(), &height.into());
    let _ = js_sys::Reflect::set(&theirs, &"datawrapper-height".into(), &inner);
    let _ = parent.post_message(&theirs, "*");
}

/// The height a frame of this app inside `frame` asks for in `event`, as `static/embed.js`
/// reads it: only from this page's own origin and from that frame.
pub fn frame_height(
    event: &web_sys::MessageEvent,
    frame: &web_sys::HtmlIFrameElement,
) -> Option<u32> {
    let own = gloo::utils::window().location().origin().ok()?;
    if event.origin() != own {
        return None;
    }
    let from = event.source()?;
    let inner = frame.content_window()?;
    if !js_sys::Object::is(&from, &inner) {
        return None;
    }
    let data = event.data();
    let kind = js_sys::Reflect::get(&data, &"type".into())
        .ok()?
        .as_string()?;
    let height = js_sys::Reflect::get(&data, &"height".into())
        .ok()?
        .as_f64()?;
    (kind == "spillover:height" && (50.0..=20_000.0).contains(&height))
        .then(|| height.ceil() as u32)
}

/// Scrolls the element with this id into view and gives it focus (it takes focus by
/// `tabindex="-1"`), so keyboard and screen reader users land where the eye does.
pub fn bring_into_view(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(el) = gloo::utils::document().get_element_by_id(id) else {
        return;
    };
    el.scroll_into_view();
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        // Focus lost is only a worse place to continue from; nothing to report.
        let _ = el.focus();
    }
}

/// Copies `text` to the clipboard; resolves to whether it worked.
pub async fn copy(text: &str) -> bool {
    let navigator = gloo::utils::window().navigator();
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else {
        return false;
    };
    if clipboard.is_undefined() {
        return false;
    }
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) else {
        return false;
    };
    let Ok(write) = write.dyn_into::<js_sys::Function>() else {
        return false;
    };
    match write.call1(&clipboard, &text.into()) {
        Ok(promise) => match promise.dyn_into::<js_sys::Promise>() {
            Ok(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
            Err(_) => false,
        },
        Err(_) => false,
    }
}

/// Offers `bytes` to the reader as a file named `name`.
pub fn download(name: &str, mime: &str, bytes: &[u8]) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    download_blob(name, &blob)
}

fn download_blob(name: &str, blob: &web_sys::Blob) -> Result<(), JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
    let a: web_sys::HtmlAnchorElement = gloo::utils::document().create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The download has its own copy once started; free the blob a moment later.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Draws the SVG document `svg` (of `width` by `height`) at twice its size and offers it as a
/// PNG file named `name`.
pub async fn download_png(name: &str, svg: &str, width: u32, height: u32) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(svg));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let image = web_sys::HtmlImageElement::new()?;
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        image.set_onload(Some(&resolve));
        image.set_onerror(Some(&reject));
    });
    image.set_src(&url);
    let result = wasm_bindgen_futures::JsFuture::from(loaded).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    result?;
    let canvas: web_sys::HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")?
        .dyn_into()?;
    canvas.set_width(width * 2);
    canvas.set_height(height * 2);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("no 2d canvas"))?
        .dyn_into()?;
    context.draw_image_with_html_image_element_and_dw_and_dh(
        &image,
        0.0,
        0.0,
        f64::from(width * 2),
        f64::from(height * 2),
    )?;
    let data_url = canvas.to_data_url_with_type("image/png")?;
    // `data:image/png;base64,…` back to bytes, so the PNG downloads like the other files.
    let encoded = data_url.split_once(',').map(|(_, d)| d).unwrap_or("");
    let window = gloo::utils::window();
    let binary = window.atob(encoded)?;
    let bytes: Vec<u8> = binary.chars().map(|c| c as u32 as u8).collect();
    download(name, "image/png", &bytes)
}
