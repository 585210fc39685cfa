//! The catalog of a published site, in pieces (DESIGN.md §5, ARCHITECTURE.md "Catalog").
//!
//! - `data/catalog.json`, the *head*, fetched on every cold start: the paper, the issues of
//!   the newest month, [`Catalog::months`], one line for each month of the newest year naming
//!   its piece, and [`Catalog::older`], the file listing the months of the earlier years.
//!   Its size does not grow with the archive (at most twelve lines and one name).
//! - `data/catalog/2026-04-<hash>.json`, one *piece* a month: the same format, that month's
//!   issues, `months` empty.
//! - `data/catalog/older-<hash>.json`, the *older months*: the same format, `issues` empty,
//!   `months` the lines of every month before the newest year. It changes once a year (and
//!   when an issue of an earlier year is corrected); the archive reads it, the front page
//!   does not.
//!
//! Pieces and older months are named by a hash of their content, so such a file never
//! changes: a browser or a CDN keeps it for good, and a reader running an older head still
//! finds the files it names (publish keeps the files the previous head named).
//!
//! A catalog without `months` (written before the pieces, or a small test site) lists every
//! issue itself: readers treat it as the whole archive.

use serde::{Deserialize, Serialize};

use crate::issue::{Issue, Paper};

/// The format id of a catalog file; always the first field.
pub const CATALOG_FORMAT: &str = "banmian.catalog/1";

/// Every published issue of a site, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    /// Always [`CATALOG_FORMAT`].
    pub format: String,
    /// The paper, as its newest issue describes it.
    pub paper: Paper,
    /// One entry an issue, newest date first: in the head, the newest month's issues; in a
    /// month's piece, that month's; in a catalog without `months`, every issue.
    pub issues: Vec<CatalogEntry>,
    /// In the head: every month of the newest year that has issues, newest first, with its
    /// piece (every month of the archive once [`Catalog::with_older`] added the earlier
    /// years'). In the older months: every month before the newest year. Empty in a piece,
    /// and in a catalog that lists every issue itself.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub months: Vec<CatalogMonth>,
    /// In the head of an archive that spans more than one year: the file listing the
    /// months of the earlier years, relative to the head (`catalog/older-<hash>.json`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub older: Option<String>,
}

/// One month of the archive, as the head lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogMonth {
    /// `YYYY-MM`.
    pub month: String,
    /// How many issues it has.
    pub issues: u32,
    /// Its piece, relative to the head: `catalog/2026-04-<hash>.json`.
    pub file: String,
}

/// One issue in the catalog: enough to list it and to fetch it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CatalogEntry {
    /// Publication date, `YYYY-MM-DD`.
    pub date: String,
    /// The issue number (期号).
    #[serde(default)]
    pub number: Option<u32>,
    /// The weekday as printed.
    #[serde(default)]
    pub weekday: Option<String>,
    /// How many pages the paper printed.
    #[serde(default)]
    pub page_count: Option<u32>,
    /// The pages the data holds.
    pub pages: Vec<CatalogPage>,
    /// The front page's lead headline, for the archive.
    #[serde(default)]
    pub lead: Option<String>,
    /// The issue file, relative to the catalog: `issues/2026-04-03.json`.
    pub file: String,
    /// A hash of the issue file's bytes, to tell a corrected issue from the old one.
    pub hash: String,
    /// The issue file's size in bytes.
    pub bytes: u64,
}

/// One page of an issue, as the catalog lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CatalogPage {
    /// The page number.
    pub number: u32,
    /// The page label, e.g. `第1版`.
    pub label: String,
    /// The page's name (版名), when printed.
    #[serde(default)]
    pub name: Option<String>,
}

impl CatalogEntry {
    /// The catalog entry for an issue whose file is `file`, `bytes` long, with this hash.
    pub fn new(issue: &Issue, file: String, hash: String, bytes: u64) -> CatalogEntry {
        CatalogEntry {
            date: issue.date.clone(),
            number: issue.number,
            weekday: issue.weekday.clone(),
            page_count: issue.page_count,
            pages: issue
                .pages
                .iter()
                .map(|p| CatalogPage {
                    number: p.number,
                    label: p.label.clone(),
                    name: p.name.clone(),
                })
                .collect(),
            lead: issue.lead().map(|a| a.headline.clone()),
            file,
            hash,
            bytes,
        }
    }
}

impl Catalog {
    /// A catalog of these entries, sorted newest first, describing `paper`.
    pub fn new(paper: Paper, mut issues: Vec<CatalogEntry>) -> Catalog {
        issues.sort_by(|a, b| b.date.cmp(&a.date));
        Catalog {
            format: CATALOG_FORMAT.to_owned(),
            paper,
            issues,
            months: Vec::new(),
            older: None,
        }
    }

    /// This head with the months of `older` (the file [`Catalog::older`] names) it does not
    /// list already: every month of the archive, newest first. Adding them twice changes
    /// nothing.
    pub fn with_older(&self, older: &Catalog) -> Catalog {
        let mut months: Vec<CatalogMonth> = self.months.clone();
        for line in &older.months {
            if !months.iter().any(|m| m.month == line.month) {
                months.push(line.clone());
            }
        }
        months.sort_by(|a, b| b.month.cmp(&a.month));
        Catalog {
            months,
            ..self.clone()
        }
    }

    /// A head of every month cut in two: itself with the months of its newest year only,
    /// and the lines of the earlier years' months (for the file [`Catalog::older`] names).
    pub fn split_older(&self) -> (Catalog, Vec<CatalogMonth>) {
        let year = |m: &CatalogMonth| m.month.get(..4).map(str::to_owned);
        let newest = self.months.first().and_then(year);
        let (recent, earlier) = self.months.iter().cloned().partition(|m| year(m) == newest);
        (
            Catalog {
                months: recent,
                ..self.clone()
            },
            earlier,
        )
    }

    /// Whether this catalog lists every issue itself (it has no month pieces).
    pub fn is_whole(&self) -> bool {
        self.months.is_empty()
    }

    /// The `YYYY-MM` months with issues, newest first: from `months`, or from the issues of
    /// a catalog that lists them all.
    pub fn month_keys(&self) -> Vec<String> {
        if !self.months.is_empty() {
            return self.months.iter().map(|m| m.month.clone()).collect();
        }
        let mut keys: Vec<String> = Vec::new();
        for e in &self.issues {
            let key = month_key(&e.date);
            if keys.last() != Some(&key) {
                keys.push(key);
            }
        }
        keys
    }

    /// The entries of `month` (`YYYY-MM`) this catalog itself holds, newest first.
    pub fn issues_of(&self, month: &str) -> Vec<CatalogEntry> {
        self.issues
            .iter()
            .filter(|e| month_key(&e.date) == month)
            .cloned()
            .collect()
    }

    /// The piece that holds `month`, when this is a head and the month's issues are not
    /// in it already (`None`: read [`Catalog::issues_of`]).
    pub fn piece_of(&self, month: &str) -> Option<&CatalogMonth> {
        let newest = self.issues.first().map(|e| month_key(&e.date));
        if newest.as_deref() == Some(month) {
            return None;
        }
        self.months.iter().find(|m| m.month == month)
    }
}

/// `2026-04-03` → `2026-04`.
pub fn month_key(date: &str) -> String {
    date.get(..7).unwrap_or(date).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(date: &str) -> CatalogEntry {
        CatalogEntry {
            date: date.into(),
            number: None,
            weekday: None,
            page_count: None,
            pages: Vec::new(),
            lead: None,
            file: format!("issues/{date}.json"),
            hash: String::new(),
            bytes: 0,
        }
    }

    #[test]
    fn a_whole_catalog_finds_its_months_in_its_issues() {
        let c = Catalog::new(
            Paper::default(),
            vec![
                entry("2026-03-31"),
                entry("2026-04-02"),
                entry("2026-04-01"),
            ],
        );
        assert!(c.is_whole());
        assert_eq!(c.month_keys(), ["2026-04", "2026-03"]);
        assert_eq!(c.issues_of("2026-04").len(), 2);
        assert_eq!(c.piece_of("2026-03"), None);
    }

    #[test]
    fn a_head_names_the_pieces_of_older_months() {
        let mut c = Catalog::new(Paper::default(), vec![entry("2026-04-01")]);
        c.months = vec![
            CatalogMonth {
                month: "2026-04".into(),
                issues: 1,
                file: "catalog/2026-04-aa.json".into(),
            },
            CatalogMonth {
                month: "2026-03".into(),
                issues: 31,
                file: "catalog/2026-03-bb.json".into(),
            },
        ];
        assert!(!c.is_whole());
        assert_eq!(c.month_keys(), ["2026-04", "2026-03"]);
        assert_eq!(
            c.piece_of("2026-04"),
            None,
            "the newest month is in the head"
        );
        assert_eq!(
            c.piece_of("2026-03").map(|m| m.file.as_str()),
            Some("catalog/2026-03-bb.json")
        );
        assert_eq!(c.piece_of("2025-12"), None);
    }

    fn line(month: &str) -> CatalogMonth {
        CatalogMonth {
            month: month.into(),
            issues: 1,
            file: format!("catalog/{month}-aa.json"),
        }
    }

    #[test]
    fn a_head_keeps_its_newest_year_and_the_older_months_go_to_a_file() {
        let mut whole = Catalog::new(Paper::default(), vec![entry("2026-01-05")]);
        whole.months = ["2026-01", "2025-12", "2025-02", "2023-07"]
            .map(line)
            .to_vec();
        let (head, earlier) = whole.split_older();
        let months = |lines: &[CatalogMonth]| -> Vec<String> {
            lines.iter().map(|m| m.month.clone()).collect()
        };
        assert_eq!(months(&head.months), ["2026-01"]);
        assert_eq!(months(&earlier), ["2025-12", "2025-02", "2023-07"]);
        assert_eq!(head.issues, whole.issues);
        // What the archive reads back: the head, then the older months.
        let mut older = Catalog::new(Paper::default(), Vec::new());
        older.months = earlier;
        let again = head.with_older(&older);
        assert_eq!(again.months, whole.months);
        assert_eq!(
            again.with_older(&older),
            again,
            "adding them twice changes nothing"
        );
        assert_eq!(
            again.month_keys(),
            ["2026-01", "2025-12", "2025-02", "2023-07"]
        );
        assert_eq!(
            again.piece_of("2023-07").map(|m| m.file.as_str()),
            Some("catalog/2023-07-aa.json")
        );
        // A head of one year has nothing older.
        let (same, none) = head.split_older();
        assert_eq!((same, none), (head, Vec::new()));
    }

    #[test]
    fn an_old_catalog_without_months_still_reads() {
        let json = r#"{"format":"banmian.catalog/1","paper":{},"issues":[]}"#;
        let c: Catalog = serde_json::from_str(json).expect("reads");
        assert!(c.months.is_empty());
        assert_eq!(c.older, None);
        let again = serde_json::to_string(&c).expect("writes");
        assert!(
            !again.contains("months") && !again.contains("older"),
            "{again}"
        );
    }
}
