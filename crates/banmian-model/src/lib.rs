//! The issue JSON contract of banmian (`banmian.issue/1`) and the catalog of a
//! published site (`banmian.catalog/1`).
//!
//! This crate is shared by the native tools (importer, CLI, publisher) and by the
//! WebAssembly viewer, so it does no I/O and stays small: it holds the serde
//! types, the format check that runs before anything else is parsed, validation
//! that reports every problem with its JSON path, the search manifest's types, and the resolution of
//! cross-page jumps (`（下转第4版）` ↔ `（上接第1版）`).

mod catalog;
mod dates;
mod issue;
mod jumps;
mod parse;
mod search;
mod validate;

pub use catalog::{Catalog, CatalogEntry, CatalogPage, CATALOG_FORMAT};
pub use dates::{long_date, month};
pub use issue::{Article, Block, Issue, Jump, Kind, Page, Paper, ISSUE_FORMAT};
pub use jumps::{resolve_jumps, JumpNote};
pub use parse::{parse_catalog, parse_issue, parse_search_manifest, ParseError};
pub use search::{SearchManifest, SearchSegment, SEARCH_FORMAT};
pub use validate::{validate, Problem, Severity};
