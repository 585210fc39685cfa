//! The catalog of a published site, in pieces (DESIGN.md §5, ARCHITECTURE.md "Catalog").
//!
//! - `data/catalog.json`, the *head*, fetched on every cold start: the paper, the issues of
//!   the newest month, and [`Catalog::months`], one line a month of the archive naming its
//!   piece. Its size does not grow with the archive's issues (a line a month).
//! - `data/catalog/2026-04-<hash>.json`, one *piece* a month: the same format, that month's
//!   issues, `months` empty. Named by a hash of its content, so a piece never changes: a
//!   browser or a CDN keeps it for good, and a reader running an older head still finds the
//!   pieces it names (publish keeps the pieces the previous head named).
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
    /// In the head: every month of the archive that has issues, newest first, with its
    /// piece. Empty in a piece, and in a catalog that lists every issue itself.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub months: Vec<CatalogMonth>,
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
        }
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

    #[test]
    fn an_old_catalog_without_months_still_reads() {
        let json = r#"{"format":"banmian.catalog/1","paper":{},"issues":[]}"#;
        let c: Catalog = serde_json::from_str(json).expect("reads");
        assert!(c.months.is_empty());
        let again = serde_json::to_string(&c).expect("writes");
        assert!(!again.contains("months"), "{again}");
    }
}
