//! Reading order: which page and which article come before and after.

use banmian_model::{Issue, Kind};

/// An article by its page and id.
pub type PartRef = (u32, String);

/// How many pages the issue lists: what the paper printed, or more if the data has more.
pub fn page_total(issue: &Issue) -> u32 {
    let in_data = issue.pages.iter().map(|p| p.number).max().unwrap_or(0);
    issue.page_count.unwrap_or(0).max(in_data)
}

/// The nearest page in the data before (`step` -1) or after (`step` 1) `current`.
pub fn neighbour_page(issue: &Issue, current: u32, step: i32) -> Option<u32> {
    // A scan, not a sort: the nearest number on the asked side.
    let numbers = issue.pages.iter().map(|p| p.number);
    if step < 0 {
        numbers.filter(|&n| n < current).max()
    } else {
        numbers.filter(|&n| n > current).min()
    }
}

/// The articles (not banners) before and after `id`, in reading order across the issue.
pub fn neighbour_articles(issue: &Issue, id: &str) -> (Option<PartRef>, Option<PartRef>) {
    let order: Vec<PartRef> = issue
        .pages
        .iter()
        .flat_map(|p| {
            p.articles
                .iter()
                .filter(|a| a.kind != Kind::Banner)
                .map(move |a| (p.number, a.id.clone()))
        })
        .collect();
    let Some(i) = order.iter().position(|(_, a)| a == id) else {
        return (None, None);
    };
    (
        i.checked_sub(1).map(|j| order[j].clone()),
        order.get(i + 1).cloned(),
    )
}

/// `text` cut into pieces of at most `max` characters for speaking: after the last
/// sentence end that fits, or at `max` inside a sentence longer than that.
pub fn speech_chunks(text: &str, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut piece: Vec<char> = Vec::new();
    let mut last_end = None;
    let ends = |c: &char| matches!(c, '。' | '！' | '？' | '；' | '\n' | '.' | '!' | '?');
    for c in text.chars() {
        piece.push(c);
        if ends(&c) {
            last_end = Some(piece.len());
        }
        if piece.len() >= max.max(1) {
            let cut = last_end.unwrap_or(piece.len());
            let rest = piece.split_off(cut);
            last_end = rest.iter().rposition(ends).map(|i| i + 1);
            out.push(std::mem::replace(&mut piece, rest).into_iter().collect());
        }
    }
    out.push(piece.into_iter().collect());
    out.retain(|p: &String| !p.trim().is_empty());
    out
}

#[cfg(test)]
mod tests;
