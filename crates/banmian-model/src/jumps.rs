//! Jump resolution (DESIGN.md §4): links each `下转` part to its `上接` part.
//!
//! Parts are paired page by page. Between a page S and a page T, the parts on S
//! that continue to T are matched with the parts on T that are continued from S by
//! the likeness of their headlines, best pair first; a single pair left over is
//! linked by elimination. A part whose marker was lost on one side is linked by
//! headline alone. Whatever cannot be linked stays unresolved (`article: null`)
//! and gets a [`JumpNote`]; nothing is linked without one when it is a guess.

use std::collections::HashSet;

use crate::issue::{Article, Issue, Jump, Kind};

/// Something the reader of import diagnostics should know about a jump.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JumpNote {
    /// The id of the part the note is about.
    pub article: String,
    /// What happened, in one line.
    pub message: String,
}

/// How alike two headlines must be for a link made on headlines alone.
const MIN_LIKENESS: f64 = 0.34;

/// Links the unresolved jumps of `issue` in place and says what it could not link.
///
/// Links already present (an `article` that is not null) are kept as they are.
pub fn resolve_jumps(issue: &mut Issue) -> Vec<JumpNote> {
    let mut notes = Vec::new();
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    for page in &issue.pages {
        for a in &page.articles {
            if let Some(j) = a.continues_to.as_ref().filter(|j| j.article.is_none()) {
                pairs.push((page.number, j.page));
            }
            if let Some(j) = a.continued_from.as_ref().filter(|j| j.article.is_none()) {
                pairs.push((j.page, page.number));
            }
        }
    }
    let mut seen = HashSet::new();
    pairs.retain(|p| seen.insert(*p));
    for (from, to) in pairs {
        resolve_pair(issue, from, to, &mut notes);
    }
    notes
}

/// Position of an article: (page index, article index).
type Pos = (usize, usize);

fn page_index(issue: &Issue, number: u32) -> Option<usize> {
    issue.pages.iter().position(|p| p.number == number)
}

fn resolve_pair(issue: &mut Issue, from: u32, to: u32, notes: &mut Vec<JumpNote>) {
    let (Some(si), Some(ti)) = (page_index(issue, from), page_index(issue, to)) else {
        missing_page(issue, from, to, notes);
        return;
    };
    let open_to = |a: &Article| {
        a.continues_to
            .as_ref()
            .is_some_and(|j| j.page == to && j.article.is_none())
    };
    let open_from = |a: &Article| {
        a.continued_from
            .as_ref()
            .is_some_and(|j| j.page == from && j.article.is_none())
    };
    let mut sources: Vec<Pos> = positions(issue, si, open_to);
    let mut targets: Vec<Pos> = positions(issue, ti, open_from);

    // 1. Both markers printed: best headline match first.
    for (s, t, score) in best_pairs(issue, &sources, &targets) {
        if score >= MIN_LIKENESS {
            link(issue, s, t, None, notes);
            sources.retain(|&p| p != s);
            targets.retain(|&p| p != t);
        }
    }
    // 2. One pair left over: the markers name each other's pages, so it is theirs,
    //    unless either has a namesake whose marker was lost (step 3 links those).
    let no_from = |a: &Article| a.continued_from.is_none() && a.kind != Kind::Banner;
    let no_to = |a: &Article| a.continues_to.is_none() && a.kind != Kind::Banner;
    if sources.len() == 1
        && targets.len() == 1
        && unique_best(issue, sources[0], &positions(issue, ti, no_from)).is_none()
        && unique_best(issue, targets[0], &positions(issue, si, no_to)).is_none()
    {
        let (s, t) = (sources[0], targets[0]);
        let note = format!(
            "linked to {} by elimination: the only part on page {to} continued from page {from}, though the headlines differ",
            art(issue, t).id
        );
        link(issue, s, t, Some((s, note)), notes);
        sources.clear();
        targets.clear();
    }
    // 3. A marker lost on one side: link on headlines alone.
    for s in sources {
        let candidates = positions(issue, ti, no_from);
        match unique_best(issue, s, &candidates) {
            Some(t) => {
                let note = format!(
                    "page {to} prints no 上接 marker for this story; linked to {} by its headline",
                    art(issue, t).id
                );
                art_mut(issue, t).continued_from = Some(Jump {
                    page: from,
                    article: None,
                    label: None,
                });
                link(issue, s, t, Some((s, note)), notes);
            }
            None => notes.push(JumpNote {
                article: art(issue, s).id.clone(),
                message: format!(
                    "no part on page {to} continues this story; the jump stays unresolved"
                ),
            }),
        }
    }
    for t in targets {
        let candidates = positions(issue, si, no_to);
        match unique_best(issue, t, &candidates) {
            Some(s) => {
                art_mut(issue, s).continues_to = Some(Jump {
                    page: to,
                    article: None,
                    label: None,
                });
                // The note is about the continuation, the part whose marker was printed.
                let note = format!(
                    "page {from} prints no 下转 marker for the story this part continues; linked from {} by its headline",
                    art(issue, s).id
                );
                link(issue, s, t, Some((t, note)), notes);
            }
            None => notes.push(JumpNote {
                article: art(issue, t).id.clone(),
                message: format!(
                    "no part on page {from} continues to this one; the jump stays unresolved"
                ),
            }),
        }
    }
}

fn missing_page(issue: &Issue, from: u32, to: u32, notes: &mut Vec<JumpNote>) {
    for page in &issue.pages {
        for a in &page.articles {
            let (jump, other) = if page.number == from {
                (a.continues_to.as_ref(), to)
            } else if page.number == to {
                (a.continued_from.as_ref(), from)
            } else {
                continue;
            };
            if jump.is_some_and(|j| j.page == other && j.article.is_none()) {
                notes.push(JumpNote {
                    article: a.id.clone(),
                    message: format!("page {other} is not in the data; the jump stays unresolved"),
                });
            }
        }
    }
}

fn positions(issue: &Issue, page: usize, keep: impl Fn(&Article) -> bool) -> Vec<Pos> {
    issue.pages[page]
        .articles
        .iter()
        .enumerate()
        .filter(|(_, a)| keep(a))
        .map(|(i, _)| (page, i))
        .collect()
}

fn art(issue: &Issue, (p, a): Pos) -> &Article {
    &issue.pages[p].articles[a]
}

fn art_mut(issue: &mut Issue, (p, a): Pos) -> &mut Article {
    &mut issue.pages[p].articles[a]
}

fn link(issue: &mut Issue, s: Pos, t: Pos, note: Option<(Pos, String)>, notes: &mut Vec<JumpNote>) {
    let source_id = art(issue, s).id.clone();
    let target_id = art(issue, t).id.clone();
    if let Some(j) = art_mut(issue, s).continues_to.as_mut() {
        j.article = Some(target_id);
    }
    if let Some(j) = art_mut(issue, t).continued_from.as_mut() {
        j.article = Some(source_id.clone());
    }
    if let Some((about, message)) = note {
        notes.push(JumpNote {
            article: art(issue, about).id.clone(),
            message,
        });
    }
}

/// Greedy assignment: every (source, target) pair, most alike first, each used once.
fn best_pairs(issue: &Issue, sources: &[Pos], targets: &[Pos]) -> Vec<(Pos, Pos, f64)> {
    let mut all: Vec<(Pos, Pos, f64)> = Vec::new();
    for &s in sources {
        for &t in targets {
            all.push((s, t, likeness(art(issue, s), art(issue, t))));
        }
    }
    all.sort_by(|a, b| b.2.total_cmp(&a.2));
    let mut used_s = HashSet::new();
    let mut used_t = HashSet::new();
    all.into_iter()
        .filter(|(s, t, _)| {
            let fresh = !used_s.contains(s) && !used_t.contains(t);
            if fresh {
                used_s.insert(*s);
                used_t.insert(*t);
            }
            fresh
        })
        .collect()
}

/// The candidate most like `part`, if it is alike enough and no other ties with it.
fn unique_best(issue: &Issue, part: Pos, candidates: &[Pos]) -> Option<Pos> {
    let me = art(issue, part);
    let mut scored: Vec<(Pos, f64)> = candidates
        .iter()
        .map(|&c| (c, likeness(me, art(issue, c))))
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1));
    match scored.as_slice() {
        [(best, s), rest @ ..] if *s >= MIN_LIKENESS && rest.first().is_none_or(|r| r.1 < *s) => {
            Some(*best)
        }
        _ => None,
    }
}

/// How alike the titles of two parts are, 0.0 to 1.0: 1.0 when one headline contains
/// the other, else the Dice coefficient of their character bigrams.
pub(crate) fn likeness(a: &Article, b: &Article) -> f64 {
    let ta = title(a);
    let tb = title(b);
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    if ta.contains(&tb) || tb.contains(&ta) {
        return 1.0;
    }
    let ba = bigrams(&ta);
    let bb = bigrams(&tb);
    if ba.is_empty() || bb.is_empty() {
        return 0.0;
    }
    let shared = ba.iter().filter(|g| bb.contains(g)).count();
    2.0 * shared as f64 / (ba.len() + bb.len()) as f64
}

fn title(a: &Article) -> String {
    headline_key(&a.headline)
}

/// A headline as parts are matched by it: its letters and digits, lower-cased
/// (`“技术西进”，晋中` → `技术西进晋中`). A continuation's headline that contains its
/// story's key, or is contained in it (a shortened headline), names that story.
pub fn headline_key(headline: &str) -> String {
    headline
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn bigrams(s: &str) -> HashSet<(char, char)> {
    let chars: Vec<char> = s.chars().collect();
    chars.windows(2).map(|w| (w[0], w[1])).collect()
}

#[cfg(test)]
mod tests;
