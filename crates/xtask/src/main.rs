//! `cargo xtask`: the project's commands, so that a developer, CI and a new machine run
//! exactly the same steps. Std only, so it builds in seconds.
//!
//! - `cargo xtask serve [--port N]`: builds the site with the bundled sample and serves it;
//!   `--issue ISSUE.json`: the preview of an issue before it is published.
//! - `cargo xtask dist --out DIR [--base /PATH/]`: the static site a paper deploys.
//! - `cargo xtask test`: format check, clippy, native tests, the wasm build, browser tests, docs.
//! - `cargo xtask bench [import|size|lighthouse|search|scale]`: the benchmarks, with their
//!   figures (`import`: MB/s and the importer's evaluation on real news text in nine export
//!   shapes; `scale [--years N]`: an archive of N years beside one of a year).

mod bench;
mod dist;
mod nginx;
mod serve;
mod sh;
mod split;
mod test;
mod tools;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve::run(&args[1..]),
        Some("dist") => dist::run(&args[1..]),
        Some("test") => test::run(&args[1..]),
        Some("bench") => bench::run(&args[1..]),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: error: {e}");
            ExitCode::FAILURE
        }
    }
}

const USAGE: &str = "usage: cargo xtask <command>

commands:
  serve [--port N]               build the site with the bundled sample, serve it on 127.0.0.1
  serve --issue ISSUE.json ...   preview issues before publishing: validate them, build a site
                                 with only them, serve it on 127.0.0.1:8081 (or --port N)
  serve --dir SITE [--port N]    serve a site already built
  dist --out DIR [--base /P/]    build the static site a paper deploys into DIR
  test                           fmt, clippy -D warnings, native tests, wasm build, browser tests, docs
  bench [import|size|lighthouse|search|scale [--years N]]
                                 benchmarks: import MB/s and its evaluation on real text,
                                 cold-load bytes, Lighthouse scores, search vs Pagefind,
                                 an archive of N years (default 10) beside one year";
