//! Page PDFs as the layout system sends them to the printing plant: each page's size, its
//! text layer as placed characters (what finds a story's zone on the page), and the page
//! rendered to pixels (what the web renditions are made from).
//!
//! Read with the pure-Rust hayro crates: `hayro-syntax` parses, `hayro-interpret` runs the
//! content stream into a [`Device`] of ours that keeps every glyph it is handed (the text
//! layer), and `hayro` rasterizes. Fonts a PDF does not embed are replaced by hayro's own
//! (the 14 standard fonts' substitutes; a CJK font that is not embedded has no substitute,
//! so its glyphs render blank, though its text still reads from its `ToUnicode` or its
//! Unicode CMap, `UniGB-UCS2-H` and the like).
//!
//! No I/O: bytes in, values out. A panic inside the PDF libraries on a broken file is caught
//! and reported as [`PdfError::Unreadable`].

use hayro::hayro_interpret::font::{Glyph, GlyphRun};
use hayro::hayro_interpret::hayro_cmap::{BfString, WritingMode};
use hayro::hayro_interpret::util::TransformExt;
use hayro::hayro_interpret::{
    interpret_page, BlendMode, ClipPath, Context, Device, DrawMode, DrawProps, Image,
    ImageDrawProps, InterpreterCache, InterpreterSettings, RenderContent, SoftMask,
};
use hayro::hayro_syntax::page::{Page, Rotation};
use hayro::hayro_syntax::{LoadPdfError, Pdf};
use hayro::kurbo::{Affine, BezPath, Point, Rect};
use hayro::vello_cpu::color::palette::css::WHITE;
use hayro::vello_cpu::{Pixmap, RasterizerSettings, RenderContext, Resources, TargetInit};
use hayro::{RenderCache, RenderSettings};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// The resolution a page PDF is rendered at, in pixels a point: 150 dpi. A page's image
/// size, and so the space its zones are in, is its size in points times this.
pub const PX_PER_PT: f64 = 150.0 / 72.0;

/// How far a glyph's box in [`Char::rect`] reaches below its baseline, in ems; it reaches
/// `1 - EM_BELOW_BASELINE` above, so the box is one em tall: a Latin font's descenders and
/// ascenders, near enough (the glyphs do not tell their font's own).
pub const EM_BELOW_BASELINE: f64 = 0.2;

/// The same for a Chinese, Japanese or Korean glyph (its text one, or no text and a
/// full-width advance): the ideographic em box, 0.88 em up and 0.12 down, where these
/// fonts draw and poppler puts them. A glyph set vertically (a `-V` CMap) is that box
/// centred under the pen, one em wide and tall, as the PDF's default vertical metrics say.
pub const EM_BELOW_BASELINE_CJK: f64 = 0.12;

/// An open PDF.
pub struct Document {
    pdf: Pdf,
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

impl std::fmt::Debug for Document {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Document")
            .field("bytes", &self.pdf.data().as_ref().len())
            .field("pages", &self.page_count())
            .finish()
    }
}

impl Document {
    /// Opens a PDF.
    ///
    /// One encrypted only against changes (an owner password, no user password: how many
    /// PDFs meant for printing come) opens; one that needs a password to be read is
    /// [`PdfError::Encrypted`].
    pub fn open(bytes: &[u8]) -> Result<Document, PdfError> {
        guard(|| match Pdf::new(bytes.to_vec()) {
            Ok(pdf) => Ok(Document { pdf }),
            Err(LoadPdfError::Decryption(_)) => Err(PdfError::Encrypted),
            Err(LoadPdfError::Invalid) => Err(PdfError::Unreadable(
                "found no cross-reference table or page tree".into(),
            )),
        })
    }

    /// How many pages it has.
    pub fn page_count(&self) -> usize {
        self.pdf.pages().len()
    }

    /// Page `index`'s (0-based) size.
    pub fn page(&self, index: usize) -> Result<PageInfo, PdfError> {
        let (width, height) = size_of(self.get(index)?);
        Ok(PageInfo { width, height })
    }

    /// Page `index`'s (0-based) glyphs, in the order the content stream draws them.
    ///
    /// Every glyph a text-showing operator draws, in whatever render mode (invisible text,
    /// the OCR layer over a scan, included; text drawn filled and stroked at once counted
    /// once), in the page's content and the forms it paints; not the annotations'. Glyphs
    /// in optional content that is off are not drawn, so not listed.
    ///
    /// A glyph's box is its advance across and one em up and down (see
    /// [`EM_BELOW_BASELINE`] and [`EM_BELOW_BASELINE_CJK`]); for a font that is not
    /// embedded and is drawn with a substitute of other widths, its width is the
    /// substitute's.
    pub fn chars(&self, index: usize) -> Result<Vec<Char>, PdfError> {
        let page = self.get(index)?;
        guard(|| {
            let (width, height) = size_of(page);
            let settings = InterpreterSettings {
                render_content: RenderContent::PAGE,
                ..InterpreterSettings::default()
            };
            let cache = InterpreterCache::new();
            let mut context = Context::new(
                page.initial_transform(true).to_kurbo(),
                Rect::new(0.0, 0.0, width, height),
                &cache,
                page.xref(),
                settings,
            );
            let mut collector = Collector::default();
            interpret_page(page, &mut context, &mut collector);
            Ok(collector.chars)
        })
    }

    /// Page `index`'s (0-based) rendered on white at `width` × `height` pixels.
    ///
    /// The page is scaled to fill them (each axis on its own, so a size off the page's
    /// proportions stretches it). Each side is at most 65,535 pixels.
    pub fn render(
        &self,
        index: usize,
        width: u32,
        height: u32,
    ) -> Result<image::RgbImage, PdfError> {
        let page = self.get(index)?;
        let (Some(w), Some(h)) = (
            u16::try_from(width).ok().filter(|&w| w > 0),
            u16::try_from(height).ok().filter(|&h| h > 0),
        ) else {
            return Err(PdfError::Unreadable(format!(
                "cannot render at {width} × {height} pixels (1 to 65,535 a side)"
            )));
        };
        guard(|| {
            let (page_width, page_height) = size_of(page);
            let transform = Affine::scale_non_uniform(
                f64::from(width) / page_width,
                f64::from(height) / page_height,
            ) * page.initial_transform(true).to_kurbo();
            let cache = RenderCache::new();
            let mut context = RenderContext::new(w, h);
            hayro::render_into(
                page,
                &cache,
                &InterpreterSettings::default(),
                &RenderSettings::default(),
                &mut context,
                transform,
            );
            context.flush();
            let mut pixmap = Pixmap::new(w, h);
            context.render_with(
                &mut pixmap,
                &mut Resources::default(),
                RasterizerSettings {
                    target_init: TargetInit::Clear(WHITE),
                    ..RasterizerSettings::default()
                },
            );
            // Premultiplied RGBA over white (opaque already, as the target was cleared to
            // white, unless the page paints with blend modes that leave alpha).
            let rgb: Vec<u8> = pixmap
                .data_as_u8_slice()
                .chunks_exact(4)
                .flat_map(|p| {
                    let under = 255 - p[3];
                    [
                        p[0].saturating_add(under),
                        p[1].saturating_add(under),
                        p[2].saturating_add(under),
                    ]
                })
                .collect();
            image::RgbImage::from_raw(width, height, rgb).ok_or_else(|| {
                PdfError::Unreadable(format!("the renderer gave no {width} × {height} image"))
            })
        })
    }

    fn get(&self, index: usize) -> Result<&Page<'_>, PdfError> {
        self.pdf.pages().get(index).ok_or(PdfError::NoPage(index))
    }
}

/// The pixel size a page is rendered at: its size in points at [`PX_PER_PT`].
pub fn pixel_size(page: PageInfo) -> (u32, u32) {
    (
        (page.width * PX_PER_PT).round() as u32,
        (page.height * PX_PER_PT).round() as u32,
    )
}

/// A page's size in points: its crop box (which hayro-syntax reads as the media box when
/// there is none) within its media box, turned by its `/Rotate`. In `f64` from the boxes
/// where hayro's `render_dimensions` rounds to `f32`, and as it does otherwise (an A4 page
/// for a box of no area).
fn size_of(page: &Page<'_>) -> (f64, f64) {
    let visible = page.intersected_crop_box();
    let (width, height) = (visible.x1 - visible.x0, visible.y1 - visible.y0);
    let (width, height) = if width.abs() < 1e-3 || height.abs() < 1e-3 {
        let (w, h) = page.base_dimensions();
        (f64::from(w), f64::from(h))
    } else {
        (width.abs().max(1.0), height.abs().max(1.0))
    };
    match page.rotation() {
        Rotation::Horizontal | Rotation::FlippedHorizontal => (height, width),
        Rotation::None | Rotation::Flipped => (width, height),
    }
}

/// Runs `read`, a panic in the PDF libraries becoming [`PdfError::Unreadable`].
fn guard<T>(read: impl FnOnce() -> Result<T, PdfError>) -> Result<T, PdfError> {
    catch_unwind(AssertUnwindSafe(read)).unwrap_or_else(|panic| {
        let why = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "the PDF reader failed".into());
        Err(PdfError::Unreadable(why))
    })
}

/// The device that keeps every glyph it is handed and draws nothing.
#[derive(Default)]
struct Collector {
    chars: Vec<Char>,
    /// The last run drawn filled: text in a fill-and-stroke render mode comes as the same
    /// run twice, filled then stroked, and is kept once.
    last_fill: Option<RunKey>,
}

/// What tells one run of glyphs from another at the same place.
#[derive(PartialEq)]
struct RunKey {
    transform: [f64; 6],
    len: usize,
    first: [f64; 6],
    last: [f64; 6],
    codes: (u32, u32),
}

impl RunKey {
    fn of(run: &GlyphRun<'_, '_>, props: &DrawProps<'_>) -> RunKey {
        let glyphs = run.glyphs();
        let coeffs = |i: Option<usize>| {
            i.and_then(|i| glyphs.get(i))
                .map_or([0.0; 6], |g| g.transform().as_coeffs())
        };
        let code = |i: Option<usize>| i.and_then(|i| glyphs.get(i)).map_or(0, |g| g.char_code());
        let last = glyphs.len().checked_sub(1);
        RunKey {
            transform: props.transform.as_coeffs(),
            len: glyphs.len(),
            first: coeffs(Some(0)),
            last: coeffs(last),
            codes: (code(Some(0)), code(last)),
        }
    }
}

impl<'a> Device<'a> for Collector {
    fn draw_glyph_run(
        &mut self,
        run: &GlyphRun<'_, 'a>,
        props: DrawProps<'a>,
        draw_mode: &DrawMode,
    ) {
        let key = RunKey::of(run, &props);
        let filled = self.last_fill.take();
        if matches!(draw_mode, DrawMode::Stroke(_)) && filled.as_ref() == Some(&key) {
            return;
        }
        if matches!(draw_mode, DrawMode::Fill(_)) {
            self.last_fill = Some(key);
        }
        let vertical = matches!(run.writing_mode(), WritingMode::Vertical);
        for glyph in run.glyphs() {
            // Glyph space (1000 units an em, the pen at the origin) to the page's points.
            let to_page = props.transform * glyph.transform();
            let text = glyph.as_unicode().and_then(|unicode| {
                let text = match unicode {
                    BfString::Char(c) => c.to_string(),
                    BfString::String(s) => s,
                };
                (!text.is_empty()).then_some(text)
            });
            let (advance, below) = if vertical {
                (1000.0, EM_BELOW_BASELINE_CJK)
            } else {
                let advance = match &**glyph {
                    Glyph::Outline(outline) => outline.advance_width(),
                    Glyph::Type3(type3) => type3.advance_width(),
                };
                let advance = f64::from(advance.unwrap_or(0.0));
                let cjk = match &text {
                    Some(text) => text.chars().next().is_some_and(is_cjk),
                    None => advance == 1000.0,
                };
                let below = if cjk {
                    EM_BELOW_BASELINE_CJK
                } else {
                    EM_BELOW_BASELINE
                };
                (advance, below)
            };
            let (x0, x1) = (0.0, advance);
            let (y0, y1) = (-below * 1000.0, (1.0 - below) * 1000.0);
            let corners =
                [(x0, y0), (x1, y0), (x0, y1), (x1, y1)].map(|(x, y)| to_page * Point::new(x, y));
            let min = |f: fn(&Point) -> f64| corners.iter().map(f).fold(f64::INFINITY, f64::min);
            let max =
                |f: fn(&Point) -> f64| corners.iter().map(f).fold(f64::NEG_INFINITY, f64::max);
            self.chars.push(Char {
                text,
                rect: [min(|p| p.x), min(|p| p.y), max(|p| p.x), max(|p| p.y)],
                // The glyph's y axis, one em long, on the page.
                size: {
                    let [_, _, c, d, _, _] = to_page.as_coeffs();
                    1000.0 * c.hypot(d)
                },
            });
        }
    }

    fn draw_path(&mut self, _: &BezPath, _: DrawProps<'a>, _: &DrawMode) {}
    fn push_clip_path(&mut self, _: &ClipPath) {}
    fn push_transparency_group(&mut self, _: f32, _: Option<SoftMask<'a>>, _: BlendMode) {}
    fn draw_image(&mut self, _: Image<'a, '_>, _: ImageDrawProps<'a>) {}
    fn pop_clip(&mut self) {}
    fn pop_transparency_group(&mut self) {}
}

/// Whether `c` is set in the ideographic em box: Han, kana, Hangul, Bopomofo, CJK
/// punctuation and symbols, full-width forms.
fn is_cjk(c: char) -> bool {
    matches!(u32::from(c),
        0x1100..=0x11FF // Hangul Jamo
        | 0x2E80..=0x2FDF // CJK and Kangxi radicals
        | 0x3000..=0x33FF // CJK punctuation, kana, Bopomofo, Hangul compatibility, enclosed, compatibility
        | 0x3400..=0x4DBF // CJK Extension A
        | 0x4E00..=0x9FFF // CJK Unified Ideographs
        | 0xA960..=0xA97F // Hangul Jamo Extended-A
        | 0xAC00..=0xD7FF // Hangul syllables, Jamo Extended-B
        | 0xF900..=0xFAFF // CJK compatibility ideographs
        | 0xFE30..=0xFE4F // CJK compatibility forms
        | 0xFF00..=0xFFEF // Half-width and full-width forms
        | 0x20000..=0x3FFFF // Extensions B and on
    )
}

#[cfg(test)]
mod tests;
