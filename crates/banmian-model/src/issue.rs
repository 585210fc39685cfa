//! The serde types of one issue, format `banmian.issue/1` (DESIGN.md §3).
//!
//! Every text field is plain text, never HTML. Optional fields are `null` when the
//! paper did not print them; nothing here is ever invented by a producer.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The format id of an issue file; always the first field.
pub const ISSUE_FORMAT: &str = "banmian.issue/1";

/// One issue of a paper: the masthead facts and the pages this data holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Issue {
    /// Always [`ISSUE_FORMAT`]; checked before the rest is parsed.
    pub format: String,
    /// The paper and its printed masthead facts.
    pub paper: Paper,
    /// Publication date, `YYYY-MM-DD`.
    pub date: String,
    /// The weekday as printed, e.g. `星期五`.
    #[serde(default)]
    pub weekday: Option<String>,
    /// The lunar date as printed, e.g. `丙午年二月十六`.
    #[serde(default)]
    pub lunar_date: Option<String>,
    /// The issue number (期号), e.g. 12966 for `第12966期`.
    #[serde(default)]
    pub number: Option<u32>,
    /// How many pages the paper printed (`今日4版`); `pages` may hold fewer.
    #[serde(default)]
    pub page_count: Option<u32>,
    /// The pages this data actually has, in page order.
    pub pages: Vec<Page>,
}

/// The paper an issue belongs to, with the facts its masthead prints.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Paper {
    /// A short stable key for the paper (e.g. `jzrb`), used in paths.
    #[serde(default)]
    pub id: Option<String>,
    /// The paper's name, e.g. `晋中日报`.
    #[serde(default)]
    pub name: Option<String>,
    /// The sponsoring body (主管主办).
    #[serde(default)]
    pub sponsor: Option<String>,
    /// The publisher (出版).
    #[serde(default)]
    pub publisher: Option<String>,
    /// The paper's website as printed.
    #[serde(default)]
    pub website: Option<String>,
    /// The serial number (国内统一连续出版物号), e.g. `CN 14-0023`.
    #[serde(default)]
    pub serial: Option<String>,
    /// The postal distribution code (邮发代号), e.g. `21-21`.
    #[serde(default)]
    pub postal_code: Option<String>,
    /// BCP 47 language tag of the paper's text, e.g. `zh-CN`.
    #[serde(default = "default_lang")]
    pub lang: String,
}

fn default_lang() -> String {
    "zh-CN".to_owned()
}

/// One page (版) of an issue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page {
    /// The page number, 1-based.
    pub number: u32,
    /// The page label as a reader knows it, e.g. `第1版`.
    pub label: String,
    /// The page's name (版名), e.g. `综合`, when printed.
    #[serde(default)]
    pub name: Option<String>,
    /// A scan or rendering of the page, relative to the issue file: what an importer
    /// found (a JPEG 2000 master, a TIFF, a PNG), from which `banmian publish` makes the
    /// renditions.
    #[serde(default)]
    pub image: Option<String>,
    /// The page image's size in pixels: the space the articles' zones are in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_size: Option<Size>,
    /// The page image as published for the web, relative to the issue file: a few widths
    /// for `srcset`, narrowest first (written by `banmian publish`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub renditions: Vec<Rendition>,
    /// The page as the paper printed it, a PDF offered to readers ("下载本版PDF"), relative
    /// to the issue file (written by `banmian publish` when the page came from a PDF).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pdf: Option<PageFile>,
    /// The page's items in reading order.
    pub articles: Vec<Article>,
}

/// One item on a page: an article, a commentary, a banner line, ...
///
/// A story that jumps across pages is stored as one part per page, linked by
/// [`Article::continues_to`] and [`Article::continued_from`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Unique within the issue, stable across re-imports of the same text; safe in a URL.
    pub id: String,
    /// What kind of item this is.
    pub kind: Kind,
    /// The line above the headline (引题).
    #[serde(default)]
    pub kicker: Option<String>,
    /// The headline (主题); the whole text of a banner.
    pub headline: String,
    /// The line below the headline (副题), without its leading dash.
    #[serde(default)]
    pub subheadline: Option<String>,
    /// Who wrote it, as printed (`新华社记者 胡喆`, `本报评论员`).
    #[serde(default)]
    pub byline: Option<String>,
    /// The body in reading order.
    #[serde(default)]
    pub blocks: Vec<Block>,
    /// A printed source note such as `原载《山西日报》3月31日1版`, without its brackets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Where this part continues (下转).
    #[serde(default)]
    pub continues_to: Option<Jump>,
    /// Where this part is continued from (上接).
    #[serde(default)]
    pub continued_from: Option<Jump>,
    /// Tappable area on the page image: a polygon `[[x, y], ...]` in image pixels. Files
    /// written before `zones` existed; read as the first of [`Article::polygons`].
    #[serde(default)]
    pub zone: Option<Vec<[f64; 2]>>,
    /// Where the article stands on the page image: one polygon `[[x, y], ...]` in image
    /// pixels for each part of it (a story that turns a column corner is several).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub zones: Vec<Vec<[f64; 2]>>,
    /// The printed lines of the article on the page image, where the source has them (ALTO,
    /// a PDF's text layer), in reading order: what a search hit is marked on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<TextLine>,
}

/// One printed line of an article on the page image.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextLine {
    /// The line's text as printed (a hyphen at its end kept).
    pub text: String,
    /// Its box in image pixels: `[x, y, width, height]`.
    pub rect: [f64; 4],
}

/// A file published beside the issue, with its size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageFile {
    /// Its address, relative to the issue file.
    pub src: String,
    /// Its size in bytes.
    pub bytes: u64,
}

/// A size in pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Size {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

/// One published rendition of a page image.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rendition {
    /// Its address, relative to the issue file.
    pub src: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Its media type, e.g. `image/webp`.
    #[serde(rename = "type")]
    pub media_type: String,
}

/// One end of a cross-page jump.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Jump {
    /// The page the other part is on.
    pub page: u32,
    /// The id of the other part, or `null` when it is not in the data.
    #[serde(default)]
    pub article: Option<String>,
    /// The marker as printed, e.g. `（下转第4版）`; `null` when the paper printed none.
    #[serde(default)]
    pub label: Option<String>,
}

/// One block of an article's body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Block {
    /// A paragraph of printed text, column breaks re-joined.
    Paragraph {
        /// The text.
        text: String,
    },
    /// A subheading inside the article.
    Subhead {
        /// The text.
        text: String,
    },
    /// A picture.
    Image {
        /// Its address, relative to the issue file.
        src: String,
        /// Width in pixels.
        #[serde(default)]
        width: Option<u32>,
        /// Height in pixels.
        #[serde(default)]
        height: Option<u32>,
        /// The caption as printed.
        #[serde(default)]
        caption: Option<String>,
        /// The photographer or source as printed.
        #[serde(default)]
        credit: Option<String>,
    },
    /// A block type added by a newer producer; readers skip it.
    #[serde(other)]
    Unknown,
}

/// What kind of item an [`Article`] is. Unknown kinds are kept and read as articles.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Kind {
    /// A news story.
    #[default]
    Article,
    /// An editorial or signed commentary (评论员文章, 评论).
    Commentary,
    /// A short news item.
    Brief,
    /// A picture story.
    Photo,
    /// A headline-only line: a slogan, a photo caption, a banner across columns.
    Banner,
    /// A kind this version does not know; rendered as an article.
    Other(String),
}

impl Kind {
    /// The name used in JSON.
    pub fn as_str(&self) -> &str {
        match self {
            Kind::Article => "article",
            Kind::Commentary => "commentary",
            Kind::Brief => "brief",
            Kind::Photo => "photo",
            Kind::Banner => "banner",
            Kind::Other(s) => s,
        }
    }

    /// Reads a JSON kind name; unknown names become [`Kind::Other`].
    pub fn from_name(name: &str) -> Kind {
        match name {
            "article" => Kind::Article,
            "commentary" => Kind::Commentary,
            "brief" => Kind::Brief,
            "photo" => Kind::Photo,
            "banner" => Kind::Banner,
            other => Kind::Other(other.to_owned()),
        }
    }
}

impl Serialize for Kind {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Kind {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        Ok(Kind::from_name(&name))
    }
}

impl Issue {
    /// The page with this number, if the data has it.
    pub fn page(&self, number: u32) -> Option<&Page> {
        self.pages.iter().find(|p| p.number == number)
    }

    /// The article with this id and the number of the page it is on.
    pub fn article(&self, id: &str) -> Option<(u32, &Article)> {
        self.pages
            .iter()
            .flat_map(|p| p.articles.iter().map(move |a| (p.number, a)))
            .find(|(_, a)| a.id == id)
    }

    /// Every part of the story `id` belongs to, first part first, with their pages:
    /// back along `continued_from` links, then forward along `continues_to` links.
    pub fn story(&self, id: &str) -> Vec<(u32, &Article)> {
        let Some(mut current) = self.article(id) else {
            return Vec::new();
        };
        let mut seen = vec![current.1.id.as_str()];
        // Back to the first part (guarding against loops in hand-edited data).
        while let Some(prev) = current
            .1
            .continued_from
            .as_ref()
            .and_then(|j| j.article.as_deref())
            .and_then(|prev| self.article(prev))
            .filter(|p| !seen.contains(&p.1.id.as_str()))
        {
            seen.push(prev.1.id.as_str());
            current = prev;
        }
        let mut parts = vec![current];
        while let Some(next) = parts
            .last()
            .and_then(|p| p.1.continues_to.as_ref())
            .and_then(|j| j.article.as_deref())
            .and_then(|next| self.article(next))
            .filter(|n| !parts.iter().any(|p| p.1.id == n.1.id))
        {
            parts.push(next);
        }
        parts
    }

    /// The stories of the issue in reading order, each as its parts (banners left out):
    /// a story is listed at its first part.
    pub fn stories(&self) -> Vec<Vec<(u32, &Article)>> {
        self.pages
            .iter()
            .flat_map(|p| &p.articles)
            .filter(|a| a.kind != Kind::Banner)
            .map(|a| (a, self.story(&a.id)))
            .filter(|(a, parts)| parts.first().is_some_and(|(_, first)| first.id == a.id))
            .map(|(_, parts)| parts)
            .collect()
    }

    /// The headline of a story: its first part's, or the first a later part prints.
    pub fn story_headline<'a>(parts: &[(u32, &'a Article)]) -> &'a str {
        parts
            .iter()
            .map(|(_, a)| a.headline.as_str())
            .find(|h| !h.is_empty())
            .unwrap_or_default()
    }

    /// The searchable text of a story: kicker, subheadline and byline of its first part,
    /// then every part's paragraphs and subheads, in order, one a line (its headline is
    /// searched apart). A phrase split across 下转/上接 parts runs on in it.
    pub fn story_text(parts: &[(u32, &Article)]) -> String {
        let mut out = String::new();
        for (i, (_, a)) in parts.iter().enumerate() {
            if i == 0 {
                for line in [&a.kicker, &a.subheadline, &a.byline].into_iter().flatten() {
                    out += line;
                    out.push('\n');
                }
            }
            for block in &a.blocks {
                if let Block::Paragraph { text } | Block::Subhead { text } = block {
                    out += text;
                    out.push('\n');
                }
            }
        }
        out
    }

    /// The lead story: the first item of the first page that is not a banner.
    pub fn lead(&self) -> Option<&Article> {
        self.pages
            .first()?
            .articles
            .iter()
            .find(|a| a.kind != Kind::Banner)
    }
}

impl Article {
    /// An article with this id and headline and nothing else: kind `article`, no body.
    pub fn new(id: impl Into<String>, headline: impl Into<String>) -> Article {
        Article {
            id: id.into(),
            kind: Kind::Article,
            kicker: None,
            headline: headline.into(),
            subheadline: None,
            byline: None,
            blocks: Vec::new(),
            source: None,
            continues_to: None,
            continued_from: None,
            zone: None,
            zones: Vec::new(),
            lines: Vec::new(),
        }
    }

    /// Where the article stands on the page image: its polygons, the old single `zone`
    /// first.
    pub fn polygons(&self) -> impl Iterator<Item = &[[f64; 2]]> {
        self.zone.iter().chain(&self.zones).map(Vec::as_slice)
    }
}

impl Page {
    /// The label a reader knows a page by, `第N版`.
    pub fn default_label(number: u32) -> String {
        format!("第{number}版")
    }
}

#[cfg(test)]
mod tests;
