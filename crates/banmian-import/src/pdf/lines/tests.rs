use super::*;
use crate::pdf::fixture::{page_px, pt, set, two_columns};

fn texts(page: &Page, block: &Block) -> Vec<String> {
    block
        .lines
        .iter()
        .map(|&l| page.lines[l].text.clone())
        .collect()
}

#[test]
fn a_row_across_two_columns_is_two_lines() {
    let (info, chars) = two_columns();
    let page = read(info, &chars);
    // At y = 210 px: the first line of column 1 (indented) and the second of column 2.
    let row: Vec<&Line> = page
        .lines
        .iter()
        .filter(|l| (l.rect[1] - pt(210.0)).abs() < 0.01)
        .collect();
    let row: Vec<&str> = row.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        row,
        [
            "科技创新是发展新质生产力的核",
            "心技术是要不来、买不来、讨不来的"
        ]
    );
    assert!((page.body - pt(20.0)).abs() < 0.01);
}

#[test]
fn blocks_come_in_reading_order() {
    let (info, chars) = two_columns();
    let page = read(info, &chars);
    let firsts: Vec<(String, usize)> = page
        .blocks
        .iter()
        .map(|b| (page.lines[b.lines[0]].text.clone(), b.lines.len()))
        .collect();
    let firsts: Vec<(&str, usize)> = firsts.iter().map(|(t, n)| (t.as_str(), *n)).collect();
    assert_eq!(
        firsts,
        [
            ("筑牢防火防线共护绿色清明", 1),
            ("科技创新实现新突破", 1),
            // The byline's half-em space is read as a word space.
            ("新华社记者 胡喆", 10),
            ("习近平总书记反复强调，关键核", 5),
            ("旱作赋新智", 1),
            ("玻璃器皿是祁县最具特色的传统", 3),
        ]
    );
    assert_eq!(
        texts(&page, &page.blocks[3])[4],
        "的执着坚守。",
        "column 2's last line of story A"
    );
}

#[test]
fn a_headline_over_two_columns_comes_before_both_and_a_spanning_one_splits_the_bands() {
    // Two stories side by side (columns 1 and 2), then a headline over both, then the
    // second band's two columns: the first band's columns come first, left to right.
    let mut chars = set("甲文第一行甲文第一行", 0.0, 0.0, 20.0);
    chars.extend(set("甲文第二行甲文第二行", 0.0, 30.0, 20.0));
    chars.extend(set("乙文第一行乙文第一行", 240.0, 0.0, 20.0));
    chars.extend(set("乙文第二行乙文第二行", 240.0, 30.0, 20.0));
    chars.extend(set("通栏大标题", 100.0, 80.0, 50.0));
    chars.extend(set("丙文第一行丙文第一行", 0.0, 160.0, 20.0));
    chars.extend(set("丁文第一行丁文第一行", 240.0, 160.0, 20.0));
    let page = read(page_px(500.0, 300.0), &chars);
    let order: Vec<String> = page
        .blocks
        .iter()
        .map(|b| page.lines[b.lines[0]].text.clone())
        .collect();
    assert_eq!(
        order,
        [
            "甲文第一行甲文第一行",
            "乙文第一行乙文第一行",
            "通栏大标题",
            "丙文第一行丙文第一行",
            "丁文第一行丁文第一行",
        ]
    );
}

#[test]
fn a_glyph_drawn_twice_is_read_once_and_slug_marks_are_left_out() {
    let mut chars = set("加粗标题", 0.0, 0.0, 20.0);
    chars.extend(set("加粗标题", 0.5, 0.0, 20.0));
    // Outside the page: a printer's mark in the slug.
    chars.extend(set("青色", 0.0, 400.0, 20.0));
    let page = read(page_px(200.0, 100.0), &chars);
    let texts: Vec<&str> = page.lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(texts, ["加粗标题"]);
}

#[test]
fn latin_words_get_their_spaces() {
    let chars = set("Hello world 2026", 0.0, 0.0, 20.0);
    let page = read(page_px(400.0, 100.0), &chars);
    assert_eq!(page.lines[0].text, "Hello world 2026");
}

#[test]
fn the_text_layer_is_judged_by_its_glyphs() {
    assert_eq!(text_layer(&[]), TextLayer::NoGlyphs);
    let mut chars = set("版面文字", 0.0, 0.0, 20.0);
    assert_eq!(text_layer(&chars), TextLayer::Usable);
    for c in &mut chars {
        c.text = None;
    }
    assert_eq!(
        text_layer(&chars),
        TextLayer::NoUnicode {
            glyphs: 4,
            readable: 0
        }
    );
    let private: Vec<Char> = set("ab", 0.0, 0.0, 20.0)
        .into_iter()
        .map(|mut c| {
            c.text = Some("\u{e001}".into());
            c
        })
        .collect();
    assert!(matches!(text_layer(&private), TextLayer::NoUnicode { .. }));
}
