//! The bar above every view: the paper, the latest issue, the archive.

use banmian_model::Catalog;
use leptos::prelude::*;

use crate::components::search_box::SearchBox;
use crate::core::route::Route;
use crate::router::use_nav;
use crate::strings;

/// The site bar; it renders whatever the data does, so a page is never blank.
#[component]
pub fn SiteHeader(
    /// The site's catalog, for the paper's name.
    catalog: LocalResource<Result<std::sync::Arc<Catalog>, crate::core::api::FetchError>>,
) -> impl IntoView {
    let nav = use_nav();
    let name = move || {
        catalog
            .get()
            .and_then(|c| c.ok())
            .and_then(|c| c.paper.name.clone())
            .unwrap_or_else(|| strings::APP_NAME.to_owned())
    };
    view! {
        <a class="skip" href="#main">"跳到正文"</a>
        <header class="site-bar">
            <a class="brand" href=nav.href(&Route::Latest)>{name}<span class="brand-sub">" "{strings::APP_NAME}</span></a>
            <SearchBox/>
            <nav aria-label="站点">
                <a href=nav.href(&Route::Latest)>{strings::LATEST}</a>
                <a href=nav.href(&Route::Archive)>{strings::ARCHIVE}</a>
            </nav>
        </header>
    }
}
