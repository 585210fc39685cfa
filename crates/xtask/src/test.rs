//! `cargo xtask test`: everything CI checks, in the order that fails fastest, ending
//! with one line that counts the tests: `tests: N passed, M failed`.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use crate::sh::{cargo, run as sh};

pub fn run(args: &[String]) -> Result<(), String> {
    if let Some(extra) = args.first() {
        return Err(format!(
            "`cargo xtask test` takes no arguments (got {extra})"
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
    let (passed, failed) = cargo_test()?;
    let mut doc = cargo(&["doc", "--workspace", "--no-deps", "--locked"]);
    doc.env("RUSTDOCFLAGS", "-D warnings");
    sh(doc)?;
    println!("tests: {passed} passed, {failed} failed");
    Ok(())
}

/// `cargo test --workspace`, echoing its output and adding up its `test result:` lines.
fn cargo_test() -> Result<(usize, usize), String> {
    eprintln!("$ cargo test --workspace --locked");
    let mut child = cargo(&["test", "--workspace", "--locked"])
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run cargo test: {e}"))?;
    let (mut passed, mut failed) = (0, 0);
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            println!("{line}");
            if let Some(rest) = line.strip_prefix("test result: ") {
                passed += count(rest, " passed");
                failed += count(rest, " failed");
            }
        }
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    if !status.success() || failed > 0 {
        println!("tests: {passed} passed, {failed} failed");
        return Err(format!("cargo test failed ({status})"));
    }
    Ok((passed, failed))
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
