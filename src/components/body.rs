//! The body of an article: paragraphs, subheads, pictures, as text (never HTML), with the
//! matches of a search query marked when there is one.

use banmian_model::Block;
use leptos::prelude::*;

use crate::core::marks::marked;

/// The blocks of an article, in order.
#[component]
pub fn Body(
    /// The article's blocks.
    blocks: Vec<Block>,
    /// A search query whose matches are marked (`<mark>`); empty for none.
    #[prop(optional, into)]
    mark: String,
) -> impl IntoView {
    blocks
        .into_iter()
        .map(|block| match block {
            Block::Paragraph { text } => view! { <p>{marked_text(&text, &mark)}</p> }.into_any(),
            Block::Subhead { text } => view! { <h3 class="subhead">{marked_text(&text, &mark)}</h3> }.into_any(),
            Block::Image { src, width, height, caption, credit } => view! {
                <figure>
                    <img src=src width=width height=height alt=caption.clone().unwrap_or_default() loading="lazy"/>
                    <figcaption>{caption}" "{credit}</figcaption>
                </figure>
            }
            .into_any(),
            Block::Unknown => ().into_any(),
        })
        .collect_view()
}

/// `text` as text nodes, with the matches of `query` in `<mark>`.
pub fn marked_text(text: &str, query: &str) -> impl IntoView {
    marked(text, query)
        .into_iter()
        .map(|(piece, hit)| {
            if hit {
                view! { <mark>{piece}</mark> }.into_any()
            } else {
                piece.into_any()
            }
        })
        .collect_view()
}
