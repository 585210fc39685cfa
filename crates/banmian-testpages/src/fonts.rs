//! The real fonts: Noto Serif CJK and Noto Sans CJK (Debian's `fonts-noto-cjk`), their
//! Simplified Chinese faces picked out of the TrueType collections.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use skrifa::instance::{LocationRef, Size};
use skrifa::raw::FileRef;
use skrifa::string::StringId;
use skrifa::{FontRef, MetadataProvider};

use crate::metrics::{Face, Metrics};

/// The file each face is read from, as `fonts-noto-cjk` installs them.
pub const FILES: [(Face, &str); 4] = [
    (Face::Serif, "NotoSerifCJK-Regular.ttc"),
    (Face::SerifBold, "NotoSerifCJK-Bold.ttc"),
    (Face::Sans, "NotoSansCJK-Regular.ttc"),
    (Face::SansBold, "NotoSansCJK-Bold.ttc"),
];

/// Why the fonts could not be used.
#[derive(Debug, thiserror::Error)]
pub enum FontError {
    /// A font file was not found under the folder searched.
    #[error("{file} is not under {dir} (apt-get install fonts-noto-cjk)")]
    Missing {
        /// The file's name.
        file: &'static str,
        /// The folder searched.
        dir: PathBuf,
    },
    /// A file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// A file is not a font skrifa or krilla can read.
    #[error("{0} is not a font that can be read")]
    Unreadable(PathBuf),
}

/// One face: its file's bytes and its index in the collection.
struct Loaded {
    path: PathBuf,
    bytes: Arc<Vec<u8>>,
    index: u32,
    family: String,
    upem: f64,
}

/// The four faces, loaded.
pub struct FontSet {
    faces: Vec<(Face, Loaded)>,
}

impl FontSet {
    /// Finds the four files under `dir` (searched recursively, in sorted order).
    pub fn find(dir: &Path) -> Result<FontSet, FontError> {
        let mut all = Vec::new();
        walk(dir, &mut all);
        all.sort();
        let mut faces = Vec::new();
        for (face, file) in FILES {
            let path = all
                .iter()
                .find(|p| p.file_name().is_some_and(|n| n == file))
                .ok_or_else(|| FontError::Missing {
                    file,
                    dir: dir.to_owned(),
                })?;
            faces.push((face, load(path)?));
        }
        Ok(FontSet { faces })
    }

    fn get(&self, face: Face) -> Option<&Loaded> {
        self.faces.iter().find(|(f, _)| *f == face).map(|(_, l)| l)
    }

    /// The glyph `face` draws `c` with, and its advance in ems.
    pub fn glyph(&self, face: Face, c: char) -> Option<(u32, f64)> {
        let l = self.get(face)?;
        let font = FontRef::from_index(l.bytes.as_slice(), l.index).ok()?;
        let gid = font.charmap().map(c)?;
        let advance = font
            .glyph_metrics(Size::unscaled(), LocationRef::default())
            .advance_width(gid)?;
        Some((gid.to_u32(), f64::from(advance) / l.upem))
    }

    /// The face as krilla embeds it.
    pub fn krilla_font(&self, face: Face) -> Option<krilla::text::Font> {
        let l = self.get(face)?;
        krilla::text::Font::new(l.bytes.clone().into(), l.index)
    }

    /// Each face's file and family, for the log and the README.
    pub fn describe(&self) -> Vec<String> {
        self.faces
            .iter()
            .map(|(face, l)| {
                format!(
                    "{}: {} #{} ({})",
                    face.name(),
                    l.path.display(),
                    l.index,
                    l.family
                )
            })
            .collect()
    }
}

impl Metrics for FontSet {
    fn advance(&self, face: Face, c: char) -> Option<f64> {
        self.glyph(face, c).map(|(_, a)| a)
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// Reads a font file and picks its Simplified Chinese face (family `… SC`), or its
/// first face.
fn load(path: &Path) -> Result<Loaded, FontError> {
    let bytes = std::fs::read(path).map_err(|source| FontError::Read {
        path: path.to_owned(),
        source,
    })?;
    let unreadable = || FontError::Unreadable(path.to_owned());
    let count = match FileRef::new(&bytes).map_err(|_| unreadable())? {
        FileRef::Font(_) => 1,
        FileRef::Collection(c) => c.len(),
    };
    let family = |index: u32| -> Option<String> {
        let font = FontRef::from_index(&bytes, index).ok()?;
        let name = font
            .localized_strings(StringId::FAMILY_NAME)
            .english_or_first()?
            .to_string();
        Some(name)
    };
    let index = (0..count)
        .find(|&i| family(i).is_some_and(|f| f.ends_with(" SC")))
        .unwrap_or(0);
    let font = FontRef::from_index(&bytes, index).map_err(|_| unreadable())?;
    let upem = f64::from(
        font.metrics(Size::unscaled(), LocationRef::default())
            .units_per_em,
    );
    let family = family(index).unwrap_or_default();
    Ok(Loaded {
        path: path.to_owned(),
        bytes: Arc::new(bytes),
        index,
        family,
        upem,
    })
}
