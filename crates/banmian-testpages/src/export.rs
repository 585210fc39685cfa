//! The page's plain-text export, in the form `banmian import` reads (the layout system's
//! export, as `samples/jinzhong-daily-2026-04-03/page-1.txt`): the header's lines, then
//! each story after three blank lines, its titles, byline and paragraphs one a line with
//! a blank line between; a banner and the story under it are one group, one blank line
//! apart. Jump markers stand where they are printed: `（下转第4版）` at the end of the
//! last paragraph, `（上接第1版）` at the start of the first.

use crate::layout::{Kind, Page};

/// The text export of one page.
pub fn text(page: &Page) -> String {
    let mut out = String::new();
    for l in &page.header.export {
        out.push_str(l);
        out.push('\n');
    }
    let mut after_banner = false;
    for p in &page.parts {
        out.push_str(if after_banner { "\n" } else { "\n\n\n" });
        for (k, item) in p.export.iter().enumerate() {
            if k > 0 {
                out.push('\n');
            }
            out.push_str(item);
            out.push('\n');
        }
        after_banner = p.kind == Kind::Banner;
    }
    out
}
