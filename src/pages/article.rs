//! The article reader: one part with its titles, byline, body, subheads and source note;
//! links to the other parts, the whole story stitched across pages (阅读全文), and the
//! previous and next articles of the issue; the reading tools (字号, 朗读, 分享), and, for a
//! page with a scan, the story's clip of the printed page (原版).

use std::sync::Arc;

use banmian_model::{Issue, Kind};
use leptos::prelude::*;

use crate::components::article_text::ArticleText;
use crate::components::body::Body;
use crate::components::font_size::FontSize;
use crate::components::jump_link::LinkTo;
use crate::components::printed_clip::PrintedClip;
use crate::components::read_aloud::ReadAloud;
use crate::components::share_button::ShareButton;
use crate::components::status::Problem;
use crate::core::reading::neighbour_articles;
use crate::core::route::{marked_href, Route};
use crate::router::use_nav;
use crate::strings;

/// The part `id` on page `page` of `issue`.
#[component]
pub fn ArticleView(
    /// The issue.
    issue: Arc<Issue>,
    /// The page the part is on.
    page: u32,
    /// The part's id.
    id: String,
) -> impl IntoView {
    let nav = use_nav();
    let date = issue.date.clone();
    let paper = issue
        .paper
        .name
        .clone()
        .unwrap_or_else(|| strings::t().app_name.to_owned());
    let found = issue
        .article(&id)
        .filter(|(p, _)| *p == page)
        .map(|(_, a)| a.clone());
    let Some(article) = found else {
        return view! { <Problem message=strings::about(&strings::this_issue(&date), strings::t().not_found)/> }.into_any();
    };
    let parts: Vec<(u32, banmian_model::Article)> = issue
        .story(&id)
        .into_iter()
        .map(|(p, a)| (p, a.clone()))
        .collect();
    let title = if article.headline.is_empty() {
        banmian_model::Issue::story_headline(&issue.story(&id)).to_owned()
    } else {
        article.headline.clone()
    };
    crate::mode::set_title(&format!("{title} - {paper} {}", strings::date(&date)));
    let page_href = nav.href(&Route::Page {
        date: date.clone(),
        page,
    });
    let page_label = issue
        .page(page)
        .map(|p| p.label.clone())
        .unwrap_or_default();
    // The query the reader came with marks the text, the clip and the page it leads back to.
    let q = nav.here.with_untracked(|h| h.param("q"));
    let page_href = if q.is_empty() {
        page_href
    } else {
        marked_href(
            &nav.base(),
            &Route::Page {
                date: date.clone(),
                page,
            },
            &q,
        )
    };
    // The story's clip of the scan, made when the reader asks for it.
    let (clip_shown, set_clip_shown) = signal(false);
    let clip = issue
        .page(page)
        .filter(|p| p.image_size.is_some() && !p.renditions.is_empty())
        .filter(|_| article.polygons().next().is_some())
        .cloned()
        .map(|p| {
            let (a, href, q) = (article.clone(), page_href.clone(), q.clone());
            let button = view! {
                <button type="button" class="clip-toggle" aria-expanded=move || clip_shown.get().to_string() on:click=move |_| set_clip_shown.update(|v| *v = !*v)>
                    {strings::t().printed_view}
                </button>
            }
            .into_any();
            let shown = move || {
                clip_shown.get().then(|| {
                    view! { <PrintedClip page=p.clone() article=a.clone() page_href=href.clone() mark=q.clone()/> }.into_any()
                })
            };
            (button, shown)
        });
    let (clip_button, clip_view) = clip.unzip();
    let (prev, next) = neighbour_articles(&issue, &id);
    let link = |(p, a): (u32, String)| {
        nav.href(&Route::Article {
            date: date.clone(),
            page: p,
            id: a,
        })
    };
    let prev = prev.map(link);
    let next = next.map(link);
    let spoken = format!("{title}\n{}", Issue::story_text(&issue.story(&id)));
    let here = nav.href(&Route::Article {
        date: date.clone(),
        page,
        id: id.clone(),
    });
    let tools = view! {
        <div class="reading-tools" role="group" aria-label=strings::t().reading_tools lang=strings::t().lang>
            {clip_button}
            <FontSize/>
            <ReadAloud text=spoken lang=issue.paper.lang.clone()/>
            <ShareButton title=title.clone() href=here/>
        </div>
    };
    let (show_all, set_show_all) = signal(false);
    let whole = (parts.len() > 1).then(|| {
        let count = parts.len();
        let stitched = parts
            .iter()
            .map(|(p, a)| {
                let label = issue.page(*p).map(|pg| pg.label.clone()).unwrap_or_default();
                view! {
                    <section class="part">
                        <h2 class="part-label">{label}</h2>
                        <Body blocks=a.blocks.clone()/>
                    </section>
                }
            })
            .collect_view();
        view! {
            <button class="read-all" lang=strings::t().lang aria-expanded=move || show_all.get().to_string() on:click=move |_| set_show_all.update(|v| *v = !*v)>
                {strings::t().read_all}{strings::parts(count)}
            </button>
            <div class="stitched" hidden=move || !show_all.get()>{stitched}</div>
        }
    });
    view! {
        <nav class="crumbs" aria-label=strings::t().crumbs>
            <a href=page_href.clone()>{strings::t().back_to_page}" "{page_label}</a>
        </nav>
        <article class="reader" lang=issue.paper.lang.clone() class:commentary=article.kind == Kind::Commentary>
            {article.kicker.clone().map(|k| view! { <p class="kicker">{k}</p> })}
            <h1>{title.clone()}</h1>
            {article.subheadline.clone().map(|s| view! { <p class="subheadline">"——"{s}</p> })}
            {article.byline.clone().map(|b| view! { <p class="byline">{b}</p> })}
            // The reader's tools after the titles and byline, as the page prints them.
            {tools}
            {clip_view}
            <ArticleText issue=issue.clone() article=article.clone() to=LinkTo::Reader/>
            {whole}
        </article>
        <nav class="article-nav" aria-label=strings::t().article_nav>
            {prev.map(|h| view! { <a rel="prev" href=h>"‹ "{strings::t().prev_article}</a> })}
            {next.map(|h| view! { <a rel="next" href=h>{strings::t().next_article}" ›"</a> })}
        </nav>
    }
    .into_any()
}
