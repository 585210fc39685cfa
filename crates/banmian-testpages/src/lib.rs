//! Test pages whose truth is known by construction: known text typeset into known boxes
//! as page PDFs, with the layout system's text export of each page and `truth.json`, where
//! every line, block and story zone stands, from the layout's own arithmetic (never read
//! back from the PDF).
//!
//! [`issue::build`] lays out a four-page issue of a fictional paper (示例日报, 2026-05-18)
//! on a six-column broadsheet grid; [`render::pdf`] writes a page with krilla in the real
//! CJK fonts ([`fonts::FontSet`]); [`export::text`] writes its text export;
//! [`truth::truth`] its truth; [`check::check`] checks that a truth holds together;
//! [`tounicode::strip`] takes the fonts' `/ToUnicode` maps out of a PDF.
//!
//! The layout needs only character widths ([`metrics::Metrics`]): with
//! [`metrics::FixedMetrics`] it runs without font files, which is how the tests run it.

pub mod check;
pub mod content;
pub mod export;
pub mod fonts;
pub mod issue;
pub mod layout;
pub mod metrics;
pub mod polygon;
pub mod render;
pub mod tounicode;
pub mod truth;
pub mod typeset;

/// Why a page could not be made.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A face has no glyph for a character of the text.
    #[error("{face} has no glyph for {c:?}")]
    NoGlyph {
        /// The face.
        face: &'static str,
        /// The character.
        c: char,
    },
    /// Text that must fit a measure does not.
    #[error("{text:?} does not fit {width} pt")]
    TooWide {
        /// The text.
        text: String,
        /// The measure.
        width: f64,
    },
    /// The layout does not work out.
    #[error("layout: {0}")]
    Layout(String),
    /// krilla could not write the PDF.
    #[error("PDF: {0}")]
    Pdf(String),
    /// The fonts could not be used.
    #[error(transparent)]
    Font(#[from] fonts::FontError),
}

#[cfg(test)]
mod tests;
