//! The bar above every view: the paper, search, the latest issue, the archive, and the
//! theme switch.

use banmian_model::Catalog;
use leptos::prelude::*;

use crate::components::search_box::SearchBox;
use crate::components::theme_toggle::ThemeToggle;
use crate::core::route::Route;
use crate::router::use_nav;
use crate::strings::t;

/// The site bar; it renders whatever the data does, so a page is never blank.
#[component]
pub fn SiteHeader(
    /// The site's catalog, for the paper's name.
    catalog: Signal<crate::data::Loaded<Catalog>>,
) -> impl IntoView {
    let nav = use_nav();
    let name = move || {
        catalog
            .get()
            .and_then(|c| c.ok())
            .and_then(|c| c.paper.name.clone())
    };
    let paper_lang = move || {
        catalog
            .get()
            .and_then(|c| c.ok())
            .map(|c| c.paper.lang.clone())
    };
    // A link to `#main` would be a route in the fragment (embedded) or leave the page
    // (`<base href>`): the skip link moves the focus itself.
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = crate::mode::root()
            .and_then(|r| r.query_selector("#main").ok().flatten())
            .and_then(|m| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(m).ok())
        {
            let _ = main.focus();
        }
    };
    view! {
        <a class="skip" href="#main" on:click=skip>{t().skip}</a>
        <header class="site-bar">
            <a class="brand" href=nav.href(&Route::Latest)>
                {move || match name() {
                    Some(n) => view! { <span lang=paper_lang>{n}</span> }.into_any(),
                    None => t().app_name.into_any(),
                }}
                <span class="brand-sub">" "{t().app_name}</span>
            </a>
            <SearchBox/>
            <nav aria-label=t().site_nav>
                <a href=nav.href(&Route::Latest)>{t().latest}</a>
                <a href=nav.href(&Route::Archive)>{t().archive}</a>
            </nav>
            <div class="settings">
                <ThemeToggle/>
            </div>
        </header>
    }
}
