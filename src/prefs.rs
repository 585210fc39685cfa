//! The reader's settings, kept in localStorage (through gloo-storage, as plain strings):
//! theme, text size and UI language. They are applied as attributes of the viewer's root element
//! (`data-theme`, `data-font`), which the stylesheet reads; nothing else changes.
//!
//! A browser without localStorage (some private modes, sandboxed frames) still gets the
//! settings for the session; they are just not kept.

use gloo_storage::{LocalStorage, Storage};

const THEME: &str = "banmian.theme";
const FONT: &str = "banmian.font";
const LANG: &str = "banmian.lang";

/// The text-size steps (see `font_steps` in strings); 1 is the default.
pub const FONT_STEPS: usize = 4;
const DEFAULT_FONT: usize = 1;

/// localStorage, when this browser lets the page have it.
pub fn storage() -> Option<web_sys::Storage> {
    if !crate::mode::in_browser() {
        return None; // prerendering: the page is the same for every reader
    }
    leptos::prelude::window().local_storage().ok().flatten()
}

fn load(key: &str) -> Option<String> {
    storage()?;
    LocalStorage::raw().get_item(key).ok().flatten()
}

fn save(key: &str, value: &str) {
    if storage().is_some() {
        let _ = LocalStorage::raw().set_item(key, value);
    }
}

/// The UI language: `asked` (`?lang=en`, embed.js's `data-lang`) is kept for next time;
/// otherwise the last choice; otherwise zh-CN.
pub fn language(asked: Option<&str>) -> String {
    match asked {
        Some(lang) => {
            save(LANG, lang);
            lang.to_owned()
        }
        None => load(LANG).unwrap_or_else(|| "zh-CN".to_owned()),
    }
}

/// Switches the UI language and starts the viewer again in it (an address that asks for a
/// language, `?lang=en`, is changed to ask for this one).
pub fn switch_language(lang: &str) {
    save(LANG, lang);
    let location = leptos::prelude::window().location();
    let asked = location
        .href()
        .ok()
        .and_then(|href| web_sys::Url::new(&href).ok())
        .filter(|url| !crate::mode::mode().hosted && url.search_params().has("lang"));
    match asked {
        Some(url) => {
            url.search_params().set("lang", lang);
            let _ = location.set_href(&url.href());
        }
        None => {
            let _ = location.reload();
        }
    }
}

/// `dark`, `light`, or none (follow the system).
pub fn theme() -> Option<String> {
    load(THEME)
}

/// Keeps the theme and shows it.
pub fn set_theme(theme: &str) {
    save(THEME, theme);
    if let Some(root) = crate::mode::root() {
        apply(&root);
    }
}

/// The text-size step, `0..FONT_STEPS`.
pub fn font() -> usize {
    load(FONT)
        .and_then(|s| s.parse().ok())
        .filter(|&s: &usize| s < FONT_STEPS)
        .unwrap_or(DEFAULT_FONT)
}

/// Keeps the text-size step and shows it.
pub fn set_font(step: usize) {
    save(FONT, &step.min(FONT_STEPS - 1).to_string());
    if let Some(root) = crate::mode::root() {
        apply(&root);
    }
}

/// Shows the kept settings on the viewer's root (and, on the viewer's own page, on
/// `<html>`, whose background the theme colours too).
pub fn apply(root: &web_sys::HtmlElement) {
    let theme = theme();
    let targets = [
        Some(root.clone().into()),
        (!crate::mode::mode().hosted)
            .then(|| leptos::prelude::document().document_element())
            .flatten(),
    ];
    for el in targets.into_iter().flatten() {
        let _ = match &theme {
            Some(t) => el.set_attribute("data-theme", t),
            None => el.remove_attribute("data-theme"),
        };
    }
    let _ = root.set_attribute("data-font", &font().to_string());
}
