//! Reading offline, in the browser: whether we are online, a waiting new version of the
//! app, and issues downloaded into the Cache API for reading without a connection.
//!
//! The service worker (`public/sw.js`) caches what a reader opens; this module adds what
//! the reader asks for ("下载本期") into the `banmian-downloads` cache, which no update
//! deletes, and remembers the downloads in localStorage.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::core::api::{issue_url, piece_url};

/// The cache the service worker reads downloads from (see `public/sw.js`).
const DOWNLOADS: &str = "banmian-downloads";
const DOWNLOADS_KEY: &str = "banmian.downloads.v1";
/// How long after the connection returns the data is loaded again.
const RECONNECT_MS: u32 = 1000;

/// Connectivity and updates, from context.
#[derive(Clone, Copy)]
pub struct Offline {
    /// Whether the browser says it is online.
    pub online: RwSignal<bool>,
    /// Grows each time the connection comes back; resources that read it reload then.
    pub reconnects: RwSignal<u32>,
    /// A new version of the app is installed and waiting.
    pub update_ready: RwSignal<bool>,
}

/// The offline state of the app, from context.
pub fn use_offline() -> Offline {
    expect_context::<Offline>()
}

/// Online, no update waiting, provided as context: what `prerender` renders with.
pub fn provide_steady() -> Offline {
    let state = Offline {
        online: RwSignal::new(true),
        reconnects: RwSignal::new(0),
        update_ready: RwSignal::new(false),
    };
    provide_context(state);
    state
}

/// Watches the connection and the service worker; provides [`Offline`] as context.
pub fn provide_offline() -> Offline {
    let online = window().navigator().on_line();
    let state = Offline {
        online: RwSignal::new(online),
        reconnects: RwSignal::new(0),
        update_ready: RwSignal::new(waiting_worker().is_some()),
    };
    provide_context(state);
    listen("online", move || {
        state.online.set(true);
        // The browser says "online" a moment before requests get through again.
        gloo_timers::callback::Timeout::new(RECONNECT_MS, move || {
            state.reconnects.try_update(|n| *n += 1);
        })
        .forget();
    });
    listen("offline", move || state.online.set(false));
    listen("banmian-update", move || state.update_ready.set(true));
    state
}

fn listen(event: &str, f: impl Fn() + 'static) {
    let closure = Closure::<dyn Fn()>::new(f);
    let _ = window().add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    closure.forget();
}

fn waiting_worker() -> Option<web_sys::ServiceWorker> {
    js_sys::Reflect::get(&window(), &"banmianWaiting".into())
        .ok()
        .and_then(|w| w.dyn_into::<web_sys::ServiceWorker>().ok())
}

/// Switches to the waiting version: the page reloads when the new worker takes over.
pub fn apply_update() {
    let Some(worker) = waiting_worker() else {
        let _ = window().location().reload();
        return;
    };
    let _ = js_sys::Reflect::set(&window(), &"banmianUpdating".into(), &JsValue::TRUE);
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into());
    let _ = worker.post_message(&message);
}

/// An issue kept for offline reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Download {
    /// The issue date.
    pub date: String,
    /// What it holds, relative to the base.
    pub urls: Vec<String>,
    /// Its size in bytes.
    pub bytes: u64,
}

/// Why a download stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DownloadError {
    /// The browser has no room left for it.
    Quota,
    /// The browser keeps no caches here (private mode, old browser).
    Unsupported,
    /// A file could not be fetched or stored.
    Failed(String),
}

/// The issues downloaded so far, newest first.
pub fn downloads() -> Vec<Download> {
    let stored = crate::prefs::storage().and_then(|s| s.get_item(DOWNLOADS_KEY).ok().flatten());
    stored
        .map(|s| s.lines().filter_map(parse_download).collect())
        .unwrap_or_default()
}

/// One download a line: `date \t bytes \t url url …` (URLs have no spaces or tabs).
fn parse_download(line: &str) -> Option<Download> {
    let mut f = line.split('\t');
    let date = f.next()?.to_owned();
    let bytes = f.next()?.parse().ok()?;
    let urls = f
        .next()?
        .split(' ')
        .filter(|u| !u.is_empty())
        .map(str::to_owned)
        .collect();
    Some(Download { date, urls, bytes })
}

fn save_downloads(list: &[Download]) {
    let text: String = list
        .iter()
        .map(|d| format!("{}\t{}\t{}\n", d.date, d.bytes, d.urls.join(" ")))
        .collect();
    if let Some(storage) = crate::prefs::storage() {
        let _ = storage.set_item(DOWNLOADS_KEY, &text);
    }
}

/// The files of an issue to keep: its data file (searching the issue reads it too), its
/// pictures, its pages' scans (every WebP rendition: which one a screen shows depends on its
/// width and the zoom), and the prerendered page of each 版 (opened offline, they show at
/// once; an article not kept opens in the app's shell from the data file). With the
/// catalog (whole: `api::whole_catalog`): its head, its older months, the piece of the
/// issue's month and that month's page of the archive, so the calendar leads to the issue
/// offline too.
pub fn issue_files(
    issue: &banmian_model::Issue,
    catalog: Option<&banmian_model::Catalog>,
) -> Vec<String> {
    let mut urls = vec![issue_url(&issue.date)];
    if let Some(catalog) = catalog {
        let month = banmian_model::month_key(&issue.date);
        urls.push("data/catalog.json".to_owned());
        let files = catalog.piece_of(&month).map(|p| &p.file);
        urls.extend(
            catalog
                .older
                .iter()
                .chain(files)
                .filter_map(|f| piece_url(f)),
        );
        urls.push(crate::core::route::Route::ArchiveMonth { month }.path());
    }
    for page in 1..=crate::core::reading::page_total(issue) {
        let route = crate::core::route::Route::Page {
            date: issue.date.clone(),
            page,
        };
        urls.push(route.path());
    }
    for block in issue
        .pages
        .iter()
        .flat_map(|p| &p.articles)
        .flat_map(|a| &a.blocks)
    {
        if let banmian_model::Block::Image { src, .. } = block {
            urls.push(format!("data/issues/{src}"));
        }
    }
    let scans = issue.pages.iter().flat_map(|p| &p.renditions);
    urls.extend(
        scans
            .filter(|r| r.media_type == "image/webp")
            .filter_map(|r| crate::core::api::issue_asset_url(&r.src)),
    );
    urls
}

/// Downloads `urls` (the files of the issue of `date`) into the downloads cache, calling
/// `progress(done, total)` as it goes. What was stored before a failure stays stored.
pub async fn download(
    date: &str,
    urls: Vec<String>,
    progress: impl Fn(usize, usize),
) -> Result<Download, DownloadError> {
    let cache = open_cache().await?;
    request_persistence();
    // The archive's and search's parts of the app, which the service worker keeps once
    // fetched: the downloaded issue's calendar and its search then open offline too.
    #[cfg(target_arch = "wasm32")]
    if !crate::later::fetch_all().await {
        return Err(DownloadError::Failed(
            crate::strings::t().app_parts.to_owned(),
        ));
    }
    let total = urls.len();
    let mut bytes = 0u64;
    for (i, url) in urls.iter().enumerate() {
        let response: web_sys::Response = JsFuture::from(window().fetch_with_str(url))
            .await
            .map_err(|e| DownloadError::Failed(describe(&e)))?
            .unchecked_into();
        if !response.ok() {
            return Err(DownloadError::Failed(format!(
                "{url}: HTTP {}",
                response.status()
            )));
        }
        let copy = response
            .clone()
            .map_err(|e| DownloadError::Failed(describe(&e)))?;
        let body = JsFuture::from(
            copy.array_buffer()
                .map_err(|e| DownloadError::Failed(describe(&e)))?,
        )
        .await
        .map_err(|e| DownloadError::Failed(describe(&e)))?;
        bytes += js_sys::ArrayBuffer::from(body).byte_length() as u64;
        JsFuture::from(cache.put_with_str(url, &response))
            .await
            .map_err(|e| {
                if describe(&e).contains("Quota") {
                    DownloadError::Quota
                } else {
                    DownloadError::Failed(describe(&e))
                }
            })?;
        progress(i + 1, total);
    }
    let done = Download {
        date: date.to_owned(),
        urls,
        bytes,
    };
    let mut list = downloads();
    list.retain(|d| d.date != date);
    // Kept newest first as it is written, so reading it needs no sort.
    let at = list
        .iter()
        .position(|d| d.date < done.date)
        .unwrap_or(list.len());
    list.insert(at, done.clone());
    save_downloads(&list);
    Ok(done)
}

/// Deletes a downloaded issue from the downloads cache: its files that no other download
/// keeps (the catalog's head and a month's piece serve every issue of theirs).
pub async fn delete(date: &str) {
    let mut list = downloads();
    if let (Some(d), Ok(cache)) = (list.iter().find(|d| d.date == date), open_cache().await) {
        let others: Vec<&String> = list
            .iter()
            .filter(|o| o.date != date)
            .flat_map(|o| &o.urls)
            .collect();
        for url in d.urls.iter().filter(|u| !others.contains(u)) {
            let _ = JsFuture::from(cache.delete_with_str(url)).await;
        }
    }
    list.retain(|d| d.date != date);
    save_downloads(&list);
}

/// How much the site stores and may store, in bytes, when the browser says.
pub async fn storage_estimate() -> Option<(f64, f64)> {
    let estimate = JsFuture::from(window().navigator().storage().estimate().ok()?)
        .await
        .ok()?;
    let get = |key: &str| {
        js_sys::Reflect::get(&estimate, &key.into())
            .ok()
            .and_then(|v| v.as_f64())
    };
    Some((get("usage")?, get("quota")?))
}

async fn open_cache() -> Result<web_sys::Cache, DownloadError> {
    let caches = window().caches().map_err(|_| DownloadError::Unsupported)?;
    let cache = JsFuture::from(caches.open(DOWNLOADS))
        .await
        .map_err(|_| DownloadError::Unsupported)?;
    Ok(cache.unchecked_into())
}

/// Asks the browser not to evict the site's storage under pressure.
fn request_persistence() {
    if let Ok(promise) = window().navigator().storage().persist() {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}

fn describe(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| format!("{}: {}", String::from(e.name()), String::from(e.message())))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}
