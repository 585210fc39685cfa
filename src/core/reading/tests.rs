use banmian_model::parse_issue;

use super::*;

fn issue() -> Issue {
    parse_issue(
        r#"{"format":"banmian.issue/1","paper":{},"date":"2026-05-08","page_count":4,"pages":[
{"number":1,"label":"第1版","articles":[{"id":"1-1","kind":"banner","headline":"横幅"},{"id":"1-2","kind":"article","headline":"甲"}]},
{"number":3,"label":"第3版","articles":[{"id":"3-1","kind":"article","headline":"乙"},{"id":"3-2","kind":"brief","headline":"丙"}]}]}"#,
    )
    .unwrap()
}

#[test]
fn pages_skip_what_the_data_lacks() {
    let issue = issue();
    assert_eq!(page_total(&issue), 4);
    assert_eq!(neighbour_page(&issue, 1, 1), Some(3));
    assert_eq!(neighbour_page(&issue, 3, -1), Some(1));
    assert_eq!(neighbour_page(&issue, 3, 1), None);
    assert_eq!(
        neighbour_page(&issue, 4, -1),
        Some(3),
        "from a missing page too"
    );
}

#[test]
fn articles_in_reading_order_without_banners() {
    let issue = issue();
    assert_eq!(
        neighbour_articles(&issue, "1-2"),
        (None, Some((3, "3-1".into())))
    );
    assert_eq!(
        neighbour_articles(&issue, "3-1"),
        (Some((1, "1-2".into())), Some((3, "3-2".into())))
    );
    assert_eq!(neighbour_articles(&issue, "1-1"), (None, None));
}

#[test]
fn speech_is_cut_at_sentence_ends_and_loses_nothing() {
    let text = "第一句话很短。".repeat(3) + &"长".repeat(450);
    let chunks = speech_chunks(&text, 200);
    assert_eq!(
        chunks.concat(),
        text,
        "every character is read, once, in order"
    );
    assert!(chunks.iter().all(|c| c.chars().count() <= 200));
    assert!(chunks[0].ends_with('。'), "{chunks:?}");
    assert_eq!(speech_chunks("", 200), Vec::<String>::new());
    assert_eq!(speech_chunks("Short.", 200), vec!["Short.".to_owned()]);
}
