//! What the tests and the benchmark of page PDFs share: the committed test PDFs read, their
//! text exports imported, `truth.json` parsed, and intersection over union (with i_overlay)
//! of the zones found and the true ones. Included by `tests/testsuite/pdf.rs` and
//! `benches/pdf.rs` (`#[path]`), so both measure the same way.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use banmian_import::pdf::{normalize, page_text, place};
use banmian_import::{import, import_mets, Options, Source};
use banmian_model::{Article, Block, Issue};
use banmian_pdf::{Char, Document, PageInfo, PX_PER_PT};
use i_overlay::core::fill_rule::FillRule;
use i_overlay::core::overlay_rule::OverlayRule;
use i_overlay::float::single::SingleFloatOverlay;
use serde_json::Value;

pub fn pdf_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pdf")
}

/// A page of a PDF: its size and glyphs.
pub struct PdfPage {
    pub number: u32,
    pub info: PageInfo,
    pub chars: Vec<Char>,
}

/// Every `page-N.pdf` of `dir` (its first page), in page order; `None` when there are none
/// or `banmian_pdf` cannot read glyphs yet.
/// The committed test PDFs of `dir`, read: a missing or unreadable one fails the test.
pub fn read_pdfs(dir: &Path) -> Vec<PdfPage> {
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        let Some(number) = name
            .strip_prefix("page-")
            .and_then(|n| n.strip_suffix(".pdf"))
            .and_then(|n| n.parse().ok())
        else {
            continue;
        };
        let doc = Document::open(&std::fs::read(&path).unwrap()).unwrap();
        let info = doc.page(0).unwrap();
        let chars = doc.chars(0).unwrap();
        pages.push(PdfPage {
            number,
            info,
            chars,
        });
    }
    pages.sort_by_key(|p| p.number);
    assert!(!pages.is_empty(), "no test PDFs in {}", dir.display());
    pages
}

/// The issue imported from `page-N.txt` sources.
pub fn import_texts(sources: Vec<Source>) -> Issue {
    let report = import(&sources, &Options::default());
    if let Some(issue) = report.issue {
        return issue;
    }
    // No printed date: any date will do here.
    let report = import(
        &sources,
        &Options {
            date: Some("2026-04-03".into()),
            ..Options::default()
        },
    );
    report
        .issue
        .unwrap_or_else(|| panic!("the text exports do not import: {:#?}", report.diagnostics))
}

/// One story's part on one page, as `truth.json` (`banmian.testpages.truth/1`) has it.
#[derive(Debug)]
pub struct Truth {
    /// `page-k`: the id the importer gives the part read from the text export.
    pub id: String,
    pub page: u32,
    pub kind: String,
    pub headline: String,
    /// Its printed lines' text, joined.
    pub text: String,
    /// Its polygon in the page image's pixels.
    pub polygon: Vec<[f64; 2]>,
}

/// The story parts of `truth.json`: `{"pages": [{"number", "parts": [{"id", "page",
/// "kind", "headline", "lines": [{"text", …}], "polygon": [[x, y], …]}]}]}`, in points.
pub fn truths(truth: &Value) -> Vec<Truth> {
    let str_of = |v: &Value, key: &str| {
        v.get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    let mut out = Vec::new();
    for page in truth
        .get("pages")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let number = page.get("number").and_then(Value::as_u64).unwrap_or(0) as u32;
        for part in page
            .get("parts")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let text = part
                .get("lines")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|l| str_of(l, "text"))
                .collect();
            let polygon = part
                .get("polygon")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|p| {
                    let p = p.as_array()?;
                    Some([
                        p.first()?.as_f64()? * PX_PER_PT,
                        p.get(1)?.as_f64()? * PX_PER_PT,
                    ])
                })
                .collect();
            out.push(Truth {
                id: str_of(part, "id"),
                page: part
                    .get("page")
                    .and_then(Value::as_u64)
                    .map_or(number, |p| p as u32),
                kind: str_of(part, "kind"),
                headline: str_of(part, "headline"),
                text,
                polygon,
            });
        }
    }
    out
}

/// The area of a set of polygons (shapes with holes, as i_overlay gives them).
pub fn area(shapes: &[Vec<Vec<[f64; 2]>>]) -> f64 {
    shapes
        .iter()
        .flatten()
        .map(|ring| {
            let n = ring.len();
            (0..n)
                .map(|i| {
                    let (a, b) = (ring[i], ring[(i + 1) % n]);
                    a[0] * b[1] - b[0] * a[1]
                })
                .sum::<f64>()
                / 2.0
        })
        .sum::<f64>()
        .abs()
}

/// Intersection over union of `found` (an article's zones) and `truth` (one polygon).
pub fn iou(found: &[Vec<[f64; 2]>], truth: &[[f64; 2]]) -> f64 {
    iou_of(found, &[truth.to_vec()])
}

/// Intersection over union of two sets of polygons.
pub fn iou_of(found: &[Vec<[f64; 2]>], truth: &[Vec<[f64; 2]>]) -> f64 {
    let truth = truth.to_vec();
    let inter = found
        .to_vec()
        .overlay(&truth, OverlayRule::Intersect, FillRule::NonZero);
    let union = found
        .to_vec()
        .overlay(&truth, OverlayRule::Union, FillRule::NonZero);
    let u = area(&union);
    if u == 0.0 {
        0.0
    } else {
        area(&inter) / u
    }
}

/// Everything an article prints, normalized.
pub fn article_text(a: &Article) -> String {
    let mut s = normalize(a.kicker.as_deref().unwrap_or(""));
    s += &normalize(&a.headline);
    s += &normalize(a.subheadline.as_deref().unwrap_or(""));
    s += &normalize(a.byline.as_deref().unwrap_or(""));
    for b in &a.blocks {
        if let Block::Paragraph { text } | Block::Subhead { text } = b {
            s += &normalize(text);
        }
    }
    s
}

/// The article that holds most (at least half) of the story's trigrams, or, when the truth
/// gives no text, the one with its headline.
pub fn article_for<'a>(articles: &'a [Article], t: &Truth) -> Option<&'a Article> {
    let chars: Vec<char> = normalize(&t.text).chars().collect();
    if chars.len() < 3 {
        let h = normalize(&t.headline);
        return articles
            .iter()
            .find(|a| !h.is_empty() && normalize(&a.headline) == h);
    }
    let grams: Vec<String> = chars.windows(3).map(|g| g.iter().collect()).collect();
    articles
        .iter()
        .map(|a| {
            let text = article_text(a);
            (
                grams.iter().filter(|g| text.contains(g.as_str())).count(),
                a,
            )
        })
        .filter(|(hits, _)| hits * 2 >= grams.len())
        .max_by_key(|(hits, _)| *hits)
        .map(|(_, a)| a)
}

/// How one story part's zone came out against its truth.
pub struct ZoneScore {
    /// The id of the article it was found as.
    pub id: String,
    /// Its kind, as the truth has it.
    pub kind: String,
    /// Its headline, as the truth has it.
    pub headline: String,
    /// Whether it got a zone.
    pub placed: bool,
    /// Intersection over union of its zones and the true polygon.
    pub iou: f64,
}

/// The pages' text exports of `dir` imported, their stories placed on the page PDFs, and
/// each story part of `truth.json` scored.
pub fn zone_scores(dir: &Path) -> Vec<ZoneScore> {
    let truth: Value =
        serde_json::from_slice(&std::fs::read(dir.join("truth.json")).unwrap()).unwrap();
    let truths = truths(&truth);
    assert!(!truths.is_empty(), "truth.json holds no story parts");
    let issue = placed_issue(dir);
    truths
        .iter()
        .map(|t| {
            let page = issue.page(t.page).unwrap();
            let article = article_for(&page.articles, t)
                .unwrap_or_else(|| panic!("no imported article prints the story {:?}", t.headline));
            ZoneScore {
                id: article.id.clone(),
                kind: t.kind.clone(),
                headline: t.headline.clone(),
                placed: !article.zones.is_empty(),
                iou: iou(&article.zones, &t.polygon),
            }
        })
        .collect()
}

/// The pages' text exports of `dir` imported and their stories placed on the page PDFs.
pub fn placed_issue(dir: &Path) -> Issue {
    let pdfs = read_pdfs(dir);
    let mut issue = import_texts(exports(dir, &pdfs));
    for pdf in &pdfs {
        let page = issue
            .pages
            .iter_mut()
            .find(|p| p.number == pdf.number)
            .unwrap_or_else(|| panic!("page {} is not in the import", pdf.number));
        place(pdf.info, &pdf.chars, &mut page.articles);
    }
    issue
}

/// The `page-N.txt` exports beside the PDFs.
pub fn exports(dir: &Path, pdfs: &[PdfPage]) -> Vec<Source> {
    pdfs.iter()
        .map(|p| {
            let name = format!("page-{}.txt", p.number);
            Source {
                bytes: std::fs::read(dir.join(&name)).unwrap(),
                name,
            }
        })
        .collect()
}

/// The issue read from the PDFs of `dir` alone, and the true headlines it lacks.
pub struct Alone {
    /// The issue.
    pub issue: Issue,
    /// How many headlines the truth has (banners aside).
    pub headlines: usize,
    /// Those not found.
    pub missing: Vec<String>,
}

/// Reads the PDFs of `dir` alone (their text layers as the export) and looks for the true
/// headlines in what comes out.
pub fn from_pdfs_alone(dir: &Path) -> Alone {
    let pdfs = read_pdfs(dir);
    let truth: Value =
        serde_json::from_slice(&std::fs::read(dir.join("truth.json")).unwrap()).unwrap();
    let sources: Vec<Source> = pdfs
        .iter()
        .map(|p| Source {
            name: format!("page-{}.txt", p.number),
            bytes: page_text(p.info, &p.chars)
                .unwrap_or_else(|| panic!("page {} has no usable text layer", p.number))
                .into_bytes(),
        })
        .collect();
    let issue = import_texts(sources);
    let found: Vec<String> = issue
        .pages
        .iter()
        .flat_map(|p| &p.articles)
        .map(|a| normalize(&a.headline))
        .filter(|h| !h.is_empty())
        .collect();
    let mut headlines: Vec<String> = truths(&truth)
        .iter()
        .filter(|t| t.kind != "banner")
        .map(|t| normalize(&t.headline))
        .filter(|h| !h.is_empty())
        .collect();
    headlines.sort();
    headlines.dedup();
    assert!(!headlines.is_empty(), "truth.json names no headlines");
    let missing = headlines
        .iter()
        .filter(|h| !found.contains(h))
        .cloned()
        .collect();
    Alone {
        issue,
        headlines: headlines.len(),
        missing,
    }
}

/// The 1840 Erzähler of `sample` (its METS, ALTO and page PDFs): the METS's articles placed
/// on the page PDFs by their text, each scored against where its ALTO blocks put it (the
/// METS zones, scaled from the 300-dpi masters to the PDFs' 150 dpi): (id, IoU).
pub fn mets_against_page_pdfs(sample: &Path) -> Vec<(String, f64)> {
    let source = Source {
        name: "18400221_01-METS.xml".into(),
        bytes: std::fs::read(sample.join("18400221_01-METS.xml")).unwrap(),
    };
    let mut read = |href: &str| std::fs::read(sample.join(href)).map_err(|e| e.to_string());
    let options = Options {
        lang: Some("de".into()),
        ..Options::default()
    };
    let issue = import_mets(&source, &mut read, &options).issue.unwrap();
    let mut scores = Vec::new();
    for page in &issue.pages {
        let path = sample.join(format!("PAGEPDF/{:05}.pdf", page.number));
        let doc = Document::open(&std::fs::read(path).unwrap()).unwrap();
        let info = doc.page(0).unwrap();
        let chars = doc.chars(0).unwrap();
        let scale =
            f64::from(banmian_pdf::pixel_size(info).0) / f64::from(page.image_size.unwrap().width);
        let mut articles = page.articles.clone();
        place(info, &chars, &mut articles);
        for (found, mets) in articles.iter().zip(&page.articles) {
            let truth: Vec<Vec<[f64; 2]>> = mets
                .zones
                .iter()
                .map(|z| z.iter().map(|[x, y]| [x * scale, y * scale]).collect())
                .collect();
            scores.push((found.id.clone(), iou_of(&found.zones, &truth)));
        }
    }
    scores
}
