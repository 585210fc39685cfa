use crate::parse_issue;

use super::*;

/// Page 1's story 1-1 runs on over pages 2 and 3; 1-2 jumps to page 4, not in the data.
fn issue() -> Issue {
    parse_issue(
        r#"{"format":"banmian.issue/1","paper":{"lang":"zh-CN"},"date":"2026-05-08","page_count":4,"pages":[
{"number":1,"label":"第1版","articles":[
 {"id":"1-1","kind":"article","headline":"甲","continues_to":{"page":2,"article":"2-1","label":"（下转第二版）"}},
 {"id":"1-2","kind":"article","headline":"乙","continues_to":{"page":4,"article":null,"label":"（下转第4版）"}}]},
{"number":2,"label":"第2版","articles":[
 {"id":"2-1","kind":"article","headline":"甲","continued_from":{"page":1,"article":"1-1","label":null},
  "continues_to":{"page":3,"article":"3-1","label":"转第A3版"}}]},
{"number":3,"label":"第3版","articles":[
 {"id":"3-1","kind":"article","headline":"甲","continued_from":{"page":2,"article":"2-1","label":"（上接第2版）"}}]}]}"#,
    )
    .unwrap()
}

#[test]
fn a_story_is_stitched_from_any_of_its_parts() {
    let issue = issue();
    for id in ["1-1", "2-1", "3-1"] {
        let ids: Vec<(u32, &str)> = issue
            .story(id)
            .iter()
            .map(|(p, a)| (*p, a.id.as_str()))
            .collect();
        assert_eq!(ids, [(1, "1-1"), (2, "2-1"), (3, "3-1")], "from {id}");
    }
    assert_eq!(issue.story("1-2").len(), 1);
    assert!(issue.story("9-9").is_empty());
    let starts: Vec<&str> = issue.stories().iter().map(|s| s[0].1.id.as_str()).collect();
    assert_eq!(
        starts,
        ["1-1", "1-2"],
        "a story is listed once, at its first part"
    );
}

#[test]
fn a_story_has_one_headline_and_one_text() {
    let issue = issue();
    let parts = issue.story("2-1");
    assert_eq!(Issue::story_headline(&parts), "甲");
    let mut bare = issue.clone();
    bare.pages[0].articles[0].headline.clear();
    assert_eq!(
        Issue::story_headline(&bare.story("1-1")),
        "甲",
        "a later part's headline stands in"
    );
    let mut with_text = issue.clone();
    with_text.pages[0].articles[0].blocks = vec![Block::Paragraph {
        text: "原始创".into(),
    }];
    with_text.pages[0].articles[0].byline = Some("记者 甲".into());
    with_text.pages[1].articles[0].blocks = vec![Block::Subhead { text: "新".into() }];
    assert_eq!(
        Issue::story_text(&with_text.story("1-1")),
        "记者 甲\n原始创\n新\n"
    );
}
