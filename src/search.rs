//! Searching the published archive in the browser: fetches the search manifest, then only
//! the term shards and document tables a query needs, and keeps what it fetched, so a
//! repeated or refined query fetches little or nothing. The count and the ranking come from
//! the shards alone; each result shown then reads its line of a document table, and its
//! snippet is the few hundred bytes of its issue's file around its first match, fetched
//! by range and read with [`banmian_search::body_text`].

use std::rc::Rc;

use banmian_model::Issue;
use banmian_search::{in_headline, shard_of, Doc, Plan, Query, Segment, Shard};

use crate::core::api::{
    issue_url, load, range_url, search_index, search_index_kept, want, FetchError, SearchIndex,
};
use crate::core::marks::matches;

/// One matching story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Where the story is described.
    pub story: Story,
    /// Whether the query is in its headline.
    pub in_headline: bool,
    /// How many times it matches.
    pub matches: usize,
}

/// The most of an issue file a snippet fetches: a window is a few hundred bytes, but one
/// that runs from one part of a story to the next would span the pages between.
const WINDOW: u64 = 1536;

/// Where a result's story is described.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Story {
    /// A line of a segment's document table, read when the result comes near the screen.
    Row {
        /// The document table's file.
        table: String,
        /// The story's line in it.
        row: usize,
        /// Its first match in the body, for the snippet.
        in_body: Option<u32>,
        /// The query's length in units.
        units: u32,
    },
    /// A story of the issue searched (the search of one issue): its text is the issue's own.
    Known(Doc),
}

impl Story {
    /// The story's document, and where its snippet's text is: a byte range of its issue's
    /// file around the first match in the body (or the start of the body when the match
    /// is in the headline only); `None` when the text is the issue's own.
    pub async fn read(&self) -> Result<(Doc, Option<String>), FetchError> {
        let (table, row, in_body, units) = match self {
            Story::Known(doc) => return Ok((doc.clone(), None)),
            Story::Row {
                table,
                row,
                in_body,
                units,
            } => (table, *row, *in_body, *units),
        };
        let table = docs(table).await?;
        let d = table
            .get(row)
            .ok_or_else(|| FetchError::Data(format!("no line {row} in a document table")))?;
        // About 40 units either side of the match.
        let at = in_body.and_then(|p| d.body_position(p));
        let (start, end) = match at {
            Some(at) => d.window(at.saturating_sub(40), at.saturating_add(units + 40)),
            None => d.window(0, 80),
        };
        let end = end.min(start.saturating_add(WINDOW));
        let window = range_url(&issue_url(&d.date), start, end);
        Ok((d.clone(), (start < end).then_some(window)))
    }
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
/// All are counted and ranked from the index's shards alone; the `top` best are returned
/// as where to read them ([`Story::read`]).
pub async fn search(q: &str, only: Option<&str>, top: usize) -> Result<Results, FetchError> {
    let query = Query::new(q);
    if query.is_empty() {
        return Ok(Results::default());
    }
    if let Some(date) = only {
        return search_issue(q, date, top).await;
    }
    let index = search_index().await?;
    let manifest = &index.manifest;
    let plans = plans(&query, &index);
    let mut found_in: Vec<(usize, Vec<banmian_search::Hit>)> = Vec::new();
    for (si, (plan, urls)) in plans.iter().enumerate() {
        let mut shards: Vec<Rc<Shard>> = Vec::new();
        for url in urls {
            shards.push(shard(url).await?);
        }
        let found = query.run(plan, |t| shards.iter().find_map(|s| s.get(t)));
        if !found.is_empty() {
            found_in.push((si, found));
        }
    }
    let mut hits: Vec<Ranked> = Vec::new();
    for (si, found) in found_in {
        let meta = &index.metas[si];
        for hit in found {
            let date = meta.date_of(hit.doc).unwrap_or_default().to_owned();
            let headline = hit.starts.iter().any(|&p| in_headline(p));
            let in_body = hit.starts.iter().copied().find(|&p| !in_headline(p));
            hits.push(Ranked {
                in_headline: headline,
                date,
                segment: si,
                doc: hit.doc,
                matches: hit.starts.len(),
                in_body,
            });
        }
    }
    hits.sort_by(|a, b| {
        b.in_headline
            .cmp(&a.in_headline)
            .then_with(|| b.date.cmp(&a.date))
            .then_with(|| a.doc.cmp(&b.doc))
            .then_with(|| b.matches.cmp(&a.matches))
    });
    let total = hits.len();
    let units = u32::try_from(query.len()).unwrap_or(u32::MAX);
    let top = hits
        .into_iter()
        .take(top)
        .map(|hit| {
            let seg = &manifest.segments[hit.segment];
            let chunk = seg.chunk.max(1);
            let table = format!("data/search/{}/docs-{}.deflate", seg.dir, hit.doc / chunk);
            Found {
                story: Story::Row {
                    table,
                    row: (hit.doc % chunk) as usize,
                    in_body: hit.in_body,
                    units,
                },
                in_headline: hit.in_headline,
                matches: hit.matches,
            }
        })
        .collect();
    Ok(Results { total, top })
}

/// Each segment's plan for `query` (its frequent pairs decide the terms) and the shards it
/// reads; every one of them is wanted at once: one round trip, not one a segment.
fn plans(query: &Query, index: &SearchIndex) -> Vec<(Plan, Vec<String>)> {
    let plans: Vec<(Plan, Vec<String>)> = index
        .manifest
        .segments
        .iter()
        .zip(&index.metas)
        .map(|(seg, meta)| {
            let plan = query.plan(|p| meta.is_frequent(p));
            let urls = plan
                .iter()
                .map(|(t, _)| {
                    format!(
                        "data/search/{}/t{}.deflate",
                        seg.dir,
                        shard_of(t, seg.shards)
                    )
                })
                .collect();
            (plan, urls)
        })
        .collect();
    for url in plans.iter().flat_map(|(_, urls)| urls) {
        want(url);
    }
    plans
}

/// Starts fetching the shards a search of `q` over every issue reads, when the search
/// manifest is at hand (the box loads it when focused): the search box calls it as it
/// opens the results (`later::shards_ahead`), so the shards are on their way while the view
/// renders.
pub fn shards_ahead(q: &str) {
    let query = Query::new(q);
    if let (false, Some(index)) = (query.is_empty(), search_index_kept()) {
        plans(&query, &index);
    }
}

/// A hit while ranking.
struct Ranked {
    in_headline: bool,
    date: String,
    segment: usize,
    doc: u32,
    matches: usize,
    /// Its first match in the body.
    in_body: Option<u32>,
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
                offset: 0,
                len: 0,
                marks: Vec::new(),
            };
            found.push(Found {
                story: Story::Known(doc),
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

async fn docs(url: &str) -> Result<Rc<Vec<Doc>>, FetchError> {
    load(url, |b| {
        let text = std::str::from_utf8(b).map_err(|e| FetchError::Data(e.to_string()))?;
        Segment::decode_docs(text).map_err(|e| FetchError::Data(e.to_string()))
    })
    .await
}
