use super::*;

/// A PNG of `w` × `h` pixels: ink lines on a tinted paper, or one red square on it.
fn png(w: u32, h: u32, red: bool) -> Vec<u8> {
    let img = RgbImage::from_fn(w, h, |x, y| {
        if red && x < 10 && y < 10 {
            image::Rgb([220, 20, 20])
        } else if y % 8 < 2 {
            image::Rgb([30, 28, 25])
        } else {
            image::Rgb([240, 232, 215])
        }
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

#[test]
fn a_tinted_scan_is_made_grey_and_a_coloured_one_is_not() {
    let scan = decode(&png(100, 150, false)).unwrap();
    assert!(scan.is_grey());
    assert_eq!(scan.size(), (100, 150));
    assert!(!decode(&png(100, 150, true)).unwrap().is_grey());
}

#[test]
fn renditions_at_each_width_up_to_the_scan_and_a_thumbnail() {
    let scan = decode(&png(1200, 1600, false)).unwrap();
    let r = renditions(&scan).unwrap();
    let shape: Vec<(u32, u32, &str, bool)> = r
        .iter()
        .map(|e| (e.width, e.height, e.extension, e.thumbnail))
        .collect();
    assert_eq!(
        shape,
        [
            (160, 213, "webp", true),
            (480, 640, "jpg", false),
            (480, 640, "webp", false),
            (960, 1280, "jpg", false),
            (960, 1280, "webp", false),
        ]
    );
    for e in &r {
        let back = image::load_from_memory(&e.bytes).unwrap();
        assert_eq!((back.width(), back.height()), (e.width, e.height));
    }
    // A scan narrower than every width is published at its own.
    let small = renditions(&decode(&png(300, 400, false)).unwrap()).unwrap();
    assert_eq!(
        small.iter().map(|e| e.width).collect::<Vec<_>>(),
        [160, 300, 300]
    );
}

#[test]
fn what_is_not_a_scan_says_so() {
    assert_eq!(decode(b"GIF89a").unwrap_err(), ImageError::Unknown);
    assert!(matches!(
        decode(b"%PDF-1.7"),
        Err(ImageError::Decode { format: "PDF", .. })
    ));
    let mut broken = png(50, 50, false);
    broken.truncate(60);
    assert!(matches!(
        decode(&broken),
        Err(ImageError::Decode { format: "png", .. })
    ));
    let jp2 = [
        0, 0, 0, 0x0c, b'j', b'P', b' ', b' ', 0x0d, 0x0a, 0x87, 0x0a, 0, 0,
    ];
    assert!(matches!(
        decode(&jp2),
        Err(ImageError::Decode {
            format: "JPEG 2000",
            ..
        })
    ));
}

/// A one-page PDF of `width` × `height` points that paints `content`.
fn pdf(width: u32, height: u32, content: &str) -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        format!("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Contents 4 0 R >>"),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(b"xref\n0 5\n0000000000 65535 f \n");
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!("trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").as_bytes(),
    );
    out
}

#[test]
fn a_page_pdf_is_rendered_at_150_dpi_and_kept_in_colour_when_it_has_colour() {
    // 144 × 216 points is 300 × 450 pixels at 150 dpi. Black bars: grey.
    let bars = pdf(144, 216, "0 g 10 10 100 20 re f 10 100 100 20 re f");
    assert!(is_pdf(&bars));
    let scan = decode(&bars).unwrap();
    assert_eq!(scan.size(), (300, 450));
    assert!(scan.is_grey());
    let DynamicImage::ImageLuma8(grey) = &scan.image else {
        panic!("not grey")
    };
    // The first bar, 10 to 30 points up from the bottom, is black; above it is white.
    assert!(grey.get_pixel(100, 450 - 40).0[0] < 20);
    assert_eq!(grey.get_pixel(100, 450 - 80).0[0], 255);
    // A red square: colour.
    let red = decode(&pdf(144, 216, "1 0 0 rg 10 10 50 50 re f")).unwrap();
    assert!(!red.is_grey());
    assert_eq!(red.size(), (300, 450));
}

#[test]
fn a_real_page_pdf_is_its_scan_at_its_size() {
    // Der Erzähler of 1840, page 1: 568.32 × 726.24 points (pdfinfo), a grey scan of 1184 ×
    // 1513 pixels at 150 dpi inside (pdfimages -list).
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../samples/erzaehler-1840-02-21/PAGEPDF/00001.pdf"
    );
    let scan = decode(&std::fs::read(path).unwrap()).unwrap();
    assert_eq!(scan.size(), (1184, 1513));
    assert!(scan.is_grey());
    let widths: Vec<(u32, &str)> = renditions(&scan)
        .unwrap()
        .iter()
        .map(|e| (e.width, e.extension))
        .collect();
    assert_eq!(
        widths,
        [
            (160, "webp"),
            (480, "jpg"),
            (480, "webp"),
            (960, "jpg"),
            (960, "webp")
        ]
    );
}
