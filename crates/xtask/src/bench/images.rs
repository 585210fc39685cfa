//! `cargo xtask bench images`: page scans as a reader's browser gets them. The 1840
//! *Erzähler* in `samples/` (six pages, JPEG 2000 masters of about 2400 × 3050 pixels) is
//! imported from its METS and published by the release build into a fresh site, timed by
//! GNU time: the publish's wall time (on every core) and CPU time, each a page, and its
//! peak memory; then the size of every rendition of every page, and the one a phone loads
//! against its budget (≤ 120 KB for a 390-pixel-wide phone): the viewer asks for the scan at
//! the width it stands on the screen, zoom included, at no more than 1.25 pixels a CSS
//! pixel, so a phone's whole page (about 360 CSS px) loads the 480-pixel rendition whatever
//! its screen's density, and zoomed to reading size (3×) the 1600-pixel one.

use std::path::Path;
use std::process::Command;

use super::{dir_bytes, measured, release_cli};
use crate::sh::{remove_dir, root, run as sh};

/// The budget of the rendition a 390-pixel phone loads for a page, in bytes.
const PHONE_BUDGET: u64 = 120_000;

pub fn run() -> Result<(), String> {
    let cli = release_cli()?;
    let work = root().join("target/bench-images");
    remove_dir(&work)?;
    std::fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    let mets = root().join("samples/erzaehler-1840-02-21/18400221_01-METS.xml");
    let issue = work.join("1840-02-21.json");
    let mut import = Command::new(&cli);
    import
        .arg("import")
        .arg(&mets)
        .arg("--out")
        .arg(&issue)
        .args(["--lang", "de"]);
    sh(import)?;
    let data = work.join("site/data");
    let mut publish = Command::new(&cli);
    publish
        .arg("publish")
        .arg(&issue)
        .arg("--out")
        .arg(&data)
        .args(["--site-url", "https://www.example.org/epaper/"]);
    let (secs, kb, user, system) = measured(publish)?;
    let cpu = user + system;
    // The pages' scan folders, in page order: as the published issue names them (xtask
    // reads no JSON: the folders' names are the only thing looked for).
    let text = std::fs::read_to_string(data.join("issues/1840-02-21.json"))
        .map_err(|e| format!("the published issue: {e}"))?;
    let mut folders: Vec<&str> = Vec::new();
    for (at, _) in text.match_indices("../images/") {
        let key = text.get(at + 10..at + 42).unwrap_or("");
        if key.len() == 32 && key.bytes().all(|b| b.is_ascii_hexdigit()) && !folders.contains(&key)
        {
            folders.push(key);
        }
    }
    let pages = folders.len().max(1) as f64;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "\nbench images: the 1840 Erzähler, {pages} pages (JPEG 2000), `banmian publish` (release)"
    );
    println!(
        "  publish: {secs:.2} s on {cores} cores ({:.2} s a page), {cpu:.2} s of CPU ({:.2} s a page), peak {:.0} MB",
        secs / pages,
        cpu / pages,
        kb as f64 / 1024.0
    );
    println!("  page  scan         thumb    480 WebP  960 WebP  1600 WebP  480 JPEG  960 JPEG  1600 JPEG  all");
    let mut phone_1x = Vec::new();
    let mut phone_2x = Vec::new();
    let mut total = 0;
    for (n, key) in folders.iter().enumerate() {
        let dir = data.join("images").join(key);
        let names: Vec<String> = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        let scan = names
            .iter()
            .find_map(|n| n.strip_prefix("scan-"))
            .unwrap_or("?")
            .replace('x', "×");
        // A rendition `width` wide: `480x…webp`, `thumb-160x…webp`, `full/480,…/0/default.jpg`.
        let webp = |prefix: &str| {
            names
                .iter()
                .find(|n| n.starts_with(prefix) && n.ends_with(".webp"))
                .and_then(|n| file_len(&dir.join(n)))
        };
        let jpeg = |width: u32| {
            std::fs::read_dir(dir.join("full"))
                .into_iter()
                .flatten()
                .flatten()
                .find(|e| {
                    e.file_name()
                        .to_string_lossy()
                        .starts_with(&format!("{width},"))
                })
                .and_then(|e| file_len(&e.path().join("0/default.jpg")))
        };
        let cells = [
            webp("thumb-"),
            webp("480x"),
            webp("960x"),
            webp("1600x"),
            jpeg(480),
            jpeg(960),
            jpeg(1600),
        ];
        let all = dir_bytes(&dir);
        total += all;
        phone_1x.extend(cells[1]);
        phone_2x.extend(cells[2]);
        let shown: Vec<String> = cells
            .iter()
            .map(|c| c.map_or("-".into(), |b| format!("{:.1} KB", b as f64 / 1000.0)))
            .collect();
        println!(
            "  {:<5} {:<12} {:>8} {:>9} {:>9} {:>10} {:>9} {:>9} {:>10}  {:.0} KB",
            n + 1,
            scan,
            shown[0],
            shown[1],
            shown[2],
            shown[3],
            shown[4],
            shown[5],
            shown[6],
            all as f64 / 1000.0
        );
    }
    let judge = |name: &str, sizes: &[u64], budget: Option<u64>| {
        let max = sizes.iter().copied().max().unwrap_or(0);
        let mean = sizes.iter().sum::<u64>() as f64 / sizes.len().max(1) as f64;
        let verdict = match budget {
            Some(b) if max <= b => format!(" (budget {} KB): within", b / 1000),
            Some(b) => format!(" (budget {} KB): OVER", b / 1000),
            None => String::new(),
        };
        println!(
            "  {name}: mean {:.1} KB, largest {:.1} KB{verdict}",
            mean / 1000.0,
            max as f64 / 1000.0
        );
    };
    judge(
        "a 390-pixel phone's whole page loads the 480 WebP",
        &phone_1x,
        Some(PHONE_BUDGET),
    );
    judge(
        "zoomed in (a pinch or a double tap), then the 960 WebP",
        &phone_2x,
        None,
    );
    println!(
        "  all renditions: {:.1} MB for {pages} pages; the masters: {:.1} MB",
        total as f64 / 1e6,
        dir_bytes(&root().join("samples/erzaehler-1840-02-21/MASTER")) as f64 / 1e6
    );
    Ok(())
}

fn file_len(path: &Path) -> Option<u64> {
    std::fs::metadata(path).ok().map(|m| m.len())
}
