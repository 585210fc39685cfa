//! `cargo xtask bench pdf`: from the page PDFs to tappable printed pages, against the
//! issue's budgets, on one thread of a release build.
//!
//! - Render + zones per page: the page rendered at 150 dpi (what publish makes the
//!   renditions from), its glyphs read and its stories placed (budget: ≤ 2 s a broadsheet
//!   page on one core), for the generated test issue (`tests/pdf/issue`, CJK broadsheet
//!   pages) and the 1840 Erzähler's real page PDFs (`samples/…/PAGEPDF`).
//! - Zones against the generated truth: mean intersection over union (≥ 0.9), every story
//!   placed; and the 1840 articles of the METS placed on its page PDFs against where its
//!   ALTO puts them.
//! - Text from the PDFs alone: the share of the true headlines found (≥ 95 %).
//!
//! Figures are the best of five runs (the machine's other work only slows a run).

// A benchmark fails loudly on purpose.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;
use std::time::{Duration, Instant};

use banmian_import::pdf::place;
use banmian_model::Article;
use banmian_pdf::Document;

#[path = "../tests/testsuite/pdf_truth.rs"]
mod truth;

/// The best of five runs of `f`.
fn best(mut f: impl FnMut()) -> Duration {
    (0..5)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Times render, glyphs and zones for one page PDF, with the articles to place.
fn page(label: &str, bytes: &[u8], articles: &[Article]) -> Duration {
    let doc = Document::open(bytes).unwrap();
    let info = doc.page(0).unwrap();
    let (w, h) = banmian_pdf::pixel_size(info);
    let render = best(|| {
        doc.render(0, w, h).unwrap();
    });
    let chars = best(|| {
        doc.chars(0).unwrap();
    });
    let glyphs = doc.chars(0).unwrap();
    let zones = best(|| {
        let mut a = articles.to_vec();
        place(info, &glyphs, &mut a);
    });
    let total = render + chars + zones;
    println!(
        "{label}: {w}×{h} px, render {} ms, glyphs {} ms ({}), zones {} ms ({} articles): {} ms",
        render.as_millis(),
        chars.as_millis(),
        glyphs.len(),
        zones.as_millis(),
        articles.len(),
        total.as_millis()
    );
    total
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let issue_dir = root.join("tests/pdf/issue");
    let pdfs = truth::read_pdfs(&issue_dir);
    let issue = truth::import_texts(truth::exports(&issue_dir, &pdfs));
    let mut worst = Duration::ZERO;
    for p in &pdfs {
        let bytes = std::fs::read(issue_dir.join(format!("page-{}.pdf", p.number))).unwrap();
        let articles = &issue.page(p.number).unwrap().articles;
        worst = worst.max(page(
            &format!("generated page {}", p.number),
            &bytes,
            articles,
        ));
    }
    let sample = root.join("../../samples/erzaehler-1840-02-21");
    // The 1840 pages' articles come from the METS.
    let mets = banmian_import::Source {
        name: "18400221_01-METS.xml".into(),
        bytes: std::fs::read(sample.join("18400221_01-METS.xml")).unwrap(),
    };
    let mut read = |href: &str| std::fs::read(sample.join(href)).map_err(|e| e.to_string());
    let ezr = banmian_import::import_mets(&mets, &mut read, &Default::default())
        .issue
        .unwrap();
    for p in &ezr.pages {
        let bytes = std::fs::read(sample.join(format!("PAGEPDF/{:05}.pdf", p.number))).unwrap();
        page(&format!("1840 page {}", p.number), &bytes, &p.articles);
    }
    println!(
        "render + zones: worst broadsheet page {} ms (budget 2000 ms)",
        worst.as_millis()
    );

    let scores = truth::zone_scores(&issue_dir);
    let placed = scores.iter().filter(|z| z.placed).count();
    let mean = scores.iter().map(|z| z.iou).sum::<f64>() / scores.len() as f64;
    let low = scores
        .iter()
        .min_by(|a, b| a.iou.total_cmp(&b.iou))
        .map(|z| format!("{} {:.3} {:?}", z.id, z.iou, z.headline))
        .unwrap_or_default();
    println!(
        "zones: {placed} of {} story parts placed, mean IoU {mean:.3} (budget 0.9), lowest {low}",
        scores.len()
    );
    let real = truth::mets_against_page_pdfs(&sample);
    let real_mean = real.iter().map(|(_, s)| s).sum::<f64>() / real.len() as f64;
    let long = real.iter().filter(|(_, s)| *s >= 0.9).count();
    println!(
        "1840 page PDFs: the METS's {} articles placed by their text, mean IoU {real_mean:.3} against its ALTO ({long} at ≥ 0.9)",
        real.len()
    );
    let alone = truth::from_pdfs_alone(&issue_dir);
    let found = alone.headlines - alone.missing.len();
    println!(
        "text from the PDFs alone: {found} of {} headlines ({:.0} %, budget 95 %), missing {:?}",
        alone.headlines,
        100.0 * found as f64 / alone.headlines as f64,
        alone.missing
    );
}
