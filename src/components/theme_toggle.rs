//! The dark-theme switch: follows the system (`prefers-color-scheme`) until the reader
//! chooses; the choice is kept.

use leptos::prelude::*;

use crate::prefs::{set_theme, theme};
use crate::strings::t;

fn system() -> Option<web_sys::MediaQueryList> {
    if !crate::mode::in_browser() {
        return None;
    }
    window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
}

/// Whether the page shows dark now: the reader's choice, else the system's.
fn dark_now() -> bool {
    match theme().as_deref() {
        Some(t) => t == "dark",
        None => system().is_some_and(|m| m.matches()),
    }
}

/// An icon button (named 深色模式), pressed when the theme is dark.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let dark = RwSignal::new(dark_now());
    // Until the reader chooses, the switch follows the system as the stylesheet does.
    if let Some(query) = system() {
        let follow = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
            dark.try_set(dark_now());
        });
        let _ = query.add_event_listener_with_callback(
            "change",
            wasm_bindgen::JsCast::unchecked_ref(follow.as_ref()),
        );
        follow.forget();
    }
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
