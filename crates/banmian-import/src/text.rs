//! Lines of an export and the character classes the importer reasons with.

/// One non-blank line of a page export, cleaned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line {
    /// 1-based line number in the file.
    pub no: usize,
    /// How many blank lines stand right before it.
    pub gap: usize,
    /// Whether it starts with an indent (see [`is_indent`]): in exports that indent
    /// paragraphs, a flush-left line is a title.
    pub indent: bool,
    /// The text: trimmed, every run of white space (U+3000, NBSP, tabs) made one space.
    pub text: String,
}

pub(crate) use crate::tuning::MAX_TITLE;

/// Splits text into cleaned non-blank lines (LF or CRLF), with line numbers and gaps.
pub(crate) fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut gap = 0;
    for (i, raw) in text.split('\n').enumerate() {
        let clean = clean_line(raw);
        if clean.is_empty() {
            gap += 1;
        } else {
            out.push(Line {
                no: i + 1,
                gap,
                indent: is_indent(raw),
                text: clean,
            });
            gap = 0;
        }
    }
    out
}

/// Whether a raw line starts with an indent: a tab, an ideographic space (U+3000),
/// a no-break space, or at least [`crate::tuning::INDENT_SPACES`] spaces.
pub(crate) fn is_indent(raw: &str) -> bool {
    let raw = raw.trim_start_matches(is_invisible);
    let spaces = raw.chars().take_while(|&c| c == ' ').count();
    spaces >= crate::tuning::INDENT_SPACES
        || raw
            .chars()
            .next()
            .is_some_and(|c| matches!(c, '\t' | '\u{3000}' | '\u{a0}'))
}

/// Trims a line and folds every run of white space inside it into one ASCII space.
/// Zero-width characters and byte-order marks are dropped.
pub(crate) fn clean_line(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut pending_space = false;
    for c in raw.chars() {
        if is_invisible(c) {
            continue;
        }
        if c.is_whitespace() || c.is_control() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{00ad}'
    )
}

/// Characters that end a sentence.
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '。' | '！' | '？' | '!' | '?' | '…' | '；' | ';' | '.' | '．'
    )
}

/// Characters that close a quotation or a bracket.
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '”' | '’' | '"' | '\'' | '」' | '』' | '》' | '）' | ')' | '】' | '〕'
    )
}

/// Whether a line ends a sentence: terminal punctuation, possibly inside closing quotes.
pub(crate) fn ends_sentence(text: &str) -> bool {
    let mut rev = text.chars().rev().skip_while(|&c| is_closer(c));
    match rev.next() {
        Some(c) => is_terminal(c) || (text.ends_with('）') || text.ends_with(')')),
        None => false,
    }
}

/// Whether a line can be a headline, a subhead or a banner: short, no sentence end in
/// it (a headline may end as a sentence cannot: see [`headline_ending`]).
pub(crate) fn is_title_like(text: &str) -> bool {
    let body = without_headline_ending(text);
    !body.is_empty()
        && text.chars().count() <= MAX_TITLE
        && !ends_sentence(body)
        && !text.contains('。')
        && !ends_with_open_punctuation(body)
}

/// Whether a line ends as a headline may and a subhead does not: in `？`, `！`, an
/// ellipsis (`……`, `...`), or a short bracketed note (`（图）`, `(大结局)`).
pub(crate) fn headline_ending(text: &str) -> bool {
    without_headline_ending(text).len() < text.len()
}

fn without_headline_ending(text: &str) -> &str {
    let body = text.trim_end_matches(['？', '！', '?', '!', '…']);
    let body = match body.strip_suffix("...") {
        Some(b) => b.trim_end_matches('.'),
        None => body,
    };
    if body.len() < text.len() {
        return body;
    }
    let Some(inner) = text.strip_suffix(['）', ')']) else {
        return text;
    };
    match inner.rfind(['（', '(']) {
        Some(open) if open > 0 && inner[open..].chars().count() <= 9 => &text[..open],
        _ => text,
    }
}

/// A line ending in a comma, colon or an opening bracket goes on in the next line.
pub(crate) fn ends_with_open_punctuation(text: &str) -> bool {
    text.chars().next_back().is_some_and(|c| {
        matches!(
            c,
            '，' | ','
                | '、'
                | '：'
                | ':'
                | '“'
                | '‘'
                | '《'
                | '（'
                | '('
                | '「'
                | '『'
                | '【'
                | '—'
                | '-'
        )
    })
}

/// Joins two pieces of a paragraph split by a column break.
pub(crate) fn join_broken(head: &mut String, tail: &str) {
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if head.ends_with('-') && latin(tail.chars().next()) && latin(head.chars().rev().nth(1)) {
        head.pop();
    } else if latin(head.chars().next_back()) && latin(tail.chars().next()) {
        head.push(' ');
    }
    head.push_str(tail);
}

/// Reads a number written with ASCII or full-width digits, or with Chinese numerals
/// (`四`, `十二`, `二十四`, `一百零五`).
pub(crate) fn parse_number(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    if s.chars()
        .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    {
        let ascii: String = s
            .chars()
            .map(|c| match c {
                '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
                c => c,
            })
            .collect();
        return ascii.parse().ok();
    }
    chinese_number(s)
}

fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn chinese_number(s: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut digit: Option<u32> = None;
    for c in s.chars() {
        if let Some(d) = chinese_digit(c) {
            digit = Some(d);
            continue;
        }
        let unit = match c {
            '十' => 10,
            '百' => 100,
            _ => return None,
        };
        total += digit.unwrap_or(1) * unit;
        digit = None;
    }
    Some(total + digit.unwrap_or(0))
}

#[cfg(test)]
mod tests;
