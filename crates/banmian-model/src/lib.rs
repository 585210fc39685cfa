//! The issue JSON contract of banmian (`banmian.issue/1`) and the catalog of a
//! published site (`banmian.catalog/1`).
//!
//! This crate is shared by the native tools (importer, CLI, publisher) and by the
//! WebAssembly viewer, so it does no I/O and stays small: it holds the serde
//! types, the format check that runs before anything else is parsed, validation
//! that reports every problem with its JSON path, the search manifest's types, and the resolution of
//! cross-page jumps (`（下转第4版）` ↔ `（上接第1版）`).
//!
//! There is one reader of the JSON files: the serde derives. [`parse_issue`],
//! [`parse_catalog`] and [`parse_search_manifest`] (feature `json`, on by default) run them
//! over serde_json, after the format check; the native tools use them. The WebAssembly viewer
//! builds this crate without default features, so without serde_json: it parses with the
//! browser's `JSON.parse`, makes the same format check and returns the same [`ParseError`]s
//! for it, and deserializes the same types with serde-wasm-bindgen.

mod catalog;
mod dates;
mod issue;
mod jumps;
mod parse;
mod search;
mod validate;

pub use catalog::{month_key, Catalog, CatalogEntry, CatalogMonth, CatalogPage, CATALOG_FORMAT};
pub use dates::{day_number, long_date, month};
pub use issue::{
    Article, Block, Issue, Jump, Kind, Page, PageFile, Paper, Rendition, Size, TextLine,
    ISSUE_FORMAT,
};
pub use jumps::{headline_key, resolve_jumps, JumpNote};
pub use parse::ParseError;
#[cfg(feature = "json")]
pub use parse::{parse_catalog, parse_issue, parse_search_manifest};
pub use search::{SearchManifest, SearchSegment, SEARCH_FORMAT};
pub use validate::{validate, Problem, Severity};
