//! What the importer understood, as a desk reads it: per page, each item's id, kind,
//! source lines, titles, byline, first words and jumps; with `explain`, why each item
//! starts where it does.
//!
//! ```text
//! 第1版 page-1.txt: 7 items
//!   1-1  banner      L25       筑牢防火防线 共护绿色清明
//!   1-4  article     L47–81    科技创新实现新突破 —— 学习贯彻……系列述评之一
//!                              by 新华社记者 胡喆 | 科技创新是发展新质生产力的核心要素，加强原始创新和…
//!                              → 第4版 (not linked)
//! ```

use std::collections::HashMap;
use std::fmt::Write;

use banmian_model::{Article, Block, Jump};

use crate::{Report, Trace};

/// How many characters of a story's first words the outline shows.
const FIRST_WORDS: usize = 24;

impl Report {
    /// The outline of the issue (empty when nothing could be read).
    pub fn outline(&self, explain: bool) -> String {
        let Some(issue) = &self.issue else {
            return String::new();
        };
        let traces: HashMap<&str, &Trace> =
            self.traces.iter().map(|t| (t.id.as_str(), t)).collect();
        let mut out = String::new();
        for page in &issue.pages {
            let file = page
                .articles
                .first()
                .and_then(|a| traces.get(a.id.as_str()))
                .map_or("", |t| t.file.as_str());
            let name = page
                .name
                .as_deref()
                .map(|n| format!(" {n}"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "{}{name} {file}: {} items",
                page.label,
                page.articles.len()
            );
            for a in &page.articles {
                item(&mut out, a, traces.get(a.id.as_str()).copied(), explain);
            }
        }
        out
    }
}

fn item(out: &mut String, a: &Article, trace: Option<&Trace>, explain: bool) {
    let lines = trace.map_or(String::new(), |t| match t.lines {
        (a, b) if a == b => format!("L{a}"),
        (a, b) => format!("L{a}–{b}"),
    });
    let mut titles = String::new();
    if let Some(k) = &a.kicker {
        titles += &format!("{k} / ");
    }
    titles += if a.headline.is_empty() {
        "(no headline)"
    } else {
        &a.headline
    };
    if let Some(s) = &a.subheadline {
        titles += &format!(" —— {s}");
    }
    let _ = writeln!(
        out,
        "  {:<5} {:<11} {lines:<9} {titles}",
        a.id,
        a.kind.as_str()
    );
    let pad = " ".repeat(30);
    let first = a.blocks.iter().find_map(|b| match b {
        Block::Paragraph { text } => Some(text.as_str()),
        _ => None,
    });
    let mut line2 = Vec::new();
    if let Some(by) = &a.byline {
        line2.push(format!("by {by}"));
    }
    if let Some(text) = first {
        let words: String = text.chars().take(FIRST_WORDS).collect();
        let more = if text.chars().count() > FIRST_WORDS {
            "…"
        } else {
            ""
        };
        line2.push(format!("{words}{more}"));
    }
    let subheads = a
        .blocks
        .iter()
        .filter(|b| matches!(b, Block::Subhead { .. }))
        .count();
    if subheads > 0 {
        line2.push(format!("{subheads} subheads"));
    }
    if !line2.is_empty() {
        let _ = writeln!(out, "{pad}{}", line2.join(" | "));
    }
    if let Some(j) = &a.continued_from {
        let _ = writeln!(out, "{pad}← {}", jump(j));
    }
    if let Some(j) = &a.continues_to {
        let _ = writeln!(out, "{pad}→ {}", jump(j));
    }
    if explain {
        if let Some(t) = trace {
            let _ = writeln!(out, "{pad}why: {}", t.why);
        }
    }
}

/// `4-2 (第4版)`, or `第4版 (not linked)`.
fn jump(j: &Jump) -> String {
    match &j.article {
        Some(id) => format!("{id} (第{}版)", j.page),
        None => format!("第{}版 (not linked)", j.page),
    }
}
