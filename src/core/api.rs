//! Loading the published data: `data/catalog.json` and `data/issues/<date>.json`,
//! relative to the document's base URL (so a sub-path deploy just works).

use std::sync::Arc;

use banmian_model::{parse_catalog, parse_issue, Catalog, Issue};

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
    get(url)
        .await?
        .text()
        .await
        .map_err(|e| FetchError::Network(e.to_string()))
}

/// The bytes of a file under the base.
pub async fn get_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    get(url)
        .await?
        .binary()
        .await
        .map_err(|e| FetchError::Network(e.to_string()))
}

async fn get(url: &str) -> Result<gloo_net::http::Response, FetchError> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| FetchError::Network(e.to_string()))?;
    match response.status() {
        200..=299 => Ok(response),
        404 | 410 => Err(FetchError::NotFound),
        status => Err(FetchError::Status(status)),
    }
}
