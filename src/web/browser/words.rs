//! The browser's side of the page's language: the language the page was served in (a still
//! page under `de/` says `<html lang="de">` before the app starts) and the reader's preferred
//! ones; a language's words, from the page itself (`<script type="text/plain"
//! data-words="de">`, as the single-file page carries every language) or fetched
//! (`words/<code>.ftl` beside the app); and `<html lang>` and `<html dir>` set.

/// The language the page was served in, as `<html lang>` said before the app set it.
pub fn page_language() -> Option<String> {
    gloo::utils::document()
        .document_element()
        .map(|root| root.get_attribute("lang").unwrap_or_default())
        .filter(|lang| !lang.is_empty())
}

/// The reader's preferred languages, most preferred first (`navigator.languages`).
pub fn preferred() -> Vec<String> {
    let navigator = gloo::utils::window().navigator();
    let listed: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    if listed.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        listed
    }
}

/// The words of language `code` the page carries in itself, if it does.
pub fn inline(code: &str) -> Option<String> {
    let selector = format!("script[type=\"text/plain\"][data-words=\"{code}\"]");
    gloo::utils::document()
        .query_selector(&selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
}

/// The words of language `code` fetched from `words/<code>.ftl` beside the app: under the
/// page's folder, or its parent when the page is a language's still page (`de/`).
pub async fn fetch(code: &str, languages: &[&str]) -> Result<String, String> {
    let mut base = super::base_address();
    if let Some(parent) = languages.iter().find_map(|l| {
        base.strip_suffix('/')
            .and_then(|b| b.strip_suffix(l))
            .filter(|b| b.ends_with('/'))
    }) {
        base = parent.to_string();
    }
    let url = format!("{base}words/{code}.ftl");
    let response = gloo::net::http::Request::get(&url)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("{url}: {}", response.status()));
    }
    response.text().await.map_err(|e| e.to_string())
}

/// `<html lang>` and `<html dir>`, as the page speaks.
pub fn set_language(code: &str, direction: &str) {
    if let Some(root) = gloo::utils::document().document_element() {
        for (name, value) in [("lang", code), ("dir", direction)] {
            if root.get_attribute(name).as_deref() != Some(value) {
                // An attribute the page cannot set leaves the page as it was; nothing to add.
                let _ = root.set_attribute(name, value);
            }
        }
    }
}
