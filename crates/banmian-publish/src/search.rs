//! The search index of a site: `DATA_DIR/search/manifest.json` and its segments, each a
//! folder named by a hash of its content, holding the term shards (`t<N>.deflate`) and the
//! document table (`docs-<K>.deflate`, [`CHUNK`] stories a file, fetched only for the
//! results shown), each stored deflated (raw DEFLATE, which the viewer inflates with the browser's
//! `DecompressionStream`): on disk as small as on the wire. A segment's files never
//! change. What ranking needs of a segment (the issue of each story) is in the manifest.
//! A result's snippet is not in the index: the document table says where each
//! story's text stands in its issue file, of which the viewer fetches a few hundred bytes
//! by range ([`places`]).
//!
//! The segments are tiers by the calendar, like a log-structured merge (ARCHITECTURE.md,
//! "Search segments"): two closed years (2022~2023) are one segment; a closed year of the
//! two still open is one; the newest year's closed months are one; the newest month's
//! first runs of [`RUN`] issues are one, and its issues after them a segment a day. A day's
//! publish indexes that day alone; every fourth issue of a month merges the month so far,
//! the month's end merges the year so far, the year's end the year, every second year's end
//! the two years: a decade's query fetches at most 4 + 1 + 1 + 1 + 3 segments, and a
//! closed group's segment is never written again, so a browser or a CDN that keeps it keeps
//! it for good. A merge reads the issues of its range again: every fourth day up to 31
//! issues, at a month's end the year's so far, every second year two years'. (Groups of
//! four years would touch fewer segments, but building one needs more than the 1 GB a
//! decade's publish is allowed: measured in `cargo xtask bench scale`.)
//! A second thread creates a segment's files while the first indexes (see [`build`]).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use banmian_model::{
    month_key, parse_search_manifest, Article, Block, Issue, SearchManifest, SearchSegment,
    SEARCH_FORMAT,
};
use banmian_search::{IndexBuilder, Segment};
use flate2::{write::DeflateEncoder, Compression};

use crate::{create_dir, write_atomically, Hasher, Issues, PublishError};

/// Documents a document-table file. A result fetches its story's file: four stories'
/// lines are about 350 bytes deflated, sixteen were 1.3 KB.
const CHUNK: usize = 4;

/// How many day segments of the newest month are merged into one.
pub(crate) const RUN: usize = 4;

/// How many closed years are merged into one segment (groups aligned on multiples of it:
/// 2022~2023, 2024~2025).
const YEARS: u32 = 2;

/// What a search update did: the segments it indexed, with their stories.
pub type Rebuilt = Vec<(String, usize)>;

/// Brings the search index of `data_dir` up to date with the issues of `dates`: the
/// segments of [`plan`] that the previous manifest does not have with the same issues, or
/// that hold a date of `changed`, are indexed; the others are kept as they are.
pub(crate) fn update(
    data_dir: &Path,
    issues: &Issues,
    dates: &BTreeSet<String>,
    changed: &[String],
) -> Result<Rebuilt, PublishError> {
    let dir = data_dir.join("search");
    let manifest_path = dir.join("manifest.json");
    let old = fs::read_to_string(&manifest_path)
        .ok()
        .and_then(|t| parse_search_manifest(&t).ok());
    let kept: BTreeMap<String, SearchSegment> = old
        .iter()
        .flat_map(|m| m.segments.iter().cloned())
        .filter(|s| dir.join(&s.dir).is_dir())
        .map(|s| (s.key.clone(), s))
        .collect();
    let mut segments = Vec::new();
    let mut rebuilt = Vec::new();
    for (key, range) in plan(dates) {
        let same = kept.get(&key).filter(|s| {
            s.issues as usize == range.len() && !range.iter().any(|d| changed.contains(d))
        });
        match same {
            Some(segment) => segments.push(segment.clone()),
            None => {
                let mut read = Vec::with_capacity(range.len());
                for date in &range {
                    read.push(issues.load_with_file(date)?);
                }
                let of_range: Vec<(&Issue, &[u8])> =
                    read.iter().map(|(i, f)| (&**i, f.as_slice())).collect();
                let (segment, stories) = build(&dir, &key, &of_range)?;
                rebuilt.push((key, stories));
                segments.push(segment);
            }
        }
    }
    let manifest = SearchManifest {
        format: SEARCH_FORMAT.to_owned(),
        segments,
    };
    if old.as_ref() != Some(&manifest) {
        let mut bytes = serde_json::to_vec(&manifest).unwrap_or_default();
        bytes.push(b'\n');
        write_atomically(&manifest_path, &bytes)?;
    }
    remove_unused(&dir, &manifest, old.as_ref());
    Ok(rebuilt)
}

/// The segments an archive of `dates` is indexed in, newest first: each segment's key
/// (`2022~2023` a closed group of [`YEARS`] years; `2025` a closed year of the group still
/// open; `2026` the newest year's closed months; `2026-04` the newest month's first runs;
/// `2026-04-17` a day) with its dates, oldest first.
pub(crate) fn plan(dates: &BTreeSet<String>) -> Vec<(String, Vec<String>)> {
    let Some(newest) = dates.last() else {
        return Vec::new();
    };
    let (this_year, this_month) = (year(newest), month_key(newest));
    let mut ranges: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut days = Vec::new();
    let this: u32 = this_year.parse().unwrap_or(0);
    for date in dates {
        if month_key(date) == this_month {
            days.push(date.clone());
            continue;
        }
        let y: u32 = year(date).parse().unwrap_or(0);
        let first = y - y % YEARS;
        let key = if first + YEARS <= this {
            // A closed group of years.
            format!("{first}~{}", first + YEARS - 1)
        } else {
            // A closed year of the group still open, or the newest year's closed months.
            year(date)
        };
        ranges.entry(key).or_default().push(date.clone());
    }
    let merged = days.len() - days.len() % RUN;
    if merged > 0 {
        ranges.insert(this_month, days[..merged].to_vec());
    }
    for day in &days[merged..] {
        ranges.insert(day.clone(), vec![day.clone()]);
    }
    // By key, newest first: `2026-04-17` sorts after `2026-04` and `2026-04` after `2026`.
    ranges.into_iter().rev().collect()
}

fn year(date: &str) -> String {
    date.get(..4).unwrap_or(date).to_owned()
}

/// Indexes the stories of `issues` (each with its issue file's bytes, where the snippets
/// are read) into a new segment folder under `dir`.
///
/// Creating thousands of files is most of the kernel's share of a build, so a second
/// thread does all the file work: it creates the segment's files (empty) in a temporary
/// folder while this one indexes, then writes them as they are encoded and hashes them;
/// the folder is renamed to its hash at the end.
fn build(
    dir: &Path,
    key: &str,
    issues: &[(&Issue, &[u8])],
) -> Result<(SearchSegment, usize), PublishError> {
    let stories: Vec<_> = issues
        .iter()
        .flat_map(|&(issue, file)| issue.stories().into_iter().map(move |s| (issue, file, s)))
        .filter(|(_, _, parts)| !parts.is_empty())
        .collect();
    let docs = stories.len();
    // The text indexed, measured, and its pairs counted, so that the frequent ones are
    // known before the first story is added (the text is not kept: a segment of two years
    // holds enough already).
    let mut builder = IndexBuilder::new();
    let text = stories
        .iter()
        .map(|(_, _, parts)| {
            let body = Issue::story_text(parts);
            builder.count(Issue::story_headline(parts), &body);
            body.len()
        })
        .sum();
    let shards = shard_count(text);
    let names = file_names(docs, shards);
    let tmp = dir.join(format!(".{key}.{}.tmp", std::process::id()));
    let written = std::thread::scope(|scope| {
        let (send, receive) = mpsc::channel::<Vec<u8>>();
        let writer = scope.spawn(|| write_files(&tmp, &names, receive));
        let json = Json::new();
        for (issue, file, parts) in &stories {
            add_story(&mut builder, issue, file, parts, &json);
        }
        let Segment { docs, meta, shards } = builder.finish(shards);
        let files = docs
            .chunks(CHUNK)
            .map(|chunk| Segment::encode_docs(chunk).into_bytes())
            .chain(shards);
        for bytes in files {
            // A closed channel means the writer failed: its error is reported below.
            if send.send(bytes).is_err() {
                break;
            }
        }
        drop(send);
        let written = writer.join().unwrap_or_else(|_| {
            Err(PublishError::Io {
                path: tmp.clone(),
                err: std::io::Error::other("the index writer panicked"),
            })
        });
        written.map(|hash| (hash, meta))
    });
    let (folder, meta) = match written {
        Ok((hash, meta)) => (format!("{key}-{hash}"), meta),
        Err(err) => {
            let _ = fs::remove_dir_all(&tmp);
            return Err(err);
        }
    };
    let target = dir.join(&folder);
    if target.is_dir() {
        // The same content is there already (and maybe named by the manifest): keep it.
        let _ = fs::remove_dir_all(&tmp);
    } else {
        fs::rename(&tmp, &target).map_err(|err| PublishError::Io {
            path: target.clone(),
            err,
        })?;
    }
    let info = SearchSegment {
        key: key.to_owned(),
        issues: u32::try_from(issues.len()).unwrap_or(u32::MAX),
        dir: folder,
        shards,
        docs: u32::try_from(docs).unwrap_or(u32::MAX),
        chunk: CHUNK as u32,
        meta: meta.to_text(),
        frequent: meta.frequent_text(),
    };
    Ok((info, docs))
}

/// The files of a segment of `docs` stories in `shards` shards, in the order they are
/// written and hashed: the document tables, the shards.
fn file_names(docs: usize, shards: u32) -> Vec<String> {
    (0..docs.div_ceil(CHUNK))
        .map(|k| format!("docs-{k}.deflate"))
        .chain((0..shards).map(|n| format!("t{n}.deflate")))
        .collect()
}

/// `bytes` as raw DEFLATE, at level 2. The index is mostly numbers, which Huffman codes
/// do most for: on the shards a decade's query for 量发展 fetches, level 2 gives 0.475 of
/// their size, level 9 0.478 at half the speed, and level 1 0.574 (flate2's backend here,
/// zlib-rs, which hayro asks for, codes level 1 with fixed Huffman codes, as zlib-ng
/// does); a server's brotli at level 6 gave 0.470.
fn deflate(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = DeflateEncoder::new(Vec::with_capacity(bytes.len() / 2), Compression::new(2));
    // Writing to a Vec cannot fail.
    let _ = std::io::Write::write_all(&mut encoder, bytes);
    encoder.finish().unwrap_or_default()
}

/// Creates `folder` with an empty file for each of `names`, then writes each file with
/// the next bytes `receive` brings, deflated, in order; returns the hash of every name and
/// content as written. (Deflating here, on the writer's thread, keeps it off the indexer's.)
fn write_files(
    folder: &Path,
    names: &[String],
    receive: mpsc::Receiver<Vec<u8>>,
) -> Result<String, PublishError> {
    let io = |path: PathBuf| move |err| PublishError::Io { path, err };
    if folder.exists() {
        fs::remove_dir_all(folder).map_err(io(folder.to_owned()))?;
    }
    create_dir(folder)?;
    // A new folder that nothing names until the manifest does: plain writes will do.
    for name in names {
        let path = folder.join(name);
        fs::File::create(&path).map_err(io(path))?;
    }
    let mut hash = Hasher::new();
    let mut names = names.iter();
    for bytes in receive {
        let Some(name) = names.next() else {
            return Err(io(folder.to_owned())(std::io::Error::other(
                "more index files than names",
            )));
        };
        let path = folder.join(name);
        let bytes = deflate(&bytes);
        // The file is there and empty: no truncating (which on ext4 also makes close
        // wait for the data to be written out).
        fs::OpenOptions::new()
            .write(true)
            .open(&path)
            .and_then(|mut f| f.write_all(&bytes))
            .map_err(io(path))?;
        hash.update(name.as_bytes());
        hash.update(&bytes);
    }
    if names.next().is_some() {
        return Err(io(folder.to_owned())(std::io::Error::other(
            "fewer index files than names",
        )));
    }
    Ok(hash.finish())
}

/// Adds a story of an issue as one document, its body placed in the issue's `file`.
fn add_story(
    builder: &mut IndexBuilder,
    issue: &Issue,
    file: &[u8],
    parts: &[(u32, &Article)],
    json: &Json,
) {
    let Some((page, first)) = parts.first() else {
        return;
    };
    let body = Issue::story_text(parts);
    let placed = places(file, parts, json).filter(|p| p.body_len() == body.len());
    builder.add_placed(
        &issue.date,
        *page,
        &first.id,
        Issue::story_headline(parts),
        &body,
        |b| placed.as_ref().map_or(0, |p| p.at(b)),
    );
}

/// Where a story's body stands in its issue's file: where each run of it that the file
/// holds byte for byte starts, in the body and in the file, ascending; the last is the
/// body's end.
#[derive(Debug)]
struct Placed(Vec<(usize, u64)>);

impl Placed {
    /// Where byte `b` of the body stands in the file.
    fn at(&self, b: usize) -> u64 {
        let i = self.0.partition_point(|&(from, _)| from <= b);
        i.checked_sub(1).map_or(0, |i| {
            let (from, at) = self.0[i];
            at + (b - from) as u64
        })
    }

    /// The body's length.
    fn body_len(&self) -> usize {
        self.0.last().map_or(0, |&(end, _)| end)
    }
}

/// Where a story's body ([`Issue::story_text`]: its strings, each followed by a line
/// break) stands in its issue's `file` as serde_json wrote it; `None` if the file does not
/// hold the story (then it has no snippet). Each part is found by its `id`, its first
/// field; then each string of it, in order, by its key and its JSON form. The line break
/// after a string stands at its closing quote, as does the body's end.
fn places(file: &[u8], parts: &[(u32, &Article)], json: &Json) -> Option<Placed> {
    let mut runs: Vec<(usize, u64)> = Vec::new();
    let (mut body, mut cursor) = (0usize, 0usize);
    for (i, (_, article)) in parts.iter().enumerate() {
        let opening = format!("{{\"id\":{}", serde_json::to_string(&article.id).ok()?);
        cursor += memchr::memmem::find(file.get(cursor..)?, opening.as_bytes())?;
        let heads = [
            (&json.kicker, &article.kicker),
            (&json.subheadline, &article.subheadline),
            (&json.byline, &article.byline),
        ];
        let strings = heads
            .into_iter()
            .filter(|_| i == 0)
            .filter_map(|(key, s)| Some((key, s.as_deref()?)))
            .chain(article.blocks.iter().filter_map(|b| match b {
                Block::Paragraph { text } | Block::Subhead { text } => {
                    Some((&json.text, text.as_str()))
                }
                _ => None,
            }));
        for (key, s) in strings {
            // The next `"key":"` whose string is `s`.
            loop {
                let at = cursor + key.find(file.get(cursor..)?)? + key.needle().len();
                let mark = runs.len();
                runs.push((body, at as u64));
                if let Some(end) = json.string_at(file, at, s, body, &mut runs) {
                    cursor = end;
                    break;
                }
                runs.truncate(mark);
                cursor = at;
            }
            body += s.len() + 1;
        }
    }
    runs.push((body, cursor as u64));
    Some(Placed(runs))
}

/// How serde_json writes what [`places`] looks for: the keys of a story's strings, and
/// each ASCII character in a string (`"` is `\"`, a control character `\n` or `\u0001`),
/// asked of serde_json itself.
struct Json {
    kicker: memchr::memmem::Finder<'static>,
    subheadline: memchr::memmem::Finder<'static>,
    byline: memchr::memmem::Finder<'static>,
    text: memchr::memmem::Finder<'static>,
    ascii: Vec<Vec<u8>>,
}

impl Json {
    fn new() -> Json {
        let key = |k: &'static str| memchr::memmem::Finder::new(k.as_bytes());
        Json {
            kicker: key("\"kicker\":\""),
            subheadline: key("\"subheadline\":\""),
            byline: key("\"byline\":\""),
            text: key("\"text\":\""),
            ascii: (0u8..128)
                .map(|c| {
                    let quoted = serde_json::to_string(&char::from(c)).unwrap_or_default();
                    let inside = quoted.get(1..quoted.len().saturating_sub(1));
                    inside.unwrap_or_default().as_bytes().to_vec()
                })
                .collect(),
        }
    }

    /// Whether the string whose content starts at `at` in `file` is `s`; if so, where its
    /// closing quote is, having pushed onto `runs` where each run of it that the file holds
    /// byte for byte starts after the first (anew after each escaped character), the body's
    /// bytes counted from `body`.
    fn string_at(
        &self,
        file: &[u8],
        mut at: usize,
        s: &str,
        body: usize,
        runs: &mut Vec<(usize, u64)>,
    ) -> Option<usize> {
        let same = |at: usize, expected: &[u8]| {
            let end = at.checked_add(expected.len())?;
            (file.get(at..end)? == expected).then_some(end)
        };
        let bytes = s.as_bytes();
        let mut last = 0;
        for (k, &byte) in bytes.iter().enumerate() {
            let written = self.ascii.get(usize::from(byte)).filter(|w| w.len() != 1);
            if let Some(written) = written {
                at = same(at, &bytes[last..k])?;
                at = same(at, written)?;
                last = k + 1;
                runs.push((body + last, at as u64));
            }
        }
        at = same(at, &bytes[last..])?;
        (file.get(at) == Some(&b'"')).then_some(at)
    }
}

/// A shard per 2.6 KB of text, and in a small segment up to one per 300 bytes; from 8 to
/// 32768. A shard holds the postings and the text of its terms; in two years of text,
/// where the index is about 1.4 times the text, a shard per 2.6 KB is about 3.5 KB (1.7 KB
/// deflated). A small segment has far more distinct terms for its text (a day's index is
/// about 2.9 times the text, mostly the terms' own text, which deflates less), and a query
/// fetches a shard of each of the newest month's segments for each of its terms: a shard
/// per 300 bytes keeps a day's shards under 1 KB, up to 4000 shards (the newest month's
/// runs), and the rules meet at 10 MB of text. Smaller shards would cost a file each: a
/// file is one more for the kernel to create, and a response's headers (about 150 bytes)
/// would outweigh it. Not rounded up to a power of two: a shard is found by a remainder.
fn shard_count(text_bytes: usize) -> u32 {
    let count = (text_bytes / 2600).max((text_bytes / 300).min(4000));
    u32::try_from(count.clamp(8, 32768)).unwrap_or(32768)
}

/// Removes segment folders neither this manifest nor the one before names (a reader who
/// loaded the previous manifest can still fetch its shards).
fn remove_unused(dir: &Path, manifest: &SearchManifest, previous: Option<&SearchManifest>) {
    let keep: BTreeSet<&str> = manifest
        .segments
        .iter()
        .chain(previous.iter().flat_map(|m| &m.segments))
        .map(|s| s.dir.as_str())
        .collect();
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.path().is_dir() && !keep.contains(name.as_str()) {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_storys_text_is_placed_in_its_issue_file_byte_for_byte() {
        use banmian_model::{Jump, Page, Paper, ISSUE_FORMAT};
        let mut first = Article::new("1-1", "标题“引号”");
        first.kicker = Some("引题".into());
        first.byline = Some("记者 王\"明\"".into());
        first.blocks = vec![
            Block::Paragraph {
                text: "第一段，路径C:\\数据\u{1}在此。".into(),
            },
            Block::Image {
                src: "a.jpg".into(),
                width: None,
                height: None,
                caption: Some("说明".into()),
                credit: None,
            },
            Block::Subhead {
                text: "小标题".into(),
            },
        ];
        first.continues_to = Some(Jump {
            page: 2,
            article: Some("2-1".into()),
            label: Some("（下转第2版）".into()),
        });
        let mut second = Article::new("2-1", "");
        second.blocks = vec![Block::Paragraph {
            text: "接着说完。".into(),
        }];
        let page = |number: u32, article: Article| Page {
            number,
            label: format!("第{number}版"),
            name: None,
            image: None,
            image_size: None,
            renditions: Vec::new(),
            pdf: None,
            articles: vec![article],
        };
        let issue = Issue {
            format: ISSUE_FORMAT.into(),
            paper: Paper::default(),
            date: "2026-04-03".into(),
            weekday: None,
            lunar_date: None,
            number: None,
            page_count: Some(2),
            pages: vec![page(1, first), page(2, second)],
        };
        let file = crate::to_json(&issue);
        let parts = issue.story("1-1");
        let body = Issue::story_text(&parts);
        let placed = places(&file, &parts, &Json::new()).unwrap();
        assert_eq!(placed.body_len(), body.len());
        let at = |b: usize| placed.at(b) as usize;
        // From any character of the first part to its end, the file reads as the body.
        let first_part = body.split("接着").next().unwrap();
        for (b, _) in first_part.char_indices() {
            let read = banmian_search::body_text(&file[at(b)..at(first_part.len() - 1)]);
            assert_eq!(read, first_part[b..].trim_end(), "from byte {b}");
        }
        // The second part, found past what stands between, up to the body's end.
        let second = body.find("接着").unwrap();
        let read = banmian_search::body_text(&file[at(second)..at(body.len())]);
        assert_eq!(read, "接着说完。");
        assert_eq!(
            file[at(body.len())],
            b'"',
            "the end is the last string's closing quote"
        );
        assert!(
            places(b"{}", &parts, &Json::new()).is_none(),
            "not in the file"
        );
    }

    fn dates(list: &[&str]) -> BTreeSet<String> {
        list.iter().map(|d| (*d).to_owned()).collect()
    }

    fn keys(list: &[&str]) -> Vec<(String, usize)> {
        plan(&dates(list))
            .into_iter()
            .map(|(k, r)| (k, r.len()))
            .collect()
    }

    #[test]
    fn closed_years_by_two_the_year_so_far_one_and_new_days_one_a_day() {
        assert_eq!(
            keys(&[
                "2024-12-30",
                "2025-01-02",
                "2025-12-31",
                "2026-02-01",
                "2026-03-30",
                "2026-03-31",
                "2026-04-01",
                "2026-04-02"
            ]),
            [
                ("2026-04-02".to_owned(), 1),
                ("2026-04-01".to_owned(), 1),
                ("2026".to_owned(), 3),
                ("2024~2025".to_owned(), 3),
            ]
        );
        // 2024 closes the group 2022~2023; a year of an open group is a segment alone.
        assert_eq!(
            keys(&["2019-12-31", "2020-01-01", "2023-12-31", "2024-01-01"]),
            [
                ("2024-01-01".to_owned(), 1),
                ("2022~2023".to_owned(), 1),
                ("2020~2021".to_owned(), 1),
                ("2018~2019".to_owned(), 1),
            ]
        );
        assert_eq!(
            keys(&["2024-06-01", "2025-03-01", "2025-04-01"]),
            [
                ("2025-04-01".to_owned(), 1),
                ("2025".to_owned(), 1),
                ("2024".to_owned(), 1),
            ]
        );
    }

    #[test]
    fn every_fourth_day_merges_the_month_so_far() {
        let month: Vec<String> = (1..=30).map(|d| format!("2026-04-{d:02}")).collect();
        let upto = |n: usize| -> Vec<(String, usize)> {
            let refs: Vec<&str> = month[..n].iter().map(String::as_str).collect();
            keys(&refs)
        };
        assert_eq!(upto(3).len(), 3, "three days, three segments");
        assert_eq!(upto(4), [("2026-04".to_owned(), 4)]);
        assert_eq!(
            upto(6),
            [
                ("2026-04-06".to_owned(), 1),
                ("2026-04-05".to_owned(), 1),
                ("2026-04".to_owned(), 4)
            ]
        );
        assert_eq!(upto(30).len(), 1 + 2);
        assert_eq!(upto(30).last(), Some(&("2026-04".to_owned(), 28)));
        // The month's end: the next month's first issue closes it into the year so far.
        let mut closed = month.clone();
        closed.push("2026-05-01".into());
        let refs: Vec<&str> = closed.iter().map(String::as_str).collect();
        assert_eq!(
            keys(&refs),
            [("2026-05-01".to_owned(), 1), ("2026".to_owned(), 30)]
        );
    }

    #[test]
    fn a_decade_needs_few_segments() {
        let mut all = BTreeSet::new();
        let mut day = banmian_model::day_number("2016-01-01").unwrap_or(0);
        let end = banmian_model::day_number("2026-04-30").unwrap_or(0);
        while day <= end {
            all.insert(civil(day));
            day += 1;
        }
        let segments = plan(&all);
        // Five groups of two years, 2026's January to March, April's first 28 days, then
        // two days.
        let keys: Vec<&str> = segments.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            keys,
            [
                "2026-04-30",
                "2026-04-29",
                "2026-04",
                "2026",
                "2024~2025",
                "2022~2023",
                "2020~2021",
                "2018~2019",
                "2016~2017"
            ]
        );
        assert_eq!(
            segments.iter().map(|(_, r)| r.len()).sum::<usize>(),
            all.len()
        );
    }

    /// `day_number`'s inverse (Howard Hinnant's `civil_from_days`), for the test.
    fn civil(z: i64) -> String {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        format!("{y:04}-{m:02}-{d:02}")
    }
}
