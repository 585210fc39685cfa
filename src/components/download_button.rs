//! "下载本期": keeps a whole issue for reading offline, with progress and its outcome.

use std::sync::Arc;

use banmian_model::Issue;
use leptos::prelude::*;

use crate::offline::{download, downloads, issue_files, DownloadError};
use crate::strings;

#[derive(Debug, Clone, PartialEq)]
enum State {
    Idle,
    Running(usize, usize),
    Done(u64),
    Failed(String),
}

/// The download button of an issue.
#[component]
pub fn DownloadButton(
    /// The issue.
    issue: Arc<Issue>,
) -> impl IntoView {
    let date = issue.date.clone();
    let known = downloads()
        .into_iter()
        .find(|d| d.date == date)
        .map(|d| State::Done(d.bytes));
    let state = RwSignal::new(known.unwrap_or(State::Idle));
    let start = move |_| {
        let (date, issue) = (date.clone(), issue.clone());
        leptos::task::spawn_local(async move {
            // The catalog is in the store already (every view reads it), and its older
            // months once the archive was opened; without them (offline), the head alone
            // leads to an issue of the newest year, and without a catalog the issue's own
            // files are still kept.
            let catalog = match crate::core::api::whole_catalog().await {
                Ok(whole) => Some(whole),
                Err(_) => crate::core::api::catalog().await.ok(),
            };
            let urls = issue_files(&issue, catalog.as_deref());
            state.set(State::Running(0, urls.len()));
            let result = download(&date, urls, move |done, total| {
                state.set(State::Running(done, total))
            })
            .await;
            state.set(match result {
                Ok(d) => State::Done(d.bytes),
                Err(DownloadError::Quota) => State::Failed(strings::t().quota.to_owned()),
                Err(DownloadError::Unsupported) => State::Failed(strings::t().no_cache.to_owned()),
                Err(DownloadError::Failed(e)) => State::Failed(strings::download_failed(&e)),
            });
        });
    };
    view! {
        <div class="download">
            {move || match state.get() {
                State::Idle => view! { <button type="button" on:click=start.clone()>{strings::t().download}</button> }.into_any(),
                State::Running(done, total) => view! {
                    <span role="status">{strings::downloading(done, total)}</span>
                    <progress max=total value=done></progress>
                }
                .into_any(),
                State::Done(bytes) => view! {
                    <span class="downloaded" role="status">{strings::t().downloaded}" · "{strings::size(bytes as f64)}</span>
                }
                .into_any(),
                State::Failed(message) => view! {
                    <span role="alert">{message}</span>
                    " "
                    <button type="button" on:click=start.clone()>{strings::t().download}</button>
                }
                .into_any(),
            }}
        </div>
    }
}
