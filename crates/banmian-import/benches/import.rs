//! `cargo xtask bench import`: MB/s of plain text imported, on the seed page repeated
//! as the pages of one issue until the input is at least 10 MB. One thread.

// Tests and benchmarks fail loudly on purpose.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::time::Instant;

use banmian_import::{import, Options, Source};

fn main() {
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
