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
    assert_eq!(decode(b"%PDF-1.7").unwrap_err(), ImageError::Unknown);
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
