//! Data-driven import tests: every folder in `tests/fixtures/` is one issue.
//!
//! A folder holds its page files (`*.txt`, or a `pages.list` naming files elsewhere in
//! the repository), optionally `options.txt` (`encoding=gbk`, `date=2026-04-03`,
//! `paper_id=jzrb`), and the expected results: `expected.json` (the issue, absent when
//! the import must fail) and `diagnostics.txt`. Run with `SNAPSHOTS=overwrite` to
//! rewrite the expected files, then review the diff.

use std::fs;
use std::path::{Path, PathBuf};

use banmian_import::{import, Options, Source};

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
        failures.extend(compare(&dir.join("diagnostics.txt"), Some(&diags)));
    }
    assert!(
        failures.is_empty(),
        "{}\n(run with SNAPSHOTS=overwrite to accept)",
        failures.join("\n")
    );
}
