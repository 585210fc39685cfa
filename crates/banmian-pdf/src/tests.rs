//! Tiny PDFs written by hand, so where each glyph stands is known.

use super::*;

/// A PDF of the objects given (numbered 1.. in order; 1 must be the catalog) with a correct
/// cross-reference table.
fn pdf(objects: &[String]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn stream(content: &str) -> String {
    format!(
        "<< /Length {} >>\nstream\n{content}\nendstream",
        content.len()
    )
}

/// One page of 612 × 792 points (US Letter) with `page` added to its dictionary, showing
/// `content` with `/F1` the font given.
fn one_page(page: &str, font: &str, content: &str) -> Vec<u8> {
    pdf(&[
        "<< /Type /Catalog /Pages 2 0 R >>".into(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".into(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] {page} \
             /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"
        ),
        stream(content),
        font.into(),
    ])
}

const HELVETICA: &str = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
/// "Hello" in 12-point Helvetica with its baseline's start at (100, 700), PDF space.
const HELLO: &str = "BT /F1 12 Tf 1 0 0 1 100 700 Tm (Hello) Tj ET";
/// Helvetica's advance widths (its AFM) of H, e, l, l, o, in thousandths of an em.
const HELLO_WIDTHS: [f64; 5] = [722.0, 556.0, 222.0, 222.0, 556.0];

fn texts(chars: &[Char]) -> Vec<Option<&str>> {
    chars.iter().map(|c| c.text.as_deref()).collect()
}

fn close(got: [f64; 4], want: [f64; 4]) -> bool {
    got.iter().zip(want).all(|(g, w)| (g - w).abs() <= 1.0)
}

/// Where Hello's glyphs should stand on an unrotated 792-point-high page whose visible box
/// starts at (`left`, `bottom`): each its advance across, its em box from 0.8 em above to
/// 0.2 em below the baseline.
fn hello_rects(left: f64, top: f64) -> Vec<[f64; 4]> {
    let baseline = top - 700.0;
    let mut x = 100.0 - left;
    HELLO_WIDTHS
        .iter()
        .map(|w| {
            let advance = w * 12.0 / 1000.0;
            let rect = [x, baseline - 9.6, x + advance, baseline + 2.4];
            x += advance;
            rect
        })
        .collect()
}

#[test]
fn hello_in_helvetica_is_five_placed_chars() {
    let document = Document::open(&one_page("", HELVETICA, HELLO)).unwrap();
    assert_eq!(document.page_count(), 1);
    assert_eq!(
        document.page(0).unwrap(),
        PageInfo {
            width: 612.0,
            height: 792.0
        }
    );
    let chars = document.chars(0).unwrap();
    assert_eq!(
        texts(&chars),
        [Some("H"), Some("e"), Some("l"), Some("l"), Some("o")]
    );
    for (char, want) in chars.iter().zip(hello_rects(0.0, 792.0)) {
        assert!(close(char.rect, want), "{char:?} is not at {want:?}");
        assert!((char.size - 12.0).abs() < 1e-6, "{char:?}");
    }
}

#[test]
fn the_crop_box_is_the_page() {
    let document = Document::open(&one_page("/CropBox [50 40 562 742]", HELVETICA, HELLO)).unwrap();
    assert_eq!(
        document.page(0).unwrap(),
        PageInfo {
            width: 512.0,
            height: 702.0
        }
    );
    let chars = document.chars(0).unwrap();
    for (char, want) in chars.iter().zip(hello_rects(50.0, 742.0)) {
        assert!(close(char.rect, want), "{char:?} is not at {want:?}");
    }
}

#[test]
fn a_rotated_page_is_its_turned_size_and_its_chars_turn_with_it() {
    // /Rotate 90 turns the page clockwise to be shown: PDF (x, y) shows at (y, x) from the
    // top left, so the line runs down the page and a glyph's top faces right.
    let document = Document::open(&one_page("/Rotate 90", HELVETICA, HELLO)).unwrap();
    assert_eq!(
        document.page(0).unwrap(),
        PageInfo {
            width: 792.0,
            height: 612.0
        }
    );
    let chars = document.chars(0).unwrap();
    let mut y = 100.0;
    for (char, w) in chars.iter().zip(HELLO_WIDTHS) {
        let advance = w * 12.0 / 1000.0;
        let want = [700.0 - 2.4, y, 700.0 + 9.6, y + advance];
        assert!(close(char.rect, want), "{char:?} is not at {want:?}");
        y += advance;
    }
    assert_eq!(pixel_size(document.page(0).unwrap()), (1650, 1275));
}

#[test]
fn invisible_text_is_read_and_fill_and_stroke_text_once() {
    let content = "BT /F1 12 Tf 3 Tr 1 0 0 1 100 700 Tm (Hi) Tj \
                   2 Tr 1 0 0 1 100 600 Tm (Yo) Tj 1 Tr (!) Tj ET";
    let document = Document::open(&one_page("", HELVETICA, content)).unwrap();
    let chars = document.chars(0).unwrap();
    assert_eq!(
        texts(&chars),
        [Some("H"), Some("i"), Some("Y"), Some("o"), Some("!")]
    );
    // Invisible text draws nothing.
    let page = document.render(0, 612, 792).unwrap();
    let (x0, y0, x1, y1) = (100, 82, 112, 95);
    let dark = (x0..x1)
        .flat_map(|x| (y0..y1).map(move |y| (x, y)))
        .filter(|&(x, y)| page.get_pixel(x, y).0[0] < 128)
        .count();
    assert_eq!(dark, 0);
}

#[test]
fn a_font_without_unicode_gives_glyphs_without_text() {
    // A Type 3 font whose glyph names mean nothing and which has no ToUnicode: its two
    // glyphs are squares, a 600-unit advance each.
    let square = stream("600 0 0 0 500 500 d1 0 0 500 500 re f");
    let document = Document::open(&pdf(&[
        "<< /Type /Catalog /Pages 2 0 R >>".into(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".into(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] \
         /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"
            .into(),
        stream("BT /F1 20 Tf 1 0 0 1 100 700 Tm (ab) Tj ET"),
        "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 500] \
         /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /g1 6 0 R /g2 6 0 R >> \
         /Encoding << /Type /Encoding /Differences [97 /g1 /g2] >> \
         /FirstChar 97 /LastChar 98 /Widths [600 600] /Resources << >> >>"
            .into(),
        square,
    ]))
    .unwrap();
    let chars = document.chars(0).unwrap();
    assert_eq!(texts(&chars), [None, None]);
    // 600 units at 20 points is 12 points across.
    let want = [[100.0, 76.0, 112.0, 96.0], [112.0, 76.0, 124.0, 96.0]];
    for (char, want) in chars.iter().zip(want) {
        assert!(close(char.rect, want), "{char:?} is not at {want:?}");
    }
    // The squares are drawn: 10 points from the baseline up, 10 across.
    let page = document.render(0, 612, 792).unwrap();
    assert!(page.get_pixel(105, 87).0[0] < 64);
}

#[test]
fn renders_black_text_where_the_chars_are_at_the_size_asked() {
    let document = Document::open(&one_page(
        "",
        HELVETICA,
        "BT /F1 48 Tf 1 0 0 1 100 700 Tm (HHHH) Tj ET",
    ))
    .unwrap();
    // Twice the size: 2 pixels a point.
    let page = document.render(0, 1224, 1584).unwrap();
    assert_eq!(page.dimensions(), (1224, 1584));
    let chars = document.chars(0).unwrap();
    let dark_in = |rect: [f64; 4]| {
        let (x0, y0, x1, y1) = (
            (rect[0] * 2.0) as u32,
            (rect[1] * 2.0) as u32,
            (rect[2] * 2.0) as u32,
            (rect[3] * 2.0) as u32,
        );
        (x0..x1)
            .flat_map(|x| (y0..y1).map(move |y| (x, y)))
            .filter(|&(x, y)| page.get_pixel(x, y).0[0] < 128)
            .count()
    };
    for char in &chars {
        assert!(dark_in(char.rect) > 200, "{char:?} is blank");
    }
    // Elsewhere the page is white.
    assert_eq!(dark_in([300.0, 0.0, 612.0, 792.0]), 0);
    assert_eq!(dark_in([0.0, 200.0, 612.0, 792.0]), 0);
    assert_eq!(*page.get_pixel(0, 0), image::Rgb([255, 255, 255]));
}

#[test]
fn what_is_not_a_pdf_or_not_there_is_an_error() {
    assert!(matches!(
        Document::open(b"GIF89a not a PDF"),
        Err(PdfError::Unreadable(_))
    ));
    let document = Document::open(&one_page("", HELVETICA, HELLO)).unwrap();
    assert_eq!(document.page(1), Err(PdfError::NoPage(1)));
    assert_eq!(document.chars(3), Err(PdfError::NoPage(3)));
    assert_eq!(document.render(1, 10, 10), Err(PdfError::NoPage(1)));
    assert!(matches!(
        document.render(0, 0, 10),
        Err(PdfError::Unreadable(_))
    ));
    assert!(matches!(
        document.render(0, 70_000, 10),
        Err(PdfError::Unreadable(_))
    ));
}

#[test]
fn a_pdf_cut_short_neither_panics_nor_hangs() {
    let whole = one_page("", HELVETICA, HELLO);
    for len in (0..whole.len()).step_by(7) {
        if let Ok(document) = Document::open(&whole[..len]) {
            for index in 0..document.page_count() {
                let _ = document.page(index);
                let _ = document.chars(index);
                let _ = document.render(index, 61, 79);
            }
        }
    }
}

#[test]
fn pixel_size_is_the_page_at_150_dpi() {
    // A4: 595.28 × 841.89 pt is 1240.17 × 1753.94 px.
    assert_eq!(
        pixel_size(PageInfo {
            width: 595.28,
            height: 841.89
        }),
        (1240, 1754)
    );
}

#[test]
fn cjk_text_set_across_and_down() {
    // A font that is not embedded (STSong-Light, Adobe-GB1) with the predefined UCS-2 CMaps,
    // no ToUnicode: the codes are the text. 20 points, the pen at (100, 700) in PDF space,
    // so (100, 92) from the top left.
    for (cmap, want) in [
        // Across: each glyph one em wide from the pen, the ideographic em box: 0.88 em up,
        // 0.12 down.
        (
            "UniGB-UCS2-H",
            [[100.0, 74.4, 120.0, 94.4], [120.0, 74.4, 140.0, 94.4]],
        ),
        // Down: each glyph centred under the pen, one em tall, the next an em lower.
        (
            "UniGB-UCS2-V",
            [[90.0, 92.0, 110.0, 112.0], [90.0, 112.0, 110.0, 132.0]],
        ),
    ] {
        let font = format!(
            "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /{cmap} \
             /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light \
             /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> \
             /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 \
             /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 \
             /CapHeight 880 /StemV 93 >> /DW 1000 >>] >>"
        );
        let document = Document::open(&one_page(
            "",
            &font,
            "BT /F1 20 Tf 1 0 0 1 100 700 Tm <4E2D6587> Tj ET",
        ))
        .unwrap();
        let chars = document.chars(0).unwrap();
        assert_eq!(texts(&chars), [Some("中"), Some("文")], "{cmap}");
        for (char, want) in chars.iter().zip(want) {
            assert!(
                close(char.rect, want),
                "{cmap}: {char:?} is not at {want:?}"
            );
            assert!((char.size - 20.0).abs() < 1e-6);
        }
    }
}
