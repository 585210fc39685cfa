//! Where a query matches in a text, for `<mark>` and for result snippets, found with the
//! same tokenizer the index uses, so what is marked is what was found.

use banmian_model::TextLine;
use banmian_search::{tokenize, Unit};

/// Byte ranges of `text` where the units of `query` stand in a row.
pub fn matches(text: &str, query: &str) -> Vec<(usize, usize)> {
    let q: Vec<Unit> = tokenize(query).into_iter().map(|t| t.unit).collect();
    if q.is_empty() {
        return Vec::new();
    }
    let tokens = tokenize(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i + q.len() <= tokens.len() {
        if tokens[i..i + q.len()]
            .iter()
            .zip(&q)
            .all(|(t, u)| t.unit == *u)
        {
            out.push((tokens[i].start, tokens[i + q.len() - 1].end));
            i += q.len();
        } else {
            i += 1;
        }
    }
    out
}

/// `text` cut into pieces, each marked or not.
pub fn marked(text: &str, query: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end) in matches(text, query) {
        if start > at {
            out.push((text[at..start].to_owned(), false));
        }
        out.push((text[start..end].to_owned(), true));
        at = end;
    }
    if at < text.len() || out.is_empty() {
        out.push((text[at..].to_owned(), false));
    }
    out
}

/// About `context` characters either side of the first match in `text`, marked, with
/// `…` where it was cut; `None` if the query is not in the text.
pub fn snippet(text: &str, query: &str, context: usize) -> Option<Vec<(String, bool)>> {
    let &(start, end) = matches(text, query).first()?;
    let from = text[..start]
        .char_indices()
        .rev()
        .nth(context.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    let to = text[end..]
        .char_indices()
        .nth(context)
        .map_or(text.len(), |(i, _)| end + i);
    let mut pieces = marked(&text[from..to], query);
    if from > 0 {
        pieces.insert(0, ("…".to_owned(), false));
    }
    if to < text.len() {
        pieces.push(("…".to_owned(), false));
    }
    Some(pieces)
}

/// Where the matches of `query` stand on the page image: for each match in the printed
/// `lines` (read in order as one text, a line that ends in a hyphen joined to the next as
/// one word), the part of each line it covers, `[x, y, width, height]` in image pixels.
/// A line's characters are taken as equally wide: exact for Chinese, near for Latin.
pub fn line_hits(lines: &[TextLine], query: &str) -> Vec<[f64; 4]> {
    // Most pages are shown without a query: no text to build for each article.
    if lines.is_empty() || tokenize(query).is_empty() {
        return Vec::new();
    }
    let mut text = String::new();
    // Each line's byte range in `text`.
    let mut spans: Vec<(usize, usize)> = Vec::with_capacity(lines.len());
    for line in lines {
        if text.ends_with(['-', '¬', '⸗']) {
            text.pop();
            if let Some(last) = spans.last_mut() {
                last.1 = text.len();
            }
        } else if !text.is_empty() {
            text.push('\n');
        }
        let start = text.len();
        text.push_str(&line.text);
        spans.push((start, text.len()));
    }
    let mut out = Vec::new();
    for (start, end) in matches(&text, query) {
        for (line, &(a, b)) in lines.iter().zip(&spans) {
            let (from, to) = (start.max(a), end.min(b));
            if from >= to {
                continue;
            }
            let chars = |x: usize, y: usize| text[x..y].chars().count() as f64;
            let all = (line.text.chars().count() as f64).max(1.0);
            let [x, y, w, h] = line.rect;
            let left = x + w * chars(a, from) / all;
            out.push([left, y, w * chars(from, to) / all, h]);
        }
    }
    out
}

#[cfg(test)]
mod tests;
