//! Publishing into a data directory: add, replace, refuse, and round-trip.

// Tests and benchmarks fail loudly on purpose.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::fs;
use std::path::Path;

use banmian_model::{
    parse_catalog, parse_issue, validate, Article, Block, Issue, Jump, Kind, Page, Paper, Severity,
    ISSUE_FORMAT,
};
use banmian_model::{parse_search_manifest, SearchSegment};
use banmian_publish::{publish, Outcome, PublishError};
use banmian_search::{body_text, shard_of, Hit, Meta, Query, Segment, Shard};
use proptest::prelude::*;

fn article(id: &str, headline: &str, text: &str) -> Article {
    Article {
        blocks: vec![Block::Paragraph { text: text.into() }],
        ..Article::new(id, headline)
    }
}

fn issue(date: &str, headline: &str) -> Issue {
    Issue {
        format: ISSUE_FORMAT.into(),
        paper: Paper {
            id: Some("jzrb".into()),
            name: Some("晋中日报".into()),
            lang: "zh-CN".into(),
            ..Paper::default()
        },
        date: date.into(),
        weekday: None,
        lunar_date: None,
        number: None,
        page_count: Some(4),
        pages: vec![Page {
            number: 1,
            label: "第1版".into(),
            name: None,
            image: None,
            image_size: None,
            renditions: Vec::new(),
            pdf: None,
            articles: vec![article("1-1", headline, "正文。")],
        }],
    }
}

fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in walk(dir) {
        out.push((
            entry.strip_prefix(dir).unwrap().display().to_string(),
            fs::read(&entry).unwrap(),
        ));
    }
    out.sort();
    out
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let Ok(rd) = fs::read_dir(dir) else {
        return vec![];
    };
    rd.flat_map(|e| {
        let p = e.unwrap().path();
        if p.is_dir() {
            walk(&p)
        } else {
            vec![p]
        }
    })
    .collect()
}

#[test]
fn publishing_adds_replaces_and_keeps() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let one = publish(&[("a.json".into(), issue("2026-04-03", "第一天"))], &data).unwrap();
    assert_eq!(
        one.files,
        vec![("issues/2026-04-03.json".to_owned(), Outcome::New)]
    );
    let two = publish(&[("b.json".into(), issue("2026-04-04", "第二天"))], &data).unwrap();
    let dates: Vec<&str> = two.catalog.issues.iter().map(|e| e.date.as_str()).collect();
    assert_eq!(
        dates,
        ["2026-04-04", "2026-04-03"],
        "newest first, the older issue kept"
    );
    let again = publish(&[("b.json".into(), issue("2026-04-04", "第二天"))], &data).unwrap();
    assert_eq!(again.files[0].1, Outcome::Unchanged);
    let fixed = publish(
        &[("b.json".into(), issue("2026-04-04", "第二天（更正）"))],
        &data,
    )
    .unwrap();
    assert_eq!(fixed.files[0].1, Outcome::Replaced);
    assert_ne!(fixed.catalog.issues[0].hash, two.catalog.issues[0].hash);

    let catalog = parse_catalog(&fs::read_to_string(data.join("catalog.json")).unwrap()).unwrap();
    assert_eq!(catalog, fixed.catalog);
    assert_eq!(catalog.issues[0].lead.as_deref(), Some("第二天（更正）"));
    assert_eq!(catalog.issues[0].file, "issues/2026-04-04.json");
    assert_eq!(catalog.paper.name.as_deref(), Some("晋中日报"));
    // No temporary files are left behind.
    assert!(snapshot(&data)
        .iter()
        .all(|(name, _)| !name.contains(".tmp")));
}

#[test]
fn an_invalid_issue_leaves_the_site_as_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    publish(&[("a.json".into(), issue("2026-04-03", "第一天"))], &data).unwrap();
    let before = snapshot(&data);
    let mut bad = issue("2026-04-04", "");
    bad.pages[0].articles.push(article("1-1", "重复", "正文。"));
    let err = publish(
        &[
            ("good.json".into(), issue("2026-04-05", "好")),
            ("bad.json".into(), bad),
        ],
        &data,
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "bad.json: not published, the issue has errors:\n  pages[0].articles[0].headline: is empty\n  pages[0].articles[1].id: duplicate id \"1-1\" (also at pages[0].articles[0])"
    );
    assert_eq!(snapshot(&data), before);
}

#[test]
fn a_broken_published_issue_or_another_paper_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    publish(&[("a.json".into(), issue("2026-04-03", "第一天"))], &data).unwrap();
    let mut other = issue("2026-04-04", "别家");
    other.paper.id = Some("other".into());
    assert!(matches!(
        publish(&[("o.json".into(), other)], &data),
        Err(PublishError::OtherPaper { .. })
    ));
    fs::write(
        data.join("issues/2026-04-03.json"),
        "{\"format\":\"banmian.issue/1\",\"pa",
    )
    .unwrap();
    let before = snapshot(&data);
    let err = publish(&[("b.json".into(), issue("2026-04-04", "第二天"))], &data).unwrap_err();
    assert!(err.to_string().ends_with("issues/2026-04-03.json: cannot read this published issue (truncated JSON: line 1, column 31: EOF while parsing a string); fix or remove it, then publish again"), "{err}");
    assert_eq!(snapshot(&data), before);
}

#[test]
fn two_issues_of_one_date_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let err = publish(
        &[
            ("a.json".into(), issue("2026-04-03", "甲")),
            ("b.json".into(), issue("2026-04-03", "乙")),
        ],
        tmp.path(),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "a.json and b.json are both the issue of 2026-04-03"
    );
    assert!(snapshot(tmp.path()).is_empty());
}

fn text() -> impl Strategy<Value = String> {
    "[一-龥a-zA-Z0-9，。“”《》 ]{1,40}".prop_filter("not blank", |s| !s.trim().is_empty())
}

fn any_issue() -> impl Strategy<Value = Issue> {
    let page = prop::collection::vec(
        (
            text(),
            prop::collection::vec(text(), 0..4),
            prop::option::of(text()),
            0..5u8,
        ),
        1..5,
    );
    (
        2000..2100u32,
        1..=12u32,
        1..=28u32,
        prop::collection::vec(page, 1..4),
        prop::option::of(1..99_999u32),
    )
        .prop_map(|(y, m, d, pages, number)| {
            let count = pages.len() as u32;
            let mut issue = Issue {
                format: ISSUE_FORMAT.into(),
                paper: Paper {
                    id: Some("paper".into()),
                    name: Some("示例日报".into()),
                    lang: "zh-CN".into(),
                    ..Paper::default()
                },
                date: format!("{y:04}-{m:02}-{d:02}"),
                weekday: None,
                lunar_date: None,
                number,
                page_count: Some(count + 1),
                pages: pages
                    .into_iter()
                    .enumerate()
                    .map(|(pi, arts)| {
                        let n = pi as u32 + 1;
                        let articles = arts
                            .into_iter()
                            .enumerate()
                            .map(|(ai, (headline, paras, byline, kind))| Article {
                                id: format!("{n}-{}", ai + 1),
                                kind: [
                                    Kind::Article,
                                    Kind::Commentary,
                                    Kind::Brief,
                                    Kind::Banner,
                                    Kind::Other("x".into()),
                                ][kind as usize]
                                    .clone(),
                                kicker: None,
                                headline,
                                subheadline: None,
                                byline,
                                blocks: if paras.is_empty() {
                                    vec![Block::Subhead {
                                        text: "小标题".into(),
                                    }]
                                } else {
                                    paras
                                        .into_iter()
                                        .map(|text| Block::Paragraph { text })
                                        .collect()
                                },
                                source: None,
                                continues_to: None,
                                continued_from: None,
                                zone: None,
                                zones: Vec::new(),
                                lines: Vec::new(),
                            })
                            .collect();
                        Page {
                            number: n,
                            label: format!("第{n}版"),
                            name: None,
                            image: None,
                            image_size: None,
                            renditions: Vec::new(),
                            pdf: None,
                            articles,
                        }
                    })
                    .collect(),
            };
            if issue.pages.len() >= 2 {
                issue.pages[0].articles[0].continues_to = Some(Jump {
                    page: 2,
                    article: Some("2-1".into()),
                    label: Some("（下转第2版）".into()),
                });
                issue.pages[1].articles[0].continued_from = Some(Jump {
                    page: 1,
                    article: Some("1-1".into()),
                    label: Some("（上接第1版）".into()),
                });
            }
            issue
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn publish_read_back_validate_round_trips(issues in prop::collection::vec(any_issue(), 1..4)) {
        let tmp = tempfile::tempdir().unwrap();
        let mut by_date = std::collections::BTreeMap::new();
        for i in issues { by_date.insert(i.date.clone(), i); }
        let named: Vec<(String, Issue)> = by_date.values().map(|i| (format!("{}.json", i.date), i.clone())).collect();
        let published = publish(&named, tmp.path()).unwrap();
        for (_, original) in &named {
            let text = fs::read_to_string(tmp.path().join(format!("issues/{}.json", original.date))).unwrap();
            let back = parse_issue(&text).unwrap();
            prop_assert_eq!(&back, original);
            prop_assert!(validate(&back).iter().all(|p| p.severity != Severity::Error));
        }
        let catalog = parse_catalog(&fs::read_to_string(tmp.path().join("catalog.json")).unwrap()).unwrap();
        prop_assert_eq!(published.issues, named.len());
        let whole = whole_head(tmp.path());
        prop_assert_eq!(whole.months.iter().map(|m| m.issues as usize).sum::<usize>(), named.len());
        let newest = &named.last().unwrap().1.date[..4];
        prop_assert!(catalog.months.iter().all(|m| m.month.starts_with(newest)), "the head lists its newest year's months");
        prop_assert_eq!(catalog.older.is_some(), named.iter().any(|(_, i)| !i.date.starts_with(newest)));
        let mut listed = Vec::new();
        for m in &whole.months {
            let piece = parse_catalog(&fs::read_to_string(tmp.path().join(&m.file)).unwrap()).unwrap();
            listed.extend(piece.issues.into_iter().map(|e| e.date));
        }
        let mut dates: Vec<String> = named.iter().map(|(_, i)| i.date.clone()).collect();
        dates.reverse();
        prop_assert_eq!(listed, dates, "the pieces list every issue, newest first");
        prop_assert_eq!(catalog, published.catalog);
    }
}

/// A search segment's file, inflated.
fn inflate(path: &Path) -> Vec<u8> {
    use std::io::Read;
    let mut out = Vec::new();
    flate2::read::DeflateDecoder::new(fs::File::open(path).unwrap())
        .read_to_end(&mut out)
        .unwrap();
    out
}

/// The stories of the published site that match `q`: `date page id` each.
fn search(data: &Path, q: &str) -> Vec<String> {
    let manifest =
        parse_search_manifest(&fs::read_to_string(data.join("search/manifest.json")).unwrap())
            .unwrap();
    let query = Query::new(q);
    let mut out = Vec::new();
    for seg in &manifest.segments {
        let dir = data.join("search").join(&seg.dir);
        let mut docs = Vec::new();
        for k in 0..(seg.docs as usize).div_ceil(seg.chunk as usize) {
            docs.extend(
                Segment::decode_docs(
                    &String::from_utf8(inflate(&dir.join(format!("docs-{k}.deflate")))).unwrap(),
                )
                .unwrap(),
            );
        }
        for hit in segment_hits(data, seg, &query) {
            let d = &docs[hit.doc as usize];
            out.push(format!("{} {} {}", d.date, d.page, d.id));
        }
    }
    out
}

/// The hits of `query` in the segment `seg` of the site's `data`, planned with the
/// segment's frequent pairs and read from its shards, as the viewer does.
fn segment_hits(data: &Path, seg: &SearchSegment, query: &Query) -> Vec<Hit> {
    let dir = data.join("search").join(&seg.dir);
    let meta = Meta::default().with_frequent(&seg.frequent);
    let plan = query.plan(|p| meta.is_frequent(p));
    let shards: Vec<Shard> = plan
        .iter()
        .map(|(t, _)| {
            let name = format!("t{}.deflate", shard_of(t, seg.shards));
            Shard::decode(&inflate(&dir.join(name))).unwrap()
        })
        .collect();
    query.run(&plan, |t| shards.iter().find_map(|s| s.get(t)))
}

/// The text of the issue file's window around the first match of `q` in the first segment
/// with a match, as the viewer fetches and reads it.
fn snippet_text(data: &Path, q: &str) -> String {
    let manifest =
        parse_search_manifest(&fs::read_to_string(data.join("search/manifest.json")).unwrap())
            .unwrap();
    let query = Query::new(q);
    for seg in &manifest.segments {
        let dir = data.join("search").join(&seg.dir);
        let docs =
            Segment::decode_docs(&String::from_utf8(inflate(&dir.join("docs-0.deflate"))).unwrap())
                .unwrap();
        if let Some(hit) = segment_hits(data, seg, &query).first() {
            let doc = &docs[hit.doc as usize];
            let at = doc.body_position(hit.starts[0]).unwrap();
            let (a, b) = doc.window(at, at + 1);
            let file = fs::read(data.join(format!("issues/{}.json", doc.date))).unwrap();
            return body_text(&file[a as usize..b as usize]);
        }
    }
    String::new()
}

#[test]
fn publishing_indexes_stories_and_rebuilds_only_the_segments_it_touches() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut split = issue("2026-04-03", "科技创新实现新突破");
    split.pages[0].articles[0].blocks = vec![Block::Paragraph {
        text: "都离不开对原始创".into(),
    }];
    split.pages[0].articles[0].continues_to = Some(Jump {
        page: 4,
        article: Some("4-1".into()),
        label: Some("（下转第4版）".into()),
    });
    let mut part = article("4-1", "", "新的执着坚守。");
    part.continued_from = Some(Jump {
        page: 1,
        article: Some("1-1".into()),
        label: Some("（上接第1版）".into()),
    });
    split.pages.push(Page {
        number: 4,
        label: "第4版".into(),
        name: None,
        image: None,
        image_size: None,
        renditions: Vec::new(),
        pdf: None,
        articles: vec![part],
    });
    let published = publish(&[("a.json".into(), split)], &data).unwrap();
    assert_eq!(
        published.search,
        vec![("2026-04-03".to_owned(), 1)],
        "a story split over two pages is one document"
    );
    assert_eq!(
        search(&data, "原始创新"),
        ["2026-04-03 1 1-1"],
        "a phrase split across 下转/上接 is found"
    );
    assert_eq!(search(&data, "坚守"), ["2026-04-03 1 1-1"]);
    assert_eq!(
        snippet_text(&data, "原始"),
        "都离不开对原始创",
        "the window is read from the issue file, up to where the story's first part ends"
    );

    let before = fs::read_to_string(data.join("search/manifest.json")).unwrap();
    let published = publish(
        &[("b.json".into(), issue("2025-12-31", "去年最后一天"))],
        &data,
    )
    .unwrap();
    assert_eq!(
        published.search,
        vec![("2024~2025".to_owned(), 1)],
        "only the closed years 2024~2025 are indexed"
    );
    let after =
        parse_search_manifest(&fs::read_to_string(data.join("search/manifest.json")).unwrap())
            .unwrap();
    let old = parse_search_manifest(&before).unwrap();
    assert_eq!(
        after
            .segments
            .iter()
            .map(|s| s.key.as_str())
            .collect::<Vec<_>>(),
        ["2026-04-03", "2024~2025"]
    );
    assert_eq!(
        after.segments[0], old.segments[0],
        "the day's segment is kept as it was"
    );
    assert_eq!(search(&data, "最后"), ["2025-12-31 1 1-1"]);
    assert_eq!(
        publish(
            &[("b.json".into(), issue("2025-12-31", "去年最后一天"))],
            &data
        )
        .unwrap()
        .search,
        vec![],
        "nothing changed, nothing indexed"
    );
}

/// The entries of `dir`, sorted.
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_segment_folder_holds_exactly_its_files_and_nothing_is_left_behind() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut big = issue("2026-04-03", "第一篇");
    big.pages[0].articles = (1..=20)
        .map(|n| article(&format!("1-{n}"), &format!("第{n}篇"), "正文。"))
        .collect();
    let published = publish(&[("a.json".into(), big.clone())], &data).unwrap();
    assert_eq!(published.search, vec![("2026-04-03".to_owned(), 20)]);
    let manifest =
        parse_search_manifest(&fs::read_to_string(data.join("search/manifest.json")).unwrap())
            .unwrap();
    let seg = &manifest.segments[0];
    assert_eq!(
        names_in(&data.join("search")),
        [seg.dir.clone(), "manifest.json".to_owned()],
        "no temporary folder is left"
    );
    let mut expected: Vec<String> = (0..5)
        .map(|k| format!("docs-{k}.deflate"))
        .chain((0..seg.shards).map(|n| format!("t{n}.deflate")))
        .collect();
    expected.sort();
    let folder = data.join("search").join(&seg.dir);
    assert_eq!(names_in(&folder), expected);
    for name in &expected {
        assert!(
            fs::metadata(folder.join(name)).unwrap().len() > 0,
            "{name} is written"
        );
    }
    assert_eq!(search(&data, "第20篇"), ["2026-04-03 1 1-20"]);

    // A change the index does not see (a page's label of the same length: every story's
    // text stands where it stood in the file): indexed again, to the same folder.
    assert_eq!(big.pages[0].label, "第1版");
    big.pages[0].label = "第1面".into();
    let again = publish(&[("a.json".into(), big)], &data).unwrap();
    assert_eq!(again.files[0].1, Outcome::Replaced);
    assert_eq!(again.search, vec![("2026-04-03".to_owned(), 20)]);
    assert_eq!(
        names_in(&data.join("search")),
        [seg.dir.clone(), "manifest.json".to_owned()],
        "the same content keeps its folder, and the new copy is removed"
    );
    assert_eq!(search(&data, "第20篇"), ["2026-04-03 1 1-20"]);
}

/// The head with the months of the older months' file it names.
fn whole_head(data: &Path) -> banmian_model::Catalog {
    let read = |file: &str| parse_catalog(&fs::read_to_string(data.join(file)).unwrap()).unwrap();
    let head = read("catalog.json");
    match &head.older {
        Some(file) => head.with_older(&read(file)),
        None => head,
    }
}

/// The catalog as a reader gets it: the head, and every issue its pieces list.
fn catalog_dates(data: &Path) -> Vec<String> {
    let head = whole_head(data);
    let mut dates = Vec::new();
    for m in &head.months {
        let piece = parse_catalog(&fs::read_to_string(data.join(&m.file)).unwrap()).unwrap();
        assert_eq!(piece.issues.len(), m.issues as usize, "{}", m.file);
        dates.extend(piece.issues.into_iter().map(|e| e.date));
    }
    dates
}

#[test]
fn a_day_reads_and_writes_only_its_month() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let first: Vec<(String, Issue)> = ["2026-02-27", "2026-03-30", "2026-03-31", "2026-04-01"]
        .iter()
        .map(|d| (format!("{d}.json"), issue(d, &format!("{d}的头条"))))
        .collect();
    publish(&first, &data).unwrap();
    let head = parse_catalog(&fs::read_to_string(data.join("catalog.json")).unwrap()).unwrap();
    assert_eq!(
        head.months
            .iter()
            .map(|m| (m.month.as_str(), m.issues))
            .collect::<Vec<_>>(),
        [("2026-04", 1), ("2026-03", 2), ("2026-02", 1)]
    );
    assert_eq!(
        head.issues
            .iter()
            .map(|e| e.date.as_str())
            .collect::<Vec<_>>(),
        ["2026-04-01"],
        "the head holds the newest month"
    );
    let march = head.months[1].file.clone();
    assert!(
        march.starts_with("catalog/2026-03-") && march.ends_with(".json"),
        "{march}"
    );

    // An older month's file is broken: a day's publish never reads it.
    fs::write(data.join("issues/2026-03-30.json"), "not json").unwrap();
    let next = publish(&[("n.json".into(), issue("2026-04-02", "第二天"))], &data).unwrap();
    assert_eq!(next.issues, 5);
    assert_eq!(
        next.search,
        vec![("2026-04-02".to_owned(), 1)],
        "the day alone is indexed"
    );
    let after = parse_catalog(&fs::read_to_string(data.join("catalog.json")).unwrap()).unwrap();
    assert_eq!(
        after.months[1].file, march,
        "March's piece is kept as it was"
    );
    assert_ne!(after.months[0].file, head.months[0].file);
    assert_eq!(
        catalog_dates(&data),
        [
            "2026-04-02",
            "2026-04-01",
            "2026-03-31",
            "2026-03-30",
            "2026-02-27"
        ]
    );
    // The previous head's April piece stays for readers who loaded it; the one before goes.
    assert!(data.join(&head.months[0].file).is_file());
    publish(&[("n.json".into(), issue("2026-04-03", "第三天"))], &data).unwrap();
    assert!(!data.join(&head.months[0].file).exists());
    assert!(data.join(&after.months[0].file).is_file());
}

#[test]
fn the_months_of_earlier_years_go_to_a_file_of_their_own_that_a_new_year_does_not_change() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let days = ["2024-11-15", "2025-06-01", "2025-12-30", "2026-01-05"];
    let first: Vec<(String, Issue)> = days
        .iter()
        .map(|d| (format!("{d}.json"), issue(d, &format!("{d}的头条"))))
        .collect();
    publish(&first, &data).unwrap();
    let read = |file: &str| parse_catalog(&fs::read_to_string(data.join(file)).unwrap()).unwrap();
    let months = |c: &banmian_model::Catalog| -> Vec<String> {
        c.months.iter().map(|m| m.month.clone()).collect()
    };
    let head = read("catalog.json");
    assert_eq!(months(&head), ["2026-01"], "the head lists the newest year");
    let older_file = head.older.clone().expect("the head names the older months");
    assert!(
        older_file.starts_with("catalog/older-") && older_file.ends_with(".json"),
        "{older_file}"
    );
    let older = read(&older_file);
    assert_eq!(months(&older), ["2025-12", "2025-06", "2024-11"]);
    assert!(older.issues.is_empty());
    assert_eq!(
        catalog_dates(&data),
        ["2026-01-05", "2025-12-30", "2025-06-01", "2024-11-15"]
    );

    // Days of the new year leave the older months as they were: the same file.
    publish(&[("a.json".into(), issue("2026-02-02", "二月"))], &data).unwrap();
    let next = read("catalog.json");
    assert_eq!(months(&next), ["2026-02", "2026-01"]);
    assert_eq!(next.older.as_ref(), Some(&older_file));

    // A correction of an issue of 2025 changes its month's piece, so the older months.
    let mut fixed = issue("2025-06-01", "更正后的头条");
    fixed.number = Some(99);
    publish(&[("b.json".into(), fixed)], &data).unwrap();
    let corrected = read("catalog.json");
    let new_older = corrected.older.clone().unwrap();
    assert_ne!(new_older, older_file);
    assert_eq!(months(&read(&new_older)), ["2025-12", "2025-06", "2024-11"]);
    let june = whole_head(&data).piece_of("2025-06").unwrap().file.clone();
    assert_eq!(read(&june).issues[0].lead.as_deref(), Some("更正后的头条"));
    // The previous file stays for readers who loaded the previous head, then goes.
    assert!(data.join(&older_file).is_file());
    publish(&[("c.json".into(), issue("2026-02-03", "二月三日"))], &data).unwrap();
    assert!(!data.join(&older_file).exists());
    assert!(data.join(&new_older).is_file());

    // A new year: the year before joins the older months; the head starts again.
    publish(&[("d.json".into(), issue("2027-01-01", "新年"))], &data).unwrap();
    let new_year = read("catalog.json");
    assert_eq!(months(&new_year), ["2027-01"]);
    assert_eq!(
        months(&read(new_year.older.as_ref().unwrap())),
        ["2026-02", "2026-01", "2025-12", "2025-06", "2024-11"]
    );
    assert_eq!(catalog_dates(&data).len(), 7);

    // Older months gone missing: the publish reads every issue and writes them again.
    fs::remove_file(data.join(new_year.older.as_ref().unwrap())).unwrap();
    publish(&[("e.json".into(), issue("2027-01-02", "一月二日"))], &data).unwrap();
    assert_eq!(catalog_dates(&data).len(), 8);
}

#[test]
fn a_catalog_without_pieces_is_read_once_and_split() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    publish(
        &[
            ("a.json".into(), issue("2026-03-31", "三月")),
            ("b.json".into(), issue("2026-04-01", "四月")),
        ],
        &data,
    )
    .unwrap();
    // As a publish before the pieces wrote it: every issue in catalog.json.
    let head = parse_catalog(&fs::read_to_string(data.join("catalog.json")).unwrap()).unwrap();
    let mut entries = head.issues.clone();
    let march =
        parse_catalog(&fs::read_to_string(data.join(&head.months[1].file)).unwrap()).unwrap();
    entries.extend(march.issues);
    let whole = banmian_model::Catalog::new(head.paper.clone(), entries);
    fs::write(
        data.join("catalog.json"),
        serde_json::to_vec(&whole).unwrap(),
    )
    .unwrap();
    fs::remove_dir_all(data.join("catalog")).unwrap();

    publish(&[("c.json".into(), issue("2026-04-02", "四月二日"))], &data).unwrap();
    assert_eq!(
        catalog_dates(&data),
        ["2026-04-02", "2026-04-01", "2026-03-31"]
    );
}

/// A 600 × 800 scan: dark lines on a tinted paper, as PNG.
fn scan() -> Vec<u8> {
    let img = image::RgbImage::from_fn(600, 800, |_, y| {
        if y % 10 < 3 {
            image::Rgb([20, 20, 20])
        } else {
            image::Rgb([235, 230, 220])
        }
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

#[test]
fn page_scans_become_renditions_named_by_their_content() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    fs::create_dir_all(input.join("scans")).unwrap();
    fs::write(input.join("scans/p1.png"), scan()).unwrap();
    let mut with_scan = issue("1840-02-21", "Ausland");
    with_scan.paper.lang = "de".into();
    let page = &mut with_scan.pages[0];
    page.image = Some("scans/p1.png".into());
    page.image_size = Some(banmian_model::Size {
        width: 600,
        height: 800,
    });
    page.articles[0].zones = vec![vec![
        [10.0, 10.0],
        [590.0, 10.0],
        [590.0, 400.0],
        [10.0, 400.0],
    ]];
    let name = input.join("1840-02-21.json").display().to_string();
    let data = tmp.path().join("site/data");
    publish(&[(name.clone(), with_scan.clone())], &data).unwrap();

    // The published page names its renditions, relative to the issue file, narrowest first;
    // the JPEGs stand where a IIIF viewer asks for a size of the image.
    let text = fs::read_to_string(data.join("issues/1840-02-21.json")).unwrap();
    let published = parse_issue(&text).unwrap();
    let page = &published.pages[0];
    let folder: Vec<&str> = page.renditions.iter().map(|r| r.src.as_str()).collect();
    let key = folder[0].split('/').nth(2).unwrap().to_owned();
    assert_eq!(key.len(), 32);
    let files: Vec<String> = page
        .renditions
        .iter()
        .map(|r| {
            format!(
                "{} {}x{} {}",
                r.src.trim_start_matches(&format!("../images/{key}/")),
                r.width,
                r.height,
                r.media_type
            )
        })
        .collect();
    assert_eq!(
        files,
        [
            "thumb-160x213.webp 160x213 image/webp",
            "full/480,640/0/default.jpg 480x640 image/jpeg",
            "480x640.webp 480x640 image/webp",
        ]
    );
    assert_eq!(
        page.image.as_deref(),
        Some(format!("../images/{key}/full/480,640/0/default.jpg").as_str())
    );
    assert_eq!(
        page.image_size,
        Some(banmian_model::Size {
            width: 600,
            height: 800
        })
    );
    assert_eq!(page.articles[0].zones, with_scan.pages[0].articles[0].zones);
    for r in &page.renditions {
        let bytes = fs::read(data.join("issues").join(&r.src)).unwrap();
        let img = image::load_from_memory(&bytes).unwrap();
        assert_eq!(
            (img.width(), img.height()),
            (r.width, r.height),
            "{}",
            r.src
        );
    }
    assert!(validate(&published)
        .iter()
        .all(|p| p.severity != Severity::Error));

    // Published again, from the input or from the site's own file: the folder is reused.
    let before = snapshot(&data.join("images"));
    publish(&[(name.clone(), with_scan.clone())], &data).unwrap();
    let site_file = data.join("issues/1840-02-21.json").display().to_string();
    publish(&[(site_file, published.clone())], &data).unwrap();
    assert_eq!(snapshot(&data.join("images")), before);
    assert_eq!(
        parse_issue(&fs::read_to_string(data.join("issues/1840-02-21.json")).unwrap()).unwrap(),
        published
    );

    // A scan of another size than the zones were measured on, or no scan, is named.
    let mut wrong = with_scan.clone();
    wrong.pages[0].image_size = Some(banmian_model::Size {
        width: 1200,
        height: 1600,
    });
    let e = publish(&[(name.clone(), wrong)], &data).unwrap_err();
    assert!(matches!(e, PublishError::ScanSize { page: 1, .. }), "{e}");
    assert!(e.to_string().ends_with("scans/p1.png is 600 × 800 pixels, but the issue's image_size is 1200 × 1600 (its zones are in those pixels)"), "{e}");
    let mut missing = with_scan;
    missing.pages[0].image = Some("scans/p9.png".into());
    let e = publish(&[(name, missing)], &data).unwrap_err();
    assert!(
        e.to_string().contains("page 1: ") && e.to_string().contains("scans/p9.png: No such file"),
        "{e}"
    );
}
