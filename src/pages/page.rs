//! A page of an issue as a broadsheet: masthead (page 1) or running head, the page
//! strip, and the page's items set by their roles. ←/→ turn pages.

use std::sync::Arc;

use banmian_model::Issue;
use leptos::prelude::*;

use crate::components::download_button::DownloadButton;
use crate::components::masthead::Masthead;
use crate::components::page_nav::PageNav;
use crate::components::status::Problem;
use crate::components::story::Story;
use crate::core::layout::roles;
use crate::core::reading::{neighbour_page, page_total};
use crate::core::route::Route;
use crate::router::use_nav;
use crate::strings;
use banmian_model::long_date;

/// Page `page` of `issue`.
#[component]
pub fn PageView(
    /// The issue.
    issue: Arc<Issue>,
    /// The page number.
    page: u32,
) -> impl IntoView {
    let nav = use_nav();
    let paper = issue
        .paper
        .name
        .clone()
        .unwrap_or_else(|| strings::APP_NAME.to_owned());
    let date = issue.date.clone();
    document().set_title(&format!("{paper} {} 第{page}版", long_date(&date)));
    let keys = {
        let issue = issue.clone();
        window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.alt_key() || ev.ctrl_key() || ev.meta_key() || typing(&ev) {
                return;
            }
            let step = match ev.key().as_str() {
                "ArrowLeft" => -1,
                "ArrowRight" => 1,
                _ => return,
            };
            if let Some(n) = neighbour_page(&issue, page, step) {
                nav.go(&nav.href(&Route::Page {
                    date: issue.date.clone(),
                    page: n,
                }));
                window().scroll_to_with_x_and_y(0.0, 0.0);
            }
        })
    };
    on_cleanup(move || keys.remove());
    let strip = view! {
        <div class="tools">
            <PageNav issue=issue.clone() current=page/>
            <DownloadButton issue=issue.clone()/>
        </div>
    };
    let Some(data) = issue.page(page) else {
        let message = if page <= page_total(&issue) {
            format!(
                "{} {}：{}",
                paper,
                long_date(&date),
                strings::page_missing(page)
            )
        } else {
            format!("{}：{}", strings::this_issue(&date), strings::NOT_FOUND)
        };
        return view! { {strip} <Problem message=message/> }.into_any();
    };
    let head = if page == 1 {
        view! { <Masthead issue=issue.clone()/> }.into_any()
    } else {
        let title = format!(
            "{}{}",
            data.label,
            data.name
                .as_ref()
                .map(|n| format!(" {n}"))
                .unwrap_or_default()
        );
        view! {
            <header class="running-head">
                <p>{paper.clone()}" "{long_date(&date)}" "{issue.weekday.clone()}</p>
                <h1>{title}</h1>
            </header>
        }
        .into_any()
    };
    let items = data
        .articles
        .iter()
        .cloned()
        .zip(roles(&data.articles))
        .map(|(article, role)| view! { <Story issue=issue.clone() page=page article=article role=role/> })
        .collect_view();
    view! {
        {head}
        {strip}
        <div class="broadsheet" lang=issue.paper.lang.clone()>{items}</div>
        <p class="hint">{strings::KEYS_HINT}</p>
    }
    .into_any()
}

/// Whether a key event comes from a text field, where arrows move the caret.
fn typing(ev: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
}
