//! Running a query against a segment's postings: exact substring semantics.

use crate::index::{bigram, unigram, Postings};
use crate::tokenize::{tokenize, Unit};

/// A parsed query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    units: Vec<Unit>,
}

/// A document that matches, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// The document number in its segment.
    pub doc: u32,
    /// The positions where a match starts.
    pub starts: Vec<u32>,
}

impl Query {
    /// Parses query text with the one tokenizer.
    pub fn new(text: &str) -> Query {
        Query {
            units: tokenize(text).into_iter().map(|t| t.unit).collect(),
        }
    }

    /// Whether nothing searchable is left (only punctuation or spaces).
    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }

    /// How many units it has.
    pub fn len(&self) -> usize {
        self.units.len()
    }

    /// The terms whose postings the query needs: its one unit, or its adjacent pairs.
    pub fn terms(&self) -> Vec<String> {
        match self.units.as_slice() {
            [] => Vec::new(),
            [one] => vec![unigram(one)],
            units => units.windows(2).map(|w| bigram(&w[0], &w[1])).collect(),
        }
    }

    /// The documents where the query's units stand in a row, by document number.
    /// `lookup` gives a term's postings (`None`: the term is in no document).
    pub fn run<'a>(&self, lookup: impl Fn(&str) -> Option<&'a Postings>) -> Vec<Hit> {
        let terms = self.terms();
        let mut lists: Vec<&Postings> = Vec::with_capacity(terms.len());
        for t in &terms {
            match lookup(t) {
                Some(p) => lists.push(p),
                None => return Vec::new(),
            }
        }
        let Some((first, rest)) = lists.split_first() else {
            return Vec::new();
        };
        let mut hits = Vec::new();
        for (doc, starts) in first.iter() {
            let others: Option<Vec<&Vec<u32>>> =
                rest.iter().map(|l| positions_of(l, *doc)).collect();
            let Some(others) = others else { continue };
            let matched: Vec<u32> = starts
                .iter()
                .copied()
                .filter(|&p| {
                    others
                        .iter()
                        .enumerate()
                        .all(|(j, pos)| pos.binary_search(&(p + j as u32 + 1)).is_ok())
                })
                .collect();
            if !matched.is_empty() {
                hits.push(Hit {
                    doc: *doc,
                    starts: matched,
                });
            }
        }
        hits
    }
}

fn positions_of(list: &Postings, doc: u32) -> Option<&Vec<u32>> {
    list.binary_search_by_key(&doc, |(d, _)| *d)
        .ok()
        .map(|i| &list[i].1)
}

#[cfg(test)]
mod tests;
