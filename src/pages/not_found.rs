//! A route that leads nowhere.

use leptos::prelude::*;

use crate::components::status::Problem;
use crate::strings;

/// Nothing here; links on.
#[component]
pub fn NotFound() -> impl IntoView {
    crate::mode::set_title(strings::t().not_found);
    view! { <Problem message=strings::t().not_found.to_owned()/> }
}
