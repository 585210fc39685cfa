//! banmian's viewer: a Leptos client-side app that reads a published site's data
//! (`data/catalog.json`, `data/issues/<date>.json`) and renders the broadsheet.

pub mod components;
pub mod core;
pub mod data;
pub mod later;
pub mod mode;
pub mod offline;
pub mod pages;
pub mod prefs;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod router;
pub mod search;
pub mod strings;
pub mod takeover;

use leptos::prelude::*;

use crate::components::connection_bar::ConnectionBar;
use crate::components::lang_switch::LangSwitch;
use crate::components::site_header::SiteHeader;
use crate::core::route::Route;
use crate::data::Loaded;
use crate::offline::provide_offline;
use crate::pages::issue::IssueView;
use crate::pages::latest::Latest;
use crate::pages::not_found::NotFound;
use crate::router::provide_nav;

/// The build of the app, shown in the footer (`BANMIAN_BUILD` at compile time).
const BUILD: &str = match option_env!("BANMIAN_BUILD") {
    Some(build) => build,
    None => env!("CARGO_PKG_VERSION"),
};

/// Which view the route needs; the issue view stays mounted while the reader moves
/// between the pages and articles of one issue.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Section {
    Latest,
    Issue(String),
    /// The archive at a month (`None`: the newest).
    Archive(Option<String>),
    Search,
    NotFound,
}

/// The whole viewer, in the browser: the router, connectivity and the catalog, then the
/// [`Frame`]; over a prerendered page, it takes the page over once its data is in.
#[component]
pub fn App() -> impl IntoView {
    provide_nav();
    provide_offline();
    let catalog = data::catalog();
    // The site bar names the paper from the catalog: it is part of the first view.
    takeover::provide(Signal::derive(move || catalog.with(Option::is_some)));
    view! { <Frame catalog=catalog/> }
}

/// What every address shows: the site bar, the view the route needs, the footer. The app
/// renders it in the browser and `prerender` renders it to HTML, from the same data.
#[component]
pub fn Frame(
    /// The site's catalog.
    catalog: Signal<Loaded<banmian_model::Catalog>>,
) -> impl IntoView {
    let nav = router::use_nav();
    let section = Memo::new(move |_| match nav.here.with(|h| h.route.clone()) {
        Route::Latest => Section::Latest,
        Route::Page { date, .. } | Route::Article { date, .. } => Section::Issue(date),
        Route::Archive => Section::Archive(None),
        Route::ArchiveMonth { month } => Section::Archive(Some(month)),
        Route::Search => Section::Search,
        Route::NotFound(_) => Section::NotFound,
    });
    let chrome = crate::mode::mode().chrome;
    view! {
        {chrome.then(|| view! { <SiteHeader catalog=catalog/> })}
        <ConnectionBar/>
        <main id="main" tabindex="-1">
            {move || match section.get() {
                Section::Latest => view! { <Latest catalog=catalog/> }.into_any(),
                Section::Issue(date) => view! { <IssueView date=date/> }.into_any(),
                Section::Archive(month) => later::archive(catalog, month),
                Section::Search => later::search(),
                Section::NotFound => view! { <NotFound/> }.into_any(),
            }}
        </main>
        {chrome.then(|| view! {
            <footer class="site-foot">
                <p>{strings::t().about}" · "{strings::t().version}" "{BUILD}</p>
                <LangSwitch/>
            </footer>
        })}
    }
}

/// Loads the search index's manifest and search's part of the app, as the search box does
/// when it is focused: what the search benchmark does before timing a query, as it does
/// Pagefind's `init()` (feature `bench-hooks`): `await window.wasmBindings.search_ready()`.
#[cfg(feature = "bench-hooks")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub async fn search_ready() -> bool {
    later::search_part().await && core::api::search_index().await.is_ok()
}

/// Runs a search as the search view does (the count, and the first 20 stories) and
/// returns how many stories match. For the search benchmark (feature `bench-hooks`):
/// `await window.wasmBindings.search_count("窑")`.
#[cfg(feature = "bench-hooks")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub async fn search_count(q: String) -> i32 {
    match search::search(&q, None, 20).await {
        Ok(found) => i32::try_from(found.total).unwrap_or(i32::MAX),
        Err(_) => -1,
    }
}

/// Runs a search without the UI and returns the keys of the matching stories
/// (`date/page/id`, best first) as a JSON array. For benchmarks and host pages:
/// `await window.wasmBindings.search_keys("原始创新")` (feature `bench-hooks`).
#[cfg(feature = "bench-hooks")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub async fn search_keys(q: String) -> String {
    let Ok(found) = search::search(&q, None, usize::MAX).await else {
        return "null".to_owned();
    };
    let mut keys: Vec<String> = Vec::with_capacity(found.top.len());
    for f in &found.top {
        // Each story's line of its document table.
        let Ok((d, _)) = f.story.read().await else {
            return "null".to_owned();
        };
        keys.push(format!("\"{}/{}/{}\"", d.date, d.page, d.id));
    }
    format!("[{}]", keys.join(","))
}
