//! The site's HTML: every address as a prerendered page (ARCHITECTURE.md, "Prerendered
//! pages"). The viewer renders each route natively (`banmian_viewer::prerender`); this
//! module puts it into the app's shell (`shell.html`, which `cargo xtask dist` writes:
//! the head with the hashed stylesheet and scripts, and `<base href>`) and writes it where
//! a static server finds it without rewrite rules:
//!
//! ```text
//! index.html                      the newest issue's front page
//! 2026-04-03/index.html           page 1 of an issue; 2026-04-03/4/index.html page 4
//! 2026-04-03/1/1-3/index.html     an article
//! archive/index.html             the newest month; archive/2026-04/index.html a month
//! search/index.html  404.html
//! ```

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use banmian_model::{Catalog, Issue};
use banmian_viewer::core::reading::page_total;
use banmian_viewer::core::route::Route;
use banmian_viewer::prerender::{render, shell_body, Site};

use crate::{create_dir, write_quickly, Issues, PublishError};

/// The app's shell, which every page is written into.
pub(crate) const SHELL: &str = "shell.html";

/// What the pages were last written with: the part of the shell that names its build.
const STAMP: &str = ".banmian-pages";

/// What [`write`] renders from.
pub(crate) struct Work<'a> {
    /// The data directory (its catalog pieces are read for the archive's pages).
    pub data_dir: &'a Path,
    /// The catalog's new head, older months and the pieces this publish wrote.
    pub catalog: &'a crate::catalog::Written,
    /// The head before this publish (whole), if there was one in pieces.
    pub previous: Option<&'a Catalog>,
    /// Every issue's date.
    pub dates: &'a BTreeSet<String>,
    /// The dates published new or corrected now.
    pub changed: &'a [String],
}

/// Writes the pages of the site under `site`, from the shell there; returns how many pages
/// changed. A day's publish renders the day: an issue's pages are rendered when it is in
/// `changed`, or when its pages are missing or were written with another build's shell (the
/// stamp beside them says which); the archive's month pages when their month changed (all
/// of them when a month was added, for their links to the other months); the front page,
/// the archive, search and the 404 page every time. Issues are read one at a time, so a
/// new build's publish of a decade needs the memory of one issue.
pub(crate) fn write(
    site: &Path,
    issues: &Issues,
    work: &Work,
    site_url: Option<&str>,
) -> Result<usize, PublishError> {
    let path = site.join(SHELL);
    let mut shell = fs::read_to_string(&path).map_err(|err| PublishError::Io {
        path: path.clone(),
        err,
    })?;
    // The shell's own body, in the UI's words from the viewer (Trunk's index.html only
    // holds a placeholder).
    let title = span(&shell, "<title>", "</title>")
        .map(|(a, b)| shell[a..b].to_owned())
        .unwrap_or_default();
    let own = compose(&shell, &title, &shell_body());
    if own != shell {
        crate::write_atomically(&path, own.as_bytes())?;
        shell = own;
    }
    let base = base_href(&shell).ok_or_else(|| PublishError::Io {
        path,
        err: std::io::Error::other(
            "the app's shell has no <base href>; build it with `cargo xtask dist`",
        ),
    })?;
    // What a page shares with the shell it was written into: the shell's scripts and
    // stylesheet, which name its build.
    let build = span(&shell, "</title>", "<body>")
        .map(|(a, b)| &shell[a + "</title>".len()..b - "<body>".len()])
        .unwrap_or_default();
    // Pages written into another build's shell are all written again; the stamp is
    // written after them, so a publish that stops halfway is finished by the next.
    let same_build = fs::read_to_string(site.join(STAMP)).is_ok_and(|stamp| stamp == build);
    let stale = |date: &String| {
        !same_build || work.changed.contains(date) || !site.join(date).join("index.html").is_file()
    };
    // The front page shows the newest issue.
    let newest = match work.dates.last() {
        Some(date) => Some(issues.load(date)?.into_owned()),
        None => None,
    };
    let mut pages = Pages {
        site,
        shell: &shell,
        written: 0,
    };
    for date in work.dates.iter().filter(|d| stale(d)) {
        let issue = issues.load(date)?.into_owned();
        let wanted = routes(&issue);
        remove_gone(site, &issue, &wanted)?;
        // An issue's pages read that issue alone.
        let data = Site::new(work.catalog.file.clone(), [issue], &base, site_url);
        for route in &wanted {
            pages.write(&data, route)?;
        }
    }
    // The archive: a page a month.
    let months = work.catalog.head.month_keys();
    let added = work.previous.is_none_or(|p| p.month_keys() != months);
    let mut given = Vec::new();
    let mut month_routes = Vec::new();
    for month in &months {
        let page = site.join("archive").join(month).join("index.html");
        let piece = work.catalog.pieces.get(month).cloned();
        let render = !same_build || added || piece.is_some() || !page.is_file();
        if !render {
            continue;
        }
        if let Some(piece) =
            piece.or_else(|| crate::catalog::read_piece(work.data_dir, &work.catalog.head, month))
        {
            given.push(piece);
            month_routes.push(Route::ArchiveMonth {
                month: month.clone(),
            });
        }
    }
    // The archive's pages are rendered as the browser shows them: from the head as written
    // and the older months it names.
    let data = Site::new(work.catalog.file.clone(), newest, &base, site_url)
        .with_older(work.catalog.older.clone())
        .with_months(given);
    for route in month_routes.iter().chain(&[
        Route::Latest,
        Route::Archive,
        Route::Search,
        Route::NotFound(String::new()),
    ]) {
        pages.write(&data, route)?;
    }
    if !same_build {
        crate::write_atomically(&site.join(STAMP), build.as_bytes())?;
    }
    Ok(pages.written)
}

/// Pages being written into a shell.
struct Pages<'a> {
    site: &'a Path,
    shell: &'a str,
    written: usize,
}

impl Pages<'_> {
    /// Renders `route` and writes it where it belongs, unless the same page is there.
    fn write(&mut self, data: &Site, route: &Route) -> Result<(), PublishError> {
        let rendered = render(data, route);
        let html = compose(self.shell, &rendered.head, &rendered.body);
        for file in files(route) {
            let file = self.site.join(file);
            if fs::read_to_string(&file).is_ok_and(|old| old == html) {
                continue;
            }
            if let Some(dir) = file.parent() {
                create_dir(dir)?;
            }
            write_quickly(&file, html.as_bytes())?;
            self.written += 1;
        }
        Ok(())
    }
}

/// Where the page of `route` is written, relative to the site: page 1 of an issue at its
/// date and at `<date>/1` too, which readers type.
fn files(route: &Route) -> Vec<String> {
    match route {
        Route::NotFound(_) => vec!["404.html".into()],
        Route::Latest => vec!["index.html".into()],
        Route::Page { date, page: 1 } => {
            vec![format!("{date}/index.html"), format!("{date}/1/index.html")]
        }
        other => vec![format!("{}/index.html", other.path())],
    }
}

/// Removes the pages of `issue` that are no longer routes of it (a corrected issue that
/// lost an article or a page): the folders under `site/<date>/` whose path is not in
/// `wanted`, when they hold nothing but their page.
fn remove_gone(site: &Path, issue: &Issue, wanted: &[Route]) -> Result<(), PublishError> {
    let paths: std::collections::HashSet<String> = wanted
        .iter()
        .flat_map(files)
        .filter_map(|f| f.strip_suffix("/index.html").map(str::to_owned))
        .collect();
    let day = site.join(&issue.date);
    for page in subfolders(&day) {
        for article in subfolders(&page) {
            remove_page(site, &article, &paths)?;
        }
        remove_page(site, &page, &paths)?;
    }
    Ok(())
}

fn subfolders(dir: &Path) -> Vec<std::path::PathBuf> {
    fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect()
}

/// Removes the page folder `dir` when its route is not in `paths` and it holds only its
/// `index.html`.
fn remove_page(
    site: &Path,
    dir: &Path,
    paths: &std::collections::HashSet<String>,
) -> Result<(), PublishError> {
    let route = dir
        .strip_prefix(site)
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .unwrap_or_default();
    let only_page = fs::read_dir(dir)
        .map(|entries| entries.flatten().all(|e| e.file_name() == "index.html"))
        .unwrap_or(false);
    if paths.contains(&route) || !only_page {
        return Ok(());
    }
    fs::remove_dir_all(dir).map_err(|err| PublishError::Io {
        path: dir.to_owned(),
        err,
    })
}

/// The routes of an issue: every page (those the issue counts but has no data for too)
/// and article.
pub(crate) fn routes(issue: &Issue) -> Vec<Route> {
    let date = &issue.date;
    let mut routes: Vec<Route> = (1..=page_total(issue))
        .map(|page| Route::Page {
            date: date.clone(),
            page,
        })
        .collect();
    for page in &issue.pages {
        for a in &page.articles {
            routes.push(Route::Article {
                date: date.clone(),
                page: page.number,
                id: a.id.clone(),
            });
        }
    }
    routes
}

/// The path of the shell's `<base href>` (`/epaper/`), quoted or not (dist minifies it).
pub(crate) fn base_href(shell: &str) -> Option<String> {
    let at = shell.find("<base href=")? + "<base href=".len();
    let rest = &shell[at..];
    let value = match rest.chars().next()? {
        q @ ('"' | '\'') => rest[1..].split(q).next()?,
        _ => rest.split(|c: char| c.is_whitespace() || c == '>').next()?,
    };
    Some(value.to_owned())
}

/// Where `html` runs from the first `open` to the end of the `close` after it, if it does.
fn span(html: &str, open: &str, close: &str) -> Option<(usize, usize)> {
    let start = html.find(open)?;
    let end = start + html[start..].find(close)? + close.len();
    Some((start, end))
}

/// The shell with `head` in place of its `<title>` and `body` as its whole body.
pub(crate) fn compose(shell: &str, head: &str, body: &str) -> String {
    let mut html = String::with_capacity(shell.len() + head.len() + body.len());
    let rest = match span(shell, "<title>", "</title>") {
        Some((a, b)) => {
            html.push_str(&shell[..a]);
            html.push_str(head);
            &shell[b..]
        }
        None => shell,
    };
    match span(rest, "<body>", "</body>") {
        Some((a, b)) => {
            html.push_str(&rest[..a + "<body>".len()]);
            html.push_str(body);
            html.push_str(&rest[b - "</body>".len()..]);
        }
        None => html.push_str(rest),
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_base_is_read_quoted_or_not() {
        assert_eq!(
            base_href("<base href=/epaper/><x>").as_deref(),
            Some("/epaper/")
        );
        assert_eq!(base_href("<base href=\"/a b/\">").as_deref(), Some("/a b/"));
        assert_eq!(base_href("<base href=/ >").as_deref(), Some("/"));
        assert_eq!(base_href("<title>x</title>"), None);
    }

    #[test]
    fn the_page_goes_into_the_shell() {
        let shell = "<!doctype html><html><meta charset=utf-8><title>电子报</title><base href=/e/></head><body><p id=boot>…</p><noscript>x</noscript></body></html>";
        assert_eq!(
            compose(shell, "<title>T</title><meta name=description content=D>", "<div>B</div>"),
            "<!doctype html><html><meta charset=utf-8><title>T</title><meta name=description content=D><base href=/e/></head><body><div>B</div></body></html>"
        );
    }
}
