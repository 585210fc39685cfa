//! The manifest of a site's search index (`data/search/manifest.json`).

use serde::{Deserialize, Serialize};

/// The format id of a search manifest; always the first field.
pub const SEARCH_FORMAT: &str = "banmian.search/1";

/// Which index segments the site has; each segment's files never change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchManifest {
    /// Always [`SEARCH_FORMAT`].
    pub format: String,
    /// One segment a year of issues, newest first.
    pub segments: Vec<SearchSegment>,
}

/// One segment: the stories of the issues of one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchSegment {
    /// The year, `2026`.
    pub key: String,
    /// Its folder under `search/`, named with a hash of its content: `2026-3f2a9c…`.
    pub dir: String,
    /// How many term shards it has (`t<N>.bin`, N from 0).
    pub shards: u32,
    /// How many documents (stories) it has.
    pub docs: u32,
    /// Documents a document-table file (`docs-<K>.txt` holds documents K×chunk..).
    pub chunk: u32,
}
