//! Import never panics, whatever the bytes; what it returns without errors validates
//! and keeps every letter and digit of the body text.

use banmian_import::{import, Encoding, Options, Source};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;

/// Imports the pages (with a date, so that most export-like pages import); returns
/// whether the import succeeded. `text`: the pages are UTF-8 text, so the check for
/// lost text can read them as the importer does.
/// The files are named `page-{first_page}.txt` on.
fn run(pages: Vec<Vec<u8>>, encoding: Encoding, text: bool, first_page: usize) -> bool {
    let sources: Vec<Source> = pages
        .into_iter()
        .enumerate()
        .map(|(i, bytes)| Source {
            name: format!("page-{}.txt", i + first_page),
            bytes,
        })
        .collect();
    let report = import(
        &sources,
        &Options {
            encoding,
            date: Some("2026-04-03".into()),
            ..Options::default()
        },
    );
    // Whatever came in, an issue that is returned without errors validates and keeps
    // all its text.
    let Some(issue) = report.issue.as_ref().filter(|_| !report.has_errors()) else {
        return false;
    };
    let problems = banmian_model::validate(issue);
    assert!(
        problems
            .iter()
            .all(|p| p.severity != banmian_model::Severity::Error),
        "{problems:?}"
    );
    if text {
        let lost = crate::kept::lost(&sources, &report);
        let pages: Vec<String> = sources
            .iter()
            .map(|s| String::from_utf8_lossy(&s.bytes).into_owned())
            .collect();
        assert!(lost.is_empty(), "text lost: {lost:?} from {pages:?}");
    }
    true
}

/// Lines made of the pieces real exports are made of, so the parser's paths are reached.
/// `hints`: with the desk's hint lines among the pieces.
fn export_line(hints: bool) -> impl Strategy<Value = String> {
    let hint = if hints { "#story\n" } else { "" };
    let hint2 = if hints { "#subhead\n" } else { "" };
    let hint3 = if hints { "#join\n" } else { "" };
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
        Just("（记者 李强对本文有贡献）".to_owned()),
        Just("责任编辑：王芳".to_owned()),
        Just("记者 张伟 报道 ".to_owned()),
        Just("一、".to_owned()),
        Just(hint.to_owned()),
        Just(hint2.to_owned()),
        Just(hint3.to_owned()),
        Just("要闻\n第2版".to_owned()),
        Just("　　".to_owned()),
        Just("    ".to_owned()),
        Just("\n\n".to_owned()),
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
        run(pages.clone(), Encoding::Auto, false, 1);
        run(pages, Encoding::Gbk, false, 1);
    }

    #[test]
    fn export_like_text(pages in export_pages(true)) {
        run(pages, Encoding::Auto, true, 1);
    }
}

fn export_pages(hints: bool) -> impl Strategy<Value = Vec<Vec<u8>>> {
    prop::collection::vec(prop::collection::vec(export_line(hints), 0..40), 1..4).prop_map(
        |pages| {
            // A headline first, as every real page has, so that most pages import.
            pages
                .into_iter()
                .map(|lines| format!("标题\n{}", lines.join("\n")).into_bytes())
                .collect()
        },
    )
}

/// The property above means little if almost every case fails to import: most of these
/// pages (given a date; without hint lines, which mostly contradict random text; named
/// from page 5 on, so that their markers never name their own page) must import, and
/// so be validated and checked for lost text.
#[test]
fn most_export_like_pages_import() {
    let mut runner = TestRunner::deterministic();
    let strategy = export_pages(false);
    let cases = 300;
    let imported = (0..cases)
        .filter(|_| {
            let pages = strategy.new_tree(&mut runner).unwrap().current();
            run(pages, Encoding::Auto, true, 5)
        })
        .count();
    assert!(imported * 2 > cases, "only {imported} of {cases} imported");
}
