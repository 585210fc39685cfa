//! The one tokenizer: text → units (a CJK character, or a Latin word or number).
//!
//! Normalisation: full-width ASCII (`Ｃ９１９`) folds to half-width, letters to lower case;
//! every CJK character (Han, kana, Hangul) is a unit of its own; runs of letters and digits
//! are word units; punctuation, symbols and white space separate words and are dropped,
//! so `创新，推动` and `创新推动` are the same four units.

use std::fmt;

/// A unit of searchable text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    /// One CJK character.
    Char(char),
    /// A Latin word or a number, lower-cased.
    Word(String),
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unit::Char(c) => write!(f, "{c}"),
            Unit::Word(w) => f.write_str(w),
        }
    }
}

/// A unit and where it stands in the original text (byte offsets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The unit.
    pub unit: Unit,
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset just past its last character.
    pub end: usize,
}

/// Splits `text` into normalised units, with their byte spans.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut word_start = 0;
    let mut word_end = 0;
    for (i, raw) in text.char_indices() {
        let c = fold(raw);
        let end = i + raw.len_utf8();
        if is_cjk(c) {
            flush(&mut out, &mut word, word_start, word_end);
            out.push(Token {
                unit: Unit::Char(c),
                start: i,
                end,
            });
        } else if c.is_alphanumeric() {
            if word.is_empty() {
                word_start = i;
            }
            word.extend(c.to_lowercase());
            word_end = end;
        } else {
            flush(&mut out, &mut word, word_start, word_end);
        }
    }
    flush(&mut out, &mut word, word_start, word_end);
    out
}

fn flush(out: &mut Vec<Token>, word: &mut String, start: usize, end: usize) {
    if !word.is_empty() {
        out.push(Token {
            unit: Unit::Word(std::mem::take(word)),
            start,
            end,
        });
    }
}

/// Full-width ASCII to half-width.
fn fold(c: char) -> char {
    match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        _ => c,
    }
}

/// Characters searched one by one: Han (with extensions), kana, Hangul.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}'
        | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{ac00}'..='\u{d7af}'
        | '\u{f900}'..='\u{faff}'
        | '\u{20000}'..='\u{3134f}')
}

#[cfg(test)]
mod tests;
