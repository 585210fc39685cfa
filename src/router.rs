//! A small router over the History API: the URL is the state (route + `#part`).
//!
//! Links are plain `<a href>`s; a click on one that stays inside the site is turned into
//! `history.pushState` instead of a page load, and Back/Forward (`popstate`) update the
//! route. On its own page the route is the path under the site's base path, which comes
//! from the document's `<base href>` (Trunk writes it from `--public-url`), so the same
//! build works at `/` and at `/epaper/`. Embedded (see `mode`), the route lives in the
//! fragment instead — `#/2026-04-03/4`, `#/2026-04-03/1#a-1-3`, `#/search?q=…` — so the
//! host page's (or the frame's) path and query never change.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::core::route::{decode, under_base, Route};

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
        let Some(url) = absolute(href) else {
            return;
        };
        if let Ok(history) = window().history() {
            let url = Some(url);
            let _ = if replace {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", url.as_deref())
            } else {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", url.as_deref())
            };
        }
        self.arrive();
    }

    /// Takes the place from the URL; going to another view lets the data a publish can
    /// change be fetched again (`api::navigated`).
    fn arrive(&self) {
        let here = read_here(&self.base());
        if self.here.with_untracked(|h| h.route != here.route) {
            crate::core::api::navigated();
        }
        self.here.set(here);
    }
}

/// The router of the app, from context.
pub fn use_nav() -> Nav {
    expect_context::<Nav>()
}

/// A router that stays at `here`, under the base path `base` (`/epaper/`), provided as
/// context: what `prerender` renders a route with.
pub fn provide_fixed_nav(base: &str, here: Here) -> Nav {
    let nav = Nav {
        here: RwSignal::new(here),
        base: StoredValue::new(base.to_owned()),
    };
    provide_context(nav);
    nav
}

/// Sets up the router and provides it as context.
pub fn provide_nav() -> Nav {
    let base = if crate::mode::mode().hash_routes {
        page_address()
    } else {
        base_path()
    };
    let nav = Nav {
        here: RwSignal::new(read_here(&base)),
        base: StoredValue::new(base),
    };
    provide_context(nav);
    intercept_clicks(nav);
    let on_pop = Closure::<dyn Fn()>::new(move || nav.arrive());
    let _ = window().add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    on_pop.forget();
    nav
}

/// The address of the document without its fragment, then `#/`: the base of the routes
/// that live in the fragment.
fn page_address() -> String {
    let location = window().location();
    format!(
        "{}{}#/",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    )
}

/// An href (as [`Nav::href`] makes them) as a full URL, resolved against the page.
pub fn absolute(href: &str) -> Option<String> {
    let page = window().location().href().ok()?;
    web_sys::Url::new_with_base(href, &page)
        .ok()
        .map(|u| u.href())
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
    let hash = location.hash().unwrap_or_default();
    if crate::mode::mode().hash_routes {
        // `#/2026-04-03/1?q=x#a-1-3`: route, then query, then the part to mark.
        let inner = hash.trim_start_matches('#');
        let (inner, part) = inner.split_once('#').unwrap_or((inner, ""));
        let (path, search) = inner.split_once('?').unwrap_or((inner, ""));
        return Here {
            route: Route::parse(&decode(path)),
            hash: decode(part),
            search: search.to_owned(),
        };
    }
    let path = location.pathname().unwrap_or_default();
    let path = decode(&path);
    // A path outside the base (`/epaper-x/…` under `/epaper/`) is no route of ours.
    let route = under_base(&path, base).map_or_else(|| Route::NotFound(path.clone()), Route::parse);
    let search = location.search().unwrap_or_default();
    Here {
        route,
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
        // An HTML link, or an SVG one (a story's zone on the printed page).
        let Some(anchor) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten())
        else {
            return;
        };
        if anchor
            .get_attribute("target")
            .is_some_and(|t| !t.is_empty())
            || anchor.has_attribute("download")
            || anchor
                .get_attribute("rel")
                .is_some_and(|r| r.contains("external"))
        {
            return;
        }
        let (Some(href), Some(base)) = (
            anchor.get_attribute("href"),
            anchor.base_uri().ok().flatten(),
        ) else {
            return;
        };
        let Ok(url) = web_sys::Url::new_with_base(&href, &base) else {
            return;
        };
        let here = window().location();
        let same_origin = here.origin().is_ok_and(|o| o == url.origin());
        let (in_site, part) = if crate::mode::mode().hash_routes {
            let same_doc = here.pathname().is_ok_and(|p| p == url.pathname())
                && here.search().is_ok_and(|s| s == url.search());
            let hash = url.hash();
            let part = hash.get(1..).is_some_and(|h| h.contains('#'));
            (same_doc && hash.starts_with("#/"), part)
        } else {
            let in_site = under_base(&decode(&url.pathname()), &nav.base()).is_some();
            (in_site, !url.hash().is_empty())
        };
        if !same_origin || !in_site {
            return;
        }
        ev.prevent_default();
        let before = nav.here.with_untracked(|h| h.route.clone());
        nav.go(&url.href());
        if !part && nav.here.with_untracked(|h| h.route != before) {
            crate::mode::scroll_to_top();
        }
    });
    // On the viewer's root: inside a host page's shadow root, clicks are seen there with
    // their real targets.
    let target: web_sys::EventTarget = match crate::mode::root() {
        Some(root) => root.into(),
        None => document().into(),
    };
    let _ = target.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
}
