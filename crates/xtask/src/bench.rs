//! `cargo xtask bench [import|size|lighthouse]`: the benchmarks, with their figures.
//!
//! - `import`: MB/s of plain text imported (release build, one thread).
//! - `size`: every byte of a cold load of the front page, raw and brotli, in chromium.
//! - `lighthouse`: Lighthouse 12.8.2 (mobile) scores and LCP of the front page and an article.

use std::process::Command;

use crate::dist::build_site;
use crate::serve::{listen, serve};
use crate::sh::{cargo, root, run as sh};
use crate::tools::ensure_chromium;

pub fn run(args: &[String]) -> Result<(), String> {
    let which = args.first().map_or("all", String::as_str);
    match which {
        "import" => import(),
        "size" => with_site(size),
        "lighthouse" => with_site(lighthouse),
        "all" => {
            import()?;
            with_site(|url| {
                size(url)?;
                lighthouse(url)
            })
        }
        other => Err(format!(
            "unknown benchmark {other:?}: import, size or lighthouse"
        )),
    }
}

fn import() -> Result<(), String> {
    sh(cargo(&[
        "bench",
        "--locked",
        "-p",
        "banmian-import",
        "--bench",
        "import",
    ]))
}

/// Builds the site with the bundled sample, serves it, and runs `bench` on its URL.
fn with_site(bench: impl FnOnce(&str) -> Result<(), String>) -> Result<(), String> {
    let site = root().join("target/bench-site");
    build_site(&site, "/")?;
    let listener = listen(0)?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    std::thread::spawn(move || serve(listener, &site));
    bench(&format!("http://127.0.0.1:{port}/"))
}

fn size(url: &str) -> Result<(), String> {
    let chromium = ensure_chromium()?;
    let mut node = Command::new("node");
    node.args(["bench/cold-load.js", url])
        .current_dir(root().join("e2e"))
        .env("CHROMIUM", chromium);
    sh(node)
}

fn lighthouse(url: &str) -> Result<(), String> {
    let chromium = ensure_chromium()?;
    let e2e = root().join("e2e");
    let out = root().join("target/lighthouse");
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    for (name, page) in [
        ("front", url.to_owned()),
        ("article", format!("{url}2026-04-03/1/1-3")),
    ] {
        let report = out.join(format!("{name}.json"));
        let mut lh = Command::new("npx");
        lh.current_dir(&e2e).env("CHROME_PATH", &chromium).args([
            "lighthouse",
            &page,
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic",
            "--only-categories=performance,accessibility,best-practices,seo",
            "--output=json",
            "--quiet",
        ]);
        lh.arg(format!("--output-path={}", report.display()));
        sh(lh)?;
        let mut summary = Command::new("node");
        summary
            .current_dir(&e2e)
            .arg("bench/lighthouse-summary.js")
            .arg(&report);
        sh(summary)?;
    }
    Ok(())
}
