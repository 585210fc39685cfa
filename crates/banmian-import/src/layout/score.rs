//! The one decision that shapes a page: does this title-like line start a new story,
//! or does it stand inside the story before it (a subhead, or a piece of a paragraph)?
//!
//! Every signal a copy editor reads is weighed together: the export's indentation and
//! blank lines, what stands below (a byline, a lede, more title lines, a `——` line) and
//! above (a byline, an `上接` marker, a story that ended), whether the paragraph before
//! is finished, and the line's own shape. The weights and the threshold are in
//! [`crate::tuning`], each with its reason.

use super::features::{Row, Style};
use crate::tuning::*;

/// What stands around the line being decided.
pub(crate) struct Context<'a> {
    pub style: Style,
    /// The line.
    pub row: &'a Row,
    /// Its run of title lines, itself first (a run stops at the first other row).
    pub run: &'a [Row],
    /// The first row after the run.
    pub next: Option<&'a Row>,
    /// The last paragraph before the line has no sentence end.
    pub open: bool,
    /// An `上接` marker stands right above the line.
    pub from_above: bool,
    /// A byline stands right above the line (kept for the next story): the blank lines
    /// above that byline.
    pub byline_above: Option<usize>,
}

/// A decision with its reasons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Score {
    pub total: i32,
    /// Each piece of evidence: weight and what it is.
    pub evidence: Vec<(i32, &'static str)>,
}

impl Score {
    pub(crate) fn starts_story(&self) -> bool {
        self.total >= START_STORY
    }

    /// A close call: just short of the threshold, or just over it with evidence
    /// against (one strong signal alone is no close call).
    pub(crate) fn close_call(&self) -> bool {
        let against = self.evidence.iter().any(|(w, _)| *w < 0);
        (START_STORY - CLOSE_CALL..START_STORY).contains(&self.total)
            || (against && (START_STORY..START_STORY + CLOSE_CALL).contains(&self.total))
    }

    /// `score 7 ≥ 3: flush left among indented paragraphs (+4), a byline below (+3)`.
    pub(crate) fn explain(&self) -> String {
        let op = if self.starts_story() { "≥" } else { "<" };
        let parts: Vec<String> = self
            .evidence
            .iter()
            .map(|(w, why)| format!("{why} ({w:+})"))
            .collect();
        let parts = if parts.is_empty() {
            "no evidence".to_owned()
        } else {
            parts.join(", ")
        };
        format!("score {} {op} {START_STORY}: {parts}", self.total)
    }
}

/// How strongly a title-like line starts a new story.
pub(crate) fn score(c: &Context) -> Score {
    let mut evidence = Vec::new();
    let mut add = |on: bool, weight: i32, why: &'static str| {
        if on {
            evidence.push((weight, why));
        }
    };
    let row = c.row;
    // With a byline printed above it, the story's top is that byline's.
    let gap = c.byline_above.map_or(row.gap, |g| g.max(row.gap));
    let adjacent = c.byline_above.is_none() && !c.from_above;
    add(
        c.style.indented && !row.indent,
        W_FLUSH,
        "flush left among indented paragraphs",
    );
    add(
        c.style.indented && row.indent,
        W_INDENTED,
        "indented like a paragraph",
    );
    add(
        gap > c.style.para_gap,
        W_GAP,
        "more blank lines above than between paragraphs",
    );
    add(c.from_above, W_FROM, "an 上接 marker above it");
    add(
        c.next
            .is_some_and(|n| n.from.is_some() && n.gap <= c.style.para_gap),
        W_FROM,
        "an 上接 marker below its group",
    );
    add(
        c.byline_above.is_some(),
        W_BYLINE_ABOVE,
        "a byline above it",
    );
    // A `——` line under a title line; a `——` line on its own heads a list item.
    let dash = c.run.iter().skip(1).any(|r| r.class == super::Class::Dash);
    add(dash, W_DASH, "a —— subheadline in its group");
    add(
        !dash && c.run.len() > 1,
        W_GROUP,
        "more title lines below it",
    );
    add(
        c.next
            .is_some_and(|n| n.opens_story() && n.gap <= c.style.para_gap),
        W_BYLINE_BELOW,
        "a byline or lede right below its group",
    );
    add(
        PHOTO_WORDS.contains(&row.text.as_str()),
        W_PHOTO,
        "a photo story's label",
    );
    // A piece of an unfinished paragraph runs on into the row after it. It cannot when
    // that row is a byline, a lede or a `——` line, or, in a page of indented
    // paragraphs, an indented row (a new paragraph).
    let after = c.run.get(1).or(c.next);
    let stands_alone = after.is_some_and(|n| {
        n.opens_story() || n.class == super::Class::Dash || (c.style.indented && n.indent)
    });
    add(
        c.open && adjacent && row.gap <= c.style.para_gap && !stands_alone,
        W_OPEN,
        "the paragraph before it is unfinished",
    );
    add(numbered(&row.text), W_NUMBERED, "numbered like a subhead");
    add(
        row.text.contains(['，', ',']),
        W_COMMA,
        "a comma inside, like a subhead",
    );
    Score {
        total: evidence.iter().map(|(w, _)| w).sum(),
        evidence,
    }
}

/// Labels that head a photo story.
const PHOTO_WORDS: [&str; 4] = ["图片新闻", "新闻图片", "图片报道", "组图"];

/// `一、`, `（二）`, `3.`, `第一，`: the numbering of a story's subheads.
pub(crate) fn numbered(text: &str) -> bool {
    let digits = "一二三四五六七八九十0123456789０１２３４５６７８９";
    let t = text.trim_start_matches(['（', '(']);
    let n = t.chars().take_while(|c| digits.contains(*c)).count();
    if n == 0 || n > 3 {
        return false;
    }
    let after = t.chars().nth(n);
    matches!(after, Some('、' | '．' | '.' | '）' | ')' | '是'))
}
