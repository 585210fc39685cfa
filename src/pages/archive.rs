//! The archive: a month at a time (the newest, or the one the route names) as a calendar,
//! then that month's issues with their lead headlines, then the downloads. The catalog's
//! head holds the newest month (or every month, in a catalog without pieces); an older
//! month comes from its piece (`data::piece`), and the months of the years before the
//! newest from the older months the head names (`data::whole`).

use std::sync::Arc;

use banmian_model::{Catalog, CatalogEntry};
use leptos::prelude::*;

use crate::components::calendar::Calendar;
use crate::components::download_list::DownloadList;
use crate::components::status::{Loading, Problem};
use crate::core::api::FetchError;
use crate::core::route::Route;
use crate::data::Loaded;
use crate::router::use_nav;
use crate::strings;

/// The archive at `month` (`YYYY-MM`), or at its newest month.
#[component]
pub fn Archive(
    /// The site's catalog.
    catalog: Signal<Loaded<Catalog>>,
    /// The month to show; `None` for the newest.
    month: Option<String>,
) -> impl IntoView {
    // The head, then every month (the older months loaded); either failing says so alike.
    let problem = |e: FetchError| {
        view! { <Problem message=strings::fetch_error(strings::t().archive_title, &e)/> }.into_any()
    };
    move || match catalog.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(e)) => problem(e),
        Some(Ok(head)) => {
            let whole = crate::data::whole(head);
            let month = month.clone();
            (move || match whole.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(e)) => problem(e),
                Some(Ok(catalog)) => archive_at(&catalog, month.clone()).into_any(),
            })
            .into_any()
        }
    }
}

/// The archive of the whole `catalog` at `month`, or at its newest month: once the month's
/// entries are in (from the catalog, or from the month's piece), [`month_view`].
fn archive_at(catalog: &Catalog, month: Option<String>) -> impl IntoView {
    let ui = strings::t();
    let paper = catalog
        .paper
        .name
        .clone()
        .unwrap_or_else(|| ui.app_name.to_owned());
    let months = catalog.month_keys();
    let Some(shown) = month.clone().or_else(|| months.first().cloned()) else {
        crate::mode::set_title(&format!("{} - {paper}", ui.archive_title));
        return view! {
            <h1>{ui.archive_title}</h1>
            <p>{ui.no_issues}</p>
            <DownloadList/>
        }
        .into_any();
    };
    let title = match &month {
        Some(m) => format!("{} {} - {paper}", ui.archive_title, strings::month_of(m)),
        None => format!("{} - {paper}", ui.archive_title),
    };
    crate::mode::set_title(&title);
    // The month's entries: in the head, or in the month's piece.
    let entries: Signal<Loaded<Vec<CatalogEntry>>> = match catalog.piece_of(&shown) {
        None => Signal::stored(Some(Ok(Arc::new(catalog.issues_of(&shown))))),
        Some(piece) => {
            let piece = crate::data::piece(piece);
            let shown = shown.clone();
            Signal::derive(move || {
                piece
                    .get()
                    .map(|loaded| loaded.map(|c| Arc::new(c.issues_of(&shown))))
            })
        }
    };
    let lang = catalog.paper.lang.clone();
    (move || match entries.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(e)) => view! {
            <Problem message=strings::fetch_error(&strings::month_catalog(&shown), &e)/>
        }
        .into_any(),
        Some(Ok(list)) => month_view(&shown, list.to_vec(), months.clone(), &lang).into_any(),
    })
    .into_any()
}

/// The archive at `month`: its calendar, its issues (or a note that it has none), the
/// downloads.
fn month_view(
    month: &str,
    entries: Vec<CatalogEntry>,
    months: Vec<String>,
    lang: &str,
) -> impl IntoView {
    let nav = use_nav();
    let ui = strings::t();
    let listed = if entries.is_empty() {
        view! {
            <section class="month-issues">
                <p class="month-empty">{strings::month_empty(month)}</p>
                <p class="way-on">
                    <a href=nav.href(&Route::Archive)>{ui.archive_title}</a>
                    <a href=nav.href(&Route::Latest)>{ui.latest}</a>
                </p>
            </section>
        }
        .into_any()
    } else {
        let items = entries
            .iter()
            .map(|e| {
                let href = nav.href(&Route::Page {
                    date: e.date.clone(),
                    page: 1,
                });
                let meta: Vec<String> = [
                    strings::weekday(&e.date, e.weekday.as_deref()),
                    e.number.map(strings::issue_number),
                    e.page_count.map(strings::page_count),
                ]
                .into_iter()
                .flatten()
                .collect();
                let lead = e.lead.clone().map(|l| {
                    view! { <p class="lead-line" lang=lang.to_owned()>{l}</p> }
                });
                view! {
                    <li>
                        <a href=href>{strings::date(&e.date)}</a>
                        <span class="meta">" "{meta.join(" ")}</span>
                        {lead}
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="month-issues">
                <h2>{strings::month_of(month)}</h2>
                <ul class="issues">{items}</ul>
            </section>
        }
        .into_any()
    };
    view! {
        <h1>{ui.archive_title}</h1>
        <div class="archive">
            <Calendar month=month.to_owned() entries=entries months=months/>
            {listed}
        </div>
        <DownloadList/>
    }
}
