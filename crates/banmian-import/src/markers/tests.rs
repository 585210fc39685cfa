use super::*;

/// `rest | dir page label; ...` for one line.
fn show(line: &str) -> String {
    let (rest, markers) = split_markers(line);
    let mut out = rest;
    for m in markers {
        let dir = match m.dir {
            Direction::To => "to",
            Direction::From => "from",
        };
        out += &format!(" | {dir} {} {}", m.page, m.label);
    }
    out
}

#[track_caller]
fn check(line: &str, expect: &str) {
    assert_eq!(show(line), expect, "{line}");
}

#[test]
fn chinese_forms() {
    check("的局面。（下转第4版）", "的局面。 | to 4 （下转第4版）");
    check("的局面。(下转第2版)", "的局面。 | to 2 (下转第2版)");
    check("的局面。（下转第二版）", "的局面。 | to 2 （下转第二版）");
    check(
        "的局面。(下转第十二版）",
        "的局面。 | to 12 (下转第十二版）",
    );
    check("的局面。转第A4版", "的局面。 | to 4 转第A4版");
    check("（转第A4版）", " | to 4 （转第A4版）");
    check("的局面。下转第４版", "的局面。 | to 4 下转第４版");
    check("（上接第1版）", " | from 1 （上接第1版）");
    check(
        "(上接第一版）近年来，晋中……",
        "近年来，晋中…… | from 1 (上接第一版）",
    );
    check(
        "（上接第1版）以“技”为核，推动生产力跃升",
        "以“技”为核，推动生产力跃升 | from 1 （上接第1版）",
    );
    check("接第1版 今年以来", "今年以来 | from 1 接第1版");
}

#[test]
fn english_forms() {
    check(
        "the deal was signed. Continued on Page 4",
        "the deal was signed. | to 4 Continued on Page 4",
    );
    check(
        "budget cuts. (Continued on Page A4)",
        "budget cuts. | to 4 (Continued on Page A4)",
    );
    check(
        "the armory closed. See ARMORY, Page 6A",
        "the armory closed. | to 6 See ARMORY, Page 6A",
    );
    check("Continued from Page 1A", " | from 1 Continued from Page 1A");
    check(
        "(Continued from page 1) The vote",
        "The vote | from 1 (Continued from page 1)",
    );
}

#[test]
fn text_that_only_looks_like_a_marker_stays() {
    for line in [
        "转型综改促进中心",
        "全省各版面",
        "第4版",
        "他转第4版的稿子",
        "接受采访",
        "中转第四版本的软件",
        "see you on page",
        "（下转第版）",
        "（下转第0版）",
    ] {
        assert_eq!(show(line), line, "{line}");
    }
}
