//! Where the views get the site's data: in the browser it is fetched (`core::api`, again
//! when the connection comes back); when pages are prerendered (`prerender`) it is given.
//! The views read both the same way, so the prerendered page and the app are one view.

use std::collections::BTreeMap;
use std::sync::Arc;

use banmian_model::{Catalog, Issue};
use leptos::prelude::*;

use crate::core::api::{self, FetchError};
use crate::offline::use_offline;

/// Data still loading (`None`), loaded, or failed.
pub type Loaded<T> = Option<Result<Arc<T>, FetchError>>;

/// The data a prerender renders, as context: the catalog and the issues by date.
#[derive(Clone)]
pub struct Given {
    /// The site's catalog.
    pub catalog: Arc<Catalog>,
    /// The issues, by date.
    pub issues: Arc<BTreeMap<String, Arc<Issue>>>,
}

/// The site's catalog.
pub fn catalog() -> Signal<Loaded<Catalog>> {
    if let Some(given) = use_context::<Given>() {
        return Signal::stored(Some(Ok(given.catalog)));
    }
    let offline = use_offline();
    let catalog = LocalResource::new(move || {
        offline.reconnects.track();
        api::catalog()
    });
    Signal::derive(move || catalog.get())
}

/// The issue of `date`.
pub fn issue(date: String) -> Signal<Loaded<Issue>> {
    if let Some(given) = use_context::<Given>() {
        let found = given.issues.get(&date).cloned();
        return Signal::stored(Some(found.ok_or(FetchError::NotFound)));
    }
    let offline = use_offline();
    let issue = LocalResource::new(move || {
        offline.reconnects.track();
        api::issue(date.clone())
    });
    Signal::derive(move || issue.get())
}
