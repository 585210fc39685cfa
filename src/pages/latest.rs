//! `/`: the newest issue from the catalog, shown at its front page.

use banmian_model::Catalog;
use leptos::prelude::*;

use crate::components::status::{Loading, Problem};
use crate::data::Loaded;
use crate::pages::issue::IssueView;
use crate::strings;

/// The latest issue.
#[component]
pub fn Latest(
    /// The site's catalog.
    catalog: Signal<Loaded<Catalog>>,
) -> impl IntoView {
    move || match catalog.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(e)) => {
            view! { <Problem message=strings::fetch_error(strings::t().latest, &e)/> }.into_any()
        }
        Some(Ok(c)) => match c.issues.first() {
            Some(entry) => view! { <IssueView date=entry.date.clone()/> }.into_any(),
            None => view! { <Problem message=strings::t().no_issues.to_owned()/> }.into_any(),
        },
    }
}
