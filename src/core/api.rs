//! Loading the published data: `data/catalog.json` and `data/issues/<date>.json`,
//! relative to the document's base URL (so a sub-path deploy just works).

use std::sync::Arc;

use banmian_model::lite::{parse_catalog, parse_issue};
use banmian_model::{Catalog, Issue};

/// Why data could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// The request did not get an answer (offline, server down).
    Network(String),
    /// The server has no such file.
    NotFound,
    /// The server answered with another error status.
    Status(u16),
    /// The file is there but is not valid data (bad JSON, unknown format, wrong field).
    Data(String),
}

/// The URL of the catalog, relative to the base.
pub const CATALOG_URL: &str = "data/catalog.json";

/// The URL of an issue's file, relative to the base.
pub fn issue_url(date: &str) -> String {
    format!("data/issues/{date}.json")
}

/// Loads the catalog.
pub async fn catalog() -> Result<Arc<Catalog>, FetchError> {
    let text = get_text(CATALOG_URL).await?;
    parse_catalog(&text)
        .map(Arc::new)
        .map_err(|e| FetchError::Data(e.to_string()))
}

thread_local! {
    /// Issues already loaded in this page, by date: search results and the reader share them.
    static ISSUES: std::cell::RefCell<std::collections::HashMap<String, Arc<Issue>>> = Default::default();
}

/// Loads the issue of `date` (once per page).
pub async fn issue(date: String) -> Result<Arc<Issue>, FetchError> {
    if let Some(issue) = ISSUES.with(|m| m.borrow().get(&date).cloned()) {
        return Ok(issue);
    }
    let text = get_text(&issue_url(&date)).await?;
    let issue = parse_issue(&text)
        .map(Arc::new)
        .map_err(|e| FetchError::Data(e.to_string()))?;
    ISSUES.with(|m| m.borrow_mut().insert(date, issue.clone()));
    Ok(issue)
}

/// The text of a file under the base.
pub async fn get_text(url: &str) -> Result<String, FetchError> {
    let bytes = get_bytes(url).await?;
    String::from_utf8(bytes).map_err(|e| FetchError::Data(e.to_string()))
}

thread_local! {
    /// Requests already started by [`prefetch`], by URL.
    static STARTED: std::cell::RefCell<std::collections::HashMap<String, js_sys::Promise>> = Default::default();
}

/// Starts fetching `url` now (a browser fetch starts when it is made); the next
/// [`get_bytes`] of it takes this request instead of making another. So the shards of a
/// query are fetched together rather than one after another.
pub fn prefetch(url: &str) {
    STARTED.with(|s| {
        s.borrow_mut().entry(url.to_owned()).or_insert_with(|| {
            let site = &crate::mode::mode().site;
            leptos::prelude::window().fetch_with_str(&format!("{site}{url}"))
        });
    });
}

/// The bytes of a file under the base.
pub async fn get_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    prefetch(url);
    let Some(started) = STARTED.with(|s| s.borrow_mut().remove(url)) else {
        return Err(FetchError::Network(url.to_owned()));
    };
    let network = |e: wasm_bindgen::JsValue| {
        FetchError::Network(e.as_string().unwrap_or_else(|| "fetch failed".into()))
    };
    let response: web_sys::Response = JsFuture::from(started)
        .await
        .map_err(network)?
        .unchecked_into();
    match response.status() {
        200..=299 => {}
        404 | 410 => return Err(FetchError::NotFound),
        status => return Err(FetchError::Status(status)),
    }
    let body = JsFuture::from(response.array_buffer().map_err(network)?)
        .await
        .map_err(network)?;
    Ok(js_sys::Uint8Array::new(&body).to_vec())
}
