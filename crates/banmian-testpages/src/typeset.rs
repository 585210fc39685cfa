//! Setting text into lines: Chinese line breaking (any character may end a line, except
//! that closing punctuation never starts one and opening punctuation never ends one),
//! runs of Latin letters and digits kept whole, lines justified to the measure.

use std::ops::Range;

use crate::metrics::{Face, Metrics};
use crate::Error;

/// How far above the baseline a line's em box reaches, in ems: the ideographic em box of
/// the Noto CJK fonts runs from −0.12 em to 0.88 em around the baseline.
pub const ASCENT: f64 = 0.88;
/// How far below the baseline the em box reaches, in ems.
pub const DESCENT: f64 = 0.12;

/// Widths are compared with this slack, in points.
const EPS: f64 = 1e-6;

/// A face at a size, and the distance between the baselines of its lines.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    /// The face.
    pub face: Face,
    /// The size in points (the em box's height).
    pub size: f64,
    /// Baseline to baseline, in points.
    pub pitch: f64,
}

/// What a line is, as `truth.json` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The masthead or running header.
    Header,
    /// A banner headline across the page.
    Banner,
    /// The line above a headline (引题).
    Kicker,
    /// A headline.
    Headline,
    /// The line under a headline (副题), printed with its dash.
    Subheadline,
    /// The reporter's line.
    Byline,
    /// A line of a paragraph.
    Body,
    /// A subhead inside a story.
    Subhead,
    /// A photo caption's title.
    CaptionTitle,
    /// A photo caption's text.
    Caption,
    /// The photographer's credit.
    Credit,
}

impl Role {
    /// Its name in `truth.json`.
    pub fn name(self) -> &'static str {
        match self {
            Role::Header => "header",
            Role::Banner => "banner",
            Role::Kicker => "kicker",
            Role::Headline => "headline",
            Role::Subheadline => "subheadline",
            Role::Byline => "byline",
            Role::Body => "body",
            Role::Subhead => "subhead",
            Role::CaptionTitle => "caption-title",
            Role::Caption => "caption",
            Role::Credit => "credit",
        }
    }
}

/// How a line stands in its measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Flush left.
    Left,
    /// Centred.
    Center,
    /// Flush right.
    Right,
    /// Filled to the measure (a paragraph's last line flush left).
    Justify,
}

/// A line set to a measure but not yet placed on the page.
#[derive(Debug, Clone, PartialEq)]
pub struct SetLine {
    /// Its characters, as drawn.
    pub text: String,
    /// Each character's left edge, in points from the measure's left edge.
    pub offsets: Vec<f64>,
    /// From the measure's left edge to the last character's right edge (its advance).
    pub right: f64,
    /// Its face and size.
    pub style: Style,
    /// What it is.
    pub role: Role,
}

impl SetLine {
    /// Where the first character starts, from the measure's left edge.
    pub fn left(&self) -> f64 {
        self.offsets.first().copied().unwrap_or(0.0)
    }
}

/// A piece of text that does not break inside: one character, a run of Latin letters and
/// digits, or a doubled dash or ellipsis.
struct Token {
    range: Range<usize>,
    /// Each character's advance, in points.
    advances: Vec<f64>,
    width: f64,
    /// Must not start a line (closing punctuation).
    no_start: bool,
    /// Must not end a line (opening punctuation).
    no_end: bool,
}

fn closing(c: char) -> bool {
    "，。、；：？！）》」』】〕”’…—·％,.;:?!)%".contains(c)
}

fn opening(c: char) -> bool {
    "（《「『【〔“‘(".contains(c)
}

fn word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '%' | '-' | '/' | ':' | '_')
}

fn tokens(m: &dyn Metrics, text: &str, style: Style) -> Result<Vec<Token>, Error> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out: Vec<Token> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let mut j = i + 1;
        if c.is_ascii_alphanumeric() {
            while j < chars.len() && word_char(chars[j].1) {
                j += 1;
            }
            // A run ends with its last letter or digit: `3.92`, not `3.92.`.
            while j > i + 1 && !chars[j - 1].1.is_ascii_alphanumeric() && chars[j - 1].1 != '%' {
                j -= 1;
            }
        } else if (c == '—' || c == '…') && chars.get(j).is_some_and(|n| n.1 == c) {
            j += 1;
        }
        let end = chars.get(j).map_or(text.len(), |n| n.0);
        let mut advances = Vec::new();
        for &(_, ch) in &chars[i..j] {
            let em = m.advance(style.face, ch).ok_or(Error::NoGlyph {
                face: style.face.name(),
                c: ch,
            })?;
            advances.push(em * style.size);
        }
        out.push(Token {
            range: start..end,
            width: advances.iter().sum(),
            advances,
            no_start: closing(c),
            no_end: opening(c),
        });
        i = j;
    }
    Ok(out)
}

/// Sets a paragraph into lines `width` wide, the first indented by `indent` points;
/// every line but the last justified when `align` is [`Align::Justify`].
pub fn paragraph(
    m: &dyn Metrics,
    text: &str,
    style: Style,
    role: Role,
    width: f64,
    indent: f64,
    align: Align,
) -> Result<Vec<SetLine>, Error> {
    let toks = tokens(m, text, style)?;
    let n = toks.len();
    let mut lines = Vec::new();
    let mut start = 0;
    while start < n {
        let inset = if start == 0 { indent } else { 0.0 };
        let avail = width - inset;
        let mut used = 0.0;
        let mut end = start;
        while end < n && used + toks[end].width <= avail + EPS {
            used += toks[end].width;
            end += 1;
        }
        if end == start {
            return Err(Error::TooWide {
                text: text[toks[start].range.clone()].to_owned(),
                width,
            });
        }
        if end < n {
            // Closing punctuation may not start the next line, opening punctuation may
            // not end this one: carry characters over until both hold.
            let mut e = end;
            while e > start + 1 && (toks[e].no_start || toks[e - 1].no_end) {
                e -= 1;
            }
            if !(toks[e].no_start || toks[e - 1].no_end) {
                end = e;
            }
        }
        let last = end == n;
        lines.push(set(
            text,
            &toks[start..end],
            style,
            role,
            inset,
            avail,
            align,
            last,
        ));
        start = end;
    }
    Ok(lines)
}

/// One line that must fit the measure whole: a headline, a byline, a header line.
pub fn single(
    m: &dyn Metrics,
    text: &str,
    style: Style,
    role: Role,
    width: f64,
    align: Align,
) -> Result<SetLine, Error> {
    let toks = tokens(m, text, style)?;
    let natural: f64 = toks.iter().map(|t| t.width).sum();
    if natural > width + EPS {
        return Err(Error::TooWide {
            text: text.to_owned(),
            width,
        });
    }
    Ok(set(text, &toks, style, role, 0.0, width, align, true))
}

#[allow(clippy::too_many_arguments)]
fn set(
    text: &str,
    toks: &[Token],
    style: Style,
    role: Role,
    inset: f64,
    avail: f64,
    align: Align,
    last: bool,
) -> SetLine {
    let natural: f64 = toks.iter().map(|t| t.width).sum();
    let slack = (avail - natural).max(0.0);
    let (mut x, gap) = match align {
        Align::Left => (inset, 0.0),
        Align::Center => (inset + slack / 2.0, 0.0),
        Align::Right => (inset + slack, 0.0),
        Align::Justify if last || toks.len() < 2 => (inset, 0.0),
        Align::Justify => (inset, slack / (toks.len() - 1) as f64),
    };
    let mut offsets = Vec::new();
    let mut line = String::new();
    let mut right = x;
    for (k, t) in toks.iter().enumerate() {
        if k > 0 {
            x += gap;
        }
        line.push_str(&text[t.range.clone()]);
        for a in &t.advances {
            offsets.push(x);
            x += a;
        }
        right = x;
    }
    SetLine {
        text: line,
        offsets,
        right,
        style,
        role,
    }
}

/// Where a story's text may be cut and still read as ended: after each sentence's end
/// (with its closing quotes), as byte offsets into `text`.
pub fn sentence_ends(text: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        if matches!(chars[k].1, '。' | '！' | '？' | '…') {
            let mut j = k + 1;
            while j < chars.len() && matches!(chars[j].1, '”' | '’' | '」' | '』' | '）' | '…')
            {
                j += 1;
            }
            out.push(chars.get(j).map_or(text.len(), |c| c.0));
            k = j;
        } else {
            k += 1;
        }
    }
    out
}
