use super::*;
use crate::pdf::fixture::two_columns;
use crate::pdf::lines::read;
use crate::{import, Options, Source};
use banmian_model::{Block as ModelBlock, Kind as ModelKind};

#[test]
fn a_page_is_written_as_an_export() {
    let (info, chars) = two_columns();
    let text = export(&read(info, &chars)).unwrap();
    assert_eq!(
        text,
        "筑牢防火防线共护绿色清明\n\
         \n\
         \n\
         科技创新实现新突破\n\
         \n\
         新华社记者 胡喆\n\
         \n\
         科技创新是发展新质生产力的核心要素，加强原始创新和关键核心技术攻关，是抢占科技制高点、实现高水平科技自立自强的根本所在。\n\
         \n\
         这一重要论述，立足“十五五”开局之年的战略方位，紧扣新一轮科技革命和产业变革时代脉搏，为我们以科技创新引领高质量发展提供了根本遵循。\n\
         \n\
         习近平总书记反复强调，关键核心技术是要不来、买不来、讨不来的。党的十八大以来，我国科技创新事业的每一步跨越都离不开对原始创新的执着坚守。\n\
         \n\
         \n\
         旱作赋新智\n\
         \n\
         玻璃器皿是祁县最具特色的传统产业，产品远销世界各地，此次研讨会紧扣内外贸一体化发展。\n"
    );
}

#[test]
fn the_export_reads_back_as_the_stories() {
    let (info, chars) = two_columns();
    let text = export(&read(info, &chars)).unwrap();
    let report = import(
        &[Source {
            name: "page-1.txt".into(),
            bytes: text.into_bytes(),
        }],
        &Options {
            date: Some("2026-04-03".into()),
            ..Options::default()
        },
    );
    let issue = report.issue.unwrap();
    let articles = &issue.pages[0].articles;
    let heads: Vec<(&str, &ModelKind)> = articles
        .iter()
        .map(|a| (a.headline.as_str(), &a.kind))
        .collect();
    assert_eq!(
        heads,
        [
            ("筑牢防火防线共护绿色清明", &ModelKind::Article),
            ("科技创新实现新突破", &ModelKind::Article),
            ("旱作赋新智", &ModelKind::Article),
        ],
        "{:#?}",
        report.diagnostics
    );
    let a = &articles[1];
    assert_eq!(a.byline.as_deref(), Some("新华社记者 胡喆"));
    assert_eq!(a.blocks.len(), 3);
    assert!(matches!(&a.blocks[1], ModelBlock::Paragraph { text } if text.ends_with("根本遵循。")));
}

#[test]
fn a_headline_cut_at_its_word_space_is_one_line_again() {
    use crate::pdf::fixture::{page_px, set};
    let mut chars = set("春风十里", 0.0, 0.0, 40.0);
    chars.extend(set("不如你", 200.0, 0.0, 40.0));
    chars.extend(set("本报记者 张三", 0.0, 60.0, 20.0));
    chars.extend(set("十里春风吹绿了田野，农民们", 0.0, 90.0, 20.0));
    chars.extend(set("忙着播种。", 0.0, 120.0, 20.0));
    let text = export(&read(page_px(400.0, 200.0), &chars)).unwrap();
    assert_eq!(
        text,
        "春风十里 不如你\n\n本报记者 张三\n\n十里春风吹绿了田野，农民们忙着播种。\n"
    );
}
