//! What search engines read: `sitemap.xml` (the front page, every page and every article
//! of every issue), `news-sitemap.xml` (the articles of the last two days, in Google's
//! news sitemap form) and `robots.txt` pointing to both.
//!
//! Addresses are absolute when the site's address is known (`banmian publish --site-url
//! https://www.example.com/epaper/`), as the sitemap protocol asks, and relative to the
//! site otherwise (robots.txt then names no sitemap: its `Sitemap:` lines must be absolute). Every text is XML-escaped: a headline is data, never markup.

use std::path::Path;

use banmian_model::{day_number, Issue, Kind};

use crate::{write_atomically, PublishError};

/// Writes the sitemaps and robots.txt of `issues` (oldest first) into `site`.
/// `site_url` is the site's address ending in `/`, or empty for relative addresses.
pub(crate) fn write(site: &Path, issues: &[&Issue], site_url: &str) -> Result<(), PublishError> {
    write_atomically(
        &site.join("sitemap.xml"),
        sitemap(issues, site_url).as_bytes(),
    )?;
    write_atomically(
        &site.join("news-sitemap.xml"),
        news_sitemap(issues, site_url).as_bytes(),
    )?;
    write_atomically(&site.join("robots.txt"), robots(site_url).as_bytes())
}

/// `sitemap.xml`: the front page, then each issue's pages and articles, newest first.
pub(crate) fn sitemap(issues: &[&Issue], site_url: &str) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let url = |out: &mut String, path: &str, date: &str| {
        out.push_str(&format!(
            "  <url><loc>{}</loc><lastmod>{}</lastmod></url>\n",
            escape(&format!("{site_url}{path}")),
            escape(date)
        ));
    };
    if let Some(newest) = issues.last() {
        url(&mut out, "", &newest.date);
    }
    for issue in issues.iter().rev() {
        for page in &issue.pages {
            url(
                &mut out,
                &format!("{}/{}", issue.date, page.number),
                &issue.date,
            );
            for a in page.articles.iter().filter(|a| a.kind != Kind::Banner) {
                let path = format!("{}/{}/{}", issue.date, page.number, a.id);
                url(&mut out, &path, &issue.date);
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
