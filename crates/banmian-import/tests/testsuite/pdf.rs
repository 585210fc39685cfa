//! The page PDFs of `tests/pdf/issue/` (made with known truth: `truth.json` says where
//! each story's lines and polygon are, in points) read with `banmian_pdf`: the zones
//! `banmian_import::pdf::place` finds for the stories of each page's text export must
//! cover the true ones (intersection over union, computed with i_overlay), and the text
//! `banmian_import::pdf::page_text` reads from the PDFs alone must give back the stories'
//! headlines. A page whose fonts have no `ToUnicode` (`tests/pdf/no-tounicode/`) must
//! place nothing and say why.

use std::path::Path;

use banmian_import::pdf::{page_text, place};
use banmian_model::Article;

#[path = "pdf_truth.rs"]
mod truth;
use truth::*;

#[test]
fn zones_found_in_the_test_pdfs_cover_the_true_ones() {
    let scores = zone_scores(&pdf_dir().join("issue"));
    let mut report = String::new();
    for z in &scores {
        assert!(z.placed, "{} ({:?}) was not placed", z.id, z.headline);
        report += &format!("{} {} {:.3} {:?}\n", z.id, z.kind, z.iou, z.headline);
    }
    let mean = scores.iter().map(|z| z.iou).sum::<f64>() / scores.len() as f64;
    eprintln!(
        "{report}mean IoU {mean:.3} over {} story parts",
        scores.len()
    );
    assert!(mean >= 0.9, "mean IoU {mean:.3} < 0.9:\n{report}");
}

#[test]
fn jump_markers_are_their_parts_lines() {
    let issue = placed_issue(&pdf_dir().join("issue"));
    let lines = |id: &str| -> Vec<String> {
        let (_, a) = issue.article(id).unwrap();
        a.lines.iter().map(|l| l.text.clone()).collect()
    };
    // The generator set 科技创新实现新突破 (1-5) to end with its marker on a line of its own,
    // and its continuation (4-1), under the headline again, to open with 上接.
    assert_eq!(
        issue
            .article("1-5")
            .unwrap()
            .1
            .continues_to
            .as_ref()
            .unwrap()
            .page,
        4
    );
    assert_eq!(
        lines("1-5").last().map(String::as_str),
        Some("（下转第4版）")
    );
    let continued = lines("4-1");
    assert_eq!(continued[0], "科技创新实现新突破");
    assert!(continued[1].starts_with("（上接第1版）"), "{continued:?}");
}

#[test]
fn text_read_from_the_test_pdfs_alone_gives_the_headlines() {
    let dir = pdf_dir().join("issue");
    let pdfs = read_pdfs(&dir);
    let alone = from_pdfs_alone(&dir);
    let (issue, missing, total) = (&alone.issue, &alone.missing, alone.headlines);
    let share = 1.0 - missing.len() as f64 / total as f64;
    eprintln!(
        "{} of {total} headlines read from the PDFs alone; missing: {missing:?}",
        total - missing.len()
    );
    assert!(
        share >= 0.95,
        "only {:.0}% of the headlines: missing {missing:?}",
        share * 100.0
    );

    // And the stories read as the text export reads: kind, titles, byline, every block.
    let expected = import_texts(exports(&dir, &pdfs));
    let read: Vec<(u32, &Article)> = issue
        .pages
        .iter()
        .flat_map(|p| p.articles.iter().map(move |a| (p.number, a)))
        .collect();
    let mut differ = Vec::new();
    let mut total = 0;
    for page in &expected.pages {
        for a in &page.articles {
            total += 1;
            let same = read.iter().any(|(n, b)| {
                *n == page.number
                    && (
                        &a.kind,
                        &a.kicker,
                        &a.headline,
                        &a.subheadline,
                        &a.byline,
                        &a.blocks,
                    ) == (
                        &b.kind,
                        &b.kicker,
                        &b.headline,
                        &b.subheadline,
                        &b.byline,
                        &b.blocks,
                    )
            });
            if !same {
                differ.push(format!("{} {:?}", a.id, a.headline));
            }
        }
    }
    eprintln!(
        "{} of {total} items read from the PDFs alone as from the text export; differ: {differ:?}",
        total - differ.len()
    );
    assert!(
        differ.len() * 10 <= total,
        "more than a tenth of the items read differently: {differ:?}"
    );
}

#[test]
fn a_pdf_without_tounicode_places_nothing_and_says_why() {
    let dir = pdf_dir().join("no-tounicode");
    let pdfs = read_pdfs(&dir);
    for pdf in &pdfs {
        let mut articles = vec![Article::new("1-1", "任何标题")];
        let diagnostics = place(pdf.info, &pdf.chars, &mut articles);
        assert!(articles[0].zones.is_empty());
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert!(
            diagnostics[0].message.contains("text layer"),
            "{}",
            diagnostics[0].message
        );
        assert_eq!(page_text(pdf.info, &pdf.chars), None);
    }
}

/// Real page PDFs nobody on the team made: the 1840 Erzähler's, scans with the digitizer's
/// invisible OCR text. The articles of its METS (text from its ALTO) are placed on them by
/// their text, and where they land is compared with where the ALTO's block coordinates put
/// them (the METS zones, scaled from the 300-dpi masters to the PDFs' 150 dpi): an
/// independent truth, made by the digitizer, not by us.
#[test]
fn real_page_pdfs_place_the_digitizers_articles_where_its_alto_has_them() {
    let scores = mets_against_page_pdfs(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/erzaehler-1840-02-21"),
    );
    for (id, score) in &scores {
        eprintln!("{id}: IoU {score:.3}");
    }
    let mean = scores.iter().map(|(_, s)| s).sum::<f64>() / scores.len() as f64;
    eprintln!("mean IoU {mean:.3} over {} articles", scores.len());
    // Measured: mean 0.80; the eight long stories 0.91–0.99; the small pieces (a two-line
    // notice, the supplement's title, the date line) 0.34–0.73, where a line more or less
    // is much of the area.
    assert_eq!(scores.len(), 12);
    assert!(scores.iter().all(|(_, s)| *s > 0.3), "{scores:?}");
    assert!(mean >= 0.78, "{scores:?}");
    assert!(
        scores.iter().filter(|(_, s)| *s >= 0.9).count() >= 8,
        "{scores:?}"
    );
}
