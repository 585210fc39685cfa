//! The text of one article part: its 上接 marker, body, source note and 下转 marker.

use std::sync::Arc;

use banmian_model::{Article, Issue};
use leptos::prelude::*;

use crate::components::body::Body;
use crate::components::jump_link::{JumpLink, LinkTo};
use crate::core::jumps::Dir;

/// The part's text between its titles and the end, jumps leading as `to` says.
#[component]
pub fn ArticleText(
    /// The issue the part is in.
    issue: Arc<Issue>,
    /// The part.
    article: Article,
    /// Where its jump links lead.
    to: LinkTo,
) -> impl IntoView {
    let from_jump = article
        .continued_from
        .map(|j| view! { <JumpLink issue=issue.clone() jump=j dir=Dir::From to=to/> });
    let nav = crate::router::use_nav();
    let mark = if to == LinkTo::Reader {
        nav.here.with_untracked(|h| h.param("q"))
    } else {
        String::new()
    };
    let to_jump = article
        .continues_to
        .map(|j| view! { <JumpLink issue=issue.clone() jump=j dir=Dir::To to=to/> });
    view! {
        {from_jump}
        <div class="text"><Body blocks=article.blocks mark=mark/></div>
        {article.source.map(|s| view! { <p class="source">"（"{s}"）"</p> })}
        {to_jump}
    }
}
