//! Running a query against a segment's postings: exact substring semantics.

use crate::index::{ngram, Postings};
use crate::tokenize::{tokenize, Unit};

/// The terms a query needs in a segment, each with where it stands in the query (in
/// units): [`Query::plan`].
pub type Plan = Vec<(String, u32)>;

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

    /// The terms whose postings the query needs in a segment, with where each stands in
    /// the query (in units), the first at 0; `frequent` tells the segment's frequent pairs
    /// ([`crate::Meta::is_frequent`]). One unit or two are one term. A longer query is
    /// covered from its start by terms that keep all their positions: a pair that is not
    /// frequent, or three units where one of their pairs is (those are indexed), so
    /// `人工智能` is `人 工` at 0 and `智 能` at 2 (or `工 智 能` at 1 when `智 能` is
    /// frequent), and `量发展` is `量 发 展` when `发 展` is frequent.
    pub fn plan(&self, frequent: impl Fn(&str) -> bool) -> Plan {
        let u = &self.units;
        let n = u.len();
        if n <= 2 {
            return if n == 0 {
                Vec::new()
            } else {
                vec![(ngram(u), 0)]
            };
        }
        let frequent_at = |i: usize| frequent(&ngram(&u[i..i + 2]));
        let mut plan = Vec::new();
        let mut covered = 0;
        while covered < n {
            let s = covered.min(n - 2);
            let (start, len) = if s + 3 <= n && (frequent_at(s) || frequent_at(s + 1)) {
                (s, 3)
            } else if !frequent_at(s) {
                (s, 2)
            } else {
                // The query's last pair, frequent: the three units that end with it.
                (n - 3, 3)
            };
            plan.push((ngram(&u[start..start + len]), start as u32));
            covered = start + len;
        }
        plan
    }

    /// The documents where the query's units stand in a row, by document number, from the
    /// postings of the terms of `plan` ([`Query::plan`]). `lookup` gives a term's postings
    /// (`None`: the term is in no document).
    pub fn run<'a>(
        &self,
        plan: &[(String, u32)],
        lookup: impl Fn(&str) -> Option<&'a Postings>,
    ) -> Vec<Hit> {
        let mut lists: Vec<(&Postings, u32)> = Vec::with_capacity(plan.len());
        for (t, at) in plan {
            match lookup(t) {
                Some(p) => lists.push((p, *at)),
                None => return Vec::new(),
            }
        }
        let Some(((first, _), rest)) = lists.split_first() else {
            return Vec::new();
        };
        let mut hits = Vec::new();
        for (doc, starts) in first.iter() {
            let others: Option<Vec<(&Vec<u32>, u32)>> = rest
                .iter()
                .map(|(l, at)| positions_of(l, *doc).map(|p| (p, *at)))
                .collect();
            let Some(others) = others else { continue };
            let matched: Vec<u32> = starts
                .iter()
                .copied()
                .filter(|&p| {
                    others
                        .iter()
                        .all(|(pos, at)| pos.binary_search(&(p + at)).is_ok())
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
