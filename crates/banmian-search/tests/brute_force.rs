//! The index finds exactly the documents a brute-force substring scan finds.

// Tests fail loudly on purpose.
#![allow(clippy::unwrap_used, missing_docs)]

use banmian_search::{shard_of, IndexBuilder, Query, Shard};
use proptest::prelude::*;

/// Text without the characters the tokenizer drops.
fn strip(s: &str) -> String {
    s.chars().filter(|c| !"，。 ！".contains(*c)).collect()
}

fn text() -> impl Strategy<Value = String> {
    "[政绩观发展高质量新创，。 ！]{0,40}"
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn same_documents_as_a_substring_scan(
        docs in prop::collection::vec((text(), text()), 1..12),
        query in "[政绩观发展高质量新创，]{1,5}",
        shards in 1u32..6,
        frequent_above in prop::sample::select(vec![0, 1, 2, 4, 8, u32::MAX]),
    ) {
        // A low threshold makes most pairs frequent: their three units are indexed instead.
        let mut b = IndexBuilder::frequent_above(frequent_above);
        for (title, body) in &docs {
            b.count(title, body);
        }
        for (i, (title, body)) in docs.iter().enumerate() {
            b.add("2026-01-01", 1, &format!("1-{i}"), title, body);
        }
        let segment = b.finish(shards);
        // Through the bytes, as the browser reads it.
        let decoded: Vec<Shard> = segment.shards.iter().map(|s| Shard::decode(s).unwrap()).collect();
        let q = Query::new(&query);
        let plan = q.plan(|p| segment.meta.is_frequent(p));
        let mut found: Vec<u32> = q.run(&plan, |t| decoded[shard_of(t, shards) as usize].get(t)).iter().map(|h| h.doc).collect();
        found.sort_unstable();
        let needle = strip(&query);
        let expected: Vec<u32> = if needle.is_empty() {
            Vec::new()
        } else {
            docs.iter()
                .enumerate()
                .filter(|(_, (title, body))| strip(title).contains(&needle) || strip(body).contains(&needle))
                .map(|(i, _)| i as u32)
                .collect()
        };
        prop_assert_eq!(found, expected);
    }
}
