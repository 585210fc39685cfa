//! A story's clip of the printed page ("原版" in the reader): the part of the page's scan
//! where the story stands, its zones outlined, a search query's matches marked, and a link
//! to the whole page with them. The scan is asked for at the width the clip needs (a story
//! a third of the page wide, shown a column wide, needs the page three columns wide).

use banmian_model::{Article, Page};
use leptos::prelude::*;

use crate::components::printed_page::{hit_rects, outline};
use crate::core::api::issue_asset_url;
use crate::core::marks::line_hits;
use crate::strings;

/// The widest a clip is shown, in CSS pixels (the reader's column).
const SHOWN: f64 = 720.0;

/// `article`'s clip of `page`'s scan; nothing when either lacks what it needs.
#[component]
pub fn PrintedClip(
    /// The page the story part is on.
    page: Page,
    /// The story part.
    article: Article,
    /// The page's address (with the query, when there is one).
    page_href: String,
    /// A search query whose matches are marked; empty for none.
    #[prop(optional, into)]
    mark: String,
) -> impl IntoView {
    let size = page.image_size?;
    let [x0, y0, x1, y1] = bounds(&article)?;
    let (pw, ph) = (f64::from(size.width), f64::from(size.height));
    // A margin of 1 % of the page's width around the story, inside the page.
    let pad = pw * 0.01;
    let (x0, y0) = ((x0 - pad).max(0.0), (y0 - pad).max(0.0));
    let (x1, y1) = ((x1 + pad).min(pw), (y1 + pad).min(ph));
    let dpr = window().device_pixel_ratio().clamp(1.0, 2.0);
    let wanted = pw / (x1 - x0) * SHOWN * dpr;
    let webp = || {
        page.renditions
            .iter()
            .filter(|r| r.media_type == "image/webp")
    };
    let rendition = webp()
        .filter(|r| f64::from(r.width) >= wanted)
        .min_by_key(|r| r.width)
        .or_else(|| webp().max_by_key(|r| r.width))
        .or_else(|| page.renditions.iter().max_by_key(|r| r.width))?;
    let href = format!(
        "{}{}",
        crate::router::use_nav().base(),
        issue_asset_url(&rendition.src)?
    );
    let zones = outline(&article);
    let hits = hit_rects(line_hits(&article.lines, &mark));
    let alt = strings::clip_alt(&page.label, &article.headline);
    Some(view! {
        <figure class="clip">
            <svg viewBox=format!("{x0} {y0} {} {}", x1 - x0, y1 - y0) role="img" aria-label=alt>
                <image href=href x="0" y="0" width=pw height=ph preserveAspectRatio="none"/>
                <g class="clip-zones">{zones}</g>
                {hits}
            </svg>
            <figcaption lang=strings::t().lang><a href=page_href>{strings::t().on_the_page}</a></figcaption>
        </figure>
    })
}

/// The box around an article's zones: `[x0, y0, x1, y1]`.
fn bounds(article: &Article) -> Option<[f64; 4]> {
    let points: Vec<&[f64; 2]> = article.polygons().flatten().collect();
    Some([
        points.iter().map(|p| p[0]).reduce(f64::min)?,
        points.iter().map(|p| p[1]).reduce(f64::min)?,
        points.iter().map(|p| p[0]).reduce(f64::max)?,
        points.iter().map(|p| p[1]).reduce(f64::max)?,
    ])
}
