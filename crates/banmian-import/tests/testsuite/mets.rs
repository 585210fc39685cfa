//! A real digitized issue, METS + ALTO: the 1840 *Erzähler* in `samples/`, compared with
//! what a person read on its scans (`tests/erzaehler-by-hand.txt`).

use std::path::{Path, PathBuf};

use banmian_import::{import_mets, Options, Report, Source};
use banmian_model::{Block, Issue, Kind};

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/erzaehler-1840-02-21")
}

pub(crate) fn import() -> Report {
    let dir = sample();
    let mets = dir.join("18400221_01-METS.xml");
    let source = Source {
        name: "18400221_01-METS.xml".into(),
        bytes: std::fs::read(&mets).unwrap(),
    };
    let mut read = |href: &str| std::fs::read(dir.join(href)).map_err(|e| e.to_string());
    let options = Options {
        lang: Some("de".into()),
        ..Options::default()
    };
    import_mets(&source, &mut read, &options)
}

/// `x0,y0,x1,y1 | …` as the polygons the importer writes.
fn rectangles(text: &str) -> Vec<Vec<[f64; 2]>> {
    text.split('|')
        .map(|r| {
            let v: Vec<f64> = r.split(',').map(|n| n.trim().parse().unwrap()).collect();
            vec![[v[0], v[1]], [v[2], v[1]], [v[2], v[3]], [v[0], v[3]]]
        })
        .collect()
}

fn text(issue: &Issue, id: &str) -> String {
    let (_, a) = issue.article(id).unwrap();
    let paragraphs: Vec<&str> = a
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph { text } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    paragraphs.join("\n")
}

#[test]
fn the_erzaehler_of_1840_reads_as_a_person_reads_its_pages() {
    let report = import();
    assert!(!report.has_errors(), "{:#?}", report.diagnostics);
    let issue = report.issue.as_ref().unwrap();
    assert_eq!(issue.date, "1840-02-21");
    assert_eq!(issue.paper.lang, "de");
    let by_hand = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/erzaehler-by-hand.txt"),
    )
    .unwrap();
    let mut checked = 0;
    for entry in by_hand.split("\n\n") {
        let lines: Vec<&str> = entry
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| l.split("   #").next().unwrap_or(l).trim())
            .filter(|l| !l.is_empty())
            .collect();
        for line in &lines {
            if let Some(page) = line.strip_prefix("page ") {
                let f: Vec<&str> = page.split(' ').collect();
                let number: u32 = f[0].parse().unwrap();
                let p = issue.page(number).unwrap();
                let size = p.image_size.unwrap();
                assert_eq!(
                    format!("{}x{}", size.width, size.height),
                    f[1],
                    "page {number}"
                );
                assert_eq!(
                    p.articles.len(),
                    f[2].parse::<usize>().unwrap(),
                    "page {number}"
                );
                let image = format!("MASTER/0000{number}.jp2");
                assert_eq!(p.image.as_deref(), Some(image.as_str()));
                checked += 1;
            }
        }
        let Some((id, kind)) = lines.first().and_then(|l| l.split_once(' ')) else {
            continue;
        };
        if id == "page" {
            continue;
        }
        let (_, a) = issue
            .article(id)
            .unwrap_or_else(|| panic!("no article {id}"));
        assert_eq!(a.kind, Kind::from_name(kind), "{id}");
        let body = text(issue, id);
        for line in &lines[1..] {
            let (what, expected) = line.split_once(": ").unwrap();
            match what {
                "headline" => assert_eq!(a.headline, expected, "{id}"),
                "starts" => assert!(
                    body.starts_with(expected),
                    "{id} starts {:?}",
                    &body[..body.len().min(200)]
                ),
                "ends" => assert!(
                    body.ends_with(expected),
                    "{id} ends {:?}",
                    &body[body.len().saturating_sub(200)..]
                ),
                "zones" => assert_eq!(a.zones, rectangles(expected), "{id}"),
                w if w.starts_with("line ") => {
                    let n: usize = w["line ".len()..].parse().unwrap();
                    let (printed, ink) = expected.split_once(" @ ").unwrap();
                    let line = &a.lines[n - 1];
                    assert_eq!(line.text, printed, "{id} line {n}");
                    // The ink seen on the scan lies in the line's box, give or take 15 px.
                    let ink: Vec<f64> = ink.split(',').map(|v| v.parse().unwrap()).collect();
                    let [x, y, w, h] = line.rect;
                    assert!(
                        ink[0] >= x - 15.0
                            && ink[1] >= y - 15.0
                            && ink[2] <= x + w + 15.0
                            && ink[3] <= y + h + 15.0,
                        "{id} line {n}: {:?} does not hold the ink {ink:?}",
                        line.rect
                    );
                }
                other => panic!("unknown line {other:?} in erzaehler-by-hand.txt"),
            }
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} facts checked");
}

#[test]
fn every_word_of_the_articles_blocks_is_kept() {
    // Each String of a block an article names is in that article's text (joined hyphens
    // aside): nothing the OCR read is lost.
    let report = import();
    let issue = report.issue.unwrap();
    let dir = sample();
    let alto = std::fs::read_to_string(dir.join("ALTO/00002.xml")).unwrap();
    let doc = roxmltree::Document::parse(&alto).unwrap();
    let block = doc
        .descendants()
        .find(|n| n.attribute("ID") == Some("P2_Ar0020201"))
        .unwrap();
    let body = text(&issue, "2-3");
    for s in block
        .descendants()
        .filter(|n| n.tag_name().name() == "String")
    {
        let word = s.attribute("CONTENT").unwrap().trim_end_matches('-');
        assert!(body.contains(word), "{word:?} is lost from 2-3");
    }
}
