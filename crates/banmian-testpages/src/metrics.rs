//! The faces a page is set in, and how wide their characters are.

/// A face of the page's type: the body, headline and caption faces of a Chinese paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Face {
    /// A 宋体-like serif: body text, the masthead's small print.
    Serif,
    /// The bold serif: the paper's name, the banner.
    SerifBold,
    /// A 黑体-like sans: kickers, subheadlines, bylines, captions.
    Sans,
    /// The bold sans: headlines and subheads.
    SansBold,
}

impl Face {
    /// Every face, in a fixed order.
    pub const ALL: [Face; 4] = [Face::Serif, Face::SerifBold, Face::Sans, Face::SansBold];

    /// Its name in `truth.json`.
    pub fn name(self) -> &'static str {
        match self {
            Face::Serif => "serif",
            Face::SerifBold => "serif-bold",
            Face::Sans => "sans",
            Face::SansBold => "sans-bold",
        }
    }
}

/// How wide a face sets a character.
pub trait Metrics {
    /// The advance of `c` in `face`, in ems; `None` when the face has no glyph for it.
    fn advance(&self, face: Face, c: char) -> Option<f64>;
}

/// A stand-in for real fonts: every character one em wide except printable ASCII, half
/// an em. The layout works with it as with real fonts, so the tests need no font files.
#[derive(Debug, Clone, Copy, Default)]
pub struct FixedMetrics;

impl Metrics for FixedMetrics {
    fn advance(&self, _face: Face, c: char) -> Option<f64> {
        if c.is_control() {
            None
        } else if c.is_ascii() {
            Some(0.5)
        } else {
            Some(1.0)
        }
    }
}
