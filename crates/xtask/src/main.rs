//! `cargo xtask`: the project's commands, so that a developer, CI and a new machine run
//! exactly the same steps. Std only, so it builds in seconds.
//!
//! - `cargo xtask serve [--port N]`: imports and publishes the bundled sample, serves the site.
//! - `cargo xtask test`: format check, clippy, every test, docs.
//! - `cargo xtask bench [import]`: the benchmarks, with their figures.

mod bench;
mod serve;
mod sh;
mod test;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve::run(&args[1..]),
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
  serve [--port N]   publish the bundled sample and serve the site on 127.0.0.1
  test               fmt check, clippy -D warnings, all tests, docs
  bench [import]     benchmarks (import: MB/s of plain text)";
