//! The search index of a site: `DATA_DIR/search/manifest.json` and one folder a year of
//! issues, named by a hash of its content, holding the term shards (`t<N>.bin`), what ranking
//! needs of every story (`meta.bin`) and the document table (`docs-<K>.txt`, 16 stories a
//! file, fetched only for the results shown). Publishing rebuilds only the years it touches; the other
//! years' folders stay as they are, so adding a day to a ten-year archive indexes one year.
//! A second thread creates a segment's files while the first indexes (see [`build`]).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use banmian_model::{
    parse_search_manifest, Article, Issue, SearchManifest, SearchSegment, SEARCH_FORMAT,
};
use banmian_search::{IndexBuilder, Segment};

use crate::{create_dir, write_atomically, Hasher, PublishError};

/// Documents a document-table file.
const CHUNK: usize = 16;

/// What a search update did: the years it indexed, with their stories.
pub type Rebuilt = Vec<(String, usize)>;

/// Brings the search index of `data_dir` up to date with `issues` (by date), rebuilding
/// the years of `changed` dates and any year without a segment.
pub(crate) fn update(
    data_dir: &Path,
    issues: &BTreeMap<String, (Issue, Vec<u8>)>,
    changed: &[String],
) -> Result<Rebuilt, PublishError> {
    let dir = data_dir.join("search");
    let manifest_path = dir.join("manifest.json");
    let old = fs::read_to_string(&manifest_path)
        .ok()
        .and_then(|t| parse_search_manifest(&t).ok());
    let mut by_year: BTreeMap<String, Vec<&Issue>> = BTreeMap::new();
    for (issue, _) in issues.values() {
        by_year.entry(year(&issue.date)).or_default().push(issue);
    }
    let kept: BTreeMap<String, SearchSegment> = old
        .iter()
        .flat_map(|m| m.segments.iter().cloned())
        .filter(|s| dir.join(&s.dir).is_dir())
        .map(|s| (s.key.clone(), s))
        .collect();
    let touched: BTreeSet<String> = changed.iter().map(|d| year(d)).collect();
    let mut segments = Vec::new();
    let mut rebuilt = Vec::new();
    for (key, year_issues) in &by_year {
        match kept.get(key) {
            Some(segment) if !touched.contains(key) => segments.push(segment.clone()),
            _ => {
                let (segment, stories) = build(&dir, key, year_issues)?;
                rebuilt.push((key.clone(), stories));
                segments.push(segment);
            }
        }
    }
    segments.sort_by(|a, b| b.key.cmp(&a.key));
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

fn year(date: &str) -> String {
    date.get(..4).unwrap_or(date).to_owned()
}

/// Indexes the stories of `issues` into a new segment folder under `dir`.
///
/// Creating thousands of files is most of the kernel's share of a build, so a second
/// thread does all the file work: it creates the segment's files (empty) in a temporary
/// folder while this one indexes, then writes them as they are encoded and hashes them;
/// the folder is renamed to its hash at the end.
fn build(dir: &Path, key: &str, issues: &[&Issue]) -> Result<(SearchSegment, usize), PublishError> {
    let stories: Vec<_> = issues
        .iter()
        .flat_map(|issue| issue.stories().into_iter().map(move |s| (*issue, s)))
        .filter(|(_, parts)| !parts.is_empty())
        .collect();
    let docs = stories.len();
    let shards = shard_count(docs);
    let names = file_names(docs, shards);
    let tmp = dir.join(format!(".{key}.{}.tmp", std::process::id()));
    let written = std::thread::scope(|scope| {
        let (send, receive) = mpsc::channel::<Vec<u8>>();
        let writer = scope.spawn(|| write_files(&tmp, &names, receive));
        let mut builder = IndexBuilder::new();
        for (issue, parts) in &stories {
            add_story(&mut builder, issue, parts);
        }
        let segment = builder.finish(shards);
        let files = segment
            .docs
            .chunks(CHUNK)
            .map(|chunk| Segment::encode_docs(chunk).into_bytes())
            .chain([segment.meta.encode()])
            .chain(segment.shards);
        for bytes in files {
            // A closed channel means the writer failed: its error is reported below.
            if send.send(bytes).is_err() {
                break;
            }
        }
        drop(send);
        writer.join().unwrap_or_else(|_| {
            Err(PublishError::Io {
                path: tmp.clone(),
                err: std::io::Error::other("the index writer panicked"),
            })
        })
    });
    let folder = match written {
        Ok(hash) => format!("{key}-{hash}"),
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
        dir: folder,
        shards,
        docs: u32::try_from(docs).unwrap_or(u32::MAX),
        chunk: CHUNK as u32,
    };
    Ok((info, docs))
}

/// The files of a segment of `docs` stories in `shards` shards, in the order they are
/// written and hashed: the document tables, the meta file, the shards.
fn file_names(docs: usize, shards: u32) -> Vec<String> {
    (0..docs.div_ceil(CHUNK))
        .map(|k| format!("docs-{k}.txt"))
        .chain(["meta.bin".to_owned()])
        .chain((0..shards).map(|n| format!("t{n}.bin")))
        .collect()
}

/// Creates `folder` with an empty file for each of `names`, then writes each file with
/// the next bytes `receive` brings, in order; returns the hash of every name and content.
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

/// Adds a story of an issue as one document.
fn add_story(builder: &mut IndexBuilder, issue: &Issue, parts: &[(u32, &Article)]) {
    let Some((page, first)) = parts.first() else {
        return;
    };
    builder.add(
        &issue.date,
        *page,
        &first.id,
        Issue::story_headline(parts),
        &Issue::story_text(parts),
    );
}

/// A shard per two documents, from 8 to 4096: a query fetches a few small files (about
/// 10 KB each) whatever the size of the archive. Not rounded up to a power of two: every
/// file is one more for the kernel to create, and a shard is found by a remainder.
fn shard_count(docs: usize) -> u32 {
    u32::try_from((docs / 2).clamp(8, 4096)).unwrap_or(4096)
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
