//! Jump markers (DESIGN.md §4): `（下转第4版）`, `(下转第二版)`, `转第A4版`,
//! `（上接第1版）`, `Continued on Page 4`, `See ARMORY, Page 6A`, `Continued from Page 1A`.
//!
//! A marker stands at the start or the end of a line, glued to the text or not, with
//! full- or half-width brackets (even mismatched ones) or none. It is hand-matched:
//! no regex in this workspace.

use crate::text::parse_number;

/// Which way a marker points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Direction {
    /// 下转: the story continues on another page.
    To,
    /// 上接: the story is continued from another page.
    From,
}

/// A marker found on a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Marker {
    /// Which way it points.
    pub dir: Direction,
    /// The other page's number (`A4` is page 4).
    pub page: u32,
    /// The marker as printed.
    pub label: String,
}

/// Splits the markers off both ends of a line: the rest of the line, then the markers.
pub(crate) fn split_markers(text: &str) -> (String, Vec<Marker>) {
    let mut rest = text;
    let mut markers = Vec::new();
    while let Some((dir, page, len)) = parse_at(rest) {
        markers.push(Marker {
            dir,
            page,
            label: rest[..len].to_owned(),
        });
        rest = rest[len..].trim_start();
    }
    while let Some((dir, page, start)) = trailing(rest) {
        markers.push(Marker {
            dir,
            page,
            label: rest[start..].to_owned(),
        });
        rest = rest[..start].trim_end();
    }
    (rest.to_owned(), markers)
}

/// A marker that ends `s`: its direction, page and byte offset.
fn trailing(s: &str) -> Option<(Direction, u32, usize)> {
    let tail_start = s.char_indices().rev().nth(40).map_or(0, |(i, _)| i);
    let tail = &s[tail_start..];
    if !tail.contains('版') && !tail.to_ascii_lowercase().contains("page") {
        return None;
    }
    tail.char_indices().find_map(|(i, _)| {
        let (dir, page, len) = parse_at(&tail[i..])?;
        (i + len == tail.len()).then_some((dir, page, tail_start + i))
    })
}

/// A marker that starts `s`: its direction, page and length in bytes.
fn parse_at(s: &str) -> Option<(Direction, u32, usize)> {
    parse_chinese(s).or_else(|| parse_english(s))
}

fn strip_any<'a>(s: &'a str, prefixes: &[&str]) -> Option<&'a str> {
    prefixes.iter().find_map(|p| s.strip_prefix(p))
}

fn parse_chinese(s: &str) -> Option<(Direction, u32, usize)> {
    let opened = strip_any(s, &["（", "(", "【", "["]);
    let mut rest = opened.unwrap_or(s);
    let (dir, bare) = if let Some(r) = strip_any(rest, &["下转", "下接"]) {
        rest = r;
        (Direction::To, false)
    } else if let Some(r) = strip_any(rest, &["上接", "紧接"]) {
        rest = r;
        (Direction::From, false)
    } else if let Some(r) = strip_any(rest, &["转至", "转"]) {
        rest = r;
        (Direction::To, true)
    } else if let Some(r) = rest.strip_prefix("接") {
        rest = r;
        (Direction::From, true)
    } else {
        return None;
    };
    match rest.strip_prefix('第') {
        Some(r) => rest = r,
        None if bare => return None,
        None => {}
    }
    let (page, r) = page_token(rest, |c| {
        c.is_ascii_digit()
            || ('０'..='９').contains(&c)
            || "零〇一二两三四五六七八九十百".contains(c)
    })?;
    rest = r.strip_prefix('版')?;
    if opened.is_some() {
        rest = strip_any(rest, &["）", ")", "】", "]"])?;
    }
    Some((dir, page, s.len() - rest.len()))
}

fn parse_english(s: &str) -> Option<(Direction, u32, usize)> {
    let opened = s.strip_prefix('(');
    let rest = opened.unwrap_or(s);
    let lower = rest.get(..rest.len().min(80))?.to_ascii_lowercase();
    let (dir, skip) = if let Some(r) = [
        "continued on page ",
        "continued on ",
        "cont. on page ",
        "turn to page ",
    ]
    .iter()
    .find(|p| lower.starts_with(*p))
    {
        (Direction::To, r.len())
    } else if let Some(r) = [
        "continued from page ",
        "continued from ",
        "cont. from page ",
    ]
    .iter()
    .find(|p| lower.starts_with(*p))
    {
        (Direction::From, r.len())
    } else if lower.starts_with("see ") {
        (Direction::To, lower.find(", page ")? + ", page ".len())
    } else {
        return None;
    };
    let mut after = &rest[skip..];
    if dir == Direction::To && !lower[..skip].ends_with("page ") {
        after = strip_any(after, &["page ", "Page ", "PAGE "])?;
    }
    let (page, mut r) = page_token(after, |c| c.is_ascii_digit())?;
    r = r.strip_prefix('.').unwrap_or(r);
    if opened.is_some() {
        r = r.strip_prefix(')')?;
        r = r.strip_prefix('.').unwrap_or(r);
    }
    Some((dir, page, s.len() - r.len()))
}

/// A page number with an optional section letter before or after it (`A4`, `6A`).
fn page_token(s: &str, digit: impl Fn(char) -> bool) -> Option<(u32, &str)> {
    let letter = |c: char| c.is_ascii_uppercase() || ('Ａ'..='Ｚ').contains(&c);
    let mut rest = s;
    if let Some(c) = rest.chars().next().filter(|&c| letter(c)) {
        rest = &rest[c.len_utf8()..];
    }
    let end = rest
        .char_indices()
        .find(|&(_, c)| !digit(c))
        .map_or(rest.len(), |(i, _)| i);
    let page = parse_number(&rest[..end])?;
    rest = &rest[end..];
    if let Some(c) = rest.chars().next().filter(|&c| letter(c)) {
        rest = &rest[c.len_utf8()..];
    }
    (page > 0).then_some((page, rest))
}

#[cfg(test)]
mod tests;
