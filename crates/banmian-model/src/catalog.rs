//! The catalog of a published site (`data/catalog.json`): every issue, newest first.

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
    /// One entry an issue, newest date first.
    pub issues: Vec<CatalogEntry>,
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
        }
    }
}
