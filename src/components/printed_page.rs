//! The printed page: the page's scan (its renditions in `srcset`, WebP first) with each
//! article a zone over it, a link to the story named by its headline, in reading order, so
//! a reader taps a story on the page as on paper and a keyboard reaches them one by one.
//! The zones are an SVG in the scan's pixels laid over the image (no inline style: the
//! strict CSP forbids it in prerendered pages).

use banmian_model::Page;
use leptos::prelude::*;

use crate::core::api::issue_asset_url;
use crate::core::route::Route;
use crate::router::use_nav;
use crate::strings::{self, t};

/// Page `page` of the issue of `date`, as printed; nothing when it has no image.
#[component]
pub fn PrintedPage(
    /// The page.
    page: Page,
    /// The issue's date.
    date: String,
    /// The paper's language (of the headlines).
    lang: String,
) -> impl IntoView {
    let nav = use_nav();
    let size = page.image_size?;
    let base = nav.base();
    let set = |media: &str| {
        page.renditions
            .iter()
            .filter(|r| r.media_type == media)
            .filter_map(|r| Some(format!("{base}{} {}w", issue_asset_url(&r.src)?, r.width)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (webp, jpeg) = (set("image/webp"), set("image/jpeg"));
    // The fallback `src`: the JPEG a desktop column shows (960 wide), else the widest.
    let src = page
        .renditions
        .iter()
        .filter(|r| r.media_type == "image/jpeg")
        .min_by_key(|r| r.width.abs_diff(960))
        .and_then(|r| issue_asset_url(&r.src))
        .map(|u| format!("{base}{u}"))?;
    // A phone's column is the screen; a desktop's page is at most 900 pixels wide.
    let sizes = "(max-width: 760px) 100vw, 900px";
    let zones = page
        .articles
        .iter()
        .filter(|a| a.polygons().next().is_some())
        .map(|a| {
            let href = nav.href(&Route::Article {
                date: date.clone(),
                page: page.number,
                id: a.id.clone(),
            });
            let polygons = a
                .polygons()
                .map(|p| {
                    let points: Vec<String> = p.iter().map(|[x, y]| format!("{x},{y}")).collect();
                    view! { <polygon points=points.join(" ")/> }
                })
                .collect_view();
            // In a <g>, so the view macro makes the link and its title SVG elements (alone,
            // `a` and `title` would be HTML ones, which an SVG does not show).
            view! {
                <g>
                    <a href=href aria-label=a.headline.clone() lang=lang.clone()>
                        <title>{a.headline.clone()}</title>
                        {polygons}
                    </a>
                </g>
            }
        })
        .collect_view();
    let alt = strings::printed_alt(&page.label);
    Some(view! {
        <figure class="printed">
            <div class="printed-frame">
                <picture>
                    <source type="image/webp" srcset=webp sizes=sizes/>
                    <img src=src srcset=jpeg sizes=sizes alt=alt width=size.width height=size.height decoding="async"/>
                </picture>
                <svg class="zones" viewBox=format!("0 0 {} {}", size.width, size.height) role="group" aria-label=t().stories_on_page>
                    {zones}
                </svg>
            </div>
        </figure>
    })
}
