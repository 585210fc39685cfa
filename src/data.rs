//! Where the views get the site's data: in the browser it is fetched (`core::api`, again
//! when the connection comes back); when pages are prerendered (`prerender`) it is given.
//! The views read both the same way, so the prerendered page and the app are one view.

use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use banmian_model::{Catalog, CatalogMonth, Issue};
use leptos::prelude::*;

use crate::core::api::{self, FetchError};
use crate::offline::use_offline;
use crate::router::use_nav;

/// Data still loading (`None`), loaded, or failed.
pub type Loaded<T> = Option<Result<Arc<T>, FetchError>>;

/// The data a prerender renders, as context: the catalog, the issues by date, the
/// catalog's month pieces by month and its older months.
#[derive(Clone)]
pub struct Given {
    /// The site's catalog (its head, when it is in pieces).
    pub catalog: Arc<Catalog>,
    /// The issues, by date.
    pub issues: Arc<BTreeMap<String, Arc<Issue>>>,
    /// The month pieces of the catalog, by month (`2026-03`).
    pub pieces: Arc<BTreeMap<String, Arc<Catalog>>>,
    /// The older months the head names (`Catalog::older`), if it names them.
    pub older: Option<Arc<Catalog>>,
}

/// The site's catalog: loaded again when the reader goes to another view (a new issue
/// shows in a tab left open) or the connection comes back.
pub fn catalog() -> Signal<Loaded<Catalog>> {
    if let Some(given) = use_context::<Given>() {
        return Signal::stored(Some(Ok(given.catalog)));
    }
    fresh(Box::new(|| Box::pin(api::catalog())))
}

/// Every month of the archive: the catalog's `head`, with the months of the earlier years
/// from the file it names (`Catalog::older`), which, named by its content, the store keeps
/// once loaded, like a month's piece.
pub fn whole(head: Arc<Catalog>) -> Signal<Loaded<Catalog>> {
    let Some(file) = head.older.clone() else {
        return Signal::stored(Some(Ok(head)));
    };
    let older = match use_context::<Given>() {
        Some(given) => Signal::stored(Some(given.older.ok_or(FetchError::NotFound))),
        None => fresh(Box::new(move || Box::pin(api::piece(file.clone())))),
    };
    // Derived, not memoized: read by one view, which runs again only when `older` changes
    // (a memo would compare whole catalogs, code the wasm does not otherwise carry).
    Signal::derive(move || {
        older
            .get()
            .map(|loaded| loaded.map(|o| Arc::new(head.with_older(&o))))
    })
}

/// The month piece of the catalog that the head names in `month`. A piece never changes
/// (its name is its content's hash): the store keeps it once loaded; it is loaded again
/// only after a failure, when the connection comes back.
pub fn piece(month: &CatalogMonth) -> Signal<Loaded<Catalog>> {
    if let Some(given) = use_context::<Given>() {
        let found = given.pieces.get(&month.month).cloned();
        return Signal::stored(Some(found.ok_or(FetchError::NotFound)));
    }
    let file = month.file.clone();
    fresh(Box::new(move || Box::pin(api::piece(file.clone()))))
}

/// The issue of `date`: loaded again when the reader goes to another view (a correction
/// shows without a reload) or the connection comes back.
pub fn issue(date: String) -> Signal<Loaded<Issue>> {
    if let Some(given) = use_context::<Given>() {
        let found = given.issues.get(&date).cloned();
        return Signal::stored(Some(found.ok_or(FetchError::NotFound)));
    }
    fresh(Box::new(move || Box::pin(api::issue(date.clone()))))
}

/// A load of data of type `T`, boxed: `fresh` is then compiled once a type, not once a caller
/// (a resource's code in the wasm is several kilobytes).
type Load<T> = Box<dyn Fn() -> Pin<Box<dyn Future<Output = Result<Arc<T>, FetchError>>>>>;

/// `load`, run again on each new view and each reconnection; the views see a change only
/// when the data did change (the store gives back the very same value for the same bytes).
fn fresh<T: Send + Sync + 'static>(load: Load<T>) -> Signal<Loaded<T>> {
    let offline = use_offline();
    let nav = use_nav();
    let route = Memo::new(move |_| nav.here.with(|h| h.route.clone()));
    let loaded = LocalResource::new(move || {
        offline.reconnects.track();
        route.track();
        load()
    });
    Memo::new_with_compare(move |_| loaded.get(), changed::<T>).into()
}

/// Whether loaded data changed: another value, or another outcome.
fn changed<T>(old: Option<&Loaded<T>>, new: Option<&Loaded<T>>) -> bool {
    match (old, new) {
        (Some(Some(Ok(a))), Some(Some(Ok(b)))) => !Arc::ptr_eq(a, b),
        (Some(Some(Err(a))), Some(Some(Err(b)))) => a != b,
        (Some(None), Some(None)) => false,
        _ => true,
    }
}
