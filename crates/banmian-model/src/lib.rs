//! The issue JSON contract of banmian (`banmian.issue/1`) and the catalog of a
//! published site (`banmian.catalog/1`).
//!
//! This crate is shared by the native tools (importer, CLI, publisher) and by the
//! WebAssembly viewer, so it does no I/O and stays small: it holds the serde
//! types, the format check that runs before anything else is parsed, validation
//! that reports every problem with its JSON path, the search manifest's types, and the resolution of
//! cross-page jumps (`（下转第4版）` ↔ `（上接第1版）`).
//!
//! There are two readers of the JSON files. [`parse_issue`], [`parse_catalog`] and
//! [`parse_search_manifest`] (feature `json`, on by default) use serde_json and the serde
//! derives; the native tools use them. [`lite`] reads the same contract with a small
//! hand-written parser and no serde_json, because serde_json and serde's generic
//! deserializers (the internally tagged [`Block`] above all) are a large part of the viewer's
//! WebAssembly, which has a size budget; the viewer builds this crate without default
//! features. The two must agree: for every input, the same value or the same kind of
//! [`ParseError`]. The tests in `tests/lite.rs` (fixtures, generated issues, a golden list
//! of tricky inputs) hold them equal; change both readers together.

mod catalog;
mod dates;
mod issue;
mod jumps;
pub mod lite;
mod parse;
mod search;
mod validate;

pub use catalog::{Catalog, CatalogEntry, CatalogPage, CATALOG_FORMAT};
pub use dates::{day_number, long_date, month};
pub use issue::{Article, Block, Issue, Jump, Kind, Page, Paper, ISSUE_FORMAT};
pub use jumps::{headline_key, resolve_jumps, JumpNote};
pub use parse::ParseError;
#[cfg(feature = "json")]
pub use parse::{parse_catalog, parse_issue, parse_search_manifest};
pub use search::{SearchManifest, SearchSegment, SEARCH_FORMAT};
pub use validate::{validate, Problem, Severity};
