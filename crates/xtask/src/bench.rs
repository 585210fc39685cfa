//! `cargo xtask bench [import]`: runs the benchmarks in release mode and prints their figures.

use crate::sh::{cargo, run as sh};

pub fn run(args: &[String]) -> Result<(), String> {
    let which = args.first().map_or("all", String::as_str);
    match which {
        "import" | "all" => sh(cargo(&[
            "bench",
            "--locked",
            "-p",
            "banmian-import",
            "--bench",
            "import",
        ])),
        other => Err(format!(
            "unknown benchmark {other:?}: try `cargo xtask bench import`"
        )),
    }
}
