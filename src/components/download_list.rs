//! The issues downloaded for offline reading, their sizes, and a way to delete them.

use leptos::prelude::*;

use crate::core::route::Route;
use crate::offline::{delete, downloads, storage_estimate};
use crate::router::use_nav;
use crate::strings;

/// The downloads, with the storage the site uses.
#[component]
pub fn DownloadList() -> impl IntoView {
    let nav = use_nav();
    let list = RwSignal::new(downloads());
    let usage = LocalResource::new(move || {
        list.track();
        storage_estimate()
    });
    view! {
        <section class="downloads" aria-labelledby="downloads-title">
            <h2 id="downloads-title">{strings::t().downloads}</h2>
            <p class="meta">{move || usage.get().flatten().map(|(u, q)| strings::storage(u, q))}</p>
            {move || list.with(Vec::is_empty).then(|| view! { <p>{strings::t().no_downloads}</p> })}
            <ul class="issues">
                {move || {
                    list.get()
                        .into_iter()
                        .map(|d| {
                            let date = d.date.clone();
                            let remove = move |_| {
                                let date = date.clone();
                                leptos::task::spawn_local(async move {
                                    delete(&date).await;
                                    list.set(downloads());
                                });
                            };
                            let label = format!("{} {}", strings::t().delete, strings::date(&d.date));
                            view! {
                                <li>
                                    <a href=nav.href(&Route::Page { date: d.date.clone(), page: 1 })>{strings::date(&d.date)}</a>
                                    <span class="meta">" "{strings::size(d.bytes as f64)}" "</span>
                                    <button type="button" aria-label=label on:click=remove>{strings::t().delete}</button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}
