//! Where the viewer runs, decided once at start-up:
//!
//! - **its own page** (`/epaper/…`): routes are paths, the document is ours;
//! - **an iframe** (`/epaper/?embed=1`, `&chrome=0` without the site bar and footer): routes
//!   live in the fragment, so the frame's address keeps its query;
//! - **a host page** (`embed.js` puts `window.banmianEmbed = {root, site, chrome, lang}` before
//!   the wasm starts): the viewer renders into `root` inside the host element's shadow root,
//!   routes live in the fragment, and the host's path, title and styles are left alone.

use std::sync::OnceLock;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How the viewer is mounted.
#[derive(Debug)]
pub struct Mode {
    /// Inside a host page (embed.js): the document is not ours.
    pub hosted: bool,
    /// Routes live in the URL's fragment (`#/2026-04-03/4`), never in its path.
    pub hash_routes: bool,
    /// Show the site bar and the footer.
    pub chrome: bool,
    /// The site's own URL, ending in `/`, that `data/…` is relative to; empty for the
    /// document's base.
    pub site: String,
}

static MODE: OnceLock<Mode> = OnceLock::new();

/// The mode, as [`start`] found it (the own page before it runs).
pub fn mode() -> &'static Mode {
    MODE.get_or_init(|| Mode {
        hosted: false,
        hash_routes: false,
        chrome: true,
        site: String::new(),
    })
}

thread_local! {
    static ROOT: std::cell::OnceCell<web_sys::HtmlElement> = const { std::cell::OnceCell::new() };
}

/// Finds the mode and the element to render into (`div.banmian`), and picks the language.
pub fn start() -> Option<web_sys::HtmlElement> {
    let embed = js_sys::Reflect::get(&window(), &"banmianEmbed".into())
        .ok()
        .filter(|v| v.is_object());
    let field = |name: &str| {
        embed
            .as_ref()
            .and_then(|e| js_sys::Reflect::get(e, &name.into()).ok())
    };
    let search = window().location().search().unwrap_or_default();
    let param = |name: &str| crate::core::route::query_param(search.trim_start_matches('?'), name);
    let hosted_root = field("root").and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok());
    let (mode, root, lang) = match hosted_root {
        Some(root) => (
            Mode {
                hosted: true,
                hash_routes: true,
                chrome: field("chrome").and_then(|c| c.as_bool()) != Some(false),
                site: field("site")
                    .and_then(|s| s.as_string())
                    .unwrap_or_default(),
            },
            root,
            field("lang").and_then(|l| l.as_string()),
        ),
        None => {
            let framed = param("embed") == "1";
            let root = document()
                .create_element("div")
                .ok()?
                .dyn_into::<web_sys::HtmlElement>()
                .ok()?;
            document().body()?.append_child(&root).ok()?;
            let lang = Some(param("lang")).filter(|l| !l.is_empty());
            (
                Mode {
                    hosted: false,
                    hash_routes: framed,
                    chrome: !(framed && param("chrome") == "0"),
                    site: String::new(),
                },
                root,
                lang,
            )
        }
    };
    let english = crate::prefs::language(lang.as_deref()).starts_with("en");
    crate::strings::set_english(english);
    let lang = crate::strings::t().lang;
    root.class_list().add_1("banmian").ok();
    if mode.hosted {
        // A host page has no service worker of ours to read downloads offline: the
        // stylesheet hides "下载本期" and the list of downloads there.
        root.class_list().add_1("hosted").ok();
    }
    root.set_attribute("lang", lang).ok();
    if !mode.hosted {
        document()
            .document_element()
            .map(|html| html.set_attribute("lang", lang));
    }
    let _ = MODE.set(mode);
    ROOT.with(|r| r.set(root.clone()).ok());
    crate::prefs::apply(&root);
    Some(root)
}

/// The element the viewer renders into.
pub fn root() -> Option<web_sys::HtmlElement> {
    ROOT.with(|r| r.get().cloned())
}

/// Whether the viewer runs in a browser; natively (tests, `prerender`) no browser API
/// may be called.
pub const fn in_browser() -> bool {
    cfg!(target_arch = "wasm32")
}

thread_local! {
    /// The title the views set, kept when prerendering (there is no document to set).
    static TITLE: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Sets the document's title, unless the document is a host page's.
pub fn set_title(title: &str) {
    if !in_browser() {
        TITLE.with(|t| *t.borrow_mut() = title.to_owned());
    } else if !mode().hosted {
        document().set_title(title);
    }
}

/// The last title [`set_title`] kept natively, taken (for `prerender`).
pub fn take_title() -> String {
    TITLE.with(|t| std::mem::take(&mut *t.borrow_mut()))
}

/// Brings the top of the viewer into view after going to another page.
pub fn scroll_to_top() {
    match root() {
        Some(root) if mode().hosted => {
            if root.get_bounding_client_rect().top() < 0.0 {
                root.scroll_into_view();
            }
        }
        _ => window().scroll_to_with_x_and_y(0.0, 0.0),
    }
}

/// Whether an event happened inside the viewer (on a host page, keys pressed elsewhere
/// are the host's).
pub fn owns(ev: &web_sys::Event) -> bool {
    if !mode().hosted {
        return true;
    }
    let Some(root) = root() else { return false };
    let root: &wasm_bindgen::JsValue = root.as_ref();
    ev.composed_path().includes(root, 0)
}
