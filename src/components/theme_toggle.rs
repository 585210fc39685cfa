//! The dark-theme switch: follows the system (`prefers-color-scheme`) until the reader
//! chooses; the choice is kept.

use leptos::prelude::*;

use crate::prefs::{set_theme, theme};
use crate::strings::t;

/// Whether the page shows dark now: the reader's choice, else the system's.
fn dark_now() -> bool {
    match theme().as_deref() {
        Some(t) => t == "dark",
        None => window()
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches()),
    }
}

/// An icon button (named 深色模式), pressed when the theme is dark.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let dark = RwSignal::new(dark_now());
    let flip = move |_| {
        let to = !dark.get_untracked();
        set_theme(if to { "dark" } else { "light" });
        dark.set(to);
    };
    view! {
        <button
            type="button"
            class="icon"
            aria-label=t().dark_theme
            aria-pressed=move || dark.get().to_string()
            on:click=flip
        >
            <span aria-hidden="true">{move || if dark.get() { "☀" } else { "☾" }}</span>
        </button>
    }
}
