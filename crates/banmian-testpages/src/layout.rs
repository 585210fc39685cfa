//! A page as it is built: its lines placed, the blocks each story takes, the shapes drawn
//! (rules, photos), and the machinery that sets a story into columns: balanced, cut to
//! fit at a sentence's end, or cut anywhere to jump to another page.

use crate::metrics::{Face, Metrics};
use crate::typeset::{self, Align, Role, SetLine, Style, ASCENT, DESCENT};
use crate::Error;

/// `[x0, y0, x1, y1]` in points from the page's top-left corner, y down.
pub type Rect = [f64; 4];

/// The body face: 10 pt on a 15 pt pitch.
pub const BODY: Style = Style {
    face: Face::Serif,
    size: 10.0,
    pitch: 15.0,
};
/// Subheads inside a story: the bold sans on the body's pitch.
pub const SUBHEAD: Style = Style {
    face: Face::SansBold,
    size: 10.0,
    pitch: 15.0,
};
/// A paragraph's first line is indented two characters.
pub const INDENT: f64 = 20.0;

/// A line placed on the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Its characters, as drawn.
    pub text: String,
    /// Its face and size.
    pub style: Style,
    /// Each character's left edge on the page.
    pub xs: Vec<f64>,
    /// The last character's right edge (its advance).
    pub right: f64,
    /// The baseline.
    pub baseline: f64,
    /// What it is.
    pub role: Role,
}

impl Line {
    /// Its em box: from the first character's left edge to the last one's advance, from
    /// [`ASCENT`] above the baseline to [`DESCENT`] below it.
    pub fn rect(&self) -> Rect {
        let x0 = self.xs.first().copied().unwrap_or(self.right);
        [
            x0,
            self.baseline - ASCENT * self.style.size,
            self.right,
            self.baseline + DESCENT * self.style.size,
        ]
    }
}

/// What a block of a story is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockRole {
    /// The masthead or running header.
    Header,
    /// The headline group (kicker, headline, subheadline, byline) across its columns.
    Head,
    /// One column of text.
    Text,
    /// A photo.
    Photo,
    /// A photo's caption.
    Caption,
    /// A box drawn around the story.
    Frame,
}

impl BlockRole {
    /// Its name in `truth.json`.
    pub fn name(self) -> &'static str {
        match self {
            BlockRole::Header => "header",
            BlockRole::Head => "head",
            BlockRole::Text => "text",
            BlockRole::Photo => "photo",
            BlockRole::Caption => "caption",
            BlockRole::Frame => "frame",
        }
    }
}

/// A rectangle a story takes.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// What it is.
    pub role: BlockRole,
    /// Where.
    pub rect: Rect,
}

/// What kind of item a story part is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A banner headline across the page.
    Banner,
    /// A story.
    Article,
    /// A commentary (评论).
    Commentary,
    /// A photo with its caption.
    Photo,
}

impl Kind {
    /// Its name in `truth.json` (the model's kind names).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Banner => "banner",
            Kind::Article => "article",
            Kind::Commentary => "commentary",
            Kind::Photo => "photo",
        }
    }
}

/// The part a jump marker leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// Its page.
    pub page: u32,
    /// Its id (`4-1`).
    pub id: String,
}

/// One story part on one page: what it prints and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// `page-k`, numbered in reading order as the text export lists them.
    pub id: String,
    /// What it is.
    pub kind: Kind,
    /// The line above the headline.
    pub kicker: Option<String>,
    /// The headline as printed (its lines joined).
    pub headline: String,
    /// The line under the headline, without its dash.
    pub subheadline: Option<String>,
    /// The byline or photo credit.
    pub byline: Option<String>,
    /// The lines drawn.
    pub lines: Vec<Line>,
    /// The blocks it takes.
    pub blocks: Vec<Block>,
    /// The text export's items for it: titles, byline, paragraphs and subheads, each one
    /// line of the export, jump markers included.
    pub export: Vec<String>,
    /// Its paragraphs (a paragraph cut by a jump counts on both pages).
    pub paragraphs: usize,
    /// Its subheads.
    pub subheads: usize,
    /// Where it continues (`下转`).
    pub continues_to: Option<Link>,
    /// Where it is continued from (`上接`).
    pub continued_from: Option<Link>,
}

/// Something drawn that is not text.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A filled rectangle, grey level 0 (black) to 255 (white): rules, photos.
    Fill {
        /// Where.
        rect: Rect,
        /// Its grey.
        grey: u8,
    },
    /// A filled polygon: the shapes in a photo.
    Poly {
        /// Its corners.
        points: Vec<[f64; 2]>,
        /// Its grey.
        grey: u8,
    },
    /// An outlined rectangle: the box around a commentary.
    Frame {
        /// Where.
        rect: Rect,
        /// The line's width.
        width: f64,
    },
}

/// The masthead or running header: not a story, but text on the page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Header {
    /// Its lines.
    pub lines: Vec<Line>,
    /// Its blocks.
    pub blocks: Vec<Block>,
    /// The text export's header lines.
    pub export: Vec<String>,
}

/// A page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Its number.
    pub number: u32,
    /// Width in points.
    pub width: f64,
    /// Height in points.
    pub height: f64,
    /// The page's name (`要闻`).
    pub name: Option<String>,
    /// The masthead or running header.
    pub header: Header,
    /// Its story parts, in reading order.
    pub parts: Vec<Part>,
    /// Rules, photos, boxes.
    pub shapes: Vec<Shape>,
}

/// An issue: its paper, date and pages.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    /// The paper's name.
    pub paper: String,
    /// The date, `YYYY-MM-DD`.
    pub date: String,
    /// The pages, in order.
    pub pages: Vec<Page>,
}

/// A paragraph or a subhead of a story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Para {
    /// Its text (an `上接` marker that opens it included).
    pub text: String,
    /// A subhead rather than a paragraph.
    pub subhead: bool,
    /// Its first line indented (a paragraph continued from another page is not).
    pub indent: bool,
    /// A `下转` marker after it, set flush right: on its last line if there is room,
    /// else on a line of its own.
    pub tail: Option<String>,
}

impl Para {
    /// A paragraph.
    pub fn body(text: &str) -> Para {
        Para {
            text: text.to_owned(),
            subhead: false,
            indent: true,
            tail: None,
        }
    }

    /// Its text with its tail: what the export prints.
    pub fn printed(&self) -> String {
        format!("{}{}", self.text, self.tail.as_deref().unwrap_or(""))
    }

    /// A subhead.
    pub fn subhead(text: &str) -> Para {
        Para {
            text: text.to_owned(),
            subhead: true,
            indent: false,
            tail: None,
        }
    }
}

/// A story's text set into lines of one measure.
#[derive(Debug, Clone)]
pub struct Column {
    /// The lines, each with the paragraph it belongs to and its byte offset in it.
    pub lines: Vec<(SetLine, usize, usize)>,
}

/// Sets paragraphs and subheads to the measure `width`.
pub fn set_text(m: &dyn Metrics, paras: &[Para], width: f64) -> Result<Column, Error> {
    let mut lines = Vec::new();
    for (k, p) in paras.iter().enumerate() {
        let set = if p.subhead {
            typeset::paragraph(m, &p.text, SUBHEAD, Role::Subhead, width, 0.0, Align::Left)?
        } else {
            let indent = if p.indent { INDENT } else { 0.0 };
            typeset::paragraph(m, &p.text, BODY, Role::Body, width, indent, Align::Justify)?
        };
        let mut at = 0;
        let n = set.len();
        for (i, mut l) in set.into_iter().enumerate() {
            let len = l.text.len();
            if i + 1 == n {
                if let Some(tail) = &p.tail {
                    let t = typeset::single(m, tail, BODY, Role::Body, width, Align::Right)?;
                    if l.right <= t.left() + 1e-6 {
                        l.text.push_str(&t.text);
                        l.offsets.extend(&t.offsets);
                        l.right = t.right;
                    } else {
                        lines.push((l, k, at));
                        lines.push((t, k, p.text.len()));
                        continue;
                    }
                }
            }
            lines.push((l, k, at));
            at += len;
        }
    }
    Ok(Column { lines })
}

/// Where each line goes, `(column, row)`, with `rows` lines a column at most; a subhead
/// keeps with the line after it. Only the lines that fit get a place: all of them when
/// the text fits.
pub fn distribute(text: &Column, cols: usize, rows: usize) -> Vec<(usize, usize)> {
    let lines = &text.lines;
    let mut out = Vec::new();
    let (mut col, mut row) = (0, 0);
    let mut i = 0;
    while i < lines.len() {
        let (first, para, _) = &lines[i];
        let mut group = 1;
        if first.role == Role::Subhead {
            while i + group < lines.len() && lines[i + group].1 == *para {
                group += 1;
            }
            if i + group < lines.len() {
                group += 1;
            }
        }
        if row + group > rows && row > 0 {
            col += 1;
            row = 0;
        }
        if col >= cols || row + group > rows {
            break;
        }
        for _ in 0..group {
            out.push((col, row));
            row += 1;
        }
        i += group;
    }
    out
}

/// The fewest rows a column that fit all the lines in `cols` columns; `None` if more
/// than `max_rows` are needed.
pub fn balance(text: &Column, cols: usize, max_rows: usize) -> Option<usize> {
    let n = text.lines.len();
    (n.div_ceil(cols).max(1)..=max_rows).find(|&r| distribute(text, cols, r).len() == n)
}

/// The longest beginning of `paras`, cut at a sentence's end, that fits `cols` columns
/// of `rows` rows, with its lines.
pub fn fit(
    m: &dyn Metrics,
    paras: &[Para],
    width: f64,
    cols: usize,
    rows: usize,
) -> Result<(Vec<Para>, Column), Error> {
    let all = set_text(m, paras, width)?;
    if distribute(&all, cols, rows).len() == all.lines.len() {
        return Ok((paras.to_vec(), all));
    }
    // Every place the story may end: after a sentence of a paragraph.
    let mut cuts = Vec::new();
    for (k, p) in paras.iter().enumerate() {
        if !p.subhead {
            for end in typeset::sentence_ends(&p.text) {
                cuts.push((k, end));
            }
        }
    }
    let prefix = |&(k, end): &(usize, usize)| -> Vec<Para> {
        let mut out = paras[..k].to_vec();
        let mut last = paras[k].clone();
        last.text.truncate(end);
        out.push(last);
        out
    };
    let fits = |cut: &(usize, usize)| -> Result<Option<(Vec<Para>, Column)>, Error> {
        let p = prefix(cut);
        let text = set_text(m, &p, width)?;
        let ok = distribute(&text, cols, rows).len() == text.lines.len();
        Ok(ok.then_some((p, text)))
    };
    // The cuts' line counts grow with the text: search for the last that fits.
    let (mut lo, mut hi) = (0, cuts.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if fits(&cuts[mid])?.is_some() {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    for cut in cuts[..lo].iter().rev() {
        if let Some(found) = fits(cut)? {
            return Ok(found);
        }
    }
    Err(Error::Layout(format!(
        "not even the first sentence of {:?} fits {cols} columns of {rows} rows",
        paras
            .first()
            .map(|p| p.text.chars().take(12).collect::<String>())
    )))
}

/// Whether a piece of a paragraph cut by a jump still reads as a paragraph in the text
/// export: it holds a full stop, or it is longer than any headline (40 characters). A
/// short piece without one looks like a subhead to a reader of the export, and to
/// `banmian import`.
pub fn reads_as_paragraph(piece: &str) -> bool {
    piece.chars().count() > 40 || piece.contains('。')
}

/// Cuts a story that jumps to another page: the beginning that fills `cols` columns of
/// `rows` rows, `to_marker` flush right after its last line (or on a line of its own),
/// and the rest, which opens with `from_marker`. The cut comes after the last line that
/// leaves both pieces of the paragraph it cuts reading as paragraphs
/// ([`reads_as_paragraph`]).
pub fn split_jump(
    m: &dyn Metrics,
    paras: &[Para],
    width: f64,
    cols: usize,
    rows: usize,
    to_marker: &str,
    from_marker: &str,
) -> Result<(Vec<Para>, Vec<Para>), Error> {
    let all = set_text(m, paras, width)?;
    let placed = distribute(&all, cols, rows).len();
    if placed == all.lines.len() {
        return Err(Error::Layout("the story fits: nothing jumps".into()));
    }
    for k in (1..=placed).rev() {
        let (line, p, start) = &all.lines[k - 1];
        if line.role != Role::Body {
            continue;
        }
        let para = &paras[*p];
        let (here, there) = para.text.split_at(start + line.text.len());
        if !reads_as_paragraph(here) || !(there.is_empty() || reads_as_paragraph(there)) {
            continue;
        }
        let mut first = paras[..*p].to_vec();
        first.push(Para {
            text: here.to_owned(),
            subhead: false,
            indent: para.indent,
            tail: Some(to_marker.to_owned()),
        });
        let check = set_text(m, &first, width)?;
        if distribute(&check, cols, rows).len() != check.lines.len() {
            continue;
        }
        let mut rest = Vec::new();
        let mut following = paras[p + 1..].iter();
        let opening = if there.is_empty() {
            following.next().map(|n| n.text.clone())
        } else {
            Some(there.to_owned())
        };
        if let Some(text) = opening {
            rest.push(Para {
                text: format!("{from_marker}{text}"),
                subhead: false,
                indent: false,
                tail: None,
            });
        }
        rest.extend(following.cloned());
        return Ok((first, rest));
    }
    Err(Error::Layout("no place to cut the jump at".into()))
}

/// Where a line goes: the header or a story part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The masthead or running header.
    Header,
    /// The story part with this index on the page.
    Part(usize),
}

/// A title line of a headline group.
#[derive(Debug, Clone)]
pub struct Title {
    /// Its text.
    pub text: String,
    /// What it is.
    pub role: Role,
    /// Its face and size.
    pub style: Style,
    /// How it stands in the group's measure.
    pub align: Align,
}

impl Title {
    /// A title line.
    pub fn new(text: &str, role: Role, face: Face, size: f64, align: Align) -> Title {
        Title {
            text: text.to_owned(),
            role,
            style: Style {
                face,
                size,
                pitch: size,
            },
            align,
        }
    }
}

/// Builds one page.
pub struct PageBuilder<'m> {
    m: &'m dyn Metrics,
    page: Page,
}

impl<'m> PageBuilder<'m> {
    /// An empty page.
    pub fn new(m: &'m dyn Metrics, number: u32, width: f64, height: f64) -> Self {
        PageBuilder {
            m,
            page: Page {
                number,
                width,
                height,
                name: None,
                header: Header::default(),
                parts: Vec::new(),
                shapes: Vec::new(),
            },
        }
    }

    /// The metrics it sets with.
    pub fn metrics(&self) -> &'m dyn Metrics {
        self.m
    }

    /// Names the page.
    pub fn name(&mut self, name: &str) {
        self.page.name = Some(name.to_owned());
    }

    /// Adds a story part; returns its index.
    pub fn part(&mut self, kind: Kind, headline: &str) -> usize {
        let k = self.page.parts.len();
        self.page.parts.push(Part {
            id: format!("{}-{}", self.page.number, k + 1),
            kind,
            kicker: None,
            headline: headline.to_owned(),
            subheadline: None,
            byline: None,
            lines: Vec::new(),
            blocks: Vec::new(),
            export: Vec::new(),
            paragraphs: 0,
            subheads: 0,
            continues_to: None,
            continued_from: None,
        });
        k
    }

    /// A part, to fill in its facts.
    pub fn part_mut(&mut self, k: usize) -> Result<&mut Part, Error> {
        self.page
            .parts
            .get_mut(k)
            .ok_or_else(|| Error::Layout(format!("no part {k}")))
    }

    /// The header's export lines.
    pub fn header_export(&mut self, lines: &[&str]) {
        self.page.header.export = lines.iter().map(|s| (*s).to_owned()).collect();
    }

    fn lines_of(&mut self, t: Target) -> Result<&mut Vec<Line>, Error> {
        match t {
            Target::Header => Ok(&mut self.page.header.lines),
            Target::Part(k) => Ok(&mut self.part_mut(k)?.lines),
        }
    }

    /// Adds a block to the header or a part.
    pub fn block(&mut self, t: Target, role: BlockRole, rect: Rect) -> Result<(), Error> {
        let block = Block { role, rect };
        match t {
            Target::Header => self.page.header.blocks.push(block),
            Target::Part(k) => self.part_mut(k)?.blocks.push(block),
        }
        Ok(())
    }

    /// Draws a shape.
    pub fn shape(&mut self, s: Shape) {
        self.page.shapes.push(s);
    }

    /// A horizontal rule `thickness` thick whose top is at `y`.
    pub fn rule(&mut self, x0: f64, x1: f64, y: f64, thickness: f64) {
        self.shape(Shape::Fill {
            rect: [x0, y, x1, y + thickness],
            grey: 0,
        });
    }

    /// Places a set line with its measure's left edge at `x` and its baseline at `baseline`.
    pub fn place(&mut self, t: Target, l: &SetLine, x: f64, baseline: f64) -> Result<Rect, Error> {
        let line = Line {
            text: l.text.clone(),
            style: l.style,
            xs: l.offsets.iter().map(|o| x + o).collect(),
            right: x + l.right,
            baseline,
            role: l.role,
        };
        let rect = line.rect();
        self.lines_of(t)?.push(line);
        Ok(rect)
    }

    /// One line of text that must fit `[x0, x1]` whole, its em box's top at `top`;
    /// returns the em box's bottom.
    #[allow(clippy::too_many_arguments)]
    pub fn single(
        &mut self,
        t: Target,
        text: &str,
        role: Role,
        face: Face,
        size: f64,
        x0: f64,
        x1: f64,
        top: f64,
        align: Align,
    ) -> Result<f64, Error> {
        let style = Style {
            face,
            size,
            pitch: size,
        };
        let l = typeset::single(self.m, text, style, role, x1 - x0, align)?;
        self.place(t, &l, x0, top + ASCENT * size)?;
        Ok(top + size)
    }

    /// A headline group stacked from `top` in `[x0, x1]`, `gap` points between its lines;
    /// adds its block and returns its bottom.
    pub fn titles(
        &mut self,
        k: usize,
        titles: &[Title],
        x0: f64,
        x1: f64,
        top: f64,
        gap: f64,
    ) -> Result<f64, Error> {
        let mut y = top;
        for t in titles {
            let l = typeset::single(self.m, &t.text, t.style, t.role, x1 - x0, t.align)?;
            self.place(Target::Part(k), &l, x0, y + ASCENT * t.style.size)?;
            y += t.style.size + gap;
        }
        let bottom = y - gap;
        self.block(Target::Part(k), BlockRole::Head, [x0, top, x1, bottom])?;
        Ok(bottom)
    }

    /// Places a story's set text in columns whose left edges are `xs`, each `width` wide,
    /// its first row's em box at `top`, `rows` rows a column; adds a text block for each
    /// column used and returns the bottom of the lowest.
    pub fn columns(
        &mut self,
        k: usize,
        text: &Column,
        xs: &[f64],
        width: f64,
        top: f64,
        rows: usize,
    ) -> Result<f64, Error> {
        let slots = distribute(text, xs.len(), rows);
        if slots.len() != text.lines.len() {
            return Err(Error::Layout(format!(
                "{} lines do not fit {} columns of {rows} rows",
                text.lines.len(),
                xs.len()
            )));
        }
        let mut extent: Vec<Option<(f64, f64)>> = vec![None; xs.len()];
        for ((line, _, _), &(col, row)) in text.lines.iter().zip(&slots) {
            let baseline = top + ASCENT * BODY.size + row as f64 * BODY.pitch;
            let rect = self.place(Target::Part(k), line, xs[col], baseline)?;
            let e = extent[col].get_or_insert((rect[1], rect[3]));
            *e = (e.0.min(rect[1]), e.1.max(rect[3]));
        }
        let mut bottom = top;
        for (col, e) in extent.iter().enumerate() {
            if let Some((y0, y1)) = *e {
                self.block(
                    Target::Part(k),
                    BlockRole::Text,
                    [xs[col], y0, xs[col] + width, y1],
                )?;
                bottom = bottom.max(y1);
            }
        }
        Ok(bottom)
    }

    /// Records a story's paragraphs and subheads in its export and counts.
    pub fn paragraphs(&mut self, k: usize, paras: &[Para]) -> Result<(), Error> {
        let part = self.part_mut(k)?;
        for p in paras {
            part.export.push(p.printed());
            if p.subhead {
                part.subheads += 1;
            } else {
                part.paragraphs += 1;
            }
        }
        Ok(())
    }

    /// The page.
    pub fn finish(self) -> Page {
        self.page
    }
}

/// How many rows of body text fit between `top` and `bottom`.
pub fn rows_between(top: f64, bottom: f64) -> usize {
    let span = bottom - top - BODY.size;
    if span < 0.0 {
        0
    } else {
        (span / BODY.pitch + 1e-9).floor() as usize + 1
    }
}

/// The bottom of `rows` rows of body text from `top`.
pub fn rows_bottom(top: f64, rows: usize) -> f64 {
    top + BODY.size + rows.saturating_sub(1) as f64 * BODY.pitch
}
