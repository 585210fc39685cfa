//! 分享: the system share sheet where the browser has one, else the link is copied.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::strings::t;

/// Shares `title` and the link `href` (as the router builds it).
#[component]
pub fn ShareButton(
    /// What is shared (the headline).
    title: String,
    /// The link, relative to the page.
    href: String,
) -> impl IntoView {
    let said = RwSignal::new("");
    let share = move |_| {
        let url = crate::router::absolute(&href).unwrap_or_else(|| href.clone());
        let title = title.clone();
        leptos::task::spawn_local(async move {
            let navigator = window().navigator();
            let can_share = js_sys::Reflect::has(&navigator, &"share".into()).unwrap_or(false);
            if can_share {
                let data = web_sys::ShareData::new();
                data.set_title(&title);
                data.set_url(&url);
                // A reader who closes the share sheet has not failed at anything.
                let _ = JsFuture::from(navigator.share_with_data(&data)).await;
                return;
            }
            let copied = match js_sys::Reflect::get(&navigator, &"clipboard".into()) {
                Ok(c) if !c.is_undefined() => {
                    let clipboard: web_sys::Clipboard = c.unchecked_into();
                    JsFuture::from(clipboard.write_text(&url)).await.is_ok()
                }
                _ => false,
            };
            said.set(if copied {
                t().link_copied
            } else {
                t().copy_failed
            });
        });
    };
    view! {
        <button type="button" class="tool" on:click=share>{t().share}</button>
        <span class="tool-note" role="status">{move || said.get()}</span>
    }
}
