use super::*;
use crate::text::lines;

/// One line an item: `kind | kicker / headline / subheadline | byline`, then its blocks.
fn render(text: &str) -> String {
    let (items, notes) = lay_out(&lines(text));
    let mut out = String::new();
    for d in &items {
        let titles: Vec<&str> = [
            d.kicker.as_deref(),
            Some(d.headline.as_str()),
            d.subheadline.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect();
        out += &format!(
            "{} | {} | {}\n",
            kind_of(d).as_str(),
            titles.join(" / "),
            d.byline.as_deref().unwrap_or("-")
        );
        for b in &d.blocks {
            match b {
                Block::Paragraph { text } => out += &format!("  p {text}\n"),
                Block::Subhead { text } => out += &format!("  s {text}\n"),
                _ => {}
            }
        }
        if let Some(m) = &d.to {
            out += &format!("  -> {}\n", m.label);
        }
        if let Some(m) = &d.from {
            out += &format!("  <- {}\n", m.label);
        }
    }
    for n in notes {
        out += &format!("note {}: {}\n", n.line, n.message);
    }
    out
}

#[track_caller]
fn check(text: &str, expect: &str) {
    assert_eq!(render(text), expect);
}

#[test]
fn column_breaks_rejoin_but_subheads_stay() {
    check(
        "标题\n\n记者 甲\n\n第一段很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长的文字，离不开对原始创\n\n新的坚守。\n\n以“技”为核，推动生产力跃升\n\n短板在加工，潜力\n\n也在加工。\n",
        "article | 标题 | 记者 甲\n  p 第一段很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长的文字，离不开对原始创新的坚守。\n  s 以“技”为核，推动生产力跃升\n  p 短板在加工，潜力也在加工。\n",
    );
}

#[test]
fn title_groups() {
    check(
        "口号一行 横幅\n\n引题短\n\n主标题稍长一些\n\n本报评论员\n\n正文。\n",
        "banner | 口号一行 横幅 | -\ncommentary | 引题短 / 主标题稍长一些 | 本报评论员\n  p 正文。\n",
    );
    check(
        "主标题比较长的一行字\n\n副题短一些\n\n本报讯（记者 乙）正文。\n",
        "article | 主标题比较长的一行字 / 副题短一些 | 记者 乙\n  p 本报讯（记者 乙）正文。\n",
    );
    check(
        "横幅标语\n\n主标题\n\n——副题\n\n本报记者 丙\n\n正文。\n",
        "banner | 横幅标语 | -\narticle | 主标题 / 副题 | 本报记者 丙\n  p 正文。\n",
    );
}

#[test]
fn a_story_ends_at_its_jump_and_the_next_begins() {
    check(
        "甲标题\n\n本报讯（记者 甲）正文。（下转第4版）\n\n乙标题\n\n正文乙。\n",
        "article | 甲标题 | 记者 甲\n  p 本报讯（记者 甲）正文。\n  -> （下转第4版）\narticle | 乙标题 | -\n  p 正文乙。\n",
    );
}

#[test]
fn continued_parts() {
    check(
        "（上接第1版）\n\n正文续。\n\n标题\n（上接第2版）正文二。\n",
        "article |  | -\n  p 正文续。\n  <- （上接第1版）\narticle | 标题 | -\n  p 正文二。\n  <- （上接第2版）\n",
    );
    check(
        "（上接第1版）以“技”为核，推动生产力跃升\n\n正文。\n",
        "article |  | -\n  s 以“技”为核，推动生产力跃升\n  p 正文。\n  <- （上接第1版）\n",
    );
}

#[test]
fn text_before_any_headline_is_an_error_not_lost() {
    check("这一段没有标题。\n", "article |  | -\n  p 这一段没有标题。\nnote 1: body text with no headline before it (is a headline or an 上接 marker missing?)\n");
    check("正文。\n\n（上接第1版）\n", "article |  | -\n  p 正文。\nnote 1: body text with no headline before it (is a headline or an 上接 marker missing?)\nnote 3: （上接第1版） stands at the end of the page with no story after it; ignored\n");
}

#[test]
fn lines_at_the_end_of_a_page_are_banners() {
    check(
        "标题\n\n正文。\n\n图片说明一\n\n图片说明二\n",
        "article | 标题 | -\n  p 正文。\nbanner | 图片说明一 | -\nbanner | 图片说明二 | -\n",
    );
}

/// A paragraph of `n` characters: long enough that only a paragraph can be this long.
fn para(word: &str, n: usize) -> String {
    let mut s: String = word.chars().cycle().take(n - 1).collect();
    s.push('。');
    s
}

#[test]
fn flush_headlines_among_indented_paragraphs_start_stories() {
    let (a, b, c) = (
        para("一段文字", 60),
        para("二段文字", 50),
        para("三段文字", 45),
    );
    let text = format!(
        "第一条新闻标题\n　　{a}\n　　分类施策\n　　{b}\n第二条新闻标题\n本报记者 张伟\n　　{c}\n第三条新闻标题\n    {a}\n"
    );
    check(
        &text,
        &format!("article | 第一条新闻标题 | -\n  p {a}\n  s 分类施策\n  p {b}\narticle | 第二条新闻标题 | 本报记者 张伟\n  p {c}\narticle | 第三条新闻标题 | -\n  p {a}\n"),
    );
}

#[test]
fn blank_lines_only_between_stories() {
    let (a, b) = (para("一段文字", 60), para("二段文字", 50));
    let text = format!("甲新闻标题\n{a}\n{b}\n\n乙新闻标题\n{b}\n{a}\n\n丙新闻标题\n{a}\n");
    check(
        &text,
        &format!("article | 甲新闻标题 | -\n  p {a}\n  p {b}\narticle | 乙新闻标题 | -\n  p {b}\n  p {a}\narticle | 丙新闻标题 | -\n  p {a}\n"),
    );
}

#[test]
fn a_continued_part_with_its_headline_below_the_marker() {
    let (a, b) = (para("乙的正文", 45), para("甲的续文", 45));
    check(
        &format!("乙标题\n\n{a}\n\n（上接第1版）\n\n甲标题\n\n{b}\n"),
        &format!(
            "article | 乙标题 | -\n  p {a}\narticle | 甲标题 | -\n  p {b}\n  <- （上接第1版）\n"
        ),
    );
    // No headline at all, near the end of the page: still a part of its own.
    check(
        &format!("乙标题\n\n{a}\n\n（上接第1版）\n\n{b}\n"),
        &format!("article | 乙标题 | -\n  p {a}\narticle |  | -\n  p {b}\n  <- （上接第1版）\n"),
    );
}

#[test]
fn bylines_printed_above_headlines() {
    let (a, b) = (para("甲的正文", 45), para("乙的正文", 45));
    check(
        &format!("本报记者 张伟\n甲新闻标题\n\n{a}\n\n\n记者 王芳\n乙新闻标题\n\n{b}\n"),
        &format!("article | 甲新闻标题 | 本报记者 张伟\n  p {a}\narticle | 乙新闻标题 | 记者 王芳\n  p {b}\n"),
    );
}

#[test]
fn a_reporter_glued_to_the_lede() {
    check(
        "甲新闻标题\n\n记者 张伟 报道 今年以来，全市新开工项目三十个。\n",
        "article | 甲新闻标题 | 记者 张伟\n  p 记者 张伟 报道 今年以来，全市新开工项目三十个。\n",
    );
}

#[test]
fn a_subhead_glued_to_the_end_of_a_paragraph() {
    let (a, b) = (para("第一段文字", 50), para("第二段文字", 50));
    check(
        &format!("新闻标题\n　　{a}\n　　{b}下一步工作重点\n　　{a}\n"),
        &format!("article | 新闻标题 | -\n  p {a}\n  p {b}\n  s 下一步工作重点\n  p {a}\n"),
    );
    // Without indents the tail could be the start of a sentence a column break split.
    check(
        &format!("新闻标题\n\n{a}\n\n{b}下一步工作\n\n重点在于落实。\n"),
        &format!("article | 新闻标题 | -\n  p {a}\n  p {b}下一步工作重点在于落实。\n"),
    );
}

#[test]
fn end_notes_end_a_story_and_stay_in_it() {
    let a = para("正文", 45);
    check(
        &format!("甲标题\n\n{a}\n\n（新华社记者 李强对本文有贡献）\n\n乙标题\n\n{a}\n\n责任编辑：王芳\n\n丙标题\n\n{a}\n"),
        &format!("article | 甲标题 | -\n  p {a}\n  p （新华社记者 李强对本文有贡献）\narticle | 乙标题 | -\n  p {a}\n  p 责任编辑：王芳\narticle | 丙标题 | -\n  p {a}\n"),
    );
}

#[test]
fn numbered_and_comma_lines_stay_subheads() {
    let a = para("正文", 45);
    check(
        &format!("标题\n\n{a}\n\n一、加快推进项目建设\n\n{a}\n\n推进改革，激发活力\n\n{a}\n"),
        &format!("article | 标题 | -\n  p {a}\n  s 一、加快推进项目建设\n  p {a}\n  s 推进改革，激发活力\n  p {a}\n"),
    );
}

#[test]
fn hints_settle_what_the_text_cannot() {
    let a = para("正文", 45);
    // Without hints: a short line between paragraphs is a subhead.
    check(
        &format!("甲标题\n\n{a}\n\n乙标题\n\n{a}\n"),
        &format!("article | 甲标题 | -\n  p {a}\n  s 乙标题\n  p {a}\n"),
    );
    check(
        &format!("甲标题\n\n{a}\n\n#story\n乙标题\n\n{a}\n"),
        &format!("article | 甲标题 | -\n  p {a}\narticle | 乙标题 | -\n  p {a}\n"),
    );
    check(
        &format!("甲标题\n\n\n{a}\n\n\n#subhead\n乙小题\n\n\n{a}\n"),
        &format!("article | 甲标题 | -\n  p {a}\n  s 乙小题\n  p {a}\n"),
    );
    check(
        &format!("甲标题\n\n{a}\n\n#join\n一段被拆开的\n\n文字。\n"),
        &format!("article | 甲标题 | -\n  p {a}一段被拆开的文字。\n"),
    );
}

#[test]
fn hints_that_contradict_the_text_are_errors() {
    let a = para("正文", 45);
    check(
        &format!("甲标题\n#story\n{a}\n"),
        &format!("article | 甲标题 | -\n  p {a}\nnote 3: #story on line 2 says line 3 starts a story, but it is not a headline (too long, or a sentence)\n"),
    );
    check(
        &format!("#subhead\n{a}\n"),
        &format!("article |  | -\n  p {a}\nnote 2: #subhead on line 1 says line 2 is a subhead, but it is not one (too long, a sentence, a byline or a marker)\nnote 2: body text with no headline before it (is a headline or an 上接 marker missing?)\n"),
    );
    check(
        "甲标题\n#join\n乙\n",
        "article | 甲标题 | -\n  p 乙\nnote 3: #join on line 2 says line 3 continues a paragraph, but no paragraph stands before it\n",
    );
    check(
        "甲标题\n\n正文。\n#storey\n#story\n",
        "article | 甲标题 | -\n  p 正文。\nnote 4: unknown hint \"#storey\": the hints are #story, #subhead and #join\nnote 5: #story must stand right above the line it is about\n",
    );
}
