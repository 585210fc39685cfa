//! METS + ALTO, how libraries keep digitized newspapers → one issue with its page images
//! and each article's zones on them.
//!
//! - Pages: the physical structMap's `PAGE` divs in `ORDER`; each names, through the
//!   fileSec, its image (a `USE` of images, an image media type or extension) and its ALTO.
//! - Articles: the logical structMap's `Article` divs in document order (the reading
//!   order). Each `area` names an ALTO block (`FILEID` + `BEGIN`); the div it stands in
//!   says what it is: `HEADING`/`TITLE` the headline, `SUBHEADING` the subheadline,
//!   `AUTHOR`/`BYLINE` the byline, anything else the body (one paragraph for each
//!   `PARAGRAPH` div, or for each block outside one), read column by column. An article
//!   whose blocks are on several pages becomes one part a page, linked as a jump.
//! - Zones: the article's blocks on the page, a block right under another in the same
//!   column merged with it into one rectangle; in the image's pixels.
//! - An article without a title block is headed by its METS `LABEL`, unless that is a
//!   digitizer's placeholder (`Untitled Article`) or its first words (ending in `...`),
//!   else by its own first words.
//! - The date, paper and language from MODS where present (`dateIssued`, `titleInfo/title`,
//!   `languageTerm`); `--date` overrides the date; failing both, a date in the METS file's
//!   name (`18400221_01-METS.xml`), with a warning.
//!
//! The METS file is recognised by its content ([`is_mets`]). This module does no I/O: the
//! caller reads the files the METS names.

use std::collections::HashMap;
use std::path::Path;

use banmian_model::{
    Article, Block, Issue, Jump, Kind, Page, Paper, Severity, Size, TextLine, ISSUE_FORMAT,
};
use roxmltree::{Document, Node};

use crate::alto::{self, Alto};
use crate::{diag, link_and_check, Diagnostic, Options, Report, Source, Trace};

const METS_NS: &str = "http://www.loc.gov/METS/";
const XLINK_NS: &str = "http://www.w3.org/1999/xlink";

/// How many characters of an untitled article's first words stand for its headline.
const OPENING: usize = 30;

/// Whether `bytes` are a METS document: XML whose root is `mets` in the METS namespace.
pub fn is_mets(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    head.trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('<')
        && head.contains(METS_NS)
        && (head.contains("<mets") || head.contains(":mets"))
}

/// Reads a file the METS names, by its path relative to the METS file: its bytes, or why
/// not.
pub type ReadFile<'a> = dyn FnMut(&str) -> Result<Vec<u8>, String> + 'a;

/// Imports the issue a METS file describes, reading its ALTO files through `read`. A
/// page's `image` is its scan's path as the METS names it (relative to the METS file).
pub fn import_mets(mets: &Source, read: &mut ReadFile, options: &Options) -> Report {
    let mut diags = Vec::new();
    let mut traces = Vec::new();
    let issue = read_issue(mets, read, options, &mut diags, &mut traces);
    diags.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    Report {
        issue,
        diagnostics: diags,
        traces,
    }
}

/// A file of the METS fileSec.
struct FileRef<'a> {
    href: String,
    /// Its group's `USE`, its `MIMETYPE`, lower case.
    group: String,
    mime: String,
    /// The scan's resolution from the MIX metadata its `ADMID` names.
    dpi: Option<f64>,
    node: Node<'a, 'a>,
}

impl FileRef<'_> {
    fn extension(&self) -> String {
        Path::new(&self.href)
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default()
    }

    fn is_text(&self) -> bool {
        ["text", "alto", "ocr"]
            .iter()
            .any(|k| self.group.contains(k))
            || (self.extension() == "xml" && !self.group.contains("image"))
    }

    fn is_image(&self) -> bool {
        !self.is_text()
            && (self.group.contains("image")
                || self.group.contains("master")
                || self.mime.starts_with("image/")
                || [
                    "jp2", "j2k", "jpf", "tif", "tiff", "jpg", "jpeg", "png", "webp",
                ]
                .contains(&self.extension().as_str()))
    }
}

/// A page of the physical structMap, its ALTO read.
struct PageIn {
    number: u32,
    label: Option<String>,
    image: Option<String>,
    alto_id: String,
    /// The ALTO file as messages name it.
    file: String,
    alto: Alto,
}

/// A paragraph of an article: the key of the div that makes it one, its text and printed
/// lines, and where its first block stands.
type Paragraph = (usize, (String, Vec<TextLine>), [f64; 4]);

/// What an article has on one page.
#[derive(Default)]
struct Part {
    title: Vec<String>,
    subtitle: Vec<String>,
    byline: Vec<String>,
    /// Its paragraphs.
    body: Vec<Paragraph>,
    /// The printed lines of its titles and byline.
    heads: Vec<TextLine>,
    rects: Vec<[f64; 4]>,
    blocks: Vec<String>,
    lines: Option<(usize, usize)>,
}

fn read_issue(
    mets: &Source,
    read: &mut ReadFile,
    options: &Options,
    diags: &mut Vec<Diagnostic>,
    traces: &mut Vec<Trace>,
) -> Option<Issue> {
    let name = mets.name.as_str();
    let error =
        |line: Option<usize>, message: String| diag(Severity::Error, Some(name), line, message);
    let warning =
        |line: Option<usize>, message: String| diag(Severity::Warning, Some(name), line, message);
    let text = match std::str::from_utf8(&mets.bytes) {
        Ok(text) => text,
        Err(e) => {
            diags.push(error(
                None,
                format!("not UTF-8 (byte {})", e.valid_up_to() + 1),
            ));
            return None;
        }
    };
    let doc = match Document::parse(text) {
        Ok(doc) => doc,
        Err(e) => {
            diags.push(error(
                Some(e.pos().row as usize),
                format!("not well-formed XML: {e}"),
            ));
            return None;
        }
    };
    let root = doc.root_element();
    if root.tag_name().name() != "mets" || root.tag_name().namespace() != Some(METS_NS) {
        diags.push(error(
            Some(1),
            "not METS: the root element is not <mets> in the METS namespace".into(),
        ));
        return None;
    }
    let line = |n: Node| alto::line_of(&doc, n);
    let files = file_refs(&doc);
    let dir = Path::new(name).parent().unwrap_or(Path::new(""));
    let shown = |href: &str| dir.join(href).display().to_string();

    // Pages, in order, with their ALTO read.
    let Some(physical) = struct_map(&doc, "PHYSICAL") else {
        diags.push(error(
            None,
            "no physical structMap (TYPE=\"PHYSICAL\"): the pages are not listed".into(),
        ));
        return None;
    };
    let mut page_divs: Vec<Node> = physical
        .descendants()
        .filter(|n| is_div(n, "page"))
        .collect();
    page_divs.sort_by_key(|n| {
        n.attribute("ORDER")
            .and_then(|o| o.trim().parse::<u32>().ok())
            .unwrap_or(u32::MAX)
    });
    let mut pages: Vec<PageIn> = Vec::new();
    for (index, div) in page_divs.into_iter().enumerate() {
        let number = u32::try_from(index + 1).unwrap_or(u32::MAX);
        let named: Vec<&FileRef> = div
            .descendants()
            .filter_map(|n| n.attribute("FILEID"))
            .filter_map(|id| files.get(id))
            .collect();
        let Some(text_file) = named.iter().find(|f| f.is_text()) else {
            diags.push(error(
                Some(line(div)),
                format!("page {number} names no ALTO file"),
            ));
            continue;
        };
        let image = named.iter().find(|f| f.is_image());
        if image.is_none() {
            diags.push(warning(
                Some(line(div)),
                format!("page {number} names no image: it will show as text only"),
            ));
        }
        let file = shown(&text_file.href);
        let alto = match read(&text_file.href) {
            Err(why) => Err(alto::AltoError {
                line: None,
                message: why,
            }),
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => alto::read(&text, image.and_then(|i| i.dpi)),
                Err(e) => Err(alto::AltoError {
                    line: None,
                    message: format!("not UTF-8 (byte {})", e.utf8_error().valid_up_to() + 1),
                }),
            },
        };
        match alto {
            Ok(alto) => pages.push(PageIn {
                number,
                label: div
                    .attribute("ORDERLABEL")
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned),
                image: image.map(|i| i.href.clone()),
                alto_id: text_file
                    .node
                    .attribute("ID")
                    .unwrap_or_default()
                    .to_owned(),
                file,
                alto,
            }),
            Err(e) => diags.push(diag(Severity::Error, Some(&file), e.line, e.message)),
        }
    }
    if pages.is_empty() {
        diags.push(error(None, "no page could be read".into()));
        return None;
    }
    let page_of: HashMap<&str, usize> = pages
        .iter()
        .enumerate()
        .map(|(i, p)| (p.alto_id.as_str(), i))
        .collect();

    // Articles, in reading order: their parts on each page.
    let Some(logical) = struct_map(&doc, "LOGICAL") else {
        diags.push(error(
            None,
            "no logical structMap (TYPE=\"LOGICAL\"): the articles are not listed".into(),
        ));
        return None;
    };
    let mut on_page: Vec<Vec<Article>> = pages.iter().map(|_| Vec::new()).collect();
    let mut origin: HashMap<String, (String, usize)> = HashMap::new();
    for div in logical.descendants().filter(|n| is_div(n, "article")) {
        let mut parts: Vec<(usize, Part)> = Vec::new();
        let areas = div.descendants().filter(|n| {
            n.is_element()
                && n.tag_name().name() == "area"
                && n.ancestors().find(|a| is_div(a, "article")) == Some(div)
        });
        for area in areas {
            let (Some(file_id), Some(begin)) = (area.attribute("FILEID"), area.attribute("BEGIN"))
            else {
                continue;
            };
            let Some(&pi) = page_of.get(file_id) else {
                diags.push(warning(
                    Some(line(area)),
                    format!("area {begin}: FILEID {file_id:?} is not a page's ALTO file"),
                ));
                continue;
            };
            let page = &pages[pi];
            let Some(region) = page.alto.blocks.get(begin) else {
                diags.push(warning(
                    Some(line(area)),
                    format!("area BEGIN={begin:?} names no block in {}", page.file),
                ));
                continue;
            };
            let regions: Vec<(&str, &alto::Region)> = if region.parts.is_empty() {
                vec![(begin, region)]
            } else {
                region
                    .parts
                    .iter()
                    .filter_map(|id| Some((id.as_str(), page.alto.blocks.get(id)?)))
                    .collect()
            };
            let role = role_of(area, div);
            let paragraph = area
                .ancestors()
                .take_while(|a| *a != div)
                .find(|a| is_div(a, "paragraph"))
                .unwrap_or(area)
                .id()
                .get_usize();
            let k = match parts.iter().position(|(p, _)| *p == pi) {
                Some(k) => k,
                None => {
                    parts.push((pi, Part::default()));
                    parts.len() - 1
                }
            };
            let part = &mut parts[k].1;
            for (id, r) in regions {
                part.rects.push(r.rect);
                part.blocks.push(id.to_owned());
                part.lines = Some(
                    part.lines
                        .map_or(r.lines, |(a, b)| (a.min(r.lines.0), b.max(r.lines.1))),
                );
                if r.text.is_empty() {
                    continue;
                }
                if role != Role::Body {
                    part.heads.extend(r.printed.iter().cloned());
                }
                match role {
                    Role::Title => part.title.push(r.text.clone()),
                    Role::Subtitle => part.subtitle.push(r.text.clone()),
                    Role::Byline => part.byline.push(r.text.clone()),
                    Role::Body => match part.body.last_mut() {
                        Some((key, (text, printed), _)) if *key == paragraph => {
                            text.push(' ');
                            text.push_str(&r.text);
                            printed.extend(r.printed.iter().cloned());
                        }
                        _ => {
                            part.body
                                .push((paragraph, (r.text.clone(), r.printed.clone()), r.rect))
                        }
                    },
                }
            }
        }
        let label = div.attribute("LABEL").map(str::trim).unwrap_or("");
        let div_id = div.attribute("ID").unwrap_or("?");
        let titled = parts.iter().flat_map(|(_, p)| &p.title).next().cloned();
        for (pi, part) in &mut parts {
            in_columns(&mut part.body, pages[*pi].alto.size);
        }
        let opening = parts
            .iter()
            .flat_map(|(_, p)| &p.body)
            .map(|(_, (t, _), _)| t)
            .next();
        let (headline, from) = match (titled, opening) {
            (Some(title), _) => (title, "its title"),
            // A label a digitizer made from the first words ("Untitled Article", "der
            // Form, so doch...") is no title.
            (None, _)
                if !label.is_empty()
                    && !label.to_lowercase().starts_with("untitled")
                    && !label.ends_with("...")
                    && !label.ends_with('…') =>
            {
                (label.to_owned(), "the METS label (no title block)")
            }
            (None, Some(text)) => (opening_words(text), "its opening words (untitled)"),
            (None, None) => {
                diags.push(warning(
                    Some(line(div)),
                    format!("article {div_id} has no text: left out"),
                ));
                continue;
            }
        };
        let mut previous: Option<(usize, String)> = None;
        for (pi, part) in parts {
            let page = &pages[pi];
            let id = format!("{}-{}", page.number, on_page[pi].len() + 1);
            let mut a = Article::new(id.clone(), headline.clone());
            a.kind = if part.body.is_empty() {
                Kind::Banner
            } else {
                Kind::Article
            };
            a.subheadline = join(&part.subtitle);
            a.byline = join(&part.byline);
            a.lines = part.heads;
            a.blocks = part
                .body
                .into_iter()
                .map(|(_, (text, printed), _)| {
                    a.lines.extend(printed);
                    Block::Paragraph { text }
                })
                .collect();
            a.zones = zones(&part.rects, page.alto.size);
            if let Some((pp, pid)) = &previous {
                a.continued_from = Some(Jump {
                    page: pages[*pp].number,
                    article: Some(pid.clone()),
                    label: None,
                });
                if let Some(before) = on_page[*pp].iter_mut().find(|b| &b.id == pid) {
                    before.continues_to = Some(Jump {
                        page: page.number,
                        article: Some(id.clone()),
                        label: None,
                    });
                }
            }
            let lines = part.lines.unwrap_or((line(div), line(div)));
            origin.insert(id.clone(), (page.file.clone(), lines.0));
            traces.push(Trace {
                id: id.clone(),
                file: page.file.clone(),
                lines,
                why: format!(
                    "METS {div_id} {label:?}, ALTO blocks {}; headline from {from}",
                    part.blocks.join(", ")
                ),
            });
            on_page[pi].push(a);
            previous = Some((pi, id));
        }
    }

    let mods = Mods::read(&doc);
    let date = match (&options.date, &mods.date, date_in_name(name)) {
        (Some(d), _, _) => d.clone(),
        (None, Some(d), _) => d.clone(),
        (None, None, Some(d)) => {
            diags.push(warning(
                None,
                format!("no MODS dateIssued: the date {d} is read from the file's name"),
            ));
            d
        }
        (None, None, None) => {
            diags.push(error(
                None,
                "no MODS dateIssued and no date in the file's name: give --date YYYY-MM-DD".into(),
            ));
            return None;
        }
    };
    let lang = match (&mods.lang, &options.lang) {
        (Some(l), _) | (None, Some(l)) => l.clone(),
        (None, None) => {
            diags.push(warning(
                None,
                "no MODS languageTerm: the paper's language is unknown (und); give --lang".into(),
            ));
            "und".to_owned()
        }
    };
    let page_files: Vec<String> = pages.iter().map(|p| p.file.clone()).collect();
    let out_pages = pages
        .into_iter()
        .zip(on_page)
        .map(|(p, articles)| Page {
            number: p.number,
            label: match p.label {
                Some(l) if !l.chars().all(|c| c.is_ascii_digit()) => l,
                _ if lang.starts_with("zh") => Page::default_label(p.number),
                _ => p.number.to_string(),
            },
            name: None,
            image: p.image,
            image_size: p.alto.size.map(|(w, h)| Size {
                width: w.round() as u32,
                height: h.round() as u32,
            }),
            renditions: Vec::new(),
            pdf: None,
            articles,
        })
        .collect::<Vec<_>>();
    let mut issue = Issue {
        format: ISSUE_FORMAT.to_owned(),
        paper: Paper {
            id: options.paper_id.clone(),
            name: mods.title,
            lang,
            ..Paper::default()
        },
        date,
        weekday: None,
        lunar_date: None,
        number: mods.number,
        page_count: u32::try_from(out_pages.len()).ok(),
        pages: out_pages,
    };
    link_and_check(&mut issue, &origin, &page_files, diags);
    Some(issue)
}

/// What an area is in its article.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Title,
    Subtitle,
    Byline,
    Body,
}

/// What the divs between an area and its article say it is.
fn role_of(area: Node, article: Node) -> Role {
    for div in area
        .ancestors()
        .take_while(|a| *a != article)
        .filter(|n| n.tag_name().name() == "div")
    {
        match div
            .attribute("TYPE")
            .unwrap_or("")
            .to_ascii_uppercase()
            .as_str()
        {
            "SUBHEADING" | "SUBTITLE" | "SUBHEADLINE" => return Role::Subtitle,
            "HEADING" | "TITLE" | "HEADLINE" => return Role::Title,
            "AUTHOR" | "BYLINE" => return Role::Byline,
            _ => {}
        }
    }
    Role::Body
}

fn is_div(n: &Node, kind: &str) -> bool {
    n.is_element()
        && n.tag_name().name() == "div"
        && n.attribute("TYPE")
            .is_some_and(|t| t.eq_ignore_ascii_case(kind))
}

fn struct_map<'a>(doc: &'a Document<'a>, kind: &str) -> Option<Node<'a, 'a>> {
    doc.root_element().children().find(|n| {
        n.is_element()
            && n.tag_name().name() == "structMap"
            && n.attribute("TYPE")
                .is_some_and(|t| t.eq_ignore_ascii_case(kind))
    })
}

/// The fileSec's files by `ID`.
fn file_refs<'a>(doc: &'a Document<'a>) -> HashMap<&'a str, FileRef<'a>> {
    let by_id: HashMap<&str, Node> = doc
        .descendants()
        .filter_map(|n| Some((n.attribute("ID")?, n)))
        .collect();
    let dpi_of = |admid: &str| {
        admid.split_whitespace().find_map(|id| {
            by_id
                .get(id)?
                .descendants()
                .find(|n| n.tag_name().name() == "XphysScanResolution")?
                .text()?
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|d| *d > 0.0)
        })
    };
    doc.descendants()
        .filter(|n| {
            n.is_element()
                && n.tag_name().name() == "file"
                && n.tag_name().namespace() == Some(METS_NS)
        })
        .filter_map(|n| {
            let id = n.attribute("ID")?;
            let href = n
                .children()
                .find(|c| c.tag_name().name() == "FLocat")?
                .attribute((XLINK_NS, "href"))?;
            let href = href.strip_prefix("file://").unwrap_or(href);
            let href = href.strip_prefix("./").unwrap_or(href).to_owned();
            let group = n
                .ancestors()
                .find(|a| a.tag_name().name() == "fileGrp")
                .and_then(|g| g.attribute("USE"))
                .unwrap_or("")
                .to_lowercase();
            Some((
                id,
                FileRef {
                    href,
                    group,
                    mime: n.attribute("MIMETYPE").unwrap_or("").to_lowercase(),
                    dpi: n.attribute("ADMID").and_then(dpi_of),
                    node: n,
                },
            ))
        })
        .collect()
}

/// The issue's facts from MODS.
struct Mods {
    date: Option<String>,
    title: Option<String>,
    lang: Option<String>,
    number: Option<u32>,
}

impl Mods {
    fn read(doc: &Document) -> Mods {
        let named = |name: &'static str| {
            doc.descendants()
                .filter(move |n| n.is_element() && n.tag_name().name() == name)
        };
        let text = |n: Node| {
            n.text()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
        };
        Mods {
            date: named("dateIssued")
                .filter_map(text)
                .find_map(|d| iso_date(&d)),
            title: named("title")
                .filter(|n| {
                    n.parent_element()
                        .is_some_and(|p| p.tag_name().name() == "titleInfo")
                })
                .find_map(text),
            lang: named("languageTerm")
                .filter_map(text)
                .find_map(|l| bcp47(&l)),
            number: named("detail")
                .filter(|d| {
                    d.attribute("type")
                        .is_some_and(|t| t.eq_ignore_ascii_case("issue"))
                })
                .filter_map(|d| d.children().find(|c| c.tag_name().name() == "number"))
                .filter_map(text)
                .find_map(|n| n.parse().ok()),
        }
    }
}

/// `1840-02-21`, `18400221` or `1840-02-21T…` as `1840-02-21`.
fn iso_date(text: &str) -> Option<String> {
    let digits: String = text.chars().take(10).filter(char::is_ascii_digit).collect();
    let date = match digits.len() {
        8 => format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..]),
        _ => return None,
    };
    banmian_model::day_number(&date).is_some().then_some(date)
}

/// A date `YYYYMMDD` in a file's name, e.g. `18400221_01-METS.xml`.
fn date_in_name(path: &str) -> Option<String> {
    let name = Path::new(path).file_name()?.to_string_lossy().into_owned();
    let bytes = name.as_bytes();
    (0..bytes.len().saturating_sub(7)).find_map(|i| {
        let run = &bytes[i..i + 8];
        let alone = (i == 0 || !bytes[i - 1].is_ascii_digit())
            && bytes.get(i + 8).is_none_or(|b| !b.is_ascii_digit());
        (alone && run.iter().all(u8::is_ascii_digit))
            .then(|| iso_date(&name[i..i + 8]))
            .flatten()
    })
}

/// A MODS language (ISO 639-2 or already BCP 47) as a BCP 47 tag.
fn bcp47(code: &str) -> Option<String> {
    let code = code.trim().to_ascii_lowercase();
    let tag = match code.as_str() {
        "ger" | "deu" => "de",
        "fre" | "fra" => "fr",
        "eng" => "en",
        "ita" => "it",
        "chi" | "zho" => "zh",
        "dut" | "nld" => "nl",
        "spa" => "es",
        "lat" => "la",
        "roh" => "rm",
        c if (2..=3).contains(&c.len()) && c.chars().all(|ch| ch.is_ascii_lowercase()) => c,
        c if c.contains('-') => return Some(code.clone()).filter(|_| c.len() <= 35),
        _ => return None,
    };
    Some(tag.to_owned())
}

fn join(texts: &[String]) -> Option<String> {
    (!texts.is_empty()).then(|| texts.join(" "))
}

/// An untitled article's first words: up to [`OPENING`] characters, ending at a word's end.
pub(crate) fn opening_words(text: &str) -> String {
    if text.chars().count() <= OPENING {
        return text.to_owned();
    }
    let cut: String = text.chars().take(OPENING).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut}…")
}

/// Puts an article's paragraphs on a page in reading order: column by column from the left,
/// each top to bottom. Digitizers' METS do not always have them so: the 1840 *Erzähler*'s
/// lists the right column of its front page's story before the left. A column is a run of
/// paragraphs whose left edges are within 2 % of the page's width of each other.
fn in_columns<T>(body: &mut [(usize, T, [f64; 4])], size: Option<(f64, f64)>) {
    let near = size.map_or(20.0, |(w, _)| w * 0.02);
    let mut lefts: Vec<f64> = body.iter().map(|(_, _, r)| r[0]).collect();
    lefts.sort_by(f64::total_cmp);
    // The left edge of each column: the first of a run of close left edges.
    let mut columns: Vec<f64> = Vec::new();
    for x in lefts {
        if columns.last().is_none_or(|c| x - c > near) {
            columns.push(x);
        }
    }
    let column = |x: f64| columns.iter().rposition(|&c| x >= c - near).unwrap_or(0);
    body.sort_by(|a, b| {
        (column(a.2[0]), a.2[1])
            .partial_cmp(&(column(b.2[0]), b.2[1]))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
}

/// An article's blocks on a page as polygons: a block right under another in the same
/// column (left and right edges within 2 % of the page's width, the gap within 2 % of its
/// height) merged into one rectangle; each inside the page.
fn zones(rects: &[[f64; 4]], size: Option<(f64, f64)>) -> Vec<Vec<[f64; 2]>> {
    let (pw, ph) = size.unwrap_or((f64::INFINITY, f64::INFINITY));
    let (tx, ty) = if size.is_some() {
        (pw * 0.02, ph * 0.02)
    } else {
        (20.0, 20.0)
    };
    let mut merged: Vec<[f64; 4]> = Vec::new();
    for &[x, y, w, h] in rects.iter().filter(|r| r[2] > 0.0 && r[3] > 0.0) {
        match merged.last_mut() {
            Some(m)
                if (m[0] - x).abs() <= tx
                    && (m[0] + m[2] - x - w).abs() <= tx
                    && (y - (m[1] + m[3])).abs() <= ty =>
            {
                let (x0, y0) = (m[0].min(x), m[1].min(y));
                let (x1, y1) = ((m[0] + m[2]).max(x + w), (m[1] + m[3]).max(y + h));
                *m = [x0, y0, x1 - x0, y1 - y0];
            }
            _ => merged.push([x, y, w, h]),
        }
    }
    merged
        .into_iter()
        .map(|[x, y, w, h]| {
            let (x0, y0) = (x.max(0.0).round(), y.max(0.0).round());
            let (x1, y1) = ((x + w).min(pw).round(), (y + h).min(ph).round());
            vec![[x0, y0], [x1, y0], [x1, y1], [x0, y1]]
        })
        .collect()
}

#[cfg(test)]
mod tests;
