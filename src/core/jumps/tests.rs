use banmian_model::{parse_issue, Jump};

use super::*;

fn issue() -> Issue {
    // The model's story fixture: 1-1 runs on over pages 2 and 3; 1-2 jumps to page 4.
    parse_issue(include_str!(
        "../../../crates/banmian-model/tests/fixtures/story-across-pages.json"
    ))
    .unwrap()
}

#[test]
fn jumps_lead_to_parts_pages_or_say_what_is_missing() {
    let issue = issue();
    let to = |id: &str| issue.article(id).unwrap().1.continues_to.clone().unwrap();
    assert_eq!(
        jump_view(&issue, &to("1-1"), Dir::To),
        JumpView {
            text: "（下转第二版）".into(),
            target: Target::Part {
                page: 2,
                id: "2-1".into()
            }
        }
    );
    assert_eq!(
        jump_view(&issue, &to("1-2"), Dir::To),
        JumpView {
            text: "（下转第4版）".into(),
            target: Target::Missing(4)
        }
    );
    let from = issue
        .article("2-1")
        .unwrap()
        .1
        .continued_from
        .clone()
        .unwrap();
    assert_eq!(
        jump_view(&issue, &from, Dir::From).text,
        "（上接第1版）",
        "a missing label is made up"
    );
    let unresolved = Jump {
        page: 3,
        article: None,
        label: None,
    };
    assert_eq!(
        jump_view(&issue, &unresolved, Dir::To).target,
        Target::Page(3)
    );
}
