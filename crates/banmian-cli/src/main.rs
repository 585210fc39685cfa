//! `banmian`: import a layout system's page export, validate issues, publish a site.
//!
//! This binary is glue: it parses arguments, reads and writes files and sets the exit
//! code; the work is done by `banmian-import`, `banmian-model` and `banmian-publish`.
//! Exit codes: 0 done (warnings may be printed), 1 the input has errors and nothing was
//! written, 2 bad usage.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::{Parser, Subcommand};

use banmian_import::{import_mets, is_mets, Encoding, Options, Source};
use banmian_model::{parse_issue, validate, Issue, Severity};
use banmian_publish::{publish_with, write_atomically, Options as PublishOptions, Outcome};

/// banmian (版面): digital editions of daily newspapers.
#[derive(Parser)]
#[command(name = "banmian", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Turn plain-text page exports (one file a page), the page PDFs, or a METS file with
    /// its ALTO pages and scans, into one issue JSON.
    Import {
        /// The page files of one issue, e.g. page-1.txt page-2.txt; or the page PDFs alone
        /// (page-1.pdf page-2.pdf: the text is read from them); or one METS file
        /// (ISSUE-METS.xml: its ALTO files and page images are found through it).
        #[arg(required = true, value_name = "PAGE_FILE")]
        pages: Vec<PathBuf>,
        /// The pages' PDFs, one a page, paired with the page files by the number in their
        /// names or the 第N版 they print: each page shows as printed, its stories placed on it.
        #[arg(long, value_name = "PAGE.pdf", num_args = 1..)]
        pdf: Vec<PathBuf>,
        /// Where to write the issue JSON.
        #[arg(long, value_name = "ISSUE.json")]
        out: PathBuf,
        /// Text encoding of the page files: auto (UTF-8, else GBK), utf-8 or gbk.
        #[arg(long, default_value = "auto")]
        encoding: Encoding,
        /// The paper's id (default: from its printed website, www.sxjzxw.com → sxjzxw).
        #[arg(long, value_name = "ID")]
        paper_id: Option<String>,
        /// The issue date, when no page prints it.
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// The paper's language (BCP 47, e.g. de), when a METS file's MODS does not say it.
        #[arg(long, value_name = "TAG")]
        lang: Option<String>,
        /// Add to the outline why each story starts where it does.
        #[arg(long)]
        explain: bool,
    },
    /// Check issue files and list every problem with its JSON path.
    Validate {
        /// Issue JSON files.
        #[arg(required = true, value_name = "ISSUE.json")]
        issues: Vec<PathBuf>,
    },
    /// Add issues to a static site's data directory and rebuild its catalog.
    Publish {
        /// Issue JSON files.
        #[arg(required = true, value_name = "ISSUE.json")]
        issues: Vec<PathBuf>,
        /// The site's data directory (it holds catalog.json and issues/).
        #[arg(long, value_name = "DATA_DIR")]
        out: PathBuf,
        /// The address the site is served from, e.g. `https://www.example.com/epaper/`:
        /// sitemap.xml, news-sitemap.xml and robots.txt then name absolute addresses.
        #[arg(long, value_name = "URL", value_parser = site_url)]
        site_url: Option<String>,
    },
}

/// `https://www.example.com/epaper` → `https://www.example.com/epaper/`.
fn site_url(value: &str) -> Result<String, String> {
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))
        .ok_or("the site's address starts with https:// (or http://)")?;
    if rest.is_empty() || rest.starts_with('/') || value.contains(['?', '#', ' ']) {
        return Err(
            "the site's address is a host and a path, e.g. https://www.example.com/epaper/".into(),
        );
    }
    Ok(if value.ends_with('/') {
        value.to_owned()
    } else {
        format!("{value}/")
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Import {
            pages,
            pdf,
            out,
            encoding,
            paper_id,
            date,
            lang,
            explain,
        } => import(
            &pages,
            &pdf,
            &out,
            &Options {
                encoding,
                paper_id,
                date,
                lang,
            },
            explain,
        ),
        Command::Validate { issues } => validate_files(&issues),
        Command::Publish {
            issues,
            out,
            site_url,
        } => publish_files(&issues, &out, &PublishOptions { site_url }),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("banmian: error: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// Reads a file the user named, with an error that names it.
fn read(path: &Path) -> anyhow::Result<Vec<u8>> {
    if path.is_dir() {
        bail!("{}: is a directory, not a file", path.display());
    }
    std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))
}

/// Imports the pages (with their PDFs), the PDFs alone, or a METS file; prints the outline
/// of what was read (stdout) and every diagnostic (stderr).
fn import(
    pages: &[PathBuf],
    pdfs: &[PathBuf],
    out: &Path,
    options: &Options,
    explain: bool,
) -> anyhow::Result<()> {
    let source = |path: &PathBuf| -> anyhow::Result<Source> {
        Ok(Source {
            name: path.display().to_string(),
            bytes: read(path)?,
        })
    };
    let sources = pages
        .iter()
        .map(source)
        .collect::<anyhow::Result<Vec<_>>>()?;
    let mut pdf_sources = pdfs
        .iter()
        .map(source)
        .collect::<anyhow::Result<Vec<_>>>()?;
    // Page PDFs given as page files: the text is read from them.
    let (given_pdfs, texts): (Vec<Source>, Vec<Source>) = sources
        .into_iter()
        .partition(|s| s.bytes.starts_with(b"%PDF"));
    pdf_sources.extend(given_pdfs);
    let mut report = match texts.iter().position(|s| is_mets(&s.bytes)) {
        Some(_) if texts.len() + pdf_sources.len() > 1 => bail!(
            "a METS file describes a whole issue: give it alone, not with other files ({} files given)",
            texts.len() + pdf_sources.len()
        ),
        Some(_) => import_mets_file(&pages[0], &texts[0], out, options)?,
        None if pdf_sources.is_empty() => banmian_import::import(&texts, options),
        None => banmian_import::import_with_pdfs(&texts, &pdf_sources, options),
    };
    if !pdf_sources.is_empty() {
        // The PDFs were named relative to here; the issue names them relative to itself.
        relative_images(&mut report, Path::new(""), out)?;
    }
    print!("{}", report.outline(explain));
    std::io::stdout()
        .flush()
        .context("cannot write the outline")?;
    for d in &report.diagnostics {
        eprintln!("{d}");
    }
    let issue = match report.issue {
        Some(issue) if !report.has_errors() => issue,
        _ => bail!(
            "{}: not written, the pages have errors (listed above)",
            out.display()
        ),
    };
    let mut json = serde_json::to_vec_pretty(&issue).context("cannot serialize the issue")?;
    json.push(b'\n');
    write_atomically(out, &json).with_context(|| format!("{}: cannot write", out.display()))?;
    let items: usize = issue.pages.iter().map(|p| p.articles.len()).sum();
    let jumps = issue
        .pages
        .iter()
        .flat_map(|p| &p.articles)
        .filter_map(|a| a.continues_to.as_ref());
    let (linked, open) = jumps.fold((0, 0), |(l, o), j| {
        if j.article.is_some() {
            (l + 1, o)
        } else {
            (l, o + 1)
        }
    });
    eprintln!(
        "wrote {}: {} {}, {} of {} pages, {items} items, {linked} jumps linked, {open} unresolved",
        out.display(),
        issue.paper.name.as_deref().unwrap_or("(unnamed paper)"),
        issue.date,
        issue.pages.len(),
        issue.page_count.map_or("?".into(), |c| c.to_string()),
    );
    Ok(())
}

/// Imports a METS file: its ALTO files read relative to it, and each page's image made
/// relative to the issue file written at `out` (as the contract has it).
fn import_mets_file(
    path: &Path,
    mets: &Source,
    out: &Path,
    options: &Options,
) -> anyhow::Result<banmian_import::Report> {
    let dir = path.parent().unwrap_or(Path::new("")).to_path_buf();
    let mut read_named = |href: &str| {
        let file = dir.join(href);
        std::fs::read(&file).map_err(|e| format!("cannot read ({e})"))
    };
    let mut report = import_mets(mets, &mut read_named, options);
    relative_images(&mut report, &dir, out)?;
    Ok(report)
}

/// Makes each page's image, named relative to the folder `dir`, relative to the issue file
/// written at `out` (as the contract has it): where both are, `..` and links resolved.
fn relative_images(
    report: &mut banmian_import::Report,
    dir: &Path,
    out: &Path,
) -> anyhow::Result<()> {
    let real = |p: &Path| {
        std::fs::canonicalize(if p.as_os_str().is_empty() {
            Path::new(".")
        } else {
            p
        })
        .with_context(|| format!("{}: cannot find the folder", p.display()))
    };
    let out_dir = real(out.parent().unwrap_or(Path::new("")))?;
    let dir = real(dir)?;
    for page in report.issue.iter_mut().flat_map(|i| &mut i.pages) {
        if let Some(image) = &mut page.image {
            let at = dir.join(&*image);
            if let Some(relative) = pathdiff::diff_paths(&at, &out_dir) {
                *image = relative.to_string_lossy().replace('\\', "/");
            }
        }
    }
    Ok(())
}

fn read_issue(path: &Path) -> anyhow::Result<Issue> {
    let bytes = read(path)?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        anyhow::anyhow!(
            "{}: not UTF-8 JSON (byte {})",
            path.display(),
            e.valid_up_to() + 1
        )
    })?;
    parse_issue(text).with_context(|| path.display().to_string())
}

fn validate_files(paths: &[PathBuf]) -> anyhow::Result<()> {
    let mut failed = 0;
    for path in paths {
        let issue = match read_issue(path) {
            Ok(issue) => issue,
            Err(e) => {
                eprintln!("banmian: error: {e:#}");
                failed += 1;
                continue;
            }
        };
        let problems = validate(&issue);
        for p in &problems {
            eprintln!("{}: {p}", path.display());
        }
        let errors = problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count();
        let warnings = problems.len() - errors;
        if errors > 0 {
            failed += 1;
            eprintln!("{}: {errors} errors, {warnings} warnings", path.display());
        } else {
            println!("{}: ok ({warnings} warnings)", path.display());
        }
    }
    if failed > 0 {
        bail!("{failed} of {} files have errors", paths.len());
    }
    Ok(())
}

fn publish_files(paths: &[PathBuf], out: &Path, options: &PublishOptions) -> anyhow::Result<()> {
    if out.exists() && !out.is_dir() {
        bail!("{}: is not a directory", out.display());
    }
    let mut issues = Vec::new();
    for path in paths {
        issues.push((
            path.display().to_string(),
            read_issue(path).context("nothing was published")?,
        ));
    }
    let published = publish_with(&issues, out, options)?;
    for (file, outcome) in &published.files {
        let what = match outcome {
            Outcome::New => "added",
            Outcome::Replaced => "replaced",
            Outcome::Unchanged => "unchanged",
        };
        println!("{}: {what}", out.join(file).display());
    }
    println!(
        "{}: {} issues",
        out.join("catalog.json").display(),
        published.issues
    );
    for (segment, stories) in &published.search {
        println!(
            "{}: indexed {segment} ({stories} stories)",
            out.join("search").display()
        );
    }
    for date in &published.iiif {
        println!(
            "{}: IIIF manifest of {date}",
            out.join("iiif").join(date).join("manifest.json").display()
        );
    }
    let imaged = issues
        .iter()
        .any(|(_, i)| i.pages.iter().any(|p| p.image.is_some()));
    if imaged && options.site_url.is_none() {
        println!("IIIF manifests need the site's address (--site-url): not written");
    }
    let site = out.parent().unwrap_or(out);
    if published.pages > 0 {
        println!("{}: {} pages prerendered", site.display(), published.pages);
    }
    if published.sitemaps {
        let whose = options.site_url.as_deref().unwrap_or("relative addresses");
        println!(
            "{}: sitemap.xml, news-sitemap.xml and robots.txt written ({whose})",
            site.display()
        );
    }
    Ok(())
}
