//! Bytes of an export file to text: UTF-8 (with or without BOM), UTF-16 with a BOM,
//! or GBK/GB18030, which many Chinese layout systems still write.

use encoding_rs::{Encoding as Codec, GB18030, UTF_16BE, UTF_16LE};

/// How to read the bytes of a page file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    /// UTF-8 when the bytes are valid UTF-8 (or carry a BOM), else GB18030 (a superset of GBK).
    #[default]
    Auto,
    /// UTF-8 only.
    Utf8,
    /// GBK / GB18030 only.
    Gbk,
}

impl std::str::FromStr for Encoding {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "auto" => Ok(Encoding::Auto),
            "utf-8" | "utf8" => Ok(Encoding::Utf8),
            "gbk" | "gb18030" | "gb2312" | "cp936" => Ok(Encoding::Gbk),
            other => Err(format!(
                "unknown encoding {other:?}: use auto, utf-8 or gbk"
            )),
        }
    }
}

/// Why a file's bytes are not text the importer can read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DecodeError {
    /// 1-based line of the first bad byte, when there is one.
    pub line: Option<usize>,
    /// What is wrong.
    pub message: String,
}

/// Decodes a page file, or says why it is not a text export.
pub(crate) fn decode(
    bytes: &[u8],
    encoding: Encoding,
) -> Result<(String, &'static str), DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError {
            line: None,
            message: "the file is empty".into(),
        });
    }
    if let Some((codec, bom)) = Codec::for_bom(bytes) {
        if codec == UTF_16LE || codec == UTF_16BE {
            let (text, had_errors) = codec.decode_without_bom_handling(&bytes[bom..]);
            if had_errors {
                return Err(DecodeError {
                    line: None,
                    message: format!("not valid {}", codec.name()),
                });
            }
            return check_text(text.into_owned(), codec.name());
        }
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(pos) = body.iter().position(|&b| b == 0) {
        return Err(binary(body, pos));
    }
    let utf8 = std::str::from_utf8(body);
    match (encoding, utf8) {
        (Encoding::Auto | Encoding::Utf8, Ok(text)) => check_text(text.to_owned(), "UTF-8"),
        (Encoding::Utf8, Err(e)) => Err(DecodeError {
            line: Some(line_of(body, e.valid_up_to())),
            message: format!(
                "not valid UTF-8 (byte {}); if the export is GBK, pass --encoding gbk",
                e.valid_up_to() + 1
            ),
        }),
        (Encoding::Auto | Encoding::Gbk, _) => {
            let (text, had_errors) = GB18030.decode_without_bom_handling(body);
            if had_errors {
                let bad = text.find('\u{fffd}').map(|i| line_of(text.as_bytes(), i));
                return Err(DecodeError {
                    line: bad,
                    message: "neither UTF-8 nor GBK/GB18030 text: is this a plain-text export?"
                        .into(),
                });
            }
            check_text(text.into_owned(), "GBK/GB18030")
        }
    }
}

/// Text with many control characters is binary data, whatever its encoding said.
fn check_text(text: String, name: &'static str) -> Result<(String, &'static str), DecodeError> {
    let mut controls = 0usize;
    let mut total = 0usize;
    for c in text.chars() {
        total += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
            controls += 1;
        }
    }
    if controls * 20 > total {
        return Err(DecodeError {
            line: None,
            message: "binary data, not a plain-text page export".into(),
        });
    }
    Ok((text, name))
}

fn binary(bytes: &[u8], pos: usize) -> DecodeError {
    DecodeError {
        line: Some(line_of(bytes, pos)),
        message: format!(
            "binary data (a NUL byte at byte {}), not a plain-text page export",
            pos + 1
        ),
    }
}

fn line_of(bytes: &[u8], pos: usize) -> usize {
    bytes[..pos.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests;
