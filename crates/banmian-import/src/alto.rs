//! ALTO, a page's OCR text with coordinates: its text blocks (by id), their lines and words,
//! and where they stand on the page image, in the image's pixels.
//!
//! Read by element names, whatever the namespace: CCS's ALTO 1.x
//! (`http://schema.ccs-gmbh.com/ALTO`) and the Library of Congress's v2–v4
//! (`http://www.loc.gov/standards/alto/ns-v3#`, …) name their elements alike.
//! Coordinates in `pixel` are the image's; `mm10` (tenths of a millimetre) and `inch1200`
//! become pixels at the scan's resolution, which the METS gives.

use std::collections::HashMap;

use banmian_model::TextLine;
use roxmltree::{Document, Node};

/// A page of ALTO.
#[derive(Debug, Clone, PartialEq)]
pub struct Alto {
    /// The page's size in pixels (`Page@WIDTH`, `@HEIGHT`), when given.
    pub size: Option<(f64, f64)>,
    /// Every block a METS area can name: text blocks, illustrations, composed blocks.
    pub blocks: HashMap<String, Region>,
}

/// A block of the page: where it stands and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    /// `[x, y, width, height]` in image pixels.
    pub rect: [f64; 4],
    /// Its text, lines joined (a hyphenated line end joined into one word).
    pub text: String,
    /// Its lines as printed, top to bottom, each with its box (the union of its words'),
    /// where every word has coordinates.
    pub printed: Vec<TextLine>,
    /// The XML line it starts on and the one it ends on, for messages.
    pub lines: (usize, usize),
    /// For a composed block, the ids of the blocks in it, in order.
    pub parts: Vec<String>,
}

/// Why an ALTO file cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AltoError {
    /// The XML line, when the error has one.
    pub line: Option<usize>,
    /// What is wrong.
    pub message: String,
}

/// Reads an ALTO file. `dpi` is the scan's resolution, for coordinates not in pixels.
pub fn read(text: &str, dpi: Option<f64>) -> Result<Alto, AltoError> {
    let doc = Document::parse(text).map_err(|e| AltoError {
        line: Some(e.pos().row as usize),
        message: format!("not well-formed XML: {e}"),
    })?;
    let root = doc.root_element();
    if root.tag_name().name() != "alto" {
        return Err(AltoError {
            line: Some(line_of(&doc, root)),
            message: format!("not ALTO: the root element is <{}>", root.tag_name().name()),
        });
    }
    let unit = descendant(root, "MeasurementUnit")
        .and_then(|n| n.text())
        .map_or("pixel", str::trim);
    let scale = match (unit, dpi) {
        ("pixel", _) => 1.0,
        ("mm10", Some(dpi)) => dpi / 254.0,
        ("inch1200", Some(dpi)) => dpi / 1200.0,
        ("mm10" | "inch1200", None) => {
            return Err(AltoError {
                line: descendant(root, "MeasurementUnit").map(|n| line_of(&doc, n)),
                message: format!(
                "coordinates in {unit}, and the METS gives no scan resolution to make them pixels"
            ),
            })
        }
        (other, _) => {
            return Err(AltoError {
                line: descendant(root, "MeasurementUnit").map(|n| line_of(&doc, n)),
                message: format!("unknown MeasurementUnit {other:?} (pixel, mm10 or inch1200)"),
            })
        }
    };
    // In pixels, to a hundredth.
    let px = |v: f64| (v * scale * 100.0).round() / 100.0;
    let page = descendant(root, "Page");
    let size = page.and_then(|p| Some((px(num(p, "WIDTH")?), px(num(p, "HEIGHT")?))));
    let mut blocks = HashMap::new();
    for node in root.descendants().filter(|n| n.is_element()) {
        let kind = node.tag_name().name();
        if !matches!(
            kind,
            "TextBlock" | "Illustration" | "GraphicalElement" | "ComposedBlock"
        ) {
            continue;
        }
        let Some(id) = node.attribute("ID") else {
            continue;
        };
        let rect = ["HPOS", "VPOS", "WIDTH", "HEIGHT"].map(|a| px(num(node, a).unwrap_or(0.0)));
        let parts = if kind == "ComposedBlock" {
            node.descendants()
                .filter(|n| n.is_element() && n != &node)
                .filter(|n| {
                    matches!(
                        n.tag_name().name(),
                        "TextBlock" | "Illustration" | "GraphicalElement"
                    )
                })
                .filter_map(|n| n.attribute("ID").map(str::to_owned))
                .collect()
        } else {
            Vec::new()
        };
        let end = doc.text_pos_at(node.range().end).row as usize;
        let (text, printed) = if kind == "TextBlock" {
            text_of(node, px)
        } else {
            (String::new(), Vec::new())
        };
        blocks.insert(
            id.to_owned(),
            Region {
                rect,
                text,
                printed,
                lines: (line_of(&doc, node), end),
                parts,
            },
        );
    }
    Ok(Alto { size, blocks })
}

/// The first element called `name` under `node`.
fn descendant<'a>(node: Node<'a, 'a>, name: &str) -> Option<Node<'a, 'a>> {
    node.descendants()
        .find(|n| n.is_element() && n.tag_name().name() == name)
}

fn num(node: Node, attribute: &str) -> Option<f64> {
    node.attribute(attribute)?
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
}

/// The XML line a node starts on.
pub(crate) fn line_of(doc: &Document, node: Node) -> usize {
    doc.text_pos_at(node.range().start).row as usize
}

/// One word as ALTO gives it.
struct Word<'a> {
    content: &'a str,
    /// `[x, y, width, height]` as the file gives them, when given.
    at: Option<[f64; 4]>,
    /// `HypPart1` / `HypPart2`: the halves of a word hyphenated at a line end, with the
    /// whole word in `SUBS_CONTENT`.
    subs: Option<(&'a str, Option<&'a str>)>,
    /// A `<HYP>` follows it: the line ends in a hyphen that joins this word to the next.
    hyp: bool,
}

/// A text block's text: its lines top to bottom, each line's words left to right with
/// spaces between them.
///
/// Lines are read from where the words stand, not from the order of the `TextLine`s: some
/// OCRs list a block's lines out of order, or put several in one `TextLine` (the 1840
/// *Erzähler*'s ALTO lists them bottom up in runs). A line is the words whose middles are
/// within half a word's height of each other; a block is one column, so top to bottom is
/// the reading order. Words without coordinates keep the file's order.
///
/// A word hyphenated at a line end is joined where ALTO marks it: a `<HYP>` after the
/// line's last word, or the `HypPart1`/`HypPart2` halves (their `SUBS_CONTENT`, the whole
/// word, when given). Some OCRs mark nothing and leave the hyphen in the word: a word
/// ending in `-` (or `¬`, `⸗`) at a line's end is joined with the next line's first word
/// when that starts in lower case and is not a conjunction (`Nachstehen-` `den` is
/// `Nachstehenden`; `Nord-` `und` stays apart, and `Ost-` `Indien` stays as printed).
/// Punctuation the OCR read as a word of its own (`Frage` `.`) is put back against its
/// word (not `«` and `»`, which open a quotation in one language and close it in another).
///
/// Also the lines as printed, with their boxes in pixels (`px` converts the file's units),
/// when every word has coordinates: what a search hit is marked on.
fn text_of(block: Node, px: impl Fn(f64) -> f64) -> (String, Vec<TextLine>) {
    let mut words: Vec<Word> = Vec::new();
    for n in block.descendants().filter(Node::is_element) {
        match n.tag_name().name() {
            "String" => words.push(Word {
                content: n.attribute("CONTENT").unwrap_or("").trim(),
                at: (|| {
                    Some([
                        num(n, "HPOS")?,
                        num(n, "VPOS")?,
                        num(n, "WIDTH")?,
                        num(n, "HEIGHT")?,
                    ])
                })(),
                subs: n
                    .attribute("SUBS_TYPE")
                    .map(|t| (t, n.attribute("SUBS_CONTENT"))),
                hyp: false,
            }),
            "HYP" => {
                if let Some(w) = words.last_mut() {
                    w.hyp = true;
                }
            }
            _ => {}
        }
    }
    words.retain(|w| !w.content.is_empty());
    let placed = words.iter().all(|w| w.at.is_some());
    let lines = if placed {
        lines_by_position(words)
    } else {
        vec![words]
    };
    let printed = if placed {
        lines
            .iter()
            .filter_map(|line| printed_line(line, &px))
            .collect()
    } else {
        Vec::new()
    };
    let mut out = String::new();
    // The line before ended in a word to be joined with this line's first: `Some(true)`
    // when the whole word was already written from HypPart1's SUBS_CONTENT.
    let mut joining: Option<bool> = None;
    for (li, words) in lines.iter().enumerate() {
        let next_first = lines.get(li + 1).and_then(|w| w.first());
        for (wi, w) in words.iter().enumerate() {
            let last = wi + 1 == words.len();
            let mut content = w.content.to_owned();
            if let Some(whole) = joining.take() {
                if whole && matches!(w.subs, Some(("HypPart2", _))) {
                    continue;
                }
            } else if !out.is_empty() && !closes(&content) && !out.ends_with(opens) {
                out.push(' ');
            }
            if let (true, Some(next)) = (last, next_first) {
                if let Some(("HypPart1", whole)) = w.subs {
                    match whole {
                        Some(whole) if !whole.is_empty() => {
                            content = whole.to_owned();
                            joining = Some(true);
                        }
                        _ => {
                            content = strip_hyphen(&content).to_owned();
                            joining = Some(false);
                        }
                    }
                } else if w.hyp {
                    content = strip_hyphen(&content).to_owned();
                    joining = Some(false);
                } else if let Some(stem) = content.strip_suffix(['-', '¬', '⸗']) {
                    let lower = next.content.chars().next().is_some_and(char::is_lowercase);
                    if !stem.is_empty() && lower && !is_conjunction(next.content) {
                        content = stem.to_owned();
                        joining = Some(false);
                    }
                }
            }
            out.push_str(&content);
        }
    }
    (out, printed)
}

/// A line of placed words as printed: its words with spaces between, in a box around them.
fn printed_line(words: &[Word], px: impl Fn(f64) -> f64) -> Option<TextLine> {
    let boxes: Vec<[f64; 4]> = words.iter().filter_map(|w| w.at).collect();
    let x0 = boxes.iter().map(|b| b[0]).reduce(f64::min)?;
    let y0 = boxes.iter().map(|b| b[1]).reduce(f64::min)?;
    let x1 = boxes.iter().map(|b| b[0] + b[2]).reduce(f64::max)?;
    let y1 = boxes.iter().map(|b| b[1] + b[3]).reduce(f64::max)?;
    let text: Vec<&str> = words.iter().map(|w| w.content).collect();
    Some(TextLine {
        text: text.join(" "),
        rect: [px(x0), px(y0), px(x1 - x0), px(y1 - y0)],
    })
}

/// Words (all with coordinates) as lines, top to bottom, each left to right.
fn lines_by_position(mut words: Vec<Word>) -> Vec<Vec<Word>> {
    let middle = |w: &Word| w.at.map_or(0.0, |[_, y, _, h]| y + h / 2.0);
    words.sort_by(|a, b| middle(a).total_cmp(&middle(b)));
    let mut lines: Vec<Vec<Word>> = Vec::new();
    for w in words {
        let same_line = lines
            .last()
            .and_then(|line| line.first())
            .is_some_and(|first| {
                let h = first
                    .at
                    .map_or(0.0, |a| a[3])
                    .max(w.at.map_or(0.0, |a| a[3]));
                (middle(&w) - middle(first)).abs() <= h / 2.0
            });
        match lines.last_mut() {
            Some(line) if same_line => line.push(w),
            _ => lines.push(vec![w]),
        }
    }
    for line in &mut lines {
        line.sort_by(|a, b| {
            a.at.map_or(0.0, |p| p[0])
                .total_cmp(&b.at.map_or(0.0, |p| p[0]))
        });
    }
    lines
}

/// Punctuation that stands against the word before it.
fn closes(word: &str) -> bool {
    word.chars().all(|c| ".,;:!?)]}”’…".contains(c))
}

/// Punctuation the next word stands against.
fn opens(c: char) -> bool {
    "([{„“".contains(c)
}

fn strip_hyphen(word: &str) -> &str {
    word.strip_suffix(['-', '¬', '⸗']).unwrap_or(word)
}

/// Words after which a hyphen is printed, not a line break's: `Nord- und Süddeutschland`.
fn is_conjunction(word: &str) -> bool {
    matches!(
        word.trim_matches(|c: char| !c.is_alphabetic()),
        "und" | "oder" | "bis" | "sowie" | "and" | "or" | "et" | "ou"
    )
}

#[cfg(test)]
mod tests;
