//! A page of an issue: masthead (page 1) or running head, the page strip, and the page's
//! items set by their roles. ←/→ and a swipe turn pages.
//!
//! On a phone the page opens as a list of its stories (headline and first lines) under a
//! small picture of the page; "版面" shows the whole broadsheet instead, zoomable.
//! A page with a scan shows it as printed, its stories tappable zones on it
//! (`components/printed_page`); "文字版" sets its text as a broadsheet instead.

use std::sync::Arc;

use banmian_model::Issue;
use leptos::prelude::*;

use crate::components::download_button::DownloadButton;
use crate::components::masthead::Masthead;
use crate::components::page_nav::PageNav;
use crate::components::page_pdf_link::PagePdfLink;
use crate::components::page_thumb::PageThumb;
use crate::components::printed_page::PrintedPage;
use crate::components::sheet::Sheet;
use crate::components::status::Problem;
use crate::components::story::Story;
use crate::core::layout::roles;
use crate::core::reading::{neighbour_page, page_total};
use crate::core::route::Route;
use crate::router::use_nav;
use crate::strings::{self, t};
use banmian_model::long_date;

/// Whether the phone shows whole pages (true) or lists of stories (false); it holds
/// while the reader turns the pages of one issue.
#[derive(Clone, Copy)]
pub struct WholePage(pub RwSignal<bool>);

/// Whether a page with a scan shows it as printed (true, "原版") or set from its text
/// ("文字版"); it holds while the reader turns the pages of one issue.
#[derive(Clone, Copy)]
pub struct AsPrinted(pub RwSignal<bool>);

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
        .unwrap_or_else(|| strings::t().app_name.to_owned());
    let date = issue.date.clone();
    crate::mode::set_title(&format!(
        "{paper} {} {}",
        strings::date(&date),
        strings::page_label(page)
    ));
    let whole = use_context::<WholePage>()
        .map(|w| w.0)
        .unwrap_or_else(|| RwSignal::new(false));
    let as_printed = use_context::<AsPrinted>()
        .map(|w| w.0)
        .unwrap_or_else(|| RwSignal::new(true));
    let turn = {
        let issue = issue.clone();
        Callback::new(move |step: i32| {
            if let Some(n) = neighbour_page(&issue, page, step) {
                nav.go(&nav.href(&Route::Page {
                    date: issue.date.clone(),
                    page: n,
                }));
                crate::mode::scroll_to_top();
            }
        })
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() || typing(&ev) || !crate::mode::owns(&ev)
        {
            return;
        }
        match ev.key().as_str() {
            "ArrowLeft" => turn.run(-1),
            "ArrowRight" => turn.run(1),
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
    let strip = view! {
        <div class="tools">
            <PageNav issue=issue.clone() current=page/>
            <DownloadButton issue=issue.clone()/>
        </div>
    };
    let Some(data) = issue.page(page) else {
        let message = if page <= page_total(&issue) {
            strings::about(
                &format!("{paper} {}", strings::date(&date)),
                &strings::page_missing(page),
            )
        } else {
            strings::about(&strings::this_issue(&date), strings::t().not_found)
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
    let pressed = move |to_whole: bool| move || (whole.get() == to_whole).to_string();
    // A page with a scan: the printed page, or the text set as a broadsheet ("文字版").
    let scanned = data.image_size.is_some() && !data.renditions.is_empty();
    let printed = move || scanned && as_printed.get();
    let pdf = view! { <PagePdfLink page=data.clone()/> };
    let print_mode = scanned.then(|| {
        let pressed = move |to: bool| move || (as_printed.get() == to).to_string();
        view! {
            <div class="print-mode" role="group" aria-label=t().print_mode>
                <button type="button" aria-pressed=pressed(true) on:click=move |_| as_printed.set(true)>
                    {t().printed_view}
                </button>
                <button type="button" aria-pressed=pressed(false) on:click=move |_| as_printed.set(false)>
                    {t().text_view}
                </button>
            </div>
        }
    });
    // Made inside the sheet (a closure run there), which tells it the width it stands at.
    let scan = scanned.then(|| {
        let (page, date, lang) = (data.clone(), date.clone(), issue.paper.lang.clone());
        move || view! { <PrintedPage page=page.clone() date=date.clone() lang=lang.clone() mark=nav.here.with_untracked(|h| h.param("q"))/> }
    });
    view! {
        {head}
        {strip}
        <div class="page-view" class:whole=move || whole.get() class:printed=printed>
            {print_mode}
            {pdf}
            <div class="view-mode" role="group" aria-label=t().view_mode>
                <button type="button" aria-pressed=pressed(false) on:click=move |_| whole.set(false)>
                    {t().list_view}
                </button>
                <button type="button" aria-pressed=pressed(true) on:click=move |_| whole.set(true)>
                    <PageThumb articles=data.articles.clone()/>
                    {t().sheet_view}
                </button>
            </div>
            <Sheet zoomable=whole.into() turn=turn>
                {scan}
                <div class="broadsheet" lang=issue.paper.lang.clone()>{items}</div>
            </Sheet>
            <p class="hint">
                <span class="keys-hint">{t().keys_hint}</span>
                <span class="touch-hint">{move || if whole.get() { t().zoom_hint } else { t().swipe_hint }}</span>
            </p>
        </div>
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
