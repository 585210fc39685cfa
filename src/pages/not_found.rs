//! A route that leads nowhere.

use leptos::prelude::*;

use crate::components::status::Problem;
use crate::strings;

/// Nothing here; links on.
#[component]
pub fn NotFound() -> impl IntoView {
    document().set_title(strings::NOT_FOUND);
    view! { <Problem message=strings::NOT_FOUND.to_owned()/> }
}
