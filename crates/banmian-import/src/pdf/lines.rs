//! Glyphs → printed lines → column blocks in reading order.
//!
//! **Lines.** Glyphs are grouped into rows: a glyph joins the row whose vertical centre is
//! within 30 % of an em of its own and whose size is within 25 % of its own (a size
//! class: a headline beside a column of body text is another row). A row is cut where two
//! neighbouring glyphs stand more than [`GUTTER_EM`] ems apart: justified CJK text has
//! almost no space between glyphs, so such a gap is a column gutter (or the space between
//! two words of a headline: see `title_rows`). Each piece is a [`Line`]; a space glyph
//! (or a gap of a third of an em) is a word space in its text. Glyphs outside the page
//! (printer's marks in the slug) and a glyph drawn twice (fake bold) are left out.
//!
//! **The grid.** The intervals `[x0, x1]` that at least [`GRID_LINES`] lines of body text
//! share are the page's columns (less those inside a wider one: indented first lines).
//!
//! **Blocks.** Taking lines top to bottom, a line joins the block right above it when it
//! is of the same size, at most an em below the block's last line with no other line
//! between, and in the same column of the grid (or, outside the grid, under the block and
//! aligned with it: left edges, centres or right edges). A short line centred in its
//! column (a subhead, a byline) stands alone, and so does anything that is no column's
//! (a subheadline over three columns does not take the first column's text). The pieces
//! of a title line cut at a word space are one block again.
//!
//! **Reading order.** The page's top band (down to the first gap across the page) comes
//! first when it holds nothing longer than two lines: the masthead or the running header.
//! The rest is a recursive XY-cut of the blocks: where no block crosses a vertical line
//! through the region, it is cut there (at the widest such gap), the left part read first;
//! else at the widest gap no block crosses horizontally, the top part first; each part is
//! cut again. Columns first: two stories side by side are read one after the other, not
//! their headlines first and then their texts (their titles and texts make bands at the
//! same heights). A banner or a headline over some columns crosses every vertical line
//! there, so it is cut off as a band above them, at the widest gap: between stories rather
//! than between a headline and its text. A story that turns a column corner is read
//! column by column; blocks are whole column runs, so the aligned rows of neighbouring
//! columns give no false bands. For the cuts, a title counts as wide as the columns it
//! heads (those whose text starts under its group, as many as it is centred on) and
//! every block as wide as the columns its edges stand in; a vertical cut that would only
//! take off lines on the row of lines left behind (a photo's credit beside the caption's
//! title) gives way to a horizontal one. What cannot be cut (interlocking shapes) is
//! ordered by T. Breuel's pairwise rules ("High performance document layout analysis",
//! 2003).

use banmian_pdf::{Char, PageInfo};

/// A gap wider than this many ems between two glyphs of a row is a gutter.
const GUTTER_EM: f64 = 0.8;
/// Two glyphs of one row differ in size by at most this factor.
const ROW_SIZE_RATIO: f64 = 1.25;
/// The lines of one block differ in size by at most this factor.
const BLOCK_SIZE_RATIO: f64 = 1.15;
/// A line is at most this many ems below the block it joins.
const BLOCK_GAP_EM: f64 = 1.0;
/// Blocks at least this far apart vertically (points) with none between are two bands.
const MIN_BAND_GAP: f64 = 0.5;
/// Blocks at least this many ems apart horizontally with none between are two columns.
const MIN_COLUMN_GAP_EM: f64 = 0.3;
/// Lines of body text sharing their left and right edges make a column of the grid from
/// this many on.
const GRID_LINES: usize = 3;
/// A block in a type this many times the body's or more is a title.
pub(crate) const TITLE_RATIO: f64 = 1.2;
/// The widest word space, in ems, between two pieces of one title line.
const TITLE_SPACE_EM: f64 = 1.5;
/// Share of the glyphs that must have text for the text layer to be usable.
const MIN_TEXT_SHARE: f64 = 0.5;

/// A printed line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line {
    /// Its text, as printed (spaces where the glyphs leave a word space).
    pub text: String,
    /// `[x0, y0, x1, y1]` in points from the top-left corner, y down.
    pub rect: [f64; 4],
    /// The font size in points (the median of its glyphs').
    pub size: f64,
    /// It ends in a space glyph: a word space before whatever the next line starts with.
    pub space_after: bool,
}

/// A column block: lines one under the other, of one size (or the pieces of one title
/// line, side by side).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Block {
    /// Its lines (indices into [`Page::lines`]), top to bottom (pieces of one title line
    /// left to right).
    pub lines: Vec<usize>,
    /// `[x0, y0, x1, y1]` in points.
    pub rect: [f64; 4],
    /// Its font size in points (its first line's).
    pub size: f64,
}

/// A page's text layer as lines and blocks.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Page {
    /// Every line, top to bottom.
    pub lines: Vec<Line>,
    /// The blocks, in reading order.
    pub blocks: Vec<Block>,
    /// The size most glyphs have: the body text's, in points.
    pub body: f64,
}

impl Page {
    /// The block each line is in and its place in that block.
    pub fn block_of(&self) -> Vec<(usize, usize)> {
        let mut of = vec![(0, 0); self.lines.len()];
        for (b, block) in self.blocks.iter().enumerate() {
            for (k, &l) in block.lines.iter().enumerate() {
                of[l] = (b, k);
            }
        }
        of
    }

    /// The grid's columns, `[x0, x1]` in points: the intervals the lines of body text
    /// share (see [`line_columns`]).
    pub fn columns(&self) -> Vec<[f64; 2]> {
        line_columns(&self.lines, self.body)
    }
}

/// Whether a page's glyphs carry text that can be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextLayer {
    /// Most glyphs have text.
    Usable,
    /// No glyphs at all: a scanned page, or text drawn as outlines.
    NoGlyphs,
    /// Glyphs whose fonts do not tell their text (no `ToUnicode`), or private-use code points.
    NoUnicode {
        /// Glyphs on the page (not counting spaces).
        glyphs: usize,
        /// Of them, those with readable text.
        readable: usize,
    },
}

impl TextLayer {
    /// What is wrong with it, for a diagnostic.
    pub fn describe(self) -> String {
        match self {
            TextLayer::Usable => "the page's text layer is usable".into(),
            TextLayer::NoGlyphs => {
                "the page has no text layer (a scan, or text drawn as outlines)".into()
            }
            TextLayer::NoUnicode { glyphs, readable } => format!(
                "the page's text layer is unusable: {readable} of its {glyphs} glyphs tell their text (fonts without ToUnicode?)"
            ),
        }
    }
}

/// Whether the glyphs carry usable text.
pub(crate) fn text_layer(chars: &[Char]) -> TextLayer {
    let mut glyphs = 0usize;
    let mut readable = 0usize;
    for c in chars {
        match c.text.as_deref() {
            Some(t) if t.chars().all(char::is_whitespace) && !t.is_empty() => continue,
            Some(t) if t.chars().any(readable_char) => readable += 1,
            _ => {}
        }
        glyphs += 1;
    }
    if glyphs == 0 {
        TextLayer::NoGlyphs
    } else if readable == 0 || (readable as f64) < MIN_TEXT_SHARE * glyphs as f64 {
        TextLayer::NoUnicode { glyphs, readable }
    } else {
        TextLayer::Usable
    }
}

/// A code point that stands for text: not a control, not private use, not U+FFFD.
fn readable_char(c: char) -> bool {
    !(c.is_control()
        || c.is_whitespace()
        || ('\u{e000}'..='\u{f8ff}').contains(&c)
        || c >= '\u{f0000}'
        || c == '\u{fffd}')
}

/// One glyph with text, ready to be grouped.
#[derive(Debug, Clone)]
struct Glyph {
    text: String,
    rect: [f64; 4],
    size: f64,
    /// A space glyph: a word space in the line's text, no ink in its box.
    space: bool,
}

impl Glyph {
    fn yc(&self) -> f64 {
        (self.rect[1] + self.rect[3]) / 2.0
    }
}

/// The page's lines and blocks in reading order. Glyphs without text and glyphs outside the
/// page (printer's marks in the slug) are left out; space glyphs only make word spaces.
pub(crate) fn read(page: PageInfo, chars: &[Char]) -> Page {
    let glyphs: Vec<Glyph> = chars
        .iter()
        .filter_map(|c| {
            let text = c.text.as_deref()?;
            let finite = c.rect.iter().all(|v| v.is_finite()) && c.size.is_finite();
            let [x0, y0, x1, y1] = c.rect;
            let (cx, cy) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
            let on_page = (0.0..=page.width).contains(&cx) && (0.0..=page.height).contains(&cy);
            let space = !text.is_empty() && text.chars().all(char::is_whitespace);
            let ok = finite
                && on_page
                && x1 >= x0
                && y1 > y0
                && (space || text.chars().any(readable_char));
            ok.then(|| Glyph {
                text: text.chars().filter(|&c| readable_char(c)).collect(),
                rect: c.rect,
                size: if c.size > 0.0 { c.size } else { y1 - y0 },
                space,
            })
        })
        .collect();
    let lines = lines(&glyphs);
    let body = body_size(&glyphs);
    let blocks = order(title_rows(blocks(&lines, body), &lines, body), &lines, body);
    Page {
        lines,
        blocks,
        body,
    }
}

/// The size most glyphs have (to a tenth of a point).
fn body_size(glyphs: &[Glyph]) -> f64 {
    let mut counts: std::collections::HashMap<i64, usize> = std::collections::HashMap::new();
    for g in glyphs.iter().filter(|g| !g.space) {
        *counts.entry((g.size * 10.0).round() as i64).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(size, n)| (n, -size))
        .map_or(10.0, |(size, _)| size as f64 / 10.0)
}

fn ratio(a: f64, b: f64) -> f64 {
    if a > b {
        a / b
    } else {
        b / a
    }
}

/// Groups glyphs into rows, and cuts each row at its gutters.
fn lines(glyphs: &[Glyph]) -> Vec<Line> {
    let mut order: Vec<usize> = (0..glyphs.len()).collect();
    order.sort_by(|&a, &b| glyphs[a].yc().total_cmp(&glyphs[b].yc()));
    // Rows: (sum of centres, glyph count, size, members); `open` those still reachable.
    struct Row {
        yc_sum: f64,
        size: f64,
        members: Vec<usize>,
    }
    let mut rows: Vec<Row> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for &g in &order {
        let glyph = &glyphs[g];
        let yc = glyph.yc();
        open.retain(|&r| {
            let row = &rows[r];
            row.yc_sum / row.members.len() as f64 >= yc - row.size
        });
        let best = open
            .iter()
            .copied()
            .filter(|&r| ratio(rows[r].size, glyph.size) <= ROW_SIZE_RATIO)
            .map(|r| {
                let row = &rows[r];
                (
                    r,
                    (row.yc_sum / row.members.len() as f64 - yc).abs(),
                    row.size,
                )
            })
            .filter(|&(_, dy, size)| dy <= 0.3 * size.min(glyph.size))
            .min_by(|a, b| a.1.total_cmp(&b.1));
        match best {
            Some((r, _, _)) => {
                rows[r].yc_sum += yc;
                rows[r].members.push(g);
            }
            None => {
                open.push(rows.len());
                rows.push(Row {
                    yc_sum: yc,
                    size: glyph.size,
                    members: vec![g],
                });
            }
        }
    }
    let mut out = Vec::new();
    for mut row in rows {
        row.members
            .sort_by(|&a, &b| glyphs[a].rect[0].total_cmp(&glyphs[b].rect[0]));
        let mut piece: Vec<&Glyph> = Vec::new();
        for &g in &row.members {
            let glyph = &glyphs[g];
            if let Some(last) = piece.last() {
                if duplicate(last, glyph) {
                    continue;
                }
                let gap = glyph.rect[0] - last.rect[2];
                if gap > GUTTER_EM * last.size.max(glyph.size) {
                    out.extend(line(&piece));
                    piece.clear();
                }
            }
            piece.push(glyph);
        }
        if !piece.is_empty() {
            out.extend(line(&piece));
        }
    }
    out.sort_by(|a, b| {
        (a.rect[1], a.rect[0])
            .partial_cmp(&(b.rect[1], b.rect[0]))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    out
}

/// The same glyph drawn twice (fake bold, a fill and a stroke): same text, nearly the
/// same place.
fn duplicate(a: &Glyph, b: &Glyph) -> bool {
    let tol = 0.15 * a.size;
    a.text == b.text
        && (a.rect[0] - b.rect[0]).abs() <= tol
        && (a.rect[1] - b.rect[1]).abs() <= tol
        && (a.rect[2] - b.rect[2]).abs() <= tol
}

/// A line from its glyphs, left to right: a space where a space glyph stands or the
/// glyphs leave a word space between them; its box that of its inked glyphs. `None` for
/// spaces only.
fn line(glyphs: &[&Glyph]) -> Option<Line> {
    let mut text = String::new();
    let mut rect = [
        f64::INFINITY,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NEG_INFINITY,
    ];
    let mut prev: Option<&Glyph> = None;
    let mut space = false;
    for g in glyphs {
        if g.space {
            space = true;
            continue;
        }
        if let Some(p) = prev {
            let gap = g.rect[0] - p.rect[2];
            let em = p.size.max(g.size);
            let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
            let between_words = latin(p.text.chars().next_back()) && latin(g.text.chars().next());
            if space || gap > 0.3 * em || (between_words && gap > 0.15 * em) {
                text.push(' ');
            }
        }
        space = false;
        text.push_str(&g.text);
        rect = [
            rect[0].min(g.rect[0]),
            rect[1].min(g.rect[1]),
            rect[2].max(g.rect[2]),
            rect[3].max(g.rect[3]),
        ];
        prev = Some(g);
    }
    let mut sizes: Vec<f64> = glyphs.iter().filter(|g| !g.space).map(|g| g.size).collect();
    sizes.sort_by(f64::total_cmp);
    let size = sizes.get(sizes.len() / 2).copied()?;
    Some(Line {
        text,
        rect,
        size,
        space_after: space,
    })
}

fn x_overlap(a: [f64; 4], b: [f64; 4]) -> f64 {
    a[2].min(b[2]) - a[0].max(b[0])
}

fn width(r: [f64; 4]) -> f64 {
    r[2] - r[0]
}

/// The grid's columns as the body text's lines show them: `[x0, x1]` shared (within half
/// an em) by at least [`GRID_LINES`] lines of body text (a column's full lines), less the
/// intervals inside a wider one (its paragraphs' first lines, indented).
fn line_columns(lines: &[Line], body: f64) -> Vec<[f64; 2]> {
    let tol = 0.5 * body;
    let mut clusters: Vec<([f64; 2], usize)> = Vec::new();
    for l in lines
        .iter()
        .filter(|l| ratio(l.size, body) <= BLOCK_SIZE_RATIO)
    {
        let span = [l.rect[0], l.rect[2]];
        match clusters
            .iter_mut()
            .find(|(c, _)| (c[0] - span[0]).abs() <= tol && (c[1] - span[1]).abs() <= tol)
        {
            Some((c, n)) => {
                *c = [c[0].min(span[0]), c[1].max(span[1])];
                *n += 1;
            }
            None => clusters.push((span, 1)),
        }
    }
    let grid: Vec<[f64; 2]> = clusters
        .into_iter()
        .filter(|&(_, n)| n >= GRID_LINES)
        .map(|(c, _)| c)
        .collect();
    // A column, not the narrower intervals inside it (indented first lines).
    grid.iter()
        .copied()
        .filter(|c| {
            !grid.iter().any(|o| {
                o != c && o[0] - tol <= c[0] && c[1] <= o[1] + tol && o[1] - o[0] > c[1] - c[0]
            })
        })
        .collect()
}

/// Groups the lines (sorted top to bottom) into column blocks.
/// A line standing in a column of the grid may only join a block whose last line stands
/// in the same column, and a line in none only one whose last line is in none: a
/// subheadline centred over three columns does not take the first column's text. A short
/// line centred in its column stands alone.
fn blocks(lines: &[Line], body: f64) -> Vec<Block> {
    let grid = line_columns(lines, body);
    let tol = 0.5 * body;
    let column_of = |l: &Line| {
        grid.iter()
            .filter(|c| c[0] - tol <= l.rect[0] && l.rect[2] <= c[1] + tol)
            .min_by(|a, b| (a[1] - a[0]).total_cmp(&(b[1] - b[0])))
            .copied()
    };
    let columns: Vec<Option<[f64; 2]>> = lines.iter().map(column_of).collect();
    // A short line centred in its column (an em or more from both edges, within half an
    // em of the middle): a subhead, or a byline over a story of an odd number of columns. It stands alone (the byline must not be read after the story's
    // first column, as the middle column's first line would be).
    let centred: Vec<bool> = lines
        .iter()
        .zip(&columns)
        .map(|(l, c)| {
            c.is_some_and(|c| {
                let (left, right) = (l.rect[0] - c[0], c[1] - l.rect[2]);
                left >= body && right >= body && (left - right).abs() <= 0.5 * body
            })
        })
        .collect();
    let mut blocks: Vec<Block> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let em = l.size;
        let mut best: Option<(usize, f64)> = None;
        for (b, block) in blocks.iter().enumerate() {
            let Some(&last_i) = block.lines.last() else {
                continue;
            };
            let last = &lines[last_i];
            if ratio(last.size, l.size) > BLOCK_SIZE_RATIO
                || columns[last_i] != columns[i]
                || centred[i]
                || centred[last_i]
            {
                continue;
            }
            let gap = l.rect[1] - last.rect[3];
            if gap > BLOCK_GAP_EM * em || gap < -0.3 * em {
                continue;
            }
            let r = block.rect;
            let under = x_overlap(l.rect, r) >= 0.5 * width(l.rect).min(width(r));
            // Text may indent a paragraph's first line; the lines of a title are flush
            // left, centred or flush right, one like the other.
            let indent = if l.size >= TITLE_RATIO * body {
                0.5
            } else {
                3.0
            } * em;
            let aligned = (l.rect[0] - r[0]).abs() <= indent
                || ((l.rect[0] + l.rect[2]) / 2.0 - (r[0] + r[2]) / 2.0).abs() <= 0.5 * em
                || (l.rect[2] - r[2]).abs() <= 0.5 * em;
            // In one column of the grid, a line belongs under the line above it, whatever
            // their lengths (a paragraph's last line, the next one's indented first).
            let fits = columns[i].is_some() || (under && aligned);
            if !fits || best.is_some_and(|(_, g)| g <= gap) {
                continue;
            }
            // No other line between the block's last line and this one.
            let between = lines[..i].iter().enumerate().any(|(m, o)| {
                m != last_i
                    && o.rect[1] >= last.rect[1]
                    && (o.rect[1] + o.rect[3]) / 2.0 > last.rect[3] - 0.3 * em
                    && o.rect[3] <= l.rect[1] + 0.3 * em
                    && x_overlap(o.rect, l.rect) > 0.0
            });
            if !between {
                best = Some((b, gap));
            }
        }
        match best {
            Some((b, _)) => {
                let block = &mut blocks[b];
                block.lines.push(i);
                block.rect = [
                    block.rect[0].min(l.rect[0]),
                    block.rect[1].min(l.rect[1]),
                    block.rect[2].max(l.rect[2]),
                    block.rect[3].max(l.rect[3]),
                ];
            }
            None => blocks.push(Block {
                lines: vec![i],
                rect: l.rect,
                size: l.size,
            }),
        }
    }
    blocks
}

/// Joins the pieces of a title cut at its word spaces: one-line blocks in a title's type
/// ([`TITLE_RATIO`] times the body's or more), of one size, on one baseline, at most
/// [`TITLE_SPACE_EM`] apart, with no column gutter of the page between them (there, they
/// may be the headlines of two stories side by side). Their lines stay apart (each is
/// matched on its own); their block is one, so they are read together.
fn title_rows(blocks: Vec<Block>, lines: &[Line], body: f64) -> Vec<Block> {
    let mut columns = line_columns(lines, body);
    columns.sort_by(|a, b| a[0].total_cmp(&b[0]));
    let gutters: Vec<[f64; 2]> = columns
        .windows(2)
        .filter(|w| w[0][1] < w[1][0])
        .map(|w| [w[0][1], w[1][0]])
        .collect();
    let tol = 0.5 * body;
    let title = |b: &Block| b.size >= TITLE_RATIO * body;
    let mut by_x: Vec<Block> = blocks;
    by_x.sort_by(|a, b| a.rect[0].total_cmp(&b.rect[0]));
    let mut out: Vec<Block> = Vec::new();
    for b in by_x {
        let joins = |m: &Block| {
            let em = m.size;
            let row = m.lines.iter().all(|&l| {
                (lines[l].rect[1] - b.rect[1]).abs() <= 0.2 * em
                    && (lines[l].rect[3] - b.rect[3]).abs() <= 0.2 * em
            });
            let gap = [m.rect[2], b.rect[0]];
            row && title(m)
                && b.lines.len() == 1
                && title(&b)
                && ratio(m.size, b.size) <= 1.05
                && gap[1] - gap[0] >= -0.1 * em
                && gap[1] - gap[0] <= TITLE_SPACE_EM * em
                && !gutters
                    .iter()
                    .any(|g| g[0] >= gap[0] - tol && g[1] <= gap[1] + tol)
        };
        match out.iter_mut().find(|m| joins(m)) {
            Some(m) => {
                m.lines.extend(b.lines);
                m.rect = [
                    m.rect[0].min(b.rect[0]),
                    m.rect[1].min(b.rect[1]),
                    m.rect[2].max(b.rect[2]),
                    m.rect[3].max(b.rect[3]),
                ];
            }
            None => out.push(b),
        }
    }
    out
}

/// Puts the blocks in reading order (see the module's documentation).
fn order(blocks: Vec<Block>, lines: &[Line], body: f64) -> Vec<Block> {
    let rects = order_rects(&blocks, lines, body);
    let one_line: Vec<bool> = blocks.iter().map(|b| b.lines.len() == 1).collect();
    let mut out_order = Vec::with_capacity(blocks.len());
    // The masthead or running header first: the page's top band, down to the first gap
    // across the page, when it holds no text longer than two lines.
    let mut rest: Vec<usize> = (0..blocks.len()).collect();
    rest.sort_by(|&a, &b| rects[a][1].total_cmp(&rects[b][1]));
    let mut end = f64::NEG_INFINITY;
    let top = rest
        .iter()
        .position(|&k| {
            let gap = k != rest[0] && rects[k][1] >= end + MIN_BAND_GAP;
            end = end.max(rects[k][3]);
            gap
        })
        .filter(|&n| rest[..n].iter().all(|&k| blocks[k].lines.len() <= 2));
    if let Some(n) = top {
        let band: Vec<usize> = rest.drain(..n).collect();
        xy_cut(&rects, &one_line, band, body, &mut out_order);
    }
    xy_cut(&rects, &one_line, rest, body, &mut out_order);
    let mut slots: Vec<Option<Block>> = blocks.into_iter().map(Some).collect();
    out_order
        .into_iter()
        .filter_map(|k| slots[k].take())
        .collect()
}

/// The boxes the blocks are ordered by: a title's box widened to the columns it heads, and
/// every box to the columns its edges stand in.
///
/// A title (a block in a title's type, or a short one centred in its column or over
/// several: a kicker, a subheadline, a byline) is followed down through the titles under
/// it to the first lines of text: the grid's columns whose text starts within two ems
/// under the group are the ones it may head, and the widest run of them that holds the
/// title and is centred on it (within an em) is its width for ordering. A headline
/// centred over three columns fits within the middle one; unwidened, nothing would cross
/// the gutters beside it, and its story's first column would be read before it.
fn order_rects(blocks: &[Block], lines: &[Line], body: f64) -> Vec<[f64; 4]> {
    let grid = line_columns(lines, body);
    let tol = 0.5 * body;
    let column_of = |r: [f64; 4]| {
        grid.iter()
            .filter(|c| c[0] - tol <= r[0] && r[2] <= c[1] + tol)
            .min_by(|a, b| (a[1] - a[0]).total_cmp(&(b[1] - b[0])))
            .copied()
    };
    let title = |b: &Block| {
        let centred = column_of(b.rect).is_none_or(|c| {
            let (left, right) = (b.rect[0] - c[0], c[1] - b.rect[2]);
            left >= body && right >= body && (left - right).abs() <= 0.5 * body
        });
        b.size >= TITLE_RATIO * body || (b.lines.len() <= 2 && centred)
    };
    let titles: Vec<bool> = blocks.iter().map(title).collect();
    blocks
        .iter()
        .enumerate()
        .map(|(k, b)| {
            if !titles[k] {
                return b.rect;
            }
            // Down through the titles under it.
            let mut bottom = b.rect[3];
            loop {
                let next = blocks.iter().enumerate().find(|&(j, n)| {
                    titles[j]
                        && n.rect[1] >= bottom - 0.2 * n.size
                        && n.rect[1] <= bottom + 1.2 * n.size
                        && x_overlap(n.rect, b.rect) > 0.0
                });
                match next {
                    Some((_, n)) if n.rect[3] > bottom => bottom = n.rect[3],
                    _ => break,
                }
            }
            // The columns whose text starts right under the group, left to right.
            let mut under: Vec<[f64; 2]> = blocks
                .iter()
                .enumerate()
                .filter(|&(_, n)| {
                    n.size < TITLE_RATIO * body
                        && n.rect[1] >= bottom - tol
                        && n.rect[1] <= bottom + 2.0 * body
                })
                .filter_map(|(_, n)| column_of(n.rect))
                .collect();
            under.sort_by(|a, c| a[0].total_cmp(&c[0]));
            under.dedup();
            let centre = (b.rect[0] + b.rect[2]) / 2.0;
            let mut best: Option<[f64; 2]> = None;
            for i in 0..under.len() {
                for j in i..under.len() {
                    // A run of neighbouring columns: no gap wider than a gutter between.
                    if j > i && under[j][0] - under[j - 1][1] > 3.0 * body {
                        break;
                    }
                    let span = [under[i][0], under[j][1]];
                    let holds = span[0] - tol <= b.rect[0] && b.rect[2] <= span[1] + tol;
                    let centred = ((span[0] + span[1]) / 2.0 - centre).abs() <= body;
                    if holds && centred && best.is_none_or(|w| span[1] - span[0] > w[1] - w[0]) {
                        best = Some(span);
                    }
                }
            }
            match best {
                Some(span) => [
                    span[0].min(b.rect[0]),
                    b.rect[1],
                    span[1].max(b.rect[2]),
                    b.rect[3],
                ],
                None => b.rect,
            }
        })
        // Every box to the columns its edges stand in: a caption's last line, short of the
        // credit beside the caption's title, is read after both.
        .map(|r| {
            let x0 = grid
                .iter()
                .filter(|c| c[0] <= r[0] && r[0] < c[1])
                .map(|c| c[0])
                .fold(r[0], f64::min);
            let x1 = grid
                .iter()
                .filter(|c| c[0] < r[2] && r[2] <= c[1])
                .map(|c| c[1])
                .fold(r[2], f64::max);
            [x0, r[1], x1, r[3]]
        })
        .collect()
}

/// Recursive XY-cut: the boxes of `set` cut in two at the widest gap no box crosses, a
/// vertical one if there is one (left part first), else a horizontal one (top part
/// first), each part cut again; what cannot be cut is ordered by [`pairwise`]. A vertical
/// cut that would only take off lines standing on the same row as lines of the other part
/// (a photo's credit, flush right on the baseline of the caption's title) gives way to a
/// horizontal one, so the row is read before what stands under it.
fn xy_cut(rects: &[[f64; 4]], one_line: &[bool], set: Vec<usize>, body: f64, out: &mut Vec<usize>) {
    if set.len() <= 1 {
        out.extend(set);
        return;
    }
    let vertical = cut(rects, &set, 0, MIN_COLUMN_GAP_EM * body);
    let horizontal = cut(rects, &set, 1, MIN_BAND_GAP);
    let row_mates = |part: &[usize], other: &[usize]| {
        part.iter().all(|&a| {
            one_line[a]
                && other.iter().any(|&b| {
                    let (ra, rb) = (rects[a], rects[b]);
                    let shared = ra[3].min(rb[3]) - ra[1].max(rb[1]);
                    one_line[b] && shared >= 0.5 * (ra[3] - ra[1]).min(rb[3] - rb[1])
                })
        })
    };
    let parts = match (vertical.as_slice(), horizontal.len()) {
        ([left, right], 2) if row_mates(left, right) || row_mates(right, left) => horizontal,
        (_, _) if vertical.len() > 1 => vertical,
        _ => horizontal,
    };
    if parts.len() > 1 {
        for part in parts {
            xy_cut(rects, one_line, part, body, out);
        }
        return;
    }
    out.extend(pairwise(rects, &set));
}

/// `set` cut in two where no box crosses, along `axis` (0: x, 1: y), at the widest gap of
/// at least `min_gap` (the first of equals); one part when there is none.
fn cut(rects: &[[f64; 4]], set: &[usize], axis: usize, min_gap: f64) -> Vec<Vec<usize>> {
    let mut sorted = set.to_vec();
    sorted.sort_by(|&a, &b| rects[a][axis].total_cmp(&rects[b][axis]));
    let mut best: Option<(usize, f64)> = None;
    let mut end = f64::NEG_INFINITY;
    for (k, &b) in sorted.iter().enumerate() {
        let r = rects[b];
        let gap = r[axis] - end;
        if k > 0 && gap >= min_gap && best.is_none_or(|(_, g)| gap > g) {
            best = Some((k, gap));
        }
        end = end.max(r[axis + 2]);
    }
    match best {
        Some((k, _)) => {
            let after = sorted.split_off(k);
            vec![sorted, after]
        }
        None => vec![sorted],
    }
}

/// Boxes no cut separates, in the order of T. Breuel's rules: `a` before `b` when they
/// share some width and `a` is above `b`, or when `a` is wholly left of `b` and no box
/// sharing width with both stands between them vertically; sorted topologically, the
/// top-most, then left-most, box first among those free to go (a cycle is broken at its
/// top-most box).
fn pairwise(rects: &[[f64; 4]], set: &[usize]) -> Vec<usize> {
    let n = set.len();
    let r = |k: usize| rects[set[k]];
    // Whether two boxes share some width: more than a tenth of the narrower one's.
    let share = |a: [f64; 4], b: [f64; 4]| x_overlap(a, b) > 0.1 * width(a).min(width(b)).max(0.5);
    let yc = |b: [f64; 4]| (b[1] + b[3]) / 2.0;
    let edge = |i: usize, j: usize| {
        let (ra, rb) = (r(i), r(j));
        if share(ra, rb) {
            yc(ra) < yc(rb) || (yc(ra) == yc(rb) && i < j)
        } else if ra[2] <= rb[0] + 0.1 * width(ra).min(width(rb)) {
            let (lo, hi) = if yc(ra) < yc(rb) {
                (yc(ra), yc(rb))
            } else {
                (yc(rb), yc(ra))
            };
            !(0..n).any(|c| {
                let rc = r(c);
                c != i && c != j && yc(rc) > lo && yc(rc) < hi && share(rc, ra) && share(rc, rb)
            })
        } else {
            false
        }
    };
    let mut after: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut before_count = vec![0usize; n];
    let edges = (0..n).flat_map(|i| (0..n).map(move |j| (i, j)));
    for (i, j) in edges.filter(|&(i, j)| i != j && edge(i, j)) {
        after[i].push(j);
        before_count[j] += 1;
    }
    let key = |k: usize| (r(k)[1], r(k)[0]);
    let first = |ks: &mut dyn Iterator<Item = usize>| {
        ks.min_by(|&x, &y| {
            key(x)
                .partial_cmp(&key(y))
                .unwrap_or(std::cmp::Ordering::Equal)
        })
    };
    let mut done = vec![false; n];
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let pick = first(&mut (0..n).filter(|&k| !done[k] && before_count[k] == 0))
            .or_else(|| first(&mut (0..n).filter(|&k| !done[k])));
        let Some(k) = pick else { break };
        done[k] = true;
        out.push(set[k]);
        for &m in &after[k] {
            before_count[m] = before_count[m].saturating_sub(1);
        }
    }
    out
}

#[cfg(test)]
mod tests;
