//! The catalog in pieces (ARCHITECTURE.md, "Catalog"): `catalog.json`, the head (the paper,
//! the newest month's issues, a line for each month of the newest year and the name of the
//! older months), a piece a month, `catalog/2026-04-<hash>.json`, and the older months,
//! `catalog/older-<hash>.json` (a line for each month of the earlier years), each named by
//! a hash of its content.
//!
//! Here a head is whole: its `months` are every month's, the older ones added from the file
//! `older` names ([`read_head`]); [`update`] cuts it in two to write it.
//!
//! A publish knows the site from the head and the file names in `issues/`: it reads the
//! issue files of the months it changes (at most 31 each), never the whole archive, and
//! writes the pieces of those months and the head. A head that lists every issue itself
//! (written before the pieces) or no head at all makes it read every issue once and write
//! every piece.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use banmian_model::{
    month_key, parse_catalog, parse_issue, Catalog, CatalogEntry, CatalogMonth, Issue, Paper,
};

use crate::{hash, issue_file, write_atomically, write_quickly, Known, PublishError};

/// The head's name in the data directory.
pub(crate) const HEAD: &str = "catalog.json";

/// The pieces' folder in the data directory.
const PIECES: &str = "catalog";

/// The dates of the issue files in `issues_dir` (`2026-04-03.json` → `2026-04-03`).
pub(crate) fn dates_in(issues_dir: &Path) -> Result<BTreeSet<String>, PublishError> {
    let entries = match fs::read_dir(issues_dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeSet::new()),
        Err(err) => {
            return Err(PublishError::Io {
                path: issues_dir.to_owned(),
                err,
            })
        }
    };
    let mut dates = BTreeSet::new();
    for entry in entries {
        let entry = entry.map_err(|err| PublishError::Io {
            path: issues_dir.to_owned(),
            err,
        })?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') && name.ends_with(".tmp") {
            // Left by a publish that was stopped while writing it.
            let _ = fs::remove_file(entry.path());
        } else if let Some(stem) = name.strip_suffix(".json") {
            if !stem.starts_with('.') {
                dates.insert(stem.to_owned());
            }
        }
    }
    Ok(dates)
}

/// Reads the published issue of `date`, checking it is that date's issue.
pub(crate) fn read_issue(data_dir: &Path, date: &str) -> Result<(Issue, Vec<u8>), PublishError> {
    let path = data_dir.join(issue_file(date));
    let bytes = fs::read(&path).map_err(|err| PublishError::Io {
        path: path.clone(),
        err,
    })?;
    let issue =
        parse_issue(&String::from_utf8_lossy(&bytes)).map_err(|e| PublishError::Existing {
            path: path.clone(),
            err: e.to_string(),
        })?;
    if issue.date != date {
        let err = format!(
            "it holds the issue of {}, so its name should be {}.json",
            issue.date, issue.date
        );
        return Err(PublishError::Existing { path, err });
    }
    Ok((issue, bytes))
}

/// The head of the site in `data_dir`, when it has one in pieces, whole (with the months of
/// the file its `older` names). A head that lists every issue itself, a broken one (or
/// older months missing or broken) or none: `None`, and the publish reads every issue.
pub(crate) fn read_head(data_dir: &Path) -> Option<Catalog> {
    let read = |file: &str| parse_catalog(&fs::read_to_string(data_dir.join(file)).ok()?).ok();
    let head = read(HEAD).filter(|c| !c.is_whole())?;
    match &head.older {
        None => Some(head),
        Some(file) => Some(head.with_older(&read(file)?)),
    }
}

/// A month's piece (its issues newest first, with the paper).
pub(crate) fn piece(paper: &Paper, issues: &[&Known]) -> Catalog {
    let entries = issues
        .iter()
        .map(|k| CatalogEntry::new(&k.issue, issue_file(&k.issue.date), k.hash.clone(), k.bytes))
        .collect();
    Catalog::new(paper.clone(), entries)
}

/// What [`update`] wrote.
pub(crate) struct Written {
    /// The new head, whole (every month's line).
    pub head: Catalog,
    /// The new head as [`commit`] writes it: the newest year's months and the name of the
    /// older months.
    pub file: Catalog,
    /// The older months it names (written), if the archive spans more than one year.
    pub older: Option<Catalog>,
    /// The pieces written (or found already written), by month.
    pub pieces: BTreeMap<String, Catalog>,
}

/// Writes the pieces of `months` (each month's issues, all of them, as read) and the older
/// months, and makes the new head (written by [`commit`]): the previous head's lines for the
/// other months, and the newest month's issues.
pub(crate) fn update(
    data_dir: &Path,
    previous: Option<&Catalog>,
    paper: &Paper,
    months: &BTreeMap<String, Vec<&Known>>,
) -> Result<Written, PublishError> {
    let mut lines: BTreeMap<String, CatalogMonth> = previous
        .map(|h| {
            h.months
                .iter()
                .map(|m| (m.month.clone(), m.clone()))
                .collect()
        })
        .unwrap_or_default();
    let mut pieces = BTreeMap::new();
    let dir = data_dir.join(PIECES);
    crate::create_dir(&dir)?;
    for (month, issues) in months {
        let mut issues = issues.clone();
        issues.sort_by(|a, b| b.issue.date.cmp(&a.issue.date));
        if issues.is_empty() {
            lines.remove(month);
            continue;
        }
        let piece = piece(paper, &issues);
        let bytes = crate::to_json(&piece);
        let file = format!("{PIECES}/{month}-{}.json", hash(&bytes));
        let path = data_dir.join(&file);
        if !path.is_file() {
            write_quickly(&path, &bytes)?;
        }
        lines.insert(
            month.clone(),
            CatalogMonth {
                month: month.clone(),
                issues: u32::try_from(issues.len()).unwrap_or(u32::MAX),
                file,
            },
        );
        pieces.insert(month.clone(), piece);
    }
    let newest = lines.keys().next_back().cloned();
    let newest_issues = match newest {
        Some(ref m) => match pieces.get(m) {
            Some(p) => p.issues.clone(),
            None => previous.map(|h| h.issues_of(m)).unwrap_or_default(),
        },
        None => Vec::new(),
    };
    let mut head = Catalog::new(paper.clone(), newest_issues);
    head.months = lines.into_values().rev().collect();
    let (mut file, earlier) = head.split_older();
    let older = (!earlier.is_empty()).then(|| {
        let mut older = Catalog::new(paper.clone(), Vec::new());
        older.months = earlier;
        older
    });
    if let Some(older) = &older {
        let bytes = crate::to_json(older);
        let name = format!("{PIECES}/older-{}.json", hash(&bytes));
        let path = data_dir.join(&name);
        if !path.is_file() {
            write_quickly(&path, &bytes)?;
        }
        head.older = Some(name.clone());
        file.older = Some(name);
    }
    Ok(Written {
        head,
        file,
        older,
        pieces,
    })
}

/// Writes the head, which makes the files [`update`] wrote part of the site, flushed to
/// disk; then removes the pieces and older months neither it nor the previous head names.
pub(crate) fn commit(
    data_dir: &Path,
    written: &Written,
    previous: Option<&Catalog>,
) -> Result<(), PublishError> {
    write_atomically(&data_dir.join(HEAD), &crate::to_json(&written.file))?;
    remove_unused(&data_dir.join(PIECES), &written.head, previous);
    Ok(())
}

/// Reads the piece the head names for `month` (for pages that show an untouched month).
pub(crate) fn read_piece(data_dir: &Path, head: &Catalog, month: &str) -> Option<Catalog> {
    if head.piece_of(month).is_none() {
        return Some(Catalog::new(head.paper.clone(), head.issues_of(month)));
    }
    let line = head.months.iter().find(|m| m.month == month)?;
    let text = fs::read_to_string(data_dir.join(&line.file)).ok()?;
    parse_catalog(&text).ok()
}

/// Removes the files neither `head` nor `previous` (both whole) names (a reader who loaded
/// the previous head can still fetch its files).
fn remove_unused(dir: &Path, head: &Catalog, previous: Option<&Catalog>) {
    let keep: BTreeSet<PathBuf> = [head]
        .into_iter()
        .chain(previous)
        .flat_map(|h| h.months.iter().map(|m| &m.file).chain(&h.older))
        .filter_map(|file| Path::new(file).file_name().map(PathBuf::from))
        .collect();
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = PathBuf::from(entry.file_name());
        if !keep.contains(&name) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The months (`YYYY-MM`) of `dates`.
pub(crate) fn months_of<'a>(dates: impl IntoIterator<Item = &'a String>) -> BTreeSet<String> {
    dates.into_iter().map(|d| month_key(d)).collect()
}
