//! Page scans → `data/images/<hash>/`: each page at a few widths as WebP and JPEG, and a
//! thumbnail (made by `banmian-images`), named by the scan's content, so a scan published
//! again costs nothing and a browser or CDN may keep the files for ever.
//!
//! A folder's files are named by their size: `960x1227.webp`, `thumb-160x204.webp`, and the
//! JPEGs where a IIIF viewer asks for them (`full/960,1227/0/default.jpg`: the folder is the
//! scan's static, level 0, IIIF image service); an empty `scan-2368x3027` gives the scan's
//! own size. So a scan already published is known from its folder without decoding it. The folder is
//! written under a temporary name and renamed when whole. The published issue's page then
//! lists the files as its `renditions` (relative to the issue file), its `image` is the
//! widest JPEG, and its `image_size` is the scan's.
//!
//! A page whose scan is a page PDF (as the layout system sent it to the printing plant) is
//! rendered at 150 dpi for the renditions, and the PDF itself is published for readers in
//! the same folder as `page.pdf`: the page's `pdf`.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use banmian_model::{Issue, PageFile, Rendition, Size};

use crate::{create_dir, hash, write_quickly, PublishError};

/// The published issues' folder, relative to `data/`; renditions are named relative to it.
const FROM_ISSUES: &str = "../images";
/// A page PDF's name in its folder.
const PAGE_PDF: &str = "page.pdf";

/// The folder (`<hash>`) of a rendition the published issue names (`../images/<hash>/…`).
pub(crate) fn folder_of(src: &str) -> Option<&str> {
    src.strip_prefix(FROM_ISSUES)?
        .strip_prefix('/')?
        .split('/')
        .next()
}

/// One page's scan to publish.
struct Job {
    issue: usize,
    page: usize,
    scan: PathBuf,
}

/// Publishes the scans the issues' pages name; returns the issues with their pages'
/// renditions, or `None` when no page names a scan that is not published yet (then nothing
/// is copied). A page is published already when its `image` is one of its renditions.
pub(crate) fn publish(
    issues: &[(String, Issue)],
    data_dir: &Path,
) -> Result<Option<Vec<(String, Issue)>>, PublishError> {
    let mut jobs = Vec::new();
    for (ii, (name, issue)) in issues.iter().enumerate() {
        let base = Path::new(name).parent().unwrap_or(Path::new(""));
        for (pi, page) in issue.pages.iter().enumerate() {
            let Some(image) = &page.image else { continue };
            if page.renditions.iter().any(|r| &r.src == image) {
                continue;
            }
            jobs.push(Job {
                issue: ii,
                page: pi,
                scan: base.join(image),
            });
        }
    }
    if jobs.is_empty() {
        return Ok(None);
    }
    let images = data_dir.join("images");
    create_dir(&images)?;
    // Pages decode and encode in parallel: a page is about a second of one core.
    let queue = Mutex::new(jobs.iter());
    let done: Mutex<Vec<(&Job, Published)>> = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get().min(4));
    let failed: Mutex<Option<PublishError>> = Mutex::new(None);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let Some(job) = queue.lock().ok().and_then(|mut q| q.next()) else {
                    return;
                };
                let name = &issues[job.issue].0;
                match one(
                    &job.scan,
                    &images,
                    name,
                    issues[job.issue].1.pages[job.page].number,
                ) {
                    Ok(p) => {
                        if let Ok(mut d) = done.lock() {
                            d.push((job, p));
                        }
                    }
                    Err(e) => {
                        if let Ok(mut f) = failed.lock() {
                            f.get_or_insert(e);
                        }
                        return;
                    }
                }
            });
        }
    });
    if let Some(e) = failed.into_inner().ok().flatten() {
        return Err(e);
    }
    let mut out: Vec<(String, Issue)> = issues.to_vec();
    for (job, p) in done.into_inner().unwrap_or_default() {
        let (name, issue) = &mut out[job.issue];
        let page = &mut issue.pages[job.page];
        if let Some(size) = page.image_size.filter(|s| *s != p.size) {
            return Err(PublishError::ScanSize {
                name: name.clone(),
                page: page.number,
                scan: job.scan.clone(),
                found: p.size,
                said: size,
            });
        }
        page.image_size = Some(p.size);
        page.pdf = p.pdf;
        page.image = p
            .renditions
            .iter()
            .rfind(|r| r.media_type == "image/jpeg")
            .map(|r| r.src.clone());
        page.renditions = p.renditions;
    }
    Ok(Some(out))
}

/// A scan as published: its size, its renditions, and the page PDF it was rendered from.
struct Published {
    size: Size,
    renditions: Vec<Rendition>,
    pdf: Option<PageFile>,
}

/// Publishes one scan into `images/<hash>/`, or finds it there.
fn one(scan: &Path, images: &Path, name: &str, page: u32) -> Result<Published, PublishError> {
    let bytes = fs::read(scan).map_err(|err| PublishError::Scan {
        name: name.to_owned(),
        page,
        scan: scan.to_owned(),
        why: err.to_string(),
    })?;
    let key = hash(&bytes);
    let dir = images.join(&key);
    if let Some(found) = read_folder(&dir, &key) {
        return Ok(found);
    }
    let fail = |why: String| PublishError::Scan {
        name: name.to_owned(),
        page,
        scan: scan.to_owned(),
        why,
    };
    let decoded = banmian_images::decode(&bytes).map_err(|e| fail(e.to_string()))?;
    let made = banmian_images::renditions(&decoded).map_err(|e| fail(e.to_string()))?;
    let tmp = images.join(format!(".{key}.{}.tmp", std::process::id()));
    let _ = fs::remove_dir_all(&tmp);
    create_dir(&tmp)?;
    for e in &made {
        let file = tmp.join(file_name(e.width, e.height, e.extension, e.thumbnail));
        if let Some(parent) = file.parent() {
            create_dir(parent)?;
        }
        write_quickly(&file, &e.bytes)?;
    }
    if banmian_images::is_pdf(&bytes) {
        write_quickly(&tmp.join(PAGE_PDF), &bytes)?;
    }
    let (width, height) = decoded.size();
    write_quickly(&tmp.join(format!("scan-{width}x{height}")), b"")?;
    fs::rename(&tmp, &dir).or_else(|err| {
        // Another publish made the same folder meanwhile: the same bytes.
        let _ = fs::remove_dir_all(&tmp);
        if dir.is_dir() {
            Ok(())
        } else {
            Err(PublishError::Io {
                path: dir.clone(),
                err,
            })
        }
    })?;
    read_folder(&dir, &key)
        .ok_or_else(|| fail(format!("{}: written but not readable", dir.display())))
}

/// A rendition's path in its scan's folder.
fn file_name(width: u32, height: u32, extension: &str, thumbnail: bool) -> String {
    match (extension, thumbnail) {
        ("jpg", false) => format!("full/{width},{height}/0/default.jpg"),
        (_, true) => format!("thumb-{width}x{height}.{extension}"),
        _ => format!("{width}x{height}.{extension}"),
    }
}

/// The renditions in a scan's folder, narrowest first (the thumbnail first of all), the
/// scan's size, and its page PDF if it was one; `None` unless the folder is whole.
fn read_folder(dir: &Path, key: &str) -> Option<Published> {
    let mut scan_size = None;
    let mut renditions: Vec<(bool, Rendition)> = Vec::new();
    let size = |w: &str, h: &str| Some((w.parse::<u32>().ok()?, h.parse::<u32>().ok()?));
    for entry in fs::read_dir(dir).ok()?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some((w, h)) = name.strip_prefix("scan-").and_then(|s| s.split_once('x')) {
            let (width, height) = size(w, h)?;
            scan_size = Some(Size { width, height });
        } else if let Some((stem, "webp")) = name.rsplit_once('.') {
            let (thumbnail, wh) = match stem.strip_prefix("thumb-") {
                Some(wh) => (true, wh),
                None => (false, stem),
            };
            let Some((width, height)) = wh.split_once('x').and_then(|(w, h)| size(w, h)) else {
                continue;
            };
            renditions.push((
                thumbnail,
                rendition(key, &name, width, height, "image/webp"),
            ));
        }
    }
    for entry in fs::read_dir(dir.join("full"))
        .into_iter()
        .flatten()
        .flatten()
    {
        let wh = entry.file_name().to_string_lossy().into_owned();
        let Some((width, height)) = wh.split_once(',').and_then(|(w, h)| size(w, h)) else {
            continue;
        };
        let file = format!("full/{wh}/0/default.jpg");
        if dir.join(&file).is_file() {
            renditions.push((false, rendition(key, &file, width, height, "image/jpeg")));
        }
    }
    if renditions.is_empty() {
        return None;
    }
    renditions.sort_by(|a, b| {
        (!a.0, a.1.width, &a.1.media_type).cmp(&(!b.0, b.1.width, &b.1.media_type))
    });
    let pdf = fs::metadata(dir.join(PAGE_PDF))
        .ok()
        .filter(fs::Metadata::is_file)
        .map(|file| PageFile {
            src: format!("{FROM_ISSUES}/{key}/{PAGE_PDF}"),
            bytes: file.len(),
        });
    Some(Published {
        size: scan_size?,
        renditions: renditions.into_iter().map(|(_, r)| r).collect(),
        pdf,
    })
}

fn rendition(key: &str, file: &str, width: u32, height: u32, media_type: &str) -> Rendition {
    Rendition {
        src: format!("{FROM_ISSUES}/{key}/{file}"),
        width,
        height,
        media_type: media_type.to_owned(),
    }
}
