use super::*;
use crate::pdf::fixture::{page_px, set, two_columns, two_columns_articles};
use crate::pdf::lines::read;

fn zones_of(articles: &[Article], id: &str) -> Vec<Vec<[f64; 2]>> {
    articles
        .iter()
        .find(|a| a.id == id)
        .map(|a| a.zones.clone())
        .unwrap_or_default()
}

#[test]
fn an_l_shaped_story_a_banner_and_a_story_under_it() {
    let (info, chars) = two_columns();
    let mut articles = two_columns_articles();
    let diags = crate::pdf::place(info, &chars, &mut articles);
    // The banner, widened to the columns (x 40–720).
    assert_eq!(
        zones_of(&articles, "1-1"),
        [vec![
            [40.0, 20.0],
            [720.0, 20.0],
            [720.0, 70.0],
            [40.0, 70.0]
        ]]
    );
    // Story A: its headline over both columns, all of column 1, the top of column 2:
    // the gutter under the headline and between the columns is filled, and the story
    // turns the corner where column 2 leaves it.
    assert_eq!(
        zones_of(&articles, "1-2"),
        [vec![
            [40.0, 110.0],
            [720.0, 110.0],
            [720.0, 320.0],
            [360.0, 320.0],
            [360.0, 470.0],
            [40.0, 470.0]
        ]]
    );
    // Story B: its headline (widened to column 2) and its lines under it.
    assert_eq!(
        zones_of(&articles, "1-3"),
        [vec![
            [400.0, 350.0],
            [720.0, 350.0],
            [720.0, 490.0],
            [400.0, 490.0]
        ]]
    );
    // 1-4 is not on the page: no zone, one warning naming it.
    assert!(zones_of(&articles, "1-4").is_empty());
    let messages: Vec<&str> = diags.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        messages,
        ["1-4: none of its text is on the page (\"晋中与新疆开启农业协作\"); no zone"]
    );
    assert!(diags.iter().all(|d| d.severity == Severity::Warning));
}

#[test]
fn each_article_gets_its_printed_lines_in_reading_order() {
    let (info, chars) = two_columns();
    let mut articles = two_columns_articles();
    crate::pdf::place(info, &chars, &mut articles);
    let a = &articles[1];
    // Headline, byline, 9 lines in column 1, 5 in column 2.
    assert_eq!(a.lines.len(), 16);
    assert_eq!(a.lines[0].text, "科技创新实现新突破");
    assert_eq!(a.lines[0].rect, [200.0, 110.0, 360.0, 40.0]);
    assert_eq!(a.lines[1].text, "新华社记者 胡喆");
    assert_eq!(a.lines[15].text, "的执着坚守。");
    assert_eq!(a.lines[15].rect, [400.0, 300.0, 120.0, 20.0]);
    assert_eq!(articles[2].lines.len(), 4);
    assert!(articles[3].lines.is_empty());
}

#[test]
fn a_page_without_usable_text_places_nothing() {
    let (info, mut chars) = two_columns();
    for c in &mut chars {
        c.text = None;
    }
    let mut articles = two_columns_articles();
    let diags = crate::pdf::place(info, &chars, &mut articles);
    assert!(articles
        .iter()
        .all(|a| a.zones.is_empty() && a.lines.is_empty()));
    assert_eq!(diags.len(), 1);
    assert!(
        diags[0].message.contains("text layer is unusable")
            && diags[0].message.contains("4 articles"),
        "{}",
        diags[0].message
    );
    let diags = crate::pdf::place(info, &[], &mut articles);
    assert!(
        diags[0].message.contains("no text layer"),
        "{}",
        diags[0].message
    );
}

#[test]
fn a_big_line_goes_to_the_headline_before_a_body_that_holds_it() {
    // Story 1's body quotes story 2's headline; the line in headline type is story 2's.
    let mut chars = set("春耕备耕正当时", 0.0, 0.0, 40.0);
    chars.extend(set("各地抓住农时积极开展春耕", 0.0, 60.0, 20.0));
    chars.extend(set("本报评论：春耕备耕正当时", 0.0, 200.0, 20.0));
    let page = read(page_px(400.0, 300.0), &chars);
    let mut one = Article::new("1-1", "评论");
    one.blocks = vec![Block::Paragraph {
        text: "本报评论：春耕备耕正当时".into(),
    }];
    let mut two = Article::new("1-2", "春耕备耕正当时");
    two.blocks = vec![Block::Paragraph {
        text: "各地抓住农时积极开展春耕".into(),
    }];
    let mut articles = vec![one, two];
    place(page_px(400.0, 300.0), &page, &mut articles);
    let lines = |a: &Article| a.lines.iter().map(|l| l.text.clone()).collect::<Vec<_>>();
    assert_eq!(
        lines(&articles[1]),
        ["春耕备耕正当时", "各地抓住农时积极开展春耕"]
    );
    assert_eq!(lines(&articles[0]), ["本报评论：春耕备耕正当时"]);
}

#[test]
fn a_short_line_two_articles_hold_goes_with_the_line_above_it() {
    // `发展。` ends a paragraph in both stories; each page line goes with its block.
    let mut chars = set("第一篇文章讲述农业高质量", 0.0, 0.0, 20.0);
    chars.extend(set("发展。", 0.0, 30.0, 20.0));
    chars.extend(set("第二篇文章讲述工业高质量", 300.0, 0.0, 20.0));
    chars.extend(set("发展。", 300.0, 30.0, 20.0));
    let info = page_px(600.0, 100.0);
    let page = read(info, &chars);
    let mut one = Article::new("1-1", "");
    one.blocks = vec![Block::Paragraph {
        text: "第一篇文章讲述农业高质量发展。".into(),
    }];
    let mut two = Article::new("1-2", "");
    two.blocks = vec![Block::Paragraph {
        text: "第二篇文章讲述工业高质量发展。".into(),
    }];
    let mut articles = vec![one, two];
    let diags = place(info, &page, &mut articles);
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(articles[0].lines.len(), 2);
    assert_eq!(articles[1].lines.len(), 2);
    assert_eq!(
        articles[1].zones,
        [vec![
            [300.0, 0.0],
            [540.0, 0.0],
            [540.0, 50.0],
            [300.0, 50.0]
        ]]
    );
}

#[test]
fn a_short_line_only_one_body_holds_needs_a_neighbour_of_it() {
    // `综合` (a running header's page name) is in the story's body, far from it.
    let mut chars = set("综合", 0.0, 0.0, 20.0);
    chars.extend(set("这是一篇综合新闻的正文内容", 0.0, 300.0, 20.0));
    let info = page_px(400.0, 400.0);
    let page = read(info, &chars);
    let mut a = Article::new("2-1", "");
    a.blocks = vec![Block::Paragraph {
        text: "这是一篇综合新闻的正文内容".into(),
    }];
    let mut articles = vec![a];
    place(info, &page, &mut articles);
    let texts: Vec<&str> = articles[0].lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(texts, ["这是一篇综合新闻的正文内容"]);
}

#[test]
fn a_line_printed_a_little_differently_is_found_by_its_trigrams() {
    // The page's text layer has one character the export does not (a typo fixed late).
    let chars = set("科技创新是发展新质生产力的核心要素", 0.0, 0.0, 20.0);
    let info = page_px(400.0, 100.0);
    let page = read(info, &chars);
    let mut a = Article::new("1-1", "");
    a.blocks = vec![Block::Paragraph {
        text: "科技创新是发展新型生产力的核心要素".into(),
    }];
    let mut articles = vec![a];
    place(info, &page, &mut articles);
    assert_eq!(articles[0].lines.len(), 1);
}

#[test]
fn normalized_text_is_letters_and_digits() {
    assert_eq!(normalize("（下转第４版）"), "下转第4版");
    assert_eq!(normalize("“十五五” 开局 ABC"), "十五五开局abc");
}

#[test]
fn a_headline_set_vertically_is_matched_as_one_text() {
    // A glyph a line, one under the other (y 0–160), beside the story's six lines
    // (y 0–170): the bottoms, 10 px apart, are evened.
    let mut chars = Vec::new();
    for (k, c) in ["春", "耕", "正", "忙"].iter().enumerate() {
        chars.extend(set(c, 0.0, 40.0 * k as f64, 40.0));
    }
    for k in 0..6 {
        chars.extend(set(
            "各地抓住农时积极开展春耕生产工作",
            60.0,
            30.0 * k as f64,
            20.0,
        ));
    }
    let info = page_px(500.0, 200.0);
    let page = read(info, &chars);
    let mut a = Article::new("1-1", "春耕正忙");
    a.blocks = vec![Block::Paragraph {
        text: "各地抓住农时积极开展春耕生产工作".repeat(6),
    }];
    let mut articles = vec![a];
    place(info, &page, &mut articles);
    assert_eq!(articles[0].lines.len(), 10);
    assert_eq!(
        articles[0].zones,
        [vec![[0.0, 0.0], [380.0, 0.0], [380.0, 170.0], [0.0, 170.0]]]
    );
}

#[test]
fn a_photo_story_takes_the_empty_space_above_its_caption() {
    // A story's last line at y 0–20; the picture (no text) from y 40; the caption's title
    // and text at y 300–350, x 0–340 (no column is known: no block of three lines).
    let mut chars = set("上一篇文章的最后一行文字在这里结束。", 0.0, 0.0, 20.0);
    chars.extend(set("城南湿地公园迎来踏青客", 0.0, 300.0, 20.0));
    chars.extend(set("游客在城南湿地公园沿木栈道观赏风景", 0.0, 330.0, 20.0));
    let info = page_px(400.0, 400.0);
    let page = read(info, &chars);
    let mut before = Article::new("1-1", "");
    before.blocks = vec![Block::Paragraph {
        text: "上一篇文章的最后一行文字在这里结束。".into(),
    }];
    let mut photo = Article::new("1-2", "城南湿地公园迎来踏青客");
    photo.kind = Kind::Photo;
    photo.byline = Some("本报记者 李明 摄".into());
    photo.blocks = vec![Block::Paragraph {
        text: "游客在城南湿地公园沿木栈道观赏风景".into(),
    }];
    let mut articles = vec![before, photo];
    place(info, &page, &mut articles);
    // From an em under the line above (y 40) to the caption's bottom.
    assert_eq!(
        articles[1].zones,
        [vec![
            [0.0, 40.0],
            [340.0, 40.0],
            [340.0, 350.0],
            [0.0, 350.0]
        ]]
    );
}

mod never_panics {
    use super::*;
    use banmian_pdf::Char;
    use proptest::prelude::*;

    fn glyph() -> impl Strategy<Value = Char> {
        let coord = prop_oneof![
            4 => 0.0..600.0f64,
            1 => Just(f64::NAN),
            1 => Just(1e300f64),
            1 => -1e6..1e6f64,
        ];
        (
            prop::option::weighted(
                0.9,
                prop::sample::select(vec![
                    "春",
                    "耕",
                    "正",
                    "忙",
                    "。",
                    " ",
                    "A",
                    "\u{e001}",
                    "",
                    "（下转第4版）",
                ]),
            ),
            coord.clone(),
            coord,
            0.0..40.0f64,
            prop_oneof![Just(10.0f64), Just(20.0), Just(0.0), Just(-1.0), Just(1e9)],
        )
            .prop_map(|(text, x, y, w, size)| Char {
                text: text.map(str::to_owned),
                rect: [x, y, x + w, y + size.abs().min(50.0)],
                size,
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn placing_and_reading_any_glyphs_never_panics(
            chars in prop::collection::vec(glyph(), 0..120),
            width in prop_oneof![Just(600.0f64), Just(1e12), Just(0.0)],
        ) {
            let info = banmian_pdf::PageInfo { width, height: width };
            let mut a = Article::new("1-1", "春耕正忙");
            a.blocks = vec![Block::Paragraph { text: "春耕正忙。忙春耕。".into() }];
            let mut articles = vec![a, Article::new("1-2", "")];
            let _ = crate::pdf::place(info, &chars, &mut articles);
            let _ = crate::pdf::page_text(info, &chars);
        }
    }
}
