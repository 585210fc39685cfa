use super::*;
use crate::issue::{Block, Kind};

#[track_caller]
fn check_err(json: &str, expect: &str) {
    let err = parse_issue(json).expect_err("should not parse");
    assert_eq!(err.to_string(), expect);
}

const MINIMAL: &str =
    r#"{"format":"banmian.issue/1","paper":{"name":"晋中日报"},"date":"2026-04-03","pages":[]}"#;

#[test]
fn reads_a_minimal_issue_with_defaults() {
    let issue = parse_issue(MINIMAL).unwrap();
    assert_eq!(issue.paper.lang, "zh-CN");
    assert_eq!(issue.paper.name.as_deref(), Some("晋中日报"));
    assert_eq!(issue.page_count, None);
}

#[test]
fn format_is_checked_before_the_rest() {
    // Format 2 may have any shape: the error names the format, not a field.
    check_err(
        r#"{"format":"banmian.issue/2","pages":"whatever"}"#,
        r#"unknown format "banmian.issue/2": this banmian reads "banmian.issue/1""#,
    );
    check_err(
        r#"{"format":7}"#,
        r#"unknown format 7: this banmian reads "banmian.issue/1""#,
    );
    check_err(
        r#"{"paper":{}}"#,
        r#"no "format" field: this is not a banmian file (expected "banmian.issue/1")"#,
    );
    check_err(
        r#"[1,2]"#,
        r#"no "format" field: this is not a banmian file (expected "banmian.issue/1")"#,
    );
}

#[test]
fn a_catalog_is_not_an_issue() {
    check_err(
        r#"{"format":"banmian.catalog/1","paper":{},"issues":[]}"#,
        r#"unknown format "banmian.catalog/1": this banmian reads "banmian.issue/1""#,
    );
}

#[test]
fn truncated_and_broken_json_say_where() {
    check_err(
        "{\"format\":\"banmian.issue/1\",\n\"pages\":[",
        "truncated JSON: line 2, column 9: EOF while parsing a list",
    );
    check_err(
        "{\"format\": nope}",
        "not valid JSON: line 1, column 13: expected ident",
    );
    check_err(
        "",
        "truncated JSON: line 1, column 0: EOF while parsing a value",
    );
}

#[test]
fn a_wrong_field_names_its_path() {
    let json = r#"{"format":"banmian.issue/1","paper":{},"date":"2026-04-03",
"pages":[{"number":1,"label":"第1版","articles":[{"id":"1-1","kind":"article","headline":7}]}]}"#;
    check_err(
        json,
        "field pages[0].articles[0].headline: invalid type: integer `7`, expected a string (line 2, column 92)",
    );
}

#[test]
fn unknown_kinds_and_blocks_are_kept_readable() {
    let json = r#"{"format":"banmian.issue/1","paper":{},"date":"2026-04-03",
"pages":[{"number":1,"label":"第1版","articles":[{"id":"1-1","kind":"infographic","headline":"图解",
"blocks":[{"type":"table","rows":[]},{"type":"paragraph","text":"正文。"}]}]}]}"#;
    let issue = parse_issue(json).unwrap();
    let a = &issue.pages[0].articles[0];
    assert_eq!(a.kind, Kind::Other("infographic".into()));
    assert_eq!(
        a.blocks,
        vec![
            Block::Unknown,
            Block::Paragraph {
                text: "正文。".into()
            }
        ]
    );
    // The unknown kind survives a round trip.
    let back = serde_json::to_string(&issue).unwrap();
    assert!(back.contains(r#""kind":"infographic""#));
}

#[test]
fn catalogs_parse_with_their_own_format() {
    let json = r#"{"format":"banmian.catalog/1","paper":{"name":"晋中日报"},"issues":[]}"#;
    assert_eq!(parse_catalog(json).unwrap().issues.len(), 0);
    assert!(matches!(
        parse_catalog(MINIMAL),
        Err(ParseError::UnknownFormat { .. })
    ));
}

#[test]
fn a_published_catalog_and_search_manifest_read() {
    let catalog = parse_catalog(include_str!("../../tests/fixtures/catalog.json")).unwrap();
    assert_eq!(catalog.issues[0].date, "2026-04-03");
    assert!(
        catalog.months.is_empty(),
        "a catalog from before the pieces lists every issue"
    );
    let manifest =
        parse_search_manifest(include_str!("../../tests/fixtures/manifest.json")).unwrap();
    assert_eq!(manifest.segments[0].key, "2026-04");
    assert_eq!(manifest.segments[0].frequent, "发 展;工 作");
    assert_eq!(manifest.segments[1].key, "2026-04-03");
    assert_eq!(manifest.segments[1].issues, 1);
    assert_eq!(manifest.segments[1].meta, "0:2026-04-03:5");
    assert_eq!(
        manifest.segments[1].frequent, "",
        "a small segment has no frequent pairs, and says nothing of them"
    );
    // Manifests of the versions before name segments whose files this reader cannot
    // read (no text offsets; not deflated; no frequent pairs): refused by name.
    for old in [
        r#"{"format":"banmian.search/1","segments":[]}"#,
        r#"{"format":"banmian.search/2","segments":[]}"#,
        r#"{"format":"banmian.search/3","segments":[]}"#,
    ] {
        assert!(matches!(
            parse_search_manifest(old),
            Err(ParseError::UnknownFormat { .. })
        ));
    }
}
