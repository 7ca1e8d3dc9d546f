//! Files in and out of the page: a file the reader picked read as text, a download made of
//! bytes (or of an SVG drawn as a PNG), and the clipboard; and "Your data"'s files: a `File`
//! read a slice at a time as a [`Fetch`] ([`Slices`]), the files a picker holds with their
//! folder paths ([`picked`]), the files and folders of a drop ([`dropped`], walked by
//! [`walk`]).

use std::future::Future;
use std::ops::Range;

use wasm_bindgen::{JsCast, JsValue};

use crate::files::mine::parts::Part;
use crate::files::zip::Fetch;

/// The text of `file`, when it reads as text.
pub async fn text(file: &web_sys::File) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|t| t.as_string())
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

/// Copies `text` to the clipboard, then calls `done` with whether it worked.
pub fn copy_then(text: String, done: impl FnOnce(bool) + 'static) {
    wasm_bindgen_futures::spawn_local(async move { done(copy(&text).await) });
}

/// Offers the SVG document `svg` (of `width` by `height`) as a PNG file named `name`, once it
/// is drawn; a picture the browser cannot draw is not offered.
pub fn offer_png(name: String, svg: String, width: u32, height: u32) {
    wasm_bindgen_futures::spawn_local(async move {
        let _ = download_png(&name, &svg, width, height).await;
    });
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

/// A file the reader gave "Your data": its path (from the folder's name down, for a file of a
/// folder; its name, for a file given alone) and the file, if it needs opening at all.
pub struct Given {
    /// Its path.
    pub path: String,
    /// The file; none for a file of a dropped folder that no reading ever opens (a photo:
    /// only its path counts), which is never asked for.
    pub file: Option<web_sys::File>,
}

impl Given {
    /// As a part of an export: a ZIP by its name, else a file outside any ZIP.
    pub fn part(self) -> Part<Slices> {
        let source = Slices(self.file);
        if self.path.to_ascii_lowercase().ends_with(".zip") {
            let name = self
                .path
                .rsplit('/')
                .next()
                .unwrap_or(&self.path)
                .to_string();
            Part::Zip { name, source }
        } else {
            Part::Loose {
                path: self.path,
                source,
            }
        }
    }
}

/// A browser file read a slice at a time: `Blob.slice(a, b).arrayBuffer()`, a promise a range,
/// so only the ranges asked for are ever in memory.
pub struct Slices(Option<web_sys::File>);

impl Fetch for Slices {
    fn size(&mut self) -> Result<u64, String> {
        Ok(self.0.as_ref().map_or(0, |f| f.size() as u64))
    }

    fn fetch(&mut self, range: Range<u64>) -> impl Future<Output = Result<Vec<u8>, String>> {
        let slice = self.0.as_ref().map(|f| {
            f.slice_with_f64_and_f64(range.start as f64, range.end as f64)
                .map(|s| s.array_buffer())
        });
        async move {
            let cannot = |e: JsValue| {
                let why = e
                    .dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.message()))
                    .unwrap_or_else(|| "the browser refused".into());
                format!(
                    "the browser could not read bytes {} to {}: {why}",
                    range.start, range.end
                )
            };
            let promise = match slice {
                Some(Ok(p)) => p,
                Some(Err(e)) => return Err(cannot(e)),
                None => return Err("the file was never opened".into()),
            };
            let buffer = wasm_bindgen_futures::JsFuture::from(promise)
                .await
                .map_err(cannot)?;
            Ok(js_sys::Uint8Array::new(&buffer).to_vec())
        }
    }

    fn pause(&mut self) -> impl Future<Output = ()> {
        super::time::turn()
    }
}

/// The files `input` holds (`<input type="file">`, perhaps a folder picker's, whose files carry
/// their paths from the folder's name down).
pub fn picked(input: &web_sys::HtmlInputElement) -> Vec<Given> {
    let Some(list) = input.files() else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.get(i))
        .map(|file| {
            let relative = js_sys::Reflect::get(&file, &"webkitRelativePath".into())
                .ok()
                .and_then(|p| p.as_string())
                .filter(|p| !p.is_empty());
            Given {
                path: relative.unwrap_or_else(|| file.name()),
                file: Some(file),
            }
        })
        .collect()
}

/// Clears a file picker, so the same files picked again are read again.
pub fn clear_picker(input: &web_sys::HtmlInputElement) {
    input.set_value("");
}

/// What was dropped: files, and folders to walk. Taken while the drop event lasts (the
/// browser forgets its items after it), walked afterwards by [`walk`].
pub struct Dropped {
    files: Vec<web_sys::File>,
    folders: Vec<web_sys::FileSystemDirectoryEntry>,
}

impl Dropped {
    /// Whether nothing was dropped.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty() && self.folders.is_empty()
    }

    /// Whether it can only be a platform export: a folder, or a ZIP (no scenario or network
    /// file is either).
    pub fn holds_an_export(&self) -> bool {
        !self.folders.is_empty()
            || self
                .files
                .iter()
                .any(|f| f.name().to_ascii_lowercase().ends_with(".zip"))
    }
}

/// The files and folders of a drop.
pub fn dropped(event: &web_sys::DragEvent) -> Dropped {
    let mut d = Dropped {
        files: Vec::new(),
        folders: Vec::new(),
    };
    let Some(data) = event.data_transfer() else {
        return d;
    };
    let items = data.items();
    for i in 0..items.length() {
        let Some(item) = items.get(i) else { continue };
        if item.kind() != "file" {
            continue;
        }
        // Asked by `isDirectory`, not by class: browsers name an entry's class differently
        // (Chrome's `DirectoryEntry`).
        match item.webkit_get_as_entry().ok().flatten() {
            Some(entry) if entry.is_directory() => d.folders.push(entry.unchecked_into()),
            _ => {
                if let Ok(Some(file)) = item.get_as_file() {
                    d.files.push(file);
                }
            }
        }
    }
    d
}

/// The files of a drop, the dropped folders walked to their last file. A file of a folder
/// is opened (for its size and bytes) only if its name could make it one that is read: a
/// `.json`, a `.txt` (`no-data.txt`), an `.html` (an HTML export is told by them) or a
/// `.zip`; the rest (photos, videos) are listed by path alone.
pub async fn walk(dropped: Dropped) -> Result<Vec<Given>, String> {
    let mut out: Vec<Given> = dropped
        .files
        .into_iter()
        .map(|file| Given {
            path: file.name(),
            file: Some(file),
        })
        .collect();
    let mut folders = dropped.folders;
    while let Some(folder) = folders.pop() {
        let reader = folder.create_reader();
        loop {
            let batch = js_sys::Promise::new(&mut |ok, fail| {
                let _ =
                    reader.read_entries_with_callback_and_error_callback(&ok, fail.unchecked_ref());
            });
            let batch: js_sys::Array = wasm_bindgen_futures::JsFuture::from(batch)
                .await
                .map_err(|_| {
                    format!(
                        "the browser could not list the folder {}",
                        folder.full_path()
                    )
                })?
                .unchecked_into();
            if batch.length() == 0 {
                break;
            }
            for entry in batch.iter() {
                let entry: web_sys::FileSystemEntry = entry.unchecked_into();
                let path = entry.full_path().trim_start_matches('/').to_string();
                if entry.is_directory() {
                    folders.push(entry.unchecked_into());
                } else if opened_when_dropped(&path) {
                    let file: web_sys::FileSystemFileEntry = entry.unchecked_into();
                    let promise = js_sys::Promise::new(&mut |ok, fail| {
                        file.file_with_callback_and_error_callback(&ok, fail.unchecked_ref());
                    });
                    let file = wasm_bindgen_futures::JsFuture::from(promise)
                        .await
                        .map_err(|_| format!("the browser could not open {path}"))?;
                    out.push(Given {
                        path,
                        file: Some(file.unchecked_into()),
                    });
                } else {
                    out.push(Given { path, file: None });
                }
            }
        }
    }
    // A folder's entries come in no set order: name order, as the command line walks it.
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

fn opened_when_dropped(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    [".json", ".txt", ".html", ".htm", ".zip"]
        .iter()
        .any(|e| lower.ends_with(e))
}
