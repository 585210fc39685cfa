//! `banmian-testpages [--font-dir DIR] OUTDIR` writes the test pages:
//!
//! - `OUTDIR/issue/`: `page-1.pdf` … `page-4.pdf`, their text exports `page-N.txt`, and
//!   `truth.json`;
//! - `OUTDIR/no-tounicode/`: page 1 again with its fonts' `/ToUnicode` maps taken out,
//!   its `page-1.txt` and `truth.json`.
//!
//! The fonts are Debian's `fonts-noto-cjk`, found under `--font-dir` (default
//! `/usr/share/fonts`). The same fonts give the same bytes on every run.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use banmian_testpages::{check, export, fonts::FontSet, issue, render, tounicode, truth};

const USAGE: &str = "usage: banmian-testpages [--font-dir DIR] OUTDIR";

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
}

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let mut font_dir = PathBuf::from("/usr/share/fonts");
    let mut out = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--font-dir" => font_dir = args.next().context("--font-dir needs a folder")?.into(),
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            a if a.starts_with('-') => bail!("unknown option {a}\n{USAGE}"),
            _ if out.is_some() => bail!("one output folder only\n{USAGE}"),
            _ => out = Some(PathBuf::from(arg)),
        }
    }
    let out = out.context(USAGE)?;
    let fonts = FontSet::find(&font_dir)?;
    for f in fonts.describe() {
        eprintln!("font {f}");
    }
    let issue = issue::build(&fonts)?;
    let all = truth::truth(&issue, &[])?;
    let problems = check::check(&all);
    if !problems.is_empty() {
        bail!(
            "the layout does not hold together:\n{}",
            problems.join("\n")
        );
    }
    let dir = out.join("issue");
    let plain = out.join("no-tounicode");
    for d in [&dir, &plain] {
        std::fs::create_dir_all(d).with_context(|| format!("cannot create {}", d.display()))?;
    }
    for page in &issue.pages {
        let n = page.number;
        let title = format!("{} {} 第{n}版", issue.paper, issue.date);
        let pdf = render::pdf(page, &fonts, &title)?;
        let text = export::text(page);
        write(&dir.join(format!("page-{n}.pdf")), &pdf)?;
        write(&dir.join(format!("page-{n}.txt")), text.as_bytes())?;
        if n == 1 {
            let (stripped, count) = tounicode::strip(&pdf);
            if count == 0 {
                bail!("page 1's PDF has no /ToUnicode to take out");
            }
            eprintln!("no-tounicode: {count} /ToUnicode entries taken out");
            write(&plain.join("page-1.pdf"), &stripped)?;
            write(&plain.join("page-1.txt"), text.as_bytes())?;
        }
    }
    write(&dir.join("truth.json"), truth::to_json(&all)?.as_bytes())?;
    let one = truth::truth(&issue, &[1])?;
    write(&plain.join("truth.json"), truth::to_json(&one)?.as_bytes())?;
    for d in [&dir, &plain] {
        let mut names: Vec<_> = std::fs::read_dir(d)?.flatten().map(|e| e.path()).collect();
        names.sort();
        for p in names {
            let size = std::fs::metadata(&p)?.len();
            println!("{:>9} {}", size, p.display());
        }
    }
    Ok(())
}
