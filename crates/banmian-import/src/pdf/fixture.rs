//! Synthetic pages for the tests: glyphs placed as a layout system sets them, designed in
//! the page image's pixels (so the zones expected can be worked out by hand) and given in
//! points, as `banmian_pdf` gives them.

use banmian_model::{Article, Block, Jump, Kind};
use banmian_pdf::{Char, PageInfo, PX_PER_PT};

/// Points from pixels.
pub(crate) fn pt(px: f64) -> f64 {
    px / PX_PER_PT
}

/// A page `w` × `h` pixels.
pub(crate) fn page_px(w: f64, h: f64) -> PageInfo {
    PageInfo {
        width: pt(w),
        height: pt(h),
    }
}

/// The glyphs of `text` set from `(x, y)` (top-left, pixels) in a type `em` pixels high:
/// a CJK character an em wide, an ASCII one half; a space leaves its room and no glyph.
pub(crate) fn set(text: &str, x: f64, y: f64, em: f64) -> Vec<Char> {
    let mut out = Vec::new();
    let mut x = x;
    for c in text.chars() {
        let w = if c.is_ascii() { em / 2.0 } else { em };
        if c != ' ' {
            out.push(Char {
                text: Some(c.to_string()),
                rect: [pt(x), pt(y), pt(x + w), pt(y + em)],
                size: pt(em),
            });
        }
        x += w;
    }
    out
}

/// A column: left edge, first line's top, how many lines it holds.
pub(crate) struct Column {
    pub x: f64,
    pub y: f64,
    pub lines: usize,
}

/// Paragraphs flowed into columns `chars` ems wide, lines `pitch` pixels apart, the
/// first line of each paragraph indented two ems. Returns the glyphs and, for each
/// column, how many lines it got.
pub(crate) fn flow(
    paragraphs: &[&str],
    columns: &[Column],
    em: f64,
    chars: usize,
    pitch: f64,
) -> (Vec<Char>, Vec<usize>) {
    let mut out = Vec::new();
    let mut used = vec![0; columns.len()];
    let mut col = 0;
    for p in paragraphs {
        let mut rest: Vec<char> = p.chars().collect();
        let mut first = true;
        while !rest.is_empty() && col < columns.len() {
            if used[col] == columns[col].lines {
                col += 1;
                continue;
            }
            let indent = if first { 2 } else { 0 };
            let n = (chars - indent).min(rest.len());
            let text: String = rest.drain(..n).collect();
            let c = &columns[col];
            let y = c.y + pitch * used[col] as f64;
            out.extend(set(&text, c.x + indent as f64 * em, y, em));
            used[col] += 1;
            first = false;
        }
    }
    (out, used)
}

pub(crate) const A_BODY: [&str; 3] = [
    "科技创新是发展新质生产力的核心要素，加强原始创新和关键核心技术攻关，是抢占科技制高点、实现高水平科技自立自强的根本所在。",
    "这一重要论述，立足“十五五”开局之年的战略方位，紧扣新一轮科技革命和产业变革时代脉搏，为我们以科技创新引领高质量发展提供了根本遵循。",
    "习近平总书记反复强调，关键核心技术是要不来、买不来、讨不来的。党的十八大以来，我国科技创新事业的每一步跨越都离不开对原始创新的执着坚守。",
];
pub(crate) const B_BODY: &str =
    "玻璃器皿是祁县最具特色的传统产业，产品远销世界各地，此次研讨会紧扣内外贸一体化发展。";

/// A page 760 × 1000 px in two columns (x 40–360 and 400–720, body type 20 px, lines
/// 30 px apart):
///
/// - a banner, 50 px type, x 80–680, y 20–70;
/// - story A: its headline (40 px type) over both columns, x 200–560, y 110–150; its
///   byline and 9 lines in column 1 (y 180–470), 5 lines in column 2 (y 180–320): it
///   turns the corner of column 2;
/// - story B under it in column 2: headline (30 px type) x 485–635, y 350–380, 3 lines
///   (y 410–490).
pub(crate) fn two_columns() -> (PageInfo, Vec<Char>) {
    let mut chars = set("筑牢防火防线共护绿色清明", 80.0, 20.0, 50.0);
    chars.extend(set("科技创新实现新突破", 200.0, 110.0, 40.0));
    chars.extend(set("新华社记者 胡喆", 40.0, 180.0, 20.0));
    let columns = [
        Column {
            x: 40.0,
            y: 210.0,
            lines: 9,
        },
        Column {
            x: 400.0,
            y: 180.0,
            lines: 5,
        },
    ];
    let (body, used) = flow(&A_BODY, &columns, 20.0, 16, 30.0);
    assert_eq!(used, [9, 5]);
    chars.extend(body);
    chars.extend(set("旱作赋新智", 485.0, 350.0, 30.0));
    let column = [Column {
        x: 400.0,
        y: 410.0,
        lines: 3,
    }];
    let (body, used) = flow(&[B_BODY], &column, 20.0, 16, 30.0);
    assert_eq!(used, [3]);
    chars.extend(body);
    (page_px(760.0, 1000.0), chars)
}

/// The articles of [`two_columns`] as the text importer gives them, and one (1-4) that
/// the page does not print.
pub(crate) fn two_columns_articles() -> Vec<Article> {
    let mut banner = Article::new("1-1", "筑牢防火防线 共护绿色清明");
    banner.kind = Kind::Banner;
    let mut a = Article::new("1-2", "科技创新实现新突破");
    a.byline = Some("新华社记者 胡喆".into());
    a.blocks = A_BODY
        .iter()
        .map(|t| Block::Paragraph { text: (*t).into() })
        .collect();
    let mut b = Article::new("1-3", "旱作赋新智");
    b.blocks = vec![Block::Paragraph {
        text: B_BODY.into(),
    }];
    let mut c = Article::new("1-4", "晋中与新疆开启农业协作");
    c.blocks = vec![Block::Paragraph {
        text: "太行巍巍，汾水汤汤；天山雄峙，瀚海无垠。".into(),
    }];
    c.continues_to = Some(Jump {
        page: 4,
        article: None,
        label: Some("（下转第4版）".into()),
    });
    vec![banner, a, b, c]
}
