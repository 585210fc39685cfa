//! The viewer's routes (DESIGN.md §5) and their paths, relative to the site's base.
//!
//! `/` latest issue · `/2026-04-03` page 1 · `/2026-04-03/4` page 4 ·
//! `/2026-04-03/4/4-2` an article · `/archive` (the newest month) · `/archive/2026-04` a
//! month of the archive.

/// A place in the viewer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The newest issue's front page.
    Latest,
    /// A page of an issue (`page` 1 for the bare date).
    Page {
        /// `YYYY-MM-DD`.
        date: String,
        /// The page number.
        page: u32,
    },
    /// One article part in the reader.
    Article {
        /// `YYYY-MM-DD`.
        date: String,
        /// The page it is on.
        page: u32,
        /// The article id.
        id: String,
    },
    /// The archive, at its newest month.
    Archive,
    /// One month of the archive.
    ArchiveMonth {
        /// `YYYY-MM`.
        month: String,
    },
    /// Search (the query is in the URL's query string: `search?q=…`).
    Search,
    /// Nothing is here.
    NotFound(String),
}

impl Route {
    /// Reads a path relative to the site's base (`2026-04-03/4`, `/archive/`, ``).
    pub fn parse(path: &str) -> Route {
        let parts: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match parts.as_slice() {
            [] | ["index.html"] => Route::Latest,
            ["archive"] => Route::Archive,
            ["archive", month] if is_month(month) => Route::ArchiveMonth {
                month: (*month).to_owned(),
            },
            ["search"] => Route::Search,
            [date] if is_date(date) => Route::Page {
                date: (*date).to_owned(),
                page: 1,
            },
            [date, page] if is_date(date) => match page_number(page) {
                Some(page) => Route::Page {
                    date: (*date).to_owned(),
                    page,
                },
                None => Route::NotFound(path.to_owned()),
            },
            [date, page, id] if is_date(date) && is_id(id) => match page_number(page) {
                Some(page) => Route::Article {
                    date: (*date).to_owned(),
                    page,
                    id: (*id).to_owned(),
                },
                None => Route::NotFound(path.to_owned()),
            },
            _ => Route::NotFound(path.to_owned()),
        }
    }

    /// The path of this route relative to the base, without a leading slash
    /// (`2026-04-03/4`); the latest issue is the empty path.
    pub fn path(&self) -> String {
        match self {
            Route::Latest => String::new(),
            Route::Page { date, page: 1 } => date.clone(),
            Route::Page { date, page } => format!("{date}/{page}"),
            Route::Article { date, page, id } => format!("{date}/{page}/{id}"),
            Route::Archive => "archive".to_owned(),
            Route::ArchiveMonth { month } => format!("archive/{month}"),
            Route::Search => "search".to_owned(),
            Route::NotFound(p) => p.trim_start_matches('/').to_owned(),
        }
    }

    /// The issue date this route is about, if any.
    pub fn date(&self) -> Option<&str> {
        match self {
            Route::Page { date, .. } | Route::Article { date, .. } => Some(date),
            _ => None,
        }
    }
}

/// The href of a route under `base` (the site's base path, ending in `/`).
pub fn href(base: &str, route: &Route) -> String {
    format!("{base}{}", route.path())
}

/// The href of a page with one of its parts marked: `/epaper/2026-04-03/4#a-4-2`.
pub fn part_href(base: &str, date: &str, page: u32, id: &str) -> String {
    format!(
        "{}#{}",
        href(
            base,
            &Route::Page {
                date: date.to_owned(),
                page
            }
        ),
        anchor(id)
    )
}

/// The element id of an article part on a page: `a-4-2`.
pub fn anchor(id: &str) -> String {
    format!("a-{id}")
}

/// The href of a search: `/epaper/search?q=%E5%8E%9F&from=2026-04-03&scope=issue`.
pub fn search_href(base: &str, q: &str, from: Option<&str>, this_issue: bool) -> String {
    let mut out = format!("{}?q={}", href(base, &Route::Search), encode(q));
    if let Some(date) = from.filter(|d| is_date(d)) {
        out += &format!("&from={date}");
        if this_issue {
            out += "&scope=issue";
        }
    }
    out
}

/// An article in the reader with a query's matches marked: `…/1-3?q=%E5%8E%9F`.
pub fn marked_href(base: &str, route: &Route, q: &str) -> String {
    format!("{}?q={}", href(base, route), encode(q))
}

/// The decoded value of `name` in a query string (`a=1&q=%E5%8E%9F`), or empty.
pub fn query_param(search: &str, name: &str) -> String {
    search
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| decode(&v.replace('+', " ")))
        .unwrap_or_default()
}

/// The route part of a decoded `path` under the site's `base` (which ends in `/`):
/// `/epaper/2026-04-03/1` → `2026-04-03/1`, `/epaper` → ``; `None` when the path is not
/// under the base (`/epaper-x/…` is not under `/epaper/`).
pub fn under_base<'a>(path: &'a str, base: &str) -> Option<&'a str> {
    if path == base.trim_end_matches('/') {
        return Some("");
    }
    path.strip_prefix(base)
}

/// Percent-encodes a query value (UTF-8; unreserved characters stay).
pub fn encode(value: &str) -> String {
    let mut out = String::new();
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            out += &format!("%{b:02X}");
        }
    }
    out
}

/// Decodes `%XX` escapes; invalid escapes are kept as they are. A `+` stays a `+`: only
/// in a query string does it stand for a space ([`query_param`] reads it so).
pub fn decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if value
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .is_some() =>
            {
                out.push(u8::from_str_radix(&value[i + 1..i + 3], 16).unwrap_or(b'%'));
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether `s` is a month key, `YYYY-MM` with a month 01 to 12.
pub fn is_month(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 7
        && b[4] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || c.is_ascii_digit())
        && (1..=12).contains(&s[5..].parse::<u32>().unwrap_or(0))
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn page_number(s: &str) -> Option<u32> {
    s.parse().ok().filter(|&n| n > 0 && !s.starts_with('0'))
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

#[cfg(test)]
mod tests;
