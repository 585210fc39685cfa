//! The printed page: the page's scan (its renditions in `srcset`, WebP first) with each
//! article a zone over it, a link to the story named by its headline, in reading order, so
//! a reader taps a story on the page as on paper and a keyboard reaches them one by one.
//! The zones are an SVG in the scan's pixels laid over the image (no inline style: the
//! strict CSP forbids it in prerendered pages). The image is lazy: a phone's list of stories
//! hides it, and then it is not fetched. With a search query (`?q=`), its matches are marked
//! on the scan where the articles have their printed lines' boxes.

use banmian_model::{Article, Page};
use leptos::prelude::*;

use crate::components::sheet::SheetWidth;
use crate::core::api::issue_asset_url;
use crate::core::marks::line_hits;
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
    /// A search query whose matches are marked; empty for none.
    #[prop(optional, into)]
    mark: String,
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
    // The width the scan is wanted at: as wide as it stands on the screen, zoom included,
    // at no more than 1.25 pixels a CSS pixel: a page set to a phone's width is an overview
    // (its text is too small to read at any sharpness), and the wider renditions come as the
    // reader zooms in (sizes grows with the zoom). Prerendered, before the page is measured:
    // a phone's column at that density, a desktop's the window.
    let shown = use_context::<SheetWidth>().map(|w| w.0);
    let sizes = move || match shown.and_then(|w| w.try_get()).filter(|&w| w > 0) {
        Some(width) => {
            let dpr = window().device_pixel_ratio().max(1.0);
            let px = (f64::from(width) * dpr.min(1.25) / dpr).round() as u32;
            format!("{px}px")
        }
        None => "(max-width: 760px) 40vw, 100vw".to_owned(),
    };
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
            let polygons = outline(a);
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
    let hits = hit_rects(
        page.articles
            .iter()
            .flat_map(|a| line_hits(&a.lines, &mark))
            .collect(),
    );
    let alt = strings::printed_alt(&page.label);
    Some(view! {
        <figure class="printed">
            <div class="printed-frame">
                <picture>
                    <source type="image/webp" srcset=webp sizes=sizes/>
                    <img src=src srcset=jpeg sizes=sizes alt=alt width=size.width height=size.height decoding="async" loading="lazy"/>
                </picture>
                <svg class="zones" viewBox=format!("0 0 {} {}", size.width, size.height) role="group" aria-label=t().stories_on_page>
                    {hits}
                    {zones}
                </svg>
            </div>
        </figure>
    })
}

/// A query's matches on the scan, as SVG rectangles (drawn under the zones, so a tap on one
/// still opens its story). Shared by the page and the reader's clip of it.
pub fn hit_rects(rects: Vec<[f64; 4]>) -> impl IntoView {
    (!rects.is_empty()).then(|| {
        let rects = rects
            .into_iter()
            .map(|[x, y, w, h]| view! { <rect x=x y=y width=w height=h/> })
            .collect_view();
        view! { <g class="hits" aria-hidden="true">{rects}</g> }
    })
}

/// An article's zones as SVG polygons, in the scan's pixels. Shared by the page and the
/// reader's clip of it.
pub fn outline(article: &Article) -> impl IntoView {
    article
        .polygons()
        .map(|p| {
            let points: Vec<String> = p.iter().map(|[x, y]| format!("{x},{y}")).collect();
            view! { <polygon points=points.join(" ")/> }
        })
        .collect_view()
}
