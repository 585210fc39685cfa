//! What the layout knows of each line before it decides anything: a feature record per
//! line ([`Row`]), the page's style ([`Style`]: does it indent paragraphs, how many blank
//! lines stand between them) and the desk's hints (`#story`, `#subhead`, `#join`).

use crate::byline::{byline, ends_story, lede_byline};
use crate::markers::{split_markers, Direction, Marker};
use crate::text::{ends_sentence, is_title_like, Line, MAX_TITLE};
use crate::tuning::{INDENTED_SHARE, MIN_STYLE_LINES};

/// What a line is, before its context is weighed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// Nothing but jump markers.
    Markers,
    Byline,
    /// `——副题`: a subheadline.
    Dash,
    /// Short, no sentence end: a headline, subhead, banner or a piece of a paragraph.
    Title,
    Body,
    /// A line of its own that the desk wrote to settle a boundary; `None`: a `#word` that
    /// is no hint (an error to report).
    Hint(Option<Hint>),
}

/// A desk's hint: a line of its own that decides what the next line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hint {
    /// `#story`: the next line starts a new story (its headline, or its title group).
    Story,
    /// `#subhead`: the next line is a subhead of the story it stands in.
    Subhead,
    /// `#join`: the next line continues the paragraph before it (a column break).
    Join,
}

impl Hint {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Hint::Story => "#story",
            Hint::Subhead => "#subhead",
            Hint::Join => "#join",
        }
    }
}

/// The feature record of one non-blank line.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    /// 1-based line number.
    pub no: usize,
    /// Blank lines right above it.
    pub gap: usize,
    /// Whether it is indented.
    pub indent: bool,
    /// The text without its jump markers (for a `——` line: the subheadline itself).
    pub text: String,
    /// The text without its jump markers, as printed (a `——` line with its dashes):
    /// what the line keeps when it is body text or a subhead.
    pub line: String,
    /// A `下转` marker on the line.
    pub to: Option<Marker>,
    /// An `上接` marker on the line.
    pub from: Option<Marker>,
    pub class: Class,
    /// A second marker of one direction on the line: reported and dropped.
    pub dropped: Vec<Marker>,
}

impl Row {
    pub(crate) fn is_title(&self) -> bool {
        matches!(self.class, Class::Title | Class::Dash)
    }

    /// A byline line, or body text that opens with a lede naming its reporter.
    pub(crate) fn opens_story(&self) -> bool {
        self.class == Class::Byline
            || (self.class == Class::Body && lede_byline(&self.text).is_some())
    }
}

/// Reads the feature record of a line.
pub(crate) fn classify(line: &Line) -> Row {
    let mut row = Row {
        no: line.no,
        gap: line.gap,
        indent: line.indent,
        text: String::new(),
        line: String::new(),
        to: None,
        from: None,
        class: Class::Body,
        dropped: Vec::new(),
    };
    if let Some(word) = line.text.strip_prefix('#') {
        let hint = match word {
            "story" => Some(Hint::Story),
            "subhead" => Some(Hint::Subhead),
            "join" => Some(Hint::Join),
            _ => None,
        };
        let looks_like_hint = !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase());
        if hint.is_some() || looks_like_hint {
            row.class = Class::Hint(hint);
            row.text = line.text.clone();
            return row;
        }
    }
    let (text, markers) = split_markers(&line.text);
    row.line.clone_from(&text);
    row.text = text;
    for m in markers {
        let slot = match m.dir {
            Direction::To => &mut row.to,
            Direction::From => &mut row.from,
        };
        if slot.is_none() {
            *slot = Some(m);
        } else {
            row.dropped.push(m);
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
    } else if is_title_like(&row.text) && lede_byline(&row.text).is_none() && !ends_story(&row.text)
    {
        Class::Title
    } else {
        Class::Body
    };
    row
}

/// `——学习贯彻……之一` → `学习贯彻……之一`: a subheadline's dash is an em dash (or
/// two), or at least two hyphens; a single hyphen (`- end -`) is decoration, and a
/// line ending a sentence or a clause (`；`) is a list item, not a subheadline.
fn dash_line(text: &str) -> Option<&str> {
    let rest = text.trim_start_matches(['—', '-', '－', '―']);
    let prefix = &text[..text.len() - rest.len()];
    let dashes = prefix.contains(['—', '―']) || prefix.chars().count() >= 2;
    let rest = rest.trim_start();
    let clause_end = rest.ends_with([';', '；']) || ends_sentence(rest);
    (dashes
        && !rest.is_empty()
        && rest.chars().count() <= MAX_TITLE + 20
        && !rest.contains('。')
        && !clause_end)
        .then_some(rest)
}

/// How a page's export lays out its paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Style {
    /// Most paragraphs are indented.
    pub indented: bool,
    /// The usual number of blank lines between two paragraphs of a story.
    pub para_gap: usize,
}

/// Reads the page's style from its long lines (lines that can only be paragraphs).
pub(crate) fn style(rows: &[Row]) -> Style {
    let long = |r: &Row| r.class == Class::Body && r.text.chars().count() > MAX_TITLE;
    let longs = rows.iter().filter(|r| long(r)).count();
    let indented = rows.iter().filter(|r| long(r) && r.indent).count();
    let mut gaps = [0usize; 4];
    for pair in rows.windows(2) {
        if long(&pair[0]) && long(&pair[1]) {
            gaps[pair[1].gap.min(3)] += 1;
        }
    }
    // The most common gap; the smaller one on a tie.
    let para_gap = (0..gaps.len())
        .max_by_key(|&g| (gaps[g], usize::MAX - g))
        .filter(|&g| gaps[g] > 0)
        .unwrap_or(1);
    Style {
        indented: longs >= MIN_STYLE_LINES && indented * 100 >= longs * INDENTED_SHARE,
        para_gap,
    }
}
