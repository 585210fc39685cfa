//! The body of an article: paragraphs, subheads, pictures, as text (never HTML).

use banmian_model::Block;
use leptos::prelude::*;

/// The blocks of an article, in order.
#[component]
pub fn Body(
    /// The article's blocks.
    blocks: Vec<Block>,
) -> impl IntoView {
    blocks
        .into_iter()
        .map(|block| match block {
            Block::Paragraph { text } => view! { <p>{text}</p> }.into_any(),
            Block::Subhead { text } => view! { <h3 class="subhead">{text}</h3> }.into_any(),
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
