//! Import never panics, whatever the bytes.

use banmian_import::{import, Encoding, Options, Source};
use proptest::prelude::*;

fn run(pages: Vec<Vec<u8>>, encoding: Encoding) {
    let sources: Vec<Source> = pages
        .into_iter()
        .enumerate()
        .map(|(i, bytes)| Source {
            name: format!("page-{}.txt", i + 1),
            bytes,
        })
        .collect();
    let report = import(
        &sources,
        &Options {
            encoding,
            ..Options::default()
        },
    );
    // Whatever came in, an issue that is returned without errors validates.
    if let (Some(issue), false) = (&report.issue, report.has_errors()) {
        assert!(banmian_model::validate(issue)
            .iter()
            .all(|p| p.severity != banmian_model::Severity::Error));
    }
}

/// Lines made of the pieces real exports are made of, so the parser's paths are reached.
fn export_line() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("（下转第4版）".to_owned()),
        Just("(上接第一版）".to_owned()),
        Just("转第A4版".to_owned()),
        Just("本报讯（记者刘冬冬）".to_owned()),
        Just("新华社记者 胡喆".to_owned()),
        Just("——副题".to_owned()),
        Just("2026年4月".to_owned()),
        Just("第12966期".to_owned()),
        Just("今日4版".to_owned()),
        Just("第2版 综合".to_owned()),
        Just("（原载《山西日报》3月31日1版）".to_owned()),
        Just("。".to_owned()),
        Just("，".to_owned()),
        Just("\u{3000}".to_owned()),
        Just("\r".to_owned()),
        "[一-龥]{1,12}",
        "[ -~]{0,10}",
        "\\PC{0,8}",
    ];
    prop::collection::vec(piece, 0..6).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(pages in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..400), 1..3)) {
        run(pages.clone(), Encoding::Auto);
        run(pages, Encoding::Gbk);
    }

    #[test]
    fn export_like_text(pages in prop::collection::vec(prop::collection::vec(export_line(), 0..40), 1..4)) {
        run(pages.into_iter().map(|lines| lines.join("\n").into_bytes()).collect(), Encoding::Auto);
    }
}
