use super::*;

fn segment() -> Segment {
    let mut b = IndexBuilder::new();
    b.add(
        "2026-04-03",
        1,
        "1-3",
        "科技创新实现新突破",
        "都离不开对原始创新的执着坚守。C919大飞机",
    );
    b.add(
        "2026-04-03",
        1,
        "1-4",
        "我市把精准服务送到企业心坎上",
        "本报讯（记者刘冬冬）今年以来",
    );
    b.finish(4)
}

#[test]
fn shards_round_trip_through_bytes() {
    let seg = segment();
    assert_eq!(seg.shards.len(), 4);
    let total: usize = seg.shards.iter().map(|s| s.terms.len()).sum();
    assert!(total > 40, "{total} terms");
    for shard in &seg.shards {
        let bytes = shard.encode();
        assert!(bytes.starts_with(SHARD_MAGIC));
        assert_eq!(&Shard::decode(&bytes).unwrap(), shard);
    }
}

#[test]
fn every_term_is_in_the_shard_its_hash_names() {
    let seg = segment();
    for (i, shard) in seg.shards.iter().enumerate() {
        for (term, _) in &shard.terms {
            assert_eq!(shard_of(term, 4) as usize, i, "{term}");
        }
    }
    let s = &seg.shards[shard_of("创 新", 4) as usize];
    assert_eq!(
        s.get("创 新"),
        Some(&vec![(0, vec![2, 17])]),
        "headline position 2, body position 10 + 7"
    );
}

#[test]
fn broken_shards_are_refused_with_a_reason() {
    let bytes = segment().shards[0].encode();
    assert_eq!(
        Shard::decode(b"PK\x03\x04").unwrap_err().to_string(),
        "not a banmian search shard (or another version of the format)"
    );
    let cut = &bytes[..bytes.len() - 1];
    assert!(Shard::decode(cut)
        .unwrap_err()
        .to_string()
        .contains("ends too early"));
    let mut extra = bytes.clone();
    extra.push(0);
    assert!(Shard::decode(&extra)
        .unwrap_err()
        .to_string()
        .contains("trailing bytes"));
}

#[test]
fn the_document_table_round_trips() {
    let seg = segment();
    let text = Segment::encode_docs(&seg.docs);
    assert_eq!(
        text.lines().next(),
        Some("2026-04-03\t1\t1-3\t9\t科技创新实现新突破")
    );
    assert_eq!(Segment::decode_docs(&text).unwrap(), seg.docs);
    assert!(Segment::decode_docs("2026-04-03\tx\t1-3\t9\t标题").is_err());
}
