//! The body of a page, line by line, into items in reading order: banners, articles
//! with kicker / headline / subheadline / byline, paragraphs re-joined across column
//! breaks, subheads, source notes and jump markers.
//!
//! How a short unpunctuated line is read:
//! - It starts a new item when it stands in a group of title lines, before a byline or
//!   a lede (`本报讯（记者…）`), after a big gap, or after an item that ended (`下转`,
//!   a source note). In a group, a `——` line is the subheadline, the line above it the
//!   headline, and lines above that are banners; without a dash line, the last two lines
//!   are kicker + headline (a kicker is the shorter) or headline + subheadline.
//! - Inside an article it is a subhead, unless it continues an unfinished paragraph
//!   or follows another subhead: then it is a piece of a paragraph split by a column
//!   break, and is joined to what follows.

use banmian_model::{Block, Kind};

use crate::byline::{byline, lede_byline, source_note};
use crate::markers::{split_markers, Direction, Marker};
use crate::text::{ends_sentence, is_title_like, join_broken, Line, MAX_TITLE};

/// An item of a page before it gets its id.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Draft {
    /// The line it starts on.
    pub line: usize,
    pub kind: Kind,
    pub kicker: Option<String>,
    pub headline: String,
    pub subheadline: Option<String>,
    pub byline: Option<String>,
    pub blocks: Vec<Block>,
    pub source: Option<String>,
    pub to: Option<Marker>,
    pub from: Option<Marker>,
    /// The last paragraph has no sentence end yet: the next line may continue it.
    open: bool,
    /// A `下转` marker or a source note ended this item.
    closed: bool,
}

/// A message about one line of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LineNote {
    pub line: usize,
    pub error: bool,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Nothing but jump markers.
    Markers,
    Byline,
    Dash,
    Title,
    Body,
}

struct Row {
    no: usize,
    gap: usize,
    text: String,
    to: Option<Marker>,
    from: Option<Marker>,
    class: Class,
}

fn classify(line: &Line) -> Row {
    let (text, markers) = split_markers(&line.text);
    let mut row = Row {
        no: line.no,
        gap: line.gap,
        text,
        to: None,
        from: None,
        class: Class::Body,
    };
    for m in markers {
        match m.dir {
            Direction::To => row.to = Some(m),
            Direction::From => row.from = Some(m),
        }
    }
    row.class = if row.text.is_empty() {
        Class::Markers
    } else if let Some(b) = byline(&row.text) {
        row.text = b;
        Class::Byline
    } else if let Some(sub) = dash_line(&row.text) {
        row.text = sub.to_owned();
        Class::Dash
    } else if is_title_like(&row.text) && lede_byline(&row.text).is_none() {
        Class::Title
    } else {
        Class::Body
    };
    row
}

/// `——学习贯彻……之一` → `学习贯彻……之一`.
fn dash_line(text: &str) -> Option<&str> {
    let rest = text.trim_start_matches(['—', '-', '－', '―']);
    let dashes = text.len() != rest.len();
    let rest = rest.trim_start();
    (dashes && !rest.is_empty() && rest.chars().count() <= MAX_TITLE + 20 && !rest.contains('。'))
        .then_some(rest)
}

/// Lays out the body lines of one page.
pub(crate) fn lay_out(lines: &[Line]) -> (Vec<Draft>, Vec<LineNote>) {
    let rows: Vec<Row> = lines.iter().map(classify).collect();
    let mut out = Layout {
        items: Vec::new(),
        notes: Vec::new(),
        pending_from: None,
    };
    let mut i = 0;
    while i < rows.len() {
        i = out.row(&rows, i);
    }
    if let Some(m) = out.pending_from.take() {
        out.notes.push(LineNote {
            line: rows.last().map_or(0, |r| r.no),
            error: false,
            message: format!(
                "{} stands at the end of the page with no story after it; ignored",
                m.label
            ),
        });
    }
    (out.items, out.notes)
}

struct Layout {
    items: Vec<Draft>,
    notes: Vec<LineNote>,
    /// A `上接` marker seen before the part it belongs to.
    pending_from: Option<Marker>,
}

impl Layout {
    fn current(&mut self) -> Option<&mut Draft> {
        self.items.last_mut().filter(|d| d.kind != Kind::Banner)
    }

    /// Reads the row at `i` (and any it belongs with); returns the next row to read.
    fn row(&mut self, rows: &[Row], i: usize) -> usize {
        let row = &rows[i];
        match row.class {
            Class::Markers => {
                self.attach_from(row.from.clone());
                self.attach_to(row.to.clone(), row.no);
                i + 1
            }
            Class::Byline => {
                match self.current() {
                    Some(d) if d.byline.is_none() => d.byline = Some(row.text.clone()),
                    _ => self.body(row, &row.text),
                }
                self.attach_to(row.to.clone(), row.no);
                i + 1
            }
            Class::Body => {
                self.body(row, &row.text);
                self.attach_to(row.to.clone(), row.no);
                i + 1
            }
            Class::Title | Class::Dash => self.titles(rows, i),
        }
    }

    /// A `上接` marker belongs to the item that just began, else to the next one.
    fn attach_from(&mut self, m: Option<Marker>) {
        let Some(m) = m else { return };
        match self.current() {
            Some(d) if d.blocks.is_empty() && d.from.is_none() => d.from = Some(m),
            _ => self.pending_from = Some(m),
        }
    }

    /// A `下转` marker ends the current item.
    fn attach_to(&mut self, m: Option<Marker>, line: usize) {
        let Some(m) = m else { return };
        match self.current() {
            Some(d) => {
                if let Some(old) = d.to.replace(m) {
                    let message = format!(
                        "a second 下转 marker in one story; {} is dropped",
                        old.label
                    );
                    self.notes.push(LineNote {
                        line,
                        error: false,
                        message,
                    });
                }
                if let Some(d) = self.current() {
                    d.closed = true;
                    d.open = false;
                }
            }
            None => self.notes.push(LineNote {
                line,
                error: false,
                message: format!("{} stands before any story; ignored", m.label),
            }),
        }
    }

    fn start(&mut self, line: usize, headline: String) -> &mut Draft {
        self.items.push(Draft {
            line,
            kind: Kind::Article,
            kicker: None,
            headline,
            subheadline: None,
            byline: None,
            blocks: Vec::new(),
            source: None,
            to: None,
            from: self.pending_from.take(),
            open: false,
            closed: false,
        });
        let last = self.items.len() - 1;
        &mut self.items[last]
    }

    /// A line of body text: continues the open paragraph or starts one.
    fn body(&mut self, row: &Row, text: &str) {
        let needs_part = match self.current() {
            None => true,
            Some(d) => row.from.is_some() && !d.blocks.is_empty(),
        };
        if needs_part {
            if row.from.is_none() && self.pending_from.is_none() {
                self.notes.push(LineNote {
                    line: row.no,
                    error: true,
                    message: "body text with no headline before it (is a headline or an 上接 marker missing?)".into(),
                });
            }
            self.start(row.no, String::new());
        }
        self.attach_from(row.from.clone());
        let Some(d) = self.current() else { return };
        match d.blocks.last_mut() {
            Some(Block::Paragraph { text: last }) if d.open => join_broken(last, text),
            _ => {
                if d.byline.is_none() && d.blocks.is_empty() {
                    d.byline = lede_byline(text);
                }
                d.blocks.push(Block::Paragraph {
                    text: text.to_owned(),
                });
            }
        }
        let Some(Block::Paragraph { text: last }) = d.blocks.last_mut() else {
            return;
        };
        if let Some((rest, note)) = source_note(last) {
            *last = rest;
            if last.is_empty() {
                d.blocks.pop();
            }
            d.source = Some(note);
            d.closed = true;
            d.open = false;
        } else {
            d.open = !ends_sentence(last);
        }
    }

    /// A run of title-like lines starting at `i`; returns the row after what it used.
    fn titles(&mut self, rows: &[Row], i: usize) -> usize {
        let end = (i..rows.len())
            .find(|&k| {
                !matches!(rows[k].class, Class::Title | Class::Dash)
                    || (k > i && rows[k].from.is_some())
            })
            .unwrap_or(rows.len());
        let run = &rows[i..end];
        let next = rows.get(end);
        let next_is_lede =
            next.is_some_and(|n| n.class == Class::Body && lede_byline(&n.text).is_some());
        let first = &run[0];
        if first.from.is_some() && run.len() == 1 && !strong_title_after_marker(next) {
            // `（上接第1版）以“技”为核……`: a continued part that opens with a subhead,
            // under the headline just read or on its own.
            let fresh = self
                .current()
                .is_some_and(|d| d.blocks.is_empty() && d.from.is_none() && !d.closed);
            if !fresh {
                self.start(first.no, String::new());
            }
            self.attach_from(first.from.clone());
            self.subhead(first);
            return end;
        }
        let starts_story = run.iter().any(|r| r.class == Class::Dash)
            || next.is_some_and(|n| n.class == Class::Byline || n.from.is_some())
            || next_is_lede
            || first.gap >= 2;
        let current = self
            .items
            .last()
            .filter(|d| d.kind != Kind::Banner && !d.closed);
        if let (false, Some(d)) = (starts_story, current) {
            // Inside a story: one line at a time, a subhead or a piece of a paragraph.
            let continues = d.open
                || d.blocks.is_empty()
                || matches!(d.blocks.last(), Some(Block::Subhead { .. }));
            if continues {
                self.body(first, &first.text);
                self.attach_to(first.to.clone(), first.no);
                return i + 1;
            }
            if next.is_some() {
                self.subhead(first);
                self.attach_to(first.to.clone(), first.no);
                return i + 1;
            }
        }
        if next.is_none() || next.is_some_and(|n| n.class == Class::Markers && n.to.is_some()) {
            for r in run {
                self.banner(r);
            }
            return end;
        }
        self.title_group(run);
        end
    }

    fn subhead(&mut self, row: &Row) {
        if let Some(d) = self.current() {
            d.blocks.push(Block::Subhead {
                text: row.text.clone(),
            });
            d.open = false;
        }
    }

    fn banner(&mut self, row: &Row) {
        let d = self.start(row.no, row.text.clone());
        d.kind = Kind::Banner;
        d.closed = true;
        if let Some(m) = row.from.clone() {
            self.pending_from = Some(m);
        }
    }

    /// Banners, then one article's kicker / headline / subheadline.
    fn title_group(&mut self, run: &[Row]) {
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
            self.banner(b);
        }
        if let Some(k) = dash {
            let subs: Vec<&str> = run[k..].iter().map(|r| r.text.as_str()).collect();
            sub = Some(subs.join(" "));
        }
        let first = kicker.or(headline).unwrap_or(&run[0]);
        let headline_text = match headline {
            Some(h) => h.text.clone(),
            None => sub.take().unwrap_or_default(),
        };
        let d = self.start(first.no, headline_text);
        d.kicker = kicker.map(|k| k.text.clone());
        d.subheadline = sub;
        for r in run {
            if let Some(m) = r.from.clone() {
                d.from.get_or_insert(m);
            }
        }
        let to = run.iter().find_map(|r| r.to.clone());
        self.attach_to(to, first.no);
    }
}

/// After a `上接` marker glued to a short line, the line is a headline only when a
/// byline or a lede follows it.
fn strong_title_after_marker(next: Option<&Row>) -> bool {
    next.is_some_and(|n| {
        n.class == Class::Byline || (n.class == Class::Body && lede_byline(&n.text).is_some())
    })
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
