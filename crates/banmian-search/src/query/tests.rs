use crate::index::{shard_of, IndexBuilder, Segment, Shard, BODY};
use crate::tokenize::tokenize;

use super::*;

fn segment() -> Segment {
    let mut b = IndexBuilder::new();
    b.add(
        "2026-04-03",
        1,
        "1-2",
        "有效防范和纠治政绩观偏差",
        "树立和践行正确政绩观。推动高质量发展。",
    );
    b.add(
        "2026-04-03",
        1,
        "1-3",
        "科技创新实现新突破",
        "都离不开对原始创新的执着坚守。C919大飞机商业运营",
    );
    b.add(
        "2026-04-03",
        1,
        "1-5",
        "祁县玻璃器皿产业研讨会举办",
        "全氧天然气窑炉点火。（下转第4版）",
    );
    b.finish(3)
}

fn shards(seg: &Segment) -> Vec<Shard> {
    seg.shards
        .iter()
        .map(|b| Shard::decode(b).unwrap())
        .collect()
}

/// The hits of `query` in `seg`, planned with the segment's frequent pairs.
fn hits(seg: &Segment, query: &Query) -> Vec<Hit> {
    let shards = shards(seg);
    let n = shards.len() as u32;
    let plan = query.plan(|p| seg.meta.is_frequent(p));
    query.run(&plan, |t| shards[shard_of(t, n) as usize].get(t))
}

/// The ids of the documents matching `q`.
fn find(seg: &Segment, q: &str) -> Vec<String> {
    hits(seg, &Query::new(q))
        .iter()
        .map(|h| seg.docs[h.doc as usize].id.clone())
        .collect()
}

#[test]
fn mid_word_and_single_character_queries() {
    let seg = segment();
    assert_eq!(find(&seg, "绩观"), ["1-2"]);
    assert_eq!(find(&seg, "量发展"), ["1-2"]);
    assert_eq!(find(&seg, "窑"), ["1-5"]);
    assert_eq!(find(&seg, "原始创新"), ["1-3"]);
    assert_eq!(find(&seg, "新"), ["1-3"]);
    assert_eq!(find(&seg, "c919"), ["1-3"]);
    assert_eq!(find(&seg, "Ｃ９１９大飞"), ["1-3"]);
    assert_eq!(find(&seg, "第4版"), ["1-5"]);
}

#[test]
fn units_must_stand_in_a_row() {
    let seg = segment();
    assert!(find(&seg, "创原").is_empty());
    assert!(find(&seg, "绩观发").is_empty());
    assert!(
        find(&seg, "偏差树立").is_empty(),
        "a headline and its body do not run together"
    );
    assert!(find(&seg, "c91").is_empty(), "Latin words match whole");
    assert!(find(&seg, "，。").is_empty() && Query::new("，。").is_empty());
}

#[test]
fn punctuation_in_the_query_is_ignored_like_in_the_text() {
    let seg = segment();
    assert_eq!(find(&seg, "坚守，C919"), ["1-3"]);
    assert_eq!(find(&seg, "“高质量”"), ["1-2"]);
}

#[test]
fn hits_say_where_the_matches_start() {
    let seg = segment();
    assert_eq!(
        hits(&seg, &Query::new("政绩观")),
        vec![Hit {
            doc: 0,
            starts: vec![7, BODY + 7]
        }]
    );
}

/// A plan as `(term, at)` pairs, `frequent` the segment's frequent pairs.
fn plan(q: &str, frequent: &[&str]) -> Vec<(String, u32)> {
    Query::new(q).plan(|p| frequent.contains(&p))
}

fn terms(list: &[(&str, u32)]) -> Vec<(String, u32)> {
    list.iter().map(|&(t, at)| (t.to_owned(), at)).collect()
}

#[test]
fn a_query_is_covered_by_pairs_and_where_a_pair_is_frequent_by_three_units() {
    // Worked out by hand from the rule in `Query::plan`.
    assert_eq!(plan("窑", &[]), terms(&[("窑", 0)]));
    assert_eq!(plan("绩观", &[]), terms(&[("绩 观", 0)]));
    assert_eq!(plan("发展", &["发 展"]), terms(&[("发 展", 0)]));
    assert_eq!(plan("政绩观", &[]), terms(&[("政 绩", 0), ("绩 观", 1)]));
    assert_eq!(plan("人工智能", &[]), terms(&[("人 工", 0), ("智 能", 2)]));
    assert_eq!(
        plan("人工智能", &["智 能"]),
        terms(&[("人 工", 0), ("工 智 能", 1)])
    );
    assert_eq!(plan("量发展", &["发 展"]), terms(&[("量 发 展", 0)]));
    assert_eq!(
        plan("高质量发展", &["发 展"]),
        terms(&[("高 质", 0), ("量 发 展", 2)])
    );
    assert_eq!(
        plan("发展经济", &["发 展"]),
        terms(&[("发 展 经", 0), ("经 济", 2)])
    );
    assert_eq!(
        plan("推动发展", &["发 展"]),
        terms(&[("推 动", 0), ("动 发 展", 1)])
    );
    assert_eq!(
        plan("Ｃ９１９大飞机", &[]),
        terms(&[("c919 大", 0), ("飞 机", 2)])
    );
    assert!(plan("，。", &[]).is_empty());
}

/// Stories where some pairs stand again and again, in headlines and bodies.
const STORIES: [(&str, &str); 4] = [
    (
        "推动高质量发展",
        "发展是第一要务。推动经济高质量发展，发展新质生产力，高质量发展要发展。",
    ),
    (
        "发展经济",
        "经济发展稳中有进，发展的质量提高；高质量的发展，发展经济。",
    ),
    (
        "质量发展大会",
        "大会说：质量是发展的生命，高质量发展靠发展。",
    ),
    ("要闻", "本市经济运行平稳，质量效益提升，发展发展再发展。"),
];

/// Where the units of `needle` stand in a row in the units of `hay`.
fn occurrences(hay: &[Unit], needle: &[Unit]) -> Vec<u32> {
    (0..hay.len().saturating_sub(needle.len() - 1))
        .filter(|&i| hay[i..i + needle.len()] == *needle)
        .map(|i| i as u32)
        .collect()
}

#[test]
fn with_frequent_pairs_every_substring_is_found_exactly_where_it_stands() {
    let units = |t: &str| -> Vec<Unit> { tokenize(t).into_iter().map(|t| t.unit).collect() };
    for threshold in [1, 5, u32::MAX] {
        let mut b = IndexBuilder::frequent_above(threshold);
        for (h, body) in STORIES {
            b.count(h, body);
        }
        for (i, (h, body)) in STORIES.iter().enumerate() {
            b.add("2026-04-03", 1, &format!("1-{i}"), h, body);
        }
        let seg = b.finish(5);
        if threshold == 5 {
            assert!(seg.meta.is_frequent("发 展") && seg.meta.is_frequent("质 量"));
            assert!(!seg.meta.is_frequent("经 济"), "{:?}", seg.meta.frequent);
        }
        for (h, body) in STORIES {
            let body = units(body);
            for len in 1..=5 {
                for window in body.windows(len) {
                    let q: Vec<String> = window.iter().map(Unit::to_string).collect();
                    let query = Query::new(&q.join(" "));
                    let expected: Vec<Hit> = STORIES
                        .iter()
                        .enumerate()
                        .filter_map(|(doc, (h, b))| {
                            let mut starts = occurrences(&units(h), window);
                            starts.extend(occurrences(&units(b), window).iter().map(|p| p + BODY));
                            (!starts.is_empty()).then_some(Hit {
                                doc: doc as u32,
                                starts,
                            })
                        })
                        .collect();
                    let found = hits(&seg, &query);
                    let frequent_pair =
                        len == 2 && seg.meta.is_frequent(&query.plan(|_| false)[0].0);
                    if frequent_pair || len == 1 {
                        // First positions only: the first, and the first in the body.
                        let docs = |h: &[Hit]| h.iter().map(|h| h.doc).collect::<Vec<_>>();
                        assert_eq!(docs(&found), docs(&expected), "{q:?} at {threshold}");
                        for (f, e) in found.iter().zip(&expected) {
                            assert_eq!(f.starts[0], e.starts[0], "{q:?}");
                            let body = e.starts.iter().find(|&&p| p >= BODY);
                            assert_eq!(f.starts.iter().find(|&&p| p >= BODY), body, "{q:?}");
                        }
                    } else {
                        assert_eq!(found, expected, "{q:?} at {threshold}");
                    }
                }
            }
            let _ = h;
        }
    }
}
