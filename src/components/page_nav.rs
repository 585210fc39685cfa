//! Every page of the issue (版次 + 版名), with prev/next; pages the paper printed but
//! the data lacks are shown as such, not hidden; a page that came with its PDF offers it.

use banmian_model::Issue;
use leptos::prelude::*;

use crate::components::page_pdf_link::PagePdfLink;
use crate::core::reading::{neighbour_page, page_total};
use crate::core::route::Route;
use crate::router::use_nav;
use crate::strings;

/// The pages of the issue, the current one marked.
#[component]
pub fn PageNav(
    /// The issue.
    issue: std::sync::Arc<Issue>,
    /// The page being read.
    current: u32,
) -> impl IntoView {
    let nav = use_nav();
    let date = issue.date.clone();
    let last = page_total(&issue);
    let link = |page: u32| {
        nav.href(&Route::Page {
            date: date.clone(),
            page,
        })
    };
    let prev = neighbour_page(&issue, current, -1).map(link);
    let next = neighbour_page(&issue, current, 1).map(link);
    let items = (1..=last)
        .map(|n| match issue.page(n) {
            Some(page) => {
                let name = page.name.clone().map(|n| format!(" {n}"));
                let current_attr = (n == current).then_some("page");
                view! {
                    <li>
                        <a href=link(n) aria-current=current_attr>{page.label.clone()}{name}</a>
                        <PagePdfLink page=page.clone() short=true/>
                    </li>
                }
                .into_any()
            }
            None => view! {
                <li class="missing">
                    <span aria-disabled="true">{format!("{} {}", strings::page_label(n), strings::t().not_included)}</span>
                </li>
            }
            .into_any(),
        })
        .collect_view();
    view! {
        <nav class="page-nav" aria-label=strings::t().pages>
            {prev.map(|h| view! { <a class="prev" rel="prev" href=h>"‹ "{strings::t().prev_page}</a> })}
            <ol>{items}</ol>
            {next.map(|h| view! { <a class="next" rel="next" href=h>{strings::t().next_page}" ›"</a> })}
        </nav>
    }
}
