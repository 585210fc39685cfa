//! How long a page takes to render at 150 dpi (`PX_PER_PT`), and how long its text layer
//! takes to read.
//!
//! ```text
//! cargo build --release -p banmian-pdf --example render_time
//! taskset -c 0 target/release/examples/render_time [--runs N] [--png DIR] [--chars N] FILE.pdf…
//! ```
//!
//! For each page of each file: its size, the chars and how many have text, and the best
//! of N renders (3 by default) and text reads, in milliseconds. `--png DIR` writes each
//! rendering there as `<file stem>-<page>.png`; `--chars N` prints each page's first N
//! chars.

use banmian_pdf::{pixel_size, Document};
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut runs = 3;
    let mut png: Option<PathBuf> = None;
    let mut show = 0;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--runs" => runs = args.next().ok_or("--runs N")?.parse()?,
            "--png" => png = Some(args.next().ok_or("--png DIR")?.into()),
            "--chars" => show = args.next().ok_or("--chars N")?.parse()?,
            _ => files.push(PathBuf::from(arg)),
        }
    }
    println!("file\tpage\tpt\tpx\tchars\twith text\trender ms\tchars ms");
    let (mut total, mut pages) = (Duration::ZERO, 0u32);
    for file in &files {
        let document = Document::open(&std::fs::read(file)?)?;
        for index in 0..document.page_count() {
            let page = document.page(index)?;
            let (width, height) = pixel_size(page);
            let best = |f: &mut dyn FnMut() -> Result<(), banmian_pdf::PdfError>| {
                let mut best = Duration::MAX;
                for _ in 0..runs.max(1) {
                    let start = Instant::now();
                    f()?;
                    best = best.min(start.elapsed());
                }
                Ok::<_, banmian_pdf::PdfError>(best)
            };
            let mut image = None;
            let render = best(&mut || {
                image = Some(document.render(index, width, height)?);
                Ok(())
            })?;
            let mut chars = Vec::new();
            let read = best(&mut || {
                chars = document.chars(index)?;
                Ok(())
            })?;
            if let (Some(dir), Some(image)) = (&png, image) {
                let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("page");
                image.save(dir.join(format!("{stem}-{}.png", index + 1)))?;
            }
            total += render;
            pages += 1;
            println!(
                "{}\t{}\t{:.2}×{:.2}\t{width}×{height}\t{}\t{}\t{:.0}\t{:.0}",
                file.display(),
                index + 1,
                page.width,
                page.height,
                chars.len(),
                chars.iter().filter(|c| c.text.is_some()).count(),
                render.as_secs_f64() * 1000.0,
                read.as_secs_f64() * 1000.0,
            );
            for c in chars.iter().take(show) {
                let [x0, y0, x1, y1] = c.rect;
                println!(
                    "  {:?}\t{x0:.2} {y0:.2} {x1:.2} {y1:.2}\t{:.2} pt",
                    c.text, c.size
                );
            }
        }
    }
    if pages > 0 {
        println!(
            "mean render: {:.0} ms a page",
            total.as_secs_f64() * 1000.0 / f64::from(pages)
        );
    }
    Ok(())
}
