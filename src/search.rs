//! Searching the published archive in the browser: fetches the search manifest, then only
//! the term shards and document tables a query needs, and keeps what it fetched, so a
//! repeated or refined query fetches little or nothing.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use banmian_model::{parse_search_manifest, SearchManifest};
use banmian_search::{shard_of, Doc, Query, Segment, Shard};

use crate::core::api::{get_bytes, get_text, FetchError};

/// One matching story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The story (its first part).
    pub doc: Doc,
    /// Whether the query is in its headline.
    pub in_headline: bool,
    /// How many times it matches.
    pub matches: usize,
}

#[derive(Default)]
struct Cache {
    manifest: Option<Rc<SearchManifest>>,
    shards: HashMap<String, Rc<Shard>>,
    docs: HashMap<String, Rc<Vec<Doc>>>,
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

const MANIFEST_URL: &str = "data/search/manifest.json";

/// The stories matching `q`, best first: headline matches, then the newest, then the most
/// matches. `only` limits the search to the issue of that date.
pub async fn search(q: &str, only: Option<&str>) -> Result<Vec<Found>, FetchError> {
    let query = Query::new(q);
    if query.is_empty() {
        return Ok(Vec::new());
    }
    let manifest = manifest().await?;
    let mut found = Vec::new();
    for seg in &manifest.segments {
        if only.is_some_and(|d| !d.starts_with(&seg.key)) {
            continue;
        }
        let mut shards: Vec<Rc<Shard>> = Vec::new();
        for term in query.terms() {
            let url = format!(
                "data/search/{}/t{}.bin",
                seg.dir,
                shard_of(&term, seg.shards)
            );
            shards.push(shard(&url).await?);
        }
        let hits = query.run(|t| shards.iter().find_map(|s| s.get(t)));
        for hit in hits {
            let chunk = hit.doc / seg.chunk.max(1);
            let docs = docs(&format!("data/search/{}/docs-{chunk}.txt", seg.dir)).await?;
            let Some(doc) = docs.get((hit.doc % seg.chunk.max(1)) as usize) else {
                continue;
            };
            if only.is_some_and(|d| d != doc.date) {
                continue;
            }
            found.push(Found {
                in_headline: hit.starts.iter().any(|&p| p < doc.title_units),
                matches: hit.starts.len(),
                doc: doc.clone(),
            });
        }
    }
    found.sort_by(|a, b| {
        b.in_headline
            .cmp(&a.in_headline)
            .then_with(|| b.doc.date.cmp(&a.doc.date))
            .then_with(|| b.matches.cmp(&a.matches))
    });
    Ok(found)
}

async fn manifest() -> Result<Rc<SearchManifest>, FetchError> {
    if let Some(m) = CACHE.with(|c| c.borrow().manifest.clone()) {
        return Ok(m);
    }
    let text = get_text(MANIFEST_URL).await?;
    let m = Rc::new(parse_search_manifest(&text).map_err(|e| FetchError::Data(e.to_string()))?);
    CACHE.with(|c| c.borrow_mut().manifest = Some(m.clone()));
    Ok(m)
}

async fn shard(url: &str) -> Result<Rc<Shard>, FetchError> {
    if let Some(s) = CACHE.with(|c| c.borrow().shards.get(url).cloned()) {
        return Ok(s);
    }
    let bytes = get_bytes(url).await?;
    let s = Rc::new(Shard::decode(&bytes).map_err(|e| FetchError::Data(e.to_string()))?);
    CACHE.with(|c| c.borrow_mut().shards.insert(url.to_owned(), s.clone()));
    Ok(s)
}

async fn docs(url: &str) -> Result<Rc<Vec<Doc>>, FetchError> {
    if let Some(d) = CACHE.with(|c| c.borrow().docs.get(url).cloned()) {
        return Ok(d);
    }
    let text = get_text(url).await?;
    let d = Rc::new(Segment::decode_docs(&text).map_err(|e| FetchError::Data(e.to_string()))?);
    CACHE.with(|c| c.borrow_mut().docs.insert(url.to_owned(), d.clone()));
    Ok(d)
}
