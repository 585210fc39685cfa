//! IIIF, so library viewers (Mirador, Universal Viewer) open an edition unchanged:
//!
//! - each scan's folder `data/images/<hash>/` is a static (level 0) IIIF Image API 3.0
//!   service: `info.json` lists the sizes its JPEGs stand at (`full/960,1227/0/default.jpg`);
//! - each issue with page images gets a Presentation API 3.0 manifest,
//!   `data/iiif/<date>/manifest.json`: a canvas a page (its image, in the scan's pixels),
//!   the articles as annotations on it (their zones as SVG selectors, their headline as
//!   text and their page on the site as a link), and each story as a range (a table of
//!   contents), its parts in order.
//!
//! IIIF names everything by absolute URL, so these are written only when the site's address
//! is known (`--site-url`).

use std::path::Path;

use banmian_model::{Article, Issue, Kind, Page, Rendition, Size};
use banmian_viewer::core::route::Route;
use serde_json::{json, Value};

use crate::{create_dir, write_atomically, PublishError};

/// Writes the image services of the issue's pages and its manifest; `false` when the issue
/// has no page image (then nothing is written).
pub(crate) fn write(issue: &Issue, data_dir: &Path, site_url: &str) -> Result<bool, PublishError> {
    let mut any = false;
    for scan in issue.pages.iter().filter_map(scan) {
        let file = data_dir.join("images").join(scan.key).join("info.json");
        let bytes = pretty(&info(&scan, site_url));
        if std::fs::read(&file).ok().as_deref() != Some(bytes.as_slice()) {
            write_atomically(&file, &bytes)?;
        }
        any = true;
    }
    if any {
        let dir = data_dir.join("iiif").join(&issue.date);
        create_dir(&dir)?;
        write_atomically(
            &dir.join("manifest.json"),
            &pretty(&manifest(issue, site_url)),
        )?;
    }
    Ok(any)
}

fn pretty(value: &Value) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(value).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// A page's published scan: its folder's name (`<hash>`), its size, its JPEGs (the sizes
/// its IIIF service serves), narrowest first.
struct Scan<'a> {
    key: &'a str,
    size: Size,
    jpegs: Vec<&'a Rendition>,
}

fn scan(page: &Page) -> Option<Scan<'_>> {
    let jpegs: Vec<&Rendition> = page
        .renditions
        .iter()
        .filter(|r| r.media_type == "image/jpeg")
        .collect();
    Some(Scan {
        key: crate::images::folder_of(&jpegs.first()?.src)?,
        size: page.image_size?,
        jpegs,
    })
}

/// The scan's `info.json`.
fn info(scan: &Scan, site_url: &str) -> Value {
    let sizes: Vec<Value> = scan
        .jpegs
        .iter()
        .map(|r| json!({ "width": r.width, "height": r.height }))
        .collect();
    json!({
        "@context": "http://iiif.io/api/image/3/context.json",
        "id": service(site_url, scan.key),
        "type": "ImageService3",
        "protocol": "http://iiif.io/api/image",
        "profile": "level0",
        "width": scan.size.width,
        "height": scan.size.height,
        "sizes": sizes,
    })
}

fn service(site_url: &str, key: &str) -> String {
    format!("{site_url}data/images/{key}")
}

/// A language map: the text in the paper's language (`none` when it is unknown).
fn text(lang: &str, value: &str) -> Value {
    let lang = if lang.is_empty() || lang == "und" {
        "none"
    } else {
        lang
    };
    json!({ lang: [value] })
}

fn manifest(issue: &Issue, site_url: &str) -> Value {
    let base = format!("{site_url}data/iiif/{}", issue.date);
    let lang = issue.paper.lang.as_str();
    let title = match &issue.paper.name {
        Some(name) => format!("{name}, {}", issue.date),
        None => issue.date.clone(),
    };
    let page_url = |page: u32| {
        let route = Route::Page {
            date: issue.date.clone(),
            page,
        };
        format!("{site_url}{}", route.path())
    };
    let canvas_id = |page: u32| format!("{base}/canvas/{page}");
    let mut canvases = Vec::new();
    for page in &issue.pages {
        // The widest JPEG paints the canvas (the JPEGs are narrowest first).
        let Some((key, size, widest)) =
            scan(page).and_then(|s| Some((s.key, s.size, *s.jpegs.last()?)))
        else {
            continue;
        };
        let canvas = canvas_id(page.number);
        let service = service(site_url, key);
        let articles: Vec<Value> = page
            .articles
            .iter()
            .flat_map(|a| zones(a, &canvas, lang, site_url, &issue.date, page.number))
            .collect();
        canvases.push(json!({
            "id": canvas,
            "type": "Canvas",
            "label": text(lang, &page.label),
            "width": size.width,
            "height": size.height,
            "items": [{
                "id": format!("{canvas}/painting"),
                "type": "AnnotationPage",
                "items": [{
                    "id": format!("{canvas}/painting/scan"),
                    "type": "Annotation",
                    "motivation": "painting",
                    "body": {
                        "id": format!("{service}/full/{},{}/0/default.jpg", widest.width, widest.height),
                        "type": "Image",
                        "format": "image/jpeg",
                        "width": widest.width,
                        "height": widest.height,
                        "service": [{ "id": service, "type": "ImageService3", "profile": "level0" }],
                    },
                    "target": canvas,
                }],
            }],
            "annotations": [{
                "id": format!("{canvas}/articles"),
                "type": "AnnotationPage",
                "items": articles,
            }],
            "homepage": [{
                "id": page_url(page.number),
                "type": "Text",
                "label": text(lang, &page.label),
                "format": "text/html",
            }],
        }));
    }
    json!({
        "@context": "http://iiif.io/api/presentation/3/context.json",
        "id": format!("{base}/manifest.json"),
        "type": "Manifest",
        "label": text(lang, &title),
        "behavior": ["paged"],
        "homepage": [{
            "id": page_url(1),
            "type": "Text",
            "label": text(lang, &title),
            "format": "text/html",
        }],
        "items": canvases,
        "structures": ranges(issue, &base, lang),
    })
}

/// An article's zones as annotations on its page's canvas: its headline, and its page on the
/// site.
fn zones(
    a: &Article,
    canvas: &str,
    lang: &str,
    site_url: &str,
    date: &str,
    page: u32,
) -> Vec<Value> {
    let route = Route::Article {
        date: date.to_owned(),
        page,
        id: a.id.clone(),
    };
    let link = format!("{site_url}{}", route.path());
    a.polygons()
        .enumerate()
        .map(|(k, polygon)| {
            let points: Vec<String> = polygon.iter().map(|[x, y]| format!("{x},{y}")).collect();
            json!({
                "id": format!("{canvas}/articles/{}/{}", a.id, k + 1),
                "type": "Annotation",
                "motivation": "commenting",
                "body": [
                    { "type": "TextualBody", "value": a.headline, "format": "text/plain", "language": lang },
                    { "id": link, "type": "Text", "format": "text/html" },
                ],
                "target": {
                    "type": "SpecificResource",
                    "source": { "id": canvas, "type": "Canvas" },
                    "selector": {
                        "type": "SvgSelector",
                        "value": format!("<svg xmlns=\"http://www.w3.org/2000/svg\"><polygon points=\"{}\"/></svg>", points.join(" ")),
                    },
                },
            })
        })
        .collect()
}

/// Each story (its first part; banners are not stories) as a range of the canvas regions
/// its parts fill, in order.
fn ranges(issue: &Issue, base: &str, lang: &str) -> Vec<Value> {
    issue
        .pages
        .iter()
        .flat_map(|p| &p.articles)
        .filter(|a| a.continued_from.is_none() && a.kind != Kind::Banner)
        .filter_map(|a| {
            let parts: Vec<Value> = issue
                .story(&a.id)
                .into_iter()
                .filter_map(|(page, part)| {
                    let (x0, y0, x1, y1) = bounds(part)?;
                    Some(json!({
                        "id": format!("{base}/canvas/{page}#xywh={},{},{},{}", x0, y0, x1 - x0, y1 - y0),
                        "type": "Canvas",
                    }))
                })
                .collect();
            (!parts.is_empty()).then(|| {
                json!({
                    "id": format!("{base}/range/{}", a.id),
                    "type": "Range",
                    "label": text(lang, &a.headline),
                    "items": parts,
                })
            })
        })
        .collect()
}

/// The box around an article's zones, in whole pixels.
fn bounds(a: &Article) -> Option<(i64, i64, i64, i64)> {
    let points: Vec<&[f64; 2]> = a.polygons().flatten().collect();
    let fold =
        |f: fn(f64, f64) -> f64, i: usize, start: f64| points.iter().map(|p| p[i]).fold(start, f);
    (!points.is_empty()).then(|| {
        (
            fold(f64::min, 0, f64::INFINITY).floor() as i64,
            fold(f64::min, 1, f64::INFINITY).floor() as i64,
            fold(f64::max, 0, 0.0).ceil() as i64,
            fold(f64::max, 1, 0.0).ceil() as i64,
        )
    })
}
