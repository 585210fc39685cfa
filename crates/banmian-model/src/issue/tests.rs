use crate::parse_issue;

use super::*;

/// Page 1's story 1-1 runs on over pages 2 and 3; 1-2 jumps to page 4, not in the data.
/// (The viewer's jump tests read the same file.)
fn issue() -> Issue {
    parse_issue(include_str!("../../tests/fixtures/story-across-pages.json")).unwrap()
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
