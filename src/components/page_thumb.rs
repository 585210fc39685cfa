//! A small picture of the whole page: its stories as blocks where they stand on the
//! broadsheet, taller for longer stories. On a phone it sits in the "版面" button above the
//! list of stories.

use banmian_model::Article;
use leptos::prelude::*;

use crate::core::layout::{body_chars, roles};

/// The picture of a page's `articles` (decorative: the button around it is named).
#[component]
pub fn PageThumb(
    /// The page's items, in reading order.
    articles: Vec<Article>,
) -> impl IntoView {
    let blocks = articles
        .iter()
        .zip(roles(&articles))
        .map(|(article, role)| {
            // Taller for longer stories, as on paper (1 to 8 rows, a class each: a style
            // attribute would break the strict CSP in prerendered pages); a banner is a thin line.
            let rows = 1 + body_chars(article).min(3000) / 400;
            view! { <span class=format!("{} rows-{rows}", role.class())></span> }
        })
        .collect_view();
    view! { <span class="thumb-page" aria-hidden="true">{blocks}</span> }
}
