//! `lite` and the serde readers must agree: same values, same kinds of errors.
#![allow(clippy::unwrap_used)] // a test crate: helpers outside #[test] fns unwrap too

use std::fmt::Debug;

use banmian_model::{
    lite, parse_catalog, parse_issue, parse_search_manifest, Article, Block, Catalog, CatalogEntry,
    Issue, Jump, Kind, Page, Paper, ParseError, ISSUE_FORMAT,
};
use proptest::prelude::*;

/// Asserts that the two results agree and returns serde's. Syntax errors: same position and
/// truncation; unknown formats: same `found`; field errors: serde's path is lite's or a
/// prefix of it (serde's stops at a block).
#[track_caller]
fn agree<X: PartialEq + Debug>(
    json: &str,
    serde: Result<X, ParseError>,
    lite: Result<X, ParseError>,
) -> Result<X, ParseError> {
    use ParseError::*;
    match (&serde, &lite) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "values differ for {json:?}"),
        (
            Err(Syntax {
                line,
                column,
                truncated,
                ..
            }),
            Err(Syntax {
                line: l2,
                column: c2,
                truncated: t2,
                ..
            }),
        ) => assert_eq!(
            (line, column, truncated),
            (l2, c2, t2),
            "syntax errors differ for {json:?}: {serde:?} / {lite:?}"
        ),
        (Err(MissingFormat { .. }), Err(MissingFormat { .. })) => {}
        // Equal, but for how a float is written (lite does not format floats).
        (Err(UnknownFormat { found, .. }), Err(UnknownFormat { found: f2, .. })) => assert_eq!(
            &serde_json::from_str::<serde_json::Value>(f2)
                .unwrap()
                .to_string(),
            found,
            "for {json:?}"
        ),
        (Err(Field { path, .. }), Err(Field { path: p2, .. })) => assert!(
            path == "."
                || p2 == path
                || (p2.starts_with(path.as_str())
                    && matches!(p2.as_bytes()[path.len()], b'.' | b'[')),
            "field paths differ for {json:?}: {serde:?} / {lite:?}"
        ),
        _ => panic!("readers disagree on {json:?}:\n serde: {serde:?}\n lite:  {lite:?}"),
    }
    serde
}

#[track_caller]
fn issue(json: &str) -> Result<Issue, ParseError> {
    agree(json, parse_issue(json), lite::parse_issue(json))
}

#[track_caller]
fn catalog(json: &str) -> Result<Catalog, ParseError> {
    agree(json, parse_catalog(json), lite::parse_catalog(json))
}

#[track_caller]
fn all_three(json: &str) {
    issue(json).ok();
    catalog(json).ok();
    agree(
        json,
        parse_search_manifest(json),
        lite::parse_search_manifest(json),
    )
    .ok();
}

const FIXTURES: &[&str] = &[
    include_str!("../../banmian-import/tests/fixtures/seed/expected.json"),
    include_str!("../../banmian-import/tests/fixtures/gbk-crlf/expected.json"),
    include_str!("../../banmian-import/tests/fixtures/english/expected.json"),
    include_str!("../../banmian-import/tests/fixtures/bylines/expected.json"),
    include_str!("../../banmian-import/tests/fixtures/markers-multipage/expected.json"),
    include_str!("../../banmian-import/tests/fixtures/utf8-bom-indent/expected.json"),
    include_str!("fixtures/story-across-pages.json"),
];
/// `banmian publish` of samples/jinzhong-daily-2026-04-03.
const CATALOG: &str = include_str!("fixtures/catalog.json");
const MANIFEST: &str = include_str!("fixtures/manifest.json");

#[test]
fn fixtures_read_the_same() {
    for json in FIXTURES {
        let a = lite::parse_issue(json).unwrap();
        assert_eq!(a, parse_issue(json).unwrap());
        assert!(!a.pages.is_empty());
        // Pretty-printed the same.
        let pretty = serde_json::to_string_pretty(&a).unwrap();
        assert_eq!(lite::parse_issue(&pretty).unwrap(), a);
    }
    let c = lite::parse_catalog(CATALOG).unwrap();
    assert_eq!(c, parse_catalog(CATALOG).unwrap());
    assert_eq!(c.issues[0].date, "2026-04-03");
    let m = lite::parse_search_manifest(MANIFEST).unwrap();
    assert_eq!(m, parse_search_manifest(MANIFEST).unwrap());
    assert_eq!(m.segments[0].key, "2026");
}

#[test]
fn a_catalog_of_every_fixture_reads_the_same() {
    let issues: Vec<Issue> = FIXTURES.iter().map(|j| parse_issue(j).unwrap()).collect();
    let entries = issues
        .iter()
        .enumerate()
        .map(|(i, is)| {
            CatalogEntry::new(
                is,
                format!("issues/{i}.json"),
                "00ff".into(),
                u64::MAX - i as u64,
            )
        })
        .collect();
    let cat = Catalog::new(issues[0].paper.clone(), entries);
    let json = serde_json::to_string(&cat).unwrap();
    assert_eq!(lite::parse_catalog(&json).unwrap(), cat);
    assert_eq!(catalog(&json).unwrap(), cat);
}

/// Every fixture, cut at every character: truncated JSON, the same way.
#[test]
fn truncations_agree() {
    for json in FIXTURES.iter().chain([&CATALOG, &MANIFEST]) {
        for (i, _) in json.char_indices() {
            all_three(&json[..i]);
        }
    }
}

const H: &str = r#"{"format":"banmian.issue/1","paper":{},"date":"d","pages":[{"number":1,"label":"l","articles":["#;
const T: &str = "]}]}";

/// An issue with one article, `article` being its JSON text.
fn with_article(article: &str) -> String {
    format!("{H}{article}{T}")
}

/// An issue with one article whose blocks are `blocks`.
fn with_blocks(blocks: &str) -> String {
    with_article(&format!(
        r#"{{"id":"a","kind":"article","headline":"h","blocks":[{blocks}]}}"#
    ))
}

#[track_caller]
fn field_err(json: &str) -> (String, String) {
    match issue(json) {
        Err(ParseError::Field { .. }) => {}
        other => panic!("expected a field error for {json}, got {other:?}"),
    }
    match lite::parse_issue(json) {
        Err(ParseError::Field { path, message, .. }) => (path, message),
        _ => unreachable!(),
    }
}

#[test]
fn errors_say_what_and_where() {
    let e = lite::parse_issue("{\"format\":\"banmian.issue/1\",\n\"pages\":[").unwrap_err();
    assert_eq!(
        e.to_string(),
        "truncated JSON: line 2, column 9: EOF while parsing a list"
    );
    let e = lite::parse_issue("{\"format\": nope}").unwrap_err();
    assert_eq!(
        e.to_string(),
        "not valid JSON: line 1, column 13: expected ident"
    );
    assert!(matches!(
        lite::parse_issue("hello"),
        Err(ParseError::Syntax {
            line: 1,
            column: 1,
            truncated: false,
            ..
        })
    ));
    assert!(matches!(
        lite::parse_issue(""),
        Err(ParseError::Syntax {
            truncated: true,
            ..
        })
    ));
    assert!(matches!(
        lite::parse_issue("[1,2]"),
        Err(ParseError::MissingFormat { .. })
    ));
    assert!(matches!(
        lite::parse_issue(r#"{"paper":{}}"#),
        Err(ParseError::MissingFormat { .. })
    ));
    let e = lite::parse_issue(r#"{"format":"banmian.catalog/1"}"#).unwrap_err();
    assert_eq!(
        e.to_string(),
        r#"unknown format "banmian.catalog/1": this banmian reads "banmian.issue/1""#
    );
    let e = lite::parse_issue(r#"{"format":{"b":[1,"\n"],"a":null,"b":true}}"#).unwrap_err();
    assert!(
        matches!(e, ParseError::UnknownFormat { ref found, .. } if found == r#"{"a":null,"b":true}"#)
    );

    let (path, msg) = field_err(&with_article(r#"{"id":"a","kind":"article","headline":7}"#));
    assert_eq!(path, "pages[0].articles[0].headline");
    assert_eq!(msg, "invalid type: number, expected a string");
    let (path, msg) = field_err(&with_article(r#"{"id":"a","kind":"article"}"#));
    assert_eq!(
        (path.as_str(), msg.as_str()),
        ("pages[0].articles[0]", "missing field `headline`")
    );
    let (path, _) = field_err(&with_blocks(r#"{"type":"image","src":"x","width":-1}"#));
    assert_eq!(path, "pages[0].articles[0].blocks[0].width");
    let (path, _) = field_err(&with_blocks(
        r#"{"type":"paragraph","text":"a"},{"type":"subhead"}"#,
    ));
    assert_eq!(path, "pages[0].articles[0].blocks[1]");
    let (path, msg) = field_err(&with_article(
        r#"{"id":"a","kind":"article","headline":"h","continues_to":{"page":4294967296}}"#,
    ));
    assert_eq!(path, "pages[0].articles[0].continues_to.page");
    assert!(msg.contains("u32"), "{msg}");
    let (path, _) = field_err(&with_article(
        r#"{"id":"a","kind":"article","headline":"h","zone":[[1,2],[3]]}"#,
    ));
    assert_eq!(path, "pages[0].articles[0].zone[1]");
    let (path, msg) = field_err(&with_article(
        r#"{"id":"a","id":"b","kind":"article","headline":"h"}"#,
    ));
    assert_eq!(
        (path.as_str(), msg.as_str()),
        ("pages[0].articles[0]", "duplicate field `id`")
    );
}

#[test]
fn values_match_serde_in_the_corners() {
    // Escapes, surrogate pairs, structs written as arrays, blocks as arrays, null options.
    let json = with_article(
        r#"["a\u00e9\ud83d\ude00\"\\\/\b\f\n\r\t", "photo", null, "h", null, null,
            [["paragraph", "p"], ["image", "i.png", 3], ["map"], {"type":"x","type2":1e300}],
            null, [2, "b"], null, [[1.5e300, -0], [1, 0.1]]]"#,
    );
    let is = issue(&json).unwrap();
    let a = &is.pages[0].articles[0];
    assert_eq!(a.id, "a\u{e9}\u{1F600}\"\\/\u{8}\u{c}\n\r\t");
    assert_eq!(a.kind, Kind::Photo);
    assert_eq!(
        a.blocks,
        vec![
            Block::Paragraph { text: "p".into() },
            Block::Image {
                src: "i.png".into(),
                width: Some(3),
                height: None,
                caption: None,
                credit: None
            },
            Block::Unknown,
            Block::Unknown,
        ]
    );
    assert_eq!(
        a.continues_to,
        Some(Jump {
            page: 2,
            article: Some("b".into()),
            label: None
        })
    );
    assert_eq!(a.zone, Some(vec![[1.5e300, -0.0], [1.0, 0.1]]));
    assert_eq!(is.paper.lang, "zh-CN");
}

/// Inputs and which way both readers take them (a golden: a change in either shows here).
#[test]
fn tricky_inputs_golden() {
    let f = |s: &str| s.replace("FMT", "\"format\":\"banmian.issue/1\"");
    let ok_base = r#"{FMT,"paper":{},"date":"d","pages":[]}"#;
    let deep = |n: usize, inner: &str| format!("{}{inner}{}", "[".repeat(n), "]".repeat(n));
    let cases: Vec<(String, &str)> = vec![
        (f(ok_base), "ok"),
        (
            f(r#"{FMT,"paper":{},"date":"d","pages":[],"x":"\ud800"}"#),
            "ok",
        ),
        (
            f(r#"{FMT,"paper":{},"date":"d","pages":[],"x":1e999}"#),
            "ok",
        ),
        (
            f(r#"{FMT,"paper":{},"date":"d","pages":[],"x":-}"#),
            "syntax",
        ),
        (f(r#"{FMT,"paper":{},"date":"\ud800","pages":[]}"#), "field"),
        (
            f(r#"{FMT,"paper":{},"date":"\ud83d\ude00","pages":[]}"#),
            "ok",
        ),
        (f(r#"{FMT,"paper":{},"date":"\udc00","pages":[]}"#), "field"),
        (
            f(r#"{FMT,"paper":{},"date":"\ud800\u0041","pages":[]}"#),
            "field",
        ),
        (f(r#"{FMT,"paper":{},"date":"\u12","pages":[]}"#), "syntax"),
        (f(r#"{FMT,"paper":{},"date":"\x","pages":[]}"#), "syntax"),
        (
            f("{FMT,\"paper\":{},\"date\":\"\u{1}\",\"pages\":[]}"),
            "syntax",
        ),
        (f(r#"{FMT,"paper":{},"date":"d","pages":[]} x"#), "syntax"),
        (f(r#"{FMT,"paper":{},"date":"d","pages":[],}"#), "syntax"),
        (f(r#"{FMT,"paper":{},"date":"d","pages":[01]}"#), "syntax"),
        (f(r#"{FMT,"paper":{},"date":"d","pages":[1.]}"#), "syntax"),
        (
            f(r#"{FMT,"paper":{},"date":"d","pages":[],"x":1."#),
            "syntax",
        ),
        (
            f(r#"{FMT,"paper":{},"date":"d","pages":[],"\ud800":1}"#),
            "syntax",
        ),
        (
            f(r#"{FMT,"paper":{"\ud800":1},"date":"d","pages":[]}"#),
            "field",
        ),
        (
            f(r#"{FMT,"paper":{},"date":"d","date":"e","pages":[]}"#),
            "field",
        ),
        (
            f(r#"{FMT,"paper":{"x":1,"x":2},"date":"d","pages":[]}"#),
            "ok",
        ),
        (
            f(r#"{FMT,"paper":{},"date":"d","pages":[],FMT}"#),
            "missing",
        ),
        (
            f(r#"{FMT,"paper":{},"date":"d","pages":[],"format":"#),
            "missing",
        ),
        (r#"{"format":null}"#.into(), "missing"),
        (r#"{"format":"\ud800"}"#.into(), "syntax"),
        (r#"{"format":1e999}"#.into(), "syntax"),
        (r#"{"format":[1,2,{"a":"\n"}]}"#.into(), "unknown"),
        (r#"{"format":"banmian.issue/1" "#.into(), "syntax"),
        (format!(r#"{{"format":{}}}"#, deep(126, "")), "unknown"),
        (format!(r#"{{"format":{}}}"#, deep(127, "")), "syntax"),
        (
            format!(r#"{{"x":{},"format":1}}"#, deep(500, "")),
            "unknown",
        ),
        (deep(1000, "\"\\udfff\""), "missing"),
        ("\"\\ud800\"".into(), "missing"),
        ("   ".into(), "syntax"),
        ("\u{3000}{}".into(), "syntax"),
        ("{}".into(), "missing"),
        ("-".into(), "syntax"),
        (f(r#"{FMT,"paper":[],"date":"d","pages":[]}"#), "ok"),
        (
            f(r#"{FMT,"paper":[null,null,null,null,null,null,null,"en",1],"date":"d","pages":[]}"#),
            "field",
        ),
        (f(r#"{FMT,"paper":[1],"date":"d","pages":[]}"#), "field"),
        (
            f(r#"{FMT,"paper":{"lang":null},"date":"d","pages":[]}"#),
            "field",
        ),
        (
            f(r#"{FMT,"paper":{},"date":"d","pages":[],"number":4294967295}"#),
            "ok",
        ),
        (
            f(r#"{FMT,"paper":{},"date":"d","pages":[],"number":4294967296}"#),
            "field",
        ),
        (
            f(r#"{FMT,"paper":{},"date":"d","pages":[],"number":1.0}"#),
            "field",
        ),
        (
            f(r#"{FMT,"paper":{},"date":"d","pages":[],"number":-0}"#),
            "field",
        ),
        (
            f(r#"{FMT,"paper":{},"date":"d","pages":[],"number":1e2}"#),
            "field",
        ),
        (
            f(r#"{FMT,"paper":{},"date":"d","pages":[],"number":null}"#),
            "ok",
        ),
        (f(r#"{FMT,"paper":{},"date":"d","pages":null}"#), "field"),
        (f(r#"{FMT,"paper":{},"date":"d"}"#), "field"),
        (
            with_blocks(r#"{"type":"paragraph","text":"a","x":"\ud800"}"#),
            "field",
        ),
        (with_blocks(r#"{"type":"table","x":"\ud800"}"#), "field"),
        (with_blocks(r#"{"type":"table","x":1e999}"#), "field"),
        (with_blocks(r#"{"type":"table","x":-1e-999}"#), "ok"),
        (
            with_blocks(&format!(r#"{{"type":"table","x":{}}}"#, deep(120, ""))),
            "ok",
        ),
        (
            with_blocks(&format!(r#"{{"type":"table","x":{}}}"#, deep(121, ""))),
            "field",
        ),
        (with_blocks(r#"{"type":"table","type":"x"}"#), "field"),
        (with_blocks(r#"{"type":7}"#), "field"),
        (with_blocks(r#"{"text":"a"}"#), "field"),
        (with_blocks(r#"{"text":"a","type":"paragraph"}"#), "ok"),
        (
            with_blocks(r#"{"type":"paragraph","text":"a","text":"b"}"#),
            "field",
        ),
        (with_blocks(r#"[]"#), "field"),
        (with_blocks(r#"["table"]"#), "ok"),
        (with_blocks(r#"["table", 1]"#), "field"),
        (with_blocks(r#"["paragraph"]"#), "field"),
        (with_blocks(r#"["paragraph", "a", "b"]"#), "field"),
        (with_blocks(r#"["image", "a", null, 2, "c", "d"]"#), "ok"),
        (with_blocks(r#""paragraph""#), "field"),
        (
            with_blocks(r#"{"type":"image","src":"a","width":1.5}"#),
            "field",
        ),
        (
            with_article(r#"{"id":"a","kind":"article","headline":"h","zone":[[1,2,3]]}"#),
            "field",
        ),
        (
            with_article(r#"{"id":"a","kind":"article","headline":"h","zone":[[1e308,2]]}"#),
            "ok",
        ),
        (
            with_article(r#"{"id":"a","kind":"article","headline":"h","zone":[[1e309,2]]}"#),
            "field",
        ),
        (
            with_article(
                r#"{"id":"a","kind":"article","headline":"h","zone":[[18446744073709551616,2]]}"#,
            ),
            "ok",
        ),
        (
            with_article(r#"{"id":"a","kind":"article","headline":"h","zone":[["1",2]]}"#),
            "field",
        ),
        (
            with_article(r#"{"id":"a","kind":"article","headline":"h","zone":{}}"#),
            "field",
        ),
        (
            with_article(r#"{"id":"a","kind":7,"headline":"h"}"#),
            "field",
        ),
        (
            with_article(
                r#"{"id":"a","kind":"x","headline":"h","continued_from":{"page":1,"page":2}}"#,
            ),
            "field",
        ),
    ];
    for (json, want) in &cases {
        let got = match issue(json) {
            Ok(_) => "ok",
            Err(ParseError::Syntax { .. }) => "syntax",
            Err(ParseError::MissingFormat { .. }) => "missing",
            Err(ParseError::UnknownFormat { .. }) => "unknown",
            Err(ParseError::Field { .. }) => "field",
        };
        assert_eq!(got, *want, "for {json}");
    }
}

// ---------------------------------------------------------------------------------------
// Generated inputs.

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z 0-9]{0,8}",
        "\\PC{0,6}",
        any::<String>().prop_map(|s| s.chars().take(6).collect()),
        Just("晋中日报\"\\/\n\u{0}\u{1f}\u{7f}\u{2028}😀".to_owned()),
    ]
}

fn opt_text() -> impl Strategy<Value = Option<String>> {
    prop::option::of(text())
}

fn kind() -> impl Strategy<Value = Kind> {
    prop_oneof![
        Just(Kind::Article),
        Just(Kind::Commentary),
        Just(Kind::Brief),
        Just(Kind::Photo),
        Just(Kind::Banner),
        "[a-z]{1,3}".prop_map(|s| Kind::Other(format!("x-{s}"))),
    ]
}

fn block() -> impl Strategy<Value = Block> {
    prop_oneof![
        text().prop_map(|text| Block::Paragraph { text }),
        text().prop_map(|text| Block::Subhead { text }),
        (
            text(),
            prop::option::of(any::<u32>()),
            prop::option::of(any::<u32>()),
            opt_text(),
            opt_text()
        )
            .prop_map(|(src, width, height, caption, credit)| Block::Image {
                src,
                width,
                height,
                caption,
                credit
            }),
        Just(Block::Unknown),
    ]
}

fn jump() -> impl Strategy<Value = Option<Jump>> {
    prop::option::of(
        (any::<u32>(), opt_text(), opt_text()).prop_map(|(page, article, label)| Jump {
            page,
            article,
            label,
        }),
    )
}

fn coordinate() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>().prop_filter("finite", |f| f.is_finite()),
        (0u32..5000).prop_map(f64::from),
        (0u32..500000).prop_map(|n| f64::from(n) / 100.0),
    ]
}

fn article() -> impl Strategy<Value = Article> {
    (
        (text(), kind(), opt_text(), text(), opt_text(), opt_text()),
        (
            prop::collection::vec(block(), 0..4),
            opt_text(),
            jump(),
            jump(),
            prop::option::of(prop::collection::vec([coordinate(), coordinate()], 0..3)),
        ),
    )
        .prop_map(
            |(
                (id, kind, kicker, headline, subheadline, byline),
                (blocks, source, continues_to, continued_from, zone),
            )| Article {
                id,
                kind,
                kicker,
                headline,
                subheadline,
                byline,
                blocks,
                source,
                continues_to,
                continued_from,
                zone,
            },
        )
}

fn paper() -> impl Strategy<Value = Paper> {
    (
        opt_text(),
        opt_text(),
        opt_text(),
        opt_text(),
        opt_text(),
        opt_text(),
        opt_text(),
        text(),
    )
        .prop_map(
            |(id, name, sponsor, publisher, website, serial, postal_code, lang)| Paper {
                id,
                name,
                sponsor,
                publisher,
                website,
                serial,
                postal_code,
                lang,
            },
        )
}

fn an_issue() -> impl Strategy<Value = Issue> {
    (
        paper(),
        text(),
        opt_text(),
        opt_text(),
        prop::option::of(any::<u32>()),
        prop::option::of(any::<u32>()),
        prop::collection::vec(
            (
                any::<u32>(),
                text(),
                opt_text(),
                opt_text(),
                prop::collection::vec(article(), 0..3),
            )
                .prop_map(|(number, label, name, image, articles)| Page {
                    number,
                    label,
                    name,
                    image,
                    articles,
                }),
            0..3,
        ),
    )
        .prop_map(
            |(paper, date, weekday, lunar_date, number, page_count, pages)| Issue {
                format: ISSUE_FORMAT.to_owned(),
                paper,
                date,
                weekday,
                lunar_date,
                number,
                page_count,
                pages,
            },
        )
}

/// A JSON number, as people and programs write them.
fn number_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| serde_json::to_string(&f).unwrap()),
        any::<i64>().prop_map(|i| i.to_string()),
        any::<u64>().prop_map(|i| i.to_string()),
        (
            "-?",
            "(0|[1-9][0-9]{0,30})",
            "(\\.[0-9]{1,30})?",
            "([eE][+-]?[0-9]{1,4})?"
        )
            .prop_map(|(a, b, c, d)| format!("{a}{b}{c}{d}")),
    ]
}

/// A JSON string literal made of raw text and escapes, surrogates included (paired or not).
fn string_literal() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            "[a-z中😀 ]{1,3}",
            prop_oneof![
                Just("\\n"),
                Just("\\\""),
                Just("\\\\"),
                Just("\\/"),
                Just("\\b"),
                Just("\\u0000"),
                Just("\\uD83D\\uDE00")
            ]
            .prop_map(String::from),
            (0xD700u32..0xE100).prop_map(|n| format!("\\u{n:04x}")),
            any::<u16>().prop_map(|n| format!("\\u{n:04X}")),
        ],
        0..5,
    )
    .prop_map(|parts| format!("\"{}\"", parts.concat()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn generated_issues_read_the_same(is in an_issue()) {
        let json = serde_json::to_string(&is).unwrap();
        let back = lite::parse_issue(&json).unwrap();
        prop_assert_eq!(&back, &parse_issue(&json).unwrap());
        // Floats go through serde_json's reading algorithm: compare everything else exactly.
        let mut plain = is.clone();
        let mut back_plain = back.clone();
        for a in plain.pages.iter_mut().flat_map(|p| &mut p.articles) { a.zone = None; }
        for a in back_plain.pages.iter_mut().flat_map(|p| &mut p.articles) { a.zone = None; }
        prop_assert_eq!(back_plain, plain);
        let pretty = serde_json::to_string_pretty(&is).unwrap();
        prop_assert_eq!(lite::parse_issue(&pretty).unwrap(), back);
    }

    #[test]
    fn numbers_read_the_same(n in number_text(), m in number_text()) {
        // As a float (zone), an integer (number), and a skipped value.
        issue(&with_article(&format!(r#"{{"id":"a","kind":"article","headline":"h","zone":[[{n},{m}]]}}"#))).ok();
        issue(&format!(r#"{{"format":"banmian.issue/1","paper":{{}},"date":"d","pages":[],"number":{n},"x":{m}}}"#)).ok();
        issue(&with_blocks(&format!(r#"{{"type":"x","n":{n}}}"#))).ok();
        issue(&format!(r#"{{"format":{n}}}"#)).ok();
    }

    #[test]
    fn strings_read_the_same(s in string_literal()) {
        issue(&format!(r#"{{"format":"banmian.issue/1","paper":{{}},"date":{s},"pages":[]}}"#)).ok();
        issue(&format!(r#"{{"format":"banmian.issue/1","paper":{{}},"date":"d","pages":[],"x":{s}}}"#)).ok();
        issue(&format!(r#"{{"format":"banmian.issue/1","paper":{{}},"date":"d","pages":[],{s}:1}}"#)).ok();
        issue(&with_blocks(&format!(r#"{{"type":"x","y":[{s}]}}"#))).ok();
        issue(&with_blocks(&format!(r#"{{"type":{s}}}"#))).ok();
        issue(&format!(r#"{{"format":{s}}}"#)).ok();
    }

    #[test]
    fn edited_fixtures_agree(which in 0..FIXTURES.len() + 2, at in any::<prop::sample::Index>(),
                             edit in 0..3u8, ch in prop::sample::select(&[
                                 '{', '}', '[', ']', ',', ':', '"', '\\', '0', '-', 'e', '.', 'n', ' ', '\n', 'u', '中',
                             ][..])) {
        let json = match which {
            i if i < FIXTURES.len() => FIXTURES[i],
            i if i == FIXTURES.len() => CATALOG,
            _ => MANIFEST,
        };
        let bounds: Vec<usize> = json.char_indices().map(|(i, _)| i).collect();
        let i = bounds[at.index(bounds.len())];
        let mut s = json.to_owned();
        match edit {
            0 => { s.remove(i); }
            1 => s.insert(i, ch),
            _ => { s.remove(i); s.insert(i, ch); }
        }
        all_three(&s);
    }
}
