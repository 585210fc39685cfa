//! A page PDF's text layer: where the page's stories stand, and, for desks that send no
//! text export, the export itself.
//!
//! [`banmian_pdf`] gives a page's glyphs, each with its text and its box. From them:
//!
//! 1. `lines`: the glyphs become printed lines (one baseline band, one size class, no
//!    column gutter inside), the lines column blocks, and the blocks are put in reading
//!    order (the masthead first; then a recursive XY-cut, columns before bands, so stories
//!    side by side are read one after the other and a banner or a headline over several
//!    columns before what stands under it).
//! 2. [`place`]: each line is matched to the article (from the text export) that prints
//!    its text; an article's zone is the outline of its lines' column blocks, one
//!    rectilinear polygon following the columns, in the page image's pixels.
//! 3. [`page_text`]: the lines in reading order written as the plain-text export the
//!    importer reads (paragraphs re-joined, headlines apart), so the text importer's
//!    rules, the only ones, read a page that came with no export.
//!
//! Nothing is invented: a line whose text no article prints stays unplaced, an article
//! none of whose text is found gets no zone and a diagnostic, and a page without a usable
//! text layer (a scan, fonts without `ToUnicode`) places nothing.

#[cfg(test)]
mod fixture;
mod lines;
mod shape;
mod text;
mod zones;

pub use zones::normalize;

use banmian_model::{Article, Severity};
use banmian_pdf::{Char, PageInfo};

use crate::Diagnostic;

/// Finds where `articles` (one page's, as imported from its text export) stand on the
/// page: fills each article's `zones` (one polygon for each separate part, usually one)
/// and `lines` (its printed lines), in the page image's pixels
/// ([`banmian_pdf::PX_PER_PT`]). Returns a warning for each article none of whose text is
/// on the page and, instead of any placement, one for a page with no usable text layer.
/// The diagnostics name no file: the caller knows which PDF this is.
pub fn place(page: PageInfo, chars: &[Char], articles: &mut [Article]) -> Vec<Diagnostic> {
    match lines::text_layer(chars) {
        lines::TextLayer::Usable => zones::place(page, &lines::read(page, chars), articles),
        unusable => vec![Diagnostic {
            severity: Severity::Warning,
            file: None,
            line: None,
            message: format!(
                "{}: no zones found for the page's {} articles",
                unusable.describe(),
                articles.len()
            ),
        }],
    }
}

/// The page's text as the layout system's plain-text export would give it (header lines,
/// then items separated by blank lines, a paragraph a line), for [`crate::import`]; `None`
/// when the page has no usable text layer (a scan, fonts without `ToUnicode`).
pub fn page_text(page: PageInfo, chars: &[Char]) -> Option<String> {
    match lines::text_layer(chars) {
        lines::TextLayer::Usable => text::export(&lines::read(page, chars)),
        _ => None,
    }
}
