//! The search index of a site: `DATA_DIR/search/manifest.json` and one folder a year of
//! issues, named by a hash of its content, holding the term shards (`t<N>.bin`), what ranking
//! needs of every story (`meta.bin`) and the document table (`docs-<K>.txt`, 16 stories a
//! file, fetched only for the results shown). Publishing rebuilds only the years it touches; the other
//! years' folders stay as they are, so adding a day to a ten-year archive indexes one year.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use banmian_model::{parse_search_manifest, Issue, SearchManifest, SearchSegment, SEARCH_FORMAT};
use banmian_search::{IndexBuilder, Segment};

use crate::{create_dir, hash, write_atomically, PublishError};

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
fn build(dir: &Path, key: &str, issues: &[&Issue]) -> Result<(SearchSegment, usize), PublishError> {
    let mut builder = IndexBuilder::new();
    for issue in issues {
        add_stories(&mut builder, issue);
    }
    let docs = builder.docs();
    let shards = shard_count(docs);
    let segment = builder.finish(shards);
    let mut files: Vec<(String, Vec<u8>)> = segment
        .docs
        .chunks(CHUNK)
        .enumerate()
        .map(|(k, chunk)| {
            (
                format!("docs-{k}.txt"),
                Segment::encode_docs(chunk).into_bytes(),
            )
        })
        .collect();
    files.push(("meta.bin".to_owned(), segment.meta.encode()));
    files.extend(
        segment
            .shards
            .into_iter()
            .enumerate()
            .map(|(n, s)| (format!("t{n}.bin"), s)),
    );
    let mut all = Vec::new();
    for (name, bytes) in &files {
        all.extend_from_slice(name.as_bytes());
        all.extend_from_slice(bytes);
    }
    let folder = format!("{key}-{}", hash(&all));
    let target = dir.join(&folder);
    if !target.is_dir() {
        create_dir(&target)?;
        // A new folder that nothing names until the manifest does: plain writes will do.
        for (name, bytes) in &files {
            let path = target.join(name);
            fs::write(&path, bytes).map_err(|err| PublishError::Io { path, err })?;
        }
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

/// Adds the stories of an issue, each as one document.
fn add_stories(builder: &mut IndexBuilder, issue: &Issue) {
    for parts in issue.stories() {
        let Some((page, first)) = parts.first() else {
            continue;
        };
        let headline = Issue::story_headline(&parts);
        builder.add(
            &issue.date,
            *page,
            &first.id,
            headline,
            &Issue::story_text(&parts),
        );
    }
}

/// About a shard per two documents, a power of two from 8 to 4096: a query fetches a few
/// small files whatever the size of the archive.
fn shard_count(docs: usize) -> u32 {
    u32::try_from((docs / 2).next_power_of_two().clamp(8, 4096)).unwrap_or(4096)
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
