//! Prerendering (feature `ssr`): every address of the site as HTML, rendered natively
//! from the same views the app renders in the browser ([`crate::Frame`]), with the data
//! being published. `banmian publish` calls [`render`] for every route and puts what it
//! returns into the app's shell; the app then takes the page over (`takeover`).
//!
//! The head says what the page is to search engines and link previews: title, description
//! (the story's lede), canonical address, Open Graph and Twitter card, and JSON-LD
//! (`NewsArticle` for a story, `PublicationIssue` for a page). Text from the data is
//! escaped everywhere: by Leptos in the body and in attributes, and [`json_for_script`]
//! inside the JSON-LD.

use std::collections::BTreeMap;
use std::sync::Arc;

use banmian_model::{month_key, Article, Block, Catalog, Issue};
use leptos::prelude::*;
use leptos::reactive::owner::Owner;
use serde_json::{json, Value};

use crate::core::route::{href, Route};
use crate::data::Given;
use crate::router::{provide_fixed_nav, Here};
use crate::strings;

/// What is published: the catalog, every issue, and where the site is served from.
pub struct Site {
    /// The data: the catalog and the issues by date.
    given: Given,
    /// The base path (`/epaper/`).
    base: String,
    /// The site's absolute address (`https://www.example.com/epaper/`), if known.
    site_url: Option<String>,
}

impl Site {
    /// A site at `base` (its path, `/epaper/`), served from `site_url` when given.
    pub fn new(
        catalog: Catalog,
        issues: impl IntoIterator<Item = Issue>,
        base: &str,
        site_url: Option<&str>,
    ) -> Site {
        let issues: BTreeMap<String, Arc<Issue>> = issues
            .into_iter()
            .map(|i| (i.date.clone(), Arc::new(i)))
            .collect();
        Site {
            given: Given {
                catalog: Arc::new(catalog),
                issues: Arc::new(issues),
                pieces: Arc::new(BTreeMap::new()),
                older: None,
            },
            base: base.to_owned(),
            site_url: site_url.map(str::to_owned),
        }
    }

    /// The site with the older months its catalog's head names (`Catalog::older`), which
    /// the archive's pages are rendered from.
    pub fn with_older(mut self, older: Option<Catalog>) -> Site {
        self.given.older = older.map(Arc::new);
        self
    }

    /// The site with the month pieces of its catalog (each a catalog of one month's
    /// issues), which the archive's month pages ([`Route::ArchiveMonth`]) are rendered from
    /// when the head does not hold their month.
    pub fn with_months(mut self, pieces: impl IntoIterator<Item = Catalog>) -> Site {
        let mut by_month: BTreeMap<String, Arc<Catalog>> = (*self.given.pieces).clone();
        for piece in pieces {
            let piece = Arc::new(piece);
            let mut months: Vec<String> = piece.issues.iter().map(|e| month_key(&e.date)).collect();
            months.dedup();
            for month in months {
                by_month.insert(month, Arc::clone(&piece));
            }
        }
        self.given.pieces = Arc::new(by_month);
        self
    }

    /// The address of `route`: absolute when the site's address is known, else its path.
    fn url(&self, route: &Route) -> String {
        self.absolute(route)
            .unwrap_or_else(|| href(&self.base, route))
    }

    /// The absolute address of `route`, when the site's address is known.
    fn absolute(&self, route: &Route) -> Option<String> {
        let path = href(&self.base, route);
        let site = self.site_url.as_ref()?;
        let below = path
            .strip_prefix(self.base.trim_end_matches('/'))
            .unwrap_or(&path);
        Some(format!("{}{below}", site.trim_end_matches('/')))
    }
}

/// A route rendered: what goes into the shell's head, and its body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// `<title>`, meta description, canonical link, Open Graph, Twitter card, JSON-LD.
    pub head: String,
    /// The viewer's root (`div.banmian[data-prerendered]`) with the whole view in it.
    pub body: String,
}

/// Renders `route` of `site` (the route [`Route::NotFound`] is the 404 page).
pub fn render(site: &Site, route: &Route) -> Rendered {
    let body = to_html(|| {
        provide_context(site.given.clone());
        crate::offline::provide_steady();
        let here = Here {
            route: route.clone(),
            hash: String::new(),
            search: String::new(),
        };
        provide_fixed_nav(&site.base, here);
        let catalog = Signal::stored(Some(Ok(site.given.catalog.clone())));
        view! {
            <div class="banmian" lang=strings::t().lang data-prerendered="">
                <crate::Frame catalog=catalog/>
            </div>
        }
        .to_html()
    });
    let title = crate::mode::take_title();
    Rendered {
        head: head(site, route, &title),
        body,
    }
}

/// The body of the app's shell (`shell.html`, what the service worker serves offline for an
/// address it never kept): the line shown while the app starts, and what to do without
/// JavaScript.
pub fn shell_body() -> String {
    let ui = strings::t();
    to_html(|| {
        view! {
            <p id="boot" class="status" role="status" lang=ui.lang>{ui.loading}</p>
            <noscript><p class="status" lang=ui.lang>{ui.needs_js}</p></noscript>
        }
        .to_html()
    })
}

/// The HTML `render` makes, rendered under a server's reactive owner (so the views know
/// they run natively), without the comments Leptos leaves to find dynamic nodes when
/// hydrating (the app takes over by mounting, so nothing reads them). They cannot be text
/// from the data: that has its `<` escaped.
fn to_html(render: impl FnOnce() -> String) -> String {
    let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
    let html = owner.with(render);
    owner.unset();
    html.replace("<!>", "").replace("<!--<() />-->", "")
}

/// The head of `route`'s page, titled `title`.
fn head(site: &Site, route: &Route, title: &str) -> String {
    let catalog = &site.given.catalog;
    let paper = catalog
        .paper
        .name
        .clone()
        .unwrap_or_else(|| strings::t().app_name.to_owned());
    let locale = catalog.paper.lang.replace('-', "_");
    let issue = route
        .date()
        .or_else(|| {
            (*route == Route::Latest)
                .then(|| catalog.issues.first().map(|e| e.date.as_str()))
                .flatten()
        })
        .and_then(|d| site.given.issues.get(d));
    let index = !matches!(route, Route::NotFound(_) | Route::Search);
    let url = site.url(route);
    // A canonical address or og:url must be absolute: without the site's address
    // (`publish --site-url`) they are left out rather than guessed.
    let absolute = site.absolute(route).filter(|_| index);
    let (kind, description, json_ld) = match (route, issue) {
        (Route::Article { page, id, .. }, Some(issue)) => match issue.article(id) {
            Some((p, article)) if p == *page => (
                "article",
                lede(issue, article),
                news_article(site, issue, *page, article, &url),
            ),
            _ => ("website", String::new(), Value::Null),
        },
        (Route::Page { page, .. }, Some(issue)) => (
            "website",
            page_summary(issue, *page),
            publication_issue(site, issue, &url),
        ),
        (Route::Latest, Some(issue)) => (
            "website",
            page_summary(issue, 1),
            publication_issue(site, issue, &url),
        ),
        (Route::Archive, _) => (
            "website",
            format!("{paper} {}", strings::t().archive_title),
            Value::Null,
        ),
        (Route::ArchiveMonth { month }, _) => (
            "website",
            format!(
                "{paper} {} {}",
                strings::t().archive_title,
                strings::month_of(month)
            ),
            Value::Null,
        ),
        _ => ("website", String::new(), Value::Null),
    };
    let description = if description.is_empty() {
        format!("{paper} {}", strings::t().app_name)
    } else {
        description
    };
    let published = (kind == "article")
        .then(|| issue.map(|i| i.date.clone()))
        .flatten();
    let json_ld = (!json_ld.is_null()).then(|| json_for_script(&json_ld));
    // Open Graph names its fields with `property`, an attribute HTML's <meta> lacks.
    let og = |property: &'static str, content: String| {
        leptos::html::meta()
            .attr("property", property)
            .attr("content", content)
    };
    to_html(|| {
        view! {
            <title>{title.to_owned()}</title>
            <meta name="description" content=description.clone()/>
            {(!index).then(|| view! { <meta name="robots" content="noindex"/> })}
            {absolute.clone().map(|url| view! { <link rel="canonical" href=url/> })}
            {og("og:site_name", paper)}
            {og("og:type", kind.to_owned())}
            {og("og:title", title.to_owned())}
            {og("og:description", description.clone())}
            {absolute.map(|url| og("og:url", url))}
            {og("og:locale", locale)}
            {published.map(|d| og("article:published_time", d))}
            <meta name="twitter:card" content="summary"/>
            <meta name="twitter:title" content=title.to_owned()/>
            <meta name="twitter:description" content=description/>
            {json_ld.map(|j| view! { <script type="application/ld+json" inner_html=j></script> })}
        }
        .to_html()
    })
}

/// The description of a story: its lede, cut at a sentence end near 120 characters.
fn lede(issue: &Issue, article: &Article) -> String {
    let text: String = issue
        .story(&article.id)
        .iter()
        .flat_map(|(_, a)| &a.blocks)
        .find_map(|b| match b {
            Block::Paragraph { text } => Some(text.clone()),
            _ => None,
        })
        .unwrap_or_default();
    cut(&text, 120)
}

/// The description of page `page`: its label and its headlines.
fn page_summary(issue: &Issue, page: u32) -> String {
    let Some(p) = issue.page(page) else {
        return String::new();
    };
    let heads: Vec<&str> = p
        .articles
        .iter()
        .map(|a| a.headline.as_str())
        .filter(|h| !h.is_empty())
        .collect();
    cut(&format!("{}：{}", p.label, heads.join("；")), 160)
}

/// `text` up to `max` characters, ending at the last sentence end inside, or with "……".
fn cut(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let head: String = text.chars().take(max).collect();
    match head.rfind(['。', '！', '？']) {
        Some(end) if end > head.len() / 2 => head[..end + '。'.len_utf8()].to_owned(),
        _ => format!("{head}……"),
    }
}

/// The people of a byline (`本报记者 王晓 通讯员 李明` → 王晓, 李明). A role before a name
/// goes (`记者张三`); a word ending in a role is who they work for (`新华社记者`), not a
/// person; `报道` and `摄` after a name go.
fn authors(byline: &str) -> Vec<String> {
    const ROLES: [&str; 6] = ["记者", "通讯员", "实习生", "编辑", "摄影", "文图"];
    const AFTER: [&str; 3] = ["报道", "摄影", "摄"];
    byline
        .split(|c: char| c.is_whitespace() || "、，,■●◆·/|：:".contains(c))
        .filter(|w| !ROLES.iter().any(|r| w.ends_with(r)))
        .map(|w| {
            let w = ROLES.iter().fold(w, |w, r| w.strip_prefix(r).unwrap_or(w));
            AFTER.iter().fold(w, |w, r| w.strip_suffix(r).unwrap_or(w))
        })
        .filter(|w| {
            let n = w.chars().count();
            (2..=4).contains(&n) && w.chars().all(|c| !c.is_ascii() && c.is_alphabetic())
        })
        .map(str::to_owned)
        .collect()
}

/// The issue as schema.org describes it: a `PublicationIssue` of a `Periodical`.
fn publication_issue(site: &Site, issue: &Issue, url: &str) -> Value {
    let mut value = issue_ld(site, issue);
    value["@context"] = json!("https://schema.org");
    value["url"] = json!(url);
    value
}

fn issue_ld(site: &Site, issue: &Issue) -> Value {
    let paper = &issue.paper;
    let mut periodical = json!({
        "@type": "Periodical",
        "name": paper.name.clone().unwrap_or_default(),
        "inLanguage": paper.lang,
        "url": site.url(&Route::Latest),
    });
    if let Some(publisher) = &paper.publisher {
        periodical["publisher"] = json!({ "@type": "Organization", "name": publisher });
    }
    let mut value = json!({
        "@type": "PublicationIssue",
        "datePublished": issue.date,
        "url": site.url(&Route::Page { date: issue.date.clone(), page: 1 }),
        "isPartOf": periodical,
    });
    if let Some(n) = issue.number {
        value["issueNumber"] = json!(n.to_string());
    }
    value
}

/// A story as schema.org describes it: a `NewsArticle`, part of its issue.
fn news_article(site: &Site, issue: &Issue, page: u32, article: &Article, url: &str) -> Value {
    let parts = issue.story(&article.id);
    let headline = if article.headline.is_empty() {
        Issue::story_headline(&parts).to_owned()
    } else {
        article.headline.clone()
    };
    let names = article.byline.as_deref().map(authors).unwrap_or_default();
    let author: Vec<Value> = if names.is_empty() {
        vec![
            json!({ "@type": "Organization", "name": issue.paper.name.clone().unwrap_or_default() }),
        ]
    } else {
        names
            .into_iter()
            .map(|n| json!({ "@type": "Person", "name": n }))
            .collect()
    };
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "datePublished": issue.date,
        "inLanguage": issue.paper.lang,
        "author": author,
        "mainEntityOfPage": url,
        "pageStart": page.to_string(),
        "isPartOf": issue_ld(site, issue),
        "description": lede(issue, article),
    });
    if let Some(last) = parts.last().filter(|(p, _)| *p != page) {
        value["pageEnd"] = json!(last.0.to_string());
    }
    value
}

/// JSON to put inside `<script>`: nothing in it can end the element or open a comment
/// (`<`, `>` and `&` are written as `\u003c` …, which JSON reads as the same text).
pub fn json_for_script(value: &Value) -> String {
    let text = value.to_string();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;
