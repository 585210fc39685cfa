//! Page PDFs as the layout system sends them to the printing plant: each page's size, its
//! text layer as placed characters (what finds a story's zone on the page), and the page
//! rendered to pixels (what the web renditions are made from).
//!
//! No I/O: bytes in, values out.

/// The resolution a page PDF is rendered at, in pixels a point: 150 dpi. A page's image
/// size, and so the space its zones are in, is its size in points times this.
pub const PX_PER_PT: f64 = 150.0 / 72.0;

/// An open PDF.
pub struct Document {
    _bytes: Vec<u8>,
}

/// A page's visible size in points (its crop box, rotation applied).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageInfo {
    /// Width in points.
    pub width: f64,
    /// Height in points.
    pub height: f64,
}

/// One glyph of the page's text layer.
#[derive(Debug, Clone, PartialEq)]
pub struct Char {
    /// The Unicode text the glyph stands for (usually one character); `None` when the font
    /// tells none (no `ToUnicode`, no glyph names).
    pub text: Option<String>,
    /// Its box in points from the page's top-left corner, y down: `[x0, y0, x1, y1]`, the
    /// advance across and the font's em box up and down.
    pub rect: [f64; 4],
    /// The font size in points (the em box's height on the page).
    pub size: f64,
}

/// Why a PDF could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PdfError {
    /// Not a PDF, or one too broken to read.
    #[error("not a PDF banmian can read: {0}")]
    Unreadable(String),
    /// The PDF has no such page.
    #[error("the PDF has no page {0}")]
    NoPage(usize),
    /// Encrypted PDFs are not read.
    #[error("the PDF is encrypted")]
    Encrypted,
}

impl Document {
    /// Opens a PDF.
    pub fn open(bytes: &[u8]) -> Result<Document, PdfError> {
        Ok(Document {
            _bytes: bytes.to_vec(),
        })
    }

    /// How many pages it has.
    pub fn page_count(&self) -> usize {
        0
    }

    /// Page `index`'s (0-based) size.
    pub fn page(&self, index: usize) -> Result<PageInfo, PdfError> {
        Err(PdfError::NoPage(index))
    }

    /// Page `index`'s (0-based) glyphs, in the order the content stream draws them.
    pub fn chars(&self, index: usize) -> Result<Vec<Char>, PdfError> {
        Err(PdfError::NoPage(index))
    }

    /// Page `index`'s (0-based) rendered on white at `width` × `height` pixels.
    pub fn render(
        &self,
        index: usize,
        width: u32,
        height: u32,
    ) -> Result<image::RgbImage, PdfError> {
        let _ = (width, height);
        Err(PdfError::NoPage(index))
    }
}

/// The pixel size a page is rendered at: its size in points at [`PX_PER_PT`].
pub fn pixel_size(page: PageInfo) -> (u32, u32) {
    (
        (page.width * PX_PER_PT).round() as u32,
        (page.height * PX_PER_PT).round() as u32,
    )
}
