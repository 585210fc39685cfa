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
