use banmian_model::{Jump, Page, Paper};

use super::*;

/// Two pages; the lead story continues from page 1 to page 2, and its text is hostile.
fn issue() -> Issue {
    let hostile = &HOSTILE_HEADLINE["市民".len()..];
    let mut lead = Article::new("1-1", HOSTILE_HEADLINE);
    lead.byline = Some("本报记者 王晓 通讯员 李明".into());
    lead.blocks = vec![
        Block::Paragraph {
            text: format!("第一段{hostile}。这是导语的第二句。"),
        },
        Block::Paragraph {
            text: "第二段。".into(),
        },
    ];
    lead.continues_to = Some(Jump {
        page: 2,
        article: Some("2-1".into()),
        label: Some("下转第2版".into()),
    });
    let mut tail = Article::new("2-1", "");
    tail.blocks = vec![Block::Paragraph {
        text: "续完。".into(),
    }];
    tail.continued_from = Some(Jump {
        page: 1,
        article: Some("1-1".into()),
        label: Some("上接第1版".into()),
    });
    let mut other = Article::new("2-2", "第二版的新闻");
    other.blocks = vec![Block::Paragraph {
        text: "另一篇。".into(),
    }];
    Issue {
        format: "banmian.issue/1".into(),
        paper: Paper {
            name: Some("晋中日报".into()),
            lang: "zh-CN".into(),
            ..Paper::default()
        },
        date: "2026-04-03".into(),
        weekday: Some("星期五".into()),
        lunar_date: None,
        number: Some(7021),
        page_count: Some(2),
        pages: vec![
            Page {
                number: 1,
                label: "第1版".into(),
                name: Some("要闻".into()),
                image: None,
                image_size: None,
                renditions: Vec::new(),
                pdf: None,
                articles: vec![lead],
            },
            Page {
                number: 2,
                label: "第2版".into(),
                name: None,
                image: None,
                image_size: None,
                renditions: Vec::new(),
                pdf: None,
                articles: vec![tail, other],
            },
        ],
    }
}

fn site(url: Option<&str>) -> Site {
    let issue = issue();
    let entry =
        banmian_model::CatalogEntry::new(&issue, "issues/2026-04-03.json".into(), "0".into(), 1);
    let catalog = Catalog::new(issue.paper.clone(), vec![entry]);
    Site::new(catalog, [issue], "/epaper/", url)
}

const HOSTILE_HEADLINE: &str = r#"市民<script>alert("x")</script> & 'quotes' --> </script><!--"#;

fn article(s: &Site, page: u32, id: &str) -> Rendered {
    render(
        s,
        &Route::Article {
            date: "2026-04-03".into(),
            page,
            id: id.into(),
        },
    )
}

/// The text between `<script type="application/ld+json">` and its end.
fn json_ld(head: &str) -> Value {
    let start = head
        .find(r#"<script type="application/ld+json">"#)
        .expect("JSON-LD")
        + 35;
    let end = start + head[start..].find("</script>").expect("its end");
    serde_json::from_str(&head[start..end]).expect("JSON-LD is JSON")
}

#[test]
fn hostile_text_is_escaped_in_the_body_the_attributes_and_the_json_ld() {
    let out = article(&site(None), 1, "1-1");
    // The body: the headline and the paragraph are text.
    assert!(out.body.contains(
        "<h1>市民&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'quotes' --&gt; &lt;/script&gt;&lt;!--</h1>"
    ), "{}", out.body);
    assert!(!out.body.contains("<script"), "{}", out.body);
    assert!(
        !out.body.contains("<!--"),
        "no comment can be opened: {}",
        out.body
    );
    // The head: in attributes, quotes are escaped too.
    assert!(out.head.contains(
        r#"<meta property="og:title" content="市民&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 'quotes' --&gt; &lt;/script&gt;&lt;!-- - 晋中日报 2026年4月3日">"#
    ), "{}", out.head);
    // Exactly one script element, the JSON-LD, and it ends where it should.
    assert_eq!(out.head.matches("<script").count(), 1, "{}", out.head);
    assert_eq!(out.head.matches("</script>").count(), 1, "{}", out.head);
    assert!(!out.head.contains("<!--"), "{}", out.head);
    // ...and reads back as the very text of the data.
    let ld = json_ld(&out.head);
    assert_eq!(ld["headline"], HOSTILE_HEADLINE);
}

#[test]
fn an_article_page_has_its_head_for_search_engines_and_link_cards() {
    let out = article(&site(Some("https://www.example.com/epaper/")), 1, "1-1");
    let url = "https://www.example.com/epaper/2026-04-03/1/1-1";
    for expected in [
        format!(r#"<link rel="canonical" href="{url}">"#),
        format!(r#"<meta property="og:url" content="{url}">"#),
        r#"<meta property="og:type" content="article">"#.to_owned(),
        r#"<meta property="og:site_name" content="晋中日报">"#.to_owned(),
        r#"<meta property="og:locale" content="zh_CN">"#.to_owned(),
        r#"<meta property="article:published_time" content="2026-04-03">"#.to_owned(),
        r#"<meta name="twitter:card" content="summary">"#.to_owned(),
    ] {
        assert!(out.head.contains(&expected), "{expected} in {}", out.head);
    }
    // The description is the lede, cut after its first sentence (the hostile text is
    // long enough to need cutting only when it is, so here it is whole).
    assert!(out
        .head
        .contains(r#"<meta name="description" content="第一段&lt;script&gt;"#));
    let ld = json_ld(&out.head);
    assert_eq!(ld["@type"], "NewsArticle");
    assert_eq!(ld["datePublished"], "2026-04-03");
    assert_eq!(
        ld["author"],
        json!([{ "@type": "Person", "name": "王晓" }, { "@type": "Person", "name": "李明" }])
    );
    assert_eq!(ld["pageStart"], "1");
    assert_eq!(ld["pageEnd"], "2", "the story goes on on page 2");
    assert_eq!(ld["isPartOf"]["@type"], "PublicationIssue");
    assert_eq!(ld["isPartOf"]["issueNumber"], "7021");
    assert_eq!(ld["isPartOf"]["isPartOf"]["@type"], "Periodical");
    assert_eq!(ld["isPartOf"]["isPartOf"]["name"], "晋中日报");
}

#[test]
fn jump_links_are_plain_links_both_ways() {
    let s = site(None);
    let first = article(&s, 1, "1-1");
    assert!(
        first
            .body
            .contains(r#"<a href="/epaper/2026-04-03/2/2-1">下转第2版</a>"#),
        "{}",
        first.body
    );
    let rest = article(&s, 2, "2-1");
    assert!(
        rest.body
            .contains(r#"<a href="/epaper/2026-04-03/1/1-1">上接第1版</a>"#),
        "{}",
        rest.body
    );
    // On the page, the marker leads to the part where it stands on its page.
    let page = render(
        &s,
        &Route::Page {
            date: "2026-04-03".into(),
            page: 1,
        },
    );
    assert!(
        page.body
            .contains(r#"<a href="/epaper/2026-04-03/2#a-2-1">下转第2版</a>"#),
        "{}",
        page.body
    );
}

#[test]
fn the_front_page_is_the_newest_issue_as_a_publication_issue() {
    let out = render(&site(None), &Route::Latest);
    assert!(
        out.head
            .starts_with("<title>晋中日报 2026年4月3日 第1版</title>"),
        "{}",
        out.head
    );
    // Without the site's address there is no absolute address to name.
    assert!(!out.head.contains("canonical"), "{}", out.head);
    assert!(!out.head.contains("og:url"), "{}", out.head);
    let ld = json_ld(&out.head);
    assert_eq!(ld["@type"], "PublicationIssue");
    assert_eq!(ld["datePublished"], "2026-04-03");
    assert_eq!(ld["isPartOf"]["@type"], "Periodical");
    // The masthead and the page's story, in the viewer's root the app takes over.
    assert!(
        out.body
            .starts_with(r#"<div lang="zh-CN" data-prerendered="" class="banmian">"#),
        "{}",
        out.body
    );
    assert!(
        out.body
            .contains(r#"<h1 lang="zh-CN" class="paper-name">晋中日报</h1>"#),
        "{}",
        out.body
    );
    assert!(out.body.contains("第7021期"), "{}", out.body);
}

#[test]
fn the_404_page_and_search_are_not_indexed() {
    let s = site(None);
    let missing = render(&s, &Route::NotFound(String::new()));
    assert!(missing
        .head
        .contains(r#"<meta name="robots" content="noindex">"#));
    assert!(!missing.head.contains("canonical"));
    assert!(missing.body.contains(r#"role="alert""#), "{}", missing.body);
    let search = render(&s, &Route::Search);
    assert!(search.head.contains("noindex"));
    assert!(
        search.body.contains("搜索需要浏览器启用 JavaScript"),
        "{}",
        search.body
    );
    assert!(
        search.body.contains(r#"action="/epaper/search""#),
        "a GET form: {}",
        search.body
    );
}

#[test]
fn nothing_is_styled_inline() {
    let s = site(None);
    for route in [
        Route::Latest,
        Route::Page {
            date: "2026-04-03".into(),
            page: 2,
        },
        Route::Archive,
        Route::ArchiveMonth {
            month: "2026-04".into(),
        },
    ] {
        let out = render(&s, &route);
        assert!(!out.body.contains("style="), "{route:?}: {}", out.body);
    }
}

#[test]
fn authors_are_the_people_of_the_byline() {
    assert_eq!(authors("本报记者 王晓 通讯员 李明"), ["王晓", "李明"]);
    assert_eq!(authors("■记者 张三 李四 报道"), ["张三", "李四"]);
    assert_eq!(authors("文/图 王五"), ["王五"]);
    assert_eq!(authors("新华社记者 胡喆"), ["胡喆"]);
    assert!(authors("Reuters").is_empty());
}

#[test]
fn descriptions_are_cut_at_a_sentence_end() {
    let long = format!("{}。{}", "甲".repeat(80), "乙".repeat(100));
    assert_eq!(cut(&long, 120), format!("{}。", "甲".repeat(80)));
    let run_on = "丙".repeat(200);
    assert_eq!(cut(&run_on, 120), format!("{}……", "丙".repeat(120)));
    assert_eq!(cut(" 短。 ", 120), "短。");
}

/// An entry of the catalog for an issue of `date` whose lead headline is `lead`.
fn entry(date: &str, lead: &str) -> banmian_model::CatalogEntry {
    let mut e =
        banmian_model::CatalogEntry::new(&issue(), format!("issues/{date}.json"), "0".into(), 1);
    e.date = date.into();
    e.number = None;
    e.lead = Some(lead.into());
    e
}

/// The lines of these months and numbers of issues.
fn lines(months: &[(&str, u32)]) -> Vec<banmian_model::CatalogMonth> {
    months
        .iter()
        .map(|&(month, issues)| banmian_model::CatalogMonth {
            month: month.into(),
            issues,
            file: format!("catalog/{month}-0123abcd.json"),
        })
        .collect()
}

/// A site whose catalog is in pieces: the head holds April 2026 and names the older months,
/// which list December 2025; February 2026 and December 2025 are pieces (no issue in March
/// or January).
fn site_in_pieces() -> Site {
    let issue = issue();
    let mut head = Catalog::new(issue.paper.clone(), vec![entry("2026-04-03", "四月的头条")]);
    head.months = lines(&[("2026-04", 1), ("2026-02", 2)]);
    head.older = Some("catalog/older-0123abcd.json".into());
    let mut older = Catalog::new(issue.paper.clone(), Vec::new());
    older.months = lines(&[("2025-12", 1)]);
    let february = Catalog::new(
        issue.paper.clone(),
        vec![
            entry("2026-02-10", "二月的头条"),
            entry("2026-02-27", "月末的头条"),
        ],
    );
    let december = Catalog::new(issue.paper.clone(), vec![entry("2025-12-30", "岁末的头条")]);
    Site::new(
        head,
        [issue],
        "/epaper/",
        Some("https://www.example.com/epaper/"),
    )
    .with_older(Some(older))
    .with_months([february, december])
}

fn month(month: &str) -> Route {
    Route::ArchiveMonth {
        month: month.into(),
    }
}

#[test]
fn the_archive_is_the_newest_month_as_a_calendar() {
    let out = render(&site(None), &Route::Archive);
    assert!(
        out.head.starts_with("<title>往期回顾 - 晋中日报</title>"),
        "{}",
        out.head
    );
    let body = &out.body;
    assert!(body.contains("<h1>往期回顾</h1>"), "{body}");
    assert!(body.contains("<caption>2026年4月</caption>"), "{body}");
    // Monday first, the full weekday names for screen readers.
    assert!(
        body.contains(r#"<th scope="col"><span aria-hidden="true">一</span><span class="sr-only">星期一</span></th>"#),
        "{body}"
    );
    // 2026-04-01 is a Wednesday: two blank days, then 1 to 5, the 3rd (a Friday) a link
    // to its issue's front page, named by its date and lead headline.
    let lead = &HOSTILE_HEADLINE
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;");
    assert!(
        body.contains(&format!(
            r#"<tr><td></td><td></td><td><span class="day">1</span></td><td><span class="day">2</span></td><td class="issue"><a href="/epaper/2026-04-03" aria-label="4月3日 星期五：{lead}" class="day">3</a></td><td><span class="day">4</span></td>"#
        )),
        "{body}"
    );
    // Not a day more than April has; one month, one year: nothing to go to.
    assert!(
        body.contains(r#"<span class="day">30</span></td><td></td><td></td><td></td></tr>"#),
        "{body}"
    );
    assert!(!body.contains(">31<"), "{body}");
    assert!(
        !body.contains("cal-nav") && !body.contains("cal-years"),
        "{body}"
    );
    // Prerendered, no day is today.
    assert!(!body.contains("aria-current=\"date\""), "{body}");
    // The month's list, as before.
    assert!(body.contains("<h2>2026年4月</h2>"), "{body}");
    assert!(
        body.contains(r#"<a href="/epaper/2026-04-03">2026年4月3日</a>"#),
        "{body}"
    );
}

#[test]
fn a_month_page_lists_its_issues_from_its_piece_with_the_months_around_it() {
    let s = site_in_pieces();
    let out = render(&s, &month("2026-02"));
    assert!(
        out.head
            .starts_with("<title>往期回顾 2026年2月 - 晋中日报</title>"),
        "{}",
        out.head
    );
    assert!(
        out.head
            .contains(r#"<meta name="description" content="晋中日报 往期回顾 2026年2月">"#),
        "{}",
        out.head
    );
    assert!(
        out.head.contains(
            r#"<link rel="canonical" href="https://www.example.com/epaper/archive/2026-02">"#
        ),
        "{}",
        out.head
    );
    let body = &out.body;
    assert!(body.contains("<caption>2026年2月</caption>"), "{body}");
    // 2026-02-10 is a Tuesday, the 27th a Friday.
    assert!(
        body.contains(r#"<a href="/epaper/2026-02-10" aria-label="2月10日 星期二：二月的头条" class="day">10</a>"#),
        "{body}"
    );
    assert!(
        body.contains(r#"aria-label="2月27日 星期五：月末的头条""#),
        "{body}"
    );
    assert_eq!(body.matches(r#"class="issue""#).count(), 2, "{body}");
    // The issues listed, with their lead headline in the paper's language.
    assert!(
        body.contains(r#"<a href="/epaper/2026-02-10">2026年2月10日</a>"#),
        "{body}"
    );
    assert!(
        body.contains(r#"<p lang="zh-CN" class="lead-line">月末的头条</p>"#),
        "{body}"
    );
    assert!(!body.contains("四月的头条"), "not the head's month: {body}");
    // The months before and after with issues, skipping January and March.
    assert!(
        body.contains(r#"<a rel="prev" href="/epaper/archive/2025-12" class="prev">"#),
        "{body}"
    );
    assert!(
        body.contains("上一月</span> <span class=\"to\">2025年12月</span>"),
        "{body}"
    );
    assert!(
        body.contains(r#"<a rel="next" href="/epaper/archive/2026-04" class="next">"#),
        "{body}"
    );
    // The years, each at its newest month; this one marked.
    assert!(
        body.contains(r#"<nav aria-label="年份" class="cal-years">"#),
        "{body}"
    );
    assert!(
        body.contains(r#"<a href="/epaper/archive/2025-12">2025年</a>"#),
        "{body}"
    );
    assert!(
        body.contains(r#"<a href="/epaper/archive/2026-04" aria-current="true">2026年</a>"#),
        "{body}"
    );
}

#[test]
fn the_newest_month_comes_from_the_head() {
    let s = site_in_pieces();
    for route in [Route::Archive, month("2026-04")] {
        let body = render(&s, &route).body;
        assert!(body.contains("<caption>2026年4月</caption>"), "{body}");
        assert!(
            body.contains(r#"aria-label="4月3日 星期五：四月的头条""#),
            "{body}"
        );
        assert!(
            body.contains(r#"rel="prev" href="/epaper/archive/2026-02""#),
            "{body}"
        );
        assert!(!body.contains(r#"rel="next""#), "{body}");
    }
}

#[test]
fn a_month_without_issues_says_so_and_leads_on() {
    let s = site_in_pieces();
    let body = render(&s, &month("2026-03")).body;
    assert!(body.contains("<caption>2026年3月</caption>"), "{body}");
    assert!(body.contains("2026年3月没有报纸。"), "{body}");
    assert!(
        body.contains(r#"<a href="/epaper/archive">往期回顾</a>"#),
        "{body}"
    );
    assert!(!body.contains(r#"class="issue""#), "{body}");
    // Its neighbours are still there.
    assert!(
        body.contains(r#"rel="prev" href="/epaper/archive/2026-02""#),
        "{body}"
    );
    assert!(
        body.contains(r#"rel="next" href="/epaper/archive/2026-04""#),
        "{body}"
    );
}

#[test]
fn a_month_whose_piece_was_not_given_is_a_problem_not_a_blank() {
    let issue = issue();
    let mut head = Catalog::new(issue.paper.clone(), vec![entry("2026-04-03", "头条")]);
    head.months = vec![
        banmian_model::CatalogMonth {
            month: "2026-04".into(),
            issues: 1,
            file: "catalog/2026-04-aa.json".into(),
        },
        banmian_model::CatalogMonth {
            month: "2026-02".into(),
            issues: 1,
            file: "catalog/2026-02-bb.json".into(),
        },
    ];
    let s = Site::new(head, [issue], "/epaper/", None);
    let body = render(&s, &month("2026-02")).body;
    assert!(body.contains(r#"role="alert""#), "{body}");
    assert!(body.contains("没有找到2026年2月的往期目录。"), "{body}");
}

#[test]
fn older_months_not_given_are_a_problem_not_a_blank() {
    let issue = issue();
    let mut head = Catalog::new(issue.paper.clone(), vec![entry("2026-04-03", "头条")]);
    head.months = lines(&[("2026-04", 1)]);
    head.older = Some("catalog/older-aa.json".into());
    let s = Site::new(head, [issue], "/epaper/", None);
    let body = render(&s, &month("2026-04")).body;
    assert!(body.contains(r#"role="alert""#), "{body}");
    assert!(body.contains("没有找到往期回顾。"), "{body}");
}
