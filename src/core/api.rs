//! Loading the published data: `data/catalog.json` (the catalog's head), its month pieces
//! `data/catalog/<month>-<hash>.json`, and `data/issues/<date>.json`, relative to the
//! document's base URL (so a sub-path deploy just works).
//!
//! The JSON is read by the model's serde derives, as in the native tools, but without
//! serde_json (which is large in wasm): the browser's `JSON.parse` parses the text,
//! `read_json` checks the `format` first with the model's [`ParseError`]s, and
//! serde-wasm-bindgen deserializes the parsed value.
//!
//! Everything fetched goes through one store, by URL ([`load`]): a file is fetched once
//! however many views ask at the same time, parsed once, and kept. Files that a publish
//! can change (the catalog, the search manifest, an issue that a correction replaces) are
//! fetched again the first time they are used after the reader goes to another view
//! ([`navigated`]; the browser's or the service worker's cache makes that a revalidation),
//! so a tab left open sees new issues and corrections; the search index's segment files
//! are named by their content and kept for the page's life. A failed fetch is not kept:
//! the next use tries again.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use banmian_model::{
    Catalog, Issue, ParseError, SearchManifest, CATALOG_FORMAT, ISSUE_FORMAT, SEARCH_FORMAT,
};
use banmian_search::Meta;
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

/// The URL of a month piece of the catalog, named in the head relative to it
/// (`catalog/2026-04-<hash>.json` → `data/catalog/2026-04-<hash>.json`); `None` for a name
/// that is not a file in the head's `catalog/` folder.
pub fn piece_url(file: &str) -> Option<String> {
    let name = file.strip_prefix("catalog/")?;
    let plain = !name.is_empty()
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b));
    plain.then(|| format!("data/{file}"))
}

/// The URL of a file an issue names relative to itself (a page's renditions,
/// `../images/<hash>/480x613.webp` → `data/images/<hash>/480x613.webp`); `None` for an
/// address that leaves the data folder or is not a plain path.
pub fn issue_asset_url(src: &str) -> Option<String> {
    let (folder, rest) = match src.strip_prefix("../") {
        Some(rest) => ("data", rest),
        None => ("data/issues", src),
    };
    let plain = !rest.is_empty()
        && rest.split('/').all(|part| {
            !part.is_empty()
                && !part.starts_with('.')
                && part
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_.,".contains(&b))
        });
    plain.then(|| format!("{folder}/{rest}"))
}

/// The URL of the search manifest, relative to the base.
pub const MANIFEST_URL: &str = "data/search/manifest.json";

/// Loads the catalog.
pub async fn catalog() -> Result<Arc<Catalog>, FetchError> {
    let kept = load(CATALOG_URL, |b| parse_catalog(text(b)?).map(Arc::new)).await?;
    Ok(Arc::clone(&kept))
}

/// Loads the catalog's head with the months of the earlier years from the file it names
/// (`Catalog::with_older`): every month of the archive.
pub async fn whole_catalog() -> Result<Arc<Catalog>, FetchError> {
    let head = catalog().await?;
    match &head.older {
        None => Ok(head),
        Some(file) => Ok(Arc::new(head.with_older(&*piece(file.clone()).await?))),
    }
}

/// Loads a month piece of the catalog, or its older months, by its name in the head
/// (`catalog/2026-04-<hash>.json`, `catalog/older-<hash>.json`).
pub async fn piece(file: String) -> Result<Arc<Catalog>, FetchError> {
    let url = piece_url(&file)
        .ok_or_else(|| FetchError::Data(format!("not a catalog piece: {file:?}")))?;
    let kept = load(&url, |b| parse_catalog(text(b)?).map(Arc::new)).await?;
    Ok(Arc::clone(&kept))
}

/// Loads the issue of `date`.
pub async fn issue(date: String) -> Result<Arc<Issue>, FetchError> {
    let kept = load(&issue_url(&date), |b| parse_issue(text(b)?).map(Arc::new)).await?;
    Ok(Arc::clone(&kept))
}

/// The search manifest, with each segment's issues and frequent pairs read once, as it is
/// fetched (a query plans its terms and ranks its hits by them; a repeated or refined
/// query reads them no more).
pub struct SearchIndex {
    /// The manifest.
    pub manifest: SearchManifest,
    /// Each segment's issues and frequent pairs, in the manifest's order.
    pub metas: Vec<Meta>,
}

/// Loads the search manifest.
pub async fn search_index() -> Result<Rc<SearchIndex>, FetchError> {
    search_index_in(VIEW.with(Cell::get)).await
}

/// Starts fetching the search manifest for the view the reader is about to open, and
/// returns that view: the search box calls it when it is focused or typed in, then reads
/// the manifest into the store for that view ([`search_index_in`], in the search's part of
/// the wasm, `later`), so the query that follows finds it loaded (it is fetched again on
/// each view otherwise, being a file a publish changes). No fetch when it is loaded for
/// that view, or on its way.
pub fn search_index_ahead() -> u32 {
    let next = VIEW.with(Cell::get).wrapping_add(1);
    if kept_in(next, MANIFEST_URL).is_none() {
        let _ = flight(MANIFEST_URL);
    }
    next
}

/// The search manifest if the store holds it for this view or the next, without fetching:
/// what the search box plans a query's shards with before the search view opens.
pub fn search_index_kept() -> Option<Rc<SearchIndex>> {
    let view = VIEW.with(Cell::get);
    [view.wrapping_add(1), view]
        .into_iter()
        .find_map(|v| kept_as::<SearchIndex>(v, MANIFEST_URL))
}

/// Loads the search manifest, kept as fetched in view `view`.
pub async fn search_index_in(view: u32) -> Result<Rc<SearchIndex>, FetchError> {
    load_in(view, MANIFEST_URL, |b| {
        let manifest = parse_search_manifest(text(b)?)?;
        let metas = manifest
            .segments
            .iter()
            .map(|s| Meta::from_text(&s.meta).map(|m| m.with_frequent(&s.frequent)))
            .collect::<Result<_, _>>()
            .map_err(|e| FetchError::Data(format!("{MANIFEST_URL}: {e}")))?;
        Ok(SearchIndex { manifest, metas })
    })
    .await
}

fn text(bytes: &[u8]) -> Result<&str, FetchError> {
    std::str::from_utf8(bytes).map_err(|e| FetchError::Data(e.to_string()))
}

/// A file fetched and parsed, its bytes, and the view it was fetched in.
struct Kept {
    value: Rc<dyn Any>,
    bytes: Vec<u8>,
    view: u32,
}

thread_local! {
    /// Everything fetched and parsed, by URL.
    static KEPT: RefCell<HashMap<String, Kept>> = RefCell::new(HashMap::new());
    /// Fetches under way, by URL, each one promise of its response that every asker
    /// awaits; removed when it settles, so a failed fetch is made again next time.
    static FLYING: RefCell<HashMap<String, js_sys::Promise>> = RefCell::new(HashMap::new());
    /// How many times the reader went to another view.
    static VIEW: Cell<u32> = const { Cell::new(0) };
}

/// The reader went to another view: files a publish can change are fetched again when
/// next used.
pub fn navigated() {
    VIEW.with(|v| v.set(v.get().wrapping_add(1)));
}

/// Whether a publish can change the file at `url` (everything but the catalog's month
/// pieces and the search index's segment files, which are named by their content).
pub fn changes(url: &str) -> bool {
    url == MANIFEST_URL || !(url.starts_with("data/search/") || url.starts_with("data/catalog/"))
}

/// What the store holds for `url`, if it is still good to use in this view.
fn kept(url: &str) -> Option<Rc<dyn Any>> {
    kept_in(VIEW.with(Cell::get), url)
}

/// What the store holds for `url`, if it is good to use in view `view`.
fn kept_in(view: u32, url: &str) -> Option<Rc<dyn Any>> {
    KEPT.with(|k| {
        k.borrow()
            .get(url)
            .filter(|kept| !changes(url) || kept.view == view)
            .map(|kept| Rc::clone(&kept.value))
    })
}

/// [`kept_in`], as the type it was parsed to.
fn kept_as<T: 'static>(view: u32, url: &str) -> Option<Rc<T>> {
    kept_in(view, url)?.downcast::<T>().ok()
}

/// Starts fetching `url` now, unless the store holds it or a fetch of it is under way: a
/// browser fetch starts when it is made, and [`load`] takes it. So the shards of a query
/// are fetched together rather than one after another.
pub fn want(url: &str) {
    if kept(url).is_none() {
        let _ = flight(url);
    }
}

/// The file at `url`, parsed by `parse`: from the store when it holds it (and, for a file
/// that can change, it was fetched in this view), else fetched, sharing a fetch under way.
pub async fn load<T: 'static>(
    url: &str,
    parse: impl FnOnce(&[u8]) -> Result<T, FetchError>,
) -> Result<Rc<T>, FetchError> {
    load_in(VIEW.with(Cell::get), url, parse).await
}

/// [`load`] for view `view` (this one, or the next: [`search_index_ahead`]).
async fn load_in<T: 'static>(
    view: u32,
    url: &str,
    parse: impl FnOnce(&[u8]) -> Result<T, FetchError>,
) -> Result<Rc<T>, FetchError> {
    if let Some(hit) = kept_as::<T>(view, url) {
        return Ok(hit);
    }
    let bytes = get_bytes(url).await?;
    // Fetched again and unchanged: the same value, so the views see no change.
    let same = KEPT.with(|k| {
        let mut k = k.borrow_mut();
        let kept = k.get_mut(url).filter(|kept| kept.bytes == bytes)?;
        kept.view = view;
        Rc::clone(&kept.value).downcast::<T>().ok()
    });
    if let Some(same) = same {
        return Ok(same);
    }
    let value = Rc::new(parse(&bytes)?);
    let kept = Kept {
        value: Rc::clone(&value) as Rc<dyn Any>,
        bytes,
        view,
    };
    KEPT.with(|k| k.borrow_mut().insert(url.to_owned(), kept));
    Ok(value)
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

/// Bytes `start..end` of the file at `url`, as the store names them: `url#bytes=start-end`.
/// Such a URL is fetched with a `Range` request, so a result's snippet costs the few
/// hundred bytes around its match, not its whole story.
pub fn range_url(url: &str, start: u64, end: u64) -> String {
    format!("{url}#bytes={start}-{end}")
}

/// A URL of [`range_url`] as the file's URL and the range.
fn split_range(url: &str) -> (&str, Option<(u64, u64)>) {
    let Some((file, range)) = url.split_once("#bytes=") else {
        return (url, None);
    };
    let range = range
        .split_once('-')
        .and_then(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?)))
        .filter(|(a, b)| a < b);
    (file, range)
}

/// The fetch of `url` under way, started now if there is none.
fn flight(url: &str) -> js_sys::Promise {
    FLYING.with(|f| {
        f.borrow_mut()
            .entry(url.to_owned())
            .or_insert_with(|| {
                let site = &crate::mode::mode().site;
                let window = leptos::prelude::window();
                let fetched = match split_range(url) {
                    (file, None) => window.fetch_with_str(&format!("{site}{file}")),
                    (file, Some((start, end))) => {
                        let init = web_sys::RequestInit::new();
                        if let Ok(headers) = web_sys::Headers::new() {
                            let _ = headers.set("Range", &format!("bytes={start}-{}", end - 1));
                            init.set_headers(&headers);
                        }
                        window.fetch_with_str_and_init(&format!("{site}{file}"), &init)
                    }
                };
                let flying = if deflated(url) {
                    inflate_on_arrival(url.to_owned(), fetched)
                } else {
                    fetched
                };
                forget_on_failure(url, &flying);
                flying
            })
            .clone()
    })
}

/// A fetch that fails (no answer, or an answer that is no success) is forgotten when it
/// fails, not when it is read: one started ahead (`want`) may be read by nobody (the
/// search stopped at an earlier failure), and the next search must fetch it again, not
/// get the same failure. (This also handles the failure: no uncaught rejection.)
fn forget_on_failure(url: &str, flying: &js_sys::Promise) {
    use wasm_bindgen::JsCast;
    let (url, flying) = (url.to_owned(), flying.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let answer = wasm_bindgen_futures::JsFuture::from(flying.clone()).await;
        if answer.is_ok_and(|a| a.unchecked_ref::<web_sys::Response>().ok()) {
            return;
        }
        FLYING.with(|f| {
            let mut f = f.borrow_mut();
            if f.get(&url)
                .is_some_and(|p| JsValue::from(p) == JsValue::from(&flying))
            {
                f.remove(&url);
            }
        });
    });
}

/// Whether the file at `url` is stored deflated: a search segment's files (`.deflate`),
/// inflated as they are read.
fn deflated(url: &str) -> bool {
    url.starts_with("data/search/") && url.ends_with(".deflate")
}

/// The bytes of a file under the base (fetched again each time: [`load`] keeps them); a
/// range of a file the store holds whole is cut from it.
async fn get_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    if let (file, Some((start, end))) = split_range(url) {
        let whole = KEPT.with(|k| Some(cut(&k.borrow().get(file)?.bytes, start, end)));
        if let Some(bytes) = whole {
            return Ok(bytes);
        }
    }
    let flying = flight(url);
    let network = |e: wasm_bindgen::JsValue| {
        let detail = message(&e, "");
        FetchError::Network(if detail.is_empty() {
            url.to_owned()
        } else {
            detail
        })
    };
    let settled = JsFuture::from(flying.clone())
        .await
        .map_err(|e| match message(&e, "") {
            m if m.ends_with(NOT_DEFLATED) => FetchError::Data(m),
            _ => network(e),
        });
    // Settled: the next fetch of this URL is a new one (a failure is tried again).
    FLYING.with(|f| {
        let mut f = f.borrow_mut();
        if f.get(url)
            .is_some_and(|p| JsValue::from(p) == JsValue::from(&flying))
        {
            f.remove(url);
        }
    });
    // Every asker reads its own copy of the one response.
    let response: web_sys::Response = settled?.unchecked_into();
    let response = response.clone().map_err(network)?;
    match response.status() {
        200..=299 => {}
        404 | 410 => return Err(FetchError::NotFound),
        status => return Err(FetchError::Status(status)),
    }
    let body = JsFuture::from(response.array_buffer().map_err(network)?)
        .await
        .map_err(network)?;
    let bytes = js_sys::Uint8Array::new(&body).to_vec();
    // A server that ignores ranges sends the whole file.
    match split_range(url) {
        (_, Some((start, end))) if response.status() == 200 => Ok(cut(&bytes, start, end)),
        _ => Ok(bytes),
    }
}

/// Bytes `start..end` of a whole file, as far as it goes.
fn cut(bytes: &[u8], start: u64, end: u64) -> Vec<u8> {
    bytes
        .get(start as usize..(end as usize).min(bytes.len()))
        .unwrap_or_default()
        .to_vec()
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The browser's `DecompressionStream` (every browser since 2023), bound here: web-sys
    /// has it only behind `--cfg=web_sys_unstable_apis`. It is a `{readable, writable}`
    /// pair, what `pipeThrough` takes.
    #[wasm_bindgen(extends = web_sys::ReadableWritablePair)]
    type DecompressionStream;

    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
}

/// What a file that should be raw DEFLATE and is not fails with.
const NOT_DEFLATED: &str = "is not raw DEFLATE";

/// The response `fetched` promises, its body inflated (raw DEFLATE) by the browser's
/// `DecompressionStream` as soon as it arrives: the files of a query arrive together and
/// are inflated together, not one after another as the search reads them. An answer
/// that is not a success is passed on as it is.
fn inflate_on_arrival(url: String, fetched: js_sys::Promise) -> js_sys::Promise {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    wasm_bindgen_futures::future_to_promise(async move {
        let response: web_sys::Response = JsFuture::from(fetched).await?.unchecked_into();
        let Some(body) = response.body().filter(|_| response.ok()) else {
            return Ok(response.into());
        };
        let stream = DecompressionStream::new("deflate-raw")?;
        let inflated =
            web_sys::Response::new_with_opt_readable_stream(Some(&body.pipe_through(&stream)))?;
        let bytes = JsFuture::from(inflated.array_buffer()?)
            .await
            .map_err(|_| js_sys::Error::new(&format!("{url} {NOT_DEFLATED}")))?;
        let bytes = js_sys::Uint8Array::new(&bytes);
        Ok(web_sys::Response::new_with_opt_buffer_source(Some(&bytes))?.into())
    })
}

#[cfg(test)]
mod tests {
    use super::{
        changes, deflated, ends_early, issue_asset_url, piece_url, range_url, split_range,
        CATALOG_URL, MANIFEST_URL,
    };

    #[test]
    fn a_search_segments_files_are_inflated_and_nothing_else() {
        assert!(deflated("data/search/2026-0123abcd/t12.deflate"));
        assert!(deflated("data/search/2026-0123abcd/docs-3.deflate"));
        assert!(!deflated(MANIFEST_URL));
        assert!(!deflated("data/issues/2026-04-03.json"));
    }

    #[test]
    fn an_issue_names_its_page_images_relative_to_itself() {
        let webp = "../images/7ee857a2ba3143595d956d655738d2b9/480x613.webp";
        assert_eq!(
            issue_asset_url(webp).as_deref(),
            Some("data/images/7ee857a2ba3143595d956d655738d2b9/480x613.webp")
        );
        let jpeg = "../images/7e/full/480,613/0/default.jpg";
        assert_eq!(
            issue_asset_url(jpeg).as_deref(),
            Some("data/images/7e/full/480,613/0/default.jpg")
        );
        assert_eq!(
            issue_asset_url("p1.png").as_deref(),
            Some("data/issues/p1.png")
        );
        for outside in [
            "../../x.png",
            "/x.png",
            "https://x.example/a.png",
            "../",
            "a/../b.png",
            "a b.png",
        ] {
            assert_eq!(issue_asset_url(outside), None, "{outside}");
        }
    }

    #[test]
    fn a_range_is_named_in_the_url_and_read_back() {
        let url = range_url("data/issues/2026-04-03.json", 120, 480);
        assert_eq!(url, "data/issues/2026-04-03.json#bytes=120-480");
        assert_eq!(
            split_range(&url),
            ("data/issues/2026-04-03.json", Some((120, 480)))
        );
        assert!(changes(&url), "a correction changes the issue's file");
        assert_eq!(
            split_range("data/catalog.json"),
            ("data/catalog.json", None)
        );
        assert_eq!(
            split_range("a.bin#bytes=5-5"),
            ("a.bin", None),
            "an empty range"
        );
    }

    #[test]
    fn content_named_files_are_kept_and_the_rest_fetched_again() {
        assert!(changes(CATALOG_URL), "the head names the newest issues");
        assert!(changes(MANIFEST_URL));
        assert!(changes("data/issues/2026-04-03.json"), "a correction");
        assert!(!changes("data/catalog/2026-03-0123abcd.json"));
        assert!(!changes("data/search/2026-0123abcd/t7.deflate"));
    }

    #[test]
    fn a_piece_is_fetched_beside_the_head() {
        assert_eq!(
            piece_url("catalog/2026-03-0123abcd.json").as_deref(),
            Some("data/catalog/2026-03-0123abcd.json")
        );
        for odd in [
            "",
            "catalog/",
            "catalog/../issues/x.json",
            "catalog/a/b.json",
            "/catalog/x.json",
            "https://example.com/x.json",
            "issues/2026-04-03.json",
            "catalog/x.json?y",
        ] {
            assert_eq!(piece_url(odd), None, "{odd}");
        }
    }

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
