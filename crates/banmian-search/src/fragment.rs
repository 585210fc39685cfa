//! A story's text read back from a few hundred bytes of its issue file.
//!
//! A document's snippet is not kept in the index: [`crate::Doc::window`] names the bytes of
//! the issue file (`data/issues/<date>.json`) around a match, which the viewer fetches by
//! range. Those bytes are a piece of JSON that starts inside one of the story's strings
//! and may end anywhere; [`body_text`] reads the text of the strings a story's body is
//! made of (kicker, subheadline, byline, paragraphs and subheads: the `text` of its
//! blocks), in order, one line each, and stops where the article's body ends (its
//! `source` or `continues_to`, or the next article's `id`), so a window that runs past a
//! part of a story never shows what stands between.

/// The keys whose string values are body text.
const BODY_KEYS: [&[u8]; 4] = [b"kicker", b"subheadline", b"byline", b"text"];

/// The keys that come after an article's body.
const AFTER_BODY: [&[u8]; 3] = [b"source", b"continues_to", b"id"];

/// The body text in `fragment`, a piece of an issue file starting inside a string of the
/// body. An escape or a character cut at the end is left out.
pub fn body_text(fragment: &[u8]) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(fragment.len());
    let mut at = 0;
    // Inside the first string, which is body text.
    let mut keep = true;
    // In a string: up to its closing quote.
    while let Some(end) = string_end(fragment, at, keep.then_some(&mut out)) {
        at = end + 1;
        // Between strings: the next value string of a key, skipping the others.
        match next_value(fragment, at) {
            Some((key, _)) if AFTER_BODY.contains(&key) => break,
            Some((key, value)) => {
                keep = BODY_KEYS.contains(&key);
                if keep {
                    out.push(b'\n');
                }
                at = value;
            }
            None => break,
        }
    }
    let text = String::from_utf8_lossy(&out);
    text.trim_end_matches('\u{FFFD}').to_owned()
}

/// The closing quote of the string whose content starts at `at`, its text decoded into
/// `out` (when given); `None` when the fragment ends first.
fn string_end(bytes: &[u8], mut at: usize, mut out: Option<&mut Vec<u8>>) -> Option<usize> {
    while let Some(&b) = bytes.get(at) {
        match b {
            b'"' => return Some(at),
            b'\\' => {
                let e = *bytes.get(at + 1)?;
                let (text, len) = match e {
                    b'u' => {
                        let hex = std::str::from_utf8(bytes.get(at + 2..at + 6)?).ok()?;
                        let c = u32::from_str_radix(hex, 16)
                            .ok()
                            .and_then(char::from_u32)
                            .unwrap_or('\u{FFFD}');
                        (c, 6)
                    }
                    b'n' | b'r' | b't' | b'b' | b'f' => (' ', 2),
                    other => (char::from(other), 2),
                };
                if let Some(out) = out.as_deref_mut() {
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(text.encode_utf8(&mut buf).as_bytes());
                }
                at += len;
            }
            _ => {
                if let Some(out) = out.as_deref_mut() {
                    out.push(b);
                }
                at += 1;
            }
        }
    }
    None
}

/// From `at`, between strings: the next key that has a string value, and where that
/// value's content starts. Strings that are no key (array items) are passed over.
fn next_value(bytes: &[u8], mut at: usize) -> Option<(&[u8], usize)> {
    loop {
        let open = at + bytes.get(at..)?.iter().position(|&b| b == b'"')?;
        let close = string_end(bytes, open + 1, None)?;
        let key = &bytes[open + 1..close];
        at = close + 1;
        let after = |from: usize| {
            bytes
                .get(from..)
                .and_then(|rest| rest.iter().position(|b| !b.is_ascii_whitespace()))
                .map(|n| from + n)
        };
        let Some(colon) = after(at).filter(|&c| bytes[c] == b':') else {
            continue;
        };
        let value = after(colon + 1)?;
        if AFTER_BODY.contains(&key) {
            return Some((key, value));
        }
        if bytes[value] == b'"' {
            return Some((key, value + 1));
        }
        at = value;
    }
}

#[cfg(test)]
mod tests;
