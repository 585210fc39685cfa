//! A small router over the History API: the URL is the state (route + `#part`).
//!
//! Links are plain `<a href>`s; a click on one that stays inside the site is turned into
//! `history.pushState` instead of a page load, and Back/Forward (`popstate`) update the
//! route. The site's base path comes from the document's `<base href>` (Trunk writes it
//! from `--public-url`), so the same build works at `/` and at `/epaper/`.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::core::route::{decode, Route};

/// Where the reader is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Here {
    /// The route.
    pub route: Route,
    /// The fragment without `#` (an article part to mark), or empty.
    pub hash: String,
    /// The query string without `?` (`q=原始创新&from=2026-04-03`), or empty.
    pub search: String,
}

impl Here {
    /// A decoded query parameter, or empty.
    pub fn param(&self, name: &str) -> String {
        crate::core::route::query_param(&self.search, name)
    }
}

/// The router: the current place and the site's base path.
#[derive(Clone, Copy)]
pub struct Nav {
    /// The current place.
    pub here: RwSignal<Here>,
    base: StoredValue<String>,
}

impl Nav {
    /// The base path, ending in `/` (`/` or `/epaper/`).
    pub fn base(&self) -> String {
        self.base.get_value()
    }

    /// The href of a route.
    pub fn href(&self, route: &Route) -> String {
        crate::core::route::href(&self.base(), route)
    }

    /// Goes to an href under the base, as a click on a link to it would.
    pub fn go(&self, href: &str) {
        self.visit(href, false);
    }

    /// Goes to an href without adding a history entry (the search box, as one types).
    pub fn replace(&self, href: &str) {
        self.visit(href, true);
    }

    fn visit(&self, href: &str, replace: bool) {
        let Ok(url) = web_sys::Url::new_with_base(href, &location_href()) else {
            return;
        };
        if let Ok(history) = window().history() {
            let url = Some(url.href());
            let _ = if replace {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", url.as_deref())
            } else {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", url.as_deref())
            };
        }
        self.here.set(read_here(&self.base()));
    }
}

/// The router of the app, from context.
pub fn use_nav() -> Nav {
    expect_context::<Nav>()
}

/// Sets up the router and provides it as context.
pub fn provide_nav() -> Nav {
    let base = base_path();
    let nav = Nav {
        here: RwSignal::new(read_here(&base)),
        base: StoredValue::new(base),
    };
    provide_context(nav);
    intercept_clicks(nav);
    let on_pop = Closure::<dyn Fn()>::new(move || nav.here.set(read_here(&nav.base())));
    let _ = window().add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    on_pop.forget();
    nav
}

fn location_href() -> String {
    window().location().href().unwrap_or_default()
}

/// The path of `<base href>`, or `/` without one.
fn base_path() -> String {
    let has_base = document()
        .query_selector("base[href]")
        .ok()
        .flatten()
        .is_some();
    let path = if has_base {
        document()
            .base_uri()
            .ok()
            .flatten()
            .and_then(|uri| web_sys::Url::new(&uri).ok())
            .map(|u| u.pathname())
            .unwrap_or_else(|| "/".into())
    } else {
        "/".into()
    };
    if path.ends_with('/') {
        path
    } else {
        format!("{path}/")
    }
}

fn read_here(base: &str) -> Here {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let path = decode(&path);
    let rel = path
        .strip_prefix(base)
        .or_else(|| path.strip_prefix(base.trim_end_matches('/')))
        .unwrap_or(&path);
    let hash = location.hash().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    Here {
        route: Route::parse(rel),
        hash: decode(hash.trim_start_matches('#')),
        search: search.trim_start_matches('?').to_owned(),
    }
}

/// Turns clicks on in-site links into history navigation.
fn intercept_clicks(nav: Nav) {
    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.meta_key()
            || ev.ctrl_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let Some(anchor) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            return;
        };
        if !anchor.target().is_empty()
            || anchor.has_attribute("download")
            || anchor
                .get_attribute("rel")
                .is_some_and(|r| r.contains("external"))
        {
            return;
        }
        let Ok(url) = web_sys::Url::new(&anchor.href()) else {
            return;
        };
        let here = window().location();
        let same_origin = here.origin().is_ok_and(|o| o == url.origin());
        if !same_origin || !url.pathname().starts_with(nav.base().trim_end_matches('/')) {
            return;
        }
        ev.prevent_default();
        let same_page =
            here.pathname().is_ok_and(|p| p == url.pathname()) && !url.hash().is_empty();
        nav.go(&url.href());
        if !same_page && url.hash().is_empty() {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
    let _ = document().add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
}
