use super::*;

#[track_caller]
fn ok(bytes: &[u8], encoding: Encoding) -> (String, &'static str) {
    decode(bytes, encoding).unwrap()
}

#[track_caller]
fn err(bytes: &[u8], encoding: Encoding) -> String {
    let e = decode(bytes, encoding).unwrap_err();
    format!("{:?}: {}", e.line, e.message)
}

#[test]
fn utf8_with_and_without_bom() {
    assert_eq!(
        ok("晋中日报".as_bytes(), Encoding::Auto),
        ("晋中日报".into(), "UTF-8")
    );
    assert_eq!(
        ok("\u{feff}晋中日报".as_bytes(), Encoding::Auto),
        ("晋中日报".into(), "UTF-8")
    );
}

#[test]
fn gbk_is_detected_or_forced() {
    let (gbk, _, _) = GB18030.encode("晋中日报\n第12966期");
    assert_eq!(
        ok(&gbk, Encoding::Auto),
        ("晋中日报\n第12966期".into(), "GBK/GB18030")
    );
    assert_eq!(ok(&gbk, Encoding::Gbk).0, "晋中日报\n第12966期");
    assert_eq!(
        err(&gbk, Encoding::Utf8),
        "Some(1): not valid UTF-8 (byte 1); if the export is GBK, pass --encoding gbk"
    );
}

#[test]
fn utf16_with_bom() {
    let mut bytes = vec![0xFF, 0xFE];
    for u in "第1版".encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    assert_eq!(ok(&bytes, Encoding::Auto), ("第1版".into(), "UTF-16LE"));
}

#[test]
fn empty_and_binary_files_are_refused() {
    assert_eq!(err(b"", Encoding::Auto), "None: the file is empty");
    assert_eq!(
        err(b"ab\ncd\0ef", Encoding::Auto),
        "Some(2): binary data (a NUL byte at byte 6), not a plain-text page export"
    );
    assert_eq!(
        err(&[0x89, b'P', b'N', b'G', 0xff, 0xfe, 0xfd], Encoding::Auto),
        "Some(1): neither UTF-8 nor GBK/GB18030 text: is this a plain-text export?"
    );
    assert_eq!(
        err("\u{1}\u{2}\u{3}\u{4}abc".as_bytes(), Encoding::Auto),
        "None: binary data, not a plain-text page export"
    );
}

#[test]
fn encoding_names() {
    assert_eq!("GBK".parse::<Encoding>(), Ok(Encoding::Gbk));
    assert_eq!("utf-8".parse::<Encoding>(), Ok(Encoding::Utf8));
    assert!("latin1".parse::<Encoding>().is_err());
}
