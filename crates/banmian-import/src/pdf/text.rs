//! A page's lines in reading order written as the layout system's plain-text export, for
//! desks that send PDFs only. The text importer ([`crate::import`]) reads the result; this
//! module only writes down what the page's geometry shows, in the signals that importer
//! weighs (see `layout`'s `score`):
//!
//! - **Paragraphs** are re-joined from their printed lines: in a block as wide as a
//!   column, a line goes on the paragraph of the line above unless it is indented, the
//!   line above stopped short of the column's right edge, or the paragraph ended a
//!   sentence and the line begins a title-like run followed by an indented line (a
//!   subhead); the first line of a block goes on the last paragraph of the block before
//!   it (a column break) on the same terms. Lines of narrower blocks (mastheads, running
//!   headers, captions) stay lines of their own. The text of a story that turns a corner
//!   under its neighbour, which the reading order puts after the neighbour, is moved back
//!   after the paragraph it continues (see [`continuations_after`]).
//! - **Titles**: a block in a type at least [`TITLE_RATIO`] times the body's is one line
//!   (a headline printed on two lines is one headline; the pieces of a headline cut at a
//!   word space, which `lines` puts in one block, are joined by a space).
//! - **Blank lines**: one between paragraphs; two above a group of titles (titles one
//!   under the other, close together: a kicker, a headline, a subheadline) that holds a
//!   line in a headline's type ([`HEADLINE_RATIO`]), so a story starts there (more blank
//!   lines above than between paragraphs); one above and within a group of smaller titles
//!   (subheads). A banner set further above the headline under it than that is a group
//!   of its own; closer, it is the first line of the group, which the importer reads as
//!   a banner when a kicker or a byline closes the group.
//! - **No indents**: the export is written flush left, as the layout system writes it
//!   (its paragraphs are one a line); a page that indents paragraphs would make the
//!   importer read every flush title-like line, a subhead too, as a story's start.

use super::lines::{Block, Line, Page, TITLE_RATIO};
use crate::text::{ends_sentence, headline_ending, is_title_like, join_broken};

/// A title in a type this many times the body's or more is a headline (or a banner).
pub(crate) const HEADLINE_RATIO: f64 = 1.5;
/// A line starting this many ems right of its block's left edge is indented.
const INDENT_EM: f64 = 0.8;
/// A line ending within this many ems of its block's right edge is full (a line broken
/// before a character that may not start one, or after one that may not end one, stops
/// an em short).
const FULL_EM: f64 = 1.2;
/// Titles further apart than this many ems of the larger type are two groups (a banner
/// above a story's headline); a kicker, a headline and a subheadline stand closer.
const GROUP_GAP_EM: f64 = 0.6;

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    /// A title line: its type size and its box.
    Title { size: f64, rect: [f64; 4] },
    /// A paragraph (or a line of a narrow block); whether it reached its column's right
    /// edge (a column break may continue it), whether its last line ends in a space.
    Paragraph { open: bool, space_after: bool },
}

#[derive(Debug, Clone, PartialEq)]
struct Item {
    text: String,
    kind: Kind,
}

/// The export of one page; `None` when it has no lines.
pub(crate) fn export(page: &Page) -> Option<String> {
    if page.lines.is_empty() {
        return None;
    }
    let columns = page.columns();
    let mut items: Vec<Item> = Vec::new();
    for b in continuations_after(page, &columns) {
        let block = &page.blocks[b];
        if block.size >= TITLE_RATIO * page.body {
            title(page, block, &mut items);
        } else {
            paragraphs(page, block, &columns, &mut items);
        }
    }
    let mut out = String::new();
    let mut k = 0;
    while k < items.len() {
        // A title group: titles one under the other, close together; its blank lines are
        // decided together.
        let mut end = k + 1;
        while end < items.len() && same_group(&items[end - 1], &items[end]) {
            end += 1;
        }
        let group = &items[k..end];
        let is_titles = matches!(group[0].kind, Kind::Title { .. });
        let headline = group.iter().any(
            |it| matches!(it.kind, Kind::Title { size, .. } if size >= HEADLINE_RATIO * page.body),
        );
        for (j, item) in group.iter().enumerate() {
            let gap = match (k + j, is_titles && headline && j == 0) {
                (0, _) => 0,
                (_, true) => 2,
                _ => 1,
            };
            if k + j > 0 {
                out.push('\n');
            }
            for _ in 0..gap {
                out.push('\n');
            }
            out.push_str(&item.text);
        }
        k = end;
    }
    out.push('\n');
    Some(out)
}

/// Whether title `b` belongs to the group of title `a` before it: it stands under `a`,
/// sharing some of its width, at most [`GROUP_GAP_EM`] of the larger type below it.
fn same_group(a: &Item, b: &Item) -> bool {
    let (
        Kind::Title {
            size: sa, rect: ra, ..
        },
        Kind::Title {
            size: sb, rect: rb, ..
        },
    ) = (&a.kind, &b.kind)
    else {
        return false;
    };
    let gap = rb[1] - ra[3];
    let shared = ra[2].min(rb[2]) - ra[0].max(rb[0]);
    shared > 0.0 && gap >= -0.2 * sa.min(*sb) && gap <= GROUP_GAP_EM * sa.max(*sb)
}

/// The blocks in reading order, a story's text that turns a corner under its neighbour
/// moved back under the column it comes from.
///
/// The XY-cut reads an L-shaped story's first column, then the neighbour beside it, then
/// the story's lines under the neighbour. So a block of column text left dangling (its
/// last line reaches the column's edge with no sentence end) that the next block does not
/// continue (a title, an indented line) takes the first later block that reads as a
/// continuation (column text, its first line flush and full) and is not itself continuing
/// the text before it, with the blocks that continue that one.
fn continuations_after(page: &Page, columns: &[[f64; 2]]) -> Vec<usize> {
    let tol = 0.5 * page.body;
    let text = |b: usize| {
        let block = &page.blocks[b];
        let column = block.lines.len() >= 3
            || columns.iter().any(|c| {
                (c[0] - block.rect[0]).abs() <= tol && (c[1] - block.rect[2]).abs() <= tol
            });
        block.size < TITLE_RATIO * page.body && column
    };
    let first = |b: usize| &page.lines[page.blocks[b].lines[0]];
    let last = |b: usize| {
        let block = &page.blocks[b];
        &page.lines[block.lines[block.lines.len() - 1]]
    };
    let flush =
        |b: usize| first(b).rect[0] < page.blocks[b].rect[0] + INDENT_EM * page.blocks[b].size;
    let dangling = |b: usize| {
        let block = &page.blocks[b];
        text(b)
            && last(b).rect[2] >= block.rect[2] - FULL_EM * block.size
            && !ends_sentence(&last(b).text)
    };
    let continues = |a: usize, b: usize| dangling(a) && text(b) && flush(b);
    let orphan = |b: usize| {
        let block = &page.blocks[b];
        text(b)
            && block.lines.len() >= 2
            && flush(b)
            && first(b).rect[2] >= block.rect[2] - FULL_EM * block.size
    };
    let mut order: Vec<usize> = (0..page.blocks.len()).collect();
    let mut i = 0;
    while i + 1 < order.len() {
        let a = order[i];
        if dangling(a) && !continues(a, order[i + 1]) {
            let found = (i + 2..order.len()).find(|&j| {
                orphan(order[j])
                    && text(order[j - 1])
                    && !continues(order[j - 1], order[j])
                    && page.blocks[order[j]].rect[0] >= page.blocks[a].rect[0] - tol
            });
            if let Some(j) = found {
                let mut end = j + 1;
                while end < order.len() && continues(order[end - 1], order[end]) {
                    end += 1;
                }
                let moved: Vec<usize> = order.drain(j..end).collect();
                order.splice(i + 1..i + 1, moved);
            }
        }
        i += 1;
    }
    order
}

/// A title block: one line (the pieces of a line cut at its word spaces joined by a
/// space).
fn title(page: &Page, block: &Block, items: &mut Vec<Item>) {
    let mut text = String::new();
    let mut above: Option<[f64; 4]> = None;
    for &l in &block.lines {
        let line = &page.lines[l];
        let beside = above.is_some_and(|a| line.rect[1] < a[3] && a[1] < line.rect[3]);
        if beside {
            text.push(' ');
            text.push_str(&line.text);
        } else {
            join_broken(&mut text, &line.text);
        }
        above = Some(line.rect);
    }
    items.push(Item {
        text,
        kind: Kind::Title {
            size: block.size,
            rect: block.rect,
        },
    });
}

/// A block of body text as paragraphs (see the module's documentation).
fn paragraphs(page: &Page, block: &Block, columns: &[[f64; 2]], items: &mut Vec<Item>) {
    let r = block.rect;
    let em = block.size;
    let tol = 0.5 * page.body;
    let column = block.lines.len() >= 3
        || columns
            .iter()
            .any(|c| (c[0] - r[0]).abs() <= tol && (c[1] - r[2]).abs() <= tol);
    let lines: Vec<&Line> = block.lines.iter().map(|&l| &page.lines[l]).collect();
    let indented = |k: usize| lines[k].rect[0] >= r[0] + INDENT_EM * em;
    let full = |k: usize| column && lines[k].rect[2] >= r[2] - FULL_EM * em;
    // A subhead flush left under a paragraph that ended at the right edge: the lines from
    // `k` to the first one short of the edge read as a title, and the line after them is
    // indented (a new paragraph).
    let subhead = |k: usize| {
        let mut text = String::new();
        let mut j = k;
        loop {
            join_broken(&mut text, &lines[j].text);
            if !full(j) || j + 1 == lines.len() {
                break;
            }
            j += 1;
        }
        is_title_like(&text) && !headline_ending(&text) && j + 1 < lines.len() && indented(j + 1)
    };
    let mut above_full = false;
    for (k, line) in lines.iter().enumerate() {
        let full_k = full(k);
        // Across a column break too, a paragraph that reached the right edge goes on; not
        // when it ended a sentence and a subhead starts here.
        let open = match items.last() {
            Some(Item {
                text,
                kind: Kind::Paragraph { open, .. },
            }) => (if k == 0 { *open } else { above_full }) && !(ends_sentence(text) && subhead(k)),
            _ => false,
        };
        let goes_on = column && !indented(k) && open;
        match items.last_mut() {
            Some(Item {
                text,
                kind: Kind::Paragraph { open, space_after },
            }) if goes_on => {
                if *space_after {
                    text.push(' ');
                }
                join_broken(text, &line.text);
                *open = full_k;
                *space_after = line.space_after;
            }
            _ => items.push(Item {
                text: line.text.clone(),
                kind: Kind::Paragraph {
                    open: full_k,
                    space_after: line.space_after,
                },
            }),
        }
        above_full = full_k;
    }
}

#[cfg(test)]
mod tests;
