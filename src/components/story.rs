//! One item on the broadsheet: a banner, or a story with its titles, byline, body and jumps.

use std::sync::Arc;

use banmian_model::{Article, Issue, Kind};
use leptos::prelude::*;

use crate::components::article_text::ArticleText;
use crate::components::jump_link::LinkTo;
use crate::core::layout::Role;
use crate::core::route::{anchor, Route};
use crate::router::use_nav;

/// An item of a page, set in its role; marked when the URL's fragment names it.
#[component]
pub fn Story(
    /// The issue.
    issue: Arc<Issue>,
    /// The page the item is on.
    page: u32,
    /// The item.
    article: Article,
    /// Its place on the broadsheet.
    role: Role,
) -> impl IntoView {
    let nav = use_nav();
    let id = anchor(&article.id);
    if article.kind == Kind::Banner {
        return view! {
            <div class=role.class() id=id>
                <p class="banner-line">{article.headline}</p>
            </div>
        }
        .into_any();
    }
    let marked = {
        let id = id.clone();
        Memo::new(move |_| nav.here.with(|h| h.hash == id))
    };
    let node = NodeRef::<leptos::html::Article>::new();
    Effect::new(move |_| {
        if marked.get() {
            if let Some(el) = node.get() {
                el.scroll_into_view();
            }
        }
    });
    let reader = nav.href(&Route::Article {
        date: issue.date.clone(),
        page,
        id: article.id.clone(),
    });
    let heading_id = format!("h-{}", article.id);
    let labelled_by = heading_id.clone();
    let headline = if article.headline.is_empty() {
        crate::strings::t().continued.to_owned()
    } else {
        article.headline.clone()
    };
    let text = view! { <ArticleText issue=issue.clone() article=article.clone() to=LinkTo::Page/> };
    view! {
        <article class=role.class() class:marked=move || marked.get() id=id aria-labelledby=labelled_by node_ref=node>
            {article.kicker.map(|k| view! { <p class="kicker">{k}</p> })}
            <h2 id=heading_id><a href=reader>{headline}</a></h2>
            {article.subheadline.map(|s| view! { <p class="subheadline">"——"{s}</p> })}
            {article.byline.map(|b| view! { <p class="byline">{b}</p> })}
            {text}
        </article>
    }
    .into_any()
}
