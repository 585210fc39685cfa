//! `truth.json`: what each page holds and where, from the layout's own arithmetic.

use serde::{Deserialize, Serialize};

use crate::layout::{Block, Issue, Line, Link, Page, Part};
use crate::polygon;

/// The `format` of `truth.json`.
pub const FORMAT: &str = "banmian.testpages.truth/1";

/// A story's blocks are joined into one zone across gaps up to this wide, in points:
/// the gutter between columns (14), headline to text (10), photo to caption (6).
pub const MAX_GAP: f64 = 24.0;

/// The whole file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Truth {
    /// [`FORMAT`].
    pub format: String,
    /// The paper's name.
    pub paper: String,
    /// The issue date, `YYYY-MM-DD`.
    pub date: String,
    /// What the numbers are.
    pub units: String,
    /// The pages.
    pub pages: Vec<TruthPage>,
}

/// One page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TruthPage {
    /// Its number.
    pub number: u32,
    /// Width in points.
    pub width: f64,
    /// Height in points.
    pub height: f64,
    /// Its PDF, beside this file.
    pub pdf: String,
    /// Its text export, beside this file.
    pub text: String,
    /// The page's name, if it prints one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The masthead or running header: text that is no story.
    pub header: Zone,
    /// The story parts, in reading order (the order of the text export).
    pub parts: Vec<TruthPart>,
}

/// Where something stands on the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Zone {
    /// Every line typeset, top to bottom within each block.
    pub lines: Vec<TruthLine>,
    /// The rectangles it takes.
    pub blocks: Vec<TruthBlock>,
    /// The outline of its blocks joined across their gaps, clockwise from the top-left
    /// corner.
    pub polygon: Vec<[f64; 2]>,
}

/// One line as typeset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TruthLine {
    /// Its characters (jump markers included).
    pub text: String,
    /// Its em box, `[x0, y0, x1, y1]`.
    pub rect: [f64; 4],
    /// Its baseline's y.
    pub baseline: f64,
    /// Its size in points.
    pub size: f64,
    /// Its face: `serif`, `serif-bold`, `sans`, `sans-bold`.
    pub font: String,
    /// What it is: `headline`, `body`, `caption`, ….
    pub role: String,
}

/// One block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TruthBlock {
    /// What it is: `head`, `text`, `photo`, `caption`, `frame`, `header`.
    pub role: String,
    /// `[x0, y0, x1, y1]`.
    pub rect: [f64; 4],
}

/// Where a jump leads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TruthLink {
    /// The page.
    pub page: u32,
    /// The part's id there.
    pub id: String,
}

/// One story part.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TruthPart {
    /// `page-k`, k counting the page's parts in reading order: the id `banmian import`
    /// gives the item read from the text export.
    pub id: String,
    /// Its page.
    pub page: u32,
    /// `banner`, `article`, `commentary`, `photo`.
    pub kind: String,
    /// The line above the headline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kicker: Option<String>,
    /// The headline as printed (a two-line headline's lines joined).
    pub headline: String,
    /// The line under it, without its dash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subheadline: Option<String>,
    /// The byline or photo credit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// Paragraphs (one cut by a jump counts on both pages).
    pub paragraphs: usize,
    /// Subheads inside the story.
    pub subheads: usize,
    /// Where it continues (`下转`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continues_to: Option<TruthLink>,
    /// Where it comes from (`上接`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continued_from: Option<TruthLink>,
    /// Where it stands.
    #[serde(flatten)]
    pub zone: Zone,
}

/// Rounds to 0.01 pt, the precision of the file.
pub fn round(v: f64) -> f64 {
    let r = (v * 100.0).round() / 100.0;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

fn round_rect(r: [f64; 4]) -> [f64; 4] {
    r.map(round)
}

fn line(l: &Line) -> TruthLine {
    TruthLine {
        text: l.text.clone(),
        rect: round_rect(l.rect()),
        baseline: round(l.baseline),
        size: l.style.size,
        font: l.style.face.name().to_owned(),
        role: l.role.name().to_owned(),
    }
}

fn zone(lines: &[Line], blocks: &[Block], what: &str) -> Result<Zone, crate::Error> {
    let blocks: Vec<TruthBlock> = blocks
        .iter()
        .map(|b| TruthBlock {
            role: b.role.name().to_owned(),
            rect: round_rect(b.rect),
        })
        .collect();
    let rects: Vec<[f64; 4]> = blocks.iter().map(|b| b.rect).collect();
    let polygon =
        polygon::zone(&rects, MAX_GAP).map_err(|e| crate::Error::Layout(format!("{what}: {e}")))?;
    Ok(Zone {
        lines: lines.iter().map(line).collect(),
        blocks,
        polygon,
    })
}

fn link(l: &Option<Link>) -> Option<TruthLink> {
    l.as_ref().map(|l| TruthLink {
        page: l.page,
        id: l.id.clone(),
    })
}

fn part(page: u32, p: &Part) -> Result<TruthPart, crate::Error> {
    Ok(TruthPart {
        id: p.id.clone(),
        page,
        kind: p.kind.name().to_owned(),
        kicker: p.kicker.clone(),
        headline: p.headline.clone(),
        subheadline: p.subheadline.clone(),
        byline: p.byline.clone(),
        paragraphs: p.paragraphs,
        subheads: p.subheads,
        continues_to: link(&p.continues_to),
        continued_from: link(&p.continued_from),
        zone: zone(&p.lines, &p.blocks, &p.id)?,
    })
}

fn page(p: &Page) -> Result<TruthPage, crate::Error> {
    Ok(TruthPage {
        number: p.number,
        width: p.width,
        height: p.height,
        pdf: format!("page-{}.pdf", p.number),
        text: format!("page-{}.txt", p.number),
        name: p.name.clone(),
        header: zone(&p.header.lines, &p.header.blocks, "header")?,
        parts: p
            .parts
            .iter()
            .map(|x| part(p.number, x))
            .collect::<Result<_, _>>()?,
    })
}

/// The truth of the issue's pages whose numbers are in `numbers` (all when empty).
pub fn truth(issue: &Issue, numbers: &[u32]) -> Result<Truth, crate::Error> {
    Ok(Truth {
        format: FORMAT.to_owned(),
        paper: issue.paper.clone(),
        date: issue.date.clone(),
        units: "PDF points (1/72 inch) from the page's top-left corner, y down; \
                rectangles are [x0, y0, x1, y1]"
            .to_owned(),
        pages: issue
            .pages
            .iter()
            .filter(|p| numbers.is_empty() || numbers.contains(&p.number))
            .map(page)
            .collect::<Result<_, _>>()?,
    })
}

/// `truth.json`'s text: the pages and parts laid out one field a line, each line, block,
/// polygon and link on one line of its own; a newline at the end.
pub fn to_json(t: &Truth) -> Result<String, crate::Error> {
    fn j<T: Serialize + ?Sized>(v: &T) -> Result<String, crate::Error> {
        serde_json::to_string(v).map_err(|e| crate::Error::Layout(e.to_string()))
    }
    fn list<T: Serialize>(out: &mut String, pad: &str, items: &[T]) -> Result<(), crate::Error> {
        if items.is_empty() {
            out.push_str("[]");
            return Ok(());
        }
        out.push_str("[\n");
        for (k, item) in items.iter().enumerate() {
            out.push_str(pad);
            out.push_str("  ");
            out.push_str(&j(item)?);
            out.push_str(if k + 1 < items.len() { ",\n" } else { "\n" });
        }
        out.push_str(pad);
        out.push(']');
        Ok(())
    }
    fn zone(out: &mut String, pad: &str, z: &Zone) -> Result<(), crate::Error> {
        out.push_str(&format!("{pad}\"lines\": "));
        list(out, pad, &z.lines)?;
        out.push_str(&format!(",\n{pad}\"blocks\": "));
        list(out, pad, &z.blocks)?;
        out.push_str(&format!(",\n{pad}\"polygon\": {}", j(&z.polygon)?));
        Ok(())
    }
    let mut out = String::new();
    out.push_str("{\n");
    out.push_str(&format!("  \"format\": {},\n", j(&t.format)?));
    out.push_str(&format!("  \"paper\": {},\n", j(&t.paper)?));
    out.push_str(&format!("  \"date\": {},\n", j(&t.date)?));
    out.push_str(&format!("  \"units\": {},\n", j(&t.units)?));
    out.push_str("  \"pages\": [\n");
    for (pi, page) in t.pages.iter().enumerate() {
        out.push_str("    {\n");
        let p = "      ";
        out.push_str(&format!("{p}\"number\": {},\n", page.number));
        out.push_str(&format!("{p}\"width\": {},\n", j(&page.width)?));
        out.push_str(&format!("{p}\"height\": {},\n", j(&page.height)?));
        out.push_str(&format!("{p}\"pdf\": {},\n", j(&page.pdf)?));
        out.push_str(&format!("{p}\"text\": {},\n", j(&page.text)?));
        if let Some(name) = &page.name {
            out.push_str(&format!("{p}\"name\": {},\n", j(name)?));
        }
        out.push_str(&format!("{p}\"header\": {{\n"));
        zone(&mut out, "        ", &page.header)?;
        out.push_str(&format!("\n{p}}},\n"));
        out.push_str(&format!("{p}\"parts\": [\n"));
        for (k, part) in page.parts.iter().enumerate() {
            let q = "          ";
            out.push_str("        {\n");
            out.push_str(&format!("{q}\"id\": {},\n", j(&part.id)?));
            out.push_str(&format!("{q}\"page\": {},\n", part.page));
            out.push_str(&format!("{q}\"kind\": {},\n", j(&part.kind)?));
            if let Some(v) = &part.kicker {
                out.push_str(&format!("{q}\"kicker\": {},\n", j(v)?));
            }
            out.push_str(&format!("{q}\"headline\": {},\n", j(&part.headline)?));
            if let Some(v) = &part.subheadline {
                out.push_str(&format!("{q}\"subheadline\": {},\n", j(v)?));
            }
            if let Some(v) = &part.byline {
                out.push_str(&format!("{q}\"byline\": {},\n", j(v)?));
            }
            out.push_str(&format!("{q}\"paragraphs\": {},\n", part.paragraphs));
            out.push_str(&format!("{q}\"subheads\": {},\n", part.subheads));
            if let Some(v) = &part.continues_to {
                out.push_str(&format!("{q}\"continues_to\": {},\n", j(v)?));
            }
            if let Some(v) = &part.continued_from {
                out.push_str(&format!("{q}\"continued_from\": {},\n", j(v)?));
            }
            zone(&mut out, q, &part.zone)?;
            out.push_str("\n        }");
            out.push_str(if k + 1 < page.parts.len() {
                ",\n"
            } else {
                "\n"
            });
        }
        out.push_str(&format!("{p}]\n"));
        out.push_str("    }");
        out.push_str(if pi + 1 < t.pages.len() { ",\n" } else { "\n" });
    }
    out.push_str("  ]\n}\n");
    Ok(out)
}
