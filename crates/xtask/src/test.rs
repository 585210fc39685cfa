//! `cargo xtask test`: everything CI checks, in the order that fails fastest, ending
//! with one line that counts the tests: `tests: N passed, M failed`. Between the native
//! and the browser tests, the import evaluation (`cargo xtask bench import`'s sets of
//! real text) must pass on every set; each set counts as a test.
//!
//! The browser tests run Playwright (e2e/) in Debian's chromium against sites built here
//! and served on 127.0.0.1 by Debian's nginx with `deploy/nginx/`'s rules, from
//! sub-paths, as a paper deploys them:
//! `/epaper/` (the bundled sample, via `dist`) and `/multi/` (the same build with the
//! multi-page fixture edition of the import tests, whose stories jump across pages),
//! `/news/`, a host page (examples/embed) that embeds `/epaper/` with embed.js,
//! `/preview/`, what `cargo xtask serve --issue` builds for the GBK fixture edition, and
//! `/months/`, issues in several months and years (the archive's calendar).

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::dist::{build_app, copy_dir};
use crate::serve::{banmian, build_preview, import_edition, publish, publish_samples};
use crate::sh::{cargo, counted, root, run as sh};
use crate::tools::{ensure_chromium, ensure_mirador, git_build_id};

pub fn run(args: &[String]) -> Result<(), String> {
    // `cargo xtask test --browser [PLAYWRIGHT ARGS]`: only the browser tests, for work on
    // the viewer (CI runs everything).
    if args.first().is_some_and(|a| a == "--browser") {
        let (passed, failed) = browser_tests(&args[1..])?;
        println!("tests: {passed} passed, {failed} failed");
        return Ok(());
    }
    if let Some(extra) = args.first() {
        return Err(format!(
            "`cargo xtask test` takes no arguments but --browser (got {extra})"
        ));
    }
    sh(cargo(&["fmt", "--all", "--", "--check"]))?;
    sh(cargo(&[
        "clippy",
        "--workspace",
        "--all-targets",
        "--locked",
        "--",
        "-D",
        "warnings",
    ]))?;
    let (native_passed, _) = counted(
        "cargo test --workspace --locked",
        cargo(&["test", "--workspace", "--locked"]),
        count_cargo,
    )?;
    // The importer on real text: every evaluation set must pass (stories found, text
    // kept, jumps linked); see `cargo xtask bench import`.
    let (sets_passed, _) = crate::bench::import_eval()?;
    let (browser_passed, _) = browser_tests(&[])?;
    let (passed, failed) = (native_passed + sets_passed + browser_passed, 0);
    let mut doc = cargo(&["doc", "--workspace", "--no-deps", "--locked"]);
    doc.env("RUSTDOCFLAGS", "-D warnings");
    sh(doc)?;
    println!("tests: {passed} passed, {failed} failed");
    Ok(())
}

/// `test result: ok. 26 passed; 0 failed; ...`
fn count_cargo(line: &str) -> (usize, usize) {
    match line.strip_prefix("test result: ") {
        Some(rest) => (count(rest, " passed"), count(rest, " failed")),
        None => (0, 0),
    }
}

/// Playwright's summary lines: `  12 passed (9.1s)`, `  1 failed`.
fn count_playwright(line: &str) -> (usize, usize) {
    let t = line.trim();
    let n = |word: &str| -> usize {
        t.split_once(word)
            .filter(|(n, _)| !n.is_empty() && n.trim().chars().all(|c| c.is_ascii_digit()))
            .and_then(|(n, _)| n.trim().parse().ok())
            .unwrap_or(0)
    };
    (n(" passed"), n(" failed"))
}

/// Builds the two test sites, serves them, runs Playwright (with `extra` arguments).
fn browser_tests(extra: &[String]) -> Result<(usize, usize), String> {
    let chromium = ensure_chromium()?;
    let site = root().join("target/e2e-site");
    let pwa = root().join("target/e2e-pwa");
    let app_a = root().join("target/e2e-app-a");
    let app_b = root().join("target/e2e-app-b");
    for dir in [&site, &pwa, &app_a, &app_b] {
        crate::sh::remove_dir(dir)?;
    }
    // Build A: what `dist` builds; build B: the same code as a later deploy.
    let build = git_build_id();
    std::env::set_var("BANMIAN_BUILD", format!("{build}-b"));
    build_app(&app_b, "/epaper/")?;
    std::env::set_var("BANMIAN_BUILD", &build);
    build_app(&app_a, "/epaper/")?;

    let fixture = root().join("crates/banmian-import/tests/fixtures/markers-multipage");
    let multi_issues = [
        import_edition(&fixture, "multi-2026-05-08", &["--paper-id", "shili"])?,
        import_edition(
            &fixture,
            "multi-2026-05-07",
            &["--paper-id", "shili", "--date", "2026-05-07"],
        )?,
    ];
    let sites: [(&Path, &Path, &str, bool); 4] = [
        (&app_a, &site.join("epaper"), "/epaper/", true),
        (&app_a, &site.join("multi"), "/multi/", false),
        (&app_a, &pwa.join("a"), "/pwa/", false),
        (&app_b, &pwa.join("b"), "/pwa/", false),
    ];
    for (app, dir, base, samples) in sites {
        copy_dir(app, dir)?;
        rebase(&dir.join("index.html"), "/epaper/", base)?;
        rebase(&dir.join("shell.html"), "/epaper/", base)?;
        if samples {
            publish_samples(&dir.join("data"))?;
        } else {
            publish(&multi_issues, &dir.join("data"))?;
        }
    }

    // The sample with hostile text in its lead story's headline and lede: the prerendered
    // pages must show it as text (prerender.spec.js).
    let sample = fs::read_to_string(root().join("target/samples/jinzhong-daily-2026-04-03.json"))
        .map_err(|e| format!("the imported sample: {e}"))?;
    let hostile = sample
        .replacen(
            r#""科技创新实现新突破""#,
            r#""科技创新<script>window.pwned=1</script>\"引号\"'--></script><!--<img src=x onerror=window.pwned=2>""#,
            1,
        )
        .replacen(
            "科技创新是发展新质生产力的核心要素",
            "</script><script>window.pwned=3</script>科技创新是发展新质生产力的核心要素",
            1,
        );
    if hostile.matches("pwned").count() != 3 {
        return Err(
            "the sample no longer has the headline and lede the hostile site replaces".into(),
        );
    }
    let hostile_issue = root().join("target/e2e-hostile/2026-04-03.json");
    fs::create_dir_all(hostile_issue.parent().unwrap_or(&root()))
        .and_then(|()| fs::write(&hostile_issue, hostile))
        .map_err(|e| format!("{}: {e}", hostile_issue.display()))?;
    let hostile_site = site.join("hostile");
    copy_dir(&app_a, &hostile_site)?;
    for page in ["index.html", "shell.html"] {
        rebase(&hostile_site.join(page), "/epaper/", "/hostile/")?;
    }
    publish(
        &[hostile_issue.display().to_string()],
        &hostile_site.join("data"),
    )?;

    // A paper with issues in several months and years (none in March 2026, none in 2025
    // before December), its catalog in pieces: the archive's calendar (archive.spec.js).
    // Copies of the multi-page edition at other dates, each with its own lead headline.
    let template =
        fs::read_to_string(&multi_issues[0]).map_err(|e| format!("{}: {e}", multi_issues[0]))?;
    let months_site = site.join("months");
    copy_dir(&app_a, &months_site)?;
    for page in ["index.html", "shell.html"] {
        rebase(&months_site.join(page), "/epaper/", "/months/")?;
    }
    let mut copies = Vec::new();
    for (i, date) in MONTHS_DATES.iter().enumerate() {
        let (month, day) = (&date[5..7], &date[8..]);
        let fields = [
            (r#""date": "2026-05-08""#, format!(r#""date": "{date}""#)),
            (r#""weekday": "星期五""#, r#""weekday": null"#.to_owned()),
            (
                r#""lunar_date": "丙午年三月廿二""#,
                r#""lunar_date": null"#.to_owned(),
            ),
            (r#""number": 1001"#, format!(r#""number": {}"#, 1001 + i)),
            (
                r#""headline": "河谷新城启用第一座地下图书馆""#,
                format!(
                    r#""headline": "河谷新城启用第一座地下图书馆（{}月{}日）""#,
                    month.trim_start_matches('0'),
                    day.trim_start_matches('0')
                ),
            ),
        ];
        let mut copy = template.clone();
        for (from, to) in fields {
            if !copy.contains(from) {
                return Err(format!("the multi-page edition no longer has {from}"));
            }
            copy = copy.replacen(from, &to, 1);
        }
        let file = root().join(format!("target/e2e-months/{date}.json"));
        fs::create_dir_all(file.parent().unwrap_or(&root()))
            .and_then(|()| fs::write(&file, copy))
            .map_err(|e| format!("{}: {e}", file.display()))?;
        copies.push(file.display().to_string());
    }
    publish(&copies, &months_site.join("data"))?;

    // The preview of an issue before it is published, as `cargo xtask serve --issue` builds
    // it, from an issue that is not the sample: the GBK fixture edition, imported here.
    let preview = site.join("preview");
    let bad = root().join("target/e2e-not-an-issue.json");
    fs::write(&bad, r#"{"format":"banmian.issue/1"}"#).map_err(|e| e.to_string())?;
    let bad = bad.display().to_string();
    eprintln!("xtask: the preview of a file that is not an issue must stop before the build:");
    match build_preview(&preview, "/preview/", std::slice::from_ref(&bad)) {
        Err(e) if e.contains(&bad) && !preview.exists() => eprintln!("xtask: it does: {e}"),
        other => return Err(format!("the preview of {bad}: {other:?}, not an error")),
    }
    let gbk = root().join("crates/banmian-import/tests/fixtures/gbk-crlf");
    let issue = import_edition(&gbk, "preview-2026-06-01", &[])?;
    build_preview(&preview, "/preview/", &[issue])?;

    // A digitized issue of 1840 (METS + ALTO + page scans, samples/), published with its
    // page images and, at the address of a site Playwright stands in for, its IIIF
    // manifest, which Mirador opens (iiif.spec.js).
    let ezr_issue = root().join("target/samples/ezr-1840-02-21.json");
    let mets = root().join("samples/erzaehler-1840-02-21/18400221_01-METS.xml");
    banmian(&[
        "import",
        &mets.display().to_string(),
        "--out",
        &ezr_issue.display().to_string(),
        "--lang",
        "de",
    ])?;
    let ezr_site = site.join("ezr");
    copy_dir(&app_a, &ezr_site)?;
    for page in ["index.html", "shell.html"] {
        rebase(&ezr_site.join(page), "/epaper/", "/ezr/")?;
    }
    banmian(&[
        "publish",
        &ezr_issue.display().to_string(),
        "--out",
        &ezr_site.join("data").display().to_string(),
        "--site-url",
        EZR_URL,
    ])?;
    let mirador = ensure_mirador()?;

    // A paper's night: the pages' text export with the page PDFs that went to print (the
    // generated issue of crates/banmian-import/tests/pdf/), published as printed pages
    // whose stories were found on them, each page's PDF offered (pdf.spec.js).
    let pdf_dir = root().join("crates/banmian-import/tests/pdf/issue");
    let pdf_issue = root().join("target/samples/pdf-2026-05-18.json");
    let mut args = vec!["import".to_owned()];
    args.extend((1..=4).map(|n| pdf_dir.join(format!("page-{n}.txt")).display().to_string()));
    args.push("--pdf".to_owned());
    args.extend((1..=4).map(|n| pdf_dir.join(format!("page-{n}.pdf")).display().to_string()));
    args.extend(["--out".to_owned(), pdf_issue.display().to_string()]);
    banmian(&args.iter().map(String::as_str).collect::<Vec<_>>())?;
    let pdf_site = site.join("pdf");
    copy_dir(&app_a, &pdf_site)?;
    for page in ["index.html", "shell.html"] {
        rebase(&pdf_site.join(page), "/epaper/", "/pdf/")?;
    }
    publish(&[pdf_issue.display().to_string()], &pdf_site.join("data"))?;

    // A host page of the paper's own site (and its stylesheet) that embeds /epaper/ with
    // the README's snippet.
    copy_dir(&root().join("examples/embed"), &site.join("news"))?;

    // Served by nginx with the rules a paper deploys (deploy/nginx/), not a toy server.
    let nginx = crate::nginx::start(
        &site,
        &[
            "/epaper/",
            "/multi/",
            "/pwa/",
            "/preview/",
            "/hostile/",
            "/months/",
            "/ezr/",
            "/pdf/",
        ],
    )?;
    let port = nginx.port;
    let mut npx = Command::new("npx");
    npx.args(["playwright", "test"])
        .args(extra)
        .current_dir(root().join("e2e"))
        .env("BASE_URL", format!("http://127.0.0.1:{port}"))
        .env("CHROMIUM", &chromium)
        .env("E2E_SITE", &site)
        .env("PWA_BUILDS", &pwa)
        .env("MIRADOR_JS", &mirador)
        .env("EZR_URL", EZR_URL)
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    let counts = counted("npx playwright test", npx, count_playwright);
    drop(nginx);
    counts
}

/// The address the 1840 issue's site is published for (its IIIF manifest names it);
/// iiif.spec.js serves it from `/ezr/`.
const EZR_URL: &str = "https://epaper.example/ezr/";

/// The dates of the issues of `/months/`, the site of the archive's calendar tests.
const MONTHS_DATES: [&str; 7] = [
    "2024-11-15",
    "2025-12-30",
    "2026-01-05",
    "2026-02-10",
    "2026-02-27",
    "2026-04-03",
    "2026-04-06",
];

/// Points a built index.html at another base path.
fn rebase(index: &Path, from: &str, to: &str) -> Result<(), String> {
    let html = fs::read_to_string(index).map_err(|e| format!("{}: {e}", index.display()))?;
    fs::write(index, html.replace(from, to)).map_err(|e| format!("{}: {e}", index.display()))
}

/// The number before `word` in `ok. 26 passed; 0 failed; ...`.
fn count(summary: &str, word: &str) -> usize {
    summary
        .split(';')
        .find_map(|part| {
            part.trim()
                .trim_start_matches("ok. ")
                .trim_start_matches("FAILED. ")
                .strip_suffix(word.trim())
                .map(str::trim)
        })
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}
