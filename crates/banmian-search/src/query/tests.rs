use crate::index::{shard_of, IndexBuilder, Segment, Shard, BODY};

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

/// The ids of the documents matching `q`.
fn find(seg: &Segment, q: &str) -> Vec<String> {
    let query = Query::new(q);
    let shards = shards(seg);
    let hits = query.run(|t| shards[shard_of(t, 3) as usize].get(t));
    hits.iter()
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
    let shards = shards(&seg);
    let q = Query::new("政绩观");
    let hits = q.run(|t| shards[shard_of(t, 3) as usize].get(t));
    assert_eq!(
        hits,
        vec![Hit {
            doc: 0,
            starts: vec![7, BODY + 7]
        }]
    );
    assert_eq!(q.terms(), ["政 绩", "绩 观"]);
    assert_eq!(Query::new("窑").terms(), ["窑"]);
}
