//! A page whose image is a page PDF: rendered for the renditions, published for readers.

// Tests fail loudly on purpose.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::fs;
use std::path::Path;

use banmian_model::{
    parse_issue, validate, Article, Block, Issue, Page, PageFile, Paper, Severity, Size,
    ISSUE_FORMAT,
};
use banmian_publish::{hash, publish};

/// Der Erzähler of 21 February 1840, page 1: 568.32 × 726.24 points (pdfinfo), so 1184 ×
/// 1513 pixels at 150 dpi; 623,579 bytes.
fn sample() -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../samples/erzaehler-1840-02-21/PAGEPDF/00001.pdf");
    fs::read(path).unwrap()
}

const SIZE: Size = Size {
    width: 1184,
    height: 1513,
};

fn issue(image: &str) -> Issue {
    Issue {
        format: ISSUE_FORMAT.into(),
        paper: Paper {
            id: Some("ezr".into()),
            name: Some("Der Erzähler".into()),
            lang: "de".into(),
            ..Paper::default()
        },
        date: "1840-02-21".into(),
        weekday: None,
        lunar_date: None,
        number: Some(15),
        page_count: Some(1),
        pages: vec![Page {
            number: 1,
            label: "1".into(),
            name: None,
            image: Some(image.into()),
            image_size: Some(SIZE),
            renditions: Vec::new(),
            pdf: None,
            articles: vec![Article {
                blocks: vec![Block::Paragraph {
                    text: "Marschal Maison trat 1792 als Gemeiner in die Revolutionsarmee ein."
                        .into(),
                }],
                zones: vec![vec![
                    [70.0, 430.0],
                    [600.0, 430.0],
                    [600.0, 1400.0],
                    [70.0, 1400.0],
                ]],
                ..Article::new("1-1", "Frankreich")
            }],
        }],
    }
}

#[test]
fn a_page_pdf_is_rendered_at_its_size_and_published_as_page_pdf() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    fs::create_dir_all(input.join("pages")).unwrap();
    let pdf = sample();
    assert_eq!(pdf.len(), 623_579);
    fs::write(input.join("pages/1.pdf"), &pdf).unwrap();
    let name = input.join("1840-02-21.json").display().to_string();
    let data = tmp.path().join("site/data");
    publish(&[(name.clone(), issue("pages/1.pdf"))], &data).unwrap();

    let text = fs::read_to_string(data.join("issues/1840-02-21.json")).unwrap();
    let published = parse_issue(&text).unwrap();
    let page = &published.pages[0];
    let key = hash(&pdf);
    // The PDF itself, beside its renditions in the folder named by its content.
    let src = format!("../images/{key}/page.pdf");
    assert_eq!(
        page.pdf,
        Some(PageFile {
            src: src.clone(),
            bytes: 623_579
        })
    );
    assert_eq!(fs::read(data.join("issues").join(&src)).unwrap(), pdf);
    // The issue file says so in JSON.
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["pages"][0]["pdf"]["src"], src.as_str());
    assert_eq!(json["pages"][0]["pdf"]["bytes"], 623_579);

    // The renditions are made from the page rendered at its size at 150 dpi, the size the
    // importer gave its zones: 1184 × 1513, so 480 and 960 wide and the thumbnail.
    assert_eq!(page.image_size, Some(SIZE));
    assert!(data.join(format!("images/{key}/scan-1184x1513")).is_file());
    let shapes: Vec<(u32, &str)> = page
        .renditions
        .iter()
        .map(|r| (r.width, r.media_type.as_str()))
        .collect();
    assert_eq!(
        shapes,
        [
            (160, "image/webp"),
            (480, "image/jpeg"),
            (480, "image/webp"),
            (960, "image/jpeg"),
            (960, "image/webp"),
        ]
    );
    for r in &page.renditions {
        // Each in the page's proportions (each made from the next wider one, rounded down).
        let exact = f64::from(r.width) * 1513.0 / 1184.0;
        assert!((f64::from(r.height) - exact).abs() < 2.0, "{r:?}");
        let img =
            image::load_from_memory(&fs::read(data.join("issues").join(&r.src)).unwrap()).unwrap();
        assert_eq!(
            (img.width(), img.height()),
            (r.width, r.height),
            "{}",
            r.src
        );
        assert!(r.src.starts_with(&format!("../images/{key}/")));
    }
    assert_eq!(
        page.image.as_deref(),
        Some(format!("../images/{key}/full/960,1226/0/default.jpg").as_str())
    );
    // The rendered page is the scan in the PDF: dark print on light paper, not blank.
    let widest = image::open(data.join("issues").join(page.image.as_deref().unwrap()))
        .unwrap()
        .to_luma8();
    let dark = widest.pixels().filter(|p| p.0[0] < 100).count();
    let share = dark as f64 / f64::from(widest.width() * widest.height());
    assert!((0.02..0.5).contains(&share), "{share}");
    assert!(validate(&published)
        .iter()
        .all(|p| p.severity != Severity::Error));

    // Published again from the input, the folder is found made and the page still gets its
    // PDF; from the site's own file, nothing changes.
    let before = fs::read_dir(data.join(format!("images/{key}")))
        .unwrap()
        .count();
    publish(&[(name, issue("pages/1.pdf"))], &data).unwrap();
    let again =
        parse_issue(&fs::read_to_string(data.join("issues/1840-02-21.json")).unwrap()).unwrap();
    assert_eq!(again, published);
    let site_file = data.join("issues/1840-02-21.json").display().to_string();
    publish(&[(site_file, published.clone())], &data).unwrap();
    let again =
        parse_issue(&fs::read_to_string(data.join("issues/1840-02-21.json")).unwrap()).unwrap();
    assert_eq!(again, published);
    assert_eq!(
        fs::read_dir(data.join(format!("images/{key}")))
            .unwrap()
            .count(),
        before
    );
}

#[test]
fn a_page_pdf_of_another_size_than_the_zones_were_measured_on_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    fs::create_dir_all(input.join("pages")).unwrap();
    fs::write(input.join("pages/1.pdf"), sample()).unwrap();
    let mut wrong = issue("pages/1.pdf");
    wrong.pages[0].image_size = Some(Size {
        width: 2368,
        height: 3027,
    });
    let name = input.join("1840-02-21.json").display().to_string();
    let e = publish(&[(name, wrong)], &tmp.path().join("site/data")).unwrap_err();
    assert!(
        e.to_string()
            .ends_with("pages/1.pdf is 1184 × 1513 pixels, but the issue's image_size is 2368 × 3027 (its zones are in those pixels)"),
        "{e}"
    );
}
