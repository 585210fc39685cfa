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
