//! Data-driven import tests: every folder in `tests/fixtures/` is one issue.
//!
//! A folder holds its page files (`*.txt`, or a `pages.list` naming files elsewhere in
//! the repository), optionally `options.txt` (`encoding=gbk`, `date=2026-04-03`,
//! `paper_id=jzrb`), and the expected results: `expected.json` (the issue, absent when
//! the import must fail) and `diagnostics.txt`. Run with `SNAPSHOTS=overwrite` to
//! rewrite those two, then review the diff. A real page's folder also holds
//! `expected-by-hand.txt`: what a person read on the page, written by hand and never
//! rewritten by the tests (see [`by_hand`] for its form). Every fixture that imports
//! must keep every letter and digit of its body text ([`crate::kept`]).

use std::fs;
use std::path::{Path, PathBuf};

use banmian_import::{import, Options, Source};
use banmian_model::{Block, Issue};

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn page_files(dir: &Path) -> Vec<PathBuf> {
    let list = dir.join("pages.list");
    if list.exists() {
        let text = fs::read_to_string(&list).unwrap();
        return text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| dir.join(l.trim()))
            .collect();
    }
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "txt")
                && p.file_name()
                    .is_some_and(|n| n != "options.txt" && n != "diagnostics.txt")
        })
        .collect();
    files.sort();
    files
}

fn options(dir: &Path) -> Options {
    let mut o = Options::default();
    if let Ok(text) = fs::read_to_string(dir.join("options.txt")) {
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let (k, v) = line.split_once('=').expect("options.txt: key=value lines");
            match k.trim() {
                "encoding" => o.encoding = v.trim().parse().unwrap(),
                "date" => o.date = Some(v.trim().to_owned()),
                "paper_id" => o.paper_id = Some(v.trim().to_owned()),
                other => panic!("options.txt: unknown key {other}"),
            }
        }
    }
    o
}

/// Compares `actual` with the file, or rewrites the file under `SNAPSHOTS=overwrite`.
/// Returns a description of the mismatch.
fn compare(path: &Path, actual: Option<&str>) -> Option<String> {
    let overwrite = std::env::var("SNAPSHOTS").is_ok_and(|v| v == "overwrite");
    let expected = fs::read_to_string(path).ok();
    if expected.as_deref() == actual {
        return None;
    }
    if overwrite {
        match actual {
            Some(a) => fs::write(path, a).unwrap(),
            None => fs::remove_file(path).unwrap(),
        }
        return None;
    }
    let (e, a) = (
        expected.unwrap_or_default(),
        actual.unwrap_or_default().to_owned(),
    );
    let line = e
        .lines()
        .zip(a.lines())
        .position(|(x, y)| x != y)
        .unwrap_or(e.lines().count().min(a.lines().count()));
    Some(format!(
        "{} differs at line {}:\n  expected: {:?}\n  actual:   {:?}",
        path.display(),
        line + 1,
        e.lines().nth(line).unwrap_or("<end>"),
        a.lines().nth(line).unwrap_or("<end>"),
    ))
}

/// The issue in the form of `expected-by-hand.txt`: the facts line, then per item
/// `id kind | kicker / headline / subheadline | byline` and its blocks (`p` a paragraph as
/// its first 8 … last 6 characters, `s` a subhead), `source`, `<-`/`->` jumps by page.
fn by_hand(issue: &Issue) -> String {
    let or_dash = |s: &Option<String>| s.clone().unwrap_or_else(|| "-".into());
    let mut out = format!(
        "issue {} | {} | {} | {} | 第{}期 | 今日{}版 | {} | {}\n",
        issue.date,
        or_dash(&issue.paper.name),
        or_dash(&issue.weekday),
        or_dash(&issue.lunar_date),
        issue.number.map_or("-".into(), |n| n.to_string()),
        issue.page_count.map_or("-".into(), |n| n.to_string()),
        or_dash(&issue.paper.serial),
        or_dash(&issue.paper.postal_code),
    );
    for a in issue.pages.iter().flat_map(|p| &p.articles) {
        let titles: Vec<&str> = [
            a.kicker.as_deref(),
            Some(&a.headline),
            a.subheadline.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect();
        out += &format!(
            "{} {} | {} | {}\n",
            a.id,
            a.kind.as_str(),
            titles.join(" / "),
            or_dash(&a.byline)
        );
        if let Some(j) = &a.continued_from {
            out += &format!("  <- 第{}版\n", j.page);
        }
        for b in &a.blocks {
            match b {
                Block::Paragraph { text } => {
                    let chars: Vec<char> = text.chars().collect();
                    let shown: String = if chars.len() > 14 {
                        let head: String = chars[..8].iter().collect();
                        let tail: String = chars[chars.len() - 6..].iter().collect();
                        format!("{head}…{tail}")
                    } else {
                        text.clone()
                    };
                    out += &format!("  p {shown}\n");
                }
                Block::Subhead { text } => out += &format!("  s {text}\n"),
                _ => out += "  (other block)\n",
            }
        }
        if let Some(s) = &a.source {
            out += &format!("  source {s}\n");
        }
        if let Some(j) = &a.continues_to {
            out += &format!("  -> 第{}版\n", j.page);
        }
    }
    out
}

#[test]
fn every_fixture_imports_as_expected() {
    let mut failures = Vec::new();
    let mut dirs: Vec<PathBuf> = fs::read_dir(fixtures_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 5, "fixtures missing");
    for dir in dirs {
        let sources: Vec<Source> = page_files(&dir)
            .iter()
            .map(|p| Source {
                name: p.file_name().unwrap().to_string_lossy().into_owned(),
                bytes: fs::read(p).unwrap(),
            })
            .collect();
        let report = import(&sources, &options(&dir));
        let json = report
            .issue
            .as_ref()
            .filter(|_| !report.has_errors())
            .map(|i| serde_json::to_string_pretty(i).unwrap() + "\n");
        let diags: String = report
            .diagnostics
            .iter()
            .map(|d| format!("{d}\n"))
            .collect();
        failures.extend(compare(&dir.join("expected.json"), json.as_deref()));
        if let (Some(issue), false) = (&report.issue, report.has_errors()) {
            let lost = crate::kept::lost(&sources, &report);
            if !lost.is_empty() {
                failures.push(format!("{}: text lost: {}", dir.display(), lost.join(", ")));
            }
            if let Ok(hand) = fs::read_to_string(dir.join("expected-by-hand.txt")) {
                let hand: String = hand
                    .lines()
                    .filter(|l| !l.starts_with('#'))
                    .map(|l| format!("{l}\n"))
                    .collect();
                let got = by_hand(issue);
                if got != hand {
                    failures.push(format!(
                        "{}: expected-by-hand.txt differs:\n--- by hand\n{hand}--- imported\n{got}",
                        dir.display()
                    ));
                }
            }
        }
        failures.extend(compare(&dir.join("diagnostics.txt"), Some(&diags)));
    }
    assert!(
        failures.is_empty(),
        "{}\n(run with SNAPSHOTS=overwrite to accept)",
        failures.join("\n")
    );
}
