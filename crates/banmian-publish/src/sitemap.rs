//! What search engines read: `sitemap.xml`, a sitemap index naming `sitemaps/site.xml`
//! (the front page and the archive's months) and a sitemap a month,
//! `sitemaps/2026-04.xml` (every page and article of that month's issues: a month stays far
//! below the protocol's 50,000 addresses a file, and a day's publish rewrites only its
//! month); `news-sitemap.xml` (the articles of the last two days, in Google's news sitemap
//! form) and `robots.txt` pointing to both.
//!
//! Addresses are absolute when the site's address is known (`banmian publish --site-url
//! https://www.example.com/epaper/`), as the sitemap protocol asks, and relative to the
//! site otherwise (robots.txt then names no sitemap: its `Sitemap:` lines must be absolute). Every text is XML-escaped: a headline is data, never markup.

use std::collections::BTreeSet;
use std::path::Path;

use banmian_model::{day_number, month_key, Issue, Kind};

use crate::{write_atomically, Issues, PublishError};

/// Writes the sitemaps and robots.txt of the site whose issues are `dates` into `site`:
/// the month sitemaps of `months` (the months this publish changed) and of any month
/// without one, the index, the site's own sitemap and the news sitemap.
/// `site_url` is the site's address ending in `/`, or empty for relative addresses.
pub(crate) fn write(
    site: &Path,
    issues: &Issues,
    dates: &BTreeSet<String>,
    months: &BTreeSet<String>,
    site_url: &str,
) -> Result<(), PublishError> {
    let all_months: Vec<String> = crate::catalog::months_of(dates).into_iter().rev().collect();
    let dir = site.join("sitemaps");
    crate::create_dir(&dir)?;
    for month in &all_months {
        let file = dir.join(format!("{month}.xml"));
        if !months.contains(month) && file.is_file() {
            continue;
        }
        let mut read = Vec::new();
        for date in dates.iter().filter(|d| month_key(d) == *month) {
            read.push(issues.load(date)?);
        }
        let of_month: Vec<&Issue> = read.iter().map(|r| &**r).collect();
        write_atomically(&file, sitemap(&of_month, site_url).as_bytes())?;
    }
    let newest = dates.last().map(String::as_str).unwrap_or_default();
    write_atomically(
        &dir.join("site.xml"),
        site_sitemap(&all_months, newest, site_url).as_bytes(),
    )?;
    write_atomically(
        &site.join("sitemap.xml"),
        index(&all_months, site_url).as_bytes(),
    )?;
    let mut recent = Vec::new();
    for date in dates.iter().rev().take(2) {
        recent.push(issues.load(date)?);
    }
    let recent: Vec<&Issue> = recent.iter().rev().map(|r| &**r).collect();
    write_atomically(
        &site.join("news-sitemap.xml"),
        news_sitemap(&recent, site_url).as_bytes(),
    )?;
    write_atomically(&site.join("robots.txt"), robots(site_url).as_bytes())
}

/// `sitemap.xml`: the index of the sitemaps, the site's own first, then a month's, newest
/// first.
pub(crate) fn index(months: &[String], site_url: &str) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for name in std::iter::once("site").chain(months.iter().map(String::as_str)) {
        out.push_str(&format!(
            "  <sitemap><loc>{}</loc></sitemap>\n",
            escape(&format!("{site_url}sitemaps/{name}.xml"))
        ));
    }
    out.push_str("</sitemapindex>\n");
    out
}

/// `sitemaps/site.xml`: the front page (changed with the newest issue) and the archive, a
/// page a month.
pub(crate) fn site_sitemap(months: &[String], newest: &str, site_url: &str) -> String {
    let mut out = String::from(URLSET);
    url(&mut out, site_url, "", newest);
    url(&mut out, site_url, "archive", newest);
    for month in months {
        url(&mut out, site_url, &format!("archive/{month}"), "");
    }
    out.push_str("</urlset>\n");
    out
}

const URLSET: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";

/// One `<url>`, with its `<lastmod>` when `date` is not empty.
fn url(out: &mut String, site_url: &str, path: &str, date: &str) {
    let lastmod = if date.is_empty() {
        String::new()
    } else {
        format!("<lastmod>{}</lastmod>", escape(date))
    };
    out.push_str(&format!(
        "  <url><loc>{}</loc>{lastmod}</url>\n",
        escape(&format!("{site_url}{path}"))
    ));
}

/// A month's sitemap: each issue's pages and articles, newest first.
pub(crate) fn sitemap(issues: &[&Issue], site_url: &str) -> String {
    let mut out = String::from(URLSET);
    for issue in issues.iter().rev() {
        for page in &issue.pages {
            let path = format!("{}/{}", issue.date, page.number);
            url(&mut out, site_url, &path, &issue.date);
            for a in page.articles.iter().filter(|a| a.kind != Kind::Banner) {
                let path = format!("{}/{}/{}", issue.date, page.number, a.id);
                url(&mut out, site_url, &path, &issue.date);
            }
        }
    }
    out.push_str("</urlset>\n");
    out
}

/// `news-sitemap.xml`: the articles of the issues of the newest issue's day and the day
/// before, with the paper's name and language and each article's headline.
pub(crate) fn news_sitemap(issues: &[&Issue], site_url: &str) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n",
    );
    let newest = issues.last().and_then(|i| day_number(&i.date));
    for issue in issues.iter().rev() {
        let recent = match (day_number(&issue.date), newest) {
            (Some(day), Some(newest)) => newest - day <= 1,
            _ => false,
        };
        if !recent {
            continue;
        }
        let name = issue.paper.name.as_deref().unwrap_or("电子报");
        let lang = issue.paper.lang.to_ascii_lowercase();
        for page in &issue.pages {
            for a in page.articles.iter().filter(|a| a.kind != Kind::Banner) {
                let title = if a.headline.is_empty() {
                    Issue::story_headline(&issue.story(&a.id))
                } else {
                    &a.headline
                };
                if title.is_empty() {
                    continue;
                }
                let loc = format!("{site_url}{}/{}/{}", issue.date, page.number, a.id);
                out.push_str(&format!(
                    "  <url><loc>{}</loc><news:news><news:publication><news:name>{}</news:name><news:language>{}</news:language></news:publication><news:publication_date>{}</news:publication_date><news:title>{}</news:title></news:news></url>\n",
                    escape(&loc),
                    escape(name),
                    escape(&lang),
                    escape(&issue.date),
                    escape(title),
                ));
            }
        }
    }
    out.push_str("</urlset>\n");
    out
}

/// `robots.txt`: everything may be crawled; here are the sitemaps. A `Sitemap:` line must
/// hold an absolute address, so without the site's address there is none.
pub(crate) fn robots(site_url: &str) -> String {
    if site_url.is_empty() {
        return "User-agent: *\nAllow: /\n\n# sitemap.xml and news-sitemap.xml stand beside this file; `banmian publish --site-url` names them here.\n".into();
    }
    format!("User-agent: *\nAllow: /\n\nSitemap: {site_url}sitemap.xml\nSitemap: {site_url}news-sitemap.xml\n")
}

/// Text made safe to put between XML tags or in an attribute.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;
