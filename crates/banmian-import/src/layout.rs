//! The body of a page, line by line, into items in reading order: banners, articles
//! with kicker / headline / subheadline / byline, paragraphs re-joined across column
//! breaks, subheads, source notes and jump markers.
//!
//! Three steps:
//! 1. [`features`]: each line gets a feature record (its class — title-like, byline,
//!    `——` line, body, markers, hint — its indent, the blank lines above it, its jump
//!    markers), and the page gets its style (does it indent paragraphs; how many blank
//!    lines stand between paragraphs).
//! 2. [`score`]: for every title-like line, one scoring function weighs all the evidence
//!    for "a new story starts here" against [`crate::tuning::START_STORY`]; close calls
//!    are reported with their reasons.
//! 3. This module walks the lines once and builds the items: a story start reads the
//!    title group (banners, kicker, headline, `——` subheadline); inside a story a
//!    title-like line is a subhead, or a piece of a paragraph split by a column break;
//!    body lines join the open paragraph or start one; bylines, ledes, source and
//!    contributor notes, `下转`/`上接` markers and the desk's hints go where they belong.
//!
//! Nothing is dropped: every line of text ends up in an item.

mod features;
mod score;

use banmian_model::{Block, Kind};

use crate::byline::{ends_story, lede_byline, source_note};
use crate::markers::Marker;
use crate::text::{ends_sentence, headline_ending, is_terminal, is_title_like, join_broken, Line};
use crate::tuning::GLUED_SUBHEAD_MAX;
use features::{classify, style, Class, Hint, Row, Style};
use score::{score, Context};

/// An item of a page before it gets its id.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Draft {
    /// The line it starts on.
    pub line: usize,
    /// The last line it takes.
    pub end: usize,
    pub kind: Kind,
    pub kicker: Option<String>,
    pub headline: String,
    pub subheadline: Option<String>,
    pub byline: Option<String>,
    pub blocks: Vec<Block>,
    pub source: Option<String>,
    pub to: Option<Marker>,
    pub from: Option<Marker>,
    /// Why it starts where it does (for `banmian import --explain`).
    pub why: String,
    /// The last paragraph has no sentence end yet: the next line may continue it.
    open: bool,
    /// A `下转` marker, a source note or an end note ended this item.
    closed: bool,
}

/// A message about one line of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LineNote {
    pub line: usize,
    pub error: bool,
    pub message: String,
}

/// Lays out the body lines of one page.
pub(crate) fn lay_out(lines: &[Line]) -> (Vec<Draft>, Vec<LineNote>) {
    let rows: Vec<Row> = lines.iter().map(classify).collect();
    let mut out = Layout {
        style: style(&rows),
        items: Vec::new(),
        notes: Vec::new(),
        pending_from: None,
        pending_byline: None,
        hint: None,
    };
    for row in &rows {
        for m in &row.dropped {
            let message = format!("a second jump marker on one line; {} is dropped", m.label);
            out.note(row.no, false, message);
        }
    }
    let mut i = 0;
    while i < rows.len() {
        let next = out.row(&rows, i).max(i + 1);
        // A `下转` marker ends the story its line went into, whatever the line was read as:
        // attached here, once, for every line just read.
        for r in &rows[i..next] {
            out.attach_to(r.to.clone(), r.no);
        }
        if let Some(d) = out.items.last_mut() {
            d.end = d.end.max(rows[next - 1].no);
        }
        i = next;
    }
    let last = rows.last().map_or(0, |r| r.no);
    out.place_pending_byline();
    if let Some(m) = out.pending_from.take() {
        out.note(
            last,
            false,
            format!(
                "{} stands at the end of the page with no story after it; ignored",
                m.label
            ),
        );
    }
    if let Some((hint, at)) = out.hint.take() {
        out.note(
            at,
            true,
            format!(
                "{} stands at the end of the page: it must stand right above the line it is about",
                hint.as_str()
            ),
        );
    }
    (out.items, out.notes)
}

struct Layout {
    style: Style,
    items: Vec<Draft>,
    notes: Vec<LineNote>,
    /// A `上接` marker seen before the part it belongs to.
    pending_from: Option<Marker>,
    /// A byline printed above the headline of the next story: (line, text, blank
    /// lines above it).
    pending_byline: Option<(usize, String, usize)>,
    /// A hint read on the line above: what it says, and its line.
    hint: Option<(Hint, usize)>,
}

impl Layout {
    fn note(&mut self, line: usize, error: bool, message: String) {
        self.notes.push(LineNote {
            line,
            error,
            message,
        });
    }

    fn current(&mut self) -> Option<&mut Draft> {
        self.items.last_mut().filter(|d| d.kind != Kind::Banner)
    }

    /// Reads the row at `i` (and any it belongs with); returns the next row to read.
    fn row(&mut self, rows: &[Row], i: usize) -> usize {
        let row = &rows[i];
        if let Some((hint, at)) = self.hint.take() {
            return self.hinted(rows, i, hint, at);
        }
        match row.class {
            Class::Hint(None) => {
                let message = format!(
                    "unknown hint {:?}: the hints are #story, #subhead and #join",
                    row.text
                );
                self.note(row.no, true, message);
                i + 1
            }
            Class::Hint(Some(hint)) => {
                if rows
                    .get(i + 1)
                    .is_none_or(|n| matches!(n.class, Class::Hint(_)))
                {
                    let message = format!(
                        "{} must stand right above the line it is about",
                        hint.as_str()
                    );
                    self.note(row.no, true, message);
                } else {
                    self.hint = Some((hint, row.no));
                }
                i + 1
            }
            Class::Markers => {
                self.attach_from(row.from.clone());
                i + 1
            }
            Class::Byline => {
                self.attach_from(row.from.clone());
                self.byline(rows, i);
                i + 1
            }
            Class::Body => {
                self.body(row, rows.get(i + 1), false);
                i + 1
            }
            Class::Title | Class::Dash => self.titles(rows, i, None),
        }
    }

    /// The line under a hint: what the hint says it is, or an error if it cannot be.
    fn hinted(&mut self, rows: &[Row], i: usize, hint: Hint, at: usize) -> usize {
        let row = &rows[i];
        let refuse =
            |what: &str| format!("{} on line {at} says line {} {what}", hint.as_str(), row.no);
        let has_story = self.current().is_some();
        let paragraph_before = self
            .current()
            .is_some_and(|d| matches!(d.blocks.last(), Some(Block::Paragraph { .. })));
        let error = match hint {
            Hint::Story if !row.is_title() => Some(refuse(
                "starts a story, but it is not a headline (too long, or a sentence)",
            )),
            Hint::Subhead if row.class != Class::Title => Some(refuse(
                "is a subhead, but it is not one (too long, a sentence, a byline or a marker)",
            )),
            Hint::Subhead if !has_story => Some(refuse("is a subhead, but no story is open")),
            Hint::Join if !matches!(row.class, Class::Title | Class::Body) => {
                Some(refuse("continues a paragraph, but it is not body text"))
            }
            Hint::Join if !paragraph_before => Some(refuse(
                "continues a paragraph, but no paragraph stands before it",
            )),
            _ => None,
        };
        if let Some(message) = error {
            self.note(row.no, true, message);
            return self.row(rows, i);
        }
        match hint {
            Hint::Story => self.titles(rows, i, Some(format!("#story hint on line {at}"))),
            Hint::Subhead => {
                self.place_pending_byline();
                self.attach_from(row.from.clone());
                self.subhead(row);
                i + 1
            }
            Hint::Join => {
                self.body(row, rows.get(i + 1), true);
                i + 1
            }
        }
    }

    /// A byline line: under a title group it is that story's; above a headline (some
    /// papers print it first) it is the next story's; at a story's end, that story's.
    fn byline(&mut self, rows: &[Row], i: usize) {
        let row = &rows[i];
        let next_is_title = rows.get(i + 1).is_some_and(Row::is_title);
        let under_titles = self
            .current()
            .is_some_and(|d| d.byline.is_none() && d.blocks.is_empty() && !d.closed);
        if under_titles {
            if let Some(d) = self.current() {
                d.byline = Some(row.text.clone());
            }
        } else if next_is_title {
            self.place_pending_byline();
            self.pending_byline = Some((row.no, row.text.clone(), row.gap));
        } else {
            self.pending_byline = Some((row.no, row.text.clone(), row.gap));
            self.place_pending_byline();
        }
    }

    /// A byline kept for a story that did not start: the story it stands in takes it.
    fn place_pending_byline(&mut self) {
        let Some((no, text, _)) = self.pending_byline.take() else {
            return;
        };
        match self.current() {
            Some(d) if d.byline.is_none() => d.byline = Some(text),
            Some(d) => {
                d.blocks.push(Block::Paragraph { text });
                d.open = false;
            }
            None => {
                let d = self.start(no, String::new(), "a byline with no headline".into());
                d.byline = Some(text);
            }
        }
    }

    /// A `上接` marker belongs to the item that just began, else to the next one.
    fn attach_from(&mut self, m: Option<Marker>) {
        let Some(m) = m else { return };
        match self.current() {
            Some(d) if d.blocks.is_empty() && d.from.is_none() && !d.closed => d.from = Some(m),
            _ => self.set_pending_from(m),
        }
    }

    /// Keeps an `上接` marker for the next part; one kept before is reported and dropped.
    fn set_pending_from(&mut self, m: Marker) {
        if let Some(old) = self.pending_from.replace(m) {
            let message = format!(
                "two 上接 markers with no story between them; {} is dropped",
                old.label
            );
            let line = self.items.last().map_or(0, |d| d.end);
            self.note(line, false, message);
        }
    }

    /// A `下转` marker ends the current item.
    fn attach_to(&mut self, m: Option<Marker>, line: usize) {
        let Some(m) = m else { return };
        let Some(d) = self.current() else {
            let message = format!("{} stands before any story; ignored", m.label);
            self.note(line, false, message);
            return;
        };
        let old = d.to.replace(m);
        d.closed = true;
        d.open = false;
        if let Some(old) = old {
            let message = format!(
                "a second 下转 marker in one story; {} is dropped",
                old.label
            );
            self.note(line, false, message);
        }
    }

    fn start(&mut self, line: usize, headline: String, why: String) -> &mut Draft {
        let byline = self.pending_byline.take().map(|(_, text, _)| text);
        self.items.push(Draft {
            line,
            end: line,
            kind: Kind::Article,
            kicker: None,
            headline,
            subheadline: None,
            byline,
            blocks: Vec::new(),
            source: None,
            to: None,
            from: self.pending_from.take(),
            why,
            open: false,
            closed: false,
        });
        let last = self.items.len() - 1;
        &mut self.items[last]
    }

    /// A line of body text: continues the open paragraph or starts one. `join` (a
    /// `#join` hint) makes it continue the paragraph before it.
    fn body(&mut self, row: &Row, next: Option<&Row>, join: bool) {
        self.place_pending_byline();
        let has_from = row.from.is_some() || self.pending_from.is_some();
        let needs_part = match self.current() {
            None => true,
            Some(d) => has_from && !d.blocks.is_empty(),
        };
        if needs_part {
            if !has_from {
                self.note(
                    row.no,
                    true,
                    "body text with no headline before it (is a headline or an 上接 marker missing?)"
                        .into(),
                );
            }
            let why = if has_from {
                "a continued part: an 上接 marker with no headline".into()
            } else {
                "body text with nothing before it".into()
            };
            self.start(row.no, String::new(), why);
        }
        if let Some(m) = self.pending_from.take() {
            self.attach_from(Some(m));
        }
        self.attach_from(row.from.clone());
        let indented = self.style.indented;
        let Some(d) = self.current() else { return };
        let new_paragraph = !join && (!d.open || (indented && row.indent));
        match d.blocks.last_mut() {
            Some(Block::Paragraph { text: last }) if !new_paragraph => join_broken(last, &row.line),
            _ => {
                if d.byline.is_none() && d.blocks.is_empty() {
                    d.byline = lede_byline(&row.line);
                }
                d.blocks.push(Block::Paragraph {
                    text: row.line.clone(),
                });
            }
        }
        let first_block = d.blocks.len() == 1;
        let Some(Block::Paragraph { text: last }) = d.blocks.last_mut() else {
            return;
        };
        let note = source_note(last).filter(|_| d.source.is_none());
        if let Some((rest, note)) = note {
            *last = rest;
            if last.is_empty() {
                d.blocks.pop();
            }
            d.source = Some(note);
            d.closed = true;
            d.open = false;
            return;
        }
        // An end note closes its story; printed first (`来源：…` under the headline),
        // it opens it.
        if ends_story(last) && !first_block {
            d.closed = true;
            d.open = false;
            return;
        }
        let next_paragraph = next.is_some_and(|n| {
            n.indent && matches!(n.class, Class::Body | Class::Title) && n.from.is_none()
        });
        if indented && next_paragraph {
            if let Some(sub) = glued_subhead(last) {
                d.blocks.push(Block::Subhead { text: sub });
                d.open = false;
                return;
            }
        }
        if let Some(Block::Paragraph { text: last }) = d.blocks.last() {
            d.open = !ends_sentence(last);
        }
    }

    /// A run of title-like lines starting at `i`; returns the row after what it used.
    /// `forced`: a hint says a story starts here.
    fn titles(&mut self, rows: &[Row], i: usize, forced: Option<String>) -> usize {
        let style = self.style;
        let end = (i..rows.len())
            .find(|&k| !rows[k].is_title() || (k > i && ends_group(&rows[k - 1], &rows[k], style)))
            .unwrap_or(rows.len());
        let run = &rows[i..end];
        let next = rows.get(end);
        let first = &run[0];
        let headline_with_byline = run.len() == 1 && next.is_some_and(Row::opens_story);
        if forced.is_none() && first.from.is_some() && !headline_with_byline {
            // `（上接第1版）以“技”为核……`: a continued part that opens with a subhead,
            // under the headline just read or on its own (when the subhead is the
            // headline of the story it continues, `import` makes it the headline).
            self.place_pending_byline();
            let fresh = self
                .current()
                .is_some_and(|d| d.blocks.is_empty() && d.from.is_none() && !d.closed);
            if !fresh {
                let why = format!(
                    "a continued part: {} glued to its first line",
                    first.from.as_ref().map_or("", |m| m.label.as_str())
                );
                self.start(first.no, String::new(), why);
            }
            self.attach_from(first.from.clone());
            self.subhead(first);
            return i + 1;
        }
        // Title lines at the page's end are banners or captions, unless they carry a
        // jump marker: then they belong to a story that continues across pages.
        let at_end = next.is_none() && run.iter().all(|r| r.to.is_none() && r.from.is_none());
        let Some(why) = self.story_starts(forced, run, next, at_end) else {
            let piece = self.current().is_some_and(|d| piece_of_paragraph(d, first));
            if piece || !at_end {
                return self.inside_story(rows, i, piece);
            }
            self.place_pending_byline();
            for r in run {
                let why =
                    "title lines at the page's end, under a finished story: banners or captions";
                self.banner(r, why.into());
            }
            return end;
        };
        if at_end {
            for r in run {
                self.banner(
                    r,
                    format!("{why}; title lines at the page's end are banners or captions"),
                );
            }
            return end;
        }
        // Banners stand above a group that a byline, a lede or a `——` line closes
        // (`通栏标语` / 引题 / 主题 + byline). Without one, a group is a headline and at
        // most a line under it; the lines after are the story's first lines.
        let closed_group =
            next.is_some_and(Row::opens_story) || run.iter().any(|r| r.class == Class::Dash);
        if !closed_group && run.len() > 2 {
            self.title_group(&run[..2], why);
            return i + 2;
        }
        self.title_group(run, why);
        end
    }

    /// Whether the run of title lines starts a story, and why; `None` when it stands
    /// inside the story above. With a story open above, [`score`] decides, and a close
    /// call is reported.
    fn story_starts(
        &mut self,
        forced: Option<String>,
        run: &[Row],
        next: Option<&Row>,
        at_end: bool,
    ) -> Option<String> {
        if forced.is_some() {
            return forced;
        }
        let open = self
            .items
            .last()
            .filter(|d| d.kind != Kind::Banner && !d.closed)
            .map(|d| d.open);
        let Some(open) = open else {
            return Some(match self.items.last() {
                None => "the first title on the page".to_owned(),
                Some(d) if d.kind == Kind::Banner => "a banner above it".to_owned(),
                Some(d) if d.to.is_some() => {
                    "the story above ended with its 下转 marker".to_owned()
                }
                Some(d) if d.source.is_some() => {
                    "the story above ended with its source note".to_owned()
                }
                Some(_) => "the story above ended with its end note".to_owned(),
            });
        };
        let first = &run[0];
        let s = score(&Context {
            style: self.style,
            row: first,
            run,
            next,
            open,
            from_above: self.pending_from.is_some(),
            byline_above: self.pending_byline.as_ref().map(|(_, _, gap)| *gap),
        });
        let starts = s.starts_story();
        if s.close_call() && !at_end {
            let message = if starts {
                format!("{:?} read as a new story, a close call ({}); put #subhead on the line above if it is a subhead", first.text, s.explain())
            } else {
                format!("{:?} read as part of the story above, a close call ({}); put #story on the line above if a story starts here", first.text, s.explain())
            };
            self.note(first.no, false, message);
        }
        starts.then(|| s.explain())
    }

    /// A title-like line inside a story: a piece of an unfinished paragraph (or a short
    /// paragraph), else a subhead.
    fn inside_story(&mut self, rows: &[Row], i: usize, piece: bool) -> usize {
        self.place_pending_byline();
        let row = &rows[i];
        if piece {
            self.body(row, rows.get(i + 1), false);
        } else {
            self.attach_from(row.from.clone());
            self.subhead(row);
        }
        i + 1
    }

    fn subhead(&mut self, row: &Row) {
        if let Some(d) = self.current() {
            d.blocks.push(Block::Subhead {
                text: row.line.clone(),
            });
            d.open = false;
        }
    }

    fn banner(&mut self, row: &Row, why: String) {
        let d = self.start(row.no, row.line.clone(), why);
        d.kind = Kind::Banner;
        d.closed = true;
        if let Some(m) = row.from.clone() {
            self.set_pending_from(m);
        }
    }

    /// Banners, then one article's kicker / headline / subheadline. Without a `——`
    /// line, of the last two lines the shorter above is a kicker (引题 are shorter than
    /// the 主题 they lead into), else the one below is the subheadline.
    fn title_group(&mut self, run: &[Row], why: String) {
        let dash = run.iter().position(|r| r.class == Class::Dash);
        let plain: Vec<&Row> = run[..dash.unwrap_or(run.len())].iter().collect();
        let (banners, kicker, headline, mut sub): (
            &[&Row],
            Option<&Row>,
            Option<&Row>,
            Option<String>,
        ) = match (dash, plain.as_slice()) {
            (Some(_), [rest @ .., h]) => (rest, None, Some(*h), None),
            (Some(_), []) => (&[], None, None, None),
            (None, [rest @ .., a, b]) if a.text.chars().count() < b.text.chars().count() => {
                (rest, Some(*a), Some(*b), None)
            }
            (None, [rest @ .., a, b]) => (rest, None, Some(*a), Some(b.text.clone())),
            (None, [h]) => (&[], None, Some(*h), None),
            (None, []) => (&[], None, None, None),
        };
        for b in banners {
            self.banner(
                b,
                format!("{why}; a title line above a headline group is a banner"),
            );
        }
        if let Some(k) = dash {
            // The first `——` is the viewer's to draw; later lines keep theirs.
            let subs: Vec<&str> = run[k..]
                .iter()
                .enumerate()
                .map(|(n, r)| {
                    if n == 0 {
                        r.text.as_str()
                    } else {
                        r.line.as_str()
                    }
                })
                .collect();
            sub = Some(subs.join(" "));
        }
        let first = kicker.or(headline).unwrap_or(&run[0]);
        let headline_text = match headline {
            Some(h) => h.text.clone(),
            None => sub.take().unwrap_or_default(),
        };
        let d = self.start(first.no, headline_text, why);
        d.kicker = kicker.map(|k| k.text.clone());
        d.subheadline = sub;
        let froms: Vec<Marker> = run.iter().filter_map(|r| r.from.clone()).collect();
        for m in froms {
            self.attach_from(Some(m));
        }
    }
}

/// Whether `row` cannot belong to the title group of the line above it: it carries an
/// `上接` marker (a part of its own), stands after a wider gap than between
/// paragraphs (another group), is indented like a paragraph under a flush line, or
/// reads as a sentence — a comma, and longer than the line above — so it is the
/// story's first paragraph.
fn ends_group(above: &Row, row: &Row, style: Style) -> bool {
    let sentence = row.class == Class::Title
        && row.text.contains(['，', ','])
        && row.text.chars().count() > above.text.chars().count();
    let paragraph = style.indented && row.indent && !above.indent;
    row.from.is_some() || row.gap > style.para_gap || sentence || paragraph
}

/// Whether a title-like line inside story `d` is body text rather than a subhead: it
/// continues an unfinished paragraph, stands right under the titles, follows a subhead
/// (two subheads in a row are rare: it is the first piece of a paragraph a column break
/// split), or ends as only a headline may (in `？`, `！`, `……`: a subhead does not).
fn piece_of_paragraph(d: &Draft, row: &Row) -> bool {
    d.open
        || d.blocks.is_empty()
        || matches!(d.blocks.last(), Some(Block::Subhead { .. }))
        || headline_ending(&row.text)
}

/// `…全面完成。下一步工作重点` → `下一步工作重点` (and the paragraph keeps `…全面完成。`):
/// a short title after the paragraph's last sentence, when the next line starts a new
/// paragraph (so the tail cannot be the start of a sentence it continues).
fn glued_subhead(paragraph: &mut String) -> Option<String> {
    let (cut, c) = paragraph
        .char_indices()
        .rev()
        .find(|&(_, c)| is_terminal(c) || c == '”' || c == '）')?;
    let tail = &paragraph[cut + c.len_utf8()..];
    let n = tail.chars().count();
    let ok = (2..=GLUED_SUBHEAD_MAX).contains(&n)
        && is_title_like(tail)
        && !headline_ending(tail)
        && !tail.contains(['，', ',', '“', '”'])
        && ends_sentence(&paragraph[..cut + c.len_utf8()]);
    if !ok {
        return None;
    }
    let sub = tail.to_owned();
    paragraph.truncate(cut + c.len_utf8());
    Some(sub)
}

/// The kind an item's titles and byline say it is.
pub(crate) fn kind_of(d: &Draft) -> Kind {
    if d.kind == Kind::Banner {
        return Kind::Banner;
    }
    let by = d.byline.as_deref().unwrap_or("");
    let titles = [d.kicker.as_deref(), Some(d.headline.as_str())];
    if by.contains("评论员")
        || titles.iter().flatten().any(|t| {
            ["社论", "短评", "时评", "评论员文章"]
                .iter()
                .any(|w| t.contains(w))
        })
    {
        return Kind::Commentary;
    }
    if by.ends_with('摄')
        && d.blocks
            .iter()
            .all(|b| matches!(b, Block::Paragraph { text } if text.chars().count() < 200))
    {
        return Kind::Photo;
    }
    Kind::Article
}

#[cfg(test)]
mod tests;
