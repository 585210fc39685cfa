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

fn shards(seg: &Segment) -> Vec<Shard> {
    seg.shards
        .iter()
        .map(|b| Shard::decode(b).unwrap())
        .collect()
}

#[test]
fn shards_round_trip_through_bytes() {
    let seg = segment();
    assert_eq!(seg.shards.len(), 4);
    let total: usize = shards(&seg).iter().map(|s| s.terms.len()).sum();
    assert!(total > 40, "{total} terms");
    for (bytes, shard) in seg.shards.iter().zip(shards(&seg)) {
        assert!(bytes.starts_with(SHARD_MAGIC));
        assert_eq!(
            &shard.encode(),
            bytes,
            "the builder writes what Shard::encode writes"
        );
    }
}

#[test]
fn the_meta_file_knows_dates_and_a_position_knows_the_headline() {
    let mut b = IndexBuilder::new();
    b.add("2026-04-02", 1, "1-1", "甲乙丙", "正文");
    b.add("2026-04-03", 1, "1-1", "丁", "正文");
    b.add("2026-04-03", 2, "2-1", "戊己", "正文");
    let seg = b.finish(1);
    let meta = seg.meta.clone();
    assert_eq!(
        meta.issues,
        vec![("2026-04-02".to_owned(), 0), ("2026-04-03".to_owned(), 1)]
    );
    assert_eq!(meta.to_text(), "0:2026-04-02:1;9:3:2");
    assert_eq!(Meta::from_text(&meta.to_text()).unwrap(), meta);
    assert_eq!(
        (meta.date_of(0), meta.date_of(2), meta.date_of(9)),
        (Some("2026-04-02"), Some("2026-04-03"), Some("2026-04-03"))
    );
    assert!(Meta::from_text("0:2026-04-02").is_err());
    assert!(
        Meta::from_text("12:2026-04-02:1").is_err(),
        "shares more than there is"
    );
    // A year of a daily, 24 stories an issue: each date shares its first 8 or 5 bytes
    // with the one before (a new month: 5), so an issue costs 7 to 11 bytes before
    // compression, 7.2 on the mean.
    let mut year = Meta::default();
    for (i, month) in [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        .iter()
        .enumerate()
    {
        for day in 1..=*month {
            let first = year.issues.len() as u32 * 24;
            year.issues
                .push((format!("2025-{:02}-{day:02}", i + 1), first));
        }
    }
    year.docs = 365 * 24;
    let text = year.to_text();
    assert!(text.ends_with(";9:1:24"), "the last issue's stories too");
    assert_eq!(Meta::from_text(&text).unwrap(), year);
    assert!(text.len() <= 365 * 8, "{} bytes", text.len());
    // Dates of any shape round-trip, a shared prefix cut only between characters.
    let odd = Meta {
        issues: vec![("甲".into(), 0), ("乙".into(), 3), ("乙a".into(), 4)],
        docs: 5,
        frequent: Vec::new(),
    };
    assert_eq!(Meta::from_text(&odd.to_text()).unwrap(), odd);
    // 甲乙丙 stands at 0, 1, 2; the body's 正 at BODY.
    let shard = Shard::decode(&seg.shards[0]).unwrap();
    assert_eq!(shard.get("丙"), Some(&vec![(0, vec![2])]));
    assert_eq!(
        shard.get("正"),
        Some(&vec![(0, vec![BODY]), (1, vec![BODY]), (2, vec![BODY])])
    );
    assert!(in_headline(2) && !in_headline(BODY));
}

#[test]
fn every_term_is_in_the_shard_its_hash_names() {
    let seg = segment();
    let decoded = shards(&seg);
    for (i, shard) in decoded.iter().enumerate() {
        for (term, _) in &shard.terms {
            assert_eq!(shard_of(term, 4) as usize, i, "{term}");
        }
    }
    let s = &decoded[shard_of("创 新", 4) as usize];
    assert_eq!(
        s.get("创 新"),
        Some(&vec![(0, vec![2, BODY + 7])]),
        "headline position 2, body position 7"
    );
}

#[test]
fn a_frequent_pair_keeps_first_positions_and_its_three_units_are_indexed() {
    let mut b = IndexBuilder::frequent_above(2);
    let stories = [
        ("发展大会", "推动发展，发展经济，加快发展。"),
        ("要闻", "经济发展。"),
    ];
    for (h, body) in stories {
        b.count(h, body);
    }
    for (i, (h, body)) in stories.iter().enumerate() {
        b.add("2026-04-03", 1, &format!("1-{i}"), h, body);
    }
    let seg = b.finish(1);
    // 发展 stands 5 times, 经济 twice, 展经 once: only 发展 is frequent.
    assert_eq!(seg.meta.frequent, ["发 展"]);
    assert_eq!(seg.meta.frequent_text(), "发 展");
    let read = Meta::default().with_frequent(&seg.meta.frequent_text());
    assert!(read.is_frequent("发 展") && !read.is_frequent("经 济"));
    let shard = Shard::decode(&seg.shards[0]).unwrap();
    // Body of story 0: 推0 动1 发2 展3 发4 展5 经6 济7 加8 快9 发10 展11.
    assert_eq!(
        shard.get("发 展"),
        Some(&vec![(0, vec![0, BODY + 2]), (1, vec![BODY + 2])]),
        "the first in the headline and the first in the body"
    );
    assert_eq!(shard.get("发 展 经"), Some(&vec![(0, vec![BODY + 4])]));
    assert_eq!(shard.get("动 发 展"), Some(&vec![(0, vec![BODY + 1])]));
    assert_eq!(shard.get("展 经 济"), None, "no pair of it is frequent");
    assert_eq!(shard.get("发 展 大"), Some(&vec![(0, vec![0])]));
    assert_eq!(shard.get("济 发 展"), Some(&vec![(1, vec![BODY + 1])]));
    assert_eq!(
        shard.get("经 济"),
        Some(&vec![(0, vec![BODY + 6]), (1, vec![BODY])]),
        "a pair that is not frequent keeps every position"
    );
    assert_eq!(shard.get("推 动 发"), None, "no frequent pair in it");
    // No count: nothing is frequent.
    let mut plain = IndexBuilder::frequent_above(2);
    plain.add("2026-04-03", 1, "1-0", stories[0].0, stories[0].1);
    assert!(plain.finish(1).meta.frequent.is_empty());
}

#[test]
fn broken_shards_are_refused_with_a_reason() {
    let bytes = segment().shards[0].clone();
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
    // Added with no place in a file: offset and length 0, no marks.
    assert_eq!(
        text.lines().collect::<Vec<_>>(),
        [
            "2026-04-03\t1\t1-3\t9\t0\t0\t\t科技创新实现新突破",
            "2026-04-03\t1\t1-4\t14\t0\t0\t\t我市把精准服务送到企业心坎上"
        ]
    );
    assert_eq!(Segment::decode_docs(&text).unwrap(), seg.docs);
    assert!(Segment::decode_docs("2026-04-03\tx\t1-3\t9\t0\t1\t\t标题").is_err());
    assert!(
        Segment::decode_docs("2026-04-03\t1\t1-3\t9\t标题").is_err(),
        "a table of the format before the text table"
    );
}

#[test]
fn any_postings_round_trip_and_a_single_position_needs_no_count() {
    let shard = Shard {
        terms: vec![
            ("创 新".to_owned(), vec![(0, vec![]), (5, vec![1, 9, 300])]),
            (
                "新".to_owned(),
                vec![(3, vec![70]), (u32::MAX, vec![u32::MAX])],
            ),
        ],
    };
    let bytes = shard.encode();
    assert_eq!(Shard::decode(&bytes).unwrap(), shard);

    let one = |positions: Vec<u32>| {
        Shard {
            terms: vec![("新".to_owned(), vec![(2, positions)])],
        }
        .encode()
        .len()
    };
    assert_eq!(
        one(vec![7]) + 2,
        one(vec![7, 8]),
        "a second position costs its distance and the count"
    );
}

#[test]
fn a_body_placed_in_its_file_and_its_marks_find_a_match_by_byte_range() {
    // 200 units of body: "甲乙…" cycling, with punctuation that is not a unit.
    let units: Vec<char> = "甲乙丙丁戊己庚辛壬癸".chars().collect();
    let mut body = String::new();
    for i in 0..200 {
        body.push(units[i % 10]);
        if i % 7 == 6 {
            body.push('，');
        }
    }
    body.push_str("目标词在此。");
    // The issue file: the body is one paragraph's string, 40 bytes in.
    let head = r#"{"articles":[{"blocks":[{"type":"p","text":""#;
    let file = format!("{head}{body}\"}}]}}]}}");
    let mut b = IndexBuilder::new();
    b.add("2026-04-02", 1, "1-1", "前一篇", "无关的正文");
    b.add_placed("2026-04-03", 2, "2-1", "标题", &body, |at| {
        (head.len() + at) as u64
    });
    let seg = b.finish(2);
    let doc = &seg.docs[1];
    assert_eq!(doc.offset, head.len() as u64);
    assert_eq!(doc.len as usize, body.len());
    // Units 64, 128, 192 start after 64 + 9 commas, 128 + 18, 192 + 27 characters of
    // three bytes each.
    assert_eq!(
        doc.marks,
        vec![(64 + 9) * 3, (128 + 18) * 3, (192 + 27) * 3]
    );
    assert_eq!(
        Segment::decode_docs(&Segment::encode_docs(&seg.docs)).unwrap(),
        seg.docs
    );
    // The match: units 200.. of the body, at position BODY + 200 of the document.
    let at = doc.body_position(BODY + 200).unwrap();
    assert_eq!(at, 200);
    assert_eq!(doc.body_position(1), None, "a match in the headline");
    let (start, end) = doc.window(at.saturating_sub(20), at + 3 + 20);
    let window = crate::body_text(&file.as_bytes()[start as usize..end as usize]);
    assert!(window.contains("目标词"), "{window}");
    assert!(
        window.len() < body.len() / 2,
        "a window, not the whole text"
    );
    assert_eq!(
        doc.window(0, 1),
        (doc.offset, doc.offset + u64::from(doc.marks[0]))
    );
    let unplaced = &seg.docs[0];
    assert_eq!(unplaced.window(0, 80), (0, 0), "no place, no snippet");
}
