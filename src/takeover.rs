//! Taking over a prerendered page (ARCHITECTURE.md, "Prerendered pages").
//!
//! Every address is served as HTML that `prerender` wrote from the same views (the
//! `div.banmian[data-prerendered]` in the body). The app renders beside it, in a root the
//! stylesheet keeps out of sight and out of the layout (`.banmian.incoming`), and swaps
//! the two in one step once nothing it shows is still loading: the reader sees the same
//! page, with nothing moved. If the app cannot load what the page shows (offline with the
//! page cached but not its data, a broken data file), the prerendered page stays, says
//! what went wrong above the page, and the app steps aside: its links still lead on as
//! page loads. When the prerendered page is itself an error page, the app's more precise
//! one replaces it. Either way `<html data-app="ready">` marks the end.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How far the app's first view is: views that load count themselves here.
#[derive(Clone, Copy)]
pub struct Takeover {
    loading: RwSignal<u32>,
    failed: RwSignal<Option<String>>,
}

/// Starts watching the app's first view, when there is a prerendered page to take over;
/// `ready` says whether what the views do not count themselves (the catalog) is in.
pub fn provide(ready: Signal<bool>) {
    let Some(old) = prerendered() else {
        return;
    };
    let state = Takeover {
        loading: RwSignal::new(0),
        failed: RwSignal::new(None),
    };
    provide_context(state);
    let done = StoredValue::new(false);
    Effect::new(move |_| {
        let (loading, failed) = (state.loading.get(), state.failed.get());
        if done.get_value() || ((loading > 0 || !ready.get()) && failed.is_none()) {
            return;
        }
        done.set_value(true);
        let Some(new) = crate::mode::root() else {
            return;
        };
        let error_page = old.query_selector(".problem").ok().flatten().is_some();
        match failed {
            Some(message) if !error_page => {
                new.remove();
                keep(&old, &message);
            }
            _ => swap(&old, &new),
        }
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("data-app", "ready");
        }
    });
}

/// Keeps the prerendered page, saying above it what went wrong and that it can still be read.
fn keep(old: &web_sys::HtmlElement, message: &str) {
    let Ok(note) = document().create_element("p") else {
        return;
    };
    note.set_class_name("kept-note");
    let _ = note.set_attribute("role", "alert");
    let _ = note.set_attribute("lang", crate::strings::t().lang);
    note.set_text_content(Some(&format!(
        "{message} {}",
        crate::strings::t().kept_page
    )));
    let main = old.query_selector("main").ok().flatten();
    match main {
        Some(main) => {
            let _ = main.prepend_with_node_1(&note);
        }
        None => {
            let _ = old.prepend_with_node_1(&note);
        }
    }
}

/// A view that loads calls this while it shows "loading".
pub fn loading() {
    if let Some(state) = use_context::<Takeover>() {
        state.loading.update(|n| *n += 1);
        on_cleanup(move || {
            state.loading.try_update(|n| *n = n.saturating_sub(1));
        });
    }
}

/// A view that could not load its data calls this with what it tells the reader.
pub fn failed(message: &str) {
    if let Some(state) = use_context::<Takeover>() {
        state.failed.set(Some(message.to_owned()));
    }
}

/// The prerendered root still in the page, if any.
pub fn prerendered() -> Option<web_sys::HtmlElement> {
    if crate::mode::mode().hosted {
        return None;
    }
    document()
        .query_selector("body > .banmian[data-prerendered]")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into().ok())
}

/// Puts the app's root where the prerendered one was. What the reader was typing into
/// the search box goes along, with the focus.
fn swap(old: &web_sys::HtmlElement, new: &web_sys::HtmlElement) {
    let typed = old
        .query_selector("input[name=q]")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok());
    let focused = typed.as_ref().is_some_and(|input| {
        document()
            .active_element()
            .is_some_and(|active| active == ***input)
    });
    old.remove();
    let _ = new.class_list().remove_1("incoming");
    let Some(typed) = typed.filter(|t| focused || !t.value().is_empty()) else {
        return;
    };
    let target = new
        .query_selector("input[name=q]")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(target) = target {
        if target.value() != typed.value() {
            target.set_value(&typed.value());
            if let Ok(ev) = web_sys::Event::new("input") {
                let _ = target.dispatch_event(&ev);
            }
        }
        if focused {
            let _ = target.focus();
        }
    }
}
