use super::*;
use crate::issue::{Page, Paper, Rendition, TextLine};

fn para(text: &str) -> Block {
    Block::Paragraph { text: text.into() }
}

fn article(id: &str, headline: &str) -> Article {
    Article {
        blocks: vec![para("正文。")],
        ..Article::new(id, headline)
    }
}

fn page(number: u32, articles: Vec<Article>) -> Page {
    Page {
        number,
        label: Page::default_label(number),
        name: None,
        image: None,
        image_size: None,
        renditions: Vec::new(),
        pdf: None,
        articles,
    }
}

/// A valid two-page issue whose story 1-1 jumps to 2-1.
fn sample() -> Issue {
    let mut a = article("1-1", "科技创新实现新突破");
    a.continues_to = Some(Jump {
        page: 2,
        article: Some("2-1".into()),
        label: Some("（下转第2版）".into()),
    });
    let mut b = article("2-1", "科技创新实现新突破");
    b.continued_from = Some(Jump {
        page: 1,
        article: Some("1-1".into()),
        label: Some("（上接第1版）".into()),
    });
    Issue {
        format: ISSUE_FORMAT.into(),
        paper: Paper {
            id: Some("jzrb".into()),
            name: Some("晋中日报".into()),
            lang: "zh-CN".into(),
            ..Paper::default()
        },
        date: "2026-04-03".into(),
        weekday: Some("星期五".into()),
        lunar_date: None,
        number: Some(12966),
        page_count: Some(4),
        pages: vec![page(1, vec![a]), page(2, vec![b])],
    }
}

#[track_caller]
fn check(issue: &Issue, expect: &[&str]) {
    let got: Vec<String> = validate(issue).iter().map(ToString::to_string).collect();
    assert_eq!(got, expect);
}

#[test]
fn a_good_issue_has_no_problem() {
    check(&sample(), &[]);
}

#[test]
fn every_problem_is_reported_with_its_path() {
    let mut issue = sample();
    issue.date = "2026-02-30".into();
    issue.pages[1].articles.push(article("1-1", ""));
    issue.pages.push(page(9, vec![article("9 1", "标题")]));
    check(
        &issue,
        &[
            "error: date: \"2026-02-30\" is not a calendar date YYYY-MM-DD",
            "error: pages[1].articles[1].headline: is empty",
            "error: pages[1].articles[1].id: duplicate id \"1-1\" (also at pages[0].articles[0])",
            "error: pages[2].number: page 9 is outside 1..=4 (page_count)",
            "error: pages[2].articles[0].id: \"9 1\" may hold only ASCII letters, digits, '-', '_' and '.' (it goes into URLs)",
        ],
    );
}

#[test]
fn jumps_must_point_at_real_parts() {
    let mut issue = sample();
    issue.pages[0].articles[0].continues_to = Some(Jump {
        page: 2,
        article: Some("2-9".into()),
        label: None,
    });
    issue.pages[1].articles[0].continued_from = Some(Jump {
        page: 5,
        article: None,
        label: None,
    });
    check(
        &issue,
        &[
            "error: pages[0].articles[0].continues_to.article: points at \"2-9\", which is not in this issue",
            "error: pages[1].articles[0].continued_from.page: page 5 is not a page of this issue",
        ],
    );
}

#[test]
fn one_sided_and_unresolved_jumps_are_warnings() {
    let mut issue = sample();
    issue.pages[1].articles[0].continued_from = None;
    check(
        &issue,
        &["warning: pages[0].articles[0].continues_to.article: \"2-1\" has no continued_from pointing back at \"1-1\""],
    );
    let mut issue = sample();
    issue.pages[0].articles[0]
        .continues_to
        .as_mut()
        .unwrap()
        .article = None;
    issue.pages[1].articles[0]
        .continued_from
        .as_mut()
        .unwrap()
        .article = None;
    check(
        &issue,
        &[
            "warning: pages[0].articles[0].continues_to.article: is null although page 2 is in the data: the other part was not found",
            "warning: pages[1].articles[0].continued_from.article: is null although page 1 is in the data: the other part was not found",
        ],
    );
    // A jump to a page the data lacks is simply unresolved: no problem.
    let mut issue = sample();
    issue.pages.truncate(1);
    issue.pages[0].articles[0]
        .continues_to
        .as_mut()
        .unwrap()
        .article = None;
    check(&issue, &[]);
}

#[test]
fn pages_and_weekday_are_checked() {
    let mut issue = sample();
    issue.weekday = Some("星期一".into());
    issue.pages.swap(0, 1);
    issue.pages.push(page(1, vec![]));
    check(
        &issue,
        &[
            "warning: weekday: \"星期一\" but 2026-04-03 is a 星期五",
            "warning: pages[1].number: page 1 comes after page 2",
            "error: pages[2].number: page 1 again (also pages[1])",
            "warning: pages[2].articles: is empty: the page shows nothing",
        ],
    );
}

#[test]
fn empty_strings_blocks_and_zones() {
    let mut issue = sample();
    issue.paper.id = Some("JZ RB".into());
    issue.paper.sponsor = Some(" ".into());
    let a = &mut issue.pages[0].articles[0];
    a.blocks = vec![
        para(""),
        Block::Image {
            src: "".into(),
            width: Some(0),
            height: None,
            caption: None,
            credit: None,
        },
    ];
    a.zone = Some(vec![[0.0, 0.0], [f64::NAN, 1.0]]);
    check(
        &issue,
        &[
            "error: paper.id: \"JZ RB\" must be lower-case letters, digits, '-' or '_'",
            "warning: paper.sponsor: is an empty string: use null for \"not printed\"",
            "error: pages[0].articles[0].blocks[0].text: is empty",
            "error: pages[0].articles[0].blocks[1].src: is empty",
            "error: pages[0].articles[0].blocks[1]: width and height must not be 0",
            "error: pages[0].articles[0].zone: a polygon needs at least 3 points",
            "error: pages[0].articles[0].zone: the point [NaN, 1] is outside the page image",
            "warning: pages[0].articles[0].zone: the page has no image_size: the zone cannot be placed",
        ],
    );
}

#[test]
fn zones_lie_inside_the_page_image_and_renditions_are_images() {
    let mut issue = sample();
    let page = &mut issue.pages[0];
    page.image = Some("scans/1.jp2".into());
    page.renditions = vec![Rendition {
        src: "../images/1.webp".into(),
        width: 390,
        height: 0,
        media_type: "text/html".into(),
    }];
    let a = &mut page.articles[0];
    a.zones = vec![
        vec![[10.0, 10.0], [2368.0, 10.0], [2368.0, 3027.0]],
        vec![[10.0, 10.0], [2369.0, 10.0], [10.0, 40.0]],
    ];
    check(
        &issue,
        &[
            "error: pages[0].renditions[0]: a rendition has no pixels",
            "error: pages[0].renditions[0].type: \"text/html\" is not an image's media type",
            "error: pages[0].image_size: is missing: renditions need the size of the image they were made from",
            "warning: pages[0].articles[0].zones[0]: the page has no image_size: the zone cannot be placed",
        ],
    );
    issue.pages[0].image_size = Some(Size {
        width: 2368,
        height: 3027,
    });
    issue.pages[0].renditions[0].height = 474;
    issue.pages[0].renditions[0].media_type = "image/webp".into();
    check(
        &issue,
        &["error: pages[0].articles[0].zones[1]: the point [2369, 10] is outside the page image (2368 × 3027 pixels)"],
    );
    // A printed line's box lies inside the page too.
    issue.pages[0].articles[0].zones.pop();
    issue.pages[0].articles[0].lines = vec![
        TextLine {
            text: "in die Revolutionsarmee".into(),
            rect: [30.0, 896.0, 1115.0, 58.0],
        },
        TextLine {
            text: "Mi-".into(),
            rect: [2300.0, 3000.0, 60.0, 28.0],
        },
    ];
    check(
        &issue,
        &["error: pages[0].articles[0].lines[1].rect: the point [2360, 3028] is outside the page image (2368 × 3027 pixels)"],
    );
    // Files from before `zones`: the one `zone` is read as the first polygon.
    let old =
        r#"{"id": "1-1", "kind": "article", "headline": "h", "zone": [[1, 2], [3, 4], [5, 6]]}"#;
    let article: Article = serde_json::from_str(old).unwrap();
    assert_eq!(
        article.polygons().collect::<Vec<_>>(),
        vec![&[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]][..]]
    );
}

#[test]
fn civil_dates() {
    assert_eq!(civil_date("1970-01-01"), Some(0));
    assert_eq!(civil_date("2026-04-03"), Some(20546));
    assert!(civil_date("2024-02-29").is_some());
    assert_eq!(civil_date("2100-02-29"), None);
    assert_eq!(civil_date("2026-4-3"), None);
    assert_eq!(civil_date("2026-+4-03"), None);
}
