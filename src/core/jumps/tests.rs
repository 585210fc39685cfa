use banmian_model::{lite::parse_issue, Jump};

use super::*;

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
