//! A small reader of the same JSON files, without serde_json: for the WebAssembly viewer.
//!
//! [`crate::parse_issue`] and its siblings (feature `json`) read through serde_json and the
//! serde derives, whose generic machinery (and the buffering behind the internally tagged
//! [`Block`]) is one of the largest parts of the viewer's wasm. This module reads the same
//! contract with a hand-written JSON parser into a flat list of values, then one plain
//! function per type. It gives the same values for every file the serde readers accept and an
//! error, of the same [`ParseError`] variant, for every file they reject: it keeps serde's
//! defaults, ignores unknown fields where serde does, reads structs written as arrays, checks
//! strings, numbers and nesting depth only where serde_json does, and reads floats with
//! serde_json's own algorithm. The tests in `tests/lite.rs` hold the two readers equal.
//!
//! Field errors name the JSON path; where serde's path stops at a block (`blocks[3]`), this
//! one goes on to the field (`blocks[3].text`).

use crate::catalog::{Catalog, CatalogEntry, CatalogPage, CATALOG_FORMAT};
use crate::issue::{Article, Block, Issue, Jump, Kind, Page, Paper, ISSUE_FORMAT};
use crate::parse::ParseError;
use crate::search::{SearchManifest, SearchSegment, SEARCH_FORMAT};

/// Reads an issue file, checking its format id first; same results as [`crate::parse_issue`].
pub fn parse_issue(json: &str) -> Result<Issue, ParseError> {
    let d = read(json, ISSUE_FORMAT)?;
    issue(&d, 0).map_err(|e| d.field_error(e))
}

/// Reads a catalog file, checking its format id first; same results as [`crate::parse_catalog`].
pub fn parse_catalog(json: &str) -> Result<Catalog, ParseError> {
    let d = read(json, CATALOG_FORMAT)?;
    catalog(&d, 0).map_err(|e| d.field_error(e))
}

/// Reads a search manifest, checking its format id first; same results as
/// [`crate::parse_search_manifest`].
pub fn parse_search_manifest(json: &str) -> Result<SearchManifest, ParseError> {
    let d = read(json, SEARCH_FORMAT)?;
    manifest(&d, 0).map_err(|e| d.field_error(e))
}

// ---------------------------------------------------------------------------------------
// The JSON document: a flat list of nodes in document order.

#[derive(Clone, Copy, PartialEq, Eq)]
enum T {
    Null,
    Bool,
    Num,
    Str,
    Arr,
    Obj,
}

/// One JSON value. A container's children follow it; `next` is the index past its subtree.
struct Node {
    t: T,
    /// Byte offset of the value's first byte.
    pos: usize,
    next: usize,
    /// Str: range in `Doc::text`. Num: range in the source. Arr/Obj: `s` counts the
    /// values, `e` is the offset of the closing bracket. Bool: `s` is 1 for true.
    s: usize,
    e: usize,
    /// Str: holds an unpaired surrogate escape (serde_json rejects it where it reads a
    /// string, accepts it where it skips a value).
    lone: bool,
}

struct Doc<'a> {
    src: &'a str,
    nodes: Vec<Node>,
    text: String,
}

/// The parser stopped: a syntax error (`idx` as serde_json counts it), or a second
/// `format` key, which serde's format probe reports as a missing format.
enum Stop {
    Syntax {
        idx: usize,
        eof: bool,
        msg: &'static str,
    },
    NoFormat,
}

const LONE: &str = "lone leading surrogate in hex escape";
const BAD_END: &str = "unexpected end of hex escape";

/// serde_json stops at depth 128 where it reads values (not where it skips them).
const DEPTH: usize = 128;
/// How deep a block sits in an issue: issue, pages, page, articles, article, blocks, block.
const BLOCK_LEVEL: usize = 7;

struct P<'a> {
    src: &'a str,
    b: &'a [u8],
    i: usize,
    nodes: Vec<Node>,
    text: String,
    stack: Vec<usize>,
    /// Inside the value of the top-level `format` (read as a `serde_json::Value` by serde's
    /// probe): strings, numbers and depth are checked. Holds the stack depth it ends at.
    strict: Option<usize>,
    format_seen: bool,
}

fn ws(b: &[u8], mut i: usize) -> usize {
    while let Some(b' ' | b'\n' | b'\t' | b'\r') = b.get(i) {
        i += 1;
    }
    i
}

impl<'a> P<'a> {
    fn at(&self, pos: usize, msg: &'static str) -> Stop {
        Stop::Syntax {
            idx: (pos + 1).min(self.b.len()),
            eof: false,
            msg,
        }
    }

    fn eof(&self, msg: &'static str) -> Stop {
        Stop::Syntax {
            idx: self.b.len(),
            eof: true,
            msg,
        }
    }

    fn push(&mut self, t: T, pos: usize, s: usize, e: usize, lone: bool) {
        let next = self.nodes.len() + 1;
        self.nodes.push(Node {
            t,
            pos,
            next,
            s,
            e,
            lone,
        });
    }

    fn parse(&mut self) -> Result<(), Stop> {
        'value: loop {
            self.i = ws(self.b, self.i);
            let start = self.i;
            let Some(&c) = self.b.get(start) else {
                return Err(self.eof("EOF while parsing a value"));
            };
            let strict = self.strict.is_some();
            match c {
                b'{' | b'[' => {
                    if strict && self.stack.len() + 1 >= DEPTH {
                        return Err(self.at(start, "recursion limit exceeded"));
                    }
                    let t = if c == b'{' { T::Obj } else { T::Arr };
                    self.stack.push(self.nodes.len());
                    self.push(t, start, 0, 0, false);
                    self.i = ws(self.b, start + 1);
                    let close = if c == b'{' { b'}' } else { b']' };
                    if self.b.get(self.i) == Some(&close) {
                        self.close();
                    } else if self.i == self.b.len() && c == b'[' {
                        return Err(self.eof("EOF while parsing a list"));
                    } else {
                        if c == b'{' {
                            self.key()?;
                        }
                        continue 'value;
                    }
                }
                b'"' => {
                    self.i += 1;
                    self.string(start, strict)?;
                }
                b't' => self.ident(b"true", 1)?,
                b'f' => self.ident(b"false", 0)?,
                b'n' => self.ident(b"null", 0)?,
                b'-' | b'0'..=b'9' => self.number(strict)?,
                _ => return Err(self.at(start, "expected value")),
            }
            // A value is complete: count it, then expect `,` or the end of its container.
            loop {
                if self.strict == Some(self.stack.len()) {
                    self.strict = None;
                }
                let Some(&top) = self.stack.last() else {
                    break 'value;
                };
                self.nodes[top].s += 1;
                self.i = ws(self.b, self.i);
                let obj = self.nodes[top].t == T::Obj;
                match self.b.get(self.i) {
                    Some(b',') => {
                        self.i = ws(self.b, self.i + 1);
                        if obj {
                            self.key()?;
                        }
                        continue 'value;
                    }
                    Some(b']') if !obj => self.close(),
                    Some(b'}') if obj => self.close(),
                    Some(_) if obj => return Err(self.at(self.i, "expected `,` or `}`")),
                    Some(_) => return Err(self.at(self.i, "expected `,` or `]`")),
                    None if obj => return Err(self.eof("EOF while parsing an object")),
                    None => return Err(self.eof("EOF while parsing a list")),
                }
            }
        }
        self.i = ws(self.b, self.i);
        if self.i < self.b.len() {
            return Err(self.at(self.i, "trailing characters"));
        }
        Ok(())
    }

    /// Closes the container on top of the stack at the bracket at `self.i`.
    fn close(&mut self) {
        if let Some(top) = self.stack.pop() {
            let n = self.nodes.len();
            let node = &mut self.nodes[top];
            node.next = n;
            node.e = self.i;
        }
        self.i += 1;
    }

    /// An object key and its colon, `self.i` at the key.
    fn key(&mut self) -> Result<(), Stop> {
        let start = self.i;
        match self.b.get(start) {
            Some(b'"') => {}
            Some(_) => return Err(self.at(start, "key must be a string")),
            None => return Err(self.eof("EOF while parsing an object")),
        }
        self.i += 1;
        // serde's probe reads the keys of the top-level object, and the format value.
        self.string(start, self.stack.len() == 1 || self.strict.is_some())?;
        if self.stack.len() == 1 {
            let k = &self.nodes[self.nodes.len() - 1];
            if &self.text[k.s..k.e] == "format" {
                if self.format_seen {
                    return Err(Stop::NoFormat);
                }
                self.format_seen = true;
                self.strict = Some(1);
            }
        }
        self.i = ws(self.b, self.i);
        match self.b.get(self.i) {
            Some(b':') => {
                self.i += 1;
                Ok(())
            }
            Some(_) => Err(self.at(self.i, "expected `:`")),
            None => Err(self.eof("EOF while parsing an object")),
        }
    }

    fn ident(&mut self, word: &[u8], v: usize) -> Result<(), Stop> {
        let start = self.i;
        for (k, &w) in word.iter().enumerate() {
            match self.b.get(start + k) {
                None => return Err(self.eof("EOF while parsing a value")),
                Some(&c) if c != w => return Err(self.at(start + k, "expected ident")),
                Some(_) => {}
            }
        }
        self.i = start + word.len();
        let t = if word[0] == b'n' { T::Null } else { T::Bool };
        self.push(t, start, v, 0, false);
        Ok(())
    }

    /// A number, checked against the JSON grammar; its value is read when needed.
    /// serde_json reports a cut-off number as truncated only where it reads the value.
    fn number(&mut self, strict: bool) -> Result<(), Stop> {
        let b = self.b;
        let start = self.i;
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => {
                i += 1;
                if let Some(b'0'..=b'9') = b.get(i) {
                    return Err(self.at(i, "invalid number"));
                }
            }
            Some(b'1'..=b'9') => i = digits(b, i),
            None if strict => return Err(self.eof("EOF while parsing a value")),
            _ => return Err(self.at(i, "invalid number")),
        }
        if b.get(i) == Some(&b'.') {
            i += 1;
            match b.get(i) {
                Some(b'0'..=b'9') => i = digits(b, i),
                None if strict => return Err(self.eof("EOF while parsing a value")),
                _ => return Err(self.at(i, "invalid number")),
            }
        }
        if let Some(b'e' | b'E') = b.get(i) {
            i += 1;
            if let Some(b'+' | b'-') = b.get(i) {
                i += 1;
            }
            match b.get(i) {
                Some(b'0'..=b'9') => i = digits(b, i),
                None if strict => return Err(self.eof("EOF while parsing a value")),
                _ => return Err(self.at(i, "invalid number")),
            }
        }
        self.i = i;
        if strict && number(&b[start..i]).is_none() {
            return Err(self.at(i - 1, "number out of range"));
        }
        self.push(T::Num, start, start, i, false);
        Ok(())
    }

    /// A string after its opening quote (at `start`); returns whether it holds an unpaired
    /// surrogate escape (decoded as U+FFFD). `strict`: where serde_json reads the string
    /// (not skips it), an unpaired surrogate is an error, and errors sit one byte later.
    fn string(&mut self, start: usize, strict: bool) -> Result<bool, Stop> {
        let b = self.b;
        let s = self.text.len();
        let mut lone = false;
        loop {
            let run = self.i;
            let mut i = run;
            while let Some(&c) = b.get(i) {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                i += 1;
            }
            self.text.push_str(&self.src[run..i]);
            self.i = i + 1;
            match b.get(i) {
                None => return Err(self.eof("EOF while parsing a string")),
                Some(b'"') => break,
                Some(b'\\') => {}
                Some(_) => {
                    return Err(self.at(
                        i - usize::from(!strict),
                        "control character (\\u0000-\\u001F) found while parsing a string",
                    ))
                }
            }
            let Some(&c) = b.get(self.i) else {
                return Err(self.eof("EOF while parsing a string"));
            };
            self.i += 1;
            let ch = match c {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => {
                    let n = self.hex()?;
                    let mut ch = char::from_u32(n);
                    if (0xD800..0xDC00).contains(&n) {
                        let save = self.i;
                        if strict {
                            // serde_json's errors, where it reads the string.
                            match (b.get(save), b.get(save + 1)) {
                                (None, _) | (Some(b'\\'), None) => {
                                    return Err(self.eof("EOF while parsing a string"))
                                }
                                (Some(b'\\'), Some(b'u')) => {}
                                (Some(b'\\'), Some(_)) => return Err(self.at(save + 1, BAD_END)),
                                (Some(_), _) => return Err(self.at(save, BAD_END)),
                            }
                        }
                        if b[save..].starts_with(b"\\u") {
                            self.i += 2;
                            let n2 = self.hex()?;
                            if (0xDC00..0xE000).contains(&n2) {
                                ch = char::from_u32(0x10000 + ((n - 0xD800) << 10) + (n2 - 0xDC00));
                            } else if strict {
                                return Err(self.at(self.i - 1, LONE));
                            } else {
                                self.i = save;
                            }
                        }
                    } else if strict && ch.is_none() {
                        return Err(self.at(self.i - 1, LONE));
                    }
                    ch.unwrap_or_else(|| {
                        lone = true;
                        '\u{FFFD}'
                    })
                }
                _ => return Err(self.at(self.i - 1, "invalid escape")),
            };
            self.text.push(ch);
        }
        let e = self.text.len();
        self.push(T::Str, start, s, e, lone);
        Ok(lone)
    }

    fn hex(&mut self) -> Result<u32, Stop> {
        if self.i + 4 > self.b.len() {
            return Err(self.eof("EOF while parsing a string"));
        }
        let mut n = 0;
        for k in 0..4 {
            let d = match self.b[self.i + k] {
                c @ b'0'..=b'9' => c - b'0',
                c @ b'a'..=b'f' => c - b'a' + 10,
                c @ b'A'..=b'F' => c - b'A' + 10,
                // serde_json reports a bad digit after the four.
                _ => return Err(self.at(self.i + 3, "invalid escape")),
            };
            n = n * 16 + u32::from(d);
        }
        self.i += 4;
        Ok(n)
    }
}

fn digits(b: &[u8], mut i: usize) -> usize {
    while let Some(b'0'..=b'9') = b.get(i) {
        i += 1;
    }
    i
}

/// A number as serde_json reads it.
#[derive(Clone, Copy)]
enum Num {
    U(u64),
    I(i64),
    F(f64),
}

/// The value of a grammatical JSON number, computed exactly as serde_json does (without
/// its `float_roundtrip` feature); `None` where serde_json says "number out of range".
fn number(s: &[u8]) -> Option<Num> {
    let positive = s[0] != b'-';
    let mut i = usize::from(!positive);
    let mut sig: u64 = 0;
    let mut exp: i32 = 0;
    let mut long = false;
    while let Some(&c @ b'0'..=b'9') = s.get(i) {
        let d = u64::from(c - b'0');
        if long || overflows(sig, d) {
            long = true;
            exp += 1;
        } else {
            sig = sig * 10 + d;
        }
        i += 1;
    }
    if i == s.len() && !long {
        if positive {
            return Some(Num::U(sig));
        }
        let neg = (sig as i64).wrapping_neg();
        return Some(if neg >= 0 {
            Num::F(-(sig as f64))
        } else {
            Num::I(neg)
        });
    }
    if s.get(i) == Some(&b'.') {
        i += 1;
        let mut dropping = false;
        while let Some(&c @ b'0'..=b'9') = s.get(i) {
            let d = u64::from(c - b'0');
            if !dropping && overflows(sig, d) {
                dropping = true;
            }
            if !dropping {
                sig = sig * 10 + d;
                exp -= 1;
            }
            i += 1;
        }
    }
    if let Some(b'e' | b'E') = s.get(i) {
        i += 1;
        let positive_exp = s.get(i) != Some(&b'-');
        if let Some(b'+' | b'-') = s.get(i) {
            i += 1;
        }
        let mut e: i32 = 0;
        while let Some(&c @ b'0'..=b'9') = s.get(i) {
            let d = i32::from(c - b'0');
            if e >= i32::MAX / 10 && (e > i32::MAX / 10 || d > i32::MAX % 10) {
                if sig != 0 && positive_exp {
                    return None;
                }
                return Some(Num::F(if positive { 0.0 } else { -0.0 }));
            }
            e = e * 10 + d;
            i += 1;
        }
        exp = if positive_exp {
            exp.saturating_add(e)
        } else {
            exp.saturating_sub(e)
        };
    }
    f64_from_parts(positive, sig, exp).map(Num::F)
}

fn overflows(sig: u64, d: u64) -> bool {
    sig >= u64::MAX / 10 && (sig > u64::MAX / 10 || d > u64::MAX % 10)
}

fn f64_from_parts(positive: bool, sig: u64, mut exponent: i32) -> Option<f64> {
    let mut f = sig as f64;
    loop {
        match pow10(exponent.unsigned_abs()) {
            Some(pow) => {
                if exponent >= 0 {
                    f *= pow;
                    if f.is_infinite() {
                        return None;
                    }
                } else {
                    f /= pow;
                }
                break;
            }
            None => {
                if f == 0.0 {
                    break;
                }
                if exponent >= 0 {
                    return None;
                }
                f /= 1e308;
                exponent += 308;
            }
        }
    }
    Some(if positive { f } else { -f })
}

/// 10^`e` as the nearest f64, for `e` ≤ 308 (the values of serde_json's table, computed
/// instead of stored: the table would cost the wasm 2.4 KB). Up to 10^22 the product is
/// exact; above, 10^e = 5^e · 2^e, with 5^e exact in 32-bit digits, cut to its top 64 bits
/// (the lowest one set if anything below was: "round to odd", so the one rounding to 53
/// bits is right) and scaled by a power of two, which is exact.
fn pow10(e: u32) -> Option<f64> {
    if e > 308 {
        return None;
    }
    if e <= 22 {
        return Some((0..e).fold(1.0, |f, _| f * 10.0));
    }
    let mut digits: Vec<u32> = vec![1];
    for _ in 0..e {
        let mut carry = 0;
        for d in &mut digits {
            let v = u64::from(*d) * 5 + carry;
            *d = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            digits.push(carry as u32);
        }
    }
    let top = digits.last().copied().unwrap_or(1);
    let bits = (digits.len() as u32 - 1) * 32 + (32 - top.leading_zeros());
    let shift = bits.saturating_sub(64);
    let (word, off) = ((shift / 32) as usize, shift % 32);
    let at = |i: usize| u128::from(digits.get(i).copied().unwrap_or(0));
    let chunk = at(word) | at(word + 1) << 32 | at(word + 2) << 64;
    let below = chunk & ((1u128 << off) - 1) != 0 || digits[..word].iter().any(|&d| d != 0);
    let top64 = (chunk >> off) as u64 | u64::from(below);
    // 2^(shift + e), at most 2^1000 here: a normal f64 made from its exponent bits.
    let scale = f64::from_bits(u64::from(1023 + shift + e) << 52);
    Some(top64 as f64 * scale)
}

/// 1-based line and column of byte index `idx`, as serde_json counts them.
fn line_col(src: &str, idx: usize) -> (usize, usize) {
    let before = &src.as_bytes()[..idx];
    let start = before
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |p| p + 1);
    let line = 1 + before[..start].iter().filter(|&&c| c == b'\n').count();
    (line, idx - start)
}

/// Parses the document and checks its format id, as serde's probe does.
fn read<'a>(json: &'a str, expected: &'static str) -> Result<Doc<'a>, ParseError> {
    let mut p = P {
        src: json,
        b: json.as_bytes(),
        i: 0,
        nodes: Vec::new(),
        text: String::new(),
        stack: Vec::new(),
        strict: None,
        format_seen: false,
    };
    match p.parse() {
        Ok(()) => {}
        Err(Stop::NoFormat) => return Err(ParseError::MissingFormat { expected }),
        Err(Stop::Syntax { idx, eof, msg }) => {
            let (line, column) = line_col(json, idx);
            return Err(ParseError::Syntax {
                line,
                column,
                message: msg.to_owned(),
                truncated: eof,
            });
        }
    }
    let d = Doc {
        src: json,
        nodes: p.nodes,
        text: p.text,
    };
    if d.nodes[0].t != T::Obj {
        return Err(ParseError::MissingFormat { expected });
    }
    let mut format = None;
    let mut kids = d.kids(0);
    while let (Some(k), Some(v)) = (kids.next(), kids.next()) {
        if d.s(k) == "format" {
            format = Some(v);
        }
    }
    match format {
        Some(v) if d.nodes[v].t == T::Str && d.s(v) == expected => Ok(d),
        Some(v) if d.nodes[v].t != T::Null => {
            let mut found = String::new();
            d.write_json(v, &mut found);
            Err(ParseError::UnknownFormat { found, expected })
        }
        _ => Err(ParseError::MissingFormat { expected }),
    }
}

/// The children of a container (for an object: key, value, key, value, ...).
struct Kids<'d> {
    nodes: &'d [Node],
    i: usize,
    end: usize,
}

impl Iterator for Kids<'_> {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        if self.i >= self.end {
            return None;
        }
        let i = self.i;
        self.i = self.nodes[i].next;
        Some(i)
    }
}

// ---------------------------------------------------------------------------------------
// Conversion errors.

enum Seg {
    Key(&'static str),
    /// A key of a value inside a block (rare: only unpaired surrogates and big numbers).
    Name(String),
    Idx(usize),
}

/// A wrong field: where it was found, what is wrong, and the path (innermost first).
struct E {
    pos: usize,
    msg: String,
    path: Vec<Seg>,
}

fn err(pos: usize, msg: String) -> E {
    E {
        pos,
        msg,
        path: Vec::new(),
    }
}

impl E {
    fn at(mut self, seg: Seg) -> E {
        self.path.push(seg);
        self
    }
}

type R<X> = Result<X, E>;

fn type_name(t: T) -> &'static str {
    match t {
        T::Null => "null",
        T::Bool => "boolean",
        T::Num => "number",
        T::Str => "string",
        T::Arr => "array",
        T::Obj => "object",
    }
}

impl<'a> Doc<'a> {
    fn kids(&self, n: usize) -> Kids<'_> {
        Kids {
            nodes: &self.nodes,
            i: n + 1,
            end: self.nodes[n].next,
        }
    }

    /// The text of a string node.
    fn s(&self, n: usize) -> &str {
        let node = &self.nodes[n];
        &self.text[node.s..node.e]
    }

    fn field_error(&self, e: E) -> ParseError {
        let mut path = String::new();
        for seg in e.path.iter().rev() {
            match seg {
                Seg::Key(k) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(k);
                }
                Seg::Name(k) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(k);
                }
                Seg::Idx(i) => {
                    path.push('[');
                    path.push_str(&i.to_string());
                    path.push(']');
                }
            }
        }
        if path.is_empty() {
            path.push('.');
        }
        let (line, column) = line_col(self.src, (e.pos + 1).min(self.src.len()));
        ParseError::Field {
            path,
            line,
            column,
            message: e.msg,
        }
    }

    fn invalid(&self, n: usize, expected: &str) -> E {
        let node = &self.nodes[n];
        err(
            node.pos,
            format!("invalid type: {}, expected {expected}", type_name(node.t)),
        )
    }

    /// A string (serde_json rejects an unpaired surrogate where it reads one).
    fn string(&self, n: usize) -> R<String> {
        let node = &self.nodes[n];
        if node.t != T::Str {
            return Err(self.invalid(n, "a string"));
        }
        if node.lone {
            return Err(err(node.pos, LONE.to_owned()));
        }
        Ok(self.s(n).to_owned())
    }

    fn num(&self, n: usize, expected: &str) -> R<Num> {
        let node = &self.nodes[n];
        if node.t != T::Num {
            return Err(self.invalid(n, expected));
        }
        number(&self.src.as_bytes()[node.s..node.e])
            .ok_or_else(|| err(node.pos, "number out of range".to_owned()))
    }

    fn u64(&self, n: usize) -> R<u64> {
        match self.num(n, "u64")? {
            Num::U(v) => Ok(v),
            Num::I(_) => Err(err(
                self.nodes[n].pos,
                "invalid value: negative, expected u64".to_owned(),
            )),
            Num::F(_) => Err(self.float(n, "u64")),
        }
    }

    fn u32(&self, n: usize) -> R<u32> {
        match self.num(n, "u32")? {
            Num::U(v) => u32::try_from(v)
                .map_err(|_| err(self.nodes[n].pos, "invalid value: expected u32".to_owned())),
            Num::I(_) => Err(err(
                self.nodes[n].pos,
                "invalid value: negative, expected u32".to_owned(),
            )),
            Num::F(_) => Err(self.float(n, "u32")),
        }
    }

    fn float(&self, n: usize, expected: &str) -> E {
        let node = &self.nodes[n];
        let text = &self.src[node.s..node.e];
        err(
            node.pos,
            format!("invalid type: floating point `{text}`, expected {expected}"),
        )
    }

    fn f64(&self, n: usize) -> R<f64> {
        Ok(match self.num(n, "f64")? {
            Num::U(v) => v as f64,
            Num::I(v) => v as f64,
            Num::F(v) => v,
        })
    }

    fn is_null(&self, n: usize) -> bool {
        self.nodes[n].t == T::Null
    }

    fn req_string(&self, at: Option<usize>) -> R<Option<String>> {
        at.map(|n| self.string(n)).transpose()
    }

    fn opt_string(&self, at: Option<usize>) -> R<Option<String>> {
        match at {
            Some(n) if !self.is_null(n) => self.string(n).map(Some),
            _ => Ok(None),
        }
    }

    fn req_u32(&self, at: Option<usize>) -> R<Option<u32>> {
        at.map(|n| self.u32(n)).transpose()
    }

    fn opt_u32(&self, at: Option<usize>) -> R<Option<u32>> {
        match at {
            Some(n) if !self.is_null(n) => self.u32(n).map(Some),
            _ => Ok(None),
        }
    }

    /// The elements of an array.
    fn array(&self, n: usize) -> R<Kids<'_>> {
        if self.nodes[n].t != T::Arr {
            return Err(self.invalid(n, "a sequence"));
        }
        Ok(self.kids(n))
    }

    /// The fields of a struct, written as an object (by name; unknown keys are skipped) or
    /// as an array (in declaration order), as serde's derive reads them. `skip` leaves out
    /// the first elements of an array (a block's type).
    fn fields(
        &self,
        n: usize,
        names: &'static [&'static str],
        skip: usize,
        what: &str,
    ) -> R<Fields> {
        let node = &self.nodes[n];
        let mut f = Fields {
            at: [None; 11],
            names,
            seq: node.t == T::Arr,
            base: skip,
            end: node.e,
            err: None,
        };
        let mut kids = self.kids(n);
        match node.t {
            T::Obj => {
                while let (Some(k), Some(v)) = (kids.next(), kids.next()) {
                    let key = &self.nodes[k];
                    if key.lone {
                        f.err = Some(err(key.pos, LONE.to_owned()).at(Seg::Key("?")));
                        break;
                    }
                    if let Some(i) = names.iter().position(|x| *x == self.s(k)) {
                        if f.at[i].is_some() {
                            f.err = Some(err(key.pos, format!("duplicate field `{}`", names[i])));
                            break;
                        }
                        f.at[i] = Some(v);
                    }
                }
            }
            T::Arr => {
                for (i, v) in kids.skip(skip).enumerate() {
                    if i == names.len() {
                        let len = node.s - skip;
                        f.err = Some(err(
                            self.nodes[v].pos,
                            format!("invalid length {len}, expected {what} with {i} elements"),
                        ));
                        break;
                    }
                    f.at[i] = Some(v);
                }
            }
            _ => return Err(self.invalid(n, what)),
        }
        Ok(f)
    }

    /// Checks a value as serde checks what it buffers for an internally tagged enum: every
    /// string and key free of unpaired surrogates, every number in range, depth < 128.
    fn content(&self, n: usize, level: usize) -> R<()> {
        let node = &self.nodes[n];
        match node.t {
            T::Str if node.lone => Err(err(node.pos, LONE.to_owned())),
            T::Num => self.num(n, "").map(|_| ()),
            T::Arr | T::Obj => {
                if level >= DEPTH {
                    return Err(err(node.pos, "recursion limit exceeded".to_owned()));
                }
                let obj = node.t == T::Obj;
                let mut kids = self.kids(n);
                let mut i = 0;
                while let Some(k) = kids.next() {
                    let (seg, v) = if obj {
                        if self.nodes[k].lone {
                            return Err(err(self.nodes[k].pos, LONE.to_owned()).at(Seg::Key("?")));
                        }
                        (Seg::Name(self.s(k).to_owned()), kids.next().unwrap_or(k))
                    } else {
                        (Seg::Idx(i), k)
                    };
                    self.content(v, level + 1).map_err(|e| e.at(seg))?;
                    i += 1;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Writes a value as serde_json prints a `Value` (object keys sorted, the last of equal
    /// keys kept); numbers as written.
    fn write_json(&self, n: usize, out: &mut String) {
        let node = &self.nodes[n];
        match node.t {
            T::Null => out.push_str("null"),
            T::Bool => out.push_str(if node.s == 1 { "true" } else { "false" }),
            T::Num => out.push_str(&self.src[node.s..node.e]),
            T::Str => write_str(self.s(n), out),
            T::Arr => {
                out.push('[');
                for (i, k) in self.kids(n).enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    self.write_json(k, out);
                }
                out.push(']');
            }
            T::Obj => {
                let mut entries: Vec<(&str, usize)> = Vec::new();
                let mut kids = self.kids(n);
                while let (Some(k), Some(v)) = (kids.next(), kids.next()) {
                    let key = self.s(k);
                    match entries.iter().position(|e| e.0 >= key) {
                        Some(i) if entries[i].0 == key => entries[i].1 = v,
                        Some(i) => entries.insert(i, (key, v)),
                        None => entries.push((key, v)),
                    }
                }
                out.push('{');
                for (i, (k, v)) in entries.into_iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_str(k, out);
                    out.push(':');
                    self.write_json(v, out);
                }
                out.push('}');
            }
        }
    }
}

fn write_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[(c as usize) >> 4]));
                out.push(char::from(HEX[(c as usize) & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The fields of one struct, found by [`Doc::fields`].
struct Fields {
    at: [Option<usize>; 11],
    names: &'static [&'static str],
    seq: bool,
    base: usize,
    /// The closing bracket, where a missing field is reported.
    end: usize,
    /// The first error, by position in the text (serde stops at the first in text order).
    err: Option<E>,
}

impl Fields {
    fn get(&self, i: usize) -> Option<usize> {
        self.at[i]
    }

    /// Keeps a field's value, or its error (with the field's path) if it is the first.
    fn take<X: Default>(&mut self, i: usize, r: R<X>) -> X {
        match r {
            Ok(v) => v,
            Err(e) => {
                let seg = if self.seq {
                    Seg::Idx(i + self.base)
                } else {
                    Seg::Key(self.names[i])
                };
                let e = e.at(seg);
                if self.err.as_ref().is_none_or(|old| e.pos < old.pos) {
                    self.err = Some(e);
                }
                X::default()
            }
        }
    }

    /// The first error of the fields, if any.
    fn done(&mut self) -> R<()> {
        self.err.take().map_or(Ok(()), Err)
    }

    fn need<X>(&self, i: usize, v: Option<X>) -> R<X> {
        v.ok_or_else(|| err(self.end, format!("missing field `{}`", self.names[i])))
    }
}

// ---------------------------------------------------------------------------------------
// The types.

const ISSUE: &[&str] = &[
    "format",
    "paper",
    "date",
    "weekday",
    "lunar_date",
    "number",
    "page_count",
    "pages",
];

fn issue(d: &Doc, n: usize) -> R<Issue> {
    let mut f = d.fields(n, ISSUE, 0, "struct Issue")?;
    let format = f.take(0, d.req_string(f.get(0)));
    let paper = f.take(1, f.get(1).map(|v| paper(d, v)).transpose());
    let date = f.take(2, d.req_string(f.get(2)));
    let weekday = f.take(3, d.opt_string(f.get(3)));
    let lunar_date = f.take(4, d.opt_string(f.get(4)));
    let number = f.take(5, d.opt_u32(f.get(5)));
    let page_count = f.take(6, d.opt_u32(f.get(6)));
    let pages = f.take(7, f.get(7).map(|v| list(d, v, page)).transpose());
    f.done()?;
    Ok(Issue {
        format: f.need(0, format)?,
        paper: f.need(1, paper)?,
        date: f.need(2, date)?,
        weekday,
        lunar_date,
        number,
        page_count,
        pages: f.need(7, pages)?,
    })
}

/// An array of `item`s; an error names the item's index. (Inlined: as a shared function
/// taking `item` by pointer it costs the wasm more than it saves.)
#[inline(always)]
fn list<T>(d: &Doc, n: usize, item: fn(&Doc, usize) -> R<T>) -> R<Vec<T>> {
    let mut out = Vec::new();
    for (i, v) in d.array(n)?.enumerate() {
        out.push(item(d, v).map_err(|e| e.at(Seg::Idx(i)))?);
    }
    Ok(out)
}

const PAPER: &[&str] = &[
    "id",
    "name",
    "sponsor",
    "publisher",
    "website",
    "serial",
    "postal_code",
    "lang",
];

fn paper(d: &Doc, n: usize) -> R<Paper> {
    let mut f = d.fields(n, PAPER, 0, "struct Paper")?;
    let id = f.take(0, d.opt_string(f.get(0)));
    let name = f.take(1, d.opt_string(f.get(1)));
    let sponsor = f.take(2, d.opt_string(f.get(2)));
    let publisher = f.take(3, d.opt_string(f.get(3)));
    let website = f.take(4, d.opt_string(f.get(4)));
    let serial = f.take(5, d.opt_string(f.get(5)));
    let postal_code = f.take(6, d.opt_string(f.get(6)));
    let lang = f.take(7, d.req_string(f.get(7)));
    f.done()?;
    Ok(Paper {
        id,
        name,
        sponsor,
        publisher,
        website,
        serial,
        postal_code,
        lang: lang.unwrap_or_else(|| "zh-CN".to_owned()),
    })
}

const PAGE: &[&str] = &["number", "label", "name", "image", "articles"];

fn page(d: &Doc, n: usize) -> R<Page> {
    let mut f = d.fields(n, PAGE, 0, "struct Page")?;
    let number = f.take(0, d.req_u32(f.get(0)));
    let label = f.take(1, d.req_string(f.get(1)));
    let name = f.take(2, d.opt_string(f.get(2)));
    let image = f.take(3, d.opt_string(f.get(3)));
    let articles = f.take(4, f.get(4).map(|v| list(d, v, article)).transpose());
    f.done()?;
    Ok(Page {
        number: f.need(0, number)?,
        label: f.need(1, label)?,
        name,
        image,
        articles: f.need(4, articles)?,
    })
}

const ARTICLE: &[&str] = &[
    "id",
    "kind",
    "kicker",
    "headline",
    "subheadline",
    "byline",
    "blocks",
    "source",
    "continues_to",
    "continued_from",
    "zone",
];

fn article(d: &Doc, n: usize) -> R<Article> {
    let mut f = d.fields(n, ARTICLE, 0, "struct Article")?;
    let id = f.take(0, d.req_string(f.get(0)));
    let kind = f.take(1, d.req_string(f.get(1)));
    let kicker = f.take(2, d.opt_string(f.get(2)));
    let headline = f.take(3, d.req_string(f.get(3)));
    let subheadline = f.take(4, d.opt_string(f.get(4)));
    let byline = f.take(5, d.opt_string(f.get(5)));
    let blocks = f.take(6, f.get(6).map(|v| list(d, v, block)).transpose());
    let source = f.take(7, d.opt_string(f.get(7)));
    let continues_to = f.take(8, opt_jump(d, f.get(8)));
    let continued_from = f.take(9, opt_jump(d, f.get(9)));
    let zone = f.take(10, zone(d, f.get(10)));
    f.done()?;
    Ok(Article {
        id: f.need(0, id)?,
        kind: Kind::from_name(&f.need(1, kind)?),
        kicker,
        headline: f.need(3, headline)?,
        subheadline,
        byline,
        blocks: blocks.unwrap_or_default(),
        source,
        continues_to,
        continued_from,
        zone,
    })
}

const JUMP: &[&str] = &["page", "article", "label"];

fn opt_jump(d: &Doc, at: Option<usize>) -> R<Option<Jump>> {
    let Some(n) = at.filter(|&n| !d.is_null(n)) else {
        return Ok(None);
    };
    let mut f = d.fields(n, JUMP, 0, "struct Jump")?;
    let page = f.take(0, d.req_u32(f.get(0)));
    let article = f.take(1, d.opt_string(f.get(1)));
    let label = f.take(2, d.opt_string(f.get(2)));
    f.done()?;
    Ok(Some(Jump {
        page: f.need(0, page)?,
        article,
        label,
    }))
}

fn zone(d: &Doc, at: Option<usize>) -> R<Option<Vec<[f64; 2]>>> {
    let Some(n) = at.filter(|&n| !d.is_null(n)) else {
        return Ok(None);
    };
    let mut out = Vec::new();
    for (i, v) in d.array(n)?.enumerate() {
        out.push(point(d, v).map_err(|e| e.at(Seg::Idx(i)))?);
    }
    Ok(Some(out))
}

fn point(d: &Doc, n: usize) -> R<[f64; 2]> {
    let mut xy = [0.0; 2];
    let node = &d.nodes[n];
    for (i, v) in d.array(n)?.enumerate() {
        if i == 2 {
            return Err(err(
                d.nodes[v].pos,
                "trailing characters: expected an array of 2".to_owned(),
            ));
        }
        xy[i] = d.f64(v).map_err(|e| e.at(Seg::Idx(i)))?;
    }
    if node.s < 2 {
        return Err(err(
            node.e,
            format!("invalid length {}, expected an array of length 2", node.s),
        ));
    }
    Ok(xy)
}

const TEXT: &[&str] = &["text"];
const IMAGE: &[&str] = &["src", "width", "height", "caption", "credit"];

/// A block, read as serde reads an internally tagged enum: the whole value is checked as
/// serde buffers it, the tag (`type`) found (first element of an array form), then the
/// variant's fields read from the rest. Unknown types become [`Block::Unknown`].
fn block(d: &Doc, n: usize) -> R<Block> {
    let node = &d.nodes[n];
    let mut tag = None;
    let mut kids = d.kids(n);
    match node.t {
        T::Obj => {
            while let (Some(k), Some(v)) = (kids.next(), kids.next()) {
                let key = &d.nodes[k];
                if key.lone {
                    return Err(err(key.pos, LONE.to_owned()).at(Seg::Key("?")));
                }
                if d.s(k) == "type" {
                    if tag.is_some() {
                        return Err(err(key.pos, "duplicate field `type`".to_owned()));
                    }
                    tag = Some(d.string(v).map_err(|e| e.at(Seg::Key("type")))?);
                } else {
                    d.content(v, BLOCK_LEVEL + 1)
                        .map_err(|e| e.at(Seg::Name(d.s(k).to_owned())))?;
                }
            }
        }
        T::Arr => {
            for (i, v) in kids.enumerate() {
                if i == 0 {
                    tag = Some(d.string(v).map_err(|e| e.at(Seg::Idx(0)))?);
                } else {
                    d.content(v, BLOCK_LEVEL + 1)
                        .map_err(|e| e.at(Seg::Idx(i)))?;
                }
            }
        }
        _ => return Err(d.invalid(n, "internally tagged enum Block")),
    }
    let Some(tag) = tag else {
        return Err(err(node.e, "missing field `type`".to_owned()));
    };
    let names = match tag.as_str() {
        "paragraph" | "subhead" => TEXT,
        "image" => IMAGE,
        _ => {
            if node.t == T::Arr && node.s > 1 {
                return Err(err(
                    node.e,
                    format!(
                        "invalid length {}, expected 0 elements in sequence",
                        node.s - 1
                    ),
                ));
            }
            return Ok(Block::Unknown);
        }
    };
    let mut f = d.fields(n, names, 1, "struct variant")?;
    if names.len() == 1 {
        let text = f.take(0, d.req_string(f.get(0)));
        f.done()?;
        let text = f.need(0, text)?;
        return Ok(if tag == "paragraph" {
            Block::Paragraph { text }
        } else {
            Block::Subhead { text }
        });
    }
    let src = f.take(0, d.req_string(f.get(0)));
    let width = f.take(1, d.opt_u32(f.get(1)));
    let height = f.take(2, d.opt_u32(f.get(2)));
    let caption = f.take(3, d.opt_string(f.get(3)));
    let credit = f.take(4, d.opt_string(f.get(4)));
    f.done()?;
    Ok(Block::Image {
        src: f.need(0, src)?,
        width,
        height,
        caption,
        credit,
    })
}

const CATALOG: &[&str] = &["format", "paper", "issues"];

fn catalog(d: &Doc, n: usize) -> R<Catalog> {
    let mut f = d.fields(n, CATALOG, 0, "struct Catalog")?;
    let format = f.take(0, d.req_string(f.get(0)));
    let paper = f.take(1, f.get(1).map(|v| paper(d, v)).transpose());
    let issues = f.take(2, f.get(2).map(|v| list(d, v, entry)).transpose());
    f.done()?;
    Ok(Catalog {
        format: f.need(0, format)?,
        paper: f.need(1, paper)?,
        issues: f.need(2, issues)?,
    })
}

const ENTRY: &[&str] = &[
    "date",
    "number",
    "weekday",
    "page_count",
    "pages",
    "lead",
    "file",
    "hash",
    "bytes",
];

fn entry(d: &Doc, n: usize) -> R<CatalogEntry> {
    let mut f = d.fields(n, ENTRY, 0, "struct CatalogEntry")?;
    let date = f.take(0, d.req_string(f.get(0)));
    let number = f.take(1, d.opt_u32(f.get(1)));
    let weekday = f.take(2, d.opt_string(f.get(2)));
    let page_count = f.take(3, d.opt_u32(f.get(3)));
    let pages = f.take(4, f.get(4).map(|v| list(d, v, catalog_page)).transpose());
    let lead = f.take(5, d.opt_string(f.get(5)));
    let file = f.take(6, d.req_string(f.get(6)));
    let hash = f.take(7, d.req_string(f.get(7)));
    let bytes = f.take(8, f.get(8).map(|v| d.u64(v)).transpose());
    f.done()?;
    Ok(CatalogEntry {
        date: f.need(0, date)?,
        number,
        weekday,
        page_count,
        pages: f.need(4, pages)?,
        lead,
        file: f.need(6, file)?,
        hash: f.need(7, hash)?,
        bytes: f.need(8, bytes)?,
    })
}

const CATALOG_PAGE: &[&str] = &["number", "label", "name"];

fn catalog_page(d: &Doc, n: usize) -> R<CatalogPage> {
    let mut f = d.fields(n, CATALOG_PAGE, 0, "struct CatalogPage")?;
    let number = f.take(0, d.req_u32(f.get(0)));
    let label = f.take(1, d.req_string(f.get(1)));
    let name = f.take(2, d.opt_string(f.get(2)));
    f.done()?;
    Ok(CatalogPage {
        number: f.need(0, number)?,
        label: f.need(1, label)?,
        name,
    })
}

const MANIFEST: &[&str] = &["format", "segments"];

fn manifest(d: &Doc, n: usize) -> R<SearchManifest> {
    let mut f = d.fields(n, MANIFEST, 0, "struct SearchManifest")?;
    let format = f.take(0, d.req_string(f.get(0)));
    let segments = f.take(1, f.get(1).map(|v| list(d, v, segment)).transpose());
    f.done()?;
    Ok(SearchManifest {
        format: f.need(0, format)?,
        segments: f.need(1, segments)?,
    })
}

const SEGMENT: &[&str] = &["key", "dir", "shards", "docs", "chunk"];

fn segment(d: &Doc, n: usize) -> R<SearchSegment> {
    let mut f = d.fields(n, SEGMENT, 0, "struct SearchSegment")?;
    let key = f.take(0, d.req_string(f.get(0)));
    let dir = f.take(1, d.req_string(f.get(1)));
    let shards = f.take(2, d.req_u32(f.get(2)));
    let docs = f.take(3, d.req_u32(f.get(3)));
    let chunk = f.take(4, d.req_u32(f.get(4)));
    f.done()?;
    Ok(SearchSegment {
        key: f.need(0, key)?,
        dir: f.need(1, dir)?,
        shards: f.need(2, shards)?,
        docs: f.need(3, docs)?,
        chunk: f.need(4, chunk)?,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn powers_of_ten_are_the_nearest_doubles() {
        for e in 0..=308 {
            let want: f64 = format!("1e{e}").parse().unwrap_or_default();
            assert_eq!(super::pow10(e), Some(want), "10^{e}");
        }
        assert_eq!(super::pow10(309), None);
    }
}
