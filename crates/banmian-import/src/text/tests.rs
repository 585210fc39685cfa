use super::*;

#[test]
fn lines_are_cleaned_and_numbered() {
    let text = "\u{feff}  标题\r\n\r\n\u{3000}\u{3000}正文\u{a0}第一段。 \r\n\t\n本报记者\u{3000}王文安  通讯员 吕梁";
    let got = lines(text);
    assert_eq!(
        got,
        vec![
            Line {
                no: 1,
                gap: 0,
                indent: true,
                text: "标题".into()
            },
            Line {
                no: 3,
                gap: 1,
                indent: true,
                text: "正文 第一段。".into()
            },
            Line {
                no: 5,
                gap: 1,
                indent: false,
                text: "本报记者 王文安 通讯员 吕梁".into()
            },
        ]
    );
}

#[test]
fn sentence_ends_and_titles() {
    assert!(ends_sentence("的局面。"));
    assert!(ends_sentence("“这是根基。”"));
    assert!(ends_sentence("万米……"));
    assert!(!ends_sentence("都离不开对原始创"));
    assert!(!ends_sentence("打造“强磁场”"));
    assert!(is_title_like(
        "以“技”为核，推动生产力从“简单移植”向“本土重塑”跃升"
    ));
    assert!(is_title_like("打造“强磁场”"));
    assert!(!is_title_like(
        "国产大模型实现突破，以低成本路径跻身全球前列；"
    ));
    assert!(!is_title_like("他说，"));
    assert!(!is_title_like(&"很长".repeat(30)));
}

#[test]
fn broken_paragraphs_join_without_a_space_in_chinese() {
    let mut s = String::from("离不开对原始创");
    join_broken(&mut s, "新的执着坚守");
    assert_eq!(s, "离不开对原始创新的执着坚守");
    let mut s = String::from("continued the");
    join_broken(&mut s, "story");
    assert_eq!(s, "continued the story");
    let mut s = String::from("news-");
    join_broken(&mut s, "paper");
    assert_eq!(s, "newspaper");
}

#[test]
fn numbers_in_every_script() {
    for (s, n) in [
        ("4", 4),
        ("04", 4),
        ("４", 4),
        ("四", 4),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("二十四", 24),
        ("一百零五", 105),
        ("两", 2),
    ] {
        assert_eq!(parse_number(s), Some(n), "{s}");
    }
    for s in ["", "A4", "四x", "十十x"] {
        assert_eq!(parse_number(s), None, "{s}");
    }
}
