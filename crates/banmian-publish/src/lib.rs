//! Publishing: writes issues into a static site's data directory and rebuilds its
//! catalog from everything there (DESIGN.md §5).
//!
//! ```text
//! DATA_DIR/catalog.json             every issue, newest first (banmian.catalog/1)
//! DATA_DIR/issues/2026-04-03.json   one file an issue (banmian.issue/1)
//! ```
//!
//! Nothing is written unless every new issue is valid and every issue already in the
//! directory can be read; each file is written to a temporary name and renamed, so a
//! reader or a crash never sees half a file.
//!
//! When the viewer is deployed beside the data directory (`DATA_DIR/../shell.html`
//! exists, as `cargo xtask dist` writes it), publish also writes every route of every
//! issue as a prerendered page (`pages`): `2026-04-03/4/index.html` and so on, the whole
//! page in HTML from the viewer's own views, so a shared link shows the page at once, with
//! or without JavaScript, from any static host without rewrite rules; and
//! `sitemap.xml`, `news-sitemap.xml` and `robots.txt` for search engines ([`Options`]).

use std::borrow::Cow;
use std::collections::BTreeMap;

mod catalog;
mod iiif;
mod images;
mod pages;
mod search;
mod sitemap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use banmian_model::{month_key, validate, Catalog, Issue, Paper, Problem, Severity, Size};
use sha2::{Digest, Sha256};

/// The dates a publish is changing, written before its first issue file and removed
/// when everything derived from them (catalog, pages, sitemaps, search) is written.
const PENDING: &str = ".publishing";

/// Why nothing was published.
#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    /// An issue to publish has errors.
    #[error("{name}: not published, the issue has errors:\n{}", list(.problems))]
    Invalid {
        /// The issue's file name as given.
        name: String,
        /// Its errors (warnings are not listed).
        problems: Vec<Problem>,
    },
    /// Two issues to publish have the same date.
    #[error("{first} and {second} are both the issue of {date}")]
    SameDate {
        /// The date.
        date: String,
        /// The first file.
        first: String,
        /// The second file.
        second: String,
    },
    /// An issue already in the data directory cannot be read.
    #[error("{}: cannot read this published issue ({err}); fix or remove it, then publish again", .path.display())]
    Existing {
        /// Its path.
        path: PathBuf,
        /// What is wrong with it.
        err: String,
    },
    /// The issue belongs to another paper than the site.
    #[error("{name}: is an issue of {found}, but {} holds issues of {site}", .dir.display())]
    OtherPaper {
        /// The issue's file name.
        name: String,
        /// Its paper.
        found: String,
        /// The site's paper.
        site: String,
        /// The data directory.
        dir: PathBuf,
    },
    /// A page's scan cannot be read or made into renditions.
    #[error("{name}: page {page}: {}: {why}", .scan.display())]
    Scan {
        /// The issue's file name.
        name: String,
        /// The page.
        page: u32,
        /// The scan, as the issue names it (relative to the issue file).
        scan: PathBuf,
        /// What is wrong.
        why: String,
    },
    /// A page's scan is not the size its zones were measured on.
    #[error("{name}: page {page}: {} is {} × {} pixels, but the issue's image_size is {} × {} (its zones are in those pixels)", .scan.display(), .found.width, .found.height, .said.width, .said.height)]
    ScanSize {
        /// The issue's file name.
        name: String,
        /// The page.
        page: u32,
        /// The scan.
        scan: PathBuf,
        /// Its size.
        found: Size,
        /// The size the issue gives.
        said: Size,
    },
    /// Reading or writing a file failed.
    #[error("{}: {err}", .path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The error.
        err: std::io::Error,
    },
}

fn list(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("  {}: {}", p.path, p.message))
        .collect::<Vec<_>>()
        .join("\n")
}

/// What happened to one issue file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// It was not there before.
    New,
    /// An issue of that date was there and is now replaced.
    Replaced,
    /// The same bytes were already there.
    Unchanged,
}

/// What a publish did.
#[derive(Debug, Clone)]
pub struct Published {
    /// Each issue file, relative to the data directory, and what happened to it.
    pub files: Vec<(String, Outcome)>,
    /// How many issues the site has now.
    pub issues: usize,
    /// The catalog's head as written (the newest month's issues, a line for each month of
    /// the newest year, the name of the older months).
    pub catalog: Catalog,
    /// How many prerendered pages were written or updated (0 when no viewer is deployed).
    pub pages: usize,
    /// Whether sitemap.xml, news-sitemap.xml and robots.txt were written (they are when
    /// the viewer is deployed beside the data directory).
    pub sitemaps: bool,
    /// The years whose search index was rebuilt, with their stories.
    pub search: search::Rebuilt,
    /// The dates whose IIIF manifest was written (issues with page images, when the site's
    /// address is known).
    pub iiif: Vec<String>,
}

/// What a publish needs to know beyond the issues.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The address the site is served from, ending in `/`
    /// (`https://www.example.com/epaper/`): the sitemaps and robots.txt then name absolute
    /// addresses; without it they name addresses relative to the site.
    pub site_url: Option<String>,
}

/// Publishes `issues` (each with the name it was read from) into `data_dir`.
pub fn publish(issues: &[(String, Issue)], data_dir: &Path) -> Result<Published, PublishError> {
    publish_with(issues, data_dir, &Options::default())
}

/// [`publish`], with [`Options`].
pub fn publish_with(
    issues: &[(String, Issue)],
    data_dir: &Path,
    options: &Options,
) -> Result<Published, PublishError> {
    let mut dates: BTreeMap<&str, &str> = BTreeMap::new();
    for (name, issue) in issues {
        let problems: Vec<Problem> = validate(issue)
            .into_iter()
            .filter(|p| p.severity == Severity::Error)
            .collect();
        if !problems.is_empty() {
            return Err(PublishError::Invalid {
                name: name.clone(),
                problems,
            });
        }
        if let Some(first) = dates.insert(&issue.date, name) {
            return Err(PublishError::SameDate {
                date: issue.date.clone(),
                first: first.to_owned(),
                second: name.clone(),
            });
        }
    }
    // The pages' scans, made into renditions named by their content (so, like the catalog's
    // pieces, part of no site until an issue file names them): the issues then name those.
    let imaged = images::publish(issues, data_dir)?;
    let issues: &[(String, Issue)] = imaged.as_deref().unwrap_or(issues);
    let issues_dir = data_dir.join("issues");
    let on_disk = catalog::dates_in(&issues_dir)?;
    let head = catalog::read_head(data_dir);
    // Dates a publish that did not finish was changing: done again now.
    let pending: Vec<String> = fs::read_to_string(data_dir.join(PENDING))
        .map(|t| {
            t.lines()
                .filter(|d| on_disk.contains(*d))
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    // The months this publish changes; with no head in pieces, every month.
    let mut months = catalog::months_of(issues.iter().map(|(_, i)| &i.date).chain(&pending));
    if head.is_none() {
        months.extend(catalog::months_of(&on_disk));
    }
    let mut site = Issues::new(data_dir);
    for date in on_disk.iter().filter(|d| months.contains(&month_key(d))) {
        site.read(date)?;
    }
    let site_paper = head.as_ref().map(|h| paper_key(&h.paper)).or_else(|| {
        site.known
            .values()
            .next()
            .map(|k| paper_key(&k.issue.paper))
    });
    if let Some(site_paper) = site_paper {
        for (name, issue) in issues {
            if paper_key(&issue.paper) != site_paper {
                return Err(PublishError::OtherPaper {
                    name: name.clone(),
                    found: paper_key(&issue.paper),
                    site: site_paper,
                    dir: data_dir.to_owned(),
                });
            }
        }
    }
    // What this publish may change is on disk before the first issue file is: if it stops
    // halfway, the next publish does those dates again (their files may already hold the
    // new bytes, which would make them look unchanged).
    let mut pending_now: Vec<&str> = issues.iter().map(|(_, i)| i.date.as_str()).collect();
    pending_now.extend(pending.iter().map(String::as_str));
    create_dir(&issues_dir)?;
    write_atomically(&data_dir.join(PENDING), pending_now.join("\n").as_bytes())?;
    // Issue files first, renamed into place, one at a time (a decade's publish holds one
    // issue's bytes at once); then the catalog's pieces, the pages, sitemaps and search;
    // the catalog's head last, flushed to disk: it is what makes them part of the site.
    let mut files = Vec::new();
    let mut changed = pending;
    for (_, issue) in issues {
        let bytes = to_json(issue);
        let file = issue_file(&issue.date);
        let new = Known {
            issue: Cow::Borrowed(issue),
            hash: hash(&bytes),
            bytes: bytes.len() as u64,
        };
        let outcome = match site.known.get(&issue.date) {
            None => Outcome::New,
            Some(old) if old.hash == new.hash && old.bytes == new.bytes => Outcome::Unchanged,
            Some(_) => Outcome::Replaced,
        };
        if outcome != Outcome::Unchanged {
            write_quickly(&data_dir.join(&file), &bytes)?;
            changed.push(issue.date.clone());
        }
        files.push((file, outcome));
        site.known.insert(issue.date.clone(), new);
    }
    changed.sort();
    changed.dedup();
    // IIIF: the issues' image services and manifests, for library viewers.
    let mut iiif = Vec::new();
    if let Some(site_url) = options.site_url.as_deref() {
        for (_, issue) in issues {
            if iiif::write(issue, data_dir, site_url)? {
                iiif.push(issue.date.clone());
            }
        }
    }
    let mut dates = on_disk;
    dates.extend(issues.iter().map(|(_, i)| i.date.clone()));
    // The newest two issues are read by the front page, the news sitemap and the head's
    // paper: kept, so each is read once.
    for date in dates.iter().rev().take(2) {
        if !site.known.contains_key(date) {
            site.read(date)?;
        }
    }
    let newest = match dates.last() {
        Some(date) => site.load(date)?.paper.clone(),
        None => Paper::default(),
    };
    let by_month: BTreeMap<String, Vec<&Known>> = months
        .iter()
        .map(|m| {
            let of_month = site
                .known
                .iter()
                .filter(|(d, _)| month_key(d) == *m)
                .map(|(_, r)| r)
                .collect();
            (m.clone(), of_month)
        })
        .collect();
    let written = catalog::update(data_dir, head.as_ref(), &newest, &by_month)?;
    // The search index and the pages need nothing of each other: on two cores they are
    // made at once (the index also has a thread of its own writing its files).
    let (search, pages) = std::thread::scope(|scope| {
        let search = scope.spawn(|| search::update(data_dir, &site, &dates, &changed));
        let pages = match data_dir.parent() {
            Some(root) if root.join(pages::SHELL).is_file() => (|| {
                write_manifest(root, &written.head.paper)?;
                let url = options.site_url.as_deref();
                sitemap::write(root, &site, &dates, &months, url.unwrap_or(""))?;
                let to_do = pages::Work {
                    data_dir,
                    catalog: &written,
                    previous: head.as_ref(),
                    dates: &dates,
                    changed: &changed,
                };
                pages::write(root, &site, &to_do, url).map(Some)
            })(),
            _ => Ok(None),
        };
        let search = search.join().unwrap_or_else(|_| {
            Err(PublishError::Io {
                path: data_dir.join("search"),
                err: std::io::Error::other("the search index's thread panicked"),
            })
        });
        (search, pages)
    });
    let (search, pages) = (search?, pages?);
    let (pages, sitemaps) = (pages.unwrap_or(0), pages.is_some());
    catalog::commit(data_dir, &written, head.as_ref())?;
    match fs::remove_file(data_dir.join(PENDING)) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => {
            return Err(PublishError::Io {
                path: data_dir.join(PENDING),
                err,
            })
        }
        _ => {}
    }
    Ok(Published {
        files,
        issues: dates.len(),
        catalog: written.file,
        pages,
        sitemaps,
        search,
        iiif,
    })
}

/// The site's issues as a publish knows them: the files it had to read (the months it
/// changes) and the new issues, each with its hash and size; any other is read when asked
/// for.
pub(crate) struct Issues<'a> {
    data_dir: &'a Path,
    known: BTreeMap<String, Known<'a>>,
}

/// An issue with the hash and size of its file.
pub(crate) struct Known<'a> {
    pub issue: Cow<'a, Issue>,
    pub hash: String,
    pub bytes: u64,
}

impl<'a> Issues<'a> {
    fn new(data_dir: &'a Path) -> Issues<'a> {
        Issues {
            data_dir,
            known: BTreeMap::new(),
        }
    }

    /// Reads the issue of `date` from its file and keeps it.
    fn read(&mut self, date: &str) -> Result<(), PublishError> {
        let (issue, bytes) = catalog::read_issue(self.data_dir, date)?;
        let known = Known {
            issue: Cow::Owned(issue),
            hash: hash(&bytes),
            bytes: bytes.len() as u64,
        };
        self.known.insert(date.to_owned(), known);
        Ok(())
    }

    /// The issue of `date`: kept, or read from its file for this use only.
    pub(crate) fn load(&self, date: &str) -> Result<Cow<'_, Issue>, PublishError> {
        match self.known.get(date) {
            Some(k) => Ok(Cow::Borrowed(&*k.issue)),
            None => catalog::read_issue(self.data_dir, date).map(|(i, _)| Cow::Owned(i)),
        }
    }

    /// The issue of `date` as [`Issues::load`] gives it, with its file's bytes.
    pub(crate) fn load_with_file(
        &self,
        date: &str,
    ) -> Result<(Cow<'_, Issue>, Vec<u8>), PublishError> {
        match self.known.get(date) {
            Some(k) => {
                let path = self.data_dir.join(issue_file(date));
                let bytes = fs::read(&path).map_err(|err| PublishError::Io { path, err })?;
                Ok((Cow::Borrowed(&*k.issue), bytes))
            }
            None => catalog::read_issue(self.data_dir, date).map(|(i, b)| (Cow::Owned(i), b)),
        }
    }
}

/// Writes `manifest.webmanifest` for the viewer in `site`, named for the paper: what makes
/// the site an installable app. URLs are relative to the manifest, so any base path works.
fn write_manifest(site: &Path, paper: &Paper) -> Result<(), PublishError> {
    let name = paper.name.clone().unwrap_or_else(|| "电子报".into());
    let manifest = serde_json::json!({
        "name": format!("{name} 电子报"),
        "short_name": name,
        "description": format!("{name}的电子报：每一版、每一篇，离线也能读。"),
        "lang": paper.lang,
        "dir": "ltr",
        "id": "./",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "theme_color": "#9b1c1c",
        "background_color": "#fdfcf8",
        "icons": [
            { "src": "icons/icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any" },
            { "src": "icons/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any" },
            { "src": "icons/maskable-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable" }
        ]
    });
    let mut bytes = serde_json::to_vec_pretty(&manifest).unwrap_or_default();
    bytes.push(b'\n');
    write_atomically(&site.join("manifest.webmanifest"), &bytes)
}

fn paper_key(p: &Paper) -> String {
    p.id.clone()
        .or_else(|| p.name.clone())
        .unwrap_or_else(|| "an unnamed paper".into())
}

/// `issues/2026-04-03.json`.
pub fn issue_file(date: &str) -> String {
    format!("issues/{date}.json")
}

pub(crate) fn to_json<T: serde::Serialize>(value: &T) -> Vec<u8> {
    // Serializing plain data structs to a Vec cannot fail.
    serde_json::to_vec(value).unwrap_or_default()
}

pub(crate) fn create_dir(dir: &Path) -> Result<(), PublishError> {
    fs::create_dir_all(dir).map_err(|err| PublishError::Io {
        path: dir.to_owned(),
        err,
    })
}

/// Writes `bytes` to a temporary file beside `path`, flushes it to disk, then renames
/// it into place: a reader or a crash sees the old file or the new one, never half.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), PublishError> {
    replace_file(path, bytes, true)
}

/// [`write_atomically`] without waiting for the disk: for the thousands of pages,
/// which publish writes again whenever they are missing or differ.
pub(crate) fn write_quickly(path: &Path, bytes: &[u8]) -> Result<(), PublishError> {
    replace_file(path, bytes, false)
}

fn replace_file(path: &Path, bytes: &[u8], sync: bool) -> Result<(), PublishError> {
    let io = |err| PublishError::Io {
        path: path.to_owned(),
        err,
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        if sync {
            f.sync_all()?;
        }
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(io)
}

/// SHA-256, cut to its first 16 bytes, as 32 hex digits: tells one version of a file
/// from another.
pub fn hash(bytes: &[u8]) -> String {
    let mut h = Hasher::new();
    h.update(bytes);
    h.finish()
}

/// [`hash`] fed piece by piece: the hash of the pieces put end to end.
pub(crate) struct Hasher(Sha256);

impl Hasher {
    pub(crate) fn new() -> Hasher {
        Hasher(Sha256::new())
    }

    pub(crate) fn update(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }

    pub(crate) fn finish(self) -> String {
        self.0.finalize()[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashing_piece_by_piece_is_hashing_the_whole() {
        let mut h = Hasher::new();
        h.update(b"t0.bin");
        h.update(b"");
        h.update(b"bmshard2\x00");
        assert_eq!(h.finish(), hash(b"t0.binbmshard2\x00"));
    }

    #[test]
    fn hash_is_sha256_cut_to_16_bytes() {
        // FIPS 180-2 / NIST test vectors, first 32 hex digits.
        assert_eq!(hash(b""), "e3b0c44298fc1c149afbf4c8996fb924");
        assert_eq!(hash(b"abc"), "ba7816bf8f01cfea414140de5dae2223");
        let mut h = Hasher::new();
        h.update(b"a");
        h.update(b"bc");
        assert_eq!(h.finish(), "ba7816bf8f01cfea414140de5dae2223");
    }
}
