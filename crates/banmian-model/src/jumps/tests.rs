use super::*;
use crate::issue::{Page, Paper, ISSUE_FORMAT};

/// A part: `headline`, with optional `to`/`from` page markers.
fn part(id: &str, headline: &str, to: Option<u32>, from: Option<u32>) -> Article {
    let jump = |page: u32, label: &str| Jump {
        page,
        article: None,
        label: Some(label.to_owned()),
    };
    Article {
        continues_to: to.map(|p| jump(p, &format!("（下转第{p}版）"))),
        continued_from: from.map(|p| jump(p, &format!("（上接第{p}版）"))),
        ..Article::new(id, headline)
    }
}

fn issue(pages: Vec<(u32, Vec<Article>)>) -> Issue {
    Issue {
        format: ISSUE_FORMAT.into(),
        paper: Paper::default(),
        date: "2026-04-03".into(),
        weekday: None,
        lunar_date: None,
        number: None,
        page_count: Some(8),
        pages: pages
            .into_iter()
            .map(|(number, articles)| Page {
                number,
                label: Page::default_label(number),
                name: None,
                image: None,
                image_size: None,
                renditions: Vec::new(),
                pdf: None,
                articles,
            })
            .collect(),
    }
}

/// Every jump as `id -> target` / `id <- source` lines, then the notes.
fn render(issue: &Issue, notes: &[JumpNote]) -> String {
    let mut out = String::new();
    for p in &issue.pages {
        for a in &p.articles {
            let show = |j: &Option<Jump>| {
                j.as_ref().map(|j| {
                    format!(
                        "{}@{}{}",
                        j.article.as_deref().unwrap_or("?"),
                        j.page,
                        if j.label.is_none() {
                            " (no marker)"
                        } else {
                            ""
                        }
                    )
                })
            };
            if let Some(t) = show(&a.continues_to) {
                out += &format!("{} -> {t}\n", a.id);
            }
            if let Some(f) = show(&a.continued_from) {
                out += &format!("{} <- {f}\n", a.id);
            }
        }
    }
    for n in notes {
        out += &format!("note {}: {}\n", n.article, n.message);
    }
    out
}

#[track_caller]
fn check(mut input: Issue, expect: &str) {
    let notes = resolve_jumps(&mut input);
    assert_eq!(render(&input, &notes), expect);
    // Resolving again changes nothing.
    let again = input.clone();
    resolve_jumps(&mut input);
    assert_eq!(input, again);
}

#[test]
fn same_headlines_pair_up_whatever_the_order() {
    check(
        issue(vec![
            (
                1,
                vec![
                    part("1-1", "科技创新实现新突破", Some(4), None),
                    part("1-2", "旱作赋新智 天山结硕果", Some(4), None),
                ],
            ),
            (
                4,
                vec![
                    part("4-1", "旱作赋新智天山结硕果", None, Some(1)),
                    part("4-2", "科技创新实现新突破", None, Some(1)),
                ],
            ),
        ]),
        "1-1 -> 4-2@4\n1-2 -> 4-1@4\n4-1 <- 1-2@1\n4-2 <- 1-1@1\n",
    );
}

#[test]
fn a_different_headline_is_linked_by_elimination_with_a_note() {
    check(
        issue(vec![
            (1, vec![part("1-1", "科技创新实现新突破", Some(4), None), part("1-2", "祁县玻璃器皿产业研讨会举办", Some(4), None)]),
            (4, vec![part("4-1", "玻璃器皿研讨会举办", None, Some(1)), part("4-2", "散裂中子源取得成果", None, Some(1))]),
        ]),
        "1-1 -> 4-2@4\n1-2 -> 4-1@4\n4-1 <- 1-2@1\n4-2 <- 1-1@1\n\
note 1-1: linked to 4-2 by elimination: the only part on page 4 continued from page 1, though the headlines differ\n",
    );
}

#[test]
fn a_lost_marker_is_recovered_by_headline() {
    check(
        issue(vec![
            (
                1,
                vec![
                    part("1-1", "科技创新实现新突破", Some(2), None),
                    part("1-2", "我市服务企业", None, None),
                ],
            ),
            (
                2,
                vec![
                    part("2-1", "别的新闻", None, None),
                    part("2-2", "科技创新实现新突破", None, None),
                    part("2-3", "我市服务企业", None, Some(1)),
                ],
            ),
        ]),
        "1-1 -> 2-2@2\n1-2 -> 2-3@2 (no marker)\n2-2 <- 1-1@1 (no marker)\n2-3 <- 1-2@1\n\
note 1-1: page 2 prints no 上接 marker for this story; linked to 2-2 by its headline\n\
note 2-3: page 1 prints no 下转 marker for the story this part continues; linked from 1-2 by its headline\n",
    );
}

#[test]
fn missing_pages_and_ambiguity_stay_unresolved() {
    check(
        issue(vec![
            (
                1,
                vec![
                    part("1-1", "甲", Some(4), None),
                    part("1-2", "科技新闻", Some(2), None),
                ],
            ),
            (
                2,
                vec![
                    part("2-1", "体育新闻", None, None),
                    part("2-2", "天气", None, None),
                ],
            ),
        ]),
        "1-1 -> ?@4\n1-2 -> ?@2\n\
note 1-1: page 4 is not in the data; the jump stays unresolved\n\
note 1-2: no part on page 2 continues this story; the jump stays unresolved\n",
    );
}

#[test]
fn a_story_can_run_over_three_pages() {
    check(
        issue(vec![
            (1, vec![part("1-1", "长篇通讯", Some(2), None)]),
            (2, vec![part("2-1", "长篇通讯", Some(3), Some(1))]),
            (3, vec![part("3-1", "长篇通讯", None, Some(2))]),
        ]),
        "1-1 -> 2-1@2\n2-1 -> 3-1@3\n2-1 <- 1-1@1\n3-1 <- 2-1@2\n",
    );
}

#[test]
fn likeness_of_titles() {
    let a = part("a", "科技创新实现新突破", None, None);
    let b = part("b", "实现新突破", None, None);
    let c = part("c", "体育", None, None);
    assert_eq!(likeness(&a, &b), 1.0);
    assert_eq!(likeness(&a, &c), 0.0);
}
