//! The manifest of a site's search index (`data/search/manifest.json`).

use serde::{Deserialize, Serialize};

/// The format id of a search manifest; always the first field.
///
/// Version 2: segments by the calendar's tiers, and a text table with marks in the
/// document tables, for snippets (version 1's document tables have no text offsets).
/// Version 3: the segment's files stored deflated (`.deflate`), no text table (the
/// document tables' offsets are in the stories' issue files), and each segment's issues
/// in the manifest (`meta`), not in a file.
pub const SEARCH_FORMAT: &str = "banmian.search/4";

/// Which index segments the site has; each segment's files never change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchManifest {
    /// Always [`SEARCH_FORMAT`].
    pub format: String,
    /// The segments, newest first (a year, a month, the first runs of the newest month, a
    /// day: see `banmian-publish`'s `search` module).
    pub segments: Vec<SearchSegment>,
}

/// One segment: the stories of the issues of a range of dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchSegment {
    /// The range: `2025` (a year), `2026-03` (a month, or the newest month's first
    /// issues), `2026-04-17` (a day).
    pub key: String,
    /// How many issues it indexes (0 in manifests written before it was recorded).
    #[serde(default)]
    pub issues: u32,
    /// Its folder under `search/`, named with a hash of its content: `2026-3f2a9c…`.
    pub dir: String,
    /// How many term shards it has (`t<N>.deflate`, N from 0).
    pub shards: u32,
    /// How many documents (stories) it has.
    pub docs: u32,
    /// Documents a document-table file (`docs-<K>.deflate` holds documents K×chunk..).
    pub chunk: u32,
    /// Its issues, oldest first, with their number of stories: what a query needs of the
    /// segment besides its shards, here so that it fetches no file for it. The text form
    /// of `banmian_search::Meta` (`0:2026-04-01:24;9:2:24`: the bytes a date shares with
    /// the one before, the rest of it, its stories).
    pub meta: String,
    /// Its frequent pairs, `;` between them (`发 展;工 作`; none in a small segment): they
    /// keep only first positions, and the three units around them are indexed, so a query
    /// plans its terms with them (`banmian_search::Meta::frequent_text`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub frequent: String,
}
