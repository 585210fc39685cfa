//! One end of a cross-page jump: a real link to the other part, or an honest note
//! when the other page is not in the data.

use banmian_model::{Issue, Jump};
use leptos::prelude::*;

use crate::core::jumps::{jump_view, Dir, Target};
use crate::core::route::{href, part_href, Route};
use crate::router::use_nav;
use crate::strings;

/// Where the link should take the reader: the part on its page, or the part in the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkTo {
    /// `/2026-04-03/4#a-4-2`: the page, with the part marked.
    Page,
    /// `/2026-04-03/4/4-2`: the part in the article reader.
    Reader,
}

/// A `下转` / `上接` marker.
#[component]
pub fn JumpLink(
    /// The issue the jump is in.
    issue: std::sync::Arc<Issue>,
    /// The jump.
    jump: Jump,
    /// Which end it is.
    dir: Dir,
    /// Where the link leads.
    to: LinkTo,
) -> impl IntoView {
    let nav = use_nav();
    let base = nav.base();
    let view = jump_view(&issue, &jump, dir);
    let class = match dir {
        Dir::To => "jump jump-to",
        Dir::From => "jump jump-from",
    };
    let date = issue.date.clone();
    let link = match view.target {
        Target::Part { page, id } => match to {
            LinkTo::Page => part_href(&base, &date, page, &id),
            LinkTo::Reader => href(&base, &Route::Article { date, page, id }),
        },
        Target::Page(page) => href(&base, &Route::Page { date, page }),
        Target::Missing(page) => {
            return view! {
                <p class=class>
                    <span>{view.text}</span>
                    " "
                    <span class="missing-note">{strings::page_missing(page)}</span>
                </p>
            }
            .into_any()
        }
    };
    view! {
        <p class=class>
            <a href=link>{view.text}</a>
        </p>
    }
    .into_any()
}
