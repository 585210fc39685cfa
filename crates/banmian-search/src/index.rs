//! Building the index, and its binary format.
//!
//! A *segment* indexes some documents (in banmian: the stories of one year). It has a
//! document table and its terms spread over `shards` files by a hash of the term, so a
//! query fetches only the shards of its terms. A term is a unit (`观`, `c919`), two
//! adjacent units (`绩 观`) or three (`量 发 展`); its postings list every document it is
//! in, with positions.
//!
//! A pair keeps all its positions (a phrase is verified with them), except a *frequent*
//! pair, one that stands more than [`FREQUENT`] times in the segment (`发 展`, in a tenth
//! of its stories, would be 13 KB of positions in two years of a daily): its positions
//! would be most of what any query containing it fetches. Such a pair keeps, as a single
//! unit does, only its first position in the headline and its first in the body, and the
//! three units around each of its occurrences are indexed instead (`量 发 展`, `发 展 的`),
//! with all their positions, like [Lucene's common grams]. The segment's [`Meta`] lists its
//! frequent pairs, so a query ([`crate::Query::plan`]) knows which terms to fetch.
//!
//! [Lucene's common grams]: https://lucene.apache.org/core/9_0_0/analysis/common/org/apache/lucene/analysis/commongrams/CommonGramsFilter.html

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use crate::tokenize::{tokenize, Unit};

/// The first bytes of a shard file: the format id and version.
pub const SHARD_MAGIC: &[u8; 8] = b"bmshard4";

/// A pair of units that stands more often than this in a segment is *frequent* (see the
/// module's text): its positions would be about this many bytes deflated, which is then
/// about the most a term of a query costs in a segment.
pub const FREQUENT: u32 = 4000;

/// One searchable document: a story, all its parts stitched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doc {
    /// The issue date.
    pub date: String,
    /// The page of its first part.
    pub page: u32,
    /// The id of its first part.
    pub id: String,
    /// Its headline.
    pub headline: String,
    /// How many units the headline has (positions below this are in the headline).
    pub title_units: u32,
    /// Where its body text starts in its issue's file (`data/issues/<date>.json`, as
    /// `banmian publish` writes it), in bytes: the first of its strings (kicker,
    /// subheadline, byline, paragraphs) that the body is made of.
    pub offset: u64,
    /// How many bytes of the file its body spans (for a story in parts, the file between
    /// them too); 0 when the builder was not told where the body is.
    pub len: u32,
    /// Where every [`STEP`]th unit of the body starts, in bytes of the file from `offset`
    /// (unit `STEP` first): enough to fetch the few hundred bytes around a match, which
    /// [`crate::body_text`] reads back as text.
    pub marks: Vec<u32>,
}

/// Units between two [`Doc::marks`].
pub const STEP: u32 = 64;

/// The position of a document's first body unit: its headline's units stand at
/// `0..BODY` (a longer headline is indexed up to there), its body's from here. So whether
/// a match is in the headline is in its position alone ([`in_headline`]), and ranking
/// needs nothing else of a document.
pub const BODY: u32 = 256;

/// Whether a match starting at `position` is in the headline.
pub fn in_headline(position: u32) -> bool {
    position < BODY
}

impl Doc {
    /// The position in the body of a match at `position` of the document (the body
    /// starts at [`BODY`]); `None` in the headline.
    pub fn body_position(&self, position: u32) -> Option<u32> {
        position.checked_sub(BODY)
    }

    /// The byte range of the issue file that holds the body's units `from..to` (with
    /// some more either side, to the nearest marks).
    pub fn window(&self, from: u32, to: u32) -> (u64, u64) {
        let mark = |k: u32| -> u32 {
            match k.checked_sub(1) {
                None => 0,
                Some(i) => self.marks.get(i as usize).copied().unwrap_or(self.len),
            }
        };
        let start = mark(from / STEP).min(self.len);
        let end = mark(to.div_ceil(STEP)).clamp(start, self.len);
        (self.offset + u64::from(start), self.offset + u64::from(end))
    }
}

/// The postings of one term: `(document, positions)`, by document.
pub type Postings = Vec<(u32, Vec<u32>)>;

/// The term of adjacent units (a space never stands in a unit): `绩 观`, `量 发 展`.
pub(crate) fn ngram(units: &[Unit]) -> String {
    let mut out = String::new();
    for (i, u) in units.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out += &u.to_string();
    }
    out
}

/// Which of `shards` shards holds `term` (FNV-1a).
pub fn shard_of(term: &str, shards: u32) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in term.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h % shards.max(1)
}

/// A fast hash for the builder's maps (Fx, as in rustc, with the final rotation of
/// rustc-hash 2: hashbrown picks buckets by the low bits, which a bare multiply leaves
/// weak). Much faster than SipHash; the keys are our own text, so flooding is no concern.
#[derive(Debug, Default, Clone, Copy)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_u128(&mut self, i: u128) {
        self.add(i as u64);
        self.add((i >> 64) as u64);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// A unit as a number while building: a CJK character is its code point, a word
/// `WORDS + ` its place in the builder's word list.
const WORDS: u32 = 0x11_0000;

/// A term key's place for no unit (a single unit's second and third, a pair's third).
const ALONE: u32 = u32::MAX;

/// A term's key: its units as numbers, [`ALONE`] where it has fewer than three.
fn key(a: u32, b: u32, c: u32) -> u128 {
    u128::from(a) << 64 | u128::from(b) << 32 | u128::from(c)
}

/// A pair's key (while counting, and in the pairs' map of term ids).
fn pair(a: u32, b: u32) -> u64 {
    u64::from(a) << 32 | u64::from(b)
}

/// Collects documents into a segment.
///
/// A term is looked up by a number (its units as numbers), not by its text: the text of
/// each term is made once, in [`IndexBuilder::finish`]. Postings are kept encoded as they
/// grow (documents come in order), so building takes about as much memory as the index
/// itself. Which pairs are frequent is known before the first document is added: the
/// caller first [`IndexBuilder::count`]s every document (else no pair is frequent).
#[derive(Debug)]
pub struct IndexBuilder {
    docs: Vec<Doc>,
    words: FastMap<String, u32>,
    word_list: Vec<String>,
    /// Term ids: of a single character, by its code point (`u32::MAX`: none yet; made at
    /// the first use); of a word or a pair, by [`pair`]; of three units, by [`key`]. Apart,
    /// so that the most used maps stay small: a pair's entry is half a triple's.
    char_ids: Vec<u32>,
    pair_ids: FastMap<u64, u32>,
    triple_ids: FastMap<u128, u32>,
    terms: Vec<TermData>,
    /// How often each pair stands, while counting.
    counts: FastMap<u64, u32>,
    /// Pairs standing more often than this are frequent.
    threshold: u32,
    /// The frequent pairs, once counting is over.
    frequent: FastSet<u64>,
    /// The current document's term occurrences, `term << 32 | position` (scratch).
    pairs: Vec<u64>,
    singles: Vec<u64>,
    positions: Vec<u32>,
}

#[derive(Debug)]
struct TermData {
    key: u128,
    docs: u32,
    last_doc: u32,
    bytes: Vec<u8>,
}

impl Default for IndexBuilder {
    fn default() -> IndexBuilder {
        IndexBuilder::frequent_above(FREQUENT)
    }
}

impl IndexBuilder {
    /// An empty builder, pairs frequent above [`FREQUENT`].
    pub fn new() -> IndexBuilder {
        IndexBuilder::default()
    }

    /// An empty builder whose frequent pairs are those standing more than `threshold`
    /// times (small numbers are for tests).
    pub fn frequent_above(threshold: u32) -> IndexBuilder {
        IndexBuilder {
            docs: Vec::new(),
            words: FastMap::default(),
            word_list: Vec::new(),
            char_ids: Vec::new(),
            pair_ids: FastMap::default(),
            triple_ids: FastMap::default(),
            terms: Vec::new(),
            counts: FastMap::default(),
            threshold,
            frequent: FastSet::default(),
            pairs: Vec::new(),
            singles: Vec::new(),
            positions: Vec::new(),
        }
    }

    /// Counts the pairs of a story that will be added: every story is counted before the
    /// first is added, so that the frequent pairs are known.
    pub fn count(&mut self, headline: &str, body: &str) {
        let (title, text) = (self.units(headline), self.units(body));
        for units in [Self::indexed(&title), &text[..]] {
            for w in units.windows(2) {
                *self.counts.entry(pair(w[0], w[1])).or_default() += 1;
            }
        }
    }

    /// The units of a text, as numbers.
    fn units(&mut self, text: &str) -> Vec<u32> {
        tokenize(text)
            .into_iter()
            .map(|t| self.unit(t.unit))
            .collect()
    }

    /// The units of a headline that are indexed (a longer one, up to [`BODY`]).
    fn indexed(title: &[u32]) -> &[u32] {
        &title[..title.len().min(BODY as usize - 1)]
    }

    /// Adds a story: its headline and its body text (all parts, in order), the body
    /// standing nowhere (its [`Doc::len`] is 0, so it has no snippet). Stories must be
    /// added by date, oldest first: document numbers then follow the dates.
    pub fn add(&mut self, date: &str, page: u32, id: &str, headline: &str, body: &str) {
        self.add_placed(date, page, id, headline, body, |_| 0);
    }

    /// Adds a story as [`IndexBuilder::add`] does, with where its body stands in its
    /// issue's file: byte `b` of `body` at byte `place(b)` of the file (`place(body.len())`
    /// where it ends), ascending.
    pub fn add_placed(
        &mut self,
        date: &str,
        page: u32,
        id: &str,
        headline: &str,
        body: &str,
        place: impl Fn(usize) -> u64,
    ) {
        if !self.counts.is_empty() {
            let threshold = self.threshold;
            self.frequent = std::mem::take(&mut self.counts)
                .into_iter()
                .filter(|&(_, n)| n > threshold)
                .map(|(k, _)| k)
                .collect();
        }
        let doc = u32::try_from(self.docs.len()).unwrap_or(u32::MAX);
        let title = self.units(headline);
        let tokens = tokenize(body);
        let offset = place(0);
        let from_offset =
            |b: usize| u32::try_from(place(b).saturating_sub(offset)).unwrap_or(u32::MAX);
        let marks: Vec<u32> = tokens
            .iter()
            .step_by(STEP as usize)
            .skip(1)
            .map(|t| from_offset(t.start))
            .collect();
        let text: Vec<u32> = tokens.into_iter().map(|t| self.unit(t.unit)).collect();
        let title_units = u32::try_from(title.len()).unwrap_or(u32::MAX);
        self.pairs.clear();
        self.singles.clear();
        // The body starts at BODY, past the headline, so no pair spans the two.
        for (units, offset) in [(Self::indexed(&title), 0u32), (&text[..], BODY)] {
            for (i, &u) in units.iter().enumerate() {
                let pos = offset.saturating_add(u32::try_from(i).unwrap_or(u32::MAX));
                let t = self.term(key(u, ALONE, ALONE));
                self.singles.push(u64::from(t) << 32 | u64::from(pos));
                let Some(&next) = units.get(i + 1) else {
                    continue;
                };
                let t = self.term(key(u, next, ALONE));
                let frequent = self.frequent.contains(&pair(u, next));
                let list = if frequent {
                    &mut self.singles
                } else {
                    &mut self.pairs
                };
                list.push(u64::from(t) << 32 | u64::from(pos));
                if let Some(&third) = units.get(i + 2) {
                    if frequent || self.frequent.contains(&pair(next, third)) {
                        let t = self.term(key(u, next, third));
                        self.pairs.push(u64::from(t) << 32 | u64::from(pos));
                    }
                }
            }
        }
        // By term, then position. A single unit, or a frequent pair, keeps only its first
        // position in the headline and its first in the body: enough to find the document,
        // to tell a headline match and to place a snippet; other terms keep all (a phrase
        // needs them).
        self.singles.sort_unstable();
        self.pairs.sort_unstable();
        for (list, all) in [(&self.singles, false), (&self.pairs, true)] {
            for group in list.chunk_by(|a, b| a >> 32 == b >> 32) {
                let data = &mut self.terms[(group[0] >> 32) as usize];
                self.positions.clear();
                let mut positions = group.iter().map(|&e| e as u32);
                if all {
                    self.positions.extend(positions);
                } else if let Some(first) = positions.next() {
                    self.positions.push(first);
                    if in_headline(first) {
                        self.positions.extend(positions.find(|&p| !in_headline(p)));
                    }
                }
                write_posting(&mut data.bytes, doc - data.last_doc, &self.positions);
                data.last_doc = doc;
                data.docs += 1;
            }
        }
        self.docs.push(Doc {
            date: date.to_owned(),
            page,
            id: id.to_owned(),
            headline: headline.to_owned(),
            title_units,
            offset,
            len: from_offset(body.len()),
            marks,
        });
    }

    /// The number of a unit.
    fn unit(&mut self, unit: Unit) -> u32 {
        match unit {
            Unit::Char(c) => c as u32,
            Unit::Word(w) => {
                if let Some(&n) = self.words.get(&w) {
                    return n;
                }
                let n = WORDS.saturating_add(u32::try_from(self.word_list.len()).unwrap_or(0));
                self.word_list.push(w.clone());
                self.words.insert(w, n);
                n
            }
        }
    }

    /// Appends the text of a term's key (the same text as [`ngram`]).
    fn push_units(&self, buf: &mut String, key: u128) {
        let units = [(key >> 64) as u32, (key >> 32) as u32, key as u32];
        for (i, unit) in units.into_iter().take_while(|&u| u != ALONE).enumerate() {
            if i > 0 {
                buf.push(' ');
            }
            match unit.checked_sub(WORDS) {
                None => buf.extend(char::from_u32(unit)),
                Some(w) => buf.push_str(&self.word_list[w as usize]),
            }
        }
    }

    fn term(&mut self, key: u128) -> u32 {
        let next = u32::try_from(self.terms.len()).unwrap_or(u32::MAX);
        let (a, b, c) = ((key >> 64) as u32, (key >> 32) as u32, key as u32);
        let id = if b == ALONE && a < WORDS {
            if self.char_ids.is_empty() {
                self.char_ids = vec![u32::MAX; WORDS as usize];
            }
            let slot = &mut self.char_ids[a as usize];
            if *slot == u32::MAX {
                *slot = next;
            }
            *slot
        } else if c == ALONE {
            *self.pair_ids.entry(pair(a, b)).or_insert(next)
        } else {
            *self.triple_ids.entry(key).or_insert(next)
        };
        if id == next {
            self.terms.push(TermData {
                key,
                docs: 0,
                last_doc: 0,
                bytes: Vec::new(),
            });
        }
        id
    }

    /// How many documents were added.
    pub fn docs(&self) -> usize {
        self.docs.len()
    }

    /// The segment, its terms spread over `shards` shards, each encoded.
    pub fn finish(mut self, shards: u32) -> Segment {
        let shards = shards.max(1);
        self.char_ids = Vec::new();
        self.pair_ids = FastMap::default();
        self.triple_ids = FastMap::default();
        // Every term's text, in one buffer: (start, end) by term.
        let mut text = String::new();
        let mut spans: Vec<(usize, usize)> = Vec::with_capacity(self.terms.len());
        let mut grouped: Vec<Vec<u32>> = (0..shards).map(|_| Vec::new()).collect();
        for (id, t) in self.terms.iter().enumerate() {
            let start = text.len();
            self.push_units(&mut text, t.key);
            spans.push((start, text.len()));
            grouped[shard_of(&text[start..], shards) as usize].push(id as u32);
        }
        let term_text = |id: u32| {
            let (a, b) = spans[id as usize];
            &text[a..b]
        };
        let encoded = grouped
            .into_iter()
            .map(|mut ids| {
                ids.sort_unstable_by(|&a, &b| term_text(a).cmp(term_text(b)));
                write_shard(ids.iter().map(|&id| {
                    let t = &self.terms[id as usize];
                    (term_text(id), u64::from(t.docs), t.bytes.as_slice())
                }))
            })
            .collect();
        let mut frequent: Vec<String> = std::mem::take(&mut self.frequent)
            .into_iter()
            .map(|p| {
                let mut t = String::new();
                self.push_units(&mut t, key((p >> 32) as u32, p as u32, ALONE));
                t
            })
            .collect();
        frequent.sort_unstable();
        let meta = Meta {
            frequent,
            ..Meta::of(&self.docs)
        };
        Segment {
            docs: self.docs,
            meta,
            shards: encoded,
        }
    }
}

/// An index of some documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The documents, numbered by position (by date, oldest first).
    pub docs: Vec<Doc>,
    /// The issue of every document, and the frequent pairs.
    pub meta: Meta,
    /// The term shards, encoded (see [`Shard::decode`]).
    pub shards: Vec<Vec<u8>>,
}

impl Segment {
    /// The document table as text: one document a line,
    /// `date \t page \t id \t title_units \t offset \t len \t marks \t headline`, the marks
    /// as distances from each other, comma-separated.
    pub fn encode_docs(docs: &[Doc]) -> String {
        let mut out = String::new();
        for d in docs {
            let headline: String = d
                .headline
                .chars()
                .map(|c| if c == '\t' || c == '\n' { ' ' } else { c })
                .collect();
            let mut last = 0;
            let marks: Vec<String> = d
                .marks
                .iter()
                .map(|&m| {
                    let step = m - last;
                    last = m;
                    step.to_string()
                })
                .collect();
            out += &format!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                d.date,
                d.page,
                d.id,
                d.title_units,
                d.offset,
                d.len,
                marks.join(","),
                headline
            );
        }
        out
    }

    /// Reads a document table written by [`Segment::encode_docs`].
    pub fn decode_docs(text: &str) -> Result<Vec<Doc>, ShardError> {
        text.lines()
            .enumerate()
            .map(|(i, line)| {
                let f: Vec<&str> = line.splitn(8, '\t').collect();
                let bad = || ShardError(format!("document table line {}: malformed", i + 1));
                let [date, page, id, units, offset, len, marks, headline] = f[..] else {
                    return Err(bad());
                };
                let mut at = 0u32;
                let marks = marks
                    .split(',')
                    .filter(|m| !m.is_empty())
                    .map(|m| {
                        at = at
                            .checked_add(m.parse().map_err(|_| bad())?)
                            .ok_or_else(bad)?;
                        Ok(at)
                    })
                    .collect::<Result<Vec<u32>, ShardError>>()?;
                Ok(Doc {
                    date: date.to_owned(),
                    page: page.parse().map_err(|_| bad())?,
                    id: id.to_owned(),
                    title_units: units.parse().map_err(|_| bad())?,
                    offset: offset.parse().map_err(|_| bad())?,
                    len: len.parse().map_err(|_| bad())?,
                    marks,
                    headline: headline.to_owned(),
                })
            })
            .collect()
    }
}

/// What a query needs of a segment besides its shards: the issue each document is in
/// (documents are numbered by date). Written into the search manifest ([`Meta::to_text`]),
/// so a query fetches no file for it: a decade of a daily is about 26 KB of text there,
/// which compresses to a few hundred bytes (a daily's dates differ from each other in a
/// digit or two, and its issues have about as many stories). (Whether a match is in a
/// headline is in its position: [`in_headline`].)
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Meta {
    /// Each issue date with its first document, in document order.
    pub issues: Vec<(String, u32)>,
    /// How many documents there are (the last issue's run from its first).
    pub docs: u32,
    /// The frequent pairs (`发 展`), sorted: their terms keep only first positions, and
    /// the three units around them are indexed (see the module's text). Written into the
    /// manifest apart from the issues ([`Meta::frequent_text`]).
    pub frequent: Vec<String>,
}

impl Meta {
    fn of(docs: &[Doc]) -> Meta {
        let mut issues: Vec<(String, u32)> = Vec::new();
        for (i, d) in docs.iter().enumerate() {
            if issues.last().is_none_or(|(date, _)| *date != d.date) {
                issues.push((d.date.clone(), i as u32));
            }
        }
        Meta {
            issues,
            docs: u32::try_from(docs.len()).unwrap_or(u32::MAX),
            frequent: Vec::new(),
        }
    }

    /// Whether the pair term `pair` (`发 展`) is frequent in the segment.
    pub fn is_frequent(&self, pair: &str) -> bool {
        self.frequent
            .binary_search_by(|p| p.as_str().cmp(pair))
            .is_ok()
    }

    /// The frequent pairs as text: `;` between them (`发 展;工 作`).
    pub fn frequent_text(&self) -> String {
        self.frequent.join(";")
    }

    /// This meta with the frequent pairs of [`Meta::frequent_text`]'s `text`.
    pub fn with_frequent(self, text: &str) -> Meta {
        let mut frequent: Vec<String> = text
            .split(';')
            .filter(|p| !p.is_empty())
            .map(str::to_owned)
            .collect();
        frequent.sort_unstable();
        Meta { frequent, ..self }
    }

    /// The issue date of document `doc`.
    pub fn date_of(&self, doc: u32) -> Option<&str> {
        let i = self.issues.partition_point(|(_, first)| *first <= doc);
        i.checked_sub(1).map(|i| self.issues[i].0.as_str())
    }

    /// The text form: each issue as `shared:rest:documents`, `;` between them: how many
    /// bytes its date shares with the one before, the rest of it, and how many documents
    /// it has (`0:2026-04-01:24;9:2:24;8:10:23`).
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let mut last = "";
        for (i, (date, first)) in self.issues.iter().enumerate() {
            let shared = last
                .bytes()
                .zip(date.bytes())
                .take_while(|(a, b)| a == b)
                .count();
            // Not inside a character.
            let shared = (0..=shared)
                .rev()
                .find(|&n| date.is_char_boundary(n))
                .unwrap_or(0);
            let next = self.issues.get(i + 1).map_or(self.docs, |(_, n)| *n);
            if i > 0 {
                out.push(';');
            }
            out += &format!(
                "{shared}:{}:{}",
                &date[shared..],
                next.saturating_sub(*first)
            );
            last = date;
        }
        out
    }

    /// Reads the text form of [`Meta::to_text`].
    pub fn from_text(text: &str) -> Result<Meta, ShardError> {
        let mut issues: Vec<(String, u32)> = Vec::new();
        let mut first = 0u32;
        for (i, entry) in text.split(';').filter(|e| !e.is_empty()).enumerate() {
            let bad =
                |what: &str| ShardError(format!("issue {} of a segment's list: {what}", i + 1));
            let mut fields = entry.splitn(3, ':');
            let (Some(shared), Some(rest), Some(docs)) =
                (fields.next(), fields.next(), fields.next())
            else {
                return Err(bad("not shared:rest:documents"));
            };
            let shared: usize = shared.parse().map_err(|_| bad("not a number"))?;
            let docs: u32 = docs.parse().map_err(|_| bad("not a number"))?;
            let last = issues.last().map_or("", |(d, _)| d.as_str());
            let date = last
                .get(..shared)
                .ok_or_else(|| bad("shares more than the date before has"))?
                .to_owned()
                + rest;
            issues.push((date, first));
            first = first
                .checked_add(docs)
                .ok_or_else(|| bad("document number overflows"))?;
        }
        Ok(Meta {
            issues,
            docs: first,
            frequent: Vec::new(),
        })
    }
}

/// Some terms of a segment with their postings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shard {
    /// Terms with their postings, sorted by term (a sorted list, not a map: smaller wasm).
    pub terms: Vec<(String, Postings)>,
}

/// A shard or document table that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShardError(pub String);

impl std::fmt::Display for ShardError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ShardError {}

impl Shard {
    /// The postings of `term`, if this shard has it.
    pub fn get(&self, term: &str) -> Option<&Postings> {
        let i = self
            .terms
            .binary_search_by(|(t, _)| t.as_str().cmp(term))
            .ok()?;
        Some(&self.terms[i].1)
    }

    /// The binary form: magic, then each term with its postings, varint and
    /// delta-coded (documents ascending, positions ascending).
    pub fn encode(&self) -> Vec<u8> {
        let encoded: Vec<(&str, u64, Vec<u8>)> = self
            .terms
            .iter()
            .map(|(term, postings)| {
                let mut bytes = Vec::new();
                let mut last_doc = 0u32;
                for (doc, positions) in postings {
                    write_posting(&mut bytes, doc - last_doc, positions);
                    last_doc = *doc;
                }
                (term.as_str(), postings.len() as u64, bytes)
            })
            .collect();
        write_shard(encoded.iter().map(|(t, n, b)| (*t, *n, b.as_slice())))
    }

    /// Reads the binary form, checking the format id first.
    pub fn decode(bytes: &[u8]) -> Result<Shard, ShardError> {
        let rest = bytes.strip_prefix(SHARD_MAGIC.as_slice()).ok_or_else(|| {
            ShardError("not a banmian search shard (or another version of the format)".into())
        })?;
        let mut r = Reader { bytes: rest, at: 0 };
        let mut terms: Vec<(String, Postings)> = Vec::new();
        for _ in 0..r.varint()? {
            let len = r.varint()? as usize;
            let bad_term = r.error("term is not UTF-8");
            let term = std::str::from_utf8(r.take(len)?)
                .map_err(|_| bad_term)?
                .to_owned();
            let docs = r.varint()?;
            let mut postings = Vec::with_capacity(docs.min(1 << 16) as usize);
            let mut doc = 0u32;
            for _ in 0..docs {
                let head = r.varint()?;
                let delta = u32::try_from(head >> 1).map_err(|_| r.error("number too large"))?;
                doc = doc
                    .checked_add(delta)
                    .ok_or_else(|| r.error("document number overflows"))?;
                let n = if head & 1 == 1 { 1 } else { r.varint()? };
                let mut positions = Vec::with_capacity(n.min(1 << 16) as usize);
                let mut p = 0u32;
                for _ in 0..n {
                    p = p
                        .checked_add(r.u32()?)
                        .ok_or_else(|| r.error("position overflows"))?;
                    positions.push(p);
                }
                postings.push((doc, positions));
            }
            if terms.last().is_some_and(|(last, _)| *last >= term) {
                return Err(r.error("terms out of order"));
            }
            terms.push((term, postings));
        }
        if r.at != rest.len() {
            return Err(r.error("trailing bytes"));
        }
        Ok(Shard { terms })
    }
}

/// One document of a term's postings: its distance from the previous document, doubled,
/// plus one if it has a single position (most have: every single unit, and most pairs);
/// else the number of positions; then the positions as distances from each other. (The
/// builder and [`Shard::encode`] both write postings with this.)
fn write_posting(out: &mut Vec<u8>, doc_delta: u32, positions: &[u32]) {
    let single = positions.len() == 1;
    varint(out, u64::from(doc_delta) << 1 | u64::from(single));
    if !single {
        varint(out, positions.len() as u64);
    }
    let mut last = 0u32;
    for &p in positions {
        varint(out, u64::from(p - last));
        last = p;
    }
}

/// A shard file: magic, then each term (sorted) with its document count and postings.
fn write_shard<'a>(terms: impl ExactSizeIterator<Item = (&'a str, u64, &'a [u8])>) -> Vec<u8> {
    let mut out = SHARD_MAGIC.to_vec();
    varint(&mut out, terms.len() as u64);
    for (term, docs, postings) in terms {
        varint(&mut out, term.len() as u64);
        out.extend_from_slice(term.as_bytes());
        varint(&mut out, docs);
        out.extend_from_slice(postings);
    }
    out
}

fn varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn error(&self, what: &str) -> ShardError {
        ShardError(format!(
            "shard byte {}: {what}",
            self.at + SHARD_MAGIC.len()
        ))
    }

    fn varint(&mut self) -> Result<u64, ShardError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self
                .bytes
                .get(self.at)
                .ok_or_else(|| self.error("ends too early"))?;
            self.at += 1;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(self.error("varint too long"))
    }

    fn u32(&mut self) -> Result<u32, ShardError> {
        u32::try_from(self.varint()?).map_err(|_| self.error("number too large"))
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], ShardError> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or_else(|| self.error("ends too early"))?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }
}

#[cfg(test)]
mod tests;
