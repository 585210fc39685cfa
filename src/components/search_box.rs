//! The search box, on every view: typing searches as one goes (debounced), Enter at once.

use leptos::prelude::*;

use crate::core::route::{search_href, Route};
use crate::router::use_nav;
use crate::strings;

/// How long typing must pause before the results follow, in milliseconds.
const DEBOUNCE_MS: i32 = 250;

/// A search form whose box is the URL's `q` on the search view.
#[component]
pub fn SearchBox() -> impl IntoView {
    let nav = use_nav();
    let value = RwSignal::new(nav.here.with_untracked(|h| h.param("q")));
    // Keep the box in step with the URL (Back, a link to a search).
    Effect::new(move |_| {
        let here = nav.here.get();
        if here.route == Route::Search {
            value.set(here.param("q"));
        }
    });
    let pending = StoredValue::new(None::<i32>);
    let go = move |replace: bool| {
        let here = nav.here.get_untracked();
        let from = match &here.route {
            Route::Search => here.param("from"),
            other => other.date().unwrap_or_default().to_owned(),
        };
        let this_issue = here.route == Route::Search && here.param("scope") == "issue";
        let href = search_href(&nav.base(), &value.get_untracked(), Some(&from), this_issue);
        if replace && here.route == Route::Search {
            nav.replace(&href);
        } else {
            nav.go(&href);
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        value.set(event_target_value(&ev));
        if let Some(id) = pending.get_value() {
            window().clear_timeout_with_handle(id);
        }
        let later = wasm_bindgen::closure::Closure::once_into_js(move || go(true));
        let id = window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                wasm_bindgen::JsCast::unchecked_ref(&later),
                DEBOUNCE_MS,
            )
            .ok();
        pending.set_value(id);
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(id) = pending.get_value() {
            window().clear_timeout_with_handle(id);
        }
        go(false);
    };
    view! {
        <form class="search-box" role="search" action=move || nav.href(&Route::Search) on:submit=on_submit>
            <input
                type="search"
                name="q"
                aria-label=strings::SEARCH_LABEL
                placeholder=strings::SEARCH_PLACEHOLDER
                prop:value=move || value.get()
                on:input=on_input
            />
            <button type="submit">{strings::SEARCH}</button>
        </form>
    }
}
