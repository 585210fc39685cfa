use std::path::PathBuf;

use banmian_import::{import, Options, Source};
use banmian_model::{Block, Issue as Imported, Severity};

use crate::layout::{Issue, Kind};
use crate::metrics::FixedMetrics;
use crate::truth::{Truth, TruthPart};
use crate::typeset::Role;
use crate::{check, export, issue, polygon, tounicode, truth};

fn fixed() -> Issue {
    issue::build(&FixedMetrics).unwrap()
}

/// The committed fixture set, beside the importer's tests.
fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../banmian-import/tests/pdf")
}

#[test]
fn the_issue_holds_together() {
    let t = truth::truth(&fixed(), &[]).unwrap();
    let problems = check::check(&t);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(t.pages.len(), 4);
}

#[test]
fn truth_json_reads_back_as_written() {
    let t = truth::truth(&fixed(), &[]).unwrap();
    let json = truth::to_json(&t).unwrap();
    let back: Truth = serde_json::from_str(&json).unwrap();
    assert_eq!(back, t);
}

fn part<'a>(t: &'a Truth, id: &str) -> &'a TruthPart {
    t.pages
        .iter()
        .flat_map(|p| &p.parts)
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("no part {id}"))
}

fn blocks<'a>(p: &'a TruthPart, role: &str) -> Vec<&'a [f64; 4]> {
    p.zone
        .blocks
        .iter()
        .filter(|b| b.role == role)
        .map(|b| &b.rect)
        .collect()
}

/// Page 1 holds what it was made to hold, seen in the truth's geometry.
fn page_one_as_planned(t: &Truth) {
    let kinds: Vec<&str> = t.pages[0].parts.iter().map(|p| p.kind.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "banner",
            "article",
            "commentary",
            "photo",
            "article",
            "article",
            "article"
        ]
    );
    let banner = part(t, "1-1");
    let b = blocks(banner, "head")[0];
    assert!(b[2] - b[0] > 900.0, "the banner spans the page: {b:?}");
    // The lead: a headline over four columns, text in four columns.
    let lead = part(t, "1-2");
    let head = blocks(lead, "head")[0];
    assert!(head[2] - head[0] > 600.0, "{head:?}");
    assert_eq!(blocks(lead, "text").len(), 4);
    assert!(lead.subheads > 0);
    // The commentary in a box that holds everything it has.
    let c = part(t, "1-3");
    let frame = *blocks(c, "frame")[0];
    assert!(c.zone.lines.iter().all(|l| polygon::rect_inside(
        &[
            [frame[0], frame[1]],
            [frame[2], frame[1]],
            [frame[2], frame[3]],
            [frame[0], frame[3]]
        ],
        &l.rect
    )));
    // The photo, and its caption right under it.
    let ph = part(t, "1-4");
    let (pic, cap) = (blocks(ph, "photo")[0], blocks(ph, "caption")[0]);
    assert!(cap[1] > pic[3] && cap[1] - pic[3] < 10.0 && pic[3] - pic[1] > 200.0);
    assert_eq!(ph.byline.as_deref(), Some("本报记者 李明 摄"));
    // The jump: its last line is the marker, flush with the column's right edge.
    let jump = part(t, "1-5");
    assert_eq!(
        jump.continues_to.as_ref().map(|l| l.id.as_str()),
        Some("4-1")
    );
    let last = jump.zone.lines.last().unwrap();
    assert!(last.text.ends_with(issue::TO_MARKER), "{:?}", last.text);
    let col = blocks(jump, "text")
        .into_iter()
        .find(|b| {
            b[1] <= last.rect[1]
                && last.rect[3] <= b[3]
                && b[0] <= last.rect[0]
                && last.rect[2] <= b[2]
        })
        .unwrap();
    assert_eq!(last.rect[2], col[2]);
    if t.pages.iter().any(|p| p.number == 4) {
        let cont = part(t, "4-1");
        assert_eq!(
            cont.continued_from.as_ref().map(|l| l.id.as_str()),
            Some("1-5")
        );
        let first = cont.zone.lines.iter().find(|l| l.role == "body").unwrap();
        assert!(
            first.text.starts_with(issue::FROM_MARKER),
            "{:?}",
            first.text
        );
    }
    // The L: down column 3, then across columns 4 and 5 under its neighbour.
    let l = part(t, "1-6");
    let texts = blocks(l, "text");
    assert_eq!(texts.len(), 3);
    let down = texts[0];
    let foot = &texts[1..];
    assert!(foot
        .iter()
        .all(|b| b[0] > down[2] && b[1] > down[1] + 200.0 && b[1] == foot[0][1]));
    assert_eq!(foot[0][3], down[3], "the foot ends level with the column");
    // Its outline turns the column's corner: the corner of column 3's top right, then
    // the foot's top right, at the foot's top.
    let poly = &l.zone.polygon;
    let lhead = blocks(l, "head")[0];
    assert!(poly.len() >= 6, "{poly:?}");
    assert_eq!(poly[0], [lhead[0], lhead[1]]);
    assert_eq!(poly[1], [down[2], lhead[1]]);
    assert_eq!(poly[2], [down[2], foot[0][1]]);
    assert_eq!(poly[3], [foot[1][2], foot[0][1]]);
    let neighbour = part(t, "1-7");
    let n_bottom = neighbour
        .zone
        .polygon
        .iter()
        .map(|p| p[1])
        .fold(0.0, f64::max);
    assert!(n_bottom < foot[0][1], "the neighbour stands above the foot");
    let n_left = neighbour
        .zone
        .polygon
        .iter()
        .map(|p| p[0])
        .fold(f64::MAX, f64::min);
    assert!(n_left > down[2] && n_left <= foot[0][0]);
}

#[test]
fn page_one_holds_a_banner_a_lead_a_commentary_a_photo_a_jump_and_an_l() {
    page_one_as_planned(&truth::truth(&fixed(), &[]).unwrap());
}

#[test]
fn no_line_starts_with_closing_punctuation() {
    let t = truth::truth(&fixed(), &[]).unwrap();
    for l in t
        .pages
        .iter()
        .flat_map(|p| &p.parts)
        .flat_map(|p| &p.zone.lines)
    {
        let c = l.text.chars().next().unwrap();
        assert!(!"，。、；：？！）》」”’".contains(c), "{:?}", l.text);
        let e = l.text.chars().last().unwrap();
        assert!(!"（《「“‘".contains(e), "{:?}", l.text);
    }
}

/// What the lines of each part print is what its export says, titles and text alike.
#[test]
fn the_lines_print_the_exported_text() {
    let issue = fixed();
    for p in issue.pages.iter().flat_map(|p| &p.parts) {
        let n = p.paragraphs + p.subheads;
        let (titles, text) = p.export.split_at(p.export.len() - n);
        let is_text = |r: Role| matches!(r, Role::Body | Role::Subhead | Role::Caption);
        let printed: String = p
            .lines
            .iter()
            .filter(|l| is_text(l.role))
            .map(|l| l.text.as_str())
            .collect();
        let printed_titles: String = p
            .lines
            .iter()
            .filter(|l| !is_text(l.role))
            .map(|l| l.text.as_str())
            .collect();
        assert_eq!(printed, text.concat(), "{}", p.id);
        assert_eq!(printed_titles, titles.concat(), "{}", p.id);
        if p.kind != Kind::Banner {
            assert!(n > 0, "{}", p.id);
        }
    }
}

/// Imports text exports and compares every item with its part in the truth.
fn imports_as_the_truth_says(files: Vec<(String, Vec<u8>)>, t: &Truth) {
    let sources: Vec<Source> = files
        .into_iter()
        .map(|(name, bytes)| Source { name, bytes })
        .collect();
    let report = import(&sources, &Options::default());
    let errors: Vec<String> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let got: Imported = report.issue.unwrap();
    assert_eq!(got.date, "2026-05-18");
    assert_eq!(got.paper.name.as_deref(), Some("示例日报"));
    for page in &t.pages {
        let imported = got.pages.iter().find(|p| p.number == page.number).unwrap();
        let ids: Vec<&str> = imported.articles.iter().map(|a| a.id.as_str()).collect();
        let want: Vec<&str> = page.parts.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, want, "page {}", page.number);
        for (a, p) in imported.articles.iter().zip(&page.parts) {
            let paragraphs = a
                .blocks
                .iter()
                .filter(|b| matches!(b, Block::Paragraph { .. }))
                .count();
            let subheads = a
                .blocks
                .iter()
                .filter(|b| matches!(b, Block::Subhead { .. }))
                .count();
            assert_eq!(a.kind.as_str(), p.kind, "{}", p.id);
            assert_eq!(a.headline, p.headline, "{}", p.id);
            assert_eq!(a.kicker, p.kicker, "{}", p.id);
            assert_eq!(a.subheadline, p.subheadline, "{}", p.id);
            assert_eq!(
                (paragraphs, subheads),
                (p.paragraphs, p.subheads),
                "{}",
                p.id
            );
            if p.byline.is_some() {
                assert_eq!(a.byline, p.byline, "{}", p.id);
            }
            let to = a.continues_to.as_ref().map(|j| (j.page, j.article.clone()));
            let want_to = p.continues_to.as_ref().map(|l| {
                let linked = t.pages.iter().any(|q| q.number == l.page);
                (l.page, linked.then(|| l.id.clone()))
            });
            assert_eq!(to, want_to, "{}", p.id);
            let from = a
                .continued_from
                .as_ref()
                .map(|j| (j.page, j.article.clone()));
            let want_from = p
                .continued_from
                .as_ref()
                .map(|l| (l.page, Some(l.id.clone())));
            assert_eq!(from, want_from, "{}", p.id);
        }
    }
}

#[test]
fn the_export_imports_as_the_truth_says() {
    let issue = fixed();
    let t = truth::truth(&issue, &[]).unwrap();
    let files = issue
        .pages
        .iter()
        .map(|p| {
            (
                format!("page-{}.txt", p.number),
                export::text(p).into_bytes(),
            )
        })
        .collect();
    imports_as_the_truth_says(files, &t);
}

fn read(path: PathBuf) -> Vec<u8> {
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The committed set: its truth holds together, its exports import as it says, every
/// line of a story is in its page's export, and the PDFs are what they claim.
#[test]
fn the_committed_fixtures_hold_together_and_import_as_their_truth_says() {
    for (dir, pages) in [("issue", 4), ("no-tounicode", 1)] {
        let dir = fixtures().join(dir);
        let t: Truth = serde_json::from_slice(&read(dir.join("truth.json"))).unwrap();
        assert_eq!(t.pages.len(), pages);
        let problems = check::check(&t);
        assert!(problems.is_empty(), "{}: {problems:#?}", dir.display());
        let files: Vec<(String, Vec<u8>)> = t
            .pages
            .iter()
            .map(|p| (p.text.clone(), read(dir.join(&p.text))))
            .collect();
        for (page, (_, text)) in t.pages.iter().zip(&files) {
            let text = String::from_utf8(text.clone()).unwrap().replace('\n', "");
            for p in &page.parts {
                for l in p.zone.lines.iter().filter(|l| l.role == "body") {
                    let words = l.text.split(' ').filter(|w| !w.is_empty());
                    for w in words {
                        assert!(
                            text.contains(w),
                            "{}: {:?} is not in {}",
                            p.id,
                            w,
                            page.text
                        );
                    }
                }
            }
            let pdf = read(dir.join(&page.pdf));
            assert!(pdf.starts_with(b"%PDF-"));
            let has_map = pdf.windows(10).any(|w| w == b"/ToUnicode");
            assert_eq!(has_map, pages == 4, "{}", page.pdf);
        }
        page_one_as_planned(&t);
        imports_as_the_truth_says(files, &t);
    }
}

#[test]
fn tounicode_entries_are_blanked_in_place() {
    let pdf = b"<< /Type /Font /ToUnicode 12 0 R /Subtype /Type0 >> /ToUnicode 7 0 R".to_vec();
    let (out, n) = tounicode::strip(&pdf);
    assert_eq!(n, 2);
    assert_eq!(out.len(), pdf.len());
    let blank = " ".repeat("/ToUnicode 12 0 R".len());
    let blank2 = " ".repeat("/ToUnicode 7 0 R".len());
    assert_eq!(
        String::from_utf8(out).unwrap(),
        format!("<< /Type /Font {blank} /Subtype /Type0 >> {blank2}")
    );
    let (same, none) = tounicode::strip(b"<< /ToUnicode /Identity-H >>");
    assert_eq!(
        (same.as_slice(), none),
        (&b"<< /ToUnicode /Identity-H >>"[..], 0)
    );
}
