//! The search box, on every view: typing searches as one goes (debounced), Enter at once.
//! Focused, it starts loading the search manifest and search's part of the app (`later`), so
//! a query waits only for its shards; opening the results, it starts fetching those shards
//! before the results view renders.

use leptos::prelude::*;

use crate::core::route::{search_href, Route};
use crate::router::use_nav;
use crate::strings;

/// How long typing must pause before the results follow, in milliseconds.
const DEBOUNCE_MS: u32 = 250;

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
    // The pending search; replacing or dropping a gloo Timeout cancels it.
    let pending = StoredValue::new_local(None::<gloo_timers::callback::Timeout>);
    let go = move |replace: bool| {
        let here = nav.here.get_untracked();
        let from = match &here.route {
            Route::Search => here.param("from"),
            other => other.date().unwrap_or_default().to_owned(),
        };
        let this_issue = here.route == Route::Search && here.param("scope") == "issue";
        let q = value.get_untracked();
        if !this_issue {
            crate::later::shards_ahead(&q);
        }
        let href = search_href(&nav.base(), &q, Some(&from), this_issue);
        if replace && here.route == Route::Search {
            nav.replace(&href);
        } else {
            nav.go(&href);
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        crate::later::search_ahead();
        value.set(event_target_value(&ev));
        let later = gloo_timers::callback::Timeout::new(DEBOUNCE_MS, move || go(true));
        pending.set_value(Some(later));
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        pending.set_value(None);
        go(false);
    };
    view! {
        <form class="search-box" role="search" action=move || nav.href(&Route::Search) on:submit=on_submit>
            <input
                type="search"
                name="q"
                aria-label=strings::t().search_label
                placeholder=strings::t().search_placeholder
                prop:value=move || value.get()
                on:input=on_input
                on:focus=move |_| crate::later::search_ahead()
            />
            <button type="submit">{strings::t().search}</button>
        </form>
    }
}
