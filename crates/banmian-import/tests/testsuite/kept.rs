//! "Nothing lost, ever": every letter and digit of a page's body text ends up in the
//! issue. Checked here from the raw bytes, independently of how the importer reads them:
//! the body is every line from the first item's first line on (the lines above are the
//! masthead or running header), less the desk's hint lines (`#story`, `#subhead`,
//! `#join`); punctuation and white space are not counted (a source note's brackets, a
//! marker's, are the viewer's to draw). A jump marker that belongs to no story is not
//! kept but reported (`… stands before any story; ignored`): the text of a warning that
//! says it ignored or dropped something counts as kept, since the desk was told.

use std::collections::HashMap;

use banmian_import::{Report, Source};
use banmian_model::{Article, Block};

/// The letters and digits of `sources`' body text that are not in `report`'s issue,
/// as `file: N × 'c'` lines. Empty when nothing was lost.
pub fn lost(sources: &[Source], report: &Report) -> Vec<String> {
    let Some(issue) = &report.issue else {
        return vec!["no issue".into()];
    };
    let mut missing = Vec::new();
    for source in sources {
        let first = report
            .traces
            .iter()
            .filter(|t| t.file == source.name)
            .map(|t| t.lines.0)
            .min();
        let Some(first) = first else { continue };
        let text = decode(&source.bytes);
        let mut want: HashMap<char, i64> = HashMap::new();
        for line in text.lines().skip(first - 1) {
            if matches!(line.trim(), "#story" | "#subhead" | "#join") {
                continue;
            }
            count(&mut want, line, 1);
        }
        let ids: Vec<&str> = report
            .traces
            .iter()
            .filter(|t| t.file == source.name)
            .map(|t| t.id.as_str())
            .collect();
        for a in issue.pages.iter().flat_map(|p| &p.articles) {
            if ids.contains(&a.id.as_str()) {
                for piece in texts(a) {
                    count(&mut want, piece, -1);
                }
            }
        }
        let told = report.diagnostics.iter().filter(|d| {
            d.file.as_deref() == Some(source.name.as_str())
                && (d.message.contains("ignored") || d.message.contains("is dropped"))
        });
        for d in told {
            count(&mut want, &d.message, -1);
        }
        let mut short: Vec<(char, i64)> = want.into_iter().filter(|&(_, n)| n > 0).collect();
        short.sort();
        for (c, n) in short {
            missing.push(format!("{}: {n} × {c:?}", source.name));
        }
    }
    missing
}

fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) if bytes.starts_with(&[0xff, 0xfe]) => {
            encoding_rs::UTF_16LE.decode(bytes).0.into_owned()
        }
        Err(_) if bytes.starts_with(&[0xfe, 0xff]) => {
            encoding_rs::UTF_16BE.decode(bytes).0.into_owned()
        }
        Err(_) => encoding_rs::GB18030.decode(bytes).0.into_owned(),
    }
}

fn count(counts: &mut HashMap<char, i64>, text: &str, by: i64) {
    for c in text.chars().filter(|c| c.is_alphanumeric()) {
        *counts.entry(c).or_default() += by;
    }
}

/// Every piece of text an article keeps.
fn texts(a: &Article) -> Vec<&str> {
    let mut out: Vec<&str> = [&a.kicker, &a.subheadline, &a.byline, &a.source]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    out.push(&a.headline);
    for j in [&a.continues_to, &a.continued_from].into_iter().flatten() {
        out.extend(j.label.as_deref());
    }
    for b in &a.blocks {
        match b {
            Block::Paragraph { text } | Block::Subhead { text } => out.push(text),
            _ => {}
        }
    }
    out
}
