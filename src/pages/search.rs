//! `/search?q=…`: the stories that contain the query, best first, each with a snippet that
//! marks the hit; scope all issues or the issue the reader came from.

use banmian_model::Issue;
use leptos::prelude::*;

use crate::components::status::{Loading, Problem};
use crate::core::api;
use crate::core::marks::snippet;
use crate::core::route::{marked_href, search_href, Route};
use crate::router::use_nav;
use crate::search::{search, Found};
use crate::strings;

/// Results shown at most; the count says how many there are.
const SHOWN: usize = 20;

/// The search view.
#[component]
pub fn SearchView() -> impl IntoView {
    let nav = use_nav();
    let q = Memo::new(move |_| nav.here.with(|h| h.param("q")));
    let from = Memo::new(move |_| nav.here.with(|h| h.param("from")));
    let this_issue = Memo::new(move |_| {
        nav.here.with(|h| h.param("scope") == "issue") && !from.get().is_empty()
    });
    let results = LocalResource::new(move || {
        let (q, from, only) = (q.get(), from.get(), this_issue.get());
        async move { search(&q, only.then_some(from.as_str()), SHOWN).await }
    });
    Effect::new(move |_| {
        crate::mode::set_title(&format!(
            "{} - {}",
            strings::search_title(&q.get()),
            strings::t().app_name
        ))
    });
    let scope = move || {
        let from = from.get();
        (!from.is_empty()).then(|| {
            let all = search_href(&nav.base(), &q.get(), Some(&from), false);
            let one = search_href(&nav.base(), &q.get(), Some(&from), true);
            view! {
                <nav class="scope" aria-label=strings::t().scope>
                    <a href=all aria-current=move || (!this_issue.get()).then_some("true")>{strings::t().scope_all}</a>
                    <a href=one aria-current=move || this_issue.get().then_some("true")>{strings::scope_issue(&from)}</a>
                </nav>
            }
        })
    };
    view! {
        <h1>{move || strings::search_title(&q.get())}</h1>
        <p class="status needs-js" role="status">{strings::t().search_needs_js}</p>
        {scope}
        {move || match results.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(e)) => view! { <Problem message=strings::fetch_error(strings::t().search_index, &e)/> }.into_any(),
            Some(Ok(_)) if q.get().trim().is_empty() => ().into_any(),
            Some(Ok(found)) if found.total == 0 => view! { <p class="count" role="status">{strings::nothing_found(&q.get())}</p> }.into_any(),
            Some(Ok(found)) => {
                let total = found.total;
                let items = found.top.into_iter().map(|f| view! { <ResultItem found=f q=q.get_untracked()/> }).collect_view();
                view! {
                    <p class="count" role="status">{strings::found(total)}</p>
                    <ol class="results">{items}</ol>
                }
                .into_any()
            }
        }}
    }
}

/// One result: headline (a link to the story with the hits marked), date, page, snippet.
/// Once it comes near the screen ([`near`]) it reads its story's line of the document
/// table, then the snippet's text: the bytes of its issue's file around the match (a few
/// hundred), or, searching one issue, that issue's story (already loaded). A reader who
/// does not scroll fetches nothing for the results below.
#[component]
fn ResultItem(found: Found, q: String) -> impl IntoView {
    let nav = use_nav();
    let story = found.story;
    let row = NodeRef::<leptos::html::Li>::new();
    let seen = near(row);
    let read = LocalResource::new(move || {
        let (story, seen) = (story.clone(), seen.get());
        async move {
            if seen {
                Some(story.read().await)
            } else {
                None
            }
        }
    });
    let item = move || {
        let (d, window) = match read.get().flatten() {
            None => return view! { <span class="result-title pending">"…"</span> }.into_any(),
            Some(Err(e)) => return view! { <Problem message=strings::fetch_error(strings::t().search_index, &e)/> }.into_any(),
            Some(Ok(read)) => read,
        };
        let route = Route::Article {
            date: d.date.clone(),
            page: d.page,
            id: d.id.clone(),
        };
        let href = marked_href(&nav.base(), &route, &q);
        let (date, id) = (d.date.clone(), d.id.clone());
        let text = LocalResource::new(move || {
            let (date, id, window) = (date.clone(), id.clone(), window.clone());
            async move {
                if let Some(url) = window {
                    let text = api::load(&url, |b| Ok(banmian_search::body_text(b)));
                    return text.await.ok().map(|t| (*t).clone());
                }
                let issue = api::issue(date).await.ok()?;
                Some(Issue::story_text(&issue.story(&id)))
            }
        });
        let q = q.clone();
        view! {
            <a class="result-title" href=href>{d.headline.clone()}</a>
            <p class="meta">{strings::date(&d.date)}" "{strings::page_label(d.page)}</p>
            <p class="snippet">
                {move || text.get().flatten().map(|t| snippet(&t, &q, 40).unwrap_or_else(|| lede(&t))).map(|pieces| {
                    pieces.into_iter().map(|(t, m)| if m { view! { <mark>{t}</mark> }.into_any() } else { t.into_any() }).collect_view()
                })}
            </p>
        }
        .into_any()
    };
    let busy = move || read.get().flatten().is_none().then_some("true");
    view! { <li node_ref=row aria-busy=busy>{item}</li> }
}

/// Whether the element of `node` has come within half a screen of the viewport (then it
/// stays so): a result reads its line and its snippet only then. Where the browser has no
/// `IntersectionObserver`, at once.
fn near(node: NodeRef<leptos::html::Li>) -> ReadSignal<bool> {
    let (seen, set_seen) = signal(false);
    Effect::new(move |_| {
        use wasm_bindgen::JsCast;
        let Some(el) = node.get() else { return };
        let on_change = wasm_bindgen::closure::Closure::<
            dyn Fn(js_sys::Array, web_sys::IntersectionObserver),
        >::new(
            move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
                let near = entries.iter().any(|e| {
                    e.unchecked_into::<web_sys::IntersectionObserverEntry>()
                        .is_intersecting()
                });
                if near {
                    set_seen.try_set(true);
                    observer.disconnect();
                }
            },
        );
        let init = web_sys::IntersectionObserverInit::new();
        init.set_root_margin("50% 0px");
        match web_sys::IntersectionObserver::new_with_options(
            on_change.as_ref().unchecked_ref(),
            &init,
        ) {
            Ok(observer) => {
                observer.observe(&el);
                // Kept (and the callback with it) until the result is taken down.
                let kept = StoredValue::new_local((observer, on_change));
                on_cleanup(move || kept.with_value(|(observer, _)| observer.disconnect()));
            }
            Err(_) => set_seen.set(true),
        }
    });
    seen
}

/// The start of a story's text, for a result whose match is in its headline only.
fn lede(text: &str) -> Vec<(String, bool)> {
    let mut lede: String = text.chars().take(80).collect();
    if lede.len() < text.len() {
        lede.push('…');
    }
    vec![(lede, false)]
}
