//! Importers: a layout system's plain-text page export → one validated banmian issue.
//!
//! The seed format is one text file per page (the format of
//! `samples/jinzhong-daily-2026-04-03/page-1.txt`): a masthead or running header at the
//! top, then the page's items separated by blank lines. [`import`] decodes each file
//! (UTF-8 or GBK), reads its header, lays out its items, links the jumps between pages
//! and validates the result. It reports every problem as a [`Diagnostic`] naming the
//! file and line; it never panics and never invents a fact the pages do not print.
//!
//! A METS file with its ALTO pages (how libraries keep digitized newspapers) is read by
//! [`import_mets`]: the page images, the articles and their zones on the pages.
//!
//! This crate does no file I/O: callers pass the bytes (and, for METS, a reader of the
//! files it names).

mod alto;
mod byline;
mod decode;
mod header;
mod layout;
mod markers;
mod mets;
mod outline;
pub mod pdf;
mod text;
mod tuning;
mod with_pdf;

use std::collections::HashMap;
use std::fmt;

use banmian_model::{
    headline_key, resolve_jumps, validate, Article, Block, Issue, Jump, Kind, Page, Paper,
    Severity, ISSUE_FORMAT,
};

pub use decode::Encoding;
pub use mets::{import_mets, is_mets, ReadFile};

use header::{read_header, Header};
use layout::{kind_of, lay_out, Draft};
pub use with_pdf::import_with_pdfs;

/// One page file to import: its name (for messages and its page number) and its bytes.
#[derive(Debug, Clone)]
pub struct Source {
    /// The file's path as the user gave it, e.g. `export/page-2.txt`.
    pub name: String,
    /// The file's bytes, in any supported encoding.
    pub bytes: Vec<u8>,
}

/// What the pages cannot say for themselves.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// How to decode the files.
    pub encoding: Encoding,
    /// The paper's id; by default derived from its printed website (`www.sxjzxw.com` → `sxjzxw`).
    pub paper_id: Option<String>,
    /// The issue date `YYYY-MM-DD`, when no page prints it (or to override it).
    pub date: Option<String>,
    /// The paper's language (BCP 47), when the source does not say it (METS without a
    /// MODS `languageTerm`).
    pub lang: Option<String>,
}

/// A message about the input, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// An error stops the import from writing anything; a warning does not.
    pub severity: Severity,
    /// The page file it is about, if any.
    pub file: Option<String>,
    /// The 1-based line in that file, if any.
    pub line: Option<usize>,
    /// What is wrong, in one line.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(file) = &self.file {
            write!(f, "{file}:")?;
            if let Some(line) = self.line {
                write!(f, "{line}:")?;
            }
            f.write_str(" ")?;
        }
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{level}: {}", self.message)
    }
}

/// The outcome of an import: the issue (unless nothing could be read) and every message.
#[derive(Debug, Clone)]
pub struct Report {
    /// The issue, when the pages could be read at all.
    pub issue: Option<Issue>,
    /// Every message, in file and line order.
    pub diagnostics: Vec<Diagnostic>,
    /// Where each item of the issue came from and why it starts where it does.
    pub traces: Vec<Trace>,
}

/// Where one item of the issue came from in the page files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trace {
    /// The item's id (`1-3`).
    pub id: String,
    /// The page file.
    pub file: String,
    /// Its first and last line in that file.
    pub lines: (usize, usize),
    /// Why a story (or banner) starts on its first line, e.g. `score 6 ≥ 3: more blank
    /// lines above than between paragraphs (+3), a byline or lede below its group (+3)`.
    pub why: String,
}

impl Report {
    /// Whether any message is an error: then nothing should be written.
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

/// A page read from one file.
struct PageDraft {
    file: String,
    number: u32,
    header: Header,
    items: Vec<Draft>,
}

/// Imports the page files of one issue.
pub fn import(sources: &[Source], options: &Options) -> Report {
    let mut diags = Vec::new();
    let mut pages = Vec::new();
    if sources.is_empty() {
        diags.push(diag(
            Severity::Error,
            None,
            None,
            "no page files given".into(),
        ));
    }
    for (index, source) in sources.iter().enumerate() {
        if let Some(page) = read_page(source, index, options, &mut diags) {
            pages.push(page);
        }
    }
    pages.sort_by_key(|p| p.number);
    for pair in pages.windows(2) {
        if pair[0].number == pair[1].number {
            let message = format!(
                "page {} again: {} is page {} too",
                pair[1].number, pair[0].file, pair[0].number
            );
            diags.push(diag(Severity::Error, Some(&pair[1].file), None, message));
        }
    }
    let mut traces = Vec::new();
    let issue = if pages.is_empty() {
        None
    } else {
        assemble(pages, options, &mut diags, &mut traces)
    };
    diags.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    Report {
        issue,
        diagnostics: diags,
        traces,
    }
}

fn diag(
    severity: Severity,
    file: Option<&str>,
    line: Option<usize>,
    message: String,
) -> Diagnostic {
    Diagnostic {
        severity,
        file: file.map(str::to_owned),
        line,
        message,
    }
}

fn read_page(
    source: &Source,
    index: usize,
    options: &Options,
    diags: &mut Vec<Diagnostic>,
) -> Option<PageDraft> {
    let file = source.name.as_str();
    let text = match decode::decode(&source.bytes, options.encoding) {
        Ok((text, _encoding)) => text,
        Err(e) => {
            diags.push(diag(Severity::Error, Some(file), e.line, e.message));
            return None;
        }
    };
    let lines = text::lines(&text);
    if lines.is_empty() {
        diags.push(diag(
            Severity::Error,
            Some(file),
            None,
            "the file holds no text".into(),
        ));
        return None;
    }
    let (header, used) = read_header(&lines);
    let from_name = number_in_file_name(file);
    let number = match (header.page, from_name) {
        (Some(printed), Some(named)) if printed != named => {
            let message = format!("the page prints 第{printed}版 but the file name says page {named}; using {printed}");
            diags.push(diag(
                Severity::Warning,
                Some(file),
                Some(lines[0].no),
                message,
            ));
            printed
        }
        (Some(n), _) | (None, Some(n)) => n,
        (None, None) => {
            let n = u32::try_from(index + 1).unwrap_or(u32::MAX);
            let message = format!("neither the file name nor a 第N版 header gives the page number; taking page {n} from the order of the files");
            diags.push(diag(Severity::Warning, Some(file), None, message));
            n
        }
    };
    let (items, notes) = lay_out(&lines[used..]);
    for n in notes {
        let severity = if n.error {
            Severity::Error
        } else {
            Severity::Warning
        };
        diags.push(diag(severity, Some(file), Some(n.line), n.message));
    }
    if items.is_empty() {
        diags.push(diag(
            Severity::Warning,
            Some(file),
            None,
            format!("page {number} has no stories"),
        ));
    }
    Some(PageDraft {
        file: file.to_owned(),
        number,
        header,
        items,
    })
}

/// The last run of digits in the file's name: `page-2.txt` → 2, `jzrb-0403-A04.txt` → 4.
fn number_in_file_name(path: &str) -> Option<u32> {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let end = stem.rfind(|c: char| c.is_ascii_digit())? + 1;
    let start = stem[..end]
        .rfind(|c: char| !c.is_ascii_digit())
        .map_or(0, |i| i + 1);
    stem[start..end].parse().ok().filter(|&n| n > 0)
}

/// The issue from its pages; `traces` gets where each item came from.
fn assemble(
    pages: Vec<PageDraft>,
    options: &Options,
    diags: &mut Vec<Diagnostic>,
    traces: &mut Vec<Trace>,
) -> Option<Issue> {
    let facts = merge_headers(&pages, diags);
    let date = match (&options.date, facts.date()) {
        (Some(given), Some(printed)) if *given != printed => {
            let message = format!("--date {given} overrides the printed date {printed}");
            diags.push(diag(Severity::Warning, Some(&pages[0].file), None, message));
            given.clone()
        }
        (Some(given), _) => given.clone(),
        (None, Some(printed)) => printed,
        (None, None) => {
            let message =
                "no page prints the issue date (e.g. 2026年4月3日); pass --date YYYY-MM-DD".into();
            diags.push(diag(Severity::Error, Some(&pages[0].file), None, message));
            return None;
        }
    };
    let lang = language(&pages);
    let paper = Paper {
        id: options
            .paper_id
            .clone()
            .or_else(|| facts.website.as_deref().and_then(id_from_website)),
        name: facts.name.clone(),
        sponsor: facts.sponsor.clone(),
        publisher: facts.publisher.clone(),
        website: facts.website.clone(),
        serial: facts.serial.clone(),
        postal_code: facts.postal_code.clone(),
        lang: lang.to_owned(),
    };
    let mut page_files = Vec::new();
    let mut out_pages = Vec::new();
    for page in pages {
        page_files.push(page.file.clone());
        let articles = page
            .items
            .into_iter()
            .enumerate()
            .map(|(k, d)| {
                let id = format!("{}-{}", page.number, k + 1);
                traces.push(Trace {
                    id: id.clone(),
                    file: page.file.clone(),
                    lines: (d.line, d.end),
                    why: d.why.clone(),
                });
                article(id, d)
            })
            .collect();
        out_pages.push(Page {
            number: page.number,
            label: if lang == "en" {
                format!("Page {}", page.number)
            } else {
                Page::default_label(page.number)
            },
            name: page.header.page_name.clone(),
            image: None,
            image_size: None,
            renditions: Vec::new(),
            pdf: None,
            articles,
        });
    }
    // Where each article came from, for messages about it.
    let origin: HashMap<String, (String, usize)> = traces
        .iter()
        .map(|t| (t.id.clone(), (t.file.clone(), t.lines.0)))
        .collect();
    let mut issue = Issue {
        format: ISSUE_FORMAT.to_owned(),
        paper,
        date,
        weekday: facts.weekday.clone(),
        lunar_date: facts.lunar_date.clone(),
        number: facts.number,
        page_count: facts.page_count,
        pages: out_pages,
    };
    promote_continuation_headlines(&mut issue, &origin, diags);
    link_and_check(&mut issue, &origin, &page_files, diags);
    Some(issue)
}

/// Links the jumps between the issue's parts and validates it; every note and problem
/// becomes a diagnostic at the file and line its article came from (`origin`, by id) or
/// at its page's file.
fn link_and_check(
    issue: &mut Issue,
    origin: &HashMap<String, (String, usize)>,
    page_files: &[String],
    diags: &mut Vec<Diagnostic>,
) {
    for note in resolve_jumps(issue) {
        let (file, line) = origin.get(&note.article).cloned().unzip();
        diags.push(diag(
            Severity::Warning,
            file.as_deref(),
            line,
            format!("{}: {}", note.article, note.message),
        ));
    }
    for problem in validate(issue) {
        let (file, line) = locate(&problem.path, issue, origin, page_files);
        diags.push(diag(
            problem.severity,
            file.as_deref(),
            line,
            format!("{}: {}", problem.path, problem.message),
        ));
    }
}

/// A continued part's headline is the headline (or a shortened headline) of a story on
/// the page its `上接` marker names. Read on its own page as a subhead (`（上接第1版）科技
/// 创新实现新突破`) or as a kicker above a line of the story, it becomes the headline.
fn promote_continuation_headlines(
    issue: &mut Issue,
    origin: &HashMap<String, (String, usize)>,
    diags: &mut Vec<Diagnostic>,
) {
    let headlines: HashMap<u32, Vec<String>> = issue
        .pages
        .iter()
        .map(|p| {
            let titles = p
                .articles
                .iter()
                .filter(|a| a.kind != Kind::Banner && !a.headline.is_empty())
                .map(|a| headline_key(&a.headline))
                .collect();
            (p.number, titles)
        })
        .collect();
    for page in &mut issue.pages {
        for a in &mut page.articles {
            let Some(from) = a.continued_from.as_ref().map(|j| j.page) else {
                continue;
            };
            let names = |text: &str| {
                let t = headline_key(text);
                t.chars().count() >= 2
                    && headlines.get(&from).is_some_and(|titles| {
                        titles
                            .iter()
                            .any(|h| h.contains(&t) || t.contains(h.as_str()))
                    })
            };
            let promoted = match (a.headline.is_empty(), a.blocks.first(), &a.kicker) {
                // `（上接第1版）科技创新实现新突破` read as a subhead.
                (true, Some(Block::Subhead { text }), _) if names(text) => {
                    a.headline = text.clone();
                    a.blocks.remove(0);
                    true
                }
                // The continued headline read as a kicker above a line of the story.
                (false, _, Some(kicker)) if names(kicker) && !names(&a.headline) => {
                    let line = std::mem::replace(&mut a.headline, kicker.clone());
                    a.kicker = None;
                    a.blocks.insert(0, Block::Subhead { text: line });
                    true
                }
                _ => false,
            };
            if promoted {
                let (file, line) = origin.get(&a.id).cloned().unzip();
                let message = format!(
                    "{}: {:?} after the 上接 marker is the headline of a story on page {from}, so it is this part's headline",
                    a.id, a.headline
                );
                diags.push(diag(Severity::Warning, file.as_deref(), line, message));
            }
        }
    }
}

/// The file and line a validation path such as `pages[1].articles[2].headline` is about.
fn locate(
    path: &str,
    issue: &Issue,
    origin: &HashMap<String, (String, usize)>,
    page_files: &[String],
) -> (Option<String>, Option<usize>) {
    let index = |key: &str| -> Option<usize> {
        let start = path.find(key)? + key.len();
        let end = path[start..].find(']')? + start;
        path[start..end].parse().ok()
    };
    match (index("pages["), index("articles[")) {
        (Some(p), Some(a)) => {
            let id = issue
                .pages
                .get(p)
                .and_then(|pg| pg.articles.get(a))
                .map(|a| a.id.as_str());
            match id.and_then(|id| origin.get(id)) {
                Some((file, line)) => (Some(file.clone()), Some(*line)),
                None => (page_files.get(p).cloned(), None),
            }
        }
        (Some(p), None) => (page_files.get(p).cloned(), None),
        _ => (page_files.first().cloned(), None),
    }
}

fn article(id: String, d: Draft) -> Article {
    let jump = |m: Option<markers::Marker>| {
        m.map(|m| Jump {
            page: m.page,
            article: None,
            label: Some(m.label),
        })
    };
    let kind = kind_of(&d);
    Article {
        id,
        kind,
        kicker: d.kicker,
        headline: d.headline,
        subheadline: d.subheadline,
        byline: d.byline,
        blocks: d.blocks,
        source: d.source,
        continues_to: jump(d.to),
        continued_from: jump(d.from),
        zone: None,
        zones: Vec::new(),
        lines: Vec::new(),
    }
}

/// The issue's facts from every page's header; page 1's masthead first, then the
/// running headers. A fact printed differently on two pages is reported.
fn merge_headers(pages: &[PageDraft], diags: &mut Vec<Diagnostic>) -> Header {
    let mut merged = Header::default();
    let mut date_from: Option<(String, String)> = None;
    for page in pages {
        let h = &page.header;
        macro_rules! take {
            ($($field:ident),*) => {$(
                if merged.$field.is_none() { merged.$field = h.$field.clone(); }
            )*};
        }
        take!(
            name,
            sponsor,
            publisher,
            website,
            serial,
            postal_code,
            weekday,
            lunar_date,
            number,
            page_count
        );
        if let Some(date) = h.date() {
            match &date_from {
                Some((first, file)) if *first != date => {
                    let message =
                        format!("prints the date {date} but {file} prints {first}; using {first}");
                    diags.push(diag(Severity::Warning, Some(&page.file), None, message));
                }
                Some(_) => {}
                None => {
                    (merged.year, merged.month, merged.day) = (h.year, h.month, h.day);
                    date_from = Some((date, page.file.clone()));
                }
            }
        }
    }
    merged
}

/// `http://www.sxjzxw.com` → `sxjzxw`.
fn id_from_website(url: &str) -> Option<String> {
    let host = url
        .split("://")
        .nth(1)
        .unwrap_or(url)
        .split(['/', ':'])
        .next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    let label = host.split('.').next()?.to_ascii_lowercase();
    let ok = !label.is_empty() && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    ok.then_some(label)
}

/// `zh-CN` unless the pages are mostly Latin letters.
fn language(pages: &[PageDraft]) -> &'static str {
    let (mut han, mut latin) = (0usize, 0usize);
    for d in pages.iter().flat_map(|p| &p.items) {
        for c in d.headline.chars() {
            if c.is_ascii_alphabetic() {
                latin += 1;
            } else if ('\u{4e00}'..='\u{9fff}').contains(&c) {
                han += 1;
            }
        }
    }
    if latin > han * 4 {
        "en"
    } else {
        "zh-CN"
    }
}
