//! Loading the published data: `data/catalog.json` and `data/issues/<date>.json`,
//! relative to the document's base URL (so a sub-path deploy just works).
//!
//! The JSON is read by the model's serde derives, as in the native tools, but without
//! serde_json (which is large in wasm): the browser's `JSON.parse` parses the text,
//! `read_json` checks the `format` first with the model's [`ParseError`]s, and
//! serde-wasm-bindgen deserializes the parsed value.

use std::sync::Arc;

use banmian_model::{
    Catalog, Issue, ParseError, SearchManifest, CATALOG_FORMAT, ISSUE_FORMAT, SEARCH_FORMAT,
};
use wasm_bindgen::JsValue;

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
    parse_catalog(&text).map(Arc::new)
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
    let issue = parse_issue(&text).map(Arc::new)?;
    ISSUES.with(|m| m.borrow_mut().insert(date, issue.clone()));
    Ok(issue)
}

/// Reads an issue file, checking its format first.
pub fn parse_issue(text: &str) -> Result<Issue, FetchError> {
    serde_wasm_bindgen::from_value(read_json(text, ISSUE_FORMAT)?).map_err(field_error)
}

/// Reads a catalog file, checking its format first.
pub fn parse_catalog(text: &str) -> Result<Catalog, FetchError> {
    serde_wasm_bindgen::from_value(read_json(text, CATALOG_FORMAT)?).map_err(field_error)
}

/// Reads the search manifest, checking its format first.
pub fn parse_search_manifest(text: &str) -> Result<SearchManifest, FetchError> {
    serde_wasm_bindgen::from_value(read_json(text, SEARCH_FORMAT)?).map_err(field_error)
}

/// A field of the wrong shape, as serde says it (`missing field `date``, `invalid type: …`).
fn field_error(e: serde_wasm_bindgen::Error) -> FetchError {
    FetchError::Data(message(&e.into(), "wrong field"))
}

/// The message of a JS error (without the `Error: ` of its text), or `otherwise`.
fn message(e: &JsValue, otherwise: &str) -> String {
    wasm_bindgen::JsCast::dyn_ref::<js_sys::Error>(e)
        .map_or_else(|| otherwise.to_owned(), |e| e.message().into())
}

/// Parses `text` with the browser's `JSON.parse` and checks its `format` before the fields
/// are read, as the model's `parse_issue` does, with the same errors: `truncated JSON` or
/// `not valid JSON` (with the browser's own message, which says where), no `format`, or an
/// unknown format named as the file writes it.
fn read_json(text: &str, expected: &'static str) -> Result<JsValue, FetchError> {
    let data = |e: ParseError| FetchError::Data(e.to_string());
    let value = js_sys::JSON::parse(text).map_err(|e| {
        let message = message(&e, "JSON.parse failed");
        let kind = if ends_early(text) {
            "truncated JSON"
        } else {
            "not valid JSON"
        };
        FetchError::Data(format!("{kind}: {message}"))
    })?;
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(data(ParseError::MissingFormat { expected }));
    }
    let format =
        js_sys::Reflect::get(&value, &JsValue::from_str("format")).unwrap_or(JsValue::UNDEFINED);
    if format.is_undefined() || format.is_null() {
        return Err(data(ParseError::MissingFormat { expected }));
    }
    if format.as_string().as_deref() != Some(expected) {
        let found = js_sys::JSON::stringify(&format).map_or_else(|_| "?".into(), String::from);
        return Err(data(ParseError::UnknownFormat { found, expected }));
    }
    Ok(value)
}

/// Whether JSON `text` stops before its end: empty, or inside a string, array or object.
fn ends_early(text: &str) -> bool {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for b in text.bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'[' | b'{' => depth += 1,
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    in_string || depth > 0 || text.trim().is_empty()
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

#[cfg(test)]
mod tests {
    use super::ends_early;

    #[test]
    fn a_cut_off_file_ends_early() {
        for cut in [
            "",
            "  ",
            r#"{"format":"banmian.issue/1","pa"#,
            r#"{"a":[1,"#,
            r#"{"a":"\""#,
        ] {
            assert!(ends_early(cut), "{cut:?}");
        }
        for whole in [
            "{}",
            r#"{"a":"}{["}"#,
            r#"{"a":"\\"}"#,
            "{}}",
            "nul",
            "[1]x",
        ] {
            assert!(!ends_early(whole), "{whole:?}");
        }
    }
}
