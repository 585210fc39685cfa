//! Every published issue, newest first, grouped by month, with its lead headline.

use banmian_model::Catalog;
use leptos::prelude::*;

use crate::components::download_list::DownloadList;
use crate::components::status::{Loading, Problem};
use crate::core::route::Route;
use crate::data::Loaded;
use crate::router::use_nav;
use crate::strings;

/// The archive.
#[component]
pub fn Archive(
    /// The site's catalog.
    catalog: Signal<Loaded<Catalog>>,
) -> impl IntoView {
    let nav = use_nav();
    move || match catalog.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(e)) => {
            view! { <Problem message=strings::fetch_error(strings::t().archive_title, &e)/> }
                .into_any()
        }
        Some(Ok(catalog)) => {
            let paper = catalog
                .paper
                .name
                .clone()
                .unwrap_or_else(|| strings::t().app_name.to_owned());
            crate::mode::set_title(&format!("{} - {paper}", strings::t().archive_title));
            let mut groups: Vec<(String, Vec<_>)> = Vec::new();
            for entry in &catalog.issues {
                let m = strings::month(&entry.date);
                match groups.last_mut() {
                    Some((last, items)) if *last == m => items.push(entry.clone()),
                    _ => groups.push((m, vec![entry.clone()])),
                }
            }
            let empty = groups
                .is_empty()
                .then(|| view! { <p>{strings::t().no_issues}</p> });
            let groups = groups
                .into_iter()
                .map(|(m, entries)| {
                    let items = entries
                        .into_iter()
                        .map(|e| {
                            let href = nav.href(&Route::Page {
                                date: e.date.clone(),
                                page: 1,
                            });
                            let meta: Vec<String> = [
                                e.weekday.clone(),
                                e.number.map(strings::issue_number),
                                e.page_count.map(strings::page_count),
                            ]
                            .into_iter()
                            .flatten()
                            .collect();
                            view! {
                                <li>
                                    <a href=href>{strings::date(&e.date)}</a>
                                    <span class="meta">" "{meta.join(" ")}</span>
                                    {e.lead.map(|l| view! { <p class="lead-line">{l}</p> })}
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <section>
                            <h2>{m}</h2>
                            <ul class="issues">{items}</ul>
                        </section>
                    }
                })
                .collect_view();
            view! {
                <h1>{strings::t().archive_title}</h1>
                {empty}
                <div class="archive">{groups}</div>
                <DownloadList/>
            }
            .into_any()
        }
    }
}
