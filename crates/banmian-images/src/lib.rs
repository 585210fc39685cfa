//! Page scans → the images a reader's browser loads.
//!
//! [`decode`] reads a scan: JPEG 2000 (the masters libraries keep, with hayro-jpeg2000, pure
//! Rust), TIFF, JPEG or PNG (with the `image` crate), or a page PDF (the file a layout system
//! sends the printing plant), whose first page is rendered with `banmian-pdf` at its size in
//! points at 150 dpi ([`banmian_pdf::pixel_size`]), the size the importer gives the page's
//! image and its zones. A scan whose colour is only the paper's tint is made grey: a
//! newspaper page printed in black loses nothing, and a grey image is smaller.
//! [`renditions`] makes the page at a few widths for `srcset`, each as WebP (libwebp's
//! lossy encoder) and as JPEG (for IIIF viewers, whose static level 0 serves JPEG, and any
//! browser without WebP), and a thumbnail for the page strip.
//!
//! No I/O: bytes in, bytes out.

use image::imageops::FilterType;
use image::{DynamicImage, GrayImage, RgbImage};

/// The widths a page is made at, when the scan is at least that wide: a phone's column at
/// 1× (480), a phone at 2× or a desktop column (960), a zoomed or wide view (1600).
pub const WIDTHS: [u32; 3] = [480, 960, 1600];
/// The width of a page's thumbnail in the page strip.
pub const THUMB: u32 = 160;
/// libwebp's quality (0–100) for the WebP renditions: at 60 a 480-pixel broadsheet page of
/// dense 1840 Fraktur is about 110 KB, and its text stays legible.
pub const WEBP_QUALITY: f32 = 60.0;
/// The JPEG renditions' quality.
pub const JPEG_QUALITY: u8 = 70;

/// A decoded scan: 8-bit grey or RGB.
#[derive(Debug, Clone)]
pub struct Scan {
    image: DynamicImage,
}

/// One image to publish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Encoded {
    /// Its size in pixels.
    pub width: u32,
    /// Its height in pixels.
    pub height: u32,
    /// `image/webp` or `image/jpeg`.
    pub media_type: &'static str,
    /// `webp` or `jpg`.
    pub extension: &'static str,
    /// What it is for: a page rendition or the page strip's thumbnail.
    pub thumbnail: bool,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

/// Why a scan could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ImageError {
    /// Not an image format this reads.
    #[error("not an image banmian reads (JPEG 2000, TIFF, JPEG, PNG or PDF)")]
    Unknown,
    /// The format is known but the file is broken or uses what the decoder lacks.
    #[error("cannot decode the {format} image: {why}")]
    Decode {
        /// The format it looked like.
        format: &'static str,
        /// What the decoder said.
        why: String,
    },
    /// An encoder failed.
    #[error("cannot encode the {0} rendition")]
    Encode(&'static str),
}

/// Reads a scan, or renders a PDF's first page (see the crate's documentation).
pub fn decode(bytes: &[u8]) -> Result<Scan, ImageError> {
    let image = if is_jpeg2000(bytes) {
        decode_jpeg2000(bytes)?
    } else if is_pdf(bytes) {
        decode_pdf(bytes)?
    } else {
        let format = image::guess_format(bytes).map_err(|_| ImageError::Unknown)?;
        if !matches!(
            format,
            image::ImageFormat::Jpeg | image::ImageFormat::Png | image::ImageFormat::Tiff
        ) {
            return Err(ImageError::Unknown);
        }
        image::load_from_memory_with_format(bytes, format).map_err(|e| ImageError::Decode {
            format: format.extensions_str().first().copied().unwrap_or("?"),
            why: e.to_string(),
        })?
    };
    Ok(grey_if_tinted(image))
}

impl Scan {
    /// Its size in pixels.
    pub fn size(&self) -> (u32, u32) {
        (self.image.width(), self.image.height())
    }

    /// Whether it is grey (it was, or its colour was only the paper's tint).
    pub fn is_grey(&self) -> bool {
        matches!(self.image, DynamicImage::ImageLuma8(_))
    }
}

/// The page at each of [`WIDTHS`] up to the scan's own width (or at its own width when it is
/// narrower than all), as WebP and JPEG, then the thumbnail as WebP; narrowest first. Each
/// width is made from the next wider one, so the big scan is resampled once.
pub fn renditions(scan: &Scan) -> Result<Vec<Encoded>, ImageError> {
    let (w, _) = scan.size();
    let mut widths: Vec<u32> = WIDTHS.iter().copied().filter(|&x| x <= w).collect();
    if widths.is_empty() {
        widths.push(w);
    }
    let mut out = Vec::new();
    let mut from = scan.image.clone();
    for &width in widths.iter().rev() {
        let sized = resize(&from, width);
        out.push(webp(&sized, false)?);
        out.push(jpeg(&sized)?);
        from = sized;
    }
    out.push(webp(&resize(&from, THUMB.min(w)), true)?);
    out.sort_by_key(|e| (!e.thumbnail, e.width, e.extension));
    Ok(out)
}

fn resize(image: &DynamicImage, width: u32) -> DynamicImage {
    if image.width() == width {
        return image.clone();
    }
    let height =
        (u64::from(image.height()) * u64::from(width) / u64::from(image.width().max(1))).max(1);
    let height = u32::try_from(height).unwrap_or(u32::MAX);
    image.resize_exact(width, height, FilterType::CatmullRom)
}

fn webp(image: &DynamicImage, thumbnail: bool) -> Result<Encoded, ImageError> {
    let rgb = image.to_rgb8();
    let encoded = webp::Encoder::from_rgb(&rgb, rgb.width(), rgb.height()).encode(WEBP_QUALITY);
    if encoded.is_empty() {
        return Err(ImageError::Encode("WebP"));
    }
    Ok(Encoded {
        width: rgb.width(),
        height: rgb.height(),
        media_type: "image/webp",
        extension: "webp",
        thumbnail,
        bytes: encoded.to_vec(),
    })
}

fn jpeg(image: &DynamicImage) -> Result<Encoded, ImageError> {
    let mut bytes = Vec::new();
    let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, JPEG_QUALITY);
    image
        .write_with_encoder(encoder)
        .map_err(|_| ImageError::Encode("JPEG"))?;
    Ok(Encoded {
        width: image.width(),
        height: image.height(),
        media_type: "image/jpeg",
        extension: "jpg",
        thumbnail: false,
        bytes,
    })
}

/// Whether `bytes` are a PDF (its header, `%PDF`, first), which [`decode`] renders.
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes.starts_with(b"%PDF")
}

/// The first page at [`banmian_pdf::PX_PER_PT`].
fn decode_pdf(bytes: &[u8]) -> Result<DynamicImage, ImageError> {
    let fail = |e: banmian_pdf::PdfError| ImageError::Decode {
        format: "PDF",
        why: e.to_string(),
    };
    let document = banmian_pdf::Document::open(bytes).map_err(fail)?;
    let (width, height) = banmian_pdf::pixel_size(document.page(0).map_err(fail)?);
    let page = document.render(0, width, height).map_err(fail)?;
    Ok(DynamicImage::ImageRgb8(page))
}

/// A JP2 file (its signature box) or a raw JPEG 2000 codestream (its SOC and SIZ markers).
fn is_jpeg2000(bytes: &[u8]) -> bool {
    bytes.starts_with(&[
        0, 0, 0, 0x0c, b'j', b'P', b' ', b' ', 0x0d, 0x0a, 0x87, 0x0a,
    ]) || bytes.starts_with(&[0xff, 0x4f, 0xff, 0x51])
}

fn decode_jpeg2000(bytes: &[u8]) -> Result<DynamicImage, ImageError> {
    let fail = |e: &dyn std::fmt::Debug| ImageError::Decode {
        format: "JPEG 2000",
        why: format!("{e:?}"),
    };
    let image = hayro_jpeg2000::Image::new(bytes, &hayro_jpeg2000::DecodeSettings::default())
        .map_err(|e| fail(&e))?;
    let (w, h) = (image.width(), image.height());
    let mut context = hayro_jpeg2000::DecoderContext::default();
    let pixels = image.decode(&mut context).map_err(|e| fail(&e))?.data_u8();
    let (area, got) = ((w as usize) * (h as usize), pixels.len());
    let built = match pixels.len().checked_div(area) {
        Some(1) => GrayImage::from_raw(w, h, pixels).map(DynamicImage::ImageLuma8),
        Some(3) => RgbImage::from_raw(w, h, pixels).map(DynamicImage::ImageRgb8),
        Some(2 | 4) => {
            // With alpha (rare in a scan): dropped, the page is opaque.
            let channels = pixels.len() / area;
            let rgb: Vec<u8> = pixels
                .chunks_exact(channels)
                .flat_map(|p| {
                    if channels == 2 {
                        [p[0]; 3]
                    } else {
                        [p[0], p[1], p[2]]
                    }
                })
                .collect();
            RgbImage::from_raw(w, h, rgb).map(DynamicImage::ImageRgb8)
        }
        _ => None,
    };
    built.ok_or_else(|| ImageError::Decode {
        format: "JPEG 2000",
        why: format!("{got} bytes of pixels for {w} × {h}"),
    })
}

/// Grey when no pixel's channels differ by more than a paper's tint (40 of 255), else as
/// is; other pixel formats (16 bits, alpha) as 8-bit RGB first.
fn grey_if_tinted(image: DynamicImage) -> Scan {
    let tint = |p: &image::Rgb<u8>| {
        let [r, g, b] = p.0;
        r.abs_diff(g).max(g.abs_diff(b)).max(r.abs_diff(b)) <= 40
    };
    let image = match image {
        DynamicImage::ImageLuma8(_) => image,
        DynamicImage::ImageRgb8(rgb) if rgb.pixels().all(tint) => {
            DynamicImage::ImageLuma8(DynamicImage::ImageRgb8(rgb).to_luma8())
        }
        DynamicImage::ImageRgb8(_) => image,
        other => return grey_if_tinted(DynamicImage::ImageRgb8(other.to_rgb8())),
    };
    Scan { image }
}

#[cfg(test)]
mod tests;
