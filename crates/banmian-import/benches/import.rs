//! `cargo xtask bench import`: how fast and how well plain text is imported.
//!
//! Always: MB/s on the seed page repeated as the pages of one issue until the input is at
//! least 10 MB (one thread).
//!
//! With `--sets DIR` (the evaluation sets written by `evalset.py` next to this file: real
//! news text in several export shapes, each set a folder with `issue-NNN/page-N.txt` and
//! `truth.json`), every issue of every set is imported with the default options and
//! scored against its truth, one table row a set:
//!
//! - stories found: the story parts (a continued story has two) whose page has an article
//!   with exactly the truth's headline (trimmed); `extra` counts the imported non-banner
//!   articles whose headline is no truth part's;
//! - text kept: the share of body characters kept, a truth paragraph counting as kept when
//!   its text without whitespace is a substring of its page's imported text as the viewer
//!   prints it (every article's kicker, headline, `——` subheadline, byline, blocks and
//!   `（source）`, in order, without whitespace); a loss only in punctuation or symbols
//!   (`□记者…` kept as the byline `记者…`) still counts, and is told apart in the misses;
//! - jumps linked: where both markers are printed, the two parts point at each other
//!   (`continues_to` / `continued_from`); where the 下转 marker is lost, the continuation
//!   points back at the first part and a diagnostic names the continuation;
//! - MB/s: the set's page bytes over the median time of importing all its issues (5 runs).
//!
//! A set passes with at least 95 % of stories found, 100 % of text kept, every jump
//! that both markers name linked both ways, and every continuation whose 下转 was lost
//! linked by its headline with a diagnostic. Up to 5 misses of each kind are listed, with
//! file and line, to help tuning. The last line counts the sets
//! (`import evaluation: N passed, M failed`) and the exit status is non-zero when one failed.
//!
//! Usage: `cargo bench -p banmian-import --bench import [-- --sets DIR]`.

// Tests and benchmarks fail loudly on purpose.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::{Path, PathBuf};
use std::time::Instant;

use banmian_import::{import, Options, Report, Source};
use banmian_model::{Article, Block, Kind};
use serde_json::Value;

/// A set passes with at least this share of its stories found.
const MIN_FOUND: f64 = 0.95;
/// Misses of each kind listed for a set.
const EXAMPLES: usize = 5;
/// Timed runs of a whole set.
const RUNS: usize = 5;

fn main() {
    let mut sets = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--sets" => sets = Some(PathBuf::from(args.next().expect("--sets DIR"))),
            // `cargo bench` passes `--bench` to every benchmark binary.
            "--bench" => {}
            other => {
                eprintln!("import bench: unknown argument {other:?} (usage: --sets DIR)");
                std::process::exit(2);
            }
        }
    }
    seed();
    if let Some(dir) = sets {
        if !evaluate(&dir) {
            std::process::exit(1);
        }
    }
}

/// MB/s on the bundled sample page, repeated into an issue of at least 10 MB.
fn seed() {
    let seed = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../samples/jinzhong-daily-2026-04-03/page-1.txt"
    ))
    .expect("the bundled sample page");
    let copies = (10 * 1024 * 1024) / seed.len() + 1;
    let sources: Vec<Source> = (1..=copies)
        .map(|n| Source {
            name: format!("page-{n}.txt"),
            bytes: seed.clone(),
        })
        .collect();
    let total: usize = sources.iter().map(|s| s.bytes.len()).sum();
    let options = Options::default();
    let mut runs = Vec::new();
    let mut items = 0;
    for _ in 0..7 {
        let start = Instant::now();
        let report = import(&sources, &options);
        runs.push(start.elapsed().as_secs_f64());
        items = report
            .issue
            .map_or(0, |i| i.pages.iter().map(|p| p.articles.len()).sum());
    }
    runs.sort_by(f64::total_cmp);
    let mb = total as f64 / 1_000_000.0;
    println!("import: {copies} pages, {mb:.1} MB, {items} items");
    println!("import: median {:.0} MB/s ({:.3} s), best {:.0} MB/s, worst {:.0} MB/s (7 runs, one thread)", mb / runs[3], runs[3], mb / runs[0], mb / runs[6]);
}

/// Scores every set in `dir`; whether all passed.
fn evaluate(dir: &Path) -> bool {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .filter(|e| e.path().join("truth.json").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(
        !names.is_empty(),
        "{}: no set (a folder with truth.json)",
        dir.display()
    );
    let scores: Vec<Score> = names.iter().map(|n| score_set(dir, n)).collect();
    println!();
    println!("import evaluation ({}):", dir.display());
    println!("set                  stories found  found/total  extra  text kept   jumps linked  lost-下转 linked   MB/s");
    for s in &scores {
        println!(
            "{:<20} {:>13}  {:>11}  {:>5}  {:>9}  {:>12}  {:>16}  {:>5.0}",
            s.name,
            percent(s.found, s.stories, 1),
            format!("{}/{}", s.found, s.stories),
            s.extra,
            percent(s.kept, s.chars, 3),
            format!("{}/{}", s.linked, s.jumps),
            format!("{}/{}", s.lost_linked, s.lost),
            s.mb_per_s,
        );
    }
    for s in &scores {
        if !s.misses.is_empty() {
            println!();
            println!(
                "{}: misses: {} stories, {} paragraphs ({} of them only in punctuation or symbols), {} jumps",
                s.name, s.counts[0], s.counts[1], s.symbols_only, s.counts[2]
            );
            let mut misses: Vec<&(usize, String)> = s.misses.iter().collect();
            misses.sort_by_key(|(kind, _)| *kind);
            for (_, m) in misses {
                println!("  {m}");
            }
        }
    }
    let failed: Vec<&str> = scores
        .iter()
        .filter(|s| !s.passed())
        .map(|s| s.name.as_str())
        .collect();
    println!();
    if !failed.is_empty() {
        println!(
            "failing sets (under 95 % of stories found, under 100 % of text kept, or a jump with both markers not linked both ways): {}",
            failed.join(", ")
        );
    }
    println!(
        "import evaluation: {} passed, {} failed",
        scores.len() - failed.len(),
        failed.len()
    );
    failed.is_empty()
}

/// One set's figures.
#[derive(Default)]
struct Score {
    name: String,
    stories: usize,
    found: usize,
    extra: usize,
    chars: usize,
    kept: usize,
    jumps: usize,
    linked: usize,
    lost: usize,
    lost_linked: usize,
    mb_per_s: f64,
    /// Example misses with their kind, at most [`EXAMPLES`] of each kind.
    misses: Vec<(usize, String)>,
    /// Misses of each kind: stories, paragraphs, jumps.
    counts: [usize; 3],
    /// Paragraphs lost whose letters and digits are all kept.
    symbols_only: usize,
}

impl Score {
    fn passed(&self) -> bool {
        self.found as f64 >= MIN_FOUND * self.stories as f64
            && self.kept == self.chars
            && self.linked == self.jumps
            && self.lost_linked == self.lost
    }

    /// Keeps an example miss of `kind` (0 story, 1 text, 2 jump) while there are few.
    fn miss(&mut self, kind: usize, text: impl FnOnce() -> String) {
        self.counts[kind] += 1;
        if self.counts[kind] <= EXAMPLES {
            self.misses.push((kind, text()));
        }
    }
}

/// A share in per cent, rounded down, so a loss never shows as 100.
fn percent(part: usize, total: usize, decimals: usize) -> String {
    if total == 0 {
        return "-".into();
    }
    if part == total {
        return "100 %".into();
    }
    let scale = 10f64.powi(decimals as i32);
    let value = (part as f64 * 100.0 * scale / total as f64).floor() / scale;
    format!("{:.*} %", decimals, value.min(100.0 - 1.0 / scale))
}

/// One issue of a set, read from disk.
struct IssueInput {
    truth: Value,
    sources: Vec<Source>,
}

fn score_set(dir: &Path, name: &str) -> Score {
    let base = dir.join(name);
    let truth: Value = serde_json::from_slice(
        &std::fs::read(base.join("truth.json")).expect("truth.json is readable"),
    )
    .expect("truth.json is JSON");
    let inputs: Vec<IssueInput> = truth["issues"]
        .as_array()
        .expect("truth.json has issues")
        .iter()
        .map(|issue| {
            let folder = issue["dir"].as_str().expect("an issue's dir");
            let sources = issue["files"]
                .as_array()
                .expect("an issue's files")
                .iter()
                .map(|f| {
                    let file = f.as_str().expect("a file name");
                    Source {
                        name: format!("{name}/{folder}/{file}"),
                        bytes: std::fs::read(base.join(folder).join(file))
                            .expect("a page file of the set"),
                    }
                })
                .collect();
            IssueInput {
                truth: issue.clone(),
                sources,
            }
        })
        .collect();
    let bytes: usize = inputs
        .iter()
        .flat_map(|i| &i.sources)
        .map(|s| s.bytes.len())
        .sum();
    let options = Options::default();
    let mut times = Vec::new();
    let mut reports = Vec::new();
    for _ in 0..RUNS {
        let start = Instant::now();
        let run: Vec<Report> = inputs
            .iter()
            .map(|i| import(&i.sources, &options))
            .collect();
        times.push(start.elapsed().as_secs_f64());
        // The last run's reports are scored; the earlier ones are dropped after the clock.
        reports = run;
    }
    times.sort_by(f64::total_cmp);
    let mut score = Score {
        name: name.to_owned(),
        mb_per_s: bytes as f64 / 1e6 / times[RUNS / 2],
        ..Score::default()
    };
    for (input, report) in inputs.iter().zip(&reports) {
        score_issue(&mut score, name, input, report);
    }
    score
}

/// A truth story part (one page's part of a story).
struct Part<'a> {
    page: u32,
    file: String,
    value: &'a Value,
}

impl Part<'_> {
    fn str(&self, field: &str) -> &str {
        self.value[field].as_str().unwrap_or_default()
    }

    fn headline(&self) -> &str {
        self.str("headline").trim()
    }

    fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.value["paragraphs"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
    }

    /// `name/issue-001/page-3.txt:6`, where its headline is.
    fn place(&self) -> String {
        format!("{}:{}", self.file, self.value["line"].as_u64().unwrap_or(0))
    }
}

fn score_issue(score: &mut Score, set: &str, input: &IssueInput, report: &Report) {
    let truth = &input.truth;
    let folder = truth["dir"].as_str().unwrap_or_default();
    let empty = Vec::new();
    let mut parts = Vec::new();
    for page in truth["pages"].as_array().unwrap_or(&empty) {
        let number = page["number"].as_u64().unwrap_or(0) as u32;
        for story in page["stories"].as_array().unwrap_or(&empty) {
            parts.push(Part {
                page: number,
                file: format!("{set}/{folder}/page-{number}.txt"),
                value: story,
            });
        }
    }
    let issue = report.issue.as_ref();
    let articles = |page: u32| -> &[Article] {
        issue
            .and_then(|i| i.pages.iter().find(|p| p.number == page))
            .map_or(&[], |p| p.articles.as_slice())
    };

    // Stories found, and the extra articles.
    for part in &parts {
        score.stories += 1;
        if articles(part.page)
            .iter()
            .any(|a| a.headline.trim() == part.headline())
        {
            score.found += 1;
        } else {
            score.miss(0, || {
                let near = holder(articles(part.page), part).map_or_else(
                    || "no article holds its first paragraph".to_owned(),
                    |a| {
                        format!(
                            "the article holding its first paragraph is headed «{}»",
                            a.headline.trim()
                        )
                    },
                );
                format!(
                    "story   {}: «{}» not found; {near}",
                    part.place(),
                    part.headline()
                )
            });
        }
    }
    for page in issue.map_or(&[][..], |i| i.pages.as_slice()) {
        score.extra += page
            .articles
            .iter()
            .filter(|a| a.kind != Kind::Banner)
            .filter(|a| {
                !parts
                    .iter()
                    .any(|p| p.page == page.number && p.headline() == a.headline.trim())
            })
            .count();
    }

    // Text kept.
    let mut texts = std::collections::HashMap::new();
    for part in &parts {
        let text = texts
            .entry(part.page)
            .or_insert_with(|| page_text(articles(part.page)));
        for paragraph in part.paragraphs() {
            let wanted = squeeze(paragraph);
            let n = wanted.chars().count();
            score.chars += n;
            if text.contains(&wanted) {
                score.kept += n;
            } else {
                // A hint for tuning: whether only punctuation or symbols were lost.
                let words =
                    |s: &str| -> String { s.chars().filter(|c| c.is_alphanumeric()).collect() };
                let how = if words(text).contains(&words(paragraph)) {
                    score.symbols_only += 1;
                    "its letters and digits are kept, some punctuation or symbols are not"
                } else {
                    "not found"
                };
                score.miss(1, || {
                    format!(
                        "text    {}: in «{}», a paragraph of {n} characters: {how}: «{}»",
                        part.place(),
                        part.headline(),
                        clip(paragraph, 40)
                    )
                });
            }
        }
    }

    // Jumps.
    for first in parts.iter().filter(|p| p.value["to"].is_u64()) {
        let to = first.value["to"].as_u64().unwrap_or(0) as u32;
        let key = first.str("key");
        let Some(rest) = parts.iter().find(|p| p.page == to && p.str("key") == key) else {
            continue;
        };
        let lost = first.value["to_lost"].as_bool().unwrap_or(false);
        let a = find(articles(first.page), first);
        let b = find(articles(to), rest);
        let points = |from: Option<&Article>,
                      jump: fn(&Article) -> Option<&str>,
                      at: Option<&Article>| {
            matches!((from.and_then(jump), at), (Some(id), Some(at)) if id == at.id)
        };
        let forward = points(a, |x| x.continues_to.as_ref()?.article.as_deref(), b);
        let back = points(b, |x| x.continued_from.as_ref()?.article.as_deref(), a);
        let ok = if lost {
            score.lost += 1;
            let told =
                b.is_some_and(|b| report.diagnostics.iter().any(|d| names(&d.message, &b.id)));
            back && told
        } else {
            score.jumps += 1;
            forward && back
        };
        if ok {
            if lost {
                score.lost_linked += 1;
            } else {
                score.linked += 1;
            }
            continue;
        }
        let id = |x: Option<&Article>| x.map_or("(not found)".to_owned(), |x| x.id.clone());
        let target = |x: Option<&Article>, jump: fn(&Article) -> Option<&banmian_model::Jump>| {
            x.and_then(jump).map_or("none".to_owned(), |j| {
                format!(
                    "page {} {}",
                    j.page,
                    j.article.as_deref().unwrap_or("(unresolved)")
                )
            })
        };
        let what = if lost { "lost 下转" } else { "jump" };
        score.miss(2, || {
            format!(
                "{what:<7} {} → {}: «{}» {} continues_to {}; «{}» {} continued_from {}{}",
                first.place(),
                rest.place(),
                first.headline(),
                id(a),
                target(a, |x| x.continues_to.as_ref()),
                rest.headline(),
                id(b),
                target(b, |x| x.continued_from.as_ref()),
                if lost && back {
                    "; no diagnostic names it"
                } else {
                    ""
                },
            )
        });
    }
}

/// The imported article standing for a truth part: the one with its headline, else the
/// one holding its first paragraph.
fn find<'a>(articles: &'a [Article], part: &Part) -> Option<&'a Article> {
    articles
        .iter()
        .find(|a| a.headline.trim() == part.headline())
        .or_else(|| holder(articles, part))
}

/// The article whose text holds the part's first paragraph.
fn holder<'a>(articles: &'a [Article], part: &Part) -> Option<&'a Article> {
    let first = squeeze(part.paragraphs().next()?);
    articles
        .iter()
        .find(|a| page_text(std::slice::from_ref(*a)).contains(&first))
}

/// A page's imported text as the viewer prints it, in order, without whitespace: each
/// article's kicker, headline, `——` subheadline, byline, blocks (with image captions and
/// credits) and `（source）`.
fn page_text(articles: &[Article]) -> String {
    let mut text = String::new();
    for a in articles {
        let subheadline = a.subheadline.as_ref().map(|s| format!("——{s}"));
        let head = [
            a.kicker.as_deref(),
            Some(a.headline.as_str()),
            subheadline.as_deref(),
            a.byline.as_deref(),
        ];
        for field in head.into_iter().flatten() {
            text.push_str(&squeeze(field));
        }
        for block in &a.blocks {
            match block {
                Block::Paragraph { text: t } | Block::Subhead { text: t } => {
                    text.push_str(&squeeze(t));
                }
                Block::Image {
                    caption, credit, ..
                } => {
                    for t in [caption, credit].into_iter().flatten() {
                        text.push_str(&squeeze(t));
                    }
                }
                _ => {}
            }
        }
        if let Some(source) = &a.source {
            text.push_str(&squeeze(&format!("（{source}）")));
        }
    }
    text
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn clip(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    if s.chars().count() > n {
        out.push('…');
    }
    out
}

/// Whether `message` names the article `id` (`3-2`, not the `3-2` of `3-21`).
fn names(message: &str, id: &str) -> bool {
    message.match_indices(id).any(|(at, _)| {
        let before = message[..at].chars().next_back();
        let after = message[at + id.len()..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '-')
            && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
    })
}
