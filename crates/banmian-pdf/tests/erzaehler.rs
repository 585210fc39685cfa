//! The six page PDFs of the 1840 *Erzähler* in `samples/` (a library's scans, 150 dpi grey
//! JPEG, each with Ghostscript's invisible OCR text over it), read against what poppler's
//! `pdfinfo` and `pdftotext -bbox` said of them, copied here by hand.

// Tests fail loudly on purpose.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use banmian_pdf::{pixel_size, Char, Document, PageInfo};
use std::path::PathBuf;

/// The pages' files and sizes in points, as `pdfinfo -box` gives them (media box = crop
/// box, no rotation).
const PAGES: [(&str, f64, f64); 6] = [
    ("00001.pdf", 568.32, 726.24),
    ("00002.pdf", 575.52, 731.28),
    ("00003.pdf", 573.12, 740.16),
    ("00004.pdf", 589.92, 723.84),
    ("00005.pdf", 597.84, 738.24),
    ("00006.pdf", 587.28, 727.68),
];

/// Those sizes at 150 dpi, worked out by hand (× 150 / 72, halves rounded up): the size of
/// each page's scan inside the PDF (`pdfimages -list`: 1184 × 1513, 1199 × 1523, 1194 ×
/// 1542, 1229 × 1508, 1245 × 1538, 1223 × 1516) or half a pixel more.
const PIXELS: [(u32, u32); 6] = [
    (1184, 1513),
    (1199, 1524),
    (1194, 1542),
    (1229, 1508),
    (1246, 1538),
    (1224, 1516),
];

fn read(name: &str) -> Document {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../samples/erzaehler-1840-02-21/PAGEPDF")
        .join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Document::open(&bytes).unwrap()
}

#[test]
fn each_is_one_page_of_the_size_pdfinfo_gives() {
    for ((name, width, height), pixels) in PAGES.into_iter().zip(PIXELS) {
        let document = read(name);
        assert_eq!(document.page_count(), 1, "{name}");
        let page = document.page(0).unwrap();
        assert!(
            (page.width - width).abs() < 0.005 && (page.height - height).abs() < 0.005,
            "{name}: {page:?}, pdfinfo says {width} × {height}"
        );
        assert_eq!(pixel_size(page), pixels, "{name}");
    }
}

/// The page's text as its glyphs come (the OCR layer draws its spaces as glyphs too).
fn text(chars: &[Char]) -> String {
    chars.iter().filter_map(|c| c.text.as_deref()).collect()
}

#[test]
fn each_has_a_text_layer_of_invisible_ocr() {
    for (name, _, _) in PAGES {
        let chars = read(name).chars(0).unwrap();
        let with_text = chars.iter().filter(|c| c.text.is_some()).count();
        // pdftotext finds 932 to 1260 words a page.
        assert!(
            with_text > 4000,
            "{name}: {with_text} of {} chars",
            chars.len()
        );
        assert_eq!(
            with_text,
            chars.len(),
            "{name}: the OCR font maps every glyph"
        );
    }
    let page1 = read("00001.pdf").chars(0).unwrap();
    let all = text(&page1);
    assert!(all.contains("Revolutionsarmee"), "{}", &all[..400]);
    assert!(all.contains("Napoleon"));
}

#[test]
fn a_word_stands_where_poppler_puts_it() {
    // pdftotext -bbox 00001.pdf: <word xMin="35.520700" yMin="218.319000"
    // xMax="106.376238" yMax="226.761000">Revolutionsarmee</word>, in 9-point Arial.
    let chars = read("00001.pdf").chars(0).unwrap();
    let word: Vec<char> = "Revolutionsarmee".chars().collect();
    let start = chars
        .windows(word.len())
        .position(|w| {
            w.iter()
                .zip(&word)
                .all(|(c, want)| c.text.as_deref() == Some(want.to_string().as_str()))
        })
        .unwrap();
    let glyphs = &chars[start..start + word.len()];
    let (first, last) = (&glyphs[0], &glyphs[word.len() - 1]);
    assert!((first.rect[0] - 35.5207).abs() < 1.0, "{first:?}");
    assert!((last.rect[2] - 106.376).abs() < 1.5, "{last:?}");
    // Poppler's box is the font's ascent and descent; ours one em: their middles agree.
    let middle = (first.rect[1] + first.rect[3]) / 2.0;
    assert!(
        (middle - (218.319 + 226.761) / 2.0).abs() < 1.5,
        "{first:?}"
    );
    for glyph in glyphs {
        assert!((glyph.size - 9.0).abs() < 0.01, "{glyph:?}");
    }
}

#[test]
fn renders_the_scan_with_ink_under_the_text_layer() {
    let document = read("00001.pdf");
    let page = document.page(0).unwrap();
    // A quarter of 150 dpi.
    let (width, height) = (296, 378);
    let image = document.render(0, width, height).unwrap();
    assert_eq!(image.dimensions(), (width, height));
    let dark = |x: u32, y: u32| image.get_pixel(x, y).0.iter().all(|&c| c < 128);
    let share = |pixels: &[(u32, u32)]| {
        pixels.iter().filter(|&&(x, y)| dark(x, y)).count() as f64 / pixels.len().max(1) as f64
    };
    let everywhere: Vec<(u32, u32)> = (0..height)
        .flat_map(|y| (0..width).map(move |x| (x, y)))
        .collect();
    // The pixels under the text layer's letters (not its spaces).
    let (sx, sy) = (
        f64::from(width) / page.width,
        f64::from(height) / page.height,
    );
    let (mut under_letters, mut letters, mut inked) = (Vec::new(), 0, 0);
    for c in document.chars(0).unwrap() {
        if c.text.as_deref().is_none_or(|t| t.trim().is_empty()) {
            continue;
        }
        let (x0, y0) = ((c.rect[0] * sx) as u32, (c.rect[1] * sy) as u32);
        let (x1, y1) = ((c.rect[2] * sx) as u32, (c.rect[3] * sy) as u32);
        let pixels: Vec<(u32, u32)> = (y0..=y1.min(height - 1))
            .flat_map(|y| (x0..=x1.min(width - 1)).map(move |x| (x, y)))
            .collect();
        letters += 1;
        inked += usize::from(pixels.iter().any(|&(x, y)| dark(x, y)));
        under_letters.extend(pixels);
    }
    let (page_share, letter_share) = (share(&everywhere), share(&under_letters));
    let inked = inked as f64 / letters as f64;
    eprintln!("dark: {page_share:.3} of the page, {letter_share:.3} under letters; {inked:.3} of letters inked");
    assert!((0.02..0.5).contains(&page_share), "{page_share}");
    assert!(letter_share > 0.1, "{letter_share}");
    // Nearly every letter of the OCR stands on ink (94 % at this size, where thin strokes
    // blur to grey).
    assert!(inked > 0.9, "{inked}");
    // The corner, outside the printed area, is paper.
    assert!(!dark(2, 2) && !dark(width - 3, height - 3));
}

#[test]
fn page_sizes_are_plausible_newsprint() {
    // Quarto-sized sheets of 1840: about 20 × 26 cm.
    for (name, _, _) in PAGES {
        let PageInfo { width, height } = read(name).page(0).unwrap();
        let (w_cm, h_cm) = (width / 72.0 * 2.54, height / 72.0 * 2.54);
        assert!(
            (19.0..22.0).contains(&w_cm) && (25.0..27.0).contains(&h_cm),
            "{name}"
        );
    }
}
