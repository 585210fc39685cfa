use super::*;

fn show(pieces: &[(String, bool)]) -> String {
    pieces
        .iter()
        .map(|(t, m)| if *m { format!("[{t}]") } else { t.clone() })
        .collect()
}

#[test]
fn marks_follow_the_tokenizer() {
    assert_eq!(
        show(&marked("树立和践行正确政绩观，政绩观", "绩观")),
        "树立和践行正确政[绩观]，政[绩观]"
    );
    assert_eq!(
        show(&marked("C919大飞机商业运营", "ｃ９１９大")),
        "[C919大]飞机商业运营"
    );
    assert_eq!(show(&marked("坚守，C919", "坚守C919")), "[坚守，C919]");
    assert_eq!(show(&marked("没有", "窑")), "没有");
    assert_eq!(show(&marked("", "窑")), "");
}

#[test]
fn snippets_cut_around_the_first_match() {
    let text = "一二三四五六七八九十原始创新甲乙丙丁戊己庚辛壬癸";
    assert_eq!(
        show(&snippet(text, "原始创新", 3).unwrap()),
        "…八九十[原始创新]甲乙丙…"
    );
    assert_eq!(show(&snippet("原始创新", "原始", 5).unwrap()), "[原始]创新");
    assert!(snippet(text, "窑", 3).is_none());
}

fn line(text: &str, rect: [f64; 4]) -> TextLine {
    TextLine {
        text: text.into(),
        rect,
    }
}

#[test]
fn hits_are_marked_on_the_lines_they_stand_in() {
    // Two printed lines of ten-pixel characters; a match across the line break covers the
    // last two characters of the first and the first two of the second.
    let lines = [
        line("政者，正也。干事", [100.0, 0.0, 80.0, 10.0]),
        line("创业一定要", [100.0, 12.0, 50.0, 10.0]),
    ];
    assert_eq!(
        line_hits(&lines, "干事创业"),
        vec![[160.0, 0.0, 20.0, 10.0], [100.0, 12.0, 20.0, 10.0]]
    );
    assert_eq!(line_hits(&lines, "一定"), vec![[120.0, 12.0, 20.0, 10.0]]);
    assert!(line_hits(&lines, "窑").is_empty());
    assert!(line_hits(&[], "政").is_empty());
}

#[test]
fn a_word_hyphenated_at_a_line_end_is_found_whole() {
    // "Mi-" | "litärmännern in": the hyphen joins the halves (the 3-character "Mi-" line
    // holds "Mi", 2 of its 3 characters; the next line's first 12 of its 15).
    let lines = [
        line("großen Mi-", [0.0, 0.0, 100.0, 10.0]),
        line("litärmännern in", [0.0, 20.0, 150.0, 10.0]),
    ];
    let hits = line_hits(&lines, "Militärmännern");
    assert_eq!(
        hits,
        vec![[70.0, 0.0, 20.0, 10.0], [0.0, 20.0, 120.0, 10.0]]
    );
    // Without a hyphen, two lines are two words.
    let apart = [
        line("Mi", [0.0, 0.0, 20.0, 10.0]),
        line("litär", [0.0, 20.0, 50.0, 10.0]),
    ];
    assert!(line_hits(&apart, "Militär").is_empty());
}
