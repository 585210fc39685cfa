//! Searching the published archive in the browser: fetches the search manifest, then only
//! the term shards and document tables a query needs, and keeps what it fetched, so a
//! repeated or refined query fetches little or nothing.

use std::rc::Rc;

use banmian_model::Issue;
use banmian_search::{shard_of, Doc, Meta, Query, Segment, Shard};

use crate::core::api::{load, search_manifest, want, FetchError};
use crate::core::marks::matches;

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

/// The outcome of a search.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Results {
    /// How many stories match.
    pub total: usize,
    /// The best of them, as many as were asked for.
    pub top: Vec<Found>,
}

/// The stories matching `q`, best first: headline matches, then the newest, then the
/// most matches. `only` limits the search to the issue of that date (its own index file).
/// Only the `top` best are read from the document tables; the rest are counted from the
/// index alone.
pub async fn search(q: &str, only: Option<&str>, top: usize) -> Result<Results, FetchError> {
    let query = Query::new(q);
    if query.is_empty() {
        return Ok(Results::default());
    }
    if let Some(date) = only {
        return search_issue(q, date, top).await;
    }
    let manifest = search_manifest().await?;
    // (in headline, date, segment, document, matches)
    let mut hits: Vec<(bool, String, usize, u32, usize)> = Vec::new();
    for (si, seg) in manifest.segments.iter().enumerate() {
        let urls: Vec<String> = query
            .terms()
            .iter()
            .map(|t| format!("data/search/{}/t{}.bin", seg.dir, shard_of(t, seg.shards)))
            .collect();
        // Start every shard not in memory yet, then read them in turn.
        for url in &urls {
            want(url);
        }
        let mut shards: Vec<Rc<Shard>> = Vec::new();
        for url in &urls {
            shards.push(shard(url).await?);
        }
        let found = query.run(|t| shards.iter().find_map(|s| s.get(t)));
        if found.is_empty() {
            continue;
        }
        let meta = meta(&format!("data/search/{}/meta.bin", seg.dir)).await?;
        for hit in found {
            let date = meta.date_of(hit.doc).unwrap_or_default().to_owned();
            let in_headline = hit.starts.iter().any(|&p| meta.in_headline(hit.doc, p));
            hits.push((in_headline, date, si, hit.doc, hit.starts.len()));
        }
    }
    hits.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then_with(|| b.1.cmp(&a.1))
            .then_with(|| a.3.cmp(&b.3))
            .then_with(|| b.4.cmp(&a.4))
    });
    let mut results = Results {
        total: hits.len(),
        top: Vec::new(),
    };
    let table_of = |si: usize, doc: u32| {
        let seg = &manifest.segments[si];
        format!(
            "data/search/{}/docs-{}.txt",
            seg.dir,
            doc / seg.chunk.max(1)
        )
    };
    for (_, _, si, doc, _) in hits.iter().take(top) {
        want(&table_of(*si, *doc));
    }
    for (in_headline, _, si, doc, matches) in hits.into_iter().take(top) {
        let seg = &manifest.segments[si];
        let chunk = seg.chunk.max(1);
        let table = docs(&table_of(si, doc)).await?;
        if let Some(d) = table.get((doc % chunk) as usize) {
            results.top.push(Found {
                doc: d.clone(),
                in_headline,
                matches,
            });
        }
    }
    Ok(results)
}

/// One issue's search: a scan of the issue's own text with the same tokenizer (a few
/// thousand characters; no index needed), so it works offline on a downloaded issue.
async fn search_issue(query: &str, date: &str, top: usize) -> Result<Results, FetchError> {
    let issue = crate::core::api::issue(date.to_owned()).await?;
    let mut found: Vec<Found> = Vec::new();
    for parts in issue.stories() {
        let Some((page, first)) = parts.first() else {
            continue;
        };
        let headline = Issue::story_headline(&parts);
        let in_headline = !matches(headline, query).is_empty();
        let count = matches(&Issue::story_text(&parts), query).len() + usize::from(in_headline);
        if count > 0 {
            let title_units =
                u32::try_from(banmian_search::tokenize(headline).len()).unwrap_or(u32::MAX);
            let doc = Doc {
                date: issue.date.clone(),
                page: *page,
                id: first.id.clone(),
                headline: headline.to_owned(),
                title_units,
            };
            found.push(Found {
                doc,
                in_headline,
                matches: count,
            });
        }
    }
    found.sort_by(|a, b| {
        b.in_headline
            .cmp(&a.in_headline)
            .then_with(|| b.matches.cmp(&a.matches))
    });
    let total = found.len();
    found.truncate(top);
    Ok(Results { total, top: found })
}

async fn shard(url: &str) -> Result<Rc<Shard>, FetchError> {
    load(url, |b| {
        Shard::decode(b).map_err(|e| FetchError::Data(e.to_string()))
    })
    .await
}

async fn meta(url: &str) -> Result<Rc<Meta>, FetchError> {
    load(url, |b| {
        Meta::decode(b).map_err(|e| FetchError::Data(e.to_string()))
    })
    .await
}

async fn docs(url: &str) -> Result<Rc<Vec<Doc>>, FetchError> {
    load(url, |b| {
        let text = std::str::from_utf8(b).map_err(|e| FetchError::Data(e.to_string()))?;
        Segment::decode_docs(text).map_err(|e| FetchError::Data(e.to_string()))
    })
    .await
}
