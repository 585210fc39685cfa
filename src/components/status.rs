//! Loading and error states: never a blank page, always a way on.

use leptos::prelude::*;

use crate::core::route::Route;
use crate::router::use_nav;
use crate::strings;

/// Shown while data loads.
#[component]
pub fn Loading() -> impl IntoView {
    crate::takeover::loading();
    view! { <p class="status loading" role="status">{strings::t().loading}</p> }
}

/// Says what went wrong and what still works.
#[component]
pub fn Problem(
    /// What went wrong, for the reader.
    message: String,
) -> impl IntoView {
    let nav = use_nav();
    crate::takeover::failed(&message);
    view! {
        <section class="problem" role="alert">
            <h1>{message}</h1>
            <p>
                <a href=nav.href(&Route::Latest)>{strings::t().latest}</a>
                " · "
                <a href=nav.href(&Route::Archive)>{strings::t().archive}</a>
            </p>
        </section>
    }
}
