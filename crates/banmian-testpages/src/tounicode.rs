//! A PDF whose fonts say nothing of the characters they draw: every `/ToUnicode` entry of
//! a font dictionary blanked out, byte for byte the same length, so the cross-reference
//! table's offsets stay right. The CMap streams stay in the file, referenced by nothing.

/// The PDF with its fonts' `/ToUnicode` references removed, and how many there were.
pub fn strip(pdf: &[u8]) -> (Vec<u8>, usize) {
    const KEY: &[u8] = b"/ToUnicode";
    let mut out = pdf.to_vec();
    let mut count = 0;
    let mut i = 0;
    while let Some(found) = find(&out[i..], KEY) {
        let start = i + found;
        // `/ToUnicode 12 0 R`: the key, white space, object number, generation, `R`.
        let mut end = start + KEY.len();
        let mut fields = 0;
        while fields < 3 {
            while end < out.len() && out[end].is_ascii_whitespace() {
                end += 1;
            }
            let word = end;
            while end < out.len() && out[end].is_ascii_alphanumeric() {
                end += 1;
            }
            if end == word {
                break;
            }
            fields += 1;
        }
        if fields == 3 && out[end - 1] == b'R' {
            out[start..end].fill(b' ');
            count += 1;
        }
        i = end.max(start + 1);
    }
    (out, count)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}
