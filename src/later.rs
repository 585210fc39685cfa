//! The views the front page does not need, the archive and search, are split off the wasm
//! (`#[wasm_split]`; `cargo xtask dist` cuts the chunks, see `crates/xtask/src/split.rs`)
//! and fetched the first time the reader opens one: a reader who only reads the paper
//! does not pay for them; focusing the search box fetches search's part, with the search
//! manifest. Downloading an issue for offline reading fetches them too
//! (`fetch_all`), so the archive and searching the issue work offline. Natively
//! (prerendering, tests) the views are called directly.

use banmian_model::Catalog;
use leptos::prelude::*;

use crate::data::Loaded;
use crate::pages::archive::Archive;
use crate::pages::search::SearchView;

/// The archive at `month` (`None`: the newest).
pub fn archive(catalog: Signal<Loaded<Catalog>>, month: Option<String>) -> AnyView {
    #[cfg(target_arch = "wasm32")]
    return fetched(
        crate::strings::t().archive_title,
        chunks::archive(catalog, month),
    );
    #[cfg(not(target_arch = "wasm32"))]
    view! { <Archive catalog=catalog month=month/> }.into_any()
}

/// The search view.
pub fn search() -> AnyView {
    #[cfg(target_arch = "wasm32")]
    return fetched(crate::strings::t().search, chunks::search());
    #[cfg(not(target_arch = "wasm32"))]
    view! { <SearchView/> }.into_any()
}

/// The search box is focused or typed in: starts fetching the search manifest for the view
/// the query will open (`api::search_index_ahead`), and the search's part of the app, which
/// reads it into the store for that view; both are there when the query runs.
pub fn search_ahead() {
    let view = crate::core::api::search_index_ahead();
    #[cfg(target_arch = "wasm32")]
    now_or_later(chunks::ahead(chunks::Ahead::Index(view)));
    #[cfg(not(target_arch = "wasm32"))]
    let _ = view;
}

/// The search box opens the results of `q`: starts fetching its index shards
/// (`search::shards_ahead`), before the results view renders when the search's part of the
/// app is in (it was asked for when the box was focused).
pub fn shards_ahead(q: &str) {
    #[cfg(target_arch = "wasm32")]
    now_or_later(chunks::ahead(chunks::Ahead::Shards(q.to_owned())));
    #[cfg(not(target_arch = "wasm32"))]
    let _ = q;
}

/// Fetches every split-off part of the app (for reading offline); `false` if one could
/// not be fetched.
#[cfg(target_arch = "wasm32")]
pub async fn fetch_all() -> bool {
    chunks::preload_archive().await.is_ok() && chunks::preload_search().await.is_ok()
}

/// Fetches search's part of the app, as focusing the search box does: what the search
/// benchmark's `search_ready` loads (feature `bench-hooks`).
#[cfg(all(target_arch = "wasm32", feature = "bench-hooks"))]
pub async fn search_part() -> bool {
    chunks::preload_search().await.is_ok()
}

/// The split functions: each builds its view, so the view's code is reachable from it
/// alone and goes into its chunk.
#[cfg(target_arch = "wasm32")]
mod chunks {
    use super::*;
    use leptos::wasm_split::{wasm_split, SplitLoaderError};

    #[wasm_split(archive, wasm_split_path = ::leptos::wasm_split, preload(preload_archive), fallible)]
    pub fn archive(
        catalog: Signal<Loaded<Catalog>>,
        month: Option<String>,
    ) -> Result<AnyView, SplitLoaderError> {
        Ok(view! { <Archive catalog=catalog month=month/> }.into_any())
    }

    #[wasm_split(search, wasm_split_path = ::leptos::wasm_split, preload(preload_search), fallible)]
    pub fn search() -> Result<AnyView, SplitLoaderError> {
        Ok(view! { <SearchView/> }.into_any())
    }

    /// What the search box asks of search's part, ahead of the query.
    pub enum Ahead {
        /// Read the search manifest into the store for this view.
        Index(u32),
        /// Start fetching the shards of this query.
        Shards(String),
    }

    // One split function for both, so one loader: the box's focus starts it, and the
    // query's Enter finds it ready and starts the shards at once.
    #[wasm_split(search, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn ahead(what: Ahead) -> Result<(), SplitLoaderError> {
        match what {
            // A failure shows when the search runs and fetches it again.
            Ahead::Index(view) => leptos::task::spawn_local(async move {
                let _ = crate::core::api::search_index_in(view).await;
            }),
            Ahead::Shards(q) => crate::search::shards_ahead(&q),
        }
        Ok(())
    }
}

/// Runs `task` at once if its part of the wasm is in (so what it starts, starts now), else
/// once the part has come.
#[cfg(target_arch = "wasm32")]
fn now_or_later(
    task: impl std::future::Future<Output = Result<(), leptos::wasm_split::SplitLoaderError>> + 'static,
) {
    use std::task::{Context, Waker};
    let mut task = Box::pin(task);
    if task
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
        .is_pending()
    {
        leptos::task::spawn_local(async move {
            let _ = task.await;
        });
    }
}

/// "Loading" until `view`'s chunk is in, then the view; if the chunk cannot be fetched
/// (offline, the view never opened before), says so, naming `what`.
#[cfg(target_arch = "wasm32")]
fn fetched(
    what: &'static str,
    view: impl std::future::Future<Output = Result<AnyView, leptos::wasm_split::SplitLoaderError>>
        + 'static,
) -> AnyView {
    use crate::components::status::{Loading, Problem};
    let state = RwSignal::new(None::<bool>);
    let slot = StoredValue::new_local(None::<AnyView>);
    // Under this owner: the view's contexts are the app's, and it is dropped with it.
    leptos::task::spawn_local_scoped_with_cancellation(async move {
        let view = view.await.ok();
        let ok = view.is_some();
        slot.set_value(view);
        state.set(Some(ok));
    });
    (move || match state.get() {
        None => view! { <Loading/> }.into_any(),
        Some(true) => slot
            .try_update_value(Option::take)
            .flatten()
            .unwrap_or_else(|| ().into_any()),
        Some(false) => {
            let e = crate::core::api::FetchError::Network(String::new());
            let message = crate::strings::fetch_error(what, &e);
            view! { <Problem message=message/> }.into_any()
        }
    })
    .into_any()
}
