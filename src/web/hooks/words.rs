//! The page's language kept in step with the browser: the language the page opens in when
//! nothing asks for one (its still page's, else the reader's preferred one the catalogue
//! speaks, else English); the words of the language chosen, got when it is not at hand (from
//! the page itself, else fetched) and added to the catalogue, each told to the store; and
//! `<html lang>` and `<html dir>` as the page speaks.

use yew::prelude::*;

use crate::catalogue::{self, Lang};
use crate::view::page::{Do, Language};
use crate::web::browser;

/// The language the page opens in when the address names none.
pub fn default_language() -> Lang {
    let served = browser::words::page_language()
        .and_then(|code| Lang::parse(&code))
        .filter(|l| *l != Lang::EN);
    served
        .or_else(|| {
            browser::words::preferred()
                .iter()
                .find_map(|code| Lang::parse(code))
                .filter(|l| *l != Lang::PSEUDO)
        })
        .unwrap_or(Lang::EN)
}

/// Gets the words of the language chosen when the catalogue lacks them, and sets `<html lang>`
/// and `dir` to the language spoken.
#[hook]
pub fn use_words(language: Language, send: &Callback<Do>) {
    let chosen = language.chosen();
    {
        let send = send.clone();
        use_effect_with(chosen, move |&lang| {
            if !catalogue::has(lang) {
                browser::time::spawn(async move {
                    send.emit(Do::Words(lang, get(lang).await));
                });
            }
        });
    }
    // While the chosen language's words are on their way, `<html lang>` stays as the page was
    // served (a still page's own language), not English for a moment.
    let loading = language.speaks != chosen && language.failed != Some(chosen);
    use_effect_with((language.speaks, loading), |&(lang, loading)| {
        if !loading {
            browser::words::set_language(lang.code(), lang.direction());
        }
    });
}

/// Gets the words of `lang` (from the page itself, else fetched beside the app) and adds them
/// to the catalogue: whether they are at hand now. The page's start asks before it mounts, and
/// the hook above when the reader chooses a language later.
pub async fn get(lang: Lang) -> bool {
    let code = lang.code();
    let text = match browser::words::inline(code) {
        Some(text) => text,
        None => {
            let codes: Vec<&str> = Lang::all().map(Lang::code).collect();
            match browser::words::fetch(code, &codes).await {
                Ok(text) => text,
                Err(_) => return false,
            }
        }
    };
    catalogue::add_language(code, &text).is_ok()
}
