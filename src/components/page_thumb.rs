//! A small picture of the whole page (its stories as blocks where they stand on the
//! broadsheet), shown above the phone's list of stories; it opens the whole page.

use banmian_model::Article;
use leptos::prelude::*;

use crate::core::layout::roles;
use crate::strings::t;

/// The thumbnail of a page's `articles`; `open` shows the whole page.
#[component]
pub fn PageThumb(
    /// The page's items, in reading order.
    articles: Vec<Article>,
    /// Shows the whole page.
    open: Callback<()>,
) -> impl IntoView {
    let blocks = articles
        .iter()
        .zip(roles(&articles))
        .map(|(article, role)| {
            let chars: usize = article
                .blocks
                .iter()
                .map(|b| match b {
                    banmian_model::Block::Paragraph { text } => text.chars().count(),
                    _ => 0,
                })
                .sum();
            // Taller for longer stories, as on paper; a banner is a thin line.
            let rows = 1 + chars.min(3000) / 400;
            view! { <span class=role.class() style=format!("grid-row: span {rows}")></span> }
        })
        .collect_view();
    view! {
        <button type="button" class="thumb" on:click=move |_| open.run(())>
            <span class="thumb-page" aria-hidden="true">{blocks}</span>
            <span>{t().whole_page}</span>
        </button>
    }
}
