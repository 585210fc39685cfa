//! An issue: loads its file once, then shows the page or the article the route names.

use leptos::prelude::*;

use crate::components::status::{Loading, Problem};
use crate::core::route::Route;
use crate::pages::article::ArticleView;
use crate::pages::not_found::NotFound;
use crate::pages::page::{AsPrinted, PageView, WholePage};
use crate::router::use_nav;
use crate::strings;

/// The issue of `date`; `latest` when it is shown at `/`.
#[component]
pub fn IssueView(
    /// The issue date.
    date: String,
) -> impl IntoView {
    let nav = use_nav();
    provide_context(WholePage(RwSignal::new(false)));
    provide_context(AsPrinted(RwSignal::new(true)));
    let issue = crate::data::issue(date.clone());
    move || match issue.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(e)) => {
            view! { <Problem message=strings::fetch_error(&strings::this_issue(&date), &e)/> }
                .into_any()
        }
        Some(Ok(issue)) => {
            let issue = issue.clone();
            (move || match nav.here.with(|h| h.route.clone()) {
                Route::Article { page, id, .. } => {
                    view! { <ArticleView issue=issue.clone() page=page id=id/> }.into_any()
                }
                Route::Page { page, .. } => {
                    view! { <PageView issue=issue.clone() page=page/> }.into_any()
                }
                Route::Latest => view! { <PageView issue=issue.clone() page=1/> }.into_any(),
                _ => view! { <NotFound/> }.into_any(),
            })
            .into_any()
        }
    }
}
